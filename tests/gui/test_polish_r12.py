"""r12 polish: the welcome screen's Alt keys click, the PDF dialog's height, translated date
placeholders, sizes in the language's units, isolated paths, pages that fit at 125 %, and the
recovery key printed right to left in Arabic."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from fieldkit.gui.bundles.export_dialog import ExportDialog
from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.recovery_key_view import RecoveryKeyView
from fieldkit.gui.report_dialog import DAMAGE, DONE, INVENTORY
from fieldkit.gui.widgets import human_size
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def test_every_alt_key_of_the_welcome_screen_clicks_its_button(
    window_in: MainWindow, qtbot: QtBot
) -> None:
    """Alt+R went to the Reports menu and Alt+C to Custody as well as to the welcome screen's
    buttons: Qt then only moves the focus (an ambiguous key). Each letter is the welcome
    screen's own, and pressing it clicks."""
    with qtbot.waitActive(window_in):  # Alt keys are the active window's
        window_in.show()
        window_in.activateWindow()
    welcome = window_in.welcome
    menus = {mnemonic_of(a.text()) for a in window_in.menuBar().actions() if a.isVisible()}
    labels = [label for label in welcome.findChildren(QLabel) if label.buddy() is not None]
    letters = [mnemonic_of(b.text()) for b in welcome.findChildren(QAbstractButton)]
    letters += [mnemonic_of(label.text()) for label in labels]
    twice = [letter for letter, n in Counter(letters).items() if n > 1 or letter in menus]
    assert not twice, twice
    for button, signal in (
        (welcome.create_button, welcome.create_requested),
        (welcome.restore_button, welcome.restore_requested),
        (welcome.verify_button, welcome.verify_requested),
    ):
        letter = mnemonic_of(button.text())
        assert letter is not None
        with qtbot.waitSignal(signal, timeout=2000):
            # With its text: QTest has no ASCII for an Arabic or Cyrillic letter's key.
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                welcome,
                Qt.Key(ord(letter.upper())),
                letter,
                Qt.KeyboardModifier.AltModifier,
            )
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
        dialog = QApplication.activeModalWidget()  # what the button opened
        assert isinstance(dialog, QDialog)
        dialog.reject()
        window_in.activateWindow()
        qtbot.waitUntil(window_in.isActiveWindow)


def test_the_back_up_button_has_an_alt_key_no_menu_holds(
    window_in: MainWindow, vault: Vault
) -> None:
    """French Alt+G went to the « Garde » menu as well as to « Sauvegarder… », so it only
    moved the focus there."""
    window_in.open_session(vault)
    menus = {mnemonic_of(a.text()) for a in window_in.menuBar().actions() if a.isVisible()}
    page = window_in.workspace.settings_page
    letter = mnemonic_of(page.backup_button.text())
    assert letter is not None and letter not in menus, page.backup_button.text()
    others = [mnemonic_of(b.text()) for b in page.findChildren(QAbstractButton)]
    others += [mnemonic_of(label.text()) for label in page.findChildren(QLabel) if label.buddy()]
    assert others.count(letter) == 1


