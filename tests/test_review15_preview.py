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
