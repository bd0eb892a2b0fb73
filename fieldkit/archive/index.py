"""Revisions into PostgreSQL and the view of each record out of them — by the core's rules.

The archive does not decide anything about merging: a record's view is
:func:`fieldkit.records.merge.view_of` over the revisions held, exactly as a laptop vault
computes it, so for the same set of revisions both show the same heads, conflict flags and
automatic merge. What this module adds is storage: revisions as a set (``ON CONFLICT DO
NOTHING``), and the per-record lock under which a record's view is recomputed.

Locking: a record's revisions are inserted and its view recomputed while holding a transaction
advisory lock on the record's stripe (one of ``STRIPES``, taken in ascending order, so two
workers never deadlock). Under READ COMMITTED every statement sees what committed before it,
so whichever worker takes a stripe second recomputes with the first worker's revisions in:
the last view written always covers every revision committed.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg

from fieldkit.records.fields import text_of
from fieldkit.records.merge import History, view_of
from fieldkit.records.revision import Revision
from fieldkit.records.search import query_words
from fieldkit.records.search import spellings as laptop_spellings
from fieldkit.records.search_fold import fold_search_text

STRIPES = 4096
_LOCK_CLASS = 7216


def stripe(record_id: str) -> int:
    return zlib.crc32(record_id.encode("utf-8")) % STRIPES


def lock_records(conn: psycopg.Connection, record_ids: Iterable[str]) -> None:
    """Take the stripes of these records, in ascending order (inside the caller's transaction)."""
    for s in sorted({stripe(r) for r in record_ids}):
        conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, s))


def fold(text: str) -> str:
    """What search compares besides unaccent(): the laptop's folding (Arabic marks removed,
    every apostrophe the ASCII one: records.search_fold), then case folded, so the archive finds
    what the laptops find. Rows stored before take it at the upgrade to schema version 6
    (schema.refresh_search)."""
    return fold_search_text(text).casefold()


def words(text: str) -> str:
    """The text search compares: the laptop's words of ``text`` (records.search.query_words,
    after :func:`fold`), case folded and one space apart. PostgreSQL's parser keeps "12.5",
    "x1.2.3", an e-mail address or "-4" whole, where a laptop reads words ("12" and "5");
    given the laptop's words, it reads each as one lexeme, so « ١٢٫٥ », « 12,5 » and « 12.5 »
    are the same two numbers on both sides (r14 archivefix's notes). Rows stored before take
    it at the upgrade to schema version 7 (schema.refresh_search)."""
    return " ".join(query_words(text)).casefold()


def search_text(fields: dict[str, Any], media: Sequence[Any]) -> str:
    """What a record's search matches, as on a laptop (records.search.search_body, without its
    kind token): its fields' text as the laptop's index takes it (fields.text_of: measurements'
    values too) and its photos' captions."""
    captions = [str(m.get("caption") or "") for m in media if isinstance(m, dict)]
    return words("\n".join([text_of(fields), *captions]))


def spellings(word: str) -> list[str]:
    """The lexemes a typed lexeme stands for: the laptop's own (records.search.spellings: the
    word first, an Arabic word with its first alef written with or without hamza or madda and
    its final ة/ه, ى/ي either way, a number in each script of digits), so that « ابريق » finds
    « إبريق نحاسي » and « ١٢ » finds 12 here as on the laptop (r14 UI trial 2 #7).

    A number in ASCII is also looked up with a minus sign: rows indexed before schema version
    7 hold PostgreSQL's reading of "EV-4" ("ev", "-4"), and the upgrade's refresh goes through
    them in batches while the archive is in use. Rows indexed since hold no such lexeme (the
    laptop's words have no sign), so the extra spelling finds nothing more there."""
    out: list[str] = []
    for spelt in laptop_spellings(word):
        for lexeme in (spelt, "-" + spelt) if spelt.isascii() and spelt.isdecimal() else (spelt,):
            if lexeme not in out:
                out.append(lexeme)
    return out


