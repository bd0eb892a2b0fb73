"""Object records and damage reports: validation, ids, history, search (SPEC §4, §5)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.canonical_json import canonical_json, reference_canonical_json
from fieldkit.records import fields as F
from fieldkit.records.revision import DAY_MS, HybridClock, Revision, format_hlc
from fieldkit.records.revision_store import verify_stored_revisions
from fieldkit.records.service import AmbiguousIdError, RecordNotFoundError, Records
from fieldkit.tasks import Progress
from fieldkit.vault import Vault

FULL_OBJECT = {
    "inventory_number": "MOS-2026-0001",
    "institution": "Mosul Cultural Museum",
    "title": "Lamassu fragment",
    "object_type": "Sculpture > Relief",
    "materials_techniques": "Gypsum alabaster, carved",
    "measurements": [{"dimension": "height", "value": 42.5, "unit": "cm"}],
    "inscriptions_markings": "Cuneiform band on the lower edge",
    "date_period": "Neo-Assyrian, 9th century BCE",
    "maker": "Unknown Assyrian workshop",
    "subject": "Winged bull",
    "distinguishing_features": "Old repair with iron pin, left wing chipped",
    "description": "Fragment of a protective deity from a palace gateway.",
    "place_of_origin": "Nimrud",
    "related_written_material": "Excavation report 1956",
    "date_documented": "2026-11-20",
    "red_list_category": "Iraq: sculpture",
    "status": "in_storage",
    "current_location": "Basement store B, shelf 4",
    "coordinates": {"lat": 36.3456, "lon": 43.1575},
    "salvage_priority": 1,
    "significance": "One of few surviving gateway reliefs.",
    "notes": "Check humidity monthly.",
}


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


def test_a_full_object_round_trips(records: Records) -> None:
    view = records.create(F.OBJECT, FULL_OBJECT)
    again = records.get(view.record_id)
    assert again.fields == FULL_OBJECT
    assert again.missing == ["photo_overall"]  # nine categories present, no photo yet
    assert not again.deleted and not again.in_conflict


@pytest.mark.parametrize(
    "values, field, words",
    [
        ({"colour": "red"}, "colour", "not a field"),
        ({"status": "lost"}, "status", "must be one of"),
        ({"date_documented": "20/11/2026"}, "date_documented", "YYYY-MM-DD"),
        ({"date_documented": "2026-02-30"}, "date_documented", "YYYY-MM-DD"),
        ({"coordinates": {"lat": 91, "lon": 0}}, "coordinates", "latitude"),
        ({"coordinates": {"lat": 0, "lon": 181}}, "coordinates", "longitude"),
        ({"coordinates": "north"}, "coordinates", "latitude and longitude"),
        ({"salvage_priority": 5}, "salvage_priority", "from 1"),
        ({"salvage_priority": "high"}, "salvage_priority", "whole number"),
        (
            {"measurements": [{"dimension": "h", "value": -1, "unit": "cm"}]},
            "measurements",
            "greater",
        ),
        ({"measurements": "tall"}, "measurements", "height 32 cm"),
        ({"title": "bad\x00text"}, "title", "control characters"),
    ],
)
def test_bad_object_values_are_named(records: Records, values, field, words) -> None:
    with pytest.raises(F.ValidationError) as info:
        records.create(F.OBJECT, values)
    assert info.value.field == field
    assert words in info.value.message
    assert records.count(F.OBJECT) == 0


@pytest.mark.parametrize(
    "values, field, words",
    [
        ({"severity": "awful", "site": "x"}, "severity", "must be one of"),
        ({"agents": ["fire", "ghosts"], "site": "x"}, "agents", "must be one of"),
        ({"observed_at": "yesterday", "site": "x"}, "observed_at", "YYYY-MM-DD"),
        ({"severity": "minor"}, "object_id", "needs an object, or a site"),
        (
            {"site": "x", "event_date_from": "2026-05-02", "event_date_to": "2026-05-01"},
            "event_date_to",
            "before",
        ),
    ],
)
def test_bad_damage_values_are_named(records: Records, values, field, words) -> None:
    with pytest.raises(F.ValidationError) as info:
        records.create(F.DAMAGE, values)
    assert info.value.field == field and words in info.value.message


def test_vocabulary_lists_are_normalised_and_ordered(records: Records) -> None:
    view = records.create(
        F.DAMAGE, {"site": "Hall 2", "agents": ["Water", "fire", "water"], "severity": "Severe"}
    )
    assert view.fields["agents"] == ["fire", "water"]
    assert view.fields["severity"] == "severe"


def test_damage_report_points_at_an_existing_object(records: Records) -> None:
    with pytest.raises(RecordNotFoundError):
        records.create(F.DAMAGE, {"object_id": "no-such-object", "severity": "minor"})
    obj = records.create(F.OBJECT, {"inventory_number": "A-1"})
    dmg = records.create(F.DAMAGE, {"object_id": "A-1", "severity": "minor"})
    assert dmg.fields["object_id"] == obj.record_id
    assert [d.record_id for d in records.list(F.DAMAGE, object_id=obj.record_id)] == [dmg.record_id]


def test_ids_by_full_id_prefix_or_inventory_number(records: Records) -> None:
    a = records.create(F.OBJECT, {"inventory_number": "INV 7"})
    assert records.resolve(a.record_id) == a.record_id
    assert records.resolve(a.record_id[:8]) == a.record_id
    assert records.resolve(a.record_id[:8].upper()) == a.record_id
    assert records.resolve("INV 7") == a.record_id
    with pytest.raises(RecordNotFoundError):
        records.resolve(a.record_id[:7])  # too short to be a prefix
    with pytest.raises(RecordNotFoundError):
        records.resolve("INV 8")
    records.create(F.OBJECT, {"inventory_number": "INV 7"})
    with pytest.raises(AmbiguousIdError):
        records.resolve("INV 7")


def test_ambiguous_prefix_is_refused(records: Records) -> None:
    ids = [records.create(F.OBJECT, {"title": str(i)}).record_id for i in range(40)]
    # Force an ambiguity with a fake 8-char prefix shared by two ids in the index.
    shared = "aaaaaaaa"
    records.db.execute(
        "UPDATE records SET record_id = ? WHERE record_id = ?", (shared + "-1", ids[0])
    )
    records.db.execute(
        "UPDATE records SET record_id = ? WHERE record_id = ?", (shared + "-2", ids[1])
    )
    with pytest.raises(AmbiguousIdError):
        records.resolve(shared)


def test_edit_makes_a_signed_revision_with_its_parent(records: Records) -> None:
    a = records.create(F.OBJECT, {"title": "First", "status": "in_place"})
    b = records.edit(a.record_id, {"title": "Second", "status": ""})
    assert b.fields == {"title": "Second"}
    history = records.history(a.record_id)
    assert [h.rev_id for h in history] == [a.head_rev, b.head_rev]
    assert history[1].revision.parents == (a.head_rev,)
    assert all(h.signature_ok for h in history)
    assert history[0].revision.author == records.identity.fingerprint


def test_an_edit_that_changes_nothing_makes_no_revision(records: Records) -> None:
    a = records.create(F.OBJECT, {"title": "Same"})
    assert records.edit(a.record_id, {"title": "Same"}).head_rev == a.head_rev
    assert len(records.history(a.record_id)) == 1


def test_delete_is_a_tombstone_that_keeps_history(records: Records) -> None:
    a = records.create(F.OBJECT, {"title": "Doomed vase"})
    records.delete(a.record_id)
    assert records.count(F.OBJECT) == 0
    assert records.count(F.OBJECT, search="doomed") == 0
    assert records.get(a.record_id).deleted
    history = records.history(a.record_id)
    assert len(history) == 2 and history[-1].revision.deleted
    with pytest.raises(RecordNotFoundError):
        records.edit(a.record_id, {"title": "back"})


TEXT_FIELDS = [f.name for f in F.OBJECT_FIELDS if f.kind == "text"]


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_search_finds_objects_by_any_text_field(records: Records, name: str) -> None:
    records.create(F.OBJECT, {"title": "decoy"})
    target = records.create(F.OBJECT, {name: "Xylophonique ziggurat"})
    found = records.list(F.OBJECT, search="xyloph zigg")
    assert [v.record_id for v in found] == [target.record_id]


@pytest.mark.parametrize(
    "name", [f.name for f in F.DAMAGE_FIELDS if f.kind == "text" and f.name != "object_id"]
)
def test_search_finds_damage_reports_by_any_text_field(records: Records, name: str) -> None:
    records.create(F.OBJECT, {"inventory_number": "O-1"})
    values = {"site": "Room 3"} if name != "site" else {}
    values[name] = "Quokka efflorescence"
    target = records.create(F.DAMAGE, values)
    assert [v.record_id for v in records.list(F.DAMAGE, search="quokka")] == [target.record_id]


def test_search_ignores_accents_and_case_and_handles_arabic_and_cyrillic(records: Records) -> None:
    a = records.create(F.OBJECT, {"title": "Stèle funéraire"})
    b = records.create(F.OBJECT, {"title": "تمثال أسد مجنح"})
    c = records.create(F.OBJECT, {"title": "Ікона Богородиці"})
    assert [v.record_id for v in records.list(F.OBJECT, search="STELE funer")] == [a.record_id]
    assert [v.record_id for v in records.list(F.OBJECT, search="تمثال")] == [b.record_id]
    assert [v.record_id for v in records.list(F.OBJECT, search="ікона")] == [c.record_id]


def test_search_syntax_from_users_is_harmless(records: Records) -> None:
    records.create(F.OBJECT, {"title": "Plain"})
    for text in ['"', "AND OR NOT", "title:*", "(", "*", "NEAR(a b)", "' OR 1=1 --", ""]:
        records.list(F.OBJECT, search=text)  # must not raise


def test_search_follows_edits(records: Records) -> None:
    a = records.create(F.OBJECT, {"title": "Bronze lamp"})
    records.edit(a.record_id, {"title": "Copper lamp"})
    assert records.count(F.OBJECT, search="bronze") == 0
    assert records.count(F.OBJECT, search="copper") == 1


def test_filters(records: Records) -> None:
    records.create(F.OBJECT, {**FULL_OBJECT, "status": "stolen", "salvage_priority": 1})
    records.create(F.OBJECT, {"title": "Pot", "status": "in_place", "salvage_priority": 3})
    records.create(F.OBJECT, {"title": "Bowl", "status": "in_place", "salvage_priority": 1})
    assert records.count(F.OBJECT, status="stolen") == 1
    assert records.count(F.OBJECT, status=["stolen", "in_place"]) == 3
    assert records.count(F.OBJECT, salvage_priority=1) == 2
    assert records.count(F.OBJECT, status="in_place", salvage_priority=1) == 1
    assert records.count(F.OBJECT, incomplete=True) == 3  # none has an overall photo
    assert records.count(F.OBJECT, search="pot", status="in_place") == 1
    listed = records.list(F.OBJECT, order_by="salvage_priority")
    assert [v.fields.get("salvage_priority") for v in listed] == [1, 1, 3]
    o = records.create(F.OBJECT, {"title": "T"})
    records.create(F.DAMAGE, {"object_id": o.record_id, "severity": "severe", "urgency": "high"})
    records.create(F.DAMAGE, {"object_id": o.record_id, "severity": "minor", "urgency": "low"})
    assert records.count(F.DAMAGE, severity="severe") == 1
    assert records.count(F.DAMAGE, urgency=["high", "low"]) == 2


def test_completeness_lists_what_is_missing(records: Records) -> None:
    view = records.create(F.OBJECT, {"title": "Only a title"})
    assert "title" not in view.missing
    assert {"object_type", "maker", "measurements", "photo_overall"} <= set(view.missing)
    assert len(view.missing) == 9


# --- revisions: rev_id, signatures, clock -------------------------------------------------------

GOLDEN = {
    "record_id": "0b5f5e36-3f57-4b7e-9d43-6f2a0f1c9e11",
    "kind": "object",
    "parents": ["f" * 64, "a" * 64],
    "author": "1" * 64,
    "hlc": format_hlc(1790000000000, 3),
    "fields": {
        "title": "Ікона «Богородиця» — تمثال",
        "measurements": [{"dimension": "height", "value": 32.5, "unit": "cm"}],
        "coordinates": {"lat": 36.345601, "lon": -0.000001},
        "salvage_priority": 1,
        "notes": 'quote " backslash \\ newline \n tab \t',
    },
    "media": [{"sha256": "b" * 64, "role": "overall", "caption": ""}],
    "deleted": False,
}
# Pinned: if this changes, every rev_id ever written changes. Never update it casually.
GOLDEN_REV_ID = "1098dd451656b2012d90641f6bb672490b8c73e74e0c8109b7e1531ae44f4699"


def test_rev_id_golden_vector() -> None:
    rev = Revision.from_content(json.loads(json.dumps(GOLDEN)))
    expected_bytes = (
        '{"author":"' + "1" * 64 + '","deleted":false,"fields":{"coordinates":{"lat":36.345601,'
        '"lon":-0.000001},"measurements":[{"dimension":"height","unit":"cm","value":32.5}],'
        '"notes":"quote \\" backslash \\\\ newline \\n tab \\t","salvage_priority":1,'
        '"title":"Ікона «Богородиця» — تمثال"},"hlc":"001790000000000-000003","kind":"object",'
        '"media":[{"caption":"","role":"overall","sha256":"' + "b" * 64 + '"}],'
        '"parents":["' + "a" * 64 + '","' + "f" * 64 + '"],'
        '"record_id":"0b5f5e36-3f57-4b7e-9d43-6f2a0f1c9e11"}'
    ).encode()
    assert rev.canonical() == expected_bytes
    import hashlib

    assert rev.rev_id == hashlib.sha256(expected_bytes).hexdigest()
    assert rev.rev_id == GOLDEN_REV_ID


def test_rev_id_is_the_same_in_another_process() -> None:
    code = (
        "import json, sys\n"
        "from fieldkit.records.revision import Revision\n"
        "print(Revision.from_content(json.loads(sys.stdin.read())).rev_id)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(GOLDEN),
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "123", "PATH": "/usr/bin:/bin"},
    )
    assert proc.stdout.strip() == Revision.from_content(GOLDEN).rev_id


def test_tampered_revision_or_signature_is_detected(records: Records) -> None:
    a = records.create(F.OBJECT, {"title": "Honest"})
    assert verify_stored_revisions(records.db, records.identity) == []
    canonical = records.db.execute(
        "SELECT canonical FROM revisions WHERE rev_id = ?", (a.head_rev,)
    ).fetchone()[0]
    forged = bytes(canonical).replace(b"Honest", b"Forged")
    records.db.execute("UPDATE revisions SET canonical = ? WHERE rev_id = ?", (forged, a.head_rev))
    problems = verify_stored_revisions(records.db, records.identity)
    assert problems and "does not match" in problems[0]
    records.db.execute(
        "UPDATE revisions SET canonical = ?, signature = ? WHERE rev_id = ?",
        (canonical, b"\0" * 64, a.head_rev),
    )
    problems = verify_stored_revisions(records.db, records.identity)
    assert problems and "invalid signature" in problems[0]
    assert records.history(a.record_id)[0].signature_ok is False


def _bulk_rows(n: int) -> list[dict]:
    return [
        {
            "inventory_number": f"BULK-{i:05d}",
            "title": f"Jar {i} جرة",
            "status": "in_storage",
            "measurements": [{"dimension": "height", "value": 10.0 + i % 7 / 2, "unit": "cm"}],
        }
        for i in range(n)
    ]


def test_create_many_stores_what_create_stores(records: Records) -> None:
    # More rows than one batch statement, so the pipelined, batched path is what is checked.
    rows = _bulk_rows(600)
    done: list[int] = []
    ids = records.create_many(F.OBJECT, rows, progress=done.append)
    assert len(ids) == len(set(ids)) == 600 and done[-1] == 600
    for i in (0, 255, 256, 599):
        view = records.get(ids[i])
        assert view.fields["inventory_number"] == f"BULK-{i:05d}"
        assert records.resolve(f"BULK-{i:05d}") == ids[i]
        assert records.history(ids[i])[0].signature_ok is True
    single = records.create(F.OBJECT, rows[3] | {"inventory_number": "ONE"})
    bulk = records.get(ids[3])
    assert (bulk.fields | {"inventory_number": "ONE"}, bulk.missing) == (
        single.fields,
        single.missing,
    )
    assert verify_stored_revisions(records.db, records.identity) == []
    assert records.count(F.OBJECT, query="جرة") == 601
    # HLCs follow the order of the rows.
    hlcs = [records.get(i).hlc for i in ids]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 600


def test_create_many_cancelled_or_failing_saves_nothing(
    records: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.errors import CancelledError

    before = records.count(F.OBJECT)
    calls = iter(range(10**6))
    with pytest.raises(CancelledError):
        records.create_many(F.OBJECT, _bulk_rows(900), cancel=lambda: next(calls) >= 2)
    assert records.count(F.OBJECT) == before

    from fieldkit.identity.own import OwnIdentity

    real_sign = OwnIdentity.sign
    signed = iter(range(10**6))

    def flaky_sign(self: OwnIdentity, data: bytes) -> bytes:
        if next(signed) == 700:  # in the third batch, after two were written
            raise OSError("simulated failure in the signing thread")
        return real_sign(self, data)

    monkeypatch.setattr(OwnIdentity, "sign", flaky_sign)
    with pytest.raises(OSError, match="simulated"):
        records.create_many(F.OBJECT, _bulk_rows(900))
    assert records.count(F.OBJECT) == before
    assert records.db.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] == 0


def test_clock_never_goes_back_and_ignores_far_future() -> None:
    now = [1_000_000]
    clock = HybridClock(now_ms=lambda: now[0])
    a = clock.tick()
    now[0] -= 5000  # the laptop's clock was set back
    b = clock.tick()
    assert b > a
    assert clock.observe(format_hlc(now[0] + DAY_MS + 1, 0)) is False
    assert clock.tick() < format_hlc(now[0] + DAY_MS, 0)
    assert clock.observe(format_hlc(2_000_000, 7)) is True
    assert clock.tick() > format_hlc(2_000_000, 7)


def test_clock_survives_reopening(vault: Vault, vault_path: Path) -> None:
    from conftest import PASSPHRASE

    first = Records(vault, now_ms=lambda: 5_000_000).create(F.OBJECT, {"title": "x"})
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        second = Records(again, now_ms=lambda: 1_000).create(F.OBJECT, {"title": "y"})
    assert second.hlc > first.hlc


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_canonical_json_round_trips_and_is_idempotent(value) -> None:
    try:
        encoded = canonical_json(value)
    except UnicodeEncodeError:
        return  # lone surrogates cannot be UTF-8: refused, as they must be
    decoded = json.loads(encoded)
    # JSON has one number type: compare numbers as numbers, whatever Python type they parse to.
    assert as_floats(decoded) == as_floats(value)
    assert canonical_json(decoded) == encoded


# Floats near the edges where Python's repr and ECMAScript's Number.toString part ways (exponent
# thresholds, integral values, -0.0), and keys whose UTF-16 order differs from code point order.
edge_floats = st.sampled_from(
    [
        1e-4,
        9.999e-5,
        1e-5,
        1e-6,
        1e-7,
        0.1,
        1.0,
        -0.0,
        12.0,
        2.5,
        1e15 + 0.5,
        1e16,
        1e21,
        1e22,
        2.0**53,
        2.0**53 + 2,
        -3.75,
        123456789.125,
        5e-324,
        1.7976931348623157e308,
    ]
)
edge_keys = st.sampled_from(["a", "é", "\ue000", "\U0001f600", "Z", "\x7f", "ab", ""])
mixed_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | edge_floats
    | st.text(max_size=6),
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children, children)
        | st.dictionaries(st.text(max_size=4) | edge_keys, children, max_size=4)
    ),
    max_leaves=16,
)


@settings(max_examples=500, deadline=None)
@given(mixed_values)
def test_fast_canonical_json_gives_the_reference_bytes(value) -> None:
    # canonical_json hands most values to the C encoder; the bytes (or the refusal) must be those
    # of the reference encoder, or rev_ids would depend on which path a value took.
    try:
        expected = reference_canonical_json(value)
    except (ValueError, TypeError, UnicodeEncodeError) as refused:
        with pytest.raises(type(refused)):
            canonical_json(value)
        return
    assert canonical_json(value) == expected


def test_fast_canonical_json_is_used_for_ordinary_records() -> None:
    from fieldkit.canonical_json import _for_c_encoder, _NeedsReference

    ordinary = {"title": "Ікона", "measurements": [{"value": 32.5, "unit": "cm"}], "n": 1}
    assert _for_c_encoder(ordinary) is ordinary  # nothing copied
    assert _for_c_encoder({"m": [{"value": 94.0}]}) == {"m": [{"value": 94}]}
    for awkward in ({"value": -0.0}, {"value": 1e-5}, {"é": 1}, [1e16 + 2.0], {1: "x"}):
        with pytest.raises(_NeedsReference):
            _for_c_encoder(awkward)


def as_floats(value):
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list):
        return [as_floats(v) for v in value]
    return {k: as_floats(v) for k, v in value.items()}


@pytest.mark.parametrize("kind", [F.OBJECT, F.DAMAGE])
def test_every_sortable_column_pages_over_an_index(records: Records, kind: str) -> None:
    # A list sorted by a column without an index sorts every row on each page (100,000 objects:
    # up to a quarter of a second per click); the query plan must never need a temporary sort.
    from fieldkit.records.search import ORDERABLE, list_query

    for column in sorted(set(ORDERABLE.values())):  # the columns lists really sort on
        for direction in ("ASC", "DESC"):
            sql, args = list_query(kind, "r.rowid", {})
            sql += f" ORDER BY r.{column} {direction} NULLS LAST, r.rowid {direction} LIMIT 200"
            plan = " ".join(r[3] for r in records.db.execute("EXPLAIN QUERY PLAN " + sql, args))
            assert "TEMP B-TREE" not in plan, (column, direction, plan)


def test_edit_with_refused_photos_list_adds_the_good_photo_and_reports_the_bad(
    vault: Vault, tmp_path: Path
) -> None:
    """The desktop app's mixed selection: the readable photos in one revision, the rest named."""
    import io

    from PIL import Image

    from fieldkit.records.photo_errors import PhotoError
    from fieldkit.records.service import PhotoInput

    records = Records(vault)
    view = records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Jar"})
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 20, 30)).save(buf, "JPEG")
    good = tmp_path / "good.jpg"
    good.write_bytes(buf.getvalue())
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(buf.getvalue()[:40])
    photos = [PhotoInput(bad, "overall", ""), PhotoInput(good, "detail", "")]
    with pytest.raises(PhotoError):  # without the list: all or nothing, as the CLI does
        records.edit(view.record_id, {}, add_photos=photos)
    assert records.get(view.record_id).media == []
    refused: list[tuple[PhotoInput, PhotoError]] = []
    steps: list[Progress] = []
    after = records.edit(
        view.record_id, {}, add_photos=photos, refused_photos=refused, progress=steps.append
    )
    # The photos phase is in bytes (each photo's size twice: checked, then stored) and counts
    # the refused photo whole, so the bar ends full.
    total = 2 * (bad.stat().st_size + good.stat().st_size)
    assert {(p.phase, p.total) for p in steps} == {("photos", total)}
    done = [p.done for p in steps]
    assert done[0] == 0 and done[-1] == total and done == sorted(set(done))
    assert 2 * bad.stat().st_size in done  # the refused photo, counted whole
    assert [m["role"] for m in after.media] == ["detail"]
    assert [photo.source for photo, _exc in refused] == [bad]
    assert "bad.jpg" in refused[0][1].message
    stored = [f for f in (vault.path / "media").rglob("*") if f.is_file()]
    assert len(stored) == 1  # the refused photo left no file behind
