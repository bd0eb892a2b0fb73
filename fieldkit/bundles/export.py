"""Exporting signed, encrypted bundles (SPEC §7).

`export_bundles` is long work in the STYLE sense: a plain function with `progress` and `cancel`
that the CLI and the GUI both run. It reads revisions and photos from the vault, streams each
payload file through SHA-256 and age encryption into a STORED ZIP member, writes the BagIt tag
files, signs the tag manifest, and renames the finished file into place. Memory does not grow
with the bundle (photos stream in 1 MiB pieces); no plaintext touches disk.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import logging
import os
import queue
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from fieldkit import __version__
from fieldkit.canonical_json import canonical_json
from fieldkit.clock import now as _now
from fieldkit.crypto import age
from fieldkit.crypto.minisign import sign
from fieldkit.errors import CancelledError, FieldKitError, UsageError
from fieldkit.fsutil import atomic_writer, remove_abandoned_temp_files
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, message
from fieldkit.identity import own
from fieldkit.identity.card import IdentityCard, make_card, read_card_file
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault import audit
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

from . import layout as L
from .zip_writer import BundleZipWriter, HashingWriter, HashThread, StreamingOutput

log = logging.getLogger(__name__)

DEFAULT_MAX_SIZE = int(3.9 * 2**30)  # under FAT32's 4 GiB file limit
MIN_MAX_SIZE = 1 << 20
CHUNK = 1 << 20
LOCATION_FIELDS = ("current_location", "coordinates", "site")
# Conservative per-file overheads, so that a part never exceeds --max-size.
_FILE_OVERHEAD = 4096
# SQLite's page cache while exporting (KiB): see page_cache.
EXPORT_CACHE_KIB = 16 * 1024
_AGE_OVERHEAD_PER_CHUNK = 16
_AGE_HEADER = 4096
WRITE = "write"
WRITING = QT_TRANSLATE_NOOP("progress", "Writing the bundle")
CANCELLED = QT_TRANSLATE_NOOP("errors", "Export cancelled; no bundle was written.")


class NoRecipientsError(UsageError):
    default_hint = QT_TRANSLATE_NOOP(
        "errors",
        "Name recipients with --to CARD.fkid (or age1… keys), trust a coordinator with "
        "`fieldkit trust add CARD.fkid --role coordinator`, or export --plain for auditors.",
    )


@dataclass(frozen=True)
class Recipient:
    """Someone a bundle is encrypted to: a trusted card, or a bare age key."""

    age_recipient: str
    fingerprint: str | None = None
    name: str | None = None

    @property
    def key(self) -> str:
        return self.fingerprint or self.age_recipient

    @classmethod
    def from_card(cls, card: IdentityCard, name: str | None = None) -> Recipient:
        return cls(card.age_recipient, card.fingerprint, name or card.name)


@dataclass
class ExportOptions:
    recipients: Sequence[Recipient] | None = None  # None: every verified coordinator
    plain: bool = False
    mode: str = "delta"  # delta | since_last | full | unsent (delta minus this stream's)
    redact_locations: bool = False
    max_size: int = DEFAULT_MAX_SIZE
    # Hash prefixes (8+ hex characters) of photos to leave out of this export; the recipients
    # are then not known to hold them, so a later export sends them.
    leave_out_photos: Sequence[str] = ()


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    bundle_id: str
    sequence: int
    size: int
    revisions: int
    records: int
    photos: int
    file_sha256: str


@dataclass
class ExportResult:
    bundles: list[ExportedBundle]
    stream: str
    kind: str
    recipients: list[Recipient]
    encrypted: bool
    nothing_new: bool = False
    warnings: list[str] = field(default_factory=list)


def parse_size(text: str) -> int:
    """'3.9G', '700M', '1.5GiB', '123456' → bytes. Raises UsageError."""
    units = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    cleaned = text.strip().upper().removesuffix("IB").removesuffix("B")
    number, unit = cleaned, ""
    if cleaned and cleaned[-1] in units:
        number, unit = cleaned[:-1], cleaned[-1]
    try:
        value = int(float(number) * units[unit])
    except ValueError:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--max-size {size} is not a size (e.g. 700M or 3.9G)."),
            size=repr(text),
        ) from None
    if value < MIN_MAX_SIZE:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "--max-size must be at least 1M."))
    return value


# --- what goes into a bundle -------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
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
class _Photo:
    sha256: str
    media_name: str
    size: int


def _existing_stream(db: Connection, recipients: Sequence[Recipient], plain: bool) -> str | None:
    key = json.dumps(sorted(r.key for r in recipients))
    row = db.execute(
        "SELECT stream_id FROM streams WHERE recipients = ? AND plain = ?", (key, int(plain))
    ).fetchone()
    return str(row[0]) if row else None


def _stream_for(db: Connection, recipients: Sequence[Recipient], plain: bool) -> str:
    found = _existing_stream(db, recipients, plain)
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


def _author_cards(
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


def _redacted(fields: dict[str, Any], kind: str = "") -> dict[str, Any]:
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


def _photos_not_to_send(
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


def _revisions_carrying(
    db: Connection, wanted: set[str], authors: set[str]
) -> tuple[list[_Item], set[str]]:
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
    items: list[_Item] = []
    for rev_id, (_hlc, row, author) in sorted(chosen.items(), key=lambda kv: (kv[1][0], kv[0])):
        canonical, signature = db.execute(
            "SELECT canonical, signature FROM revisions WHERE rowid = ?", (row,)
        ).fetchone()
        media = json.loads(canonical)["media"]
        authors.add(author)
        size = len(_revision_line(bytes(canonical), bytes(signature)))
        items.append(_Item(None, rev_id, tuple(m["sha256"] for m in media), size + 1, row))
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


def _select_items(
    db: Connection,
    stream: str,
    mode: str,
    redact: bool,
    recipients: Sequence[Recipient] = (),
    leave_out: frozenset[str] = frozenset(),
) -> tuple[list[_Item], set[str]]:
    items: list[_Item] = []
    authors: set[str] = set()
    if redact:
        rows = db.execute(
            "SELECT record_id, kind, head_rev, fields, media FROM records WHERE deleted = 0 "
            "ORDER BY hlc, record_id"
        )
        for record_id, kind, head_rev, fields_json, media_json in rows:
            fields = _redacted(json.loads(fields_json), kind)
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
            items.append(_Item(line, None, tuple(m["sha256"] for m in media), len(line) + 1))
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
        items.append(_Item(None, rev_id, tuple(m["sha256"] for m in media), size + 1, row))
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


def _item_lines(db: Connection, items: list[_Item]) -> Iterator[bytes]:
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


def _photo_catalogue(db: Connection) -> dict[str, _Photo]:
    """Every photo this vault holds the original of, by hash."""
    return {
        sha: _Photo(sha, name, int(size))
        for sha, name, size in db.execute("SELECT sha256, name, size FROM media_files")
    }


def _encrypted_size(size: int) -> int:
    return size + _AGE_HEADER + (size // 65536 + 1) * _AGE_OVERHEAD_PER_CHUNK + _FILE_OVERHEAD


def _split(
    items: list[_Item], photos: dict[str, _Photo], already_sent: set[str], max_size: int, base: int
) -> list[tuple[list[_Item], list[_Photo]]]:
    parts: list[tuple[list[_Item], list[_Photo]]] = []
    current: list[_Item] = []
    current_photos: list[_Photo] = []
    size = base
    placed: set[str] = set(already_sent)
    for item in items:
        needed = [photos[h] for h in dict.fromkeys(item.photos) if h in photos and h not in placed]
        extra = item.size + sum(_encrypted_size(p.size) for p in needed)
        if base + extra > max_size:
            raise FieldKitError(
                QT_TRANSLATE_NOOP("errors", "A record with its photos is larger than --max-size."),
                QT_TRANSLATE_NOOP(
                    "errors", "Choose a larger --max-size (photos are never split across bundles)."
                ),
            )
        if current and size + extra > max_size:
            parts.append((current, current_photos))
            current, current_photos, size = [], [], base
        current.append(item)
        current_photos.extend(needed)
        placed.update(p.sha256 for p in needed)
        size += extra
    if current or not parts:
        parts.append((current, current_photos))
    return parts


# --- writing one bundle ------------------------------------------------------------------------


class _Payload:
    """Writes payload members (encrypted or not), remembering their manifest digests.

    The plaintext of a streamed file is hashed on a helper thread (hashlib releases the GIL),
    alongside the encryption; the members' own digests are collected when ``manifest`` is read.
    """

    def __init__(self, zw: BundleZipWriter, bag: str, recipients: list[age.Recipient] | None):
        self._zw = zw
        self._bag = bag
        self._recipients = recipients
        self._members: dict[str, HashingWriter] = {}

    @property
    def manifest(self) -> dict[str, str]:
        """Payload name -> SHA-256 of the member as stored (waits for the hashing thread)."""
        return {name: writer.hexdigest() for name, writer in self._members.items()}

    def write_stream(self, name: str, chunks: Iterator[bytes | memoryview], size_hint: int) -> str:
        """Write ``name`` (bag-relative, without .age); returns the plaintext SHA-256."""
        plain_hash = hashlib.sha256()
        plain = HashThread("fieldkit-plain-hash")
        try:
            self._write(name, chunks, size_hint, plain, plain_hash)
            plain.drain()
        finally:
            plain.close()
        return plain_hash.hexdigest()

    def write_known(self, name: str, chunks: Iterator[bytes | memoryview], size_hint: int) -> None:
        """Write ``name`` whose plaintext SHA-256 the caller already knows (no hashing)."""
        self._write(name, chunks, size_hint, None, None)

    def write_bytes(self, name: str, data: bytes) -> str:
        self._write(name, iter([data]), len(data), None, None)
        return hashlib.sha256(data).hexdigest()

    def _write(
        self,
        name: str,
        chunks: Iterator[bytes | memoryview],
        size_hint: int,
        plain: HashThread | None,
        plain_hash: Any,
    ) -> None:
        visible = L.payload_name(name, self._recipients is not None)
        with self._zw.member(f"{self._bag}/{visible}", _encrypted_size(size_hint)) as out:
            sink: Any = out
            if self._recipients is not None:
                sink = age.encryptor(out, self._recipients)  # type: ignore[arg-type]
            with contextlib.ExitStack() as stack:
                if sink is not out:
                    stack.enter_context(sink)
                for chunk in chunks:
                    if plain is not None:
                        # Hashed while it is encrypted: a chunk from the vault is immutable bytes.
                        piece = chunk if isinstance(chunk, bytes) else bytes(chunk)
                        plain.submit(piece, (plain_hash,))
                        sink.write(piece)
                    else:
                        sink.write(chunk)
        self._members[visible] = out


def _manifest_text(entries: dict[str, str]) -> bytes:
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(entries.items())).encode()


def _redacted_photo_chunks(vault: Vault, photo: _Photo) -> Iterator[bytes | memoryview]:
    """The photo's plaintext without its location (read whole: the JPEG is rewritten)."""
    from fieldkit.records.photo_redact import strip_gps

    # Its SHA-256 is known (its content address): no second hash of the original.
    yield strip_gps(vault.media.read_bytes(photo.media_name), photo.sha256)


