"""What goes into a bundle (SPEC §7): the stream, the revisions and the photos.

A bundle belongs to a stream (one per set of recipients, its sequence numbers unbroken); which
revisions and photos it carries depends on the mode — ``delta`` (what some recipient is not
known to hold), ``since_last`` (what this stream has not sent), ``full``, or ``unsent`` (sync:
``delta`` minus what a bundle waiting in the outbox carries). :func:`select_items` returns them
as :class:`Item` values (a revision is read back from the vault only when it is written), and
:func:`photos_not_to_send` the photos the recipients hold already. Read-only, except
:func:`stream_for`, which creates the stream on first use.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.canonical_json import canonical_json
from fieldkit.clock import now as _now
from fieldkit.errors import UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.identity import own
from fieldkit.identity.card import make_card
from fieldkit.vault.database import Connection

from .recipients import Recipient


@dataclass(slots=True)
class Item:
    """One record line (a revision, or a snapshot record) and the photos it needs.

    A revision's line is not held here: it is built from the stored revision (``row``, its
    rowid) when the bundle is written, so 100,000 revisions do not sit in memory twice. Slotted,
    with a tuple (shared when empty) for the photos: a coordinator's export of everything
    holds a million of these.
    """

    line: bytes | None
    rev_id: str | None
    photos: tuple[str, ...]
    size: int
    row: int = 0


@dataclass
class Photo:
    sha256: str
    media_name: str
    size: int


def existing_stream(db: Connection, recipients: Sequence[Recipient], plain: bool) -> str | None:
    key = json.dumps(sorted(r.key for r in recipients))
    row = db.execute(
        "SELECT stream_id FROM streams WHERE recipients = ? AND plain = ?", (key, int(plain))
    ).fetchone()
    return str(row[0]) if row else None


def stream_for(db: Connection, recipients: Sequence[Recipient], plain: bool) -> str:
    found = existing_stream(db, recipients, plain)
    if found is not None:
        return found
    key = json.dumps(sorted(r.key for r in recipients))
    # Random, not derived from the recipients: a stream id must not let anyone test guesses.
    stream = str(uuid.uuid4())
    db.execute(
        "INSERT INTO streams (stream_id, recipients, plain, created_at) VALUES (?, ?, ?, ?)",
        (stream, key, int(plain), _now()),
    )
    return stream


def author_cards(
    db: Connection, identity: own.OwnIdentity, authors: set[str]
) -> list[dict[str, Any]]:
    cards = []
    if identity.fingerprint in authors:
        cards.append(make_card(identity))
    others = authors - {identity.fingerprint}
    if others:
        # Every author's card travels with their revisions, so a consolidated bundle still
        # proves each revision's authorship: from the trust store, else as received.
        found: dict[str, dict[str, Any]] = {}
        for table in ("trust", "authors"):
            query = f"SELECT fingerprint, card FROM {table}"  # noqa: S608 - a fixed table name
            for fingerprint, card in db.execute(query):
                if fingerprint in others and fingerprint not in found:
                    found[fingerprint] = json.loads(card)
        cards.extend(found[f] for f in sorted(found))
    return cards


def redact_fields(fields: dict[str, Any], kind: str = "") -> dict[str, Any]:
    # The sensitive fields of each record kind are defined with the fields themselves.
    from fieldkit.records.fields import redacted

    return redacted(kind, fields)


# What a bundle of the stream still waiting in the sync outbox carries (fieldkit.sync keeps
# such a bundle, and delivers it again, until every recipient has acknowledged it).
_IN_OUTBOX_REVISION = (
    "SELECT 1 FROM sent_revisions s JOIN sync_outbox o ON o.bundle_id = s.bundle_id "
    "WHERE s.stream_id = ? AND s.rev_id = r.rev_id AND o.acknowledged_at IS NULL"
)
_IN_OUTBOX_PHOTOS = (
    "SELECT s.sha256 FROM sent_photos s JOIN sync_outbox o ON o.bundle_id = s.bundle_id "
    "WHERE s.stream_id = ? AND o.acknowledged_at IS NULL"
)
# Every photo a stored revision refers to, with the revision (its canonical JSON is stored as a
# BLOB, which SQLite would read as JSONB: hence the cast).
_PHOTO_REFERENCES = (
    "SELECT r.rowid, r.rev_id, r.author, r.hlc, json_extract(m.value, '$.sha256') "
    "FROM revisions r, json_each(CAST(r.canonical AS TEXT), '$.media') m"
)


def _held_by(db: Connection, peer: str, ours: set[str]) -> set[str]:
    """Photos of ``ours`` that ``peer`` is known to hold: it sent them to us, or acknowledged a
    bundle that carried them.

    A revision the peer wrote proves nothing: every revision lists the record's whole photo
    list, so a coordinator who edits a record whose photo never reached it would count as
    holding that photo, and it would never be sent (at worst a photo goes twice)."""
    held = {r[0] for r in db.execute("SELECT sha256 FROM peer_photos WHERE peer = ?", (peer,))}
    return held & ours


def photos_not_to_send(
    db: Connection, stream: str, recipients: Sequence[Recipient], mode: str, ours: set[str]
) -> set[str]:
    """Photos of ``ours`` a bundle of ``mode`` leaves out, by the same rule as revisions.

    delta: every recipient is known to hold it (a bare age recipient: this stream sent it);
    since_last: also whatever an earlier bundle of the stream carried; unsent (sync): also what
    a bundle waiting in the outbox carries. A bundle that was sent but never acknowledged proves
    nothing: it may be on a lost stick.
    """
    if mode == "full":
        return set()
    peers = [r.fingerprint for r in recipients if r.fingerprint]
    bare = any(r.fingerprint is None for r in recipients)
    sent = {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT sha256 FROM sent_photos WHERE stream_id = ?", (stream,)
        )
    }
    held: set[str] | None = None
    for peer in peers:
        mine = _held_by(db, peer, ours)
        held = mine if held is None else held & mine
    if mode == "since_last":
        return sent | (held if held is not None and not bare else set())
    skip = sent if held is None else (held & sent if bare else held)
    if mode == "unsent":
        skip |= {r[0] for r in db.execute(_IN_OUTBOX_PHOTOS, (stream,))}
    return skip


def revisions_carrying(
    db: Connection, wanted: set[str], authors: set[str]
) -> tuple[list[Item], set[str]]:
    """One revision (the earliest) referring to each photo of ``wanted``, as items.

    A photo whose revisions the recipients already hold (a bundle that left it out, or a lost
    bundle followed by one that did not carry it) travels with one of them again: the importer
    takes the photos its revisions refer to, and counts the revision as a duplicate.
    """
    first: dict[str, tuple[str, str, int, str, str]] = {}
    for row, rev_id, author, hlc, sha in db.execute(_PHOTO_REFERENCES):
        if sha in wanted and (sha not in first or (hlc, rev_id) < first[sha][:2]):
            first[sha] = (hlc, rev_id, row, author, sha)
    chosen: dict[str, tuple[str, int, str]] = {}
    for hlc, rev_id, row, author, _sha in first.values():
        chosen[rev_id] = (hlc, row, author)
    items: list[Item] = []
    for rev_id, (_hlc, row, author) in sorted(chosen.items(), key=lambda kv: (kv[1][0], kv[0])):
        canonical, signature = db.execute(
            "SELECT canonical, signature FROM revisions WHERE rowid = ?", (row,)
        ).fetchone()
        media = json.loads(canonical)["media"]
        authors.add(author)
        size = len(_revision_line(bytes(canonical), bytes(signature)))
        items.append(Item(None, rev_id, tuple(m["sha256"] for m in media), size + 1, row))
    return items, set(first)


def resolve_leave_out(prefixes: Sequence[str], carried: set[str]) -> set[str]:
    """``--leave-out-photo`` prefixes -> the full hashes of photos this export would carry.

    Raises UsageError for a prefix shorter than 8 hex characters, or matching no photo of the
    export, or more than one.
    """
    chosen: set[str] = set()
    for given in prefixes:
        prefix = given.strip().lower()
        if len(prefix) < 8 or any(c not in "0123456789abcdef" for c in prefix):
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--leave-out-photo {prefix} is not a photo hash prefix: give at least 8 "
                    "hex characters of its SHA-256.",
                ),
                prefix=repr(given[:64]),
            )
        matches = sorted(h for h in carried if h.startswith(prefix))
        if not matches:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "--leave-out-photo {prefix} matches no photo in this export."
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Check the hash: `fieldkit object show ID` shows the start of each photo's.",
                ),
                prefix=prefix[:64],
            )
        if len(matches) > 1:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--leave-out-photo {prefix} matches {count} photos in this export; "
                    "give more characters.",
                ),
                prefix=prefix[:64],
                count=len(matches),
            )
        chosen.add(matches[0])
    return chosen


def _delta_condition(stream: str, peers: list[str], bare: bool) -> tuple[str, list[Any]]:
    """SQL (over revisions r) for "some recipient is not known to hold this revision".

    A recipient with a fingerprint holds what it wrote, what it sent us, and what it has
    acknowledged; a bare age recipient (no card) is only known to hold what this stream sent.
    """
    parts: list[str] = []
    args: list[Any] = []
    for peer in peers:
        parts.append(
            "(r.author != ? AND NOT EXISTS (SELECT 1 FROM peer_revisions p "
            "WHERE p.peer = ? AND p.rev_id = r.rev_id))"
        )
        args += [peer, peer]
    if bare or not peers:
        parts.append(
            "NOT EXISTS (SELECT 1 FROM sent_revisions s WHERE s.stream_id = ? "
            "AND s.rev_id = r.rev_id)"
        )
        args.append(stream)
    return "(" + " OR ".join(parts) + ")", args


def _revision_condition(
    stream: str, mode: str, recipients: Sequence[Recipient]
) -> tuple[str, list[Any]]:
    """SQL (over revisions r) for the revisions a bundle of ``mode`` carries."""
    if mode == "full":
        return "1", []
    if mode == "since_last":
        return (
            "NOT EXISTS (SELECT 1 FROM sent_revisions s WHERE s.stream_id = ? "
            "AND s.rev_id = r.rev_id)",
            [stream],
        )
    peers = [r.fingerprint for r in recipients if r.fingerprint]
    bare = any(r.fingerprint is None for r in recipients)
    condition, args = _delta_condition(stream, peers, bare)
    if mode == "unsent":
        # Sync (fieldkit.sync): its outbox keeps every bundle until all recipients have
        # acknowledged it, so what a bundle still waiting there carries is not exported again.
        # Only the outbox counts: a hand-made export of the same stream may have been lost,
        # and what it carried is not held until a recipient acknowledges it.
        condition += f" AND NOT EXISTS ({_IN_OUTBOX_REVISION})"
        args.append(stream)
    return condition, args


def select_items(
    db: Connection,
    stream: str,
    mode: str,
    redact: bool,
    recipients: Sequence[Recipient] = (),
    leave_out: frozenset[str] = frozenset(),
) -> tuple[list[Item], set[str]]:
    items: list[Item] = []
    authors: set[str] = set()
    if redact:
        rows = db.execute(
            "SELECT record_id, kind, head_rev, fields, media FROM records WHERE deleted = 0 "
            "ORDER BY hlc, record_id"
        )
        for record_id, kind, head_rev, fields_json, media_json in rows:
            fields = redact_fields(json.loads(fields_json), kind)
            # A snapshot's record lists only the photos it carries (redacted, under new
            # hashes): a left-out photo's entry would point at an unredacted original.
            media = [m for m in json.loads(media_json) if m.get("sha256") not in leave_out]
            line = canonical_json(
                {
                    "type": "record",
                    "record_id": record_id,
                    "kind": kind,
                    "fields": fields,
                    "photos": media,
                    "source_revision": head_rev,
                }
            )
            items.append(Item(line, None, tuple(m["sha256"] for m in media), len(line) + 1))
        return items, authors
    condition, args = _revision_condition(stream, mode, recipients)
    query = (
        "SELECT r.rowid, r.rev_id, r.canonical, r.signature, r.author "  # noqa: S608
        f"FROM revisions r WHERE {condition} ORDER BY r.hlc, r.rev_id"
    )
    for row, rev_id, canonical, signature, author in db.execute(query, args):
        media = json.loads(canonical)["media"]
        authors.add(author)
        size = len(_revision_line(canonical, signature))
        items.append(Item(None, rev_id, tuple(m["sha256"] for m in media), size + 1, row))
    return items, authors


def _revision_line(canonical: bytes, signature: bytes) -> bytes:
    """The records.ndjson line of a stored revision, canonical JSON without re-encoding.

    ``canonical`` is the revision's canonical JSON (what its rev_id hashes, as stored), and the
    keys "revision" < "signature" < "type" are already in canonical order.
    """
    return b'{"revision":%s,"signature":"%s","type":"revision"}' % (
        canonical,
        bytes(signature).hex().encode("ascii"),
    )


def item_lines(db: Connection, items: list[Item]) -> Iterator[bytes]:
    """The lines of ``items`` in order; revisions read back from the vault a batch at a time."""
    for start in range(0, len(items), 500):
        batch = items[start : start + 500]
        wanted = [item.row for item in batch if item.line is None]
        stored: dict[int, bytes] = {}
        if wanted:
            marks = ", ".join("?" * len(wanted))
            for row, canonical, signature in db.execute(
                f"SELECT rowid, canonical, signature FROM revisions WHERE rowid IN ({marks})",  # noqa: S608
                wanted,
            ):
                stored[row] = _revision_line(bytes(canonical), bytes(signature))
        for item in batch:
            line = item.line if item.line is not None else stored[item.row]
            yield line


def photo_catalogue(db: Connection) -> dict[str, Photo]:
    """Every photo this vault holds the original of, by hash."""
    return {
        sha: Photo(sha, name, int(size))
        for sha, name, size in db.execute("SELECT sha256, name, size FROM media_files")
    }


def not_yet_sent(db: Connection, recipients: Sequence[Recipient]) -> tuple[int, int]:
    """(revisions, photos) the recipients are not known to hold that no bundle waiting in the
    sync outbox carries: what the next sync exports for them. Read-only.

    A bundle exported by hand and never acknowledged does not count as delivered: it may have
    been lost.
    """
    stream = existing_stream(db, recipients, False) or ""
    condition, args = _revision_condition(stream, "unsent", recipients)
    # Counted in SQL, without reading the revisions into Python: the GUI polls this.
    revisions = db.execute(
        f"SELECT count(*) FROM revisions r WHERE {condition}",  # noqa: S608
        args,
    ).fetchone()[0]
    ours = set(photo_catalogue(db))
    # Every photo held here that is not to be left out goes: with a revision that carries it,
    # or with one the recipients already hold (see export_bundles).
    unsent_photos = ours - photos_not_to_send(db, stream, recipients, "unsent", ours)
    return int(revisions), len(unsent_photos)