def _prefix(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "':*"


def search_query(conn: psycopg.Connection, text: str) -> str | None:
    """A tsquery (its text) for what a person typed, as a laptop's search takes it
    (records.search.search_expression): every word must match, as the start of a word, in
    any of its spellings (:func:`spellings`). The words are the laptop's (:func:`words`) as
    PostgreSQL's parser and unaccent() read them, the way that filled ``search`` ("EV-4.5":
    "ev", "4", "5"), each made a prefix; None when there is no word. Built from lexemes,
    never from the typed text, so no tsquery operator or quote that someone typed reaches the
    query."""
    row = conn.execute(
        "SELECT tsvector_to_array(to_tsvector('simple', unaccent(%s)))", (words(text),)
    ).fetchone()
    lexemes = [str(w) for w in (row[0] if row else None) or []]
    if not lexemes:
        return None
    terms = []
    for word in lexemes:
        spelt = spellings(word)
        terms.append(
            _prefix(word) if len(spelt) == 1 else "(" + " | ".join(map(_prefix, spelt)) + ")"
        )
    return " & ".join(terms)


_BATCH = 500
_INSERT_REVISION = (
    "INSERT INTO revisions (rev_id, record_id, kind, author, hlc, parents, deleted, "
    "canonical, signature, bundle_sha256) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (rev_id) DO NOTHING RETURNING rev_id"
)
_UPSERT_RECORD = (
    "INSERT INTO records (record_id, kind, heads, winner, base, fields, media, deleted, "
    "in_conflict, needs_person, disputed, search) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
    "%s, %s, %s, to_tsvector('simple', unaccent(%s))) "
    "ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, heads = excluded.heads, "
    "winner = excluded.winner, base = excluded.base, fields = excluded.fields, "
    "media = excluded.media, deleted = excluded.deleted, in_conflict = excluded.in_conflict, "
    "needs_person = excluded.needs_person, disputed = excluded.disputed, "
    "search = excluded.search"
)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def insert_revisions(
    conn: psycopg.Connection, revisions: list[Revision], bundle_sha256: str
) -> set[str]:
    """Add verified revisions (a set union); returns the ids that were new here."""
    new: set[str] = set()
    for chunk in _chunks(revisions, _BATCH):
        with conn.cursor() as cur:
            cur.executemany(
                _INSERT_REVISION,
                [
                    (
                        r.rev_id,
                        r.record_id,
                        r.kind,
                        r.author,
                        r.hlc,
                        list(r.parents),
                        r.deleted,
                        r.canonical(),
                        r.signature,
                        bundle_sha256,
                    )
                    for r in chunk
                ],
                returning=True,
            )
            while True:
                row = cur.fetchone()
                if row is not None:
                    new.add(str(row[0]))
                if not cur.nextset():
                    break
        links = [(r.rev_id, p) for r in chunk if r.rev_id in new for p in r.parents]
        if links:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO revision_parents VALUES (%s, %s) ON CONFLICT DO NOTHING", links
                )
    return new


def insert_revision(conn: psycopg.Connection, rev: Revision, bundle_sha256: str) -> bool:
    """Add one verified revision (False when it was held already)."""
    return bool(insert_revisions(conn, [rev], bundle_sha256))


class VaultQueries:
    """The core's queries on held revisions (written for the vault's SQLite: ``?``
    placeholders), answered from the archive's tables, which have the same names and columns
    (``revisions``, ``revision_parents``). So the archive runs the core's own rules that read
    history (the handover-acceptance check) instead of a copy of them."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[Any]:
        return self._conn.execute(
            sql.replace("%", "%%").replace("?", "%s"),
            tuple(parameters),
        )


def history(conn: psycopg.Connection, record_id: str) -> History:
    return histories(conn, [record_id]).get(record_id, History())


def histories(conn: psycopg.Connection, record_ids: list[str]) -> dict[str, History]:
    held: dict[str, History] = {}
    for record_id, canonical, signature in conn.execute(
        "SELECT record_id, canonical, signature FROM revisions WHERE record_id = ANY(%s)",
        (record_ids,),
    ):
        held.setdefault(record_id, History()).add(
            Revision.from_canonical(bytes(canonical), bytes(signature))
        )
    return held


def refresh_many(conn: psycopg.Connection, record_ids: Iterable[str]) -> int:
    """Recompute these records' rows from every revision held (the caller holds their
    stripes); returns how many are in conflict."""
    conflicts = 0
    for chunk in _chunks(sorted(set(record_ids)), _BATCH):
        rows = []
        for record_id, held in sorted(histories(conn, chunk).items()):
            view = view_of(held)
            if view is None:
                continue
            conflicts += view.in_conflict
            rows.append(
                (
                    record_id,
                    held.revisions[view.winner].kind,
                    list(view.heads),
                    view.winner,
                    view.base,
                    json.dumps(view.fields, ensure_ascii=False),
                    json.dumps(view.media, ensure_ascii=False),
                    view.deleted,
                    view.in_conflict,
                    view.needs_person,
                    list(view.disputed),
                    search_text(view.fields, view.media),
                )
            )
        if rows:
            with conn.cursor() as cur:
                cur.executemany(_UPSERT_RECORD, rows)
    return conflicts


def refresh(conn: psycopg.Connection, record_id: str) -> bool:
    """Recompute one record's row (caller holds its stripe); whether it is in conflict."""
    return refresh_many(conn, [record_id]) > 0


