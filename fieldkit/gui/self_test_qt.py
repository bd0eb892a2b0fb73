"""The Qt half of `fieldkit --self-test` (see fieldkit.self_test), run in a child process.

A platform plugin that cannot load makes Qt abort the process: the parent reads this child's
one JSON line, or, if it dies, reports the Qt checks as failed.
"""

from __future__ import annotations

import io
import json
import os
import sys
import xml.etree.ElementTree as ET
from typing import TextIO

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication, QImage

from fieldkit.self_test import qt_platform_for_this_machine, run_check, translations_folder


def qt_checks() -> tuple[dict[str, bool], dict[str, str]]:
    """Run in the child: a QGuiApplication, image formats, translations. Qt may abort here."""
    results: dict[str, bool] = {}
    errors: dict[str, str] = {}
    platform = qt_platform_for_this_machine()
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    app = QGuiApplication.instance() or QGuiApplication(["fieldkit-self-test"])
    results["qt_platform"] = bool(QGuiApplication.platformName())

    run_check("qt_image_formats", _check_qt_image_formats, results, errors)
    run_check("translations", _check_translations, results, errors)
    del app
    return results, errors


def _check_qt_image_formats() -> None:
    from PIL import Image

    picture = Image.new("RGB", (8, 6), (200, 30, 30))
    for pil_format, qt_format in (("JPEG", "JPG"), ("PNG", "PNG"), ("TIFF", "TIFF")):
        data = io.BytesIO()
        picture.save(data, pil_format)
        # PySide6's stub says bytes; the binding accepts only str here (bytes: ValueError).
        image = QImage.fromData(data.getvalue(), qt_format)  # type: ignore[arg-type]
        if image.isNull() or (image.width(), image.height()) != (8, 6):
            raise AssertionError(f"Qt cannot read {pil_format} images")


def _check_translations() -> None:
    folder = translations_folder()
    if not folder.is_dir():
        raise FileNotFoundError("the translations folder is missing")
    shipped = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith((".ts", ".qm"))),
        key=lambda entry: entry.name,
    )
    if not shipped:
        raise FileNotFoundError("no translation is shipped")
    for entry in shipped:
        if entry.name.endswith(".qm"):
            translator = QTranslator()
            if not translator.load(str(entry)) or translator.isEmpty():
                raise AssertionError(f"{entry.name} does not load")
        else:
            root = ET.fromstring(entry.read_bytes())  # noqa: S314 - our own shipped file
            if root.tag != "TS" or root.find("context") is None:
                raise AssertionError(f"{entry.name} is not a Qt Linguist file")


def main(out: TextIO | None = None) -> int:
    """`fieldkit --self-test-qt`: the Qt half, for the parent to read."""
    checks, errors = qt_checks()
    stream = out or sys.stdout
    stream.write(json.dumps({"checks": checks, "errors": errors}) + "\n")
    stream.flush()
    return 0 if all(checks.values()) else 1
