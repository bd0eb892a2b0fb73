"""age v1 recipients and identities: X25519 keys and scrypt passphrases.

A recipient wraps a file key into stanzas; an identity unwraps a file key from the stanzas meant
for it. :meth:`Identity.unwrap` returns None when no stanza is for this identity and raises
:class:`AgeHeaderError` when a stanza of its type is malformed (wrong arguments, wrong lengths,
a low-order X25519 share, an excessive scrypt work factor), exactly as age does.

Key strings that fail to parse raise :class:`ValueError` with a message that never repeats them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fieldkit.crypto import bech32
from fieldkit.crypto.age_header import FILE_KEY_SIZE, Stanza, b64decode, b64encode, hkdf_sha256
from fieldkit.errors import AgeHeaderError
from fieldkit.i18n import QT_TRANSLATE_NOOP

RECIPIENT_HRP = "age"
IDENTITY_HRP = "AGE-SECRET-KEY-"
X25519_LABEL = b"age-encryption.org/v1/X25519"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
SCRYPT_SALT_SIZE = 16
DEFAULT_SCRYPT_WORK_FACTOR = 18
DEFAULT_MAX_SCRYPT_WORK_FACTOR = 22
_WRAP_NONCE = bytes(12)
_WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")
_RAW = serialization.Encoding.Raw


@runtime_checkable
class Recipient(Protocol):
    """Something a file can be encrypted to."""

    def wrap(self, file_key: bytes) -> list[Stanza]: ...


@runtime_checkable
class Identity(Protocol):
    """Something that can open files encrypted to it."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None: ...


def _unseal_file_key(key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(key).decrypt(_WRAP_NONCE, body, None)
    except InvalidTag:
        return None


# --- X25519 ------------------------------------------------------------------------------------


def _key_bytes(text: str, hrp: str, what: str, looks_like: str) -> bytes:
    """The 32 key bytes of an age X25519 ``what`` (recipient or identity) written in bech32
    with the human-readable part ``hrp``. Raises ValueError."""
    try:
        found, data = bech32.decode(text)
    except bech32.Bech32Error:
        raise ValueError(f"The age {what} is not valid bech32.") from None
    if found != hrp:
        raise ValueError(f"The text is not an age X25519 {what} ({looks_like}).")
    if len(data) != 32:
        raise ValueError(f"The age {what} has the wrong length.")
    return data


class X25519Recipient:
    """An ``age1…`` public key."""

    __slots__ = ("_key", "_raw")

    def __init__(self, public_key: X25519PublicKey) -> None:
        self._key = public_key
        self._raw = public_key.public_bytes(_RAW, serialization.PublicFormat.Raw)

    @classmethod
    def from_public_bytes(cls, data: bytes) -> X25519Recipient:
        if len(data) != 32:
            raise ValueError("An X25519 public key must be 32 bytes long.")
        return cls(X25519PublicKey.from_public_bytes(data))

    @classmethod
    def from_string(cls, text: str) -> X25519Recipient:
        """Parse an ``age1…`` recipient (lower case, as age writes it)."""
        return cls.from_public_bytes(_key_bytes(text, RECIPIENT_HRP, "recipient", "age1…"))

    def public_bytes(self) -> bytes:
        return self._raw

    def __str__(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self._raw)

    def __repr__(self) -> str:
        return f"X25519Recipient({self!s})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._raw == self._raw

    def __hash__(self) -> int:
        return hash(self._raw)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
        try:
            shared = ephemeral.exchange(self._key)
        except ValueError:
            raise ValueError("The age recipient is not a usable X25519 public key.") from None
        if shared == bytes(32):  # pragma: no cover - OpenSSL already refuses low-order points
            raise ValueError("The age recipient is not a usable X25519 public key.")
        wrap_key = hkdf_sha256(shared, share + self._raw, X25519_LABEL)
        body = ChaCha20Poly1305(wrap_key).encrypt(_WRAP_NONCE, file_key, None)
        return [Stanza("X25519", (b64encode(share),), body)]


class X25519Identity:
    """An ``AGE-SECRET-KEY-1…`` private key."""

    __slots__ = ("_key", "_recipient")

    def __init__(self, private_key: X25519PrivateKey) -> None:
        self._key = private_key
        self._recipient = X25519Recipient(private_key.public_key())

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, data: bytes) -> X25519Identity:
        if len(data) != 32:
            raise ValueError("An X25519 private key must be 32 bytes long.")
        return cls(X25519PrivateKey.from_private_bytes(data))

    @classmethod
    def from_string(cls, text: str) -> X25519Identity:
        """Parse an ``AGE-SECRET-KEY-1…`` identity (upper case, as age writes it)."""
        return cls.from_private_bytes(
            _key_bytes(text, IDENTITY_HRP, "identity", "AGE-SECRET-KEY-1…")
        )

    def private_bytes(self) -> bytes:
        return self._key.private_bytes(
            _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    def recipient(self) -> X25519Recipient:
        return self._recipient

    def __str__(self) -> str:
        return bech32.encode(IDENTITY_HRP, self.private_bytes())

    def __repr__(self) -> str:  # never the secret
        return f"X25519Identity(recipient={self._recipient!s})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "X25519":
                continue
            if len(stanza.args) != 1:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP(
                        "errors", "An X25519 stanza has the wrong number of arguments."
                    )
                )
            share = b64decode(stanza.args[0], QT_TRANSLATE_NOOP("errors", "an X25519 stanza"))
            if len(share) != 32:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "An X25519 stanza has a share of the wrong length.")
                )
            if len(stanza.body) != _WRAPPED_KEY_SIZE:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "An X25519 stanza has a body of the wrong length.")
                )
            try:
                shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:  # OpenSSL refuses an all-zero shared secret
                shared = bytes(32)
            if shared == bytes(32):
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "An X25519 stanza has a low-order share.")
                )
            salt = share + self._recipient.public_bytes()
            file_key = _unseal_file_key(hkdf_sha256(shared, salt, X25519_LABEL), stanza.body)
            if file_key is not None:
                return file_key
        return None


