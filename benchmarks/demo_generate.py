"""Bulk create through the service API (SPEC §13: >= 8,000 records/s at 100,000), and the demo.

Usage: python benchmarks/demo_generate.py [N] [--runs 3] [--seed 2026] [--batch B] [--tmp DIR]

Two measures, each run in a fresh vault with cheap KDF parameters (unlock is not what is
measured):

- *service API*, ``--runs`` times (default 3), each time into a new vault with the same N
  objects. A *batch* is the records handed to ONE ``Records.create_many`` call, which is one
  transaction (all or nothing). By default the batch is all N records: one call, as the
  spreadsheet import makes for a whole file and the demo for up to 100,000 records
  (``fieldkit.demo.collection.BATCH``); ``--batch B`` splits them into calls of B (until
  2026-12-06 the benchmark used 5,000, a choice of its own). The values of a batch are drawn
  beforehand (untimed) and handed over as create_many takes them, so that rows already
  stored can be freed; only the call is timed. This is the SPEC's "bulk create"; the JSON has
  the median, min and max records/s over the runs (``records_per_second`` is the median), what
  a batch was (``batch``), the peak RSS of the process after them (``peak_rss_mb`` inside
  ``service_api``), the largest write-ahead log and the longest wait between two progress
  calls (the COMMIT, at the end of a call, is the longest).
- *demo*, once (information only): ``demo --objects N`` as a user runs it (drawing values,
  damage and site reports, photos), records/s overall and per phase, and the cost of drawing
  the values alone. The top-level ``peak_rss_mb`` covers the whole process.

Prints a table and, last, one line of JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.demo.collection import _Generator, generate
from fieldkit.demo.photos import SPECS
from fieldkit.records import service as service_module
from fieldkit.records.service import Records
from fieldkit.tasks import Progress
from fieldkit.vault import Vault

FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)


def values_only(n: int, seed: int) -> float:
    """Seconds to draw n objects and their damage reports without writing them."""
    gen = _Generator(seed, {spec.key: "0" * 64 for spec in SPECS})
    started = time.perf_counter()
    damaged = []
    for index in range(n):
        _, plan = gen.object(index)
        if plan is not None:
            damaged.append(plan)
    for plan in damaged:
        gen.damage(plan, "0" * 36)
    return time.perf_counter() - started


@contextlib.contextmanager
def thread_cpu() -> Iterator[dict[str, float]]:
    """The CPU seconds of create_many's signing and writing, apart (``sign``, ``write``): each
    call of the two functions that do them is timed with its own thread's clock (signing runs
    on the caller's thread, writing on a thread of its own)."""
    spent = {"sign": 0.0, "write": 0.0, "write_wall": 0.0}
    sign_all, insert = Records._sign_all, service_module.insert_fresh_rows

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            began, began_wall = time.thread_time(), time.perf_counter()
            try:
                return function(*args)
            finally:
                spent[name] += time.thread_time() - began
                if name == "write":  # longer than its CPU: waiting for a core, or the GIL
                    spent["write_wall"] += time.perf_counter() - began_wall

        return run

    Records._sign_all = timed("sign", sign_all)  # type: ignore[method-assign]
    service_module.insert_fresh_rows = timed("write", insert)
    try:
        yield spent
    finally:
        Records._sign_all = sign_all  # type: ignore[method-assign]
        service_module.insert_fresh_rows = insert


@contextlib.contextmanager
def commit_time() -> Iterator[dict[str, float]]:
    """CPU and wall seconds of the COMMITs of Vault.transaction (on the calling thread): the
    transaction's end, once its body (and create_many's helper threads) are done. Timed around
    the transaction, not with a trace callback: that would render every statement with its
    parameters (a chunk's rows) as text."""
    spent = {"cpu": 0.0, "wall": 0.0}
    transaction = Vault.transaction

    @contextlib.contextmanager
    def timed(self: Vault) -> Iterator[Any]:
        with transaction(self) as db:
            yield db
            began, began_wall = time.thread_time(), time.perf_counter()
        spent["cpu"] += time.thread_time() - began
        spent["wall"] += time.perf_counter() - began_wall

    Vault.transaction = timed  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        Vault.transaction = transaction  # type: ignore[method-assign]


@contextlib.contextmanager
def largest_file(path: Path) -> Iterator[list[int]]:
    """The largest size ``path`` reached while inside (polled every 50 ms): the write-ahead log,
    which holds every page a transaction wrote until the COMMIT checkpoints it."""
    largest = [0]
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(0.05):
            with contextlib.suppress(OSError):
                largest[0] = max(largest[0], path.stat().st_size)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        yield largest
    finally:
        stop.set()
        poller.join()
        with contextlib.suppress(OSError):
            largest[0] = max(largest[0], path.stat().st_size)