# The first matches in record order are found one of two ways, each bounded, and which one is
# decided by counting the matches (up to a cap) first, not by the planner's guess: PostgreSQL
# knows the frequency of a word only when it is among the column's most common ones, and takes
# any other (an inventory number, a rare word) to match a fixed share of the rows, up to a few
# thousand at 1,000,000 records. Trusting that guess, it walked the whole primary key looking
# for the one record holding an inventory number (1,000,000 rows read, seconds). So:
# - few matches (at most ``cap``): the full-text index gives all their ids (read once, counted
#   and sorted), then the first ``limit`` records are read by id;
# - many matches: the primary key is walked in order and stops at the ``limit``-th match,
#   after about limit * rows / matches rows, fewer than ``cap``.
# ``cap`` = sqrt(limit * rows) balances the two: neither reads more than about ``cap`` rows.
# The matches' ids (up to cap + 1), read once: how many, and the first ``limit`` of them.
_FEW_MATCHES = (
    "WITH m AS MATERIALIZED (SELECT record_id FROM records "
    "WHERE search @@ %s::tsquery AND NOT deleted LIMIT %s) "
    "SELECT (SELECT count(*) FROM m), ARRAY(SELECT record_id FROM m ORDER BY record_id LIMIT %s)"
)
# PostgreSQL's guess of how many records match (planning only, nothing read).
_GUESS = "EXPLAIN (FORMAT JSON) SELECT 1 FROM records WHERE search @@ %s::tsquery AND NOT deleted"
# The first matches among the first ``budget`` records in record order (at most that many read).
_WALK_SOME = (
    "SELECT record_id, kind, winner, fields, in_conflict, deleted FROM "
    "(SELECT * FROM records ORDER BY record_id LIMIT %s) r "
    "WHERE search @@ %s::tsquery AND NOT deleted "
    "ORDER BY record_id LIMIT %s"
)
_BY_IDS = (
    "SELECT record_id, kind, winner, fields, in_conflict, deleted FROM records "
    "WHERE record_id = ANY(%s) ORDER BY record_id"
)
_FIRST_MATCHES = (
    "SELECT record_id, kind, winner, fields, in_conflict, deleted FROM records "
    "WHERE search @@ %s::tsquery AND NOT deleted "
    "ORDER BY record_id LIMIT %s"
)
# Which of the records merged into another object match, deleted or not: a merged record is
# a tombstone, found as the object it was merged into (``merged_from``), as before.
_MERGED_HITS = (
    "SELECT record_id, deleted FROM records WHERE record_id = ANY(%s) "
    "AND search @@ %s::tsquery ORDER BY record_id"
)
# How many records match (not deleted), counted up to COUNT_CAP + 1 only: a common word among
# 1,000,000 records would otherwise read every match (the list reads about sqrt(limit * rows)
# rows at most).
COUNT_CAP = 1000
_COUNT = (
    "SELECT count(*) FROM (SELECT 1 FROM records WHERE search @@ %s::tsquery "
    "AND NOT deleted LIMIT %s) m"
)
# Plans forced for each way (restored after): only the full-text index's bitmap for the count
# and the few matches; only the primary key's walk for the many. Never prepared: a prepared
# statement's cached plan is kept whatever the settings (it walked the key for a rare word).
# No JIT and no parallel workers: the walk's estimated cost is that of the whole key, so
# PostgreSQL compiled it (300 ms at 1,000,000 records) and started workers for a walk that
# stops after a few thousand rows.
_QUICK = {"jit": "off", "max_parallel_workers_per_gather": "0"}
_BY_TEXT_INDEX = {"enable_seqscan": "off", "enable_indexscan": "off", **_QUICK}
_BY_RECORD_ORDER = {"enable_seqscan": "off", "enable_bitmapscan": "off", **_QUICK}


