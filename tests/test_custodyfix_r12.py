"""Chain of custody, r12: nothing is packed into a container recorded missing (review #4), and a
check-in's scans (its draft) go in the reception's own transaction.

1. A crate left on an evacuation and not found at the reception is missing. Packing objects
   from the shelf into it was accepted and made them missing too (a false loss in every list,
   and the next reception of the crate would "find" them where they never went). It is refused
   now, as packing into a crate on a truck is: by ``fieldkit move … --to CRATE`` for objects and
   for containers, by the departure of a packing planned beforehand, and by the reception of
   one (``move receive``, its ``--dry-run``, the check-in's live preview).
2. The check-in wrote the reception, then removed its draft in a second transaction: a crash
   in between reopened the scans of a reception already written. ``Custody.receive`` takes the
   draft (``draft_key``) and removes it in the reception's transaction: killed just after it,
   nothing is left to reopen; killed or failing inside it, neither is kept.

Real vaults in tmp_path, the real CLI, a real SIGKILL of a child process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from fieldkit.errors import CustodyError
from fieldkit.records import custody_queries as C
from fieldkit.records import drafts, service
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.custody_queries import where
from fieldkit.records.service import Records
from fieldkit.vault import Vault

TESTS = Path(__file__).resolve().parent
MISSING_C1 = "Not packed: C-1 is missing; check it in where it was found first."


@pytest.fixture
def chain(vault: Vault) -> Custody:
    return Custody(Records(vault))


def _missing_crate(c: Custody) -> tuple[str, str]:
    """C-1 packed with A-0 at the museum, sent to TS-1, and not found there: (crate, movement)."""
    records = c.records
    c.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    c.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    crate = c.add_container({"code": "C-1", "kind": "crate"}).record_id
    a = records.create(F.OBJECT, {"inventory_number": "A-0", "title": "Bowl"}).record_id
    c.move([a], "C-1", from_location="MUS")
    m = c.move(["C-1"], "TS-1", reason="evacuation").record_id
    c.receive(m, [])  # the truck arrived without the crate
    assert where(c.db, crate).missing
    return crate, m


def _shelf(c: Custody, number: str) -> str:
    """An object on the shelf at the museum (placed there by a movement)."""
    item = c.records.create(F.OBJECT, {"inventory_number": number, "title": "Jar"}).record_id
    c.receive(c.move([item], "MUS", reason="storage").record_id, everything=True)
    return item


def test_packing_into_a_missing_crate(vault: Vault) -> None:
    """The review's proof (/tmp/review12/test_pack_into_missing.py), as it was written."""
    records = Records(vault)
    c = Custody(records)
    c.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    c.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    c.add_container({"code": "C-1", "kind": "crate"})
    a = records.create(F.OBJECT, {"inventory_number": "A-0", "title": "Bowl"}).record_id
    d = records.create(F.OBJECT, {"inventory_number": "D-0", "title": "Jar"}).record_id
    c.move([a], "C-1", from_location="MUS")
    m = c.move(["C-1"], "TS-1", reason="evacuation").record_id
    c.receive(m, [])  # the truck arrived without the crate
    crate_id = next(r.record_id for r in c.containers())
    print("crate:", where(records.db, crate_id))
    assert where(records.db, crate_id).missing
    before = where(records.db, d)
    try:
        c.move([d], "C-1", from_location="MUS")
    except CustodyError as exc:
        print("refused:", exc)
        return
    after = where(records.db, d)
    print("D-0 before:", before, "\nD-0 after:", after)
    pytest.fail(
        f"packed into a missing crate; D-0 missing={after.missing} location={after.location}"
    )


@pytest.mark.parametrize("take_out", [False, True])
def test_an_object_on_the_shelf_is_not_packed_into_a_missing_crate(
    chain: Custody, take_out: bool
) -> None:
    _missing_crate(chain)
    d = _shelf(chain, "D-0")
    movements = C.movements_for(chain.db, d)
    with pytest.raises(CustodyError) as refused:
        chain.move([d], "C-1", from_location="MUS", take_out=take_out)
    assert str(refused.value) == MISSING_C1
    assert C.movements_for(chain.db, d) == movements  # nothing written
    now = where(chain.db, d)
    assert (now.missing, now.container, now.location and now.location.code) == (False, None, "MUS")
    assert C.shown_statuses(chain.db, [d]).get(d) != "missing"


