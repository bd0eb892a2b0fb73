"""Handovers that cannot be forged (SPEC §4, issue 18): what a receiver accepted is what they
signed, only the giver starts a handover, a second root changes nothing, and custody follows
the acceptances in causal order — the same in every vault, whatever order bundles arrive in.

The first four tests are the reviewer's reproductions (custody widened after acceptance, by an
edit or a merge; a self-made handover; a second root revision)."""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peers import Peer

from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.records.custody_handovers import handover_state
from fieldkit.records.custody_queries import where
from fieldkit.records.revision import Revision, format_hlc, new_revision, parse_hlc
from fieldkit.records.revision_store import store_revision


def peers(tmp_path: Path) -> tuple[Peer, Peer, Peer]:
    g, k, m = Peer(tmp_path, "giver"), Peer(tmp_path, "keeper"), Peer(tmp_path, "mallory")
    for p in (g, k, m):
        p.trust(*(q for q in (g, k, m) if q is not p))
    return g, k, m


def party(p: Peer) -> dict[str, str]:
    return {"name": p.identity.name, "fingerprint": p.identity.fingerprint}


def custodian(peer: Peer, item: str) -> str | None:
    c = where(peer.vault.db, item).custodian
    return c.fingerprint if c is not None else None


def raw_revision(peer: Peer, rev: Revision) -> None:
    """Store a revision written around the service (which refuses it, and its clock too: a
    forger chooses any clock)."""
    with peer.vault.transaction() as db:
        store_revision(db, rev, "local")


