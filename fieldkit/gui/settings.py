"""What the app remembers between runs (QSettings): vault folders and preferences — never secrets,
never record text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "vaults/recent"
IDLE_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings()


def recent_vaults() -> list[Path]:
    raw = _settings().value(RECENT_KEY, [])
    items: list[object] = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    return [Path(p) for p in items if isinstance(p, str) and p]


def remember_vault(path: Path) -> None:
    text = str(Path(path).resolve())
    items = [text] + [str(p) for p in recent_vaults() if str(p) != text]
    _settings().setValue(RECENT_KEY, items[:MAX_RECENT])


def forget_vault(path: Path) -> None:
    text = str(Path(path).resolve())
    _settings().setValue(RECENT_KEY, [str(p) for p in recent_vaults() if str(p) != text])


def idle_minutes() -> float:
    value = _settings().value(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    if not isinstance(value, (int, float, str)):
        return DEFAULT_IDLE_MINUTES
    try:
        minutes = float(value)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return minutes if minutes > 0 else DEFAULT_IDLE_MINUTES


def set_idle_minutes(minutes: float) -> None:
    _settings().setValue(IDLE_KEY, float(minutes))


LANGUAGE_KEY = "ui/language"


def language() -> str | None:
    """The language the user chose (en, fr, ar, uk), or None if they never chose."""
    from fieldkit import i18n

    value = _settings().value(LANGUAGE_KEY, None)
    return i18n.normalise(value) if isinstance(value, str) else None


def set_language(lang: str) -> None:
    """Remember the user's language (only one of the four codes is ever stored)."""
    from fieldkit import i18n

    code = i18n.normalise(lang)
    if code is None:
        raise ValueError("not a FieldKit language")
    _settings().setValue(LANGUAGE_KEY, code)


PDF_FOLDER_KEY = "reports/last_folder"


def pdf_folder() -> Path | None:
    """The folder the last PDF was written to, while it is still there."""
    value = _settings().value(PDF_FOLDER_KEY, None)
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else None


def set_pdf_folder(folder: Path) -> None:
    _settings().setValue(PDF_FOLDER_KEY, str(Path(folder).resolve()))
