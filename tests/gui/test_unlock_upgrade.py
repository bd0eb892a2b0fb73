"""The first unlock after an update says that the vault is being upgraded, with a percentage
and a bar, instead of looking frozen for the tens of seconds a large vault takes; an unlock
with nothing to upgrade looks as it always did."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt

from fieldkit.gui.main_window import UNLOCK, WORKSPACE, MainWindow
from fieldkit.gui.unlock import UnlockScreen
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault, schema

Seen = list[tuple[str, bool, int, int, bool]]


def _vault_to_upgrade(vault: Vault, version: int | None) -> Path:
    """A vault of 6,000 objects, set back to ``version`` (None: left current)."""
    Records(vault).create_many(
        F.OBJECT,
        [
            F.clean_fields(F.OBJECT, {"inventory_number": f"MCP 1962.{i}", "title": "Jar"})
            for i in range(6_000)
        ],
    )
    if version is not None:
        vault.db.execute("DROP INDEX records_inventory_sort")
        vault.db.execute("ALTER TABLE records DROP COLUMN inventory_sort")
        vault.db.execute(f"PRAGMA user_version = {int(version)}")
    path = vault.path
    vault.close()
    return path


def _unlock_watching(window: MainWindow, path: Path, qtbot) -> Seen:  # type: ignore[no-untyped-def]
    """Unlock, noting what the screen shows at each step the worker reports."""
    window.show_unlock(path)
    assert window.stack.currentIndex() == UNLOCK
    screen: UnlockScreen = window.unlock_screen
    seen: Seen = []
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen._worker is not None

    def note(_progress: object) -> None:  # after the screen's own slot, connected first
        seen.append(
            (
                screen.upgrade_label.text(),
                screen.upgrade_label.isVisibleTo(screen),
                screen.busy.value(),
                screen.busy.maximum(),
                screen.back_button.isEnabled(),
            )
        )

    screen._worker.signals.stepped.connect(note)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WORKSPACE, timeout=60_000)
    return seen


def test_the_first_unlock_after_an_update_says_it_upgrades_the_vault(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = _vault_to_upgrade(vault, 16)
    seen = _unlock_watching(window, path, qtbot)
    assert seen, "the upgrade was not shown"
    assert all(shown for _text, shown, *_ in seen)
    text, _shown, value, maximum, back_enabled = seen[-1]
    assert text == "Updating this vault for the new version of FieldKit (once only)… 100 %"
    assert value == maximum > 0  # a bar that fills, not only the busy one
    # Leaving for another vault meanwhile would not stop the upgrade: not offered.
    assert not back_enabled
    screen = window.unlock_screen
    assert not screen.upgrade_label.isVisibleTo(screen)
    assert screen.back_button.isEnabled()
    assert window.session is not None
    assert schema.schema_version(window.session.vault.db) == schema.LATEST


def test_an_unlock_with_nothing_to_upgrade_looks_as_before(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = _vault_to_upgrade(vault, None)
    assert _unlock_watching(window, path, qtbot) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", "Mise à jour du coffre"),
        ("ar", "تحديث"),
        ("uk", "Оновлення сховища"),
    ],
)
def test_the_upgrade_is_said_in_the_users_language(
    window: MainWindow,
    vault: Vault,
    qtbot,  # type: ignore[no-untyped-def]
    use_language: Callable[[str], object],
    lang: str,
    words: str,
) -> None:
    use_language(lang)
    path = _vault_to_upgrade(vault, 16)
    seen = _unlock_watching(window, path, qtbot)
    text = seen[-1][0]
    assert words in text, text
    assert "100" in text  # Western digits, as everywhere in the app
