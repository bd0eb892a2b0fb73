"""A revision's fields are encoded once (issue 22, bulk create: SPEC §13 >= 8,000 records/s).

Computing a revision's canonical bytes encodes its fields; when that text is also what the
records view stores (``json.dumps(sort_keys=True)``: no float printed differently), the view
takes it instead of encoding the fields again. The signed bytes stay exactly the canonical
JSON of the whole content (the reference encoder is the oracle), and the view's text stays
exactly what ``json.dumps`` writes.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.canonical_json import reference_canonical_json
from fieldkit.records import fields as F
from fieldkit.records import revision_store
from fieldkit.records.revision import Revision
from fieldkit.records.service import Records
from fieldkit.vault import Vault

_keys = st.one_of(st.sampled_from(["title", "notes", "hlc", "fields", "ü", "b"]), st.text())
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**60), max_value=2**60),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=8,
)


def _view_text(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@settings(max_examples=300, deadline=None)
@given(
    fields=st.dictionaries(_keys, _values, max_size=6),
    media=st.lists(st.dictionaries(_keys, _scalars, max_size=3), max_size=2),
    parents=st.lists(st.text(), max_size=2),
    author=st.text(),
    deleted=st.booleans(),
)
def test_canonical_bytes_and_view_text_are_unchanged(
    fields: dict[str, Any],
    media: list[dict[str, Any]],
    parents: list[str],
    author: str,
    deleted: bool,
) -> None:
    rev = Revision(
        "4f0c2a1e-0000-4000-8000-000000000000",
        F.OBJECT,
        tuple(sorted(parents)),
        author,
        "001767225600000-000000",
        fields,
        tuple(media),
        deleted,
    )
    assert rev.canonical() == reference_canonical_json(rev.content())
    text = rev.fields_json()
    if text is not None:
        assert text == _view_text(fields)


def test_a_record_without_odd_floats_has_its_fields_text_reused() -> None:
    rev = Revision("r", F.OBJECT, (), "a", "h", {"title": "Jarre", "size": 2.5}, (), False)
    rev.canonical()
    assert rev.fields_json() == _view_text({"title": "Jarre", "size": 2.5})
    # 94.0 is "94" in canonical JSON but "94.0" in the view: encoded twice, as before.
    whole = Revision("r", F.OBJECT, (), "a", "h", {"size": 94.0}, (), False)
    assert whole.canonical() == b'{"author":"a","deleted":false,"fields":{"size":94},' + (
        b'"hlc":"h","kind":"object","media":[],"parents":[],"record_id":"r"}'
    )
    assert whole.fields_json() is None


def test_bulk_create_encodes_each_records_fields_once(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        F.clean_fields(F.OBJECT, {"inventory_number": f"E-{i:04d}", "title": f"Bol {i}"})
        for i in range(300)
    ]
    encoded: list[Any] = []
    real = revision_store._fields_json

    def counting(fields: Any) -> str:
        encoded.append(fields)
        return real(fields)

    # The view's own encoding of the fields: only when the canonical text cannot serve.
    monkeypatch.setattr(revision_store, "_fields_json", counting)
    Records(vault).create_many(F.OBJECT, rows)
    Records(vault).create_many(F.OBJECT, [{**rows[0], "inventory_number": "E-9999", "w": 94.0}])
    monkeypatch.undo()
    assert encoded == [{**rows[0], "inventory_number": "E-9999", "w": 94.0}]  # was one each
    stored = vault.db.execute("SELECT fields FROM records ORDER BY rowid").fetchall()
    assert [r[0] for r in stored[:-1]] == [_view_text(r) for r in rows]
    assert '"w":94.0' in stored[-1][0]  # the view keeps the float as it was
