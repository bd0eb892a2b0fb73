"""Translations: Qt Linguist files from resources/translations, and a pseudo-translator.

Every user-visible string goes through ``self.tr`` or ``QCoreApplication.translate``. The
pseudo-translator wraps and stretches every string so untranslated or clipped text shows up in
screenshots before any translator sees it (the idea of Vorta's ``i18n``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class PseudoTranslator(QTranslator):
    """Every string becomes ``[!! text ~~~ !!]``: about a third longer, clearly marked."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        padding = "~" * max(1, len(source) // 3)
        return f"[!! {source} {padding} !!]"

    def isEmpty(self) -> bool:
        return False


def install_system_translation(app: QCoreApplication) -> QTranslator | None:
    """Load ``fieldkit_<lang>.qm`` for the user's locale, if shipped; None otherwise."""
    translator = QTranslator(app)
    if translator.load(QLocale(), "fieldkit", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
        return translator
    return None
