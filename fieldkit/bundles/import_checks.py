"""Checks of a bundle's content that its signatures cannot make: a trusted sender (or a stranger
whose bundle is only verified) may still have written anything. Each refuses with one plain
sentence (a FieldKitError), so verify reports it and an import is refused whole."""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Iterable
from typing import Any

from fieldkit.clock import now
from fieldkit.errors import CorruptFileError, FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error, message
from fieldkit.identity.card import IdentityCard, parse_carried_card
from fieldkit.records import fields as F
from fieldkit.records.revision import Revision
from fieldkit.records.revision_checks import check_names
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

from . import layout as L
from .layout import BundleHeader


def card_line(obj: Any, number: int) -> IdentityCard:
    """The card of a ``{"type": "card", "card": {...}}`` line of records.ndjson."""
    card = obj.get("card") if isinstance(obj, dict) else None
    try:
        return parse_carried_card(json.dumps(card).encode())
    except FieldKitError:
        pass
    raise CorruptFileError(
        QT_TRANSLATE_NOOP("errors", "{file} line {line} is not valid."), file=L.RECORDS, line=number
    )


def _without_formatting(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(" " if c in "\r\n" else c for c in value if unicodedata.category(c) != "Cf")
    if isinstance(value, list):
        return [_without_formatting(v) for v in value]
    return value


def _receivers_part(field: F.Field, value: Any) -> Any:
    """``value`` as the receiver needs it checked. A text identifier's refusal of invisible
    formatting and line breaks is typed-input hygiene (what is shown is what a person
    compares), newer than data others hold: an older FieldKit stored "INV<RLM>-7", and every
    bundle carrying it was refused whole. So those characters are set aside for the check
    (types, sizes and control characters still apply) and the value is kept as signed. Codes
    keep their full pattern: they were always plain."""
    if field.name in F.IDENTIFIER_FIELDS and field.kind in ("text", "text_list"):
        return _without_formatting(value)
    return value


def revision_line(rev: Revision, number: int, seen: set[Any] | None = None) -> None:
    """Refuse the revision of line ``number`` (CorruptFileError naming the line) if its record
    id, parents or photos are not of FieldKit's shapes (records.revision_checks), its kind is
    unknown, or a field value is one FieldKit would not accept from a person (a status no list
    has, text in measurements, a salvage priority of 10**40): the views, searches and reports
    built from it assume clean values. Fields this FieldKit does not know (a newer one's) are
    kept as they are. Rules that only keep typed input tidy are not the receiver's protection
    and do not refuse what others wrote (see _receivers_part).

    ``seen``, a set the caller keeps for one bundle and then drops, holds the short values
    this bundle's earlier lines had accepted, as they are: looking one up is cheaper than the
    process's keyed digest (_accepted; a bundle repeats most of its values). It holds record
    text, so it never outlives the check of its bundle."""
    try:
        check_names(rev.record_id, list(rev.parents), list(rev.media))
        known = F.FIELDS.get(rev.kind)
        if known is None:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A revision has an unknown record kind.")
            )
        for name, value in rev.fields.items():
            if name in known:
                key = None if seen is None else _seen_key(rev.kind, name, value)
                if seen is not None and key is not None and key in seen:
                    continue
                checked = _receivers_part(known[name], value)
                if isinstance(checked, _SCALARS) and len(str(checked)) <= _REMEMBERED_CHARS:
                    _accepted(rev.kind, name, checked, type(checked).__name__)
                else:
                    F.clean_value(rev.kind, name, checked)
                if seen is not None and key is not None and len(seen) < _REMEMBERED_MAX:
                    seen.add(key)
    except FieldKitError as exc:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "{file} line {line}: {problem}"),
            file=L.RECORDS,
            line=number,
            problem=from_error(exc),
        ) from None


# A bundle's revisions repeat their values (statuses, materials, sites, dates, the same words in
# 100,000 records), and checking one (F.clean_value) is a few regular expressions: a value
# accepted once is accepted again without them. clean_value depends on nothing but its
# arguments; a refused value raises and is not remembered. ``bool`` is an ``int``, so the type
# is part of the key (``True`` and ``1`` are checked apart).
# A long text (a description) is seldom repeated: it is checked every time, not kept.
# What is kept is a keyed digest of the value, never the value: record text must not outlive
# the vault in this process (a locked app keeps running), and the key, new in each process,
# keeps the digests of short, guessable values from being checked against a list offline.
_SCALARS = (str, int, float)


