"""Chain of custody: where every object and container is, derived from movements and handovers.

SPEC §4 "Locations, containers, movements, handovers". Movements and handovers are ordinary
signed records; *where an item is* is never stored in a record but derived here from all the
movements and handovers the vault holds, whatever order they arrived in:

- Every departed movement is an event at ``departed_at``; a received one a second event at
  ``received_at``. Events are replayed oldest first; ties (times are typed to the minute, and
  packing then moving a crate happens within one) go to the movement created first (the HLC
  of its first revision), then to its ``rev_id``; a departure comes before its reception.
  So the latest event concerning an item decides where it is.
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
  container holding it). What counts is decided from the signed revisions alone (the same
  in every vault, whatever order they arrived in), never from the merged view
  (:func:`acceptance`):

  1. *The giver wrote it.* A handover's root (parentless) revision counts only when signed by
     its own ``from_party.fingerprint``, naming someone else as ``to_party`` and accepting
     nothing (the importer refuses any other root, like a forged revision).
  2. *The receiver signed it.* The acceptance is a revision signed by the key it names in
     ``accepted_by`` and ``to_party.fingerprint``, with ``accepted_at`` set, whose history
     (complete in this vault) holds a root written as in 1 by the giver the acceptance
     names (its ``from_party``), naming this receiver. A second root of the same record
     (another "original", whatever its HLC) cannot take that acceptance; a record has one
     root only for the revisions that descend from it.
  3. *What was accepted is what the receiver signed.* Items, parties and ``handed_at`` come
     from the accepting revision — never from a later edit or an automatic merge — and only
     the items the giver named in that history count (a receiver cannot add any).
  4. *Ordered by the acceptance.* Between handovers of the same item, the one accepted last
     by hybrid logical clock (then ``rev_id``) wins: the HLC is causal (an acceptance made
     after its receiver saw an earlier one is later), while ``handed_at`` and
     ``accepted_at`` are typed by people and may be back- or future-dated. Of several
     acceptances of one handover, the first (by HLC, then ``rev_id``) counts.

  The service refuses, once a handover is accepted, any change to ``items``, ``from_party``,
  ``to_party`` or ``handed_at``, and lets only the giver change them before.
- **Status**: an object's ``status`` field is what a person set. Its *custody status* is
  ``missing`` when the latest reception that expected it did not find it (or its container is
  missing), else ``evacuated`` when its latest evacuation or return movement (its own or its
  container's) was an evacuation, else none. The status lists filter and show (the ``records``
  view's ``status`` column, see :func:`apply_status`) is the person's ``on_loan``, ``stolen``
  or ``destroyed`` when set (a judgement no movement overrides), else the custody status when
  there is one, else the person's status.

The derived state lives in ``custody_where`` and ``custody_movements``, rewritten in the same
transaction as the revisions that change it (:func:`rebuild`); a bundle import defers the
rebuild to its end (:func:`deferred`). Nothing here imports Qt.

For the desktop app and the command line (all reads take the open vault's ``db``; none writes):

- :func:`where` (``Where``: location, container, in transit, missing, custodian, destination,
  custody status) · :func:`contents` of a container · :func:`at_location`;
- :func:`movement_status` (``MovementStatus``: expected, received, missing, extra, outside)
  · :func:`preview_reception` (the reconciliation a reception would write, by the same replay,
  not written: the live counts of a check-in, ``move receive --dry-run``) ·
  :func:`movements_in_transit` · :func:`movements_for` (an item's movement history);
- :func:`handover_state`, :func:`handovers`, :func:`handovers_waiting` (``me``: only those this
  vault must accept) · :func:`overview` (coordinator figures);
- writes through :class:`Custody`: ``add_location``, ``add_container``, ``move`` (depart, pack,
  or plan with ``depart=False``), ``depart``, ``receive`` (call it per scanned code; ``preview``
  gives its result unwritten), ``hand_over``, ``accept``. Each is one signed revision in one
  transaction.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from fieldkit import clock
from fieldkit.duplicates import links
from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.records import fields as F
from fieldkit.records.merge import MergeView
from fieldkit.records.revision import Revision
from fieldkit.vault.database import Connection

if TYPE_CHECKING:
    from fieldkit.identity.card import IdentityCard
    from fieldkit.records.service import Records, RecordView

# Person-set statuses that no movement overrides.
PERSON_ONLY_STATUSES = ("on_loan", "stolen", "destroyed")
EVACUATED = "evacuated"
MISSING = "missing"
_MAX_DEPTH = 16  # containers inside containers: deeper (or a cycle) is cut here

_deferred: set[int] = set()
_dirty: dict[int, set[str]] = {}


# --- derivation ----------------------------------------------------------------------------------


@dataclass
class _Own:
    """What an item's own events say (before following its container)."""

    location: str | None = None
    container: str | None = None
    in_transit: bool = False
    missing: bool = False
    movement: str | None = None
    destination: str | None = None
    evac: tuple[str, bool] | None = None  # (event key, evacuated?) of the latest evac/return
    custodian: tuple[str, str, str] | None = None  # (key, fingerprint, handover id)


