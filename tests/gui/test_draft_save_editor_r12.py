"""The editors pass their draft to the save (r12, cliundo #2): a crash just after Save left the
draft, offered at the next unlock as a "recovered draft" of a record already saved (saving it
made a duplicate). Now the draft goes in the save's own transaction: the crash, simulated here
where the editor removed the draft after the save, leaves nothing to reopen."""

from __future__ import annotations

import pytest

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import drafts
from fieldkit.records import fields as F


class _Crash(BaseException):
    """The process dying the moment the save's transaction has committed (before the editor
    goes on: it removed its draft there, in a transaction of its own)."""


def _crash_after(monkeypatch: pytest.MonkeyPatch, records: object, method: str) -> None:
    real = getattr(records, method)

    def saved_then_crash(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)
        raise _Crash

    monkeypatch.setattr(records, method, saved_then_crash)


@pytest.mark.parametrize("kind", [F.OBJECT, F.DAMAGE])
def test_a_crash_just_after_save_leaves_no_draft_to_reopen(
    unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(F.OBJECT, {"inventory_number": "D-1", "title": "Jar"})
    if kind == F.OBJECT:
        editor = unlocked.workspace.new_object()
        assert editor is not None
        editor.line_edit("inventory_number").setText("D-2")
        editor.line_edit("title").setText("Bowl")
    else:
        editor = unlocked.workspace.new_damage(obj.record_id)
        assert editor is not None
        editor.inputs["description"].set_raw("Crack at the rim")
    assert editor.keep_draft()  # a lock kept the typing (or a photo's staging did)

    _crash_after(monkeypatch, records, "create")
    with pytest.raises(_Crash):
        editor.save()
    monkeypatch.undo()
    assert drafts.all_drafts(session.vault) == []  # nothing offered at the next unlock
    assert records.count(kind) == (2 if kind == F.OBJECT else 1)
    editor.close()


def test_a_crash_just_after_an_edits_save_leaves_no_draft_to_reopen(
    unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlocked.session
    assert session is not None
    obj = session.records.create(F.OBJECT, {"inventory_number": "D-1", "title": "Jar"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.line_edit("title").setText("Jar, lidded")
    assert editor.keep_draft()

    _crash_after(monkeypatch, session.records, "edit")
    with pytest.raises(_Crash):
        editor.save()
    monkeypatch.undo()
    assert drafts.all_drafts(session.vault) == []
    assert session.records.get(obj.record_id).fields["title"] == "Jar, lidded"
    editor.close()
