"""Arabic reports: every paragraph reads right to left, Latin names keep their brackets, and
commands, dates and fingerprints read left to right as one unit (uitrial r9 #8, #29, #30)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from bidi.mirror import MIRRORED  # type: ignore[import-untyped, unused-ignore]
from conftest import PASSPHRASE, run_cli
from test_custody_documents import scene  # noqa: F401 - a fixture
from test_reports import full_object, pdf_text

from fieldkit import i18n
from fieldkit.identity import own
from fieldkit.identity.fingerprint import display_form
from fieldkit.records.service import Records
from fieldkit.reports import custody_documents as D
from fieldkit.reports import fonts
from fieldkit.reports.text import layout_lines
from fieldkit.vault import Vault

FINGERPRINT = "64704 50769 72606 21448 87430 85939"
BIDI = "\u200e\u200f"  # the invisible marks the PDF carries for extractors


NS = {"h": "http://www.w3.org/1999/xhtml"}


def _first_page(pdf: Path) -> ET.Element:
    root = ET.fromstring(pdf_text(pdf, "-bbox"))  # noqa: S314 - our pdftotext output
    return next(root.iterfind(".//h:page", NS))


def _fingerprint_lines(page: ET.Element) -> list[str]:
    """Each line's five-digit groups, read from left to right."""
    groups = [
        (round(float(w.get("yMin", 0))), float(w.get("xMin", 0)), (w.text or "").strip(BIDI))
        for w in page.iterfind(".//h:word", NS)
        if re.fullmatch(r"\d{5}", (w.text or "").strip(BIDI))
    ]
    lines = []
    for y in sorted({g[0] for g in groups}):
        lines.append(" ".join(t for _, t in sorted((x, t) for top, x, t in groups if top == y)))
    return lines


def visual(text: str, lang: str = "ar") -> str:
    """The line as it is drawn, left to right, with mirrored brackets as they appear."""
    fonts.register()
    with i18n.using(lang):
        (line,) = layout_lines(text, fonts.REGULAR, 9, 1e9)
    out = []
    for piece in line.pieces:
        if piece.level % 2 == 1 and piece.logical:
            out.append("".join(MIRRORED.get(c, c) for c in reversed(piece.logical)))
        else:
            out.append(piece.text)
    return "".join(out)


def test_a_sentence_starting_with_a_latin_word_reads_right_to_left() -> None:
    # "Object ID complete: …" in Arabic starts with the Latin term: the full stop ends it at
    # the left and "Object ID" starts it at the right.
    drawn = visual("Object ID مكتمل: 9 من 9 — سُجلت فئات Object ID (9) وصورة عامة.")
    assert drawn.startswith(".")
    assert drawn.endswith("Object ID")


def test_a_latin_name_keeps_its_brackets_in_an_arabic_sentence() -> None:
    drawn = visual("أعدّه Demo vault (FieldKit demo museum) في 2026-12-06 04:17 UTC+00:00")
    assert "Demo vault (FieldKit demo museum)" in drawn
    assert drawn.startswith("2026-12-06 04:17 UTC+00:00 ")  # the date as one unit, at the end


def test_options_and_commands_read_left_to_right_as_a_whole() -> None:
    assert visual("المفاتيح الموثوقة المعطاة (--trust)").startswith("(--trust) ")
    drawn = visual(
        "يمكن لأي شخص إعادة الفحوص: فُكّ ضغط ملف \u200e.fkb، ثم bagit.py --validate "
        "<bundle id> و minisign -Vm <bundle id>/tagmanifest-sha256.txt -p <signer's key>.pub."
    )
    assert drawn.startswith(
        ".minisign -Vm <bundle id>/tagmanifest-sha256.txt -p <signer's key>.pub"
    )
    assert " bagit.py --validate <bundle id> " in drawn
    assert ".fkb" in drawn
    assert visual("من بطاقة الهوية المعطاة مع --trust (b.fkid)").startswith("(b.fkid) --trust ")


@pytest.mark.parametrize(
    "text",
    [
        f"الهوية {FINGERPRINT}",
        f"FieldKit 0.1.0 على Linux، مع الخزنة Demo vault (الهوية {FINGERPRINT})",
        f"طُبع في 2026-12-06 04:17 UTC+00:00 من الخزنة Demo، الهوية {FINGERPRINT}",
    ],
    ids=["fingerprint row", "verified by", "footer"],
)
def test_a_fingerprint_reads_left_to_right_everywhere(text: str) -> None:
    assert FINGERPRINT in visual(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("طُبع في 2026-12-06 04:17 UTC+00:00 بواسطة FieldKit 0.1.0", "2026-12-06 04:17 UTC+00:00"),
        ("وقت التسليم 2026-03-14 09:30 UTC", "2026-03-14 09:30 UTC"),
        ("لوحظ في 2025-03-01 10:00:00+02:00.", "2025-03-01 10:00:00+02:00"),
    ],
)
def test_a_date_reads_as_one_unit(text: str, date: str) -> None:
    assert date in visual(text)


def test_a_soft_hyphen_does_not_shift_the_text_after_it() -> None:
    # python-bidi leaves boundary neutrals out of its result: every later level moved by one.
    assert visual(f"الهوية\u00ad {FINGERPRINT} Test.").startswith(f".Test {FINGERPRINT} ")


def test_left_to_right_reports_are_unchanged() -> None:
    assert visual("Object ID complete: 9 of 9 (all).", "en") == "Object ID complete: 9 of 9 (all)."
    assert visual("Prepared by Demo vault (FieldKit) · identity 12345 67890 11111", "fr") == (
        "Prepared by Demo vault (FieldKit) · identity 12345 67890 11111"
    )


def test_the_footer_of_an_arabic_pdf_prints_the_fingerprint_in_reading_order(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    full_object(Records(vault))
    expected = own.load(vault.db).display_fingerprint
    vault.close()
    pdf = tmp_path / "inventory-ar.pdf"
    result = run_cli(
        ["--vault", str(vault_path), "report", "inventory", "-o", str(pdf), "--lang", "ar"],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "en"},
    )
    assert result.code == 0, result.err
    page = _first_page(pdf)
    assert _fingerprint_lines(page) == [expected, expected]  # the header and the footer
    # The date reads as one unit, left to right, in the header and in the footer.
    for y in {round(float(w.get("yMin", 0))) for w in page.iterfind(".//h:word", NS)}:
        line = sorted(
            (float(w.get("xMin", 0)), (w.text or "").strip(BIDI))
            for w in page.iterfind(".//h:word", NS)
            if round(float(w.get("yMin", 0))) == y
        )
        texts = [t for _, t in line]
        for i, text in enumerate(texts):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                assert re.fullmatch(r"\d{2}:\d{2}", texts[i + 1])
                assert texts[i + 2].startswith("UTC")


def test_the_arabic_handover_certificate_prints_both_fingerprints_in_reading_order(
    scene: dict[str, Any],  # noqa: F811 - the fixture imported above
) -> None:
    giver, keeper, tmp = scene["giver"], scene["keeper"], scene["tmp"]
    handover = scene["chain"].hand_over(["C-001"], keeper.identity.fingerprint).record_id
    pdf = tmp / "handover-ar.pdf"
    with i18n.using("ar"):
        D.handover_report(giver.vault, handover, pdf)
    giver_fp = display_form(giver.identity.fingerprint)
    keeper_fp = display_form(keeper.identity.fingerprint)
    # The parties' rows ("البصمة …") and the page footer.
    assert _fingerprint_lines(_first_page(pdf)) == [giver_fp, keeper_fp, giver_fp]
