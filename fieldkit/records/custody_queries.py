"""Chain of custody, the reads: where things are, what a container holds, what a movement
expected and found, coordinator figures (SPEC §4, §10, §11 ``fieldkit where``, ``move show``).

For the desktop app and the command line (all take the open vault's ``db``; none writes):

- :func:`where` (``Where``: location, container, in transit, missing, custodian, destination,
  custody status) · :func:`contents` of a container · :func:`at_location` · :func:`place`;
- :func:`movement_status` (``MovementStatus``: expected, received, missing, extra, outside)
  · :func:`preview_reception` (the reconciliation a reception would write, by the same replay,
  not written: the live counts of a check-in, ``move receive --dry-run``) ·
  :func:`movements_in_transit` · :func:`movements_for` (an item's movement history);
- :func:`overview` (coordinator figures);
- :func:`lookalike_variants` (a typed code in the other alphabets' look-alike letters), and
  :func:`code_variants` (those, and the code in the other scripts of digits).

Handovers are read through :mod:`fieldkit.records.custody_handovers`. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from fieldkit import clock
from fieldkit.duplicates import links
from fieldkit.errors import CustodyError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message, translate
from fieldkit.records import fields as F
from fieldkit.records.custody_chain import first_hlc, replay, rows_in
from fieldkit.records.custody_derive import id_list, json_object, text_or_none
from fieldkit.records.custody_handovers import handovers_waiting
from fieldkit.records.natural_order import inventory_sort_key
from fieldkit.vault.database import Connection


@dataclass(frozen=True)
class Place:
    """A location or container as shown: its id, code and name (empty when unknown here)."""

    id: str
    code: str
    name: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Custodian:
    name: str
    fingerprint: str
    handover_id: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class Where:
    """Where an object or container is now (SPEC §11 ``fieldkit where``)."""

    item_id: str
    location: Place | None
    container: Place | None
    in_transit: bool
    missing: bool
    movement_id: str | None  # the movement that last moved it (or carries it now)
    destination: Place | None  # where it is going, while in transit
    custodian: Custodian | None
    status: str | None  # the custody status: evacuated, missing or None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.item_id,
            "location": self.location.to_json() if self.location else None,
            "container": (
                {"id": self.container.id, "code": self.container.code} if self.container else None
            ),
            "in_transit": self.in_transit,
            "missing": self.missing,
            "movement": self.movement_id,
            "destination": self.destination.to_json() if self.destination else None,
            "custodian": self.custodian.to_json() if self.custodian else None,
            "status": self.status,
        }


@dataclass(frozen=True)
class MovementStatus:
    """A movement and its reconciliation: what it expects, what arrived, what is missing."""

    id: str
    fields: dict[str, Any]
    state: str  # planned, in_transit, received, or deleted (a departure cancelled)
    items: list[str]
    expected: list[str]
    received: list[str]
    missing: list[str]
    extra: list[str]
    outside: list[str] = field(default_factory=list)  # arrived, not in the container it left in

    @property
    def in_transit(self) -> bool:
        return self.state == "in_transit"

    def to_json(self) -> dict[str, Any]:
        data = dict(self.fields)
        data.update(
            {
                "id": self.id,
                "items": self.items,
                "expected": self.expected,
                "received": self.received,
                "missing": self.missing,
                "extra": self.extra,
                "outside": self.outside,
                "in_transit": self.in_transit,
                "state": self.state,
            }
        )
        return data


@dataclass(frozen=True)
class Overview:
    """Figures for coordinators (SPEC §10 Overview)."""

    objects_in_transit: int
    objects_missing: int
    objects_evacuated: int
    movements_in_transit: int
    movements_with_missing: int
    handovers_waiting: int
    # Of objects_in_transit, those deleted on another laptop while on the truck: they travel
    # all the same, and the movement's lists name them (r14 trial 2 #2).
    objects_in_transit_deleted: int = 0

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


# Letters drawn alike in Latin, Cyrillic and Greek (one row each; "" where a script has none).
# A label printed from a Ukrainian spreadsheet reads "ЕВ-002" in Cyrillic letters, a scanner or
# a keyboard in the Latin layout types "EB-002": the same marks, different characters (r12
# trial #1). Only letters drawn the same in print are here, so that a variant is what a person
# would read on the label.
_LOOKALIKES: tuple[tuple[str, str, str], ...] = (
    ("A", "А", "Α"),
    ("B", "В", "Β"),
    ("C", "С", "Ϲ"),
    ("E", "Е", "Ε"),
    ("H", "Н", "Η"),
    ("I", "І", "Ι"),
    ("J", "Ј", ""),
    ("K", "К", "Κ"),
    ("M", "М", "Μ"),
    ("N", "", "Ν"),
    ("O", "О", "Ο"),
    ("P", "Р", "Ρ"),
    ("S", "Ѕ", ""),
    ("T", "Т", "Τ"),
    ("X", "Х", "Χ"),
    ("Y", "У", "Υ"),
    ("Z", "", "Ζ"),
    ("a", "а", ""),
    ("c", "с", "ϲ"),
    ("e", "е", ""),
    ("i", "і", ""),
    ("j", "ј", ""),
    ("o", "о", "ο"),
    ("p", "р", "ρ"),
    ("s", "ѕ", ""),
    ("x", "х", ""),
    ("y", "у", ""),
)
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _to_script(target: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _LOOKALIKES:
        if row[target]:
            out.update({ch: row[target] for ch in row if ch and ch != row[target]})
    return out


_TO_SCRIPT = tuple(_to_script(i) for i in range(len(_SCRIPTS)))


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ", 1)[0]


def lookalike_variants(typed: str) -> list[str]:
    """``typed`` written wholly in Latin, wholly in Cyrillic, wholly in Greek letters, where its
    letters have look-alikes in that script ("EB-002" -> "ЕВ-002", "ΕΒ-002"); never ``typed``
    itself. Whole codes only: a script in which some letter has no look-alike gives no
    variant, so that a code is never matched half by sight. Digits and marks stay."""
    out: list[str] = []
    for target, name in enumerate(_SCRIPTS):
        mapping = _TO_SCRIPT[target]
        chars = []
        for ch in typed:
            if ch in mapping:
                chars.append(mapping[ch])
            elif ch.isalpha() and _script(ch) != name:
                break  # a letter this script has nothing like: no whole-code variant
            else:
                chars.append(ch)
        else:
            variant = "".join(chars)
            if variant != typed and variant not in out:
                out.append(variant)
    return out


def code_variants(typed: str) -> list[str]:
    """``typed`` with its digits in ASCII, Arabic-Indic and Persian, each with its look-alike
    letter variants (:func:`lookalike_variants`); never ``typed`` itself. A code written in
    one script of digits is found from the others; mixed digits are matched only as stored."""
    out: list[str] = []
    for text in F.digit_spellings(typed):
        for variant in (text, *lookalike_variants(text)):
            if variant != typed and variant not in out:
                out.append(variant)
    return out


def place(db: Connection, record_id: str | None) -> Place | None:
    """A location or container by id (its code and name), or None."""
    if not record_id:
        return None
    row = db.execute(
        "SELECT inventory_number, title FROM records WHERE record_id = ?", (record_id,)
    ).fetchone()
    if row is None:
        return Place(record_id, "", "")
    return Place(record_id, str(row[0] or ""), str(row[1] or ""))


def where(db: Connection, item_id: str) -> Where:
    """Where ``item_id`` (an object or container id) is now. Never raises for an unknown id:
    an item no movement mentions is nowhere known (all None, not in transit)."""
    row = db.execute(
        "SELECT location_id, container_id, in_transit, missing, movement_id, destination_id, "
        "status, custodian, custodian_name, handover_id FROM custody_where WHERE item_id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        return Where(item_id, None, None, False, False, None, None, None, None)
    return Where(
        item_id,
        place(db, row[0]),
        place(db, row[1]),
        bool(row[2]),
        bool(row[3]),
        row[4],
        place(db, row[5]),
        Custodian(str(row[8] or ""), str(row[7]), str(row[9] or "")) if row[7] else None,
        row[6],
    )


def wheres(db: Connection, item_ids: Sequence[str]) -> dict[str, Where]:
    """:func:`where` of many items at once, by id: a few statements for a list of 500 (the
    Evacuation page's priority list), where one :func:`where` each ran up to four — 2,000
    statements per refresh, seconds on a loaded laptop after every packing (r11 trial #11)."""
    ids = sorted(set(item_ids))
    rows: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            "SELECT item_id, location_id, container_id, in_transit, missing, movement_id, "  # noqa: S608 - only ?s
            "destination_id, status, custodian, custodian_name, handover_id "
            f"FROM custody_where WHERE item_id IN ({marks})",
            chunk,
        ):
            rows[str(row[0])] = row
    wanted = sorted({str(r[i]) for r in rows.values() for i in (1, 2, 6) if r[i]})
    places: dict[str, Place] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            "SELECT record_id, inventory_number, title FROM records "  # noqa: S608 - only ?s
            f"WHERE record_id IN ({marks})",
            chunk,
        ):
            places[str(row[0])] = Place(str(row[0]), str(row[1] or ""), str(row[2] or ""))

    def at(record_id: str | None) -> Place | None:
        return places.get(record_id, Place(record_id, "", "")) if record_id else None

    out: dict[str, Where] = {}
    for item_id in ids:
        row = rows.get(item_id)
        if row is None:
            out[item_id] = Where(item_id, None, None, False, False, None, None, None, None)
            continue
        out[item_id] = Where(
            item_id,
            at(row[1]),
            at(row[2]),
            bool(row[3]),
            bool(row[4]),
            row[5],
            at(row[6]),
            Custodian(str(row[9] or ""), str(row[8]), str(row[10] or "")) if row[8] else None,
            row[7],
        )
    return out


