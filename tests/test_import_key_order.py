"""The import writes the heads of new records and the sender's revisions (peer_revisions) in
key order, after the chunks, instead of 500 at random places per chunk (issue 22): at
1,000,000 records those two indexes span ~27,000 pages each, and random inserts brought a page
into the cache and wrote it back once per chunk that touched it. The stored rows are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peers import Peer

from fieldkit.bundles import importer
from fieldkit.records import fields as F

_HEAD = re.compile(r"INSERT INTO heads \(record_id, rev_id\) VALUES \('([^']*)', '([^']*)'\)")
_PEER = re.compile(
    r"INSERT OR IGNORE INTO peer_revisions \(peer, rev_id\) VALUES \('[^']*', '([^']*)'\)"
)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Peer, Peer]]:
    field = Peer(tmp_path, "field")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field.trust(coord)
    coord.trust(field)
    yield field, coord
    field.vault.close()
    coord.vault.close()


def test_heads_and_peer_revisions_are_written_in_key_order_after_the_chunks(
    pair: tuple[Peer, Peer],
) -> None:
    field, coord = pair
    count = importer._STORE_CHUNK * 3 + 7
    field.records.create_many(F.OBJECT, [{"inventory_number": f"K-{i}"} for i in range(count)])
    heads: list[tuple[str, str]] = []
    peers: list[str] = []
    raw: Any = coord.vault.db

    def trace(sql: str) -> None:  # the statement with its values bound (expanded SQL)
        if found := _HEAD.match(sql):
            heads.append((found[1], found[2]))
        elif found := _PEER.match(sql):
            peers.append(found[1])

    raw.set_trace_callback(trace)
    try:
        result = coord.receive(field.send(coord))
    finally:
        raw.set_trace_callback(None)
    assert result.refused is None and result.new_revisions == count
    assert len(heads) == count and heads == sorted(heads)
    assert len(peers) >= count and peers == sorted(peers)
    db = coord.vault.db
    assert sorted(db.execute("SELECT record_id, rev_id FROM heads").fetchall()) == heads
    stored = {r[0] for r in db.execute("SELECT rev_id FROM peer_revisions")}
    assert stored == set(peers)
