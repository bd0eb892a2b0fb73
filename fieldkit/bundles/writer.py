"""Writing one bundle file (SPEC §7): payload, photos, records, tag files and the signature.

:func:`write_bundle` streams each payload file through age encryption into a STORED ZIP member
(:mod:`fieldkit.bundles.zip_writer` hashes and writes on helper threads), then writes the BagIt
tag files and signs the tag manifest. The photos are decrypted on a helper thread
(:class:`PhotoReader`) while this one encrypts: memory does not grow with the bundle (photos
stream in 1 MiB pieces), and no plaintext touches disk.

It writes a :class:`BundleContent` — record lines from an iterator and photos from
:class:`PhotoSource` readers — not a vault: the vault's export (:func:`vault_content`) and the
programme archive's (fieldkit.archive.export, revisions from PostgreSQL and photos from S3) are
the one writer, so they write the one format.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import queue
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from fieldkit import __version__
from fieldkit.canonical_json import canonical_json
from fieldkit.clock import now as _now
from fieldkit.crypto import age
from fieldkit.crypto.minisign import sign
from fieldkit.identity import own
from fieldkit.identity.card import make_card
from fieldkit.vault import audit
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

from . import layout as L
from .parts import encrypted_size
from .recipients import Recipient
from .selection import Item, Photo, _revision_line, item_lines
from .zip_writer import BundleZipWriter, HashingWriter, HashThread

CHUNK = 1 << 20


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
        with self._zw.member(f"{self._bag}/{visible}", encrypted_size(size_hint)) as out:
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


def revision_line(canonical: bytes, signature: bytes) -> bytes:
    """The records.ndjson line (without its newline) of a revision: its canonical bytes and its
    author's signature, untouched."""
    return _revision_line(canonical, signature)


@dataclass(frozen=True)
class PhotoSource:
    """A photo a bundle carries: its content address, its plaintext size (an upper bound will
    do: it sizes parts and progress) and ``open``, a readable stream of its plaintext (read
    with ``readinto``, a chunk at a time). Its bytes must be the ones its hash names: the
    vault's come authenticated by its storage key; another store checks them as it reads."""

    sha256: str
    size: int
    open: Callable[[], AbstractContextManager[BinaryIO]]


@dataclass
class BundleContent:
    """Everything one bundle file carries, however it is stored.

    ``lines`` are the records.ndjson lines after the cards (revisions, or a snapshot's records),
    without their newlines, read once as the file is written: a million of them need not be in
    memory. ``lines_size`` is their size with newlines (an upper bound will do).
    """

    header: L.BundleHeader
    lines: Iterable[bytes]
    lines_size: int
    revisions: int
    records: int
    photos: Sequence[PhotoSource]
    cards: list[dict[str, Any]]
    audit_lines: list[bytes]
    recipients: list[Recipient]
    redact: bool
    audit_head: tuple[str, int]
    acknowledgements: list[str]


def _redacted_photo_chunks(photo: PhotoSource) -> Iterator[bytes | memoryview]:
    """The photo's plaintext without its location (read whole: the JPEG is rewritten)."""
    from fieldkit.records.photo_redact import strip_gps

    with photo.open() as src:
        data = src.read()
    # Its SHA-256 is known (its content address): no second hash of the original.
    yield strip_gps(data, photo.sha256)


_END_OF_PHOTO = object()


class PhotoReader:
    """Decrypts the photos, in order, on a helper thread, into a few reused buffers.

    The export's own thread encrypts one photo's chunks for the recipients while this one
    decrypts the next ones from their store (ChaCha20-Poly1305 in cryptography runs without the
    GIL): the two costs that dominate an export run on two cores. Memory is bounded by the
    pool (``buffers`` x CHUNK); an error on the helper thread is raised by :meth:`chunks`.
    Always :meth:`close` it (in ``finally``): that stops the thread and wipes the buffers.
    """

    def __init__(self, photos: Sequence[PhotoSource], buffers: int = 4) -> None:
        self._pool: queue.Queue[bytearray] = queue.Queue()
        self._buffers = [bytearray(CHUNK) for _ in range(buffers)]
        for buf in self._buffers:
            self._pool.put(buf)
        # Never more than the pool's buffers plus one marker per photo: no bound needed.
        self._ready: queue.Queue[Any] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(list(photos),), name="fieldkit-photo-read", daemon=True
        )
        self._thread.start()

    def _take(self) -> bytearray | None:
        while not self._stop.is_set():
            try:
                return self._pool.get(timeout=0.05)
            except queue.Empty:
                continue
        return None

    def _run(self, photos: list[PhotoSource]) -> None:
        try:
            for photo in photos:
                with photo.open() as src:
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

    def chunks(self) -> Iterator[memoryview]:
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
                yield memoryview(held)[:size]
        finally:
            if held is not None:
                self._pool.put(held)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        for buf in self._buffers:  # plaintext of a photo: not left in freed memory
            buf[:] = bytes(len(buf))


