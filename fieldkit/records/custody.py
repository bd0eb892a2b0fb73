"""Chain of custody: the writes (SPEC §4 "Locations, containers, movements, handovers").

Where every object and container is, is derived, never stored in a record. The modules:

- :mod:`fieldkit.records.custody_derive` — the rules and the pure replay (where an item is,
  what a movement expected and found, the custody status);
- :mod:`fieldkit.records.custody_handovers` — which acceptance of a handover counts, and the
  handovers as shown;
- :mod:`fieldkit.records.custody_chain` — the derived tables, rebuilt in each write's
  transaction;
- :mod:`fieldkit.records.custody_queries` — the reads the app and the command line show;
- :mod:`fieldkit.records.custody_terms` — the controlled terms' labels;
- here, :class:`Custody`: ``add_location``, ``add_container``, ``move`` (depart, pack, or plan
  with ``depart=False``), ``depart``, ``cancel_departure`` (a departure recorded by mistake),
  ``receive`` (call it per scanned code; ``dry_run`` gives its result unwritten),
  ``hand_over``, ``accept``. Each is one signed revision in one
  transaction. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fieldkit import clock
from fieldkit.errors import CustodyError, FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, join_list, later, message
from fieldkit.records import fields as F
from fieldkit.records.custody_chain import replay
from fieldkit.records.custody_derive import id_list, party_field, resolve, text_or_none
from fieldkit.records.custody_handovers import HandoverState, handover_state
from fieldkit.records.custody_queries import (
    MovementStatus,
    Place,
    Where,
    check_packing_received,
    check_receivable,
    deleted_numbered,
    deleted_packed,
    destroyed_or_deleted,
    later_movements,
    movement_status,
    place,
    preview_reception,
    reception_changes,
    shown_statuses,
    where,
    with_contents,
)
from fieldkit.records.service import (
    RecordChangedError,
    RecordNotFoundError,
    number_in_any_case,
    typed_identifier,
)
from fieldkit.vault.database import Connection

if TYPE_CHECKING:
    from fieldkit.identity.card import IdentityCard
    from fieldkit.records.service import Records, RecordView


class FoundAgainError(CustodyError):
    """Receiving everything would mark arrived items a written reception recorded missing,
    and nobody said they were found (:meth:`Custody.receive`)."""


@dataclass(frozen=True)
class PackedElsewhere:
    """What packing some items into a container would take out of other places: the items
    already inside another container (item id -> that container), and those in transit (on a
    truck: they cannot be packed until checked in)."""

    packed: dict[str, Place] = field(default_factory=dict)
    in_transit: list[str] = field(default_factory=list)

    def containers(self) -> str:
        """The other containers' codes as a short phrase: "C-001", "C-001, C-002", "C-001…C-005"."""
        return code_span([p.code or p.id[:8] for p in self.packed.values()])


@dataclass(frozen=True)
class Cancellation:
    """A departure taken back (:meth:`Custody.cancel_departure`): the movement, and where each
    item it lists will be once it is cancelled (where it was before the departure, by the
    replay without it; the custodian is left out, as no movement changes it)."""

    movement: str
    back: dict[str, Where]


# What movements and handovers carry, found by a number or code in another case or script.
_ITEM_KINDS = (F.OBJECT, F.CONTAINER)


def code_span(codes: Sequence[str]) -> str:
    """Codes as one short phrase: up to three listed, more as the first…the last."""
    unique = sorted(set(codes))
    if len(unique) > 3:
        return f"{unique[0]}…{unique[-1]}"
    return join_list(unique)


