"""File ▸ Import spreadsheet ▸ Undo (r12 review 1, 1c): before the undo, the confirmation says
how many of the objects other vaults already have (deleted there too with the next bundle); an
object with a damage report since is named, under a heading that says why. Real vault, real
bundle to a second vault, real widgets."""

from __future__ import annotations

from pathlib import Path

from peers import Peer
from PySide6.QtWidgets import QMessageBox
from test_csv_r11 import imported, write_csv

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.gui.csv_import_dialog import CsvImportDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from fieldkit.vault import Vault

SHEET = [["N° inventaire", "Titre"]] + [[f"X-{i}", "Objet"] for i in range(3)]


def _box(dialog: CsvImportDialog, name: str, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, name) is not None, timeout=10_000)
    box = dialog.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


def _answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


def test_the_confirmation_says_how_many_other_vaults_already_have(
    unlocked: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:
    imported(vault, write_csv(tmp_path / "inv.csv", SHEET))
    other = Peer(tmp_path, "b")
    export_bundles(
        vault, tmp_path / "to-b.fkb", ExportOptions(recipients=[Recipient.from_card(other.card)])
    )
    other.vault.close()
    dialog = unlocked.import_spreadsheet()
    assert isinstance(dialog, CsvImportDialog)
    dialog.undo_last_button.click()
    box = _box(dialog, "csvUndoBox", qtbot)
    assert "3 of these object(s) were already sent to other vaults in bundles: they will be " in (
        box.informativeText()
    )
    assert "deleted there too when the next bundle goes." in box.informativeText()
    _answer(box, QMessageBox.ButtonRole.RejectRole)  # kept: nothing deleted
    assert unlocked.session is not None
    assert unlocked.session.records.count(F.OBJECT) == 3


def test_an_import_not_sent_says_nothing_of_other_vaults(
    unlocked: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:
    imported(vault, write_csv(tmp_path / "inv.csv", SHEET))
    dialog = unlocked.import_spreadsheet()
    assert isinstance(dialog, CsvImportDialog)
    dialog.undo_last_button.click()
    box = _box(dialog, "csvUndoBox", qtbot)
    assert "other vaults" not in box.informativeText()
    _answer(box, QMessageBox.ButtonRole.RejectRole)


def test_an_object_with_a_damage_report_is_named_before_it_goes(
    unlocked: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:
    result = imported(vault, write_csv(tmp_path / "inv.csv", SHEET))
    assert unlocked.session is not None
    records = unlocked.session.records
    records.create(
        F.DAMAGE, {"object_id": result.ids[1], "description": "fissure", "severity": "minor"}
    )
    dialog = unlocked.import_spreadsheet()
    assert isinstance(dialog, CsvImportDialog)
    dialog.undo_last_button.click()
    _answer(_box(dialog, "csvUndoBox", qtbot), QMessageBox.ButtonRole.AcceptRole)
    box = _box(dialog, "csvUndoEditedBox", qtbot)
    assert "a damage report" in box.text()
    assert box.informativeText().startswith(
        "Edited since the import, or with a damage report, a movement or unsaved changes:"
    )
    assert "X-1" in box.informativeText()
    assert records.count(F.OBJECT) == 3  # nothing deleted before the answer
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        _answer(box, QMessageBox.ButtonRole.AcceptRole)
    assert records.count(F.OBJECT) == 0
