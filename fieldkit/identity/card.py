"""Identity cards (``.fkid``): a vault's public keys, self-signed — a contract (SPEC §6).

A card is a UTF-8 JSON object (at most 64 KiB) with exactly these members::

    {
      "format": "fieldkit-identity",
      "version": 1,
      "name": "Amal Haddad",
      "organisation": "National Museum",
      "role": "field",                                   # field | coordinator | auditor
      "minisign_public_key": "RWQ…",                     # the base64 line of a minisign .pub file
      "age_recipient": "age1…",                          # the transport key (never the storage key)
      "created": "2025-03-01T09:30:00Z",                 # ISO 8601, UTC
      "fingerprint": "<64 hex>",                         # SPEC §6, over the two keys above
      "signature": "untrusted comment: …\\n…\\ntrusted comment: …\\n…\\n"
    }

``signature`` is the complete text of a minisign signature (prehashed, "ED") made with the card's
own minisign key over the canonical JSON (:mod:`fieldkit.canonical_json`, RFC 8785) of every
other member. The file's layout (indentation, member order) is not signed; its content is.

Checking a card with stock tools (``jq`` and ``minisign``), no FieldKit needed::

    jq -cjS 'del(.signature)' card.fkid > card.json      # the canonical JSON that was signed
    jq -j .signature card.fkid > card.json.minisig
    minisign -Vm card.json -x card.json.minisig -P "$(jq -r .minisign_public_key card.fkid)"

(``jq -cjS`` gives exactly the canonical form because card strings cannot contain control
characters; without jq: ``python3 -c 'import json,sys; d=json.load(open(sys.argv[1]));
d.pop("signature"); sys.stdout.write(json.dumps(d, sort_keys=True, separators=(",", ":"),
ensure_ascii=False))' card.fkid > card.json``.) Then recompute the fingerprint::

    printf 'fieldkit-fingerprint-v1\\n%s\\n%s\\n' "$(jq -r .minisign_public_key card.fkid)" \\
        "$(jq -r .age_recipient card.fkid)" | sha256sum

and compare it (or its display form) with the one the holder reads out to you.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from fieldkit import foreign_files, json_input
from fieldkit.canonical_json import canonical_json
from fieldkit.crypto import minisign
from fieldkit.crypto.age import X25519Recipient
from fieldkit.crypto.fingerprint import fingerprint
from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.errors import CorruptFileError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.identity.fingerprint import display_form
from fieldkit.identity.own import OwnIdentity
from fieldkit.vault.vault import ROLES

FORMAT = "fieldkit-identity"
VERSION = 1
SUFFIX = ".fkid"
MAX_CARD_SIZE = 64 * 1024
MAX_TEXT_LENGTH = 200
MAX_SIGNATURE_LENGTH = 4096
UNTRUSTED_COMMENT = "signature from FieldKit (identity card)"

# Members in the order they are written; the signature covers all but the last.
FIELDS = (
    "format",
    "version",
    "name",
    "organisation",
    "role",
    "minisign_public_key",
    "age_recipient",
    "created",
    "fingerprint",
    "signature",
)
SIGNED_FIELDS = FIELDS[:-1]
_STRING_FIELDS = tuple(f for f in FIELDS if f != "version")
# Characters that could rewrite a terminal line or reorder what a reader sees.
_INVISIBLE_CONTROLS = frozenset(
    "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_HEX = frozenset("0123456789abcdef")
# Characters that show as nothing: the format characters (marks, joiners, BOMs, soft hyphens)
# and the Hangul fillers. Inside a name they are legitimate (an Arabic name ending in a
# right-to-left mark, a soft hyphen in a long German word, the joiners Persian and Indic names
# need); only a name made of nothing else looks blank.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


def _shows_nothing(c: str) -> bool:
    return c in _BLANK_LETTERS or unicodedata.category(c) == "Cf"


TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "The file is too large to be an identity card (over {limit} KiB)."
)


class CardError(
    CorruptFileError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Ask the card's holder for a new copy (`fieldkit identity export`); nothing was trusted.",
    ),
):
    """An identity card is malformed, tampered with, or not self-signed by its own key."""


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def signed_part(card: dict[str, Any]) -> dict[str, Any]:
    """The members the signature covers (everything but ``signature``)."""
    return {k: v for k, v in card.items() if k != "signature"}


def signed_bytes(card: dict[str, Any]) -> bytes:
    """The exact bytes the card's signature is over: canonical JSON of :func:`signed_part`."""
    return canonical_json(signed_part(card))


