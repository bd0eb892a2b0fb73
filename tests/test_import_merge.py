"""Import and merge: many laptops, any order, nothing lost, authorship preserved (SPEC §5, §7)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from peers import Peer

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.identity import trust
from fieldkit.records import fields as F
from fieldkit.records.conflicts import get_conflict, list_conflicts, resolve
from fieldkit.records.merge import History, view_of
from fieldkit.records.revision import Revision, format_hlc
from fieldkit.records.service import Records
from fieldkit.vault import Vault, backup, restore


@pytest.fixture
def peers(tmp_path: Path):
    a = Peer(tmp_path, "amal")
    b = Peer(tmp_path, "bohdan")
    c = Peer(tmp_path, "coord", role="coordinator")
    for p in (a, b, c):
        p.trust(*[q for q in (a, b, c) if q is not p])
    yield a, b, c
    for p in (a, b, c):
        p.vault.close()


def test_import_is_idempotent_and_a_second_import_changes_nothing(peers) -> None:
    a, _, c = peers
    a.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    a.records.create(F.OBJECT, {"inventory_number": "A-2", "title": "Bowl"})
    bundle = a.send(c)
    first = c.receive(bundle)
    assert first.refused is None and first.new_revisions == 2 and first.duplicates == 0
    before = (c.view(), c.revisions(), c.vault.db.execute("SELECT count(*) FROM audit").fetchone())
    second = c.receive(bundle)
    assert second.new_revisions == 0 and second.duplicates == 2 and second.refused is None
    after = (c.view(), c.revisions(), c.vault.db.execute("SELECT count(*) FROM audit").fetchone())
    assert before == after
    assert {v.fields["title"] for v in c.records.list(F.OBJECT)} == {"Jar", "Bowl"}
    history = c.records.history("A-1")
    assert history[0].signature_ok is True and history[0].author_trusted
    assert history[0].revision.author == a.identity.fingerprint


def test_different_fields_merge_same_field_conflicts_and_resolution_spreads(peers) -> None:
    a, b, c = peers
    obj = a.records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Icon", "notes": "n0"})
    c.receive(a.send(c))
    b.receive(c.send(b))  # the coordinator passes A's object on to B
    assert b.records.get("M-1").fields["title"] == "Icon"
    # Different fields: merged automatically in the view (flagged as two heads, nothing disputed).
    a.records.edit(obj.record_id, {"title": "Icon of the Virgin"})
    b.records.edit(obj.record_id, {"maker": "Workshop of Kyiv"})
    c.receive(a.send(c))
    c.receive(b.send(c))
    merged = c.records.get(obj.record_id)
    assert merged.in_conflict
    assert merged.fields["title"] == "Icon of the Virgin"
    assert merged.fields["maker"] == "Workshop of Kyiv"
    assert get_conflict(c.records, obj.record_id).view.disputed == ()
    # The same field on both sides: disputed, the provisional winner shown.
    a.records.edit(obj.record_id, {"notes": "from Amal"})
    b.records.edit(obj.record_id, {"notes": "from Bohdan"})
    c.receive(a.send(c))
    c.receive(b.send(c))
    conflict = get_conflict(c.records, obj.record_id)
    assert "notes" in conflict.view.disputed
    assert [x.record_id for x in list_conflicts(c.records)] == [obj.record_id]
    # Resolve: one merge revision whose parents are the heads.
    rev = resolve(c.records, obj.record_id, accept_auto=True)
    assert set(rev.parents) == {h.rev_id for h in conflict.heads}
    assert not c.records.get(obj.record_id).in_conflict
    assert list_conflicts(c.records) == []
    # Every vault that imports the merge sees the record leave the conflict list.
    a.receive(c.send(a))
    b.receive(c.send(b))
    for peer in (a, b):
        view = peer.records.get(obj.record_id)
        assert not view.in_conflict, peer.name
        assert view.fields == c.records.get(obj.record_id).fields
        assert list_conflicts(peer.records) == []


def test_delete_against_edit_waits_for_a_person(peers) -> None:
    a, b, c = peers
    obj = a.records.create(F.OBJECT, {"title": "Contested"})
    c.receive(a.send(c))
    b.receive(c.send(b))
    a.records.delete(obj.record_id)
    b.records.edit(obj.record_id, {"title": "Still here"})
    c.receive(a.send(c))
    c.receive(b.send(c))
    conflict = get_conflict(c.records, obj.record_id)
    assert conflict.view.needs_person and "deleted" in conflict.view.reason
    from fieldkit.errors import UsageError

    with pytest.raises(UsageError):
        resolve(c.records, obj.record_id, accept_auto=True)
    keep = next(h for h in conflict.heads if not h.deleted)
    resolve(c.records, obj.record_id, keep=keep.rev_id[:12])
    assert c.records.get(obj.record_id).fields["title"] == "Still here"


def test_a_revision_forged_in_another_authors_name_is_refused(peers, tmp_path: Path) -> None:
    from test_bundles import reseal, rewrite

    a, _, c = peers
    a.records.create(F.OBJECT, {"title": "Genuine"})
    c.receive(a.send(c))
    # The coordinator, trusted by A, alters a revision A wrote and re-signs its own bundle:
    # a plain export, so the forger can edit the records directly.
    plain_path = tmp_path / "plain.fkb"
    export_bundles(c.vault, plain_path, ExportOptions(recipients=[], plain=True, mode="full"))

    def change(m: dict[str, bytes]) -> None:
        name = next(n for n in m if n.endswith("data/records.ndjson"))
        m[name] = m[name].replace(b"Genuine", b"Forged!")
        reseal(m, c.identity)

    forged = rewrite(plain_path, tmp_path / "forged.fkb", change)
    result = a.receive(forged)
    assert result.refused is not None and "signature" in result.refused
    (only,) = a.records.list(F.OBJECT)
    assert only.fields["title"] == "Genuine"
    untouched = rewrite(plain_path, tmp_path / "honest.fkb", lambda m: reseal(m, c.identity))
    assert a.receive(untouched).refused is None  # the same path without the edit is accepted


def test_untrusted_sender_is_refused_unless_accepted(peers, tmp_path: Path) -> None:
    _, _, c = peers
    stranger = Peer(tmp_path, "stranger")
    try:
        stranger.records.create(F.OBJECT, {"title": "From outside"})
        bundle = stranger.send(c)
        refused = c.receive(bundle)
        assert refused.refused is not None and refused.exit_code == 3
        assert c.records.count(F.OBJECT) == 0
        accepted = c.receive(bundle, accept_untrusted=True)
        assert accepted.new_revisions == 1
    finally:
        stranger.vault.close()


def test_revoked_sender_is_refused(peers) -> None:
    a, _, c = peers
    a.records.create(F.OBJECT, {"title": "x"})
    bundle = a.send(c)
    with c.vault.transaction() as db:
        trust.revoke(db, a.identity.fingerprint)
    result = c.receive(bundle)
    assert result.refused is not None and "revoked" in result.refused
    assert c.records.count(F.OBJECT) == 0


def test_snapshot_is_refused_for_merging(peers) -> None:
    a, _, c = peers
    a.records.create(F.OBJECT, {"title": "x"})
    path = a.root / "snap.fkb"
    export_bundles(
        a.vault,
        path,
        ExportOptions(recipients=[Recipient.from_card(c.card)], redact_locations=True),
    )
    result = c.receive(path)
    assert result.refused is not None and "snapshot" in result.refused


def test_photos_travel_once_and_arrive_with_thumbnails(peers) -> None:
    import io

    from PIL import Image

    from fieldkit.records.photos import thumbnail
    from fieldkit.records.service import PhotoInput

    a, _, c = peers
    buf = io.BytesIO()
    Image.effect_noise((400, 300), 50).convert("RGB").save(buf, "JPEG")
    obj = a.records.create(F.OBJECT, {"title": "With photo"}, [PhotoInput(buf.getvalue())])
    result = c.receive(a.send(c))
    assert result.new_photos == 1
    sha = c.records.get(obj.record_id).media[0]["sha256"]
    assert thumbnail(c.vault.db, sha)
    # C knows A holds the photo: a later bundle back to A does not carry it.
    c.records.create(F.OBJECT, {"title": "Coordinator's own"})
    back = c.send(a)
    assert back is not None
    with zipfile.ZipFile(back) as zf:
        assert not [n for n in zf.namelist() if "/data/media/" in n]


def test_acknowledgement_makes_the_next_default_delta_empty(peers) -> None:
    a, _, c = peers
    a.records.create(F.OBJECT, {"title": "Sent once"})
    first = a.send(c)
    assert first is not None
    # Not acknowledged yet: a lost stick loses nothing, the next delta carries it again.
    again = a.send(c)
    assert again is not None
    c.receive(first)
    reply = c.send(a)  # nothing new for A, but it acknowledges A's bundle
    assert reply is not None
    assert a.receive(reply).refused is None
    assert a.send(c) is None  # empty: C holds everything A has
    # And the acknowledgement-only bundle is not acknowledged back (no ping-pong).
    assert c.send(a) is None


def test_gap_new_epoch_and_fork(peers, tmp_path: Path) -> None:
    a, _, c = peers
    bundles = []
    for i in range(3):
        a.records.create(F.OBJECT, {"title": f"batch {i}"})
        bundles.append(a.send(c, mode="since_last"))
    c.receive(bundles[0])
    late = c.receive(bundles[2])
    assert any("Bundle 2 of stream" in g for g in late.gaps)
    assert c.receive(bundles[1]).gaps == []
    # A restored laptop starts a new epoch: its next bundle is sequence 1 of a new epoch.
    backup(a.vault, tmp_path / "a-backup")
    restored = restore(tmp_path / "a-backup", tmp_path / "a-restored", PASSPHRASE)
    try:
        Records(restored).create(F.OBJECT, {"title": "after restore"})
        path = tmp_path / "restored.fkb"
        export_bundles(
            restored,
            path,
            ExportOptions(recipients=[Recipient.from_card(c.card)], mode="since_last"),
        )
        result = c.receive(path)
        assert result.refused is None and result.forks == [] and result.gaps == []
    finally:
        restored.close()
    # A fork: two different bundles at the same place in one stream.
    a.records.create(F.OBJECT, {"title": "fork one"})
    one = a.send(c, mode="since_last")
    a.vault.db.execute("DELETE FROM sent_bundles WHERE sequence = 4")
    a.records.create(F.OBJECT, {"title": "fork two"})
    two = a.send(c, mode="since_last")
    c.receive(one)
    forked = c.receive(two)
    assert forked.forks and "both claim sequence 4" in forked.forks[0]


KILLER = r"""
import sys
from pathlib import Path
from fieldkit.vault import Vault
from fieldkit.records import revision_store
from fieldkit.bundles.importer import import_bundle

