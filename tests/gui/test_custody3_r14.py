"""r14 custody 3, in the app: the check-in receives an object deleted on another laptop while it
travelled (trial 2 #1); "Everything arrived" asks when a colleague's reception recording items
missing was merged while the check-in was open (review #8); the Overview counts the deleted
object in transit as the movement lists it (trial 2 #2); the check-in's buttons stay on screen
at 125 % in Arabic (trial 2 #9); the Locations page selects a scanned container right to left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_custody3_r14 import deleted_on_the_truck

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_evacuation_checkin import _checkin_page, evacuation, scan

TESTS = Path(__file__).resolve().parents[1]


def test_scanning_the_deleted_object_that_arrived_receives_it_and_says_deleted(
    window: MainWindow, tmp_path: Path
) -> None:
    truck = deleted_on_the_truck(tmp_path)
    window.open_session(truck.peer.vault)
    panel = _checkin_page(window, truck.movement).check_in
    for code in ("C-1", "EV-1", "ev-2"):
        scan(panel.scan, code)
    assert panel.error.text() == ""
    assert "deleted — restore or take out of the container" in panel.feedback.text()
    assert panel.states()[truck.ev2] == "received"
    assert panel.counts()["pending"] == 0
    panel.finish()
    status = C.movement_status(truck.peer.vault.db, truck.movement)
    assert truck.ev2 in status.received and status.missing == []


def test_everything_arrived_after_a_reception_merged_meanwhile_asks(
    window: MainWindow, vault: Vault
) -> None:
    """The check-in decided from the status read when it opened (review #8's proof)."""
    crate = evacuation(vault, 3)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    # Meanwhile: a colleague's reception of the same movement, EV-002 recorded missing.
    Custody(Records(vault)).receive(crate.movement, ["C-001", *crate.numbers[:2]])
    assert C.movement_status(vault.db, crate.movement).missing == [crate.objects[2]]
    window.workspace.refresh_lists()  # what the app does after an import or sync
    panel.receive_everything()
    assert panel.confirm_box is not None, "recorded-missing EV-002 marked arrived, no question"
    assert "EV-002" in panel.confirm_box.text()
    assert C.movement_status(vault.db, crate.movement).missing == [crate.objects[2]]
    # Said yes: found, and marked arrived.
    yes = next(b for b in panel.confirm_box.buttons() if "Mark them arrived" in b.text())
    yes.click()
    assert C.movement_status(vault.db, crate.movement).missing == []


def test_the_overview_says_the_deleted_object_in_transit(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    truck = deleted_on_the_truck(tmp_path)
    window.open_session(truck.peer.vault)
    window.workspace.show_section(2)  # the Overview
    page = window.workspace.overview_page
    qtbot.waitUntil(lambda: not page.loading)
    text = page.custody.figures.text()
    assert "2 object(s) in transit, including 1 deleted," in text


def test_a_container_scanned_into_the_search_is_selected_right_to_left(
    window: MainWindow, vault: Vault, use_language: Any
) -> None:
    use_language("ar")
    crate = evacuation(vault, 1)
    window.open_session(vault)
    window.search.setText("C-001")
    QTest.keyClick(window.search, Qt.Key.Key_Return)
    page = window.custody.locations
    assert window.workspace.pages.currentWidget() is page
    assert crate.crate in page.selection()


# --- 125 % in Arabic: the check-in's buttons on screen without scrolling -------------------------


def _child(folder: str) -> None:
    """Run in a child process (QT_SCALE_FACTOR is read when the application is made)."""
    from conftest import FAST_KDF, PASSPHRASE
    from PySide6.QtCore import QPoint, QRect, QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea

    from fieldkit.gui.app import configure_application
    from fieldkit.gui.main_window import MainWindow
    from fieldkit.gui.translation import install_language

    app = QApplication([])
    configure_application(app)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, f"{folder}/qs")
    install_language(app, "ar")
    vault, _ = Vault.create(Path(folder) / "vault", PASSPHRASE, kdf=FAST_KDF, name="خزنة")
    crate = evacuation(vault, 4)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    window.show()
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.start_check_in(crate.movement)
    for _ in range(10):
        app.processEvents()
    panel = page.check_in
    scroll = page.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None
    port = scroll.viewport()
    seen = QRect(QPoint(0, 0), port.size())
    result = {"screen": [window.screen().availableGeometry().width()]}
    for name, button in (("all", panel.all_button), ("finish", panel.finish_button)):
        corner = button.mapTo(port, QPoint(0, 0))
        result[name] = seen.contains(QRect(corner, button.size()))
    print(json.dumps(result), flush=True)
    window.lock()
    vault.close()


def test_the_check_in_buttons_are_on_screen_at_125_percent_in_arabic(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": "1.25",
        "FIELDKIT_LANG": "ar",
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from gui.test_custody3_r14 import _child; import sys; _child(sys.argv[1])",
            str(tmp_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    [seen] = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert seen["screen"] == [1093]  # 1366 px at 125 %
    assert seen["all"] and seen["finish"], seen