def current_rss_mb() -> float:
    """The process's resident memory now (Linux), in MB as ``ru_maxrss`` counts them."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def handed_over(rows: deque[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The drawn rows as create_many takes them, each let go once taken (a spreadsheet import
    reads its rows from the file the same way: not all in memory at once)."""
    while rows:
        yield rows.popleft()


def service_api(n: int, seed: int, batch: int, folder: Path) -> dict[str, float]:
    """One run: objects/s of ``Records.create_many`` alone (values drawn beforehand, untimed)."""
    gen = _Generator(seed, {spec.key: "0" * 64 for spec in SPECS})
    vault, _ = Vault.create(folder / "service", "bench", name="bench", demo=True, kdf=FAST_KDF)
    timed = 0.0
    cpu = 0.0  # the process's CPU seconds (every thread) during the timed calls
    rates: list[float] = []
    waits = [0.0]  # the longest time without a progress call (including the COMMIT)
    rss_before = 0.0
    wal = folder / "service" / "vault.db-wal"
    with vault, thread_cpu() as spent, commit_time() as commit, largest_file(wal) as wal_size:
        records = Records(vault)
        for start in range(0, n, batch):
            rows: deque[dict[str, Any]] = deque()
            for index in range(start, min(n, start + batch)):
                values, _ = gen.object(index)
                values.pop("_media", None)  # the demo's photo hashes do not exist here
                rows.append(values)
            count = len(rows)
            if start == 0:
                rss_before = current_rss_mb()
            began, began_cpu = time.perf_counter(), time.process_time()
            last = [began]

            def progress(_done: int, last: list[float] = last) -> None:
                now = time.perf_counter()
                waits[0] = max(waits[0], now - last[0])
                last[0] = now

            records.create_many("object", handed_over(rows), progress=progress)
            ended = time.perf_counter()
            waits[0] = max(waits[0], ended - last[0])
            seconds = ended - began
            cpu += time.process_time() - began_cpu
            timed += seconds
            rates.append(count / seconds)
    return {
        "records": n,
        "seconds": round(timed, 3),
        "records_per_second": round(n / timed, 1),
        # CPU per record is steadier than records/s on a shared machine; CPU / wall is how
        # many cores the threads kept busy together (1.0: no overlap at all).
        "cpu_us_per_record": round(cpu / n * 1e6, 1),
        "cores_busy": round(cpu / timed, 2),
        # Per record: the caller's thread building the rows (Python) and signing them (Ed25519:
        # cryptography holds the GIL, so it has no thread of its own since 2026-12-06), and the
        # writer's thread (SQLite, mostly without the GIL).
        "main_us": round((cpu - spent["sign"] - spent["write"]) / n * 1e6, 1),
        "sign_us": round(spent["sign"] / n * 1e6, 1),
        "write_us": round(spent["write"] / n * 1e6, 1),
        "write_wall_us": round(spent["write_wall"] / n * 1e6, 1),
        # The COMMIT of each create_many (SQLCipher encrypting and writing the pages the
        # transaction changed): on the caller's thread after the others are done, so serial.
        "commit_us": round(commit["cpu"] / n * 1e6, 1),
        "commit_wall_us": round(commit["wall"] / n * 1e6, 1),
        # What two idle cores allow at best (a bound from CPU, not a measurement): the GIL's
        # work is serial, the writer's runs beside it, and two cores share the total.
        "two_core_bound_per_second": round(
            n / max(cpu - spent["write"], spent["write"], cpu / 2), 1
        ),
        "first_batch_per_second": round(rates[0], 1),
        "last_batch_per_second": round(rates[-1], 1),
        "wal_peak_mb": round(wal_size[0] / 1e6, 1),
        # What the process held before the first call, the drawn rows of a batch included
        # (about 1.3 kB a row): the peak minus this is create_many's own.
        "rss_before_first_call_mb": rss_before,
        "longest_progress_wait_s": round(waits[0], 2),
    }


