"""Perceptual hashes of the photos' thumbnails, cached in the encrypted database.

The algorithm is the classic **DCT pHash** (Zauner, *Implementation and Benchmarking of
Perceptual Image Hash Functions*, 2010; the one pHash.org and the ``imagehash`` package use),
on Pillow and the standard library alone:

1. the stored thumbnail (JPEG, longest side 256 px, upright) is decoded in grey at a reduced
   scale (libjpeg's DCT scaling) and resized to 16×16 with a box filter (pHash uses 32×32; its
   8×8 lowest frequencies are the same frequencies of the picture, and 16×16 makes the pure
   Python transform four times cheaper: about 0.5 ms a photo, decoding included);
2. the 2-D DCT-II of that grid is computed for its 8×8 lowest frequencies only (separable:
   rows, then columns, against precomputed cosines);
3. the 63 coefficients after the DC term become 63 bits: 1 where a coefficient is above
   their median. A flat picture (the absolute non-DC coefficients sum to at most 2 % of the
   DC term: a grey card, a lens cap, an overexposed frame) gets no hash: its bits would be
   rounding noise, alike for every flat picture.

**One thread.** Hashing on two threads was measured and not kept (2026-12-05): decoding a
thumbnail in draft mode is about a third of the 0.3 ms a photo takes and the pure Python
transform holds the GIL, so two threads took 0.35–0.41 ms a photo against 0.31–0.36 ms on one.

Resizing and recompressing barely move the lowest frequencies (a few bits of 63); a 10 % crop
moves them more (about a fifth of the bits), which the detector weighs accordingly.

**Crops: a second hash was measured and not kept (2026-12-05).** On 150 synthetic photos of the
planted collection (``duplicates.planted``: 10 % cut from random sides), against unrelated
photos of the same kinds:

- a centre crop (90 %) as a second hash: cropped pairs 0.79 → 0.83 alike on average, tenth
  percentile 0.68 → 0.71; unrelated pairs 0.61 → 0.64 (ninetieth percentile 0.71 either way):
  the crop's cut is off-centre as often as not, so the centre window rarely lines up;
- block-wise alignment, the hashes of five 90 % windows (four corners, centre) compared with the
  other photo's whole hash both ways: cropped 0.80 → 0.89 (tenth percentile 0.71 → 0.81), but
  unrelated 0.61 → 0.68 (ninetieth percentile 0.68 → 0.75), since six chances to match lift
  every pair; the gap between a crop's tenth percentile and an unrelated pair's ninetieth
  grows only from 0.03 to 0.06, at five times the hashing time (0.7 → 3.3 ms a photo on a
  loaded machine) and six times the cache, and the detector's photo thresholds (0.75, 0.95)
  would have to be set again for the lifted unrelated pairs.

The planted collection is found without it with precision 1.000 and recall 0.950 (95 of
100; of the five missed, four have no second photo and one is a crop: a crop is rarely the
only evidence, numbers, titles and measurements count too), so the single hash stays; a
detector that must match crops on photos alone should compare aligned windows at scoring time,
for the pairs the blocking found, rather than store more hashes.

**Rotations.** Turning the image a quarter turn transposes the DCT block and flips the sign of
the odd frequencies along one axis, exactly. So the hashes of the four rotations come from the
one block, with no second decoding; two photos are compared on the best of the four.

**Cache.** ``photo_hashes`` (schema v14): one row per photo SHA-256 with the algorithm's name
and the four 63-bit hashes (32 bytes), or no hash (an empty blob) for a thumbnail that cannot
be decoded or is flat, so it is not retried on every run. Rows of another algorithm (an older
version) are ignored and replaced. Rows are only added, in their own transaction,
and are recomputable: the table holds nothing original.
"""

from __future__ import annotations

import io
import math
import operator
import warnings
from collections.abc import Callable, Iterable

from PIL import Image

from fieldkit.errors import CancelledError, DiskFullError, ReadOnlyMediumError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

ALGORITHM = "dct-phash-16-8-rot4-v2"  # v2: flat pictures get no hash
BITS = 63
GRID = 16
BLOCK = 8
# A picture whose non-DC coefficients sum (in absolute value) to less than this share of its DC
# term is flat: a grey card, a lens cap, an overexposed frame, a 1×1 thumbnail. Its bits would
# be rounding noise, the same for every flat picture, so it gets no hash. The synthetic test
# photos are above 0.05; a 7-level gradient on white is at 0.0075.
FLAT = 0.02
_HASH_BYTES = 8
_WRITE_BATCH = 500
Hashes = tuple[int, int, int, int]  # the photo as it is, then turned 90°, 180°, 270°

_COS = [[math.cos(math.pi * (2 * x + 1) * u / (2 * GRID)) for x in range(GRID)]
        for u in range(BLOCK)]
_MUL = operator.mul


def _dct_block(pixels: list[int]) -> list[list[float]]:
    """C[u][v] for u, v < 8 (u vertical frequency), of the grid given row by row."""
    rows = [pixels[i * GRID : (i + 1) * GRID] for i in range(GRID)]
    partial = [[sum(map(_MUL, row, c)) for c in _COS] for row in rows]  # per row: v = 0..7
    columns = list(zip(*partial, strict=True))  # per v: the column over y
    return [[sum(map(_MUL, col, c)) for col in columns] for c in _COS]


