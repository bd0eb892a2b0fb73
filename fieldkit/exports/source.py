"""What an export reads: the latest merged view of the selected objects, with their damage
reports, page by page (memory stays bounded however many objects a vault holds).

The view is the one the app shows (SPEC §5): for a record in conflict, the deterministic
automatic merge, flagged ``in_conflict``. Redaction is the bundle export's own (the core's
per-kind sensitive fields, :data:`fieldkit.records.fields.SENSITIVE_FIELDS`), applied here — to
objects, damage reports, and the locations and movements of the evacuation chain
(:class:`CustodyInfo`) — so that no format can forget it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldkit.bundles.selection import redact_fields as _redacted
from fieldkit.duplicates import links as duplicate_links
from fieldkit.errors import CancelledError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records import observed_time
from fieldkit.records.service import Records, RecordView, view_from_row
from fieldkit.vault.vault import Vault

PAGE = 500  # objects read at once

Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Selection:
    """Which objects to export: all (nothing given), a search, statuses, and/or ids.

    Ids are what people type (full id, 8+ hex prefix, inventory number). With ids and a
    search or status, an object must match both.
    """

    search: str = ""
    statuses: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.search.strip():
            out["search"] = self.search
        if self.statuses:
            out["status"] = list(self.statuses)
        return out


@dataclass(frozen=True)
class PlaceInfo:
    """A location or container record as exported: its code and name, and (unless redacting)
    its address and coordinates — what ``--redact-locations`` removes is the core's list
    (:data:`fieldkit.records.fields.SENSITIVE_FIELDS`)."""

    id: str
    kind: str  # location or container
    code: str
    name: str
    fields: dict[str, Any]

    @property
    def label(self) -> str:
        """ "B1-R2 Storeroom 2", or the code alone, or the name alone."""
        return " ".join(p for p in (self.code, self.name) if p) or self.id


@dataclass(frozen=True)
class MoveInfo:
    """One departed movement of an object (its own, or its container's while it was inside):
    the movement's fields (redacted if asked), where from and to, and what its check-in found."""

    id: str
    state: str  # in_transit, received
    fields: dict[str, Any]
    from_place: PlaceInfo | None
    to_place: PlaceInfo | None
    into: PlaceInfo | None  # the container it packed the items into
    missing: bool  # this object was expected and not found at the reception


@dataclass(frozen=True)
class CustodyInfo:
    """Where an object is now, derived by the core (:func:`fieldkit.records.custody_queries.where`),
    and the movements that took it there, oldest first."""

    location: PlaceInfo | None
    container: PlaceInfo | None
    in_transit: bool
    missing: bool
    destination: PlaceInfo | None
    custodian: str | None
    status: str | None
    movements: list[MoveInfo] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.location or self.container or self.in_transit or self.missing or self.movements
        ) and not (self.custodian or self.destination)


@dataclass(frozen=True)
class ExportItem:
    """One object as exported: its view (redacted if asked), its damage reports, and its cross
    references as a person would type them (inventory number where the object has one)."""

    view: RecordView
    damage: list[RecordView]
    references: list[str] = field(default_factory=list)
    custody: CustodyInfo | None = None
    # What the app's list shows: the status it filters on (a custody status such as
    # "missing" overrides the one a person set, which stays in ``fields``), and where the
    # chain of custody places the object now ("" when no movement did, or when redacting).
    shown_status: str | None = None
    where_now: str = ""

    @property
    def fields(self) -> dict[str, Any]:
        return self.view.fields


def check_statuses(statuses: Sequence[str]) -> tuple[str, ...]:
    """Statuses as stored, or UsageError naming the allowed ones."""
    out = []
    for status in statuses:
        try:
            out.append(F.clean_value(F.OBJECT, "status", status))
        except F.ValidationError as exc:
            raise UsageError(exc.message) from None
    return tuple(s for s in out if s)


