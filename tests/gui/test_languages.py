"""Choosing and loading a language in the desktop app; right to left in Arabic; no clipped label
under the pseudo-locale."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from fieldkit import i18n
from fieldkit.demo.collection import generate
from fieldkit.gui import settings
from fieldkit.gui.create_vault import CreateVaultDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.vault_settings import VaultSettingsPage
from fieldkit.gui.translation import (
    PSEUDO,
    PseudoTranslator,
    covers,
    register_fonts,
    requested_language,
)
from fieldkit.vault import Vault


def test_arabic_loads_app_core_and_qt_catalogs_and_mirrors_the_app(
    use_language: Callable[[str], list[QTranslator]], qapp: QApplication
) -> None:
    translators = use_language("ar")
    assert len(translators) == 3  # fieldkit_ar, core_ar, qtbase_ar
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("fields", "Title") == "العنوان"
    assert QLocale().language() == QLocale.Language.Arabic
    assert i18n.language() == "ar"


def test_the_sidebar_is_on_the_right_in_arabic(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    use_language("ar")
    unlocked.resize(1200, 700)
    qtbot.wait(20)
    workspace = unlocked.workspace
    sidebar_x = workspace.sidebar.mapTo(unlocked, QPoint(0, 0)).x()
    pages_x = workspace.pages.mapTo(unlocked, QPoint(0, 0)).x()
    assert sidebar_x > pages_x
    assert workspace.isRightToLeft()


def test_english_speaks_proper_plurals(use_language: Callable[[str], list[QTranslator]]) -> None:
    use_language("en")
    assert QCoreApplication.translate("OverviewPage", "%Ln object(s)", "", 1) == "1 object"
    assert QCoreApplication.translate("OverviewPage", "%Ln object(s)", "", 3) == "3 objects"


def test_the_environment_overrides_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    settings.set_language("ar")
    assert settings.language() == "ar"
    monkeypatch.setenv("FIELDKIT_LANG", "uk")
    assert requested_language(settings.language()) == "uk"
    monkeypatch.setenv("FIELDKIT_LANG", "pseudo")
    assert requested_language(settings.language()) == PSEUDO
    monkeypatch.delenv("FIELDKIT_LANG")
    assert requested_language(settings.language()) == "ar"
    with pytest.raises(ValueError):
        settings.set_language("../../etc")
    assert settings.language() == "ar"


def test_changing_the_language_in_the_settings_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = VaultSettingsPage()
    qtbot.addWidget(page)
    choice = page.findChild(QComboBox, "languageChoice")
    assert choice is not None
    assert [choice.itemData(i) for i in range(choice.count())] == list(i18n.LANGUAGES)
    choice.setCurrentIndex(choice.findData("fr"))
    assert settings.language() == "fr"
    note = page.findChild(QLabel, "languageNote")
    assert note is not None and not note.isHidden()
    assert "Français" in note.text() or "FIELDKIT_LANG" in note.text()


def test_first_run_offers_the_language_defaulting_to_the_current_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("uk")
    try:
        dialog = CreateVaultDialog(None)
        qtbot.addWidget(dialog)
        choice = dialog.findChild(QComboBox, "firstRunLanguage")
        assert choice is not None and choice.currentData() == "uk"
        choice.setCurrentIndex(choice.findData("ar"))
        assert settings.language() == "ar"
        assert not dialog.language_note.isHidden()
    finally:
        i18n.set_language("en")


def test_bundled_font_covers_arabic_and_cyrillic(qapp: QApplication) -> None:
    families = register_fonts()
    assert "FieldKit Sans" in families
    assert covers("FieldKit Sans", QFontDatabase.WritingSystem.Arabic)
    assert covers("FieldKit Sans", QFontDatabase.WritingSystem.Cyrillic)


# --- pseudo-locale: nothing clipped --------------------------------------------------------------


def clipped(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.textFormat() == Qt.TextFormat.RichText or not widget.pixmap().isNull():
                continue
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"label {widget.objectName() or widget.text()[:50]!r}")
        elif isinstance(widget, QPushButton) and widget.text():
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"button {widget.objectName() or widget.text()[:50]!r}")
    return found


def test_the_clipping_check_sees_a_clipped_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("[!! A rather long label text ~~~~~~~ !!]", host)
    label.setObjectName("narrow")
    label.setFixedWidth(40)
    host.show()
    assert clipped(host) == ["label 'narrow'"]
    label.setFixedWidth(label.minimumSizeHint().width())
    assert clipped(host) == []


@pytest.fixture
def pseudo_window(qapp: QApplication, vault: Vault, window: MainWindow) -> Iterator[MainWindow]:
    translator = PseudoTranslator(qapp, mirror=True)
    qapp.installTranslator(translator)
    generate(vault, 12, seed=5)
    window.resize(1366, 688)
    window.open_session(vault)
    yield window
    qapp.removeTranslator(translator)


def test_no_label_is_clipped_on_any_page_under_the_pseudo_locale(
    pseudo_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    workspace = pseudo_window.workspace
    problems: list[str] = []
    checked = 0
    for section in range(workspace.pages.count()):
        workspace.show_section(section)
        qtbot.wait(30)
        page = workspace.pages.currentWidget()
        problems += [f"section {section}: {p}" for p in clipped(page)]
        checked += sum(1 for w in page.findChildren(QLabel) if w.isVisible() and w.text())
    for open_editor in (workspace.new_object, lambda: workspace.new_damage(None)):
        editor = open_editor()
        assert editor is not None
        qtbot.wait(30)
        problems += [f"{type(editor).__name__}: {p}" for p in clipped(editor)]
        checked += sum(1 for w in editor.findChildren(QLabel) if w.isVisible() and w.text())
        editor.discard_changes()
        editor.close()
    assert problems == []
    assert checked > 60  # the walk really looked at labels


def test_the_app_starts_in_fieldkit_lang(  # type: ignore[no-untyped-def]
    make_vault, qapp, monkeypatch, use_language
) -> None:
    """`FIELDKIT_LANG=ar fieldkit` opens the app right to left, with Arabic catalogs loaded."""
    from PySide6.QtCore import QTimer

    from fieldkit.gui import app as app_module

    vault, _ = make_vault()
    vault.close()
    monkeypatch.setenv("FIELDKIT_LANG", "ar")
    settings.set_language("fr")  # the environment wins over the setting
    seen: list[tuple[Qt.LayoutDirection, str]] = []

    def look_and_quit() -> None:
        seen.append((qapp.layoutDirection(), QCoreApplication.translate("vocabulary", "Evacuated")))
        QApplication.closeAllWindows()

    QTimer.singleShot(200, look_and_quit)
    try:
        assert app_module.run_app(vault.path) == 0
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
    assert seen == [(Qt.LayoutDirection.RightToLeft, "مُخلاة")]


def test_the_passphrase_meter_speaks_the_users_language(
    use_language: Callable[[str], list[QTranslator]],
) -> None:
    """The policy's reasons were never marked for translation: the meter on the first screen a
    new user sees said "Strong: long and hard to guess…" in every language."""
    from fieldkit.gui.passphrase_strength import assess

    use_language("fr")
    assert assess("correct horse battery staple lamp").explanation.startswith("Robuste")
    assert "trop courte" in assess("abc").explanation
