"""Measurement dimension names and units in the reader's language ("height: 72.5 cm" →
« hauteur : 72.5 cm », «الارتفاع: 72.5 سم», "висота: 72.5 см"); the stored value never changes,
and a word FieldKit does not know is shown as typed (whole, in a right-to-left line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from test_reports import flat, full_object, nfkc, pdf_text

from fieldkit import i18n
from fieldkit.records.dimensions import measurement_text, measurements_text
from fieldkit.records.service import Records
from fieldkit.vault import Vault

HEIGHT = {"dimension": "height", "value": 72.5, "unit": "cm"}


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "height: 72.5 cm"),
        ("fr", "hauteur\u00a0: 72,5\u00a0cm"),  # the decimal comma (r13)
        ("ar", "\u200fالارتفاع: 72.5 سم"),
        ("uk", "висота: 72,5 см"),
    ],
)
def test_a_known_dimension_and_unit_are_said_in_the_language(lang: str, shown: str) -> None:
    assert measurement_text(HEIGHT, lang) == shown


def test_english_keeps_the_word_as_typed_and_whole_numbers_lose_their_point() -> None:
    assert measurement_text({"dimension": "Height", "value": 12.0, "unit": "cm"}, "en") == (
        "Height: 12 cm"
    )
    assert measurement_text({"dimension": "WIDTH", "value": 3, "unit": "mm"}, "uk") == (
        "ширина: 3 мм"
    )


def test_an_unknown_word_is_shown_as_typed_and_isolated_in_arabic() -> None:
    typed = {"dimension": "hauteur max", "value": 4, "unit": "in"}
    assert measurement_text(typed, "fr") == "hauteur max\u00a0: 4\u00a0in"
    arabic = measurement_text(typed, "ar")
    # Isolated, and the line starts right to left whatever its first word.
    assert arabic == f"\u200f{i18n.FSI}hauteur max{i18n.PDI}: 4 {i18n.FSI}in{i18n.PDI}"
    # PDFs lay out their own runs: no isolate marks there.
    assert measurement_text(typed, "ar", isolated=False) == "hauteur max: 4 in"


def test_several_measurements_and_hostile_entries() -> None:
    value = [HEIGHT, "not a dict", {"dimension": None, "value": None}, {"weight": 1}]
    lines = measurements_text(value, lang="fr").split("\n")
    assert lines[0] == "hauteur\u00a0: 72,5\u00a0cm"
    assert len(lines) == 3  # the string is skipped; the odd dicts still give a line each
    assert "None" not in lines[1]
    assert measurements_text("tall", lang="fr") == "" and measurements_text(None) == ""


def test_a_translation_with_a_wrong_placeholder_falls_back_to_the_english_form(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = i18n.translate
    monkeypatch.setattr(
        "fieldkit.records.dimensions.translate",
        lambda c, t, *a, **k: "{dimensio}" if "{" in t else real(c, t, *a, **k),
    )
    assert measurement_text(HEIGHT, "fr") == "hauteur: 72,5 cm"  # French decimals still


@pytest.fixture
def measured(vault: Vault, vault_path: Path) -> Path:
    full_object(Records(vault))
    vault.close()
    return vault_path


@pytest.mark.parametrize(
    ("lang", "shown", "english"),
    [
        ("fr", "hauteur 32 cm", "height"),
        ("uk", "висота 32 см", "height"),
        ("ar", "الارتفاع 32 سم", "height"),
    ],
)
def test_the_object_id_sheet_prints_the_dimension_in_its_language(
    measured: Path, tmp_path: Path, lang: str, shown: str, english: str
) -> None:
    from test_reports import MARKER

    pdf = tmp_path / f"id-{lang}.pdf"
    result = run_cli(
        ["--vault", str(measured), "report", "object-id", f"INV-{MARKER}-1", "-o", str(pdf),
         "--lang", lang],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )  # fmt: skip
    assert result.code == 0, result.err
    raw = pdf_text(pdf)
    text = nfkc(raw) if lang == "ar" else flat(raw.replace("\u00a0", " "))
    if lang == "ar":
        # Extracted right to left: the letters come back, the order of the runs may not.
        assert "الارتفاع" in text and "سم" in text
    else:
        assert shown in text
    assert english not in text


def test_the_english_sheet_keeps_the_typed_word(measured: Path, tmp_path: Path) -> None:
    from test_reports import MARKER

    pdf = tmp_path / "id-en.pdf"
    result = run_cli(
        ["--vault", str(measured), "report", "object-id", f"INV-{MARKER}-1", "-o", str(pdf)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "en"},
    )
    assert result.code == 0, result.err
    assert "height 32 cm" in flat(pdf_text(pdf))  # the PDFs' compact form