_END_OF_PHOTO = object()


class _PhotoReader:
    """Decrypts the stored photos, in order, on a helper thread, into a few reused buffers.

    The export's own thread encrypts one photo's chunks for the recipients while this one
    decrypts the next ones from the vault (ChaCha20-Poly1305 in cryptography runs without the
    GIL): the two costs that dominate an export run on two cores. Memory is bounded by the
    pool (``buffers`` x CHUNK); an error on the helper thread is raised by :meth:`chunks`.
    Always :meth:`close` it (in ``finally``): that stops the thread and wipes the buffers.
    """

    def __init__(self, vault: Vault, photos: Sequence[_Photo], buffers: int = 4) -> None:
        self._pool: queue.Queue[bytearray] = queue.Queue()
        self._buffers = [bytearray(CHUNK) for _ in range(buffers)]
        for buf in self._buffers:
            self._pool.put(buf)
        # Never more than the pool's buffers plus one marker per photo: no bound needed.
        self._ready: queue.Queue[Any] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(vault, list(photos)), name="fieldkit-photo-read", daemon=True
        )
        self._thread.start()

    def _take(self) -> bytearray | None:
        while not self._stop.is_set():
            try:
                return self._pool.get(timeout=0.05)
            except queue.Empty:
                continue
        return None

    def _run(self, vault: Vault, photos: list[_Photo]) -> None:
        try:
            for photo in photos:
                with vault.media.open(photo.media_name) as src:
                    reader: Any = src  # an age reader: readinto decrypts into the buffer
                    while True:
                        buf = self._take()
                        if buf is None:
                            return
                        size = reader.readinto(buf)
                        if not size:
                            self._pool.put(buf)
                            break
                        self._ready.put((buf, size))
                self._ready.put(_END_OF_PHOTO)
        except BaseException as exc:  # handed to the export's thread
            self._ready.put(exc.with_traceback(None))

    def chunks(self, cancel: Callable[[], bool] | None) -> Iterator[memoryview]:
        """The next photo's plaintext. A chunk is only valid until the next one is asked for
        (its buffer then goes back to the pool)."""
        held: bytearray | None = None
        try:
            while True:
                item = self._ready.get()
                if held is not None:
                    self._pool.put(held)
                    held = None
                if item is _END_OF_PHOTO:
                    return
                if isinstance(item, BaseException):
                    raise item
                held, size = item
                if cancel is not None and cancel():
                    raise CancelledError(CANCELLED)
                yield memoryview(held)[:size]
        finally:
            if held is not None:
                self._pool.put(held)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        for buf in self._buffers:  # plaintext of a photo: not left in freed memory
            buf[:] = bytes(len(buf))


