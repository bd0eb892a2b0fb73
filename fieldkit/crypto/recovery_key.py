"""The recovery key: a random secret shown once, printed on paper, typed back by a tired person.

Format: 32 characters of Crockford base32 in eight groups of four (``7K3M-...``): 150 random bits
and a 10-bit checksum, so a mistyped character is caught before any decryption is tried.
Typing is forgiving: case, spaces and dashes do not matter, and O/I/L are read as 0/1/1.
Its key-encryption key comes from HKDF, not Argon2: 150 random bits need no stretching.
"""

from __future__ import annotations

import hashlib
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit.i18n import QT_TRANSLATE_NOOP

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_CHARS = 30
CHECK_CHARS = 2
GROUP = 4
_TRANSLATE = str.maketrans({"O": "0", "I": "1", "L": "1"})


class RecoveryKeyFormatError(ValueError):
    """Not a well-formed recovery key (wrong length, character or checksum)."""


def _checksum(body: str) -> str:
    digest = int.from_bytes(hashlib.sha256(body.encode("ascii")).digest()[:2], "big") >> 6
    return ALPHABET[digest >> 5] + ALPHABET[digest & 31]


def generate() -> str:
    """A new recovery key, formatted for display."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return format_key(body + _checksum(body))


def format_key(chars: str) -> str:
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def normalize(typed: str) -> str:
    """Canonical form of a typed key; raises :class:`RecoveryKeyFormatError` if it is not one."""
    chars = "".join(c for c in typed.upper() if not c.isspace() and c != "-").translate(_TRANSLATE)
    if len(chars) != RANDOM_CHARS + CHECK_CHARS or any(c not in ALPHABET for c in chars):
        raise RecoveryKeyFormatError(
            QT_TRANSLATE_NOOP(
                "errors", "A recovery key has 32 letters and digits in groups of four."
            )
        )
    body, check = chars[:RANDOM_CHARS], chars[RANDOM_CHARS:]
    if _checksum(body) != check:
        raise RecoveryKeyFormatError(
            QT_TRANSLATE_NOOP(
                "errors", "This recovery key has a typing mistake (checksum differs)."
            )
        )
    return chars


def derive_kek(typed: str, salt: bytes) -> bytes:
    """Key-encryption key for the recovery wrap."""
    chars = normalize(typed)
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"fieldkit recovery key v1"
    ).derive(chars.encode("ascii"))
