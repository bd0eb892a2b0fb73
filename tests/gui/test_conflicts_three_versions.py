"""A record changed on three laptops (r11 UI trial #2, #3): at 1366×768 the "Use" choices stay in
sight beside the three versions, and each "Keep version N whole" button has its own mnemonic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from peers import Peer
from PySide6.QtWidgets import QComboBox, QPushButton, QScrollArea

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.workspace import CONFLICTS
from fieldkit.records import fields as F


@pytest.fixture
def three_way(tmp_path: Path) -> Iterator[Peer]:
    """MCP 1980.6 edited differently by laptops A, B and C; the coordinator C holds all three."""
    a, b, c = Peer(tmp_path, "lapA"), Peer(tmp_path, "lapB"), Peer(tmp_path, "lapC")
    for p in (a, b, c):
        p.trust(*[q for q in (a, b, c) if q is not p])
    obj = a.records.create(
        F.OBJECT,
        {
            "inventory_number": "MCP 1980.6",
            "title": "Amphora",
            "description": "Orange fabric, smoothed surface; two vertical handles.",
        },
    )
    b.receive(a.send(b))
    c.receive(a.send(c))
    edits = {
        a: ("Amphore de transport (col fêlé)", "Temporary store, crate 18"),
        b: ("Transport amphora — cracked neck", "Temporary store, crate 21"),
        c: ("أمفورة نقل", "Dépôt temporaire, caisse 18"),
    }
    for peer, (title, place) in edits.items():
        peer.records.edit(
            obj.record_id,
            {
                "title": title,
                "current_location": place,
                "description": f"{title}: handles reglued 2026-12-01 by the {peer.name} team.",
            },
        )
    c.receive(a.send(c))
    c.receive(b.send(c))
    yield c
    for p in (a, b):
        p.vault.close()


@pytest.mark.parametrize("language", ["en", "fr", "ar", "uk"])
def test_three_versions_fit_with_their_choices_on_a_laptop_screen(
    language: str, use_language, three_way: Peer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    use_language(language)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(three_way.vault)
    window.resize(1280, 728)  # the size the trial's window had on a 1366×768 screen
    window.workspace.show_section(CONFLICTS)
    page = window.workspace.conflicts_page
    page.refresh()
    page.list.setCurrentRow(0)
    qtbot.wait(50)
    view = page.view
    assert len(view.keep_buttons) == 3
    scroll = view.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()
    qtbot.waitUntil(lambda: viewport.width() > 0)
    for name in ("title", "current_location"):
        combo = view.findChild(QComboBox, f"use_{name}")
        assert combo is not None and combo.isVisible()
        left = combo.mapTo(viewport, combo.rect().topLeft()).x()
        right = combo.mapTo(viewport, combo.rect().topRight()).x()
        assert 0 <= left and right < viewport.width(), (name, left, right, viewport.width())
    assert not scroll.horizontalScrollBar().isVisible()
    for button in view.keep_buttons:  # whole words, not "arder la version 1 entiè"
        assert button.isVisible() and button.width() >= button.sizeHint().width(), button.text()
    # Alt+1, Alt+2, Alt+3: one mnemonic each, none shared with the menu bar's.
    keys = [
        b.text().split("&", 1)[1][0].lower()
        for b in view.findChildren(QPushButton)
        if b in view.keep_buttons
    ]
    menus = {
        a.text().split("&", 1)[1][0].lower() for a in window.menuBar().actions() if "&" in a.text()
    }
    assert len(set(keys)) == 3 and not set(keys) & menus, (keys, menus)
    window.lock()
