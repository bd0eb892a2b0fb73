"""Evacuation and custody documents: labels decode back to their codes with zbarimg, and each
PDF says what it must (read back with pdftotext)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, require_tool, run_cli
from peers import Peer
from PIL import Image
from test_reports import flat, pdf_text

from fieldkit.identity.fingerprint import display_form
from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.reports import custody_documents as D
from fieldkit.reports.layout import MARGIN


@pytest.fixture
def scene(tmp_path: Path) -> dict[str, Any]:
    giver, keeper = Peer(tmp_path, "giver"), Peer(tmp_path, "keeper")
    giver.trust(keeper)
    keeper.trust(giver)
    chain = C.Custody(giver.records)
    chain.add_location({"code": "MUS-R2", "name": "Room 2", "kind": "room"})
    chain.add_location(
        {
            "code": "TS-ERB",
            "name": "Temporary store",
            "kind": "temporary_store",
            "address": "University annex",
            "coordinates": {"lat": 36.19, "lon": 44.01},
        }
    )
    numbers = ["INV-001", "КП-00002", "THM.1992.0003", "MCP 2013.3", "A/7", "X_1"]
    objects = [
        giver.records.create(F.OBJECT, {"inventory_number": n, "title": f"Bowl {n}"}).record_id
        for n in numbers
    ]
    chain.add_container({"code": "C-001", "kind": "crate", "handling": ["fragile"]})
    chain.move(objects[:4], "C-001", from_location="MUS-R2")
    movement = chain.move(
        ["C-001", objects[4]],
        "TS-ERB",
        reason="evacuation",
        depart=False,
        details={"team_size": 4, "authorised_by": "Dr. Layla Hassan", "transport": "Truck 12"},
    ).record_id
    return {
        "giver": giver,
        "keeper": keeper,
        "chain": chain,
        "objects": objects,
        "numbers": numbers,
        "movement": movement,
        "tmp": tmp_path,
    }


def _decode_labels(pdf: Path, tmp: Path, cells: range | list[int]) -> list[str]:
    """Each label cell cut out of the page at 300 dpi and decoded alone with zbarimg."""
    zbarimg = require_tool("zbarimg")
    pdftoppm = require_tool("pdftoppm")
    subprocess.run([pdftoppm, "-r", "300", "-png", str(pdf), str(tmp / "page")], check=True)
    scale = 300 / 72
    found = []
    pages = sorted(tmp.glob("page-*.png"))
    for index in cells:
        page, cell = divmod(index, D.LABEL_COLUMNS * D.LABEL_ROWS)
        row, col = divmod(cell, D.LABEL_COLUMNS)
        image = Image.open(pages[page])
        x, y = MARGIN + col * D.LABEL_WIDTH, MARGIN + row * D.LABEL_HEIGHT
        box = (x, y, x + D.LABEL_WIDTH, y + D.LABEL_HEIGHT)
        image.crop(tuple(int(v * scale) for v in box)).save(tmp / "cell.png")  # type: ignore[arg-type]
        out = subprocess.run(
            [zbarimg, "-q", "--raw", str(tmp / "cell.png")], capture_output=True, text=True
        )
        found.append(out.stdout.strip())
    return found


def test_labels_hold_the_code_alone_and_decode_back(scene: dict[str, Any]) -> None:
    tmp = scene["tmp"]
    pdf = tmp / "labels.pdf"
    items = ["C-001", "MUS-R2", "TS-ERB", *scene["numbers"]] * 3  # 27 labels: two sheets
    result = D.labels_report(scene["giver"].vault, items, pdf)
    assert result.items == 9 and result.pages == 1  # each item once
    decoded = _decode_labels(pdf, tmp, range(9))
    assert decoded == ["C-001", "MUS-R2", "TS-ERB", *scene["numbers"]]
    text = flat(pdf_text(pdf))
    assert "Bowl INV-001" in text and "Temporary store" in text and "Fragile" in text


def test_labels_fill_several_sheets(scene: dict[str, Any]) -> None:
    records = scene["giver"].records
    more = records.create_many(
        F.OBJECT, [{"inventory_number": f"N-{i:03d}", "title": "Sherd"} for i in range(30)]
    )
    pdf = scene["tmp"] / "many.pdf"
    result = D.labels_report(scene["giver"].vault, more, pdf)
    assert (result.items, result.pages) == (30, 2)
    cells = [0, 20, 21, 29]  # each side of the page break
    decoded = _decode_labels(pdf, scene["tmp"], cells)
    assert decoded == [f"N-{i:03d}" for i in cells]


def test_permission_movement_form_and_packing_list(scene: dict[str, Any]) -> None:
    vault, chain, tmp = scene["giver"].vault, scene["chain"], scene["tmp"]
    movement, objects = scene["movement"], scene["objects"]
    permission = tmp / "permission.pdf"
    D.evacuation_permission_report(vault, movement, permission)
    text = flat(pdf_text(permission, "-layout"))
    for expected in (
        "Evacuation permission",
        "Number of people 4",
        "5 objects in 1 container",
        "Dr. Layla Hassan",
        "University annex",
        "36.19, 44.01",
        "Custodian (authorising)",
        "Receiving officer",
    ):
        assert expected in text, expected
    chain.depart(movement)
    chain.receive(movement, ["C-001", objects[0], objects[1], objects[2], objects[4], objects[5]])
    form = tmp / "movement.pdf"
    result = D.movement_report(vault, movement, form)
    text = flat(pdf_text(form))
    assert "missing 1" in text and "extra 1" in text and "MISSING" in text
    assert result.items == 7  # crate, four packed objects, the loose one, the extra one
    assert "MCP 2013.3" in text  # the missing one is named
    packing = tmp / "packing.pdf"
    result = D.packing_list_report(vault, "C-001", packing)
    text = flat(pdf_text(packing))
    assert result.items == 3 and "Packing list — C-001" in text and "Fragile" in text
    assert "MCP 2013.3" not in text  # not in the crate any more: it did not arrive in it


def test_handover_certificate_shows_both_fingerprints_once_accepted(
    scene: dict[str, Any],
) -> None:
    giver, keeper, tmp = scene["giver"], scene["keeper"], scene["tmp"]
    handover = scene["chain"].hand_over(["C-001"], keeper.identity.fingerprint).record_id
    pdf = tmp / "handover.pdf"
    D.handover_report(giver.vault, handover, pdf)
    text = flat(pdf_text(pdf))
    assert "Not yet accepted" in text and "Received by: name" in text
    # The objects inside the crate are named: the paper says which objects changed hands.
    for number in scene["numbers"][:4]:
        assert number in text, number
    keeper.receive(giver.send(keeper))
    C.Custody(keeper.records).accept(handover, {"acceptance_notes": "All present"})
    giver.receive(keeper.send(giver))
    D.handover_report(giver.vault, handover, pdf)
    text = flat(pdf_text(pdf))
    assert "Accepted: signed by both parties' keys" in text
    for peer in (giver, keeper):
        assert display_form(peer.identity.fingerprint) in text
        assert peer.identity.fingerprint in text.replace(" ", "")
    assert "All present" in text


def test_report_commands(scene: dict[str, Any]) -> None:
    giver, tmp = scene["giver"], scene["tmp"]
    giver.vault.close()
    base = ["--vault", str(giver.path)]
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    for args in (
        ["labels", "C-001", "INV-001", "TS-ERB"],
        ["packing-list", "C-001"],
        ["movement", scene["movement"][:8]],
        ["evacuation-permission", scene["movement"]],
    ):
        out = tmp / f"{args[0]}.pdf"
        r = run_cli(["report", *args, "-o", str(out), *base, "--json"], env)
        assert r.code == 0, r.err
        assert out.read_bytes().startswith(b"%PDF") and r.json["pages"] >= 1  # type: ignore[index]
    r = run_cli(["report", "labels", "NOPE", "-o", str(tmp / "x.pdf"), *base], env)
    assert r.code == 1 and not (tmp / "x.pdf").exists()
    r = run_cli(["report", "handover", "C-001", "-o", str(tmp / "x.pdf"), *base], env)
    assert r.code == 1


def test_a_reprinted_handover_certificate_names_what_was_handed_over(scene: dict[str, Any]) -> None:
    """r11 review 2 #9: printed again after the crate was repacked, the certificate listed what
    the crate held that day, not what changed hands."""
    giver, keeper, chain, tmp = scene["giver"], scene["keeper"], scene["chain"], scene["tmp"]
    handover = chain.hand_over(["C-001"], keeper.identity.fingerprint).record_id
    chain.move([scene["objects"][0]], "MUS-R2")  # taken out of the crate later
    late = giver.records.create(F.OBJECT, {"inventory_number": "LATE-9", "title": "Later"})
    chain.move([late.record_id], "C-001", from_location="MUS-R2")  # packed a week later
    again = tmp / "handover-reprint.pdf"
    D.handover_report(giver.vault, handover, again)
    text = flat(pdf_text(again))
    assert "LATE-9" not in text
    for number in scene["numbers"][:4]:
        assert number in text, number
