"""Chain of custody, the replay: where every item is, from movements and accepted handovers.

SPEC §4 "Locations, containers, movements, handovers". Movements and handovers are ordinary
signed records; *where an item is* is never stored in a record but derived by :func:`derive`
(pure: no database) from all the movements and handovers the vault holds, whatever order they
arrived in:

- Every departed movement is an event at ``departed_at``; a received one a second event at
  ``received_at``. Events are replayed oldest first; ties (times are typed to the minute, and
  packing then moving a crate happens within one) go first to receptions of movements that
  departed in an earlier minute (a leg planned in advance may leave in the minute the
  previous one arrived), then to the movement created first (the HLC of its first
  revision), then to its ``rev_id``; a departure comes before its reception. So the latest
  event concerning an item decides where it is.
- A movement that lists a container together with what is in it (the team scanned the crate
  and the icon in it) carries the contents in the container: they stay packed. A packing of
  a container into itself, or into something it holds, is ignored for that container (it
  would close a cycle, and all it holds would be nowhere); ``Custody.move`` refuses it.
- A movement ``to_container`` packs its items into that container; an item in a container
  moves with it (its location, transit and custodian are the container's, recursively).
- A departed movement not yet received is **in transit**. What a movement *expects* is its
  items plus, for each container among them, what that container held when it departed.
- At reception, ``received`` lists what arrived. A container received whose contents were not
  scanned one by one arrived sealed: its contents count as received. When any of them was
  scanned, the container was opened and checked: contents not scanned are **missing**.
  ``missing`` = expected − received; ``extra`` = received − expected (extras are recorded as
  having arrived at the destination); ``outside``: expected contents that arrived, but not in
  the container they left in (scanned loose while their container did not arrive).
- The **custodian** is the receiver of the latest *accepted* handover of the item (or of a
  container holding it, now or at the handover's ``accepted_at``: what is unpacked from a
  crate stays in the custody of whoever accepted the crate), by the rules of
  :mod:`fieldkit.records.custody_handovers`. In one minute, receptions of movements that
  left earlier come first, then departures, packings and acceptances as they were written.
- **Status**: an object's ``status`` field is what a person set. Its *custody status* is
  ``missing`` when the latest reception that expected it did not find it (or its container is
  missing), else ``evacuated`` when its latest evacuation or return movement (its own or its
  container's) was an evacuation, else none. The status lists filter and show (the ``records``
  view's ``status`` column, see :func:`fieldkit.records.custody_chain.apply_status`) is the
  person's ``on_loan``, ``stolen`` or ``destroyed`` when set (a judgement no movement
  overrides), else the custody status when there is one, else the person's status.

Also here: :func:`merged_check_ins` (the automatic merge of concurrent check-ins) and the
readers of field values from records of other vaults (which may hold anything). Nothing here
imports Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from fieldkit.records import fields as F
from fieldkit.records.merge import MergeView, merge_view
from fieldkit.records.revision import Revision

# Person-set statuses that no movement overrides.
PERSON_ONLY_STATUSES = ("on_loan", "stolen", "destroyed")
EVACUATED = "evacuated"
MISSING = "missing"
_MAX_DEPTH = 16  # containers inside containers: deeper (or a cycle) is cut here


@dataclass
class Own:
    """What an item's own events say (before following its container)."""

    location: str | None = None
    container: str | None = None
    in_transit: bool = False
    missing: bool = False
    movement: str | None = None
    destination: str | None = None
    evac: tuple[str, bool] | None = None  # (event key, evacuated?) of the latest evac/return
    custodian: tuple[str, str, str] | None = None  # (key, fingerprint, handover id)

    def depart(self, movement: str, destination: str | None) -> None:
        """Left with ``movement``, on its way to ``destination``."""
        self.missing = False
        self.movement = movement
        self.in_transit = True
        self.location = None
        self.destination = destination

    def settle(self, movement: str, location: str | None, *, missing: bool = False) -> None:
        """``movement`` ended for it: it is at ``location`` (None: inside a container, or
        nowhere known), or missing."""
        self.in_transit = False
        self.missing = missing
        self.location = location
        self.destination = None
        self.movement = movement


