"""The programme archive's ingest with 1 and 2 workers, and its search (SPEC §15, issue 21).

Usage: python benchmarks/archive_ingest.py [--bundles N] [--records N] [--photo-mb MB]
                                           [--laptops N] [--workers 1,2] [--search-records N]
                                           [--issue-scale] [--quick] [--search-only]
                                           [--json FILE]

Defaults are small (16 bundles, 4,000 records, 40 MB of photos: about a minute). The issue's
figures: ``--issue-scale``, the same as ``--bundles 200 --records 100000 --photo-mb 2000
--workers 1,2 --search-records 1000000`` (13 minutes on a shared 2-core machine under load,
3 of them building the laptops' bundles; about 10 GB free in the temporary folder needed).

Setup (not timed): a real PostgreSQL (tests/pgserver.py) and SeaweedFS (tests/s3server.py) in
temporary folders; ``--laptops`` field vaults (cheap KDF) that create the records in batches
(object records, Latin/Arabic/Cyrillic titles) and photos (12 MP JPEGs as bundle_speed makes
them, each made unique by a JPEG comment), each batch exported as one delta bundle to the
archive's coordinator vault, until ``--bundles`` bundles exist.

Measured, for each worker count W in ``--workers`` (a fresh database and bucket prefix each):
1. ``ingest``: ``fieldkit archive ingest`` of every bundle file (hash, PUT with object lock,
   enqueue): seconds, MB/s;
2. ``merge``: W ``fieldkit archive worker --burst`` processes started together (each with its
   own copy of the archive's vault, as on separate hosts) until all exit: seconds, records/s,
   MB/s of bundles, and per-stage seconds summed over jobs (fetch, verify, photos, merge) from
   the audit trail;
3. ``search``: p50/p95 of 200 ``index.search`` queries over the archive, as people type them
   (search_queries: one or two words of the demo generator's pools, in French, English, Arabic
   and Ukrainian, and one in five an inventory number that exists); with ``--search-records
   N`` also over N synthetic records (the same fields: synthetic_fields) written straight into
   ``records``. ``--search-only`` skips the ingest: only the search over N records.
4. ``export``: ``fieldkit archive export --plain`` of the whole archive (revisions streamed from
   PostgreSQL, photos from S3): seconds, MB/s, the process's peak RSS (``/usr/bin/time``) and
   how much the worker host's vault grew (nothing is copied into it).
Prints a table and, last, one line of JSON.

Limit: the SeaweedFS of tests/s3server.py holds at most ``MAX_VOLUMES`` volumes of ``VOLUME_MB``
(400 × 32 MB, about 12 GB: bundles, their photos encrypted again, versions); past that its PUTs
fail and the jobs are retried, then quarantined.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

PASSPHRASE = "benchmark passphrase not secret"  # noqa: S105 - cheap test vaults


def _row(i: int) -> dict[str, Any]:
    """The laptops' record ``i``: the same as the synthetic index's (demo words, every script)."""
    return synthetic_fields(i, _demo_pools())


def build(tmp: Path, bundles: int, records: int, photo_mb: float, laptops: int) -> dict[str, Any]:
    from bundle_speed import base_jpegs, with_comment

    from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
    from fieldkit.crypto.kdf import Argon2Params
    from fieldkit.identity import own, trust
    from fieldkit.identity.card import card_bytes, make_card, parse_card
    from fieldkit.records import fields as F
    from fieldkit.records.service import PhotoInput, Records
    from fieldkit.vault import Vault

    kdf = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
    archive, _ = Vault.create(
        tmp / "archive", PASSPHRASE, name="archive", role="coordinator", kdf=kdf
    )
    archive_card = parse_card(card_bytes(make_card(own.load(archive.db))))
    senders = []
    for n in range(laptops):
        v, _ = Vault.create(tmp / f"laptop{n}", PASSPHRASE, name=f"laptop{n}", kdf=kdf)
        card = parse_card(card_bytes(make_card(own.load(v.db))))
        with v.transaction() as db:
            trust.add(db, archive_card, verified=True)
        with archive.transaction() as db:
            trust.add(db, card, verified=True)
        senders.append(v)
    archive.close()
    jpegs = base_jpegs() if photo_mb > 0 else []
    photo_budget = int(photo_mb * 1e6)
    per_bundle_records = max(1, records // bundles)
    # Photos are several MB each: each bundle takes photos while the running total stays
    # within its share of the budget so far, so the total is --photo-mb (not up to one photo
    # per bundle more, which at 200 bundles of 10 MB was 40 % over).
    photo_bytes = 0
    files: list[Path] = []
    made = 0
    for b in range(bundles):
        vault = senders[b % laptops]
        recs = Records(vault)
        rows = [F.clean_fields(F.OBJECT, _row(made + i)) for i in range(per_bundle_records)]
        made += len(rows)
        recs.create_many(F.OBJECT, rows[1:])
        photos = []
        until = photo_budget * (b + 1) // bundles
        while jpegs:
            data = with_comment(jpegs[(b + len(photos)) % len(jpegs)], f"b{b}-p{len(photos)}")
            if photo_bytes + len(data) > until:
                break
            photos.append(PhotoInput(data))
            photo_bytes += len(data)
        recs.create(F.OBJECT, rows[0], photos=photos)
        out = tmp / f"b{b:04d}.fkb"
        result = export_bundles(
            vault,
            out,
            ExportOptions(recipients=[Recipient.from_card(archive_card)], mode="since_last"),
        )
        files.extend(x.path for x in result.bundles)
    for v in senders:
        v.close()
    return {"files": files, "records": made, "photo_bytes": photo_bytes, "archive": tmp / "archive"}


def cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "fieldkit", "archive", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return done.stdout


def run_once(workers: int, data: dict[str, Any], pg: Any, s3: Any, tmp: Path) -> dict[str, Any]:
    import psycopg

    from fieldkit.archive import index

    dsn = pg.new_database()
    prefix = f"s3://{s3.shared_bucket()}/w{workers}-{os.urandom(3).hex()}"
    hosts = []
    for h in range(workers):
        dest = tmp / f"host{workers}-{h}"
        shutil.copytree(data["archive"], dest)
        (dest / "vault.lock").unlink(missing_ok=True)
        hosts.append(dest)
    base = dict(
        os.environ,
        FIELDKIT_ARCHIVE_DB=dsn,
        FIELDKIT_ARCHIVE_S3=prefix,
        FIELDKIT_ARCHIVE_ENDPOINT=s3.endpoint,
        FIELDKIT_ARCHIVE_RETENTION_DAYS="1",
        AWS_ACCESS_KEY_ID=s3.access_key,
        AWS_SECRET_ACCESS_KEY=s3.secret_key,
        FIELDKIT_PASSPHRASE=PASSPHRASE,
    )
    envs = [dict(base, FIELDKIT_VAULT=str(h)) for h in hosts]
    cli(envs[0], "init")
    size = sum(f.stat().st_size for f in data["files"])
    t0 = time.perf_counter()
    cli(envs[0], "ingest", *map(str, data["files"]))
    ingest_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "fieldkit", "archive", "worker", "--burst"],
            env=e,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for e in envs
    ]
    for p in procs:
        _, err = p.communicate()
        if p.returncode:
            raise RuntimeError(err.decode()[-2000:])
    merge_s = time.perf_counter() - t0
    status = json.loads(cli(envs[0], "status", "--json"))
    stages: dict[str, float] = {}
    with psycopg.connect(dsn) as conn:
        for (details,) in conn.execute("SELECT details FROM audit WHERE event = 'merged'"):
            for k, v in details.get("seconds", {}).items():
                stages[k] = stages.get(k, 0.0) + v
        times = []
        for q in search_queries(_demo_pools(), 200, data["records"], seed=7):
            t = time.perf_counter()
            index.search(conn, q, limit=50)
            times.append(time.perf_counter() - t)
    times.sort()
    export = export_once(envs[0], hosts[0], tmp / f"export-w{workers}.fkb")
    return {
        **export,
        "workers": workers,
        "bundles": status["bundles"],
        "revisions": status["revisions"],
        "failed": status["failed"],
        "bundle_mb": size / 1e6,
        "ingest_s": ingest_s,
        "ingest_mb_s": size / 1e6 / ingest_s,
        "merge_s": merge_s,
        "records_per_s": status["revisions"] / merge_s,
        "merge_mb_s": size / 1e6 / merge_s,
        "stage_s": {k: round(v, 2) for k, v in stages.items()},
        "search_p50_ms": 1000 * statistics.median(times),
        "search_p95_ms": 1000 * times[int(0.95 * len(times)) - 1],
        "dsn": dsn,
    }


def _tree_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def export_once(env: dict[str, str], host: Path, out: Path) -> dict[str, Any]:
    """`archive export` of everything, timed, with its peak memory and the vault's growth."""
    before = _tree_bytes(host)
    rss = out.with_suffix(".rss")
    timer = ["/usr/bin/time", "-f", "%M", "-o", str(rss)] if Path("/usr/bin/time").exists() else []
    command = [*timer, sys.executable, "-m", "fieldkit", "archive", "export", "-o", str(out)]
    t0 = time.perf_counter()
    done = subprocess.run([*command, "--plain"], env=env, capture_output=True, text=True)
    export_s = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    files = [f for f in out.parent.iterdir() if f.name.startswith(out.stem) and f.suffix == ".fkb"]
    size = sum(f.stat().st_size for f in files)
    for f in files:
        f.unlink()
    peak = int(rss.read_text().split()[-1]) / 1024 if rss.exists() else None
    return {
        "export_s": export_s,
        "export_mb_s": size / 1e6 / export_s,
        "export_mb": size / 1e6,
        "export_peak_rss_mb": peak,
        "export_vault_growth_mb": (_tree_bytes(host) - before) / 1e6,
    }


