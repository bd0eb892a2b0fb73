"""The object list sorted by title reads like a dictionary (testers r9-r13): « Épée » between
« amphore » and « vase », small and capital letters together, Ukrainian ґ є і ї in their
alphabet's places; and a jump far down the list still walks the key's index from its nearer end.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.models.object_table import ObjectTableModel
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.session import Session
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

TITLES = ["amphore", "Amphore", "Épée", "vase", "Verre", "ґанок", "гуси", "єнот", "їжак", "іграшка"]
WANTED = ["amphore", "Amphore", "Épée", "vase", "Verre", "гуси", "ґанок", "єнот", "іграшка", "їжак"]


def _title_column(model: Any) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == "title")


def test_the_object_list_sorted_by_title_is_in_dictionary_order(
    window: MainWindow,
    vault: Vault,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    Records(vault).create_many(
        F.OBJECT, [{"inventory_number": f"T-{i}", "title": t} for i, t in enumerate(TITLES)]
    )
    window.open_session(vault)
    page = window.workspace.object_page
    qtbot.waitUntil(lambda: page.model.rowCount() == len(TITLES), timeout=10_000)
    column = _title_column(page.model)
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.order_by == "title", timeout=10_000)

    def shown() -> list[str]:
        view = page.table.model()
        return [view.index(row, column).data() for row in range(len(TITLES))]

    qtbot.waitUntil(lambda: shown() == WANTED, timeout=10_000)
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: shown() == WANTED[::-1], timeout=10_000)


def test_a_jump_far_down_the_title_order_walks_the_index_from_the_nearer_end(
    vault: Vault,
) -> None:
    """Row 900,000 of a million: the page's row ids come from the key's covering index,
    stepping over the rows after it (counted from the end), never sorting the list."""
    session = Session(vault)
    session.records.create_many(
        F.OBJECT, [{"inventory_number": f"J-{i}", "title": f"Épée {i}"} for i in range(100)]
    )
    vault.db.execute("ANALYZE")
    model = ObjectTableModel(page_size=5, max_pages=2)
    model.set_source(RecordPages(session.records, F.OBJECT))
    model.sort(_title_column(model), Qt.SortOrder.AscendingOrder)
    seen: list[str] = []
    raw: Any = getattr(vault.db, "_conn", vault.db)
    raw.set_trace_callback(lambda sql: seen.append(sql) if "OFFSET" in sql else None)
    try:
        view = model.record_at(90)
    finally:
        raw.set_trace_callback(None)
    assert view is not None and view.fields["title"] == "Épée 90"
    (sql,) = seen
    assert max(int(n) for n in re.findall(r"OFFSET (\d+)", sql)) <= 50, sql
    plan = " | ".join(str(r[-1]) for r in vault.db.execute("EXPLAIN QUERY PLAN " + sql))
    assert "COVERING INDEX records_title_sort" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