@dataclass
class _Part:
    """Everything one bundle file carries."""

    header: L.BundleHeader
    items: list[_Item]
    photos: list[_Photo]
    cards: list[dict[str, Any]]
    audit_lines: list[bytes]
    recipients: list[Recipient]
    redact: bool


def _write_bundle(
    fh: BinaryIO,
    vault: Vault,
    identity: own.OwnIdentity,
    part: _Part,
    tick: Callable[[int], None],
    cancel: Callable[[], bool] | None,
) -> tuple[str, int]:
    """Write one bundle into ``fh``; returns (tagmanifest SHA-256, plaintext photo bytes)."""
    age_recipients: list[age.Recipient] | None = None
    if part.header.encrypted:
        keys = {r.age_recipient for r in part.recipients} | {identity.age_recipient}
        age_recipients = [age.X25519Recipient.from_string(k) for k in sorted(keys)]
    zw = BundleZipWriter(fh)
    try:
        return _write_members(zw, vault, identity, part, age_recipients, tick, cancel)
    except BaseException:
        zw.abort()
        raise


def _write_members(
    zw: BundleZipWriter,
    vault: Vault,
    identity: own.OwnIdentity,
    part: _Part,
    age_recipients: list[age.Recipient] | None,
    tick: Callable[[int], None],
    cancel: Callable[[], bool] | None,
) -> tuple[str, int]:
    header, items, photos, cards = part.header, part.items, part.photos, part.cards
    audit_lines, recipients, redact = part.audit_lines, part.recipients, part.redact
    bag = header.bundle_id
    payload = _Payload(zw, bag, age_recipients)

    # Photos, under random names: a visible name must say nothing (not even a hash).
    photo_entries: dict[str, dict[str, Any]] = {}
    redacted_hashes: dict[str, str] = {}
    photo_bytes = 0
    reader = None if redact or not photos else _PhotoReader(vault, photos)
    try:
        for photo in photos:
            name = f"{L.MEDIA_DIR}{secrets.token_hex(16)}"
            if reader is None:
                digest = payload.write_stream(
                    name, _redacted_photo_chunks(vault, photo), photo.size
                )
                redacted_hashes[photo.sha256] = digest
            else:
                # The stored photo is its content address's bytes: the vault hashed them at
                # ingest and they come back authenticated (age's AEAD under the vault key), so
                # hashing them again would only cost a pass over every byte; every recipient
                # re-hashes.
                payload.write_known(name, reader.chunks(cancel), photo.size)
                digest = photo.sha256
            photo_entries[L.payload_name(name, header.encrypted)] = {"sha256": digest}
            photo_bytes += photo.size
            tick(photo.size)
    finally:
        if reader is not None:
            reader.close()

    # Records: one JSON object per line, streamed (never the whole file in memory).
    records_size = (
        sum(len(canonical_json({"type": "card", "card": c})) + 1 for c in cards)
        + sum(i.size for i in items)
        + sum(len(x) + 1 for x in audit_lines)
    )

    def records_chunks() -> Iterator[bytes]:
        out = bytearray()
        for card in cards:
            out += canonical_json({"type": "card", "card": card}) + b"\n"
        for line in _item_lines(vault.db, items):
            if redact and redacted_hashes:
                obj = json.loads(line)
                for m in obj["photos"]:
                    m["sha256"] = redacted_hashes.get(m["sha256"], m["sha256"])
                line = canonical_json(obj)
            out += line
            out += b"\n"
            if len(out) >= CHUNK:
                yield bytes(out)
                tick(len(out))
                out.clear()
        for line in audit_lines:
            out += line + b"\n"
        yield bytes(out)
        tick(len(out))

    records_sha = payload.write_stream(L.RECORDS, records_chunks(), records_size)

    head_hash, head_length = audit.head(vault.db)
    inner = {
        "format": "fieldkit-bundle-inner",
        "version": L.FORMAT_VERSION,
        "bundle_id": header.bundle_id,
        "stream": header.stream,
        "epoch": header.epoch,
        "sequence": header.sequence,
        "kind": header.kind,
        "created": _now(),
        "sender_card": make_card(identity),
        "recipients": [
            {"fingerprint": r.fingerprint, "age_recipient": r.age_recipient} for r in recipients
        ],
        "counts": {
            "revisions": sum(1 for i in items if i.rev_id),
            "records": sum(1 for i in items if not i.rev_id),
            "photos": len(photos),
            "cards": len(cards),
            "audit_events": len(audit_lines),
        },
        "records_sha256": records_sha,
        "photos": photo_entries,
        "redaction": {"locations": redact},
        "audit_head": {"hash": head_hash, "length": head_length},
        # Which bundles this vault has imported: the recipients learn what it now holds.
        "acknowledgements": [
            r[0] for r in vault.db.execute("SELECT bundle_id FROM received_bundles ORDER BY rowid")
        ],
    }
    inner_bytes = canonical_json(inner)
    payload.write_bytes(L.INNER, inner_bytes)
    inner_sig = sign(
        identity.signing_key,
        identity.key_id,
        inner_bytes,
        f"fieldkit-inner v{L.FORMAT_VERSION} id={header.bundle_id} stream={header.stream} "
        f"seq={header.sequence}",
    )
    payload.write_bytes(L.INNER_SIG, inner_sig.encode("ascii"))

    # Tag files: BagIt declaration, bag info, manifests, then the signature over the tag manifest.
    tags: dict[str, str] = {}
    bag_info = (
        f"External-Identifier: {header.bundle_id}\n"
        f"Bagging-Date: {datetime.now(UTC).date().isoformat()}\n"
        f"Bag-Software-Agent: FieldKit {__version__}\n"
        f"FieldKit-Format: {L.FORMAT_VERSION}\n"
        f"FieldKit-Sender: {identity.fingerprint}\n"
    ).encode()
    for name, data in (
        (L.BAGIT_TXT, L.BAGIT_TXT_BYTES),
        (L.BAG_INFO, bag_info),
        (L.MANIFEST, _manifest_text(payload.manifest)),
        (L.BUNDLE_JSON, header.to_bytes()),
    ):
        tags[name] = zw.write_bytes(f"{bag}/{name}", data)
    tagmanifest = _manifest_text(tags)
    zw.write_bytes(f"{bag}/{L.TAGMANIFEST}", tagmanifest)
    signature = sign(
        identity.signing_key,
        identity.key_id,
        tagmanifest,
        header.trusted_comment(),
        untrusted_comment=f"FieldKit bundle {header.bundle_id}",
    )
    zw.write_bytes(f"{bag}/{L.TAGMANIFEST_SIG}", signature.encode("ascii"))
    zw.close()
    return hashlib.sha256(tagmanifest).hexdigest(), photo_bytes


