"""Alt+letter keys in every tab and state of the main pages, in every language: none used twice
on screen, none taken from the menu bar. test_page_mnemonics_r12 looks at each page as it first
opens; a clash in another tab was left: the Evacuation page's Depart tab had about ten in each
language ("Transp&ort" and "N&otes", "&Reason" and "Evacuation pe&rmission"…), the duplicates
pair view's French « &Précédente » and « &Passer » shared P. On a clash Alt+letter only moves
the focus between the two, so a keyboard user cannot click either.

The vault holds what makes every state show: a pair of possible duplicates (the pair view, its
decision banner) and a crate on its way (the check-in panel)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressBar, QTabWidget

from fieldkit.duplicates import decisions
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.duplicates import REVIEW
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_page_mnemonics_r12 import clashes

WAIT_MS = 30_000


def _plant(vault: Vault) -> str:
    """Two possible duplicates (a renumbered copy), and a crate on its way: its movement."""
    records = Records(vault)
    for number in ("MCP 1970.1", "mcp 1970.01"):
        records.create(
            F.OBJECT, {"inventory_number": number, "title": "Oil lamp", "object_type": "lamp"}
        )
    records.create(F.OBJECT, {"inventory_number": "MCP 1988.4", "title": "Icon"})
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Temporary store", "kind": "temporary_store"})
    jar = records.create(F.OBJECT, {"inventory_number": "EV-001", "title": "Jar"}).record_id
    chain.add_container({"code": "C-001", "kind": "crate"})
    chain.move([jar], "C-001", from_location="MUS")
    return chain.move(
        ["C-001"], "TS-1", reason="evacuation", from_location="MUS", depart=True
    ).record_id


@pytest.fixture(params=["en", "fr", "ar", "uk"])
def shown_in(
    request: pytest.FixtureRequest, use_language: Any, qtbot: Any, vault: Vault
) -> Iterator[tuple[MainWindow, str]]:
    """The main window in one language, unlocked on the planted vault, and the movement."""
    movement = _plant(vault)
    use_language(request.param)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(vault)
    yield window, movement
    window.close()


def _settle(window: MainWindow, qtbot: Any) -> None:
    """Wait for work a page starts when shown (the duplicates' detection) to end."""
    page = window.workspace.pages.currentWidget()
    assert page is not None
    qtbot.waitUntil(
        lambda: not any(b.isVisible() for b in page.findChildren(QProgressBar)), timeout=WAIT_MS
    )
    QApplication.processEvents()


def test_every_tab_of_every_page_has_its_own_alt_keys(
    shown_in: tuple[MainWindow, str], qtbot: Any
) -> None:
    window, _ = shown_in
    workspace = window.workspace
    problems: list[tuple[str, str, str]] = []
    seen_tabs = 0
    for row in range(workspace.sidebar.count()):
        workspace.show_section(row)
        _settle(window, qtbot)
        page = workspace.pages.widget(row)
        assert page is not None
        title = workspace.sidebar.item(row).text()
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                if not tabs.isTabVisible(index):
                    continue
                tabs.setCurrentIndex(index)
                _settle(window, qtbot)
                seen_tabs += 1
                problems += clashes(window, f"{title} ▸ {tabs.tabText(index)}")
            tabs.setCurrentIndex(0)
    # Evacuation (3), possible duplicates (2), bundles (3): a page losing its tabs is noticed.
    assert seen_tabs >= 8
    assert not problems, "\n".join(map(repr, problems))


def test_the_check_in_panel_with_a_movement_has_its_own_alt_keys(
    shown_in: tuple[MainWindow, str], qtbot: Any
) -> None:
    window, movement = shown_in
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.start_check_in(movement)
    _settle(window, qtbot)
    assert page.check_in.movement_id == movement and page.check_in.isVisible()
    problems = clashes(window, "check in")
    assert not problems, "\n".join(map(repr, problems))


def test_the_duplicates_pair_view_has_its_own_alt_keys_in_each_state(
    shown_in: tuple[MainWindow, str], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = shown_in
    page = window.duplicates.page
    window.workspace.show_section(window.duplicates.row)
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    _settle(window, qtbot)
    # A pair side by side, with its decision buttons and Previous / Skip.
    assert page.stack.currentIndex() == REVIEW and page.current_pair() is not None
    assert page.previous_button.isVisible() and page.skip_button.isVisible()
    problems = clashes(window, "a pair shown")
    # Once decided: the banner saying what was done, with its Undo.
    page.not_same()
    QApplication.processEvents()
    assert page.banner.isVisible()
    problems += clashes(window, "after a decision")
    # Looking again: Cancel instead of Look again, until the detection is done.
    started, release = threading.Event(), threading.Event()
    real = decisions.Duplicates.candidates

    def held(self: Any, **kw: Any) -> Any:
        started.set()
        release.wait(WAIT_MS / 1000)
        return real(self, **kw)

    monkeypatch.setattr(decisions.Duplicates, "candidates", held)
    QTest.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert started.wait(10) and page.cancel_button.isVisible()
    problems += clashes(window, "looking again")
    release.set()
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert not problems, "\n".join(map(repr, problems))


def test_the_bundles_page_with_a_sync_folder_down_has_its_own_alt_keys(
    shown_in: tuple[MainWindow, str], qtbot: Any, tmp_path: Any
) -> None:
    """ "Try again" shows only when a sync folder cannot be reached: English "&Try again"
    shared T with the Bundles page's "Sen&t (newest first)" tab (French « Réessa&yer » with
    « Envo&yés »)."""
    from fieldkit.gui.workspace import BUNDLES
    from fieldkit.sync import layout
    from fieldkit.sync.targets import add_target

    window, _ = shown_in
    session = window.session
    assert session is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    add_target(session.vault, "stick", stick, [])
    (stick / layout.MARKER).unlink()  # the drive is not plugged in
    window.workspace.show_section(BUNDLES)
    panel = window.workspace.bundles_page.sync_panel
    panel.poll_now(fresh=True)
    panel.select("stick")
    qtbot.waitUntil(lambda: panel.retry_button.isEnabled(), timeout=WAIT_MS)  # not "Checking…"
    _settle(window, qtbot)
    problems = clashes(window, "bundles, a sync folder down")
    assert not problems, "\n".join(map(repr, problems))
