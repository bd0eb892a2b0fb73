"""vault.json: the plaintext key header of a vault (SPEC §3).

It holds the format version, the vault id, the demo flag, and the data key wrapped twice (under
the passphrase via Argon2id, and under the recovery key via HKDF), never a secret in clear, nor
the vault's name or organisation (those live inside the encrypted database).
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.crypto import keywrap, recovery_key
from fieldkit.crypto.kdf import Argon2Params, derive_key
from fieldkit.errors import (
    FieldKitError,
    UnsupportedFormatError,
    VaultFormatError,
    VaultNotFoundError,
    VaultShreddedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from fieldkit.fsutil import atomic_write, overwriting_replaced
from fieldkit.i18n import QT_TRANSLATE_NOOP

HEADER_NAME = "vault.json"
FORMAT_NAME = "fieldkit-vault"
FORMAT_VERSION = 1
SALT_LENGTH = 16


class JsonHeader:
    """A FieldKit JSON header (the vault's vault.json, a bundle's bundle.json), written one way:
    indented with sorted keys and a final newline, so one content is always the same bytes (a
    bundle's header is hashed into its signed tag manifest). Read with :func:`json_header_fields`.
    """

    def to_json(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n").encode("utf-8")


def json_header_fields(
    raw: bytes,
    format_name: str,
    version: int,
    *,
    damaged: FieldKitError,
    foreign: FieldKitError,
    newer: str,
) -> dict[str, Any]:
    """The fields of a JSON header of format ``format_name`` and ``version``. Raises ``damaged``
    when ``raw`` is not JSON text, ``foreign`` when it is not such a header, and
    UnsupportedFormatError with ``newer`` (a template with ``{version}``) for another version.
    The fields themselves are the caller's to check."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise damaged from None
    if not isinstance(data, dict) or data.get("format") != format_name:
        raise foreign
    if data.get("version") != version:
        raise UnsupportedFormatError(newer, version=repr(data.get("version")))
    return data


def normalise_passphrase(passphrase: str) -> str:
    """The form of a passphrase that goes into the KDF: Unicode NFC.

    The same typed "café" reaches us as one code point (é) from one keyboard or input method and
    as e + a combining accent from another: NFC makes these canonically equal strings the same
    bytes. Not NFKC: it also folds characters that are merely *compatible* (full-width forms,
    ligatures, superscripts), which a user may type deliberately and which would silently
    weaken or change the passphrase they chose.
    """
    return unicodedata.normalize("NFC", passphrase)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultFormatError(
            QT_TRANSLATE_NOOP("errors", "The vault header is damaged ({field} is missing)."),
            field=what,
        )
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise VaultFormatError(
            QT_TRANSLATE_NOOP("errors", "The vault header is damaged ({field} is not valid)."),
            field=what,
        ) from exc


@dataclass
class KeyWrap:
    """One wrap of the data key."""

    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: Argon2Params | None = None  # None for the recovery wrap (HKDF)

    def to_json(self) -> dict[str, Any]:
        kdf: dict[str, Any] = self.kdf.to_json() if self.kdf else {"name": "hkdf-sha256"}
        kdf["salt"] = _b64(self.salt)
        return {"kdf": kdf, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: object, purpose: str) -> KeyWrap:
        if not isinstance(data, dict) or not isinstance(data.get("kdf"), dict):
            raise VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The vault header is damaged ({field} is missing)."),
                field=f"keys.{purpose}",
            )
        kdf_data = data["kdf"]
        params: Argon2Params | None = None
        if purpose == "passphrase":
            try:
                params = Argon2Params.from_json(kdf_data)
            except ValueError as exc:
                raise VaultFormatError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The vault header is damaged (its key derivation settings are not valid).",
                    )
                ) from exc
        elif kdf_data.get("name") != "hkdf-sha256":
            raise VaultFormatError(
                QT_TRANSLATE_NOOP(
                    "errors", "The vault header is damaged (unknown recovery key method)."
                )
            )
        return cls(
            salt=_unb64(kdf_data.get("salt"), f"keys.{purpose}.kdf.salt"),
            nonce=_unb64(data.get("nonce"), f"keys.{purpose}.nonce"),
            wrapped=_unb64(data.get("wrapped"), f"keys.{purpose}.wrapped"),
            kdf=params,
        )


