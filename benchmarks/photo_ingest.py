"""Time to ingest a 12-megapixel JPEG into a vault (target: under 150 ms).

Usage: python benchmarks/photo_ingest.py [--runs 10] [--quality 90] [--tmp DIR]

Generates a 4000 x 3000 JPEG with gradients and sensor-like noise (about 3-6 MB, like a phone
photo), then ingests it ``--runs`` times into a fresh vault with cheap KDF parameters, each time
with one pixel changed so the bytes (and SHA-256) differ and nothing is deduplicated. Each run is
a whole transaction: checks, full decode (JPEG draft mode), EXIF, thumbnail, hashing,
encryption, fsync of the media file, the rows, and the commit. Prints a table and then one line
of JSON with median/min/max milliseconds.
"""

from __future__ import annotations

import argparse
import io
import json
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--quality", type=int, default=90)
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the vault")
    parser.add_argument("--from-file", action="store_true", help="ingest from a file, not bytes")
    args = parser.parse_args()

    img = base_image()
    photos = [jpeg_variant(img, run, args.quality) for run in range(args.runs)]
    sizes = [len(p) for p in photos]
    timings: list[float] = []
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        kdf = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
        vault, _ = Vault.create(Path(tmp) / "vault", "benchmark only", name="bench", kdf=kdf)
        with vault:
            for run, data in enumerate(photos):
                source: Path | bytes = data
                if args.from_file:
                    source = Path(tmp) / f"IMG_{run:04d}.JPG"
                    source.write_bytes(data)
                start = time.perf_counter()
                with vault.transaction() as db:
                    info = ingest_photo(vault, db, source)
                timings.append((time.perf_counter() - start) * 1000)
                if not info.new:
                    raise SystemExit("a run was deduplicated: the benchmark is broken")

    print(f"{'run':>4} {'bytes':>10} {'ms':>8}")
    for run, (size, ms) in enumerate(zip(sizes, timings, strict=True)):
        print(f"{run:>4} {size:>10,} {ms:>8.1f}")
    median = statistics.median(timings)
    print(f"median {median:.1f} ms, min {min(timings):.1f}, max {max(timings):.1f}", end="")
    print(f" (target < {TARGET_MS:.0f} ms: {'met' if median < TARGET_MS else 'MISSED'})")
    print(
        json.dumps(
            {
                "megapixels": WIDTH * HEIGHT / 1e6,
                "runs": args.runs,
                "source": "file" if args.from_file else "bytes",
                "mean_bytes": round(statistics.mean(sizes)),
                "median_ms": round(median, 1),
                "min_ms": round(min(timings), 1),
                "max_ms": round(max(timings), 1),
                "target_ms": TARGET_MS,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
