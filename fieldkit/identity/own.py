"""This vault's own identity: a minisign (Ed25519) signing key and an age X25519 transport key.

Both live in the encrypted database (`secrets`, :mod:`fieldkit.vault.identity_keys`), are
created with the vault (schema migration 3), and are separate from the storage key, which never
leaves the vault. The name, organisation and role are the vault's own (`meta`).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.identity.fingerprint import display_form
from fieldkit.vault import identity_keys
from fieldkit.vault.database import Connection

MINISIGN_ALGORITHM = b"Ed"


def minisign_public_line(key_id: bytes, public: bytes) -> str:
    """The base64 line of a minisign .pub file: "Ed" + 8-byte key id (LE) + 32-byte key."""
    return MinisignPublicKey(key_id, public).base64_line


# keyword-only: the keys' fields come first, so a positional call would mix them up
@dataclass(frozen=True, kw_only=True)
class OwnIdentity(identity_keys.StoredKeys):
    """The keys (with their public halves and fingerprint), and the vault's name for itself."""

    name: str
    organisation: str
    role: str

    @property
    def display_fingerprint(self) -> str:
        return display_form(self.fingerprint)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)


def load(conn: Connection) -> OwnIdentity:
    """This vault's identity. Raises VaultFormatError if its keys are missing."""
    keys = identity_keys.read(conn)
    meta = {row[0]: str(row[1]) for row in conn.execute("SELECT key, value FROM meta")}
    return OwnIdentity(
        name=meta.get("name", ""),
        organisation=meta.get("organisation", ""),
        role=meta.get("role", "field"),
        signing_key=keys.signing_key,
        key_id=keys.key_id,
        transport_key=keys.transport_key,
    )


def verify_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def public_key_from_minisign_line(line: str) -> bytes:
    """The raw Ed25519 key in a minisign public key line. Raises ValueError if malformed."""
    raw = base64.b64decode(line, validate=True)
    if len(raw) != 42 or raw[:2] != MINISIGN_ALGORITHM:
        raise ValueError("not a minisign Ed25519 public key")
    return raw[10:]