def test_giver_widens_an_accepted_handover(tmp_path: Path) -> None:
    giver, keeper, mallory = peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-7", "kind": "crate"}).record_id
    other = chain.add_container({"code": "H-6", "kind": "crate"}).record_id
    h = chain.hand_over([crate], keeper.identity.fingerprint, {"handed_at": "2026-03-01T10:00"})
    keeper.receive(giver.send(keeper))
    C.Custody(keeper.records).accept(h.record_id)
    assert giver.receive(keeper.send(giver)).refused is None
    with pytest.raises(F.ValidationError, match="accepted handover cannot change"):
        giver.records.edit(h.record_id, {"items": [crate, other]})
    with pytest.raises(F.ValidationError, match="accepted handover cannot change"):
        giver.records.edit(h.record_id, {"handed_at": "2099-01-01T00:00"})
    giver.records.edit(h.record_id, {"condition_notes": "Dry"})  # notes may still change
    # The same widening written around the service travels, but widens nothing anywhere.
    current = giver.records.get(h.record_id)
    with giver.vault.transaction() as db:
        rev = new_revision(
            giver.records.identity,
            giver.records.clock,
            record_id=h.record_id,
            kind=F.HANDOVER,
            parents=giver.records._heads(db, h.record_id),
            fields={**current.fields, "items": [crate, other], "handed_at": "2099-01-01T00:00"},
            media=[],
        )
        giver.records.save_revision(db, rev)
    assert mallory.receive(giver.send(mallory)).refused is None
    for peer in (giver, mallory):
        state = handover_state(peer.vault.db, h.record_id)
        assert state.accepted and state.fields["items"] == [crate]
        assert custodian(peer, crate) == keeper.identity.fingerprint
        assert custodian(peer, other) is None
    # The certificate lists what the receiver accepted, not the widened record.
    from fieldkit.reports.custody_documents import handover_report

    pdf = tmp_path / "certificate.pdf"
    handover_report(giver.vault, h.record_id, pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "H-7" in text and "H-6" not in text


def test_concurrent_edit_merges_into_acceptance(tmp_path: Path) -> None:
    giver, keeper, _ = peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-5", "kind": "crate"}).record_id
    other = chain.add_container({"code": "H-4", "kind": "crate"}).record_id
    h = chain.hand_over([crate], keeper.identity.fingerprint).record_id
    keeper.receive(giver.send(keeper))
    C.Custody(keeper.records).accept(h)  # keeper accepts [crate]
    giver.records.edit(h, {"items": [crate, other]})  # meanwhile the giver adds a crate
    assert giver.receive(keeper.send(giver)).refused is None
    assert keeper.receive(giver.send(keeper)).refused is None
    for peer in (giver, keeper):
        state = handover_state(peer.vault.db, h)
        assert state.accepted and state.fields["items"] == [crate]
        assert custodian(peer, crate) == keeper.identity.fingerprint
        assert custodian(peer, other) is None


def test_self_made_handover_makes_mallory_custodian(tmp_path: Path) -> None:
    giver, keeper, mallory = peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-9", "kind": "crate"}).record_id
    mallory.receive(giver.send(mallory))
    recs = mallory.records
    with mallory.vault.transaction() as db:
        rev = new_revision(
            recs.identity,
            recs.clock,
            record_id=str(uuid.uuid4()),
            kind=F.HANDOVER,
            parents=[],
            fields={
                "items": [crate],
                "from_party": party(giver),
                "to_party": party(mallory),
                "handed_at": "2099-01-01T00:00",
                "accepted_at": "2099-01-01T00:00",
                "accepted_by": mallory.identity.fingerprint,
            },
        )
        recs.save_revision(db, rev)
    before = giver.revisions()
    res = giver.receive(mallory.send(giver))
    assert res.refused is not None and "not signed by the giver" in res.refused
    assert giver.revisions() == before
    assert custodian(giver, crate) is None
    # Nor may the service write a handover in someone else's name.
    with pytest.raises(F.ValidationError, match="written by its giver"):
        recs.create(
            F.HANDOVER, {"items": [crate], "from_party": party(giver), "to_party": party(keeper)}
        )
    with pytest.raises(F.ValidationError, match="written by its giver"):
        C.Custody(recs).hand_over(
            [crate], keeper.identity.fingerprint, {"from_party": party(giver)}
        )
    # A genuine later handover to keeper, accepted by keeper, makes keeper the custodian.
    h = chain.hand_over([crate], keeper.identity.fingerprint).record_id
    keeper.receive(giver.send(keeper))
    C.Custody(keeper.records).accept(h)
    assert giver.receive(keeper.send(giver)).refused is None
    assert custodian(giver, crate) == keeper.identity.fingerprint


def test_second_root_revision_blocks_the_real_receiver(tmp_path: Path) -> None:
    giver, keeper, mallory = peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-8", "kind": "crate"}).record_id
    h = chain.hand_over([crate], keeper.identity.fingerprint).record_id
    real_root = giver.vault.db.execute(
        "SELECT hlc FROM revisions WHERE record_id=?", (h,)
    ).fetchone()[0]
    mallory.receive(giver.send(mallory))
    cur = mallory.records.get(h).fields
    wall, _ = parse_hlc(real_root)
    early = format_hlc(wall - 60000, 0)

    def root(fields: dict[str, Any]) -> Revision:
        return Revision(
            h, F.HANDOVER, (), mallory.identity.fingerprint, early, fields, (), False
        ).signed_by(mallory.identity)

    # As reviewed: the giver's handover re-rooted to Mallory, signed by Mallory.
    raw_revision(mallory, root({**cur, "to_party": party(mallory)}))
    keeper.receive(giver.send(keeper))
    res = keeper.receive(mallory.send(keeper))
    assert res.refused is not None and "not signed by the giver" in res.refused
    # A root Mallory may write (her own handover to keeper, earlier HLC) is kept but steals
    # nothing: keeper's acceptance descends from the giver's root.
    second = Peer(tmp_path, "mallory2")
    second.trust(giver, keeper, mallory)
    for p in (giver, keeper, mallory):
        p.trust(second)
    second.receive(giver.send(second))
    rev = Revision(
        h,
        F.HANDOVER,
        (),
        second.identity.fingerprint,
        early,
        {**cur, "from_party": party(second)},
        (),
        False,
    ).signed_by(second.identity)
    raw_revision(second, rev)
    assert keeper.receive(second.send(keeper)).refused is None
    C.Custody(keeper.records).accept(h)
    assert handover_state(keeper.vault.db, h).accepted
    # The giver gets keeper's acceptance and the second root, in either order.
    to_giver = keeper.send(giver)
    assert giver.receive(to_giver).refused is None
    assert giver.receive(second.send(giver)).refused is None
    for peer in (giver, keeper):
        state = handover_state(peer.vault.db, h)
        assert state.accepted and state.giver_fingerprint == giver.identity.fingerprint
        assert custodian(peer, crate) == keeper.identity.fingerprint


def test_custody_follows_the_acceptances_not_a_typed_date(tmp_path: Path) -> None:
    """A handover backdated (or future-dated) by its writer cannot pin custody: the later
    acceptance (by hybrid logical clock) makes the custodian."""
    giver, keeper, store = peers(tmp_path)
    crate = C.Custody(giver.records).add_container({"code": "H-3", "kind": "crate"}).record_id
    first = (
        C.Custody(giver.records)
        .hand_over([crate], keeper.identity.fingerprint, {"handed_at": "2099-01-01T00:00"})
        .record_id
    )
    keeper.receive(giver.send(keeper))
    C.Custody(keeper.records).accept(first, {"accepted_at": "2099-01-01T00:00"})
    assert custodian(keeper, crate) == keeper.identity.fingerprint
    second = (
        C.Custody(keeper.records)
        .hand_over([crate], store.identity.fingerprint, {"handed_at": "2020-01-01T00:00"})
        .record_id
    )
    store.receive(keeper.send(store))
    C.Custody(store.records).accept(second, {"accepted_at": "2020-01-01T00:00"})
    keeper.receive(store.send(keeper))
    giver.receive(store.send(giver))
    for peer in (giver, keeper, store):
        assert custodian(peer, crate) == store.identity.fingerprint


def test_only_the_giver_changes_a_handover_before_it_is_accepted(tmp_path: Path) -> None:
    giver, keeper, _ = peers(tmp_path)
    crate = C.Custody(giver.records).add_container({"code": "H-2", "kind": "crate"}).record_id
    other = C.Custody(giver.records).add_container({"code": "H-1", "kind": "crate"}).record_id
    h = C.Custody(giver.records).hand_over([crate], keeper.identity.fingerprint).record_id
    keeper.receive(giver.send(keeper))
    with pytest.raises(F.ValidationError, match="Only the giver"):
        keeper.records.edit(h, {"items": [crate, other]})
    giver.records.edit(h, {"items": [crate, other]})  # the giver may, before acceptance
    assert giver.records.get(h).fields["items"] == [crate, other]


@pytest.fixture(scope="module")
def chain_bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Plain bundles of one chain of custody: giver -> keeper (accepted) while the giver
    widens it concurrently, a second root of that handover by the store (its own, earlier),
    then keeper -> store (accepted). And the handover state of a vault that imported them all
    in the order they were written."""
    tmp = tmp_path_factory.mktemp("chain")
    giver, keeper, store = peers(tmp)
    bundles: list[Path] = []

    def send(peer: Peer) -> None:
        path = peer.send(plain=True)
        assert path is not None
        bundles.append(path)

    def deliver(peer: Peer) -> None:
        for path in bundles:
            if not path.name.startswith(peer.name):
                assert peer.receive(path).refused is None

    crate = C.Custody(giver.records).add_container({"code": "P-1", "kind": "crate"}).record_id
    other = C.Custody(giver.records).add_container({"code": "P-2", "kind": "crate"}).record_id
    h1 = C.Custody(giver.records).hand_over([crate], keeper.identity.fingerprint).record_id
    send(giver)
    deliver(keeper)
    C.Custody(keeper.records).accept(h1)
    giver.records.edit(h1, {"items": [crate, other]})  # concurrent with the acceptance
    send(giver)
    send(keeper)
    deliver(store)
    fields = {
        "items": [crate, other],
        "from_party": party(store),
        "to_party": party(keeper),
        "handed_at": "2000-01-01T00:00",
    }
    rev = Revision(
        h1, F.HANDOVER, (), store.identity.fingerprint, format_hlc(1, 0), fields, (), False
    )
    raw_revision(store, rev.signed_by(store.identity))
    send(store)
    deliver(keeper)
    h2 = C.Custody(keeper.records).hand_over([crate], store.identity.fingerprint).record_id
    send(keeper)
    deliver(store)
    C.Custody(store.records).accept(h2)
    send(store)
    reference = Peer(tmp, "reference")
    reference.trust(giver, keeper, store)
    for path in bundles:
        assert reference.receive(path).refused is None
    items, handovers = [crate, other], [h1, h2]
    return {
        "tmp": tmp,
        "peers": (giver, keeper, store),
        "bundles": bundles,
        "items": items,
        "handovers": handovers,
        "reference": _handover_view(reference, items, handovers),
    }


def _handover_view(peer: Peer, items: list[str], handovers: list[str]) -> Any:
    db = peer.vault.db
    return (
        {i: where(db, i).to_json()["custodian"] for i in items},
        {h: handover_state(db, h).to_json() for h in handovers},
        sorted(r[0] for r in db.execute("SELECT rev_id FROM revisions")),
    )


def test_the_reference_chain_ends_with_the_store(chain_bundles: dict[str, Any]) -> None:
    custodians, states, _ = chain_bundles["reference"]
    crate, other = chain_bundles["items"]
    h1, h2 = chain_bundles["handovers"]
    store = chain_bundles["peers"][2]
    assert custodians[crate]["fingerprint"] == store.identity.fingerprint
    assert custodians[other] is None  # the giver's widening was never accepted
    assert states[h1]["accepted"] and states[h1]["items"] == [crate]
    assert states[h2]["accepted"]


_orders = st.permutations(list(range(6)))


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=_orders)
def test_handover_state_is_the_same_in_any_import_order(
    chain_bundles: dict[str, Any], order: list[int]
) -> None:
    bundles = chain_bundles["bundles"]
    assert len(bundles) == len(order)
    reader = Peer(chain_bundles["tmp"], f"reader-{uuid.uuid4().hex[:8]}")
    reader.trust(*chain_bundles["peers"])
    for i in order:
        assert reader.receive(bundles[i]).refused is None
    view = _handover_view(reader, chain_bundles["items"], chain_bundles["handovers"])
    assert view == chain_bundles["reference"]
    crate, other = chain_bundles["items"]
    h1 = chain_bundles["handovers"][0]
    assert view[0][crate]["fingerprint"] == chain_bundles["peers"][2].identity.fingerprint
    assert view[0][other] is None and view[1][h1]["items"] == [crate]


def test_handover_create_refuses_a_giver_other_than_you(tmp_path: Path) -> None:
    from conftest import PASSPHRASE, run_cli

    giver, _, mallory = peers(tmp_path)
    C.Custody(mallory.records).add_container({"code": "Z-1", "kind": "crate"})
    mallory.vault.close()
    (tmp_path / "d.json").write_text(json.dumps({"from_party": party(giver)}))
    args = ["handover", "create", "Z-1", "--to", str(tmp_path / "keeper.fkid")]
    base = ["--vault", str(mallory.path), "--details", str(tmp_path / "d.json")]
    r = run_cli([*args, *base], {"FIELDKIT_PASSPHRASE": PASSPHRASE})
    assert r.code == 1 and "written by its giver" in r.err
    r = run_cli([*args, "--vault", str(mallory.path)], {"FIELDKIT_PASSPHRASE": PASSPHRASE})
    assert r.code == 0, r.err
    listed = run_cli(
        ["handover", "list", "--json", "--vault", str(mallory.path)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    ).json
    assert listed[0]["from_party"]["fingerprint"] == mallory.identity.fingerprint  # type: ignore[index]
    assert listed[0]["giver_fingerprint"] == mallory.identity.fingerprint  # type: ignore[index]
