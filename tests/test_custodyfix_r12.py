"""A check-in's scans (its draft) go in the reception's own transaction (r12).

The check-in wrote the reception, then removed its draft in a second transaction: a crash in
between reopened the scans of a reception already written. ``Custody.receive`` takes the draft
(``draft_key``) and removes it in the reception's transaction: killed just after it, nothing is
left to reopen; killed or failing inside it, neither is kept.

Real vaults in tmp_path, a real SIGKILL of a child process."""

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

from fieldkit.records import custody_queries as C
from fieldkit.records import drafts, service
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

TESTS = Path(__file__).resolve().parent


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
