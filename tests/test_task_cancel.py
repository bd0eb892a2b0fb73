"""Cancel leaves nothing behind, from either front end (issue 14, the bundle half of the task
contract): Ctrl+C (a real SIGINT to ``python -m fieldkit``) during an export removes the parts it
had finished and its partial file, and during an import's merge leaves the vault as it was; the
desktop app's Cancel does the same through the same core code.

The 10,000-record exchange of tests/test_import_progress.py is made once for this module too.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from test_import_progress import RECORDS, Exchange, _fresh, _state, big  # noqa: F401

from fieldkit.bundles import export as export_module
from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.bundles.parts import MIN_MAX_SIZE
from fieldkit.errors import CancelledError
from fieldkit.tasks import Cancel, Progress
from fieldkit.vault import Vault, audit

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGINT and a pseudo-terminal")


@dataclass
class Running:
    """``python -m fieldkit …`` with stderr on a pseudo-terminal (so it draws its progress)."""

    proc: subprocess.Popen[bytes]
    master: int
    seen: bytearray

    def read(self, timeout: float) -> None:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            try:
                self.seen += os.read(self.master, 65536)
            except OSError:  # EIO: the child closed the terminal
                pass

    def wait_for(self, what: Callable[[], bool], timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not what():
            assert self.proc.poll() is None, f"it ended first: {self.text}"
            assert time.monotonic() < deadline, f"never happened: {self.text}"
            self.read(0.005)

    def finish(self, timeout: float = 120.0) -> int:
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None:
            assert time.monotonic() < deadline, f"it did not stop: {self.text}"
            self.read(0.05)
        self.read(0.1)
        os.close(self.master)
        return self.proc.returncode

    @property
    def text(self) -> str:
        return self.seen.decode(errors="replace")


@pytest.fixture
def fieldkit(tmp_path: Path) -> Iterator[Callable[..., Running]]:
    started: list[Running] = []
    (tmp_path / "pw").write_text(PASSPHRASE)

    passphrase = ["--passphrase-file", str(tmp_path / "pw")]

    def start(vault: Path, *args: str) -> Running:
        master, slave = os.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "fieldkit", "--vault", str(vault), *passphrase, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=slave,
            env={**os.environ, "FIELDKIT_LANG": "en", "COLUMNS": "200"},
        )
        os.close(slave)
        running = Running(proc, master, bytearray())
        started.append(running)
        return running

    yield start
    for running in started:
        if running.proc.poll() is None:
            running.proc.kill()
            running.proc.wait()


def _copy_vault(source: Path, tmp_path: Path, name: str) -> Path:
    import shutil

    copy = tmp_path / name
    shutil.copytree(source, copy)
    (copy / "vault.lock").unlink(missing_ok=True)
    return copy


def _sent_state(path: Path) -> dict[str, Any]:
    vault = Vault.open(path, PASSPHRASE)
    try:
        db = vault.db
        return {
            "sent_bundles": db.execute("SELECT count(*) FROM sent_bundles").fetchone()[0],
            "sent_revisions": db.execute("SELECT count(*) FROM sent_revisions").fetchone()[0],
            "audit": [(e.action, e.hash) for e in audit.events(db)],
        }
    finally:
        vault.close()


# --- export ------------------------------------------------------------------------------------


def test_ctrl_c_during_a_split_export_leaves_no_bundle_and_no_part_file(
    big: Exchange,  # noqa: F811
    tmp_path: Path,
    fieldkit: Callable[..., Running],
) -> None:
    field = _copy_vault(big.field, tmp_path, "field")
    before = _sent_state(field)
    out = tmp_path / "stick"
    out.mkdir()
    (out / "kept.txt").write_text("the user's own file")
    run = fieldkit(
        field, "export", "--plain", "--full", "--max-size", "1M", "-o", str(out / "big.fkb")
    )
    # Held still the moment the first part is finished (so the rest cannot race past the
    # signal), then interrupted as Ctrl+C would.
    # A finished part keeps its hidden name until the vault records it (vaultfix): the next
    # part's file appearing says the first is finished.
    run.wait_for(lambda: any(p.name.startswith(".big.part2of") for p in out.iterdir()))
    run.proc.send_signal(signal.SIGSTOP)
    assert "Writing the bundle:" in run.text  # its progress line was on the terminal
    run.proc.send_signal(signal.SIGINT)
    run.proc.send_signal(signal.SIGCONT)
    code = run.finish()
    assert code != 0, run.text
    assert "cancelled" in run.text.lower(), run.text
    assert sorted(p.name for p in out.iterdir()) == ["kept.txt"], run.text
    assert _sent_state(field) == before  # no stream position taken, no "exported" event


def test_a_cancelled_export_removes_the_parts_it_had_finished_itself(
    big: Exchange,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The core does it (the command line and the app both get it): a cancel after the first
    part is written removes that part too, and no temporary file stays."""
    path = _copy_vault(big.field, tmp_path, "field")
    before = _sent_state(path)
    field = Vault.open(path, PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    cancel = Cancel()
    steps: list[Progress] = []

    def progress(p: Progress) -> None:
        steps.append(p)
        if any(f.name.startswith(".b.part2of") for f in out.iterdir()):  # part 1 finished
            cancel.set()

    try:
        with pytest.raises(CancelledError):
            export_bundles(
                field,
                out / "b.fkb",
                ExportOptions(plain=True, mode="full", max_size=MIN_MAX_SIZE),
                progress,
                cancel,
            )
        assert cancel.is_set(), "the first part was never finished"
        assert list(out.iterdir()) == []
        assert {p.phase for p in steps} == {export_module.WRITE}
        assert all(p.label is not None for p in steps)
        dones = [p.done for p in steps]
        assert dones == sorted(dones) and all(p.done <= p.total for p in steps)
    finally:
        field.close()
    assert _sent_state(path) == before  # nothing recorded as sent: the next export is the same


# --- import ------------------------------------------------------------------------------------


def test_ctrl_c_during_the_merge_of_an_import_leaves_the_vault_unchanged(
    big: Exchange,  # noqa: F811
    tmp_path: Path,
    fieldkit: Callable[..., Running],
) -> None:
    vault = _fresh(big, tmp_path)
    before = _state(vault)
    path = vault.path
    vault.close()
    run = fieldkit(path, "import", str(big.bundle))
    run.wait_for(lambda: "Merging the records:" in run.text)
    run.proc.send_signal(signal.SIGINT)
    code = run.finish()
    assert code != 0, run.text
    # One sentence naming the file it stopped at and what was kept (nothing, here).
    assert "while importing big.fkb: nothing from it or the files after it was kept." in run.text
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert _state(vault) == before
        assert audit.verify(vault.db).ok
    finally:
        vault.close()
    # And the same bundle imports whole afterwards.
    run = fieldkit(path, "import", "--json", str(big.bundle))
    assert run.finish() == 0
    out = run.proc.stdout.read() if run.proc.stdout else b""
    assert f'"new_revisions": {RECORDS}' in out.decode()