def service_api_runs(n: int, seed: int, batch: int, runs: int, tmp: Path | None) -> dict[str, Any]:
    """``runs`` runs of :func:`service_api`, each in a fresh vault: median, min and max."""
    samples = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(dir=tmp) as folder:
            samples.append(service_api(n, seed, batch, Path(folder)))
    rates = [s["records_per_second"] for s in samples]
    seconds = [s["seconds"] for s in samples]
    return {
        "records": n,
        "batch": {
            "records_per_create_many_call": batch,
            "calls": -(-n // batch),
            "meaning": "records per Records.create_many call; one call is one transaction",
        },
        "runs": runs,
        "seconds": round(statistics.median(seconds), 3),
        "records_per_second": round(statistics.median(rates), 1),
        "min_records_per_second": min(rates),
        "cpu_us_per_record": statistics.median(s["cpu_us_per_record"] for s in samples),
        "cores_busy": statistics.median(s["cores_busy"] for s in samples),
        **{
            key: statistics.median(s[key] for s in samples)
            for key in (
                "main_us",
                "sign_us",
                "write_us",
                "write_wall_us",
                "commit_us",
                "commit_wall_us",
                "two_core_bound_per_second",
                "wal_peak_mb",
                "longest_progress_wait_s",
                "rss_before_first_call_mb",
            )
        },
        "max_records_per_second": max(rates),
        "first_batch_per_second": round(
            statistics.median(s["first_batch_per_second"] for s in samples), 1
        ),
        "last_batch_per_second": round(
            statistics.median(s["last_batch_per_second"] for s in samples), 1
        ),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "samples": samples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("objects", type=int, nargs="?", default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="service API runs (default 3)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--batch",
        type=int,
        default=0,
        help="records per create_many call (one transaction); default 0: all N in one call",
    )
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the vault")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.batch < 0:
        parser.error("--batch must be zero (all in one call) or more")
    batch = args.batch or max(args.objects, 1)

    phases: dict[str, list[float]] = {}  # phase → [first seen, last seen, records]

    def progress(step: Progress) -> None:
        now = time.perf_counter()
        entry = phases.setdefault(step.phase, [now, now, 0])
        entry[1], entry[2] = now, step.done

    api = service_api_runs(args.objects, args.seed, batch, args.runs, args.tmp)
    with tempfile.TemporaryDirectory(dir=args.tmp) as folder:
        vault, _ = Vault.create(
            Path(folder) / "vault", "bench", name="bench", demo=True, kdf=FAST_KDF
        )
        with vault:
            # The demo's own batch (fieldkit.demo.collection.BATCH) unless --batch is given.
            summary = generate(
                vault,
                args.objects,
                seed=args.seed,
                progress=progress,
                **({"batch_size": args.batch} if args.batch else {}),
            )
        db_mb = (Path(folder) / "vault" / "vault.db").stat().st_size / 1e6
    drawing = values_only(min(args.objects, 20_000), args.seed)
    drawn = min(args.objects, 20_000)

    rows = [
        (
            f"service API: {api['batch']['calls']:,} create_many (median of {args.runs})",
            args.objects,
            api["seconds"],
            api["records_per_second"],
        )
    ]
    for phase, (first, last, count) in phases.items():
        seconds = last - first
        rows.append((phase, int(count), seconds, count / seconds if seconds else 0.0))
    rows.append(
        ("total (incl. 12 photos)", summary.records, summary.seconds, summary.records_per_second)
    )
    rows.append(
        (
            f"drawing values only ({drawn:,} obj.)",
            drawn,
            drawing,
            drawn / drawing if drawing else 0.0,
        )
    )
    print(f"{'what':<40} {'records':>10} {'seconds':>9} {'records/s':>10}")
    for name, count, seconds, rate in rows:
        print(f"{name:<40} {count:>10,} {seconds:>9.2f} {rate:>10,.0f}")
    print(
        f"service API over {args.runs} runs: min {api['min_records_per_second']:,.0f}, "
        f"max {api['max_records_per_second']:,.0f} records/s, "
        f"peak RSS {api['peak_rss_mb']:,.0f} MB "
        f"({api['rss_before_first_call_mb']:,.0f} MB before the first call, drawn rows included)"
    )
    print(
        f"service API CPU (medians): {api['cpu_us_per_record']:,.0f} µs per record, "
        f"{api['cores_busy']:.2f} cores busy (CPU / wall; 1.00: the threads never overlapped)"
    )
    print(
        f"service API CPU by thread (medians, µs per record): building {api['main_us']:,.0f}, "
        f"signing {api['sign_us']:,.0f}, writing {api['write_us']:,.0f} (wall "
        f"{api['write_wall_us']:,.0f}); two idle cores allow "
        f"at most {api['two_core_bound_per_second']:,.0f} records/s"
    )
    print(
        f"service API commit (medians, µs per record, part of building): CPU "
        f"{api['commit_us']:,.0f}, wall {api['commit_wall_us']:,.0f} "
        "(serial: nothing runs beside it)"
    )
    print(
        f"service API batches of {batch:,} records, one create_many call (one transaction) each "
        f"(medians): first {api['first_batch_per_second']:,.0f} records/s, "
        f"last {api['last_batch_per_second']:,.0f} records/s; write-ahead log up to "
        f"{api['wal_peak_mb']:,.0f} MB; longest wait between progress calls "
        f"{api['longest_progress_wait_s']:.2f} s"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"database {db_mb:,.0f} MB, peak RSS {peak_mb:,.0f} MB")
    print(
        json.dumps(
            {
                "benchmark": "demo_generate",
                **summary.to_json(),
                "phases": {
                    name: {
                        "records": count,
                        "seconds": round(seconds, 3),
                        "records_per_second": round(rate, 1),
                    }
                    for name, count, seconds, rate in rows[1:-2]
                },
                "service_api": api,
                "drawing_objects_per_second": round(drawn / drawing, 1) if drawing else None,
                "database_mb": round(db_mb, 1),
                "peak_rss_mb": round(peak_mb, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
