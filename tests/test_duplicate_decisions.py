"""Decisions about possible duplicates (issue 23): same object / not the same, undo, resolution."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.duplicates import links
from fieldkit.duplicates.decisions import DecisionError, Duplicates, FieldComparison
from fieldkit.records import fields as F
from fieldkit.records.service import AmbiguousIdError, PhotoInput, RecordNotFoundError, Records
from fieldkit.vault import Vault


def _jpeg(seed: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (32, 24), (seed * 40 % 256, 90, 160)).save(out, "JPEG")
    return out.getvalue()


def _pair(records: Records) -> tuple[str, str]:
    a = records.create(
        F.OBJECT,
        {
            "inventory_number": "MCP 1963.28",
            "title": "Jar with fish",
            "materials_techniques": "clay",
            "cross_references": ["British Museum 1856,0909.16"],
        },
    ).record_id
    b = records.create(
        F.OBJECT,
        {
            "inventory_number": "MCP-1963-28",
            "title": "جرة بسمكة",
            "maker": "unknown workshop",
            "description": "red slip",
        },
    ).record_id
    return a, b


@pytest.fixture
def dup(vault: Vault) -> Duplicates:
    return Duplicates(Records(vault))


def test_the_pair_is_a_candidate_until_decided(dup: Duplicates) -> None:
    a, b = _pair(dup.records)
    assert [c.pair for c in dup.candidates()] == [frozenset((a, b))]
    dup.decide(a, b, same=False)
    assert dup.candidates() == []


def test_compare_lists_every_object_field_in_form_order(dup: Duplicates) -> None:
    a, b = _pair(dup.records)
    rows = dup.compare(a, b)
    assert [r.name for r in rows] == [f.name for f in F.OBJECT_FIELDS]
    by_name = {r.name: r for r in rows}
    assert by_name["title"] == FieldComparison("title", "Jar with fish", "جرة بسمكة", True)
    assert by_name["status"] == FieldComparison("status", None, None, False)
    assert by_name["maker"].differs and by_name["maker"].a is None


def test_same_merges_b_into_a_and_b_resolves_to_a(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    decision = dup.decide("MCP 1963.28", "MCP-1963-28", same=True)
    assert (decision.a, decision.b, decision.same, decision.undone) == (a, b, True, False)
    assert decision.decided_by == records.identity.fingerprint
    view = records.get(a)
    # A's values where both are set, B's where only B has one; B's id cross-referenced.
    assert view.fields["title"] == "Jar with fish"
    assert view.fields["inventory_number"] == "MCP 1963.28"
    assert view.fields["maker"] == "unknown workshop"
    assert view.fields["description"] == "red slip"
    assert view.fields["cross_references"] == ["British Museum 1856,0909.16", b]
    assert F.SAME_AS not in view.fields
    # B is a tombstone pointing at A, with its own values kept in its history.
    tomb = records.get(b, follow=False)
    assert tomb.deleted and tomb.fields[F.SAME_AS] == a
    assert tomb.fields["title"] == "جرة بسمكة"
    # Every way of naming B reaches A.
    for typed in (b, b[:8], "MCP-1963-28"):
        assert records.resolve(typed) == a
        assert records.get(typed).record_id == a
        assert dup.canonical(typed) == a
    assert records.resolve(b, follow=False) == b
    # Lists count one object; a search for B's title or number finds A.
    assert records.count(F.OBJECT) == 1
    assert [v.record_id for v in records.list(F.OBJECT, search="جرة")] == [a]
    assert [v.record_id for v in records.list(F.OBJECT, search="MCP-1963-28")] == [a]


def test_photos_are_united_and_leave_again_on_undo(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    pa = records.edit(a, {}, add_photos=[PhotoInput(_jpeg(1))]).media[0]["sha256"]
    pb = records.edit(b, {}, add_photos=[PhotoInput(_jpeg(2))]).media[0]["sha256"]
    dup.decide(a, b, same=True)
    assert [m["sha256"] for m in records.get(a).media] == [pa, pb]
    dup.undo(a)
    assert [m["sha256"] for m in records.get(a).media] == [pa]
    assert [m["sha256"] for m in records.get(b).media] == [pb]


def test_undo_restores_both_records(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    a_before = records.get(a).fields
    b_before = records.get(b).fields
    decision = dup.decide(a, b, same=True)
    undone = dup.undo(decision.decision_id[:8])
    assert undone.undone
    assert records.get(a).fields == a_before
    restored = records.get(b)
    assert restored.record_id == b and not restored.deleted
    assert restored.fields == b_before
    assert records.resolve("MCP-1963-28") == b
    assert records.count(F.OBJECT) == 2
    # Undone decisions no longer hide the pair.
    assert [c.pair for c in dup.candidates()] == [frozenset((a, b))]
    assert dup.decisions() == []
    assert [d.decision_id for d in dup.decisions(include_undone=True)] == [decision.decision_id]


def test_undo_keeps_what_changed_since_the_merge(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    dup.decide(a, b, same=True)
    # After the merge a person corrects B's maker on A and adds a reference.
    records.edit(a, {"maker": "Hama workshop", "cross_references": ["X 1", b]})
    dup.undo(b)
    fields = records.get(a).fields
    assert fields["maker"] == "Hama workshop"  # changed since the merge: kept
    assert "description" not in fields  # as the merge left it: back to A's own (none)
    assert fields["cross_references"] == ["X 1"]  # B's id leaves either way


def test_undo_twice_or_unknown_says_so_in_one_sentence(dup: Duplicates) -> None:
    a, b = _pair(dup.records)
    decision = dup.decide(a, b, same=False)
    dup.undo(decision.decision_id)
    with pytest.raises(DecisionError, match="already undone"):
        dup.undo(decision.decision_id)
    with pytest.raises(RecordNotFoundError, match="No decision concerns this object"):
        dup.undo(a)
    with pytest.raises(RecordNotFoundError, match="No decision or object"):
        dup.undo("0123456789abcdef")


def test_undo_by_object_needs_one_decided_pair(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    c = records.create(F.OBJECT, {"inventory_number": "MCP 1963.028", "title": "Lid"}).record_id
    dup.decide(a, b, same=False)
    dup.decide(a, c, same=False)
    with pytest.raises(AmbiguousIdError):
        dup.undo(a)
    assert dup.undo(c).b == c


def test_refusals(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    with pytest.raises(DecisionError, match="same object"):
        dup.decide(a, a, same=True)
    dup.decide(a, b, same=False)
    with pytest.raises(DecisionError, match="already have a decision"):
        dup.decide(b, a, same=True)
    c = records.create(F.OBJECT, {"title": "gone"}).record_id
    records.delete(c)
    with pytest.raises(DecisionError, match="deleted"):
        dup.decide(a, c, same=False)


def test_merged_object_is_found_after_merging_chains(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    c = records.create(F.OBJECT, {"title": "the same jar, third record"}).record_id
    dup.decide(a, b, same=True)
    dup.decide(c, b, same=True)  # B is typed, A is what it names: A merges into C
    assert records.resolve(b) == c and records.resolve(a) == c
    assert records.count(F.OBJECT) == 1


def test_custody_of_a_merged_object_counts_for_the_canonical_one(vault: Vault) -> None:
    from fieldkit.records import custody_queries
    from fieldkit.records.custody import Custody

    records = Records(vault)
    dup = Duplicates(records)
    a, b = _pair(records)
    records.create(F.LOCATION, {"code": "S-1", "name": "Shelf"})
    c = Custody(records)
    movement = c.move([b], "S-1", details={"departed_at": "2026-01-01T10:00"})
    c.receive(movement.record_id, everything=True, received_at="2026-01-01T11:00")
    shelf = custody_queries.where(vault.db, b).location
    assert shelf is not None and custody_queries.where(vault.db, a).location is None
    assert custody_queries.movements_for(vault.db, a) == []
    decision = dup.decide(a, b, same=True)
    assert custody_queries.where(vault.db, a).location == shelf
    assert [m.id for m in custody_queries.movements_for(vault.db, a)] == [movement.record_id]
    # A movement typed with B's number moves A.
    records.create(F.LOCATION, {"code": "T-1", "name": "Store"})
    later = c.move(["MCP-1963-28"], "T-1", details={"departed_at": "2026-01-02T10:00"})
    assert later.fields["items"] == [a]
    assert custody_queries.where(vault.db, a).in_transit
    dup.undo(decision.decision_id)
    # Undone: the first movement is B's again; the second (typed after the merge) stays A's.
    assert custody_queries.where(vault.db, b).location == shelf
    assert custody_queries.where(vault.db, a).in_transit


def test_decision_to_json(dup: Duplicates, tmp_path: Path) -> None:
    a, b = _pair(dup.records)
    d = dup.decide(a, b, same=False)
    data = d.to_json()
    assert data["decision"] == "not_same" and data["a"] == a and data["b"] == b
    assert data["decided_at"].endswith("Z") and data["undone"] is False


def _row(i: int, a: str, b: str, same: bool = True) -> links.DecisionRow:
    return links.DecisionRow(f"d{i}", a, b, same, (f"{i:04d}", f"r{i}"), True)


@given(st.permutations(range(7)))
def test_links_are_the_same_in_any_order_cycles_cut_chains_followed(order: list[int]) -> None:
    rows = [
        _row(0, "A", "B"),  # B into A
        _row(1, "B", "C"),  # C into B
        _row(2, "C", "A"),  # A into C: would close a cycle (the latest, so it stays)
        _row(3, "E", "D"),  # D into E
        _row(4, "D", "E", same=False),  # the same pair later: the merge still wins
        _row(5, "G", "F", same=False),
        _row(6, "F", "G", same=False),
    ]
    derived = links.derive_links([rows[i] for i in order])
    # Latest first: A -> C, C -> B; B -> A would close the cycle and is left out.
    assert derived == {"A": ("B", "d2"), "C": ("B", "d1"), "D": ("E", "d3")}
    winners = {d.decision_id for d in links.effective(rows).values()}
    assert winners == {"d0", "d1", "d2", "d3", "d6"}


def test_decision_records_holding_anything_are_ignored(vault: Vault) -> None:
    from fieldkit.records.revision import new_revision

    records = Records(vault)
    a, b = _pair(records)
    hostile = [
        {"a": 5, "b": ["x"], "decision": "same"},
        {"a": a, "b": a, "decision": "same"},
        {"a": "not-here", "b": b, "decision": "same"},  # an object this vault does not hold
        {"a": a, "b": b, "decision": "maybe"},
        {"decision": None},
    ]
    with vault.transaction() as db:
        for i, fields in enumerate(hostile):
            records.save_revision(
                db,
                new_revision(
                    records.identity,
                    records.clock,
                    record_id=f"00000000-0000-4000-8000-00000000000{i}",
                    kind=F.DUPLICATE_DECISION,
                    parents=(),
                    fields=fields,
                ),
            )
    assert records.resolve(a) == a and records.resolve(b) == b
    dup = Duplicates(records)
    assert len(dup.decisions()) == len(hostile)
    assert records.count(F.OBJECT) == 2


def test_a_decision_keeps_the_candidates_score_and_reasons(dup: Duplicates) -> None:
    a, b = _pair(dup.records)
    [candidate] = dup.candidates()
    decision = dup.decide(candidate.a, candidate.b, same=False, candidate=candidate, notes="two")
    fields = dup.records.get(decision.decision_id, F.DUPLICATE_DECISION).fields
    assert fields["score"] == round(candidate.score, 3)
    assert fields["reasons"] == [r.english() for r in candidate.reasons]
    assert fields["notes"] == "two" and {fields["a"], fields["b"]} == {a, b}


def test_a_merge_is_all_or_nothing(dup: Duplicates, monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit.vault import audit

    records = dup.records
    a, b = _pair(records)
    before = records.vault.db.execute(
        "SELECT record_id, head_rev, fields, deleted FROM records ORDER BY record_id"
    ).fetchall()
    real = audit.append

    def failing(db: object, actor: str, action: str, *args: object, **kw: object) -> object:
        if action == "record_created":
            raise OSError("disk full")
        return real(db, actor, action, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "append", failing)
    with pytest.raises(OSError):
        dup.decide(a, b, same=True)
    monkeypatch.undo()
    after = records.vault.db.execute(
        "SELECT record_id, head_rev, fields, deleted FROM records ORDER BY record_id"
    ).fetchall()
    assert after == before
    assert records.vault.db.execute("SELECT count(*) FROM duplicate_links").fetchone()[0] == 0
    assert records.resolve(b) == b


def test_damage_reports_of_the_merged_record_are_the_canonical_objects(vault: Vault) -> None:
    from fieldkit.exports.source import Reader, Selection

    records = Records(vault)
    a, b = _pair(records)
    report = records.create(
        F.DAMAGE, {"object_id": b, "severity": "severe", "description": "cracked rim"}
    ).record_id
    assert records.count(F.DAMAGE, object_id=a) == 0
    decision = Duplicates(records).decide(a, b, same=True)
    assert [v.record_id for v in records.list(F.DAMAGE, object_id=a)] == [report]
    assert records.count(F.DAMAGE, object_id=a) == 1
    assert records.count(F.DAMAGE, object_id=b) == 1  # B names A
    # What LIDO and Linked Art carry, the object named by B's inventory number:
    [item] = Reader(vault, Selection(ids=("MCP-1963-28",)), redact=False).items()
    assert item.view.record_id == a and [v.record_id for v in item.damage] == [report]
    Duplicates(records).undo(decision.decision_id)
    assert records.count(F.DAMAGE, object_id=a) == 0


def test_compare_reads_measurements_in_one_unit(dup: Duplicates) -> None:
    records = dup.records
    a = records.create(
        F.OBJECT,
        {
            "inventory_number": "MRDI.2014.2",
            "measurements": [{"dimension": "height", "value": 45, "unit": "cm"}],
        },
    ).record_id
    b = records.create(
        F.OBJECT,
        {
            "inventory_number": "MRDI 2014 2",
            "measurements": [{"dimension": "height", "value": 450, "unit": "mm"}],
        },
    ).record_id
    c = records.create(
        F.OBJECT,
        {
            "inventory_number": "MRDI 2014 3",
            "measurements": [{"dimension": "height", "value": 46, "unit": "cm"}],
        },
    ).record_id
    row = {r.name: r for r in dup.compare(a, b)}["measurements"]
    assert not row.differs
    assert {r.name: r for r in dup.compare(a, c)}["measurements"].differs