def _first_matches(conn: psycopg.Connection, folded: str, limit: int) -> list[Any]:
    """The ``limit`` first records (by record_id), deleted ones left out as on a laptop,
    whose search text matches the tsquery ``folded``."""
    row = conn.execute("SELECT reltuples FROM pg_class WHERE oid = 'records'::regclass").fetchone()
    rows = max(float(row[0]) if row else 0.0, 1.0)  # -1 before the first ANALYZE
    cap = max(int((limit * rows) ** 0.5), limit)
    with conn.transaction():
        # Words PostgreSQL knows to be common (its guess is then its statistics', not a fixed
        # share): walk the record order at once, within twice the rows the guess says the
        # first ``limit`` matches take, so counting them first is spared. Words seldom together
        # can be guessed common and match nothing: past the budget (at most 2 * cap rows),
        # they are counted as any other.
        plan = conn.execute(_GUESS, (folded,), prepare=False).fetchone()
        guess = float(plan[0][0]["Plan"]["Plan Rows"]) if plan else 0.0
        if guess >= cap:
            budget = int(2 * limit * rows / guess) + limit
            with _planner(conn, _BY_RECORD_ORDER):
                walked = conn.execute(_WALK_SOME, (budget, folded, limit), prepare=False).fetchall()
            if len(walked) == limit:
                return walked
        with _planner(conn, _BY_TEXT_INDEX):
            few = conn.execute(_FEW_MATCHES, (folded, cap + 1, limit), prepare=False).fetchone()
        if few is not None and int(few[0]) <= cap:
            return conn.execute(_BY_IDS, (list(few[1]),)).fetchall()
        with _planner(conn, _BY_RECORD_ORDER):
            return conn.execute(_FIRST_MATCHES, (folded, limit), prepare=False).fetchall()


class _planner:
    """Planner settings for the statements inside (the caller's transaction), then the ones
    before put back, so nothing leaks into a transaction the caller goes on using."""

    def __init__(self, conn: psycopg.Connection, settings: dict[str, str]) -> None:
        self._conn = conn
        self._settings = settings
        self._before: dict[str, str] = {}

    def __enter__(self) -> None:
        for name, value in self._settings.items():
            row = self._conn.execute(
                "SELECT current_setting(%s), set_config(%s, %s, true)", (name, name, value)
            ).fetchone()
            self._before[name] = str(row[0]) if row else "on"

    def __exit__(self, *exc: object) -> None:
        if self._conn.info.transaction_status == psycopg.pq.TransactionStatus.INERROR:
            return  # the transaction is rolled back, and its settings with it
        for name, value in self._before.items():
            self._conn.execute("SELECT set_config(%s, %s, true)", (name, value))


_HIT_KEYS = ("id", "kind", "head_rev", "fields", "in_conflict", "deleted")


def _hit(row: Sequence[Any]) -> dict[str, Any]:
    """A search result from a row of the statements above (``record_id, kind, winner, …``): a
    match, or the object a matching merged record was merged into."""
    return dict(zip(_HIT_KEYS, row, strict=True))


def search(conn: psycopg.Connection, text: str, limit: int = 100) -> list[dict[str, Any]]:
    """Records whose merged view holds every word of ``text`` at the start of one of its
    words (fields and photo captions, any script, accents ignored), deleted records left
    out: what a laptop's search finds.

    An object merged into another (a *same object* decision, fieldkit.duplicates) is found as
    the object it was merged into, as on a laptop: that object is listed once, with
    ``merged_from`` naming the merged records that matched."""
    return _search(conn, text, limit)[0]


