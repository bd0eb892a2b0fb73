"""age v1 encryption (https://age-encryption.org/v1) on ``cryptography``'s primitives.

Supported: X25519 recipients (``age1…``) and identities (``AGE-SECRET-KEY-1…``), the scrypt
passphrase stanza, and the binary format. Not supported: ASCII armor (refused with a clear
:class:`AgeHeaderError`), plugins and post-quantum keys.

Both directions stream with bounded memory::

    with open(dst_path, "wb") as dst, encryptor(dst, [recipient]) as w:
        w.write(data)                       # as often as needed; closing ends the payload

    with open(src_path, "rb") as src, decryptor(src, [identity]) as r:
        piece = r.read(65536)               # only authenticated plaintext is ever returned

If the body of ``with encryptor(...)`` raises, the final chunk is not written, so the partial
output can never be mistaken for a complete file. Errors are the ``Age*Error`` classes of
:mod:`fieldkit.errors`; their messages never contain keys or plaintext.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from fieldkit.crypto.age_header import (
    FILE_KEY_SIZE,
    MAX_HEADER_SIZE,
    NONCE_SIZE,
    HeaderReader,
    Stanza,
    encode_header,
    read_header,
    verify_mac,
)
from fieldkit.crypto.age_keys import (
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    identities_from_text,
)
from fieldkit.crypto.age_stream import (
    CHUNK_SIZE,
    ENC_CHUNK_SIZE,
    TAG_SIZE,
    MemorySource,
    StreamOpener,
    StreamSealer,
    StreamSource,
    encrypted_size,
    payload_key,
)
from fieldkit.errors import AgeError, AgeHeaderError, AgeNoIdentityMatchError
from fieldkit.fsutil import ClosedOnExit
from fieldkit.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

__all__ = [
    "CHUNK_SIZE",
    "AgeReader",
    "AgeWriter",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "X25519Identity",
    "X25519Recipient",
    "decrypt_bytes",
    "decrypt_file",
    "decryptor",
    "encrypt_bytes",
    "encrypt_file",
    "encryptor",
    "identities_from_text",
]

ChunkCallback = Callable[[int], None]


def _write_all(dst: BinaryIO, data: memoryview) -> None:
    while data:
        n = dst.write(data)
        if n is None or n >= len(data):  # None: a writer that does not count, so wrote all
            return
        data = data[n:]


def _read_full(src: BinaryIO, buf: memoryview) -> int:
    """Fill ``buf`` from ``src``; fewer bytes only at end of file."""
    readinto = getattr(src, "readinto", None)
    filled = 0
    while filled < len(buf):
        if readinto is not None:
            n = readinto(buf[filled:]) or 0
        else:
            data = src.read(len(buf) - filled)
            n = len(data)
            buf[filled : filled + n] = data
        if n == 0:
            break
        filled += n
    return filled


# --- encryption --------------------------------------------------------------------------------


def _make_header(recipients: Sequence[Recipient]) -> tuple[bytes, bytes]:
    """(header with the payload nonce appended, payload key) for a fresh file key."""
    if not recipients:
        raise ValueError("An age file needs at least one recipient.")
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas: list[Stanza] = []
    for recipient in recipients:
        stanzas.extend(recipient.wrap(file_key))
    if len(stanzas) != 1 and any(s.type == "scrypt" for s in stanzas):
        raise ValueError("A passphrase must be the only recipient of an age file.")
    nonce = os.urandom(NONCE_SIZE)
    return encode_header(stanzas, file_key) + nonce, payload_key(file_key, nonce)


class AgeWriter:
    """Encrypts what is written to it into an underlying binary stream.

    A destination with ``reserve(n)`` (a writable view of its next ``n`` bytes) and
    ``commit(n)`` gets each chunk sealed straight into its own buffer, instead of into this
    writer's and then copied by ``write`` (fieldkit.bundles.zip_writer.HashingWriter).

    :meth:`close` seals the final chunk (it does not close the underlying stream). Used as a
    context manager, an exception in the block aborts instead: no final chunk is written, so
    the truncated output fails to decrypt.
    """

    def __init__(self, dst: BinaryIO, recipients: Sequence[Recipient]) -> None:
        header, key = _make_header(recipients)
        self._dst = dst
        self._sealer = StreamSealer(key)
        self._buf = bytearray(CHUNK_SIZE)
        self._view = memoryview(self._buf)
        self._out = memoryview(bytearray(ENC_CHUNK_SIZE))
        self._reserve: Callable[[int], memoryview] | None = getattr(dst, "reserve", None)
        self._commit: Callable[[int], None] | None = getattr(dst, "commit", None)
        self._pending = 0  # plaintext bytes waiting in _buf
        self._closed = False
        _write_all(dst, memoryview(header))

    @property
    def closed(self) -> bool:
        return self._closed

    def writable(self) -> bool:
        return True

    def _seal(self, data: memoryview, last: bool) -> None:
        if self._reserve is not None and self._commit is not None:
            size = len(data) + TAG_SIZE
            self._sealer.seal_into(data, last, self._reserve(size))
            self._commit(size)
            return
        size = self._sealer.seal_into(data, last, self._out)
        _write_all(self._dst, self._out[:size])

    def write(self, data: ReadableBuffer) -> int:
        """Encrypt ``data``; full chunks go out as soon as it is known they are not the last."""
        if self._closed:
            raise ValueError("write to a closed age writer")
        with memoryview(data) as raw, raw.cast("B") as mv:
            total = len(mv)
            pos = 0
            if self._pending:
                pos = min(CHUNK_SIZE - self._pending, total)
                self._view[self._pending : self._pending + pos] = mv[:pos]
                self._pending += pos
                if pos == total:
                    return total  # a full buffer may still turn out to be the final chunk
                self._seal(self._view, last=False)
                self._pending = 0
            while total - pos > CHUNK_SIZE:
                self._seal(mv[pos : pos + CHUNK_SIZE], last=False)
                pos += CHUNK_SIZE
            self._pending = total - pos
            self._view[: self._pending] = mv[pos:]
        return total

    def flush(self) -> None:
        flush = getattr(self._dst, "flush", None)
        if flush is not None:
            flush()

    def close(self) -> None:
        """Seal the final chunk (possibly full, empty only if nothing was written)."""
        if self._closed:
            return
        self._seal(self._view[: self._pending], last=True)
        self._wipe()
        self.flush()

    def abort(self) -> None:
        """Stop without the final chunk: what was written so far will not decrypt."""
        self._wipe()

    def _wipe(self) -> None:
        self._closed = True
        self._pending = 0
        self._view[:] = bytes(CHUNK_SIZE)

    def __enter__(self) -> AgeWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def encryptor(dst: BinaryIO, recipients: Sequence[Recipient]) -> AgeWriter:
    """An :class:`AgeWriter` to ``dst``; the header is written at once."""
    return AgeWriter(dst, recipients)


def _bytes_buffer(size: int) -> io.BytesIO:
    """A BytesIO holding ``size`` bytes, to be filled through ``getbuffer()``.

    Once the view is released, ``getvalue()`` hands over the internal bytes object without
    copying it (CPython), so a large result is allocated and touched only once.
    """
    buf = io.BytesIO()
    if size:
        buf.seek(size - 1)
        buf.write(b"\0")
        buf.seek(0)
    return buf


def encrypt_bytes(data: ReadableBuffer, recipients: Sequence[Recipient]) -> bytes:
    """Encrypt a whole buffer in memory."""
    header, key = _make_header(recipients)
    sealer = StreamSealer(key)
    with memoryview(data) as raw, raw.cast("B") as mv:
        size = len(mv)
        out = _bytes_buffer(len(header) + encrypted_size(size))
        with out.getbuffer() as view:
            view[: len(header)] = header
            pos, at = 0, len(header)
            while True:
                end = min(pos + CHUNK_SIZE, size)
                at += sealer.seal_into(mv[pos:end], end == size, view[at:])
                pos = end
                if pos == size:
                    break
    return out.getvalue()


def encrypt_file(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Sequence[Recipient],
    chunk_callback: ChunkCallback | None = None,
) -> int:
    """Encrypt ``src`` to ``dst`` chunk by chunk; returns the plaintext size.

    ``chunk_callback`` is called with the plaintext bytes read so far after each chunk; if it
    raises (to cancel), the output lacks its final chunk and will not decrypt.
    """
    header, key = _make_header(recipients)
    sealer = StreamSealer(key)
    _write_all(dst, memoryview(header))
    cur, nxt = memoryview(bytearray(CHUNK_SIZE)), memoryview(bytearray(CHUNK_SIZE))
    out = memoryview(bytearray(ENC_CHUNK_SIZE))
    n = _read_full(src, cur)
    total = n
    while True:
        if chunk_callback is not None:
            chunk_callback(total)
        if n == CHUNK_SIZE:
            n_next = _read_full(src, nxt)
            last = n_next == 0
        else:
            n_next, last = 0, True
        size = sealer.seal_into(cur[:n], last, out)
        _write_all(dst, out[:size])
        if last:
            break
        cur, nxt, n = nxt, cur, n_next
        total += n
    flush = getattr(dst, "flush", None)
    if flush is not None:
        flush()
    return total


# --- decryption --------------------------------------------------------------------------------


def _open_header(src: BinaryIO, identities: Sequence[Identity]) -> tuple[bytes, bytes]:
    """Parse and authenticate the header; returns (payload key, bytes read past the nonce)."""
    if not identities:
        raise ValueError("Decrypting needs at least one identity.")
    reader = HeaderReader(src)
    header = read_header(reader)
    if len(header.stanzas) != 1 and any(s.type == "scrypt" for s in header.stanzas):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("errors", "An scrypt stanza must be the only one in an age file.")
        )
    file_key = None
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            break
    if file_key is None:
        raise AgeNoIdentityMatchError(
            QT_TRANSLATE_NOOP("errors", "None of the given keys can open this age file.")
        )
    verify_mac(file_key, header)
    nonce = reader.read_exact(NONCE_SIZE)
    if nonce is None:
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("errors", "The age file ends before its payload nonce.")
        )
    return payload_key(file_key, nonce), reader.leftover()


class AgeReader(ClosedOnExit):
    """Decrypted plaintext of an age file, read like a binary file.

    ``read(n)`` returns ``n`` bytes, fewer only at the end. Plaintext is released only after
    its chunk's tag has been verified. If a chunk fails after others were read in the same
    call, the authenticated bytes are returned first and the error is raised by the next call.
    :meth:`close` does not close the underlying stream.
    """

    def __init__(self, opener: StreamOpener) -> None:
        self._opener = opener
        self._buf = memoryview(bytearray(CHUNK_SIZE))
        self._pos = 0
        self._len = 0
        self._error: AgeError | None = None
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def readable(self) -> bool:
        return True

    def _check(self) -> None:
        if self._closed:
            raise ValueError("read from a closed age reader")

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Fill ``buffer``; fewer bytes only at the end of the plaintext."""
        self._check()
        with memoryview(buffer) as raw, raw.cast("B") as mv:
            want = len(mv)
            got = 0
            while got < want:
                if self._pos < self._len:
                    k = min(self._len - self._pos, want - got)
                    mv[got : got + k] = self._buf[self._pos : self._pos + k]
                    self._pos += k
                    got += k
                    continue
                if self._error is not None:
                    if got:
                        break
                    error, self._error = self._error, None
                    raise error
                try:
                    if want - got >= CHUNK_SIZE:  # decrypt straight into the caller's buffer
                        n = self._opener.open_into(mv[got : got + CHUNK_SIZE])
                        got += n
                    else:
                        n = self._opener.open_into(self._buf)
                        self._pos, self._len = 0, n
                except AgeError as exc:
                    if not got:
                        raise
                    # Hand out what is authenticated and fail on the next call. The traceback
                    # is dropped: its frames hold views of the caller's buffer.
                    self._error = exc.with_traceback(None)
                    break
                if n == 0:
                    break
            return got

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes (all the rest if ``size`` is negative or None)."""
        self._check()
        if size is None or size < 0:
            return self._collect(None)
        if self._len - self._pos >= size:
            data = bytes(self._buf[self._pos : self._pos + size])
            self._pos += size
            return data
        return self._collect(size)

    def readall(self) -> bytes:
        """All the remaining plaintext; any failure raises, even after some chunks were read."""
        self._check()
        return self._collect(None)

    def _collect(self, limit: int | None) -> bytes:
        hint = self._opener.plaintext_hint()  # exact for well-formed files held in memory
        capacity = self._len - self._pos + (CHUNK_SIZE if hint is None else hint)
        if limit is not None:
            capacity = min(capacity, limit)
        out = _bytes_buffer(capacity)
        filled = 0
        while limit is None or filled < limit:
            if self._opener.done and self._pos >= self._len:
                break
            if filled == capacity:
                capacity = max(2 * capacity, CHUNK_SIZE)
                if limit is not None:
                    capacity = min(capacity, limit)
                out.seek(capacity - 1)
                out.write(b"\0")
            try:
                with out.getbuffer() as mv:
                    n = self.readinto(mv[filled:capacity])
            except AgeError as exc:
                if limit is None or not filled:
                    raise
                self._error = exc.with_traceback(None)  # as in readinto: fail on the next call
                break
            filled += n
            if self._error is not None:
                if limit is None:  # all or nothing
                    error, self._error = self._error, None
                    raise error
                break  # hand out the authenticated part; the next call raises
            if n == 0:
                break
        out.truncate(filled)
        return out.getvalue()

    def close(self) -> None:
        self._closed = True
        self._buf[:] = bytes(CHUNK_SIZE)
        self._pos = self._len = 0


def decryptor(src: BinaryIO, identities: Sequence[Identity]) -> AgeReader:
    """An :class:`AgeReader` over ``src``: the header is read and authenticated at once.

    Raises :class:`AgeHeaderError`, :class:`AgeNoIdentityMatchError` or :class:`AgeHmacError`;
    reading raises :class:`AgePayloadError`.
    """
    key, leftover = _open_header(src, identities)
    return AgeReader(StreamOpener(key, StreamSource(src, leftover)))


def decrypt_bytes(data: ReadableBuffer, identities: Sequence[Identity]) -> bytes:
    """Decrypt a whole age file held in memory."""
    with memoryview(data) as raw, raw.cast("B") as mv:
        # The header parser reads a copy of at most the longest header, not the whole file.
        src = io.BytesIO(bytes(mv[: MAX_HEADER_SIZE + NONCE_SIZE]))
        key, leftover = _open_header(src, identities)
        start = src.tell() - len(leftover)
        with AgeReader(StreamOpener(key, MemorySource(mv[start:]))) as reader:
            return reader.readall()


def decrypt_file(
    src: BinaryIO,
    dst: BinaryIO,
    identities: Sequence[Identity],
    chunk_callback: ChunkCallback | None = None,
) -> int:
    """Decrypt ``src`` to ``dst`` chunk by chunk; returns the plaintext size.

    Only authenticated chunks reach ``dst``, but a failure can come after some did: callers
    write to a temporary file and keep it only if this returns.
    """
    total = 0
    out = memoryview(bytearray(CHUNK_SIZE))
    with decryptor(src, identities) as reader:
        while True:
            n = reader.readinto(out)
            if n == 0:
                break
            _write_all(dst, out[:n])
            total += n
            if chunk_callback is not None:
                chunk_callback(total)
    flush = getattr(dst, "flush", None)
    if flush is not None:
        flush()
    return total
