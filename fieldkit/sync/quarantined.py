"""Quarantine: files found on a target that were refused, kept with the reason.

The file on the target is never moved or removed (it may not be ours). A copy goes into the
vault's ``quarantine/`` folder, encrypted (age) to the vault's transport key: a plain bundle may
hold readable text, and nothing under the vault folder is readable at rest. The user can
decrypt a copy for an investigator with the key from ``fieldkit identity export-age-key``.

Anyone who can write to a shared folder can fill it with junk, so the quarantine is capped: at
most MAX_ENTRIES entries and MAX_COPY_TOTAL bytes of copies; beyond that the oldest entries (and
their copies) are dropped, counted per target and shown by ``sync status``. Dropping an entry
never makes a file acceptable: the inbox remembers its verdict. A link, pipe or device found
under a FieldKit name is recorded without a copy (it was never read).
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fieldkit import clock, foreign_files, fsutil
from fieldkit.crypto import age
from fieldkit.errors import FieldKitError, StorageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_error, from_stored, later, message, to_stored
from fieldkit.identity import own
from fieldkit.identity.card import IdentityCard
from fieldkit.identity.fingerprint import display_form
from fieldkit.vault.vault import Vault

log = logging.getLogger(__name__)

FOLDER = "quarantine"
MAX_COPY_BYTES = 5 << 30  # above any bundle FieldKit writes (3.9 GiB by default)
# Enough for every refusal a working team meets between two looks at the quarantine, small
# enough that a folder filled with junk costs an old laptop little disk and no memory.
MAX_ENTRIES = 200
MAX_COPY_TOTAL = 4 << 30
_DROPPED_KEY = "sync_quarantine_dropped"  # meta: {"<target>": count}


@dataclass(frozen=True)
class QuarantineEntry:
    """One refused file: where it was, why it was refused, and where its copy is."""

    id: int
    target: str
    file: str  # path on the target, relative to its folder
    kind: str  # bundle | receipt
    # Why it was refused: kept in the vault as a template (``i18n.to_stored``) and read back
    # as an ``i18n.Text`` (an older vault's English as it is); ``str()`` of it is the English.
    reason: str
    untrusted: bool  # refused only because the signer is not trusted (yet)
    sender: str | None
    bundle_id: str | None
    file_sha256: str  # "" when the file was never read (a link, pipe or device)
    size: int
    copy: Path | None  # encrypted copy in the vault, None when none could be kept
    found_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "target": self.target,
            "file": self.file,
            "kind": self.kind,
            "reason": str(self.reason),
            "untrusted": self.untrusted,
            "sender": self.sender,
            "bundle_id": self.bundle_id,
            "sha256": self.file_sha256 or None,
            "size": self.size,
            "copy": None if self.copy is None else str(self.copy),
            "found_at": self.found_at,
        }


_COLUMNS = (
    "id, target, rel_path, kind, reason, untrusted, sender, bundle_id, file_sha256, size, "
    "copy_name, found_at"
)


def folder_of(vault: Vault) -> Path:
    return vault.path / FOLDER


def _entry(vault: Vault, row: tuple[Any, ...]) -> QuarantineEntry:
    return QuarantineEntry(
        id=int(row[0]),
        target=str(row[1]),
        file=str(row[2]),
        kind=str(row[3]),
        reason=from_stored(str(row[4])),
        untrusted=bool(row[5]),
        sender=None if row[6] is None else str(row[6]),
        bundle_id=None if row[7] is None else str(row[7]),
        file_sha256=str(row[8]),
        size=int(row[9]),
        copy=None if row[10] is None else folder_of(vault) / str(row[10]),
        found_at=str(row[11]),
    )


def quarantine(vault: Vault, target: str | None = None) -> list[QuarantineEntry]:
    """Every quarantined file (of one target, if given), newest first."""
    query = f"SELECT {_COLUMNS} FROM sync_quarantine"  # noqa: S608
    args: tuple[str, ...] = ()
    if target is not None:
        query += " WHERE target = ?"
        args = (target,)
    rows = vault.db.execute(query + " ORDER BY id DESC", args)
    return [_entry(vault, tuple(r)) for r in rows]


def find(vault: Vault, target: str, rel_path: str, sha256: str) -> QuarantineEntry | None:
    row = vault.db.execute(
        f"SELECT {_COLUMNS} FROM sync_quarantine "  # noqa: S608
        "WHERE target = ? AND rel_path = ? AND file_sha256 = ?",
        (target, rel_path, sha256),
    ).fetchone()
    return None if row is None else _entry(vault, tuple(row))


def _keep_copy(vault: Vault, source: Path, suffix: str, limit: int) -> str:
    """An encrypted copy of ``source`` in the quarantine folder; returns its name.

    At most ``limit`` bytes (its size when it was found): a file that keeps growing on the
    target must not fill the vault's disk. Raises StorageError (no copy is then kept)."""
    fsutil.make_private_dir(folder_of(vault))
    name = f"{secrets.token_hex(16)}{suffix}.age"
    recipient = own.load(vault.db).transport_key.recipient()
    try:
        # The source is on a target: never a link, pipe or device (see foreign_files).
        src = foreign_files.open_regular(source)
    except foreign_files.ForeignFileError as exc:
        raise StorageError(from_error(exc)) from None
    except OSError as exc:
        raise fsutil.storage_error(exc, str(source)) from exc

    def within_limit(copied: int) -> None:
        if copied > limit:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "errors", "{file} grew while it was being copied; no copy was kept."
                ),
                file=source.name,
            )

    with src, fsutil.atomic_writer(folder_of(vault) / name) as dst:
        age.encrypt_file(src, dst, [recipient], chunk_callback=within_limit)
    return name


