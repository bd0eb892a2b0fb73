"""Where this vault's identity keys are kept: three rows of the encrypted ``secrets`` table
(created with the vault by schema migration 3).

The storage half of :mod:`fieldkit.identity.own` (which builds the identity from these keys):
the vault itself needs the identity's fingerprint, the actor of every event in its audit log
(:func:`fieldkit.vault.audit.own_actor`), and reads it here without importing the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.crypto import age
from fieldkit.crypto.fingerprint import fingerprint as fingerprint_of
from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.errors import VaultFormatError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.vault.database import Connection

SIGNING_SECRET = "identity_signing_key"  # noqa: S105 - a row name
SIGNING_KEY_ID = "identity_signing_key_id"
TRANSPORT_SECRET = "identity_transport_key"  # noqa: S105 - a row name
_NAMES = (SIGNING_SECRET, SIGNING_KEY_ID, TRANSPORT_SECRET)


@dataclass(frozen=True)
class StoredKeys:
    """The identity's keys, and what is derived from them (the public halves, the
    fingerprint); :class:`fieldkit.identity.own.OwnIdentity` adds the name and role."""

    signing_key: Ed25519PrivateKey
    key_id: bytes  # 8 bytes, little-endian as minisign stores it
    transport_key: age.X25519Identity

    @cached_property
    def public_key(self) -> bytes:
        """The signing key's raw public half (32 bytes)."""
        return self.signing_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @cached_property
    def minisign_public(self) -> str:
        """The base64 line of the signing key's minisign .pub file."""
        return MinisignPublicKey(self.key_id, self.public_key).base64_line

    @cached_property
    def age_recipient(self) -> str:
        return str(self.transport_key.recipient())

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint_of(self.minisign_public, self.age_recipient)


def read(conn: Connection) -> StoredKeys:
    """The identity keys. Raises VaultFormatError if they are missing."""
    values = {
        str(row[0]): bytes(row[1])
        for row in conn.execute(
            "SELECT name, value FROM secrets WHERE name IN (?, ?, ?)", _NAMES
        )
    }
    try:
        signing = Ed25519PrivateKey.from_private_bytes(values[SIGNING_SECRET])
        key_id = values[SIGNING_KEY_ID]
        transport = age.X25519Identity.from_private_bytes(values[TRANSPORT_SECRET])
    except KeyError:
        raise VaultFormatError(
            QT_TRANSLATE_NOOP("errors", "The vault's identity keys are missing.")
        ) from None
    return StoredKeys(signing, key_id, transport)


def fingerprint(conn: Connection) -> str:
    """This vault's identity fingerprint (64 hex). Raises VaultFormatError."""
    return read(conn).fingerprint
