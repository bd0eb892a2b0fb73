"""The age v1 payload: ChaCha20-Poly1305 STREAM in 64 KiB chunks with a last-chunk flag.

The payload key is HKDF-SHA-256(file key, salt = the 16-byte payload nonce, info = "payload").
Chunk ``i`` is sealed under the 12-byte nonce ``i`` (11 bytes big-endian) followed by ``0x01``
for the final chunk and ``0x00`` otherwise. The final chunk may be full, and it is empty only if
the whole payload is empty.

One AEAD object serves a whole payload, nonces are built from one integer, and ciphertext is
read into (and plaintext decrypted into) preallocated buffers. A chunk's plaintext only ever
leaves this module after its tag has been verified; on failure the buffer it was decrypted into
is wiped.
"""

from __future__ import annotations

from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from fieldkit.crypto.age_header import hkdf_sha256
from fieldkit.errors import AgePayloadError
from fieldkit.i18n import QT_TRANSLATE_NOOP

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENC_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
_MAX_COUNTER = (1 << 88) - 1
_ZEROS = bytes(CHUNK_SIZE)

# Recent cryptography can seal and open into caller-provided buffers; older versions allocate.
_HAS_INTO = hasattr(ChaCha20Poly1305, "encrypt_into") and hasattr(ChaCha20Poly1305, "decrypt_into")


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return hkdf_sha256(file_key, nonce, b"payload")