def put(
    vault: Vault,
    *,
    target: str,
    source: Path | None,
    rel_path: str,
    kind: str,
    reason: str,
    sha256: str,
    size: int,
    untrusted: bool = False,
    sender: str | None = None,
    bundle_id: str | None = None,
) -> QuarantineEntry:
    """Quarantine the file ``source`` (found on ``target`` at ``rel_path``) for ``reason``.

    The same file (same place, same content) is kept once. When no copy can be kept (the vault's
    disk is full, the file vanished or is too large, ``source`` is None: it was not a file) the
    entry is still recorded, without one. Then the oldest entries beyond the caps are dropped.
    """
    existing = find(vault, target, rel_path, sha256)
    if existing is not None:
        return existing
    copy_name: str | None = None
    if source is not None and size <= min(MAX_COPY_BYTES, MAX_COPY_TOTAL):
        try:
            copy_name = _keep_copy(vault, source, Path(rel_path).suffix, size)
        except StorageError as exc:
            log.warning("no quarantine copy kept: %s", type(exc).__name__)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO sync_quarantine (target, rel_path, kind, file_sha256, size, reason, "
            "untrusted, sender, bundle_id, copy_name, found_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                target,
                rel_path,
                kind,
                sha256,
                size,
                to_stored(reason),
                int(untrusted),
                sender,
                bundle_id,
                copy_name,
                clock.now(),
            ),
        )
    entry = find(vault, target, rel_path, sha256)
    if entry is None:  # pragma: no cover - just inserted
        raise RuntimeError("quarantine entry vanished")
    log.info("quarantined a %s from target (entry %d)", kind, entry.id)
    enforce_limits(vault)
    return entry


def enforce_limits(vault: Vault) -> int:
    """Drop the oldest entries (and copies) beyond MAX_ENTRIES / MAX_COPY_TOTAL; how many.

    The rows go in one transaction with the per-target count of drops; the copies are removed
    after it (a crash in between leaves copies without an entry, which ``tidy`` removes).
    """
    rows = vault.db.execute(
        "SELECT id, target, size, copy_name FROM sync_quarantine ORDER BY id DESC"
    ).fetchall()
    kept_bytes = 0
    drop: list[tuple[int, str, str | None]] = []
    for index, (entry_id, target, size, copy_name) in enumerate(rows):
        copy_bytes = int(size) if copy_name else 0
        if index >= MAX_ENTRIES or kept_bytes + copy_bytes > MAX_COPY_TOTAL:
            drop.append((int(entry_id), str(target), None if copy_name is None else str(copy_name)))
            continue
        kept_bytes += copy_bytes
    if not drop:
        return 0
    counts = dropped(vault)
    for _, target, _ in drop:
        counts[target] = counts.get(target, 0) + 1
    with vault.transaction() as db:
        db.executemany("DELETE FROM sync_quarantine WHERE id = ?", [(d[0],) for d in drop])
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
            "value = excluded.value",
            (_DROPPED_KEY, json.dumps(counts, sort_keys=True)),
        )
    for _, _, copy_name in drop:
        if copy_name:
            (folder_of(vault) / copy_name).unlink(missing_ok=True)
    log.warning("quarantine full: dropped the %d oldest entries", len(drop))
    return len(drop)


def dropped(vault: Vault) -> dict[str, int]:
    """How many entries were dropped to keep the quarantine within its caps, per target."""
    row = vault.db.execute("SELECT value FROM meta WHERE key = ?", (_DROPPED_KEY,)).fetchone()
    try:
        data = json.loads(str(row[0])) if row is not None else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int)}


