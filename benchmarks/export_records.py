"""Speed of `export-records` (LIDO, Linked Art, CSV) over a large demo collection.

Usage: python benchmarks/export_records.py [N] [--runs R] [--no-validate] [--tmp DIR]

Generates N demo objects (default 10,000; multilingual, with damage reports and photos) into a
fresh vault with cheap KDF parameters (once, untimed), then times ``export_records`` in each
format, R times (default 1; the median is reported), and prints a table and one line of JSON:
seconds, objects/s, output size, and the process's peak RSS (MB = 2^20 bytes; generating the
collection included). Unless --no-validate, the last LIDO file is also checked with
``xmllint --schema`` (untimed) when xmllint and the LIDO XSD in ../shared/testdata are there.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.demo.collection import generate
from fieldkit.exports import FORMATS, export_records
from fieldkit.vault import Vault

FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
LIDO_XSD = (
    Path(__file__).resolve().parents[2] / "shared" / "testdata" / "lido-schema" / ("lido-v1.1.xsd")
)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def _lido_valid(path: Path) -> bool | None:
    xmllint = shutil.which("xmllint")
    if xmllint is None or not LIDO_XSD.is_file():
        return None
    done = subprocess.run(
        [xmllint, "--noout", "--nonet", "--schema", str(LIDO_XSD), str(path)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("objects", type=int, nargs="?", default=10_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-validate", action="store_true")
    parser.add_argument("--tmp", type=Path, default=None)
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    results: dict[str, dict[str, float | int | bool | None]] = {}
    with tempfile.TemporaryDirectory(dir=args.tmp) as folder:
        base = Path(folder)
        vault, _ = Vault.create(base / "vault", "benchmark", name="Benchmark", kdf=FAST_KDF)
        try:
            generate(vault, objects=args.objects)
            for fmt in FORMATS:
                times = []
                target = base / {"lido": "x.xml", "linked-art": "la", "csv": "x.csv"}[fmt]
                for run in range(args.runs):
                    if run:
                        shutil.rmtree(target, ignore_errors=True)
                        target.unlink(missing_ok=True)
                        shutil.rmtree(base / "x-photos", ignore_errors=True)
                    started = time.perf_counter()
                    summary = export_records(vault, fmt, target)
                    times.append(time.perf_counter() - started)
                seconds = statistics.median(times)
                results[fmt] = {
                    "seconds": round(seconds, 3),
                    "objects": summary.objects,
                    "objects_per_s": round(summary.objects / seconds) if seconds else 0,
                    "bytes": _size(target),
                    "photos": summary.photos,
                }
                if fmt == "lido" and not args.no_validate:
                    results[fmt]["valid"] = _lido_valid(target)
        finally:
            vault.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'format':<12}{'objects':>9}{'seconds':>10}{'objects/s':>11}{'MB':>9}")
    for fmt, r in results.items():
        print(
            f"{fmt:<12}{r['objects']:>9}{r['seconds']:>10.2f}{r['objects_per_s']:>11}"
            f"{int(r['bytes'] or 0) / 2**20:>9.1f}"
        )
    print(f"peak RSS {peak_mb:.0f} MB")
    print(
        json.dumps(
            {"benchmark": "export_records", "results": results, "peak_rss_mb": round(peak_mb)}
        )
    )


if __name__ == "__main__":
    main()
