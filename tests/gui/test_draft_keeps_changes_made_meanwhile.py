"""A draft kept when the app locks holds only what the user changed (review 9c, bug 4): it held
every field, so reopening it and saving sent back the fields the user never touched, reverting
a change made meanwhile — a CLI edit, or another laptop's bundle synced while the app was
locked. Now the other change stays and the user's typing is saved on top."""

from __future__ import annotations

from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import drafts
from fieldkit.records import fields as F


def test_a_reopened_draft_keeps_a_change_made_meanwhile(unlocked: MainWindow) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": "D-1", "title": "Jar", "description": "old"}
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.line_edit("title").setText("Jar, lidded")  # the user's one change
    assert editor.keep_draft()  # the app locks: the typing is kept as a draft
    records.edit(obj.record_id, {"description": "new from the other laptop"})  # meanwhile
    (draft,) = [d for d in drafts.all_drafts(session.vault) if d.record_id == obj.record_id]
    assert set(draft.values) == {"title"}
    again = ObjectEditor(session, obj.record_id, initial=draft.values, draft_key=draft.key)
    assert again.dirty
    assert again.save()
    fields = records.get(obj.record_id).fields
    assert fields["title"] == "Jar, lidded"
    assert fields["description"] == "new from the other laptop"
    again.close()


def test_a_new_reports_draft_keeps_its_prefilled_object(unlocked: MainWindow) -> None:
    """A new damage report started from an object: its draft keeps the object it was filled
    in with (nothing is stored yet to fall back on)."""
    session = unlocked.session
    assert session is not None
    obj = session.records.create(F.OBJECT, {"inventory_number": "D-2", "title": "Bowl"})
    editor = unlocked.workspace.new_damage(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw("Crack at the rim")
    assert editor.keep_draft()
    (draft,) = [d for d in drafts.all_drafts(session.vault) if d.record_id is None]
    assert draft.values.get("object_id") and draft.values.get("description") == "Crack at the rim"
    editor.close()
