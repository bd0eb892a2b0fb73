"""r14 custody: `fieldkit container show` (a crate's fields, where it is, what it holds and its
movements, in one command) and `fieldkit move cancel` (a departure recorded by mistake taken
back while nothing of it was received), on real vaults."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, CliResult, run_cli
from peers import Peer

from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records


def _add(cli: Any, what: str, data: dict[str, Any]) -> str:
    r = cli(what, "add", "--json", "-", stdin=json.dumps(data))
    assert r.code == 0, r.err
    return str(r.json["id"])


def _crate_that_travelled(cli: Any) -> dict[str, str]:
    """C-7 (fragile, keep dry) packed in Room 2 with X-10, X-9 and X-2 (inventory order: X-2,
    X-9, X-10), evacuated to TS-1 and received there without X-9, then sent on to TS-2."""
    ids = {
        "room": _add(cli, "location", {"code": "MUS-R2", "name": "Room 2", "kind": "room"}),
        "store": _add(cli, "location", {"code": "TS-1", "name": "Store", "kind": "room"}),
        "far": _add(cli, "location", {"code": "TS-2", "name": "Far store", "kind": "room"}),
        "crate": _add(
            cli,
            "container",
            {
                "code": "C-7",
                "kind": "crate",
                "description": "Ceramics",
                "handling": ["fragile", "keep_dry"],
            },
        ),
    }
    for n in (10, 9, 2):
        ids[f"X-{n}"] = _add(cli, "object", {"inventory_number": f"X-{n}", "title": "Bowl"})
    assert cli("move", "X-10", "X-9", "X-2", "--to", "C-7", "--from", "MUS-R2").code == 0
    r = cli("move", "C-7", "--to", "TS-1", "--reason", "evacuation", "--json")
    assert r.code == 0, r.err
    ids["evacuation"] = r.json["id"]
    assert cli("move", "receive", ids["evacuation"], "C-7", "X-10", "X-2").code == 0
    r = cli("move", "C-7", "--to", "TS-2", "--reason", "storage", "--json")
    assert r.code == 0, r.err
    ids["onwards"] = r.json["id"]
    return ids


def test_container_show_gives_a_crate_its_place_contents_and_movements(cli: Any) -> None:
    ids = _crate_that_travelled(cli)
    shown = cli("container", "show", "c-7", "--json")
    assert shown.code == 0, shown.err
    data = shown.json
    assert data["id"] == ids["crate"] and data["code"] == "C-7"
    assert data["handling"] == ["fragile", "keep_dry"]
    assert data["where"]["in_transit"] is True
    assert data["where"]["destination"]["code"] == "TS-2"
    # Natural inventory order (X-9, missing at the evacuation's reception, is no longer in
    # it), each with the status the lists show.
    assert [c["number"] for c in data["contents"]] == ["X-2", "X-10"]
    assert {c["status"] for c in data["contents"]} == {"evacuated"}
    assert not any(c["deleted"] for c in data["contents"])
    # Newest first: the onward trip, then the evacuation (the packing moved the objects).
    moves = data["movements"]
    assert [m["id"] for m in moves] == [ids["onwards"], ids["evacuation"]]
    assert moves[0]["state"] == "in_transit" and moves[0]["received_at"] is None
    assert moves[1]["state"] == "received" and moves[1]["missing"] is False
    assert moves[1]["to"] == ids["store"]

    # By its id prefix too, and in words.
    text = cli("container", "show", ids["crate"][:8])
    assert text.code == 0, text.err
    out = text.out
    assert "Kind of container: Crate" in out and "Handling: Fragile, Keep dry" in out
    assert "in transit to TS-2" in out
    assert "contents: 2 items" in out
    assert out.index("X-2 Bowl — Evacuated") < out.index("X-10 Bowl — Evacuated")
    lines = out.splitlines()
    start = lines.index("movements: 2")
    assert lines[start + 1].lstrip().startswith(ids["onwards"][:8])
    assert "In transit" in lines[start + 1] and "to: TS-2" in lines[start + 1]
    assert "received at:" in lines[start + 2]


def test_container_show_finds_a_code_typed_in_other_digits_and_speaks_french(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crate_that_travelled(cli)
    r: CliResult = cli("container", "show", "C-٧")  # the code in Arabic-Indic digits
    assert r.code == 0, r.err
    assert "C-7" in r.out
    monkeypatch.setenv("FIELDKIT_LANG", "fr")
    r = cli("container", "show", "C-7")
    assert r.code == 0, r.err
    assert "Caisse" in r.out and "contenu\u00a0: 2 éléments" in r.out


def test_container_show_refuses_what_is_not_a_container(cli: Any) -> None:
    _add(cli, "object", {"inventory_number": "X-1"})
    assert cli("container", "show", "X-1").code == 1
    assert cli("container", "show", "NOPE").code == 1


def test_container_show_says_an_object_deleted_while_packed_as_the_custody_views_do(
    tmp_path: Path,
) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"}).record_id
    chain = Custody(a.records)
    chain.add_location({"code": "L-1", "name": "Room"})
    chain.add_container({"code": "C-1"})
    b.receive(a.send(b))
    b.records.delete(x)  # offline, on Bohdan's laptop, while Amélie packs it
    chain.move([x], "C-1")
    assert not a.receive(b.send(a)).refused
    a.vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    common = ["--vault", str(a.path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli(["container", "show", "C-1", *common])
    assert r.code == 0, r.err
    assert "X-1 Jar — deleted — restore or take out of the container" in r.out
    data = run_cli(["container", "show", "C-1", "--json", *common]).json
    assert data["contents"] == [  # type: ignore[index]
        {"id": x, "number": "X-1", "title": "Jar", "status": None, "deleted": True}
    ]


# --- a departure recorded by mistake ------------------------------------------------------------


def _departed(cli: Any) -> dict[str, str]:
    """X-1 and X-2 packed into C-1 in Room 2 (MUS-R2); C-1 then departs for TS-1 by mistake."""
    ids = {
        "room": _add(cli, "location", {"code": "MUS-R2", "name": "Room 2", "kind": "room"}),
        "store": _add(cli, "location", {"code": "TS-1", "name": "Store", "kind": "room"}),
        "crate": _add(cli, "container", {"code": "C-1", "kind": "crate"}),
    }
    for n in (1, 2):
        ids[f"X-{n}"] = _add(cli, "object", {"inventory_number": f"X-{n}", "title": "Jar"})
    assert cli("move", "X-1", "X-2", "--to", "C-1", "--from", "MUS-R2").code == 0
    r = cli("move", "C-1", "--to", "TS-1", "--reason", "evacuation", "--json")
    assert r.code == 0, r.err
    ids["movement"] = r.json["id"]
    return ids


def test_move_cancel_takes_a_departure_back_and_history_keeps_it(cli: Any) -> None:
    ids = _departed(cli)
    before = cli("where", "X-1", "--json").json
    assert before["in_transit"] is True and before["location"] is None

    r = cli("move", "cancel", ids["movement"][:8])
    assert r.code == 0, r.err
    assert "C-1: back at MUS-R2 Room 2" in r.out
    assert "Departure cancelled: the movement is deleted; its history keeps it." in r.err

    after = cli("where", "X-1", "--json").json
    assert after["in_transit"] is False
    assert after["location"] == {"id": ids["room"], "code": "MUS-R2", "name": "Room 2"}
    assert after["container"]["code"] == "C-1"
    assert cli("container", "show", "C-1", "--json").json["movements"] == []
    # Shown as what it is, not as a plan (it read "state: Planned" beside its departure time).
    shown = cli("move", "show", ids["movement"], "--json").json
    assert shown["state"] == "deleted" and shown["in_transit"] is False
    assert "state: Deleted" in cli("move", "show", ids["movement"]).out
    # Nothing can arrive any more; a second cancel says it plainly.
    again = cli("move", "cancel", ids["movement"])
    assert again.code == 1 and "This movement was deleted." in again.err
    assert cli("move", "receive", ids["movement"], "--all").code == 1


def test_move_cancel_json_says_where_each_item_goes_back(cli: Any) -> None:
    ids = _departed(cli)
    r = cli("move", "cancel", ids["movement"], "--json")
    assert r.code == 0, r.err
    assert r.json["id"] == ids["movement"] and r.json["cancelled"] is True
    [crate] = r.json["items"]  # as `fieldkit where --json` says it
    assert crate["id"] == ids["crate"] and crate["in_transit"] is False
    assert crate["location"] == {"id": ids["room"], "code": "MUS-R2", "name": "Room 2"}


def test_move_cancel_refuses_once_anything_was_received(cli: Any) -> None:
    ids = _departed(cli)
    assert cli("move", "receive", ids["movement"], "X-1").code == 0
    r = cli("move", "cancel", ids["movement"])
    assert r.code == 1
    assert "Not cancelled: items of this movement were already received." in r.err
    assert cli("where", "X-1", "--json").json["location"]["code"] == "TS-1"


def test_move_cancel_refuses_a_packing_a_plan_and_a_departure_a_later_one_builds_on(
    cli: Any,
) -> None:
    ids = _departed(cli)
    packing = cli("container", "show", "C-1", "--json")
    assert packing.code == 0
    _add(cli, "location", {"code": "TS-2", "name": "Far store", "kind": "room"})
    # The crate was sent on while in transit (the first trip was no mistake after all).
    onwards = cli("move", "C-1", "--to", "TS-2", "--json").json["id"]
    r = cli("move", "cancel", ids["movement"])
    assert r.code == 1
    assert f"Not cancelled: a later movement ({onwards[:8]}) moves its items." in r.err
    assert cli("where", "C-1", "--json").json["destination"]["code"] == "TS-2"

    planned = cli("move", "X-1", "--to", "TS-2", "--planned", "--json").json["id"]
    r = cli("move", "cancel", planned)
    assert r.code == 1 and "Not cancelled: this movement has not departed." in r.err

    _add(cli, "container", {"code": "C-2"})
    _add(cli, "object", {"inventory_number": "X-3"})
    packed = cli("move", "X-3", "--to", "C-2", "--json").json["id"]
    r = cli("move", "cancel", packed)
    assert r.code == 1 and "Not cancelled: a packing is not a departure." in r.err
    assert cli("move", "cancel").code == 2
    assert cli("move", "cancel", onwards, planned).code == 2


def test_a_cancelled_departure_comes_back_with_a_restore(vault: Any) -> None:
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "L-1", "name": "Room"})
    chain.add_location({"code": "L-2", "name": "Store"})
    x = records.create(F.OBJECT, {"inventory_number": "X-1"}).record_id
    chain.receive(chain.move([x], "L-1").record_id, everything=True)
    movement = chain.move([x], "L-2")
    departed = movement.head_rev
    assert C.where(vault.db, x).in_transit
    done = chain.cancel_departure(movement.record_id)
    assert done.back[x].location is not None and done.back[x].location.code == "L-1"
    assert C.where(vault.db, x).location is not None
    history = records.history(movement.record_id)
    assert len(history) == 2  # the departure, then its deletion: nothing lost
    records.restore(movement.record_id, departed)
    now = C.where(vault.db, x)
    assert now.in_transit and now.destination is not None and now.destination.code == "L-2"


def test_a_reception_on_another_laptop_outweighs_a_cancel_written_without_knowing_it(
    tmp_path: Path,
) -> None:
    """Amélie records a departure and sends it; Bohdan checks the crate in at the store while
    Amélie, thinking it a mistake, cancels it. Whichever revision is newer, once the bundles
    cross both vaults show the reception — and the movement in conflict for a person."""
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    chain = Custody(a.records)
    chain.add_location({"code": "L-1", "name": "Room"})
    store = chain.add_location({"code": "L-2", "name": "Store"}).record_id
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1"}).record_id
    chain.receive(chain.move([x], "L-1").record_id, everything=True)
    movement = chain.move([x], "L-2").record_id
    b.receive(a.send(b))
    Custody(b.records).receive(movement, ["X-1"])
    chain.cancel_departure(movement)  # written after Bohdan's reception: the newer revision
    assert C.where(a.vault.db, x).location.code == "L-1"  # type: ignore[union-attr]
    a.receive(b.send(a))
    b.receive(a.send(b))
    for peer in (a, b):
        view = peer.records.get(movement, F.MOVEMENT)
        assert not view.deleted and view.in_conflict
        now = C.where(peer.vault.db, x)
        assert now.location is not None and now.location.id == store