def shown_statuses(db: Connection, record_ids: Sequence[str]) -> dict[str, str]:
    """The status each object's lists show, filter and sort on (the ``records`` view's
    ``status`` column: the person's status, or the custody status that overrides it, see
    :mod:`fieldkit.records.custody_derive`), by id. An object missed at a check-in is "missing"
    here while its own ``status`` field still says what a person last set ("in_storage"): a
    list showing the field put "In storage" next to "Where now: missing"."""
    found: dict[str, str] = {}
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT record_id, status FROM records WHERE record_id IN ({marks})",  # noqa: S608
            chunk,
        ):
            if row[1]:
                found[str(row[0])] = str(row[1])
    return found


def where_now_text(where: Where) -> str:
    """Where an item is now, in a list's cell, in the current language, as the app's "Where
    now" column says it: "LV-1 · C-1", "In transit to TS-1", "missing"; "" when no movement
    placed it. The app's "custody" texts; in transit, its sentence rather than the cell's
    "→ TS-1 (in transit)": the reports' font has no arrow (a PDF printed an empty box)."""
    if where.missing:
        return translate("custody", "missing")

    def code(p: Place | None) -> str:
        return (p.code or p.name) if p is not None else ""

    if where.in_transit:
        to = code(where.destination)
        text = (
            translate("custody", "In transit to {place}").format(place=to)
            if to
            else translate("custody", "In transit")
        )
    else:
        text = code(where.location)
    return " · ".join(p for p in (text, code(where.container)) if p)


