"""Records in conflict (several heads), shown as the automatic merge, and resolved by a person.

Resolving writes ONE merge revision whose parents are all the heads; every vault that imports
it sees the record leave the conflict list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from fieldkit.errors import FieldKitError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import fields as F
from fieldkit.records.custody_derive import merged_check_ins
from fieldkit.records.merge import MergeView, merge_view, merged_media
from fieldkit.records.revision import Revision, new_revision
from fieldkit.records.revision_store import db_merge_view, load_revision
from fieldkit.records.service import Records
from fieldkit.vault import audit


class NotInConflictError(
    FieldKitError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "`fieldkit conflicts list` shows the records that need a decision."
    ),
):
    """A conflict decision about a record that is not in conflict."""


# Why a merge needs a person (fieldkit/records/merge.py MergeView.reason): phrases put into
# "This conflict cannot be merged automatically ({reason})." and translated there.
MERGE_REASONS = (
    QT_TRANSLATE_NOOP("errors", "no common ancestor"),
    QT_TRANSLATE_NOOP("errors", "deleted on one side, edited on another"),
)


@dataclass(frozen=True)
class Conflict:
    record_id: str
    kind: str
    label: str
    heads: list[Revision]
    base: Revision | None
    view: MergeView

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.record_id,
            "kind": self.kind,
            "label": self.label,
            "heads": [
                {
                    "revision": h.rev_id,
                    "author": h.author,
                    "hlc": h.hlc,
                    "deleted": h.deleted,
                    "fields": dict(h.fields),
                    "photos": [dict(m) for m in h.media],
                }
                for h in self.heads
            ],
            "base": None
            if self.base is None
            else {"revision": self.base.rev_id, "fields": dict(self.base.fields)},
            "automatic": {"fields": self.view.fields, "photos": self.view.media},
            "winner": self.view.winner,
            "disputed": list(self.view.disputed),
            "needs_person": self.view.needs_person,
            "reason": self.view.reason,
        }


def _heads(records: Records, record_id: str) -> list[Revision]:
    rows = records.db.execute(
        "SELECT rev_id FROM heads WHERE record_id = ?", (record_id,)
    ).fetchall()
    return sorted((load_revision(records.db, r[0]) for r in rows), key=lambda r: (r.hlc, r.rev_id))


def get_conflict(records: Records, text: str) -> Conflict:
    # A merged record in conflict is itself the one to show, not the object it now resolves to.
    record_id = records.resolve(text, follow=False)
    heads = _heads(records, record_id)
    if len(heads) < 2:
        raise NotInConflictError(QT_TRANSLATE_NOOP("errors", "This record is not in conflict."))
    view = _checked(heads, db_merge_view(records.db, heads))
    base = load_revision(records.db, view.base) if view.base else None
    view = _edits_merged(heads, base, view)
    fields = view.fields
    label = str(fields.get("inventory_number") or fields.get("title") or record_id[:8])
    return Conflict(record_id, heads[-1].kind, label, heads, base, view)


def list_conflicts(records: Records) -> list[Conflict]:
    ids = [
        r[0]
        for r in records.db.execute(
            "SELECT record_id FROM records WHERE in_conflict = 1 ORDER BY hlc DESC"
        )
    ]
    return [get_conflict(records, rid) for rid in ids]


def resolve(
    records: Records,
    text: str,
    *,
    accept_auto: bool = False,
    keep: str | None = None,
    values: Mapping[str, Any] | None = None,
    changes: Mapping[str, Any] | None = None,
) -> Revision:
    """Write the merge revision. Exactly one of accept_auto / keep / values (the whole record,
    as the app's per-field choices give it) / changes (only the fields a person settles, put
    on top of the automatic merge — what `conflicts resolve --json` gives).

    Raises NotInConflictError, UsageError (bad choice), ValidationError.
    """
    if sum((accept_auto, keep is not None, values is not None, changes is not None)) != 1:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Choose one: --accept-auto, --keep REV or --json FILE.")
        )
    conflict = get_conflict(records, text)
    heads = conflict.heads
    deleted = False
    if accept_auto:
        if conflict.view.needs_person:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "This conflict cannot be merged automatically ({reason})."
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose a version with --keep REV, or give the fields with --json FILE.",
                ),
                reason=conflict.view.reason,
            )
        chosen = dict(conflict.view.fields)
        media = [dict(m) for m in conflict.view.media]
    elif keep is not None:
        matches = [h for h in heads if h.rev_id.startswith(keep.lower())] if len(keep) >= 8 else []
        if len(matches) != 1:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "--keep must name one of the conflicting revisions (8+ characters)."
                )
            )
        kept = matches[0]
        chosen = dict(kept.fields)
        media = [dict(m) for m in kept.media]
        deleted = kept.deleted
        if conflict.kind == F.MOVEMENT and not deleted:
            # Keeping one team's version of a movement must not drop the items the other
            # team checked in: they are safe at the store, not missing (as in the view).
            chosen = merged_check_ins(
                replace(conflict.view, fields=chosen), heads, conflict.base
            ).fields
    else:
        if changes is not None:
            # A file naming only the disputed field must not wipe the others (title, number…).
            chosen = F.with_changes(conflict.kind, conflict.view.fields, changes)
        else:
            chosen = F.clean_fields(conflict.kind, values or {})
        media = _media_for_choices(conflict)
    if not deleted and _all_valid(heads):
        # Every version was a valid record: the merge written must be one too (a movement
        # received before it departed would leave its items in transit for good).
        F.check_record(conflict.kind, chosen)
    with records.vault.transaction() as db:
        rev = new_revision(
            records.identity,
            records.clock,
            record_id=conflict.record_id,
            kind=conflict.kind,
            parents=[h.rev_id for h in heads],
            fields=chosen,
            media=media,
            deleted=deleted,
        )
        records.save_revision(db, rev)
        audit.record(
            db,
            "conflict_resolved",
            {"record": conflict.record_id, "revision": rev.rev_id, "heads": len(heads)},
            actor=records.identity.fingerprint,
        )
    return rev


# The fields a broken cross-field rule puts in question: the time a movement was received is
# only wrong relative to when it departed, and either may be the mistaken one.
_BROKEN_TOGETHER = {"received_at": ("departed_at", "received_at")}


def _broken_fields(kind: str, fields: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields breaking the rules across fields of ``kind`` (F.check_record), or ()."""
    try:
        F.check_record(kind, fields)
    except F.ValidationError as err:
        return _BROKEN_TOGETHER.get(err.field, (err.field,)) if err.field else ("",)
    return ()


