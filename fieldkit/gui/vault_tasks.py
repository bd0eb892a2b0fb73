"""Vault settings work for worker threads: key changes (after re-checking the passphrase), backup.

Changing keys while the vault is unlocked asks for the current passphrase again: someone at an
unattended, unlocked laptop must not be able to lock its owner out. The check unwraps the data
key from the header (Argon2id, about half a second), so it runs here, off the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.errors import CancelledError
from fieldkit.gui.session import Session
from fieldkit.vault import BackupResult, Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def check_passphrase(vault: Vault, passphrase: str) -> None:
    """Raises WrongPassphraseError unless ``passphrase`` opens this vault."""
    vault.header.unwrap_with_passphrase(passphrase)


def change_passphrase(
    vault: Vault, current: str, new: str, kdf: Argon2Params | None = None
) -> None:
    check_passphrase(vault, current)
    vault.change_passphrase(new, kdf)


def new_recovery_key(
    vault: Vault, current: str, deliver: Callable[[str], None] | None = None
) -> str:
    """A new recovery key; ``deliver`` gets it before the old one stops working."""
    check_passphrase(vault, current)
    return vault.new_recovery_key(deliver_recovery_key=deliver)


def rekey(
    vault: Vault,
    current: str,
    new: str,
    kdf: Argon2Params | None = None,
    progress: Progress | None = None,
    deliver: Callable[[str], None] | None = None,
) -> str:
    """New data, storage and recovery keys; returns the new recovery key, which ``deliver``
    gets before the new keys are committed."""
    check_passphrase(vault, current)
    return vault.rekey(new, kdf, progress, deliver_recovery_key=deliver)


def backup(session: Session, dest: Path, progress: Progress, cancel: Cancel) -> BackupResult:
    """Back up on the worker's own connection; Cancel removes the incomplete backup."""
    from fieldkit.vault.backup import backup as core_backup

    dest = Path(dest)
    existed = dest.exists()

    def tick(done: int, total: int) -> None:
        # The core's backup takes no cancel: its progress callback is where it can stop.
        if cancel():
            raise CancelledError("Backup cancelled; the incomplete copy was removed.")
        progress(done, total)

    try:
        with session.worker_vault() as vault:
            if cancel():
                raise CancelledError("Backup cancelled.")
            return core_backup(vault, dest, tick)
    except CancelledError:
        _empty_folder(dest, remove=not existed)
        raise


def _empty_folder(folder: Path, *, remove: bool) -> None:
    """Remove what an interrupted backup wrote (the folder was absent or empty before)."""
    if not folder.is_dir():
        return
    if remove:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry)
