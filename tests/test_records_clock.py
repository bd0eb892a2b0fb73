"""The clock is read inside each write transaction (issue 14).

A `Records` made before an import on another connection (the GUI imports on a worker
connection, fieldkit.gui.session) must still stamp its next revision above what the import
brought: otherwise a local edit takes a clock below an imported head and wins a conflict it
should lose (fieldkit.records.merge: the later clock wins).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peers import Peer

from fieldkit.bundles.importer import import_bundle
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.gui.session import Session
from fieldkit.records import fields as F
from fieldkit.records.conflicts import get_conflict, resolve
from fieldkit.records.revision import new_revision
from fieldkit.records.service import Records

HOUR_MS = 3_600_000


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Peer, Peer]]:
    """Amal's laptop runs an hour ahead (allowed: under a day), Bohdan's is on time."""
    amal, bohdan = Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan")
    amal.trust(bohdan)
    bohdan.trust(amal)
    amal.records = Records(amal.vault, now_ms=lambda: time.time_ns() // 1_000_000 + HOUR_MS)
    yield amal, bohdan
    amal.vault.close()
    bohdan.vault.close()


def _import_on_a_worker_connection(session: Session, bundle: Path | None) -> None:
    """As the GUI's import dialog and sync panel do: a second connection to the open vault."""
    assert bundle is not None
    with session.worker_vault() as worker:
        assert import_bundle(worker, bundle).refused is None


def _head_hlc(records: Records, record_id: str) -> str:
    return records.get(record_id, follow=False).hlc


Write = Callable[[Records, str], str]  # (records, the imported object's id) -> a new hlc


def _create(records: Records, _: str) -> str:
    return records.create(F.OBJECT, {"title": "Bowl"}).hlc


def _create_many(records: Records, _: str) -> str:
    (new,) = records.create_many(F.OBJECT, [F.clean_fields(F.OBJECT, {"title": "Cup"})])
    return _head_hlc(records, new)


def _edit(records: Records, record_id: str) -> str:
    return records.edit(record_id, {"title": "Jar, cracked"}).hlc


def _delete(records: Records, record_id: str) -> str:
    return records.delete(record_id).hlc


def _restore(records: Records, record_id: str) -> str:
    first = records.history(record_id)[0].rev_id
    return records.restore(record_id, first).hlc


def _decide(records: Records, record_id: str) -> str:
    other = records.create(F.OBJECT, {"title": "Jar"}).record_id
    decision = Duplicates(records).decide(record_id, other, same=True)
    return _head_hlc(records, decision.decision_id)


@pytest.mark.parametrize(
    "write",
    [_create, _create_many, _edit, _delete, _restore, _decide],
    ids=lambda w: w.__name__.strip("_"),
)
def test_a_write_after_an_import_on_another_connection_is_stamped_above_it(
    pair: tuple[Peer, Peer], write: Write
) -> None:
    amal, bohdan = pair
    session = Session(bohdan.vault)  # its records service exists before the import
    session.records.create(F.OBJECT, {"title": "Plate"})  # and has used its clock
    jar = amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    amal.records.edit(jar.record_id, {"title": "Jar, chipped"})
    _import_on_a_worker_connection(session, amal.send(bohdan))
    imported = _head_hlc(session.records, jar.record_id)
    assert imported > session.records.db.execute("SELECT min(hlc) FROM revisions").fetchone()[0]
    assert write(session.records, jar.record_id) > imported


def test_an_edit_made_after_seeing_an_import_wins_against_an_older_concurrent_edit(
    pair: tuple[Peer, Peer], tmp_path: Path
) -> None:
    """Chiara's laptop runs half an hour ahead. Bohdan imports Amal's edit (an hour ahead)
    and edits on top of it; Chiara edited the same field meanwhile. Bohdan's edit came after
    something later than Chiara's, so it must be the later one and win the disputed field."""
    amal, bohdan = pair
    chiara = Peer(tmp_path, "chiara")
    try:
        for peer in (amal, bohdan):
            peer.trust(chiara)
            chiara.trust(peer)
        chiara.records = Records(
            chiara.vault, now_ms=lambda: time.time_ns() // 1_000_000 + HOUR_MS // 2
        )
        session = Session(bohdan.vault)
        jar = session.records.create(F.OBJECT, {"inventory_number": "B-1", "title": "Jar"})
        shared = bohdan.send(amal, chiara)
        amal.receive(shared)
        chiara.receive(shared)
        amal.records.edit(jar.record_id, {"description": "Chipped"})
        _import_on_a_worker_connection(session, amal.send(bohdan))
        session.records.edit(jar.record_id, {"title": "Jar with a chipped rim"})
        chiara.records.edit(jar.record_id, {"title": "Storage jar"})
        chiara.receive(bohdan.send(chiara))
        view = chiara.records.get(jar.record_id)
        assert view.in_conflict
        assert view.fields["title"] == "Jar with a chipped rim"
        assert view.fields["description"] == "Chipped"
    finally:
        chiara.vault.close()


def test_a_conflict_resolved_after_an_import_is_stamped_above_the_heads(
    pair: tuple[Peer, Peer],
) -> None:
    amal, bohdan = pair
    session = Session(bohdan.vault)
    jar = session.records.create(F.OBJECT, {"inventory_number": "B-1", "title": "Jar"})
    amal.receive(bohdan.send(amal))
    amal.records.edit(jar.record_id, {"title": "Jar (Amal)"})
    session.records.edit(jar.record_id, {"title": "Jar (Bohdan)"})
    _import_on_a_worker_connection(session, amal.send(bohdan))
    conflict = get_conflict(session.records, jar.record_id)
    assert len(conflict.heads) == 2
    rev = resolve(session.records, jar.record_id, keep=conflict.heads[0].rev_id)
    assert rev.hlc > max(h.hlc for h in conflict.heads)


def test_a_revision_stamped_by_a_clock_read_before_the_transaction_is_refused(
    pair: tuple[Peer, Peer],
) -> None:
    """A clock held across transactions is the bug itself: storing what it stamped fails."""
    amal, bohdan = pair
    session = Session(bohdan.vault)
    records = session.records
    stale = records.clock  # read outside any transaction
    amal.records.create(F.OBJECT, {"title": "Jar"})
    _import_on_a_worker_connection(session, amal.send(bohdan))
    before = records.db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    with pytest.raises(ValueError, match="behind"), records.vault.transaction() as db:
        rev = new_revision(
            records.identity, stale, record_id="0b9a7f4e-2c1d-4e5f-8a6b-7c8d9e0f1a2b",
            kind=F.OBJECT, parents=(), fields={"title": "Bowl"},
        )
        records.save_revision(db, rev)
    assert records.db.execute("SELECT count(*) FROM revisions").fetchone()[0] == before
