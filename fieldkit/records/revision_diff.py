"""What one revision changed compared with the revision it was made from: old → new per field,
photos added, removed or re-described, and whether it created, deleted, restored or merged.

Read-only and Qt-free: the history view words these, the CLI could print them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.records.fields import FIELDS
from fieldkit.records.revision import Revision

CREATED = "created"
EDITED = "edited"
DELETED = "deleted"
RESTORED = "restored"  # a deleted record brought back
MERGED = "merged"  # made from two or more versions (a resolved conflict)


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any  # None: was empty
    new: Any  # None: now empty


@dataclass(frozen=True)
class PhotoChange:
    sha256: str
    old: Mapping[str, Any] | None  # None: added
    new: Mapping[str, Any] | None  # None: removed


@dataclass(frozen=True)
class RevisionDiff:
    action: str  # CREATED, EDITED, DELETED, RESTORED or MERGED
    fields: tuple[FieldChange, ...] = ()
    photos: tuple[PhotoChange, ...] = ()
    # The revision it was made from has not arrived here: what changed is unknown.
    base_missing: bool = False

    @property
    def photos_added(self) -> list[PhotoChange]:
        return [p for p in self.photos if p.old is None]

    @property
    def photos_removed(self) -> list[PhotoChange]:
        return [p for p in self.photos if p.new is None]

    @property
    def photos_changed(self) -> list[PhotoChange]:
        return [p for p in self.photos if p.old is not None and p.new is not None]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _field_order(kind: str, names: set[str]) -> list[str]:
    known = [n for n in FIELDS.get(kind, {}) if n in names]
    return known + sorted(names - set(known))


def diff(before: Revision | None, after: Revision) -> RevisionDiff:
    """What ``after`` changed compared with ``before`` (None: ``after`` is the first revision)."""
    old_fields: Mapping[str, Any] = before.fields if before is not None else {}
    changes = []
    for name in _field_order(after.kind, set(old_fields) | set(after.fields)):
        old, new = old_fields.get(name), after.fields.get(name)
        if old != new and not (_empty(old) and _empty(new)):
            changes.append(
                FieldChange(name, None if _empty(old) else old, None if _empty(new) else new)
            )
    old_media = {str(m["sha256"]): m for m in (before.media if before is not None else ())}
    new_media = {str(m["sha256"]): m for m in after.media}
    photos = [PhotoChange(sha, old_media.get(sha), new_media.get(sha)) for sha in new_media]
    photos = [p for p in photos if p.old is None or dict(p.old) != dict(p.new or {})]
    photos += [PhotoChange(sha, m, None) for sha, m in old_media.items() if sha not in new_media]
    if after.deleted:
        action = DELETED
    elif before is None:
        action = CREATED
    elif len(after.parents) > 1:
        action = MERGED
    elif before.deleted:
        action = RESTORED
    else:
        action = EDITED
    return RevisionDiff(action, tuple(changes), tuple(photos))


def history_diffs(revisions: Sequence[Revision]) -> list[RevisionDiff]:
    """One diff per revision, in the order given, each against the revision it was made from.

    A merge is compared with its newest parent (the version the merge continued). A revision
    whose parents are not in ``revisions`` is marked ``base_missing`` and shows all its fields
    as new.
    """
    by_id = {r.rev_id: r for r in revisions}
    out = []
    for revision in revisions:
        parents = [by_id[p] for p in revision.parents if p in by_id]
        base = max(parents, key=lambda r: (r.hlc, r.rev_id)) if parents else None
        result = diff(base, revision)
        if revision.parents and base is None:
            action = DELETED if revision.deleted else EDITED
            result = RevisionDiff(action, result.fields, result.photos, base_missing=True)
        out.append(result)
    return out