def encrypted_size(plaintext_size: int) -> int:
    """Size of the STREAM ciphertext (without the 16-byte nonce) for a plaintext size."""
    chunks = max(1, -(-plaintext_size // CHUNK_SIZE))
    return plaintext_size + chunks * TAG_SIZE


def plaintext_size(ciphertext_size: int) -> int:
    """Plaintext size a well-formed STREAM ciphertext of this size holds (0 if too short)."""
    chunks = -(-ciphertext_size // ENC_CHUNK_SIZE)
    return max(0, ciphertext_size - chunks * TAG_SIZE)


def _nonce(counter: int, last: bool) -> bytes:
    return ((counter << 8) | last).to_bytes(12, "big")


class StreamSealer:
    """Seals successive chunks; the caller says which chunk is the last."""

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._counter = 0
        self.finished = False

    def seal_into(self, data: bytes | bytearray | memoryview, last: bool, out: memoryview) -> int:
        """Seal ``data`` (at most one chunk) into ``out``; returns the ciphertext length."""
        if self.finished:
            raise ValueError("The age payload is already finished.")
        if self._counter >= _MAX_COUNTER:
            raise ValueError("The age payload is too long.")
        size = len(data) + TAG_SIZE
        nonce = _nonce(self._counter, last)
        if _HAS_INTO:
            self._aead.encrypt_into(nonce, data, None, out[:size])
        else:  # an older cryptography, without the *_into methods
            out[:size] = self._aead.encrypt(nonce, data, None)
        self._counter += 1
        self.finished = last
        return size


class ChunkSource(Protocol):
    """Where ciphertext chunks come from: ``next()`` gives one and says if more bytes follow."""

    def next(self) -> tuple[memoryview, bool]: ...

    def remaining_hint(self) -> int | None: ...


class StreamSource:
    """Ciphertext chunks read from a binary stream, with one byte of look-ahead."""

    def __init__(self, src: BinaryIO, prefix: bytes = b"") -> None:
        self._src = src
        self._readinto = getattr(src, "readinto", None)
        self._buf = bytearray(ENC_CHUNK_SIZE + 1)
        self._view = memoryview(self._buf)
        self._have = len(prefix)
        self._buf[: self._have] = prefix
        self._eof = False

    def _read_more(self) -> int:
        target = self._view[self._have :]
        if self._readinto is not None:
            n = self._readinto(target)
            return n or 0
        data = self._src.read(len(target))
        target[: len(data)] = data
        return len(data)

    def next(self) -> tuple[memoryview, bool]:
        if self._have > ENC_CHUNK_SIZE:  # keep the look-ahead byte of the previous call
            self._buf[0] = self._buf[ENC_CHUNK_SIZE]
            self._have = 1
        elif self._eof:
            self._have = 0
        while self._have <= ENC_CHUNK_SIZE and not self._eof:
            n = self._read_more()
            if n:
                self._have += n
            else:
                self._eof = True
        more = self._have > ENC_CHUNK_SIZE
        return self._view[: min(self._have, ENC_CHUNK_SIZE)], more

    def remaining_hint(self) -> int | None:
        return None


class MemorySource:
    """Ciphertext chunks sliced out of a buffer, without copying."""

    def __init__(self, data: memoryview) -> None:
        self._data = data
        self._pos = 0

    def next(self) -> tuple[memoryview, bool]:
        start = self._pos
        self._pos = min(start + ENC_CHUNK_SIZE, len(self._data))
        return self._data[start : self._pos], len(self._data) > self._pos

    def remaining_hint(self) -> int | None:
        return len(self._data) - self._pos


class StreamOpener:
    """Opens successive chunks from a :class:`ChunkSource`, enforcing the STREAM rules."""

    def __init__(self, key: bytes, source: ChunkSource) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._source = source
        self._counter = 0
        self._done = False
        self._failed: str | None = None  # a message: a stored exception would pin frames
        self._deferred: str | None = None

    @property
    def done(self) -> bool:
        return self._done

    def plaintext_hint(self) -> int | None:
        remaining = self._source.remaining_hint()
        return None if remaining is None else plaintext_size(remaining)

    def _open(self, ct: memoryview, last: bool, out: memoryview) -> bool:
        nonce = _nonce(self._counter, last)
        try:
            if _HAS_INTO:
                self._aead.decrypt_into(nonce, ct, None, out)
            else:  # an older cryptography, without the *_into methods
                out[:] = self._aead.decrypt(nonce, ct, None)
        except InvalidTag:
            out[:] = memoryview(_ZEROS)[: len(out)]
            return False
        return True

    def _fail(self, message: str) -> AgePayloadError:
        self._failed = message
        return AgePayloadError(message)

    def open_into(self, out: memoryview) -> int:
        """Decrypt the next chunk into ``out`` (at least one chunk long); 0 means the end.

        Like age, a chunk that authenticates is released even if the file turns out to be
        truncated or to have trailing data after it: the error then comes with the next call.
        """
        if self._failed is not None:
            raise AgePayloadError(self._failed)
        if self._deferred is not None:
            raise self._fail(self._deferred)
        if self._done:
            return 0
        if self._counter >= _MAX_COUNTER:
            raise self._fail(QT_TRANSLATE_NOOP("errors", "The age payload has too many chunks."))
        ct, more = self._source.next()
        if not more:
            if not ct and self._counter == 0:
                raise self._fail(QT_TRANSLATE_NOOP("errors", "The age payload is missing."))
            if len(ct) < TAG_SIZE:
                raise self._fail(QT_TRANSLATE_NOOP("errors", "The age payload is truncated."))
            if len(ct) == TAG_SIZE and self._counter > 0:
                raise self._fail(
                    QT_TRANSLATE_NOOP(
                        "errors", "The age payload ends with an empty chunk, which is not allowed."
                    )
                )
        dest = out[: len(ct) - TAG_SIZE]
        if more:  # most likely a middle chunk
            if self._open(ct, False, dest):
                pass
            elif self._open(ct, True, dest):
                self._deferred = QT_TRANSLATE_NOOP(
                    "errors", "The age payload has data after its final chunk."
                )
            else:
                raise self._fail(
                    QT_TRANSLATE_NOOP("errors", "The age payload is corrupt or was tampered with.")
                )
        elif self._open(ct, True, dest):  # most likely the final chunk
            self._done = True
        elif len(ct) == ENC_CHUNK_SIZE and self._open(ct, False, dest):
            self._deferred = QT_TRANSLATE_NOOP(
                "errors", "The age payload is truncated: its final chunk is missing."
            )
        else:
            raise self._fail(
                QT_TRANSLATE_NOOP(
                    "errors", "The age payload is truncated, corrupt or was tampered with."
                )
            )
        self._counter += 1
        return len(dest)
