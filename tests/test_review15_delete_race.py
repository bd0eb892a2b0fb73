"""r15 review: an object packed by an import committed during Delete is deleted all the same."""

from __future__ import annotations

from pathlib import Path

from peers import Peer
from test_review15_cancel_race import colleague_commits_first

from fieldkit.bundles.importer import import_bundle
from fieldkit.errors import CustodyError
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody


def test_an_object_packed_meanwhile_is_not_deleted(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    chain = Custody(a.records)
    chain.add_location({"code": "L-1", "name": "Room"})
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1"}).record_id
    chain.receive(chain.move([x], "L-1").record_id, everything=True)
    b.receive(a.send(b))
    theirs = Custody(b.records)
    theirs.add_container({"code": "C-1", "kind": "crate"})
    theirs.move([x], "C-1")  # Bohdan packs X-1 into C-1
    bundle = b.send(a)
    assert bundle is not None
    refused = False
    with colleague_commits_first(a.vault) as meanwhile:
        meanwhile.append(lambda other: import_bundle(other, bundle))
        try:
            a.records.delete(x)
        except CustodyError:
            refused = True  # "This item is packed in a container or in transit."
    gone = a.records.get(x, follow=False).deleted
    packed = C.where(a.vault.db, x).container
    print("refused", refused, "deleted", gone, "container", packed and packed.code)
    assert refused or not gone, "an object packed in C-1 was deleted: the crate lists a ghost"