real = revision_store.insert_fresh_rows
count = [0]
def slow(*args, **kw):
    count[0] += 1
    if count[0] == 2:  # the first chunk of new records is written, the second is next
        print("mid", flush=True)
        import time; time.sleep(60)
    return real(*args, **kw)
import fieldkit.bundles.importer as importer
importer.insert_fresh_rows = slow
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
import_bundle(vault, Path(sys.argv[3]))
"""


def test_kill_9_during_import_leaves_the_vault_as_before(peers) -> None:
    a, _, c = peers
    rows = [F.clean_fields(F.OBJECT, {"title": f"bulk {i}"}) for i in range(1000)]
    a.records.create_many(F.OBJECT, rows)
    bundle = a.send(c)
    before = c.revisions()
    path = c.vault.path
    c.vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(path), PASSPHRASE, str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "mid"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    c.vault = Vault.open(path, PASSPHRASE)
    c.records = Records(c.vault)
    assert c.revisions() == before
    result = c.receive(bundle)
    assert result.refused is None and result.new_revisions == 1000


def test_end_to_end_any_order_any_number_of_times_gives_the_same_vault(tmp_path: Path) -> None:
    field_a = Peer(tmp_path, "fa")
    field_b = Peer(tmp_path, "fb")
    coords = [Peer(tmp_path, f"c{i}", role="coordinator") for i in range(3)]
    everyone = [field_a, field_b, *coords]
    try:
        for p in everyone:
            p.trust(*[q for q in everyone if q is not p])
        shared = field_a.records.create(F.OBJECT, {"title": "Shared", "notes": "base"})
        field_b.receive(field_a.send(field_b))
        field_a.records.edit(shared.record_id, {"notes": "A's note", "maker": "A"})
        field_b.records.edit(shared.record_id, {"notes": "B's note", "subject": "B"})
        field_a.records.create(F.OBJECT, {"title": "only A"})
        field_b.records.create(F.DAMAGE, {"object_id": shared.record_id, "severity": "minor"})
        bundles = [field_a.send(*coords, mode="full"), field_b.send(*coords, mode="full")]
        orders = [bundles, bundles[::-1], [bundles[1], bundles[0], bundles[1], bundles[0]]]
        for coord, order in zip(coords, orders, strict=True):
            for b in order:
                assert coord.receive(b).refused is None
        views = [c.view() for c in coords]
        assert views[0] == views[1] == views[2]
        assert any(in_conflict for _, _, in_conflict, _ in views[0])
    finally:
        for p in everyone:
            p.vault.close()


# --- the pure revision logic: any order, any number of times ----------------------------------


def _revision(record: str, author: str, parents: list[str], fields: dict, hlc: int) -> Revision:
    return Revision(
        record, "object", tuple(sorted(parents)), author, format_hlc(hlc, 0), fields, (), False
    )


@st.composite
def histories(draw):
    """Three replicas editing one record, syncing now and then; returns each one's revisions."""
    base = _revision("r", "0" * 64, [], {"a": 0, "b": 0}, 1)
    replicas = [{base.rev_id: base} for _ in range(3)]
    clock = 2
    for _ in range(draw(st.integers(1, 12))):
        who = draw(st.integers(0, 2))
        if draw(st.booleans()):
            other = draw(st.integers(0, 2))
            replicas[who].update(replicas[other])
            continue
        held = History(dict(replicas[who]))
        heads = held.heads()
        field = draw(st.sampled_from(["a", "b", "c"]))
        current = view_of(held)
        assert current is not None
        fields = dict(current.fields)
        fields[field] = draw(st.integers(0, 3))
        clock += draw(st.integers(0, 2))
        rev = _revision("r", str(who) * 64, heads, fields, clock)
        replicas[who][rev.rev_id] = rev
    return [list(r.values()) for r in replicas]