@dataclass
class Reconciliation:
    expected: list[str] = field(default_factory=list)
    parent: dict[str, str] = field(default_factory=dict)  # content -> its container then
    received: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)  # arrived, but not in its container
    in_transit: bool = False
    status: str = "planned"  # planned, in_transit, received

    def receive(self, scanned: Iterable[str], listed: Iterable[str] = ()) -> set[str]:
        """The reception rule (SPEC §4): ``scanned`` is what the movement's ``received`` lists.
        A container that arrived with none of its contents scanned arrived sealed (they count
        as received); one with any content scanned was opened (the rest are missing). Sets
        received, missing, extra and outside; returns what was scanned, as a set.

        ``listed``: the movement's own items. Scanning one of them that travels inside a
        listed container is checking the list, not opening that container."""
        self.in_transit = False
        self.status = "received"
        seen = dict.fromkeys(scanned)
        own_items = set(listed)
        opened = {self.parent[x] for x in seen if x in self.parent and x not in own_items}
        got: dict[str, None] = {}
        for x in self.expected:
            parent = self.parent.get(x)
            if x in seen or (parent is not None and parent in got and parent not in opened):
                got[x] = None
        self.received = list(got)
        self.missing = [x for x in self.expected if x not in got]
        known = set(self.expected)
        self.extra = [x for x in seen if x not in known]
        self.outside = [x for x in got if x in self.parent and self.parent[x] not in got]
        return set(seen)


def json_object(text: str) -> dict[str, Any]:
    value = json.loads(text)
    return value if isinstance(value, dict) else {}


def id_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(str(v) for v in value if isinstance(v, str) and v))


def party_field(fields: Mapping[str, Any], party: str, key: str) -> str | None:
    """``fields[party][key]`` when it is text (records from other vaults may hold anything)."""
    value = fields.get(party)
    found = value.get(key) if isinstance(value, Mapping) else None
    return found if isinstance(found, str) and found else None