def trusted_comment(fingerprint_hex: str) -> str:
    return f"fieldkit identity card, fingerprint {fingerprint_hex}"


def make_card(identity: OwnIdentity, created: str | None = None) -> dict[str, Any]:
    """This vault's card, signed with its own minisign key. Raises CardError if the vault's
    name or organisation cannot go on a card (control characters, too long)."""
    unsigned: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": identity.name,
        "organisation": identity.organisation,
        "role": identity.role,
        "minisign_public_key": identity.minisign_public,
        "age_recipient": identity.age_recipient,
        "created": utc_now() if created is None else created,
        "fingerprint": identity.fingerprint,
    }
    # The vault's own name, as stored (maybe by an older FieldKit's `init`).
    _check_text(unsigned, "name", stored=True)
    _check_text(unsigned, "organisation", stored=True)
    _check_role(unsigned)
    _check_created(unsigned)
    signature = minisign.sign(
        identity.signing_key,
        identity.key_id,
        canonical_json(unsigned),
        trusted_comment(identity.fingerprint),
        UNTRUSTED_COMMENT,
    )
    return {**unsigned, "signature": signature}


def card_bytes(card: dict[str, Any] | IdentityCard) -> bytes:
    """The card as written to a ``.fkid`` file: indented UTF-8 JSON, members in a fixed order."""
    raw = card.raw if isinstance(card, IdentityCard) else card
    ordered = {k: raw[k] for k in FIELDS if k in raw}
    ordered.update({k: v for k, v in raw.items() if k not in ordered})
    return (json.dumps(ordered, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class IdentityCard:
    """A parsed card whose fingerprint and self-signature have been checked."""

    name: str
    organisation: str
    role: str
    minisign_public_key: str
    age_recipient: str
    created: str
    fingerprint: str
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False)

    @cached_property
    def minisign_key(self) -> MinisignPublicKey:
        return MinisignPublicKey.from_base64_line(self.minisign_public_key)

    @property
    def ed25519_public_key(self) -> bytes:
        """The raw 32-byte Ed25519 key (checks revision signatures)."""
        return self.minisign_key.public

    @cached_property
    def recipient(self) -> X25519Recipient:
        return X25519Recipient.from_string(self.age_recipient)

    @property
    def display_fingerprint(self) -> str:
        return display_form(self.fingerprint)

    @property
    def signature(self) -> str:
        return str(self.raw["signature"])

    @property
    def signed_bytes(self) -> bytes:
        return signed_bytes(self.raw)

    def to_bytes(self) -> bytes:
        return card_bytes(self.raw)


# --- parsing ---------------------------------------------------------------------------------


def _load_json(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_CARD_SIZE:
        raise CardError(TOO_LARGE, limit=MAX_CARD_SIZE // 1024)
    # A card is plain UTF-8 JSON as FieldKit writes it: no byte-order mark.
    if data.startswith(b"\xef\xbb\xbf"):
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "This file is not an identity card: it starts with a byte-order mark."
            )
        )
    try:
        value = json_input.loads(data)
    except json_input.JsonInputError as exc:
        if exc.kind == "utf8":
            raise CardError(
                QT_TRANSLATE_NOOP(
                    "errors", "This file is not an identity card: it is not UTF-8 text."
                )
            ) from None
        if exc.kind == "duplicate":
            if exc.key:
                raise CardError(
                    QT_TRANSLATE_NOOP("errors", "The identity card has the member {name} twice."),
                    name=repr(exc.key),
                ) from None
            raise CardError(
                QT_TRANSLATE_NOOP("errors", "The identity card has a member twice.")
            ) from None
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "This file is not an identity card: it is not valid JSON ({problem})."
            ),
            problem=exc.problem,
        ) from None
    if not isinstance(value, dict):
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "This file is not an identity card: it is not a JSON object."
            )
        )
    return value


