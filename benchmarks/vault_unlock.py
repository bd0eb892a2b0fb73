"""Unlock benchmark: Argon2id calibration and derivation, then vault open (SPEC §13).

Usage: python benchmarks/vault_unlock.py [--objects N] [--runs R] [--json FILE]

Creates a vault with the parameters calibrated on this machine (the real ones), optionally
fills it with N objects through the service API, then measures unlocking, R times each
(default 5): the key derivation alone, and the whole Vault.open (derivation + database open +
checks). ``vault_open_after_kdf`` is, run by run, the whole open less the key derivation inside
that same open (timed by wrapping the vault header's ``derive_key`` in this process only), so
its median, min and max are real runs rather than differences of medians. Calibration runs
once (a median of one). ``peak_rss_mb`` is the process's peak RSS (MB = 2^20 bytes; building
the N objects and Argon2id's 64 MiB included). Prints a table and, last, one line of JSON;
``--json FILE`` writes it too.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import fieldkit.vault.header as vault_header
from fieldkit.crypto.kdf import calibrate, derive_key
from fieldkit.vault import Vault

PASSPHRASE = "benchmark passphrase"  # noqa: S105 - a throwaway benchmark vault


def stats(samples: list[float]) -> dict[str, float]:
    return {
        "median_ms": statistics.median(samples),
        "min_ms": min(samples),
        "max_ms": max(samples),
    }


def timed(fn: Callable[[], object], runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return stats(samples)


def open_runs(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Milliseconds of each whole ``Vault.open`` (and close), and of the KDF inside each."""
    inside: list[float] = []
    real = vault_header.derive_key

    def derive_timed(*args: Any, **kwargs: Any) -> bytes:
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            inside.append((time.perf_counter() - start) * 1000)

    totals: list[float] = []
    vault_header.derive_key = derive_timed  # type: ignore[assignment]
    try:
        for _ in range(runs):
            before = len(inside)
            start = time.perf_counter()
            Vault.open(path, PASSPHRASE).close()
            totals.append((time.perf_counter() - start) * 1000)
            if len(inside) != before + 1:
                raise SystemExit("Vault.open did not derive exactly one key: benchmark is broken")
    finally:
        vault_header.derive_key = real
    return totals, inside


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objects", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", dest="json_out", default=None)
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

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
        totals, inside = open_runs(path, args.runs)
    results["vault_open_total"] = stats(totals)
    results["kdf_inside_open"] = stats(inside)
    results["vault_open_after_kdf"] = stats([t - k for t, k in zip(totals, inside, strict=True)])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"Argon2id parameters: t={params.iterations}, m={params.memory_kib} KiB, p={params.lanes}"
    )
    print(f"objects in vault: {args.objects}; {args.runs} runs; peak RSS {peak_mb:,.0f} MB")
    print(f"{'benchmark':<24}{'median ms':>12}{'min ms':>10}{'max ms':>10}")
    for name, r in results.items():
        spread = [f"{r[k]:>10.1f}" if k in r else f"{'-':>10}" for k in ("min_ms", "max_ms")]
        print(f"{name:<24}{r['median_ms']:>12.1f}{''.join(spread)}")
    payload = {
        "benchmark": "vault_unlock",
        "kdf": {"iterations": params.iterations, "memory_kib": params.memory_kib},
        "objects": args.objects,
        "runs": args.runs,
        "results": results,
        "peak_rss_mb": round(peak_mb, 1),
    }
    print(json.dumps(payload))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
