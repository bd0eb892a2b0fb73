"""Speed of the evacuation/inventory list (SPEC §9 `inventory`) over a large demo collection.

Usage: python benchmarks/report_inventory.py [N] [--runs R] [--redact-locations] [--tmp DIR]

Generates N demo objects (default 10,000; multilingual, with photos) into a fresh vault with
cheap KDF parameters (once, untimed), then times `inventory_report` over all of them and over a
filtered subset (priorities 1-2), R times each (default 1; the two reports alternate, each run
writes a new PDF), and prints a table and one line of JSON: seconds (the median; with R > 1
also ``min_seconds`` and ``max_seconds``), pages, objects/s (at the median), PDF size and the
process's peak RSS (MB = 2^20 bytes; generating the collection included).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.demo.collection import generate
from fieldkit.reports import inventory_report
from fieldkit.vault import Vault

FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("objects", type=int, nargs="?", default=10_000)
    parser.add_argument("--runs", type=int, default=1, help="runs of each report (default 1)")
    parser.add_argument("--redact-locations", action="store_true")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the vault and PDFs")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    reports = (("all objects", ()), ("priority 1-2", (1, 2)))
    times: dict[str, list[float]] = {label: [] for label, _ in reports}
    last: dict[str, Any] = {}
    rows = []
    with tempfile.TemporaryDirectory(dir=args.tmp) as folder:
        base = Path(folder)
        vault, _ = Vault.create(base / "vault", "benchmark", name="Benchmark", kdf=FAST_KDF)
        try:
            started = time.perf_counter()
            generate(vault, objects=args.objects)
            generated = time.perf_counter() - started
            for run in range(args.runs):
                for label, priority in reports:
                    ticks: list[float] = []
                    started = time.perf_counter()
                    result = inventory_report(
                        vault,
                        base / f"inventory-{label[:3]}-{run}.pdf",
                        priority=priority,
                        redact_locations=args.redact_locations,
                        progress=lambda _step, ticks=ticks: ticks.append(time.perf_counter()),
                    )
                    times[label].append(time.perf_counter() - started)
                    last[label] = (result, len(ticks))
            for label, _ in reports:
                result, calls = last[label]
                seconds = statistics.median(times[label])
                row = {
                    "report": label,
                    "objects": result.items,
                    "pages": result.pages,
                    "runs": args.runs,
                    "seconds": round(seconds, 2),
                    "objects_per_second": round(result.items / seconds, 1),
                    "pdf_bytes": result.path.stat().st_size,
                    "progress_calls": calls,
                }
                if args.runs > 1:
                    row["min_seconds"] = round(min(times[label]), 2)
                    row["max_seconds"] = round(max(times[label]), 2)
                rows.append(row)
        finally:
            vault.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"demo collection of {args.objects:,} objects generated in {generated:.1f} s")
    header = (
        f"{'report':<14} {'objects':>8} {'pages':>6} {'seconds':>8} {'min':>7} {'max':>7}"
        f" {'obj/s':>8} {'PDF MB':>7}"
    )
    print(f"{args.runs} run(s) each; seconds is the median")
    print(header)
    print("-" * len(header))
    for row in rows:
        spread = " ".join(
            f"{row[k]:>7.2f}" if k in row else f"{'-':>7}" for k in ("min_seconds", "max_seconds")
        )
        print(
            f"{row['report']:<14} {row['objects']:>8,} {row['pages']:>6,} {row['seconds']:>8.2f} "
            f"{spread} {row['objects_per_second']:>8,.0f} {row['pdf_bytes'] / 1e6:>7.1f}"
        )
    print(f"peak RSS {peak_mb:.0f} MB")
    print(
        json.dumps(
            {
                "benchmark": "report_inventory",
                "objects": args.objects,
                "runs": args.runs,
                "redact_locations": args.redact_locations,
                "generate_seconds": round(generated, 2),
                "reports": rows,
                "peak_rss_mb": round(peak_mb),
            }
        )
    )


if __name__ == "__main__":
    main()
