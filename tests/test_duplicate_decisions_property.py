"""Property (issue 23): a merge made in one vault and later edits to either record in others,
exchanged as real bundles imported in any order, give the same canonical record, heads and
resolution in every vault; undo restores both records, everywhere."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peers import Peer

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import fields as F

VAULTS = 3
FIELDS = ("title", "maker", "notes", "description")

# One edit: (vault, record "a" or "b", field, value). ``seen``: which vaults import the merge
# before making their edits (the others edit without knowing of it).
edits = st.lists(
    st.tuples(
        st.integers(0, VAULTS - 1),
        st.sampled_from(("a", "b")),
        st.sampled_from(FIELDS),
        st.sampled_from(("x", "y", "")),
    ),
    max_size=4,
)


def _state(p: Peer, a: str, b: str) -> tuple[object, ...]:
    heads = p.vault.db.execute("SELECT record_id, rev_id FROM heads ORDER BY 1, 2").fetchall()
    links = p.vault.db.execute("SELECT * FROM duplicate_links ORDER BY 1").fetchall()
    return (
        p.view(),
        [tuple(h) for h in heads],
        [tuple(row) for row in links],
        p.records.resolve(a),
        p.records.resolve(b),
        p.records.resolve("B-7"),
    )


def _exchange(people: list[Peer], rnd: random.Random) -> None:
    bundles = [p.send(*[q for q in people if q is not p], mode="full") for p in people]
    for i, p in enumerate(people):
        incoming = [bundle for j, bundle in enumerate(bundles) if j != i]
        rnd.shuffle(incoming)
        for bundle in incoming + incoming[:1]:  # any order, and one of them twice
            assert p.receive(bundle).refused is None


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    edits=edits,
    seen=st.lists(st.booleans(), min_size=VAULTS, max_size=VAULTS),
    merger=st.integers(0, VAULTS - 1),
    undoer=st.integers(0, VAULTS - 1),
    rnd=st.randoms(use_true_random=False),
)
def test_merge_edits_and_undo_converge_in_every_vault(
    edits: list[tuple[int, str, str, str]],
    seen: list[bool],
    merger: int,
    undoer: int,
    rnd: random.Random,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        people = [Peer(Path(tmp), f"p{i}") for i in range(VAULTS)]
        try:
            for p in people:
                p.trust(*[q for q in people if q is not p])
            first = people[0]
            a = first.records.create(F.OBJECT, {"inventory_number": "A-7", "title": "Jar"})
            b = first.records.create(F.OBJECT, {"inventory_number": "B-7", "maker": "Hama"})
            a_id, b_id = a.record_id, b.record_id
            start = first.send(*people[1:], mode="full")
            for p in people[1:]:
                p.receive(start)
            before = {x: people[0].records.get(x).fields for x in (a_id, b_id)}

            merge_by = people[merger]
            Duplicates(merge_by.records).decide(a_id, b_id, same=True)
            merge = merge_by.send(*[q for q in people if q is not merge_by], mode="full")
            for i, p in enumerate(people):
                if p is not merge_by and seen[i]:
                    p.receive(merge)
            for vault, which, name, value in edits:
                target = a_id if which == "a" else b_id
                # In a vault that knows of the merge, B names A: the edit lands on A.
                people[vault].records.edit(target, {name: value or None})

            _exchange(people, rnd)
            states = [_state(p, a_id, b_id) for p in people]
            assert all(s == states[0] for s in states[1:])
            assert all(p.records.resolve(b_id) == a_id for p in people)

            Duplicates(people[undoer].records).undo(b_id)
            _exchange(people, rnd)
            states = [_state(p, a_id, b_id) for p in people]
            assert all(s == states[0] for s in states[1:])
            for p in people:
                assert p.records.resolve(b_id) == b_id and p.records.resolve("B-7") == b_id
                restored = p.records.get(b_id)
                assert not restored.deleted and not restored.in_conflict
                assert F.SAME_AS not in restored.fields
                canonical = p.records.get(a_id)
                assert b_id not in (canonical.fields.get("cross_references") or [])
                if not edits:  # nothing else happened: exactly as before the merge
                    assert restored.fields == before[b_id]
                    assert canonical.fields == before[a_id]
        finally:
            for p in people:
                p.vault.close()