def shown_places(db: Connection, record_ids: Sequence[str]) -> dict[str, str]:
    """:func:`where_now_text` of each item the chain of custody places (in a place, a container,
    in transit or missing), by id; the others are left out: for them a printed list says the
    record's own ``current_location``. With :func:`shown_statuses`, what a report or an
    export prints agrees with the app's list (r12 trial: a PDF said "In storage", location
    "—", for an object the list showed missing)."""
    out = {}
    for item_id, now in wheres(db, record_ids).items():
        text = where_now_text(now)
        if text:
            out[item_id] = text
    return out


def contents(db: Connection, container_id: str) -> list[str]:
    """The items directly inside a container now (objects and containers), by id."""
    return [
        str(r[0])
        for r in db.execute(
            "SELECT w.item_id FROM custody_where w LEFT JOIN records r ON r.record_id = w.item_id "
            "WHERE w.container_id = ? ORDER BY r.inventory_sort, w.item_id",  # natural order
            (container_id,),
        )
    ]


# A deletion merged by a bundle from another laptop while the item was packed here (r13 review
# #7): a signed merge cannot be refused, so the container still holds a record no list shows.
# The custody views say so, and a move out finds it by its number (:func:`deleted_packed`).
DELETED_INSIDE = QT_TRANSLATE_NOOP("custody", "deleted — restore or take out of the container")


