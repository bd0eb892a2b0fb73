"""Sync targets: named folders (USB drive, network share, Syncthing/Nextcloud/Dropbox folder).

A target is remembered in the vault with the identity cards of the people whose bundles go
there (none: every verified coordinator, looked up at each sync). A folder only counts as
reachable when it exists and holds FieldKit's marker file, so a USB drive that is not mounted
never turns into a folder of the same name on the laptop's own disk.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fieldkit import fsutil
from fieldkit.bundles.export import Recipient
from fieldkit.clock import now as _now
from fieldkit.errors import StorageError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_stored, message, to_stored
from fieldkit.identity.card import IdentityCard, parse_card, read_card_file
from fieldkit.vault.vault import Vault

from . import layout

RESERVED_NAMES = ("status", "target")
MAX_NAME = 64


class TargetUnreachableError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Plug in the drive or mount the folder, then sync again; bundles wait in the outbox.",
    ),
):
    """The target folder is missing (drive unplugged, share not mounted) or not a target."""


class TargetBusyError(
    StorageError,
    hint=QT_TRANSLATE_NOOP("errors", "Wait for the other sync to finish, then try again."),
):
    """Another sync holds the target's lock."""


class UnknownTargetError(
    UsageError,
    hint=QT_TRANSLATE_NOOP("errors", "See the targets with `fieldkit sync target list`."),
):
    """No sync target has that name."""


@dataclass(frozen=True)
class SyncTarget:
    name: str
    path: Path
    cards: tuple[IdentityCard, ...]  # empty: every verified coordinator
    created_at: str
    last_push: str | None = None
    last_pull: str | None = None
    # The last problem: a message read back from the vault (see ``record_outcome``), shown in
    # the reader's language with ``i18n.localise``; ``str()`` of it is the English.
    last_error: str | None = None
    url: str | None = None  # s3://BUCKET/PREFIX for an S3-compatible target, None for a folder

    @property
    def is_s3(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the target is, as the user typed it: a folder, or ``s3://BUCKET/PREFIX``."""
        return self.url if self.url is not None else str(self.path)

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": "s3" if self.is_s3 else "folder",
            "path": self.location,
            "recipients": [{"fingerprint": c.fingerprint, "name": c.name} for c in self.cards]
            or "trusted coordinators",
            "created_at": self.created_at,
            "last_push": self.last_push,
            "last_pull": self.last_pull,
            "last_error": None if self.last_error is None else str(self.last_error),
        }


def check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "A sync target needs a name."))
    if len(name) > MAX_NAME:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "A sync target's name is at most {limit} characters."),
            limit=MAX_NAME,
        )
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "A sync target's name cannot contain control characters.")
        )
    if name in RESERVED_NAMES:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "'{name}' is a word of the sync command; choose another name."
            ),
            name=name,
        )
    return name


def _from_row(row: tuple[object, ...]) -> SyncTarget:
    # Cards this vault already holds: judged by the rules they were stored under (stored=True),
    # so a newer, stricter name rule never makes a saved target unusable.
    cards = tuple(parse_card(json.dumps(c).encode(), stored=True) for c in json.loads(str(row[2])))
    where = str(row[1])
    url = where if where.startswith("s3://") else None
    return SyncTarget(
        name=str(row[0]),
        path=Path(where) if url is None else Path(),
        url=url,
        cards=cards,
        created_at=str(row[3]),
        last_push=None if row[4] is None else str(row[4]),
        last_pull=None if row[5] is None else str(row[5]),
        last_error=None if row[6] is None else from_stored(str(row[6])),
    )


_COLUMNS = "name, path, recipients, created_at, last_push, last_pull, last_error"


def list_targets(vault: Vault) -> list[SyncTarget]:
    rows = vault.db.execute(f"SELECT {_COLUMNS} FROM sync_targets ORDER BY name")  # noqa: S608
    return [_from_row(tuple(r)) for r in rows]


def get_target(vault: Vault, name: str) -> SyncTarget:
    """Raises UnknownTargetError (exit 2)."""
    row = vault.db.execute(
        f"SELECT {_COLUMNS} FROM sync_targets WHERE name = ?",  # noqa: S608
        (name,),
    ).fetchone()
    if row is None:
        raise UnknownTargetError(
            QT_TRANSLATE_NOOP("errors", "There is no sync target named '{name}'."), name=name
        )
    return _from_row(tuple(row))


