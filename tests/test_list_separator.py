"""Displayed lists are joined per language (Arabic «،» and «؛», French « ; »); --json, exports
and stored values keep ", " and "; " (they are contracts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from test_reports import MARKER, full_object, nfkc, pdf_text

from fieldkit import i18n
from fieldkit.duplicates.candidates import (
    SAME_NUMBER,
    SAME_TITLE,
    Candidate,
    Reason,
)
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports import labels
from fieldkit.vault import Vault

TWO_SIZES = [
    {"dimension": "height", "value": 32.0, "unit": "cm"},
    {"dimension": "width", "value": 12.5, "unit": "cm"},
]


@pytest.mark.parametrize(
    ("lang", "comma", "semicolon"),
    [
        ("en", "a, b", "a; b"),
        ("fr", "a, b", "a\u00a0; b"),
        ("ar", "a، b", "a؛ b"),
        ("uk", "a, b", "a; b"),
    ],
)
def test_each_language_joins_a_displayed_list_its_own_way(
    lang: str, comma: str, semicolon: str
) -> None:
    assert i18n.join_list(["a", "b"], lang) == comma
    assert i18n.join_list(["a", "b"], lang, semicolon=True) == semicolon
    with i18n.using(lang):  # the current language when none is given (a report's --lang)
        assert i18n.join_list(iter(["a", "b"])) == comma
        assert i18n.list_separator(semicolon=True) == semicolon[1:-1]
    assert i18n.join_list([], lang) == "" and i18n.join_list(["a"], lang) == "a"


def test_an_unknown_language_joins_as_english() -> None:
    assert i18n.join_list(["a", "b"], "xx", semicolon=True) == "a; b"


@pytest.mark.parametrize(("lang", "separator"), [("ar", "؛ "), ("en", "; "), ("fr", "\u00a0; ")])
def test_duplicate_reasons_are_listed_in_the_language_and_stay_english_in_json(
    lang: str, separator: str
) -> None:
    candidate = Candidate(
        "a" * 32, "b" * 32, 0.9, (Reason("n", SAME_NUMBER), Reason("t", SAME_TITLE))
    )
    with i18n.using(lang):
        shown = candidate.reasons_text()
        data = candidate.to_json()
    first, second = (i18n.translate("duplicates", t, lang=lang) for t in (SAME_NUMBER, SAME_TITLE))
    assert shown == f"{first}{separator}{second}"
    assert data["reasons"] == [SAME_NUMBER, SAME_TITLE]


@pytest.mark.parametrize(("lang", "separator", "comma"), [("ar", "؛ ", "، "), ("en", "; ", ", ")])
def test_report_values_list_measurements_and_terms_in_the_language(
    lang: str, separator: str, comma: str
) -> None:
    with i18n.using(lang):
        sizes = labels.format_value(F.OBJECT, "measurements", TWO_SIZES)
        agents = labels.format_value(F.DAMAGE, "agents", ["fire", "water"])
        fire, water = labels.value_label("fire"), labels.value_label("water")
    assert sizes.count(separator) == 1 and "32" in sizes and "12.5" in sizes
    assert agents == f"{fire}{comma}{water}"
    if lang == "ar":
        assert ";" not in sizes and ", " not in agents


@pytest.fixture
def measured(vault: Vault, vault_path: Path) -> Path:
    full_object(Records(vault), measurements=TWO_SIZES)
    vault.close()
    return vault_path


def test_an_arabic_object_id_sheet_prints_the_arabic_semicolon(
    measured: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "sheet.pdf"
    result = run_cli(
        [
            "--vault",
            str(measured),
            "report",
            "object-id",
            f"INV-{MARKER}-1",
            "-o",
            str(pdf),
            "--lang",
            "ar",
        ],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 0, result.err
    text = nfkc(pdf_text(pdf))
    assert "؛" in text