# --- the export --------------------------------------------------------------------------------


class UnverifiedCoordinatorsError(NoRecipientsError):
    """Only unverified coordinators are trusted: none of them receives bundles by default."""

    default_hint = QT_TRANSLATE_NOOP(
        "errors",
        "Run `fieldkit trust add CARD.fkid` to see a card's fingerprint, compare it with its "
        "holder in person or by phone (they read theirs with `fieldkit identity show`), then "
        "run it again with --verified; or name a recipient with --to CARD.fkid.",
    )


def resolve_recipients(vault: Vault, given: Sequence[str], plain: bool) -> list[Recipient]:
    """`--to` values (card files or age1… keys) → recipients; none given → the verified
    coordinators (a card's claimed role is only a claim: an unverified card is never a default).

    Raises NoRecipientsError (exit 2) when nobody would be able to read the bundle, and
    UnverifiedCoordinatorsError (exit 2, naming them) when the only coordinators are unverified.
    """
    from fieldkit.identity import trust

    recipients: dict[str, Recipient] = {}
    for value in given:
        if value.startswith("age1"):
            try:
                age.X25519Recipient.from_string(value)
            except ValueError:
                raise UsageError(
                    QT_TRANSLATE_NOOP("errors", "{start}… is not a valid age recipient."),
                    start=value[:12],
                ) from None
            r = Recipient(value)
        else:
            card = read_card_file(Path(value))  # a FIFO or device is refused, never waited on
            known = trust.get_exact(vault.db, card.fingerprint)
            r = Recipient.from_card(card, known.name if known else None)
        recipients[r.key] = r
    if not given and not plain:
        for key in trust.default_recipients(vault.db):
            r = Recipient.from_card(key.card, key.name)
            recipients[r.key] = r
        if not recipients:
            unverified = trust.unverified_coordinators(vault.db)
            if unverified:
                labels = [trust.short_label(k.name, k.fingerprint, True) for k in unverified]
                if len(labels) == 1:
                    template = QT_TRANSLATE_NOOP(
                        "errors",
                        "Bundles go by default only to verified coordinators, and {cards} is "
                        "unverified: its fingerprint was never compared with its holder.",
                    )
                else:
                    template = QT_TRANSLATE_NOOP(
                        "errors",
                        "Bundles go by default only to verified coordinators, and {cards} are "
                        "unverified: their fingerprints were never compared with their holders.",
                    )
                raise UnverifiedCoordinatorsError(message(template, cards=trust.and_list(labels)))
            raise NoRecipientsError(
                QT_TRANSLATE_NOOP("errors", "There is no one to encrypt this bundle to.")
            )
    return sorted(recipients.values(), key=lambda r: r.key)


