"""A record deleted here and edited there: the choices a person starts from keep the edit.

The r15 tester (uk): Conflicts ▸ a record deleted in one vault while a colleague changed its
maker in another showed the OLD maker in the "automatic merge" column, not marked disputed;
saving the per-field choices as they stood (every field "Automatic") wrote the old value back
and dropped the only change anyone had made.
"""

from __future__ import annotations

from pathlib import Path

from peers import Peer

from fieldkit.records import conflicts
from fieldkit.records import fields as F


def _deleted_here_edited_there(tmp_path: Path) -> tuple[Peer, str]:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "oksana")
    a.trust(b)
    b.trust(a)
    rid = a.records.create(
        F.OBJECT,
        {"inventory_number": "MCP 1981.26", "title": "Icon", "maker": "inconnu"},
    ).record_id
    b.receive(a.send(b))
    b.records.edit(rid, {"maker": "майстерня Пантократора"})  # there
    a.records.delete(rid)  # here, later: the tombstone is the newest head
    a.receive(b.send(a))
    assert a.records.get(rid, follow=False).in_conflict
    return a, rid


def test_the_choices_start_from_the_colleagues_change(tmp_path: Path) -> None:
    a, rid = _deleted_here_edited_there(tmp_path)
    conflict = conflicts.get_conflict(a.records, rid)
    assert conflict.view.needs_person  # accept-auto stays refused: a person decides
    assert conflict.view.fields["maker"] == "майстерня Пантократора"
    assert conflict.to_json()["automatic"]["fields"]["maker"] == "майстерня Пантократора"
    # What the app writes when every field is left on "Automatic".
    conflicts.resolve(a.records, rid, values=dict(conflict.view.fields))
    view = a.records.get(rid, follow=False)
    assert not view.in_conflict and not view.deleted
    assert view.fields["maker"] == "майстерня Пантократора"
    assert view.fields["title"] == "Icon"


def test_a_field_changed_on_both_sides_is_disputed(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "oksana")
    a.trust(b)
    b.trust(a)
    rid = a.records.create(
        F.OBJECT, {"inventory_number": "MCP 1981.27", "title": "Icon", "maker": "inconnu"}
    ).record_id
    b.receive(a.send(b))
    b.records.edit(rid, {"title": "Icon of St Nicholas"})
    a.records.edit(rid, {"title": "Icon (lost)"})
    a.records.delete(rid)
    a.receive(b.send(a))
    conflict = conflicts.get_conflict(a.records, rid)
    assert "title" in conflict.view.disputed
    assert conflict.view.fields["maker"] == "inconnu"
