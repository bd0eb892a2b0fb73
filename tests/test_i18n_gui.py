"""The desktop app's last English bits (issue 16): the demo vault's name in the status bar, and
object list headers sized to their translation ("Priorité de sauvetage" was cut)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldkit import i18n
from fieldkit.gui.app import configure_application
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.translation import install_language
from fieldkit.vault import Vault

# As tests/gui: the offscreen platform says it cannot pass size hints on; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    configure_application(qapp)  # settings in tmp_path, as tests/gui does
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    installed: list[QTranslator] = install_language(qapp, "fr")
    yield
    QSettings().clear()
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


@pytest.fixture
def demo_window(french: None, tmp_path: Path, qtbot: object) -> Iterator[MainWindow]:
    vault, _ = Vault.create(
        tmp_path / "demo", PASSPHRASE, name="Demo vault", kdf=FAST_KDF, demo=True
    )
    win = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1366, 720)
    win.show()
    win.open_session(vault)
    yield win
    if win.session is not None:
        win.lock()


def test_the_demo_vault_is_named_in_the_language(demo_window: MainWindow) -> None:
    text = demo_window.identity_label.text()
    shown = "".join(c for c in text if c not in "\u200e\u200f\u2066\u2067\u2068\u2069")
    assert shown.startswith("Coffre de démonstration · ")  # the name is isolated (r14)
    assert "Demo vault" not in text
    # The fingerprint's two groups stay in order inside a right-to-left line.
    assert "\u2066" in text and text.endswith("\u2069")


def test_object_list_headers_are_as_wide_as_their_translation(demo_window: MainWindow) -> None:
    page = demo_window.workspace.current_list()
    assert page is not None
    table, model = page.table, page.model
    header = table.horizontalHeader()
    keys = [c.key for c in model.columns]
    priority = keys.index("salvage_priority")
    title = model.headerData(priority, Qt.Orientation.Horizontal)
    assert title == "Priorité de sauvetage"
    assert table.columnWidth(priority) >= header.sectionSizeHint(priority)
    # Every sortable header fits with its sort arrow; the title column gave up the difference
    # but stays readable, and the whole table still fits the laptop screen's width.
    for i, column in enumerate(model.columns):
        if column.order_by:
            assert table.columnWidth(i) >= header.sectionSizeHint(i), column.key
    assert table.columnWidth(keys.index("title")) >= 140
    last = len(keys) - 1  # stretches to the table's edge
    widths = [table.columnWidth(i) for i in range(last)]
    assert sum(widths) <= sum(c.width for c in model.columns[:last]), widths
    tooltip = model.headerData(priority, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Priorité de sauvetage\n")


def test_who_wrote_a_change_is_named_in_the_language(french: None, tmp_path: Path) -> None:
    """"you (name)" and "unknown key …" label authors in histories and the duplicates'
    Decisions tab; they sat behind a wrapper lupdate does not see, so they stayed English."""
    from fieldkit.gui.people_names import Names

    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="Amal")
    try:
        names = Names(vault.db, "f" * 64, "Amal")
        assert names("f" * 64) == "vous (Amal)"
        assert names(None) == "inconnu"
        assert names("a" * 64).startswith("clé inconnue ")
    finally:
        vault.close()


def test_the_unlock_screen_keeps_the_vault_folder_whole_right_to_left(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    """Seen in Arabic: "/tmp/x/demo" showed as "tmp/x/demo/" (the slash moved to the other end)
    because the path was not isolated from the right-to-left sentence around it."""
    from fieldkit.gui.unlock import UnlockScreen

    screen = UnlockScreen()
    qtbot.addWidget(screen)
    screen.set_vault(tmp_path / "demo")
    assert f"\u2066{tmp_path / 'demo'}\u2069" in screen.folder_label.text()
