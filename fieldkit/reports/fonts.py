"""The fonts embedded in every report: FieldKit Sans (Noto Sans + Noto Sans Arabic, SIL OFL).

They ship as package data in ``fieldkit/resources/fonts`` (see the README there), so the same
lookup works in a source checkout, an installed wheel and a frozen build (PyInstaller keeps
package data under the package path when collected with ``collect_data_files("fieldkit")``).
"""

from __future__ import annotations

import io
import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP

REGULAR = "FieldKitSans"
BOLD = "FieldKitSans-Bold"
_FILES = {REGULAR: "FieldKitSans-Regular.ttf", BOLD: "FieldKitSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


class ReportFontsMissingError(
    FieldKitError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Reinstall FieldKit: its report fonts are missing from this installation."
    ),
):
    """The fonts the PDF reports embed are not installed."""


def _font_bytes(file_name: str) -> bytes:
    try:
        return (resources.files("fieldkit") / "resources" / "fonts" / file_name).read_bytes()
    except (OSError, ModuleNotFoundError):
        raise ReportFontsMissingError(
            QT_TRANSLATE_NOOP("errors", "The report font {file_name} cannot be found."),
            file_name=file_name,
        ) from None


def register() -> None:
    """Register the report fonts with reportlab once per process (thread-safe).

    Raises ReportFontsMissingError when the font files are not installed.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            data = io.BytesIO(_font_bytes(file_name))
            data.name = file_name  # reportlab names the embedded font file after it
            pdfmetrics.registerFont(TTFont(name, data))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
