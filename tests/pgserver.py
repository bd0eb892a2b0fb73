"""A real PostgreSQL server for the tests: Debian's binaries started in a temporary folder.

Reusable by any test that needs a database (the programme archive)::

    from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)

    def test_x(pg_server: PgServer) -> None:
        dsn = pg_server.new_database()

``initdb`` and ``pg_ctl`` from ``/usr/lib/postgresql/*/bin`` run a cluster on 127.0.0.1 on a
free port, its data in a fresh temporary folder. PostgreSQL refuses to run as root, so when the
tests run as root the cluster belongs to the ``postgres`` user and is driven with
``runuser -u postgres --``. One server per test process: every module imports the fixture (so
pytest makes one fixture per module), but all of them hand out the same server (:func:`shared`),
started on first use, stopped (``pg_ctl stop -m immediate``) and its folder removed when the
process exits; each test takes a fresh database of its own.
Tests skip, saying why, only when no PostgreSQL can run here.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from per_process import PerProcess

SUPERUSER = "fieldkit"


def bin_dir() -> Path | None:
    """The newest Debian PostgreSQL's bin folder, else the folder of a ``pg_ctl`` on PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).resolve().parent if on_path else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    port: int
    folder: Path
    bin: Path
    as_user: list[str]

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; its connection string."""
        import psycopg

        name = f"t_{secrets.token_hex(6)}"
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)


def _run(server_user: list[str], *cmd: str) -> None:
    subprocess.run([*server_user, *cmd], check=True, capture_output=True, timeout=120)


def start(folder: Path) -> PgServer:
    """initdb + pg_ctl start in ``folder``; raises RuntimeError or OSError when it cannot."""
    binaries = bin_dir()
    if binaries is None:
        raise FileNotFoundError("no PostgreSQL binaries (install Debian's `postgresql`)")
    as_user: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            raise FileNotFoundError("running as root and `runuser` is missing")
        as_user = [runuser, "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    data = folder / "data"
    port = _free_port()
    try:
        _run(
            as_user,
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        _run(
            as_user,
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
    except subprocess.CalledProcessError as exc:
        log = folder / "log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(
            f"PostgreSQL did not start: {exc.stderr.decode(errors='replace')[-2000:]} {tail}"
        ) from None
    return PgServer(port, folder, binaries, as_user)


def stop(server: PgServer) -> None:
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        _run(
            server.as_user,
            str(server.bin / "pg_ctl"),
            "-D",
            str(server.folder / "data"),
            "-m",
            "immediate",
            "-w",
            "stop",
        )


@contextlib.contextmanager
def running() -> Iterator[PgServer]:
    """A server for a script (benchmarks): started, yielded, stopped, folder removed."""
    folder = Path(tempfile.mkdtemp(prefix="fieldkit-pg-"))
    os.chmod(folder, 0o755)  # the postgres user must reach its data folder  # noqa: S103
    try:
        server = start(folder)
        try:
            yield server
        finally:
            stop(server)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# The postgres user must reach its data folder.
_SHARED: PerProcess[PgServer] = PerProcess("fieldkit-pg-", start, stop, mode=0o755)


def shared() -> PgServer:
    """The test process's one server (see tests/per_process.py)."""
    return _SHARED.get()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
    try:
        server = shared()
    except (FileNotFoundError, PermissionError, RuntimeError, OSError) as exc:
        pytest.skip(f"PostgreSQL cannot run here: {exc}")
    yield server