def search_counted(
    conn: psycopg.Connection, text: str, limit: int = 100
) -> tuple[list[dict[str, Any]], int]:
    """:func:`search`, and how many records match in all (more than listed when the list
    was cut at ``limit``; COUNT_CAP + 1: more than COUNT_CAP). Counted only when it was
    cut."""
    listed, cut, query, links = _search(conn, text, limit)
    if not cut or query is None:
        return listed, len(listed)
    return listed, _count(conn, query, links)


def _search(
    conn: psycopg.Connection, text: str, limit: int
) -> tuple[list[dict[str, Any]], bool, str | None, dict[str, str]]:
    """The records listed, whether ``limit`` cut the matches, the query, the merged links."""
    query = search_query(conn, text)
    if query is None:
        return [], False, None, {}
    rows = _first_matches(conn, query, limit)
    found = {r[0]: _hit(r) for r in rows}
    links = merged_objects(conn)
    merged = {rid: c for rid, c in links.items() if rid in found}
    if links:
        for r in conn.execute(_MERGED_HITS, (sorted(links), query)):
            merged[str(r[0])] = links[str(r[0])]
    missing = sorted({c for c in merged.values() if c not in found})
    if missing:
        for r in conn.execute(_BY_IDS, (missing,)):
            if not r[5]:  # a deleted object lists nothing merged into it either
                found[r[0]] = _hit(r)
    for rid, canonical in sorted(merged.items()):
        found.pop(rid, None)
        if canonical in found:
            found[canonical].setdefault("merged_from", []).append(rid)
    return [found[k] for k in sorted(found)], len(rows) >= limit, query, links


def _count(conn: psycopg.Connection, query: str, links: dict[str, str]) -> int:
    """How many results the whole search has: the matches, each merged record counted as
    the object it was merged into (once, and only if that object is not deleted); more than
    COUNT_CAP: COUNT_CAP + 1."""
    row = conn.execute(_COUNT, (query, COUNT_CAP + 1)).fetchone()
    matches = int(row[0]) if row else 0
    if matches > COUNT_CAP:
        return COUNT_CAP + 1
    merged = conn.execute(_MERGED_HITS, (sorted(links), query)).fetchall() if links else []
    if not merged:
        return matches
    counted = sum(1 for _rid, deleted in merged if not deleted)  # among ``matches``
    into = sorted({links[str(rid)] for rid, _deleted in merged})
    shown = {
        str(r[0])
        for r in conn.execute(
            "SELECT record_id FROM records WHERE record_id = ANY(%s) AND NOT deleted", (into,)
        )
    }
    matching = {
        str(r[0])
        for r in conn.execute(
            "SELECT record_id FROM records WHERE record_id = ANY(%s) "
            "AND search @@ %s::tsquery AND NOT deleted",
            (into, query),
        )
    }
    return matches - counted + len(shown - matching)


def merged_objects(conn: psycopg.Connection) -> dict[str, str]:
    """{merged object id: the object it was merged into}, derived from the duplicate decisions
    the archive holds by the core's own rules (fieldkit.duplicates.links), as a laptop derives
    its ``duplicate_links`` table."""
    from fieldkit.duplicates import links

    from .duplicates import decisions as held_decisions

    decisions = held_decisions(conn, live_only=False)
    if not decisions:
        return {}
    ids = sorted({x for d in decisions for x in (d.a, d.b) if x})
    views = {
        str(rid): (str(kind), bool(deleted) or bool(conflict))
        for rid, kind, deleted, conflict in conn.execute(
            "SELECT record_id, kind, deleted, in_conflict FROM records WHERE record_id = ANY(%s)",
            (ids,),
        )
    }
    derived = links.derive_links(links.linkable_with(decisions, views))
    return {b: canonical for b, (canonical, _decision) in derived.items()}


def view_checksum(conn: psycopg.Connection) -> str:
    """SHA-256 over every record's heads, winner, conflict flags and merged fields and photos."""
    digest = hashlib.sha256()
    for row in conn.execute(
        "SELECT record_id, kind, heads, winner, fields::text, media::text, deleted, "
        "in_conflict, needs_person, disputed FROM records ORDER BY record_id"
    ):
        digest.update(json.dumps(list(row), ensure_ascii=False, sort_keys=True).encode())
        digest.update(b"\n")
    return digest.hexdigest()
