"""Ctrl+C in tests: run `python -m fieldkit …` with its progress on a pseudo-terminal, press
Ctrl+C (SIGINT) once its progress shows, and compare a vault's content before and after."""

from __future__ import annotations

import hashlib
import os
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from fieldkit.vault import Vault


def interrupt_cli(
    args: Sequence[str],
    env: dict[str, str],
    when: str,
    timeout: float = 120.0,
) -> tuple[int, str]:
    """Run the CLI with stderr on a terminal (so the one progress line is drawn), send SIGINT
    as soon as the stderr transcript matches the regular expression ``when``, and return the
    exit code and the whole transcript (progress and messages)."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    full_env = dict(os.environ)
    full_env.update(env)
    full_env["COLUMNS"] = "200"
    proc = subprocess.Popen(
        [sys.executable, "-m", "fieldkit", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=full_env,
    )
    os.close(slave)
    pattern = re.compile(when)
    transcript = bytearray()
    sent = False
    deadline = time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail("the command did not finish: " + transcript.decode(errors="replace"))
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    data = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    data = b""
                if not data:
                    break
                transcript += data
            if not sent and pattern.search(transcript.decode(errors="replace")):
                proc.send_signal(signal.SIGINT)
                sent = True
            if not ready and proc.poll() is not None:
                break
    finally:
        os.close(master)
        code = proc.wait(timeout=timeout)
    assert sent, "the progress never showed: " + transcript.decode(errors="replace")
    return code, transcript.decode(errors="replace")


def vault_content(path: Path, passphrase: str) -> dict[str, str]:
    """A digest of every table of the vault's database and the list of its media files: two
    equal digests mean the vault holds the same (the files' bytes may differ after a WAL
    checkpoint)."""
    with Vault.open(path, passphrase) as vault:
        db = vault.db
        tables = [
            str(r[0])
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name"
            )
        ]
        out: dict[str, str] = {}
        for table in tables:
            rows = sorted(repr(tuple(r)) for r in db.execute(f'SELECT * FROM "{table}"'))  # noqa: S608
            out[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    media = path / "media"
    out["media files"] = ",".join(sorted(p.name for p in media.iterdir())) if media.is_dir() else ""
    return out
