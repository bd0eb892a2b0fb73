"""Vault settings work for worker threads: key changes (after re-checking the passphrase), backup.

Changing keys while the vault is unlocked asks for the current passphrase again: someone at an
unattended, unlocked laptop must not be able to lock its owner out. The check unwraps the data
key from the header (Argon2id, about half a second), so it runs here, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fieldkit.gui.session import Session
from fieldkit.tasks import CancelCheck, Progress, ProgressSink
from fieldkit.vault import BackupResult, Vault

Counts = Callable[[int, int], None]
T = TypeVar("T")


def check_passphrase(vault: Vault, passphrase: str) -> None:
    """Raises WrongPassphraseError unless ``passphrase`` opens this vault."""
    vault.header.unwrap_with_passphrase(passphrase)


def after_check(
    vault: Vault, current: str, change: Callable[..., T], *args: Any, **kwargs: Any
) -> T:
    """``change(*args, **kwargs)`` (a key change of ``vault``: new passphrase, new recovery key,
    rekey) once ``current`` is found to open the vault; WrongPassphraseError if it does not."""
    check_passphrase(vault, current)
    return change(*args, **kwargs)


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
