"""The trust store: identity cards this vault trusts, with a local name and role (SPEC §6).

The ``name`` shown everywhere is the *local* name the user chose (by default the name on the
card, which is only its holder's claim). ``verified`` means the user compared the fingerprint
with the holder out of band (in person, by phone).

Writers (:func:`add`, :func:`revoke`, :func:`mark_verified`) run inside the caller's write
transaction (``with vault.transaction() as db: ...``) and record an audit event in it, so the
change and its audit event commit together or not at all.

Only verified entries are ever chosen as recipients without the user naming them
(:func:`default_recipients`), and local names that look alike are found by :func:`fold_name`.

Revocation here is outright (``revoked_at``); the cutoff at the last accepted bundle
(``revoked_after``) is set by the import side. A revoked key is never silently trusted again:
re-adding its card, or any card with the same signing key, is refused.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.errors import FieldKitError, UsageError, VaultFormatError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error, message
from fieldkit.identity import own
from fieldkit.identity.card import CardError, IdentityCard, card_bytes, parse_card
from fieldkit.identity.fingerprint import display_form
from fieldkit.vault import audit
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import ROLES

MIN_PREFIX = 8
MAX_NAME_LENGTH = 200
_HEX_PREFIX = re.compile(r"[0-9a-f]{1,64}")
_SELECT = (
    "SELECT fingerprint, name, role, verified, verified_at, added_at, revoked_at, revoked_after,"
    " card FROM trust"
)


class TrustError(FieldKitError):
    """A change to the trust store was refused."""

    default_hint = QT_TRANSLATE_NOOP(
        "errors", "Run `fieldkit trust list` to see the keys this vault trusts."
    )


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    name: str  # the local name (not the card's claim)
    role: str
    verified: bool
    verified_at: str | None
    added_at: str
    revoked_at: str | None
    card: IdentityCard
    revoked_after: str | None = None  # cutoff set by the import side (last accepted bundle)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def display_fingerprint(self) -> str:
        return display_form(self.fingerprint)

    def to_json(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "display_fingerprint": self.display_fingerprint,
            "name": self.name,
            "card_name": self.card.name,
            "organisation": self.card.organisation,
            "role": self.role,
            "verified": self.verified,
            "verified_at": self.verified_at,
            "added_at": self.added_at,
            "revoked": self.revoked,
            "revoked_at": self.revoked_at,
            "revoked_after": self.revoked_after,
            "minisign_public_key": self.card.minisign_public_key,
            "age_recipient": self.card.age_recipient,
        }


def _from_row(row: Any) -> TrustedKey:
    fingerprint = str(row[0])
    try:
        # Judged by the rules it was trusted under: a newer, stricter card rule must not make
        # the vault unusable after an upgrade.
        card = parse_card(str(row[8]).encode("utf-8"), stored=True)
    except CardError as exc:
        raise VaultFormatError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The trusted card {fingerprint} stored in this vault is damaged ({problem})",
            ),
            fingerprint=fingerprint[:16],
            problem=from_error(exc),
        ) from None
    if card.fingerprint != fingerprint:
        raise VaultFormatError(
            QT_TRANSLATE_NOOP(
                "errors", "The trusted card {fingerprint} stored in this vault is damaged."
            ),
            fingerprint=fingerprint[:16],
        )
    return TrustedKey(
        fingerprint=fingerprint,
        name=str(row[1]),
        role=str(row[2]),
        verified=bool(row[3]),
        verified_at=None if row[4] is None else str(row[4]),
        added_at=str(row[5]),
        revoked_at=None if row[6] is None else str(row[6]),
        revoked_after=None if row[7] is None else str(row[7]),
        card=card,
    )


def _require_transaction(db: Connection) -> None:
    if not db.in_transaction:
        raise RuntimeError("trust store changes must run inside vault.transaction()")


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The local name of a trusted key cannot be empty.")
        )
    if len(name) > MAX_NAME_LENGTH:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The local name is longer than {limit} characters."),
            limit=MAX_NAME_LENGTH,
        )
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The local name cannot contain control characters.")
        )
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The role must be one of {roles}."),
            roles=", ".join(ROLES),
        )
    return role


def _label(key: TrustedKey) -> str:
    return f"{key.name}, {key.fingerprint[:16]}"


def add(
    db: Connection,
    card: IdentityCard,
    *,
    name: str | None = None,
    role: str | None = None,
    verified: bool = False,
) -> TrustedKey:
    """Trust ``card`` (inside the caller's transaction); returns the stored entry.

    ``name`` and ``role`` default to the card's own (first add) or to what is stored (re-add);
    ``verified=True`` marks the fingerprint as checked out of band now, while ``False`` never
    clears an earlier check. Raises TrustError for our own card, a revoked key, or a card whose
    signing key is already trusted under another fingerprint; UsageError for a bad name or role.
    """
    _require_transaction(db)
    me = own.load(db)
    if card.fingerprint == me.fingerprint or card.minisign_public_key == me.minisign_public:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is this vault's own identity card; a vault does not need to trust itself.",
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "Import the card of the other vault (its holder runs `fieldkit identity export`).",
            ),
        )
    existing = get(db, card.fingerprint)
    for other in list_keys(db):
        if other.fingerprint == card.fingerprint:
            continue
        if other.card.minisign_public_key == card.minisign_public_key:
            if other.revoked:
                raise TrustError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This card's signing key was revoked (as {other}); it cannot "
                        "be trusted again this way.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Restoring a revoked key will be possible with a future `trust restore`.",
                    ),
                    other=_label(other),
                )
            raise TrustError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This card's signing key is already trusted as {other} with "
                    "another transport key.",
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ask the holder why their card changed; revoke the old entry "
                    "if it is no longer theirs.",
                ),
                other=_label(other),
            )
    if existing is not None and existing.revoked:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This key ({existing}) was revoked; adding its card again does not restore it.",
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Restoring a revoked key will be possible with a future `trust restore`."
            ),
            existing=_label(existing),
        )
    now = audit.now()
    local_name = _check_name(name if name is not None else existing.name if existing else card.name)
    local_role = _check_role(role if role is not None else existing.role if existing else card.role)
    stored_card = card_bytes(card).decode("utf-8")
    if existing is None:
        db.execute(
            "INSERT INTO trust (fingerprint, card, name, role, verified, verified_at, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                card.fingerprint,
                stored_card,
                local_name,
                local_role,
                int(verified),
                now if verified else None,
                now,
            ),
        )
    else:
        is_verified = verified or existing.verified
        verified_at = existing.verified_at if existing.verified else (now if verified else None)
        db.execute(
            "UPDATE trust SET card = ?, name = ?, role = ?, verified = ?, verified_at = ?"
            " WHERE fingerprint = ?",
            (stored_card, local_name, local_role, int(is_verified), verified_at, card.fingerprint),
        )
    result = get(db, card.fingerprint)
    assert result is not None  # noqa: S101 - just written in this transaction
    audit.record(
        db,
        "key_trusted",
        {"fingerprint": result.fingerprint, "role": result.role, "verified": result.verified},
    )
    return result


def _resolve_display_form(db: Connection, text: str) -> TrustedKey | None:
    digits = "".join(text.split())
    if len(digits) != 30 or not digits.isdigit():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "A fingerprint in display form has 30 digits (six groups of five)."
            ),
        )
    grouped = " ".join(digits[i : i + 5] for i in range(0, 30, 5))
    found = [k for k in list_keys(db) if k.display_fingerprint == grouped]
    return found[0] if len(found) == 1 else None


def get(db: Connection, fingerprint_or_prefix: str) -> TrustedKey | None:
    """The entry with this fingerprint: 64 hex digits, a unique prefix of at least 8, or the
    display form (six groups of five digits, spaces included). None if there is none; raises
    UsageError if the text is no fingerprint or the prefix matches several keys."""
    text = fingerprint_or_prefix.strip().lower()
    if " " in text and text.replace(" ", "").isdigit():
        return _resolve_display_form(db, text)
    if not _HEX_PREFIX.fullmatch(text):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "A fingerprint is written in hex digits (0-9, a-f).")
        )
    if len(text) < MIN_PREFIX:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Give at least {count} hex digits of the fingerprint."),
            count=MIN_PREFIX,
        )
    if len(text) == 64:
        row = db.execute(_SELECT + " WHERE fingerprint = ?", (text,)).fetchone()
        return None if row is None else _from_row(row)
    rows = db.execute(
        _SELECT + " WHERE substr(fingerprint, 1, ?) = ? LIMIT 2",
        (len(text), text),
    ).fetchall()
    if len(rows) > 1:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The fingerprint prefix {text} matches several trusted keys; give more digits.",
            ),
            text=text,
        )
    return _from_row(rows[0]) if rows else None


def get_exact(db: Connection, fingerprint: str) -> TrustedKey | None:
    """The entry with exactly this 64-hex fingerprint; None for anything else (never raises a
    UsageError: for fingerprints that come from files, not from the user)."""
    row = db.execute(_SELECT + " WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return None if row is None else _from_row(row)


def list_keys(db: Connection) -> list[TrustedKey]:
    """Every entry, revoked ones included, by local name then fingerprint."""
    rows = db.execute(_SELECT + " ORDER BY name, fingerprint").fetchall()
    return [_from_row(row) for row in rows]


def _require(db: Connection, fingerprint: str) -> TrustedKey:
    key = get(db, fingerprint)
    if key is None:
        raise TrustError(
            QT_TRANSLATE_NOOP("errors", "No trusted key has the fingerprint {fingerprint}."),
            fingerprint=fingerprint.strip()[:80],
        )
    return key


def revoke(db: Connection, fingerprint: str, *, by: str | None = None) -> TrustedKey:
    """Revoke a key (inside the caller's transaction); a revoked key stays revoked.

    The cutoff is the furthest bundle this vault accepted from that key, by its place in the
    key's chain (stream, epoch, sequence), never by a date the key holder controls: bundles at
    or before it are still accepted (a re-delivery), anything later is refused. ``by`` names the
    coordinator whose signed notice caused the revocation, if any.

    ``fingerprint`` may be a unique prefix. Revoking a revoked key changes nothing. Raises
    TrustError if no entry matches.
    """
    _require_transaction(db)
    key = _require(db, fingerprint)
    if key.revoked:
        return key
    # The chain (stream, epoch) of the latest arrival, and in it the furthest bundle accepted:
    # bundles reach a vault out of order (two sticks), and the last to arrive may be the earlier.
    last = db.execute(
        "SELECT bundle_id, stream, epoch, sequence FROM received_bundles "
        "WHERE sender = ?1 AND (stream, epoch) = (SELECT stream, epoch FROM received_bundles "
        "  WHERE sender = ?1 ORDER BY rowid DESC LIMIT 1) "
        "ORDER BY sequence DESC LIMIT 1",
        (key.fingerprint,),
    ).fetchone()
    cutoff = None
    if last is not None:
        cutoff = json.dumps(
            {"bundle_id": last[0], "stream": last[1], "epoch": last[2], "sequence": last[3]}
        )
    db.execute(
        "UPDATE trust SET revoked_at = ?, revoked_after = ? WHERE fingerprint = ?",
        (audit.now(), cutoff, key.fingerprint),
    )
    details: dict[str, object] = {"fingerprint": key.fingerprint}
    if by:
        details["notice_by"] = by
    audit.record(db, "key_revoked", details)
    result = get(db, key.fingerprint)
    assert result is not None  # noqa: S101 - just written in this transaction
    return result


def mark_verified(db: Connection, fingerprint: str) -> TrustedKey:
    """Record that the fingerprint was compared with the holder out of band (in a transaction)."""
    _require_transaction(db)
    key = _require(db, fingerprint)
    if key.verified:
        return key
    db.execute(
        "UPDATE trust SET verified = 1, verified_at = ? WHERE fingerprint = ?",
        (audit.now(), key.fingerprint),
    )
    audit.record(
        db, "key_trusted", {"fingerprint": key.fingerprint, "role": key.role, "verified": True}
    )
    result = get(db, key.fingerprint)
    assert result is not None  # noqa: S101 - just written in this transaction
    return result


def lookup_by_minisign_key(db: Connection, key_id: bytes, public: bytes) -> TrustedKey | None:
    """The entry whose card has this minisign key (id and public key), revoked or not."""
    line = own.minisign_public_line(key_id, public)
    for key in list_keys(db):
        if key.card.minisign_public_key == line:
            return key
    return None


# --- choosing recipients --------------------------------------------------------------------------
#
# A card's name and role are only its holder's claim: anyone can make a card that says
# "Bob, coordinator". Only the out-of-band fingerprint check makes a card someone's, so only
# verified cards are ever chosen without the user naming them, and names that look alike are
# pointed out wherever the user picks a recipient by name.

#: How to verify a card, said after a warning about an unverified one (a whole sentence, so that
#: it translates as one).
HOW_TO_VERIFY = QT_TRANSLATE_NOOP(
    "errors",
    "To verify it, compare its fingerprint with its holder in person or by phone (they read "
    "theirs with `fieldkit identity show`), then run `fieldkit trust add CARD.fkid --verified`.",
)


def how_to_verify() -> Text:
    """:data:`HOW_TO_VERIFY` as a message translated where it is shown."""
    return message(HOW_TO_VERIFY)


def and_list(items: Sequence[str]) -> str:
    """'A, B and C' as one message whose commas and "and" are translated where it is shown
    (Arabic «أ، ب و ج»); each item may itself be a message (a card's label)."""
    if not items:
        return ""
    listed: str = items[0]
    for item in items[1:-1]:
        listed = message(QT_TRANSLATE_NOOP("errors", "{list}, {item}"), list=listed, item=item)
    if len(items) > 1:
        listed = message(
            QT_TRANSLATE_NOOP("errors", "{list} and {item}"), list=listed, item=items[-1]
        )
    return listed


# Letters of other scripts that look like Latin ones in common fonts, folded to the Latin letter
# before case folding (so "ВОВ" in Cyrillic and "Bob" meet), and Arabic letters written in several
# ways for one letter (hamza seats, dotless or Persian yeh, keheh, teh marbuta).
_LOOKALIKES = str.maketrans(
    {
        # Cyrillic
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q",
        "Ԝ": "W", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
        "і": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѵ": "v",
        "ӏ": "l", "Ӏ": "l",
        # Greek
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "α": "a",
        "ν": "v", "ρ": "p", "ι": "i", "κ": "k", "υ": "u",
        # Arabic (after NFD has split hamza and madda off as combining marks)
        "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه", "ە": "ه", "ـ": None,
    }
)  # fmt: skip


def fold_name(name: str) -> str:
    """The form in which two names count as the same for a reader: NFKC, no invisible
    (format) characters or accents, lookalike letters of other scripts folded to Latin, case
    folded, runs of white space as one space."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_LOOKALIKES).casefold()
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def name_collisions(keys: list[TrustedKey]) -> dict[str, list[TrustedKey]]:
    """For each non-revoked key whose local name looks like another's: those others, by
    fingerprint. Revoked keys are left out: they can no longer be chosen as recipients."""
    groups: dict[str, list[TrustedKey]] = {}
    for key in keys:
        if not key.revoked:
            groups.setdefault(fold_name(key.name), []).append(key)
    return {
        key.fingerprint: [o for o in group if o.fingerprint != key.fingerprint]
        for group in groups.values()
        if len(group) > 1
        for key in group
    }


def same_name_as(db: Connection, name: str, fingerprint: str | None = None) -> list[TrustedKey]:
    """Non-revoked keys, other than ``fingerprint``, whose local name looks like ``name``."""
    folded = fold_name(name)
    return [
        k
        for k in list_keys(db)
        if not k.revoked and k.fingerprint != fingerprint and fold_name(k.name) == folded
    ]


def default_recipients(db: Connection) -> list[TrustedKey]:
    """Verified, non-revoked coordinators: where bundles go when no recipient is named.

    An unverified card is never among them, whatever role it claims or was given: it may be
    an impostor's, and a bundle encrypted to it is readable by whoever made it.
    """
    return [k for k in list_keys(db) if is_default_recipient(k)]


def is_default_recipient(key: TrustedKey) -> bool:
    return not key.revoked and key.role == "coordinator" and key.verified


def unverified_coordinators(db: Connection) -> list[TrustedKey]:
    """Non-revoked coordinators left out of the default recipients for want of verification."""
    return [
        k for k in list_keys(db) if not k.revoked and k.role == "coordinator" and not k.verified
    ]


def short_label(name: str, fingerprint: str, verified: bool) -> str:
    """'Bob (fingerprint 1a2b3c4d5e6f7a8b…, unverified)': a recipient as chosen or reported.

    16 hex digits, as `trust list` shows them: too many for anyone to make a card that matches.
    """
    if verified:
        template = QT_TRANSLATE_NOOP("errors", "{name} (fingerprint {fingerprint}…)")
    else:
        template = QT_TRANSLATE_NOOP("errors", "{name} (fingerprint {fingerprint}…, unverified)")
    return message(template, name=name, fingerprint=fingerprint[:16])


@dataclass(frozen=True)
class KnownName:
    """What this vault can say about who holds a key, for showing people (not for trusting).

    ``status`` is ``"trusted"`` (the local name from the trust store), ``"revoked"`` (a trust
    entry that was revoked: the local name, no longer trusted) or ``"claimed"`` (only the name
    on an author card that came with a bundle: that person's own claim, nobody checked it).
    """

    name: str
    status: str


def known_names(db: Connection) -> dict[str, KnownName]:
    """Every fingerprint this vault has a name for: trust store entries win over author cards.

    An author card that cannot be read gives no name (the key is then shown as unknown).
    """
    names: dict[str, KnownName] = {}
    for fingerprint, card in db.execute("SELECT fingerprint, card FROM authors"):
        try:
            parsed = json.loads(card)
            claimed = str(parsed.get("name") or "") if isinstance(parsed, dict) else ""
        except ValueError:
            claimed = ""
        if claimed:
            names[str(fingerprint)] = KnownName(claimed, "claimed")
    for fingerprint, name, revoked in db.execute("SELECT fingerprint, name, revoked_at FROM trust"):
        names[str(fingerprint)] = KnownName(str(name), "trusted" if revoked is None else "revoked")
    return names
