"""Sync receipts (``*.fkr``): "I imported these bundles of yours", signed, encrypted to you.

A receipt is an age v1 file (binary, X25519) encrypted to the transport key of the vault whose
bundles it acknowledges — and to nobody else. Its plaintext is one UTF-8 JSON object::

    {
      "format": "fieldkit-receipt",
      "version": 1,
      "receipt_id": "<uuid4>",
      "from": "<fingerprint of the vault that imported>",
      "to": "<fingerprint of the vault whose bundles were imported>",
      "created": "2025-03-01T09:30:00+00:00",
      "acknowledgements": ["<bundle id>", …],          # sorted; every bundle of "to" imported
      "signature": "untrusted comment: …\\n…\\ntrusted comment: …\\n…\\n"
    }

``signature`` is a minisign signature (prehashed) by the writer's identity key over the
canonical JSON (RFC 8785 style, as for identity cards) of every other member; its trusted
comment is ``fieldkit-receipt v1 id=<receipt_id> from=<from> to=<to>``. The list is cumulative
(a newer receipt covers everything an older one did), so a lost receipt loses nothing. These
are the same acknowledgements bundles carry inside their encryption (SPEC §7).

Checking one with stock tools, given the addressee's transport key (``fieldkit identity
export-age-key``) and the writer's card::

    age -d -i key.txt R.fkr > receipt.json
    jq -cjS 'del(.signature)' receipt.json > receipt.signed
    jq -j .signature receipt.json > receipt.signed.minisig
    minisign -Vm receipt.signed -P "$(jq -r .minisign_public_key writer.fkid)"
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from fieldkit import clock
from fieldkit.bundles import layout as bundle_layout
from fieldkit.canonical_json import canonical_json
from fieldkit.crypto import age
from fieldkit.crypto.minisign import MinisignError, MinisignPublicKey, sign, verify
from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_error
from fieldkit.identity.own import OwnIdentity

FORMAT = "fieldkit-receipt"
VERSION = 1
MAX_RECEIPT_BYTES = 8 << 20
_HEX64 = set("0123456789abcdef")
_MEMBERS = {"format", "version", "receipt_id", "from", "to", "created", "acknowledgements"}


@dataclass(frozen=True)
class Receipt:
    receipt_id: str
    writer: str
    addressee: str
    created: str
    acknowledgements: tuple[str, ...]


def acks_digest(acks: Iterable[str]) -> str:
    """A short identity for a set of acknowledgements (to tell when a receipt is out of date)."""
    return hashlib.sha256("\n".join(sorted(set(acks))).encode()).hexdigest()


def trusted_comment(receipt_id: str, writer: str, addressee: str) -> str:
    return f"fieldkit-receipt v{VERSION} id={receipt_id} from={writer} to={addressee}"


def make_receipt(
    identity: OwnIdentity, addressee: str, addressee_age: str, acks: Iterable[str]
) -> tuple[str, bytes]:
    """A new receipt file's bytes (encrypted to ``addressee_age``) and its id."""
    receipt_id = str(uuid.uuid4())
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "receipt_id": receipt_id,
        "from": identity.fingerprint,
        "to": addressee,
        "created": clock.now(),
        "acknowledgements": sorted(set(acks)),
    }
    body["signature"] = sign(
        identity.signing_key,
        identity.key_id,
        canonical_json(body),
        trusted_comment(receipt_id, identity.fingerprint, addressee),
        untrusted_comment="FieldKit sync receipt",
    )
    plaintext = (json.dumps(body, indent=2) + "\n").encode("utf-8")
    return receipt_id, age.encrypt_bytes(
        plaintext, [age.X25519Recipient.from_string(addressee_age)]
    )


def _is_fingerprint(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX64


def read_receipt(
    data: bytes,
    identity: OwnIdentity,
    key_of: Callable[[str], MinisignPublicKey | None],
) -> Receipt:
    """Decrypt and check a receipt addressed to ``identity``.

    ``key_of(fingerprint)`` gives the writer's key if this vault accepts receipts from them.
    Raises AgeNoIdentityMatchError when the receipt is for someone else, UntrustedReceipt when
    the writer's key is not known here, CorruptFileError (one sentence) when it is damaged,
    forged or malformed.
    """
    if len(data) > MAX_RECEIPT_BYTES:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The receipt is larger than any receipt can be.")
        )
    plaintext = age.decrypt_bytes(data, [identity.transport_key])
    try:
        body = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The receipt is not valid JSON.")
        ) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise CorruptFileError(QT_TRANSLATE_NOOP("errors", "This is not a FieldKit receipt."))
    if body.get("version") != VERSION:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The receipt has an unknown version {version}."),
            version=repr(body.get("version"))[:40],
        )
    if set(body) != _MEMBERS | {"signature"}:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The receipt has missing or unexpected members.")
        )
    acks = body["acknowledgements"]
    if not (
        isinstance(body["receipt_id"], str)
        and bundle_layout.is_bundle_id(body["receipt_id"])
        and _is_fingerprint(body["from"])
        and _is_fingerprint(body["to"])
        and isinstance(body["created"], str)
        and isinstance(acks, list)
        and all(isinstance(a, str) and bundle_layout.is_bundle_id(a) for a in acks)
        and isinstance(body["signature"], str)
    ):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The receipt has members of the wrong kind.")
        )
    if body["to"] != identity.fingerprint:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP(
                "errors", "The receipt is encrypted to this vault but names another one."
            )
        )
    key = key_of(body["from"])
    if key is None:
        raise UntrustedReceiptError(
            QT_TRANSLATE_NOOP(
                "errors", "The receipt comes from {fingerprint}, a key this vault does not trust."
            ),
            fingerprint=str(body["from"])[:16],
        )
    signed = {k: v for k, v in body.items() if k != "signature"}
    try:
        comment = verify(key, canonical_json(signed), body["signature"])
    except MinisignError as exc:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The receipt's signature is not valid: {problem}"),
            problem=from_error(exc),
        ) from None
    if comment != trusted_comment(body["receipt_id"], body["from"], body["to"]):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The receipt's signed comment does not match its content.")
        )
    return Receipt(
        receipt_id=body["receipt_id"],
        writer=body["from"],
        addressee=body["to"],
        created=body["created"],
        acknowledgements=tuple(acks),
    )


class UntrustedReceiptError(
    CorruptFileError,
    hint=QT_TRANSLATE_NOOP("errors", "Trust the writer's identity card to accept their receipts."),
):
    """A receipt signed by a writer whose card is not trusted."""
