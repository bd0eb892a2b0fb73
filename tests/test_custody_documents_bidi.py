"""The Arabic evacuation permission keeps its number next to « رقم » (uitrial r10 #27).

Under the title, « إذن رقم 0DBED58A · FieldKit demo museum » was laid out with the (Latin)
institution next to « إذن رقم » and the number at the far left: it read "permission no.
FieldKit demo museum". Read back from the real PDF with pdftotext -bbox: on the line of « رقم »,
the word just to its left is the number, and the institution is not on that line.
"""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import require_tool

from fieldkit import i18n
from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports import custody_documents as D

INSTITUTION = "FieldKit demo museum"
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)


@dataclass
class Word:
    x_min: float
    y_min: float
    x_max: float
    text: str  # as poppler gives it: right-to-left words in visual order


@pytest.fixture(autouse=True)
def _language() -> Iterator[None]:
    before = i18n.language()
    yield
    i18n.set_language(before)


def _words(pdf: Path) -> list[Word]:
    require_tool("pdftotext")
    out = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        Word(float(a), float(b), float(c), html.unescape(t).replace("\u200f", ""))
        for a, b, c, t in _WORD.findall(out)
    ]


def _permission(make_vault: Any, tmp_path: Path, lang: str) -> tuple[Path, str]:
    vault, _ = make_vault(tmp_path / "v", organisation=INSTITUTION)
    records = Records(vault)
    chain = C.Custody(records)
    chain.add_location({"code": "MUS-R2", "name": "Room 2", "kind": "room"})
    chain.add_location({"code": "TS-1", "name": "Temporary store", "kind": "temporary_store"})
    obj = records.create(F.OBJECT, {"inventory_number": "INV-1", "title": "Bowl"}).record_id
    movement = chain.move(
        [obj], "TS-1", from_location="MUS-R2", reason="evacuation", depart=False
    ).record_id
    i18n.set_language(lang)
    pdf = tmp_path / f"permission-{lang}.pdf"
    D.evacuation_permission_report(vault, movement, pdf)
    return pdf, movement[:8].upper()


def test_arabic_permission_number_sits_next_to_raqm(make_vault: Any, tmp_path: Path) -> None:
    pdf, number = _permission(make_vault, tmp_path, "ar")
    words = _words(pdf)
    raqm = next(w for w in words if w.text in ("رقم", "مقر"))  # poppler: visual order
    line = [w for w in words if abs(w.y_min - raqm.y_min) < 1]
    left = max((w for w in line if w.x_max <= raqm.x_min), key=lambda w: w.x_max)
    assert left.text == number, [w.text for w in line]
    assert not any(w.text in INSTITUTION.split() for w in line), [w.text for w in line]
    assert any(w.text == "museum" for w in words)  # the institution is still printed


def test_permission_subtitle_in_french_and_english(make_vault: Any, tmp_path: Path) -> None:
    for lang, expected in (("fr", "Autorisation n° {n}"), ("en", "Permission no. {n}")):
        pdf, number = _permission(make_vault, tmp_path / lang, lang)
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        lines = [line.strip() for line in text.splitlines()]
        assert expected.format(n=number) in lines, lines[:8]
        assert INSTITUTION in lines, lines[:8]