class Reader:
    """Reads the selection of one open vault (on the calling thread's connection)."""

    def __init__(
        self, vault: Vault, selection: Selection, redact: bool, *, custody: bool = True
    ) -> None:
        self.vault = vault
        self.with_custody = custody  # CSV carries no custody (import-csv reads none)
        self.records = Records(vault)
        self.selection = selection
        self.redact = redact
        self._ids: list[str] | None = None
        self._places: dict[str, PlaceInfo | None] = {}
        if selection.ids:
            resolved = [self.records.resolve(text, F.OBJECT) for text in selection.ids]
            ids = list(dict.fromkeys(resolved))
            wanted = selection.filters()
            if wanted:
                allowed = set(self._matching_ids(wanted))
                ids = [i for i in ids if i in allowed]
            self._ids = ids

    def _matching_ids(self, filters: dict[str, Any]) -> Iterator[str]:
        offset = 0
        while True:
            page = self.records.list(F.OBJECT, offset=offset, limit=PAGE, **filters)
            yield from (v.record_id for v in page)
            if len(page) < PAGE:
                return
            offset += PAGE

    def count(self) -> int:
        if self._ids is not None:
            return len(self._ids)
        return self.records.count(F.OBJECT, **self.selection.filters())

    def _pages(self) -> Iterator[list[RecordView]]:
        if self._ids is not None:
            for start in range(0, len(self._ids), PAGE):
                views = [self.records.get(i, F.OBJECT) for i in self._ids[start : start + PAGE]]
                yield [v for v in views if not v.deleted]
            return
        # Keyset-free paging by offset: Records.list answers an offset from a covering index.
        offset = 0
        filters = self.selection.filters()
        while True:
            page = self.records.list(F.OBJECT, offset=offset, limit=PAGE, **filters)
            if page:
                yield page
            if len(page) < PAGE:
                return
            offset += PAGE

    def items(self, cancel: Cancel | None = None) -> Iterator[ExportItem]:
        """Every selected object, in inventory-number order (ids: in the order given)."""
        for page in self._pages():
            if cancel is not None and cancel():
                raise CancelledError(
                    QT_TRANSLATE_NOOP("errors", "Export cancelled; nothing was written.")
                )
            ids = [v.record_id for v in page]
            damage = self._damage_of(ids)
            moved = self._in_custody(ids)
            statuses = C.shown_statuses(self.vault.db, ids)
            # Redacting leaves out where objects are: their own location field, and this.
            places = {} if self.redact else C.shown_places(self.vault.db, ids)
            for view in page:
                shown = self._redact(view)
                refs = self._typed_references(shown.fields.get("cross_references") or [])
                custody = self.custody(view.record_id) if view.record_id in moved else None
                yield ExportItem(
                    shown,
                    damage.get(view.record_id, []),
                    refs,
                    custody,
                    statuses.get(view.record_id),
                    places.get(view.record_id, ""),
                )

    def _in_custody(self, object_ids: list[str]) -> set[str]:
        """The objects of a page that any movement or handover concerns (one query a page:
        most objects of a large vault never moved, and need no custody reads)."""
        if not self.with_custody or not object_ids:
            return set()
        marks = ",".join("?" * len(object_ids))
        # Only "?" placeholders are formatted into the query.
        query = (
            f"SELECT item_id FROM custody_where WHERE item_id IN ({marks}) "  # noqa: S608
            f"UNION SELECT item_id FROM custody_links WHERE item_id IN ({marks})"
        )
        return {str(r[0]) for r in self.vault.db.execute(query, [*object_ids, *object_ids])}

    def place(self, record_id: str | None) -> PlaceInfo | None:
        """A location or container record (redacted if asked), or None. Read once per export."""
        if not record_id:
            return None
        if record_id not in self._places:
            found: PlaceInfo | None = None
            row = self.vault.db.execute(
                "SELECT kind, fields FROM records WHERE record_id = ? AND kind IN (?, ?)",
                (record_id, F.LOCATION, F.CONTAINER),
            ).fetchone()
            if row is not None:
                kind = str(row[0])
                fields = json.loads(row[1])
                if self.redact:
                    fields = F.redacted(kind, fields)
                found = PlaceInfo(
                    record_id,
                    kind,
                    str(fields.get("code") or ""),
                    str(fields.get("name") or ""),
                    fields,
                )
            self._places[record_id] = found
        return self._places[record_id]

    def custody(self, object_id: str) -> CustodyInfo | None:
        """Where the object is now and its departed movements, or None when no movement ever
        concerned it."""
        db = self.vault.db
        now = C.where(db, object_id)
        moves = []
        for m in C.movements_for(db, object_id):
            if m.state == "planned":
                continue  # a plan is not an event: nothing moved yet
            fields = F.redacted(F.MOVEMENT, m.fields) if self.redact else dict(m.fields)
            moves.append(
                MoveInfo(
                    m.id,
                    m.state,
                    fields,
                    self.place(str(fields.get("from_location") or "")),
                    self.place(str(fields.get("to_location") or "")),
                    self.place(str(fields.get("to_container") or "")),
                    object_id in m.missing,
                )
            )
        info = CustodyInfo(
            self.place(now.location.id if now.location else None),
            self.place(now.container.id if now.container else None),
            now.in_transit,
            now.missing,
            self.place(now.destination.id if now.destination else None),
            now.custodian.name if now.custodian else None,
            now.status,
            moves,
        )
        return None if info.empty else info

    def _redact(self, view: RecordView) -> RecordView:
        if not self.redact:
            return view
        return RecordView(
            view.record_id,
            view.kind,
            _redacted(dict(view.fields)),
            view.media,
            view.head_rev,
            view.hlc,
            view.deleted,
            view.in_conflict,
            view.missing,
        )

    def _damage_of(self, object_ids: list[str]) -> dict[str, list[RecordView]]:
        out: dict[str, list[RecordView]] = {}
        if not object_ids:
            return out
        # Damage reports of records merged into these objects are theirs (fieldkit.duplicates).
        db = self.vault.db
        same: dict[str, str] = {}
        if duplicate_links.any_links(db):
            same = duplicate_links.canonical_map(db, duplicate_links.aliases(db, object_ids))
            object_ids = sorted(set(object_ids) | set(same))
        marks = ",".join("?" * len(object_ids))
        # Only "?" placeholders are formatted into the query.
        query = (
            "SELECT record_id, kind, fields, media, head_rev, hlc, deleted, in_conflict, object_id "  # noqa: S608
            f"FROM records WHERE kind = 'damage' AND deleted = 0 AND object_id IN ({marks}) "
            "ORDER BY observed_at, record_id"
        )
        rows = self.vault.db.execute(query, object_ids)
        for row in rows:
            view = view_from_row(row)  # its 9th column is the object id, not missing categories
            out.setdefault(same.get(str(row[8]), str(row[8])), []).append(self._redact(view))
        # In time order by instant: the column holds the text as written, with its UTC
        # offset, which does not sort as time (fieldkit.records.observed_time).
        for reports in out.values():
            reports.sort(key=lambda view: (observed_time.report_key(view.fields), view.record_id))
        return out

    def _typed_references(self, stored: Sequence[str]) -> list[str]:
        if not stored:
            return []
        return [ref.typed for ref in self.records.references(list(stored))]

    def photo_name(self, sha256: str) -> str | None:
        """The vault's media file of a photo, or None when the photo has not arrived."""
        row = self.vault.db.execute(
            "SELECT name FROM media_files WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return str(row[0]) if row else None
