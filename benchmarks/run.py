"""All FieldKit benchmarks in one run: a table against the targets of SPEC §13, and JSON.

Usage: python benchmarks/run.py [--quick] [--only NAME]... [--json FILE]

Each benchmark is its own script (run in a fresh process, so peaks and caches do not leak
between them) that prints a table and, last, one JSON line; this script runs them, reads those
lines and puts the figures side by side with their targets and baselines measured in the same
run. ``--quick`` uses small data (a smoke test, well under two minutes on two cores); without
it the collection has 100,000 objects and 100,000 damage reports, the speed bundles 1 GB of
photos, and the memory bundle 2 GB of photos with 100,000 records (about 15 minutes).

Timings are noisy on shared machines: the exit status reports only errors (a benchmark that
crashed or printed no result), never a missed target.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

QUICK: dict[str, list[str]] = {
    "vault_unlock": ["--objects", "2000", "--runs", "2"],
    "demo_generate": ["2000"],
    "search_speed": ["--objects", "3000", "--queries", "60"],
    "gui_list": ["--objects", "3000", "--runs", "3"],
    "photo_ingest": ["--runs", "3"],
    "age_throughput": ["--size-mib", "32", "--repeat", "1"],
    "bundle_speed": ["--quick", "--runs", "1"],
    "import_speed": ["--records", "2000", "--runs", "1"],
    "bundle_memory": ["--gb", "0.1", "--records", "2000"],
    "report_inventory": ["300"],
}
FULL: dict[str, list[str]] = {
    "vault_unlock": ["--objects", "100000", "--runs", "3"],
    "demo_generate": ["100000"],
    "search_speed": ["--objects", "100000"],
    "gui_list": ["--objects", "100000"],
    "photo_ingest": ["--runs", "10"],
    "age_throughput": [],
    "bundle_speed": ["--gb", "1"],
    "import_speed": ["--records", "10000"],
    "bundle_memory": ["--gb", "2", "--records", "100000"],
    "report_inventory": ["10000"],
}

Row = tuple[str, str, float | None, str, str, bool | None]  # area, measure, value, unit, target


def _rows_vault_unlock(d: dict[str, Any]) -> list[Row]:
    r = d["results"]
    kdf = r["argon2id"]["median_ms"]
    open_ms = max(r["vault_open_total"]["median_ms"] - kdf, 0.0)
    return [
        ("unlock", f"Argon2id (t={d['kdf']['iterations']}, 64 MiB)", kdf, "ms", "~500", None),
        (
            "unlock",
            f"vault open after the KDF, {d['objects']:,} objects",
            open_ms,
            "ms",
            "< 200",
            open_ms < 200,
        ),
    ]


def _rows_demo_generate(d: dict[str, Any]) -> list[Row]:
    api = d["service_api"]["records_per_second"]
    return [
        (
            "bulk create",
            f"service API create_many, {d['service_api']['records']:,} objects",
            api,
            "records/s",
            ">= 5,000",
            api >= 5000,
        ),
        (
            "bulk create",
            f"demo --objects (drawing values too), {d['records']:,} records",
            d["records_per_second"],
            "records/s",
            "info",
            None,
        ),
    ]


def _rows_search_speed(d: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for name, r in d["search"].items():
        rows.append(
            (
                "search",
                f"{name} (p95, {d['objects']:,} + {d['damage_reports']:,})",
                r["p95_ms"],
                "ms",
                "< 50",
                r["p95_ms"] < 50,
            )
        )
    for name, r in d["pages"].items():
        rows.append(
            ("list", f"Records.list {name}", r["median_ms"], "ms", "< 100", r["median_ms"] < 100)
        )
    return rows


def _rows_gui_list(d: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for name, r in d["results"].items():
        rows.append(("GUI list", name, r["median_ms"], "ms", "< 100", r["median_ms"] < 100))
    return rows


def _rows_photo_ingest(d: dict[str, Any]) -> list[Row]:
    return [
        (
            "photos",
            f"{d['megapixels']:.0f} MP JPEG ingest (median)",
            d["median_ms"],
            "ms",
            "< 150",
            d["median_ms"] < 150,
        )
    ]


def _rows_age_throughput(d: dict[str, Any]) -> list[Row]:
    speeds = d["mb_per_s"]
    ours = speeds["fieldkit, file to file"]["encrypt"]
    stock = speeds["stock age, file to file"]["encrypt"]
    pyrage = speeds["pyrage, in memory"]["encrypt"]
    return [
        ("age", "encrypt, ours file to file", ours, "MB/s", "baseline", None),
        ("age", "ours / stock age (encrypt)", ours / stock, "x", "info", None),
        (
            "age",
            "ours in memory / pyrage",
            speeds["fieldkit, in memory"]["encrypt"] / pyrage,
            "x",
            "info",
            None,
        ),
    ]


def _rows_bundle_speed(d: dict[str, Any]) -> list[Row]:
    ratios = d["ratios"]
    rss = max(r["peak_rss_mb"] for r in d["results"].values())
    mb = d["photo_bytes"] / 1e6
    return [
        (
            "export",
            f"export / floor ({mb:,.0f} MB)",
            ratios["export/floor"],
            "x",
            "<= 1.25",
            ratios["export/floor"] <= 1.25,
        ),
        (
            "export",
            "export / stock age+bagit+minisign",
            ratios["export/stock"],
            "x",
            "< 1",
            ratios["export/stock"] < 1,
        ),
        (
            "verify",
            "verify (no key) / stock bagit+minisign",
            ratios["verify/stock"],
            "x",
            "< 1",
            ratios["verify/stock"] < 1,
        ),
        ("memory", "peak RSS, export and verify", rss, "MB", "< 300", rss < 300),
    ]


def _rows_import_speed(d: dict[str, Any]) -> list[Row]:
    r = d["results"]
    n = d["records"]
    return [
        (
            "import",
            f"import {n:,} records",
            r["import"]["median_s"],
            "s",
            f"< {r['import']['target_s']:.1f}",
            r["import"]["median_s"] < r["import"]["target_s"],
        ),
        (
            "import",
            "re-import of the same bundle",
            r["reimport"]["median_s"],
            "s",
            "< 1",
            r["reimport"]["median_s"] < 1,
        ),
    ]


def _rows_report_inventory(d: dict[str, Any]) -> list[Row]:
    first = d["reports"][0]
    return [
        (
            "reports",
            f"inventory PDF, {first['objects']:,} objects ({first['pages']} pages)",
            first["seconds"],
            "s",
            "info",
            None,
        )
    ]


def _rows_bundle_memory(d: dict[str, Any]) -> list[Row]:
    gb = d["photo_bytes"] / 1e9
    rows: list[Row] = []
    for step, r in d["results"].items():
        rss = r["peak_rss_mb"]
        label = f"peak RSS, {step} ({gb:.1f} GB, {d['records']:,} records)"
        rows.append(("memory", label, rss, "MB", "< 300", rss < 300))
    return rows


SUMMARIES: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "vault_unlock": _rows_vault_unlock,
    "demo_generate": _rows_demo_generate,
    "search_speed": _rows_search_speed,
    "gui_list": _rows_gui_list,
    "photo_ingest": _rows_photo_ingest,
    "age_throughput": _rows_age_throughput,
    "bundle_speed": _rows_bundle_speed,
    "import_speed": _rows_import_speed,
    "bundle_memory": _rows_bundle_memory,
    "report_inventory": _rows_report_inventory,
}


def _last_json(text: str) -> dict[str, Any] | None:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                return value
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data: a smoke test")
    parser.add_argument("--only", action="append", choices=sorted(SUMMARIES), default=None)
    parser.add_argument("--json", dest="json_out", default=None)
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    names = args.only or list(plan)
    started = time.perf_counter()
    raw: dict[str, Any] = {}
    rows: list[Row] = []
    errors: list[str] = []
    for name in names:
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, str(HERE / f"{name}.py"), *plan[name]],
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - t0
        data = _last_json(proc.stdout)
        if proc.returncode != 0 or data is None:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            errors.append(f"{name} failed (exit {proc.returncode}): {' | '.join(tail)}")
            print(f"{name}: FAILED after {took:.0f} s", file=sys.stderr)
            continue
        print(f"{name}: {took:.0f} s", file=sys.stderr)
        raw[name] = data
        try:
            rows.extend(SUMMARIES[name](data))
        except (KeyError, TypeError, ZeroDivisionError) as exc:
            errors.append(f"{name}: its result could not be read ({exc!r})")
    print()
    print(
        f"FieldKit benchmarks ({'quick' if args.quick else 'full'}), "
        f"{time.perf_counter() - started:.0f} s"
    )
    print(f"{'area':<12}{'measure':<60}{'value':>12} {'unit':<10}{'target':>10}  result")
    for area, measure, value, unit, target, met in rows:
        shown = "-" if value is None else (f"{value:,.2f}" if value < 100 else f"{value:,.0f}")
        verdict = "" if met is None else ("met" if met else "MISSED")
        print(f"{area:<12}{measure[:59]:<60}{shown:>12} {unit:<10}{target:>10}  {verdict}")
    for error in errors:
        print(f"ERROR: {error}")
    payload = {
        "mode": "quick" if args.quick else "full",
        "rows": [
            {"area": a, "measure": m, "value": v, "unit": u, "target": t, "met": ok}
            for a, m, v, u, t, ok in rows
        ],
        "errors": errors,
        "raw": raw,
    }
    print(json.dumps({k: v for k, v in payload.items() if k != "raw"}))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(payload, indent=2) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
