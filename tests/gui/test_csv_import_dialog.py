"""File → Import a spreadsheet…: the desktop app's side of `fieldkit object import-csv` (a new
user's trial: a conservator could not bring her French Excel inventory into the app).

Real vaults, real CSV files written in tmp_path, the dialog driven as a user would: the file is
read as the CLI reads it (encoding, separator, date order asked when the file does not show
it), errors are listed and can be saved, Import is refused while the file has errors, "Check
again" reads the corrected file, a cancelled import keeps nothing, and the new objects show."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QWidget

from fieldkit.gui.csv_import_dialog import CHOOSE, PREVIEW, RESULT, CsvImportDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from fieldkit.tasks import Progress
from fieldkit.vault import Vault

FRENCH = ["N° d'inventaire", "Titre", "Date de documentation", "Statut"]


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "cp1252") -> Path:
    """A sheet as Excel in French saves it: Windows-1252, ';' between columns, CRLF."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def open_dialog(window: MainWindow, path: Path, qtbot) -> CsvImportDialog:  # type: ignore[no-untyped-def]
    dialog = window.import_spreadsheet(path)
    assert isinstance(dialog, CsvImportDialog)
    check(dialog, qtbot, dialog.check_button)
    return dialog


def check(dialog: CsvImportDialog, qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Press ``button`` (Check the file, Check again) and wait for the preview."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.pages.currentIndex() == PREVIEW, timeout=30_000
    )


def objects(window: MainWindow) -> list[dict[str, object]]:
    assert window.session is not None
    records = window.session.records
    return [v.fields for v in records.list(F.OBJECT)]


