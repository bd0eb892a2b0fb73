"""The age v1 header: strict parsing, encoding and its HMAC (https://age-encryption.org/v1).

Parsing is exactly as strict as the specification and the C2SP/CCTV vectors require: LF line
ends only, canonical unpadded base64, stanza bodies wrapped at 64 columns and always ended by a
shorter (possibly empty) line, stanza arguments of visible ASCII separated by single spaces, and
a ``---`` line carrying a 32-byte MAC. Every violation raises :class:`AgeHeaderError`.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit.errors import AgeHeaderError, AgeHmacError
from fieldkit.i18n import QT_TRANSLATE_NOOP

INTRO = b"age-encryption.org/v1\n"
STANZA_PREFIX = b"->"
FOOTER_PREFIX = b"---"
COLUMNS = 64
FILE_KEY_SIZE = 16
MAC_SIZE = 32
NONCE_SIZE = 16
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"

#: Headers longer than this are refused, so a hostile file cannot make us buffer without bound.
MAX_HEADER_SIZE = 1 << 20
_READ_BLOCK = 4096

_B64_CHARS = re.compile(rb"[A-Za-z0-9+/]*")
INVALID_BASE64 = QT_TRANSLATE_NOOP("errors", "The age header has invalid base64 in {what}.")


@dataclass(frozen=True, slots=True)
class Stanza:
    """One recipient stanza: its type, further arguments and raw (decoded) body."""

    type: str
    args: tuple[str, ...]
    body: bytes

    def __repr__(self) -> str:  # bodies are wrapped keys: keep them out of logs
        return f"Stanza(type={self.type!r}, args={len(self.args)}, body={len(self.body)} bytes)"


@dataclass(frozen=True, slots=True)
class Header:
    """A parsed header: its stanzas, its MAC and the exact bytes the MAC covers."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes


def b64encode(data: bytes) -> str:
    """Unpadded standard base64, as age writes it."""
    return base64.b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(
    text: bytes | str, what: str = QT_TRANSLATE_NOOP("errors", "a header field")
) -> bytes:
    """Decode canonical unpadded standard base64, refusing anything else."""
    raw = text.encode("ascii", "replace") if isinstance(text, str) else text
    if len(raw) % 4 == 1 or not _B64_CHARS.fullmatch(raw):
        raise AgeHeaderError(INVALID_BASE64, what=what)
    try:
        data = base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except binascii.Error:
        raise AgeHeaderError(INVALID_BASE64, what=what) from None
    if base64.b64encode(data).rstrip(b"=") != raw:
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("errors", "The age header has non-canonical base64 in {what}."),
            what=what,
        )
    return data


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA-256 (an empty salt is the RFC 5869 default, as age requires)."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt or None, info=info).derive(ikm)


def _header_mac(file_key: bytes, mac_input: bytes) -> hmac.HMAC:
    h = hmac.HMAC(hkdf_sha256(file_key, b"", b"header"), hashes.SHA256())
    h.update(mac_input)
    return h


def compute_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return _header_mac(file_key, mac_input).finalize()


def verify_mac(file_key: bytes, header: Header) -> None:
    """Raise :class:`AgeHmacError` unless the header MAC is right for ``file_key``."""
    try:
        _header_mac(file_key, header.mac_input).verify(header.mac)
    except InvalidSignature:
        raise AgeHmacError(
            QT_TRANSLATE_NOOP("errors", "The age header failed its integrity check.")
        ) from None


def _is_valid_arg(arg: bytes) -> bool:
    return bool(arg) and all(33 <= c <= 126 for c in arg)


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """The complete header, MAC line included, for ``stanzas`` under ``file_key``."""
    out = bytearray(INTRO)
    for s in stanzas:
        args = [s.type, *s.args]
        if not all(a.isascii() and _is_valid_arg(a.encode("ascii")) for a in args):
            raise ValueError("A stanza argument is empty or not visible ASCII.")
        out += b"-> " + " ".join(args).encode("ascii") + b"\n"
        body = b64encode(s.body).encode("ascii")
        for i in range(0, len(body), COLUMNS):
            out += body[i : i + COLUMNS] + b"\n"
        if len(body) % COLUMNS == 0:
            out += b"\n"  # the body always ends with a short line, here an empty one
    out += FOOTER_PREFIX
    mac = compute_mac(file_key, bytes(out))
    out += b" " + b64encode(mac).encode("ascii") + b"\n"
    return bytes(out)