def deleted_inside(db: Connection, item_ids: Sequence[str]) -> set[str]:
    """Those of ``item_ids`` whose record is deleted while a container still holds them."""
    ids = sorted(set(item_ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            str(r[0])
            for r in db.execute(
                "SELECT w.item_id FROM custody_where w JOIN records r "  # noqa: S608 - only ?s
                "ON r.record_id = w.item_id WHERE r.deleted = 1 "
                f"AND w.container_id IS NOT NULL AND w.item_id IN ({marks})",
                chunk,
            )
        )
    return found


def deleted_numbered(db: Connection, typed: str) -> list[str]:
    """The deleted objects and containers whose inventory number or code is ``typed`` (trimmed,
    without direction marks) in any case, script of digits or look-alike letters of another
    alphabet, as the lookups of live records find them. By the indexed natural-order key
    (kind, deleted, inventory_sort), one lookup per distinct key. For the custody readers
    that must find a deleted record still held in the chain of custody (:func:`deleted_packed`,
    ``Custody.resolve_received``, ``Custody.resolve_where``); nothing else finds one so."""
    text = "".join(ch for ch in str(typed) if unicodedata.category(ch) != "Cf").strip()
    if not text:
        return []
    spellings = [text, *code_variants(text), *code_variants(text.upper())]
    wanted = {F.ascii_digits(t).casefold() for t in spellings}
    found: dict[str, None] = {}
    for key in dict.fromkeys(inventory_sort_key(t) for t in spellings):
        for r in db.execute(
            "SELECT record_id, inventory_number FROM records WHERE kind IN ('object', "
            "'container') AND deleted = 1 AND inventory_sort = ?",
            (key,),
        ):
            if F.ascii_digits(str(r[1] or "").strip()).casefold() in wanted:
                found[str(r[0])] = None
    return list(found)


def deleted_packed(db: Connection, number: str) -> list[str]:
    """The deleted objects and containers still inside a container whose inventory number or
    code is ``number`` (:func:`deleted_numbered`): what a move out of the container and
    ``fieldkit where`` look for, as nothing else finds a deleted record by its number."""
    return sorted(deleted_inside(db, deleted_numbered(db, number)))


def with_contents(db: Connection, items: list[str]) -> list[str]:
    """``items``, then what their containers hold now, containers inside containers too (to
    the replay's depth limit): what travels, or changes hands, with them."""
    listed = list(items)
    queue = list(items)
    for _ in range(16):  # the replay's depth limit
        inner = [c for item in queue for c in contents(db, item)]
        queue = [c for c in dict.fromkeys(inner) if c not in listed]
        listed += queue
        if not queue:
            break
    return listed


def at_location(db: Connection, location_id: str) -> list[str]:
    """The items at a location now (not in transit; contents of containers there excluded)."""
    return [
        str(r[0])
        for r in db.execute(
            "SELECT item_id FROM custody_where WHERE location_id = ? AND container_id IS NULL "
            "ORDER BY item_id",
            (location_id,),
        )
    ]


DELETED = "deleted"  # a movement's state once deleted (a departure cancelled)


def movement_status(db: Connection, movement_id: str) -> MovementStatus:
    """A movement's reconciliation. Raises KeyError if no such movement is in the vault."""
    row = db.execute(
        "SELECT r.fields, c.expected, c.received, c.missing, c.extra, c.status, c.outside, "
        "r.deleted FROM records r LEFT JOIN custody_movements c ON c.movement_id = r.record_id "
        "WHERE r.record_id = ? AND r.kind = 'movement'",
        (movement_id,),
    ).fetchone()
    if row is None:
        raise KeyError(movement_id)
    f = json_object(row[0])
    items = id_list(f.get("items"))
    if row[7]:
        # A departure cancelled (Custody.cancel_departure): the replay skips it, so it has no
        # reconciliation; it read as "planned" though its departure time was shown.
        return MovementStatus(movement_id, f, DELETED, items, with_contents(db, items), [], [], [])
    if row[1] is None or row[5] == "planned":
        # Containers inside containers: the permission lists everything that will travel.
        expected = with_contents(db, items)
        return MovementStatus(movement_id, f, "planned", items, expected, [], [], [])
    return MovementStatus(
        movement_id,
        f,
        str(row[5]),
        items,
        json.loads(row[1]),
        json.loads(row[2]),
        json.loads(row[3]),
        json.loads(row[4]),
        json.loads(row[6]),
    )


def preview_reception(
    db: Connection,
    movement_id: str,
    received: Sequence[str] = (),
    *,
    everything: bool = False,
    received_at: str | None = None,
    received_by: str | None = None,
) -> MovementStatus:
    """The reconciliation :meth:`Custody.receive` would write if ``received`` (item ids, as
    scanned: duplicates and extras allowed) arrived now — computed by the same replay, with
    the movement's reception as it would be written; nothing is written. What the check-in
    shows while scanning, and ``fieldkit move receive --dry-run``.

    Raises KeyError (no such movement), CustodyError (deleted, or not departed),
    ValidationError (an id that is not an object or container of this vault, or a reception
    the movement refuses, e.g. dated before its departure).
    """
    row = db.execute(
        "SELECT fields, deleted FROM records WHERE record_id = ? AND kind = 'movement'",
        (movement_id,),
    ).fetchone()
    if row is None:
        raise KeyError(movement_id)
    current = json_object(row[0])
    check_receivable(current, bool(row[1]))
    check_packing_received(db, current)
    changes = reception_changes(
        db, movement_id, current, received, everything, received_at, received_by
    )
    after = F.with_changes(F.MOVEMENT, current, changes)
    _check_items(db, id_list(after.get("received")))
    F.check_record(F.MOVEMENT, after)
    r = replay(db, [movement_id], {movement_id: after})[3][movement_id]
    return MovementStatus(
        movement_id,
        after,
        r.status,
        id_list(after.get("items")),
        r.expected,
        r.received,
        r.missing,
        r.extra,
        r.outside,
    )


def found_again(before: MovementStatus, after: MovementStatus) -> list[str]:
    """The items a reception written before (``before``) recorded missing that ``after`` (the
    same movement, received again) lists as arrived. A late scan of an object found since is
    allowed on purpose; marking every recorded-missing item arrived at once is asked first, as
    one click on "Everything arrived" turned a missing object into a received one (r13 #2)."""
    if before.state != "received" or not before.missing:
        return []
    arrived = set(after.received)
    return [item for item in before.missing if item in arrived]


def destroyed_or_deleted(db: Connection, item_ids: Sequence[str]) -> list[str]:
    """Those of ``item_ids`` deleted, or whose status a person set to destroyed: packing one
    said nothing, and it travelled as if it were there (r13 #13)."""
    gone = {
        str(r[0])
        for r in rows_in(
            db,
            "SELECT record_id FROM records WHERE record_id IN ({marks}) "
            "AND (deleted = 1 OR json_extract(fields, '$.status') = 'destroyed')",
            list(dict.fromkeys(item_ids)),
        )
    }
    return [i for i in dict.fromkeys(item_ids) if i in gone]


def check_receivable(fields: Mapping[str, Any], deleted: bool) -> None:
    if deleted:
        raise CustodyError(QT_TRANSLATE_NOOP("errors", "This movement was deleted."))
    if not fields.get("departed_at"):
        raise CustodyError(
            QT_TRANSLATE_NOOP("errors", "This movement has not departed yet; nothing can arrive.")
        )


def check_packing_received(db: Connection, fields: Mapping[str, Any]) -> None:
    """Raise CustodyError when a packing planned beforehand (a movement into a container) would
    be checked in while its container is on a truck or recorded missing: what arrives would go
    on the road, or missing with the crate, as a packing into it would (which
    ``Custody.check_container_here`` refuses). Asked before its first reception only: a later
    one adds to the first, at that one's time."""
    container = text_or_none(fields.get("to_container"))
    if container is None or text_or_none(fields.get("received_at")):
        return
    now = where(db, container)
    shown = place(db, container)
    code = shown.code if shown is not None and shown.code else container[:8]
    if now.missing:
        raise CustodyError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Not received: {container} is missing; check it in where it was found first.",
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "This movement packs into that container: check this movement in once the "
                "container is recorded where it is.",
            ),
            container=code,
        )
    if now.in_transit:
        raise CustodyError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Not received: {container} is in transit; check it in at its destination first.",
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "This movement packs into that container: check this movement in once the "
                "container is recorded where it is.",
            ),
            container=code,
        )