@functools.cache
def _demo_pools() -> dict[str, Any]:
    """The demo generator's words (fieldkit.demo.texts) in every language it writes: object
    types, titles, materials and descriptions per archetype, and each institution's inventory
    number format, so the synthetic index holds the text a real archive holds."""
    from fieldkit.demo import texts

    def every(pool: dict[str, tuple[str, ...]]) -> list[str]:
        return [p for lang in sorted(pool) for p in pool[lang]]

    return {
        "types": [t for a in texts.ARCHETYPES.values() for t in a.object_type.values()],
        "titles": [t for a in texts.ARCHETYPES.values() for t in every(a.titles)],
        "materials": [m for a in texts.ARCHETYPES.values() for m in every(a.materials)],
        "descriptions": [d for a in texts.ARCHETYPES.values() for d in every(a.descriptions)],
        "inventory": [i.inventory for i in texts.INSTITUTIONS],
    }


def synthetic_fields(i: int, pools: dict[str, Any]) -> dict[str, Any]:
    """Record ``i`` of the synthetic index: fields as a laptop's object record holds them."""
    rnd = random.Random(i)
    return {
        "inventory_number": rnd.choice(pools["inventory"]).format(n=i, year=1990 + i % 30),
        "title": rnd.choice(pools["titles"]),
        "object_type": rnd.choice(pools["types"]),
        "materials_techniques": rnd.choice(pools["materials"]),
        "description": rnd.choice(pools["descriptions"]),
        "status": "in_storage",
    }


