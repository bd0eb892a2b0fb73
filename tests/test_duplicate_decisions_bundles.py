"""Decisions travel in real bundles and apply the same way in every vault (issue 23)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peers import Peer

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import fields as F
from fieldkit.records.service import Records


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Peer, Peer, Peer]]:
    people = (Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan"), Peer(tmp_path, "coord"))
    for p in people:
        p.trust(*[q for q in people if q is not p])
    yield people
    for p in people:
        p.vault.close()


def _pair(p: Peer) -> tuple[str, str]:
    a = p.records.create(F.OBJECT, {"inventory_number": "MCP 1963.28", "title": "Jar"})
    b = p.records.create(F.OBJECT, {"inventory_number": "MCP-1963-28", "maker": "Hama"})
    return a.record_id, b.record_id


def _links(p: Peer) -> list[tuple[str, str, str]]:
    return [
        tuple(r)  # type: ignore[misc]
        for r in p.vault.db.execute("SELECT * FROM duplicate_links ORDER BY record_id")
    ]


def _everyone_gets_everything(people: tuple[Peer, ...]) -> None:
    bundles = {p.name: p.send(*[q for q in people if q is not p], mode="full") for p in people}
    for p in people:
        for q in people:
            if q is not p:
                assert p.receive(bundles[q.name]).refused is None


def test_a_merge_travels_and_b_resolves_to_a_in_the_other_vault(trio) -> None:
    amal, bohdan, _ = trio
    a, b = _pair(amal)
    bohdan.receive(amal.send(bohdan))
    Duplicates(amal.records).decide(a, b, same=True)
    result = bohdan.receive(amal.send(bohdan))
    assert result.refused is None
    assert bohdan.records.resolve("MCP-1963-28") == a
    assert bohdan.records.resolve(b) == a
    assert bohdan.view() == amal.view() and _links(bohdan) == _links(amal)
    assert [v.record_id for v in bohdan.records.list(F.OBJECT, search="Hama")] == [a]
    assert Duplicates(bohdan.records).candidates() == []
    # Undone in the vault that received it: both come back in the vault that merged.
    Duplicates(bohdan.records).undo(b)
    amal.receive(bohdan.send(amal))
    assert amal.records.resolve(b) == b and not amal.records.get(b).deleted
    assert b not in (amal.records.get(a).fields.get("cross_references") or [])
    assert amal.view() == bohdan.view() and _links(amal) == []


def test_an_edit_of_b_made_without_seeing_the_merge_waits_but_b_still_resolves_to_a(
    trio,
) -> None:
    amal, bohdan, coord = trio
    a, b = _pair(amal)
    bohdan.receive(amal.send(bohdan))
    Duplicates(amal.records).decide(a, b, same=True)
    bohdan.records.edit(b, {"notes": "seen in the basement"})  # before the merge arrives
    _everyone_gets_everything(trio)
    for p in trio:
        view = p.records.get(b, follow=False)
        assert view.in_conflict  # deletion against edit: a person decides, as always
        assert p.records.resolve(b) == a and p.records.resolve("MCP-1963-28") == a
    assert amal.view() == bohdan.view() == coord.view()


def test_two_vaults_deciding_one_pair_differently_agree_the_merge_wins(tmp_path: Path) -> None:
    people = (Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan"))
    try:
        for p in people:
            p.trust(*[q for q in people if q is not p])
        amal, bohdan = people
        a, b = _pair(amal)
        bohdan.receive(amal.send(bohdan))
        now = 2_000_000_000_000
        # "Not the same" decided later, without knowing of the merge: the merge still wins
        # (B is already a tombstone pointing at A), and whoever disagrees undoes it.
        early = Duplicates(Records(amal.vault, now_ms=lambda: now))
        late = Duplicates(Records(bohdan.vault, now_ms=lambda: now + 60_000))
        same = early.decide(a, b, same=True)
        not_same = late.decide(b, a, same=False)
        _everyone_gets_everything(people)
        for p in people:
            dup = Duplicates(p.records)
            shown = {d.decision_id: d for d in dup.decisions()}
            assert shown[same.decision_id].superseded is False
            assert shown[not_same.decision_id].superseded is True
            assert p.records.resolve(b) == a
            assert dup.candidates() == []  # the pair is decided either way
        assert amal.view() == bohdan.view() and _links(amal) == _links(bohdan) != []
        # Undoing the merge leaves "not the same" as the word on the pair, everywhere.
        Duplicates(bohdan.records).undo(same.decision_id)
        _everyone_gets_everything(people)
        for p in people:
            assert p.records.resolve(b) == b and not p.records.get(b).deleted
            assert [d.decision_id for d in Duplicates(p.records).decisions()] == [
                not_same.decision_id
            ]
        assert amal.view() == bohdan.view()
    finally:
        for p in people:
            p.vault.close()


def test_two_merges_of_one_pair_in_opposite_directions_agree_the_later_wins(
    tmp_path: Path,
) -> None:
    people = (Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan"))
    try:
        for p in people:
            p.trust(*[q for q in people if q is not p])
        amal, bohdan = people
        a, b = _pair(amal)
        bohdan.receive(amal.send(bohdan))
        now = 2_000_000_000_000
        Duplicates(Records(amal.vault, now_ms=lambda: now)).decide(a, b, same=True)
        Duplicates(Records(bohdan.vault, now_ms=lambda: now + 1)).decide(b, a, same=True)
        _everyone_gets_everything(people)
        for p in people:
            assert p.records.resolve(a) == b and p.records.resolve(b) == b
        assert amal.view() == bohdan.view() and _links(amal) == _links(bohdan)
    finally:
        for p in people:
            p.vault.close()


def test_one_record_merged_into_two_objects_follows_the_later_merge_everywhere(
    tmp_path: Path,
) -> None:
    people = (Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan"))
    try:
        for p in people:
            p.trust(*[q for q in people if q is not p])
        amal, bohdan = people
        a, b = _pair(amal)
        c = amal.records.create(F.OBJECT, {"inventory_number": "MCP 1963.028"}).record_id
        bohdan.receive(amal.send(bohdan))
        now = 2_000_000_000_000
        Duplicates(Records(amal.vault, now_ms=lambda: now)).decide(a, b, same=True)
        Duplicates(Records(bohdan.vault, now_ms=lambda: now + 1)).decide(c, b, same=True)
        _everyone_gets_everything(people)
        for p in people:
            assert p.records.resolve(b) == c
            assert p.records.resolve(a) == a
        assert _links(amal) == _links(bohdan)
        assert amal.view() == bohdan.view()
    finally:
        for p in people:
            p.vault.close()


def test_a_merged_record_in_conflict_is_shown_and_resolved_as_itself(trio) -> None:
    from fieldkit.records.conflicts import get_conflict

    amal, bohdan, _ = trio
    a, b = _pair(amal)
    bohdan.receive(amal.send(bohdan))
    Duplicates(amal.records).decide(a, b, same=True)
    bohdan.records.edit(b, {"notes": "seen in the basement"})
    amal.receive(bohdan.send(amal))
    assert get_conflict(amal.records, b).record_id == b


def test_the_overview_counts_a_merged_records_damage_for_the_canonical_object(trio) -> None:
    from fieldkit.records.stats import overview

    amal, _, _ = trio
    a, b = _pair(amal)
    amal.records.edit(a, {"institution": "Musée de Mossoul"})
    amal.records.create(
        F.DAMAGE,
        {"object_id": b, "severity": "severe", "urgency": "immediate", "agents": ["water"]},
    )
    Duplicates(amal.records).decide(a, b, same=True)
    data = overview(amal.vault.db)
    assert dict(data.places).get("Musée de Mossoul") == 1
    assert [(i.record_id, i.is_object) for i in data.immediate] == [(a, True)]