@dataclass
class VaultHeader(JsonHeader):
    vault_id: str
    demo: bool
    passphrase: KeyWrap | None
    recovery: KeyWrap | None
    shredded: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    # True after unwrap_with_passphrase succeeded only with a non-NFC passphrase (see there).
    needs_rewrap: bool = field(default=False, compare=False, repr=False)

    # --- wrapping ------------------------------------------------------------------------------

    def _aad(self, purpose: str) -> bytes:
        return f"{FORMAT_NAME}/{FORMAT_VERSION}/{self.vault_id}/{purpose}".encode()

    def set_passphrase(self, data_key: bytes, passphrase: str, params: Argon2Params) -> None:
        salt = os.urandom(SALT_LENGTH)
        kek = derive_key(normalise_passphrase(passphrase).encode("utf-8"), salt, params)
        nonce, wrapped = keywrap.wrap_key(kek, data_key, self._aad("passphrase"))
        self.passphrase = KeyWrap(salt, nonce, wrapped, params)

    def set_recovery_key(self, data_key: bytes, typed_key: str) -> None:
        salt = os.urandom(SALT_LENGTH)
        kek = recovery_key.derive_kek(typed_key, salt)
        nonce, wrapped = keywrap.wrap_key(kek, data_key, self._aad("recovery"))
        self.recovery = KeyWrap(salt, nonce, wrapped)

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        """The data key. Sets :attr:`needs_rewrap` when only the raw (non-NFC) form opened it."""
        self._refuse_if_shredded()
        wrap = self.passphrase
        if wrap is None or wrap.kdf is None:
            raise VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The vault header has no passphrase key.")
            )
        normal = normalise_passphrase(passphrase)
        # Vaults made before passphrases were normalised were wrapped with the bytes as typed:
        # the raw form is tried second, and the decomposed (NFD) form third, for a vault made
        # with an input method that sent e + accent and opened now with one that sends é. The
        # caller re-wraps with the NFC form on success.
        candidates = [normal]
        for other in (passphrase, unicodedata.normalize("NFD", passphrase)):
            if other not in candidates:
                candidates.append(other)
        for candidate in candidates:
            kek = derive_key(candidate.encode("utf-8"), wrap.salt, wrap.kdf)
            try:
                key = keywrap.unwrap_key(kek, wrap.nonce, wrap.wrapped, self._aad("passphrase"))
            except keywrap.UnwrapError:
                continue
            self.needs_rewrap = candidate != normal
            return key
        raise WrongPassphraseError(
            QT_TRANSLATE_NOOP("errors", "The passphrase is not correct for this vault.")
        )

    def unwrap(self, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
        """The data key, with the recovery key if given, else the passphrase.

        Raises WrongPassphraseError, WrongRecoveryKeyError, VaultFormatError (and ValueError
        when neither is given: a caller's bug)."""
        if recovery_key is not None:
            return self.unwrap_with_recovery_key(recovery_key)
        if passphrase is not None:
            return self.unwrap_with_passphrase(passphrase)
        raise ValueError("a passphrase or a recovery key is needed")

    def unwrap_with_recovery_key(self, typed_key: str) -> bytes:
        self._refuse_if_shredded()
        if self.recovery is None:
            raise VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The vault header has no recovery key.")
            )
        try:
            kek = recovery_key.derive_kek(typed_key, self.recovery.salt)
        except recovery_key.RecoveryKeyFormatError as exc:
            raise WrongRecoveryKeyError(str(exc)) from None
        try:
            return keywrap.unwrap_key(
                kek, self.recovery.nonce, self.recovery.wrapped, self._aad("recovery")
            )
        except keywrap.UnwrapError:
            raise WrongRecoveryKeyError(
                QT_TRANSLATE_NOOP("errors", "The recovery key is not the one for this vault.")
            ) from None

    def _refuse_if_shredded(self) -> None:
        if self.shredded or (self.passphrase is None and self.recovery is None):
            raise VaultShreddedError(
                QT_TRANSLATE_NOOP("errors", "This vault was shredded: its keys were destroyed.")
            )

    # --- (de)serialisation ---------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(
            {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "vault_id": self.vault_id,
                "demo": self.demo,
            }
        )
        if self.shredded:
            data["shredded"] = True
            data["keys"] = {}
        else:
            keys: dict[str, Any] = {}
            if self.passphrase:
                keys["passphrase"] = self.passphrase.to_json()
            if self.recovery:
                keys["recovery"] = self.recovery.to_json()
            data["keys"] = keys
        return data

    @classmethod
    def from_bytes(cls, raw: bytes) -> VaultHeader:
        data = json_header_fields(
            raw,
            FORMAT_NAME,
            FORMAT_VERSION,
            damaged=VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The vault header (vault.json) is damaged.")
            ),
            foreign=VaultFormatError(
                QT_TRANSLATE_NOOP(
                    "errors", "This folder's vault.json is not a FieldKit vault header."
                )
            ),
            newer=QT_TRANSLATE_NOOP(
                "errors",
                "This vault uses format version {version}, which this FieldKit cannot read.",
            ),
        )
        vault_id = data.get("vault_id")
        if not isinstance(vault_id, str) or not vault_id:
            raise VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The vault header is damaged (no vault id).")
            )
        keys = data.get("keys")
        if not isinstance(keys, dict):
            raise VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The vault header is damaged (no keys).")
            )
        known = {"format", "version", "vault_id", "demo", "keys", "shredded"}
        return cls(
            vault_id=vault_id,
            demo=data.get("demo") is True,
            passphrase=KeyWrap.from_json(keys["passphrase"], "passphrase")
            if "passphrase" in keys
            else None,
            recovery=KeyWrap.from_json(keys["recovery"], "recovery")
            if "recovery" in keys
            else None,
            shredded=data.get("shredded") is True,
            extra={k: v for k, v in data.items() if k not in known},
        )

    # --- files ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path) -> VaultHeader:
        return cls.from_bytes(cls.read_raw(folder))

    @staticmethod
    def read_raw(folder: Path) -> bytes:
        """The header file's bytes as they are on disk. Raises VaultNotFoundError (no header
        there) or VaultFormatError (it cannot be read)."""
        try:
            return (folder / HEADER_NAME).read_bytes()
        except FileNotFoundError:
            raise VaultNotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no FieldKit vault in {folder}."),
                folder=str(folder),
            ) from None
        except OSError as exc:
            raise VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The vault header in {folder} cannot be read."),
                folder=str(folder),
            ) from exc

    def save(self, folder: Path) -> None:
        # The header this one replaces holds the wraps the old passphrase and recovery key
        # open (passwd, rekey, a new recovery key): overwritten once the new one is durable.
        with overwriting_replaced(folder / HEADER_NAME):
            atomic_write(folder / HEADER_NAME, self.to_bytes())
