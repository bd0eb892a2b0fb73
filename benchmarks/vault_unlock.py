"""Unlock benchmark: Argon2id calibration and derivation, then vault open (SPEC §13).

Usage: python benchmarks/vault_unlock.py [--objects N] [--runs R] [--json FILE]

Creates a vault with the parameters calibrated on this machine (the real ones), optionally
fills it with N objects through the service API, then measures unlocking: the key derivation
alone, and the whole Vault.open (derivation + database open + checks). Prints a table and JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldkit.crypto.kdf import calibrate, derive_key
from fieldkit.vault import Vault

PASSPHRASE = "benchmark passphrase"  # noqa: S105 - a throwaway benchmark vault


def timed(fn, runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return {
        "median_ms": statistics.median(samples),
        "min_ms": min(samples),
        "max_ms": max(samples),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objects", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", dest="json_out", default=None)
    args = parser.parse_args()

    results: dict[str, dict[str, float]] = {}
    start = time.perf_counter()
    params = calibrate()
    results["calibrate"] = {"median_ms": (time.perf_counter() - start) * 1000}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vault"
        vault, _ = Vault.create(path, PASSPHRASE, name="bench", kdf=params)
        if args.objects:
            from fieldkit.records import fields as F
            from fieldkit.records.service import Records

            rows = [
                F.clean_fields(F.OBJECT, {"inventory_number": f"B-{i}", "title": f"Object {i}"})
                for i in range(args.objects)
            ]
            Records(vault).create_many(F.OBJECT, rows)
        vault.close()
        salt = b"\0" * 16
        results["argon2id"] = timed(
            lambda: derive_key(PASSPHRASE.encode(), salt, params), args.runs
        )
        results["vault_open_total"] = timed(lambda: Vault.open(path, PASSPHRASE).close(), args.runs)
    results["vault_open_after_kdf"] = {
        k: results["vault_open_total"][k] - results["argon2id"]["median_ms"] for k in ("median_ms",)
    }
    print(
        f"Argon2id parameters: t={params.iterations}, m={params.memory_kib} KiB, p={params.lanes}"
    )
    print(f"objects in vault: {args.objects}")
    print(f"{'benchmark':<24}{'median ms':>12}{'min ms':>10}{'max ms':>10}")
    for name, r in results.items():
        print(
            f"{name:<24}{r['median_ms']:>12.1f}"
            f"{r.get('min_ms', float('nan')):>10.1f}{r.get('max_ms', float('nan')):>10.1f}"
        )
    payload = {
        "kdf": {"iterations": params.iterations, "memory_kib": params.memory_kib},
        "objects": args.objects,
        "results": results,
    }
    print(json.dumps(payload))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