def text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def derive(
    movements: Sequence[tuple[str, str, Mapping[str, Any]]],
    handovers: Sequence[tuple[str, str, Mapping[str, Any]]],
) -> tuple[dict[str, Own], dict[str, Reconciliation]]:
    """The pure replay: ``(record_id, order key, fields)`` of movements and accepted handovers
    (for a movement the order key breaks ties between events at the same time; for a handover
    it is the whole order: the later key is the custodian, see :func:`acceptance`).

    Deterministic: the result depends only on the set given, never on its order.
    """
    events: list[tuple[str, str, int, str, Mapping[str, Any]]] = []
    recon: dict[str, Reconciliation] = {}
    for record_id, head, f in movements:
        recon[record_id] = Reconciliation()
        departed = text_or_none(f.get("departed_at"))
        if not departed:
            continue
        recon[record_id].status = "in_transit"
        recon[record_id].in_transit = True
        events.append((F.sort_time(departed), head, 0, record_id, f))
        received = text_or_none(f.get("received_at"))
        if received:
            events.append((F.sort_time(received), head, 1, record_id, f))
    # An acceptance is also an event, at its accepted_at: what a handed-over container holds
    # then is in the receiver's custody, and stays so when it is unpacked later. (Which
    # handover of an item wins is still decided by the acceptance's order key, below.)
    for record_id, head, f in handovers:
        accepted = text_or_none(f.get("accepted_at"))
        if accepted:
            events.append((F.sort_time(accepted), head, 2, record_id, f))
    departures = {e[3]: e[0] for e in events if e[2] == 0}

    # In one minute, what arrived (having left earlier) arrives before anything leaves: a leg
    # planned in advance that leaves in the minute the previous leg arrived must not have its
    # departure replayed before that arrival. A movement that leaves and arrives within the
    # minute (packing) keeps its departure before its reception. The rest of the minute
    # (departures, packings, acceptances) goes in the order it was written (the HLC): a
    # crate accepted, then unpacked within the minute, was the receiver's when unpacked.
    def order(e: tuple[str, str, int, str, Mapping[str, Any]]) -> tuple[Any, ...]:
        arrival = e[2] == 1 and departures[e[3]] < e[0]
        return (e[0], 0 if arrival else 1, e[1], e[2], e[3])

    events.sort(key=order)
    own: dict[str, Own] = {}
    contents: dict[str, dict[str, None]] = {}  # container -> items (insertion-ordered set)

    def state(item: str) -> Own:
        if item not in own:
            own[item] = Own()
        return own[item]

    def unpack(item: str, st: Own) -> None:
        if st.container is not None:
            contents.get(st.container, {}).pop(item, None)
            st.container = None

    def pack(item: str, st: Own, container: str) -> None:
        unpack(item, st)
        st.container = container
        contents.setdefault(container, {})[item] = None

    def holders(item: str) -> list[str]:
        """The containers holding ``item``, innermost first."""
        found: list[str] = []
        cur = own.get(item)
        while cur is not None and cur.container is not None and len(found) < _MAX_DEPTH:
            if cur.container in found:
                break
            found.append(cur.container)
            cur = own.get(cur.container)
        return found

    # Items a packing leaves where they are: a container packed into itself or into
    # something it holds would close a cycle, and everything in it would be nowhere.
    ignored: dict[str, set[str]] = {}

    def hand_over(key: str, receiver: str, handover: str, item: str) -> None:
        st = state(item)
        if st.custodian is None or key > st.custodian[0]:
            st.custodian = (key, receiver, handover)

    for at, head, phase, movement, f in events:
        if phase == 2:
            taker = str(party_field(f, "to_party", "fingerprint"))
            queue = id_list(f.get("items"))
            for _ in range(_MAX_DEPTH):
                queue = [inner for c in queue for inner in contents.get(c, {})]
                for inner in queue:
                    hand_over(head, taker, movement, inner)
            continue
        key = f"{at}|{head}|{phase}"
        to_location = text_or_none(f.get("to_location"))
        to_container = text_or_none(f.get("to_container"))
        if phase == 0 and to_container:
            around = set(holders(to_container)) | {to_container}
            ignored[movement] = {x for x in id_list(f.get("items")) if x in around}
        items = [x for x in id_list(f.get("items")) if x not in ignored.get(movement, ())]
        reason = f.get("reason")
        # An evacuation or a return marks what it moves (the latest such event counts).
        evac = (key, reason == "evacuation") if reason in ("evacuation", "return") else None
        r = recon[movement]
        if phase == 0:
            # What the movement expects: its items and, recursively, what containers hold now.
            expected = dict.fromkeys(items)
            queue = list(items)
            depth = 0
            while queue and depth < _MAX_DEPTH:
                nxt = []
                for c in queue:
                    for inner in contents.get(c, {}):
                        if inner not in expected:
                            expected[inner] = None
                            r.parent[inner] = c
                            nxt.append(inner)
                queue, depth = nxt, depth + 1
            r.expected = list(expected)
            listed = set(items)
            for item in items:
                st = state(item)
                # Listed together with a container it is in (the team scanned the crate and
                # what it holds): it travels inside that container and stays in it.
                carried = any(h in listed for h in holders(item))
                if carried and st.container is not None:
                    r.parent[item] = st.container
                st.depart(movement, to_location)
                if carried:
                    pass  # stays in its container
                elif to_container:
                    pack(item, st, to_container)
                    # Packed where it stands: a container no movement has placed yet is
                    # taken to be where the items were packed into it.
                    box = state(to_container)
                    from_location = text_or_none(f.get("from_location"))
                    if from_location and box.location is None and box.movement is None:
                        box.location = from_location
                else:
                    unpack(item, st)
                if evac is not None:
                    st.evac = evac
            continue
        # Reception.
        skip = ignored.get(movement, set())
        scanned = r.receive((x for x in id_list(f.get("received")) if x not in skip), items)
        got = set(r.received)
        for x in r.expected:
            st = state(x)
            if x in got:
                if x in items or (x in scanned and r.parent.get(x) not in got):
                    # Arrived itself (not inside a container that arrived).
                    st.settle(movement, to_location)
                    if x in r.parent and r.parent[x] not in got:
                        unpack(x, st)  # scanned loose: its container did not arrive
                continue
            st.settle(movement, None, missing=True)
            if r.parent.get(x) in got:
                unpack(x, st)  # its container arrived and was opened: it was not inside
        for x in r.extra:
            st = state(x)
            if evac is not None:
                st.evac = evac
            st.settle(movement, None if to_container else to_location)
            if to_container:
                pack(x, st, to_container)
            else:
                unpack(x, st)
    for record_id, head, f in handovers:
        key = head  # the acceptance's HLC and rev_id (rule 4: see the module docstring)
        receiver = party_field(f, "to_party", "fingerprint")
        for item in id_list(f.get("items")):
            hand_over(key, str(receiver), record_id, item)
    return own, recon


