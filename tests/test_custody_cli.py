"""The chain-of-custody commands of SPEC §11, end to end on a real vault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import PASSPHRASE, run_cli

from fieldkit.vault import Vault


def _add(cli: Any, what: str, data: dict[str, Any]) -> str:
    r = cli(what, "add", "--json", "-", stdin=json.dumps(data))
    assert r.code == 0, r.err
    return str(r.json["id"])  # type: ignore[index]


def test_evacuate_a_crate_and_receive_it_from_the_command_line(cli: Any) -> None:
    museum = _add(cli, "location", {"code": "MUS-R2", "name": "Room 2", "kind": "room"})
    store = _add(cli, "location", {"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    crate = _add(cli, "container", {"code": "C-007", "kind": "crate", "handling": ["fragile"]})
    objects = [
        _add(cli, "object", {"inventory_number": f"A-{i}", "title": "Bowl"}) for i in range(3)
    ]
    listed = cli("location", "list", "--json")
    assert listed.code == 0 and {r["id"] for r in listed.json} == {museum, store}
    assert [r["code"] for r in cli("container", "list", "--json").json] == ["C-007"]

    packed = cli("move", "A-0", "A-1", "A-2", "--to", "c-007", "--from", "MUS-R2", "--json")
    assert packed.code == 0, packed.err
    r = cli(
        "move",
        "C-007",
        "--to",
        "TS-1",
        "--reason",
        "evacuation",
        "--json",
        "--details",
        "-",
        stdin=json.dumps({"team_size": 3, "transport": "white van"}),
    )
    assert r.code == 0, r.err
    movement = r.json["id"]
    where = cli("where", "A-1", "--json").json
    assert where["in_transit"] is True and where["location"] is None
    assert where["container"] == {"id": crate, "code": "C-007"}
    assert where["custodian"] is None

    shown = cli("move", "show", movement, "--json").json
    assert shown["in_transit"] is True and shown["items"] == [crate]
    assert shown["missing"] == [] and shown["extra"] == []
    assert shown["team_size"] == 3

    received = cli("move", "receive", movement, "C-007", "A-0", "A-2", "--json")
    assert received.code == 0, received.err
    assert received.json["missing"] == [objects[1]]
    shown = cli("move", "show", movement, "--json").json
    assert shown["in_transit"] is False and shown["missing"] == [objects[1]]
    assert set(shown["received"]) == {crate, objects[0], objects[2]}
    where = cli("where", "A-0", "--json").json
    assert where["location"] == {"id": store, "code": "TS-1", "name": "Store"}
    assert cli("where", "A-1", "--json").json["missing"] is True
    # The human forms name the missing object.
    text = cli("move", "show", movement)
    assert text.code == 0 and "missing: A-1" in text.out
    assert "MISSING" in cli("where", "A-1").out
    listed = cli("object", "list", "--status", "missing", "--json").json
    assert [o["id"] for o in listed] == [objects[1]]


def test_move_receive_all_and_usage_errors(cli: Any) -> None:
    _add(cli, "location", {"code": "TS-1", "name": "Store"})
    _add(cli, "object", {"inventory_number": "A-0"})
    assert cli("move", "A-0").code == 2  # no --to
    assert cli("move", "receive").code == 2
    movement = cli("move", "A-0", "--to", "TS-1", "--json").json["id"]
    assert cli("move", "receive", movement).code == 2  # neither items nor --all
    r = cli("move", "receive", movement, "--all", "--json")
    assert r.code == 0 and r.json["missing"] == [] and r.json["in_transit"] is False
    assert cli("move", "NOPE", "--to", "TS-1").code == 1
    assert cli("location", "add", "--json", "-", stdin='{"code": "TS-1"}').code == 1
    assert cli("where", "TS-1").code == 1  # a location is not an item


def test_handover_create_list_and_refused_accept_by_the_giver(cli: Any, tmp_path: Path) -> None:
    from conftest import FAST_KDF

    from fieldkit.identity import own
    from fieldkit.identity.card import card_bytes, make_card

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, name="Store keeper", kdf=FAST_KDF)
    card = tmp_path / "keeper.fkid"
    card.write_bytes(card_bytes(make_card(own.load(other.db))))
    fingerprint = own.load(other.db).fingerprint
    other.close()
    _add(cli, "container", {"code": "C-1", "kind": "crate"})
    r = cli(
        "handover",
        "create",
        "C-1",
        "--to",
        str(card),
        "--json",
        "--details",
        "-",
        stdin=json.dumps({"place": "Checkpoint 4", "reference": "EP-2026-03"}),
    )
    assert r.code == 0, r.err
    handover = r.json["id"]
    listed = cli("handover", "list", "--json").json
    assert listed[0]["id"] == handover and listed[0]["accepted"] is False
    assert listed[0]["to_party"]["fingerprint"] == fingerprint
    refused = cli("handover", "accept", handover)
    assert refused.code == 1 and "someone else" in refused.err
    # A fingerprint not in the trust store is refused with what to do.
    assert cli("handover", "create", "C-1", "--to", "ab" * 32).code == 1


def test_the_receiver_accepts_a_handover_from_the_command_line(tmp_path: Path) -> None:
    from peers import Peer

    from fieldkit.records import custody as C

    giver, keeper = Peer(tmp_path, "giver"), Peer(tmp_path, "keeper")
    giver.trust(keeper)
    keeper.trust(giver)
    chain = C.Custody(giver.records)
    chain.add_container({"code": "C-9", "kind": "crate"})
    handover = chain.hand_over(["C-9"], keeper.identity.fingerprint).record_id
    keeper.receive(giver.send(keeper))
    keeper.vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    base = ["--vault", str(keeper.path)]
    listed = run_cli(["handover", "list", "--json", *base], env).json
    assert listed[0]["waiting_for_me"] is True and listed[0]["accepted"] is False  # type: ignore[index]
    r = run_cli(
        ["handover", "accept", handover[:8], "--details", str(tmp_path / "notes.json"), *base],
        env,
    )
    assert r.code == 2  # the details file does not exist
    (tmp_path / "notes.json").write_text('{"acceptance_notes": "Seal intact"}')
    r = run_cli(
        ["handover", "accept", handover[:8], "--details", str(tmp_path / "notes.json"), *base],
        env,
    )
    assert r.code == 0, r.err
    listed = run_cli(["handover", "list", "--json", *base], env).json
    assert listed[0]["accepted"] is True  # type: ignore[index]
    assert listed[0]["acceptance_notes"] == "Seal intact"  # type: ignore[index]
    where = run_cli(["where", "C-9", "--json", *base], env).json
    assert where["custodian"] == {"name": "keeper", "fingerprint": keeper.identity.fingerprint}  # type: ignore[index]
    assert run_cli(["handover", "accept", handover, *base], env).code == 1  # already accepted


def test_move_receive_dry_run_prints_the_reception_without_writing_it(cli: Any) -> None:
    _add(cli, "location", {"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    crate = _add(cli, "container", {"code": "C-1", "kind": "crate"})
    objects = [
        _add(cli, "object", {"inventory_number": f"A-{i}", "title": "Bowl"}) for i in range(3)
    ]
    stray = _add(cli, "object", {"inventory_number": "X-1", "title": "Lamp"})
    assert cli("move", "A-0", "A-1", "A-2", "--to", "C-1").code == 0
    movement = cli("move", "C-1", "--to", "TS-1", "--json").json["id"]
    before = cli("move", "show", movement, "--json").json
    # The crate arrived sealed, with a lamp nobody expected.
    dry = cli("move", "receive", movement, "C-1", "X-1", "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert dry.json["state"] == "received" and dry.json["in_transit"] is False
    assert set(dry.json["received"]) == {crate, *objects}
    assert dry.json["missing"] == [] and dry.json["extra"] == [stray]
    assert cli("move", "show", movement, "--json").json == before  # nothing written
    assert cli("where", "A-0", "--json").json["in_transit"] is True
    text = cli("move", "receive", movement, "c-1", "A-1", "--dry-run")
    assert text.code == 0 and "missing: A-0" in text.out and "missing: A-2" in text.out
    assert "nothing was written" in text.err
    assert cli("move", "show", movement, "--json").json == before
    # The reception then written is the one previewed (as `move show` prints it).
    written = cli("move", "receive", movement, "C-1", "X-1", "--json").json
    shown = cli("move", "show", movement, "--json").json
    for key in ("expected", "received", "missing", "extra", "outside", "state", "in_transit"):
        assert dry.json[key] == written[key] == shown[key], key
    assert cli("move", "show", movement, "--dry-run").code == 2
    assert cli("move", "receive", movement, "NO-SUCH", "--dry-run").code == 1
