"""The *Possible duplicates* page: real vaults with planted pairs, detection on a worker, the
pair side by side, and the keyboard (S same, N not the same, Space/arrows, U undo)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldkit.duplicates import decisions
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.duplicates import EMPTY, REVIEW, DuplicatesPage
from fieldkit.gui.photo_viewer import PhotoViewer
from fieldkit.gui.sidebar import BADGE_ROLE
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault

from .helpers import make_jpeg

WAIT_MS = 30_000


def _object(records: Records, number: str, title: str, **more: Any) -> str:
    return records.create(F.OBJECT, {"inventory_number": number, "title": title, **more}).record_id


@pytest.fixture
def planted(vault: Vault, tmp_path: Path) -> dict[str, str]:
    """Two planted pairs (a renumbered copy with a French title and its own photo; a number
    with a leading zero) and an object that is nobody's duplicate."""
    records = Records(vault)
    photo = make_jpeg(tmp_path / "jar.jpg", 320, 240, seed=3)
    ids = {
        "jar": records.create(
            F.OBJECT,
            {
                "inventory_number": "MCP 1963.28",
                "title": "جرة تخزين فخارية",
                "materials_techniques": "فخار",
            },
            photos=[PhotoInput(photo)],
        ).record_id,
        "jar copy": records.create(
            F.OBJECT,
            {"inventory_number": "MCP-1963-28", "title": "Jarre de stockage"},
            photos=[PhotoInput(photo.read_bytes() + b"")],
        ).record_id,
        "lamp": _object(records, "MCP 1970.1", "Oil lamp", object_type="lamp"),
        "lamp copy": _object(records, "mcp 1970.01", "Oil lamp", object_type="lamp"),
        "icon": _object(records, "MCP 1988.4", "Icon of Saint George"),
    }
    return ids


def _page(window: MainWindow) -> DuplicatesPage:
    return window.duplicates.page


def _open_page(window: MainWindow, qtbot: Any) -> DuplicatesPage:
    """Click the sidebar entry, as a user does, and wait for detection to end."""
    page = _page(window)
    sidebar = window.workspace.sidebar
    rect = sidebar.visualItemRect(window.duplicates.item)
    QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    return page


def _listed(page: DuplicatesPage) -> set[frozenset[str]]:
    return {c.pair for c in page.pairs}


def _key(window: MainWindow, key: Qt.Key) -> None:
    QTest.keyClick(window, key)
    QApplication.processEvents()


