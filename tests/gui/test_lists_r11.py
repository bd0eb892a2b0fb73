"""The object list sorts by what its columns show (r11 UI trial #5), and its status column
agrees with "Where now" after a check-in (#4): real vault, real models and list page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.models.columns import COMPLETENESS, WHERE_NOW
from fieldkit.gui.models.object_table import ObjectTableModel
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.session import Session
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.records.vocabularies import STATUS
from fieldkit.vault import Vault

# Stored codes in an order that is neither the vocabulary's nor the alphabet's.
MIXED = ("missing", "destroyed", "in_storage", "in_place", "on_loan", "evacuated", "stolen")


@pytest.fixture
def session(vault: Vault) -> Session:
    s = Session(vault)
    s.records.create_many(
        F.OBJECT,
        [
            {"inventory_number": f"S-{i:03d}", "title": f"Jar {i}", "status": MIXED[i % 7]}
            for i in range(42)
        ]
        + [{"inventory_number": "S-NONE", "title": "No status"}],
    )
    return s


def _model(session: Session, page_size: int = 5) -> ObjectTableModel:
    # Small pages: a page that straddles two statuses, and pages read from the far end.
    model = ObjectTableModel(page_size=page_size, max_pages=2)
    model.set_source(RecordPages(session.records, F.OBJECT))
    return model


def _column(model: ObjectTableModel, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def _shown(model: ObjectTableModel, column: int) -> list[str]:
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


@pytest.mark.parametrize("descending", [False, True])
def test_status_sorts_in_the_vocabularys_order_not_by_the_english_code(
    session: Session, descending: bool
) -> None:
    model = _model(session)
    status = _column(model, "status")
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(status, order)
    codes = [model.record_at(r).fields.get("status") for r in range(model.rowCount())]  # type: ignore[union-attr]
    expected = [code for code in STATUS for _ in range(6)] + [None]
    assert codes == (expected[::-1] if descending else expected)
    assert len(set(_shown(model, status))) == 8


def test_object_id_and_where_now_are_not_offered_for_sorting_and_say_why(
    session: Session,
) -> None:
    model = _model(session)
    complete, where = _column(model, COMPLETENESS), _column(model, WHERE_NOW)
    assert complete not in model.sortable_columns()
    assert where not in model.sortable_columns()
    for column in (complete, where):
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "cannot be sorted" in tip


def test_the_status_column_shows_missing_after_a_check_in_missed_the_object(
    session: Session,
) -> None:
    records: Records = session.records
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    found, missed = records.create_many(
        F.OBJECT,
        [
            {"inventory_number": "EV-1", "title": "Found", "status": "in_storage"},
            {"inventory_number": "EV-2", "title": "Missed", "status": "in_storage"},
        ],
    )
    movement = chain.move([found, missed], "TS-1", reason="evacuation", from_location="MUS")
    chain.receive(movement.record_id, ["EV-1"], everything=False)
    model = _model(session, page_size=200)
    model.set_filters({"status": ["missing"]})
    rows = {model.record_at(r).record_id: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert missed in rows and found not in rows
    row = rows[missed]
    status = model.data(model.index(row, _column(model, "status")))
    where = model.data(model.index(row, _column(model, WHERE_NOW)))
    assert (status, where) == ("Missing", "missing")


def _object_page(window: MainWindow, n: int):  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    session.records.create_many(
        F.OBJECT,
        [{"inventory_number": f"T-{i:03d}", "title": f"Vase {i}"} for i in range(n)],
    )
    page = window.workspace.object_page
    window.workspace.show_section(0)
    page.model.refresh()
    return page


def test_a_search_starts_the_list_at_its_top(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _object_page(unlocked, 300)
    qtbot.waitExposed(page.table)
    page.table.scrollToBottom()
    assert page.table.verticalScrollBar().value() > 0
    unlocked.workspace.set_search("Vase")
    assert page.model.rowCount() == 300
    assert page.table.verticalScrollBar().value() == 0
    assert page.table.currentIndex().row() == 0


def test_tab_onto_the_list_shows_a_current_row(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _object_page(unlocked, 5)
    qtbot.waitExposed(page.table)
    page.table.setCurrentIndex(page.model.index(-1, -1))
    page.filter_bar.reset_button.setFocus()
    qtbot.keyClick(page.filter_bar.reset_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    assert page.table.currentIndex().isValid()
    assert page.table.selectionModel().isRowSelected(page.table.currentIndex().row())


def test_ctrl_shift_n_in_an_object_window_opens_a_damage_report_about_it(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    jar = session.records.create(F.OBJECT, {"inventory_number": "J-1", "title": "Jar"})
    editor = unlocked.workspace.open_object(jar.record_id)
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    before = list(unlocked.workspace.editors)
    qtbot.keyClick(
        editor.focusWidget() or editor,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    new = [e for e in unlocked.workspace.editors if e not in before]
    assert len(new) == 1 and new[0].kind == F.DAMAGE
    assert new[0].inputs["object_id"].raw() in (jar.record_id, "J-1")  # about this object
    for e in [*new, editor]:
        e.close()


def test_a_date_and_time_is_shown_and_typed_without_isos_t(unlocked: MainWindow) -> None:
    editor = unlocked.workspace.new_damage()
    assert editor is not None
    observed = editor.inputs["observed_at"]
    assert "T" not in observed.edit.placeholderText()  # was « YYYY-MM-DDTHH:MM »
    observed.set_raw("2026-12-06T10:06")
    assert observed.edit.text() == "2026-12-06 10:06"
    assert observed.raw() == "2026-12-06T10:06"  # stored as before
    observed.edit.setText("2026-03-14 09:30")
    assert observed.raw() == "2026-03-14T09:30"
    editor.close()


def test_the_handover_wizard_prefills_the_moment_without_isos_t(unlocked: MainWindow) -> None:
    session = unlocked.session
    assert session is not None
    crate = Custody(session.records).add_container({"code": "C-100", "kind": "crate"})
    wizard = unlocked.custody.hand_over([crate.record_id])
    assert wizard is not None
    details = wizard.details_page
    assert "T" not in details.handed_at.text() and "T" not in details.handed_at.placeholderText()
    details.handed_at.setText("2026-03-14 09:30")
    assert details.details()["handed_at"] == "2026-03-14T09:30"
    wizard.reject()


@pytest.mark.parametrize("descending", [False, True])
def test_a_page_by_status_is_read_from_the_status_index_without_sorting(
    session: Session, descending: bool
) -> None:
    """The vocabulary's order must stay index-driven at a million records: every statement
    a page sorted by status runs walks the status index (no temporary B-tree, no scan)."""
    session.vault.db.execute("ANALYZE")
    model = _model(session)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(_column(model, "status"), order)
    raw = getattr(session.vault.db, "_conn", session.vault.db)
    seen: list[str] = []
    raw.set_trace_callback(lambda sql: seen.append(sql) if "ORDER BY r.status" in sql else None)
    try:
        model.record_at(12)  # a page in the list's first half, from its start
        model.record_at(30)  # and one in its second half, from its end
    finally:
        raw.set_trace_callback(None)
    assert seen
    for sql in seen:
        plan = " | ".join(str(r[-1]) for r in session.vault.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan, plan
        assert "USING COVERING INDEX records_status" in plan, plan
