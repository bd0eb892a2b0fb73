"""Immutable, signed revisions (SPEC §5) and the hybrid logical clock that orders them.

``rev_id`` = SHA-256 (hex) of the canonical JSON of ``{record_id, kind, parents (sorted),
author, hlc, fields, media, deleted}``. The author's Ed25519 signature covers the ASCII bytes of
``rev_id``, so it travels with the revision and proves authorship after any number of hops.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from json.encoder import encode_basestring as _string
from typing import Any

from fieldkit.canonical_json import (
    _c_encode,
    _for_c_encoder,
    _NeedsReference,
    canonical_json,
)
from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.identity.own import OwnIdentity, verify_signature

HLC_WIDTH_MS = 15
HLC_WIDTH_COUNTER = 6
DAY_MS = 24 * 3600 * 1000


# --- hybrid logical clock ----------------------------------------------------------------------


def format_hlc(wall_ms: int, counter: int) -> str:
    """Fixed width, so that comparing the strings compares the clocks."""
    return f"{wall_ms:0{HLC_WIDTH_MS}d}-{counter:0{HLC_WIDTH_COUNTER}d}"


def parse_hlc(text: str) -> tuple[int, int]:
    """Raises ValueError if ``text`` is not an HLC."""
    wall, sep, counter = text.partition("-")
    if (
        not sep
        or len(wall) != HLC_WIDTH_MS
        or len(counter) != HLC_WIDTH_COUNTER
        or not wall.isdigit()
        or not counter.isdigit()
    ):
        raise ValueError("not an HLC")
    return int(wall), int(counter)


class HybridClock:
    """Monotonic across edits even if the wall clock steps back; advanced by received revisions.

    ``now_ms`` is injectable for tests. The state lives in the vault (``meta.hlc``) so that it
    survives restarts; callers persist :attr:`last` in the same transaction as the revision.
    """

    def __init__(self, last: str | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self._now = now_ms or (lambda: time.time_ns() // 1_000_000)
        self.last = parse_hlc(last) if last else (0, 0)

    def now_ms(self) -> int:
        return self._now()

    def tick(self) -> str:
        wall = self._now()
        last_wall, counter = self.last
        self.last = (wall, 0) if wall > last_wall else (last_wall, counter + 1)
        return format_hlc(*self.last)

    def observe(self, remote: str) -> bool:
        """Advance past a received HLC; returns False (and ignores it) if it is > 24 h ahead."""
        wall, counter = parse_hlc(remote)
        if wall > self._now() + DAY_MS:
            return False
        if (wall, counter) > self.last:
            self.last = (wall, counter)
        return True

    @property
    def last_text(self) -> str:
        return format_hlc(*self.last)


# --- revisions ---------------------------------------------------------------------------------


def _fields_texts(fields: dict[str, Any]) -> tuple[str, str | None] | None:
    """The canonical text of ``fields`` and, when it is also their view text (what
    ``json.dumps(sort_keys=True)`` writes: no integral float, which canonical JSON prints as an
    integer, "94" for 94.0), that text again, else None; None when the reference encoder must
    encode the fields.

    Tried and dropped (2026-12-06): putting the view's text of only the members holding such a
    float in place of their canonical text. Encoding a measurements list alone costs 2.2 µs
    (sorting, float repr), so two of them and the search for their place cost 5-6 µs against
    7.4 µs for all the fields again: 19.5 vs 20.0 µs a record, within noise.
    """
    try:
        prepared = _for_c_encoder(fields)
    except (_NeedsReference, RecursionError):
        return None
    text = _c_encode(prepared)
    return text, text if prepared is fields else None


@dataclass(frozen=True)
class Revision:
    record_id: str
    kind: str
    parents: tuple[str, ...]
    author: str
    hlc: str
    fields: Mapping[str, Any]
    media: tuple[Mapping[str, Any], ...]
    deleted: bool
    signature: bytes = field(default=b"", compare=False)

    def content(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "kind": self.kind,
            "parents": sorted(self.parents),
            "author": self.author,
            "hlc": self.hlc,
            "fields": dict(self.fields),
            "media": [dict(m) for m in self.media],
            "deleted": self.deleted,
        }

    def canonical(self) -> bytes:
        return self._canonical

    # Computed once: a revision is immutable, and hashing is on every hot path.
    @cached_property
    def _canonical(self) -> bytes:
        return self._encode()

    def _encode(self) -> bytes:
        """The canonical bytes of the content, noting the view's text of the fields on the way.

        The fields are most of the bytes. They are encoded on their own, so that when their
        canonical text is also what json.dumps(sort_keys=True) writes (no float the C encoder
        would print differently), the records view stores that text instead of encoding the
        fields a second time (fields_json; bulk creation, SPEC §13).
        """
        fields = self.fields if type(self.fields) is dict else dict(self.fields)
        texts = _fields_texts(fields)
        if texts is None:
            return canonical_json(self.content())  # the reference encoder, for all of it
        fields_text, view_text = texts
        if view_text is not None:
            self.__dict__["_fields_json"] = view_text
        media_text = "[]"
        if self.media:
            try:
                media_text = _c_encode(_for_c_encoder([dict(m) for m in self.media]))
            except (_NeedsReference, RecursionError):
                media_text = ""
        if (
            media_text
            and type(self.deleted) is bool
            and all(type(t) is str for t in (self.record_id, self.kind, self.author, self.hlc))
            and all(type(p) is str for p in self.parents)
        ):
            # Written out in key order: what canonical_json writes for the whole content,
            # without walking it a second time.
            return (
                f'{{"author":{_string(self.author)},'
                f'"deleted":{"true" if self.deleted else "false"},"fields":{fields_text},'
                f'"hlc":{_string(self.hlc)},"kind":{_string(self.kind)},"media":{media_text},'
                f'"parents":[{",".join(_string(p) for p in sorted(self.parents))}],'
                f'"record_id":{_string(self.record_id)}}}'
            ).encode()
        content = self.content()
        content["fields"] = {}
        # The other members' canonical text around an empty object, which is then replaced:
        # keys sort as author, deleted, fields, …, so the first ',"fields":{}' is that member
        # (the author's text before it is a JSON string, where a '"' is always escaped).
        rest = canonical_json(content)
        at = rest.index(b',"fields":{}') + len(b',"fields":')
        return rest[:at] + fields_text.encode("utf-8") + rest[at + 2 :]

    def fields_json(self) -> str | None:
        """The fields as ``json.dumps(fields, ensure_ascii=False, sort_keys=True,
        separators=(",", ":"))`` writes them, when computing the canonical bytes gave that
        text; None otherwise (then encode them)."""
        return self.__dict__.get("_fields_json")

    @cached_property
    def rev_id(self) -> str:
        return hashlib.sha256(self._canonical).hexdigest()

    def signed_by(self, identity: OwnIdentity) -> Revision:
        if identity.fingerprint != self.author:
            raise ValueError("a revision is signed by its author")
        signed = Revision(
            self.record_id,
            self.kind,
            self.parents,
            self.author,
            self.hlc,
            self.fields,
            self.media,
            self.deleted,
            identity.sign(self.rev_id.encode("ascii")),
        )
        # Same content, same canonical bytes: carry the computed values over.
        signed.__dict__["_canonical"] = self._canonical
        signed.__dict__["rev_id"] = self.rev_id
        if "_fields_json" in self.__dict__:
            signed.__dict__["_fields_json"] = self.__dict__["_fields_json"]
        return signed

    def signature_valid(self, public_key: bytes) -> bool:
        return verify_signature(public_key, self.signature, self.rev_id.encode("ascii"))

    @classmethod
    def from_canonical(cls, data: bytes, signature: bytes = b"") -> Revision:
        """Parse a stored or received revision. Raises CorruptFileError if it is malformed."""
        try:
            obj = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A revision is not valid JSON.")
            ) from None
        return cls.from_content(obj, signature)

    @classmethod
    def from_content(cls, obj: Any, signature: bytes = b"") -> Revision:
        if not isinstance(obj, dict) or set(obj) != {
            "record_id",
            "kind",
            "parents",
            "author",
            "hlc",
            "fields",
            "media",
            "deleted",
        }:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A revision does not have the expected fields.")
            )
        try:
            parents = obj["parents"]
            media = obj["media"]
            if not (
                isinstance(obj["record_id"], str)
                and isinstance(obj["kind"], str)
                and isinstance(obj["author"], str)
                and isinstance(obj["hlc"], str)
                and isinstance(obj["fields"], dict)
                and isinstance(obj["deleted"], bool)
                and isinstance(parents, list)
                and all(isinstance(p, str) for p in parents)
                and isinstance(media, list)
                and all(isinstance(m, dict) for m in media)
            ):
                raise ValueError
            parse_hlc(obj["hlc"])
        except ValueError:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A revision has a field of the wrong type.")
            ) from None
        return cls(
            record_id=obj["record_id"],
            kind=obj["kind"],
            parents=tuple(sorted(parents)),
            author=obj["author"],
            hlc=obj["hlc"],
            fields=obj["fields"],
            media=tuple(media),
            deleted=obj["deleted"],
            signature=signature,
        )


def new_revision(
    identity: OwnIdentity,
    clock: HybridClock,
    *,
    record_id: str,
    kind: str,
    parents: Sequence[str],
    fields: Mapping[str, Any],
    media: Sequence[Mapping[str, Any]] = (),
    deleted: bool = False,
) -> Revision:
    """A new revision by this vault's identity, signed."""
    return Revision(
        record_id=record_id,
        kind=kind,
        parents=tuple(sorted(parents)),
        author=identity.fingerprint,
        hlc=clock.tick(),
        fields=dict(fields),
        media=tuple(dict(m) for m in media),
        deleted=deleted,
    ).signed_by(identity)


