"""Bulk create on three threads (SPEC §13: >= 8,000 records/s at 100,000; issue 22).

No timings: the rows are built on the caller's thread and written on a helper thread, and the
creation stays all or nothing when the writer fails or the user cancels half-way.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records import service as service_module
from fieldkit.records.service import _CREATE_CHUNK, Records
from fieldkit.vault import Vault

COUNT = _CREATE_CHUNK * 4 + 7  # several chunks, the last one short


def _rows(n: int) -> list[dict[str, Any]]:
    return [
        F.clean_fields(F.OBJECT, {"inventory_number": f"B-{i:05d}", "title": f"Jar {i}"})
        for i in range(n)
    ]


def _count(vault: Vault) -> tuple[int, int, int, int]:
    return tuple(  # type: ignore[return-value]
        vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        for table in ("records", "revisions", "heads", "records_search")
    )


def test_rows_are_written_on_a_helper_thread_and_all_arrive(vault: Vault) -> None:
    threads: set[str] = set()
    raw: Any = vault.db

    def trace(sql: str) -> None:
        if sql.startswith("INSERT INTO records_search"):
            threads.add(threading.current_thread().name)

    raw.set_trace_callback(trace)
    try:
        ids = Records(vault).create_many(F.OBJECT, _rows(COUNT))
    finally:
        raw.set_trace_callback(None)
    assert len(ids) == len(set(ids)) == COUNT
    assert _count(vault) == (COUNT, COUNT, COUNT, COUNT)
    assert threads and all(t.startswith("fieldkit-write") for t in threads), threads
    # Row ids run in creation order, so the search rows point at the right records.
    hits = Records(vault).list(F.OBJECT, search="B-00300", limit=5)
    assert [r.fields["inventory_number"] for r in hits] == ["B-00300"]


def test_an_error_in_the_writer_saves_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = service_module.insert_fresh_rows
    calls = 0

    def failing(db: Any, rows: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        real(db, rows)

    monkeypatch.setattr(service_module, "insert_fresh_rows", failing)
    with pytest.raises(OSError, match="No space"):
        Records(vault).create_many(F.OBJECT, _rows(COUNT))
    assert _count(vault) == (0, 0, 0, 0)
    monkeypatch.undo()
    # The connection is usable, and a new transaction works.
    assert len(Records(vault).create_many(F.OBJECT, _rows(10))) == 10


def test_cancel_while_chunks_are_being_written_saves_nothing(vault: Vault) -> None:
    asked = 0

    def cancel() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(CancelledError):
        Records(vault).create_many(F.OBJECT, _rows(COUNT), cancel=cancel)
    assert _count(vault) == (0, 0, 0, 0)
    assert not [t for t in threading.enumerate() if t.name.startswith("fieldkit-write")]


def test_record_ids_come_from_one_random_draw_per_chunk(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import uuid

    real = os.urandom
    draws = 0

    def counting(n: int) -> bytes:
        nonlocal draws
        draws += 1
        return real(n)

    monkeypatch.setattr(os, "urandom", counting)
    ids = Records(vault).create_many(F.OBJECT, _rows(COUNT))
    monkeypatch.undo()
    assert draws <= COUNT // _CREATE_CHUNK + 5  # was one per record
    parsed = [uuid.UUID(i) for i in ids]
    assert all(u.version == 4 and u.variant == uuid.RFC_4122 for u in parsed)
    assert len(set(ids)) == COUNT
