"""File → Import a spreadsheet… after a new user's trial (r11 #8, #9) and a review (#4): a
column shown as "Not imported" can be chosen so, a field taken from another column is said
there and in the warnings, an import that would lose every row's inventory number asks
first, and an import can be undone (on the result page, and from the dialog later).

Real vaults, real CSV files in tmp_path, the dialog driven as a user would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from fieldkit.gui.csv_import_dialog import CHOOSE, PREVIEW, RESULT, CsvImportDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def open_dialog(window: MainWindow, path: Path, qtbot) -> CsvImportDialog:  # type: ignore[no-untyped-def]
    dialog = window.import_spreadsheet(path)
    assert isinstance(dialog, CsvImportDialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(dialog, qtbot)
    return dialog


def settle(dialog: CsvImportDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.pages.currentIndex() == PREVIEW, timeout=30_000
    )


def combo_of(dialog: CsvImportDialog, header: str) -> QComboBox:
    table = dialog.columns_table
    for row in range(table.rowCount()):
        if table.item(row, 0) is not None and table.item(row, 0).text() == header:
            combo = table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            return combo
    raise AssertionError(header)


def how_of(dialog: CsvImportDialog, header: str) -> str:
    table = dialog.columns_table
    for row in range(table.rowCount()):
        if table.item(row, 0) is not None and table.item(row, 0).text() == header:
            return table.item(row, 2).text()
    raise AssertionError(header)


def choose(dialog: CsvImportDialog, qtbot, header: str, field: str) -> None:  # type: ignore[no-untyped-def]
    """As a user picks an entry from the list (also the one already shown)."""
    combo = combo_of(dialog, header)
    index = combo.findData(field)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    settle(dialog, qtbot)


def plain(text: str) -> str:
    """Text without the isolates that keep a file name whole in a right-to-left line."""
    return text.translate({0x2066: None, 0x2067: None, 0x2068: None, 0x2069: None})


def objects(window: MainWindow) -> list[dict[str, object]]:
    assert window.session is not None
    return [v.fields for v in window.session.records.list(F.OBJECT)]


def box_named(dialog: CsvImportDialog, name: str, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, name) is not None, timeout=10_000)
    box = dialog.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


SHEET = [["N° inventaire", "Titre", "Titre arabe"]] + [
    [f"MNB-{i}", f"Vase {i}", "جرة"] for i in range(6)
]


def test_not_imported_chosen_where_it_is_shown_is_accepted(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    dialog = open_dialog(unlocked, write_csv(tmp_path / "inv.csv", SHEET), qtbot)
    assert not dialog.import_button.isEnabled()
    assert combo_of(dialog, "Titre arabe").currentData() == "-"  # shown, not yet chosen
    choose(dialog, qtbot, "Titre arabe", "-")  # it did nothing: Import stayed refused
    assert dialog.import_button.isEnabled()
    assert how_of(dialog, "Titre arabe") == "not imported, chosen here"
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()  # no question: every field the file has is imported
    assert sorted(str(o["inventory_number"]) for o in objects(unlocked))[0] == "MNB-0"


def test_a_field_taken_from_another_column_is_said_and_losing_it_everywhere_is_asked(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    dialog = open_dialog(unlocked, write_csv(tmp_path / "inv.csv", SHEET), qtbot)
    choose(dialog, qtbot, "Titre arabe", "inventory_number")
    # The column that had the field says so at once, and the warnings name it.
    assert combo_of(dialog, "N° inventaire").currentData() == "-"
    assert "not imported: “Inventory number” now comes from “Titre arabe”" in how_of(
        dialog, "N° inventaire"
    )
    assert (
        "The column “N° inventaire” is no longer imported: its field “Inventory number” now "
        "comes from the column “Titre arabe”." in dialog.warnings_text.text()
    )
    choose(dialog, qtbot, "Titre arabe", "-")  # the trial's next step
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    box = box_named(dialog, "csvLostFieldsBox", qtbot)
    assert "6 object(s) would be imported without: Inventory number." in box.text()
    assert "The column “N° inventaire” holds 6 value(s) for “Inventory number”" in (
        box.informativeText()
    )
    assert box.defaultButton() is box.escapeButton()  # the safe answer is the default
    answer(box, QMessageBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "csvLostFieldsBox") is None)
    assert dialog.pages.currentIndex() == PREVIEW and objects(unlocked) == []
    # Said again, and imported only when the user says so.
    dialog.import_button.click()
    box = box_named(dialog, "csvLostFieldsBox", qtbot)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        answer(box, QMessageBox.ButtonRole.AcceptRole)
    assert len(objects(unlocked)) == 6


def test_an_import_is_undone_from_the_result_page(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    assert unlocked.session is not None
    records = unlocked.session.records
    kept = records.create(F.OBJECT, {"inventory_number": "OLD-1", "title": "Déjà là"})
    rows = [["N° inventaire", "Titre"]] + [[f"X-{i}", "Objet"] for i in range(4)]
    dialog = open_dialog(unlocked, write_csv(tmp_path / "mauvais.csv", rows), qtbot)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == RESULT)
    assert dialog.undo_button.isVisible()
    new = list(dialog.outcome.ids) if dialog.outcome else []
    records.edit(new[0], {"notes": "vu en réserve"})  # someone worked on one since
    dialog.undo_button.click()
    answer(box_named(dialog, "csvUndoBox", qtbot), QMessageBox.ButtonRole.AcceptRole)
    # Refused for the edited one, which is named; deleted with it once confirmed.
    box = box_named(dialog, "csvUndoEditedBox", qtbot)
    assert "1 record(s) of this import were edited since; nothing was deleted." in box.text()
    assert "X-0" in box.informativeText()
    assert len(objects(unlocked)) == 5
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        answer(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == RESULT and not dialog.busy)
    assert "4 object(s) deleted: the import from mauvais.csv is undone." in plain(
        dialog.result_text.text()
    )
    assert [v.record_id for v in records.list(F.OBJECT)] == [kept.record_id]
    assert len(records.history(new[1])) == 2  # a deletion revision: history kept
    assert not dialog.undo_button.isVisible() and not dialog.show_button.isVisible()


def test_the_last_import_can_be_undone_later_from_the_dialog(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    rows = [["N° inventaire", "Titre"]] + [[f"X-{i}", "Objet"] for i in range(3)]
    dialog = open_dialog(unlocked, write_csv(tmp_path / "mauvais.csv", rows), qtbot)
    assert not dialog.undo_last_button.isVisibleTo(dialog)  # nothing imported yet
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    dialog.close()
    later = unlocked.import_spreadsheet()
    assert isinstance(later, CsvImportDialog) and later.pages.currentIndex() == CHOOSE
    assert later.undo_last_button.isVisibleTo(later)
    assert "Last import: 3 object(s) from mauvais.csv" in plain(later.last_import.text())
    later.undo_last_button.click()
    box = box_named(later, "csvUndoBox", qtbot)
    assert "The 3 object(s) imported from mauvais.csv will be deleted." in plain(box.text())
    with qtbot.waitSignal(later.imported, timeout=30_000):
        answer(box, QMessageBox.ButtonRole.AcceptRole)
    assert objects(unlocked) == []


def test_utf16_without_a_mark_is_offered_in_the_list_and_read(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("N° inventaire;Titre\r\nA-1;Jarre à eau\r\n".encode("utf-16-le"))
    dialog = unlocked.import_spreadsheet(path)
    assert isinstance(dialog, CsvImportDialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.choose_error.text()), timeout=30_000)
    said = dialog.choose_error.text()
    assert "binary" not in said and "--encoding" not in said  # no CLI option in the app
    assert dialog.encoding.currentData() == "utf-16-le"  # what the bytes show, selected
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(dialog, qtbot)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert objects(unlocked) == [{"inventory_number": "A-1", "title": "Jarre à eau"}]


def test_a_duplicate_inventory_number_is_one_warning_with_its_rows(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    rows = [["N° inventaire", "Titre"], ["MNB-0776", "Jarre"], ["MNB-0776", "Vase"]]
    dialog = open_dialog(unlocked, write_csv(tmp_path / "inv.csv", rows), qtbot)
    warnings = dialog.warnings_text.text().split("\n\n")
    about = [w for w in warnings if "more than once" in w]
    assert len(about) == 1, warnings  # the count and the list were two warnings
    assert "MNB-0776" in plain(about[0]) and "(rows 2, 3)" in about[0]
    assert dialog.counts.text() == "New objects: 2. Errors: 0. Warnings: 1."