@dataclass(frozen=True)
class RecipientCheck:
    """What the user should know about one chosen recipient before a bundle goes to it."""

    recipient: Recipient
    trusted: bool  # its card is in the trust store, not revoked
    verified: bool  # ... and its fingerprint was compared with its holder
    lookalikes: tuple[str, ...] = ()  # labels of other trusted cards whose name looks the same
    revoked: bool = False  # its card is in the trust store, revoked

    @property
    def label(self) -> str:
        """'Bob (fingerprint 1a2b…)' or 'age key age1…', English as a str, translated where
        shown (an :class:`fieldkit.i18n.Text`)."""
        from fieldkit.identity import trust

        r = self.recipient
        if r.fingerprint is None:
            return message(QT_TRANSLATE_NOOP("errors", "age key {key}…"), key=r.age_recipient[:16])
        return trust.short_label(r.name or "?", r.fingerprint, self.verified)

    def warnings(self) -> list[str]:
        """Plain sentences, empty for a verified card with a name of its own or a bare age key
        (which has no card to verify: the user typed it)."""
        from fieldkit.identity import trust

        found: list[str] = []
        if self.recipient.fingerprint is not None and not self.verified:
            if self.trusted:
                problem = QT_TRANSLATE_NOOP(
                    "errors",
                    "{card} is trusted but unverified: if the card is not really its holder's, "
                    "whoever made it can read this bundle.",
                )
            elif self.revoked:
                problem = QT_TRANSLATE_NOOP(
                    "errors",
                    "{card} was revoked in your trust store: if the card is not really its "
                    "holder's, whoever made it can read this bundle.",
                )
            else:
                problem = QT_TRANSLATE_NOOP(
                    "errors",
                    "{card} is not in your trust store: if the card is not really its holder's, "
                    "whoever made it can read this bundle.",
                )
            plain = trust.short_label(self.recipient.name or "?", self.recipient.fingerprint, True)
            found.append(_then_verify(message(problem, card=plain)))
        if self.lookalikes:
            found.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{cards} have the same or lookalike names: check by fingerprint that this "
                        "bundle goes to the one you mean.",
                    ),
                    cards=trust.and_list(sorted((self.label, *self.lookalikes))),
                )
            )
        return found


def _then_verify(problem: str) -> str:
    """A warning about an unverified card, followed by how to verify it (two sentences)."""
    from fieldkit.identity import trust

    return message(
        QT_TRANSLATE_NOOP("errors", "{problem} {advice}"),
        problem=problem,
        advice=trust.how_to_verify(),
    )


