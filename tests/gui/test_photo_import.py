"""Adding photos runs in a worker: the event loop keeps going, and Cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.tasks import Progress
from fieldkit.vault import Vault
from fieldkit.vault.media import MEDIA_DIR


def _editor_with_object(window: MainWindow) -> ObjectEditor:
    editor = window.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["inventory_number"].set_raw("P-1")
    assert editor.save()
    return editor


def _media_files(window: MainWindow) -> list[Path]:
    return [p for p in (window.vault_path / MEDIA_DIR).iterdir() if p.is_file()]  # type: ignore[operator]


def test_event_loop_keeps_running_during_a_long_import(
    unlocked: MainWindow,
    qtbot,
    big_photos: list[Path],  # type: ignore[no-untyped-def]
) -> None:
    editor = _editor_with_object(unlocked)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    progress: list[tuple[int, int]] = []
    values: list[int] = []
    editor.add_photos(big_photos)
    assert editor.importing
    assert not editor.save_button.isEnabled()
    editor._import.signals.stepped.connect(lambda p: progress.append((p.done, p.total)))  # type: ignore[union-attr]
    bar = editor.photo_strip.progress
    bar.valueChanged.connect(values.append)
    qtbot.waitUntil(lambda: not editor.importing, timeout=60_000)
    timer.stop()
    assert len(editor.media) == 3
    assert len(ticks) >= 5, "the GUI thread was blocked during the import"
    assert progress and progress[-1][0] == progress[-1][1]
    # In bytes, each photo checked then stored: the bar moves within each photo, not 0 → 1 → 2.
    assert progress[-1][1] == 2 * sum(p.stat().st_size for p in big_photos)
    assert len({d for d, _t in progress}) > 2 * len(big_photos)
    assert values == sorted(values) and values[-1] == bar.maximum()
    assert len(_media_files(unlocked)) == 3


def test_cancel_leaves_no_media_file_and_no_photo_row(
    unlocked: MainWindow,
    qtbot,
    big_photos: list[Path],  # type: ignore[no-untyped-def]
) -> None:
    editor = _editor_with_object(unlocked)
    editor.add_photos(big_photos)
    worker = editor._import
    assert worker is not None
    seen: list[int] = []

    def maybe_cancel(progress: Progress) -> None:
        done, total = progress.done, progress.total
        seen.append(done)
        # Past the first photo (stored, encrypted, its row written) and into the second: the
        # half-done case that must leave nothing behind.
        if done > total // 2 and editor.photo_strip.cancel_button.isEnabled():
            qtbot.mouseClick(editor.photo_strip.cancel_button, Qt.MouseButton.LeftButton)

    worker.signals.stepped.connect(maybe_cancel)
    # The worker waits for each step to be seen here: on a loaded machine the queued steps
    # otherwise arrive after the last photo, with nothing left to cancel (CI, stop 35).
    worker.signals.stepped.connect(lambda _s: None, Qt.ConnectionType.BlockingQueuedConnection)
    qtbot.waitUntil(lambda: not editor.importing, timeout=60_000)
    assert max(seen) > 0
    assert "Cancelled" in editor.status.text()
    assert editor.media == []
    db = unlocked.session.vault.db  # type: ignore[union-attr]
    assert db.execute("SELECT count(*) FROM photos").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM media_files").fetchone()[0] == 0
    assert _media_files(unlocked) == []
    assert unlocked.session.records.get(editor.record_id).media == []  # type: ignore[union-attr,arg-type]


def test_locking_during_an_import_cancels_it_cleanly(
    unlocked: MainWindow,
    qtbot,
    big_photos: list[Path],  # type: ignore[no-untyped-def]
) -> None:
    from fieldkit.gui import errors as gui_errors

    editor = _editor_with_object(unlocked)
    path = unlocked.vault_path
    editor.add_photos(big_photos)
    unlocked.lock()
    QApplication.processEvents()  # the worker's last signal reaches the closed editor
    assert gui_errors.current_apology() is None
    assert unlocked.locked
    # All or nothing: every file left has its committed row (checked before any open tidies up).
    files = sorted(p.name for p in (path / MEDIA_DIR).iterdir() if p.is_file())  # type: ignore[operator]
    with Vault.open(path, PASSPHRASE) as vault:  # type: ignore[arg-type]
        rows = sorted(r[0] for r in vault.db.execute("SELECT name FROM media_files"))
    assert files == rows
