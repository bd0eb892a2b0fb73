"""Peak memory (and time) exporting, verifying and importing a large bundle (SPEC §13).

Usage: python benchmarks/bundle_memory.py [--gb G] [--records R] [--tmp DIR] [--json FILE]
                                          [--trace]

Target (SPEC §13): peak RSS < 300 MB while exporting, verifying or importing a 2 GB bundle.

Setup (not timed), reusing ``bundle_speed.create_vaults``: a sender vault whose stored photos
(real-size 12 MP JPEGs, noise so they do not compress) total ``--gb`` GB (default 2; 1 GB = 10^9
bytes) and a coordinator vault whose card is the recipient. So that records.ndjson is large too,
the sender then gets object records without photos (``Records.create_many`` in batches, fixed
field values) until it holds ``--records`` records in all (default 20,000). The coordinator
trusts the sender's card (as after ``fieldkit trust add``), so that the import is not refused.

Measured, each in its own fresh child process (this script with ``--child``), in this order:

1. ``export``: ``export_bundles(sender, out, ExportOptions(recipients=[coord], mode="full"))``
   with a ``max_size`` that never splits: the whole bundle is one file;
2. ``verify (no key)``: ``verify_bundle(bundle, trust_files=[sender card])``;
3. ``verify (vault)``: ``verify_bundle(bundle, vault=coordinator)`` (content inspected: every
   revision, signature and photo decrypted and hashed);
4. ``import``: ``import_bundle(coordinator, bundle)`` (verifies again, then merges);
5. ``re-import``: the same bundle again.

For each: wall seconds around the call only (interpreter start and vault open excluded), peak
RSS (VmHWM of the child, MB = 2^20 bytes, so it covers everything the child ever held), the
child's RSS right before the call (``baseline``: interpreter, imports, open vault; what the call
itself added is the difference), and SQLite's own allocation high-water mark during the call,
with the part of it that was page cache in brackets (SQLCipher is linked statically into
sqlcipher3's extension module; ``sqlite3_memory_highwater`` and ``sqlite3_status64`` are read
through ctypes). The SQLite figures are not part of the target, only to tell where memory goes.

``--trace`` also runs every step once more under ``tracemalloc`` (a copy of the coordinator
vault as it was before the import is kept for that) and prints the Python allocation sites
alive when the child's RSS was highest (a snapshot is taken whenever RSS grows by 2 MiB); those
runs are several times slower and are not in the table. Prints a table and, last, one line of
JSON; ``--json FILE`` writes the JSON too.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # fieldkit
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bundle_speed

from bundle_speed import (
    _cpu_seconds,
    _open_vault,
    _status_kib,
    create_vaults,
)
from bundle_speed import run_child as run_script_child

TARGET_MB = 300
NEVER_SPLIT = 1 << 40  # ExportOptions.max_size: the whole export is one bundle file
BATCH = 5_000  # records per create_many transaction
TRACE_TOP = 12
STEPS = ("export", "verify (no key)", "verify (vault)", "import", "re-import")
MATERIALS = ("earthenware, slip", "oak, gesso, tempera", "linen, silk thread", "iron gall ink")
DESCRIPTION = (
    "Recovered from the east storeroom after the flood; surface dirt and tide lines on the "
    "lower third, old repairs visible under raking light. Packed in acid-free tissue, labelled "
    "and photographed on the day of recovery; awaiting assessment by the textile and paper "
    "conservators before any cleaning is attempted."
)


# --- SQLite's own allocations (SQLCipher is linked into sqlcipher3's extension module) --------


def _sqlite_library() -> Any:
    try:
        import sqlcipher3._sqlite3 as ext

        lib = ctypes.CDLL(ext.__file__)
        lib.sqlite3_memory_highwater.restype = ctypes.c_int64
        lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        lib.sqlite3_status64.argtypes = [ctypes.c_int, _I64P, _I64P, ctypes.c_int]
        return lib
    except (ImportError, OSError, AttributeError):
        return None


_I64P = ctypes.POINTER(ctypes.c_int64)
_PAGECACHE_OVERFLOW = 2  # SQLITE_STATUS_PAGECACHE_OVERFLOW: page cache bytes from sqlite3_malloc


def _sqlite_page_cache_peak(lib: Any, reset: bool = False) -> int:
    current, high = ctypes.c_int64(), ctypes.c_int64()
    lib.sqlite3_status64(_PAGECACHE_OVERFLOW, ctypes.byref(current), ctypes.byref(high), reset)
    return high.value


# --- child processes: one measured call each ---------------------------------------------------


def _rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class _PeakTracer:
    """tracemalloc, with a snapshot taken whenever the process's RSS reaches a new high.

    RSS, not traced memory, decides: a large buffer that is allocated but never written (as
    ``RawIOBase.read(n)`` makes) counts in tracemalloc's peak but costs no RAM.
    """

    def __init__(self) -> None:
        self.snapshot: tracemalloc.Snapshot | None = None
        self.snapshot_bytes = 0  # traced memory when the snapshot was taken
        self.snapshot_rss = 0
        self.sampled_max = 0  # the most traced memory seen by the watcher (every 10 ms)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="peak-tracer", daemon=True)

    def __enter__(self) -> _PeakTracer:
        tracemalloc.start(10)
        self._thread.start()
        return self

    def _watch(self) -> None:
        while not self._stop.wait(0.01):
            current, _ = tracemalloc.get_traced_memory()
            self.sampled_max = max(self.sampled_max, current)
            rss = _rss_bytes()
            if rss > self.snapshot_rss + (2 << 20):
                self.snapshot = None  # free the old one first
                self.snapshot = tracemalloc.take_snapshot()
                self.snapshot_bytes = current
                self.snapshot_rss = rss

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    def top(self, n: int = TRACE_TOP) -> list[dict[str, Any]]:
        if self.snapshot is None:
            return []
        snapshot = self.snapshot.filter_traces(
            [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, __file__)]
        )
        out = []
        for stat in snapshot.statistics("traceback")[:n]:
            frames = [f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback]
            project = [
                f"{f.filename.split('/fieldkit/', 1)[-1]}:{f.lineno}"
                for f in stat.traceback
                if "/fieldkit/" in f.filename
            ]
            out.append(
                {
                    "mb": round(stat.size / 2**20, 1),
                    "blocks": stat.count,
                    "where": frames[-1] if frames else "?",
                    "fieldkit": project[-3:],
                }
            )
        return out


def _measured(spec: dict[str, Any], call: Callable[[], Any]) -> tuple[Any, dict[str, Any]]:
    """Run ``call`` once: its result and the figures (seconds, baseline, SQLite, trace)."""
    lib = _sqlite_library()
    rss_before = _status_kib("VmRSS")
    hwm_before = _status_kib("VmHWM")
    sqlite_before = lib.sqlite3_memory_used() if lib else 0
    if lib:
        lib.sqlite3_memory_highwater(1)  # reset to what is in use now
        _sqlite_page_cache_peak(lib, reset=True)
    tracer = _PeakTracer() if spec.get("trace") else None
    cpu = _cpu_seconds()
    start = time.perf_counter()
    if tracer is not None:
        with tracer:
            result = call()
    else:
        result = call()
    seconds = time.perf_counter() - start
    figures: dict[str, Any] = {
        "seconds": seconds,
        "cpu_s": _cpu_seconds() - cpu,
        "rss_before_kib": rss_before,
        "hwm_before_kib": hwm_before,
        "sqlite_before_bytes": sqlite_before,
        "sqlite_peak_bytes": lib.sqlite3_memory_highwater(0) if lib else None,
        "sqlite_cache_peak_bytes": _sqlite_page_cache_peak(lib) if lib else None,
    }
    if tracer is not None:
        figures["python_peak_bytes"] = tracer.peak_bytes
        figures["python_snapshot_bytes"] = tracer.snapshot_bytes
        figures["python_sampled_bytes"] = tracer.sampled_max
        figures["snapshot_rss_bytes"] = tracer.snapshot_rss
        figures["top"] = tracer.top()
    return result, figures


def _child_export(spec: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
    from fieldkit.identity.card import parse_card

    coord = Recipient.from_card(parse_card(Path(spec["coord_card"]).read_bytes()))
    options = ExportOptions(recipients=[coord], mode="full", max_size=NEVER_SPLIT)
    vault = _open_vault(spec["vault"])
    try:
        result, figures = _measured(spec, lambda: export_bundles(vault, Path(spec["out"]), options))
    finally:
        vault.close()
    if len(result.bundles) != 1:
        raise RuntimeError(f"expected one bundle, got {len(result.bundles)}")
    (bundle,) = result.bundles
    if (bundle.records + bundle.revisions, bundle.photos) != (spec["records"], spec["photos"]):
        raise RuntimeError(f"the bundle holds {bundle.revisions} revisions, {bundle.photos} photos")
    return {**figures, "bundle": str(bundle.path), "bundle_bytes": bundle.size}


def _child_verify(spec: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.bundles.verify import verify_bundle

    vault = _open_vault(spec["vault"]) if spec.get("vault") else None
    trust = [Path(spec["sender_card"])] if vault is None else []
    try:
        report, figures = _measured(
            spec, lambda: verify_bundle(Path(spec["bundle"]), trust_files=trust, vault=vault)
        )
    finally:
        if vault is not None:
            vault.close()
    if not report.valid or not report.signer.trusted:
        raise RuntimeError(f"verify failed: {report.errors} {report.signer}")
    if report.content_inspected != (vault is not None):
        raise RuntimeError("content_inspected is not what the benchmark expects")
    if vault is not None and report.counts.get("photos") != spec["photos"]:
        raise RuntimeError(f"verify counted {report.counts}")
    return {**figures, "bytes_checked": report.bytes_checked, "counts": report.counts}


def _child_import(spec: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.bundles.importer import import_bundle

    vault = _open_vault(spec["vault"])
    try:
        result, figures = _measured(spec, lambda: import_bundle(vault, Path(spec["bundle"])))
    finally:
        vault.close()
    if result.refused is not None:
        raise RuntimeError(f"import refused: {result.refused}")
    expected = (0, spec["records"]) if spec["again"] else (spec["records"], 0)
    if (result.new_revisions, result.duplicates) != expected:
        raise RuntimeError(
            f"import: {result.new_revisions} new, {result.duplicates} duplicates; "
            f"expected {expected}"
        )
    if not spec["again"] and result.new_photos != spec["photos"]:
        raise RuntimeError(f"import added {result.new_photos} photos, not {spec['photos']}")
    return {**figures, "result": result.to_json()}


CHILDREN = {"export": _child_export, "verify": _child_verify, "import": _child_import}


def child_main(spec_text: str) -> int:
    spec = json.loads(spec_text)
    result = CHILDREN[spec["op"]](spec)
    result["peak_rss_kib"] = _status_kib("VmHWM")
    print(json.dumps(result))
    return 0


def run_child(spec: dict[str, Any]) -> dict[str, Any]:
    return run_script_child(spec, Path(__file__).resolve())


# --- setup (not timed) -------------------------------------------------------------------------


def _record_row(i: int) -> dict[str, Any]:
    return {
        "inventory_number": f"BM-{i:06d}",
        "title": f"Memory benchmark object {i}",
        "object_type": ("vessel", "panel", "textile", "manuscript")[i % 4],
        "materials_techniques": MATERIALS[i % len(MATERIALS)],
        "description": DESCRIPTION,
        "status": "in_storage",
        "salvage_priority": 1 + i % 4,
        "notes": f"Shelf {i % 97}, box {i // 97}; checked {1 + i % 28:02d} March.",
    }


def add_records(vault_path: str, total: int) -> int:
    """Object records without photos until the vault holds ``total``; returns the count."""
    from fieldkit.records import fields as F
    from fieldkit.records.service import Records

    vault = _open_vault(vault_path)
    try:
        have = int(vault.db.execute("SELECT count(*) FROM records").fetchone()[0])
        records = Records(vault)
        for first in range(have, total, BATCH):
            rows = [
                F.clean_fields(F.OBJECT, _record_row(i))
                for i in range(first, min(total, first + BATCH))
            ]
            records.create_many(F.OBJECT, rows)
        return int(vault.db.execute("SELECT count(*) FROM records").fetchone()[0])
    finally:
        vault.close()


def trust_sender(coord_path: str, sender_card: str) -> None:
    from fieldkit.identity import trust
    from fieldkit.identity.card import parse_card

    vault = _open_vault(coord_path)
    try:
        with vault.transaction() as db:
            trust.add(db, parse_card(Path(sender_card).read_bytes()), verified=True)
    finally:
        vault.close()


def copy_vault(src: str, dest: Path) -> str:
    shutil.copytree(src, dest)
    (dest / "vault.lock").unlink(missing_ok=True)
    return str(dest)


# --- the benchmark -----------------------------------------------------------------------------


def _mb(kib: int) -> float:
    return round(kib / 1024, 1)


def _mib(n: int | None) -> float | None:
    return None if n is None else round(n / 2**20, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=2.0, help="GB of stored photos (default 2)")
    parser.add_argument("--records", type=int, default=20_000, help="records in all")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the temporary files")
    parser.add_argument("--json", dest="json_out", default=None)
    parser.add_argument("--trace", action="store_true", help="also show Python allocation sites")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child_main(args.child)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="bundle-memory-") as tmp_name:
        tmp = Path(tmp_name)
        setup = create_vaults(tmp, int(args.gb * 1e9))
        shutil.rmtree(setup.pop("plain"))  # bundle_speed's stock-pipeline input: not needed here
        records = add_records(setup["vault"], args.records)
        trust_sender(setup["coord_vault"], setup["sender_card"])
        setup_s = time.perf_counter() - started
        common = {"photos": setup["photos"], "records": records}
        bundle = tmp / "memory.fkb"

        raw: dict[str, dict[str, Any]] = {}
        raw["export"] = run_child(
            {
                "op": "export",
                **common,
                "vault": setup["vault"],
                "coord_card": setup["coord_card"],
                "out": str(bundle),
            }
        )
        bundle_bytes = bundle.stat().st_size
        verify = {"op": "verify", **common, "bundle": str(bundle)}
        raw["verify (no key)"] = run_child({**verify, "sender_card": setup["sender_card"]})
        raw["verify (vault)"] = run_child({**verify, "vault": setup["coord_vault"]})
        pristine = copy_vault(setup["coord_vault"], tmp / "coordinator-before-import")
        imp = {"op": "import", **common, "bundle": str(bundle), "vault": setup["coord_vault"]}
        raw["import"] = run_child({**imp, "again": False})
        raw["re-import"] = run_child({**imp, "again": True})

        traced: dict[str, dict[str, Any]] = {}
        if args.trace:
            traced_out = tmp / "traced.fkb"
            traced["export"] = run_child(
                {
                    "op": "export",
                    **common,
                    "vault": setup["vault"],  # mode "full" exports everything again
                    "coord_card": setup["coord_card"],
                    "out": str(traced_out),
                    "trace": True,
                }
            )
            traced_out.unlink()
            traced["verify (no key)"] = run_child(
                {**verify, "sender_card": setup["sender_card"], "trace": True}
            )
            traced["verify (vault)"] = run_child({**verify, "vault": pristine, "trace": True})
            traced_imp = {**imp, "vault": pristine, "trace": True}
            traced["import"] = run_child({**traced_imp, "again": False})
            traced["re-import"] = run_child({**traced_imp, "again": True})

    results = {
        step: {
            "seconds": round(r["seconds"], 3),
            "peak_rss_mb": _mb(r["peak_rss_kib"]),
            "baseline_rss_mb": _mb(r["rss_before_kib"]),
            "cpu_s": round(r["cpu_s"], 3),
            "sqlite_peak_mb": _mib(r["sqlite_peak_bytes"]),
            "sqlite_page_cache_peak_mb": _mib(r["sqlite_cache_peak_bytes"]),
            "met": r["peak_rss_kib"] / 1024 < TARGET_MB,
        }
        for step, r in raw.items()
    }

    print(
        f"{setup['photos']} photos ({setup['photo_bytes'] / 1e6:,.0f} MB), {records:,} records; "
        f"bundle {bundle_bytes / 1e6:,.0f} MB in one file; setup {setup_s:.0f} s; "
        f"{os.cpu_count()} CPUs"
    )
    header = (
        f"{'step':<17}{'seconds':>9}{'peak RSS MB':>13}{'baseline MB':>13}{'target':>9}"
        f"{'met':>5}  {'SQLite peak MB (page cache)'}"
    )
    print(header)
    print("-" * len(header))
    for step in STEPS:
        r = results[step]
        sqlite = "-"
        if r["sqlite_peak_mb"] is not None:
            sqlite = f"{r['sqlite_peak_mb']:>8.1f} ({r['sqlite_page_cache_peak_mb']:.1f})"
        print(
            f"{step:<17}{r['seconds']:>9.2f}{r['peak_rss_mb']:>13.1f}{r['baseline_rss_mb']:>13.1f}"
            f"{'< ' + str(TARGET_MB):>9}{'yes' if r['met'] else 'no':>5}  {sqlite}"
        )
    for step, r in traced.items():
        print(
            f"\n{step} under tracemalloc ({r['seconds']:.1f} s): VmHWM "
            f"{r['peak_rss_kib'] / 1024:.1f} MB (tracemalloc's own tables included), SQLite "
            f"{_mib(r['sqlite_peak_bytes'])} MB, Python peak "
            f"{r['python_peak_bytes'] / 2**20:.1f} MB (allocated, touched or not; "
            f"{r['python_sampled_bytes'] / 2**20:.1f} MB at most when sampled every 10 ms); "
            f"largest Python sites at the RSS high ({r['snapshot_rss_bytes'] / 2**20:.1f} MB "
            f"RSS, {r['python_snapshot_bytes'] / 2**20:.1f} MB traced):"
        )
        for site in r["top"]:
            print(
                f"  {site['mb']:>7.1f} MB {site['blocks']:>8} blocks  {site['where']:<28}"
                f" {' <- '.join(reversed(site['fieldkit']))}"
            )

    payload: dict[str, Any] = {
        "benchmark": "bundle_memory",
        "photo_bytes": setup["photo_bytes"],
        "photos": setup["photos"],
        "records": records,
        "bundle_bytes": bundle_bytes,
        "target_peak_rss_mb": TARGET_MB,
        "results": {
            step: {k: results[step][k] for k in ("seconds", "peak_rss_mb", "baseline_rss_mb")}
            | {
                k: results[step][k]
                for k in ("cpu_s", "sqlite_peak_mb", "sqlite_page_cache_peak_mb")
            }
            for step in STEPS
        },
        "targets_met": {step: results[step]["met"] for step in STEPS},
        "total_s": round(time.perf_counter() - started, 1),
    }
    if traced:
        payload["traced"] = {
            step: {
                "seconds": round(r["seconds"], 3),
                "peak_rss_mb": _mb(r["peak_rss_kib"]),
                "python_peak_mb": round(r["python_peak_bytes"] / 2**20, 1),
                "python_sampled_mb": round(r["python_sampled_bytes"] / 2**20, 1),
                "top": r["top"],
            }
            for step, r in traced.items()
        }
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(payload, indent=2) + "\n")
    print(json.dumps(payload))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
