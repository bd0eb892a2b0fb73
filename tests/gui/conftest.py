"""GUI test fixtures: offscreen Qt (set in tests/conftest.py), isolated QSettings, real vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldkit import i18n
from fieldkit.gui.app import configure_application
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.translation import install_language
from fieldkit.vault import Vault

from .helpers import make_jpeg


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot resize native windows to their size hints and says so on
    # every top-level show; that is the test platform's limit, not a bug of ours.
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
            )


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot: object) -> Iterator[MainWindow]:
    win = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    yield win
    if win.session is not None:
        win.lock()


@pytest.fixture
def unlocked(window: MainWindow, vault: Vault) -> MainWindow:
    window.open_session(vault)
    return window


@pytest.fixture(scope="session")
def big_photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three noisy 3000×2000 JPEGs (several MB each): an import that takes a noticeable time."""
    folder = tmp_path_factory.mktemp("big_photos")
    return [make_jpeg(folder / f"big{i}.jpg", 3000, 2000, seed=i, noise=True) for i in range(3)]


@pytest.fixture(params=["en", "fr", "ar", "uk"])
def window_in(request: pytest.FixtureRequest, qapp: QApplication, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A main window (locked) in each of the app's languages, translators removed after."""
    installed = install_language(qapp, request.param)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    yield window
    window.close()
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], list[QTranslator]]]:
    """Speak a language for one test (``use_language("ar")``), and leave the application as
    it was: translators removed, left to right, English — a test left mirrored made later
    tests fail."""
    installed: list[QTranslator] = []

    def use(lang: str) -> list[QTranslator]:
        translators = install_language(qapp, lang)
        installed.extend(translators)
        return translators

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")