def test_the_page_lists_the_planted_pairs_with_their_reasons(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    assert _listed(page) == {
        frozenset((planted["jar"], planted["jar copy"])),
        frozenset((planted["lamp"], planted["lamp copy"])),
    }
    assert page.stack.currentIndex() == REVIEW
    assert page.list.count() == 2
    assert "normalising" in page.list.item(0).text()
    # The sidebar says how many, once counted.
    assert unlocked.duplicates.item.data(BADGE_ROLE) == 2
    assert "2" in page.tabs.tabText(0)
    # The first pair is shown side by side; the differing fields are marked without colour.
    view = page.view
    assert view.card_a.number.full and view.card_b.number.full
    differs, cells = view.rows["inventory_number"]
    assert differs and cells[0].font().bold() and cells[2].text() == "≠"
    for row, candidate in enumerate(page.pairs):
        page.select_row(row)
        title_differs, title_cells = view.rows["title"]
        assert title_differs == (
            candidate.pair != frozenset((planted["lamp"], planted["lamp copy"]))
        )
        assert title_cells[0].font().bold() == title_differs
        assert title_cells[2].text() == ("≠" if title_differs else "=")


def test_keyboard_s_merges_and_the_other_id_resolves_to_the_kept_one(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    shown = page.current_pair()
    assert shown is not None
    kept, merged = shown.a, shown.b
    merged_number = unlocked.session.records.get(merged).fields["inventory_number"]  # type: ignore[union-attr]
    _key(unlocked, Qt.Key.Key_S)
    records = unlocked.session.records  # type: ignore[union-attr]
    assert records.resolve(merged_number) == kept
    assert records.resolve(merged) == kept
    # It says what happened, offers Undo, and moves on to the next pair.
    assert page.banner.isVisible() and "merged into" in page.banner_text.text()
    assert page.banner_undo.isVisible()
    assert shown.pair not in _listed(page) and len(page.pairs) == 1
    assert page.current_pair() is page.pairs[0]
    assert unlocked.duplicates.item.data(BADGE_ROLE) == 1
    # Looking again does not suggest the decided pair.
    page.detect()
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert shown.pair not in _listed(page)


def test_keep_the_other_one_merges_the_left_record_into_the_right(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    shown = page.current_pair()
    assert shown is not None
    before = page.view.arrow.text()
    QTest.mouseClick(page.swap_button, Qt.MouseButton.LeftButton)
    assert page.view.arrow.text() != before
    assert "Kept" in page.view.card_b.role.text()
    QTest.mouseClick(page.same_button, Qt.MouseButton.LeftButton)
    assert unlocked.session.records.resolve(shown.a) == shown.b  # type: ignore[union-attr]


def test_keyboard_n_remembers_and_u_undoes(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    shown = page.current_pair()
    assert shown is not None
    _key(unlocked, Qt.Key.Key_N)
    assert shown.pair not in _listed(page)
    records = unlocked.session.records  # type: ignore[union-attr]
    live = decisions.Duplicates(records).decisions()
    assert [(d.pair if hasattr(d, "pair") else frozenset((d.a, d.b)), d.same) for d in live] == [
        (shown.pair, False)
    ]
    # Both stay objects of their own.
    assert records.resolve(shown.a) == shown.a and records.resolve(shown.b) == shown.b
    page.detect()
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert shown.pair not in _listed(page)  # remembered
    _key(unlocked, Qt.Key.Key_U)
    assert decisions.Duplicates(records).decisions() == []
    assert shown.pair in _listed(page)
    assert page.current_pair() == shown
    assert "Undone" in page.banner_text.text()


def test_u_after_same_restores_both_records(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    shown = page.current_pair()
    assert shown is not None
    _key(unlocked, Qt.Key.Key_S)
    records = unlocked.session.records  # type: ignore[union-attr]
    assert records.resolve(shown.b) == shown.a
    _key(unlocked, Qt.Key.Key_U)
    assert records.resolve(shown.b) == shown.b
    assert not records.get(shown.b).deleted and not records.get(shown.a).deleted
    assert page.current_pair() == shown and len(page.pairs) == 2
    assert not page.undo_button.isEnabled()  # nothing left to undo from here
    _key(unlocked, Qt.Key.Key_U)
    assert "Nothing to undo" in page.banner_text.text()


def test_space_and_arrows_move_between_pairs_mirrored_right_to_left(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    assert page.list.currentRow() == 0
    _key(unlocked, Qt.Key.Key_Space)
    assert page.list.currentRow() == 1
    _key(unlocked, Qt.Key.Key_Left)
    assert page.list.currentRow() == 0
    _key(unlocked, Qt.Key.Key_Right)
    assert page.list.currentRow() == 1
    ltr_arrow = page.view.arrow.text()
    unlocked.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        QApplication.processEvents()
        assert page.view.arrow.text() != ltr_arrow  # the keep arrow mirrors
        assert "←" in page.skip_button.text()
        _key(unlocked, Qt.Key.Key_Right)  # backwards, right to left
        assert page.list.currentRow() == 0
        _key(unlocked, Qt.Key.Key_Left)
        assert page.list.currentRow() == 1
    finally:
        unlocked.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    # Letters typed in the search box stay there.
    unlocked.search.setFocus()
    QTest.keyClicks(unlocked.search, "sn")
    assert unlocked.search.text() == "sn"
    assert len(page.pairs) == 2


def test_cancel_stops_detection_and_look_again_finishes_it(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real = decisions.Duplicates.candidates

    def held(self: Any, **kw: Any) -> Any:
        started.set()
        release.wait(WAIT_MS / 1000)  # until Cancel was clicked
        return real(self, **kw)

    monkeypatch.setattr(decisions.Duplicates, "candidates", held)
    page = _page(unlocked)
    unlocked.workspace.show_section(unlocked.duplicates.row)
    assert page.worker is not None and page.cancel_button.isVisible()
    assert page.stack.currentIndex() == EMPTY and "Comparing" in page.empty.text()
    assert started.wait(10)
    QTest.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert page.pairs == [] and page.list.count() == 0
    assert "Cancelled" in page.status.text()
    assert page.stack.currentIndex() == EMPTY and "cancelled" in page.empty.text()
    assert not page.bar.isVisible() and page.again_button.isVisible()
    monkeypatch.setattr(decisions.Duplicates, "candidates", real)
    QTest.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert len(page.pairs) == 2 and page.same_button.isEnabled()
    # Looking again: no decision on a list about to change; cancelled, the list stays.
    started.clear()
    release.clear()
    monkeypatch.setattr(decisions.Duplicates, "candidates", held)
    QTest.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert not page.same_button.isEnabled() and not page.not_same_button.isEnabled()
    _key(unlocked, Qt.Key.Key_S)
    records = unlocked.session.records  # type: ignore[union-attr]
    assert decisions.Duplicates(records).decisions() == []
    QTest.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert "Cancelled" in page.status.text()
    assert len(page.pairs) == 2 and page.stack.currentIndex() == REVIEW
    assert page.same_button.isEnabled()


def test_an_empty_vault_says_what_the_page_does_and_that_nothing_was_found(
    unlocked: MainWindow, qtbot: Any
) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    _object(records, "A 1", "Jar")
    _object(records, "B 2", "Lamp")
    page = _open_page(unlocked, qtbot)
    assert page.stack.currentIndex() == EMPTY
    assert "Nothing was found" in page.empty.text() and "compares" in page.empty.text()
    assert not page.same_button.isEnabled() and not page.not_same_button.isEnabled()
    _key(unlocked, Qt.Key.Key_S)  # nothing happens, nothing breaks
    assert decisions.Duplicates(records).decisions() == []
    assert not unlocked.duplicates.item.data(BADGE_ROLE)


def test_records_changed_elsewhere_are_looked_at_again(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    assert len(page.pairs) == 2
    records = unlocked.session.records  # type: ignore[union-attr]
    copy = _object(records, "MCP-1988-4", "Icône de saint Georges")
    unlocked.workspace.data_changed()  # what an import or a saved editor does
    qtbot.waitUntil(lambda: page.worker is None and len(page.pairs) == 3, timeout=WAIT_MS)
    assert frozenset((planted["icon"], copy)) in _listed(page)


def test_the_decisions_tab_lists_past_decisions_and_undoes_one(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    shown = page.current_pair()
    assert shown is not None
    _key(unlocked, Qt.Key.Key_S)
    page.tabs.setCurrentIndex(1)
    assert page.decisions.rowCount() == 1
    assert page.decisions.item(0, 1).text() == "Same object"
    # The decision keys are off on this tab: S does not decide anything.
    _key(unlocked, Qt.Key.Key_S)
    records = unlocked.session.records  # type: ignore[union-attr]
    assert len(decisions.Duplicates(records).decisions()) == 1
    page.decisions.selectRow(0)
    assert page.undo_selected_button.isEnabled()
    QTest.mouseClick(page.undo_selected_button, Qt.MouseButton.LeftButton)
    assert records.resolve(shown.b) == shown.b
    assert decisions.Duplicates(records).decisions() == []
    assert page.decisions.rowCount() == 1  # still listed, as undone
    assert page.decisions.item(0, 4).text() == "Undone"
    assert not page.undo_selected_button.isEnabled()
    page.tabs.setCurrentIndex(0)
    page.refresh()
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert shown.pair in _listed(page)


def test_a_thumbnail_click_opens_the_photo_viewer_and_locking_closes_it(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _open_page(unlocked, qtbot)
    jar = frozenset((planted["jar"], planted["jar copy"]))
    page.select_row(next(i for i, c in enumerate(page.pairs) if c.pair == jar))
    buttons = list(page.view.card_a.buttons.values())
    assert len(buttons) == 1
    QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert len(page.viewers) == 1 and isinstance(page.viewers[0], PhotoViewer)
    qtbot.waitUntil(lambda: page.viewers[0].worker is None, timeout=WAIT_MS)
    unlocked.lock()
    assert page.viewers == [] and page.list.count() == 0 and page.pairs == []
    assert page.view.card_a.number.full == ""


def test_locking_while_detecting_stops_the_worker(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    page = _page(unlocked)
    unlocked.workspace.show_section(unlocked.duplicates.row)
    worker = page.worker
    assert worker is not None
    unlocked.lock()
    assert worker.is_done and page.worker is None
    assert page.pairs == [] and unlocked.duplicates.item.data(BADGE_ROLE) == 0


def test_long_titles_elide_with_the_whole_title_in_the_tooltip(
    unlocked: MainWindow, qtbot: Any
) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    long_title = "Jarre de stockage en céramique à deux anses, " * 12
    _object(records, "MCP 1963.28", long_title.strip())
    _object(records, "MCP-1963-28", "Storage jar")
    page = _open_page(unlocked, qtbot)
    titles = {page.view.card_a.title, page.view.card_b.title}
    label = next(t for t in titles if t.full == long_title.strip())
    assert label.toolTip() == long_title.strip()
    assert label.width() < label.fontMetrics().horizontalAdvance(long_title)
    assert max(page.view.card_a.width(), page.view.card_b.width()) <= page.width() // 2
    assert long_title.strip() in page.list.item(0).toolTip()
    # The page still fits the laptop screen beside the sidebar.
    assert page.minimumSizeHint().width() <= 1366 - unlocked.workspace.sidebar.width()
    assert unlocked.frameGeometry().width() <= 1366


def test_merging_hides_the_merged_records_other_pairs_until_undone(
    unlocked: MainWindow, qtbot: Any
) -> None:
    """Three records of one object: once B is merged into A, B's pair with C is A's business
    (looking again finds A and C); Undo brings every pair back, in the list as in the page."""
    records = unlocked.session.records  # type: ignore[union-attr]
    for number in ("MCP 1963.28", "MCP-1963-28", "mcp 1963.028"):
        _object(records, number, "Jar")
    page = _open_page(unlocked, qtbot)
    assert len(page.pairs) == 3
    first = page.current_pair()
    assert first is not None
    before = _listed(page)
    _key(unlocked, Qt.Key.Key_S)
    assert len(page.pairs) == 1 and first.b not in page.pairs[0].pair
    assert page.list.count() == 1
    assert page.list.item(0).text() == page.pair_text(page.pairs[0])
    _key(unlocked, Qt.Key.Key_U)
    assert _listed(page) == before
    assert len(page.pairs) == 3 and page.list.count() == 3
    assert [page.list.item(i).text() for i in range(3)] == [page.pair_text(c) for c in page.pairs]
    assert page.current_pair() == first


def test_records_changed_during_detection_are_looked_at_right_after(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open_page(unlocked, qtbot)
    started, release = threading.Event(), threading.Event()
    real = decisions.Duplicates.candidates

    def held(self: Any, **kw: Any) -> Any:
        found = real(self, **kw)  # read before the change below
        started.set()
        release.wait(WAIT_MS / 1000)
        return found

    monkeypatch.setattr(decisions.Duplicates, "candidates", held)
    page.detect()
    assert started.wait(10)
    monkeypatch.setattr(decisions.Duplicates, "candidates", real)
    records = unlocked.session.records  # type: ignore[union-attr]
    copy = _object(records, "MCP-1988-4", "Icône de saint Georges")
    unlocked.workspace.data_changed()  # an import while the run reads the vault
    qtbot.wait(50)
    release.set()
    qtbot.waitUntil(lambda: len(page.pairs) == 3 and page.worker is None, timeout=WAIT_MS)
    assert frozenset((planted["icon"], copy)) in _listed(page)


def test_a_decision_undone_in_the_decisions_tab_is_back_among_the_pairs_at_once(
    unlocked: MainWindow, planted: dict[str, str], qtbot: Any
) -> None:
    """r13 trial 2 P-g: after S and an undo in the Decisions tab, the pairs tab still offered
    the decision's banner Undo (which then said "nothing to undo" and left the keys in the
    global search box: N typed "n" there) and listed 0 pairs until "Look again"."""
    page = _open_page(unlocked, qtbot)
    shown = page.current_pair()
    assert shown is not None
    _key(unlocked, Qt.Key.Key_S)
    assert page.banner.isVisible() and page.banner_undo.isVisible()
    page.tabs.setCurrentIndex(1)
    page.decisions.selectRow(0)
    QTest.mouseClick(page.undo_selected_button, Qt.MouseButton.LeftButton)
    page.tabs.setCurrentIndex(0)  # no "Look again" pressed
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    assert shown.pair in _listed(page)
    assert not page.banner.isVisible()  # its Undo is no longer this page's
    assert page.list.hasFocus() or QApplication.focusWidget() is page.list


def test_no_decision_buttons_alt_letter_is_another_buttons_key(window_in: MainWindow) -> None:
    """r13 retest #4: French « Pa&s le même (N) » — Alt+S recorded "not the same" where S
    alone means "same object". An Alt letter may be the button's own key, never another's."""
    from fieldkit.gui.editors.mnemonics import mnemonic_of

    page = _page(window_in)
    keys = {"s": page.same_button, "n": page.not_same_button, "u": page.undo_button}
    for button in keys.values():
        letter = mnemonic_of(button.text())
        others = {k for k, b in keys.items() if b is not button}
        assert letter not in others, button.text()
