"""Archive search at scale (issue 21): what it reads, not how long it takes.

A real PostgreSQL holds 20,000 records: a word in a third of them, a word in one in 400, and
an inventory number in each (a word PostgreSQL's statistics cannot know). Each search is traced:
every statement it runs is first run under EXPLAIN (ANALYZE, BUFFERS) on the same connection,
in the same transaction and settings, and the buffers (pages) it touched are summed.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from pgserver import PgServer, pg_server  # noqa: F401

from fieldkit.archive import index, schema

N = 20_000


class Traced:
    """A connection whose statements are counted in pages read, then run as asked."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn
        self.pages = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, params: Any = None, **kwargs: Any) -> Any:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and "set_config" not in sql:
            plan = self._conn.execute(
                "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params, prepare=False
            ).fetchone()
            assert plan is not None
            top = plan[0][0]["Plan"]
            self.pages += int(top.get("Shared Hit Blocks", 0)) + int(
                top.get("Shared Read Blocks", 0)
            )
        return self._conn.execute(sql, params, **kwargs)


@pytest.fixture(scope="module")
def big(pg_server: PgServer) -> str:  # noqa: F811
    dsn = pg_server.new_database()
    with psycopg.connect(dsn, autocommit=True) as conn:
        schema.create(conn)
        # Record ids in an order unrelated to the words, as random UUIDs are.
        conn.execute(
            "INSERT INTO records SELECT md5(g::text), 'object', ARRAY['h' || g], 'h' || g, NULL, "
            "jsonb_build_object('inventory_number', 'INV-' || g, 'title', t), '[]', false, "
            "false, false, '{}', to_tsvector('simple', unaccent(lower('INV-' || g || ' ' || t))) "
            "FROM (SELECT g, concat_ws(' ', CASE WHEN g %% 3 = 0 THEN 'jarre' END, "
            "CASE WHEN g %% 400 = 7 THEN 'ікона' END, 'storeroom shelf with a long label ' "
            "|| repeat('lorem ipsum ', 20)) AS t FROM generate_series(1, %s) g) s",
            (N,),
        )
        conn.execute("VACUUM ANALYZE records")
    return dsn


def _pages(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT relpages FROM pg_class WHERE relname = 'records'").fetchone()
    assert row is not None
    return int(row[0])


def _plain(conn: psycopg.Connection, text: str, limit: int) -> list[str]:
    """The first matches as the simplest query gives them, whatever plan it takes (each word
    as the start of a word, as a laptop searches: "inv-19" finds INV-190 too)."""
    query = index.search_query(conn, text)
    if query is None:
        return []
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT record_id FROM records WHERE search @@ %s::tsquery "
            "ORDER BY record_id LIMIT %s",
            (query, limit),
        )
    ]


@pytest.mark.parametrize("text", ["INV-12345", "inv-777 jarre", "ІКОНА", "Jarre", "jarre ікона"])
def test_a_search_reads_a_small_part_of_the_archive(big: str, text: str) -> None:
    """An inventory number walked the whole primary key (PostgreSQL guessed it common), and
    every search read the whole table for the duplicate decisions: now no search reads more
    than a third of the table's pages (the bound, about sqrt(50 × rows) rows, is a third of
    these 20,000 and less than a hundredth of 1,000,000)."""
    with psycopg.connect(big, autocommit=True) as conn:
        traced = Traced(conn)
        found = index.search(traced, text, limit=50)  # type: ignore[arg-type]
        assert found, text
        assert traced.pages < _pages(conn) / 3, (text, traced.pages, _pages(conn))


@pytest.mark.parametrize(
    "text", ["INV-12345", "jarre", "ікона", "Jarre ІКОНА", "lorem", "inv-19", "absent"]
)
@pytest.mark.parametrize("limit", [1, 50, 100])
def test_search_finds_the_first_matches_in_record_order(big: str, text: str, limit: int) -> None:
    with psycopg.connect(big, autocommit=True) as conn:
        found = [r["id"] for r in index.search(conn, text, limit=limit)]
        assert found == _plain(conn, text, limit)


def test_search_leaves_the_callers_settings_as_they_were(big: str) -> None:
    names = ("enable_seqscan", "enable_indexscan", "enable_bitmapscan", "jit")
    with psycopg.connect(big) as conn, conn.transaction():
        before = [conn.execute("SELECT current_setting(%s)", (n,)).fetchone() for n in names]
        assert index.search(conn, "ікона", limit=5) and index.search(conn, "jarre", limit=5)
        after = [conn.execute("SELECT current_setting(%s)", (n,)).fetchone() for n in names]
        assert after == before


def test_init_brings_a_version_4_archive_up_to_the_kind_index(pg_server: PgServer) -> None:  # noqa: F811
    dsn = pg_server.new_database()
    with psycopg.connect(dsn, autocommit=True) as conn:
        schema.create(conn)
        conn.execute("DROP INDEX records_kind")
        conn.execute("UPDATE archive_meta SET value = '4' WHERE key = 'schema_version'")
        schema.create(conn)
        assert conn.execute("SELECT to_regclass('records_kind')").fetchone() == ("records_kind",)
        version = conn.execute(
            "SELECT value FROM archive_meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version == (str(schema.SCHEMA_VERSION),) and json.loads(version[0]) >= 5
