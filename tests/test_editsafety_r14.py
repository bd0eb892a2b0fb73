"""r14 edit safety (review findings 3, 5, 6, 7): a save never signs older values over a
colleague's newer ones, never resolves a conflict unasked, protects photos as it protects
fields, and a number typed in a third form never picks one of two records silently."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer
from PIL import Image

from fieldkit.records import fields as F
from fieldkit.records.conflicts import get_conflict
from fieldkit.records.service import (
    AmbiguousIdError,
    PhotoInput,
    RecordChangedError,
    Records,
)
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import DB_NAME, Vault


@contextlib.contextmanager
def colleague_commits_first(vault: Vault) -> Iterator[Records]:
    """Records on a second connection to ``vault`` (as Session.worker_vault: the app's import
    and sync thread); what the test registers with ``meanwhile`` commits there just before this
    connection's next write transaction begins — after the service read the record, as an
    import's COMMIT does while a Save waits for the write lock."""
    other = copy.copy(vault)
    other.db = vault._open_copy(vault.path / DB_NAME)
    other._in_transaction = False
    worker = Records(other)
    pending: list[Callable[[], object]] = []
    real = type(vault).transaction

    @contextlib.contextmanager
    def transaction() -> Iterator[Connection]:
        while pending:
            pending.pop(0)()
        with real(vault) as db:
            yield db

    vault.transaction = transaction  # type: ignore[method-assign]
    worker.meanwhile = pending  # type: ignore[attr-defined]
    try:
        yield worker
    finally:
        del vault.transaction
        other.db.close()


def _heads(vault: Vault, record_id: str) -> list[str]:
    return [
        r[0] for r in vault.db.execute("SELECT rev_id FROM heads WHERE record_id = ?", (record_id,))
    ]


# --- 1. a revision committed between the read and the write (review #3) ---------------------------


def test_an_import_committed_during_a_save_keeps_the_colleagues_fields(vault: Vault) -> None:
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-1", "title": "Jar", "description": "old"}
    )
    base = obj.head_rev
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"description": "old; lid glued (colleague)"})
        )
        saved = records.edit(obj.record_id, {"title": "Jar, lidded"}, expected_head=base)
    assert saved.fields["description"] == "old; lid glued (colleague)"
    assert saved.fields["title"] == "Jar, lidded"
    assert not saved.in_conflict and _heads(vault, obj.record_id) == [saved.head_rev]


def test_the_same_field_changed_meanwhile_is_refused_by_name(vault: Vault) -> None:
    """Also without expected_head (the CLI): the changes were typed over the head read first."""
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-2", "title": "Jar", "description": "old"}
    )
    for expected in (obj.head_rev, None):
        with colleague_commits_first(vault) as worker:
            worker.meanwhile.append(  # type: ignore[attr-defined]
                lambda e=expected: worker.edit(obj.record_id, {"description": f"colleague {e}"})
            )
            with pytest.raises(RecordChangedError) as raised:
                records.edit(obj.record_id, {"description": "mine"}, expected_head=expected)
        assert raised.value.fields == ("description",)
        assert records.get(obj.record_id).fields["description"] == f"colleague {expected}"


def test_a_delete_during_an_import_keeps_the_colleagues_fields_in_the_tombstone(
    vault: Vault,
) -> None:
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-3", "title": "Jar", "description": "old"}
    )
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"description": "new (colleague)"})
        )
        gone = records.delete(obj.record_id)
    assert gone.deleted and gone.fields["description"] == "new (colleague)"
    assert len(_heads(vault, obj.record_id)) == 1


def test_a_restore_during_an_import_keeps_what_only_the_colleague_changed(vault: Vault) -> None:
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-4", "title": "Jar", "description": "old"}
    )
    first = obj.head_rev
    records.edit(obj.record_id, {"title": "Jar (wrong)"})
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"description": "new (colleague)"})
        )
        back = records.restore(obj.record_id, first)
    assert back.fields["title"] == "Jar"
    assert back.fields["description"] == "new (colleague)"
    records.edit(obj.record_id, {"title": "Jar (wrong again)"})
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"title": "Jar, lidded (colleague)"})
        )
        with pytest.raises(RecordChangedError) as raised:
            records.restore(obj.record_id, first)
    assert raised.value.fields == ("title",)
    assert records.get(obj.record_id).fields["title"] == "Jar, lidded (colleague)"


# --- 2. a save does not resolve a conflict (review #7) --------------------------------------------


def _conflict(tmp_path: Path) -> tuple[Peer, str]:
    """Amélie's vault with X-1 in conflict: both changed the description."""
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    x = a.records.create(
        F.OBJECT, {"inventory_number": "X-1", "title": "Jar", "description": "old"}
    ).record_id
    b.receive(a.send(b))
    a.records.edit(x, {"description": "amelie's"})
    b.records.edit(x, {"description": "bohdan's"})
    a.receive(b.send(a))
    b.vault.close()
    assert a.records.get(x).in_conflict
    return a, x