# --- scrypt ------------------------------------------------------------------------------------


def _passphrase_bytes(passphrase: bytes | str) -> bytes:
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    if not data:
        raise ValueError("The passphrase is empty.")
    return data


def _scrypt_key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase)


class ScryptRecipient:
    """A passphrase to encrypt to; age requires it to be the file's only recipient."""

    __slots__ = ("_passphrase", "_work_factor")

    def __init__(
        self, passphrase: bytes | str, work_factor: int = DEFAULT_SCRYPT_WORK_FACTOR
    ) -> None:
        if not 1 <= work_factor <= 30:
            raise ValueError("The scrypt work factor must be between 1 and 30.")
        self._passphrase = _passphrase_bytes(passphrase)
        self._work_factor = work_factor

    @property
    def work_factor(self) -> int:
        return self._work_factor

    def __repr__(self) -> str:
        return f"ScryptRecipient(work_factor={self._work_factor})"

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(SCRYPT_SALT_SIZE)
        key = _scrypt_key(self._passphrase, salt, self._work_factor)
        body = ChaCha20Poly1305(key).encrypt(_WRAP_NONCE, file_key, None)
        return [Stanza("scrypt", (b64encode(salt), str(self._work_factor)), body)]


class ScryptIdentity:
    """A passphrase to decrypt with; work factors above ``max_work_factor`` are refused."""

    __slots__ = ("_max_work_factor", "_passphrase")

    def __init__(
        self, passphrase: bytes | str, max_work_factor: int = DEFAULT_MAX_SCRYPT_WORK_FACTOR
    ) -> None:
        if not 1 <= max_work_factor <= 30:
            raise ValueError("The maximum scrypt work factor must be between 1 and 30.")
        self._passphrase = _passphrase_bytes(passphrase)
        self._max_work_factor = max_work_factor

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self._max_work_factor})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "scrypt":
                continue
            if len(stanzas) != 1:  # also checked for every file, whatever the identities
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP(
                        "errors", "An scrypt stanza must be the only one in an age file."
                    )
                )
            if len(stanza.args) != 2:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP(
                        "errors", "An scrypt stanza has the wrong number of arguments."
                    )
                )
            salt = b64decode(stanza.args[0], QT_TRANSLATE_NOOP("errors", "an scrypt stanza"))
            if len(salt) != SCRYPT_SALT_SIZE:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "An scrypt stanza has a salt of the wrong length.")
                )
            if not _DECIMAL.fullmatch(stanza.args[1]):
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "An scrypt stanza has a malformed work factor.")
                )
            work_factor = int(stanza.args[1])
            if work_factor > self._max_work_factor:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "An scrypt stanza asks for more work than allowed.")
                )
            if len(stanza.body) != _WRAPPED_KEY_SIZE:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP("errors", "An scrypt stanza has a body of the wrong length.")
                )
            key = _scrypt_key(self._passphrase, salt, work_factor)
            file_key = _unseal_file_key(key, stanza.body)
            if file_key is not None:
                return file_key
        return None


def identities_from_text(text: str) -> list[X25519Identity]:
    """The identities of an age key file (as ``age-keygen`` writes); ``#`` lines are comments."""
    identities = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(X25519Identity.from_string(line))
        except ValueError:
            raise ValueError(f"Line {number} of the key file is not an age identity.") from None
    if not identities:
        raise ValueError("The key file holds no age identity.")
    return identities