def search_queries(pools: dict[str, Any], n: int, records: int, seed: int = 3) -> list[str]:
    """What people type: one or two words of the pools (any script, accents as written, case
    as typed) and, one query in five, an inventory number that exists."""
    from fieldkit.archive.index import fold

    rnd = random.Random(seed)
    words = sorted(
        {
            w.strip(".,;:()«»\"'")
            for group in ("titles", "materials", "types")
            for phrase in pools[group]
            for w in fold(phrase).split()
        }
        - {""}
    )
    words = [w for w in words if len(w) > 3]
    queries = []
    for q in range(n):
        if q % 5 == 4:
            i = rnd.randrange(records)
            queries.append(synthetic_fields(i, pools)["inventory_number"])
        elif q % 5 == 3:
            title = rnd.choice(pools["titles"]).split()
            k = rnd.randrange(max(1, len(title) - 1))
            queries.append(" ".join(title[k : k + 2]))
        else:
            queries.append(rnd.choice(words))
    return queries


def search_at_scale(pg: Any, n: int, queries: int = 200) -> dict[str, Any]:
    """Search p50/p95 over ``n`` synthetic records written into a fresh index as a worker writes
    them (the merged view's fields, its search text folded by index.fold): demo words in every
    script and real-looking inventory numbers; ``queries`` searches as people type them."""
    import psycopg

    from fieldkit.archive import index, schema

    dsn = pg.new_database()
    pools = _demo_pools()
    with psycopg.connect(dsn, autocommit=True) as conn:
        schema.create(conn)
        t0 = time.perf_counter()
        load_synthetic(conn, n, pools)
        load_s = time.perf_counter() - t0
        asked = search_queries(pools, queries, n)
        times = []
        found = 0
        for q in asked:
            t = time.perf_counter()
            found += len(index.search(conn, q, limit=50))
            times.append(time.perf_counter() - t)
    times.sort()
    return {
        "records": n,
        "load_s": load_s,
        "queries": len(asked),
        "found_per_query": found / len(asked),
        "search_p50_ms": 1000 * statistics.median(times),
        "search_p95_ms": 1000 * times[int(0.95 * len(times)) - 1],
        "dsn": dsn,
    }


