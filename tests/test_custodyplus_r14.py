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

from fieldkit.records import fields as F
from fieldkit.records.custody import Custody


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