@dataclass(frozen=True)
class _Resolved:
    location: str | None
    container: str | None
    in_transit: bool
    missing: bool
    movement: str | None
    destination: str | None
    status: str | None
    custodian: str | None
    handover: str | None


def resolve(own: Mapping[str, Own], item: str) -> _Resolved:
    """An item's effective state: its own, then its containers' (innermost first)."""
    st = own[item]
    chain = [st]
    seen = {item}
    cur = st
    while cur.container is not None and cur.container not in seen and len(chain) < _MAX_DEPTH:
        seen.add(cur.container)
        cur = own.get(cur.container) or Own()
        chain.append(cur)
    outer = chain[-1]
    location = outer.location if len(chain) > 1 else st.location
    in_transit = any(c.in_transit for c in chain)
    missing = any(c.missing for c in chain)
    evacs = [c.evac for c in chain if c.evac is not None]
    evac = max(evacs)[1] if evacs else False
    custodians = [c.custodian for c in chain if c.custodian is not None]
    custodian = max(custodians) if custodians else None
    status = MISSING if missing else (EVACUATED if evac else None)
    destination = next((c.destination for c in chain if c.in_transit and c.destination), None)
    movement = next((c.movement for c in chain if c.in_transit), st.movement)
    return _Resolved(
        location=None if in_transit or missing else location,
        container=st.container,
        in_transit=in_transit and not missing,
        missing=missing,
        movement=movement,
        destination=destination if in_transit else None,
        status=status,
        custodian=custodian[1] if custodian else None,
        handover=custodian[2] if custodian else None,
    )


RECEPTION_FIELDS = ("received", "received_at", "received_by")


def record_view(heads: list[Revision], base: Revision | None) -> MergeView:
    """The automatic merge of a record's heads as every vault stores it and the archive shows
    it: :func:`~fieldkit.records.merge.merge_view`, and for a movement both teams' check-ins
    (:func:`merged_check_ins`). One rule for both, so they never show different views."""
    view = merge_view(heads, base)
    if heads[0].kind == F.MOVEMENT:
        if not view.needs_person:
            view = merged_check_ins(view, heads, base)
        elif view.deleted:
            view = arrival_kept(view, heads, base)
    return view


def arrival_kept(view: MergeView, heads: Sequence[Revision], base: Revision | None) -> MergeView:
    """A movement deleted on one side and checked in on another: a departure cancelled as a
    mistake (``Custody.cancel_departure``) in one vault while another vault received it. The
    conflict waits for a person (delete versus edit); until then the reception stands, in
    every vault whichever revision is newer: the items did arrive, and a cancellation written
    without knowing it must not send them back on paper. Other deletions are unchanged."""
    live = [h for h in heads if not h.deleted]
    received = [h for h in live if text_or_none(h.fields.get("received_at"))]
    if not received:
        return view
    kept = max(received, key=lambda r: (r.hlc, r.rev_id))
    shown = replace(
        view, fields=dict(kept.fields), media=[dict(m) for m in kept.media], deleted=False
    )
    return merged_check_ins(shown, live, base)


def merged_check_ins(
    view: MergeView, heads: Sequence[Revision], base: Revision | None
) -> MergeView:
    """The automatic merge of a movement edited in several vaults at once, for check-ins:
    ``received`` is the union of every head's (and the common ancestor's) — nothing found by
    either team is lost — and ``received_at`` / ``received_by`` are the earliest reception's.
    These fields are then not disputed. Deterministic: the same heads give the same view in
    every vault. (A check-in only adds; taking an item back out needs a person's merge.)"""
    ordered = sorted(heads, key=lambda r: (r.hlc, r.rev_id))
    received = dict.fromkeys(id_list(base.fields.get("received")) if base is not None else [])
    for head in ordered:
        received.update(dict.fromkeys(id_list(head.fields.get("received"))))
    receptions = sorted(
        (F.sort_time(str(h.fields["received_at"])), h.hlc, h.rev_id, h)
        for h in ordered
        if text_or_none(h.fields.get("received_at"))
    )
    fields = dict(view.fields)
    if received:
        fields["received"] = list(received)
    if receptions:
        first = receptions[0][3]
        fields["received_at"] = first.fields["received_at"]
        if first.fields.get("received_by"):
            fields["received_by"] = first.fields["received_by"]
        else:
            fields.pop("received_by", None)
    disputed = tuple(d for d in view.disputed if d not in RECEPTION_FIELDS)
    return replace(view, fields=fields, disputed=disputed)