def reception_changes(
    db: Connection,
    movement_id: str,
    current: Mapping[str, Any],
    received: Sequence[str],
    everything: bool,
    received_at: str | None,
    received_by: str | None,
) -> dict[str, Any]:
    """The fields a reception sets: ``received`` grows (what another check-in already found is
    kept); the first reception's time and person stay."""
    found = dict.fromkeys(id_list(current.get("received")))
    arrived = list(received)
    if everything:
        arrived += movement_status(db, movement_id).expected
    found.update(dict.fromkeys(_as_listed(db, current, arrived)))
    changes: dict[str, Any] = {"received": list(found) or None}
    changes["received_at"] = current.get("received_at") or received_at or clock.now()
    changes["received_by"] = current.get("received_by") or received_by
    return changes


def _as_listed(db: Connection, current: Mapping[str, Any], arrived: Sequence[str]) -> list[str]:
    """``arrived`` with each id of an object merged with one the movement lists (a scanned
    label resolves to the canonical object) written as the movement lists it: undoing the
    merge then leaves the reception as it was scanned, item by item."""
    if not links.any_links(db):
        return list(arrived)
    listed = id_list(current.get("items"))
    out = []
    for item in arrived:
        if item not in listed:
            group = links.aliases(db, [item])
            item = next((i for i in listed if i in group), item)
        out.append(item)
    return out


