"""Import benchmark (SPEC §13): 10,000 records, then re-import of the same bundle.

Usage: python benchmarks/import_speed.py [--records N] [--runs R] [--json FILE]

Targets: import of 10,000 records < 5 s; re-import of the same bundle < 1 s.
Each of R runs (default 3) imports into a fresh copy of the recipient vault (so every run is a
first import), then imports the same bundle again. Prints a table and, last, one line of JSON
with the median, min and max seconds of each, and peak RSS (MB = 2^20 bytes) of this process:
``peak_rss_mb`` at the end, ``setup_peak_rss_mb`` before the first import (building the
records and exporting the bundle); the imports raised the peak only if the first exceeds the
second. ``--json FILE`` writes the JSON too.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.importer import import_bundle
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

FAST = Argon2Params(iterations=1, memory_kib=1024, lanes=1)  # a benchmark, not a real vault
SECRET = "benchmark passphrase"  # noqa: S105 - throwaway vaults in a temp folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", dest="json_out")
    args = parser.parse_args()
    if args.runs < 1 or args.records < 1:
        parser.error("--records and --runs must be at least 1")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        field, _ = Vault.create(root / "field", SECRET, name="field", kdf=FAST)
        coord, _ = Vault.create(root / "coord", SECRET, name="coord", role="coordinator", kdf=FAST)
        field_card = parse_card(card_bytes(make_card(own.load(field.db))))
        coord_card = parse_card(card_bytes(make_card(own.load(coord.db))))
        with coord.transaction() as db:
            trust.add(db, field_card, name="field", verified=True)
        rows = [
            F.clean_fields(
                F.OBJECT,
                {
                    "inventory_number": f"B-{i:06d}",
                    "title": f"Object {i}",
                    "description": "A ceramic vessel with painted decoration, chipped rim.",
                    "status": "in_storage",
                    "salvage_priority": 1 + i % 4,
                },
            )
            for i in range(args.records)
        ]
        Records(field).create_many(F.OBJECT, rows)
        bundle = root / "b.fkb"
        export_bundles(field, bundle, ExportOptions(recipients=[Recipient.from_card(coord_card)]))
        field.close()
        coord.close()
        setup_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        first: list[float] = []
        again: list[float] = []
        for run in range(args.runs):
            copy = root / f"coord{run}"
            shutil.copytree(root / "coord", copy)
            (copy / "vault.lock").unlink(missing_ok=True)
            with Vault.open(copy, SECRET) as vault:
                start = time.perf_counter()
                result = import_bundle(vault, bundle)
                first.append(time.perf_counter() - start)
                if result.refused or result.new_revisions != args.records:
                    raise SystemExit(f"import failed: {result.refused}")
                start = time.perf_counter()
                result = import_bundle(vault, bundle)
                again.append(time.perf_counter() - start)
                if result.new_revisions != 0:
                    raise SystemExit("re-import found new revisions")
    table = {
        "import": {
            "median_s": statistics.median(first),
            "min_s": min(first),
            "max_s": max(first),
            "target_s": 5.0 * args.records / 10_000,
        },
        "reimport": {
            "median_s": statistics.median(again),
            "min_s": min(again),
            "max_s": max(again),
            "target_s": 1.0,
        },
    }
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records: {args.records}, bundle: {bundle.name}, {args.runs} runs")
    print(f"{'benchmark':<12}{'median s':>10}{'min s':>9}{'max s':>9}{'target s':>10}{'rec/s':>10}")
    for name, row in table.items():
        rate = args.records / row["median_s"]
        print(
            f"{name:<12}{row['median_s']:>10.2f}{row['min_s']:>9.2f}{row['max_s']:>9.2f}"
            f"{row['target_s']:>10.1f}{rate:>10.0f}"
        )
    print(f"peak RSS {peak_mb:,.0f} MB (before the imports: {setup_peak_mb:,.0f} MB)")
    payload = {
        "benchmark": "import_speed",
        "records": args.records,
        "runs": args.runs,
        "results": table,
        "setup_peak_rss_mb": round(setup_peak_mb, 1),
        "peak_rss_mb": round(peak_mb, 1),
    }
    print(json.dumps(payload))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
