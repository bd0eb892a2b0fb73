"""The same two cases through the app's editors (notes/r11/review2.md findings 1 and 2), each
seen failing before the fix: a photo added to two new records at once, one of them discarded;
and the app killed (SIGKILL, a real subprocess running the editor) after adding a photo to a
new damage report, before Save and before any lock."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from test_photos import media_files, noisy_jpeg

from fieldkit.gui.app import configure_application
from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import drafts
from fieldkit.vault import Vault

TESTS = Path(__file__).resolve().parent

# The offscreen platform cannot resize native windows to their size hints (as in tests/gui/).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def window(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
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


def _photo(tmp_path: Path) -> Path:
    src = tmp_path / "jar.jpg"
    src.write_bytes(noisy_jpeg((160, 120), seed=11))
    return src


def _count(vault: Vault, table: str) -> int:
    return int(vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def test_discarding_a_new_object_keeps_the_photo_its_new_report_shows_and_saves(
    window: MainWindow,
    vault: Vault,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.open_session(vault)
    photo = _photo(tmp_path)
    obj = window.workspace.new_object()
    report = window.workspace.new_damage()
    assert isinstance(obj, ObjectEditor) and isinstance(report, DamageEditor)
    for editor in (obj, report):
        editor.add_photos([photo])
        qtbot.waitUntil(lambda e=editor: not e.importing, timeout=30_000)
        assert len(editor.staged) == 1
    obj.discard_changes()  # the user drops the new object
    assert _count(vault, "photos") == 1 and len(media_files(vault)) == 1
    sha = report.staged[0]["sha256"]
    report.inputs["site"].set_raw("Store room B")
    assert report.save(), report.status.text()  # refused: "… no longer in the vault."
    view = window.session.records.get(report.record_id)  # type: ignore[union-attr,arg-type]
    assert [m["sha256"] for m in view.media] == [sha]
    assert drafts.all_drafts(vault) == []
    obj.close()
    report.close()


def test_removing_the_only_not_saved_photo_of_an_untouched_report_leaves_no_draft(
    window: MainWindow,
    vault: Vault,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    # The staging wrote the editor's draft; the photo removed, nothing is left to reopen at
    # the next unlock (an empty "unsaved edit"), and the vault holds no photo.
    window.open_session(vault)
    report = window.workspace.new_damage()
    assert report is not None
    report.add_photos([_photo(tmp_path)])
    qtbot.waitUntil(lambda: not report.importing, timeout=30_000)
    assert [len(d.photos) for d in drafts.all_drafts(vault)] == [1]
    box = report.confirm_remove_photo(report.staged[0]["sha256"])
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Remove").click()
    qtbot.waitUntil(lambda: report.confirm_box is None)
    assert report.staged == [] and not report.dirty
    assert drafts.all_drafts(vault) == []
    assert _count(vault, "photos") == 0 and media_files(vault) == []
    report.close()


_CHILD = """
import os, signal, sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from fieldkit.gui.app import configure_application
from fieldkit.gui.main_window import MainWindow
from fieldkit.vault import Vault

app = QApplication([])
configure_application(app)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
window.show()
window.open_session(Vault.open(Path({vault!r}), PASSPHRASE))
editor = window.workspace.new_damage()
editor.inputs["site"].set_raw("Store room B")
editor.add_photos([Path({photo!r})])
while editor.importing:
    app.processEvents()
    time.sleep(0.01)
print("staged", len(editor.staged), flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # before Save, before any lock
"""


def test_a_crash_after_adding_a_photo_to_a_new_report_reopens_it_with_the_photo(
    window: MainWindow,
    make_vault: object,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    vault, _ = make_vault()  # type: ignore[operator]
    path = vault.path
    vault.close()
    child = _CHILD.format(
        tests=str(TESTS),
        settings=str(tmp_path / "child-qs"),
        vault=str(path),
        photo=str(_photo(tmp_path)),
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(child)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert "staged 1" in done.stdout, done.stderr[-2000:]

    vault = Vault.open(path, PASSPHRASE)
    window.open_session(vault)
    print("after the crash: drafts", _count(vault, "drafts"), "photos", _count(vault, "photos"))
    assert window.drafts_prompt is not None, "the photo is in no record and no draft"
    qtbot.mouseClick(window.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.workspace.editors) == 1, timeout=10_000)
    reopened = window.workspace.editors[0]
    assert isinstance(reopened, DamageEditor) and reopened.record_id is None
    assert reopened.inputs["site"].raw() == "Store room B"
    assert reopened.photo_strip.list.count() == 1 and len(reopened.staged) == 1
    assert reopened.save(), reopened.status.text()
    records = window.session.records  # type: ignore[union-attr]
    assert len(records.get(reopened.record_id).media) == 1  # type: ignore[arg-type]
    assert drafts.all_drafts(vault) == []
    reopened.close()