@dataclass(frozen=True)
class QuarantineFigures:
    """The quarantine of one target as ``sync status`` shows it, with the vault's caps."""

    entries: int
    copy_bytes: int
    dropped: int  # oldest entries dropped to stay within the caps
    max_entries: int
    max_copy_bytes: int

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    def text(self) -> str:
        """One line for people (``sync status``, the app): a :class:`~fieldkit.i18n.Text`,
        English as a string and said in the reader's language where it is shown."""
        kept = later.translate(
            "errors",
            "%n refused file(s) kept, {size} of copies (the quarantine keeps at most {most} "
            "files, {limit}).",
            "",
            self.entries,
            size=_mb(self.copy_bytes),
            most=self.max_entries,
            limit=_mb(self.max_copy_bytes),
        )
        if not self.dropped:
            return kept
        dropped = later.translate(
            "errors", "%n older file(s) dropped to stay within that.", "", self.dropped
        )
        return message(QT_TRANSLATE_NOOP("errors", "{kept} {dropped}"), kept=kept, dropped=dropped)


def _mb(n: int) -> str:
    if n < 1 << 20:
        return f"{n / 1000:.0f} kB"
    return f"{n / (1 << 20):.0f} MB" if n < 1 << 30 else f"{n / (1 << 30):.1f} GB"


def figures(vault: Vault, target: str) -> QuarantineFigures:
    row = vault.db.execute(
        "SELECT count(*), coalesce(sum(CASE WHEN copy_name IS NULL THEN 0 ELSE size END), 0) "
        "FROM sync_quarantine WHERE target = ?",
        (target,),
    ).fetchone()
    return QuarantineFigures(
        int(row[0]), int(row[1]), dropped(vault).get(target, 0), MAX_ENTRIES, MAX_COPY_TOTAL
    )


def forget_released(vault: Vault, entry_id: int) -> None:
    """Drop an entry whose file has since been accepted (its signer became trusted)."""
    row = vault.db.execute(
        "SELECT copy_name FROM sync_quarantine WHERE id = ?", (entry_id,)
    ).fetchone()
    with vault.transaction() as db:
        db.execute("DELETE FROM sync_quarantine WHERE id = ?", (entry_id,))
    if row is not None and row[0]:
        (folder_of(vault) / str(row[0])).unlink(missing_ok=True)


def tidy(vault: Vault) -> int:
    """Remove copies a crash left without an entry (and temporary files); returns how many."""
    folder = folder_of(vault)
    if not folder.is_dir():
        return 0
    known = {r[0] for r in vault.db.execute("SELECT copy_name FROM sync_quarantine")}
    removed = 0
    for entry in folder.iterdir():
        if entry.is_file() and entry.name not in known:
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


def sender_card(vault: Vault, entry: QuarantineEntry, folder: Path) -> IdentityCard | None:
    """The card the sender put inside the refused bundle, read from the file on the target
    (``folder`` is the target's folder), so that the app can show it and offer to trust it.

    Only the sender's own claim: never trusted by itself (the user compares the fingerprint
    first). None unless the entry was refused only for an untrusted signer and the card found
    is the signer's; a file gone, unreadable or not a bundle gives None (never an error).
    """
    if not entry.untrusted or entry.kind != "bundle" or entry.sender is None:
        return None
    from fieldkit.bundles import layout as bundle_layout
    from fieldkit.bundles import verify
    from fieldkit.bundles.safe_zip import SafeZip

    try:
        # SafeZip opens without blocking and refuses anything but a regular file: a pipe
        # swapped in on a shared folder never hangs the poll.
        with SafeZip(folder / entry.file) as zf:
            bag = zf.top_folder
            with zf.open(f"{bag}/{bundle_layout.BUNDLE_JSON}") as fh:
                header = bundle_layout.BundleHeader.from_bytes(fh.read(1 << 16))
            if header.encrypted:
                card = verify._encrypted_sender_card(zf, bag, vault)
            else:
                card = verify._plain_sender_card(zf, bag, verify.VerifyReport(entry.file))
    except (OSError, KeyError, ValueError, FieldKitError):
        return None
    return card if card is not None and card.fingerprint == entry.sender else None


def untrusted_text(fingerprint: str, name: str | None = None) -> str:
    """Who signed a bundle refused for an untrusted signer, and how to let it in — in the app's
    words (the import's own sentence names a command-line option): a
    :class:`~fieldkit.i18n.Text` with the 30-digit fingerprint people read aloud."""
    digits = display_form(fingerprint)
    if name:
        return message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Sent by “{name}” (fingerprint {fingerprint}), whose card this vault does not "
                "trust yet. Compare these digits with the sender in person or by phone; if they "
                "match, trust the card, then sync again: the bundle is imported then.",
            ),
            name=name,
            fingerprint=digits,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "errors",
            "Sent by an unknown key (fingerprint {fingerprint}). Ask the sender for their card "
            "and compare these digits with them; if they match, trust the card, then sync "
            "again: the bundle is imported then.",
        ),
        fingerprint=digits,
    )
