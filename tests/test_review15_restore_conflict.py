"""r15 review: Restore on a record in conflict settles the conflict unasked (edit did, r14 #7)."""

from __future__ import annotations

from pathlib import Path

from peers import Peer

from fieldkit.records import fields as F


def test_restore_of_a_record_in_conflict_keeps_the_colleagues_version(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "karim")
    a.trust(b)
    b.trust(a)
    rid = a.records.create(
        F.OBJECT, {"inventory_number": "MM-5", "title": "Vase", "description": "blue"}
    ).record_id
    b.receive(a.send(b))
    first = a.records.get(rid).head_rev
    a.records.edit(rid, {"title": "Vase (typo"})  # Amélie's slip, to be undone
    b.records.edit(rid, {"description": "blue, chipped rim"})  # Karim's condition note
    b.records.edit(rid, {"title": "Vase, Karim"})  # and a title of his: a real conflict
    a.receive(b.send(a))
    assert a.records.get(rid).in_conflict
    # Amélie undoes her own slip from the History: restore the first revision.
    after = a.records.restore(rid, first)
    print("after restore:", after.in_conflict, after.fields)
    # Karim's note must not vanish unseen: either still in conflict, or his value kept.
    assert after.in_conflict or after.fields.get("description") == "blue, chipped rim", (
        f"conflict settled by a restore, Karim's values dropped: {after.fields}"
    )


def test_restore_after_my_delete_keeps_the_colleagues_concurrent_edit(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "karim")
    a.trust(b)
    b.trust(a)
    rid = a.records.create(
        F.OBJECT, {"inventory_number": "MM-6", "title": "Cup", "description": "white"}
    ).record_id
    b.receive(a.send(b))
    before = a.records.get(rid).head_rev
    a.records.delete(rid)  # Amélie deletes by mistake
    b.records.edit(rid, {"description": "white, hairline crack"})  # Karim's note meanwhile
    a.receive(b.send(a))
    view = a.records.get(rid, follow=False)
    print("after import:", view.deleted, view.in_conflict)
    after = a.records.restore(rid, before)  # she brings it back from the History
    print("after restore:", after.in_conflict, after.fields)
    assert after.in_conflict or after.fields.get("description") == "white, hairline crack", (
        f"Karim's note dropped by the restore: {after.fields}"
    )
