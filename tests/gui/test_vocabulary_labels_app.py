"""The app names every vocabulary value exactly as a printed report does, in every language
(issue 16): the app reads the core's labels through Qt's translators, the PDFs through i18n."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from PySide6.QtCore import QTranslator
from test_reports import MARKER, flat, full_object, nfkc, pdf_text
from test_vocabulary_labels import LANGS, VALUES

from fieldkit import i18n
from fieldkit.gui import vocabulary_labels as app_labels
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports import labels as report_labels
from fieldkit.vault import Vault

Use = Callable[[str], list[QTranslator]]

# Terms whose app and PDF wordings used to differ in at least one language.
DAMAGE = {
    "observed_at": "2025-03-01T10:00",
    "event_type": "looting",
    "agents": ["thieves_vandals", "light_uv"],
    "damage_types": ["loss_of_parts", "abrasion"],
    "severity": "minor",
    "urgency": "high",
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_app_and_the_reports_label_every_value_alike(use_language: Use, lang: str) -> None:
    use_language(lang)
    with i18n.using(lang):
        printed = {value: report_labels.value_label(value) for value in VALUES}
    shown = {value: app_labels.value_label(value) for value in VALUES}
    assert shown == printed
    assert shown["thieves_vandals"] != "Thieves and vandals"


@pytest.fixture
def damaged(vault: Vault, vault_path: Path) -> Path:
    recs = Records(vault)
    recs.create(F.DAMAGE, {"object_id": full_object(recs), **DAMAGE})
    vault.close()
    return vault_path


@pytest.mark.parametrize("lang", LANGS)
def test_a_damage_report_prints_the_terms_the_app_shows(
    use_language: Use, damaged: Path, tmp_path: Path, lang: str
) -> None:
    pdf = tmp_path / f"damage-{lang}.pdf"
    number = f"INV-{MARKER}-1"
    result = run_cli(
        ["--vault", str(damaged), "report", "damage", number, "-o", str(pdf), "--lang", lang],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "en"},
    )
    assert result.code == 0, result.err
    text = nfkc(pdf_text(pdf)) if lang == "ar" else flat(pdf_text(pdf))
    use_language(lang)
    values = [DAMAGE["event_type"], *DAMAGE["agents"], *DAMAGE["damage_types"], "minor", "high"]
    shown = [app_labels.value_label(v) for v in values]
    assert [label for label in shown if label not in text] == []
