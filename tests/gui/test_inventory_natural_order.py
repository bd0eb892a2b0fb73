"""The object list sorted by inventory number reads like a museum's register (new-user trials
r9 #18 and r10): « MCP 1962.121 » before « MCP 1962.1180 », not after it as text sorts."""

from __future__ import annotations

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

NUMBERS = ["MCP 1962.1180", "MCP 1962.1183", "MCP 1962.121", "MCP 1962.154", "MCP 10", "MCP 2"]


def test_the_object_list_shows_1962_121_before_1962_1180(
    window: MainWindow,
    vault: Vault,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    Records(vault).create_many(
        F.OBJECT, [{"inventory_number": n, "title": f"Jar {n}"} for n in NUMBERS]
    )
    window.open_session(vault)
    page = window.workspace.object_page
    qtbot.waitUntil(lambda: page.model.rowCount() == len(NUMBERS), timeout=10_000)
    assert page.model.order_by == "inventory_number"
    column = next(i for i, c in enumerate(page.model.columns) if c.key == "inventory_number")
    shown = [page.table.model().index(row, column).data() for row in range(len(NUMBERS))]
    assert shown == [
        "MCP 2",
        "MCP 10",
        "MCP 1962.121",
        "MCP 1962.154",
        "MCP 1962.1180",
        "MCP 1962.1183",
    ]
