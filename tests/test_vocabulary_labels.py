"""One wording per vocabulary term (issue 16): written once in the core, one catalogue entry per
term, and the app names every value exactly as a printed report does, in every language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit import i18n
from fieldkit.records import vocabularies as VOC
from fieldkit.records import vocabulary_labels as V
from fieldkit.reports import labels as report_labels

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "fieldkit" / "resources" / "translations"
LANGS = ("fr", "ar", "uk")

#: Every vocabulary a record or an identity card stores, whose values get a label.
VALUES: tuple[object, ...] = tuple(
    dict.fromkeys(
        (
            *VOC.STATUS,
            *VOC.EVENT_TYPES,
            *VOC.AGENTS,
            *VOC.DAMAGE_TYPES,
            *VOC.SEVERITY,
            *VOC.EXTENT,
            *VOC.CERTAINTY,
            *VOC.URGENCY,
            *VOC.PHOTO_ROLES,
            *VOC.SALVAGE_PRIORITIES,
            "field",
            "coordinator",
            "auditor",
        )
    )
)


def _messages(lang: str) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(context, source) → [(catalogue, translation)] over every shipped catalogue of ``lang``."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for ts in sorted(TRANSLATIONS.glob(f"*_{lang}.ts")):
        catalog = i18n.parse_ts(ts.read_bytes(), lang)
        for key, text in catalog.singular.items():
            found.setdefault(key, []).append((ts.name, text))
    return found


def test_every_value_has_a_label_written_once_in_the_core() -> None:
    assert all(V.source(value) for value in VALUES), [v for v in VALUES if not V.source(v)]
    # The app's module reads the core's sources; it marks none of its own.
    app_module = (REPO / "fieldkit" / "gui" / "vocabulary_labels.py").read_text("utf-8")
    reports_module = (REPO / "fieldkit" / "reports" / "labels.py").read_text("utf-8")
    assert "QT_TRANSLATE_NOOP" not in app_module
    assert "QT_TRANSLATE_NOOP" not in reports_module


@pytest.mark.parametrize("lang", LANGS)
def test_each_vocabulary_term_has_one_catalogue_entry_and_one_translation(lang: str) -> None:
    messages = _messages(lang)
    for value in VALUES:
        source = V.source(value)
        assert source is not None
        entries = messages.get(("vocabulary", source), [])
        assert len(entries) == 1, (value, entries)  # one catalogue, finished
        assert entries[0][0] == f"core_{lang}.ts", (value, entries)
        assert entries[0][1] != "", value


def _glossary_rows(lang: str) -> dict[str, str]:
    """docs/glossary/<lang>.md: English → translation, for the vocabulary rows."""
    sources = {V.source(v) for v in VALUES}
    rows: dict[str, str] = {}
    text = (REPO / "docs" / "glossary" / f"{lang}.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        english = cells[0].split(" (")[0] if len(cells) == 3 else ""
        if english in sources:
            rows.setdefault(english, cells[1])
            assert rows[english] == cells[1], f"{lang}: {english!r} listed two ways"
    return rows


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_glossary_lists_the_wording_the_catalogue_ships(lang: str) -> None:
    rows = _glossary_rows(lang)
    assert rows, lang
    differing = {
        english: (listed, i18n.translate("vocabulary", english, lang=lang))
        for english, listed in rows.items()
        if listed != i18n.translate("vocabulary", english, lang=lang)
    }
    assert differing == {}


def test_roles_are_translated_for_the_command_line_and_the_pdfs_too() -> None:
    assert V.value_label("coordinator", lang="fr") == "Coordinateur"
    assert V.value_label("auditor", lang="uk") == "Аудитор"
    assert V.value_label(3, lang="ar") == "3 – متوسطة"
    assert V.value_label("not_a_term", lang="fr") == "not_a_term"
    assert report_labels.value_label("not_a_term") == "not a term"


def test_the_core_labels_need_neither_qt_nor_reportlab() -> None:
    """The command line reads them without loading the app's toolkit or the PDF library."""
    code = (
        "import sys, fieldkit.records.vocabulary_labels as V\n"
        "print(V.format_value('object', 'status', 'on_loan'), 'PySide6' in sys.modules, "
        "'reportlab' in sys.modules, sep='|')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "FIELDKIT_LANG": "en"},
        check=True,
        timeout=60,
    )
    assert proc.stdout.strip() == "On loan|False|False"


@pytest.mark.parametrize(
    ("lang", "status", "agents"),
    [
        ("fr", "Évacué", "Criminels, Eau"),
        ("ar", "مُخلاة", "اللصوص والمخربون، الماء"),
        ("uk", "Евакуйований", "Злодії та вандали, Вода"),
    ],
)
def test_a_field_value_reads_the_same_wording_in_every_front_end(
    lang: str, status: str, agents: str
) -> None:
    with i18n.using(lang):
        assert V.format_value("object", "status", "evacuated") == status
        assert V.format_value("damage", "agents", ["thieves_vandals", "water"]) == agents
        assert V.format_value("damage", "agents", ["not_known"]) == "not known"
        assert V.format_value("object", "status", None) == ""
