"""Starting the desktop app: `fieldkit` / `fieldkit gui` / `fieldkit demo` call :func:`run_app`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit import __version__, logs
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.gui import none_refcount, settings, wheel_guard, window_fit
from fieldkit.gui.errors import show_error
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.translation import install_language, register_fonts, requested_language

APP_NAME = "FieldKit"
ORGANISATION = "FieldKit"
ORGANISATION_DOMAIN = "fieldkit.invalid"


def configure_application(app: QGuiApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationVersion(__version__)
    wheel_guard.install(app)
    window_fit.install(app)


def make_excepthook(
    parent: Callable[[], QWidget | None],
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An excepthook: log the bug with a report id and apologise once (never a traceback)."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        show_error(parent(), exc)

    return hook


def run_app(vault_path: Path | None = None, *, kdf: Argon2Params | None = None) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("the desktop app needs a QApplication, not a QCoreApplication")
    app = existing
    if app is None:
        # Fractional scaling (125 %, 150 %) as the system asks, not rounded: crisp text on the
        # small high-DPI laptops common in the field. Only possible before the app exists.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    # Before any table is filled: PySide6 on Python 3.11 drops references to None (see
    # none_refcount), which would abort the app after some thousands of Qt calls.
    none_refcount.protect()
    configure_application(app)
    logs.setup()
    register_fonts()
    # FIELDKIT_LANG, else the user's choice, else the system's language, else English.
    install_language(app, requested_language(settings.language()))
    window = MainWindow(vault_path, kdf=kdf)
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook(lambda: window if window.isVisible() else None)
    window.show()
    try:
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
