"""A person's decision about a possible duplicate: *same object* or *not the same* (issue 23).

A decision is a record of kind ``duplicate_decision`` (fields ``a``, ``b``, ``decision``
``same|not_same``, ``score``, ``reasons``, ``notes``, and for *same* the revisions the merge
wrote), signed and carried in bundles like any record; what it means for resolution is derived
from the live decisions alone (:mod:`fieldkit.duplicates.links`), the same in every vault.

- *Same* (``a`` stays canonical) writes, in ONE transaction: the decision; a revision of ``a``
  whose fields merge ``b``'s (a field set on one side only takes that side, a field set on both
  keeps ``a``'s: ``b``'s value stays in ``b``'s history), photos united, ``b``'s id added to
  ``a``'s ``cross_references``; a tombstone revision of ``b`` whose fields carry
  ``same_as: a``. ``b`` then resolves to ``a`` everywhere (``Records.resolve``).
- *Not the same*: the decision alone; the pair is never suggested again.
- *Undo*: a tombstone of the decision; for *same*, ``b`` restored (a revision without
  ``same_as`` on top of its heads) and ``a``'s merge reverted field by field (a field changed
  since the merge keeps its newer value; ``b``'s id leaves ``cross_references``; ``b``'s
  photos leave ``a``).
- Concurrent decisions: see the rules in :mod:`fieldkit.duplicates.links` (*same* wins a
  pair over *not the same*, then the decision created last; an object merged twice follows
  the later merge).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldkit.duplicates import links
from fieldkit.duplicates.candidates import Candidate, find_candidates
from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import fields as F
from fieldkit.records.revision import Revision, new_revision, parse_hlc
from fieldkit.records.revision_store import db_merge_view
from fieldkit.records.service import (
    MIN_PREFIX,
    AmbiguousIdError,
    RecordNotFoundError,
    Records,
    RecordView,
)
from fieldkit.vault import audit
from fieldkit.vault.database import Connection

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
_HEX = re.compile(r"^[0-9a-f-]+$")


class DecisionError(FieldKitError):
    """A decision that cannot be made or undone as asked."""


@dataclass(frozen=True)
class Decision:
    """One decision record as the vault sees it now.

    ``undone``: its record was deleted (undo). ``superseded``: live, but another decision
    about the same pair wins (fieldkit.duplicates.links, rule 1).
    """

    decision_id: str
    a: str
    b: str
    same: bool
    decided_by: str  # the author's fingerprint
    decided_at: str  # ISO 8601, UTC, from the decision's clock
    undone: bool
    superseded: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.decision_id,
            "a": self.a,
            "b": self.b,
            "decision": F.SAME if self.same else F.NOT_SAME,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "undone": self.undone,
            "superseded": self.superseded,
        }


@dataclass(frozen=True)
class Restored:
    """What :meth:`Duplicates.restore` did: the record as it is now, and the *same object*
    decision it undid to bring the record back as an object of its own (None: none)."""

    view: RecordView
    undone: Decision | None


def object_name(db: Connection, record_id: str) -> tuple[str, str] | None:
    """(inventory number, title) of a record as people name it ("" when empty), or None when
    this vault does not hold it: what front ends show instead of an id."""
    row = db.execute(
        "SELECT inventory_number, title FROM records WHERE record_id = ?", (record_id,)
    ).fetchone()
    return None if row is None else (str(row[0] or ""), str(row[1] or ""))


@dataclass(frozen=True)
class FieldComparison:
    """One row of the side-by-side view of two objects."""

    name: str
    a: Any
    b: Any
    differs: bool


def _decided_at(hlc: str) -> str:
    try:
        wall_ms, _ = parse_hlc(hlc)
    except ValueError:
        return ""
    return datetime.fromtimestamp(wall_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _without_system(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    system = F.SYSTEM_FIELDS.get(kind, frozenset())
    return {k: v for k, v in fields.items() if k not in system}


def merged_fields(a: RecordView, b: RecordView) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The canonical object's fields and photos after merging ``b`` into ``a`` (pure)."""
    fields = _without_system(F.OBJECT, b.fields)
    fields.pop("cross_references", None)
    fields.update(_without_system(F.OBJECT, a.fields))
    refs: list[str] = []
    for ref in [
        *(a.fields.get("cross_references") or []),
        *(b.fields.get("cross_references") or []),
    ]:
        if isinstance(ref, str) and ref not in refs and ref != a.record_id:
            refs.append(ref)
    if b.record_id not in refs:
        refs.append(b.record_id)
    fields["cross_references"] = refs
    media = [dict(m) for m in a.media]
    known = {m.get("sha256") for m in media}
    for m in b.media:
        if m.get("sha256") not in known:
            media.append(dict(m))
            known.add(m.get("sha256"))
    return fields, media