def _check_items(db: Connection, ids: Sequence[str]) -> None:
    """Each id an object or container of this vault (as the movement's ``received`` must be)."""
    known = {
        str(r[0])
        for r in rows_in(
            db,
            "SELECT record_id FROM records WHERE record_id IN ({marks}) "
            "AND kind IN ('object', 'container')",
            ids,
        )
    }
    if any(i not in known for i in ids):  # as Records.edit refuses it
        raise F.ValidationError(
            "received",
            message(
                QT_TRANSLATE_NOOP("errors", "{field}: {problem}"),
                field="received",
                problem=message(F.NOT_AN_ITEM),
            ),
            F.NOT_AN_ITEM_HINT,
        )


def _departure_key(db: Connection, m: MovementStatus) -> tuple[str, str, str]:
    """Movements in the order the replay takes them."""
    return (F.sort_time(str(m.fields.get("departed_at", ""))), first_hlc(db, m.id), m.id)


def movements_in_transit(db: Connection) -> list[MovementStatus]:
    """Departed movements not received yet, oldest departure first."""
    ids = [
        str(r[0])
        for r in db.execute(
            "SELECT c.movement_id FROM custody_movements c JOIN records r "
            "ON r.record_id = c.movement_id WHERE c.status = 'in_transit' AND r.deleted = 0"
        )
    ]
    found = [movement_status(db, i) for i in ids]
    return sorted(found, key=lambda m: _departure_key(db, m))


