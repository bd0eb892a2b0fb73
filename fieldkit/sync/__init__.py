"""Sync (store and forward, SPEC §8): folder and S3 targets, the outbox, receipts, quarantine.

The API the command line and the desktop app share:

- targets: :func:`add_target`, :func:`list_targets`, :func:`remove_target`, :func:`read_cards`
- :func:`sync_target` ``(vault, name, progress, cancel) -> SyncReport`` — long work, progress
  as :class:`SyncProgress`; :func:`sync_all` for every reachable target
- :func:`target_status` ``(vault) -> list[TargetStatus]`` — cheap, for polling ("a drive was
  plugged in": ``reachable`` turns true)
- :func:`quarantine` ``(vault) -> list[QuarantineEntry]`` — refused files with their reasons

Modules: ``layout`` (what a target holds), ``targets``, ``storage`` (what the engine asks of a
target: a folder, or S3 storage), ``lock``, ``outbox``, ``delivery`` (writing to a target),
``inbox`` (picking up), ``receipts`` (the receipt format), ``quarantined`` (the quarantine),
``engine`` (one sync, and status), ``s3client`` (a small resumable S3 client, reusable outside
sync), ``s3target`` (S3 targets: settings and credentials in the vault, the upload journal).
"""

from __future__ import annotations

from .engine import SyncProgress, SyncReport, TargetStatus, sync_all, sync_target, target_status
from .quarantined import QuarantineEntry, quarantine
from .targets import (
    SyncTarget,
    TargetBusyError,
    TargetUnreachableError,
    UnknownTargetError,
    add_target,
    get_target,
    list_targets,
    read_cards,
    remove_target,
)

__all__ = [
    "QuarantineEntry",
    "SyncProgress",
    "SyncReport",
    "SyncTarget",
    "TargetBusyError",
    "TargetStatus",
    "TargetUnreachableError",
    "UnknownTargetError",
    "add_target",
    "get_target",
    "list_targets",
    "quarantine",
    "read_cards",
    "remove_target",
    "sync_all",
    "sync_target",
    "target_status",
]