class HeaderReader:
    """Reads lines (and then the payload nonce) from a binary stream, in bounded blocks.

    Bytes read past what was consumed are kept, and :meth:`leftover` hands them to the payload
    reader; there are never more than one block of them.
    """

    def __init__(self, src: BinaryIO, limit: int = MAX_HEADER_SIZE) -> None:
        self._src = src
        self._limit = limit
        self._buf = bytearray()
        self._pos = 0
        self._consumed = 0

    def _fill(self) -> bool:
        data = self._src.read(_READ_BLOCK)
        if not data:
            return False
        if self._pos:
            del self._buf[: self._pos]
            self._pos = 0
        self._buf += data
        return True

    def peek_start(self, size: int) -> bytes:
        """Up to ``size`` of the next unconsumed bytes (fewer only at end of file)."""
        while len(self._buf) - self._pos < size and self._fill():
            pass
        return bytes(self._buf[self._pos : self._pos + size])

    def readline(self) -> bytes:
        """The next line including its LF; raises at end of file or if the header is too long."""
        searched = 0  # bytes after _pos already known to hold no LF
        while True:
            end = self._buf.find(b"\n", self._pos + searched)
            if end >= 0:
                line = bytes(self._buf[self._pos : end + 1])
                self._pos = end + 1
                self._consumed += len(line)
                if self._consumed > self._limit:
                    raise AgeHeaderError(QT_TRANSLATE_NOOP("errors", "The age header is too long."))
                return line
            searched = len(self._buf) - self._pos
            if self._consumed + searched > self._limit:
                raise AgeHeaderError(QT_TRANSLATE_NOOP("errors", "The age header is too long."))
            if not self._fill():
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "The age file ends inside its header.")
                )

    def read_exact(self, size: int) -> bytes | None:
        """Exactly ``size`` bytes, or None if the file ends first."""
        while len(self._buf) - self._pos < size:
            if not self._fill():
                return None
        data = bytes(self._buf[self._pos : self._pos + size])
        self._pos += size
        return data

    def leftover(self) -> bytes:
        """Bytes read from the stream but not consumed (at most one block)."""
        data = bytes(self._buf[self._pos :])
        self._buf.clear()
        self._pos = 0
        return data


def _check_intro(reader: HeaderReader) -> None:
    start = reader.peek_start(len(INTRO))
    if start == INTRO:
        reader.readline()
        return
    lead = reader.peek_start(1024).lstrip()
    if lead.startswith(ARMOR_BEGIN[:10]):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("errors", "ASCII-armored age files are not supported.")
        )
    if not start:
        raise AgeHeaderError(QT_TRANSLATE_NOOP("errors", "The file is empty, not an age file."))
    if start.startswith(b"age-encryption.org/"):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP(
                "errors", "The file uses an unsupported age version or a malformed intro line."
            )
        )
    raise AgeHeaderError(QT_TRANSLATE_NOOP("errors", "The file is not an age v1 file."))


def _parse_stanza(line: bytes, reader: HeaderReader, mac_input: bytearray) -> Stanza:
    parts = line[:-1].split(b" ")
    if parts[0] != STANZA_PREFIX or len(parts) < 2:
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("errors", "The age header has a malformed stanza line.")
        )
    if not all(_is_valid_arg(a) for a in parts[1:]):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("errors", "The age header has an empty or invalid stanza argument.")
        )
    body = bytearray()
    while True:
        body_line = reader.readline()
        mac_input += body_line
        content = body_line[:-1]
        if len(content) > COLUMNS:
            raise AgeHeaderError(
                QT_TRANSLATE_NOOP(
                    "errors", "The age header has a stanza body line longer than 64 columns."
                )
            )
        body += b64decode(content, QT_TRANSLATE_NOOP("errors", "a stanza body"))
        if len(content) < COLUMNS:
            break
    args = tuple(a.decode("ascii") for a in parts[2:])
    return Stanza(parts[1].decode("ascii"), args, bytes(body))


def read_header(reader: HeaderReader) -> Header:
    """Parse a whole header from ``reader``, up to and including the MAC line."""
    _check_intro(reader)
    mac_input = bytearray(INTRO)
    stanzas: list[Stanza] = []
    while True:
        line = reader.readline()
        if line.startswith(FOOTER_PREFIX):
            parts = line[:-1].split(b" ")
            if parts[0] != FOOTER_PREFIX or len(parts) != 2:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "The age header has a malformed MAC line.")
                )
            mac = b64decode(parts[1], QT_TRANSLATE_NOOP("errors", "the MAC line"))
            if len(mac) != MAC_SIZE:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "The age header has a MAC of the wrong length.")
                )
            mac_input += FOOTER_PREFIX
            break
        if not line.startswith(STANZA_PREFIX):
            raise AgeHeaderError(
                QT_TRANSLATE_NOOP(
                    "errors", "The age header has a line that is neither a stanza nor the MAC."
                )
            )
        mac_input += line
        stanzas.append(_parse_stanza(line, reader, mac_input))
    if not stanzas:
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("errors", "The age header has no recipient stanzas.")
        )
    return Header(tuple(stanzas), mac, bytes(mac_input))
