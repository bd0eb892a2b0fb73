"""An edit typed over an older revision does not replace a newer value silently (r13 review #1).

An editor or a draft typed over revision A; meanwhile revision B arrived (a colleague's bundle
merged, a CLI edit). ``Records.edit(expected_head=A)`` saves a field B did not touch as usual,
and refuses (RecordChangedError, naming the field, never its value) a field B changed too; the
CLI and every other caller, which pass no expected head, edit the head as before. The draft
keeps the revision it was typed over. Real vault in tmp_path."""

from __future__ import annotations

import pytest

from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.records.service import RecordChangedError, Records
from fieldkit.vault.vault import Vault


def _typed_over(vault: Vault) -> tuple[Records, str, str]:
    """A record edited by someone else after the user's editor read revision ``base``."""
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-1", "title": "Jar", "description": "old"}
    )
    base = obj.head_rev
    records.edit(obj.record_id, {"description": "old; lid glued (colleague)"})  # meanwhile
    return records, obj.record_id, base


def test_a_field_changed_meanwhile_is_not_overwritten(vault: Vault) -> None:
    records, record_id, base = _typed_over(vault)
    before = records.get(record_id)
    with pytest.raises(RecordChangedError) as refused:
        records.edit(record_id, {"description": "old, crack at rim"}, expected_head=base)
    assert refused.value.fields == ("description",)
    assert "colleague" not in str(refused.value) and "crack" not in str(refused.value)
    after = records.get(record_id)
    assert after.head_rev == before.head_rev  # nothing signed
    assert after.fields["description"] == "old; lid glued (colleague)"


def test_a_field_not_changed_meanwhile_is_saved_as_usual(vault: Vault) -> None:
    records, record_id, base = _typed_over(vault)
    view = records.edit(record_id, {"title": "Jar, lidded"}, expected_head=base)
    assert view.fields["title"] == "Jar, lidded"
    assert view.fields["description"] == "old; lid glued (colleague)"


def test_the_same_value_on_both_sides_is_no_question(vault: Vault) -> None:
    records, record_id, base = _typed_over(vault)
    view = records.edit(
        record_id,
        {"description": "old; lid glued (colleague)", "title": "Jar 2"},
        expected_head=base,
    )
    assert view.fields["title"] == "Jar 2"


def test_with_the_head_typed_over_or_no_head_the_edit_is_as_before(vault: Vault) -> None:
    records, record_id, _base = _typed_over(vault)
    head = records.get(record_id).head_rev
    view = records.edit(record_id, {"description": "mine"}, expected_head=head)
    assert view.fields["description"] == "mine"
    view = records.edit(record_id, {"description": "the CLI's"})  # no expected head: the CLI
    assert view.fields["description"] == "the CLI's"


def test_an_unknown_base_asks_about_every_field_that_differs(vault: Vault) -> None:
    records, record_id, _base = _typed_over(vault)
    with pytest.raises(RecordChangedError):
        records.edit(record_id, {"description": "x"}, expected_head="0" * 64)


def test_a_draft_keeps_the_revision_it_was_typed_over(vault: Vault) -> None:
    _records, record_id, base = _typed_over(vault)
    drafts.save(vault, "object:" + record_id, F.OBJECT, record_id, {"title": "T"}, base=base)
    draft = drafts.load(vault, "object:" + record_id)
    assert draft is not None
    assert draft.base == base
    assert draft.values == {"title": "T"}  # the base is not a field
    drafts.save(vault, "object:old", F.OBJECT, record_id, {"title": "T"})  # an older draft
    older = drafts.load(vault, "object:old")
    assert older is not None and older.base is None
