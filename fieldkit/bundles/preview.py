"""What importing a verified bundle would change, record by record (read only: nothing merges).

The import review named only counts (« 2 revisions, 0 photos ») although it promises to show
what a bundle holds before anything changes: a bundle that deletes an object passed unseen
(r14 UI trial #13). :func:`content_preview` reads the bundle's revisions once more and says,
for the objects, damage reports, containers and places it touches, which ones are new here,
which change, which it deletes, and which this vault had deleted but the bundle brings back.

The revisions were verified (and their signatures checked) by ``verify_bundle``; here they
are only read. A record changed here since the version the bundle's changes were made on is
named apart (CONFLICT): the import will leave it in conflict for a person to choose (a
coordinator saw it under « Changes » and learned it only from the result, r15 tester #7).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.errors import FieldKitError
from fieldkit.identity import own
from fieldkit.records import fields as F
from fieldkit.records.revision import Revision
from fieldkit.tasks import CancelCheck
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

from .safe_zip import SafeZip
from .verify import VerifyReport, records_lines

NEW, CHANGED, DELETED, BACK = "new", "changed", "deleted", "back"
#: Changed by the bundle and, meanwhile, here: the import leaves it in conflict for a person.
CONFLICT = "conflict"
#: The kinds a person names and looks for; movements, handovers and duplicate decisions are
#: events about them and are only counted (as revisions).
NAMED_KINDS = (F.OBJECT, F.DAMAGE, F.CONTAINER, F.LOCATION)
_LOOKUP_AT_ONCE = 500  # ids per IN (…) query, well under SQLite's limit of bound variables
_CANCEL_EVERY = 256  # lines read between two polls of ``cancel``


@dataclass(frozen=True)
class RecordChange:
    """One record the import would touch, named as a person knows it."""

    record_id: str
    kind: str
    change: str  # NEW, CHANGED, CONFLICT, DELETED or BACK (deleted here, an edited one back)
    number: str  # inventory number (objects), code (containers, places); a report's object's
    title: str  # title (objects), name (containers, places), a report's date of observation
    author: str  # fingerprint of the author of the bundle's newest revision of it


@dataclass
class ContentPreview:
    changes: list[RecordChange] = field(default_factory=list)

    def of(self, change: str) -> list[RecordChange]:
        return [c for c in self.changes if c.change == change]


#: The fields a record is named by; only these are kept of each record's newest revision, so a
#: bundle of 100,000 records does not hold 100,000 revisions' fields while it is read.
_NAMING = ("inventory_number", "title", "code", "name", "object_id", "observed_at")


@dataclass(frozen=True)
class _Newest:
    hlc: str
    rev_id: str
    kind: str
    author: str
    deleted: bool
    fields: dict[str, Any]


def content_preview(
    vault: Vault, path: Path, report: VerifyReport, cancel: CancelCheck | None = None
) -> ContentPreview | None:
    """The records an import of ``path`` (verified into ``report`` with this vault and
    ``keep_content``) would add, change, delete or bring back; None when the content cannot
    be read here (not verified, encrypted to someone else, or changed since it was checked)."""
    header, inner = report.header, report.inner
    if not report.valid or not report.content_inspected or header is None or inner is None:
        return None
    identities = [own.load(vault.db).transport_key] if header.encrypted else []
    newest: dict[str, _Newest] = {}
    deletes: set[str] = set()
    superseded: set[str] = set()  # revisions a later one of the bundle names as its parent
    revisions: dict[str, list[str]] = {}
    parents: dict[str, set[str]] = {}  # per record, the revisions the bundle's build on
    try:
        with SafeZip(path) as zf:
            lines = records_lines(zf, header.bundle_id, identities, inner.get("records_sha256"))
            for number, raw in lines:
                if cancel is not None and number % _CANCEL_EVERY == 0 and cancel():
                    return None
                obj = json.loads(raw)
                if not isinstance(obj, dict) or obj.get("type") != "revision":
                    continue
                rev = Revision.from_content(obj["revision"])
                if rev.kind not in NAMED_KINDS:
                    continue
                revisions.setdefault(rev.record_id, []).append(rev.rev_id)
                if rev.deleted:
                    deletes.add(rev.rev_id)
                superseded.update(rev.parents)
                parents.setdefault(rev.record_id, set()).update(rev.parents)
                seen = newest.get(rev.record_id)
                if seen is None or (rev.hlc, rev.rev_id) > (seen.hlc, seen.rev_id):
                    named = {k: rev.fields[k] for k in _NAMING if k in rev.fields}
                    newest[rev.record_id] = _Newest(
                        rev.hlc, rev.rev_id, rev.kind, rev.author, rev.deleted, named
                    )
    except (OSError, ValueError, KeyError, TypeError, FieldKitError):
        return None  # verified a moment ago: only a file changed since gets here
    # A deletion undone in the same bundle (deleted, then restored there) deletes nothing here.
    return _classify(vault.db, newest, deletes - superseded, revisions, parents)


def _classify(
    db: Connection,
    newest: dict[str, _Newest],
    deletes: set[str],
    revisions: dict[str, list[str]],
    parents: Mapping[str, set[str]],
) -> ContentPreview:
    have = _known_revisions(db, [r for ids in revisions.values() for r in ids])
    here = _records_here(db, list(newest))
    heads = _heads_here(db, list(here))
    objects = _object_numbers(
        db,
        [str(rev.fields.get("object_id") or "") for rev in newest.values() if rev.kind == F.DAMAGE],
    )
    preview = ContentPreview()
    for record_id, rev in newest.items():
        new_ids = [r for r in revisions[record_id] if r not in have]
        if not new_ids:
            continue  # everything it holds of this record is here already
        current = here.get(record_id)
        deleting = any(r in deletes for r in new_ids)
        if current is None:
            if rev.deleted:
                continue  # made and deleted elsewhere: nothing appears here
            change = NEW
        elif current[0]:
            if rev.deleted:
                continue  # deleted here too
            change = BACK
        elif deleting:
            change = DELETED
        else:
            # The versions the record will have: each head here and each new revision that
            # no revision of the bundle builds on (nothing here builds on a head, so a head
            # the bundle descends from is named as a parent in it). More than one: conflict.
            built_on = parents.get(record_id, set())
            tips = (heads.get(record_id, set()) | set(new_ids)) - built_on
            change = CONFLICT if len(tips) > 1 else CHANGED
        number, title = _name(rev.kind, rev.fields, current, objects)
        preview.changes.append(RecordChange(record_id, rev.kind, change, number, title, rev.author))
    preview.changes.sort(key=lambda c: (c.number.casefold(), c.title.casefold(), c.record_id))
    return preview


def _name(
    kind: str,
    f: Mapping[str, Any],
    current: tuple[bool, str, str] | None,
    objects: dict[str, str],
) -> tuple[str, str]:
    """As this vault shows it now (what the user knows it by), else as the bundle has it."""
    if kind == F.DAMAGE:
        observed = str(f.get("observed_at") or "")
        return objects.get(str(f.get("object_id") or ""), ""), observed[:10]
    if kind == F.OBJECT:
        number, title = str(f.get("inventory_number") or ""), str(f.get("title") or "")
    else:
        number, title = str(f.get("code") or ""), str(f.get("name") or "")
    if current is not None and kind == F.OBJECT:
        number, title = current[1] or number, current[2] or title
    return number, title


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _LOOKUP_AT_ONCE):
        yield ids[start : start + _LOOKUP_AT_ONCE]


def _heads_here(db: Connection, record_ids: Sequence[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for chunk in _chunks(record_ids):
        marks = ",".join("?" * len(chunk))
        for record_id, rev_id in db.execute(
            f"SELECT record_id, rev_id FROM heads WHERE record_id IN ({marks})",  # noqa: S608
            list(chunk),
        ):
            found.setdefault(str(record_id), set()).add(str(rev_id))
    return found


def _known_revisions(db: Connection, rev_ids: Sequence[str]) -> set[str]:
    have: set[str] = set()
    for part in _chunks(sorted(set(rev_ids))):
        marks = ",".join("?" * len(part))
        have.update(
            str(r[0])
            for r in db.execute(
                f"SELECT rev_id FROM revisions WHERE rev_id IN ({marks})",  # noqa: S608 - only ?s
                list(part),
            )
        )
    return have


def _records_here(db: Connection, record_ids: Sequence[str]) -> dict[str, tuple[bool, str, str]]:
    """(deleted, inventory number, title) of those records this vault holds."""
    out: dict[str, tuple[bool, str, str]] = {}
    for part in _chunks(sorted(set(record_ids))):
        marks = ",".join("?" * len(part))
        for record_id, deleted, number, title in db.execute(
            "SELECT record_id, deleted, inventory_number, title FROM records "  # noqa: S608
            f"WHERE record_id IN ({marks})",
            list(part),
        ):
            out[str(record_id)] = (bool(deleted), str(number or ""), str(title or ""))
    return out


def _object_numbers(db: Connection, object_ids: Sequence[str]) -> dict[str, str]:
    ids = [i for i in object_ids if i]
    return {record_id: number for record_id, (_, number, _) in _records_here(db, ids).items()}


def kept_by(db: Connection, record_ids: Sequence[str]) -> dict[str, str]:
    """Of ``record_ids`` (deleted here before an import), those that are not deleted any more,
    each with the fingerprint of the author of the version now shown. A record in conflict
    (deleted here, edited there, not settled yet) is not back: the conflicts name it."""
    out: dict[str, str] = {}
    for part in _chunks(sorted(set(record_ids))):
        marks = ",".join("?" * len(part))
        for record_id, author in db.execute(
            "SELECT r.record_id, v.author FROM records r JOIN revisions v "  # noqa: S608
            f"ON v.rev_id = r.head_rev WHERE r.deleted = 0 AND r.in_conflict = 0 "
            f"AND r.record_id IN ({marks})",
            list(part),
        ):
            out[str(record_id)] = str(author)
    return out


@dataclass(frozen=True)
class Restored:
    """A record this vault had deleted that an import brought back: a colleague kept their
    edited version (resolving the conflict their way)."""

    record_id: str
    kind: str
    number: str
    title: str
    kept_by: str  # fingerprint of the author of the version now shown

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.record_id,
            "kind": self.kind,
            "inventory_number": self.number,
            "title": self.title,
            "kept_by": self.kept_by,
        }


def restored(db: Connection, deleted_before: Sequence[str]) -> list[Restored]:
    """Of ``deleted_before`` (from :func:`deleted_records` before an import), those the import
    brought back, named as this vault shows them now, by number."""
    authors = kept_by(db, deleted_before)
    if not authors:
        return []
    out: list[tuple[str, str, dict[str, Any]]] = []
    for part in _chunks(sorted(authors)):
        marks = ",".join("?" * len(part))
        for record_id, kind, fields_json in db.execute(
            f"SELECT record_id, kind, fields FROM records WHERE record_id IN ({marks})",  # noqa: S608
            list(part),
        ):
            out.append((str(record_id), str(kind), json.loads(fields_json)))
    objects = _object_numbers(
        db, [str(f.get("object_id") or "") for _, k, f in out if k == F.DAMAGE]
    )
    found = []
    for record_id, kind, fields in out:
        number, title = _name(kind, fields, None, objects)
        found.append(Restored(record_id, kind, number, title, authors[record_id]))
    found.sort(key=lambda r: (r.number.casefold(), r.title.casefold(), r.record_id))
    return found


def deleted_records(db: Connection) -> list[str]:
    """The objects, reports, containers and places deleted here (by the kind-and-deleted
    indexes: as many rows read as there are deleted records)."""
    marks = ",".join("?" * len(NAMED_KINDS))
    return [
        str(r[0])
        for r in db.execute(
            f"SELECT record_id FROM records WHERE kind IN ({marks}) AND deleted = 1",  # noqa: S608
            NAMED_KINDS,
        )
    ]


__all__ = [
    "BACK",
    "CHANGED",
    "DELETED",
    "NEW",
    "ContentPreview",
    "RecordChange",
    "Restored",
    "content_preview",
    "deleted_records",
    "kept_by",
    "restored",
]
