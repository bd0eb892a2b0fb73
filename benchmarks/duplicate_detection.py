"""Speed of finding possible duplicates (issue 23) over a large planted collection.

Usage: python benchmarks/duplicate_detection.py [--objects N] [--runs R] [--tmp DIR]

Plants N objects (default 100,000; fieldkit/duplicates/planted.py: 5 % second records of
other objects, 5 % near misses, a small photo each) into a fresh vault with cheap KDF
parameters (untimed; the photos are stored as a vault holds photos received in a bundle, the
thumbnail row without the original, which keeps the set-up in minutes), then times
``find_candidates``: the first run (it decodes and hashes every thumbnail and fills the cache)
and R more runs (default 3) on the cached hashes. Prints a table and one line of JSON with the
seconds, the pairs the blocking formed, the candidates reported, their precision and recall
against the planted truth, and the process's peak RSS (MB = 2^20 bytes; set-up included).

The first run hashes on a pool of worker processes (one per core); its CPU seconds, this
process's and the workers', are printed too: unlike the seconds they barely depend on what
else the machine runs. Each run's one-minute load average is printed beside its time, since a
shared machine's load moves the seconds by tens of per cent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.duplicates.candidates import Candidate, find_candidates
from fieldkit.duplicates.planted import plant, score_detection
from fieldkit.vault import Vault

FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)


def _run(vault: Vault) -> tuple[dict[str, float | int], list[Candidate]]:
    totals: dict[str, int] = {}

    def phase(name: str, done: int, total: int) -> None:
        totals[name] = total

    before = os.times()
    started = time.perf_counter()
    found = find_candidates(vault, phase=phase)
    seconds = time.perf_counter() - started
    after = os.times()
    return {
        "seconds": seconds,
        "cpu_seconds": round(after.user + after.system - before.user - before.system, 2),
        # The hashing workers, reaped before find_candidates returns.
        "workers_cpu_seconds": round(
            after.children_user
            + after.children_system
            - before.children_user
            - before.children_system,
            2,
        ),
        "load_average": round(os.getloadavg()[0], 2),
        "hashed": totals.get("hashing photos", 0),
        "pairs": totals.get("comparing", 0),
        "candidates": len(found),
    }, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="runs on the cached hashes")
    parser.add_argument("--tmp", type=Path, default=None)
    args = parser.parse_args()
    if args.runs < 1 or args.objects < 100:
        parser.error("--runs must be at least 1 and --objects at least 100")
    with tempfile.TemporaryDirectory(dir=args.tmp) as folder:
        vault, _ = Vault.create(Path(folder) / "vault", "benchmark", name="Bench", kdf=FAST_KDF)
        try:
            started = time.perf_counter()
            truth = plant(
                vault,
                args.objects,
                duplicates=args.objects // 20,
                near_misses=args.objects // 20,
                thumbnails_only=True,
            )
            setup = time.perf_counter() - started
            first, found = _run(vault)
            cached = [_run(vault)[0] for _ in range(args.runs)]
        finally:
            vault.close()
    precision, recall, _, _ = score_detection([c.pair for c in found], truth)
    times = [float(r["seconds"]) for r in cached]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "benchmark": "duplicate_detection",
        "objects": truth.objects,
        "planted": len(truth.duplicates),
        "setup_seconds": round(setup, 1),
        "first_run": {
            "seconds": round(float(first["seconds"]), 3),
            "photos_hashed": first["hashed"],
            "cpu_seconds": first["cpu_seconds"],
            "workers_cpu_seconds": first["workers_cpu_seconds"],
            "load_average": first["load_average"],
        },
        "cached": {
            "median_s": round(statistics.median(times), 3),
            "min_s": round(min(times), 3),
            "max_s": round(max(times), 3),
            "runs": len(times),
            "cpu_seconds": [r["cpu_seconds"] for r in cached],
            "load_average": [r["load_average"] for r in cached],
        },
        "pairs_compared": first["pairs"],
        "candidates": first["candidates"],
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "peak_rss_mb": round(peak_mb),
    }
    print(f"{'duplicate detection':<44}{'seconds':>10}{'CPU s':>16}{'load':>7}")
    print(
        f"{'set-up: plant ' + format(truth.objects, ',') + ' objects (untimed)':<44}{setup:>10.1f}"
    )
    print(
        f"{'first run (hashing ' + format(int(first['hashed']), ',') + ' photos)':<44}"
        f"{float(first['seconds']):>10.2f}"
        f"{first['cpu_seconds']:>8.1f}+{first['workers_cpu_seconds']:<7.1f}"
        f"{first['load_average']:>7.1f}"
    )
    for k, run in enumerate(cached, 1):
        print(
            f"{'cached run ' + str(k):<44}{float(run['seconds']):>10.2f}"
            f"{run['cpu_seconds']:>8.1f}{'':8}{run['load_average']:>7.1f}"
        )
    print(f"{'cached run, median of ' + str(len(times)):<44}{statistics.median(times):>10.2f}")
    print(
        f"pairs compared {first['pairs']:,}; candidates {first['candidates']:,}; "
        f"precision {precision:.3f}, recall {recall:.3f}; peak RSS {peak_mb:.0f} MB"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
