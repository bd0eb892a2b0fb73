"""Packing never takes an object off a truck, and takes it out of another crate only when asked
(r10 UI trial #1: packing 30 objects re-assigned objects in transit to a new crate, silently).
The rule is the core's: `fieldkit move … --to CRATE` refuses, `--move` takes them out."""

from __future__ import annotations

import json
from typing import Any

import pytest


def _add(cli: Any, what: str, data: dict[str, Any]) -> str:
    r = cli(what, "add", "--json", "-", stdin=json.dumps(data))
    assert r.code == 0, r.err
    return str(r.json["id"])


def _contents(cli: Any, item: str) -> str | None:
    where = cli("where", item, "--json").json
    return where["container"]["code"] if where["container"] else None


@pytest.fixture
def crates(cli: Any) -> Any:
    """C-001 on its way to TS-1 with A-0; C-002 at the museum with B-0; an empty C-100."""
    _add(cli, "location", {"code": "MUS", "name": "Museum", "kind": "building"})
    _add(cli, "location", {"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    for code in ("C-001", "C-002", "C-100"):
        _add(cli, "container", {"code": code, "kind": "crate"})
    for number in ("A-0", "B-0", "D-0"):
        _add(cli, "object", {"inventory_number": number, "title": "Bowl"})
    assert cli("move", "A-0", "--to", "C-001", "--from", "MUS").code == 0
    assert cli("move", "B-0", "--to", "C-002", "--from", "MUS").code == 0
    assert cli("move", "C-001", "--to", "TS-1", "--reason", "evacuation").code == 0
    return cli


def test_an_object_packed_elsewhere_is_moved_only_with_move(crates: Any) -> None:
    cli = crates
    refused = cli("move", "B-0", "D-0", "--to", "C-100")
    assert refused.code != 0
    assert "already packed in C-002" in refused.err and "--move" in refused.err
    assert _contents(cli, "B-0") == "C-002" and _contents(cli, "D-0") is None

    moved = cli("move", "B-0", "D-0", "--to", "C-100", "--move")
    assert moved.code == 0, moved.err
    assert _contents(cli, "B-0") == "C-100" and _contents(cli, "D-0") == "C-100"


def test_an_object_in_transit_is_never_packed_elsewhere(crates: Any) -> None:
    cli = crates
    for extra in ((), ("--move",)):
        refused = cli("move", "A-0", "D-0", "--to", "C-100", *extra)
        assert refused.code != 0
        assert "in transit (A-0)" in refused.err and "check it in" in refused.err
    assert _contents(cli, "A-0") == "C-001" and _contents(cli, "D-0") is None
    assert cli("where", "A-0", "--json").json["in_transit"] is True


def test_an_inventory_number_typed_in_another_case_is_found_when_one_record_has_it(
    crates: Any,
) -> None:
    """r10 UI trial #3: « mcp 1980.6 » typed by hand from a label was "not found"."""
    cli = crates
    where = cli("where", "b-0", "--json")
    assert where.code == 0, where.err
    assert where.json["container"]["code"] == "C-002"
    r = cli("move", "d-0", "--to", "c-100", "--json")
    assert r.code == 0, r.err
    assert _contents(cli, "D-0") == "C-100"
    moving = cli("move", "C-002", "--to", "TS-1", "--reason", "evacuation", "--json")
    received = cli("move", "receive", moving.json["id"], "b-0", "--json")
    assert received.code == 0, received.err
    assert received.json["received"] == [cli("where", "B-0", "--json").json["id"]]


def test_a_number_two_records_share_in_different_cases_is_not_guessed(crates: Any) -> None:
    cli = crates
    lower = _add(cli, "object", {"inventory_number": "ab-1", "title": "Cup"})
    upper = _add(cli, "object", {"inventory_number": "AB-1", "title": "Cup"})
    assert cli("where", "ab-1", "--json").json["id"] == lower  # as typed: exact
    assert cli("where", "AB-1", "--json").json["id"] == upper
    assert cli("where", "Ab-1", "--json").code != 0  # two answer: neither is chosen


def test_nothing_is_packed_into_a_container_on_a_truck(crates: Any) -> None:
    """r11 review #1: D-0, on the shelf at the museum, packed into C-001 (on its way to TS-1) was
    recorded "in transit to TS-1", and the reception would have found it where it never went."""
    cli = crates
    for extra in ((), ("--move",)):
        refused = cli("move", "D-0", "--to", "C-001", *extra)
        assert refused.code != 0
        assert "C-001 is in transit" in refused.err and "check it in" in refused.err
    where = cli("where", "D-0", "--json").json
    assert where["in_transit"] is False and where["container"] is None
    # Checked in at its destination, the crate takes objects again.
    truck = cli("where", "C-001", "--json").json["movement"]
    assert cli("move", "receive", truck, "--all").code == 0
    assert cli("move", "D-0", "--to", "C-001").code == 0
