"""The one place that shows errors: plain messages for errors people can act on, an apology
with a report id for bugs (never a traceback)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldkit import i18n
from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.logs import report_bug

log = logging.getLogger(__name__)

# Only one apology at a time: a bug that repeats (in a paint event, a timer) must not bury the
# user under dialogs.
_apology: QMessageBox | None = None


def _belongs_to(window: QWidget, owner: QWidget) -> bool:
    widget: QWidget | None = window
    while widget is not None:
        if widget is owner:
            return True
        widget = widget.parentWidget()
    return False


def owner_window(parent: QWidget | None) -> QWidget | None:
    """The window an error dialog goes over: the window the user is working in.

    That is ``parent``'s own window, unless one of that window's windows (an editor, a dialog
    opened from it) is the active one: a bug caught by the excepthook names only the main
    window, and a dialog parented there would lift the main window over the editor the user
    was working in. With no parent, the active window (if any).
    """
    active = QApplication.activeModalWidget() or QApplication.activeWindow()
    if parent is None:
        return active
    top = parent.window()
    if active is not None and active is not top and _belongs_to(active, top):
        return active
    return top


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    parent = owner_window(parent)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.NonModal)
    box.setAccessibleName(title)
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Tell the user about ``exc``: its message and hint if they can act on it, else an apology.

    Returns the dialog (opened, not executed: the caller's event loop keeps running), or None for
    a cancellation, which needs no dialog.
    """
    if isinstance(exc, CancelledError):
        return None
    if not isinstance(exc, FieldKitError):
        # A damaged page or a failing drive met by a read (reads are not wrapped one by one):
        # the sentence the CLI and every write give, not an apology for a bug. (Imported here:
        # an SQLite error means the vault's database module is loaded already.)
        from fieldkit.vault.database import classify_database_error

        known = classify_database_error(exc, None)
        if known is not None:
            log.warning("SQLite error shown as a storage problem: %s", type(exc).__name__)
            exc = known
    if isinstance(exc, FieldKitError):
        # The sentence and hint in the interface's language (the core's catalog; English if absent).
        message, hint = i18n.error_text(exc)
        box = _box(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("errors", "FieldKit"),
            message,
        )
        if hint:
            box.setInformativeText(hint)
        box.setObjectName("errorDialog")
        box.open()
        return box
    return show_bug(parent, exc)


def show_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Log ``exc`` with a new report id and apologise once, naming the id."""
    global _apology
    report_id = report_bug(exc)
    if _apology is not None:
        return None
    text = QCoreApplication.translate(
        "errors",
        "Sorry, something went wrong inside FieldKit. Your saved records are safe.\n\n"
        "If it happens again, please tell the FieldKit team this report number: {id}",
    ).format(id=report_id)
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Unexpected problem"),
        text,
    )
    box.setObjectName("apologyDialog")
    box.setProperty("report_id", report_id)
    _apology = box

    def forget() -> None:
        global _apology
        _apology = None

    box.finished.connect(forget)
    box.destroyed.connect(forget)
    box.open()
    return box


def current_apology() -> QMessageBox | None:
    """The apology dialog on screen, if any (for tests and to avoid stacking dialogs)."""
    return _apology
