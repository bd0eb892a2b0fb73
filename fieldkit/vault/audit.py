"""The vault's audit log: append-only and hash-chained (SPEC §5).

Every event carries the hash of the one before it, so altering, removing, inserting or
reordering an event breaks the chain where it happened, and :func:`verify` names the event.

The hash of an event (contract: other tools may recompute it) is the SHA-256, in lowercase hex,
of the canonical JSON (:mod:`fieldkit.canonical_json`) of::

    {"seq": int, "at": str, "actor": str, "action": str, "details": {...}, "prev": str}

``seq`` counts from 1; ``prev`` of the first event is 64 zeros. ``at`` is UTC ISO 8601 with
seconds; ``actor`` is the identity fingerprint (64 hex) of whoever did it. ``details`` is stored
as its canonical JSON text.

**details hold ids, counts and other facts about an action, never record text** (titles,
descriptions, locations, captions): the log travels in bundles as chain-of-custody evidence
and is shown to auditors, and a conservator's notes must not leak through it.

What the chain cannot do on its own: someone holding the vault's key could rewrite the whole
log consistently from some event on. The chain's head (hash, length) is therefore also recorded
elsewhere (backups, sent bundles); passing such a head to :func:`verify` as ``expected_head``
detects a truncated tail or a rewritten history up to that point.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from fieldkit.canonical_json import canonical_json
from fieldkit.clock import now
from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.vault import identity_keys
from fieldkit.vault.database import Connection

ACTIONS = frozenset(
    {
        "vault_created",
        "passphrase_changed",
        "recovery_key_replaced",
        "rekeyed",
        "backup_made",
        "restored",
        # Shredding destroys the keys, so this event can never be written; the name is kept so
        # that a log, a bundle or a tool can speak of it.
        "keys_shredded",
        "record_created",
        "record_edited",
        "record_deleted",
        "photo_added",
        "exported",
        "imported",
        "verified",
        "key_trusted",
        "key_revoked",
        "conflict_resolved",
        "csv_imported",
    }
)

GENESIS = "0" * 64
_COLUMNS = ("seq", "at", "actor", "action", "details", "prev", "hash")
_SELECT = "SELECT seq, at, actor, action, details, prev, hash FROM audit"


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    actor: str
    action: str
    details: dict[str, Any]
    prev: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AuditCheck:
    """The outcome of :func:`verify`. ``problems`` are sentences, each naming the event: each a
    :class:`fieldkit.i18n.Text`, English in ``to_json`` and translated where shown."""

    ok: bool
    length: int
    head: str
    problems: list[str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def event_hash(
    seq: int, at: str, actor: str, action: str, details: dict[str, Any], prev: str
) -> str:
    """The hash of an event with these fields (see the module docstring)."""
    body = {
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "details": details,
        "prev": prev,
    }
    return hashlib.sha256(canonical_json(body)).hexdigest()


def head(db: Connection) -> tuple[str, int]:
    """(hash of the last event, its seq): the chain's head; (64 zeros, 0) for an empty log."""
    row = db.execute("SELECT hash, seq FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return GENESIS, 0
    return str(row[0]), int(row[1])


def append(
    db: Connection,
    actor: str,
    action: str,
    details: dict[str, Any] | None = None,
    at: str | None = None,
) -> AuditEvent:
    """Append one event to the log, inside the caller's open write transaction.

    The event commits with the change it records, or not at all: call this between the
    caller's ``BEGIN`` and ``COMMIT`` (e.g. inside ``Vault.transaction()``). ``details`` holds
    ids and counts, never record text. Raises ValueError for an unknown action or a bad actor,
    TypeError/ValueError when ``details`` has no canonical JSON form, RuntimeError when no
    transaction is open.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if not isinstance(actor, str) or not actor:
        raise ValueError("the actor must be a non-empty string (an identity fingerprint)")
    if details is None:
        details = {}
    if not isinstance(details, dict):
        raise TypeError("audit details must be a JSON object (a dict with str keys)")
    if not db.in_transaction:
        raise RuntimeError("audit.append must run inside the caller's write transaction")
    details_text = canonical_json(details).decode("utf-8")
    # The stored form is what gets hashed, so the event reads back exactly as it was written
    # (a float like 1.0 is stored, and hashed, as 1).
    stored_details: dict[str, Any] = json.loads(details_text)
    when = now() if at is None else at
    prev, last = head(db)
    seq = last + 1
    digest = event_hash(seq, when, actor, action, stored_details, prev)
    db.execute(
        "INSERT INTO audit (seq, at, actor, action, details, prev, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, when, actor, action, details_text, prev, digest),
    )
    return AuditEvent(seq, when, actor, action, stored_details, prev, digest)


def own_actor(db: Connection) -> str:
    """This vault's identity fingerprint, the actor of everything done in it.

    Costs a fraction of a millisecond: bulk writers compute it once and pass it to
    :func:`record`. Raises VaultFormatError if the identity keys are missing.
    """
    return identity_keys.fingerprint(db)


def record(
    db: Connection,
    action: str,
    details: dict[str, Any] | None = None,
    *,
    actor: str | None = None,
) -> AuditEvent:
    """Append an event done by this vault's own identity (the hook vault operations call).

    Same rules as :func:`append`: inside the caller's write transaction, ids and counts only.
    """
    return append(db, own_actor(db) if actor is None else actor, action, details)


def _event_from_row(row: tuple[Any, ...]) -> AuditEvent:
    seq = int(row[0])
    try:
        details = json.loads(row[4])
    except (TypeError, ValueError):
        details = None
    if not isinstance(details, dict):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The audit log is damaged: event {seq} cannot be read."),
            QT_TRANSLATE_NOOP("errors", "Run `fieldkit audit --verify` to see what was altered."),
            seq=seq,
        )
    return AuditEvent(seq, str(row[1]), str(row[2]), str(row[3]), details, str(row[5]), str(row[6]))


def count(db: Connection, *, action: str | None = None) -> int:
    """How many events the log holds (of one action, if given)."""
    if action is None:
        return int(db.execute("SELECT count(*) FROM audit").fetchone()[0])
    return int(db.execute("SELECT count(*) FROM audit WHERE action = ?", (action,)).fetchone()[0])


def events(
    db: Connection,
    *,
    offset: int = 0,
    limit: int | None = None,
    action: str | None = None,
) -> list[AuditEvent]:
    """Events in chain order, optionally of one action, from ``offset``, at most ``limit``.

    Raises ValueError for an unknown action or a negative offset/limit, CorruptFileError when a
    stored event cannot be read (the log was tampered with: :func:`verify` says how).
    """
    if action is not None and action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("offset and limit must not be negative")
    sql = _SELECT
    params: list[Any] = []
    if action is not None:
        sql += " WHERE action = ?"
        params.append(action)
    sql += " ORDER BY seq LIMIT ? OFFSET ?"
    params += [-1 if limit is None else limit, offset]
    return [_event_from_row(tuple(row)) for row in db.execute(sql, params)]


def record_names(db: Connection, ids: Iterable[str]) -> dict[str, str]:
    """The records events name, as a reader knows them: "MCP 1980.6 — Transport amphora" (the
    inventory number or code, and the title; either alone when the other is empty), by id.
    Ids not in this vault, or with neither, are left out: the log shows them short. For the
    app's audit page, which runs no SQL."""
    wanted = sorted({i for i in ids if isinstance(i, str) and i})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):  # below SQLite's limit of bound parameters
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT record_id, inventory_number, title FROM records "  # noqa: S608
            f"WHERE record_id IN ({marks})",
            chunk,
        ).fetchall()
        for record_id, number, title in rows:
            shown = " — ".join(str(x).strip() for x in (number, title) if str(x or "").strip())
            if shown:
                found[str(record_id)] = shown
    return found


