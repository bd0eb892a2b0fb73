"""Texts the desktop app showed in English whatever the language: the core's sentences shown
through ``core_text``, the conflict title, a merge and measurements in the history, a plural
written by a base class and shown by its subclass (French tests, each seen failing before)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from fieldkit import i18n
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.gui.editors.history_view import WHAT, HistoryView, value_text
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.conflicts import ConflictView
from fieldkit.gui.report_dialog import OBJECT_ID, ReportDialog
from fieldkit.gui.session import Session
from fieldkit.gui.translation import install_language
from fieldkit.gui.widgets import core_text
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text
from fieldkit.records import fields as F
from fieldkit.records.conflicts import Conflict
from fieldkit.records.merge import merge_view
from fieldkit.reports import ReportResult
from fieldkit.vault import Vault


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


def test_core_text_shows_the_cores_sentences_in_french(french: None) -> None:
    # A core sentence as a Text (its own context, named parameters) and as a plain sentence.
    template = QT_TRANSLATE_NOOP("errors", "{name} (fingerprint {fingerprint}…)")
    text = Text("errors", template, name="Bob", fingerprint="1a2b")
    assert core_text(text) == i18n.localise(text) != str(text)
    assert "empreinte" in core_text(text)
    assert core_text("") == ""


def test_the_conflict_title_is_a_translated_template(
    french: None,
    qtbot,
    vault: Vault,  # type: ignore[no-untyped-def]
) -> None:
    records = Session(vault).records
    made = records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"})
    records.edit(made.record_id, {"title": "Jar, lid"})
    heads = [e.revision for e in records.history(made.record_id)]
    conflict = Conflict(made.record_id, F.OBJECT, "X-1 — Jar", heads, None, merge_view(heads, None))
    view = ConflictView()
    qtbot.addWidget(view)
    view.show_conflict(conflict)
    assert view.title.text() == "Objet\u00a0: X-1 — Jar"


def test_a_merge_in_the_history_names_the_object_it_joined_in_french(
    french: None,
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    kept = records.create(F.OBJECT, {"inventory_number": "MCP 1963.28", "title": "Jar"})
    other = records.create(F.OBJECT, {"inventory_number": "MCP-1963-28", "title": "Jarre"})
    Duplicates(records).decide(kept.record_id, other.record_id, same=True)
    entries = records.history(other.record_id)
    history = HistoryView(unlocked)
    history.show_history(entries, session.identity.fingerprint)
    texts = [history.item(r, WHAT).text() for r in range(history.rowCount())]
    assert any("fusionné dans MCP 1963.28 — Jar" in t for t in texts), texts
    assert not any("same_as" in t or kept.record_id[:8] in t for t in texts), texts


def test_history_measurements_are_in_french(french: None) -> None:
    value = [{"dimension": "height", "value": 72.5, "unit": "cm"}]
    # The decimal as French writes it, as the editor and the reports do (r12).
    assert value_text(F.OBJECT, "measurements", value) == "hauteur\u00a0: 72,5\u00a0cm"


def test_a_report_dialog_counts_its_pages_in_french(
    french: None,
    qtbot,
    vault: Vault,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    # The page count is written by PdfDialog and shown by its subclass ReportDialog.
    dialog = ReportDialog(Session(vault), OBJECT_ID)
    qtbot.addWidget(dialog)
    dialog._done(ReportResult(tmp_path / "r.pdf", 2, 1, ()))
    assert dialog.done_text.text().startswith("2 pages"), dialog.done_text.text()


def test_a_merge_is_named_in_an_editor_outside_the_main_window(
    qtbot,
    vault: Vault,  # type: ignore[no-untyped-def]
) -> None:
    # An editor in its own window (or a dialog) holds the session, not the window around it.
    from PySide6.QtWidgets import QWidget

    session = Session(vault)
    kept = session.records.create(F.OBJECT, {"inventory_number": "MCP 1963.28", "title": "Jar"})
    other = session.records.create(F.OBJECT, {"inventory_number": "MCP-1963-28", "title": "J"})
    Duplicates(session.records).decide(kept.record_id, other.record_id, same=True)
    window = QWidget()
    qtbot.addWidget(window)
    editor = QWidget(window)
    editor.session = session  # type: ignore[attr-defined]
    history = HistoryView(editor)
    history.show_history(session.records.history(other.record_id), session.identity.fingerprint)
    texts = [history.item(r, WHAT).text() for r in range(history.rowCount())]
    assert any("merged into MCP 1963.28 — Jar" in t for t in texts), texts