def read_cards(paths: list[Path]) -> list[IdentityCard]:
    """Identity cards from ``--to`` files. Raises UsageError / CardError naming the file.

    A path the user typed may be a link, but a FIFO or device given as a card is refused at
    once (never a hang), and a card is never read beyond MAX_CARD_SIZE.
    """
    cards: dict[str, IdentityCard] = {}
    for path in paths:
        card = read_card_file(Path(path))
        cards[card.fingerprint] = card
    return sorted(cards.values(), key=lambda c: c.fingerprint)


def check_recipients(vault: Vault, cards: list[IdentityCard]) -> None:
    """Refuse this vault's own card among a target's recipients (folder and S3 targets alike)."""
    from fieldkit.identity import own

    me = own.load(vault.db).fingerprint
    if any(c.fingerprint == me for c in cards):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "This vault's own card is not a recipient: it always reads its bundles."
            )
        )


def add_target(vault: Vault, name: str, path: Path, cards: list[IdentityCard]) -> SyncTarget:
    """Remember the folder ``path`` as target ``name`` (replacing a target of that name).

    The folder must exist (FieldKit never creates the mount point of a missing drive); its
    marker file is written if absent. Raises UsageError, TargetUnreachableError, StorageError.
    """
    name = check_name(name)
    path = Path(path).expanduser().absolute()
    if not path.is_dir():
        raise TargetUnreachableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The folder {path} does not exist: plug in the drive or create the folder first.",
            ),
            path=path,
        )
    if path == vault.path or vault.path in path.parents:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "A sync target cannot be inside the vault folder.")
        )
    check_recipients(vault, cards)
    marker = path / layout.MARKER
    if not marker.exists():
        fsutil.atomic_write(marker, layout.MARKER_BYTES, mode=0o644)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO sync_targets (name, path, recipients, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET path = excluded.path, "
            "recipients = excluded.recipients, last_error = NULL",
            (name, str(path), json.dumps([c.raw for c in cards], sort_keys=True), _now()),
        )
    return get_target(vault, name)


def set_recipients(vault: Vault, name: str, cards: list[IdentityCard]) -> SyncTarget:
    """Change who target ``name``'s bundles go to (none: every verified coordinator).

    Nothing else about the target changes; the next sync exports for the new recipients (the
    outbox keeps what was made for the old ones). Raises UnknownTargetError, UsageError (this
    vault's own card among them).
    """
    target = get_target(vault, name)
    check_recipients(vault, cards)
    chosen = json.dumps([c.raw for c in sorted(cards, key=lambda c: c.fingerprint)], sort_keys=True)
    with vault.transaction() as db:
        db.execute("UPDATE sync_targets SET recipients = ? WHERE name = ?", (chosen, target.name))
    return get_target(vault, target.name)


def no_recipients_note(name: str) -> str:
    """Why a sync sent nothing to target ``name`` and what to do, in the app's words (the
    engine's warning names command-line options): a :class:`~fieldkit.i18n.Text`."""
    return message(
        QT_TRANSLATE_NOOP(
            "errors",
            "Nothing is sent to “{target}”: no recipient is chosen for this folder, and no "
            "coordinator's card is verified here. Choose who receives your bundles (the "
            "folder's recipients), or compare a coordinator's fingerprint with its holder and "
            "mark their card verified.",
        ),
        target=name,
    )


def remove_target(vault: Vault, name: str) -> int:
    """Forget target ``name``; returns how many bundles FieldKit left on it.

    Nothing on the target is touched, and the outbox keeps every unacknowledged bundle (a
    target with the same recipients receives them). Of an S3 target, the multipart uploads
    its journal knows are aborted on the server (best effort: offline is fine) and its staged
    downloads removed.
    """
    target = get_target(vault, name)
    if target.is_s3:
        from .s3target import abort_journalled_uploads

        abort_journalled_uploads(vault, target)
    left = vault.db.execute(
        "SELECT count(*) FROM sync_deliveries WHERE target = ? AND removed_at IS NULL",
        (target.name,),
    ).fetchone()[0]
    with vault.transaction() as db:
        for table in ("sync_deliveries", "sync_inbox", "sync_receipts_sent", "sync_receipts_read"):
            db.execute(f"DELETE FROM {table} WHERE target = ?", (target.name,))  # noqa: S608
        # An S3 target's credentials and upload journal go with it.
        db.execute("DELETE FROM sync_s3_targets WHERE name = ?", (target.name,))
        db.execute("DELETE FROM sync_s3_uploads WHERE target = ?", (target.name,))
        db.execute("DELETE FROM sync_s3_parts WHERE target = ?", (target.name,))
        db.execute("DELETE FROM sync_targets WHERE name = ?", (target.name,))
    if target.is_s3:
        from .s3target import drop_staging

        drop_staging(vault, target.name)
    return int(left)


