"""Review findings on decisions about possible duplicates (issue 23): each test is a sequence
that went wrong before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from peers import Peer

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import custody
from fieldkit.records import fields as F
from fieldkit.records.custody_chain import deferred, rebuild
from fieldkit.records.custody_handovers import handover_state
from fieldkit.records.custody_queries import movement_status, where
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _pair(records: Records) -> tuple[str, str]:
    a = records.create(F.OBJECT, {"inventory_number": "MCP 1963.28", "title": "Jar"}).record_id
    b = records.create(F.OBJECT, {"inventory_number": "MCP-1963-28", "maker": "Hama"}).record_id
    return a, b


@pytest.fixture
def dup(vault: Vault) -> Duplicates:
    return Duplicates(Records(vault))


def _peers(tmp_path: Path, *names: str) -> list[Peer]:
    people = [Peer(tmp_path, n) for n in names]
    for p in people:
        p.trust(*[q for q in people if q is not p])
    return people


# --- 1. stored ids are kept as written -----------------------------------------------------------


def test_a_handover_of_b_written_before_the_merge_can_be_accepted_after_it(
    tmp_path: Path,
) -> None:
    amal, bohdan = _peers(tmp_path, "amal", "bohdan")
    a, b = _pair(amal.records)
    handover = custody.Custody(amal.records).hand_over([b], bohdan.card).record_id
    Duplicates(amal.records).decide(a, b, same=True)
    bohdan.receive(amal.send(bohdan))
    custody.Custody(bohdan.records).accept(handover)
    state = handover_state(bohdan.vault.db, handover, bohdan.identity.fingerprint)
    assert state.accepted
    assert bohdan.records.get(handover, F.HANDOVER).fields["items"] == [b]


def test_edits_after_a_merge_keep_b_and_undo_gives_b_back_its_records(dup: Duplicates) -> None:
    r = dup.records
    a, b = _pair(r)
    c = custody.Custody(r)
    c.add_location({"code": "STORE-A", "name": "Store A"})
    damage = r.create(
        F.DAMAGE, {"object_id": b, "severity": "severe", "observed_at": "2026-01-02"}
    ).record_id
    movement = c.move([b], "STORE-A").record_id
    decision = dup.decide(a, b, same=True)
    c.receive(movement, ["MCP-1963-28"])  # B's label scanned: resolves to A, listed as B
    r.edit(damage, {"description": "photographed again"})
    assert r.get(movement).fields["items"] == [b]
    assert r.get(movement).fields["received"] == [b]
    assert r.get(damage, F.DAMAGE).fields["object_id"] == b
    assert r.count(F.DAMAGE, object_id=a) == 1  # while merged, B's damage is A's
    dup.undo(decision.decision_id)
    assert r.count(F.DAMAGE, object_id=b) == 1
    assert r.count(F.DAMAGE, object_id=a) == 0
    status = movement_status(dup.db, movement)
    assert (status.missing, status.extra) == ([], [])
    assert where(dup.db, b).location is not None


def test_a_new_reference_typed_after_the_merge_follows_it(dup: Duplicates) -> None:
    r = dup.records
    a, b = _pair(r)
    dup.decide(a, b, same=True)
    damage = r.create(F.DAMAGE, {"object_id": "MCP-1963-28", "severity": "minor"}).record_id
    assert r.get(damage, F.DAMAGE).fields["object_id"] == a


# --- 2. delete, restore and history name exactly the record typed ---------------------------------


def test_deleting_a_merged_record_by_its_id_is_refused_and_its_history_is_its_own(
    dup: Duplicates,
) -> None:
    from fieldkit.duplicates.decisions import DecisionError

    r = dup.records
    a, b = _pair(r)
    b_first = r.history(b)[0].rev_id
    dup.decide(a, b, same=True)
    assert {h.revision.record_id for h in r.history(b)} == {b}
    with pytest.raises(DecisionError) as refused:
        r.delete(b)
    assert "duplicates undo" in (refused.value.hint or "")
    assert not r.get(a, follow=False).deleted
    restored = r.restore(b, b_first)
    assert restored.record_id == b and not restored.deleted
    assert not r.get(a, follow=False).deleted


def test_object_delete_by_a_merged_inventory_number_leaves_the_canonical_object(
    vault: Vault,
) -> None:
    from conftest import PASSPHRASE, run_cli

    r = Records(vault)
    a, b = _pair(r)
    Duplicates(r).decide(a, b, same=True)
    path = str(vault.path)
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    res = run_cli(["--vault", path, "object", "delete", "MCP-1963-28"], env)
    assert res.code != 0
    assert "merged" in res.err
    listed = run_cli(["--vault", path, "object", "list", "--json"], env)
    assert a in listed.out


# --- 7. undo keeps a person's own cross reference -------------------------------------------------


def test_undo_keeps_a_cross_reference_typed_before_the_merge(dup: Duplicates) -> None:
    r = dup.records
    a, b = _pair(r)
    r.edit(a, {"cross_references": [b, "British Museum 1856,0909.16"]})
    decision = dup.decide(a, b, same=True)
    dup.undo(decision.decision_id)
    assert r.get(a).fields["cross_references"] == [b, "British Museum 1856,0909.16"]


# --- 4. no live object whose id opens another --------------------------------------------------


def test_undoing_a_merge_whose_object_was_merged_elsewhere_leaves_it_there(
    tmp_path: Path,
) -> None:
    amal, bohdan = _peers(tmp_path, "amal", "bohdan")
    r = amal.records
    a, b = _pair(r)
    c = r.create(F.OBJECT, {"inventory_number": "C-7", "title": "Jar C"}).record_id
    bohdan.receive(amal.send(bohdan))
    d1 = Duplicates(amal.records).decide(a, b, same=True)
    d2 = Duplicates(bohdan.records).decide(c, b, same=True)
    x, y = amal.send(bohdan), bohdan.send(amal)
    amal.receive(y)
    bohdan.receive(x)
    dup = Duplicates(amal.records)
    winner = r.resolve(b)
    loser = d1 if winner == c else d2
    assert dup.get(loser.decision_id).superseded
    dup.undo(loser.decision_id)
    view = r.get(b, follow=False)
    assert view.deleted  # still merged into the winner: not a live object opening another
    assert r.resolve(b) == winner
    assert b not in [v.record_id for v in r.list(F.OBJECT)]


def test_keeping_my_edit_of_a_merged_record_makes_it_an_object_of_its_own(
    tmp_path: Path,
) -> None:
    from fieldkit.records import conflicts

    amal, bohdan = _peers(tmp_path, "amal", "bohdan")
    a, b = _pair(amal.records)
    bohdan.receive(amal.send(bohdan))
    decision = Duplicates(amal.records).decide(a, b, same=True)
    mine = bohdan.records.edit(b, {"notes": "seen in the basement"}).head_rev
    bohdan.receive(amal.send(bohdan))
    r = bohdan.records
    assert r.get(b, follow=False).in_conflict
    assert r.resolve(b) == a  # while in conflict with the merge, B's id opens A
    conflicts.resolve(r, b, keep=mine)
    assert r.resolve(b) == b
    assert r.get(b).fields["notes"] == "seen in the basement"
    assert Duplicates(r).get(decision.decision_id).superseded
    hits = [v.record_id for v in r.list(F.OBJECT, search="basement")]
    assert hits == [b]


# --- 5. hand-made decisions are not trusted -------------------------------------------------------


def test_a_decision_cannot_be_typed_as_a_record(dup: Duplicates) -> None:
    a, b = _pair(dup.records)
    with pytest.raises(F.ValidationError):
        dup.records.create(F.DUPLICATE_DECISION, {"a": a, "b": b, "decision": "same"})
    decision = dup.decide(a, b, same=False)
    with pytest.raises(F.ValidationError):
        dup.records.edit(decision.decision_id, {"decision": "same"})


def test_hand_made_decisions_from_a_peer_link_nothing_and_undo_only_deletes_them(
    vault: Vault,
) -> None:
    from fieldkit.records.revision import new_revision

    records = Records(vault)
    obj = records.create(F.OBJECT, {"inventory_number": "INV-1", "title": "Icon"}).record_id
    loc = records.create(F.LOCATION, {"code": "STORE-A", "name": "Store A"}).record_id
    stamp = records.get(obj).head_rev
    hostile = {
        "00000000-0000-4000-8000-000000000001": {"a": obj, "b": loc, "decision": "same"},
        "00000000-0000-4000-8000-000000000002": {
            "a": loc,
            "b": obj,
            "decision": "same",
            "a_revision": stamp,
            "b_revision": stamp,
        },
    }
    with vault.transaction() as db:
        for rid, fields in hostile.items():
            records.save_revision(
                db,
                new_revision(
                    records.identity,
                    records.clock,
                    record_id=rid,
                    kind=F.DUPLICATE_DECISION,
                    parents=(),
                    fields=fields,
                ),
            )
    assert vault.db.execute("SELECT count(*) FROM duplicate_links").fetchone()[0] == 0
    assert records.resolve("STORE-A") == loc
    assert records.get("INV-1", F.OBJECT).record_id == obj
    dup = Duplicates(records)
    for rid in hostile:
        assert dup.undo(rid).undone
    assert records.get(obj, follow=False).fields == {"inventory_number": "INV-1", "title": "Icon"}
    assert not records.get(loc, follow=False).deleted


# --- 6. undo in a chain, in either order -----------------------------------------------------


@pytest.mark.parametrize("order", [("ab", "ca"), ("ca", "ab")])
def test_undoing_a_chain_in_either_order_leaves_no_field_of_b_in_a(
    dup: Duplicates, tmp_path: Path, order: tuple[str, str]
) -> None:
    import io

    from PIL import Image

    from fieldkit.records.service import PhotoInput

    photo = tmp_path / "b.jpg"
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (120, 90, 160)).save(out, "JPEG")
    photo.write_bytes(out.getvalue())
    r = dup.records
    a = r.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"}).record_id
    b = r.create(F.OBJECT, {"inventory_number": "B-1", "maker": "Hama"}, [PhotoInput(photo)])
    c = r.create(F.OBJECT, {"inventory_number": "C-1", "title": "Jar (C)"}).record_id
    decisions = {
        "ab": dup.decide(a, b.record_id, same=True),
        "ca": dup.decide(c, a, same=True),
    }
    for name in order:
        dup.undo(decisions[name].decision_id)
    views = {x: r.get(x, follow=False) for x in (a, b.record_id, c)}
    assert views[a].fields == {"inventory_number": "A-1", "title": "Jar"}
    assert views[a].media == []
    assert views[b.record_id].fields == {"inventory_number": "B-1", "maker": "Hama"}
    assert views[c].fields == {"inventory_number": "C-1", "title": "Jar (C)"}
    assert not any(v.deleted for v in views.values())


# --- 8. the same undo made twice ---------------------------------------------------------------


def test_two_people_undoing_the_same_merge_leave_nothing_in_conflict(tmp_path: Path) -> None:
    amal, bohdan = _peers(tmp_path, "amal", "bohdan")
    a, b = _pair(amal.records)
    decision = Duplicates(amal.records).decide(a, b, same=True)
    bohdan.receive(amal.send(bohdan))
    Duplicates(amal.records).undo(decision.decision_id)
    Duplicates(bohdan.records).undo(decision.decision_id)
    x, y = amal.send(bohdan), bohdan.send(amal)
    amal.receive(y)
    bohdan.receive(x)
    for p in (amal, bohdan):
        db = p.vault.db
        assert db.execute("SELECT count(*) FROM records WHERE in_conflict = 1").fetchone()[0] == 0
        assert not p.records.get(a, follow=False).deleted
        assert not p.records.get(b, follow=False).deleted
    assert amal.view() == bohdan.view()
    # The next edit joins both heads.
    amal.records.edit(b, {"notes": "checked"})
    assert len(amal.records.get(b).fields) == 3
    heads = amal.vault.db.execute("SELECT count(*) FROM heads WHERE record_id = ?", (b,))
    assert heads.fetchone()[0] == 1


def test_different_concurrent_edits_of_an_object_are_still_a_conflict(tmp_path: Path) -> None:
    amal, bohdan = _peers(tmp_path, "amal", "bohdan")
    a, _b = _pair(amal.records)
    bohdan.receive(amal.send(bohdan))
    amal.records.edit(a, {"title": "Jar, fish"})
    bohdan.records.edit(a, {"title": "Jar with a fish"})
    bohdan.receive(amal.send(bohdan))
    assert bohdan.records.get(a).in_conflict


# --- 9. a custody replay does not pay per item for a merge ---------------------------------------


def test_a_custody_replay_reads_the_links_in_chunks_not_per_item(dup: Duplicates) -> None:
    r = dup.records
    ids = r.create_many(F.OBJECT, [{"inventory_number": f"N-{i}"} for i in range(300)])
    c = custody.Custody(r)
    c.add_location({"code": "SAFE", "name": "Safe"})
    movement = c.move(ids, "SAFE").record_id
    a, b = _pair(r)
    dup.decide(a, b, same=True)  # one unrelated merge
    statements: list[str] = []
    raw: Any = dup.db
    raw.set_trace_callback(lambda sql: statements.append(sql))
    try:
        with r.vault.transaction() as db:
            rebuild(db, [movement])
    finally:
        raw.set_trace_callback(None)
    on_links = [s for s in statements if "duplicate_links" in s]
    assert len(on_links) < 20, len(on_links)


def test_the_same_content_rule_is_the_pure_merge_rule_the_archive_uses_too(vault: Vault) -> None:
    """The archive computes conflict flags with fieldkit.records.merge.view_of, not the vault's
    storage: heads with identical content must not be a conflict there either."""
    from fieldkit.records.merge import History, view_of
    from fieldkit.records.revision import new_revision

    records = Records(vault)
    clock = records.clock  # one clock for revisions that are never stored

    def rev(parents: list[str], title: str):  # type: ignore[no-untyped-def]
        return new_revision(
            records.identity,
            clock,
            record_id="r1",
            kind=F.OBJECT,
            parents=parents,
            fields={"title": title},
            media=[],
            deleted=False,
        )

    root = rev([], "Jar")
    one, two, other = (
        rev([root.rev_id], "Jarre"),
        rev([root.rev_id], "Jarre"),
        rev([root.rev_id], "Vase"),
    )
    assert one.rev_id != two.rev_id
    for heads, conflict in (((one, two), False), ((one, other), True)):
        history = History()
        for r in (root, *heads):
            history.add(r)
        view = view_of(history)
        assert view is not None and len(view.heads) == 2 and view.in_conflict is conflict


def test_a_kept_object_stored_by_the_import_batch_path_is_found_by_its_merged_records_text(
    tmp_path: Path,
) -> None:
    """The decision and B's tombstone are already here when A's first revision arrives in a
    bundle: A's search entry must carry B's text whether the importer stores A one by one or in
    a batch (found by review: the batch path left it out)."""
    from fieldkit.bundles import importer
    from fieldkit.bundles.importer import ImportResult, _MergeContext
    from fieldkit.records.revision import HybridClock, Revision
    from fieldkit.records.revision_store import store_revision

    amal = Peer(tmp_path, "amal")
    a = amal.records.create(F.OBJECT, {"inventory_number": "MCP 1963.28", "title": "Jar"}).record_id
    b = amal.records.create(
        F.OBJECT, {"inventory_number": "MCP-1963-28", "maker": "Hama"}
    ).record_id
    Duplicates(amal.records).decide(a, b, same=True)
    revs = [
        Revision.from_canonical(bytes(c), bytes(s))
        for c, s in amal.vault.db.execute(
            "SELECT canonical, signature FROM revisions ORDER BY rowid"
        )
    ]
    a_root = next(r for r in revs if r.record_id == a and not r.parents)
    p = Peer(tmp_path, "bohdan")
    with p.vault.transaction() as db:
        for r in revs:
            if r.record_id != a:
                store_revision(db, r, "earlier")
    with p.vault.transaction() as db, deferred(db):
        ctx = _MergeContext(
            "bundle", "sender", set(), HybridClock(), 10**15, ImportResult(""), set(), set()
        )
        line = {
            "type": "revision",
            "revision": a_root.content(),
            "signature": a_root.signature.hex(),
        }
        importer._merge_line(db, line, ctx, 1)
        importer._store_revisions(db, ctx)
    assert [v.record_id for v in p.records.list(F.OBJECT, search="Hama")] == [a]