def _counted(
    chunks: Iterator[bytes | memoryview], tick: Callable[[int], None]
) -> Iterator[bytes | memoryview]:
    """``chunks``, each passed to ``tick`` once it has been written: the progress of a photo
    moves with its bytes, and a cancel stops it within one chunk."""
    for chunk in chunks:
        yield chunk
        tick(len(chunk))


@dataclass
class Part:
    """What one bundle file of a vault's export carries (see :func:`vault_content`)."""

    header: L.BundleHeader
    items: list[Item]
    photos: list[Photo]
    cards: list[dict[str, Any]]
    audit_lines: list[bytes]
    recipients: list[Recipient]
    redact: bool


def vault_content(vault: Vault, part: Part) -> BundleContent:
    """A part of a vault's export as the writer takes it: revisions read back from the vault a
    batch at a time as they are written, photos decrypted from its media store."""
    items = part.items

    def opener(name: str) -> Callable[[], AbstractContextManager[BinaryIO]]:
        return lambda: vault.media.open(name)

    return BundleContent(
        header=part.header,
        lines=item_lines(vault.db, items),
        lines_size=sum(i.size for i in items),
        revisions=sum(1 for i in items if i.rev_id),
        records=sum(1 for i in items if not i.rev_id),
        photos=[PhotoSource(p.sha256, p.size, opener(p.media_name)) for p in part.photos],
        cards=part.cards,
        audit_lines=part.audit_lines,
        recipients=part.recipients,
        redact=part.redact,
        audit_head=audit.head(vault.db),
        acknowledgements=acknowledgements(vault.db),
    )


def acknowledgements(db: Connection) -> list[str]:
    """Which bundles this vault has imported, in order: every bundle it writes carries them,
    so the recipients learn what it now holds."""
    return [str(r[0]) for r in db.execute("SELECT bundle_id FROM received_bundles ORDER BY rowid")]


def write_bundle(
    fh: BinaryIO,
    identity: own.OwnIdentity,
    content: BundleContent,
    tick: Callable[[int], None],
) -> tuple[str, int]:
    """Write one bundle into ``fh``, signed by ``identity``; returns (tagmanifest SHA-256,
    plaintext photo bytes).

    ``tick(n)`` is called after every piece written, with its plaintext bytes (a photo's
    every MiB, not the photo once): it reports progress and is the safe point for cancel.
    """
    age_recipients: list[age.Recipient] | None = None
    if content.header.encrypted:
        keys = {r.age_recipient for r in content.recipients} | {identity.age_recipient}
        age_recipients = [age.X25519Recipient.from_string(k) for k in sorted(keys)]
    zw = BundleZipWriter(fh)
    try:
        return _write_members(zw, identity, content, age_recipients, tick)
    except BaseException:
        zw.abort()
        raise


def _write_members(
    zw: BundleZipWriter,
    identity: own.OwnIdentity,
    content: BundleContent,
    age_recipients: list[age.Recipient] | None,
    tick: Callable[[int], None],
) -> tuple[str, int]:
    header, photos, cards = content.header, content.photos, content.cards
    audit_lines, recipients, redact = content.audit_lines, content.recipients, content.redact
    bag = header.bundle_id
    payload = _Payload(zw, bag, age_recipients)

    # Photos, under random names: a visible name must say nothing (not even a hash).
    photo_entries: dict[str, dict[str, Any]] = {}
    redacted_hashes: dict[str, str] = {}
    photo_bytes = 0
    reader = None if redact or not photos else PhotoReader(photos)
    try:
        for photo in photos:
            name = f"{L.MEDIA_DIR}{secrets.token_hex(16)}"
            if reader is None:
                chunks = _counted(_redacted_photo_chunks(photo), tick)
                digest = payload.write_stream(name, chunks, photo.size)
                redacted_hashes[photo.sha256] = digest
            else:
                # The photo is its content address's bytes (a PhotoSource's contract: the vault
                # hashed them at ingest and they come back authenticated by age's AEAD under
                # its key), so hashing them again would only cost a pass over every byte; every
                # recipient re-hashes.
                payload.write_known(name, _counted(reader.chunks(), tick), photo.size)
                digest = photo.sha256
            photo_entries[L.payload_name(name, header.encrypted)] = {"sha256": digest}
            photo_bytes += photo.size
    finally:
        if reader is not None:
            reader.close()

    # Records: one JSON object per line, streamed (never the whole file in memory).
    records_size = (
        sum(len(canonical_json({"type": "card", "card": c})) + 1 for c in cards)
        + content.lines_size
        + sum(len(x) + 1 for x in audit_lines)
    )

    def records_chunks() -> Iterator[bytes]:
        out = bytearray()
        for card in cards:
            out += canonical_json({"type": "card", "card": card}) + b"\n"
        for line in content.lines:
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

    head_hash, head_length = content.audit_head
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
            "revisions": content.revisions,
            "records": content.records,
            "photos": len(photos),
            "cards": len(cards),
            "audit_events": len(audit_lines),
        },
        "records_sha256": records_sha,
        "photos": photo_entries,
        "redaction": {"locations": redact},
        "audit_head": {"hash": head_hash, "length": head_length},
        # Which bundles this vault has imported: the recipients learn what it now holds.
        "acknowledgements": list(content.acknowledgements),
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
