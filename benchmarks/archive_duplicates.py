"""Speed of finding possible duplicates over the archive (issue 23) against a laptop vault.

Usage: python benchmarks/archive_duplicates.py [--objects N] [--runs R] [--db DSN] [--tmp DIR]

Plants N objects (default 20,000; fieldkit/duplicates/planted.py) into a fresh vault with cheap
KDF parameters and fills its photo-hash cache (untimed), then copies the vault's merged view
into an archive index in PostgreSQL as the worker leaves it (``records`` rows of the archive's
schema, the first revision's clock of each record, and ``photo_hashes`` as the worker keeps
them; untimed). Then times ``find_candidates`` on the vault and ``find_archive_candidates`` on
the archive, R runs each (default 3), and checks both report the same pairs, scores and
reasons. Without ``--db`` it starts a PostgreSQL of its own (tests/pgserver.py: Debian's
binaries in a temporary folder). Prints a table and one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import psycopg

from fieldkit.archive import schema
from fieldkit.archive.duplicates import find_archive_candidates
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.duplicates import photo_hash
from fieldkit.duplicates.candidates import Candidate, find_candidates
from fieldkit.duplicates.planted import plant, score_detection
from fieldkit.vault import Vault

FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)


@contextmanager
def _database(dsn: str | None, tmp: Path | None) -> Iterator[str]:
    if dsn:
        yield dsn
        return
    import pgserver

    with tempfile.TemporaryDirectory(dir=tmp) as folder:
        server = pgserver.start(Path(folder))
        try:
            yield server.new_database()
        finally:
            pgserver.stop(server)


def _copy(vault: Vault, conn: psycopg.Connection) -> None:
    """The vault's merged view into the archive's tables, as the worker leaves them."""
    with conn.transaction(), conn.cursor() as cur:
        rows = vault.db.execute(
            "SELECT record_id, kind, head_rev, fields, media, deleted FROM records"
        ).fetchall()
        cur.executemany(
            "INSERT INTO records (record_id, kind, heads, winner, fields, media, deleted, "
            "in_conflict, needs_person, disputed, search) VALUES (%s, %s, ARRAY[%s], %s, %s, "
            "%s, %s, false, false, '{}', ''::tsvector)",
            [(r[0], r[1], r[2], r[2], r[3], r[4], bool(r[5])) for r in rows],
        )
        first = vault.db.execute(
            "SELECT record_id, MIN(hlc), MIN(rev_id) FROM revisions GROUP BY record_id"
        ).fetchall()
        cur.executemany(
            "INSERT INTO revisions (rev_id, record_id, kind, author, hlc, parents, deleted, "
            "canonical, signature, bundle_sha256) VALUES (%s, %s, 'object', '', %s, '{}', "
            "false, '', '', '')",
            [(r[2], r[0], r[1]) for r in first],
        )
        shas = [str(r[0]) for r in vault.db.execute("SELECT sha256 FROM photos")]
        hashes = photo_hash.photo_hashes(vault, shas)
        cur.executemany(
            "INSERT INTO photos (sha256, first_bundle) VALUES (%s, '')", [(s,) for s in shas]
        )
        cur.executemany(
            "INSERT INTO photo_hashes (sha256, algorithm, hashes) VALUES (%s, %s, %s)",
            [(s, photo_hash.ALGORITHM, list(hashes[s]) if s in hashes else None) for s in shas],
        )


def _timed(run: Callable[[], list[Candidate]], runs: int) -> tuple[list[float], list[Candidate]]:
    times: list[float] = []
    found: list[Candidate] = []
    for _ in range(runs):
        started = time.perf_counter()
        found = run()
        times.append(time.perf_counter() - started)
    return times, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", default=None, help="an empty PostgreSQL database")
    parser.add_argument("--tmp", type=Path, default=None)
    args = parser.parse_args()
    if args.runs < 1 or args.objects < 100:
        parser.error("--runs must be at least 1 and --objects at least 100")
    result: dict[str, Any] = {"benchmark": "archive_duplicates"}
    with (
        tempfile.TemporaryDirectory(dir=args.tmp) as folder,
        _database(args.db, args.tmp) as dsn,
        psycopg.connect(dsn, autocommit=True) as conn,
    ):
        vault, _ = Vault.create(Path(folder) / "vault", "benchmark", name="Bench", kdf=FAST_KDF)
        try:
            truth = plant(vault, args.objects, duplicates=args.objects // 20,
                          near_misses=args.objects // 20, thumbnails_only=True)
            find_candidates(vault)  # fills the vault's hash cache (untimed)
            schema.create(conn)
            _copy(vault, conn)
            laptop_s, laptop = _timed(lambda: find_candidates(vault), args.runs)
            archive_s, archive = _timed(lambda: find_archive_candidates(conn), args.runs)
        finally:
            vault.close()
    same = [c.to_json() for c in laptop] == [c.to_json() for c in archive]
    precision, recall, _, _ = score_detection([c.pair for c in archive], truth)
    result.update(
        objects=truth.objects,
        candidates=len(archive),
        same_as_vault=same,
        vault_median_s=round(statistics.median(laptop_s), 3),
        archive_median_s=round(statistics.median(archive_s), 3),
        archive_min_s=round(min(archive_s), 3),
        archive_max_s=round(max(archive_s), 3),
        runs=args.runs,
        precision=round(precision, 3),
        recall=round(recall, 3),
    )
    print(f"{'possible duplicates, ' + format(truth.objects, ',') + ' objects':<44}"
          f"{'seconds':>10}")
    print(f"{'vault (median of ' + str(args.runs) + ')':<44}{statistics.median(laptop_s):>10.2f}")
    print(f"{'archive (median of ' + str(args.runs) + ')':<44}"
          f"{statistics.median(archive_s):>10.2f}")
    print(f"same pairs, scores and reasons: {same}; candidates {len(archive):,}; "
          f"precision {precision:.3f}, recall {recall:.3f}")
    print(json.dumps(result))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
