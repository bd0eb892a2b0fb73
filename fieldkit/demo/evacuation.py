"""An evacuation in progress for the demo vault (ICCROM First Aid to Cultural Heritage):
locations with codes, crates packed with the first objects to save, one movement received at
the temporary store with an object missing, one on the road, one crate waiting for its
permission, and a handover waiting for the store keeper's acceptance.

Deterministic for a given collection; dates are relative to now, so the movement on the road
left a few hours ago whenever the demo is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.crypto import age
from fieldkit.identity.card import IdentityCard, card_bytes, make_card, parse_card
from fieldkit.identity.own import OwnIdentity
from fieldkit.records import custody as C
from fieldkit.records.custody_queries import movement_status
from fieldkit.records.service import Records

LOCATIONS = (
    {"code": "MUS", "name": "National Museum, main building", "kind": "building"},
    {"code": "MUS-G1", "name": "Gallery 1 (ground floor)", "kind": "room", "parent": "MUS"},
    {"code": "MUS-SB", "name": "Storeroom B (basement)", "kind": "room", "parent": "MUS"},
    {"code": "MUS-SB-04", "name": "Storeroom B, shelf 4", "kind": "shelf", "parent": "MUS-SB"},
    {
        "code": "TS-1",
        "name": "Temporary store, university library",
        "kind": "temporary_store",
        "address": "University campus, library basement, door C",
        "coordinates": {"lat": 36.1911, "lon": 44.0092},
        "notes": "Key with the head librarian. Dehumidifier running since March.",
    },
    {"code": "VAN-1", "name": "White van (team 2)", "kind": "vehicle"},
)

CRATES = (
    ("C-001", "crate", ["fragile", "this_way_up"], "Ceramics and glass, padded"),
    ("C-002", "crate", ["fragile"], "Small bronzes and coins"),
    ("C-003", "box", ["keep_dry"], "Manuscripts in folders"),
    ("C-004", "crate", ["fragile", "heavy"], "Stone reliefs, wrapped"),
    ("C-005", "roll", ["keep_dry"], "Textiles rolled on tubes"),
    ("C-006", "crate", ["fragile", "this_way_up"], "Ceramics, second lot"),
)
PER_CRATE = 8


@dataclass(frozen=True)
class DemoEvacuation:
    locations: int
    containers: int
    movements: int
    handovers: int
    missing: str | None  # the object the reception did not find


def _store_keeper() -> IdentityCard:
    """A made-up receiver for the waiting handover (a fresh key: nobody holds it)."""
    keeper = OwnIdentity(
        name="Temporary store keeper",
        organisation="University library",
        role="field",
        signing_key=Ed25519PrivateKey.generate(),
        key_id=b"demo-key",
        transport_key=age.X25519Identity.generate(),
    )
    return parse_card(card_bytes(make_card(keeper)))


def _at(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def add_evacuation(records: Records, objects: Sequence[str]) -> DemoEvacuation | None:
    """Add the evacuation to the demo vault holding ``objects`` (ids); the first to save are
    packed. Needs at least six objects (else adds nothing and returns None)."""
    if len(objects) < 6:
        return None
    chain = C.Custody(records)
    db = records.db
    for values in LOCATIONS:
        chain.add_location(values)
    crates = []
    for code, kind, handling, description in CRATES:
        crates.append(
            chain.add_container(
                {"code": code, "kind": kind, "handling": handling, "description": description}
            ).record_id
        )
    # The first objects to save: by salvage priority, then inventory number.
    chosen = [
        str(r[0])
        for r in db.execute(
            "SELECT record_id FROM records WHERE kind = 'object' AND deleted = 0 "
            "ORDER BY salvage_priority NULLS LAST, inventory_number LIMIT ?",
            (PER_CRATE * len(CRATES),),
        )
    ]
    per_crate = max(1, min(PER_CRATE, len(chosen) // len(CRATES)))
    now = datetime.now(UTC)
    packed_at = now - timedelta(days=6)
    for n, crate in enumerate(crates):
        chain.move(
            chosen[n * per_crate : (n + 1) * per_crate],
            crate,
            from_location="MUS-SB",
            details={
                "departed_at": _at(packed_at + timedelta(minutes=20 * n)),
                "received_at": _at(packed_at + timedelta(minutes=20 * n)),
                "moved_by": "Packing team (R. Haddad, S. Yousif)",
            },
        )
    team = {
        "authorised_by": "Dr. Layla Hassan, director",
        "moved_by": "Omar Khalil, team leader",
        "team_size": 4,
    }
    first = chain.move(
        crates[:3],
        "TS-1",
        reason="evacuation",
        from_location="MUS",
        details={
            **team,
            "departed_at": _at(now - timedelta(days=5, hours=2)),
            "transport": "Museum truck, plate 4-28117, escorted",
        },
    ).record_id
    expected = movement_status(db, first).expected
    lost = expected[-1] if len(expected) > 4 else None
    chain.receive(
        first,
        [x for x in expected if x != lost],
        received_at=_at(now - timedelta(days=5)),
        received_by="Nadia Saleh, temporary store",
    )
    chain.move(
        crates[3:5],
        "TS-1",
        reason="evacuation",
        from_location="MUS",
        details={
            **team,
            "departed_at": _at(now - timedelta(hours=3)),
            "transport": "VAN-1, by the northern road",
        },
    )
    chain.move(
        crates[5:],
        "TS-1",
        reason="evacuation",
        from_location="MUS",
        depart=False,  # waits for its evacuation permission to be printed and signed
        details={**team, "notes": "Planned for tomorrow morning."},
    )
    chain.hand_over(
        crates[:3],
        _store_keeper(),
        {
            "handed_at": _at(now - timedelta(days=5) + timedelta(hours=1)),
            "place": "Temporary store, loading bay",
            "reference": "EP-" + first[:8].upper(),
            "condition_notes": "Crates sealed and dry; C-003 lid slightly dented.",
        },
    )
    return DemoEvacuation(
        locations=len(LOCATIONS),
        containers=len(crates),
        movements=len(crates) + 3,
        handovers=1,
        missing=lost,
    )

