"""What a new user met on the Evacuation page in the r11 UI trial, on real widgets and a real
vault: an object marked missing was packed without a question (#4)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _visible(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]


def _select(page, numbers: list[str]) -> None:  # type: ignore[no-untyped-def]
    page.priority.clearSelection()
    mode = page.priority.selectionMode()
    page.priority.setSelectionMode(page.priority.SelectionMode.MultiSelection)
    for r in range(page.priority.rowCount()):
        if page.priority.item(r, 1).text() in numbers:
            page.priority.selectRow(r)
    page.priority.setSelectionMode(mode)


def _museum(vault: Vault) -> tuple[list[str], str]:
    """Three objects at the museum, the second marked missing by a person; an empty crate."""
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    objects = records.create_many(
        F.OBJECT,
        [
            {"inventory_number": "MCP 1", "title": "Jar", "salvage_priority": 1},
            {
                "inventory_number": "MCP 2",
                "title": "Lamp",
                "salvage_priority": 1,
                "status": "missing",
            },
            {"inventory_number": "MCP 3", "title": "Bowl", "salvage_priority": 1},
        ],
    )
    crate = chain.add_container({"code": "C-101", "kind": "crate"}).record_id
    return objects, crate


def _page(window: MainWindow, vault: Vault, crate: str, numbers: list[str]):  # type: ignore[no-untyped-def]
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    _select(page, numbers)
    page.pack_into.setCurrentIndex(page.pack_into.findData(crate))
    return page


def test_packing_an_object_marked_missing_asks_first(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    objects, crate = _museum(vault)
    page = _page(window, vault, crate, ["MCP 1", "MCP 2", "MCP 3"])

    assert not page.pack_selected()  # asked, nothing written yet
    (box,) = _visible(window, "confirmMissingBox")
    assert "MCP 2" in box.text() and "C-101" in box.text() and "MCP 1" not in box.text()
    assert box.defaultButton() is box.escapeButton()  # Cancel
    assert C.contents(vault.db, crate) == []

    box.buttons()[0].click()  # "Pack them into C-101"
    qtbot.waitUntil(lambda: not _visible(window, "confirmMissingBox"))
    assert sorted(C.contents(vault.db, crate)) == sorted(objects)
    assert page.pack_result.text().startswith("3 ")


def test_cancelling_leaves_every_object_unpacked(window: MainWindow, vault: Vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    _objects, crate = _museum(vault)
    page = _page(window, vault, crate, ["MCP 1", "MCP 2"])
    page.pack_selected()
    (box,) = _visible(window, "confirmMissingBox")
    box.reject()
    qtbot.waitUntil(lambda: not _visible(window, "confirmMissingBox"))
    assert C.contents(vault.db, crate) == []


def test_objects_not_missing_are_packed_without_a_question(
    window: MainWindow, vault: Vault
) -> None:
    objects, crate = _museum(vault)
    page = _page(window, vault, crate, ["MCP 1", "MCP 3"])
    assert page.pack_selected()
    assert not _visible(window, "confirmMissingBox")
    assert sorted(C.contents(vault.db, crate)) == sorted([objects[0], objects[2]])
