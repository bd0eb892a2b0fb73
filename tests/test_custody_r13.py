"""r13 trial, evacuation chain: a reception written with an item missing is not turned into
"everything arrived" without saying so (#2), and packing an object recorded destroyed or
deleted is refused unless the user says so (#13) — in the core, so the app and the command line
agree."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fieldkit.errors import CustodyError
from fieldkit.i18n import error_text
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _received_with_one_missing(vault: Vault) -> tuple[Custody, str, list[str]]:
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "EGL-1", "name": "Church", "kind": "temporary_store"})
    objects = [
        records.create(F.OBJECT, {"inventory_number": f"QW-{i:05d}", "title": "Jar"}).record_id
        for i in (24, 25)
    ]
    movement = chain.move(objects, "EGL-1", from_location="MUS", reason="evacuation").record_id
    chain.receive(movement, ["QW-00024"])
    return chain, movement, objects


def test_receiving_everything_again_is_refused_while_items_recorded_missing_are_unnamed(
    vault: Vault,
) -> None:
    chain, movement, objects = _received_with_one_missing(vault)
    assert C.movement_status(vault.db, movement).missing == [objects[1]]
    with pytest.raises(CustodyError) as raised:
        chain.check_everything_again(movement)
    assert "QW-00025" in error_text(raised.value)[0]
    chain.check_everything_again(movement, ["qw-00025"])  # named: found since, as scanned


def test_what_a_second_reception_finds_again_is_known(vault: Vault) -> None:
    chain, movement, objects = _received_with_one_missing(vault)
    before = C.movement_status(vault.db, movement)
    after = chain.receive(movement, ["QW-00025"])  # a late scan: allowed on purpose
    assert after.missing == []
    assert C.found_again(before, after) == [objects[1]]
    assert C.found_again(after, after) == []


def test_destroyed_and_deleted_objects_are_named_before_packing(vault: Vault) -> None:
    records = Records(vault)
    chain = Custody(records)
    chain.add_container({"code": "C-101", "kind": "crate"})
    records.create(F.OBJECT, {"inventory_number": "MCP 2019.47", "title": "Cup"})
    records.create(
        F.OBJECT, {"inventory_number": "MCP 2019.48", "title": "Bowl", "status": "destroyed"}
    )
    gone = records.create(F.OBJECT, {"inventory_number": "MCP 2019.49", "title": "Lamp"})
    records.delete(gone.record_id)
    assert C.destroyed_or_deleted(
        vault.db,
        [chain.resolve_item("MCP 2019.47"), chain.resolve_item("MCP 2019.48"), gone.record_id],
    ) == [chain.resolve_item("MCP 2019.48"), gone.record_id]
    assert chain.destroyed_or_deleted(["MCP 2019.47", "MCP 2019.48"]) == ["MCP 2019.48"]


def _add(cli: Any, what: str, data: dict[str, Any]) -> str:
    r = cli(what, "add", "--json", "-", stdin=json.dumps(data))
    assert r.code == 0, r.err
    return str(r.json["id"])  # type: ignore[index]


def test_the_command_line_refuses_all_on_a_reception_with_missing_items_and_says_what_changed(
    cli: Any,
) -> None:
    _add(cli, "location", {"code": "MUS", "name": "Museum", "kind": "building"})
    _add(cli, "location", {"code": "EGL-1", "name": "Church", "kind": "temporary_store"})
    for number in ("QW-00024", "QW-00025"):
        _add(cli, "object", {"inventory_number": number, "title": "Jar"})
    moved = cli("move", "QW-00024", "QW-00025", "--to", "EGL-1", "--from", "MUS", "--json")
    assert moved.code == 0, moved.err
    movement = str(moved.json["id"])  # type: ignore[index]
    assert cli("move", "receive", movement, "QW-00024").code == 0
    refused = cli("move", "receive", movement, "--all")
    assert refused.code != 0
    assert "QW-00025" in refused.err
    shown = cli("move", "show", movement, "--json")
    assert len(shown.json["missing"]) == 1  # type: ignore[index]
    found = cli("move", "receive", movement, "--all", "--found")
    assert found.code == 0, found.err
    assert "recorded missing, now received: QW-00025" in found.out


def test_the_command_line_says_it_packed_a_destroyed_object(cli: Any) -> None:
    _add(cli, "container", {"code": "C-101", "kind": "crate"})
    _add(cli, "object", {"inventory_number": "MCP 2019.47", "title": "Cup"})
    _add(cli, "object", {"inventory_number": "MCP 2019.48", "title": "Bowl", "status": "destroyed"})
    packed = cli("move", "MCP 2019.47", "MCP 2019.48", "--to", "C-101")
    assert packed.code == 0, packed.err
    assert "1 of them recorded destroyed or deleted (MCP 2019.48)" in packed.err
    assert "MCP 2019.47" not in packed.err