@dataclass
class _Reconciliation:
    expected: list[str] = field(default_factory=list)
    parent: dict[str, str] = field(default_factory=dict)  # content -> its container then
    received: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)  # arrived, but not in its container
    in_transit: bool = False
    status: str = "planned"  # planned, in_transit, received

    def receive(self, scanned: Iterable[str]) -> set[str]:
        """The reception rule (SPEC §4): ``scanned`` is what the movement's ``received`` lists.
        A container that arrived with none of its contents scanned arrived sealed (they count
        as received); one with any content scanned was opened (the rest are missing). Sets
        received, missing, extra and outside; returns what was scanned, as a set."""
        self.in_transit = False
        self.status = "received"
        seen = dict.fromkeys(scanned)
        opened = {self.parent[x] for x in seen if x in self.parent}
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


def _loads(text: str) -> dict[str, Any]:
    value = json.loads(text)
    return value if isinstance(value, dict) else {}


def _ids(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(str(v) for v in value if isinstance(v, str) and v))


def party_field(fields: Mapping[str, Any], party: str, key: str) -> str | None:
    """``fields[party][key]`` when it is text (records from other vaults may hold anything)."""
    value = fields.get(party)
    found = value.get(key) if isinstance(value, Mapping) else None
    return found if isinstance(found, str) and found else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def derive(
    movements: Sequence[tuple[str, str, Mapping[str, Any]]],
    handovers: Sequence[tuple[str, str, Mapping[str, Any]]],
) -> tuple[dict[str, _Own], dict[str, _Reconciliation]]:
    """The pure replay: ``(record_id, order key, fields)`` of movements and accepted handovers
    (for a movement the order key breaks ties between events at the same time; for a handover
    it is the whole order: the later key is the custodian, see :func:`acceptance`).

    Deterministic: the result depends only on the set given, never on its order.
    """
    events: list[tuple[str, str, int, str, Mapping[str, Any]]] = []
    recon: dict[str, _Reconciliation] = {}
    for record_id, head, f in movements:
        recon[record_id] = _Reconciliation()
        departed = _str(f.get("departed_at"))
        if not departed:
            continue
        recon[record_id].status = "in_transit"
        recon[record_id].in_transit = True
        events.append((F.sort_time(departed), head, 0, record_id, f))
        received = _str(f.get("received_at"))
        if received:
            events.append((F.sort_time(received), head, 1, record_id, f))
    events.sort(key=lambda e: (e[0], e[1], e[2], e[3]))
    own: dict[str, _Own] = {}
    contents: dict[str, dict[str, None]] = {}  # container -> items (insertion-ordered set)

    def state(item: str) -> _Own:
        if item not in own:
            own[item] = _Own()
        return own[item]

    def unpack(item: str, st: _Own) -> None:
        if st.container is not None:
            contents.get(st.container, {}).pop(item, None)
            st.container = None

    def pack(item: str, st: _Own, container: str) -> None:
        if container == item:
            return  # a container cannot hold itself
        unpack(item, st)
        st.container = container
        contents.setdefault(container, {})[item] = None

    for at, head, phase, movement, f in events:
        key = f"{at}|{head}|{phase}"
        items = _ids(f.get("items"))
        to_location = _str(f.get("to_location"))
        to_container = _str(f.get("to_container"))
        reason = f.get("reason")
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
            for item in items:
                st = state(item)
                st.missing = False
                st.movement = movement
                st.in_transit = True
                st.location = None
                st.destination = to_location
                if to_container:
                    pack(item, st, to_container)
                    # Packed where it stands: a container no movement has placed yet is
                    # taken to be where the items were packed into it.
                    box = state(to_container)
                    from_location = _str(f.get("from_location"))
                    if from_location and box.location is None and box.movement is None:
                        box.location = from_location
                else:
                    unpack(item, st)
                if reason in ("evacuation", "return"):
                    st.evac = (key, reason == "evacuation")
            continue
        # Reception.
        scanned = r.receive(_ids(f.get("received")))
        got = set(r.received)
        for x in r.expected:
            st = state(x)
            if x in got:
                if x in items or (x in scanned and r.parent.get(x) not in got):
                    # Arrived itself (not inside a container that arrived).
                    st.in_transit = False
                    st.missing = False
                    st.location = to_location
                    st.destination = None
                    st.movement = movement
                    if x not in items:
                        unpack(x, st)  # scanned loose: its container did not arrive
                continue
            st.in_transit = False
            st.missing = True
            if r.parent.get(x) in got:
                unpack(x, st)  # its container arrived and was opened: it was not inside
            st.location = None
            st.destination = None
            st.movement = movement
        for x in r.extra:
            st = state(x)
            if reason in ("evacuation", "return"):
                st.evac = (key, reason == "evacuation")
            st.in_transit = False
            st.missing = False
            st.movement = movement
            st.destination = None
            if to_container:
                pack(x, st, to_container)
                st.location = None
            else:
                unpack(x, st)
                st.location = to_location
    for record_id, head, f in handovers:
        key = head  # the acceptance's HLC and rev_id (rule 4: see the module docstring)
        receiver = party_field(f, "to_party", "fingerprint")
        for item in _ids(f.get("items")):
            st = state(item)
            if st.custodian is None or key > st.custodian[0]:
                st.custodian = (key, str(receiver), record_id)
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