def test_a_crate_is_not_packed_into_a_missing_crate(chain: Custody) -> None:
    """``move C-2 --to C-1``: the crate and what it holds would go missing with C-1."""
    _missing_crate(chain)
    inner = chain.add_container({"code": "C-2", "kind": "box"}).record_id
    b = _shelf(chain, "B-0")
    chain.move([b], "C-2", from_location="MUS")
    with pytest.raises(CustodyError) as refused:
        chain.move(["C-2"], "C-1")
    assert str(refused.value) == MISSING_C1
    for item in (inner, b):
        assert not where(chain.db, item).missing
    assert where(chain.db, b).container is not None


def test_a_crate_inside_a_missing_crate_takes_nothing_either(chain: Custody) -> None:
    """C-3 travelled inside C-1 and is missing with it: packing into C-3 is refused too."""
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    chain.add_container({"code": "C-1", "kind": "crate"})
    inner = chain.add_container({"code": "C-3", "kind": "box"}).record_id
    chain.move([inner], "C-1", from_location="MUS")
    m = chain.move(["C-1"], "TS-1", reason="evacuation").record_id
    chain.receive(m, [])
    assert where(chain.db, inner).missing
    d = _shelf(chain, "D-0")
    with pytest.raises(CustodyError) as refused:
        chain.move([d], "C-3")
    assert str(refused.value) == (
        "Not packed: C-3 is missing; check it in where it was found first."
    )
    assert not where(chain.db, d).missing


def test_after_the_crate_is_checked_in_it_takes_objects_again(chain: Custody) -> None:
    crate, m = _missing_crate(chain)
    d = _shelf(chain, "D-0")
    with pytest.raises(CustodyError):
        chain.move([d], "C-1")
    chain.receive(m, ["C-1"])  # found at TS-1 after all: scanned at the check-in
    assert not where(chain.db, crate).missing
    chain.move([d], "C-1", take_out=True)
    assert where(chain.db, d).container is not None and not where(chain.db, d).missing


def test_a_planned_packing_does_not_depart_into_a_missing_crate(chain: Custody) -> None:
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    chain.add_container({"code": "C-1", "kind": "crate"})
    d = _shelf(chain, "D-0")
    planned = chain.move([d], "C-1", from_location="MUS", depart=False).record_id
    m = chain.move(["C-1"], "TS-1", reason="evacuation").record_id
    with pytest.raises(CustodyError, match="Not packed: C-1 is in transit"):
        chain.depart(planned)
    chain.receive(m, [])  # C-1 not found
    with pytest.raises(CustodyError) as refused:
        chain.depart(planned)
    assert str(refused.value) == MISSING_C1
    assert not chain.records.get(planned).fields.get("departed_at")
    assert not where(chain.db, d).missing


def test_a_planned_packing_is_not_checked_in_into_a_missing_crate(chain: Custody) -> None:
    """Planned, departed while the crate was here (D-0 went into it then), then the crate left
    and was missed. Its check-in packs what it scans into the crate: E-0, from the shelf,
    scanned with it (an extra), went missing with a crate it never entered."""
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    chain.add_container({"code": "C-1", "kind": "crate"})
    d = _shelf(chain, "D-0")
    e = _shelf(chain, "E-0")
    planned = chain.move([d], "C-1", from_location="MUS", depart=False).record_id
    chain.depart(planned)
    m = chain.move(["C-1"], "TS-1", reason="evacuation").record_id
    expected = "Not received: C-1 is in transit; check it in at its destination first."
    for dry_run in (True, False):
        with pytest.raises(CustodyError) as refused:
            chain.receive(planned, [d, e], dry_run=dry_run)
        assert str(refused.value) == expected
    assert not where(chain.db, e).in_transit
    chain.receive(m, [])  # C-1 not found
    missing = "Not received: C-1 is missing; check it in where it was found first."
    for dry_run in (True, False):
        with pytest.raises(CustodyError) as refused:
            chain.receive(planned, [d, e], dry_run=dry_run)
        assert str(refused.value) == missing
    with pytest.raises(CustodyError, match="C-1 is missing"):  # the check-in's live counts
        C.preview_reception(chain.db, planned, [d, e])
    assert C.movement_status(chain.db, planned).state == "in_transit"
    now = where(chain.db, e)
    assert (now.missing, now.container, now.location and now.location.code) == (False, None, "MUS")
    chain.receive(m, ["C-1"])  # found after all
    status = chain.receive(planned, [d, e])
    assert status.state == "received" and status.missing == [] and status.extra == [e]
    assert not where(chain.db, e).missing


