"""Time to ingest a 12-megapixel JPEG into a vault (target: under 150 ms).

Usage: python benchmarks/photo_ingest.py [--runs 10] [--quality 90] [--tmp DIR]

Generates a 4000 x 3000 JPEG with gradients and sensor-like noise (about 3-6 MB, like a phone
photo), then ingests it ``--runs`` times into a fresh vault with cheap KDF parameters, each time
with one pixel changed so the bytes (and SHA-256) differ and nothing is deduplicated. Each run is
a whole transaction: checks, full decode (JPEG draft mode), EXIF, thumbnail, hashing,
encryption, fsync of the media file, the rows, and the commit. Prints a table and then one line
of JSON with median/min/max milliseconds and peak RSS (MB = 2^20 bytes).

The JPEGs are written to the temporary folder first and read back one at a time before each
(timed) run, so memory holds one photo at a time. ``setup_peak_rss_mb`` is the process's peak
after drawing them; then the peak is reset (``/proc/self/clear_refs``, Linux >= 4.0) so that
``peak_rss_mb`` covers only the ingest runs (the interpreter, the open vault and whatever
setup left resident included). Where the reset is not possible, ``peak_rss_mb`` is the whole
process's and ``peak_rss_scope`` says so.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.records.photos import ingest_photo
from fieldkit.vault import Vault

WIDTH, HEIGHT = 4000, 3000
TARGET_MS = 150.0


def base_image() -> Image.Image:
    """Smooth colour gradients plus per-pixel noise: compresses like a real photo."""
    red = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    green = Image.radial_gradient("L").resize((WIDTH, HEIGHT))
    blue = red.transpose(Image.Transpose.ROTATE_180)
    smooth = Image.merge("RGB", (red, green, blue))
    noise = Image.effect_noise((WIDTH, HEIGHT), 24).convert("RGB")
    return Image.blend(smooth, noise, 0.25)


def jpeg_variant(img: Image.Image, run: int, quality: int) -> bytes:
    img.putpixel((run % WIDTH, 0), (run % 256, 0, 0))  # new bytes each run: no dedup
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def peak_rss_mb() -> float:
    """The process's peak RSS since start or since the last :func:`reset_peak`."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        status = ""
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    if found:
        return int(found.group(1)) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> bool:
    """Reset the peak RSS to the current RSS (Linux); whether that was possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--quality", type=int, default=90)
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the vault")
    parser.add_argument("--from-file", action="store_true", help="ingest from a file, not bytes")
    args = parser.parse_args()

    if args.runs < 1:
        parser.error("--runs must be at least 1")

    timings: list[float] = []
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        img = base_image()
        files = []
        for run in range(args.runs):
            path = Path(tmp) / f"IMG_{run:04d}.JPG"
            path.write_bytes(jpeg_variant(img, run, args.quality))
            files.append(path)
        del img
        sizes = [path.stat().st_size for path in files]
        gc.collect()
        setup_peak = peak_rss_mb()
        scope = "ingest runs" if reset_peak() else "whole process"
        kdf = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
        vault, _ = Vault.create(Path(tmp) / "vault", "benchmark only", name="bench", kdf=kdf)
        with vault:
            for path in files:
                source: Path | bytes = path if args.from_file else path.read_bytes()
                start = time.perf_counter()
                with vault.transaction() as db:
                    info = ingest_photo(vault, db, source)
                timings.append((time.perf_counter() - start) * 1000)
                if not info.new:
                    raise SystemExit("a run was deduplicated: the benchmark is broken")
                del source
        peak = peak_rss_mb()

    print(f"{'run':>4} {'bytes':>10} {'ms':>8}")
    for run, (size, ms) in enumerate(zip(sizes, timings, strict=True)):
        print(f"{run:>4} {size:>10,} {ms:>8.1f}")
    median = statistics.median(timings)
    print(f"median {median:.1f} ms, min {min(timings):.1f}, max {max(timings):.1f}", end="")
    print(f" (target < {TARGET_MS:.0f} ms: {'met' if median < TARGET_MS else 'MISSED'})")
    print(f"peak RSS {peak:,.0f} MB ({scope}); setup {setup_peak:,.0f} MB")
    print(
        json.dumps(
            {
                "benchmark": "photo_ingest",
                "megapixels": WIDTH * HEIGHT / 1e6,
                "runs": args.runs,
                "source": "file" if args.from_file else "bytes",
                "mean_bytes": round(statistics.mean(sizes)),
                "median_ms": round(median, 1),
                "min_ms": round(min(timings), 1),
                "max_ms": round(max(timings), 1),
                "target_ms": TARGET_MS,
                "peak_rss_mb": round(peak, 1),
                "peak_rss_scope": scope,
                "setup_peak_rss_mb": round(setup_peak, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
