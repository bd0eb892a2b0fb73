"""The demo vault shows an evacuation in progress, so a new user sees the feature at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldkit.demo.collection import generate
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody_handovers import handovers_waiting
from fieldkit.records.service import Records


def test_the_demo_holds_an_evacuation_in_progress(make_vault: Any, tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "demo", demo=True)
    generate(vault, 60, seed=11)
    db, records = vault.db, Records(vault)
    locations = records.list(F.LOCATION)
    assert {"building", "room", "shelf", "temporary_store", "vehicle"} <= {
        v.fields["kind"] for v in locations
    }
    store = next(v for v in locations if v.fields["kind"] == "temporary_store")
    assert store.fields["address"] and store.fields["coordinates"]
    crates = records.list(F.CONTAINER)
    assert len(crates) == 6 and all(C.contents(db, c.record_id) for c in crates)
    # One movement on the road, one received with exactly one object missing, one planned.
    on_road = C.movements_in_transit(db)
    assert len(on_road) == 1 and on_road[0].fields["reason"] == "evacuation"
    states = [C.movement_status(db, m.record_id) for m in records.list(F.MOVEMENT)]
    received = [s for s in states if s.state == "received" and s.fields.get("to_location")]
    assert len(received) == 1 and len(received[0].missing) == 1
    assert [s.state for s in states].count("planned") == 1
    missing = received[0].missing[0]
    assert C.where(db, missing).missing and records.get(missing).kind == F.OBJECT
    # A handover waits for the store keeper's acceptance.
    waiting = handovers_waiting(db)
    assert len(waiting) == 1 and waiting[0].fields["to_party"]["name"]
    overview = C.overview(db)
    assert overview.objects_in_transit == len(on_road[0].expected) - len(on_road[0].items)
    assert (overview.movements_in_transit, overview.movements_with_missing) == (1, 1)
    assert overview.handovers_waiting == 1
    # Every record the demo wrote is valid as a person would have typed it.
    for kind in F.CUSTODY_KINDS:
        for view in records.list(kind):
            assert F.clean_fields(kind, view.fields) == view.fields


def test_a_tiny_demo_has_no_evacuation(make_vault: Any, tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "demo", demo=True)
    generate(vault, 3, seed=11)
    assert Records(vault).count(F.MOVEMENT) == 0
