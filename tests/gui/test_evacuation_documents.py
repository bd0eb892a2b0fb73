"""The Evacuation and Locations pages print the custody documents through the core's reports:
the packing list of the selected container, the evacuation permission of a planned movement,
and labels whose QR codes decode back to the codes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from fieldkit.gui import custody_reports as R
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody as C
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_evacuation_checkin import evacuation

pytestmark = pytest.mark.skipif(
    not R.available(), reason="the core's custody documents are not in this tree yet"
)


def _write(dialog: R.CustodyReportDialog, target: Path, qtbot) -> Path:  # type: ignore[no-untyped-def]
    dialog.destination.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == R.DONE, timeout=20_000)
    written = dialog.written()
    assert written == target and target.read_bytes().startswith(b"%PDF")
    dialog.accept()
    return target


def test_packing_list_and_permission_are_written_from_the_evacuation_page(
    window: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault, n=3)
    planned = (
        C.Custody(Records(vault)).move(["C-001"], "MUS", reason="return", depart=False).record_id
    )
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.containers.selectRow(0)
    dialog = page.print_document(R.PACKING_LIST, [crate.crate])
    assert isinstance(dialog, R.CustodyReportDialog)
    _write(dialog, tmp_path / "packing.pdf", qtbot)
    page.tabs.setCurrentIndex(1)
    row = next(
        r for r in range(page.movements.rowCount()) if page.movements.item(r, 0).text() == "Planned"
    )
    page.movements.selectRow(row)
    assert page.permission_button.isEnabled()
    page.permission_button.click()
    dialogs = [d for d in window.findChildren(R.CustodyReportDialog) if d.isVisible()]
    assert dialogs and dialogs[-1].targets == [planned]
    _write(dialogs[-1], tmp_path / "permission.pdf", qtbot)


def test_labels_from_the_locations_page_decode_back_to_the_codes(
    window: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg and pdftoppm are needed")
    evacuation(vault, n=1)
    window.open_session(vault)
    page = window.custody.locations
    window.workspace.show_section(window.custody.locations_row)
    page.containers.selectRow(0)
    dialog = page.print_labels()
    assert isinstance(dialog, R.CustodyReportDialog)
    pdf = _write(dialog, tmp_path / "labels.pdf", qtbot)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", *map(str, sorted(tmp_path.glob("page*.png")))],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert found == ["C-001"]