def new_record_revisions(
    author: str,
    clock: HybridClock,
    kind: str,
    rows: Iterable[Mapping[str, Any]],
    record_ids: Iterable[str],
) -> list[Revision]:
    """The first revisions of new records, not signed yet (:func:`sign_new`): for each row (its
    photos under "_media"), the content ``new_revision(..., parents=())`` gives, with its
    canonical bytes and rev_id computed once here (bulk creation, SPEC §13)."""
    out = []
    for row, record_id in zip(rows, record_ids, strict=True):
        fields = dict(row)
        # "_media" is the photos' channel, never a field (even an empty list of them).
        media = fields.pop("_media", None)
        rev = Revision(
            record_id,
            kind,
            (),
            author,
            clock.tick(),
            fields,
            tuple(dict(m) for m in media) if media else (),
            False,
        )
        state = rev.__dict__
        state["_canonical"] = canonical = rev._encode()
        state["rev_id"] = hashlib.sha256(canonical).hexdigest()
        out.append(rev)
    return out


def sign_new(revisions: list[Revision], identity: OwnIdentity) -> list[Revision]:
    """Sign, in place, revisions just made by :func:`new_record_revisions` (nobody else holds
    them yet): what ``signed_by`` does without a second object per revision. The signature
    is not part of the content, so nothing computed changes."""
    sign, author = identity.sign, identity.fingerprint
    for rev in revisions:
        if rev.author != author or rev.signature:
            raise ValueError("a new revision is signed once, by its author")
        rev.__dict__["signature"] = sign(rev.rev_id.encode("ascii"))
    return revisions
