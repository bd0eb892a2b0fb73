"""Query plans of what a coordinator's million-record vault asks most (SPEC §13, issue 22).

No timings: EXPLAIN QUERY PLAN of the very statements ``Records`` runs (captured with the
connection's trace callback, parameters bound), on a small vault. A plan that scans the
records table, sorts a whole kind in a temporary B-tree, or reads table rows to skip an offset
would cost seconds at 1,000,000 rows however fast it is here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from fieldkit.records import fields as F
from fieldkit.records.search import ORDERABLE
from fieldkit.records.service import Records
from fieldkit.vault import Vault


@pytest.fixture
def records(vault: Vault) -> Records:
    service = Records(vault)
    service.create_many(
        F.OBJECT,
        [
            F.clean_fields(
                F.OBJECT,
                {
                    "inventory_number": f"QP-{i:04d}",
                    "title": f"Painted jar {i}",
                    "status": "in_storage" if i % 2 else "evacuated",
                    "salvage_priority": 1 + i % 4,
                },
            )
            for i in range(60)
        ],
    )
    (object_id,) = vault.db.execute("SELECT record_id FROM records LIMIT 1").fetchone()
    service.create_many(
        F.DAMAGE,
        [
            F.clean_fields(
                F.DAMAGE,
                {
                    "object_id": object_id,
                    "observed_at": f"2026-01-{1 + i % 28:02d}T10:00",
                    "severity": "severe" if i % 2 else "minor",
                    "description": "Soot along the painted rim",
                },
            )
            for i in range(40)
        ],
    )
    vault.db.execute("ANALYZE")
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


def plans(vault: Vault, call: Callable[[], object]) -> list[str]:
    """The plan of every SELECT ``call`` runs, one text per statement."""
    with statements(vault) as seen:
        call()
    assert seen, "no statement was traced"
    out = []
    for sql in seen:
        rows = vault.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        out.append(" | ".join(str(r[-1]) for r in rows))
    return out


def _no_scan_or_sort(plan: str) -> None:
    assert "SCAN r" not in plan.replace("SCAN r USING COVERING INDEX", "ok"), plan
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("order_by", sorted(ORDERABLE))
@pytest.mark.parametrize("descending", [False, True])
def test_a_page_and_a_jump_are_answered_from_an_index_without_sorting(
    vault: Vault, records: Records, order_by: str, descending: bool
) -> None:
    kind = F.DAMAGE if order_by in ("severity", "urgency", "observed_at") else F.OBJECT
    for plan in plans(
        vault,
        lambda: records.list(kind, offset=30, limit=10, order_by=order_by, descending=descending),
    ):
        assert "TEMP B-TREE" not in plan, plan
        if "rowid IN" not in plan and "INTEGER PRIMARY KEY" not in plan:
            # The page's row ids: skipped over in a covering index, never in table rows.
            assert f"COVERING INDEX records_{ORDERABLE[order_by]}" in plan, plan


def test_the_count_of_a_kind_reads_an_index_only(vault: Vault, records: Records) -> None:
    (plan,) = plans(vault, lambda: records.count(F.OBJECT))
    assert "COVERING INDEX" in plan, plan


def test_a_search_starts_from_the_full_text_index(vault: Vault, records: Records) -> None:
    for plan in plans(vault, lambda: records.list(F.OBJECT, search="painted", limit=50)):
        if "records_search" in plan:
            assert "VIRTUAL TABLE INDEX" in plan, plan
    (count_plan,) = plans(vault, lambda: records.count(F.OBJECT, search="painted"))
    assert "VIRTUAL TABLE INDEX" in count_plan, count_plan


def test_a_filtered_page_uses_the_filter_or_the_order_index(
    vault: Vault, records: Records
) -> None:
    for plan in plans(
        vault, lambda: records.list(F.OBJECT, status="in_storage", limit=20, order_by="title")
    ):
        _no_scan_or_sort(plan)


def test_opening_a_record_by_id_uses_its_key(vault: Vault, records: Records) -> None:
    (record_id,) = vault.db.execute("SELECT record_id FROM records LIMIT 1").fetchone()
    for plan in plans(vault, lambda: records.get(record_id)):
        assert "SCAN" not in plan or "COVERING INDEX" in plan, plan


@pytest.mark.parametrize("order_by", ["inventory_number", "title", "status"])
def test_a_search_matching_many_walks_the_sort_index_and_finds_the_same_page(
    vault: Vault, records: Records, monkeypatch: pytest.MonkeyPatch, order_by: str
) -> None:
    """A common word: the page comes from walking the order's index (no sort of every match,
    no read of every matching row), and it is the very page the other plan gives."""
    from fieldkit.records import search

    def page() -> list[str]:
        return [
            r.record_id
            for r in records.list(F.OBJECT, search="painted", limit=10, offset=5, order_by=order_by)
        ]

    few = page()  # 60 matches: under the threshold, the matches are sorted
    monkeypatch.setattr(search, "MANY_MATCHES", 20)
    assert page() == few
    found = plans(
        vault,
        lambda: records.list(F.OBJECT, search="painted", limit=10, offset=5, order_by=order_by),
    )
    (walk,) = [p for p in found if f"INDEX records_{ORDERABLE[order_by]}" in p]
    assert "TEMP B-TREE" not in walk, walk
    assert "records_search VIRTUAL TABLE" in walk, walk
    # Few matches (a rare word): the matches are sorted, never the whole index walked.
    monkeypatch.setattr(search, "MANY_MATCHES", 10_000)
    with statements(vault) as seen:
        records.list(F.OBJECT, search="painted", limit=10, order_by=order_by)
    assert seen and not [sql for sql in seen if "INDEXED BY" in sql]


def test_a_filtered_search_matching_many_counts_along_the_filter_index(
    vault: Vault, records: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.records import search

    few = records.count(F.OBJECT, search="painted", status="in_storage")
    assert few == 30
    monkeypatch.setattr(search, "MANY_MATCHES", 20)
    assert records.count(F.OBJECT, search="painted", status="in_storage") == few
    found = plans(vault, lambda: records.count(F.OBJECT, search="painted", status="in_storage"))
    (walk,) = [p for p in found if "records_status" in p]
    assert "COVERING INDEX records_status" in walk, walk
