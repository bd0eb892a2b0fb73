"""Opening a record in its editor and saving it stores nothing the user did not change (the first
principle: no input changes without the user meaning it). Found by the r9 review: no-break
spaces lost, a list entry with ";" split in two, a free cross reference turned into a link, a
damage report moved to another object, records citing an older FieldKit's object unsavable."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt

from fieldkit import i18n
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.handover_wizard import HandoverWizard
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.session import Session
from fieldkit.records import fields as F
from fieldkit.records.revision import HybridClock, new_revision
from fieldkit.records.revision_store import store_revision

NBSP_TEXT = "Inscription «\u00a0Saint Georges\u00a0»\u2028second line – 10\u00a0cm"


def _revisions(window: MainWindow, record_id: str) -> int:
    return len(window.session.records.history(record_id))


def _saved_unchanged(window: MainWindow, editor: RecordEditor | None) -> dict[str, Any]:
    """Save an editor the user did not touch; the record's fields after, checked unchanged."""
    assert editor is not None and editor.record_id is not None
    records = window.session.records
    before, count = records.get(editor.record_id).fields, _revisions(window, editor.record_id)
    assert not editor.dirty
    assert editor.save()
    after = records.get(editor.record_id).fields
    assert after == before
    assert _revisions(window, editor.record_id) == count  # no revision signed for nothing
    return after


def _legacy_object(session: Session, kind: str = F.OBJECT) -> str:
    """An object (or a location) as an older FieldKit stored it: a direction mark in its
    inventory number or code (import accepts such revisions as signed)."""
    fields = {"title": "Jar", "inventory_number": "INV\u200f-7"}
    if kind == F.LOCATION:
        fields = {"code": "B\u200f-1", "name": "Building"}
    rev = new_revision(
        session.identity,
        HybridClock(),
        record_id=str(uuid.uuid4()),
        kind=kind,
        parents=(),
        fields=fields,
    )
    with session.vault.transaction() as db:
        store_revision(db, rev, "local")
    return rev.record_id


