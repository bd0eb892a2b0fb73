"""Issue 24, vault part: recovery key delivered before the commit point, NFC passphrases,
first-line secret files, SQLite errors in one sentence on full and read-only media, backups
that leave nothing half-written, and a lock that cannot be deleted out from under its holder."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli, tree_snapshot
from media import fill, make_read_only, small_medium

from fieldkit.crypto import recovery_key as rk
from fieldkit.errors import ReadOnlyMediumError
from fieldkit.vault import Vault
from fieldkit.vault.header import VaultHeader

CAFE_NFC = unicodedata.normalize("NFC", "café au lait, s'il vous plaît")
CAFE_NFD = unicodedata.normalize("NFD", CAFE_NFC)


# --- item 5: passphrases are NFC-normalised before the KDF ------------------------------------


def test_a_vault_made_with_composed_accents_opens_with_combining_ones(vault_path: Path) -> None:
    assert CAFE_NFC != CAFE_NFD
    Vault.create(vault_path, CAFE_NFC, name="A", kdf=FAST_KDF)[0].close()
    with Vault.open(vault_path, CAFE_NFD) as v:
        assert v.info().name == "A"
    Vault.open(vault_path, CAFE_NFC).close()


def test_a_vault_wrapped_with_a_raw_non_nfc_passphrase_still_opens_and_is_migrated(
    vault_path: Path,
) -> None:
    v, _ = Vault.create(vault_path, PASSPHRASE, name="Old", kdf=FAST_KDF)
    # What a FieldKit before normalisation wrote: the NFD bytes straight into the KDF.
    from fieldkit.crypto import keywrap
    from fieldkit.crypto.kdf import derive_key
    from fieldkit.vault.header import KeyWrap

    header = VaultHeader.load(vault_path)
    salt = b"s" * 16
    kek = derive_key(CAFE_NFD.encode("utf-8"), salt, FAST_KDF)
    nonce, wrapped = keywrap.wrap_key(kek, v._data_key, header._aad("passphrase"))
    header.passphrase = KeyWrap(salt, nonce, wrapped, FAST_KDF)
    v.close()
    header.save(vault_path)
    # The same characters typed on a keyboard that composes them: the raw form is the only key.
    with Vault.open(vault_path, CAFE_NFD) as opened:
        assert opened.info().name == "Old"
    # Re-wrapped with the NFC form: now both forms open it.
    with Vault.open(vault_path, CAFE_NFC) as opened:
        assert opened.header.needs_rewrap is False
    Vault.open(vault_path, CAFE_NFD).close()


def _wrapped_in_nfc(vault_path: Path) -> bool:
    """The stored wrap opens with the NFC form first try (not through a fallback form)."""
    header = VaultHeader.load(vault_path)
    header.unwrap_with_passphrase(CAFE_NFC)
    return not header.needs_rewrap


def test_passwd_normalises_the_new_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.change_passphrase(CAFE_NFD, FAST_KDF)
    vault.close()
    assert _wrapped_in_nfc(vault_path)
    Vault.open(vault_path, CAFE_NFC).close()


def test_rekey_normalises_the_new_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.rekey(CAFE_NFD, FAST_KDF)
    vault.close()
    assert _wrapped_in_nfc(vault_path)  # the review found the old test could not fail
    Vault.open(vault_path, CAFE_NFC).close()


def test_an_old_vault_wrapped_in_nfd_opens_with_the_composed_form(
    vault: Vault, vault_path: Path
) -> None:
    """Made before normalisation by an input method that sends e + accent; now typed as é."""
    from fieldkit.crypto import keywrap
    from fieldkit.crypto.kdf import derive_key
    from fieldkit.vault.header import KeyWrap

    header = VaultHeader.load(vault_path)
    salt = b"s" * 16
    kek = derive_key(CAFE_NFD.encode("utf-8"), salt, FAST_KDF)
    nonce, wrapped = keywrap.wrap_key(kek, vault._data_key, header._aad("passphrase"))
    header.passphrase = KeyWrap(salt, nonce, wrapped, FAST_KDF)
    vault.close()
    header.save(vault_path)
    Vault.open(vault_path, CAFE_NFC).close()  # typed composed, wrapped decomposed
    assert _wrapped_in_nfc(vault_path)  # and it was migrated on that open


# --- item 6: secret files give their first line, without BOM or line ending -------------------


def _init_from_file(tmp_path: Path, content: bytes) -> Path:
    pw = tmp_path / "pw.txt"
    pw.write_bytes(content)
    target = tmp_path / "v"
    result = run_cli(
        ["--vault", str(target), "init", "--name", "A", "--passphrase-file", str(pw), "--json"]
    )
    assert result.code == 0, result.err
    return target


def test_a_vault_made_from_a_two_line_file_opens_with_its_first_line(tmp_path: Path) -> None:
    target = _init_from_file(tmp_path, b"first line passphrase\r\nsecond line: a note\n")
    Vault.open(target, "first line passphrase").close()
    (tmp_path / "again.txt").write_bytes(b"first line passphrase\n")
    result = run_cli(
        ["--vault", str(target), "object", "list", "--passphrase-file", str(tmp_path / "again.txt")]
    )
    assert result.code == 0, result.err


def test_a_passphrase_file_with_a_bom_works(tmp_path: Path) -> None:
    target = _init_from_file(tmp_path, b"\xef\xbb\xbfbom passphrase here\r\n")
    Vault.open(target, "bom passphrase here").close()


def test_the_help_says_first_line(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["passwd", "--help"])
    assert result.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert text.count("first line of FILE") >= 2 and "BOM" in text


# --- item 1: the recovery key is delivered before the commit point ----------------------------

# A child process that runs the real CLI and stops dead at the commit point of init and rekey
# (the header being saved): the parent then kills it with a real SIGKILL.
_STOP_AT_COMMIT = """
import sys, time
from pathlib import Path
from fieldkit.vault import header

