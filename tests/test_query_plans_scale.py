"""Query plans for a coordinator's million-record vault, part two (SPEC §13, issue 22).

No timings: the statements the record lists run, traced on a small vault, and what they ask
SQLite to step over. At 500,000 objects every index entry stepped over costs (and every index
page of them decrypted), so a page far down a list must not step over the rows above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from fieldkit.records import fields as F
from fieldkit.records import pages
from fieldkit.records.search import ORDERABLE
from fieldkit.records.service import Records
from fieldkit.vault import Vault

OBJECTS = 50


@pytest.fixture
def records(vault: Vault) -> Records:
    service = Records(vault)
    rows = []
    for i in range(OBJECTS):
        values: dict[str, Any] = {
            "inventory_number": f"QP-{i % 17:04d}",  # ties: the order falls back on rowid
            "title": f"Painted jar {i % 7}",
            "status": ("in_storage", "evacuated", "on_loan")[i % 3],
        }
        if i % 4:  # some without: NULLs sort last both ways
            values["salvage_priority"] = 1 + i % 3
            values["object_type"] = ("jar", "icon")[i % 2]
        rows.append(F.clean_fields(F.OBJECT, values))
    service.create_many(F.OBJECT, rows)
    (object_id,) = vault.db.execute("SELECT record_id FROM records LIMIT 1").fetchone()
    service.create_many(
        F.DAMAGE,
        [
            F.clean_fields(
                F.DAMAGE,
                {
                    "object_id": object_id,
                    "observed_at": f"2026-01-{1 + i % 9:02d}T10:00",
                    "severity": ("severe", "minor")[i % 2],
                    "description": "Soot along the painted rim",
                },
            )
            for i in range(30)
        ],
    )
    return service


@contextmanager
def statements(vault: Vault) -> Iterator[list[str]]:
    """Every SELECT the block runs on the vault's connection, with its parameters bound."""
    seen: list[str] = []
    conn: Any = vault.db
    raw = getattr(conn, "_conn", conn)

    def trace(sql: str) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append(sql)

    raw.set_trace_callback(trace)
    try:
        yield seen
    finally:
        raw.set_trace_callback(None)


def _offsets(seen: list[str]) -> list[int]:
    return [int(m) for sql in seen for m in re.findall(r"OFFSET (\d+)", sql)]


def _ids(views: list[Any]) -> list[str]:
    return [view.record_id for view in views]


# Status: the app's pages go in the vocabulary's order (records.pages._by_status, tested in
# tests/gui/test_lists_r11.py), Records.list (the CLI) along the status index by code.
@pytest.mark.parametrize("order_by", sorted(set(ORDERABLE) - {"status"}))
@pytest.mark.parametrize("descending", [False, True])
def test_a_page_far_down_is_the_same_page_read_from_the_nearer_end(
    vault: Vault, records: Records, order_by: str, descending: bool
) -> None:
    kind = F.DAMAGE if order_by in ("severity", "urgency", "observed_at") else F.OBJECT
    total = records.count(kind)
    for offset in range(0, total, 7):
        expected = _ids(
            records.list(kind, offset=offset, limit=10, order_by=order_by, descending=descending)
        )
        with statements(vault) as seen:
            got = _ids(pages.page(records, kind, offset, 10, order_by, descending, {}, total))
        assert got == expected, (order_by, descending, offset)
        # Never more than half the list stepped over, whichever end the page is nearer.
        assert max(_offsets(seen)) <= total // 2, (offset, seen)


@pytest.mark.parametrize(
    "filters",
    [{"status": "in_storage"}, {"search": "painted"}, {"search": "jar", "status": "evacuated"}],
)
def test_a_filtered_page_far_down_is_the_same_page(
    vault: Vault, records: Records, filters: dict[str, Any]
) -> None:
    total = records.count(F.OBJECT, **filters)
    assert total > 10
    for order_by in ("title", "salvage_priority"):
        for offset in range(0, total, 3):
            expected = _ids(
                records.list(
                    F.OBJECT, offset=offset, limit=4, order_by=order_by, descending=True, **filters
                )
            )
            with statements(vault) as seen:
                got = _ids(pages.page(records, F.OBJECT, offset, 4, order_by, True, filters, total))
            assert got == expected, (filters, order_by, offset)
            assert max(_offsets(seen)) <= total // 2, (offset, seen)


def test_a_walk_along_an_index_checks_the_matches_without_the_kind_token(
    vault: Vault, records: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index walked holds one kind only, so the full-text matches it is checked against
    need no kind token: intersecting with it steps through an entry per record of the kind
    (500,000 at a coordinator's) for every search. The pages and counts stay the same."""
    from fieldkit.records import search

    few_page = _ids(records.list(F.OBJECT, search="painted", status="in_storage", limit=5))
    few_count = records.count(F.OBJECT, search="painted", status="in_storage")
    monkeypatch.setattr(search, "MANY_MATCHES", 5)
    with statements(vault) as seen:
        page = _ids(records.list(F.OBJECT, search="painted", status="in_storage", limit=5))
        count = records.count(F.OBJECT, search="painted", status="in_storage")
    assert (page, count) == (few_page, few_count)
    walks = [sql for sql in seen if "INDEXED BY" in sql]
    assert len(walks) == 2, seen
    for sql in walks:
        assert "records_search MATCH" in sql and "xfkkind" not in sql, sql


def _counted(vault: Vault, kind: str) -> int:
    return int(
        vault.db.execute(
            "SELECT count(*) FROM records WHERE kind = ? AND deleted = 0", (kind,)
        ).fetchone()[0]
    )


def test_a_list_count_is_one_lookup_and_stays_exact(vault: Vault, records: Records) -> None:
    """No walk over an index entry per record to count a kind's records (500,000 objects: a
    thousand pages read before the first page shows); the kept count follows every change."""
    with statements(vault) as seen:
        assert records.count(F.OBJECT) == OBJECTS
    for sql in seen:
        plan = " | ".join(
            str(r[-1]) for r in vault.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        )
        assert " r " not in f" {plan} " and "records_" not in plan, plan
        assert "record_counts" in plan, plan
    (first, second) = [
        r[0] for r in vault.db.execute("SELECT record_id FROM records WHERE kind = 'object'")
    ][:2]
    records.delete(first)
    records.edit(second, {"title": "Painted jar, mended"})
    records.create(F.OBJECT, {"inventory_number": "QP-NEW", "title": "New jar"})
    for kind in (F.OBJECT, F.DAMAGE):
        assert records.count(kind) == _counted(vault, kind)
    assert records.count(F.OBJECT) == OBJECTS
    assert records.count(F.OBJECT, include_deleted=True) == OBJECTS + 1


def test_the_counts_are_made_for_a_vault_from_before(
    vault: Vault, records: Records, vault_path: Any
) -> None:
    from conftest import PASSPHRASE

    db = vault.db
    for trigger in ("insert", "delete", "update"):
        db.execute(f"DROP TRIGGER record_counts_{trigger}")
    db.execute("DROP TABLE record_counts")
    db.execute("PRAGMA user_version = 14")  # the version before the counts (v15)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        again = Records(reopened)
        assert again.count(F.OBJECT) == OBJECTS
        assert again.count(F.DAMAGE) == 30