def load_synthetic(conn: Any, n: int, pools: dict[str, Any], batch: int = 50_000) -> None:
    """``n`` records into ``records`` (COPY to a staging table, then the search text's tsvector
    as index._UPSERT_RECORD makes it), then VACUUM ANALYZE as autovacuum would, so the planner
    knows the words."""
    from fieldkit.archive import index

    conn.execute(
        "CREATE TEMP TABLE staged (record_id text, fields jsonb, text text) ON COMMIT PRESERVE ROWS"
    )
    for lo in range(0, n, batch):
        with conn.cursor().copy("COPY staged FROM STDIN") as copy:
            for i in range(lo, min(n, lo + batch)):
                f = synthetic_fields(i, pools)
                copy.write_row(
                    (
                        str(uuid.UUID(int=random.Random(-i).getrandbits(128), version=4)),
                        json.dumps(f, ensure_ascii=False),
                        index.fold(" ".join(index._strings(f))),
                    )
                )
        conn.execute(
            "INSERT INTO records (record_id, kind, heads, winner, base, fields, media, "
            "deleted, in_conflict, needs_person, disputed, search) SELECT record_id, 'object', "
            "ARRAY['h' || record_id], 'h' || record_id, NULL, fields, '[]', false, false, "
            "false, '{}', to_tsvector('simple', unaccent(text)) FROM staged"
        )
        conn.execute("TRUNCATE staged")
    conn.execute("DROP TABLE staged")
    conn.execute("VACUUM ANALYZE records")