def stop(self, folder):
    Path(sys.argv[1]).write_text("at the commit point")
    time.sleep(600)

header.VaultHeader.save = stop
from fieldkit.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _kill_at_commit_point(tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
    ready = tmp_path / "ready"
    full_env = dict(os.environ)
    full_env.update(env)
    proc = subprocess.Popen(
        [sys.executable, "-c", _STOP_AT_COMMIT, str(ready), *args],
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(1200):
            if ready.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists(), proc.stderr.read().decode() if proc.poll() is not None else ""
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


def test_init_killed_at_its_commit_point_has_delivered_the_key_and_can_be_rerun(
    tmp_path: Path,
) -> None:
    target, rk_file = tmp_path / "v", tmp_path / "rk.txt"
    args = ["--vault", str(target), "init", "--name", "A", "--recovery-key-file", str(rk_file)]
    _kill_at_commit_point(tmp_path, args, {"FIELDKIT_PASSPHRASE": "a fine long passphrase"})
    assert rk.normalize(rk_file.read_text().strip())
    assert not (target / "vault.json").exists()
    # No vault came into being, so running init again works (and the leftovers are gone).
    again = run_cli(
        [*args[:-1], str(tmp_path / "rk2.txt")], {"FIELDKIT_PASSPHRASE": "a fine long passphrase"}
    )
    assert again.code == 0, again.err
    key = (tmp_path / "rk2.txt").read_text().strip()
    Vault.open(target, recovery_key=key).close()
    assert sorted(p.name for p in target.iterdir()) == [
        "media",
        "vault.db",
        "vault.json",
        "vault.lock",
    ]


def test_rekey_killed_at_its_commit_point_leaves_the_old_keys_working(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    v, old_key = make_vault()
    v.close()
    rk_file = tmp_path / "new-rk.txt"
    _kill_at_commit_point(
        tmp_path,
        ["--vault", str(vault_path), "rekey", "--recovery-key-file", str(rk_file)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_NEW_PASSPHRASE": "a brand new passphrase"},
    )
    # Delivered (written and fsynced) before the commit point...
    assert rk.normalize(rk_file.read_text().strip())
    # ...and the commit never happened: the vault is exactly as it was.
    Vault.open(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, recovery_key=old_key).close()
    assert not (vault_path / "vault.db.rekey").exists()


def test_a_recovery_key_file_in_a_missing_folder_changes_nothing(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    v, _ = make_vault()
    v.close()
    before = tree_snapshot(vault_path)
    result = run_cli(
        ["--vault", str(vault_path), "rekey", "--recovery-key-file", str(tmp_path / "no" / "rk")],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_NEW_PASSPHRASE": "a brand new passphrase"},
    )
    assert result.code != 0 and "does not exist" in result.err
    assert tree_snapshot(vault_path) == before
    Vault.open(vault_path, PASSPHRASE).close()
    target, missing = tmp_path / "new", tmp_path / "no" / "rk"
    result = run_cli(
        ["--vault", str(target), "init", "--name", "A", "--recovery-key-file", str(missing)],
        {"FIELDKIT_PASSPHRASE": "a fine long passphrase"},
    )
    assert result.code != 0 and "does not exist" in result.err
    assert not (target / "vault.json").exists()



def test_an_existing_recovery_key_file_is_never_overwritten(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    """The file may hold the key that still opens the vault: a rekey that wrote its new key
    over it and then failed would leave no working recovery key at all."""
    v, rkey = make_vault()
    v.close()
    key_file = tmp_path / "rk.txt"
    key_file.write_text(rkey + "\n")
    before = tree_snapshot(vault_path)
    result = run_cli(
        ["--vault", str(vault_path), "rekey", "--recovery-key-file", str(key_file)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_NEW_PASSPHRASE": "a brand new passphrase"},
    )
    assert result.code == 2 and "already exists" in result.err
    assert key_file.read_text() == rkey + "\n"
    assert tree_snapshot(vault_path) == before
    Vault.open(vault_path, recovery_key=rkey).close()

def test_the_core_delivers_before_committing(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    def fail(key: str) -> None:
        raise OSError("the stick was pulled out")

    with pytest.raises(OSError):
        Vault.create(tmp_path / "c", PASSPHRASE, name="A", kdf=FAST_KDF, deliver_recovery_key=fail)
    assert not (tmp_path / "c").exists()
    v, old_key = make_vault()
    with pytest.raises(OSError):
        v.rekey("a brand new passphrase", FAST_KDF, deliver_recovery_key=fail)
    with pytest.raises(OSError):
        v.new_recovery_key(deliver_recovery_key=fail)
    v.close()
    Vault.open(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, recovery_key=old_key).close()


# --- item 10: SQLite's errors in one sentence (full and read-only media) -----------------------

ONE_SENTENCE_FULL = "The drive is full"


def _assert_one_sentence(err: str, expected: str) -> None:
    assert expected in err, err
    assert "internal error" not in err and "Traceback" not in err and "report id" not in err


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Path]:
    with small_medium(tmp_path / "stick", 2048) as folder:
        yield folder


def _big_object(tmp_path: Path) -> str:
    # Four long fields (each under the 20,000 character limit): about 70 kB to write.
    fields = {"inventory_number": "FULL-1"}
    for name in ("title", "description", "notes", "inscriptions_markings"):
        fields[name] = secrets.token_hex(9000)
    path = tmp_path / "object.json"
    path.write_text(json.dumps(fields))
    return str(path)


def test_object_add_on_a_full_medium_says_so_and_changes_nothing(
    small: Path, tmp_path: Path
) -> None:
    target = small / "v"
    Vault.create(target, PASSPHRASE, name="A", kdf=FAST_KDF)[0].close()
    src = _big_object(tmp_path)
    fill(small, leave_bytes=40 * 1024)
    before = tree_snapshot(target)
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    result = run_cli(["object", "add", "--json", src, "--vault", str(target)], env)
    assert result.code == 1
    _assert_one_sentence(result.err, ONE_SENTENCE_FULL)
    assert tree_snapshot(target) == before
    (small / "filler.bin").unlink()
    listed = run_cli(["object", "list", "--vault", str(target), "--json"], env)
    assert listed.code == 0 and listed.json == []


def test_import_into_a_vault_on_a_nearly_full_medium_says_so(small: Path, tmp_path: Path) -> None:
    from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
    from fieldkit.identity import own, trust
    from fieldkit.identity.card import card_bytes, make_card, parse_card
    from fieldkit.records import fields as F
    from fieldkit.records.service import Records

    sender, _ = Vault.create(tmp_path / "a", PASSPHRASE, name="a", kdf=FAST_KDF)
    coord, _ = Vault.create(small / "c", PASSPHRASE, name="c", role="coordinator", kdf=FAST_KDF)
    cards = {v: parse_card(card_bytes(make_card(own.load(v.db)))) for v in (sender, coord)}
    for v, other in ((sender, coord), (coord, sender)):
        with v.transaction() as db:
            trust.add(db, cards[other], name=other.info().name, role="field", verified=True)
    records = Records(sender)
    for i in range(20):
        records.create(F.OBJECT, {"inventory_number": f"N-{i}", "notes": secrets.token_hex(5000)})
    bundle = export_bundles(
        sender, tmp_path / "b.fkb", ExportOptions(recipients=[Recipient.from_card(cards[coord])])
    ).bundles[0]
    sender.close()
    coord.close()
    fill(small, leave_bytes=40 * 1024)
    before = tree_snapshot(small / "c")
    result = run_cli(
        ["import", str(bundle.path), "--vault", str(small / "c")],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 1
    _assert_one_sentence(result.err, ONE_SENTENCE_FULL)
    assert tree_snapshot(small / "c") == before


def test_opening_a_vault_on_a_read_only_medium_says_so(small: Path) -> None:
    target = small / "v"
    Vault.create(target, PASSPHRASE, name="A", kdf=FAST_KDF)[0].close()
    before = tree_snapshot(target)
    make_read_only(small)
    result = run_cli(
        ["object", "list", "--vault", str(target)], {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    )
    assert result.code == 1
    _assert_one_sentence(result.err, "read-only drive")
    # The desktop app's unlock screen opens through the same core call.
    pytest.importorskip("PySide6")
    from fieldkit.gui.unlock import _open

    with pytest.raises(ReadOnlyMediumError, match="read-only drive"):
        _open(target, PASSPHRASE, None)
    assert tree_snapshot(target) == before


def test_a_busy_database_is_a_user_error_and_a_bug_stays_a_bug(vault: Vault) -> None:
    from fieldkit.vault.database import (
        DatabaseBusyError,
        OperationalError,
        classify_database_error,
    )

    busy = OperationalError("database is locked")
    assert isinstance(classify_database_error(busy, vault.path), DatabaseBusyError)
    with pytest.raises(OperationalError):
        with vault.transaction() as db:
            db.execute("SELECT * FROM no_such_table")
    # The failed transaction was rolled back: the connection is usable.
    with vault.transaction() as db:
        db.execute("SELECT 1")


# --- items 10 and 13: a backup never leaves a partial folder, nor is blocked by one ------------


def _hidden_partials(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.endswith(".fieldkit-partial-backup"))


def test_backup_onto_a_full_stick_says_so_and_leaves_no_folder(
    vault: Vault, vault_path: Path, small: Path
) -> None:
    from fieldkit.records import fields as F
    from fieldkit.records.service import Records

    records = Records(vault)
    for i in range(40):
        records.create(F.OBJECT, {"inventory_number": f"B-{i}", "notes": secrets.token_hex(9000)})
    vault.close()
    fill(small, leave_bytes=200 * 1024)  # far less than the database copy (about 3.6 MB)
    dest = small / "backup-2026-11-25"
    result = run_cli(
        ["backup", "-o", str(dest), "--vault", str(vault_path)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 1
    _assert_one_sentence(result.err, ONE_SENTENCE_FULL)
    assert not dest.exists()
    assert sorted(p.name for p in small.iterdir()) == ["filler.bin"]


_STOP_IN_BACKUP = """
import sys, time
from pathlib import Path
import importlib
b = importlib.import_module("fieldkit.vault.backup")

real = b.atomic_write
def stop(target, data, *a, **kw):
    if target.name == "backup.json":
        Path(sys.argv[1]).write_text("half-way")
        time.sleep(600)
    return real(target, data, *a, **kw)

b.atomic_write = stop
from fieldkit.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_killed_backup_does_not_block_the_next_one(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    sticks = tmp_path / "stick"
    sticks.mkdir()
    mine = sticks / ".backup.user-folder.fieldkit-partial-backup"  # a user's look-alike: kept
    mine.mkdir()
    dest = sticks / "backup"
    ready = tmp_path / "ready"
    backup_args = ["backup", "-o", str(dest), "--vault", str(vault_path)]
    env = dict(os.environ, FIELDKIT_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen(
        [sys.executable, "-c", _STOP_IN_BACKUP, str(ready), *backup_args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(600):
            if ready.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(_hidden_partials(sticks)) == 2 or dest.exists()
    result = run_cli(
        ["backup", "-o", str(dest), "--vault", str(vault_path)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 0, result.err
    assert (dest / "backup.json").is_file() and not (dest / ".fieldkit-partial-backup").exists()
    assert _hidden_partials(sticks) == [mine.name]
    restored = tmp_path / "restored"
    back = run_cli(
        ["--vault", str(restored), "restore", str(dest)], {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    )
    assert back.code == 0, back.err


# --- item 14: backup while the app holds the vault; deleting vault.lock lets nobody in --------

_HOLD_OPEN = """
import sys, time
from pathlib import Path
from fieldkit.vault import Vault
from fieldkit.records import fields as F
from fieldkit.records.service import Records

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
Records(vault).create(F.OBJECT, {"inventory_number": "WHILE-OPEN"})
Path(sys.argv[3]).write_text("holding")
time.sleep(600)
"""


@pytest.fixture
def held_elsewhere(vault: Vault, vault_path: Path, tmp_path: Path) -> Iterator[Path]:
    """The vault open in another real process (as the desktop app would hold it)."""
    vault.close()
    ready = tmp_path / "holding"
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD_OPEN, str(vault_path), PASSPHRASE, str(ready)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(600):
            if ready.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists(), proc.stderr.read().decode() if proc.stderr else ""
        yield vault_path
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def test_backup_works_while_another_process_has_the_vault_open(
    held_elsewhere: Path, tmp_path: Path
) -> None:
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    refused = run_cli(["object", "list", "--vault", str(held_elsewhere)], env)
    assert refused.code == 1 and "open elsewhere" in refused.err
    dest = tmp_path / "backup"
    result = run_cli(["backup", "-o", str(dest), "--vault", str(held_elsewhere), "--json"], env)
    assert result.code == 0, result.err
    assert result.json["vault_in_use"] is True  # type: ignore[index]
    restored = tmp_path / "restored"
    assert run_cli(["--vault", str(restored), "restore", str(dest)], env).code == 0
    listed = run_cli(["object", "list", "--vault", str(restored), "--json"], env)
    assert [o["inventory_number"] for o in listed.json] == ["WHILE-OPEN"]  # type: ignore[union-attr]


def test_deleting_vault_lock_does_not_let_a_second_writer_in(held_elsewhere: Path) -> None:
    from fieldkit.errors import VaultInUseError

    (held_elsewhere / "vault.lock").unlink()
    with pytest.raises(VaultInUseError):
        Vault.open(held_elsewhere, PASSPHRASE)
    result = run_cli(
        ["object", "list", "--vault", str(held_elsewhere)], {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    )
    assert result.code == 1 and "open elsewhere" in result.err


def test_a_key_change_during_a_backup_of_a_vault_in_use_discards_it(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.vault.backup import VaultChangedError, backup_in_use

    backup_module = sys.modules["fieldkit.vault.backup"]

    real_fill = backup_module._fill

    def fill_then_passwd(*args: Any) -> Any:
        done = real_fill(*args)
        vault.change_passphrase("a brand new passphrase", FAST_KDF)  # the app, meanwhile
        return done

    monkeypatch.setattr(backup_module, "_fill", fill_then_passwd)
    dest = tmp_path / "backup"
    with pytest.raises(VaultChangedError):
        backup_in_use(vault_path, dest, PASSPHRASE)
    assert not dest.exists() and _hidden_partials(tmp_path) == []
    # A rekey caught half-way is refused before anything is written.
    monkeypatch.setattr(backup_module, "_fill", real_fill)
    (vault_path / "media.rekey").mkdir()
    from fieldkit.errors import VaultInUseError

    with pytest.raises(VaultInUseError, match="rekey"):
        backup_in_use(vault_path, dest, "a brand new passphrase")
    (vault_path / "media.rekey").rmdir()
    assert backup_in_use(vault_path, dest, "a brand new passphrase").files == 2


def test_passwd_reads_the_first_line_of_the_recovery_key_and_new_passphrase_files(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    v, key = make_vault()
    v.close()
    (tmp_path / "rk.txt").write_bytes(
        b"\xef\xbb\xbf" + key.encode() + b"\r\nprinted 2026-11-25\r\n"
    )
    (tmp_path / "new.txt").write_bytes(b"the new passphrase\r\n(remember: the blue notebook)\n")
    args = ["--recovery-key-file", str(tmp_path / "rk.txt")]
    args += ["--new-passphrase-file", str(tmp_path / "new.txt")]
    result = run_cli(["--vault", str(vault_path), "passwd", *args])
    assert result.code == 0, result.err
    Vault.open(vault_path, "the new passphrase").close()