def recipient_warnings(checks: Sequence[RecipientCheck]) -> list[str]:
    """Every check's warnings, each said once (two chosen cards named alike share one)."""
    seen: set[str] = set()
    said = []
    for check in checks:
        for warning in check.warnings():
            if warning not in seen:
                seen.add(warning)
                said.append(warning)
    return said


def check_recipients(vault: Vault, recipients: Sequence[Recipient]) -> list[RecipientCheck]:
    """Verified state and lookalike names of each recipient, against the trust store."""
    from fieldkit.identity import trust

    keys = trust.list_keys(vault.db)
    by_fp = {k.fingerprint: k for k in keys if not k.revoked}
    revoked = {k.fingerprint for k in keys if k.revoked}
    collisions = trust.name_collisions(keys)
    checks = []
    for r in recipients:
        key = by_fp.get(r.fingerprint or "")
        if key is None and r.fingerprint is not None and r.name:
            # A card that is not trusted can still wear a trusted card's name.
            others = trust.same_name_as(vault.db, r.name, r.fingerprint)
        else:
            others = collisions.get(r.fingerprint or "", [])
        checks.append(
            RecipientCheck(
                r,
                trusted=key is not None,
                verified=key is not None and key.verified,
                revoked=r.fingerprint in revoked,
                lookalikes=tuple(
                    trust.short_label(o.name, o.fingerprint, o.verified) for o in others
                ),
            )
        )
    return checks


def left_out_coordinators(vault: Vault, recipients: Sequence[Recipient]) -> list[str]:
    """Sentences naming each unverified coordinator these recipients leave out, why and how to
    verify it (said when the recipients are the defaults)."""
    from fieldkit.identity import trust

    chosen = {r.fingerprint for r in recipients}
    left_out = QT_TRANSLATE_NOOP(
        "errors",
        "Not encrypted to {card}: an unverified coordinator receives bundles only when named "
        "with --to.",
    )
    return [
        _then_verify(message(left_out, card=trust.short_label(k.name, k.fingerprint, False)))
        for k in trust.unverified_coordinators(vault.db)
        if k.fingerprint not in chosen
    ]


def not_yet_sent(db: Connection, recipients: Sequence[Recipient]) -> tuple[int, int]:
    """(revisions, photos) the recipients are not known to hold that no bundle waiting in the
    sync outbox carries: what the next sync exports for them. Read-only.

    A bundle exported by hand and never acknowledged does not count as delivered: it may have
    been lost.
    """
    stream = _existing_stream(db, recipients, False) or ""
    condition, args = _revision_condition(stream, "unsent", recipients)
    # Counted in SQL, without reading the revisions into Python: the GUI polls this.
    revisions = db.execute(
        f"SELECT count(*) FROM revisions r WHERE {condition}",  # noqa: S608
        args,
    ).fetchone()[0]
    ours = set(_photo_catalogue(db))
    # Every photo held here that is not to be left out goes: with a revision that carries it,
    # or with one the recipients already hold (see export_bundles).
    unsent_photos = ours - _photos_not_to_send(db, stream, recipients, "unsent", ours)
    return int(revisions), len(unsent_photos)


def _remove_abandoned_partials(output: Path) -> None:
    """Remove what a killed export left beside ``output``: its hidden partial bundle files.

    Only partials of bundle files (``.fkb``, this output or its parts), and only those no live
    process is still writing (see fsutil.remove_abandoned_temp_files): another export into the
    same folder at the same time keeps its own.
    """
    suffix = output.suffix or ".fkb"

    def ours(name: str) -> bool:
        return (
            name.endswith(".fkb")
            or name == output.name
            or (name.startswith(f"{output.stem}.part") and name.endswith(suffix))
        )

    removed = remove_abandoned_temp_files(output.parent, ours)
    if removed:
        log.info("removed %d partial bundle file(s) an interrupted export left", removed)


