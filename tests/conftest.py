"""Shared fixtures: real vaults in tmp_path with cheap KDF parameters, isolated user folders."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

# Qt tests run offscreen unless a developer asks for a real screen, on a screen shaped like
# the conservators' laptop: 1366×768 less a 48-pixel taskbar (windows must fit in it).
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).resolve().parent / 'offscreen-laptop.json'}",
)

from fieldkit import i18n, logs
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.vault import Vault

# Cheap parameters, passed explicitly through the API: only tests use them.
FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point the platform's data, log and temp folders into the test's own folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    for var in ("FIELDKIT_VAULT", "FIELDKIT_PASSPHRASE", "FIELDKIT_NEW_PASSPHRASE"):
        monkeypatch.delenv(var, raising=False)
    # English whatever the machine's locale (tests of other languages set it themselves).
    monkeypatch.setenv("FIELDKIT_LANG", "en")
    # and the process's language too: a test that set another one and failed (or forgot) must
    # not change the counts and sentences of the tests after it.
    i18n.set_language("en")
    logs.shutdown()
    yield home
    logs.shutdown()
    i18n.set_language("en")


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def make_vault(vault_path: Path) -> Iterator[object]:
    """A function creating a real (fast-KDF) vault; returns (vault, recovery_key)."""
    opened: list[Vault] = []

    def make(
        path: Path = vault_path, passphrase: str = PASSPHRASE, **kw: object
    ) -> tuple[Vault, str]:
        kw.setdefault("name", "Test vault")
        vault, rkey = Vault.create(path, passphrase, kdf=FAST_KDF, **kw)  # type: ignore[arg-type]
        opened.append(vault)
        return vault, rkey

    yield make
    for v in opened:
        v.close()


@pytest.fixture
def vault(make_vault: object) -> Vault:
    v, _ = make_vault()  # type: ignore[operator]
    return v


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def json(self) -> object:
        import json

        return json.loads(self.out)


def run_cli(args: Sequence[str], env: dict[str, str] | None = None) -> CliResult:
    """Run the CLI in this process (stdin is not a terminal under pytest)."""
    from fieldkit.cli import run

    old = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(list(args), out, err)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Callable[..., CliResult]:
    """The command line on the ``vault`` fixture's vault (closed first, as a second process
    would find it), its passphrase in a file: ``cli("move", "X-1", "--to", "L-1")``;
    ``stdin`` is what a command reading ``-`` gets."""
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str, stdin: str | None = None) -> CliResult:
        old = sys.stdin
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            return run_cli(
                [*args, "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
            )
        finally:
            sys.stdin = old

    return call


def run_cli_process(
    args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -m fieldkit` in a real child process, stdin closed."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )


def tree_snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder`` with its mode and SHA-256 (to prove nothing changed)."""
    import hashlib

    snap = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            snap[str(p.relative_to(folder))] = (
                p.stat().st_mode,
                hashlib.sha256(p.read_bytes()).hexdigest(),
            )
        else:
            snap[str(p.relative_to(folder))] = (p.stat().st_mode, "dir")
    return snap


def require_tool(name: str) -> str:
    """Path of an external tool; fails in CI (which must install it), skips elsewhere."""
    import shutil

    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run must install it")
        pytest.skip(f"{name} is not installed")
    return path