def test_a_damage_report_pdf_dialog_is_as_tall_as_its_one_field(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    """The size remembered for the report dialog is any report's: after an evacuation list's
    dialog was made 580 px tall, the damage report's one field came in a 580 px dialog."""
    records = Records(vault)
    jar = records.create(F.OBJECT, {"inventory_number": "C-001", "title": "Jar"})
    records.create(F.DAMAGE, {"object_id": jar.record_id, "description": "crack"})
    window.open_session(vault)
    workspace = window.workspace
    inventory = workspace.report(INVENTORY)
    assert inventory is not None
    qtbot.waitExposed(inventory)
    inventory.resize(inventory.width(), 580)
    inventory.reject()
    workspace.show_section(1)
    damage_page = workspace.damage_page
    qtbot.waitUntil(lambda: damage_page.model.rowCount() == 1)
    damage_page.table.setCurrentIndex(damage_page.model.index(0, 0))
    dialog = workspace.report(DAMAGE)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    content = dialog.layout().totalHeightForWidth(dialog.width())
    assert content > 0
    assert dialog.height() == max(content, dialog.minimumSizeHint().height()) < 300
    screen = dialog.screen()
    assert dialog.frameGeometry().height() <= screen.availableGeometry().height()
    dialog.reject()


def _centres(label: QLabel, parts: list[str]) -> list[float]:
    """Where each of ``parts`` of ``label``'s text is drawn (the middle of its glyphs, in
    pixels from the left), laid out as the label does in the application's direction."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(QApplication.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(4000)
    layout.endLayout()
    centres = []
    for part in parts:
        start = text.index(part)
        rects = [run.boundingRect() for run in layout.glyphRuns(start, len(part))]
        centres.append((min(r.left() for r in rects) + max(r.right() for r in rects)) / 2)
    return centres


def test_an_arabic_pdf_path_reads_left_to_right_in_the_written_line(
    window: MainWindow, vault: Vault, tmp_path: Path, qtbot: QtBot, use_language
) -> None:  # type: ignore[no-untyped-def]
    """« كُتبت 1 صفحة في /tmp/…/تقارير/تقرير الأضرار C-001.pdf »: the folder and the file
    name swapped places and « C-001.pdf » came apart from its name (one right-to-left run)."""
    records = Records(vault)
    jar = records.create(F.OBJECT, {"inventory_number": "C-001", "title": "Jar"})
    report = records.create(F.DAMAGE, {"object_id": jar.record_id, "description": "crack"})
    use_language("ar")
    window.open_session(vault)
    folder = tmp_path / "تقارير"
    folder.mkdir()
    dialog = window.workspace.report(DAMAGE, [report.record_id])
    assert dialog is not None
    name = "تقرير الأضرار C-001.pdf"
    dialog.destination.setText(str(folder / name))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=20_000)
    assert (folder / name).is_file()
    start, parent, file, sentence = _centres(
        dialog.done_text, [str(tmp_path)[:4], "تقارير", name[:5], "كُتبت"]
    )
    assert start < parent < file < sentence, (start, parent, file, sentence)
    # The file's name reads as one name, right to left: its number on its left.
    (number,) = _centres(dialog.done_text, ["C-001.pdf"])
    assert parent < number < file
    dialog.reject()


ENGLISH_SIZES = [
    "3.9 GiB — fits a FAT32 USB stick",
    "2 GiB",
    "1 GiB",
    "650 MiB — fits a CD",
    "100 MiB — for e-mail or slow links",
]


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "uk"])
def test_the_export_size_choices_are_in_the_readers_numbers_and_units(
    unlocked: MainWindow, qtbot: QtBot, use_language, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """The Arabic export dialog offered « 3.9 GiB », « 2 GiB »…: every choice writes its size
    as every size in the app is written (human_size), in the reader's units."""
    use_language(lang)
    assert unlocked.session is not None
    dialog = ExportDialog(unlocked.session, unlocked)
    qtbot.addWidget(dialog)
    combo = dialog.max_size
    texts = [combo.itemText(i) for i in range(combo.count())]
    if lang == "en":
        assert texts == ENGLISH_SIZES
    for i, text in enumerate(texts):
        size = int(combo.itemData(i))
        assert text.startswith(human_size(size, whole=True)), (text, size)
    if lang == "ar":
        assert not [t for t in texts if re.search("[KMG]iB|[0-9],[0-9]", t)], texts
    else:
        # French and Ukrainian decimals take a comma: « 3,9 Gio », « 3,9 ГіБ ».
        assert texts[0].startswith("3.9 " if lang == "en" else "3,9 "), texts


ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
PLACEHOLDERS = {
    "en": ("YYYY-MM-DD", "YYYY-MM-DD HH:MM"),
    "fr": ("AAAA-MM-JJ", "AAAA-MM-JJ HH:MM"),
    "uk": ("РРРР-ММ-ДД", "РРРР-ММ-ДД ГГ:ХХ"),
    "ar": ("سسسس-شش-يي", "سسسس-شش-يي سس:دد"),
}


def _groups_left_to_right(text: str) -> bool:
    """Whether the letter groups of a placeholder (year, month, day, hours, minutes) are drawn
    from left to right, as the digits are typed, in the direction Qt gives the text."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # as QLineEdit draws it
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(4000)
    layout.endLayout()
    centres = []
    for match in re.finditer(r"[^\W\d_]+", text):
        rects = [r.boundingRect() for r in layout.glyphRuns(match.start(), len(match[0]))]
        centres.append((min(r.left() for r in rects) + max(r.right() for r in rects)) / 2)
    return len(centres) >= 3 and centres == sorted(centres)


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "uk"])
def test_date_placeholders_are_translated_and_read_in_the_fields_order(
    unlocked: MainWindow, use_language, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """« YYYY-MM-DD » was left in English; the Arabic date-and-time placeholder put the year on
    the right, where the typed minutes go."""
    use_language(lang)
    editor = unlocked.workspace.new_damage()
    assert editor is not None
    day = editor.inputs["event_date_from"].edit.placeholderText()
    moment = editor.inputs["observed_at"].edit.placeholderText()
    assert (day.translate(ISOLATES), moment.translate(ISOLATES)) == PLACEHOLDERS[lang]
    assert _groups_left_to_right(day), day
    assert _groups_left_to_right(moment), moment
    if lang == "en":
        assert (day, moment) == PLACEHOLDERS["en"]  # word for word, nothing added
    editor.close()


def _drawn_at(doc: QTextDocument, text: str, end: bool = False) -> float:
    """Where the start (or end) of ``text`` is drawn in ``doc``, in pixels from the left: one
    character in (or before its end), clear of the edges of its run, whose cursor positions
    may be either side."""
    layout = doc.documentLayout()
    layout.documentSize()  # laid out now, not when first drawn
    found = doc.find(text)
    assert not found.isNull(), text
    block = found.block()
    position = (found.selectionEnd() - 1 if end else found.selectionStart() + 1) - block.position()
    lines = block.layout()
    line = lines.lineForTextPosition(position)
    assert line.isValid(), text
    x, _ = line.cursorToX(position)
    return layout.blockBoundingRect(block).x() + x


def test_the_arabic_recovery_key_printout_reads_from_the_right(qtbot: QtBot, use_language) -> None:  # type: ignore[no-untyped-def]
    """The Arabic printout had its title on the right but the vault, owner and date table and
    the key at the left margin, labels in the left column."""
    use_language("ar")
    key = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB"
    view = RecoveryKeyView(key)
    qtbot.addWidget(view)
    view.set_key(key, vault_name="خزنة المتحف", owner="Layla Haddad")
    doc = QTextDocument()
    doc.setHtml(view.printout_html())
    doc.setTextWidth(800)
    # The label on the right, its value to its left.
    assert _drawn_at(doc, view.tr("Vault")) > _drawn_at(doc, "خزنة المتحف")
    assert _drawn_at(doc, view.tr("Owner")) > _drawn_at(doc, "Layla Haddad")
    # The key: each line left to right, at the right margin.
    assert _drawn_at(doc, "ABCD") < _drawn_at(doc, "EFGH") < _drawn_at(doc, "PQRS")
    assert _drawn_at(doc, "PQRS", end=True) > 700
    assert _drawn_at(doc, "TVWX") < _drawn_at(doc, "89AB")


def _pages_child(lang: str, folder: str) -> None:
    """Show every section at the environment's scale in ``lang``; print one JSON line each:
    how far its page scrolls sideways."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for conftest
    from conftest import FAST_KDF, PASSPHRASE
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QScrollArea, QStackedWidget

    from fieldkit.demo.collection import generate
    from fieldkit.gui.app import configure_application
    from fieldkit.gui.translation import install_language

    app = QApplication([])
    configure_application(app)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, f"{folder}/qs")
    install_language(app, lang)
    vault, _ = Vault.create(Path(folder) / "vault", PASSPHRASE, kdf=FAST_KDF, name="Сховище")
    generate(vault, 12, seed=11)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    window.show()
    window.open_session(vault)
    workspace = window.workspace
    for row in range(workspace.sidebar.count()):
        workspace.show_section(row)
        for _ in range(5):
            app.processEvents()
        holder = QStackedWidget.currentWidget(workspace.pages)  # the page's scroll area
        assert isinstance(holder, QScrollArea)
        page = holder.widget()
        sideways = holder.horizontalScrollBar().maximum()
        print(json.dumps({"page": page.objectName(), "sideways": sideways}), flush=True)
    window.lock()
    vault.close()