def _seen_key(kind: str, name: str, value: Any) -> tuple[Any, ...] | None:
    """What ``seen`` (revision_line) remembers ``value`` by, or None for a value it does not
    remember: the type is in the key, exactly (True equals 1 but is checked apart; floats are
    left to the digest, whose text tells -0.0 from 0.0); a list of texts (agents, damage
    types: a few dozen lists in 100,000 records) goes as a tuple; nothing long is kept."""
    kind_of = type(value)
    if kind_of is str:
        return (kind, name, str, value) if len(value) <= _REMEMBERED_CHARS else None
    if kind_of is int:
        return (kind, name, int, value)
    if (
        kind_of is list
        and all(type(v) is str for v in value)
        and sum(map(len, value)) + len(value) <= _REMEMBERED_CHARS
    ):
        return (kind, name, list, tuple(value))
    return None


_REMEMBERED_CHARS = 200
_REMEMBERED_MAX = 1 << 16
_DIGEST_KEY = os.urandom(16)
_accepted_digests: set[bytes] = set()


def _accepted(kind: str, name: str, value: str | int | float, type_name: str) -> None:
    """Check ``value`` (F.clean_value) unless it was accepted before in this process."""
    digest = hashlib.blake2b(
        "\0".join((kind, name, type_name, str(value))).encode("utf-8", "surrogatepass"),
        key=_DIGEST_KEY,
        digest_size=16,
    ).digest()
    if digest in _accepted_digests:
        return
    F.clean_value(kind, name, value)  # raises: a refused value is never remembered
    if len(_accepted_digests) >= _REMEMBERED_MAX:
        _accepted_digests.clear()  # bounded; the next values are checked again
    _accepted_digests.add(digest)


def forget_accepted() -> None:
    """Check every value again from now on (tests; nothing else needs it)."""
    _accepted_digests.clear()


def check_records(db: Connection, record_ids: Iterable[str]) -> None:
    """After an import stored new revisions of ``record_ids`` (in its transaction, before the
    commit): refuse (CorruptFileError) if one of those records now has revisions of two kinds
    (an edit turning an object into a location) or a revision whose parent belongs to another
    record. Raised, the whole import rolls back."""
    for record_id in record_ids:
        kinds = db.execute(
            "SELECT count(DISTINCT kind) FROM revisions WHERE record_id = ?", (record_id,)
        ).fetchone()[0]
        if kinds > 1:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A revision changes the kind of its record.")
            )
        borrowed = db.execute(
            "SELECT 1 FROM revisions c JOIN revision_parents p ON p.rev_id = c.rev_id "
            "JOIN revisions o ON o.rev_id = p.parent_id "
            "WHERE c.record_id = ? AND o.record_id != c.record_id LIMIT 1",
            (record_id,),
        ).fetchone()
        if borrowed:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A revision names a parent from another record.")
            )


def same_id_other_content(
    vault: Vault, header: BundleHeader, tagmanifest: str | None
) -> Text | None:
    """A bundle whose id was imported before but whose content differs (its signed tag manifest
    has another SHA-256): a fork of the sender's stream, recorded as one, and the sentence that
    refuses this copy. None when the id is new or the content is the same."""
    row = vault.db.execute(
        "SELECT tagmanifest_sha256 FROM received_bundles WHERE bundle_id = ?", (header.bundle_id,)
    ).fetchone()
    if row is None or row[0] == tagmanifest:
        return None
    with vault.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO forks VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                header.sender,
                header.stream,
                header.epoch,
                header.sequence,
                header.bundle_id,
                header.bundle_id,
                now(),
            ),
        )
    return message(
        QT_TRANSLATE_NOOP(
            "errors",
            "Bundle {bundle} was imported before with other content; this copy was refused.",
        ),
        bundle=header.bundle_id[:8],
    )