def test_a_french_excel_inventory_is_read_previewed_and_imported(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = write_csv(
        tmp_path / "inventaire.csv",
        [
            FRENCH,
            ["A-1", "Stèle funéraire", "14/03/2024", "En réserve"],
            ["A-2", "Jarre à anses", "02/05/2024", "Évacué"],
            ["", "Manuscrit enluminé", "01/06/2024", "En place"],
        ],
    )
    dialog = open_dialog(unlocked, path, qtbot)
    read_as = dialog.read_as.text()
    assert "inventaire.csv" in read_as and "Windows-1252" in read_as and "semicolon" in read_as
    # 14/03/2024 can only be day/month/year: said, and the choice shown made.
    assert dialog.dates_box.isVisibleTo(dialog) and dialog.dmy.isChecked()
    assert not dialog.mdy.isChecked()
    table = dialog.columns_table
    fields = [table.cellWidget(r, 1).currentData() for r in range(table.rowCount())]
    assert fields == ["inventory_number", "title", "date_documented", "status"]
    assert table.item(0, 0).text() == "N° d'inventaire"
    assert dialog.counts.text() == "New objects: 3. Errors: 0. Warnings: 1."
    assert "1 row(s) have no inventory number" in dialog.warnings_text.text()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 3 object(s)"
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == RESULT
    assert "3 object(s) imported from" in dialog.result_text.text()
    assert "1 row(s) have no inventory number" in dialog.result_notes.text()
    stored = sorted(objects(unlocked), key=lambda f: str(f.get("title")))
    assert [(f.get("title"), f.get("date_documented"), f.get("status")) for f in stored] == [
        ("Jarre à anses", "2024-05-02", "evacuated"),
        ("Manuscrit enluminé", "2024-06-01", "in_place"),
        ("Stèle funéraire", "2024-03-14", "in_storage"),
    ]
    # "Show the new records": the object list, nothing hiding them, the first one selected.
    page = unlocked.workspace.object_page
    page.filter_bar.combos["status"].setCurrentIndex(
        page.filter_bar.combos["status"].findData("missing")
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert unlocked.workspace.current_list() is page
    assert page.table.currentIndex().isValid()
    assert not page.empty_hint.isVisible()


def test_a_bad_row_is_listed_can_be_saved_and_blocks_the_import(
    unlocked: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:
    path = write_csv(
        tmp_path / "inventaire.csv",
        [
            FRENCH,
            ["A-1", "Stèle", "14/03/2024", "En réserve"],
            ["A-2", "Jarre", "31/02/2024", "Statut inconnu"],
        ],
    )
    dialog = open_dialog(unlocked, path, qtbot)
    assert not dialog.import_button.isEnabled()  # as the CLI refuses it
    assert "correct them in the spreadsheet" in dialog.status.text()
    assert dialog.tabs.currentIndex() == 1 and dialog.tabs.tabText(1) == "Errors (2)"
    rows = [
        [dialog.errors_table.item(r, c).text() for c in range(3)]
        for r in range(dialog.errors_table.rowCount())
    ]
    assert rows[0][:2] == ["3", "Date de documentation"]
    assert "is not a date that exists" in rows[0][2]
    assert rows[1][:2] == ["3", "Statut"] and "status must be one of" in rows[1][2]
    target = tmp_path / "erreurs.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_errors() == str(target)
    saved = target.read_text(encoding="utf-8")
    assert "row 3, column 'Date de documentation': date_documented is not a date that" in saved
    assert "row 3, column 'Statut': status must be one of" in saved
    dialog.start_import()  # refused without the button, too
    assert dialog.pages.currentIndex() == PREVIEW and objects(unlocked) == []


def test_a_file_corrected_in_excel_is_checked_again(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    rows = [FRENCH, ["A-1", "Stèle", "14/03/2024", "En réserve"], ["A-2", "Jarre", "", "???"]]
    path = write_csv(tmp_path / "inventaire.csv", rows)
    dialog = open_dialog(unlocked, path, qtbot)
    assert not dialog.import_button.isEnabled()
    rows[2][3] = "Évacué"  # corrected in the spreadsheet and saved again
    write_csv(path, rows)
    check(dialog, qtbot, dialog.again_button)
    assert dialog.import_button.isEnabled() and dialog.status.text() == ""
    assert dialog.tabs.tabText(1) == "Errors (0)"


def test_dates_the_file_does_not_prove_are_asked_never_guessed(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = write_csv(
        tmp_path / "inventaire.csv",
        [FRENCH, ["A-1", "Stèle", "05/11/2023", "En réserve"], ["A-2", "Jarre", "", "Évacué"]],
    )
    dialog = open_dialog(unlocked, path, qtbot)
    assert dialog.dates_box.isVisibleTo(dialog)
    assert not dialog.dmy.isChecked() and not dialog.mdy.isChecked()
    assert "05/11/2023" in dialog.dates_text.text()
    assert not dialog.import_button.isEnabled()
    assert "Say how the file's dates are written" in dialog.status.text()
    # The question is asked above; the list holds only what the answer would not fix.
    assert dialog.errors_table.rowCount() == 0
    dialog.dmy.click()
    qtbot.waitUntil(
        lambda: (
            not dialog.busy
            and dialog.pages.currentIndex() == PREVIEW
            and dialog.plan is not None
            and dialog.plan.date_order == "dmy"
        ),
        timeout=30_000,
    )
    assert dialog.dmy.isChecked() and dialog.import_button.isEnabled()
    assert dialog.dates_text.text() == "Dates are read the way you chose."
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert {f.get("date_documented") for f in objects(unlocked)} == {"2023-11-05", None}


def test_a_cancel_during_the_import_keeps_nothing(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    rows = [FRENCH] + [[f"A-{i}", f"Objet {i}", "14/03/2024", "En réserve"] for i in range(3000)]
    path = write_csv(tmp_path / "inventaire.csv", rows)
    dialog = open_dialog(unlocked, path, qtbot)
    assert dialog.import_button.isEnabled()

    def cancel_once_started(progress: Progress) -> None:
        if progress.phase == "import" and progress.done > 0 and dialog.busy:
            dialog.reject()  # Cancel, Escape and the close button do this

    dialog.import_page.drawn.connect(cancel_once_started)
    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.pages.currentIndex() == PREVIEW, timeout=60_000
    )
    assert dialog.status.text() == "Cancelled: nothing was imported."
    assert dialog.isVisible()  # the dialog stays: the user may import after all
    assert objects(unlocked) == []


def test_a_column_no_field_takes_is_given_one_in_the_dialog(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = write_csv(
        tmp_path / "inventaire.csv",
        [
            [*FRENCH, "Remarques du conservateur"],
            ["A-1", "Stèle", "14/03/2024", "En réserve", "Fissure"],
        ],
    )
    dialog = open_dialog(unlocked, path, qtbot)
    assert not dialog.import_button.isEnabled()
    assert "no field takes" in dialog.status.text()
    assert "Remarques du conservateur" in dialog.warnings_text.text()
    combo = dialog.columns_table.cellWidget(4, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "-"
    combo.setCurrentIndex(combo.findData("notes"))  # the CLI's --map "Remarques…=notes"
    qtbot.waitUntil(lambda: not dialog.busy and dialog.importable(), timeout=30_000)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert [f.get("notes") for f in objects(unlocked)] == ["Fissure"]


def test_a_file_that_is_not_csv_is_refused_on_the_first_page(
    unlocked: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "fieldkit.gui.csv_import_dialog.show_error", lambda _parent, exc: shown.append(str(exc))
    )
    path = tmp_path / "inventaire.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    dialog = unlocked.import_spreadsheet(path)
    assert isinstance(dialog, CsvImportDialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(shown), timeout=30_000)
    assert dialog.pages.currentIndex() == CHOOSE
    assert "workbook" in shown[0]


@pytest.mark.parametrize("where", ["menu", "list"])
def test_the_import_is_offered_in_the_file_menu_and_on_the_empty_object_list(
    unlocked: MainWindow, where: str
) -> None:
    page = unlocked.workspace.object_page
    assert page.empty_hint is not None and page.empty_hint.isVisibleTo(page)
    assert unlocked.import_csv_action.isEnabled()
    if where == "menu":
        unlocked.import_csv_action.trigger()
    else:
        assert page.import_button is not None
        page.import_button.click()
    dialogs = [d for d in unlocked.workspace.dialogs if isinstance(d, CsvImportDialog)]
    assert len(dialogs) == 1 and dialogs[0].pages.currentIndex() == CHOOSE
    assert not dialogs[0].check_button.isEnabled()  # no file chosen yet
    dialogs[0].reject()


def test_an_encoding_the_file_does_not_prove_is_chosen_in_the_dialog(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    """A Ukrainian sheet saved by an old Excel (Windows-1251): FieldKit cannot be sure of its
    encoding and says so beside the list of encodings (not in the CLI's --encoding words); the
    user picks it, and the rows as read show the letters right."""
    path = write_csv(
        tmp_path / "опис.csv",
        [
            ["Inventory number", "Title", "Status"],
            ["У-1", "Ікона святого Миколая", "in_storage"],
            ["У-2", "Рушник вишитий", "evacuated"],
        ],
        encoding="cp1251",
    )
    dialog = unlocked.import_spreadsheet(path)
    assert isinstance(dialog, CsvImportDialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.choose_error.text() != "", timeout=30_000)
    assert dialog.pages.currentIndex() == CHOOSE
    said = dialog.choose_error.text()
    assert "cannot tell its encoding" in said and "Choose the file's encoding" in said
    assert "--encoding" not in said
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))
    check(dialog, qtbot, dialog.check_button)
    assert "\u2066Windows-1251 (Cyrillic)\u2069 (as you chose)" in dialog.read_as.text()
    samples = [dialog.samples_table.item(r, 1).text() for r in range(2)]
    assert "Title: Ікона святого Миколая" in samples[0]
    # Back: another encoding, same file; the preview is made again from it.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == CHOOSE and dialog.path_edit.text() == str(path)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        check(dialog, qtbot, dialog.check_button)
        dialog.import_button.click()
    assert sorted(str(f.get("title")) for f in objects(unlocked)) == [
        "Ікона святого Миколая",
        "Рушник вишитий",
    ]


def test_headings_that_name_no_field_or_the_same_one_are_decided_in_the_dialog(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    """The CLI refuses these sheets until --map is given; the dialog shows the columns with a
    field to choose for each. A field chosen for one column leaves the column that had it."""
    path = write_csv(
        tmp_path / "liste.csv",
        [["Nr", "Bezeichnung", "Titre", "Title"], ["K-1", "Truhe", "Coffre", "Chest"]],
    )
    dialog = open_dialog(unlocked, path, qtbot)
    table = dialog.columns_table

    def fields() -> list[str]:
        return [table.cellWidget(r, 1).currentData() for r in range(table.rowCount())]

    assert fields() == ["-", "-", "title", "-"]  # "Title" looks like title too: left to the user
    assert not dialog.import_button.isEnabled() and "no field takes" in dialog.status.text()

    def choose(row: int, field: str) -> None:
        combo = table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(field))
        qtbot.waitUntil(
            lambda: not dialog.busy and dialog.pages.currentIndex() == PREVIEW, timeout=30_000
        )

    choose(0, "inventory_number")
    choose(3, "title")  # the French column gives the field up
    assert fields() == ["inventory_number", "-", "-", "title"]
    choose(1, "object_type")
    choose(2, "notes")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    [stored] = objects(unlocked)
    assert (stored["inventory_number"], stored["title"], stored["notes"]) == (
        "K-1",
        "Chest",
        "Coffre",
    )


def test_thousands_of_empty_columns_are_one_row_not_thousands_of_lists(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    """Excel saves the empty columns a sheet once used; each was given a list of fields to
    choose from (16,384 lists for the widest sheet: the dialog froze). They are counted in one
    row; the columns with data keep their lists."""
    empty = [""] * 3000
    path = write_csv(
        tmp_path / "inventaire.csv",
        [[*FRENCH, *empty], ["A-1", "Stèle", "14/03/2024", "En réserve", *empty]],
    )
    dialog = open_dialog(unlocked, path, qtbot)
    table = dialog.columns_table
    assert table.rowCount() == 5
    assert len(table.findChildren(QComboBox)) == 4
    assert (
        table.item(4, 0).text() == "3,000 column(s) without data"
    )  # grouped, as the counts beside it
    assert dialog.tabs.tabText(0) == "Columns (3,004)"
    assert dialog.import_button.isEnabled()


def test_a_file_changed_after_the_check_is_not_imported_until_checked_again(
    unlocked: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "fieldkit.gui.csv_import_dialog.show_error", lambda _parent, exc: shown.append(str(exc))
    )
    rows = [FRENCH, ["A-1", "Stèle", "14/03/2024", "En réserve"]]
    path = write_csv(tmp_path / "inventaire.csv", rows)
    dialog = open_dialog(unlocked, path, qtbot)
    assert dialog.import_button.isEnabled()
    write_csv(path, [*rows, ["A-2", "Jarre", "02/05/2024", "Évacué"]])  # saved again in Excel
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and bool(shown), timeout=30_000)
    assert "changed" in shown[0] and objects(unlocked) == []
    assert dialog.pages.currentIndex() == PREVIEW and not dialog.import_button.isEnabled()
    assert "Press Check again" in dialog.status.text()
    check(dialog, qtbot, dialog.again_button)
    assert dialog.import_button.text() == "&Import 2 object(s)"
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert len(objects(unlocked)) == 2


def test_the_dialog_fits_a_laptop_screen_in_every_language(
    window_in: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:
    """1366×768 with a taskbar and a title bar leaves 1366×688; the longest translations
    (Ukrainian, French) and the mirrored Arabic layout included."""
    window_in.open_session(vault)
    path = write_csv(
        tmp_path / "inventaire.csv",
        [[*FRENCH, "Remarques"], ["A-1", "Stèle", "05/11/2023", "Statut inconnu", "Fissure"]],
    )
    dialog = open_dialog(window_in, path, qtbot)
    assert dialog.dates_box.isVisibleTo(dialog) and dialog.errors_table.rowCount() == 1
    for page in (CHOOSE, PREVIEW, RESULT):
        dialog.pages.setCurrentIndex(page)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 688, (page, hint)
    assert dialog.width() <= 1366 and dialog.height() <= 688
    assert dialog.layoutDirection() == window_in.layoutDirection()
    dialog.reject()
    window_in.lock()


def test_duplicate_inventory_numbers_are_named_and_the_dialog_still_fits(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:
    """The CLI lists the doubled numbers with their rows; the dialog too (twenty, then how many
    more), in a scrolled tab: two hundred of them made the dialog taller than the screen."""
    assert unlocked.session is not None
    unlocked.session.records.create(F.OBJECT, {"inventory_number": "A-0", "title": "Déjà là"})
    rows = [FRENCH] + [[f"A-{i // 2}", "Objet", "14/03/2024", "En réserve"] for i in range(400)]
    dialog = open_dialog(unlocked, write_csv(tmp_path / "inventaire.csv", rows), qtbot)
    text = dialog.warnings_text.text()
    assert "200 inventory number(s) appear more than once" in text
    assert "\u2066A-0\u2069 (rows 2, 3)" in text and "… and 180 more" in text
    assert "Inventory numbers already in the vault:\n\u2066A-0\u2069 (rows 2, 3)" in text
    assert dialog.counts.text() == "New objects: 400. Errors: 0. Warnings: 2."
    assert dialog.minimumSizeHint().height() <= 688
    assert dialog.import_button.isEnabled()  # warned, not refused, as by the CLI


def test_tab_on_the_first_page_goes_file_choose_encoding_check(unlocked: MainWindow) -> None:
    dialog = unlocked.import_spreadsheet()
    assert isinstance(dialog, CsvImportDialog)
    page = dialog.pages.widget(CHOOSE)
    choose = next(b for b in page.findChildren(QPushButton) if b.text() == "C&hoose…")
    order = [dialog.path_edit, choose, dialog.encoding, dialog.check_button]
    seen: list[QWidget] = []
    widget: QWidget = dialog.path_edit
    for _ in range(50):
        if widget in order and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == order
    dialog.reject()