def check_text(member: str, value: str, *, stored: bool = False) -> None:
    """Raise CardError if ``value`` cannot be a card's ``member`` (name or organisation): longer
    than MAX_TEXT_LENGTH, with a control or direction-override character, or, unless
    ``stored``, not empty yet showing as nothing (only format characters). The one rule for a
    card read and a vault's name typed at `init`, so a vault can always make a card others
    accept. ``stored``: a card this vault already holds (trusted, or its own), judged by the
    rules it was made under, never by the newer blank-name rule."""
    if len(value) > MAX_TEXT_LENGTH:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's {member} is longer than {limit} characters."
            ),
            member=member,
            limit=MAX_TEXT_LENGTH,
        )
    if any(unicodedata.category(c) == "Cc" or c in _INVISIBLE_CONTROLS for c in value) or (
        not stored and value and all(_shows_nothing(c) for c in value)
    ):
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's {member} contains control characters."
            ),
            member=member,
        )


def check_owner_names(name: str, organisation: str) -> None:
    """Refuse (UsageError) a name or organisation for a new vault that its identity card could
    not carry, by the card check's own rule: a vault made with one could never export or sync.
    The command line's `init` and the app's new-vault dialog both ask this."""
    for member, value in (("name", name), ("organisation", organisation)):
        try:
            check_text(member, value)
        except CardError as exc:
            raise UsageError(
                exc.template,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Type the value again plainly, without copying it from formatted text.",
                ),
                **exc.params,
            ) from None


def _check_text(card: dict[str, Any], key: str, stored: bool) -> None:
    check_text(key, card[key], stored=stored)


def _check_role(card: dict[str, Any]) -> None:
    if card["role"] not in ROLES:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's role must be one of {roles}, not {role}."
            ),
            roles=", ".join(ROLES),
            role=repr(card["role"]),
        )


def _check_created(card: dict[str, Any]) -> None:
    value: str = card["created"]
    try:
        when = datetime.fromisoformat(value) if len(value) <= 40 else None
    except ValueError:
        when = None
    offset = None if when is None else when.utcoffset()
    if offset is None or offset.total_seconds() != 0:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's creation date is not an ISO 8601 UTC time."
            )
        )


def _check_fields(card: dict[str, Any], stored: bool) -> None:
    if card.get("format") != FORMAT:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "This file is not a FieldKit identity card (wrong or missing format)."
            )
        )
    version = card.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CardError(
            QT_TRANSLATE_NOOP("errors", "The identity card's version is missing or not a number.")
        )
    if version != VERSION:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The identity card is in version {version} of the format, which this FieldKit "
                "cannot read.",
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "Update FieldKit, or ask the holder for a card made by the same FieldKit version.",
            ),
            version=version,
        )
    missing = [k for k in FIELDS if k not in card]
    if missing:
        raise CardError(
            QT_TRANSLATE_NOOP("errors", "The identity card has no {member}."), member=missing[0]
        )
    extra = sorted(k for k in card if k not in FIELDS)
    if extra:
        raise CardError(
            QT_TRANSLATE_NOOP("errors", "The identity card has an unknown member {member}."),
            member=repr(extra[0]),
        )
    for key in _STRING_FIELDS:
        if not isinstance(card[key], str):
            raise CardError(
                QT_TRANSLATE_NOOP("errors", "The identity card's {member} is not text."), member=key
            )
    _check_text(card, "name", stored)
    _check_text(card, "organisation", stored)
    _check_role(card)
    _check_created(card)


