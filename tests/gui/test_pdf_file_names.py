"""PDF dialogs never replace a document without asking (uitrial #26): the proposed file carries
the document's name and the container's code, in the folder used last, and is never a file that
is already there; a file the user names on purpose is replaced only after a Yes; once written,
Enter closes the dialog instead of opening a viewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from fieldkit.gui import custody_reports as R
from fieldkit.gui.main_window import MainWindow
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_evacuation_checkin import evacuation

pytestmark = pytest.mark.skipif(not R.available(), reason="reports are not installed")


def _print(window: MainWindow, crate: str) -> R.CustodyReportDialog:
    dialog = window.custody.evacuation.print_document(R.PACKING_LIST, [crate])
    assert isinstance(dialog, R.CustodyReportDialog)
    return dialog


def _write(dialog: R.CustodyReportDialog, qtbot) -> Path:  # type: ignore[no-untyped-def]
    dialog.start()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == R.DONE, timeout=20_000)
    written = dialog.written()
    assert written is not None
    return written


def test_two_containers_packing_lists_never_replace_each_other(
    window: MainWindow, vault: Vault, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = evacuation(vault, n=2).crate
    second = Custody(Records(vault)).add_container({"code": "C-002", "kind": "crate"}).record_id
    window.open_session(vault)
    folder = tmp_path / "pdf"
    folder.mkdir()

    dialog = _print(window, first)
    proposed = Path(dialog.destination.text())
    assert proposed.name == "Packing list C-001.pdf"
    dialog.destination.setText(str(folder / proposed.name))
    c001 = _write(dialog, qtbot)
    assert dialog.close_button.isDefault() and not dialog.open_button.isDefault()
    opened: list[object] = []
    monkeypatch.setattr(dialog, "open_pdf", lambda: opened.append(1))
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert not opened and not dialog.isVisible()

    # The next container: its own name, in the folder just used.
    dialog = _print(window, second)
    assert Path(dialog.destination.text()) == folder / "Packing list C-002.pdf"
    dialog.reject()

    # The same container again: a free name is proposed, not the file already written.
    dialog = _print(window, first)
    assert Path(dialog.destination.text()) == folder / "Packing list C-001 (2).pdf"

    # Typed over on purpose: asked first, and No leaves C-001's list as it was.
    before = c001.read_bytes()
    asked: list[str] = []

    def answer_no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog.destination.setText(str(c001))
    dialog.start()
    assert asked and str(c001) in asked[0]
    assert dialog.pages.currentIndex() == R.OPTIONS and c001.read_bytes() == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert _write(dialog, qtbot) == c001
