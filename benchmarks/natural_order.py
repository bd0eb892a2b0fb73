"""What the natural order of inventory numbers costs (fieldkit.records.natural_order).

Usage: python benchmarks/natural_order.py [--objects N] [--vault PATH] [--tmp DIR]

* ``key``: microseconds per inventory number for the key every view row now stores (the
  best of 7 runs over gui_list's N numbers): the part of a bulk create it adds in Python.
* ``migration 17``: a vault of N objects (gui_list's rows, built through create_many; or
  ``--vault``, a vault of passphrase SECRET, which is modified) set back to version 16 (no key
  column, no index), then opened: the migration's wall and CPU seconds and the peak RSS.
* ``list``: SQLite VM instructions (counted by a progress handler every 100, so the figure
  does not depend on the machine's load) for the first page of 40 by inventory number and for
  the jump to the row 90 % down, as the app's lists read them (fieldkit.records.pages).

Prints one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import timeit
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_list import BATCH, FAST_KDF, SECRET, object_rows

from fieldkit.records import fields as F
from fieldkit.records import pages
from fieldkit.records.natural_order import inventory_sort_key
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _build(path: Path, n: int) -> None:
    vault, _ = Vault.create(path, SECRET, name="bench", kdf=FAST_KDF)
    with vault:
        records = Records(vault)
        rows = object_rows(n, 2026)
        for start in range(0, n, BATCH):
            records.create_many(F.OBJECT, rows[start : start + BATCH])


def _set_back(path: Path) -> None:
    with Vault.open(path, SECRET) as vault:
        vault.db.execute("DROP INDEX IF EXISTS records_inventory_sort")
        vault.db.execute("ALTER TABLE records DROP COLUMN inventory_sort")
        vault.db.execute("PRAGMA user_version = 16")


def _vm_steps(records: Records, offset: int, total: int) -> int:
    raw: Any = getattr(records.db, "_conn", records.db)
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    raw.set_progress_handler(tick, 100)
    try:
        pages.page(records, F.OBJECT, offset, 40, "inventory_number", False, {}, total)
    finally:
        raw.set_progress_handler(None, 100)
    return steps[0] * 100


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, default=None, help="an existing vault (modified)")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the built vault")
    args = parser.parse_args()
    numbers = [str(row["inventory_number"]) for row in object_rows(min(args.objects, 20_000), 1)]
    best = min(timeit.repeat(lambda: [inventory_sort_key(n) for n in numbers], number=1, repeat=7))
    out: dict[str, Any] = {
        "benchmark": "natural_order",
        "key_us": round(best / len(numbers) * 1e6, 2),
    }
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        path = args.vault or Path(tmp) / "vault"
        if args.vault is None:
            _build(path, args.objects)
        _set_back(path)
        started, cpu = time.perf_counter(), time.process_time()
        with Vault.open(path, SECRET) as vault:
            out["migration_s"] = round(time.perf_counter() - started, 2)
            out["migration_cpu_s"] = round(time.process_time() - cpu, 2)
            records = Records(vault)
            total = records.count(F.OBJECT)
            out["objects"] = total
            out["first_page_vm_steps"] = _vm_steps(records, 0, total)
            out["jump_vm_steps"] = _vm_steps(records, total * 9 // 10, total)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
