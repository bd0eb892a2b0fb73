"""The photo viewer says when and where a photo was taken, and Escape closes it."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QLocale, Qt

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.photo_viewer import PhotoViewer


def _jpeg_taken_in_mosul(path: Path) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2026:12:05 10:12:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (Fraction(36), Fraction(20), Fraction(24))
    gps[3], gps[4] = "E", (Fraction(43), Fraction(7), Fraction(48))
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), (120, 90, 60)).save(buf, "JPEG", exif=exif)
    path.write_bytes(buf.getvalue())
    return path


def test_viewer_shows_capture_time_and_gps_and_closes_on_escape(
    unlocked: MainWindow, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        editor = unlocked.workspace.new_object()
        assert editor is not None
        editor.add_photos([_jpeg_taken_in_mosul(tmp_path / "p.jpg")])
        qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
        # A new object's photo waits for its first save: it is in the strip, not yet in media.
        viewer = editor.open_photo(editor.shown_media[0]["sha256"])
        assert isinstance(viewer, PhotoViewer)
        qtbot.addWidget(viewer)
        qtbot.waitUntil(lambda: viewer.worker is None, timeout=10_000)
        details = viewer.details.text()
        # The user's language, with the month in words: never an ambiguous 05/12.
        assert "5 déc. 2026" in details and "10:12" in details
        assert "GPS 36.34000, 43.13000" in details and "320 × 240 px" in details
        viewer.activateWindow()
        qtbot.waitUntil(viewer.isActiveWindow)
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not viewer.isVisible())
        editor.discard_changes()
        editor.close()
    finally:
        QLocale.setDefault(previous)