def _all_valid(heads: list[Revision]) -> bool:
    return all(not _broken_fields(h.kind, h.fields) for h in heads if not h.deleted)


def _checked(heads: list[Revision], view: MergeView) -> MergeView:
    """``view`` with the fields disputed whose merge breaks a rule every version kept (each
    side valid, the combination not: Amal corrects the departure to 12:30 while Bohdan
    receives at 12:20). Pure on the revisions, so the same in every vault."""
    if view.needs_person or view.deleted or not _all_valid(heads):
        return view
    broken = [n for n in _broken_fields(heads[-1].kind, view.fields) if n]
    if not broken:
        return view
    return replace(
        view, disputed=view.disputed + tuple(n for n in broken if n not in view.disputed)
    )


def _edits_merged(heads: list[Revision], base: Revision | None, view: MergeView) -> MergeView:
    """A deletion against an edit: every vault shows the newest version as it is (a person
    decides), but the choices a person starts from are the versions' fields merged as usual,
    the fields changed on both sides disputed. The tombstone carries the fields of the version
    it deleted: taken as they stood, the old values went back over the colleague's change when
    every field was left on "Automatic" (r15 tester). Only the conflict shown changes; the
    record's view is untouched (the same in every vault and in the archive)."""
    if not view.needs_person or base is None or not any(h.deleted for h in heads):
        return view
    merged = merge_view([replace(h, deleted=False) for h in heads], base)
    return replace(view, fields=merged.fields, media=merged.media, disputed=merged.disputed)


def _media_for_choices(conflict: Conflict) -> list[dict[str, Any]]:
    """The photos kept when a person chooses per field: the automatic merge's, or, when the
    view is only the winner's (a deletion against an edit), the heads' photos merged by the
    automatic rule — a photo added on the edited side must not go with the deleted version
    ("nothing is lost"), and one removed there must not come back."""
    if not conflict.view.needs_person:
        return [dict(m) for m in conflict.view.media]
    return merged_media(conflict.base, conflict.heads)


def count_in_conflict(records: Records) -> int:
    """How many records are in conflict (the app's badge; cheap enough to poll)."""
    row = records.db.execute("SELECT count(*) FROM records WHERE in_conflict = 1").fetchone()
    return int(row[0])