@contextlib.contextmanager
def page_cache(db: Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache set to ``kib`` KiB for a while, then as it was.

    An export reads every revision once, front to back: a cache as large as the vault's usual
    one (fieldkit.vault.database) would only fill up with pages read once, and at a million
    revisions it is a quarter of the export's peak memory. An import, the other way round,
    inserts into a dozen indexes at random places: there a larger cache saves reading (and
    decrypting) the same pages again and again (fieldkit.bundles.importer).
    """
    (before,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


def export_bundles(
    vault: Vault,
    output: Path,
    options: ExportOptions,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Export bundles to ``output`` (split into ``stem.partNofM.fkb`` if over max_size).

    Long work in the task contract: ``progress`` gets phase "write" (bytes written of the
    estimated total), ``cancel`` is polled between chunks. Raises NoRecipientsError,
    DiskFullError/StorageError, CancelledError — and whatever stops it, nothing is left: the
    parts it had finished are removed again, as is the partial file of the part it was writing.
    """
    output = Path(output)
    before = _part_files(output)
    recording: list[bool] = []  # set inside the transaction that records the parts as sent
    # An earlier export's file that a part replaces is moved aside first (its hidden name),
    # so that an export that stops half-way can put the earlier set back whole; dropped once
    # the new parts are recorded as sent.
    aside: list[tuple[Path, Path]] = []
    try:
        with page_cache(vault.db, EXPORT_CACHE_KIB):
            result = _export_bundles(vault, output, options, progress, cancel, recording, aside)
    except BaseException:
        if recording and vault.committed:
            # Recorded as sent (a second Ctrl+C right after that COMMIT): the parts stay.
            _drop_aside(aside)
            raise
        for leftover in _part_files(output) - before:
            with contextlib.suppress(OSError):
                leftover.unlink()
        for path, hidden in reversed(aside):
            with contextlib.suppress(OSError):
                os.replace(hidden, path)
        raise
    _drop_aside(aside)
    return result


def _aside_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.fieldkit-earlier")


def _drop_aside(aside: list[tuple[Path, Path]]) -> None:
    for _path, hidden in aside:
        with contextlib.suppress(OSError):
            hidden.unlink()


def _part_files(output: Path) -> set[Path]:
    """Files that are, or could be, the bundle or the parts of an export to ``output``."""
    suffix = output.suffix or ".fkb"
    found = set(output.parent.glob(f"{glob.escape(output.stem)}.part*of*{suffix}"))
    if output.exists():
        found.add(output)
    return found


def _export_bundles(
    vault: Vault,
    output: Path,
    options: ExportOptions,
    progress: ProgressSink | None,
    cancel: CancelCheck | None,
    recording: list[bool],
    aside: list[tuple[Path, Path]],
) -> ExportResult:
    db = vault.db
    identity = own.load(db)
    output = Path(output)
    _remove_abandoned_partials(output)
    recipients = list(options.recipients) if options.recipients is not None else []
    if options.recipients is None and not options.plain:
        recipients = resolve_recipients(vault, [], False)
    if options.plain:
        recipients = []
    encrypted = not options.plain
    kind = (
        "snapshot" if options.redact_locations else ("full" if options.mode == "full" else "delta")
    )
    with vault.transaction():
        stream = _stream_for(db, recipients, options.plain)
    epoch = vault.epoch
    items, authors = _select_items(db, stream, options.mode, options.redact_locations, recipients)
    result = ExportResult([], stream, kind, recipients, encrypted)
    catalogue = _photo_catalogue(db)
    ours = set(catalogue)
    mode = "full" if options.redact_locations else options.mode
    skip = _photos_not_to_send(db, stream, recipients, mode, ours)
    referenced = {h for item in items for h in item.photos}
    # Photos the recipients are not known to hold, though they hold every revision that refers
    # to them: they go again, with one of those revisions (never only "until sent once").
    extra = set() if mode == "full" else ours - skip - referenced
    carried = (referenced & ours) - skip | extra
    left_out = resolve_leave_out(options.leave_out_photos, carried)
    if left_out and options.redact_locations:
        items, authors = _select_items(
            db, stream, options.mode, True, recipients, frozenset(left_out)
        )
    extra -= left_out
    if extra:
        chosen = {i.rev_id for i in items}
        more, found = _revisions_carrying(db, extra, authors)
        items += [i for i in more if i.rev_id not in chosen]
        extra &= found
    # An otherwise empty bundle still goes out when it acknowledges bundles that carried
    # revisions (so the sender learns we hold them); acknowledging an acknowledgement-only
    # bundle would make two vaults ping-pong forever.
    pending_acks = db.execute(
        "SELECT count(*) FROM received_bundles r WHERE r.new_revisions + r.duplicates > 0 "
        "AND NOT EXISTS (SELECT 1 FROM sent_acknowledgements a WHERE a.stream_id = ? "
        "AND a.bundle_id = r.bundle_id)",
        (stream,),
    ).fetchone()[0]
    # Sync receipts carry acknowledgements, so "unsent" never writes acknowledgement-only bundles.
    if not items and kind == "delta" and (not pending_acks or options.mode == "unsent"):
        result.nothing_new = True
        return result
    hashes = {h for item in items for h in item.photos}
    photos = {h: catalogue[h] for h in hashes if h in catalogue}
    missing = hashes - set(photos)
    if missing:
        result.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors", "{count} photo(s) are not in this vault and were left out."
                ),
                count=len(missing),
            )
        )
    if left_out:
        result.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} photo(s) left out as asked ({hashes}); a later export sends them.",
                ),
                count=len(left_out),
                hashes=", ".join(sorted(h[:12] for h in left_out)),
            )
        )
    already_sent = skip | left_out
    cards = _author_cards(db, identity, authors)
    from fieldkit.identity.revocation import notices_to_send

    audit_lines = [
        canonical_json({"type": "audit", "event": e.to_json()}) for e in audit.events(db)
    ] + notices_to_send(db, identity)
    base = 64 * 1024 + sum(len(json.dumps(c)) for c in cards) + sum(len(x) for x in audit_lines)
    parts = _split(items, photos, already_sent, options.max_size, base)
    # Each part writes the cards and the audit lines besides its items (see records_size).
    per_part = sum(len(canonical_json({"type": "card", "card": c})) + 1 for c in cards) + sum(
        len(x) + 1 for x in audit_lines
    )
    total = (
        sum(i.size for i in items)
        + sum(p.size for _, ps in parts for p in ps)
        + per_part * len(parts)
    )
    reporter = Reporter(progress, cancel, cancelled_message=CANCELLED)
    # An estimate (the encryption's overhead is not counted): Reporter caps it at the total.
    reporter.start(WRITE, total, Text("progress", WRITING))

    def tick(n: int) -> None:
        reporter.step(n)
        reporter.check()

    last = db.execute(
        "SELECT bundle_id, sequence, tagmanifest_sha256 FROM sent_bundles "
        "WHERE stream_id = ? AND epoch = ? ORDER BY sequence DESC LIMIT 1",
        (stream, epoch),
    ).fetchone()
    previous_id, sequence, previous_tag = (
        (last[0], int(last[1]), last[2]) if last else (None, 0, None)
    )
    written: list[tuple[ExportedBundle, L.BundleHeader, list[_Item], list[_Photo], str]] = []
    for index, (part_items, part_photos) in enumerate(parts, start=1):
        sequence += 1
        header = L.BundleHeader(
            bundle_id=L.new_bundle_id(),
            sender=identity.fingerprint,
            stream=stream,
            epoch=epoch,
            sequence=sequence,
            previous_bundle=previous_id,
            previous_tagmanifest_sha256=previous_tag,
            kind=kind,
            encrypted=encrypted,
        )
        path = (
            output
            if len(parts) == 1
            else output.with_name(
                f"{output.stem}.part{index}of{len(parts)}{output.suffix or '.fkb'}"
            )
        )

        def move_earlier_aside(path: Path = path) -> None:
            if path.exists():
                hidden = _aside_name(path)
                os.replace(path, hidden)
                aside.append((path, hidden))

        with atomic_writer(path, mode=0o644, before_replace=move_earlier_aside) as fh:
            part = _Part(
                header,
                part_items,
                part_photos,
                cards,
                audit_lines,
                recipients,
                options.redact_locations,
            )
            # Written front to back (no seeking back), so the file's SHA-256 is computed as it
            # is written, on the hashing thread, instead of reading the file again.
            hashed = StreamingOutput(fh)
            try:
                out = cast(BinaryIO, hashed)  # BundleZipWriter takes it as it is
                tag_sha, _ = _write_bundle(out, vault, identity, part, tick, cancel)
                file_sha = hashed.hexdigest()
            finally:
                hashed.close()
            fh.flush()
            size = fh.tell()
        bundle = ExportedBundle(
            path,
            header.bundle_id,
            sequence,
            size,
            sum(1 for i in part_items if i.rev_id),
            sum(1 for i in part_items if not i.rev_id),
            len(part_photos),
            file_sha,
        )
        written.append((bundle, header, part_items, part_photos, tag_sha))
        previous_id, previous_tag = header.bundle_id, tag_sha
    # Remember what went where, so the next delta carries only what is new for this stream.
    with vault.transaction() as tx:
        recording.append(True)  # from here, vault.committed says whether the parts are sent
        for bundle, _header, part_items, part_photos, tag_sha in written:
            tx.execute(
                "INSERT INTO sent_bundles (bundle_id, stream_id, epoch, sequence, kind, "
                "tagmanifest_sha256, file_sha256, revisions, photos, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    bundle.bundle_id,
                    stream,
                    epoch,
                    bundle.sequence,
                    kind,
                    tag_sha,
                    bundle.file_sha256,
                    bundle.revisions,
                    bundle.photos,
                    _now(),
                ),
            )
            tx.execute(
                "INSERT OR IGNORE INTO sent_acknowledgements (stream_id, bundle_id) "
                "SELECT ?, bundle_id FROM received_bundles",
                (stream,),
            )
            if kind != "snapshot":
                # Every bundle's own content: whichever of them is acknowledged (an earlier
                # one may be lost for good) says what the recipients hold.
                # A generator: a million revisions are not queued as a million tuples.
                tx.executemany(
                    "INSERT OR IGNORE INTO sent_revisions (stream_id, rev_id, bundle_id) "
                    "VALUES (?, ?, ?)",
                    ((stream, i.rev_id, bundle.bundle_id) for i in part_items if i.rev_id),
                )
                tx.executemany(
                    "INSERT OR IGNORE INTO sent_photos (stream_id, sha256, bundle_id) "
                    "VALUES (?, ?, ?)",
                    [(stream, p.sha256, bundle.bundle_id) for p in part_photos],
                )
            audit.record(
                tx,
                "exported",
                {
                    "bundle": bundle.bundle_id,
                    "recipients": [r.key for r in recipients],
                    "kind": kind,
                    "sequence": bundle.sequence,
                    "revisions": bundle.revisions,
                    "photos": bundle.photos,
                },
                actor=identity.fingerprint,
            )
    reporter.finish()
    result.bundles = [w[0] for w in written]
    log.info("exported %d bundle(s), kind %s", len(written), kind)
    return result


__all__ = [
    "DEFAULT_MAX_SIZE",
    "ExportOptions",
    "ExportResult",
    "ExportedBundle",
    "NoRecipientsError",
    "Recipient",
    "RecipientCheck",
    "UnverifiedCoordinatorsError",
    "check_recipients",
    "export_bundles",
    "left_out_coordinators",
    "not_yet_sent",
    "parse_size",
    "recipient_warnings",
    "resolve_recipients",
]
