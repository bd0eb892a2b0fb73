"""The archive computes a record's view with records.merge.view_of; a laptop with the store's
merge, which also counts both teams' check-ins of a movement (custody_derive.merged_check_ins).
Two teams checking in the same crate at once made the archive show one team's scans with the
reception disputed while every laptop showed both, undisputed (review 9b, bug 15). One rule now:
view_of applies the check-in merge too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peers import Peer

from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.merge import History, view_of
from fieldkit.records.revision_store import load_revision


@pytest.fixture
def peers(tmp_path: Path) -> Iterator[tuple[Peer, Peer, Peer]]:
    a = Peer(tmp_path, "amal")
    b = Peer(tmp_path, "bohdan")
    c = Peer(tmp_path, "coord", role="coordinator")
    for p in (a, b, c):
        p.trust(*[q for q in (a, b, c) if q is not p])
    yield a, b, c
    for p in (a, b, c):
        p.vault.close()


def test_the_archive_and_a_laptop_see_concurrent_check_ins_alike(
    peers: tuple[Peer, Peer, Peer],
) -> None:
    a, b, c = peers
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Icon"}).record_id
    y = a.records.create(F.OBJECT, {"inventory_number": "Y-1", "title": "Jar"}).record_id
    custody = Custody(a.records)
    custody.add_location({"code": "L2", "name": "Safe"})
    move = custody.move(
        [x, y], "L2", reason="evacuation", details={"departed_at": "2026-01-01T10:00"}
    )
    c.receive(a.send(c))
    b.receive(c.send(b))
    custody.receive(move.record_id, ["X-1"], received_at="2026-01-01T12:00")
    Custody(b.records).receive(move.record_id, ["Y-1"], received_at="2026-01-01T12:05")
    c.receive(a.send(c))
    c.receive(b.send(c))
    history = History()
    for (rev_id,) in c.vault.db.execute(
        "SELECT rev_id FROM revisions WHERE record_id = ?", (move.record_id,)
    ):
        history.add(load_revision(c.vault.db, rev_id))
    archive = view_of(history)
    assert archive is not None
    laptop = c.records.get(move.record_id)
    assert sorted(archive.fields["received"]) == sorted([x, y])
    assert archive.fields == laptop.fields
    assert "received" not in archive.disputed