class Custody:
    """The chain-of-custody operations of one open vault, written as its identity (through
    :class:`~fieldkit.records.service.Records`, so each is one signed revision in one
    transaction). The CLI and the desktop app call these; reads are the module functions.

    Every method raises ``ValidationError`` (a field is wrong; nothing saved),
    ``RecordNotFoundError`` / ``AmbiguousIdError`` (an id or code), or :class:`CustodyError`.
    """

    def __init__(self, records: Records) -> None:
        self.records = records

    @property
    def db(self) -> Connection:
        return self.records.db

    @property
    def me(self) -> str:
        return self.records.identity.fingerprint

    # Locations and containers are plain records with a unique code.

    def add_location(self, values: Mapping[str, Any]) -> RecordView:
        return self.records.create(F.LOCATION, values)

    def add_container(self, values: Mapping[str, Any]) -> RecordView:
        return self.records.create(F.CONTAINER, values)

    def locations(self) -> list[RecordView]:
        return self.records.list(F.LOCATION)

    def containers(self) -> list[RecordView]:
        return self.records.list(F.CONTAINER)

    def resolve_item(self, typed: str) -> str:
        """An object or container as typed or scanned (:meth:`Records.resolve_item`), else by
        its inventory number or code in another case: "mcp 1980.6" finds "MCP 1980.6", as
        inventory numbers are not case-significant on hand-written labels. Only when exactly
        one record answers; otherwise the lookup's own error."""
        try:
            return self.records.resolve_item(typed)
        except RecordNotFoundError:
            found = number_in_any_case(self.db, typed, _ITEM_KINDS)
            if found is None:
                raise
        return self.records.resolve_item(found)

    def resolve_received(self, movement: str, typed: str) -> str:
        """An item scanned at the reception of ``movement`` (an id): :meth:`resolve_item`, else
        one the movement carries that was deleted on another laptop meanwhile, by its number
        or code as :meth:`resolve_item` reads it (case, digits, look-alike letters). The
        object is physically there: refused, it was counted missing at its arrival (r14
        trial 2 #1). Only among the movement's items: nothing else starts finding deleted
        records. Raises as :meth:`resolve_item`."""
        try:
            return self.resolve_item(typed)
        except RecordNotFoundError:
            carried = self._carried(movement)
            found = [i for i in deleted_numbered(self.db, typed) if i in carried]
            if len(found) != 1:
                raise
            return found[0]

    def _carried(self, movement: str) -> set[str]:
        try:
            status = movement_status(self.db, movement)
        except KeyError:
            return set()
        return set(status.items) | set(status.expected)

    def resolve_where(self, typed: str) -> str:
        """An item as ``fieldkit where`` finds it: :meth:`resolve_item`, else a deleted one a
        container still holds (on a truck or in a store), by its number or code: where it is
        is what the person holding its label needs (r14 trial 2 #2). Raises as
        :meth:`resolve_item`."""
        try:
            return self.resolve_item(typed)
        except RecordNotFoundError:
            found = deleted_packed(self.db, typed)
            if len(found) != 1:
                raise
            return found[0]

    def resolve_moved(self, typed: str, *, taking_out: bool = False) -> str:
        """An item as :meth:`move` finds it: :meth:`resolve_item`, and with ``taking_out`` (a
        move to a location) also a deleted item still in a container, by its number. Raises
        as :meth:`resolve_item`. For a question asked before the move (the app's Depart now)."""
        return self.resolve_item(self._as_stored(typed, taking_out=taking_out))

    def _as_stored(self, typed: str, *, taking_out: bool = False) -> str:
        """``typed`` unchanged when the records service reads it as it is, else the id it
        names in another case (the service resolves typed items when it validates them).
        ``taking_out`` (a move to a location): also a deleted item still in a container."""
        try:
            self.records.resolve_item(typed)
        except RecordNotFoundError:
            try:
                found = number_in_any_case(self.db, typed, _ITEM_KINDS)
            except FieldKitError:
                return typed  # several look-alikes: the service's validation says so
            if found is None and taking_out:
                # Deleted on another laptop while packed here (r13 review #7): the crate
                # lists it, so it must be found by the number on its label to be taken out.
                # Only here: nothing else finds a deleted record by its number.
                packed = deleted_packed(self.db, typed_identifier(typed))
                return packed[0] if len(packed) == 1 else typed
            return self.records.resolve_item(found) if found is not None else typed
        except FieldKitError:
            return typed
        return typed

    def destination(self, text: str) -> tuple[str, str]:
        """(kind, id) of a location or container typed as id, prefix or code."""
        record_id = self.records.resolve(text)
        kind = self.records.get(record_id).kind
        if kind not in (F.LOCATION, F.CONTAINER):
            raise CustodyError(
                QT_TRANSLATE_NOOP("errors", "A movement goes to a location or into a container."),
                QT_TRANSLATE_NOOP(
                    "errors", "Give a location or container code (`fieldkit location list`)."
                ),
            )
        return kind, record_id

    def move(
        self,
        items: Sequence[str],
        to: str,
        *,
        from_location: str | None = None,
        reason: str | None = None,
        details: Mapping[str, Any] | None = None,
        depart: bool = True,
        take_out: bool = False,
    ) -> RecordView:
        """A movement of ``items`` (objects and containers, as typed) to a location, or into
        a container (packing: departed and received at once, nothing travels). ``depart``
        False plans it (no ``departed_at``: the evacuation permission is printed for it first).
        Packing refuses items in transit, and items already in another container unless
        ``take_out`` (the user was asked: ``fieldkit move --move``; see :meth:`packed_elsewhere`).
        Objects deleted or recorded destroyed are packed: the app asks first and the command
        line says so (:meth:`destroyed_or_deleted`).
        """
        values: dict[str, Any] = dict(details or {})
        kind, target = self.destination(to)
        # Typed in another case, an inventory number is stored as the record it names.
        items = [self._as_stored(typed, taking_out=kind == F.LOCATION) for typed in items]
        values["items"] = list(items)
        values["to_location" if kind == F.LOCATION else "to_container"] = target
        if kind == F.CONTAINER:
            self._check_not_inside(items, target)
            self.check_packing(items, target, take_out=take_out)
        if from_location:
            values["from_location"] = from_location
        elif kind == F.CONTAINER or "from_location" not in values:
            here = self._common_location(items, packing=kind == F.CONTAINER)
            if here is None and kind == F.CONTAINER and "from_location" not in values:
                self._check_one_place(items, target)
            if here is not None:
                values.setdefault("from_location", here)
        if reason:
            values["reason"] = reason
        values.setdefault("reason", "packing" if kind == F.CONTAINER else "other")
        values.setdefault("moved_by", self.records.identity.name)
        if depart:
            values.setdefault("departed_at", clock.now())
            if kind == F.CONTAINER:
                values.setdefault("received_at", values["departed_at"])
                values.setdefault("received", list(items))
                values.setdefault("received_by", self.records.identity.name)
        return self.records.create(F.MOVEMENT, values)

    def _common_location(self, items: Sequence[str], *, packing: bool = False) -> str | None:
        """Where the items stand, when all of them stand at one location. When ``packing``,
        items never placed (most objects have no movement yet) do not make it unknown: the
        new container goes where the placed ones are, and they keep their place in it."""
        found = set()
        for typed in items:
            try:
                item = self.resolve_item(typed)
            except FieldKitError:
                return None
            w = where(self.db, item)
            if w.location is not None or not packing:
                found.add(w.location.id if w.location else None)
        return found.pop() if len(found) == 1 else None

    def _placed_at(self, items: Sequence[str]) -> set[str]:
        found = set()
        for typed in items:
            with_place = where(self.db, self.resolve_item(typed)).location
            if with_place is not None:
                found.add(with_place.id)
        return found

    def _check_one_place(self, items: Sequence[str], container: str) -> None:
        """Packing items from several locations into a container placed nowhere: the
        container's place cannot be known, and the items would lose theirs."""
        box = where(self.db, container)
        if box.location is not None or box.in_transit or box.container is not None:
            return
        if len(self._placed_at(items)) > 1:
            raise CustodyError(
                QT_TRANSLATE_NOOP("errors", "These items are at different locations."),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Pack the items of each location apart, or say where they are packed "
                    "(--from LOCATION).",
                ),
            )

    def packed_elsewhere(self, items: Sequence[str], container: str) -> PackedElsewhere:
        """What packing ``items`` (as typed) into ``container`` (an id) would take out of
        another container, and which of them are in transit. Asked before packing: silently
        re-packing objects from other crates left the custody record wrong."""
        packed: dict[str, Place] = {}
        moving: list[str] = []
        for typed in items:
            item = self.resolve_item(typed)
            now = where(self.db, item)
            if now.in_transit:
                moving.append(item)
            elif now.container is not None and now.container.id != container:
                packed[item] = now.container
        return PackedElsewhere(packed, moving)

    def marked_missing(self, items: Sequence[str]) -> list[str]:
        """The codes (or inventory numbers) of the items (as typed) whose status says missing:
        missed at a check-in, or set so by a person. Asked before packing (SPEC §11's ``move``
        has no flag to confirm it, so the app asks and the command line packs): packing one
        without a question left an object "missing" inside a crate (r11 trial #4)."""
        ids = [self.resolve_item(typed) for typed in items]
        shown = shown_statuses(self.db, ids)
        return [self._code(item) for item in ids if shown.get(item) == "missing"]

    def destroyed_or_deleted(self, items: Sequence[str]) -> list[str]:
        """The codes (or inventory numbers) of the items (as typed) deleted or recorded
        destroyed. Packing one is never silent: the app asks, naming them, and ``fieldkit
        move`` says which it packed; a destroyed object packed, departed and received with no
        word showed « Destroyed » at the destination (r13 trial #13)."""
        ids = [self.resolve_item(typed) for typed in items]
        return [self._code(item) for item in destroyed_or_deleted(self.db, ids)]

    def check_packing(self, items: Sequence[str], container: str, *, take_out: bool) -> None:
        """Raise CustodyError when packing ``items`` into ``container`` would take an item off
        a truck (never), or out of another container (unless ``take_out``), or into a container
        that is not here by the record (:meth:`check_container_here`)."""
        self.check_container_here(container)
        found = self.packed_elsewhere(items, container)
        if found.in_transit:
            names = [self._code(item) for item in found.in_transit]
            raise CustodyError(
                later.translate(
                    "errors",
                    "Not packed: %n item(s) still in transit ({items}).",
                    "",
                    len(names),
                    items=code_span(names),
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An item on its way is on a truck, not here: check it in at its "
                    "destination first, then pack it.",
                ),
            )
        if found.packed and not take_out:
            raise CustodyError(
                later.translate(
                    "errors",
                    "Not packed: %n item(s) already packed in {containers}.",
                    "",
                    len(found.packed),
                    containers=found.containers(),
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "To take them out of that container and pack them here, add --move.",
                ),
            )

    def check_container_here(self, container: str) -> None:
        """Raise CustodyError when ``container`` (an id) is on a truck or recorded missing
        (itself, or a container holding it): never packed into. The items are on the shelf
        here; the record would put them on the road, or make them missing with the crate (a
        false loss in every list), and the next reception of the crate would "find" them
        where they never went (r11 review #1, r12 review #4)."""
        now = where(self.db, container)
        if now.missing:
            raise CustodyError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Not packed: {container} is missing; check it in where it was found first.",
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A container recorded missing is not here by the record: check it in at "
                    "the movement that missed it, or move it to the location where it was "
                    "found, then pack into it.",
                ),
                container=self._code(container),
            )
        if now.in_transit:
            raise CustodyError(
                QT_TRANSLATE_NOOP("errors", "Not packed: {container} is in transit."),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A container on its way is on a truck, not here: check it in at its "
                    "destination first, then pack into it.",
                ),
                container=self._code(container),
            )

    def _code(self, item: str) -> str:
        shown = place(self.db, item)
        return shown.code if shown is not None and shown.code else item[:8]

    def _check_not_inside(self, items: Sequence[str], container: str) -> None:
        """A container packed into itself, or into something it holds, would be nowhere,
        and everything in it with it."""
        ids = {self.resolve_item(typed) for typed in items}
        cur: str | None = container
        for _ in range(16):  # the replay's depth limit: deeper is cut there too
            if cur is None:
                return
            if cur in ids:
                raise CustodyError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A container cannot go inside itself or something it holds."
                    ),
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Check the codes: the destination is one of the items or is inside one.",
                    ),
                )
            held = where(self.db, cur).container
            cur = held.id if held is not None else None

    def depart(self, movement: str, departed_at: str | None = None) -> RecordView:
        """A planned movement leaves now (or at ``departed_at``)."""
        view = self.records.get(movement, F.MOVEMENT)
        if view.fields.get("departed_at"):
            raise CustodyError(QT_TRANSLATE_NOOP("errors", "This movement has already departed."))
        container = view.fields.get("to_container")
        if isinstance(container, str) and container:
            # A packing planned beforehand: packed now, into a container that must be here.
            self.check_container_here(container)
        return self.records.edit(view.record_id, {"departed_at": departed_at or clock.now()})

    def cancellation(self, movement: str) -> Cancellation:
        """What cancelling the departure of ``movement`` (id, prefix) would do: where each of
        its items goes back to, by the same replay without this departure. Raises
        CustodyError, as :meth:`cancel_departure` would, when it cannot be cancelled."""
        view = self.records.get(movement, F.MOVEMENT)
        self._check_cancellable(view)
        before = dict(view.fields)
        before.pop("departed_at", None)  # not departed: no event in the replay
        own = replay(self.db, [view.record_id], {view.record_id: before})[2]
        back: dict[str, Where] = {}
        for item in id_list(view.fields.get("items")):
            if item not in own:  # no movement placed it before this one
                back[item] = Where(item, None, None, False, False, None, None, None, None)
                continue
            r = resolve(own, item)
            back[item] = Where(
                item,
                place(self.db, r.location),
                place(self.db, r.container),
                r.in_transit,
                r.missing,
                r.movement,
                place(self.db, r.destination),
                None,
                r.status,
            )
        return Cancellation(view.record_id, back)

    def cancel_departure(self, movement: str) -> Cancellation:
        """Take back a departure recorded by mistake: the movement is deleted (a tombstone
        revision; its history keeps the departure, and a restore of its revision before the
        deletion brings it back), so its items are where they were before it. Only while it
        is in transit and nothing of it was received, and no later movement moved any of its
        items (:meth:`cancellation` says where they go). Raises CustodyError otherwise.

        A vault that checked the movement in before this deletion reached it keeps the
        reception: the two meet as a conflict for a person, and meanwhile every vault shows
        the reception (:func:`~fieldkit.records.custody_derive.arrival_kept`)."""
        # The check and the tombstone must see the same version: an import on another
        # connection can commit a reception between them (the app imports on a worker).
        head = self.records.get(movement, F.MOVEMENT).head_rev
        planned = self.cancellation(movement)
        try:
            self.records.delete(planned.movement, expected_head=head)
        except RecordChangedError as changed:
            # Checked again on the newer version: a reception now refuses with its plain
            # reason; any other change (a note) is cancelled as the user asked.
            planned = self.cancellation(movement)
            self.records.delete(planned.movement, expected_head=changed.head)
        return planned

    def _check_cancellable(self, view: RecordView) -> None:
        """One plain sentence for each reason a departure cannot be taken back."""
        f = view.fields
        if view.deleted:
            raise CustodyError(QT_TRANSLATE_NOOP("errors", "This movement was deleted."))
        if not text_or_none(f.get("departed_at")):
            raise CustodyError(
                QT_TRANSLATE_NOOP("errors", "Not cancelled: this movement has not departed.")
            )
        if text_or_none(f.get("to_container")):
            raise CustodyError(
                QT_TRANSLATE_NOOP("errors", "Not cancelled: a packing is not a departure."),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "To undo a packing, move the items out of the container to where they are.",
                ),
            )
        status = movement_status(self.db, view.record_id)
        if text_or_none(f.get("received_at")) or status.received or not status.in_transit:
            raise CustodyError(
                QT_TRANSLATE_NOOP(
                    "errors", "Not cancelled: items of this movement were already received."
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A reception is kept: to bring the items back, record a new movement.",
                ),
            )
        later = later_movements(self.db, view.record_id, status)
        if later:
            raise CustodyError(
                QT_TRANSLATE_NOOP(
                    "errors", "Not cancelled: a later movement ({movement}) moves its items."
                ),
                QT_TRANSLATE_NOOP(
                    "errors", "Cancel the later movement first, if it was a mistake too."
                ),
                movement=later[0][:8],
            )

    def receive(
        self,
        movement: str,
        items: Sequence[str] = (),
        *,
        everything: bool = False,
        found: bool = False,
        received_at: str | None = None,
        received_by: str | None = None,
        dry_run: bool = False,
        draft_key: str | None = None,
    ) -> MovementStatus:
        """Record what arrived (typed or scanned codes, found as :meth:`resolve_received`
        finds them); may be called again as more is scanned, and adds to what was received.
        ``everything``: all that was expected. Raises CustodyError when the movement has not
        departed. ``dry_run``: the same result, not written
        (:func:`~fieldkit.records.custody_queries.preview_reception`); it raises what the
        reception would raise. ``draft_key``: the check-in's draft of these scans, removed in
        the reception's own transaction (as ``Records.edit`` does for an editor's): a crash
        just after the reception is written must not leave its scans to reopen as "kept from
        before", nor a refused or failed one lose them.

        ``everything`` on a reception already written would mark arrived what it recorded
        missing: refused (:class:`FoundAgainError`, naming them) unless ``found`` (the user
        said they were found: ``--found``, or the app's question), other than the items
        named in ``items``. The rule is here, for both front ends: the app decided from the
        status it read when its check-in opened, and marked a colleague's recorded-missing
        items arrived at one click after an import (r14 review #8). The status is the one of
        the revision the reception is written over: a reception merged meanwhile makes the
        write refuse (RecordChangedError) rather than go over it."""
        view = self.records.get(movement, F.MOVEMENT)
        check_receivable(view.fields, view.deleted)  # concurrent check-ins already merged
        check_packing_received(self.db, view.fields)
        arrived = [self.resolve_received(view.record_id, typed) for typed in items]
        if everything and not found:
            self._check_found_again(view.record_id, arrived)
        received_by = received_by or self.records.identity.name
        if dry_run:
            return preview_reception(
                self.db,
                view.record_id,
                arrived,
                everything=everything,
                received_at=received_at,
                received_by=received_by,
            )
        changes = reception_changes(
            self.db, view.record_id, view.fields, arrived, everything, received_at, received_by
        )
        # Over the revision read above (Records.edit re-reads the head under its write lock):
        # the changes and the check before were made from it.
        self.records.edit(view.record_id, changes, draft_key=draft_key, expected_head=view.head_rev)
        return movement_status(self.db, view.record_id)

    def check_everything_again(self, movement: str, named: Sequence[str] = ()) -> None:
        """Raise :class:`FoundAgainError`, naming them, when receiving everything at
        ``movement`` (id, prefix) would mark arrived items its written reception recorded
        missing, other than those ``named`` (as typed: a late scan of an object found since is
        meant to add it). :meth:`receive` asks it itself unless told ``found``; the app asks
        the same question (:func:`~fieldkit.records.custody_queries.found_again`): one click
        on "Everything arrived" turned a missing object into a received one (r13 trial #2)."""
        view = self.records.get(movement, F.MOVEMENT)
        self._check_found_again(
            view.record_id, [self.resolve_received(view.record_id, typed) for typed in named]
        )

    def _check_found_again(self, movement_id: str, named: Sequence[str]) -> None:
        before = movement_status(self.db, movement_id)
        if before.state != "received" or not before.missing:
            return
        listed = set(named)
        unasked = [item for item in before.missing if item not in listed]
        if not unasked:
            return
        codes = [self._code(item) for item in unasked]
        raise FoundAgainError(
            later.translate(
                "errors",
                "Not received: %n item(s) recorded missing would be marked arrived ({items}).",
                "",
                len(codes),
                items=code_span(codes),
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "Name the items found since (fieldkit move receive MOVEMENT ITEM...), or add "
                "--found to mark every missing item arrived.",
            ),
        )

    def party(self, to: str | IdentityCard) -> dict[str, str]:
        """A handover party from a checked identity card, or a fingerprint from the trust
        store (or this vault's own)."""
        from fieldkit.identity import trust
        from fieldkit.identity.card import IdentityCard

        if isinstance(to, IdentityCard):
            return {"name": to.name, "organisation": to.organisation, "fingerprint": to.fingerprint}
        if to.strip().lower() == self.me:
            identity = self.records.identity
            return {
                "name": identity.name,
                "organisation": identity.organisation,
                "fingerprint": self.me,
            }
        key = trust.get(self.db, to)
        if key is None:
            raise CustodyError(
                QT_TRANSLATE_NOOP("errors", "No trusted identity has this fingerprint."),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Give the receiver's card (--to FILE.fkid), or trust it first "
                    "(`fieldkit trust add`).",
                ),
            )
        return {
            "name": key.name,
            "organisation": key.card.organisation,
            "fingerprint": key.fingerprint,
        }

    def hand_over(
        self,
        items: Sequence[str],
        to: str | IdentityCard,
        details: Mapping[str, Any] | None = None,
    ) -> RecordView:
        """A handover by this vault's identity of ``items`` to ``to`` (waiting for the
        receiver's acceptance, in their own vault)."""
        values: dict[str, Any] = dict(details or {})
        for name in ("accepted_at", "accepted_by", "acceptance_notes"):
            if name in values:
                raise F.ValidationError(
                    name,
                    message(QT_TRANSLATE_NOOP("errors", "Only the receiver accepts a handover.")),
                )
        # The objects inside the crates handed over are named too, as they are now: the signed
        # record (and the certificate printed from it, again later too) says which objects
        # changed hands, not what the crate holds on the day it is printed (r11 review 2 #9).
        listed = list(items)
        named = set(listed)
        with contextlib.suppress(FieldKitError):
            named |= {self.resolve_item(typed) for typed in listed}
        values["items"] = listed + [
            c for c in with_contents(self.db, sorted(named)) if c not in named
        ]
        values["to_party"] = self.party(to)
        if values["to_party"]["fingerprint"] == self.me:
            raise CustodyError(QT_TRANSLATE_NOOP("errors", "A handover goes to someone else."))
        identity = self.records.identity
        giver = party_field(values, "from_party", "fingerprint")
        if giver is not None and giver != self.me:
            raise F.ValidationError(
                "from_party",
                message(QT_TRANSLATE_NOOP("errors", "A handover is written by its giver.")),
            )
        values.setdefault(
            "from_party",
            {"name": identity.name, "organisation": identity.organisation, "fingerprint": self.me},
        )
        values.setdefault("handed_at", clock.now())
        return self.records.create(F.HANDOVER, values)

    def accept(self, handover: str, details: Mapping[str, Any] | None = None) -> HandoverState:
        """Accept a handover addressed to this vault's identity: a revision signed by this
        vault's key. ``details`` may hold ``acceptance_notes`` (what differs) and
        ``accepted_at``. Raises CustodyError if it is not addressed here or already accepted."""
        view = self.records.get(handover, F.HANDOVER)
        state = handover_state(self.db, view.record_id, self.me)
        if state.accepted:
            raise CustodyError(QT_TRANSLATE_NOOP("errors", "This handover is already accepted."))
        receiver = party_field(view.fields, "to_party", "fingerprint")
        if receiver != self.me:
            raise CustodyError(
                QT_TRANSLATE_NOOP(
                    "errors", "This handover is addressed to someone else; only they can accept it."
                ),
                QT_TRANSLATE_NOOP(
                    "errors", "The receiver imports it into their own vault and accepts it there."
                ),
            )
        extra = dict(details or {})
        unknown = set(extra) - {"accepted_at", "acceptance_notes"}
        if unknown:
            raise F.ValidationError(
                sorted(unknown)[0],
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "An acceptance gives accepted_at and acceptance_notes only."
                    )
                ),
            )
        changes = {
            "accepted_at": extra.get("accepted_at") or clock.now(),
            "accepted_by": self.me,
            "acceptance_notes": extra.get("acceptance_notes"),
        }
        self.records.edit(view.record_id, changes)
        return handover_state(self.db, view.record_id, self.me)
