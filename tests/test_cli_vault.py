"""The command line for vaults (SPEC §11): exit codes, messages, passphrase sources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli, run_cli_process, tree_snapshot

from fieldkit import __version__
from fieldkit.crypto import recovery_key as rk
from fieldkit.vault import Vault


def test_version() -> None:
    proc = run_cli_process(["--version"])
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_init_creates_a_vault_with_calibrated_kdf(tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("a fine long passphrase\n")
    result = run_cli(
        [
            "--vault",
            str(tmp_path / "v"),
            "init",
            "--name",
            "Amal",
            "--org",
            "Museum",
            "--role",
            "coordinator",
            "--passphrase-file",
            str(tmp_path / "pw"),
            "--json",
        ]
    )
    assert result.code == 0, result.err
    data = result.json
    assert rk.normalize(data["recovery_key"])
    header = json.loads((tmp_path / "v" / "vault.json").read_text())
    kdf = header["keys"]["passphrase"]["kdf"]
    assert kdf["iterations"] >= 3 and kdf["memory_kib"] >= 65536
    with Vault.open(tmp_path / "v", "a fine long passphrase") as v:
        assert v.info().role == "coordinator" and v.warnings == []


def test_init_writes_the_recovery_key_file_privately(tmp_path: Path) -> None:
    result = run_cli(
        [
            "init",
            "--vault",
            str(tmp_path / "v"),
            "--name",
            "A",
            "--recovery-key-file",
            str(tmp_path / "rk.txt"),
        ],
        {"FIELDKIT_PASSPHRASE": "a fine long passphrase"},
    )
    assert result.code == 0, result.err
    key = (tmp_path / "rk.txt").read_text().strip()
    assert rk.normalize(key)
    assert (tmp_path / "rk.txt").stat().st_mode & 0o077 == 0
    assert key not in result.out and key not in result.err


def test_init_refuses_a_short_passphrase(tmp_path: Path) -> None:
    result = run_cli(
        ["--vault", str(tmp_path / "v"), "init", "--name", "A"], {"FIELDKIT_PASSPHRASE": "short"}
    )
    assert result.code == 2 and "too short" in result.err
    assert not (tmp_path / "v").exists()


def test_vault_from_environment_variable(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    vault.close()
    result = run_cli(
        ["backup", "-o", str(tmp_path / "b")],
        {"FIELDKIT_VAULT": str(vault_path), "FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 0, result.err
    assert (tmp_path / "b" / "backup.json").exists()


def test_wrong_passphrase_exit_1_one_sentence_no_traceback_no_change(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    before = tree_snapshot(vault_path)
    proc = run_cli_process(
        ["--vault", str(vault_path), "backup", "-o", str(tmp_path / "b")],
        {"FIELDKIT_PASSPHRASE": "wrong wrong wrong"},
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    first = proc.stderr.splitlines()[0]
    assert first == "fieldkit: The passphrase is not correct for this vault."
    assert tree_snapshot(vault_path) == before
    assert not (tmp_path / "b").exists()


def test_no_passphrase_and_no_terminal_is_a_usage_error(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    proc = run_cli_process(["--vault", str(vault_path), "backup", "-o", str(tmp_path / "b")])
    assert proc.returncode == 2
    assert "--passphrase-file" in proc.stderr and "Traceback" not in proc.stderr


def test_open_elsewhere_message_from_the_cli(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    # A writer is refused while another process holds the vault (backup no longer is: it
    # copies a read-only snapshot, see test_vault_hardening).
    proc = run_cli_process(
        ["--vault", str(vault_path), "object", "list"],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert proc.returncode == 1
    assert "open elsewhere" in proc.stderr


def test_passphrase_variable_is_removed_before_anything_runs(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    code = (
        "import os, sys\n"
        "from fieldkit.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "print('LEFT' if 'FIELDKIT_PASSPHRASE' in os.environ else 'GONE')\n"
        "import subprocess\n"
        "probe = 'import os; print(os.environ.get(\"FIELDKIT_PASSPHRASE\"))'\n"
        "child = subprocess.run([sys.executable, '-c', probe], capture_output=True, text=True)\n"
        "print('child', child.stdout.strip())\n"
        "sys.exit(rc)\n"
    )
    import subprocess
    import sys

    env = dict(os.environ, FIELDKIT_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "--vault",
            str(vault_path),
            "backup",
            "-o",
            str(tmp_path / "b"),
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "GONE" in proc.stdout and "child None" in proc.stdout


def test_passwd_with_recovery_key_file_after_forgetting(
    make_vault, vault_path: Path, tmp_path: Path
) -> None:
    vault, rkey = make_vault()
    vault.close()
    (tmp_path / "rk").write_text(rkey.lower() + "\n")
    (tmp_path / "new").write_text("remembered this time\n")
    result = run_cli(
        [
            "--vault",
            str(vault_path),
            "passwd",
            "--recovery-key-file",
            str(tmp_path / "rk"),
            "--new-passphrase-file",
            str(tmp_path / "new"),
        ]
    )
    assert result.code == 0, result.err
    Vault.open(vault_path, "remembered this time").close()


def test_rekey_from_the_cli_prints_a_new_recovery_key(make_vault, vault_path: Path) -> None:
    vault, old = make_vault()
    vault.close()
    result = run_cli(
        ["--vault", str(vault_path), "rekey", "--json"],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_NEW_PASSPHRASE": "after the rekey"},
    )
    assert result.code == 0, result.err
    new = result.json["recovery_key"]
    assert rk.normalize(new) != rk.normalize(old)
    Vault.open(vault_path, recovery_key=new).close()
    Vault.open(vault_path, "after the rekey").close()


def test_shred_without_terminal_needs_confirm(vault: Vault, vault_path: Path) -> None:
    vault.close()
    before = tree_snapshot(vault_path)
    result = run_cli(["--vault", str(vault_path), "shred"])
    assert result.code == 2 and "--confirm SHRED" in result.err
    result = run_cli(["--vault", str(vault_path), "shred", "--confirm", "yes"])
    assert result.code == 2 and "nothing was destroyed" in result.err
    assert tree_snapshot(vault_path) == before
    result = run_cli(["--vault", str(vault_path), "shred", "--confirm", "SHRED"])
    assert result.code == 0
    result = run_cli(
        ["--vault", str(vault_path), "backup", "-o", "x"], {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    )
    assert result.code == 1 and "shredded" in result.err


def test_backup_and_restore_from_the_cli(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    result = run_cli(
        ["--vault", str(vault_path), "backup", "-o", str(tmp_path / "b"), "--json"], env
    )
    assert result.code == 0 and result.json["files"] == 2
    result = run_cli(
        ["--vault", str(tmp_path / "r"), "restore", str(tmp_path / "b"), "--json"], env
    )
    assert result.code == 0, result.err
    assert result.json["epoch"]
    result = run_cli(["--vault", str(tmp_path / "r"), "restore", str(tmp_path / "b")], env)
    assert result.code == 1 and "already a vault" in result.err


def test_unknown_command_and_bad_option_exit_2() -> None:
    assert run_cli(["frobnicate"]).code == 2
    assert run_cli(["init"]).code == 2  # --name is required


def test_missing_vault_is_exit_1_with_a_hint(tmp_path: Path) -> None:
    result = run_cli(["--vault", str(tmp_path / "none"), "backup", "-o", str(tmp_path / "b")])
    assert result.code == 1
    assert "no FieldKit vault" in result.err and "fieldkit init" in result.err


@pytest.mark.parametrize("where", ["before", "after"])
def test_vault_option_before_or_after_the_command(
    vault: Vault, vault_path: Path, tmp_path: Path, where: str
) -> None:
    vault.close()
    args = ["backup", "-o", str(tmp_path / "b")]
    args = (
        ["--vault", str(vault_path), *args]
        if where == "before"
        else [*args, "--vault", str(vault_path)]
    )
    assert run_cli(args, {"FIELDKIT_PASSPHRASE": PASSPHRASE}).code == 0


def test_demo_creates_a_marked_demo_vault_and_reopens_it(tmp_path: Path) -> None:
    result = run_cli(["demo", "--no-gui", "--vault", str(tmp_path / "d"), "--json"])
    assert result.code == 0, result.err
    assert result.json["created"] is True
    assert json.loads((tmp_path / "d" / "vault.json").read_text())["demo"] is True
    again = run_cli(["demo", "--no-gui", "--vault", str(tmp_path / "d"), "--json"])
    assert again.code == 0 and again.json["created"] is False
    Vault.open(tmp_path / "d", "demo").close()


def test_demo_refuses_a_real_vault(vault: Vault, vault_path: Path) -> None:
    vault.close()
    before = tree_snapshot(vault_path)
    result = run_cli(["demo", "--no-gui", "--vault", str(vault_path)])
    assert result.code == 2 and "not a demo vault" in result.err
    assert tree_snapshot(vault_path) == before


def test_demo_ignores_fieldkit_vault(tmp_path: Path) -> None:
    result = run_cli(["demo", "--no-gui", "--json"], {"FIELDKIT_VAULT": str(tmp_path / "real")})
    assert result.code == 0, result.err
    assert not (tmp_path / "real").exists()
    assert Path(result.json["vault"]).name == "demo"


def test_the_weak_passphrase_warning_speaks_the_users_language(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """The test vaults use a KDF below the floor, so opening one warns; the warning was English
    under every language."""
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    args = ["object", "list", "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
    english = run_cli(args)
    assert "weaker than FieldKit's minimum" in english.err
    french = run_cli(args, {"FIELDKIT_LANG": "fr"})
    assert french.code == 0 and "plus faible que le minimum de FieldKit" in french.err


def test_a_reader_that_goes_away_is_not_an_internal_error(tmp_path: Path) -> None:
    """`fieldkit … --json | head`: the pipe closes early; FieldKit stops quietly (exit 0),
    with no 'internal error' and no traceback."""
    demo = tmp_path / "demo"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldkit",
            "--vault",
            str(demo),
            "demo",
            "--no-gui",
            "--objects",
            "300",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert made.returncode == 0, made.stderr
    env = {**os.environ, "FIELDKIT_PASSPHRASE": "demo"}
    cmd = [sys.executable, "-m", "fieldkit", "--vault", str(demo), "object", "list", "--json"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()  # the reader goes away, as `head -c 10` does
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
    assert code == 0, err
    assert "internal error" not in err and "Traceback" not in err and "BrokenPipe" not in err


def test_init_refuses_a_guessable_passphrase_in_the_readers_language(tmp_path: Path) -> None:
    result = run_cli(
        ["--vault", str(tmp_path / "v"), "init", "--name", "A"],
        {"FIELDKIT_PASSPHRASE": "short", "FIELDKIT_LANG": "fr"},
    )
    assert result.code == 2 and "trop courte" in result.err and "too short" not in result.err
    assert "quatre ou cinq mots" in result.err  # the suggestion, translated too