def _resolve(own: Mapping[str, _Own], item: str) -> _Resolved:
    """An item's effective state: its own, then its containers' (innermost first)."""
    st = own[item]
    chain = [st]
    seen = {item}
    cur = st
    while cur.container is not None and cur.container not in seen and len(chain) < _MAX_DEPTH:
        seen.add(cur.container)
        cur = own.get(cur.container) or _Own()
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


def merged_check_ins(
    view: MergeView, heads: Sequence[Revision], base: Revision | None
) -> MergeView:
    """The automatic merge of a movement edited in several vaults at once, for check-ins:
    ``received`` is the union of every head's (and the common ancestor's) — nothing found by
    either team is lost — and ``received_at`` / ``received_by`` are the earliest reception's.
    These fields are then not disputed. Deterministic: the same heads give the same view in
    every vault. (A check-in only adds; taking an item back out needs a person's merge.)"""
    ordered = sorted(heads, key=lambda r: (r.hlc, r.rev_id))
    received = dict.fromkeys(_ids(base.fields.get("received")) if base is not None else [])
    for head in ordered:
        received.update(dict.fromkeys(_ids(head.fields.get("received"))))
    receptions = sorted(
        (F.sort_time(str(h.fields["received_at"])), h.hlc, h.rev_id, h)
        for h in ordered
        if _str(h.fields.get("received_at"))
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


# The terms of a handover its receiver signs, and the acceptance itself (rule 3).
HANDOVER_TERMS = ("items", "from_party", "to_party", "handed_at")
ACCEPTED_TERMS = (*HANDOVER_TERMS, "accepted_at", "accepted_by", "acceptance_notes")


def handover_accepted(db: Connection, record_id: str, f: Mapping[str, Any] | None = None) -> bool:
    """Accepted by its receiver, by the rules of the module docstring (``f``, the merged view,
    is not what decides)."""
    return acceptance(db, record_id) is not None


@dataclass(frozen=True)
class Acceptance:
    """A handover as its receiver accepted it: the accepting revision and the terms it signed."""

    rev_id: str
    hlc: str
    giver: str  # the fingerprint that wrote (signed) the handover's root
    fields: dict[str, Any]  # the accepting revision's fields; ``items`` only those the giver named


def root_problem(fields: Mapping[str, Any], author: str) -> str | None:
    """Why a handover's root (parentless) revision cannot count, or None (rule 1)."""
    giver = party_field(fields, "from_party", "fingerprint")
    # Phrases that finish "Revision … starts a handover but {problem}." (the importer's refusal),
    # translated where that sentence is shown.
    if giver != author:
        return message(QT_TRANSLATE_NOOP("errors", "is not signed by the giver it names"))
    if party_field(fields, "to_party", "fingerprint") in (None, giver):
        return message(QT_TRANSLATE_NOOP("errors", "does not name another receiver"))
    if fields.get("accepted_at") or fields.get("accepted_by"):
        return message(QT_TRANSLATE_NOOP("errors", "accepts itself"))
    return None


def acceptance(db: Connection, record_id: str) -> Acceptance | None:
    """The acceptance that counts for a handover (rules 1-4 of the module docstring), or None
    while it is not accepted. Reads only the record's signed revisions, so every vault holding
    the same revisions gets the same answer."""
    revs: dict[str, dict[str, Any]] = {}
    for rev_id, author, hlc, canonical in db.execute(
        "SELECT rev_id, author, hlc, canonical FROM revisions WHERE record_id = ?", (record_id,)
    ):
        content = json.loads(bytes(canonical))
        if content.get("kind") != F.HANDOVER:
            continue
        fields = content.get("fields")
        revs[str(rev_id)] = {
            "author": str(author),
            "hlc": str(hlc),
            "parents": [str(p) for p in content.get("parents") or ()],
            "fields": fields if isinstance(fields, dict) else {},
            "deleted": bool(content.get("deleted")),
        }
    candidates = sorted(
        (r["hlc"], rev_id)
        for rev_id, r in revs.items()
        if not r["deleted"]
        and _str(r["fields"].get("accepted_at"))
        and r["fields"].get("accepted_by") == r["author"]
        and party_field(r["fields"], "to_party", "fingerprint") == r["author"]
    )
    for hlc, rev_id in candidates:
        accepting = revs[rev_id]
        history, queue, complete = {rev_id}, [rev_id], True
        while queue:
            for parent in revs[queue.pop()]["parents"]:
                if parent not in revs:
                    complete = False  # history incomplete: not accepted (yet) here
                elif parent not in history:
                    history.add(parent)
                    queue.append(parent)
        giver = party_field(accepting["fields"], "from_party", "fingerprint")
        if (
            not complete
            or giver is None
            or not any(
                not revs[h]["parents"]
                and revs[h]["author"] == giver
                and root_problem(revs[h]["fields"], giver) is None
                and party_field(revs[h]["fields"], "to_party", "fingerprint") == accepting["author"]
                for h in history
            )
        ):
            continue
        named: set[str] = set()
        for h in history:
            if revs[h]["author"] == giver:
                named.update(_ids(revs[h]["fields"].get("items")))
        terms = dict(accepting["fields"])
        terms["items"] = [i for i in _ids(terms.get("items")) if i in named]
        return Acceptance(rev_id, hlc, giver, terms)
    return None


def _links_of(kind: str, f: Mapping[str, Any]) -> set[str]:
    """The items a movement or handover concerns (what ties it to other movements)."""
    out = set(_ids(f.get("items")))
    if kind == F.MOVEMENT:
        out.update(_ids(f.get("received")))
        container = _str(f.get("to_container"))
        if container:
            out.add(container)
    return out


def _chunked(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    chunk: list[str] = []
    for value in values:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _component(
    db: Connection,
    seeds: Iterable[str],
    override: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[set[str], dict[str, tuple[Any, ...]]]:
    """Every item and every movement or handover connected to ``seeds`` (record ids) through
    the items they share: the only part of the chain a change to ``seeds`` can affect. Returns
    (items, {record id: (kind, head_rev, fields, in_conflict, deleted)}). ``override``: fields
    to take instead of those stored, for some records (a reception not written yet)."""
    override = override or {}
    items: set[str] = set()
    found: dict[str, tuple[Any, ...]] = {}
    frontier = set(seeds)
    while frontier:
        new_items: set[str] = set()
        for chunk in _chunked(sorted(frontier)):
            marks = ",".join("?" * len(chunk))
            for (item,) in db.execute(
                f"SELECT item_id FROM custody_links WHERE record_id IN ({marks})",  # noqa: S608
                chunk,
            ):
                new_items.add(str(item))
            for rid, kind, head, fj, conflict, deleted in db.execute(
                "SELECT record_id, kind, head_rev, fields, in_conflict, deleted "  # noqa: S608
                f"FROM records WHERE record_id IN ({marks}) AND kind IN ('movement', 'handover')",
                chunk,
            ):
                # A conflict's view already merges check-ins.
                f = dict(override[rid]) if rid in override else _loads(fj)
                found[str(rid)] = (kind, head, f, conflict, deleted)
                if not deleted:
                    new_items |= _links_of(kind, f)
        if new_items and links.any_links(db):
            # An object merged into another is the same item (fieldkit.duplicates.links).
            new_items |= links.aliases(db, new_items)
        new_items -= items
        items |= new_items
        frontier = set()
        for chunk in _chunked(sorted(new_items)):
            marks = ",".join("?" * len(chunk))
            for (rid,) in db.execute(
                f"SELECT record_id FROM custody_links WHERE item_id IN ({marks})",  # noqa: S608
                chunk,
            ):
                if str(rid) not in found:
                    frontier.add(str(rid))
    return items, found


def _replay(
    db: Connection,
    seeds: Iterable[str],
    override: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[set[str], dict[str, tuple[Any, ...]], dict[str, _Own], dict[str, _Reconciliation]]:
    """The replay of what ``seeds`` (movement and handover ids) are connected to, as
    :func:`derive` computes it: what :func:`rebuild` writes, and what a reception not written
    yet would give (``override``: those records' fields as they would be). Writes nothing."""
    items, found = _component(db, seeds, override)
    live = {rid: v for rid, v in found.items() if not v[4]}
    # Movements and handovers that list an object merged into another count as the canonical
    # object's (fieldkit.duplicates.links); their records keep the ids as written.
    same = links.canonical_map(db, items) if links.any_links(db) else {}
    movements = [
        (rid, f"{_first_hlc(db, rid)}|{head}", _canonical_items(f, same))
        for rid, (kind, head, f, _, _) in live.items()
        if kind == F.MOVEMENT
    ]
    # Handovers by what their receiver signed, ordered by the acceptance (rules 3 and 4 of the
    # module docstring), never by the merged view or a typed handed_at.
    handovers = []
    for rid, (kind, _, _, _, _) in live.items():
        accepted = acceptance(db, rid) if kind == F.HANDOVER else None
        if accepted is not None:
            handovers.append(
                (rid, f"{accepted.hlc}|{accepted.rev_id}", _canonical_items(accepted.fields, same))
            )
    own, recon = derive(movements, handovers)
    return items, found, own, recon


def _canonical_items(f: Mapping[str, Any], same: Mapping[str, str]) -> Mapping[str, Any]:
    """``f`` with the item ids of merged objects replaced by their canonical objects' ids."""
    if not same:
        return f
    out = dict(f)
    for name in ("items", "received"):
        if isinstance(out.get(name), list):
            out[name] = list(dict.fromkeys(same.get(i, i) for i in _ids(out[name])))
    container = _str(out.get("to_container"))
    if container is not None and container in same:
        out["to_container"] = same[container]
    return out


def rebuild(db: Connection, record_ids: Iterable[str] | None = None) -> None:
    """Bring the derived tables up to date after movements or handovers changed (inside the
    caller's transaction), and the status column of the objects whose custody status changed.

    ``record_ids``: the movements and handovers that changed; only what is connected to them
    (through shared items and containers) is replayed and rewritten, so one check-in in a
    vault of 100,000 objects costs what its crates hold. None: everything.
    """
    if record_ids is None:
        seeds = [
            str(r[0])
            for r in db.execute(
                "SELECT record_id FROM records WHERE kind IN ('movement', 'handover')"
            )
        ]
        seeds += [str(r[0]) for r in db.execute("SELECT DISTINCT record_id FROM custody_links")]
    else:
        seeds = list(record_ids)
    items, found, own, recon = _replay(db, seeds)
    # The links of the records replayed, as their fields now say.
    for chunk in _chunked(sorted(found)):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM custody_links WHERE record_id IN ({marks})", chunk)  # noqa: S608
    db.executemany(
        "INSERT OR IGNORE INTO custody_links (record_id, item_id) VALUES (?, ?)",
        [
            (rid, item)
            for rid, (kind, _, f, _, deleted) in sorted(found.items())
            if not deleted
            for item in sorted(_links_of(kind, f))
        ],
    )
    names: dict[str, str] = {}
    rows: dict[str, tuple[Any, ...]] = {}
    for item in own:
        res = _resolve(own, item)
        if res.custodian and res.custodian not in names:
            names[res.custodian] = _party_name(db, res.custodian, res.handover)
        rows[item] = (
            item,
            res.location,
            res.container,
            int(res.in_transit),
            int(res.missing),
            res.movement,
            res.destination,
            res.status,
            res.custodian,
            names.get(res.custodian or ""),
            res.handover,
        )
    before: dict[str, tuple[Any, ...]] = {}
    for chunk in _chunked(sorted(items | set(own))):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT * FROM custody_where WHERE item_id IN ({marks})",  # noqa: S608
            chunk,
        ):
            before[str(row[0])] = tuple(row)
    gone = [i for i in before if i not in rows]
    db.executemany("DELETE FROM custody_where WHERE item_id = ?", [(i,) for i in gone])
    db.executemany(
        "INSERT OR REPLACE INTO custody_where VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row for item, row in rows.items() if before.get(item) != row],
    )
    db.executemany(
        "DELETE FROM custody_movements WHERE movement_id = ?",
        [(rid,) for rid, v in found.items() if v[0] == F.MOVEMENT and rid not in recon],
    )
    db.executemany(
        "INSERT OR REPLACE INTO custody_movements VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                mid,
                json.dumps(r.expected),
                json.dumps(r.received),
                json.dumps(r.missing),
                json.dumps(r.extra),
                int(r.in_transit),
                r.status,
                json.dumps(r.outside),
            )
            for mid, r in recon.items()
        ],
    )
    changed = [
        i
        for i in set(before) | set(rows)
        if (before[i][7] if i in before else None) != (rows[i][7] if i in rows else None)
    ]
    apply_status(db, changed, known=True)


def _first_hlc(db: Connection, record_id: str) -> str:
    row = db.execute("SELECT min(hlc) FROM revisions WHERE record_id = ?", (record_id,)).fetchone()
    return str(row[0] or "") if row else ""


def _party_name(db: Connection, fingerprint: str, handover: str | None) -> str:
    """The custodian's name: the local name from the trust store, else the handover's claim."""
    row = db.execute("SELECT name FROM trust WHERE fingerprint = ?", (fingerprint,)).fetchone()
    if row is not None:
        return str(row[0])
    from fieldkit.identity import own as own_identity

    try:
        me = own_identity.load(db)
    except Exception:
        me = None
    if me is not None and me.fingerprint == fingerprint:
        return me.name
    if handover:
        row = db.execute("SELECT fields FROM records WHERE record_id = ?", (handover,)).fetchone()
        if row is not None:
            party = _loads(row[0]).get("to_party") or {}
            if isinstance(party, Mapping) and isinstance(party.get("name"), str):
                return str(party["name"])
    return ""


_STATUS_SQL = (
    "UPDATE records SET status = CASE "
    "WHEN json_extract(fields, '$.status') IN ('on_loan', 'stolen', 'destroyed') "
    "THEN json_extract(fields, '$.status') "
    "ELSE COALESCE((SELECT w.status FROM custody_where w WHERE w.item_id = records.record_id), "
    "json_extract(fields, '$.status')) END "
    "WHERE record_id = ? AND kind = 'object'"
)


def apply_status(db: Connection, record_ids: Iterable[str], *, known: bool = False) -> None:
    """Bring the status column of these objects' view rows in line with their custody status.

    ``known``: the caller knows these ids have (or had) a custody row; otherwise ids without
    one are skipped (their column already shows the person's status).
    """
    for record_id in record_ids:
        if (
            not known
            and not db.execute(
                "SELECT 1 FROM custody_where WHERE item_id = ?", (record_id,)
            ).fetchone()
        ):
            continue
        db.execute(_STATUS_SQL, (record_id,))


def after_store(db: Connection, kind: str, record_ids: Iterable[str]) -> None:
    """Called by the records storage after revisions of ``kind`` changed these records' views
    (inside the same transaction)."""
    if kind in (F.MOVEMENT, F.HANDOVER):
        if id(db) in _deferred:
            _dirty.setdefault(id(db), set()).update(record_ids)
        else:
            rebuild(db, record_ids)
    elif kind == F.OBJECT:
        apply_status(db, record_ids)
        links.objects_stored(db, record_ids)
    elif kind == F.DUPLICATE_DECISION:
        links.after_store(db)


def items_relinked(db: Connection, item_ids: Iterable[str]) -> None:
    """Objects were merged into others, or a merge was undone (fieldkit.duplicates.links):
    replay the movements and handovers that list any of them (same transaction). Their rows
    are cleared first: an object that leaves a merge group keeps no row derived from the
    movements of the records that were merged with it."""
    item_ids = set(item_ids)
    for chunk in _chunked(sorted(item_ids)):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM custody_where WHERE item_id IN ({marks})", chunk)  # noqa: S608
    apply_status(db, item_ids, known=True)
    seeds: set[str] = set()
    for chunk in _chunked(sorted(item_ids)):
        marks = ",".join("?" * len(chunk))
        seeds.update(
            str(r[0])
            for r in db.execute(
                f"SELECT record_id FROM custody_links WHERE item_id IN ({marks})",  # noqa: S608
                chunk,
            )
        )
    if not seeds:
        return
    if id(db) in _deferred:
        _dirty.setdefault(id(db), set()).update(seeds)
    else:
        rebuild(db, seeds)


@contextlib.contextmanager
def deferred(db: Connection) -> Iterator[None]:
    """Within: movement and handover revisions stored through ``db`` are collected instead of
    replayed one by one; on a normal exit what they touch is replayed once (bulk imports).
    Duplicate decisions likewise (their links are derived once, before the replay)."""
    key = id(db)
    _deferred.add(key)
    _dirty.pop(key, None)
    links.defer(db)
    try:
        yield
        links.finish(db, ok=True)
        if _dirty.get(key):
            rebuild(db, _dirty[key])
    finally:
        links.finish(db, ok=False)
        _deferred.discard(key)
        _dirty.pop(key, None)


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A location or container as shown: its id, code and name (empty when unknown here)."""

    id: str
    code: str
    name: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "code": self.code, "name": self.name}


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
    state: str  # planned, in_transit, received
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
class HandoverState:
    id: str
    fields: dict[str, Any]
    accepted: bool
    waiting_for_me: bool  # not accepted, and this vault is the receiver
    giver_fingerprint: str | None  # the author of the handover's first revision

    def to_json(self) -> dict[str, Any]:
        data = dict(self.fields)
        data.update(
            {
                "id": self.id,
                "accepted": self.accepted,
                "waiting_for_me": self.waiting_for_me,
                "giver_fingerprint": self.giver_fingerprint,
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

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


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


def contents(db: Connection, container_id: str) -> list[str]:
    """The items directly inside a container now (objects and containers), by id."""
    return [
        str(r[0])
        for r in db.execute(
            "SELECT w.item_id FROM custody_where w LEFT JOIN records r ON r.record_id = w.item_id "
            "WHERE w.container_id = ? ORDER BY r.inventory_number, w.item_id",
            (container_id,),
        )
    ]


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


def movement_status(db: Connection, movement_id: str) -> MovementStatus:
    """A movement's reconciliation. Raises KeyError if no such movement is in the vault."""
    row = db.execute(
        "SELECT r.fields, c.expected, c.received, c.missing, c.extra, c.status, c.outside "
        "FROM records r LEFT JOIN custody_movements c ON c.movement_id = r.record_id "
        "WHERE r.record_id = ? AND r.kind = 'movement'",
        (movement_id,),
    ).fetchone()
    if row is None:
        raise KeyError(movement_id)
    f = _loads(row[0])
    items = _ids(f.get("items"))
    if row[1] is None or row[5] == "planned":
        expected = list(items)
        for item in items:
            expected += [c for c in contents(db, item) if c not in expected]
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
    current = _loads(row[0])
    _check_receivable(current, bool(row[1]))
    changes = _reception_changes(
        db, movement_id, current, received, everything, received_at, received_by
    )
    after = dict(current)
    for name, value in changes.items():
        cleaned = F.clean_value(F.MOVEMENT, name, value)
        if cleaned is None:
            after.pop(name, None)
        else:
            after[name] = cleaned
    _check_items(db, _ids(after.get("received")))
    F.check_record(F.MOVEMENT, after)
    r = _replay(db, [movement_id], {movement_id: after})[3][movement_id]
    return MovementStatus(
        movement_id,
        after,
        r.status,
        _ids(after.get("items")),
        r.expected,
        r.received,
        r.missing,
        r.extra,
        r.outside,
    )


def _check_receivable(fields: Mapping[str, Any], deleted: bool) -> None:
    if deleted:
        raise CustodyError(QT_TRANSLATE_NOOP("errors", "This movement was deleted."))
    if not fields.get("departed_at"):
        raise CustodyError(
            QT_TRANSLATE_NOOP("errors", "This movement has not departed yet; nothing can arrive.")
        )


def _reception_changes(
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
    found = dict.fromkeys(_ids(current.get("received")))
    arrived = list(received)
    if everything:
        arrived += movement_status(db, movement_id).expected
    found.update(dict.fromkeys(_as_listed(db, current, arrived)))
    changes: dict[str, Any] = {"received": list(found) or None}
    changes["received_at"] = current.get("received_at") or received_at or now_text()
    changes["received_by"] = current.get("received_by") or received_by
    return changes


def _as_listed(db: Connection, current: Mapping[str, Any], arrived: Sequence[str]) -> list[str]:
    """``arrived`` with each id of an object merged with one the movement lists (a scanned
    label resolves to the canonical object) written as the movement lists it: undoing the
    merge then leaves the reception as it was scanned, item by item."""
    if not links.any_links(db):
        return list(arrived)
    listed = _ids(current.get("items"))
    out = []
    for item in arrived:
        if item not in listed:
            group = links.aliases(db, [item])
            item = next((i for i in listed if i in group), item)
        out.append(item)
    return out


def _check_items(db: Connection, ids: Sequence[str]) -> None:
    """Each id an object or container of this vault (as the movement's ``received`` must be)."""
    known: set[str] = set()
    for chunk in _chunked(ids):
        marks = ",".join("?" * len(chunk))
        known.update(
            str(r[0])
            for r in db.execute(
                f"SELECT record_id FROM records WHERE record_id IN ({marks}) "  # noqa: S608
                "AND kind IN ('object', 'container')",
                chunk,
            )
        )
    if any(i not in known for i in ids):  # as Records.edit refuses it
        raise F.ValidationError(
            "received",
            message(
                QT_TRANSLATE_NOOP("errors", "{field}: {problem}"),
                field="received",
                problem=message(
                    QT_TRANSLATE_NOOP(
                        "errors", "No object or container has this id, inventory number or code."
                    )
                ),
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "An item is an object (`fieldkit object list`) or a container "
                "(`fieldkit container list`).",
            ),
        )


def _departure_key(db: Connection, m: MovementStatus) -> tuple[str, str, str]:
    """Movements in the order the replay takes them."""
    return (F.sort_time(str(m.fields.get("departed_at", ""))), _first_hlc(db, m.id), m.id)


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


def handover_state(db: Connection, handover_id: str, me: str | None = None) -> HandoverState:
    """A handover and whether it is accepted. Raises KeyError if it is not in the vault."""
    row = db.execute(
        "SELECT fields FROM records WHERE record_id = ? AND kind = 'handover'", (handover_id,)
    ).fetchone()
    if row is None:
        raise KeyError(handover_id)
    f = _loads(row[0])
    accepted = acceptance(db, handover_id)
    if accepted is not None:
        # What the receiver signed, not what later edits or a merge show (rule 3).
        for k in ACCEPTED_TERMS:
            if k in accepted.fields:
                f[k] = accepted.fields[k]
            else:
                f.pop(k, None)
        return HandoverState(handover_id, f, True, False, accepted.giver)
    receiver = party_field(f, "to_party", "fingerprint")
    first = db.execute(
        "SELECT r.author FROM revisions r WHERE r.record_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM revision_parents p WHERE p.rev_id = r.rev_id) ORDER BY r.hlc LIMIT 1",
        (handover_id,),
    ).fetchone()
    return HandoverState(
        handover_id,
        f,
        False,
        bool(me) and receiver == me,
        str(first[0]) if first else None,
    )


def handovers(db: Connection, me: str | None = None) -> list[HandoverState]:
    """Every handover, oldest first."""
    rows = db.execute(
        "SELECT record_id FROM records WHERE kind = 'handover' AND deleted = 0 ORDER BY hlc"
    ).fetchall()
    return [handover_state(db, str(r[0]), me) for r in rows]


def handovers_waiting(db: Connection, me: str | None = None) -> list[HandoverState]:
    """Handovers not accepted yet (``me`` given: only those this vault's identity receives)."""
    return [h for h in handovers(db, me) if not h.accepted and (me is None or h.waiting_for_me)]


def overview(db: Connection) -> Overview:
    """Coordinator figures: objects in transit/missing/evacuated, movements in transit or
    with missing items, handovers waiting for acceptance."""

    def count(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    # CROSS JOIN keeps SQLite from walking every object: the custody rows are the few.
    objects = (
        "SELECT count(*) FROM custody_where w CROSS JOIN records r ON r.record_id = w.item_id "
        "AND r.kind = 'object' AND r.deleted = 0 WHERE "
    )
    return Overview(
        objects_in_transit=count(objects + "w.in_transit = 1"),
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


# --- writing -------------------------------------------------------------------------------------


class CustodyError(FieldKitError):
    default_hint = QT_TRANSLATE_NOOP(
        "errors", "Check the ids and codes (`fieldkit where ITEM`, `fieldkit move show ID`)."
    )


def now_text() -> str:
    """Now, as the date-time fields store it (UTC, to the second)."""
    return clock.now()


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
    ) -> RecordView:
        """A movement of ``items`` (objects and containers, as typed) to a location, or into
        a container (packing: departed and received at once, nothing travels). ``depart``
        False plans it (no ``departed_at``: the evacuation permission is printed for it first).
        """
        values: dict[str, Any] = dict(details or {})
        kind, target = self.destination(to)
        values["items"] = list(items)
        values["to_location" if kind == F.LOCATION else "to_container"] = target
        if from_location:
            values["from_location"] = from_location
        elif kind == F.CONTAINER or "from_location" not in values:
            here = self._common_location(items)
            if here is not None:
                values.setdefault("from_location", here)
        if reason:
            values["reason"] = reason
        values.setdefault("reason", "packing" if kind == F.CONTAINER else "other")
        values.setdefault("moved_by", self.records.identity.name)
        if depart:
            values.setdefault("departed_at", now_text())
            if kind == F.CONTAINER:
                values.setdefault("received_at", values["departed_at"])
                values.setdefault("received", list(items))
                values.setdefault("received_by", self.records.identity.name)
        return self.records.create(F.MOVEMENT, values)

    def _common_location(self, items: Sequence[str]) -> str | None:
        found = set()
        for typed in items:
            try:
                item = self.records.resolve_item(typed)
            except FieldKitError:
                return None
            w = where(self.db, item)
            found.add(w.location.id if w.location else None)
        return found.pop() if len(found) == 1 else None

    def depart(self, movement: str, departed_at: str | None = None) -> RecordView:
        """A planned movement leaves now (or at ``departed_at``)."""
        view = self.records.get(movement, F.MOVEMENT)
        if view.fields.get("departed_at"):
            raise CustodyError(QT_TRANSLATE_NOOP("errors", "This movement has already departed."))
        return self.records.edit(view.record_id, {"departed_at": departed_at or now_text()})

    def receive(
        self,
        movement: str,
        items: Sequence[str] = (),
        *,
        everything: bool = False,
        received_at: str | None = None,
        received_by: str | None = None,
    ) -> MovementStatus:
        """Record what arrived (typed or scanned codes); may be called again as more is
        scanned, and adds to what was received. ``everything``: all that was expected.
        Raises CustodyError when the movement has not departed. :meth:`preview` gives the
        same result without writing."""
        view = self.records.get(movement, F.MOVEMENT)
        _check_receivable(view.fields, view.deleted)  # concurrent check-ins already merged
        found = [self.records.resolve_item(typed) for typed in items]
        changes = _reception_changes(
            self.db,
            view.record_id,
            view.fields,
            found,
            everything,
            received_at,
            received_by or self.records.identity.name,
        )
        self.records.edit(view.record_id, changes)
        return movement_status(self.db, view.record_id)

    def preview(
        self,
        movement: str,
        items: Sequence[str] = (),
        *,
        everything: bool = False,
        received_at: str | None = None,
        received_by: str | None = None,
    ) -> MovementStatus:
        """What :meth:`receive` with the same arguments would write, without writing it
        (:func:`preview_reception`); raises what it would raise."""
        view = self.records.get(movement, F.MOVEMENT)
        _check_receivable(view.fields, view.deleted)
        found = [self.records.resolve_item(typed) for typed in items]
        return preview_reception(
            self.db,
            view.record_id,
            found,
            everything=everything,
            received_at=received_at,
            received_by=received_by or self.records.identity.name,
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
        values["items"] = list(items)
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
        values.setdefault("handed_at", now_text())
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
            "accepted_at": extra.get("accepted_at") or now_text(),
            "accepted_by": self.me,
            "acceptance_notes": extra.get("acceptance_notes"),
        }
        self.records.edit(view.record_id, changes)
        return handover_state(self.db, view.record_id, self.me)