@settings(max_examples=150, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_pure_merge_is_the_same_in_any_order_and_any_number_of_times(sets, rnd) -> None:
    results = []
    for _ in range(3):
        bundles = [list(s) for s in sets] * rnd.randint(1, 2)
        rnd.shuffle(bundles)
        vault = History()
        for bundle in bundles:
            shuffled = list(bundle)
            rnd.shuffle(shuffled)
            for rev in shuffled:
                vault.add(rev)
        view = view_of(vault)
        assert view is not None
        results.append((sorted(vault.revisions), view))
    assert all(r == results[0] for r in results)
    union = {r.rev_id for s in sets for r in s}
    assert set(results[0][0]) == union


def test_pure_merge_rules() -> None:
    base = _revision("r", "0" * 64, [], {"t": "x", "n": 1}, 1)
    left = _revision("r", "1" * 64, [base.rev_id], {"t": "left", "n": 1}, 2)
    right = _revision("r", "2" * 64, [base.rev_id], {"t": "x", "n": 2}, 3)
    h = History({r.rev_id: r for r in (base, left, right)})
    view = view_of(h)
    assert view is not None and view.fields == {"t": "left", "n": 2} and view.disputed == ()
    clash = _revision("r", "3" * 64, [base.rev_id], {"t": "clash", "n": 1}, 4)
    h.add(clash)
    view = view_of(h)
    assert view is not None and view.disputed == ("t",) and view.fields["t"] == "clash"
    stranger = _revision("r", "4" * 64, [], {"t": "unrelated"}, 5)
    alone = History({r.rev_id: r for r in (left, stranger)})
    v2 = view_of(alone)
    assert v2 is not None and v2.needs_person and v2.reason == "no common ancestor"


def test_cli_import_and_conflicts(peers, tmp_path: Path) -> None:
    a, b, c = peers
    obj = a.records.create(F.OBJECT, {"inventory_number": "CLI-1", "notes": "n"})
    c.receive(a.send(c))
    b.receive(c.send(b))
    a.records.edit(obj.record_id, {"notes": "A"})
    b.records.edit(obj.record_id, {"notes": "B"})
    bundles = [a.send(c), b.send(c)]
    c_path = c.vault.path
    c.vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    out = run_cli(["import", *map(str, bundles), "--vault", str(c_path), "--json"], env)
    assert out.code == 0, out.err
    assert [r["new_revisions"] for r in out.json] == [1, 1]
    assert out.json[1]["conflicts"] == 1
    for key in ("file", "bundle_id", "new_revisions", "duplicates", "conflicts", "refused"):
        assert key in out.json[0]
    again = run_cli(["import", str(bundles[0]), "--vault", str(c_path), "--json"], env)
    assert again.code == 0 and again.json[0]["new_revisions"] == 0
    listed = run_cli(["conflicts", "list", "--vault", str(c_path), "--json"], env)
    assert [x["id"] for x in listed.json] == [obj.record_id]
    shown = run_cli(["conflicts", "show", "CLI-1", "--vault", str(c_path)], env)
    assert "notes" in shown.out and shown.code == 0
    keep = listed.json[0]["heads"][0]["revision"]
    done = run_cli(
        ["conflicts", "resolve", "CLI-1", "--keep", keep[:10], "--vault", str(c_path)], env
    )
    assert done.code == 0, done.err
    assert run_cli(["conflicts", "list", "--vault", str(c_path), "--json"], env).json == []
    c.vault = Vault.open(c_path, PASSPHRASE)
    garbage = tmp_path / "junk.fkb"
    garbage.write_bytes(b"not a zip")
    c.vault.close()
    bad = run_cli(["import", str(garbage), str(bundles[0]), "--vault", str(c_path), "--json"], env)
    assert bad.code == 1 and bad.json[0]["refused"] and bad.json[1]["refused"] is None
    c.vault = Vault.open(c_path, PASSPHRASE)


def test_revocation_cutoff_accepts_earlier_bundles_and_refuses_later_ones(peers) -> None:
    a, _, c = peers
    a.records.create(F.OBJECT, {"title": "one"})
    first = a.send(c, mode="since_last")
    a.records.create(F.OBJECT, {"title": "two"})
    second = a.send(c, mode="since_last")
    assert c.receive(first).refused is None
    with c.vault.transaction() as db:
        key = trust.revoke(db, a.identity.fingerprint)
    assert key.revoked_after and json.loads(key.revoked_after)["sequence"] == 1
    # A re-delivery of the bundle accepted before the revocation is fine; the next one is not.
    assert c.receive(first).refused is None
    later = c.receive(second)
    assert later.refused is not None and "revoked" in later.refused
    assert c.records.count(F.OBJECT) == 1


def test_a_coordinators_revocation_notice_is_applied_by_vaults_that_trust_it(peers) -> None:
    a, b, c = peers
    b.records.create(F.OBJECT, {"title": "from B"})
    with c.vault.transaction() as db:
        trust.revoke(db, b.identity.fingerprint)
    c.records.create(F.OBJECT, {"title": "coordinator news"})
    result = a.receive(c.send(a))
    assert result.refused is None
    assert any("revoked the key" in w for w in result.warnings)
    revoked = trust.get_exact(a.vault.db, b.identity.fingerprint)
    assert revoked is not None and revoked.revoked_at
    refused = a.receive(b.send(a))
    assert refused.refused is not None and "revoked" in refused.refused


def test_a_notice_from_a_field_laptop_is_ignored(peers) -> None:
    a, b, c = peers
    with b.vault.transaction() as db:
        trust.revoke(db, a.identity.fingerprint)  # B is not a coordinator
    b.records.create(F.OBJECT, {"title": "x"})
    c.receive(b.send(c))
    key = trust.get_exact(c.vault.db, a.identity.fingerprint)
    assert key is not None and not key.revoked_at
    # Even a well-signed notice is ignored when its issuer is trusted here only as field staff.
    import dataclasses

    from fieldkit.identity.revocation import apply_notice, notices_to_send

    posing = dataclasses.replace(b.identity, role="coordinator")
    (line,) = notices_to_send(b.vault.db, posing)
    with c.vault.transaction() as db:
        assert apply_notice(db, json.loads(line), c.identity.fingerprint) is None
    key = trust.get_exact(c.vault.db, a.identity.fingerprint)
    assert key is not None and not key.revoked_at
    # ...while the same notice from a trusted coordinator is applied (the check can fail).
    with c.vault.transaction() as db:
        trust.add(db, b.card, role="coordinator")
        assert apply_notice(db, json.loads(line), c.identity.fingerprint) == a.identity.fingerprint


def test_a_consolidated_bundle_carries_every_authors_card(peers, tmp_path: Path) -> None:
    _, b, c = peers
    stranger = Peer(tmp_path, "stranger")
    try:
        stranger.records.create(F.OBJECT, {"title": "by an unknown author"})
        assert c.receive(stranger.send(c), accept_untrusted=True).refused is None
        result = b.receive(c.send(b))
        assert result.refused is None and result.new_revisions == 1
        (view,) = b.records.list(F.OBJECT)
        (entry,) = b.records.history(view.record_id)
        assert entry.signature_ok is True and not entry.author_trusted  # "unverified author"
    finally:
        stranger.vault.close()


def test_a_revision_whose_parent_is_missing_is_kept_as_history_incomplete(peers) -> None:
    a, _, c = peers
    obj = a.records.create(F.OBJECT, {"title": "first"})
    lost = a.send(c, mode="since_last")  # this stick is lost
    assert lost is not None
    a.records.edit(obj.record_id, {"title": "second"})
    arrived = a.send(c, mode="since_last")
    result = c.receive(arrived)
    assert result.refused is None and result.new_revisions == 1
    assert any("Bundle 1 of stream" in g for g in result.gaps)
    view = c.records.get(obj.record_id)
    assert view.fields["title"] == "second"
    (entry,) = c.records.history(obj.record_id)
    assert entry.missing_parents == 1
    # When the lost bundle turns up, the history completes and nothing is in conflict.
    c.receive(lost)
    history = c.records.history(obj.record_id)
    assert [h.missing_parents for h in history] == [0, 0]
    assert not c.records.get(obj.record_id).in_conflict
    assert c.records.get(obj.record_id).fields["title"] == "second"


def test_a_revision_dated_days_ahead_is_flagged_and_does_not_move_the_clock(tmp_path: Path) -> None:
    ahead = Peer(tmp_path, "ahead")
    coord = Peer(tmp_path, "coordx", role="coordinator")
    try:
        ahead.trust(coord)
        coord.trust(ahead)
        future = Records(ahead.vault, now_ms=lambda: 4_000_000_000_000)  # year 2096
        obj = future.create(F.OBJECT, {"title": "from the future"})
        result = coord.receive(ahead.send(coord))
        assert result.refused is None
        assert any("ahead" in w for w in result.warnings)
        (entry,) = coord.records.history(obj.record_id)
        assert entry.clock_ahead
        mine = coord.records.create(F.OBJECT, {"title": "local"})
        assert mine.hlc < obj.hlc  # the local clock was not dragged into the future
    finally:
        ahead.vault.close()
        coord.vault.close()


def test_records_changed_between_verify_and_merge_import_nothing(
    peers, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Import reads records.ndjson twice (verify, then merge, both streamed): if the bytes of the
    # second reading differ from what was verified, the whole import rolls back.
    from fieldkit.bundles import importer
    from fieldkit.bundles.verify import records_lines

    a, _, c = peers
    rows = [{"inventory_number": f"S-{i}", "title": "x"} for i in range(300)]
    a.records.create_many(F.OBJECT, rows)
    bundle = a.send(c)
    before = (c.view(), c.revisions())

    def reread(zf, bag, identities, expected):  # type: ignore[no-untyped-def]
        yield from records_lines(zf, bag, identities, "0" * 64)  # as if the file had changed

    monkeypatch.setattr(importer, "records_lines", reread)
    result = c.receive(bundle)
    assert result.refused is not None and "does not match its hash" in result.refused
    assert result.new_revisions == 0
    assert (c.view(), c.revisions()) == before

    def garbled(zf, bag, identities, expected):  # type: ignore[no-untyped-def]
        for number, raw in records_lines(zf, bag, identities, expected):
            yield number, (raw[:40] if number == 150 else raw)  # cut short: no longer JSON

    monkeypatch.setattr(importer, "records_lines", garbled)
    result = c.receive(bundle)
    assert result.refused == "data/records.ndjson line 150 changed after it was verified."
    assert (c.view(), c.revisions()) == before
    monkeypatch.undo()
    assert c.receive(bundle).new_revisions == 300


def test_an_overlong_records_line_is_refused_without_holding_it(
    peers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.bundles import verify as verify_module
    from fieldkit.bundles.verify import verify_bundle

    a, _, c = peers
    a.records.create(F.OBJECT, {"inventory_number": "L-1", "title": "t" * 5000})
    bundle = a.send(c)
    monkeypatch.setattr(verify_module, "MAX_RECORD_LINE", 1000)
    report = verify_bundle(bundle, vault=c.vault)
    assert not report.valid
    assert any("records.ndjson line" in e and "too long" in e for e in report.errors)
    result = c.receive(bundle)
    assert result.refused is not None and result.new_revisions == 0


def test_a_notice_from_an_unverified_coordinator_revokes_nothing(peers, tmp_path: Path) -> None:
    """A card's role is only a claim: an impostor's "coordinator" card, trusted but never
    verified, must not revoke a colleague's key with a well-signed notice."""
    from fieldkit.identity.revocation import apply_notice, notices_to_send

    a, _b, c = peers
    impostor = Peer(tmp_path, "impostor", role="coordinator")
    try:
        with impostor.vault.transaction() as db:
            trust.add(db, a.card, verified=True)
            trust.revoke(db, a.identity.fingerprint)
        (line,) = notices_to_send(impostor.vault.db, impostor.identity)
        with c.vault.transaction() as db:
            added = trust.add(db, impostor.card)  # the role its card claims; not verified
            assert added.role == "coordinator" and not added.verified
            assert apply_notice(db, json.loads(line), c.identity.fingerprint) is None
        key = trust.get_exact(c.vault.db, a.identity.fingerprint)
        assert key is not None and not key.revoked_at
        # Once its fingerprint is compared and marked verified, the same notice applies.
        with c.vault.transaction() as db:
            trust.add(db, impostor.card, verified=True)
            assert (
                apply_notice(db, json.loads(line), c.identity.fingerprint) == a.identity.fingerprint
            )
    finally:
        impostor.vault.close()


def test_the_revocation_cutoff_is_the_highest_sequence_not_the_last_arrival(peers) -> None:
    # Bundles reach a coordinator out of order (two sticks): the cutoff is the furthest bundle
    # of the chain accepted before the revocation, so re-delivering it stays fine (review r10b).
    a, _, c = peers
    a.records.create(F.OBJECT, {"title": "one"})
    first = a.send(c, mode="since_last")
    a.records.create(F.OBJECT, {"title": "two"})
    second = a.send(c, mode="since_last")
    assert c.receive(second).refused is None
    assert c.receive(first).refused is None
    with c.vault.transaction() as db:
        key = trust.revoke(db, a.identity.fingerprint)
    assert key.revoked_after and json.loads(key.revoked_after)["sequence"] == 2
    assert c.receive(second).refused is None