def search_only(records: int, json_file: str | None) -> int:
    import pgserver

    with pgserver.running() as pg:
        s = search_at_scale(pg, records)
    s.pop("dsn")
    print(
        f"search over {s['records']} records: p50 {s['search_p50_ms']:.1f} ms, "
        f"p95 {s['search_p95_ms']:.1f} ms ({s['queries']} queries: demo words in every script "
        f"and inventory numbers, {s['found_per_query']:.0f} found each on average; "
        f"load {s['load_s']:.0f} s)"
    )
    line = json.dumps({"search_at_scale": s})
    if json_file:
        Path(json_file).write_text(line + "\n")
    print(line)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundles", type=int, default=16)
    ap.add_argument("--records", type=int, default=4000)
    ap.add_argument("--photo-mb", type=float, default=40)
    ap.add_argument("--laptops", type=int, default=4)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--search-records", type=int, default=0)
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument(
        "--search-only",
        action="store_true",
        help="no bundles, no ingest: only the search over --search-records synthetic records "
        "(default 1,000,000)",
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="a smoke run: 4 bundles, 400 records, a few photos, 2 laptops, 1 worker",
    )
    ap.add_argument(
        "--issue-scale",
        action="store_true",
        help="issue 21's figures: 200 bundles, 100,000 records, 2 GB of photos, "
        "1 and 2 workers, search over 1,000,000 records",
    )
    args = ap.parse_args()
    if args.issue_scale:
        args.bundles, args.records, args.photo_mb = 200, 100_000, 2000.0
        args.workers, args.search_records = "1,2", 1_000_000
    if args.search_only:
        args.search_records = args.search_records or 1_000_000
        return search_only(args.search_records, args.json)
    if args.quick:
        args.bundles, args.records, args.photo_mb, args.laptops = 4, 400, 20.0, 2
        args.workers, args.search_records = "1", 0

    import pgserver
    import s3server

    tmp = Path(tempfile.mkdtemp(prefix="fk-archive-bench-"))
    try:
        t0 = time.perf_counter()
        data = build(tmp, args.bundles, args.records, args.photo_mb, args.laptops)
        setup_s = time.perf_counter() - t0
        results: dict[str, Any] = {
            "setup_s": setup_s,
            "records": data["records"],
            "photo_mb": data["photo_bytes"] / 1e6,
            "bundle_files": len(data["files"]),
            "runs": [],
        }
        with pgserver.running() as pg, s3server.running() as s3:
            for w in (int(x) for x in args.workers.split(",")):
                run = run_once(w, data, pg, s3, tmp)
                run.pop("dsn")
                results["runs"].append(run)
            if args.search_records:
                scale = search_at_scale(pg, args.search_records)
                scale.pop("dsn")
                results["search_at_scale"] = scale
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(
        f"{results['bundle_files']} bundles, {results['records']} records, "
        f"{results['photo_mb']:.0f} MB photos (setup {setup_s:.0f} s, not timed)"
    )
    print(
        f"{'workers':>7} {'ingest s':>9} {'MB/s':>7} {'merge s':>8} {'rec/s':>8} {'MB/s':>7} "
        f"{'p50 ms':>7} {'p95 ms':>7}  stages (s, summed over jobs)"
    )
    for r in results["runs"]:
        print(
            f"{r['workers']:>7} {r['ingest_s']:>9.1f} {r['ingest_mb_s']:>7.1f} "
            f"{r['merge_s']:>8.1f} {r['records_per_s']:>8.0f} {r['merge_mb_s']:>7.1f} "
            f"{r['search_p50_ms']:>7.1f} {r['search_p95_ms']:>7.1f}  {r['stage_s']}"
        )
    runs = results["runs"]
    for r in runs:
        peak = r["export_peak_rss_mb"]
        print(
            f"export ({r['workers']} worker run): {r['export_mb']:.0f} MB in {r['export_s']:.1f} s "
            f"({r['export_mb_s']:.1f} MB/s), peak RSS "
            f"{'?' if peak is None else f'{peak:.0f} MB'}, vault grew "
            f"{r['export_vault_growth_mb']:.2f} MB"
        )
    if len(runs) > 1:
        one = runs[0]
        for r in runs[1:]:
            print(
                f"{r['workers']} workers merge {r['records_per_s'] / one['records_per_s']:.2f}x "
                f"the records/s of {one['workers']}"
            )
    if "search_at_scale" in results:
        s = results["search_at_scale"]
        print(
            f"search over {s['records']} records: p50 {s['search_p50_ms']:.1f} ms, "
            f"p95 {s['search_p95_ms']:.1f} ms ({s['queries']} queries: demo words in every script "
            f"and inventory numbers, {s['found_per_query']:.0f} found each on average; "
            f"load {s['load_s']:.0f} s)"
        )
    line = json.dumps(results)
    if args.json:
        Path(args.json).write_text(line + "\n")
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