def _content_problem(row: tuple[Any, ...]) -> str | None:
    """Why this stored event does not match its own hash, or None when it does."""
    seq = row[0]
    for name, value in zip(_COLUMNS[1:], row[1:], strict=True):
        if not isinstance(value, str):
            return message(
                QT_TRANSLATE_NOOP("errors", "Event {seq} was altered: its {name} is not text."),
                seq=seq,
                name=name,
            )
    _, at, actor, action, details_text, prev, stored_hash = row
    try:
        details = json.loads(details_text)
        canonical = canonical_json(details).decode("utf-8")
    except (TypeError, ValueError):
        return message(
            QT_TRANSLATE_NOOP("errors", "Event {seq} was altered: its details are not valid JSON."),
            seq=seq,
        )
    if not isinstance(details, dict):
        return message(
            QT_TRANSLATE_NOOP(
                "errors", "Event {seq} was altered: its details are not a JSON object."
            ),
            seq=seq,
        )
    if canonical != details_text:
        return message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Event {seq} was altered: its details are not stored as they were written.",
            ),
            seq=seq,
        )
    if event_hash(seq, at, actor, action, details, prev) != stored_hash:
        return message(
            QT_TRANSLATE_NOOP(
                "errors", "Event {seq} was altered: its contents do not match its hash."
            ),
            seq=seq,
        )
    return None


