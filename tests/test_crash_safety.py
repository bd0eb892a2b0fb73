"""`kill -9` in the middle of a multi-row write leaves a vault with all of it or none of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from fieldkit.vault import Vault

WRITER = r"""
import sys
from fieldkit.vault import Vault

vault = Vault.open(sys.argv[1], sys.argv[2])
run = int(sys.argv[3])
batch = 0
while True:
    with vault.transaction() as db:
        for i in range(2000):
            db.execute("INSERT INTO rows VALUES (?, ?, ?, ?)", (run, batch, i, "x" * 200))
            if i == 1000:
                print(f"mid {batch}", flush=True)
    batch += 1
"""


@pytest.mark.parametrize("kills", [1, 2, 3])
def test_kill_9_mid_transaction_keeps_whole_batches_only(
    make_vault, vault_path: Path, kills: int
) -> None:
    vault, _ = make_vault()
    with vault.transaction() as db:
        db.execute("CREATE TABLE rows (run INTEGER, batch INTEGER, i INTEGER, body TEXT)")
    vault.close()
    for run in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_path), PASSPHRASE, str(run)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        # Let it commit a few batches, then kill it in the middle of the next one.
        for line in proc.stdout:
            if line.startswith("mid ") and int(line.split()[1]) >= 2:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = v.db.execute(
            "SELECT run, batch, count(*) FROM rows GROUP BY run, batch"
        ).fetchall()
        assert len(counts) >= 2 * kills
        assert all(n == 2000 for _, _, n in counts), counts
