"""Undoing a spreadsheet import after one of its records was kept in a merge (Possible
duplicates, "same object") with an object the vault had before the import (r11 review 2,
finding 3): the undo deleted the kept record, and with it the old object, a tombstone that
resolves to it. The undo now refuses, naming the record, even when the edited ones are
confirmed; rows of the same import merged together are still undone.

Real vaults in tmp_path, real files, the CLI as a user runs it, the app's dialog driven as a
user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli
from test_csv_r11 import imported, write_csv

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.i18n import error_text
from fieldkit.records import csv_batches
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _live_numbers(records: Records) -> list[str]:
    return sorted(str(v.fields.get("inventory_number")) for v in records.list(F.OBJECT))


def test_undo_refuses_when_an_older_object_was_merged_into_an_imported_one(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    old = records.create(F.OBJECT, {"inventory_number": "OLD-1", "title": "Jarre"})
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["MCP 7", "Jarre"]])
    result = imported(vault, path)
    Duplicates(records).decide(result.ids[0], old.record_id, same=True)  # the imported one kept
    for include_edited in (False, True):
        with pytest.raises(csv_batches.UndoMergedRefused) as refused:
            csv_batches.undo_import(records, result.import_id, include_edited=include_edited)
        problem, hint = error_text(refused.value)
        assert problem == (
            "MCP 7 has 1 object(s) merged into it; undo that merge first "
            "(Possible duplicates ▸ Decisions) or keep this record."
        )
        assert hint == ""
        assert refused.value.merged == [(result.ids[0], "MCP 7", 1)]
    # Nothing deleted, the import can still be undone once the merge is undone.
    assert _live_numbers(records) == ["MCP 7"]
    assert records.get(old.record_id).record_id == result.ids[0]  # still resolves to it
    assert not csv_batches.find(records, result.import_id).undone


def test_rows_of_the_same_import_merged_together_are_undone(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    records.create(F.OBJECT, {"inventory_number": "OLD-1", "title": "Coupe"})
    path = write_csv(
        tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"], ["A-2", "Jarre"]]
    )
    result = imported(vault, path)
    Duplicates(records).decide(result.ids[0], result.ids[1], same=True)
    undone = csv_batches.undo_import(records, result.import_id, include_edited=True)
    assert undone.deleted == 1
    assert _live_numbers(records) == ["OLD-1"]


def test_the_cli_names_the_record_an_older_object_was_merged_into(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    records = Records(vault)
    olds = [
        records.create(F.OBJECT, {"inventory_number": n, "title": "Jarre"})
        for n in ("OLD-1", "OLD-2", "OLD-3")
    ]
    path = write_csv(
        tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["MCP 7", "Jarre"], ["MCP 8", "Jarre"]]
    )
    result = imported(vault, path)
    Duplicates(records).decide(result.ids[0], olds[0].record_id, same=True)
    Duplicates(records).decide(result.ids[0], olds[1].record_id, same=True)
    Duplicates(records).decide(result.ids[1], olds[2].record_id, same=True)
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    common = ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
    refused = run_cli(["object", "import-csv", "--undo", "LAST", "--include-edited", *common])
    assert refused.code == 1
    assert (
        "fieldkit: MCP 7 has 2 object(s) merged into it; undo that merge first "
        "(Possible duplicates ▸ Decisions) or keep this record." in refused.err
    )
    assert "1 other record(s) of this import have objects merged into them too." in refused.err
    with Vault.open(vault_path, PASSPHRASE) as opened:
        assert _live_numbers(Records(opened)) == ["MCP 7", "MCP 8"]


@pytest.fixture
def window(qapp: Any, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The app's main window, its settings in tmp_path (as tests/gui/conftest.py does)."""
    from PySide6.QtCore import QSettings

    from fieldkit.gui.app import configure_application
    from fieldkit.gui.main_window import MainWindow

    configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    win = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.session is not None:
        win.lock()
    QSettings().clear()


# The offscreen platform's own limit, ignored as tests/gui/conftest.py does.
@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_the_app_says_which_record_to_unmerge_and_offers_no_delete_them_too(
    window: Any, vault: Vault, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from fieldkit.gui.csv_import_dialog import CsvImportDialog

    records = Records(vault)
    old = records.create(F.OBJECT, {"inventory_number": "OLD-1", "title": "Jarre"})
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["MCP 7", "Jarre"]])
    result = imported(vault, path)
    Duplicates(records).decide(result.ids[0], old.record_id, same=True)
    window.open_session(vault)
    dialog = window.import_spreadsheet()
    assert isinstance(dialog, CsvImportDialog)
    dialog.undo_last_button.click()

    def box(name: str) -> QMessageBox:
        qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, name) is not None, timeout=30_000)
        found = dialog.findChild(QMessageBox, name)
        assert isinstance(found, QMessageBox)
        return found

    ask = box("csvUndoBox")
    [yes] = [b for b in ask.buttons() if ask.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    yes.click()
    said = box("errorDialog")
    assert said.text().translate({0x2066: None, 0x2067: None, 0x2068: None, 0x2069: None}) == (
        "MCP 7 has 1 object(s) merged into it; undo that merge first "
        "(Possible duplicates ▸ Decisions) or keep this record."
    )
    assert dialog.findChild(QMessageBox, "csvUndoEditedBox") is None  # no "Delete them too"
    assert _live_numbers(records) == ["MCP 7"]