def verify(db: Connection, expected_head: tuple[str, int] | None = None) -> AuditCheck:
    """Check the whole chain; with ``expected_head``, also that it still contains that head.

    ``expected_head`` is a (hash, length) recorded earlier outside this database (in a backup, a
    sent bundle): the event at that length must still exist with that hash, which reveals a
    truncated tail or a history rewritten up to there. Never raises for a damaged log: every
    problem is reported, one sentence each, naming the event's seq.
    """
    problems: list[str] = []
    expected_prev = GENESIS
    expected_seq = 1
    last_seq = 0
    last_hash = GENESIS
    hashes: dict[int, str] = {}
    for raw in db.execute(_SELECT + " ORDER BY seq"):
        row = tuple(raw)
        seq = int(row[0])
        stored_hash = row[6]
        content = _content_problem(row)
        if content is not None:
            problems.append(content)
        if seq < expected_seq:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "Event {seq} has an invalid sequence number (events start at 1)."
                    ),
                    seq=seq,
                )
            )
        elif seq == expected_seq + 1:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Event {missing} is missing: the log jumps to event {seq} (events were "
                        "removed).",
                    ),
                    missing=expected_seq,
                    seq=seq,
                )
            )
        elif seq > expected_seq:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Events {first} to {last} are missing: the log jumps to event {seq} "
                        "(events were removed).",
                    ),
                    first=expected_seq,
                    last=seq - 1,
                    seq=seq,
                )
            )
        elif row[5] != expected_prev and seq == 1:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Event {seq} does not link to the start of the log: an event was "
                        "removed, inserted or moved there.",
                    ),
                    seq=seq,
                )
            )
        elif row[5] != expected_prev:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Event {seq} does not link to event {previous}: an event was removed, "
                        "inserted or moved there.",
                    ),
                    seq=seq,
                    previous=seq - 1,
                )
            )
        # Chain on the *stored* hash, so one altered event is reported once, where it is.
        expected_prev = stored_hash if isinstance(stored_hash, str) else ""
        expected_seq = seq + 1
        last_seq, last_hash = seq, str(stored_hash)
        hashes[seq] = str(stored_hash)
    if expected_head is not None:
        problems.extend(_head_problems(expected_head, hashes, last_seq))
    return AuditCheck(ok=not problems, length=last_seq, head=last_hash, problems=problems)


def _head_problems(expected: tuple[str, int], hashes: dict[int, str], last_seq: int) -> list[str]:
    want_hash, want_length = expected
    if want_length < 0:
        raise ValueError("an audit head's length cannot be negative")
    if want_length == 0:
        if want_hash != GENESIS:
            return [
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "The head recorded earlier is not a valid head of an empty log."
                    )
                )
            ]
        return []
    if want_length > last_seq:
        return [
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Event {seq}, the head recorded earlier, is gone: the log now ends at event "
                    "{last} (events were removed from the end).",
                ),
                seq=want_length,
                last=last_seq,
            )
        ]
    if want_length not in hashes:
        return [
            message(
                QT_TRANSLATE_NOOP(
                    "errors", "Event {seq}, the head recorded earlier, is missing from the log."
                ),
                seq=want_length,
            )
        ]
    if hashes[want_length] != want_hash:
        return [
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Event {seq} differs from the head recorded earlier: the history up to it "
                    "was rewritten.",
                ),
                seq=want_length,
            )
        ]
    return []
