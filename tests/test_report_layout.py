"""PDF layout rules of issue 15, read back with poppler's pdftotext: no heading stranded at the
foot of a page, and the Object ID sheet counts completeness as the app does ("10 of 10")."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from conftest import require_tool
from PIL import Image

from fieldkit.records import fields as F
from fieldkit.records.completeness import OBJECT_ID_CATEGORIES
from fieldkit.records.service import PhotoInput, Records
from fieldkit.reports import damage_report, object_id_report
from fieldkit.vault import Vault

FIRST_CAPTION = "Firstcaption"


def jpeg(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((320, 240), 30 + seed).convert("RGB").save(buf, "JPEG", quality=80)
    return buf.getvalue()


def pages_of(pdf: Path) -> list[list[str]]:
    """Each page's text lines (whitespace collapsed), as pdftotext reads them."""
    tool = require_tool("pdftotext")
    proc = subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True, timeout=120)
    pages = proc.stdout.decode("utf-8").split("\f")[:-1]
    return [[" ".join(line.split()) for line in page.splitlines()] for page in pages]


def page_of(pages: list[list[str]], wanted: str, *, whole_line: bool = False) -> int:
    for number, lines in enumerate(pages):
        for line in lines:
            if (line == wanted) if whole_line else (wanted in line):
                return number
    raise AssertionError(f"{wanted!r} is in no page")


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


def test_photographs_heading_is_never_alone_at_the_foot_of_a_page(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    # A description of growing length pushes the "Photographs" heading down the first page and
    # over to the second: wherever it lands, the first row of photos is on the same page.
    photos = [
        PhotoInput(jpeg(1), "damage", FIRST_CAPTION),
        PhotoInput(jpeg(2), "damage", "Second"),
        PhotoInput(jpeg(3), "detail", "Third"),
    ]
    damage = records.create(
        F.DAMAGE,
        {"site": "North wing", "severity": "severe", "description": "start"},
        photos,
    ).record_id
    line = "cracked plaster along the north wall of the store room, " * 2
    landed = set()
    for lines in range(0, 40, 2):
        records.edit(damage, {"description": (line.strip() + "\n") * lines or "short"})
        out = tmp_path / f"damage-{lines}.pdf"
        damage_report(vault, damage, out)
        pages = pages_of(out)
        heading = page_of(pages, "Photographs", whole_line=True)
        landed.add(heading)
        assert page_of(pages, FIRST_CAPTION) == heading, f"stranded with {lines} lines"
        assert pages[heading][-1] != "Photographs"
    assert {0, 1} <= landed  # the test pushed the heading across a page break


def test_object_id_sheet_counts_completeness_as_the_app_does(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    total = len(OBJECT_ID_CATEGORIES) + 1  # the app's "10 of 10"
    complete: dict[str, object] = {
        "inventory_number": "C-1",
        "institution": "Museum",
        "title": "A complete object",
        "object_type": "vase",
        "materials_techniques": "clay",
        "measurements": [{"dimension": "height", "value": 20, "unit": "cm"}],
        "inscriptions_markings": "none",
        "distinguishing_features": "a chip",
        "subject": "a bird",
        "date_period": "1900",
        "maker": "unknown",
        "description": "A small vase.",
    }
    first = records.create(
        F.OBJECT, complete, [PhotoInput(jpeg(4), "overall", "overall")]
    )
    second = records.create(F.OBJECT, {"inventory_number": "C-2", "title": "Barely begun"})
    out = tmp_path / "sheets.pdf"
    object_id_report(vault, [first.record_id, second.record_id], out)
    one, two = (" ".join(" ".join(lines).split()) for lines in pages_of(out))
    assert first.missing == [], first.missing
    assert f"Object ID complete: {total} of {total}" in one
    assert "nine categories" not in one
    assert f"{len(OBJECT_ID_CATEGORIES)} Object ID categories and an overall photograph" in one
    done = total - len(second.missing)
    assert f"Object ID incomplete: {done} of {total} — missing:" in two


def test_a_caption_that_repeats_the_role_is_printed_once(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    view = records.create(
        F.OBJECT,
        {"inventory_number": "R-1"},
        [
            PhotoInput(jpeg(5), "overall", "overall view"),
            PhotoInput(jpeg(6), "detail", "the base"),
        ],
    )
    out = tmp_path / "sheet.pdf"
    object_id_report(vault, [view.record_id], out)
    text = " ".join(" ".join(lines) for lines in pages_of(out))
    assert "Overall view" in text and "Overall view: overall view" not in text
    assert "Detail: the base" in text