def recipients_of(vault: Vault, target: SyncTarget) -> list[Recipient]:
    """Who the target's bundles are encrypted to, trust-store names preferred."""
    from fieldkit.identity import trust

    if target.cards:
        result = []
        for card in target.cards:
            known = trust.get_exact(vault.db, card.fingerprint)
            result.append(Recipient.from_card(card, known.name if known else None))
        return sorted(result, key=lambda r: r.key)
    return sorted(
        (Recipient.from_card(k.card, k.name) for k in trust.default_recipients(vault.db)),
        key=lambda r: r.key,
    )


def stream_of(vault: Vault, recipients: list[Recipient]) -> str | None:
    """The outgoing stream these recipients share (None before the first export to them)."""
    key = json.dumps(sorted(r.key for r in recipients))
    row = vault.db.execute(
        "SELECT stream_id FROM streams WHERE recipients = ? AND plain = 0", (key,)
    ).fetchone()
    return None if row is None else str(row[0])


def reachability(target: SyncTarget) -> str | None:
    """None when the folder target can be used now, else one sentence saying why not (a
    :class:`~fieldkit.i18n.Text`: English as a string, translated where it is shown).

    For an S3 target see :func:`fieldkit.sync.storage.open_storage` (a network probe)."""
    path = target.path
    try:
        if not path.is_dir():
            template = QT_TRANSLATE_NOOP(
                "errors",
                "The sync target '{name}' ({path}) is not reachable: the drive is not plugged in "
                "or the folder is not mounted.",
            )
        elif not (path / layout.MARKER).is_file():
            template = QT_TRANSLATE_NOOP(
                "errors",
                "The sync target '{name}' ({path}) is not reachable: the folder exists but is not "
                "a FieldKit sync folder (is the drive mounted?).",
            )
        elif not os.access(path, os.R_OK | os.X_OK):
            template = QT_TRANSLATE_NOOP(
                "errors", "The sync target '{name}' ({path}) cannot be read."
            )
        else:
            return None
    except OSError:
        template = QT_TRANSLATE_NOOP(
            "errors", "The sync target '{name}' ({path}) is not reachable."
        )
    return message(template, name=target.name, path=str(path))


def require_reachable(target: SyncTarget) -> None:
    """Raises TargetUnreachableError (one sentence, and what to do)."""
    problem = reachability(target)
    if problem is None:
        return
    if target.path.is_dir() and not (target.path / layout.MARKER).exists():
        raise TargetUnreachableError(
            problem,
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Mount the drive; if this really is the folder, mark it again with "
                    "`fieldkit sync target add {name} PATH`.",
                ),
                name=target.name,
            ),
        )
    raise TargetUnreachableError(problem)


def record_outcome(
    vault: Vault,
    target: SyncTarget,
    *,
    pushed: bool = False,
    pulled: bool = False,
    error: str | None = None,
) -> None:
    """Remember when the target was last pushed to / pulled from, and the last problem.

    The problem is kept as a template with its parameters (``i18n.to_stored``), so that
    ``sync status`` and the app show it later in the reader's language, not the writer's."""
    now = _now()
    stored = None if error is None else to_stored(error)
    with vault.transaction() as db:
        if pushed:
            db.execute("UPDATE sync_targets SET last_push = ? WHERE name = ?", (now, target.name))
        if pulled:
            db.execute("UPDATE sync_targets SET last_pull = ? WHERE name = ?", (now, target.name))
        db.execute("UPDATE sync_targets SET last_error = ? WHERE name = ?", (stored, target.name))