def test_a_packing_already_received_still_takes_more_scans(chain: Custody) -> None:
    """Adding to a first reception is not asked again: it counts at that reception's time,
    when the crate was there (the crate missed since takes what was in it then)."""
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    chain.add_container({"code": "C-1", "kind": "crate"})
    d = _shelf(chain, "D-0")
    packing = chain.move([d], "C-1", from_location="MUS").record_id  # received at once
    m = chain.move(["C-1"], "TS-1", reason="evacuation").record_id
    chain.receive(m, [])
    e = _shelf(chain, "E-0")
    status = chain.receive(packing, [e])
    assert e in status.extra


# --- the command line ---------------------------------------------------------------------------


def _add(cli: Any, what: str, data: dict[str, Any]) -> str:
    r = cli(what, "add", "--json", "-", stdin=json.dumps(data))
    assert r.code == 0, r.err
    return str(r.json["id"])


def test_the_cli_refuses_to_pack_into_a_missing_crate(cli: Any) -> None:
    _add(cli, "location", {"code": "MUS", "name": "Museum", "kind": "building"})
    _add(cli, "location", {"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    for code in ("C-1", "C-2"):
        _add(cli, "container", {"code": code, "kind": "crate"})
    for number in ("A-0", "D-0"):
        _add(cli, "object", {"inventory_number": number, "title": "Bowl"})
    assert cli("move", "A-0", "--to", "C-1", "--from", "MUS").code == 0
    truck = cli("move", "C-1", "--to", "TS-1", "--reason", "evacuation", "--json").json["id"]
    assert cli("move", "receive", truck, "A-0").code == 0  # A-0 loose, C-1 not found
    assert cli("where", "C-1", "--json").json["missing"] is True
    for args in (("D-0", "--from", "MUS"), ("D-0", "--move"), ("C-2",)):
        refused = cli("move", *args, "--to", "C-1")
        assert refused.code != 0
        assert MISSING_C1 in refused.err, refused.err
        assert "Traceback" not in refused.err
    for item in ("D-0", "C-2"):
        where_now = cli("where", item, "--json").json
        assert where_now["missing"] is False and where_now["container"] is None
    assert cli("move", "receive", truck, "C-1").code == 0  # found at TS-1 after all
    assert cli("move", "D-0", "--to", "C-1").code == 0


def test_the_refusal_is_translated(chain: Custody) -> None:
    from fieldkit.i18n import error_text

    _missing_crate(chain)
    d = _shelf(chain, "D-0")
    with pytest.raises(CustodyError) as refused:
        chain.move([d], "C-1")
    for lang in ("fr", "ar", "uk"):
        sentence, hint = error_text(refused.value, lang)
        assert "C-1" in sentence and "missing" not in sentence, (lang, sentence)
        assert hint and "missing" not in hint, (lang, hint)


# --- the check-in's draft -----------------------------------------------------------------------


def _in_transit(vault: Vault) -> tuple[str, list[str], str]:
    """C-1 with two objects on its way to TS-1, and the check-in's draft of its scans."""
    records = Records(vault)
    c = Custody(records)
    c.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    c.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    c.add_container({"code": "C-1", "kind": "crate"})
    objects = [
        records.create(F.OBJECT, {"inventory_number": f"A-{i}", "title": "Bowl"}).record_id
        for i in range(2)
    ]
    c.move(objects, "C-1", from_location="MUS")
    m = c.move(["C-1"], "TS-1", reason="evacuation").record_id
    key = f"check_in:{m}"
    drafts.save(vault, key, "check_in", m, {"scanned": objects})
    return m, objects, key


def _run_then_kill(vault_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    """Run ``body`` (with ``chain`` open on the vault) in a child, which SIGKILLs itself after
    it: no lock, no clean close, as a crash or a pulled plug."""
    child = (
        textwrap.dedent(
            f"""
        import json, os, signal, sys
        from pathlib import Path
        sys.path.insert(0, {str(TESTS)!r})
        from conftest import PASSPHRASE
        from fieldkit.records import service
        from fieldkit.records.custody import Custody
        from fieldkit.records.service import Records
        from fieldkit.vault import Vault
        vault = Vault.open(Path({str(vault_path)!r}), PASSPHRASE)
        chain = Custody(Records(vault))
        """
        )
        + textwrap.dedent(body)
        + "\nos.kill(os.getpid(), signal.SIGKILL)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=300, check=False
    )


def test_a_kill_just_after_the_reception_leaves_no_scans_to_reopen(vault: Vault) -> None:
    m, objects, key = _in_transit(vault)
    path = vault.path
    vault.close()
    done = _run_then_kill(
        path,
        f"""
        status = chain.receive({m!r}, {objects!r}, draft_key={key!r})
        print(json.dumps(status.received), flush=True)  # written: the check-in goes on from here
        """,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert sorted(json.loads(done.stdout)) == sorted(objects)
    with Vault.open(path, PASSPHRASE) as reopened:
        # Before r12 the draft was still there: the check-in reopened its scans as "kept from
        # before FieldKit locked or closed", for a reception already written.
        assert drafts.all_drafts(reopened) == []
        status = C.movement_status(reopened.db, m)
        assert status.state == "received" and sorted(status.received) == sorted(objects)


def test_a_kill_inside_the_reception_keeps_the_scans_and_writes_nothing(vault: Vault) -> None:
    """Killed after the draft's removal was written, before the commit: all or nothing."""
    m, objects, key = _in_transit(vault)
    path = vault.path
    vault.close()
    done = _run_then_kill(
        path,
        f"""
        real = service.discard_in
        def killed(db, key):
            real(db, key)
            print("draft removed, not committed", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        service.discard_in = killed
        chain.receive({m!r}, {objects!r}, draft_key={key!r})
        """,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert "draft removed, not committed" in done.stdout
    with Vault.open(path, PASSPHRASE) as reopened:
        assert C.movement_status(reopened.db, m).state == "in_transit"
        [kept] = drafts.all_drafts(reopened)
        assert (kept.key, kept.values) == (key, {"scanned": objects})


def test_a_reception_refused_or_failing_keeps_its_scans(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    m, objects, key = _in_transit(vault)
    chain = Custody(Records(vault))
    with pytest.raises(F.ValidationError):  # dated before its departure: refused
        chain.receive(m, objects, received_at="2000-01-01T00:00Z", draft_key=key)
    assert drafts.load(vault, key) is not None
    real = service.discard_in

    def failing(db: Any, draft_key: str) -> list[str]:
        real(db, draft_key)
        raise OSError("the disk went away")

    monkeypatch.setattr(service, "discard_in", failing)
    with pytest.raises(OSError, match="the disk went away"):
        chain.receive(m, objects, draft_key=key)
    monkeypatch.undo()
    assert C.movement_status(vault.db, m).state == "in_transit"
    kept = drafts.load(vault, key)
    assert kept is not None and kept.values == {"scanned": objects}
    chain.receive(m, kept.values["scanned"], draft_key=key)
    assert drafts.all_drafts(vault) == []
    assert C.movement_status(vault.db, m).state == "received"