def test_saving_another_field_keeps_the_conflict_for_a_person(tmp_path: Path) -> None:
    a, x = _conflict(tmp_path)
    shown = a.records.get(x)
    saved = a.records.edit(x, {"title": "Jar, lidded"}, expected_head=shown.head_rev)
    assert saved.in_conflict and saved.fields["title"] == "Jar, lidded"
    assert saved.fields["description"] == shown.fields["description"]  # the same value shown
    conflict = get_conflict(a.records, x)
    assert conflict.view.disputed == ("description",)
    assert {h.fields["description"] for h in conflict.heads} == {"amelie's", "bohdan's"}
    assert len(conflict.heads) == 2 and shown.head_rev in a.revisions()
    # Saving the disputed field itself: the typed value is shown, the other still offered.
    mine = a.records.edit(x, {"description": "glued"}, expected_head=saved.head_rev)
    assert mine.in_conflict and mine.fields["description"] == "glued"
    assert "glued" in {h.fields["description"] for h in get_conflict(a.records, x).heads}
    a.vault.close()


def test_object_edit_on_the_command_line_keeps_the_conflict(tmp_path: Path) -> None:
    a, x = _conflict(tmp_path)
    a.vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    (tmp_path / "c.json").write_text(json.dumps({"title": "Jar, lidded"}))
    auth = ["--vault", str(a.path), "--passphrase-file", str(tmp_path / "pw")]
    edited = run_cli(["object", "edit", "X-1", "--json", str(tmp_path / "c.json"), *auth])
    assert edited.code == 0, edited.err
    listed = run_cli(["conflicts", "list", "--json", *auth])
    assert listed.code == 0, listed.err
    (conflict,) = json.loads(listed.out)
    assert conflict["id"] == x and conflict["disputed"] == ["description"]
    assert conflict["automatic"]["fields"]["title"] == "Jar, lidded"
    assert sorted(h["fields"]["description"] for h in conflict["heads"]) == ["amelie's", "bohdan's"]


# --- 3. photos are protected as fields are (review #6) --------------------------------------------


def _jpeg(shade: int = 30) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (120, shade, 30)).save(out, "JPEG")
    return out.getvalue()


def test_a_caption_changed_meanwhile_is_not_overwritten(vault: Vault) -> None:
    records = Records(vault)
    obj = records.create(F.OBJECT, {"inventory_number": "P-1", "title": "Jar"})
    view = records.edit(obj.record_id, {}, add_photos=[PhotoInput(_jpeg(), "overall", "front")])
    sha = view.media[0]["sha256"]
    base = view.head_rev
    records.edit(obj.record_id, {}, photo_updates={sha: {"caption": "front, cleaned (colleague)"}})
    with pytest.raises(RecordChangedError) as raised:
        records.edit(
            obj.record_id, {}, photo_updates={sha: {"caption": "front, crack"}}, expected_head=base
        )
    assert raised.value.fields == ("photos",)
    assert records.get(obj.record_id).media[0]["caption"] == "front, cleaned (colleague)"
    # Its role, which the colleague did not change, is still the user's to change.
    after = records.edit(
        obj.record_id, {}, photo_updates={sha: {"role": "detail"}}, expected_head=base
    )
    assert after.media[0]["role"] == "detail"
    assert after.media[0]["caption"] == "front, cleaned (colleague)"


def test_a_photo_changed_or_removed_meanwhile_is_not_removed_or_changed_silently(
    vault: Vault,
) -> None:
    records = Records(vault)
    obj = records.create(F.OBJECT, {"inventory_number": "P-2", "title": "Jar"})
    view = records.edit(
        obj.record_id,
        {},
        add_photos=[
            PhotoInput(_jpeg(30), "overall", "front"),
            PhotoInput(_jpeg(200), "detail", ""),
        ],
    )
    front, detail = (m["sha256"] for m in view.media)
    base = view.head_rev
    records.edit(obj.record_id, {}, photo_updates={front: {"caption": "front (colleague)"}})
    with pytest.raises(RecordChangedError):
        records.edit(obj.record_id, {}, remove_photos=[front], expected_head=base)
    # A photo nobody changed since is removed as asked, beside a field change.
    left = records.edit(
        obj.record_id, {"title": "Jar, lidded"}, remove_photos=[detail], expected_head=base
    )
    assert [m["sha256"] for m in left.media] == [front]
    records.edit(obj.record_id, {}, remove_photos=[front])  # the colleague removes it
    with pytest.raises(RecordChangedError) as raised:
        records.edit(obj.record_id, {}, photo_updates={front: {"caption": "x"}}, expected_head=base)
    assert raised.value.fields == ("photos",)


# --- 4. a number typed in a third form (review #5) ------------------------------------------------


def test_case_and_digit_variants_of_two_records_are_refused_as_several(vault: Vault) -> None:
    records = Records(vault)
    a = records.create(F.OBJECT, {"inventory_number": "MCP ١٩٨٨/١", "title": "Arabic digits"})
    b = records.create(F.OBJECT, {"inventory_number": "mcp 1988/1", "title": "lower case"})
    with pytest.raises(AmbiguousIdError) as raised:
        records.resolve("MCP 1988/1")
    assert str(raised.value) == "Several objects have this inventory number."
    # Each as stored still names its own record; one alone is found in a third form.
    assert records.resolve("MCP ١٩٨٨/١") == a.record_id
    assert records.resolve("mcp 1988/1") == b.record_id
    records.delete(b.record_id)
    assert records.resolve("MCP 1988/1") == a.record_id
