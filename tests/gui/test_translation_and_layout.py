"""Translations reach every label; right-to-left works; the app fits 1366×768 and the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from fieldkit.gui import settings
from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.translation import PseudoTranslator
from fieldkit.gui.welcome import WelcomeScreen
from fieldkit.records import fields as F


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _texts(widget: QWidget) -> list[str]:
    out = [w.text() for w in widget.findChildren(QLabel) if w.text()]
    out += [w.text() for w in widget.findChildren(QPushButton) if w.text()]
    return out


def test_pseudo_translation_changes_labels(qtbot, pseudo: PseudoTranslator) -> None:  # type: ignore[no-untyped-def]
    welcome = WelcomeScreen()
    qtbot.addWidget(welcome)
    texts = _texts(welcome)
    assert texts and all(t.startswith("[!! ") for t in texts), texts
    assert QCoreApplication.translate("vocabulary", "Severe").startswith("[!! ")


def test_pseudo_translation_reaches_the_workspace_and_editors(unlocked_pseudo: MainWindow) -> None:
    window = unlocked_pseudo
    untranslated = [
        t
        for t in _texts(window.workspace)
        if not t.startswith("[!! ") and any(c.isalpha() for c in t)
    ]
    assert untranslated == []
    editor = window.workspace.new_damage(None)
    assert editor is not None
    labels = [t for t in _texts(editor) if any(c.isalpha() for c in t)]
    # Every label is translated (the lock mark on sensitive fields precedes the text).
    assert all("[!! " in t for t in labels), [t for t in labels if "[!! " not in t]
    editor.close()


@pytest.fixture
def unlocked_pseudo(qapp, pseudo, vault, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from conftest import FAST_KDF

    window = MainWindow(None, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.open_session(vault)
    yield window
    window.lock()


def test_right_to_left_layout_applies(unlocked: MainWindow, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        editor = unlocked.workspace.new_object()
        assert editor is not None
        for widget in (
            unlocked,
            unlocked.workspace.sidebar,
            unlocked.workspace.object_page.table,
            unlocked.search,
            editor,
            editor.inputs["title"].widget,
        ):
            assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft, widget
        # Recovery keys and dates stay left to right inside a right-to-left layout.
        assert (
            editor.inputs["date_documented"].edit.layoutDirection()
            == Qt.LayoutDirection.LeftToRight
        )
        editor.close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_fits_1366_by_768_and_every_control_has_a_name(unlocked: MainWindow) -> None:
    unlocked.resize(1366, 768)
    assert unlocked.minimumSizeHint().width() <= 1366
    assert unlocked.minimumSizeHint().height() <= 768
    for cls in (ObjectEditor, DamageEditor):
        editor = cls(unlocked.session, None, parent=unlocked)  # type: ignore[arg-type]
        assert editor.minimumSizeHint().width() <= 1366
        assert editor.minimumSizeHint().height() <= 740
        for item in editor.inputs.values():
            assert item.widget.accessibleName(), item.field.name
        editor.close_for_lock()
    for button in unlocked.findChildren(QPushButton):
        assert button.text() or button.accessibleName(), button.objectName()


def test_editor_groups_cover_every_field() -> None:
    for cls, kind in ((ObjectEditor, F.OBJECT), (DamageEditor, F.DAMAGE)):
        named = [n for _title, names in cls.groups for n in names]
        assert sorted(named) == sorted(F.FIELDS[kind]), cls
        assert len(named) == len(set(named))


def test_recent_vaults_are_remembered_without_secrets(unlocked: MainWindow) -> None:
    path = unlocked.vault_path
    assert path in settings.recent_vaults()
    unlocked.lock()
    unlocked.show_welcome()
    assert unlocked.welcome.recent.count() == 1
    QSettings().sync()
    stored = open(QSettings().fileName(), encoding="utf-8").read()
    assert str(path) in stored and PASSPHRASE not in stored


def test_tab_moves_through_the_unlock_screen(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    unlocked.lock()
    screen = unlocked.unlock_screen
    unlocked.activateWindow()
    qtbot.waitUntil(unlocked.isActiveWindow)
    screen.passphrase.setFocus()
    qtbot.waitUntil(screen.passphrase.hasFocus)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.unlock_button