@pytest.mark.parametrize("lang", ["uk", "fr", "ar", "en"])
def test_no_page_scrolls_sideways_at_125_percent(lang: str, tmp_path: Path) -> None:
    """At 125 % on a 1366-pixel laptop the Ukrainian bundles page (the sync folder's buttons)
    and the French evacuation page (the containers' buttons) scrolled sideways: their rows of
    buttons now go on to a second line. In a child process: QT_SCALE_FACTOR is read once."""
    env = {**os.environ, "QT_SCALE_FACTOR": "1.25", "FIELDKIT_LANG": lang}
    done = subprocess.run(
        [sys.executable, __file__, lang, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(seen) >= 8, done.stdout
    assert not [page for page in seen if page["sideways"] > 0], seen


def test_a_list_pages_title_row_goes_on_to_a_second_line(unlocked: MainWindow) -> None:
    """The objects page's title row (sorting, count, Open, New, Import) no longer sets the
    page's narrowest width: it wraps, where it made a Ukrainian page scroll sideways."""
    page = unlocked.workspace.object_page
    row = page.open_button.parentWidget()
    assert row is not None and row is not page
    assert page.import_button is not None and page.import_button.parentWidget() is row
    assert row.minimumSizeHint().width() < row.sizeHint().width() / 2
    narrow = row.minimumSizeHint().width()
    assert row.heightForWidth(narrow) > row.heightForWidth(row.sizeHint().width())


if __name__ == "__main__":
    _pages_child(sys.argv[1], sys.argv[2])
