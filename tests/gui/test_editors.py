"""Editors: inline validation, vocabularies, measurements, coordinates, completeness, history."""

from __future__ import annotations

from pathlib import Path

from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.photo_viewer import PhotoViewer
from fieldkit.records import fields as F

from .helpers import make_jpeg


def test_invalid_value_shows_message_under_field_and_disables_save(unlocked: MainWindow) -> None:
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["date_documented"].set_raw("14/03/2026")
    label = editor._error_labels["date_documented"]
    assert not label.isHidden()
    assert "Date documented" in label.text() and "YYYY-MM-DD" in label.text()
    assert not editor.save_button.isEnabled()
    assert not editor.save()
    editor.inputs["date_documented"].set_raw("2026-03-14")
    assert label.isHidden()
    assert editor.save_button.isEnabled()
    editor.close()


def test_object_fields_round_trip_and_completeness(
    unlocked: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    assert editor.completeness.value() == 0
    assert "Title" in editor.missing_label.text()
    values = {
        "inventory_number": "E-1",
        "title": "Icon of St George",
        "object_type": "painting > icon",
        "materials_techniques": "tempera on wood",
        "inscriptions_markings": "Greek inscription",
        "distinguishing_features": "crack across the lower left",
        "subject": "St George",
        "date_period": "17th century",
        "maker": "unknown",
        "status": "evacuated",
        "salvage_priority": 1,
        "cross_references": "",
    }
    for name, value in values.items():
        editor.inputs[name].set_raw(value)
    editor.inputs["measurements"].add_row(("height", "32.5", "cm"))
    editor.inputs["coordinates"].set_raw({"lat": 36.34, "lon": 43.13})
    assert editor.completeness.value() == 9
    assert "Overall photograph" in editor.missing_label.text()
    assert editor.save()
    stored = unlocked.session.records.get(editor.record_id).fields  # type: ignore[union-attr,arg-type]
    assert stored["measurements"] == [{"dimension": "height", "value": 32.5, "unit": "cm"}]
    assert stored["coordinates"] == {"lat": 36.34, "lon": 43.13}
    assert stored["status"] == "evacuated" and stored["salvage_priority"] == 1
    editor.add_photos([make_jpeg(tmp_path / "o.jpg")])
    qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
    assert editor.completeness.value() == 10
    # Half a coordinate is refused inline.
    editor.inputs["coordinates"].lon.setValue(editor.inputs["coordinates"].lon.minimum())
    assert "coordinates" in editor.errors
    editor.inputs["coordinates"].set_raw(None)
    assert "coordinates" not in editor.errors
    editor.inputs["title"].set_raw("Icon of St George (damaged)")
    assert editor.save()
    assert editor.history.rowCount() == 3
    # Rows follow the order of the entries the editor passes (see history_view.py).
    who = {editor.history.item(r, 0).text() for r in range(3)}
    what = [editor.history.item(r, 2).text() for r in range(3)]
    assert who == {"you"}
    assert what.count("Created") == 1 and any("Title" in text for text in what)
    # The photo viewer opens the original and zooms.
    viewer = editor.open_photo(editor.media[0]["sha256"])
    assert isinstance(viewer, PhotoViewer)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.worker is None, timeout=10_000)
    assert viewer.view.item.pixmap().width() == 640
    before = viewer.view.zoom
    viewer.view.zoom_by(2)
    assert abs(viewer.view.zoom - before * 2) < 1e-6
    viewer.view.fit()
    viewer.close()
    editor.close()


def test_damage_editor_resolves_inventory_numbers_and_checks_dates(unlocked: MainWindow) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "D-7", "title": "Stele"})
    editor = unlocked.workspace.new_damage(None)
    assert isinstance(editor, DamageEditor)
    editor.inputs["object_id"].set_raw("no-such-object")
    assert "object_id" in editor.errors
    assert not editor.save_button.isEnabled()
    editor.inputs["object_id"].set_raw("D-7")
    assert "object_id" not in editor.errors
    assert "Stele" in editor.object_hint.text()
    editor.inputs["event_date_from"].set_raw("2026-03-10")
    editor.inputs["event_date_to"].set_raw("2026-03-01")
    editor.inputs["damage_types"].set_raw(["burn", "soot"])
    assert not editor.save()  # the core's cross-field check, shown under the field
    assert "event_date_to" in editor.errors
    editor.inputs["event_date_to"].set_raw("2026-03-12")
    assert editor.save()
    view = records.get(editor.record_id)  # type: ignore[arg-type]
    assert view.fields["object_id"] == obj.record_id
    assert view.fields["damage_types"] == ["burn", "soot"]
    editor.close()
