"""The r10 new-user trial in Arabic, Ukrainian and French (notes r10/uitrial.md, r9/uitrial.md):
the idle-lock delay's digits and plural, the wizard's arrows, the handover wizard's ending and
dates, the place editor's example code, Qt's own file dialog half in English, and the path in
the missing-folder line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peers import Peer
from PySide6.QtCore import QCoreApplication, QFileInfo, QLocale, Qt
from PySide6.QtGui import QAbstractFileIconProvider, QFont, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from fieldkit import i18n
from fieldkit.gui.custody_reports import CustodyReportDialog
from fieldkit.gui.dates import format_iso
from fieldkit.gui.handover_wizard import HandoverWizard
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.vault_settings import VaultSettingsPage
from fieldkit.gui.pdf_dialog import PdfDialog
from fieldkit.gui.translation import install_language
from fieldkit.records import custody as C
from fieldkit.records import fields as F

Speak = Callable[[str], None]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Speak]:
    """Switch the app to a language for the test; English again after."""
    installed = []

    def switch(lang: str) -> None:
        installed.extend(install_language(qapp, lang))

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


def test_the_idle_lock_delay_has_western_digits_and_the_plural_form(speak: Speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("ar")
    page = VaultSettingsPage()
    qtbot.addWidget(page)
    shown = {}
    for minutes in (1, 2, 10, 15):
        page.idle.setValue(minutes)
        shown[minutes] = page.idle.text()
    # Was «١٠ دقيقة» (Qt's Arabic digits, one suffix for every number).
    assert shown == {1: "1 دقيقة", 2: "2 دقيقتان", 10: "10 دقائق", 15: "15 دقيقة"}
    page.idle.lineEdit().selectAll()
    QTest.keyClicks(page.idle.lineEdit(), "25")
    page.idle.interpretText()
    assert page.idle.value() == 25


def test_the_idle_lock_delay_reads_as_before_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = VaultSettingsPage()
    qtbot.addWidget(page)
    page.idle.setValue(10)
    assert page.idle.text() == "10 min"


def _crate_to_hand_over(tmp_path: Path) -> tuple[Peer, Peer, str]:
    field, store = Peer(tmp_path, "field"), Peer(tmp_path, "store")
    field.trust(store)
    chain = C.Custody(field.records)
    jar = field.records.create(F.OBJECT, {"inventory_number": "H-1", "title": "Jar"}).record_id
    crate = chain.add_container({"code": "C-100", "kind": "crate"}).record_id
    chain.move([jar], "C-100")
    chain.add_container({"code": "C-200", "kind": "crate"})  # empty
    return field, store, crate


def test_the_wizard_buttons_point_the_right_way_in_arabic(
    speak: Speak, window: MainWindow, tmp_path: Path
) -> None:
    field, _store, crate = _crate_to_hand_over(tmp_path)
    window.open_session(field.vault)
    english = HandoverWizard(window.session)  # type: ignore[arg-type]
    assert english.button(QWizard.WizardButton.NextButton).text() == "&Next >"  # unchanged
    english.reject()
    speak("ar")
    wizard = HandoverWizard(window.session, window, [crate])  # type: ignore[arg-type]
    assert wizard.isRightToLeft()
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
        text = wizard.button(which).text()
        # «التالي >» pointed toward Back in a right-to-left window.
        assert text and "<" not in text and ">" not in text, text
    wizard.reject()


def test_the_handover_wizard_says_what_comes_next_and_prints_the_certificate(
    speak: Speak, window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    speak("en")  # English's plural forms, as the app loads them
    field, store, crate = _crate_to_hand_over(tmp_path)
    window.open_session(field.vault)
    wizard = window.custody.hand_over([crate])
    assert isinstance(wizard, HandoverWizard)
    listed = [
        wizard.items_page.boxes.item(r).text() for r in range(wizard.items_page.boxes.count())
    ]
    assert "C-100 (1 item)" in listed  # what each crate holds; an empty one says it
    assert "C-200" in listed
    wizard.next()
    wizard.next()
    details = wizard.details_page
    # The prefilled moment is read back in the app's date format, not only as ISO text.
    assert details.handed_at_shown.text() == format_iso(details.handed_at.text())
    assert "T" not in details.handed_at_shown.text()
    details.place.setText("Loading bay")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Create handover"
    finish.click()
    assert wizard.handover_id is not None
    assert wizard.currentPage() is wizard.done_page  # no longer closes without a word
    steps = wizard.done_page.next_steps.text()
    assert "Export a bundle" in steps and "Handovers received" in steps
    assert store.identity.name in steps
    assert wizard.isVisible() and finish.isVisible() and finish.text() != "&Create handover"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # made: no way back
    wizard.done_page.certificate_button.click()
    dialogs = [d for d in wizard.findChildren(CustodyReportDialog) if d.isVisible()]
    assert dialogs and dialogs[-1].document == "handover"
    assert dialogs[-1].targets == [wizard.handover_id]
    assert dialogs[-1].destination.text().endswith("Handover certificate C-100.pdf")
    dialogs[-1].reject()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    # The handovers dialog shows the date as the app does, not "2026-12-06T07:03:…".
    handovers = window.custody.show_handovers()
    assert handovers is not None
    shown = handovers.details.text()
    assert "Handed over at: " + format_iso(wizard.details_page._handed_at()) in shown
    handovers.reject()
    store.vault.close()


def test_the_place_editor_suggests_a_place_code(unlocked: MainWindow) -> None:
    place = unlocked.custody.open_location()
    crate = unlocked.custody.open_container()
    assert place is not None and crate is not None
    # Was "e.g. C-014", the example of a crate, in a place's code field.
    assert "C-014" not in place.line_edit("code").placeholderText()
    assert "TS-2" in place.line_edit("code").placeholderText()
    assert "C-014" in crate.line_edit("code").placeholderText()
    place.close()
    crate.close()


def test_qt_file_dialogs_speak_the_apps_language(speak: Speak, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    speak("fr")
    dialog = QFileDialog(None, "x", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    # Qt 6 asks for "&Look in:" and "Files of &type:"; Qt's catalog has them without "&".
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Voir dans\u00a0:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "&Fichiers de type\u00a0:"
    assert QAbstractFileIconProvider().type(QFileInfo(str(tmp_path))) == "Dossier"
    # FieldKit's own catalogs still answer behind Qt's.
    assert QCoreApplication.translate("dates", "{date}, {time}") != ""


def _x(layout: QTextLayout, position: int) -> float:
    x, _ = layout.lineAt(0).cursorToX(position)
    return x


def test_the_missing_folder_line_draws_the_path_left_to_right(speak: Speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("ar")
    dialog = PdfDialog(None, "x")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.build_pages("x.pdf")
    dialog.destination.setText("/nonexistent/x.pdf")
    assert not dialog.validate()
    text = dialog.error.text()
    layout = QTextLayout(text, QFont(dialog.error.font()))
    option = QTextOption()
    option.setTextDirection(dialog.error.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    slash, first = text.index("/nonexistent"), text.index("nonexistent")
    # The slash is drawn on the left of "nonexistent", as in "/nonexistent".
    assert dialog.error.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _x(layout, slash + 1) < _x(layout, first + 2)
