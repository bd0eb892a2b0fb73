"""A check started by a new answer on the preview (the date order, a column's field) and then
cancelled leaves nothing importable from the old plan: the widgets show the new answer, so
Import waits for Check again (review r10c #1: Import stored the old answer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from fieldkit.gui.csv_import_dialog import PREVIEW, CsvImportDialog
from fieldkit.gui.main_window import MainWindow

from .test_csv_import_dialog import FRENCH, objects, open_dialog, write_csv

ROWS = 20_000  # a check long enough to be cancelled while it runs
WAIT_MS = 120_000


def _cancel_the_check_it_started(dialog: CsvImportDialog) -> None:
    """Cancel (the progress page's Cancel, Esc) the check a changed answer has just started:
    at once, before the worker can finish it, whatever the machine's speed."""
    assert dialog.busy, "the changed answer starts a check"
    dialog.reject()


def _back_on_the_preview(dialog: CsvImportDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.pages.currentIndex() == PREVIEW, timeout=WAIT_MS
    )


def test_a_cancelled_check_of_a_new_date_order_imports_nothing_of_the_old(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rows = [FRENCH] + [[f"A-{i}", f"Objet {i}", "05/11/2023", "En réserve"] for i in range(ROWS)]
    dialog = open_dialog(unlocked, write_csv(tmp_path / "inventaire.csv", rows), qtbot)
    dialog.dmy.click()
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.plan is not None and dialog.plan.date_order == "dmy",
        timeout=WAIT_MS,
    )
    assert dialog.import_button.isEnabled()
    dialog.mdy.click()  # the user now says month/day/year, then cancels its check
    _cancel_the_check_it_started(dialog)
    _back_on_the_preview(dialog, qtbot)
    assert dialog.mdy.isChecked()
    assert not dialog.import_button.isEnabled()
    assert "Check again" in dialog.status.text()
    dialog.again_button.click()
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.plan is not None and dialog.import_button.isEnabled(),
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.import_button.click()
    assert {f.get("date_documented") for f in objects(unlocked)} == {"2023-05-11"}


def test_a_cancelled_check_of_a_column_left_out_keeps_import_waiting(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rows = [FRENCH] + [[f"A-{i}", f"Objet {i}", "14/03/2024", "En réserve"] for i in range(ROWS)]
    dialog = open_dialog(unlocked, write_csv(tmp_path / "inventaire.csv", rows), qtbot)
    combo = dialog.findChild(QComboBox, "csvField_2")
    assert combo is not None and combo.currentData() == "title"
    assert dialog.import_button.isEnabled()
    combo.setCurrentIndex(combo.findData("-"))  # "Not imported", then its check is cancelled
    _cancel_the_check_it_started(dialog)
    _back_on_the_preview(dialog, qtbot)
    combo = dialog.findChild(QComboBox, "csvField_2")
    assert combo is not None and combo.currentData() == "-"
    assert not dialog.import_button.isEnabled()
