"""The import leaves the search index's old segments alone (issue 22): FTS5's automerge, on
while an import wrote its search rows, merged the vault's segments with the new ones page by
page. Importing 100,000 records into 1,000,000 wrote 22,900 pages of search index for about
5,800 pages of new entries, and the pages those merges freed were read back before reuse. The
import now turns automerge off for its transaction and restores the setting before the
COMMIT; the stored rows and what a search finds are the same.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peers import Peer

from fieldkit.bundles import importer
from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.tasks import Progress
from fieldkit.vault.database import Connection

_WORDS = ("bronze", "vase", "textile", "crack", "river", "K7")


def _objects(prefix: str, start: int, count: int) -> list[dict[str, Any]]:
    materials = ("bronze", "clay", "textile", "wood")
    return [
        {
            "inventory_number": f"{prefix}-{i}",
            "title": f"{materials[i % 4]} vase from the river bank {i}",
            "description": f"crack along the rim, {prefix}{i % 11} {materials[(i // 4) % 4]}, "
            f"found by team {prefix}{i}x near marker {i * 7919 % 10007}, "
            f"box {prefix}{i * 104729 % 100003}b shelf {prefix}{i * 15485863 % 1000003}s",
        }
        for i in range(start, start + count)
    ]


def _segments(db: Connection) -> dict[int, list[tuple[int, str]]]:
    """The search index's segments: id -> its blocks' ids and digests (FTS5 numbers a block
    segid << 37 | height << 31 | page)."""
    found: dict[int, list[tuple[int, str]]] = {}
    for block_id, block in db.execute(
        "SELECT id, block FROM records_search_data WHERE id >= (1 << 37) ORDER BY id"
    ):
        digest = hashlib.sha256(bytes(block)).hexdigest()[:12]
        found.setdefault(block_id >> 37, []).append((block_id, digest))
    return found


def _search(db: Connection) -> dict[str, set[str]]:
    return {
        word: {
            r[0]
            for r in db.execute(
                "SELECT r.record_id FROM records_search s JOIN records r ON r.rowid = s.rowid "
                "WHERE records_search MATCH ?",
                (f'"{word}"',),
            )
        }
        for word in _WORDS
    }


def _rows(db: Connection, record_ids: set[str]) -> list[tuple[Any, ...]]:
    marks = ", ".join("?" * len(record_ids))
    ids = sorted(record_ids)
    return [
        *db.execute(
            "SELECT record_id, kind, head_rev, hlc, fields, media, deleted, in_conflict, "  # noqa: S608
            f"inventory_number, title, complete, missing FROM records WHERE record_id IN ({marks}) "
            "ORDER BY record_id",
            ids,
        ),
        *db.execute(
            "SELECT rev_id, record_id, kind, author, hlc, canonical, signature, origin "  # noqa: S608
            f"FROM revisions WHERE record_id IN ({marks}) ORDER BY rev_id",
            ids,
        ),
        *db.execute(
            f"SELECT record_id, rev_id FROM heads WHERE record_id IN ({marks}) ORDER BY 1",  # noqa: S608
            ids,
        ),
        *db.execute(
            "SELECT s.body FROM records_search s JOIN records r ON r.rowid = s.rowid "  # noqa: S608
            f"WHERE r.record_id IN ({marks}) ORDER BY r.record_id",
            ids,
        ),
    ]


@pytest.fixture
def peers(tmp_path: Path) -> Iterator[tuple[Peer, Peer, Peer]]:
    """A field vault with 2,507 objects for two coordinators, each with 600 of its own,
    created in three transactions: three segments of the search index on its first level,
    which FTS5's automerge merges once a fourth arrives."""
    field = Peer(tmp_path, "field")
    first = Peer(tmp_path, "coord1", role="coordinator")
    second = Peer(tmp_path, "coord2", role="coordinator")
    for coord in (first, second):
        field.trust(coord)
        coord.trust(field)
        for start in range(0, 600, 200):
            coord.records.create_many(F.OBJECT, _objects("C", start, 200))
    field.records.create_many(F.OBJECT, _objects("K", 0, importer._STORE_CHUNK * 5 + 7))
    yield field, first, second
    for peer in (field, first, second):
        peer.vault.close()


def test_an_import_leaves_the_old_search_segments_and_the_search_settings_as_they_were(
    peers: tuple[Peer, Peer, Peer],
) -> None:
    field, coord, _ = peers
    db = coord.vault.db
    before = _segments(db)
    settings = db.execute("SELECT k, v FROM records_search_config ORDER BY k").fetchall()
    found = _search(db)
    result = coord.receive(field.send(coord))
    assert result.refused is None and result.new_revisions == importer._STORE_CHUNK * 5 + 7
    after = _segments(db)
    # Before: automerge merged them with the new segments (they were gone, rewritten).
    assert {k: after.get(k) for k in before} == before
    assert db.execute("SELECT k, v FROM records_search_config ORDER BY k").fetchall() == settings
    assert db.execute(
        "INSERT INTO records_search (records_search, rank) VALUES ('integrity-check', 1)"
    )
    imported = {r[0] for r in field.vault.db.execute("SELECT record_id FROM records")}
    now = _search(db)
    for word in _WORDS:
        assert now[word] - imported == found[word]
        assert now[word] & imported == _search(field.vault.db)[word]


def test_the_vault_is_the_same_with_or_without_automerge(
    peers: tuple[Peer, Peer, Peer], monkeypatch: pytest.MonkeyPatch
) -> None:
    field, with_it, without = peers
    bundle = field.send(with_it, without)
    assert with_it.receive(bundle).new_revisions == importer._STORE_CHUNK * 5 + 7
    monkeypatch.setattr(importer, "_search_merges_put_off", lambda db: contextlib.nullcontext())
    assert without.receive(bundle).new_revisions == importer._STORE_CHUNK * 5 + 7
    imported = {r[0] for r in field.vault.db.execute("SELECT record_id FROM records")}
    assert _rows(with_it.vault.db, imported) == _rows(without.vault.db, imported)
    found, expected = _search(with_it.vault.db), _search(without.vault.db)
    assert {w: found[w] & imported for w in _WORDS} == {w: expected[w] & imported for w in _WORDS}
    assert (
        with_it.vault.db.execute("SELECT k, v FROM records_search_config ORDER BY k").fetchall()
        == without.vault.db.execute("SELECT k, v FROM records_search_config ORDER BY k").fetchall()
    )


def test_a_cancelled_import_leaves_the_search_index_and_its_settings_as_before(
    peers: tuple[Peer, Peer, Peer],
) -> None:
    field, coord, _ = peers
    db = coord.vault.db
    before = _segments(db), db.execute("SELECT k, v FROM records_search_config").fetchall()
    merged = [0]

    def progress(step: Progress) -> None:
        if step.phase == importer.MERGE:
            merged[0] = step.done

    with pytest.raises(CancelledError):  # after two chunks were written
        coord.receive(
            field.send(coord),
            progress=progress,
            cancel=lambda: merged[0] > importer._STORE_CHUNK * 2,
        )
    assert (_segments(db), db.execute("SELECT k, v FROM records_search_config").fetchall()) == (
        before
    )
    # The connection's own FTS5 settings came back with the rollback: an edit afterwards
    # still merges as usual (automerge on), so segments do not pile up.
    for start in range(0, 1600, 100):
        coord.records.create_many(F.OBJECT, _objects("D", start, 100))
    assert len(_segments(db)) < len(before[0]) + 16
