"""Translations: Qt Linguist files from fieldkit/resources/translations, and a pseudo-translator.

Every user-visible string goes through ``self.tr`` or ``QCoreApplication.translate``. The app
loads, for the chosen language, its own catalog (``fieldkit_<lang>.qm``), the core's
(``core_<lang>.qm``: field labels, error messages) and Qt's (``qtbase_<lang>.qm``: standard
buttons and dialogs); English loads only the plural forms ("1 object", "2 objects"). Arabic turns
the whole application right to left.

The pseudo-translator (``FIELDKIT_LANG=pseudo``, or a test fixture) wraps, stretches and mirrors
every string, so untranslated, clipped or direction-blind text shows up in screenshots before
any translator sees it (the idea of Vorta's ``i18n``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from fieldkit import i18n

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
PSEUDO = "pseudo"
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar", "uk": "uk_UA"}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class PseudoTranslator(QTranslator):
    """Every string becomes ``[!! text ~~~ !!]``: about a third longer, clearly marked.

    With ``mirror=True`` the letters are also reversed inside right-to-left marks, so text that
    the layout does not mirror stands out.
    """

    def __init__(self, parent: QCoreApplication | None = None, *, mirror: bool = False) -> None:
        super().__init__(parent)
        self.mirror = mirror

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        if n >= 0:
            # English's own plural forms ("1 need", "3 need"), number already in place.
            source = i18n.translate(context, source, disambiguation, n, lang="en")
        padding = "~" * max(1, len(source) // 3)
        text = f"[!! {source} {padding} !!]"
        # Right-to-left override: the letters show reversed, as a right-to-left script flows.
        return f"\u202e{text}\u202c" if self.mirror else text

    def isEmpty(self) -> bool:
        return False


# Qt 6's context for a string the shipped catalog still files under its Qt 5 context.
_QT_RENAMED = {"QAbstractFileIconProvider": "QFileDialog"}


class QtCatalog(QTranslator):
    """Qt's own catalog (``qtbase_<lang>.qm``), with what Qt 6 renamed looked up as Qt 5 wrote it.

    The catalog shipped with Qt still holds the file dialog's "Look in:" and "Files of type:",
    and "Folder" under ``QFileDialog``, while Qt 6 asks for "&Look in:" and "Files of &type:"
    and for "Folder" under ``QAbstractFileIconProvider``: unanswered, those stayed English in a
    French or Arabic file dialog. They are asked again under the old name.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "", when there is no translation: Qt takes "" as one and stops looking.
        found = super().translate(context, source, disambiguation, n)
        if found or not source:
            return found
        old_context = _QT_RENAMED.get(context, context)
        if old_context != context:
            found = super().translate(old_context, source, disambiguation, n)
        if not found and "&" in source and context == "QFileDialog":
            found = super().translate(context, source.replace("&", "", 1), disambiguation, n)
            # The mnemonic Qt 6 added, on the translation's first letter.
            found = "&" + found if found else None
        return found or None


def requested_language(chosen: str | None) -> str:
    """``FIELDKIT_LANG`` (including "pseudo"), else the setting, else the system's, else en."""
    if os.environ.get(i18n.ENV_LANG, "").strip().lower() == PSEUDO:
        return PSEUDO
    return i18n.resolve_language(chosen)


def install_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators of ``lang`` (see the module doc) and its layout direction.

    Returns the translators installed (the caller keeps them alive). A missing ``.qm`` is not
    an error: the text stays English.
    """
    installed: list[QTranslator] = []
    if lang == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        i18n.set_language("en")
        return [pseudo]
    lang = i18n.normalise(lang) or "en"
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(_LOCALES[lang]))
    for name, folder in (
        ("fieldkit", TRANSLATIONS),
        ("core", TRANSLATIONS),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
        if name == "qtbase" and lang == "en":
            continue
        translator = QtCatalog(app) if name == "qtbase" else QTranslator(app)
        if translator.load(f"{name}_{lang}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if i18n.is_right_to_left(lang)
            else Qt.LayoutDirection.LeftToRight
        )
    return installed


def install_system_translation(app: QCoreApplication) -> QTranslator | None:
    """Load ``fieldkit_<lang>.qm`` for the user's locale, if shipped; None otherwise."""
    translators = install_language(app, i18n.resolve_language(None))
    return translators[0] if translators else None


def register_fonts() -> list[str]:
    """Add the bundled FieldKit Sans (Latin, Cyrillic, Arabic) to the app's fonts.

    On a Linux laptop without Arabic or Cyrillic fonts Qt falls back to these. Returns the
    families registered.
    """
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return list(dict.fromkeys(families))


def covers(family: str, system: QFontDatabase.WritingSystem) -> bool:
    return system in QFontDatabase.writingSystems(family)