def test_saving_an_untouched_object_keeps_every_value_and_signs_nothing(
    unlocked: MainWindow,
) -> None:
    records = unlocked.session.records
    obj = records.create(
        F.OBJECT,
        {
            "inventory_number": "X-1",
            "title": "Icon",
            "inscriptions_markings": NBSP_TEXT,
            "cross_references": ["Smith 1998; p. 12", "1998.12"],
        },
    )
    # Added later: the free reference "1998.12" is now also two objects' number.
    records.create(F.OBJECT, {"inventory_number": "1998.12", "title": "Other"})
    records.create(F.OBJECT, {"inventory_number": "1998.12", "title": "Other twin"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None and not editor.errors
    after = _saved_unchanged(unlocked, editor)
    assert after["inscriptions_markings"] == NBSP_TEXT
    assert after["cross_references"] == ["Smith 1998; p. 12", "1998.12"]
    editor.close()


def test_a_field_typed_keeps_no_break_spaces_and_the_list_keeps_its_entries(
    unlocked: MainWindow,
) -> None:
    records = unlocked.session.records
    obj = records.create(
        F.OBJECT,
        {"inventory_number": "X-2", "title": "Bowl", "cross_references": ["Smith 1998; p. 12"]},
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw("Glazed, 10\u00a0cm")  # as pasted
    references = editor.line_edit("cross_references")
    references.setText(references.text() + "; British Museum 1856,0909.16")
    assert editor.save()
    fields = records.get(obj.record_id).fields
    assert fields["description"] == "Glazed, 10\u00a0cm"
    assert fields["cross_references"] == ["Smith 1998; p. 12", "British Museum 1856,0909.16"]
    # A ";" typed is still the separator (as the CSV import and a JSON string read it).
    references.setText("A; B")
    assert editor.save()
    assert records.get(obj.record_id).fields["cross_references"] == ["A", "B"]
    editor.close()


def test_shift_enter_in_a_multiline_field_is_still_a_line_break(
    unlocked: MainWindow, qtbot: Any
) -> None:
    records = unlocked.session.records
    obj = records.create(F.OBJECT, {"inventory_number": "X-3", "title": "Bowl"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    edit = editor.inputs["notes"].focus_widget()
    qtbot.keyClicks(edit, "one")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "two")
    assert editor.save()
    assert records.get(obj.record_id).fields["notes"] == "one\ntwo"
    editor.close()


def test_editing_an_object_keeps_its_free_reference_free(unlocked: MainWindow) -> None:
    records = unlocked.session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": "X-4", "title": "Bowl", "cross_references": ["1998.12"]}
    )
    records.create(F.OBJECT, {"inventory_number": "1998.12", "title": "Other"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    # The hint says what is stored: a free reference, not the object numbered so later.
    assert "1998.12 — Other" not in editor.references_hint.text()
    editor.inputs["title"].set_raw("Bowl, glazed")
    editor.inputs["cross_references"].set_raw(editor.line_edit("cross_references").text() + "; Z")
    assert editor.save()
    assert records.get(obj.record_id).fields["cross_references"] == ["1998.12", "Z"]
    editor.close()


def test_a_damage_report_stays_on_its_object(unlocked: MainWindow) -> None:
    records = unlocked.session.records
    a = records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Bowl"})
    b = records.create(F.OBJECT, {"inventory_number": "M-1b", "title": "Bowl (copy)"})
    merged = records.create(F.DAMAGE, {"object_id": b.record_id, "description": "crack"})
    Duplicates(records).decide(a.record_id, b.record_id, same=True)
    editor = unlocked.workspace.open_damage(merged.record_id)
    assert _saved_unchanged(unlocked, editor)["object_id"] == b.record_id  # undo gives it back
    assert editor is not None
    editor.close()

    x = records.create(F.OBJECT, {"inventory_number": "D-7", "title": "Stele"})
    report = records.create(F.DAMAGE, {"object_id": x.record_id, "description": "crack"})
    editor = unlocked.workspace.open_damage(report.record_id)
    assert editor is not None
    # Meanwhile the numbers are corrected: "D-7" is now another object's.
    records.edit(x.record_id, {"inventory_number": "D-8"})
    records.create(F.OBJECT, {"inventory_number": "D-7", "title": "Jar"})
    editor.inputs["description"].set_raw("crack, wider")
    assert editor.save()
    assert records.get(report.record_id).fields["object_id"] == x.record_id
    editor.close()


def test_records_citing_an_older_fieldkits_object_can_be_saved(unlocked: MainWindow) -> None:
    session = unlocked.session
    records = session.records
    old = _legacy_object(session)
    report = records.create(F.DAMAGE, {"object_id": old, "description": "crack"})
    citing = records.create(
        F.OBJECT, {"inventory_number": "N-1", "title": "Lid", "cross_references": [old]}
    )
    damage = unlocked.workspace.open_damage(report.record_id)
    assert damage is not None and not damage.errors
    damage.inputs["description"].set_raw("crack, wider")
    assert damage.save()
    assert records.get(report.record_id).fields["object_id"] == old
    damage.close()
    editor = unlocked.workspace.open_object(citing.record_id)
    assert editor is not None and not editor.errors
    editor.inputs["title"].set_raw("Lid, glazed")
    assert editor.save()
    assert records.get(citing.record_id).fields["cross_references"] == [old]
    editor.close()
    building = _legacy_object(session, F.LOCATION)
    room = records.create(F.LOCATION, {"code": "R-1", "name": "Room", "parent": building})
    location = unlocked.custody.open_location(room.record_id)
    assert location is not None and not location.errors
    location.inputs["name"].set_raw("Room 2")
    assert location.save()
    assert records.get(room.record_id).fields["parent"] == building
    location.close()


def test_a_cross_reference_error_names_the_field_in_the_readers_language(
    unlocked: MainWindow,
) -> None:
    records = unlocked.session.records
    obj = records.create(F.OBJECT, {"inventory_number": "X-5", "title": "Bowl"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    previous = i18n.language()
    i18n.set_language("fr")
    try:
        editor.inputs["cross_references"].set_raw("INV\u202e-7")
        shown = editor.errors["cross_references"]
    finally:
        i18n.set_language(previous)
    editor.close()
    assert "cross_references" not in shown  # the raw key, in English, was shown
    assert "invisible formatting" not in shown


def test_saving_an_untouched_location_or_container_stores_nothing(unlocked: MainWindow) -> None:
    records = unlocked.session.records
    kinds = F.FIELDS[F.LOCATION]["kind"].choices
    building = records.create(F.LOCATION, {"code": "B-1", "name": "Building", "kind": kinds[0]})
    room = records.create(
        F.LOCATION,
        {
            "code": "R-1",
            "name": "Room",
            "kind": kinds[0],
            "parent": building.record_id,
            "address": "1 rue X\u00a0bis",
        },
    )
    crate = records.create(
        F.CONTAINER,
        {"code": "C-14", "kind": F.FIELDS[F.CONTAINER]["kind"].choices[0], "notes": "10\u00a0kg"},
    )
    for editor in (
        unlocked.custody.open_location(room.record_id),
        unlocked.custody.open_container(crate.record_id),
    ):
        _saved_unchanged(unlocked, editor)
        assert editor is not None
        editor.close()


def test_handover_condition_notes_keep_no_break_spaces(unlocked: MainWindow, qtbot: Any) -> None:
    wizard = HandoverWizard(unlocked.session)
    qtbot.addWidget(wizard)
    wizard.details_page.condition.setPlainText("crate 3: lid split, 10\u00a0cm")
    assert wizard.details_page.details()["condition_notes"] == "crate 3: lid split, 10\u00a0cm"