def later_movements(db: Connection, movement_id: str, status: MovementStatus) -> list[str]:
    """The departed movements (not deleted) that move any item ``status`` (``movement_id``'s)
    listed or expected, departing after it in the replay's order: they depend on it, as they
    took the items from where it left them. Their ids, the earliest first."""
    mine = _departure_key(db, status)
    ids = sorted(set(status.items) | set(status.expected))
    found = []
    for rid, fj in rows_in(
        db,
        "SELECT DISTINCT r.record_id, r.fields FROM custody_links l JOIN records r "
        "ON r.record_id = l.record_id WHERE l.item_id IN ({marks}) AND r.kind = 'movement' "
        "AND r.deleted = 0",
        ids,
    ):
        other = MovementStatus(str(rid), json_object(fj), "", [], [], [], [], [])
        if str(rid) != movement_id and text_or_none(other.fields.get("departed_at")):
            key = _departure_key(db, other)
            if key > mine:
                found.append((key, str(rid)))
    return [rid for _, rid in sorted(set(found))]


def movements_for(db: Connection, item_id: str) -> list[MovementStatus]:
    """Every movement that moved or expected ``item_id`` (its own, and its containers' while
    it was inside), oldest departure first: the item's movement history."""

    def linked(item: str) -> set[str]:
        return {
            str(r[0])
            for r in db.execute(
                "SELECT l.record_id FROM custody_links l JOIN records r "
                "ON r.record_id = l.record_id WHERE l.item_id = ? AND r.kind = 'movement'",
                (item,),
            )
        }

    candidates = linked(item_id)
    if links.any_links(db):  # and the movements of the records merged into it
        for alias in links.aliases(db, [item_id]) - {item_id}:
            candidates |= linked(alias)
    containers = {
        str(r[0])
        for r in db.execute(
            "SELECT l.item_id FROM custody_links l JOIN records r ON r.record_id = l.item_id "
            "WHERE r.kind = 'container' AND l.record_id IN "
            "(SELECT record_id FROM custody_links WHERE item_id = ?)",
            (item_id,),
        )
    }
    for container in containers:
        candidates |= linked(container)
    found = []
    for mid in candidates:
        status = movement_status(db, mid)
        if item_id in status.items or item_id in status.expected or item_id in status.extra:
            found.append(status)
    return sorted(found, key=lambda m: _departure_key(db, m))


def overview(db: Connection) -> Overview:
    """Coordinator figures: objects in transit/missing/evacuated, movements in transit or
    with missing items, handovers waiting for acceptance."""

    def count(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    # CROSS JOIN keeps SQLite from walking every object: the custody rows are the few.
    held = (
        "SELECT count(*) FROM custody_where w CROSS JOIN records r ON r.record_id = w.item_id "
        "AND r.kind = 'object' WHERE "
    )
    objects = held + "r.deleted = 0 AND "
    # In transit, a deleted object counts as the movement's lists count it: it is on the
    # truck (« 2 objects in transit » beside a crate listed « 4 items »: r14 trial 2 #2).
    return Overview(
        objects_in_transit=count(held + "w.in_transit = 1"),
        objects_in_transit_deleted=count(held + "r.deleted = 1 AND w.in_transit = 1"),
        objects_missing=count(objects + "w.missing = 1"),
        objects_evacuated=count(objects + "w.status = 'evacuated'"),
        movements_in_transit=count(
            "SELECT count(*) FROM custody_movements WHERE status = 'in_transit'"
        ),
        movements_with_missing=count(
            "SELECT count(*) FROM custody_movements WHERE missing != '[]'"
        ),
        handovers_waiting=len(handovers_waiting(db)),
    )