def reverted_fields(
    now: Mapping[str, Any],
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    merged_id: str,
) -> dict[str, Any]:
    """The canonical object's fields with a merge undone, field by field (pure): a field as the
    merge left it (``after``) goes back to its value ``before``; a field changed since keeps
    its newer value; ``merged_id`` leaves ``cross_references`` either way, unless a person had
    put it there before the merge."""
    out: dict[str, Any] = {}
    typed = merged_id in (before.get("cross_references") or ())
    for name in sorted(set(now) | set(before) | set(after)):
        value = before.get(name) if now.get(name) == after.get(name) else now.get(name)
        if name == "cross_references" and isinstance(value, list) and not typed:
            value = [r for r in value if r != merged_id] or None
        if value is not None:
            out[name] = value
    return out


def reverted_media(
    now: Sequence[Mapping[str, Any]],
    before: Sequence[Mapping[str, Any]],
    after: Sequence[Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """Photos the merge brought in (in ``after``, not ``before``) leave; the rest stay."""
    had = {m.get("sha256") for m in before}
    brought = {m.get("sha256") for m in after} - had
    return [dict(m) for m in now if m.get("sha256") not in brought]


class Duplicates:
    """Possible duplicates of one open vault and the decisions about them."""

    def __init__(self, records: Records) -> None:
        self.records = records

    @property
    def db(self) -> Connection:
        return self.records.db

    # --- reading ----------------------------------------------------------------------------

    def candidates(
        self, *, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> list[Candidate]:
        """Possible duplicates, best first, minus every pair with a live decision (either
        way). Reads only; raises CancelledError when ``cancel`` returns True."""
        decided = {d.pair for d in links.all_decisions(self.db) if d.a and d.b}
        return find_candidates(
            self.records.vault, exclude=decided, progress=progress, cancel=cancel
        )

    def compare(self, a: str, b: str) -> list[FieldComparison]:
        """The object fields of ``a`` and ``b`` side by side, in form order (every field, empty
        ones as None). Raises RecordNotFoundError, AmbiguousIdError."""
        va = self.records.get(a, F.OBJECT)
        vb = self.records.get(b, F.OBJECT)
        return [
            FieldComparison(
                f.name,
                va.fields.get(f.name),
                vb.fields.get(f.name),
                _differs(f.name, va.fields.get(f.name), vb.fields.get(f.name)),
            )
            for f in F.OBJECT_FIELDS
        ]

    def decisions(self, *, include_undone: bool = False) -> list[Decision]:
        """Decisions, the latest first (undone ones too with ``include_undone``)."""
        rows = links.all_decisions(self.db, live_only=not include_undone)
        winners = self._winners()
        out = []
        for d in sorted(rows, key=lambda r: r.order, reverse=True):
            out.append(self._decision(d, superseded=d.live and d.decision_id not in winners))
        return out

    def _winners(self) -> set[str]:
        """The live decisions with an effect: *not the same* winning its pair, *same* linking
        (a *same* decision that links nothing, e.g. its object merged elsewhere later, is
        superseded)."""
        linking = links.linking(self.db)
        return {
            d.decision_id
            for d in links.effective(links.all_decisions(self.db)).values()
            if not d.same or d.decision_id in linking
        }

    def canonical(self, record_id: str) -> str:
        """The object ``record_id`` (as typed) stands for, following *same object* links.
        Raises RecordNotFoundError, AmbiguousIdError."""
        return self.records.resolve(record_id, F.OBJECT)

    def _decision(self, d: links.DecisionRow, *, superseded: bool = False) -> Decision:
        rev_id = d.order[1]
        row = self.db.execute("SELECT author FROM revisions WHERE rev_id = ?", (rev_id,)).fetchone()
        return Decision(
            d.decision_id,
            d.a,
            d.b,
            d.same,
            str(row[0]) if row else "",
            _decided_at(d.order[0]),
            not d.live,
            superseded,
        )

    def get(self, decision_id: str) -> Decision:
        row = self.db.execute(
            "SELECT record_id, fields, deleted FROM records WHERE record_id = ? AND kind = ?",
            (decision_id, F.DUPLICATE_DECISION),
        ).fetchone()
        if row is None:
            raise RecordNotFoundError(QT_TRANSLATE_NOOP("errors", "No decision has this id."))
        d = links.decision_from(self.db, str(row[0]), str(row[1]), bool(row[2]))
        return self._decision(d, superseded=d.live and d.decision_id not in self._winners())

    # --- writing ----------------------------------------------------------------------------

    def decide(
        self,
        a: str,
        b: str,
        *,
        same: bool,
        candidate: Candidate | None = None,
        notes: str | None = None,
    ) -> Decision:
        """Record that ``a`` and ``b`` (as typed: ids, prefixes, inventory numbers) are the same
        object (``a`` stays canonical) or not. ``candidate``: the suggestion decided on (its
        score and reasons are kept). Raises RecordNotFoundError, AmbiguousIdError,
        DecisionError (the same record twice, a deleted or conflicting record, a pair already
        decided), ValidationError (notes)."""
        records = self.records
        va = records.get(a, F.OBJECT)
        vb = records.get(b, F.OBJECT)
        if va.record_id == vb.record_id:
            raise DecisionError(
                QT_TRANSLATE_NOOP("errors", "Both ids name the same object."),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An object merged into another is found under the one it was merged into.",
                ),
            )
        for view in (va, vb):
            if view.deleted:
                raise DecisionError(
                    QT_TRANSLATE_NOOP("errors", "One of these objects was deleted."),
                    QT_TRANSLATE_NOOP("errors", "Restore it first, or choose another object."),
                )
            if same and view.in_conflict:
                raise DecisionError(
                    QT_TRANSLATE_NOOP("errors", "One of these objects is in conflict."),
                    QT_TRANSLATE_NOOP(
                        "errors", "Resolve the conflict first (`fieldkit conflicts show ID`)."
                    ),
                )
        pair = frozenset((va.record_id, vb.record_id))
        if any(d.pair == pair for d in links.all_decisions(self.db)):
            raise DecisionError(
                QT_TRANSLATE_NOOP("errors", "These two objects already have a decision."),
                QT_TRANSLATE_NOOP(
                    "errors", "Undo it first (`fieldkit duplicates undo ID`) to decide again."
                ),
            )
        values: dict[str, Any] = {
            "a": va.record_id,
            "b": vb.record_id,
            "decision": F.SAME if same else F.NOT_SAME,
            "notes": notes,
        }
        if candidate is not None and candidate.pair == pair:
            values["score"] = candidate.score
            values["reasons"] = [r.english() for r in candidate.reasons]
        decision_fields = F.clean_fields(F.DUPLICATE_DECISION, values)
        decision_id = str(uuid.uuid4())
        me = records.identity.fingerprint
        with records.vault.transaction() as db:
            if same:
                fields, media = merged_fields(va, vb)
                a_rev = self.records.next_revision(db, va, fields, media)
                b_rev = self.records.next_revision(
                    db, vb, {**vb.fields, F.SAME_AS: va.record_id}, vb.media, deleted=True
                )
                decision_fields["a_revision"] = a_rev.rev_id
                decision_fields["b_revision"] = b_rev.rev_id
                self._edited(db, a_rev)
                audit.append(db, me, "record_deleted", {"record": vb.record_id})
            rev = new_revision(
                records.identity,
                records.clock,
                record_id=decision_id,
                kind=F.DUPLICATE_DECISION,
                parents=(),
                fields=decision_fields,
            )
            records.save_revision(db, rev)
            audit.append(
                db, me, "record_created", {"record": decision_id, "kind": F.DUPLICATE_DECISION}
            )
        return self.get(decision_id)

    def undo(self, text: str) -> Decision:
        """Undo a decision named by its id (or a unique prefix of 8+ hex digits), or by an
        object of ONE decided pair. Raises RecordNotFoundError (no such decision),
        AmbiguousIdError, DecisionError (already undone; the merge's revisions have not
        arrived here yet)."""
        decision = self._find(text)
        if decision.undone:
            raise DecisionError(
                QT_TRANSLATE_NOOP("errors", "This decision was already undone."),
                QT_TRANSLATE_NOOP("errors", "Decide again to record a new decision."),
            )
        with self.records.vault.transaction() as db:
            self._undo_in(db, decision)
        return self.get(decision.decision_id)

    def restore(self, record_id: str, rev_id: str) -> Restored:
        """Bring back an earlier revision of a record: THE restore of every front end.

        A record another one absorbed (*same object*) is brought back as an object of its own,
        as a person restoring it expects: the merge is undone as :meth:`undo` does it (the
        decision is marked undone, and that travels; the kept object gives back the merged
        one's fields and photos), then the chosen revision's values are restored, all in ONE
        transaction. Any other record: :meth:`Records.restore`. ``record_id`` names the record
        itself (not followed through merges); ``rev_id`` may be a unique prefix of 8+ hex
        digits. Raises RecordNotFoundError, AmbiguousIdError, ValidationError (the deletion
        itself), DecisionError (the merge's revisions have not arrived here yet).
        """
        records = self.records
        current = records.get(record_id, follow=False)
        row = self.db.execute(
            "SELECT decision_id FROM duplicate_links WHERE record_id = ?", (current.record_id,)
        ).fetchone()
        if row is None:
            return Restored(records.restore(current.record_id, rev_id), None)
        old = records._revision_of(current.record_id, rev_id)
        if old.deleted:
            raise F.ValidationError(
                "revision",
                QT_TRANSLATE_NOOP(
                    "errors", "That revision is the merge that absorbed this object."
                ),
                QT_TRANSLATE_NOOP("errors", "Choose the revision before it to bring it back."),
            )
        decision = self.get(str(row[0]))
        fields, media = dict(old.fields), [dict(m) for m in old.media]
        with records.vault.transaction() as db:
            self._undo_in(db, decision)
            now = self._view(current.record_id)
            if now.deleted or now.in_conflict or (now.fields, now.media) != (fields, media):
                rev = records.next_revision(db, now, fields, media)
                self._edited(db, rev, restored=old.rev_id)
        return Restored(self._view(current.record_id), self.get(decision.decision_id))

    def _undo_in(self, db: Connection, decision: Decision) -> None:
        """:meth:`undo`'s writes, inside the caller's transaction."""
        records = self.records
        view = records.get(decision.decision_id, F.DUPLICATE_DECISION)
        me = records.identity.fingerprint
        # A decision naming no merge (hand-made elsewhere: no pair, or no revisions) is only
        # deleted; so is a merge whose objects are not both objects here.
        merge = decision.same and bool(decision.a and decision.b)
        if merge:
            a_after, a_before = self._merge_revisions(db, view.fields)
            merge = self._both_objects(db, decision.a, decision.b)
        self.records.next_revision(db, view, view.fields, view.media, deleted=True)
        audit.append(db, me, "record_deleted", {"record": decision.decision_id})
        if merge:
            self._restore_merged(db, decision.b)
            self._revert_canonical(db, decision.a, decision.b, a_before, a_after)

    # --- helpers ----------------------------------------------------------------------------

    def _find(self, text: str) -> Decision:
        typed = str(text).strip().lower()
        if len(typed.replace("-", "")) >= MIN_PREFIX and _HEX.match(typed):
            rows = self.db.execute(
                "SELECT record_id FROM records WHERE kind = ? AND record_id >= ? "
                "AND record_id < ? LIMIT 2",
                (F.DUPLICATE_DECISION, typed, typed + "\uffff"),
            ).fetchall()
            if len(rows) > 1:
                raise AmbiguousIdError(
                    QT_TRANSLATE_NOOP("errors", "More than one decision starts with this id.")
                )
            if rows:
                return self.get(str(rows[0][0]))
        try:
            object_id = self.records.resolve(text, F.OBJECT, follow=False)
        except RecordNotFoundError:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("errors", "No decision or object has this id."),
                QT_TRANSLATE_NOOP("errors", "`fieldkit duplicates list --decisions` lists them."),
            ) from None
        ids = {object_id, self.records.resolve(object_id, F.OBJECT)}
        found = [d for d in links.all_decisions(self.db) if d.a in ids or d.b in ids]
        if not found:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("errors", "No decision concerns this object."),
                QT_TRANSLATE_NOOP("errors", "`fieldkit duplicates list --decisions` lists them."),
            )
        if len(found) > 1:
            raise AmbiguousIdError(
                QT_TRANSLATE_NOOP("errors", "Several decisions concern this object."),
                QT_TRANSLATE_NOOP("errors", "Give the decision's id instead."),
            )
        return self.get(found[0].decision_id)

    @staticmethod
    def _both_objects(db: Connection, a: str, b: str) -> bool:
        kinds = {
            str(r[0])
            for r in db.execute("SELECT kind FROM records WHERE record_id IN (?, ?)", (a, b))
        }
        return kinds <= {F.OBJECT}

    def _heads(self, db: Connection, record_id: str) -> list[str]:
        return [
            r[0] for r in db.execute("SELECT rev_id FROM heads WHERE record_id = ?", (record_id,))
        ]

    def _load(self, db: Connection, rev_id: Any) -> Revision | None:
        if not isinstance(rev_id, str):
            return None
        row = db.execute(
            "SELECT canonical, signature FROM revisions WHERE rev_id = ?", (rev_id,)
        ).fetchone()
        return Revision.from_canonical(bytes(row[0]), bytes(row[1])) if row else None

    def _merge_revisions(
        self, db: Connection, fields: Mapping[str, Any]
    ) -> tuple[Revision, Revision | None]:
        """The canonical object's revision the merge wrote, and the one before it."""
        after = self._load(db, fields.get("a_revision"))
        if after is None:
            raise DecisionError(
                QT_TRANSLATE_NOOP(
                    "errors", "The merge this decision made has not arrived in this vault yet."
                ),
                QT_TRANSLATE_NOOP("errors", "Import the bundles that carry it, then undo again."),
            )
        before = self._load(db, after.parents[0]) if len(after.parents) == 1 else None
        return after, before

    def _restore_merged(self, db: Connection, record_id: str) -> None:
        """The merged object back, without ``same_as``, on top of all its heads (an edit made
        elsewhere while it was merged is merged in as any concurrent edit is)."""
        row = db.execute("SELECT 1 FROM records WHERE record_id = ?", (record_id,)).fetchone()
        if row is None:
            return
        if links.canonical_of(db, record_id, present=False) != record_id:
            return  # still merged into another object by another decision: it stays there
        view = self._view(record_id)
        heads = [self._load(db, h) for h in self._heads(db, record_id)]
        revived = []
        for rev in heads:
            if rev is None:
                continue
            copy = Revision(
                rev.record_id,
                rev.kind,
                rev.parents,
                rev.author,
                rev.hlc,
                _without_system(rev.kind, rev.fields) if F.SAME_AS in rev.fields else rev.fields,
                rev.media,
                False if F.SAME_AS in rev.fields else rev.deleted,
                rev.signature,
            )
            copy.__dict__["rev_id"] = rev.rev_id  # the same place in the history
            revived.append(copy)
        if not revived:
            return
        merged = db_merge_view(db, revived)
        fields = _without_system(F.OBJECT, merged.fields)
        if not view.deleted and not view.in_conflict and view.fields == fields:
            return  # already restored (undone elsewhere too)
        rev = self.records.next_revision(db, view, fields, merged.media)
        self._edited(db, rev)

    def _revert_canonical(
        self,
        db: Connection,
        canonical: str,
        merged_id: str,
        before: Revision | None,
        after: Revision,
    ) -> None:
        if db.execute("SELECT 1 FROM records WHERE record_id = ?", (canonical,)).fetchone() is None:
            return
        view = self._view(canonical)
        merged = view.deleted and F.SAME_AS in view.fields
        if view.deleted and not merged:
            return  # deleted since: its last fields stay in its history
        before_fields = before.fields if before is not None else {}
        before_media = before.media if before is not None else ()
        fields = reverted_fields(view.fields, before_fields, after.fields, merged_id)
        media = reverted_media(view.media, before_media, after.media)
        if fields == view.fields and media == view.media and not view.in_conflict:
            return
        # Itself merged into another object since (a chain): the reverted fields go into a
        # tombstone that keeps ``same_as``, so undoing that merge too brings back no field of
        # ``merged_id``.
        rev = self.records.next_revision(db, view, fields, media, deleted=merged)
        self._edited(db, rev)

    def _edited(self, db: Connection, rev: Revision, **details: str) -> None:
        """The ``record_edited`` audit event of ``rev``, an edit this module just wrote (with
        ``details`` beyond the record and the revision)."""
        event = {"record": rev.record_id, "revision": rev.rev_id, **details}
        audit.append(db, self.records.identity.fingerprint, "record_edited", event)

    def _view(self, record_id: str) -> RecordView:
        """The stored view of exactly this record (no resolution through merges)."""
        return self.records.get(record_id, F.OBJECT, follow=False)


def _differs(name: str, a: Any, b: Any) -> bool:
    """Whether a field differs between two records as a person reads it: measurements are
    compared in one unit (450 mm and 45 cm are the same height), as the detector compares them."""
    if a == b:
        return False
    if name == "measurements" and a and b:
        from fieldkit.duplicates.candidates import _measurements

        ma, mb = _measurements(a), _measurements(b)
        if ma and ma.keys() == mb.keys() and len(ma) == len(a) and len(mb) == len(b):
            return any(
                ma[d][0] != mb[d][0] or abs(ma[d][1] - mb[d][1]) > 1e-9 * max(ma[d][1], mb[d][1])
                for d in ma
            )
    return True
