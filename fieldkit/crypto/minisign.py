"""minisign signatures (https://jedisct1.github.io/minisign/), written and checked here.

FieldKit's identity key is a raw Ed25519 key in the encrypted vault, so signatures are made
directly with `cryptography` rather than through minisign's own (scrypt-wrapped) key files.
Stock `minisign -V` and py-minisign verify what this writes (tests prove both).

Signature file::

    untrusted comment: <text>
    base64("ED" + key id (8 bytes) + Ed25519(BLAKE2b-512(data)))
    trusted comment: <text>
    base64(Ed25519(signature + trusted comment))

Legacy "Ed" signatures (over the data itself) are accepted when verifying.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP

PREHASHED = b"ED"
LEGACY = b"Ed"
KEY_ALGORITHM = b"Ed"
MAX_COMMENT = 1024


class MinisignError(CorruptFileError):
    """A signature is malformed, made by another key, or does not match."""


@dataclass(frozen=True)
class MinisignPublicKey:
    key_id: bytes  # 8 bytes, as stored (little-endian)
    public: bytes  # 32 bytes

    @property
    def key_id_hex(self) -> str:
        """As minisign prints it: the little-endian number in upper-case hex."""
        return self.key_id[::-1].hex().upper()

    @property
    def base64_line(self) -> str:
        return base64.b64encode(KEY_ALGORITHM + self.key_id + self.public).decode("ascii")

    def file_text(self) -> str:
        """A standard minisign .pub file."""
        return f"untrusted comment: minisign public key {self.key_id_hex}\n{self.base64_line}\n"

    @classmethod
    def from_base64_line(cls, line: str) -> MinisignPublicKey:
        try:
            raw = base64.b64decode(line.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise MinisignError(
                QT_TRANSLATE_NOOP("errors", "The minisign public key is not valid base64.")
            ) from None
        if len(raw) != 42 or raw[:2] != KEY_ALGORITHM:
            raise MinisignError(
                QT_TRANSLATE_NOOP("errors", "This is not a minisign Ed25519 public key.")
            )
        return cls(raw[2:10], raw[10:])

    @classmethod
    def from_file_text(cls, text: str) -> MinisignPublicKey:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if not lines:
            raise MinisignError(
                QT_TRANSLATE_NOOP("errors", "The minisign public key file is empty.")
            )
        line = (
            lines[1] if lines[0].startswith("untrusted comment:") and len(lines) > 1 else lines[0]
        )
        return cls.from_base64_line(line)


def sign(
    key: Ed25519PrivateKey,
    key_id: bytes,
    data: bytes,
    trusted_comment: str,
    untrusted_comment: str = "signature from FieldKit",
) -> str:
    """A minisign signature file (prehashed) over ``data``."""
    if "\n" in trusted_comment or "\r" in trusted_comment or len(trusted_comment) > MAX_COMMENT:
        raise ValueError("a trusted comment is one short line")
    if "\n" in untrusted_comment:
        raise ValueError("an untrusted comment is one line")
    signature = key.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    return (
        f"untrusted comment: {untrusted_comment}\n"
        f"{base64.b64encode(PREHASHED + key_id + signature).decode('ascii')}\n"
        f"trusted comment: {trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


@dataclass(frozen=True)
class ParsedSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse(text: str | bytes) -> ParsedSignature:
    """Raises MinisignError if ``text`` is not a well-formed minisign signature."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise MinisignError(
                QT_TRANSLATE_NOOP("errors", "The signature file is not text.")
            ) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 4 or not lines[0].startswith("untrusted comment:"):
        raise MinisignError(
            QT_TRANSLATE_NOOP("errors", "The signature file is not in minisign's format.")
        )
    prefix = "trusted comment: "
    if not lines[2].startswith(prefix):
        raise MinisignError(
            QT_TRANSLATE_NOOP("errors", "The signature file has no trusted comment.")
        )
    try:
        raw = base64.b64decode(lines[1], validate=True)
        global_signature = base64.b64decode(lines[3], validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(
            QT_TRANSLATE_NOOP("errors", "The signature file is not valid base64.")
        ) from None
    if len(raw) != 74 or raw[:2] not in (PREHASHED, LEGACY) or len(global_signature) != 64:
        raise MinisignError(
            QT_TRANSLATE_NOOP("errors", "The signature file is not a minisign Ed25519 signature.")
        )
    return ParsedSignature(raw[:2], raw[2:10], raw[10:], lines[2][len(prefix) :], global_signature)


def verify(public_key: MinisignPublicKey, data: bytes, signature_text: str | bytes) -> str:
    """Check a signature; returns its trusted comment. Raises MinisignError if it fails."""
    sig = parse(signature_text)
    if sig.key_id != public_key.key_id:
        raise MinisignError(QT_TRANSLATE_NOOP("errors", "The signature was made with another key."))
    pk = Ed25519PublicKey.from_public_bytes(public_key.public)
    message = hashlib.blake2b(data, digest_size=64).digest() if sig.algorithm == PREHASHED else data
    try:
        pk.verify(sig.signature, message)
    except InvalidSignature:
        raise MinisignError(
            QT_TRANSLATE_NOOP("errors", "The signature does not match the signed file.")
        ) from None
    try:
        pk.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise MinisignError(
            QT_TRANSLATE_NOOP("errors", "The signature's trusted comment was altered.")
        ) from None
    return sig.trusted_comment
