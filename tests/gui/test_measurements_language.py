"""The Conflicts view and the Possible duplicates side by side show measurement dimensions in
the interface's language (issue 16), the values they compare unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldkit import i18n
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.conflicts import format_value
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

WAIT_MS = 30_000


@pytest.fixture
def french() -> Iterator[None]:
    previous = i18n.language()
    i18n.set_language("fr")
    yield
    i18n.set_language(previous)


def test_the_conflict_cells_say_the_dimension_in_french(french: None) -> None:
    value = [
        {"dimension": "height", "value": 72.5, "unit": "cm"},
        {"dimension": "width", "value": 40.0, "unit": "cm"},
    ]
    assert format_value(F.OBJECT, "measurements", value) == (
        "hauteur\u00a0: 72,5\u00a0cm\nlargeur\u00a0: 40\u00a0cm"
    )


def test_the_duplicates_side_by_side_shows_a_differing_height_in_french(
    unlocked: MainWindow, qtbot: Any, french: None
) -> None:
    records: Records = unlocked.session.records  # type: ignore[union-attr]
    for number, height in (("MCP 1963.28", 72.5), ("MCP-1963-28", 71.0)):
        records.create(
            F.OBJECT,
            {
                "inventory_number": number,
                "title": "Jarre de stockage",
                "measurements": [{"dimension": "height", "value": height, "unit": "cm"}],
            },
        )
    page = unlocked.duplicates.page
    sidebar = unlocked.workspace.sidebar
    rect = sidebar.visualItemRect(unlocked.duplicates.item)
    QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert page.pairs, "the planted pair is listed"
    differs, cells = page.view.rows["measurements"]
    assert differs
    shown = {cells[1].text(), cells[3].text()}
    assert shown == {"hauteur\u00a0: 72,5\u00a0cm", "hauteur\u00a0: 71\u00a0cm"}


def test_the_weak_passphrase_note_in_the_status_bar_is_in_french(
    window: MainWindow, vault: Vault, vault_path: Path, french: None
) -> None:
    # The test vaults use cheap key derivation, below FieldKit's floor: the note is shown.
    vault.close()
    opened = Vault.open(vault_path, PASSPHRASE)
    assert opened.warnings
    window.open_session(opened)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("La protection de ce coffre par sa phrase secrète est plus faible")
    assert "weaker than" not in shown


def test_the_history_joins_measurements_with_the_arabic_semicolon() -> None:
    from fieldkit.gui.editors.history_view import value_text

    value = [
        {"dimension": "height", "value": 72.5, "unit": "cm"},
        {"dimension": "width", "value": 40.0, "unit": "cm"},
    ]
    previous = i18n.language()
    i18n.set_language("ar")
    try:
        shown = value_text(F.OBJECT, "measurements", value)
    finally:
        i18n.set_language(previous)
    assert "؛" in shown and ";" not in shown
