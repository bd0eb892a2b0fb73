"""The first open after an update upgrades the vault's schema, visibly and safely: migrate() and
Vault.open report the "upgrade" phase from 0 to 100 % (within a long step too), the command
line says so on stderr of a terminal only, and a process killed in the middle of migration 17
leaves a vault that the next open migrates with every record (each step is one transaction)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE, CliResult

from fieldkit.cli import run
from fieldkit.records import fields as F
from fieldkit.records.natural_order import inventory_sort_key
from fieldkit.records.service import Records
from fieldkit.tasks import Progress
from fieldkit.vault import Vault, schema
from fieldkit.vault.database import open_database
from fieldkit.vault.header import VaultHeader
from fieldkit.vault.vault import DB_NAME

UPGRADING = "Updating this vault for the new version of FieldKit (once only)…"


class Terminal(io.StringIO):
    """stderr as a terminal: progress lines are only drawn there."""

    def isatty(self) -> bool:
        return True


def _fill(vault: Vault, n: int) -> None:
    Records(vault).create_many(
        F.OBJECT,
        [
            F.clean_fields(F.OBJECT, {"inventory_number": f"MCP 1962.{i}", "title": "Jar"})
            for i in range(n)
        ],
    )


def _set_back(vault: Vault, version: int) -> None:
    """The vault as version ``version`` (15 or 16) left it: no natural-order key column nor its
    index (migration 17 adds them); migration 16 replays on the search entries as they are."""
    db = vault.db
    db.execute("DROP INDEX records_inventory_sort")
    db.execute("ALTER TABLE records DROP COLUMN inventory_sort")
    db.execute(f"PRAGMA user_version = {int(version)}")
    vault.close()


def _old_vault(vault: Vault, n: int, version: int) -> Path:
    _fill(vault, n)
    path = vault.path
    _set_back(vault, version)
    return path


def _check_migrated(vault: Vault, n: int) -> None:
    assert schema.schema_version(vault.db) == schema.LATEST
    rows = vault.db.execute("SELECT inventory_number, inventory_sort FROM records").fetchall()
    assert len(rows) == n
    for number, key in rows:
        assert key == inventory_sort_key(number), number


def test_an_upgrade_reports_its_progress_up_to_100_percent(vault: Vault) -> None:
    # 12,000 records: migrations 16 and 17 each walk three chunks of 5,000.
    path = _old_vault(vault, 12_000, 15)
    seen: list[Progress] = []
    with Vault.open(path, PASSPHRASE, progress=seen.append) as reopened:
        _check_migrated(reopened, 12_000)
    assert seen, "an upgrade ran and nothing was reported"
    assert {p.phase for p in seen} == {schema.UPGRADE_PHASE}
    assert {str(p.label) for p in seen} == {UPGRADING}
    done = [p.done for p in seen]
    assert done == sorted(done), done  # a bar never goes back
    assert (seen[0].done, seen[-1].done, seen[-1].total) == (0, 1000, 1000)
    assert seen[-1].percent == 100
    # Each of the two steps is half the bar, and each moves it within (its chunks), not only
    # at its end: a step of 23 s on a large vault must not look frozen.
    assert any(0 < d < 500 for d in done), done
    assert any(500 < d < 1000 for d in done), done


def test_an_open_with_nothing_to_upgrade_reports_nothing(vault: Vault) -> None:
    _fill(vault, 10)
    path = vault.path
    vault.close()
    seen: list[Progress] = []
    with Vault.open(path, PASSPHRASE, progress=seen.append):
        pass
    assert seen == []


def _cli(path: Path, tmp_path: Path, err: io.StringIO, *args: str) -> CliResult:
    (tmp_path / "pw").write_text(PASSPHRASE)
    out = io.StringIO()
    options = ["--vault", str(path), "--passphrase-file", str(tmp_path / "pw")]
    code = run([*options, "object", "list", *args], out, err)
    return CliResult(code, out.getvalue(), err.getvalue())


def test_the_command_line_says_so_on_the_terminal_and_only_on_stderr(
    vault: Vault, tmp_path: Path
) -> None:
    path = _old_vault(vault, 20, 16)
    result = _cli(path, tmp_path, Terminal())
    assert result.code == 0, result.err
    # One live line, redrawn in place and ended at 100 % before anything else is said.
    assert f"\r\x1b[K{UPGRADING} 100%\n" in result.err, result.err
    first, *rest = result.err.split("\n")
    assert first.endswith(f"{UPGRADING} 100%") and UPGRADING not in "\n".join(rest)
    assert UPGRADING not in result.out
    assert "MCP 1962.19" in result.out
    # Once only: the next command has nothing to upgrade.
    again = _cli(path, tmp_path, Terminal())
    assert again.code == 0 and UPGRADING not in again.err


def test_json_output_and_pipes_stay_clean(vault: Vault, tmp_path: Path) -> None:
    path = _old_vault(vault, 20, 16)
    result = _cli(path, tmp_path, Terminal(), "--json")
    assert result.code == 0, result.err
    assert UPGRADING not in result.err + result.out
    assert len(result.json) == 20  # type: ignore[arg-type]
    with Vault.open(path, PASSPHRASE) as reopened:
        assert schema.schema_version(reopened.db) == schema.LATEST
        _set_back(reopened, 16)
    piped = _cli(path, tmp_path, io.StringIO())
    assert piped.code == 0 and UPGRADING not in piped.err + piped.out


# Opens the vault and, once migration 17 has written its first chunk of keys, says so and
# waits to be killed: the kill lands inside the step's transaction.
_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from fieldkit.vault import Vault

    def progress(p):
        if p.done > 0:
            print("migrating", flush=True)
            time.sleep(600)

    Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"), progress=progress)
    print("opened", flush=True)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_kill_during_migration_17_loses_nothing_and_the_next_open_migrates(
    vault: Vault,
) -> None:
    n = 6_000  # two chunks: the kill comes after the first is written, before the commit
    path = _old_vault(vault, n, 16)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.close()
        line = child.stdout.readline()
        assert line == "migrating\n", (line, child.stderr.read() if child.stderr else "")
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(60)
        if child.stdout is not None:
            child.stdout.close()
        if child.stderr is not None:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    # The interrupted step was rolled back as a whole: still version 16, no key written.
    data_key = VaultHeader.load(path).unwrap(PASSPHRASE, None)
    conn = open_database(path / DB_NAME, data_key)
    try:
        assert schema.schema_version(conn) == 16
        columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(records)")}
        assert "inventory_sort" not in columns
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == n
    finally:
        conn.close()
    seen: list[Progress] = []
    with Vault.open(path, PASSPHRASE, progress=seen.append) as reopened:
        _check_migrated(reopened, n)
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert seen[-1].done == seen[-1].total == 1000


def test_the_demo_command_shows_the_upgrade_of_an_old_demo_vault(tmp_path: Path) -> None:
    """`fieldkit demo` opens its own vault (not through open_vault): an old demo vault's upgrade
    is shown there too."""
    demo, _key = Vault.create(tmp_path / "demo", PASSPHRASE, name="Demo", demo=True)
    path = _old_vault(demo, 5, 16)
    (tmp_path / "pw").write_text(PASSPHRASE)
    out, err = io.StringIO(), Terminal()
    options = ["--vault", str(path), "--passphrase-file", str(tmp_path / "pw")]
    code = run([*options, "demo", "--no-gui", "--objects", "0"], out, err)
    assert code == 0, err.getvalue()
    assert f"{UPGRADING} 100%\n" in err.getvalue(), err.getvalue()


def test_restoring_an_old_backup_shows_its_upgrade(vault: Vault, tmp_path: Path) -> None:
    """A backup made by an older FieldKit is upgraded when restored: the restore's progress hears
    it (the app's restore dialog and `fieldkit restore` showed nothing for tens of seconds)."""
    from fieldkit.vault.backup import backup, restore

    path = _old_vault(vault, 30, 16)
    # The old vault, opened as its own FieldKit would (without migrating), is backed up as is.
    real = schema.migrate
    schema.migrate = lambda conn, *a, **k: schema.schema_version(conn)  # type: ignore[assignment]
    try:
        opened = Vault.open(path, PASSPHRASE)
        assert schema.schema_version(opened.db) == 16
        backup(opened, tmp_path / "bk")
        opened.close()
    finally:
        schema.migrate = real
    phases: list[str] = []

    def sink(progress: Progress) -> None:
        phases.append(progress.phase)

    restored = restore(tmp_path / "bk", tmp_path / "restored", PASSPHRASE, progress=sink)
    try:
        assert "upgrade" in phases, phases
        _check_migrated(restored, 30)
    finally:
        restored.close()
