"""Vault settings work for worker threads: key changes (after re-checking the passphrase), backup.

Changing keys while the vault is unlocked asks for the current passphrase again: someone at an
unattended, unlocked laptop must not be able to lock its owner out. The check unwraps the data
key from the header (Argon2id, about half a second), so it runs here, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.gui.session import Session
from fieldkit.tasks import CancelCheck, Progress, ProgressSink
from fieldkit.vault import BackupResult, Vault

Counts = Callable[[int, int], None]


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
    progress: Counts | None = None,
    deliver: Callable[[str], None] | None = None,
    cancel: CancelCheck | None = None,
) -> str:
    """New data, storage and recovery keys; returns the new recovery key, which ``deliver``
    gets before the new keys are committed. ``cancel`` stops it at the core's safe points
    (the old keys stay)."""
    check_passphrase(vault, current)
    return vault.rekey(new, kdf, counts_sink(progress), deliver_recovery_key=deliver, cancel=cancel)


def backup(session: Session, dest: Path, progress: Counts, cancel: CancelCheck) -> BackupResult:
    """Back up on the worker's own connection. The core polls ``cancel`` and, when it is set,
    removes its incomplete copy: the folder chosen is left as it was."""
    from fieldkit.vault.backup import backup as core_backup

    with session.worker_vault() as vault:
        return core_backup(vault, Path(dest), counts_sink(progress), cancel)


def counts_sink(progress: Counts | None) -> ProgressSink | None:
    """The core's :class:`~fieldkit.tasks.Progress` drawn by a worker's ``(done, total)`` bar."""
    if progress is None:
        return None

    def sink(step: Progress) -> None:
        progress(step.done, step.total)

    return sink
