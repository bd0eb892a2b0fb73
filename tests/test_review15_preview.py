"""r15 review: the import review's names against what the import then does."""

from __future__ import annotations

from pathlib import Path

from peers import Peer

from fieldkit.bundles import preview as P
from fieldkit.bundles.verify import verify_bundle
from fieldkit.records import fields as F


def _preview(a: Peer, bundle: Path) -> P.ContentPreview:
    report = verify_bundle(bundle, vault=a.vault, keep_content=True)
    found = P.content_preview(a.vault, bundle, report)
    assert found is not None
    return found


def test_deleted_then_restored_elsewhere_is_not_shown_as_deleted(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "karim")
    a.trust(b)
    b.trust(a)
    rid = b.records.create(F.OBJECT, {"inventory_number": "MM-2", "title": "Bowl"}).record_id
    a.receive(b.send(a))
    before = b.records.get(rid).head_rev
    b.records.delete(rid)
    b.records.restore(rid, before)  # Karim undid his mistake
    bundle = b.send(a)
    assert bundle is not None
    found = _preview(a, bundle)
    shown_deleted = [c.number for c in found.of(P.DELETED)]
    a.receive(bundle)
    actually_deleted = a.records.get(rid, follow=False).deleted
    assert actually_deleted is False
    # The review promised: "deletes MM-2"; the import keeps it.
    assert shown_deleted == [], f"review says deleted {shown_deleted}, import left it alive"


def test_a_record_edited_here_and_there_is_named_as_a_coming_conflict(tmp_path: Path) -> None:
    """r15 tester #7 (uk): the review listed under « Changes » a record both vaults had edited;
    only the result said it was now in conflict."""
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "karim")
    a.trust(b)
    b.trust(a)
    both = a.records.create(F.OBJECT, {"inventory_number": "MCP 1980.6", "title": "Amphora"})
    theirs = a.records.create(F.OBJECT, {"inventory_number": "MCP 1980.7", "title": "Jug"})
    b.receive(a.send(b))
    a.records.edit(both.record_id, {"description": "handle glued"})  # here
    b.records.edit(both.record_id, {"description": "handle missing"})  # there
    b.records.edit(theirs.record_id, {"title": "Jug, lid lost"})  # there only
    bundle = b.send(a)
    assert bundle is not None
    found = _preview(a, bundle)
    assert [c.number for c in found.of(P.CONFLICT)] == ["MCP 1980.6"]
    assert [c.number for c in found.of(P.CHANGED)] == ["MCP 1980.7"]
    a.receive(bundle)
    assert a.records.get(both.record_id).in_conflict
    assert not a.records.get(theirs.record_id).in_conflict
    # Amélie's vault sends back: 1980.7 edited on top of Karim's is a plain change there, and
    # 1980.6 (Karim's version is a head there too, Amélie's is new) a coming conflict.
    a.records.edit(theirs.record_id, {"title": "Jug, lid found"})
    again = a.send(b)
    assert again is not None
    seen = _preview(b, again)
    assert [c.number for c in seen.of(P.CHANGED)] == ["MCP 1980.7"]
    assert [c.number for c in seen.of(P.CONFLICT)] == ["MCP 1980.6"]
    b.receive(again)
    assert b.records.get(both.record_id).in_conflict
    assert not b.records.get(theirs.record_id).in_conflict
