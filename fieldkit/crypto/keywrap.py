"""Wrapping the vault's data key with AES-256-GCM.

The associated data binds each wrap to its vault and purpose, so a wrap copied from another
vault, or the recovery wrap pasted in place of the passphrase wrap, fails to open.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LENGTH = 12


class UnwrapError(Exception):
    """The key-encryption key is wrong or the wrap was altered (callers say which, plainly)."""


def wrap_key(kek: bytes, key: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """Return ``(nonce, wrapped)``."""
    nonce = os.urandom(NONCE_LENGTH)
    return nonce, AESGCM(kek).encrypt(nonce, key, associated_data)


def unwrap_key(kek: bytes, nonce: bytes, wrapped: bytes, associated_data: bytes) -> bytes:
    """Raises :class:`UnwrapError` when the kek is wrong or anything was altered."""
    if len(nonce) != NONCE_LENGTH:
        raise UnwrapError("bad nonce")
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, associated_data)
    except InvalidTag as exc:
        raise UnwrapError("authentication failed") from exc