def _check_keys(card: dict[str, Any]) -> tuple[MinisignPublicKey, X25519Recipient]:
    line: str = card["minisign_public_key"]
    try:
        key = MinisignPublicKey.from_base64_line(line)
    except minisign.MinisignError:
        key = None
    if key is None or key.base64_line != line:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's minisign public key is not a valid key."
            )
        )
    text: str = card["age_recipient"]
    try:
        recipient = X25519Recipient.from_string(text) if len(text) < 200 else None
    except ValueError:
        recipient = None
    if recipient is None or str(recipient) != text:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's age recipient is not a valid age1… key."
            )
        )
    return key, recipient


def _check_fingerprint(card: dict[str, Any]) -> None:
    value: str = card["fingerprint"]
    if len(value) != 64 or not set(value) <= _HEX:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's fingerprint is not 64 lower-case hex digits."
            )
        )
    if value != fingerprint(card["minisign_public_key"], card["age_recipient"]):
        raise CardError(
            QT_TRANSLATE_NOOP("errors", "The identity card's fingerprint does not match its keys.")
        )


def _check_signature(card: dict[str, Any], key: MinisignPublicKey) -> None:
    text: str = card["signature"]
    if len(text) > MAX_SIGNATURE_LENGTH:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's signature is too long to be a minisign signature."
            )
        )
    try:
        parsed = minisign.parse(text)
    except minisign.MinisignError:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors", "The identity card's signature is not a minisign signature."
            )
        ) from None
    if parsed.key_id != key.key_id:
        raise CardError(
            QT_TRANSLATE_NOOP("errors", "The identity card is signed by another key than its own.")
        )
    try:
        minisign.verify(key, signed_bytes(card), text)
    except minisign.MinisignError:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The identity card's signature does not match its contents (it was altered).",
            )
        ) from None


def parse_card(data: bytes, *, stored: bool = False) -> IdentityCard:
    """Parse and check a ``.fkid`` file's bytes. Raises CardError (one sentence) if the card is
    not JSON, too large, of another format or version, has missing, unknown or mistyped members,
    bad key encodings, a fingerprint that does not match its keys, or a signature that is
    missing, malformed, made by another key or does not match. ``stored``: a card this vault
    trusted earlier (see :func:`check_text`)."""
    card = _load_json(data)
    _check_fields(card, stored)
    key, _ = _check_keys(card)
    _check_fingerprint(card)
    _check_signature(card, key)
    return IdentityCard(
        name=card["name"],
        organisation=card["organisation"],
        role=card["role"],
        minisign_public_key=card["minisign_public_key"],
        age_recipient=card["age_recipient"],
        created=card["created"],
        fingerprint=card["fingerprint"],
        raw=card,
    )


def parse_carried_card(data: bytes) -> IdentityCard:
    """A card a bundle carries (its sender's, or an author's), checked as :func:`parse_card`
    checks a stored one: another vault made and stored it under the rules of its FieldKit, and
    trust goes by its fingerprint. The blank-name rule is for names typed today; under it, a
    vault an older FieldKit named with a direction mark alone had every bundle refused, even by
    the vaults that trust it."""
    return parse_card(data, stored=True)


def read_card_file(path: Path) -> IdentityCard:
    """The checked identity card in the file ``path`` (the one reader for every front end).

    The path is one the user typed, so a link to a card is followed; but a FIFO, device or
    folder given as a card is refused at once (never a hang), and no more than MAX_CARD_SIZE
    is read. Raises UsageError (missing, unreadable, not a file) or CardError (not a card).
    """
    try:
        data = foreign_files.read_capped(
            Path(path),
            MAX_CARD_SIZE,
            what=message(QT_TRANSLATE_NOOP("errors", "The identity card {path}"), path=str(path)),
            follow_links=True,
        )
    except FileNotFoundError:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path)
        ) from None
    except foreign_files.TooLargeError:
        raise CardError(TOO_LARGE, limit=MAX_CARD_SIZE // 1024) from None
    except foreign_files.ForeignFileError as exc:
        raise UsageError(
            exc.template,
            QT_TRANSLATE_NOOP("errors", "Give the .fkid file itself."),
            **exc.params,
        ) from None
    except OSError:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The identity card {path} cannot be read."),
            path=str(path),
        ) from None
    return parse_card(data)