def _turned(block: list[list[float]]) -> list[list[float]]:
    """The block of the image turned a quarter turn anticlockwise (PIL's ROTATE_90)."""
    return [[block[v][u] * (-1 if u % 2 else 1) for v in range(BLOCK)] for u in range(BLOCK)]


def _bits(block: list[list[float]]) -> int:
    values = [block[u][v] for u in range(BLOCK) for v in range(BLOCK)][1:]
    median = sorted(values)[len(values) // 2]
    out = 0
    for value in values:
        out = (out << 1) | (value > median)
    return out


def hash_thumbnail(jpeg: bytes) -> Hashes | None:
    """The four rotation hashes of a thumbnail, or None if it cannot be decoded or is flat.

    Never raises for bad bytes: a thumbnail is data from other vaults (bundles) and may be
    anything. Decompression bombs are refused by Pillow's own limit (a thumbnail is small).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(jpeg)) as img:
                if img.width * img.height > 4096 * 4096:
                    return None
                img.draft("L", (64, 64))
                grey = img.convert("L").resize((GRID, GRID), Image.Resampling.BOX)
                pixels = list(grey.tobytes())
    except Exception:  # any decoder failure on hostile bytes means "no hash"
        return None
    block = _dct_block(pixels)
    dc = abs(block[0][0])
    if sum(abs(value) for row in block for value in row) - dc <= FLAT * dc:
        return None  # flat: no picture to recognise, so no evidence either way
    out = []
    for _ in range(4):
        out.append(_bits(block))
        block = _turned(block)
    return (out[0], out[1], out[2], out[3])


def distance(a: Hashes, b: Hashes) -> int:
    """Differing bits (0..63) between ``a`` as it is and ``b`` in its best rotation."""
    first = a[0]
    return min((first ^ other).bit_count() for other in b)


def similarity(a: Hashes, b: Hashes) -> float:
    return 1.0 - distance(a, b) / BITS


def _pack(hashes: Hashes | None) -> bytes:
    if hashes is None:
        return b""
    return b"".join(h.to_bytes(_HASH_BYTES, "big") for h in hashes)


def _unpack(blob: bytes) -> Hashes | None:
    if len(blob) != 4 * _HASH_BYTES:
        return None
    h = [int.from_bytes(blob[i : i + _HASH_BYTES], "big") for i in range(0, len(blob), 8)]
    return (h[0], h[1], h[2], h[3])


def store_hash(db: Connection, sha256: str, thumbnail: bytes) -> None:
    """Hash one thumbnail into the cache, inside the caller's transaction (photo ingest)."""
    db.execute(
        "INSERT OR REPLACE INTO photo_hashes (sha256, algorithm, hash) VALUES (?, ?, ?)",
        (sha256, ALGORITHM, _pack(hash_thumbnail(thumbnail))),
    )


def photo_hashes(
    vault: Vault,
    shas: Iterable[str],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, Hashes]:
    """The hashes of these photos (those with a readable thumbnail), from the cache or computed.

    Computed hashes are written to the cache in batches, each its own transaction, so a
    cancelled run keeps what it finished; on a full or read-only medium they are not cached.
    ``progress(done, total)`` counts photos hashed now. Raises CancelledError.
    """
    wanted = set(shas)
    out: dict[str, Hashes] = {}
    cached = vault.db.execute(
        "SELECT sha256, hash FROM photo_hashes WHERE algorithm = ?", (ALGORITHM,)
    )
    known: set[str] = set()
    for sha, blob in cached:
        sha = str(sha)
        if sha in wanted:
            known.add(sha)
            hashes = _unpack(bytes(blob))
            if hashes is not None:
                out[sha] = hashes
    todo = sorted(wanted - known)
    total = len(todo)
    if progress is not None:
        progress(0, total)
    done = 0
    writable = True
    for start in range(0, total, _WRITE_BATCH):
        batch = todo[start : start + _WRITE_BATCH]
        rows = []
        for sha in batch:
            if cancel is not None and cancel():
                raise CancelledError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Cancelled; the search for possible duplicates stopped."
                    )
                )
            row = vault.db.execute(
                "SELECT thumbnail FROM photos WHERE sha256 = ?", (sha,)
            ).fetchone()
            if row is None:  # referenced but not received yet: nothing to hash, nothing to cache
                done += 1
                continue
            hashes = hash_thumbnail(bytes(row[0]))
            if hashes is not None:
                out[sha] = hashes
            rows.append((sha, ALGORITHM, _pack(hashes)))
            done += 1
            if progress is not None and done % 64 == 0:
                progress(done, total)
        if rows and writable:
            try:
                with vault.transaction() as db:
                    db.executemany(
                        "INSERT OR REPLACE INTO photo_hashes (sha256, algorithm, hash) "
                        "VALUES (?, ?, ?)",
                        rows,
                    )
            except (DiskFullError, ReadOnlyMediumError):
                # A cache: on a full or read-only medium the search goes on without it (and
                # computes these hashes again next time).
                writable = False
        if progress is not None:
            progress(done, total)
    return out
