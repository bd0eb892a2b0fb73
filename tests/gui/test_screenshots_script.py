"""scripts/screenshots.py runs to its last screen on a small demo vault, in the language
FIELDKIT_LANG names: the recovery key is confirmed as the dialog now asks (two groups typed
back), and Arabic screens are Arabic and right to left, not English ones."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from fieldkit import i18n

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fieldkit_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def arabic_env(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.setenv("FIELDKIT_LANG", "ar")
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


def test_the_screenshots_script_runs_to_the_end_in_arabic(
    arabic_env: None, qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[tuple[str, Qt.LayoutDirection]] = []
    script = _script()
    save = script.save

    def save_and_note(widget: object, out: Path, name: str) -> None:
        # What the window says when it is saved: the catalogs are installed by then.
        seen.append((QCoreApplication.translate("MainWindow", "&File"), qapp.layoutDirection()))
        save(widget, out, name)

    script.save = save_and_note
    out = tmp_path / "shots"
    assert script.main(["screenshots.py", str(out)], objects=60, pair_objects=24) == 0
    names = sorted(p.stem for p in out.glob("*.png"))
    assert names[0] == "01-welcome" and "03b-recovery-key-typed-back" in names
    assert "30-rtl-overview" in names and "32-report-written" in names
    assert len(names) == len(seen) == 34
    assert all(direction == Qt.LayoutDirection.RightToLeft for _, direction in seen)
    assert seen[0][0] != "&File"  # the Arabic catalog, not the English text
    # The catalogs are the script's own: taken out again when it is done.
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
