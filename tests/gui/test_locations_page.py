"""The Locations page and the custody shown elsewhere: nested locations, containers and what
each holds (the core's derived custody), new locations and containers through their editors,
the object editor's "Where it is now", the object list's column and the Overview's figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldkit.gui.editors.container_editor import ContainerEditor
from fieldkit.gui.editors.location_editor import LocationEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.models.columns import OBJECT_COLUMNS, WHERE_NOW
from fieldkit.gui.workspace import OBJECTS, OVERVIEW
from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.records.custody_queries import contents, overview
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_evacuation_checkin import Crate, evacuation


def test_locations_are_nested_and_containers_show_what_they_hold(
    window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, n=4)
    records = Records(vault)
    C.Custody(records).add_location({"code": "TS-1/A3", "name": "Shelf A3", "parent": "TS-1"})
    window.open_session(vault)
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    page = window.custody.locations
    assert window.workspace.pages.currentWidget() is page
    tops = {page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())}
    assert tops == {"MUS", "TS-1"}
    store = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).text(0) == "TS-1"
    )
    assert [store.child(i).text(0) for i in range(store.childCount())] == ["TS-1/A3"]
    page.containers.selectRow(0)
    shown = [page.held.item(i).text() for i in range(page.held.count())]
    # Code and title each isolated (FSI…PDI, r13: « MCP ١٩٨٨/١ » was split around an Arabic
    # title); what a reader sees is the same.
    unmarked = [t.replace("\u2068", "").replace("\u2069", "") for t in shown]
    assert unmarked == [f"EV-{i:03d} — Jar {i}" for i in range(4)]
    assert contents(vault.db, crate.crate) == crate.objects
    assert "In transit to TS-1" in page.where_label.text()


def test_new_location_and_container_are_saved_through_their_editors(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_session(vault)
    sections = window.custody
    window.workspace.show_section(sections.locations_row)
    editor = sections.open_location("")
    assert isinstance(editor, LocationEditor)
    editor.inputs["code"].set_raw("bldg-1")
    editor.inputs["name"].set_raw("Main building")
    assert editor.save()
    assert Records(vault).get("BLDG-1").fields["name"] == "Main building"
    room = sections.open_location("")
    assert room is not None
    room.inputs["code"].set_raw("R-2")
    room.inputs["parent"].set_raw("BLDG-1")  # typed as a code, stored as the id
    assert room.save()
    stored = Records(vault).get("R-2").fields
    assert stored["parent"] == editor.record_id
    reopened = LocationEditor(window.session, room.record_id)  # type: ignore[arg-type]
    qtbot.addWidget(reopened)
    assert reopened.inputs["parent"].raw() == "BLDG-1"  # shown as its code again
    box = sections.open_container("")
    assert isinstance(box, ContainerEditor)
    box.inputs["code"].set_raw("C-9")
    box.inputs["kind"].set_raw("crate")
    assert box.inputs["kind"].combo.currentText() == "Crate"  # type: ignore[attr-defined]
    assert box.save()
    clash = sections.open_container("")
    assert clash is not None
    clash.inputs["code"].set_raw("c-9")
    assert not clash.save()  # codes are unique: the core says so, under the field
    assert clash.errors.get("code")
    page = sections.locations
    page.refresh()
    assert page.containers.rowCount() == 1
    for e in (editor, room, box, clash):
        e.discard_changes()
        e.close()


def test_the_object_editor_and_list_show_where_the_object_is(
    window: MainWindow, vault: Vault
) -> None:
    crate: Crate = evacuation(vault, n=3)
    window.open_session(vault)
    editor = window.workspace.open_object(crate.objects[0])
    assert editor is not None
    panel = editor.custody_panel  # type: ignore[attr-defined]
    assert "In transit to TS-1" in panel.where.text()
    assert "C-001" in panel.where.text()
    assert panel.history.count() == 2  # packed into C-001, then the evacuation
    # (Both departed within the same second here: the core orders such ties by id.)
    shown = sorted(panel.history.item(i).text().split(" · ")[0] for i in range(2))
    assert shown == ["In transit", "Received"]
    editor.close()
    window.workspace.show_section(OBJECTS)
    model = window.workspace.objects
    column = [c.key for c in OBJECT_COLUMNS].index(WHERE_NOW)
    model.record_at(0)  # the first page loads
    row = model.row_of(crate.objects[0])
    assert row is not None
    assert model.index(row, column).data() == "→ TS-1 (in transit) · C-001"
    stray_row = model.row_of(crate.stray)
    assert stray_row is not None and model.index(stray_row, column).data() == ""


def test_the_overview_shows_what_is_in_transit_and_missing(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault, n=5)
    C.Custody(Records(vault)).receive(crate.movement, ["C-001", *crate.objects[:4]])
    window.open_session(vault)
    window.workspace.show_section(OVERVIEW)
    page = window.workspace.overview_page
    qtbot.waitUntil(lambda: not page.loading)
    figures = overview(vault.db)
    assert figures.objects_missing == 1
    # The status chart beside it counts objects whose status is "missing": the figure says
    # which missing it counts (r10 #16).
    assert "1 missing at reception," in page.custody.figures.text()
    lines = [page.custody.attention.item(i).text() for i in range(page.custody.attention.count())]
    assert any(line.startswith("Missing at reception") for line in lines)
    assert page.custody.isVisibleTo(page)


def test_labels_are_offered_for_the_selection(window: MainWindow, vault: Vault) -> None:
    evacuation(vault, n=2)
    window.open_session(vault)
    page = window.custody.locations
    window.workspace.show_section(window.custody.locations_row)
    page.containers.selectRow(0)
    assert page.selection() == [Records(vault).resolve("C-001")]
    assert F.CONTAINER == Records(vault).get("C-001").kind


def test_the_where_now_column_fits_beside_the_others_without_scrolling(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    evacuation(vault, n=2)
    window.open_session(vault)
    window.workspace.show_section(OBJECTS)
    table = window.workspace.object_page.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    assert window.width() <= 1366
    column = [c.key for c in OBJECT_COLUMNS].index(WHERE_NOW)
    assert table.columnViewportPosition(column) + 80 < table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
