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

**Processes, not threads.** Hashing on two threads was measured and not kept (2026-12-05): the
pure Python transform holds the GIL, so two threads were no faster than one. Many photos at
once (a vault's first search, :data:`_POOL_MIN` or more) are hashed by a pool of worker
processes, one per core: the thumbnails go to them through the pool's pipe, in batches, and
only the hashes come back; nothing is written to a file. The pool is shut down when the search
ends, is cancelled or fails. A frozen (PyInstaller) app hashes in its own process, since a
worker started there would start the app again.

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

**The bits do not change.** The hashes are cached in vaults and in the archive, so every
version must give the same bits for the same thumbnail: the transform adds the same products
in the same order as the first version (a reordered sum rounds differently, and coefficients
that are zero in theory, as in any symmetric picture, then fall on the other side of the
median), and only what is exact was made cheaper (the turns are index and sign changes).

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
import os
import subprocess
import sys
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from itertools import chain, islice, repeat
from pathlib import Path

from PIL import Image

import fieldkit
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
# Photos to hash before a pool of processes pays for starting it (about 0.2 s a worker: a new
# interpreter importing Pillow and this module) against about 0.3 ms a photo.
_POOL_MIN = 2000
_POOL_BATCH = 250  # thumbnails sent to a worker at a time: few pipe round trips, quick cancel
Hashes = tuple[int, int, int, int]  # the photo as it is, then turned 90°, 180°, 270°

_COS = tuple(
    tuple(math.cos(math.pi * (2 * x + 1) * u / (2 * GRID)) for x in range(GRID))
    for u in range(BLOCK)
)
_MUL = operator.mul


def _dct_block(pixels: Sequence[int]) -> list[list[float]]:
    """C[u][v] for u, v < 8 (u vertical frequency), of the grid given row by row.

    Each coefficient is the same sum of the same products, added in the same order, as the
    first version's (the cached hashes depend on it): only the Python around the sums changed.
    """
    rows = zip(*[iter(pixels)] * GRID, strict=True)
    # per row: v = 0..7
    partial = [list(map(sum, map(map, repeat(_MUL), repeat(row, BLOCK), _COS))) for row in rows]
    columns = list(zip(*partial, strict=True))  # per v: the column over y
    return [list(map(sum, map(map, repeat(_MUL), columns, repeat(c, BLOCK)))) for c in _COS]


def _turns() -> tuple[tuple[tuple[int, bool], ...], ...]:
    """For each quarter turn, where each of the 63 non-DC coefficients of the turned block comes
    from in the block (index in the block read row by row, negated or not)."""
    block = [[(u * BLOCK + v, False) for v in range(BLOCK)] for u in range(BLOCK)]
    out = []
    for _ in range(4):
        out.append(tuple(block[u][v] for u in range(BLOCK) for v in range(BLOCK))[1:])
        # A quarter turn anticlockwise (PIL's ROTATE_90): transposed, odd u negated.
        block = [
            [(block[v][u][0], block[v][u][1] != (u % 2 == 1)) for v in range(BLOCK)]
            for u in range(BLOCK)
        ]
    return tuple(out)


_TURNS = _turns()
_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def _bits(values: list[float]) -> int:
    """The 63 bits: 1 where a coefficient is above the median (first coefficient first)."""
    median = sorted(values)[len(values) // 2]
    return int(bytes(map(median.__lt__, values)).translate(_AS_DIGITS), 2)


def _hashes_of_block(block: list[list[float]]) -> Hashes | None:
    flat = list(chain.from_iterable(block))
    dc = abs(flat[0])
    if sum(map(abs, flat)) - dc <= FLAT * dc:
        return None  # flat: no picture to recognise, so no evidence either way
    # Negating is exact, as the first version's multiplying by -1 was.
    negated = [-value for value in flat]
    h = [_bits([negated[i] if minus else flat[i] for i, minus in turn]) for turn in _TURNS]
    return (h[0], h[1], h[2], h[3])


def _grid(jpeg: bytes) -> list[int] | None:
    """The thumbnail in grey, 16×16, row by row; None if it cannot be decoded."""
    try:
        with Image.open(io.BytesIO(jpeg)) as img:
            if img.width * img.height > 4096 * 4096:
                return None
            img.draft("L", (64, 64))
            return list(img.convert("L").resize((GRID, GRID), Image.Resampling.BOX).tobytes())
    except Exception:  # any decoder failure on hostile bytes means "no hash"
        return None


def hash_thumbnail(jpeg: bytes) -> Hashes | None:
    """The four rotation hashes of a thumbnail, or None if it cannot be decoded or is flat.

    Never raises for bad bytes: a thumbnail is data from other vaults (bundles) and may be
    anything. Decompression bombs are refused by Pillow's own limit (a thumbnail is small).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pixels = _grid(jpeg)
    return None if pixels is None else _hashes_of_block(_dct_block(pixels))


def hash_thumbnails(thumbnails: Sequence[bytes]) -> list[Hashes | None]:
    """:func:`hash_thumbnail` of each (what a pool's worker runs on a batch)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        grids = [_grid(jpeg) for jpeg in thumbnails]
    return [None if g is None else _hashes_of_block(_dct_block(g)) for g in grids]


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


def _cancelled() -> CancelledError:
    return CancelledError(
        QT_TRANSLATE_NOOP("errors", "Cancelled; the search for possible duplicates stopped.")
    )


def _workers(photos: int) -> int:
    """How many processes to hash this many photos with: 1 is this one, no pool."""
    if photos < _POOL_MIN or not sys.executable:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _thumbnails(vault: Vault, shas: list[str]) -> Iterator[tuple[str, bytes | None]]:
    """(sha, thumbnail or None when the photo is referenced but not received), in this order;
    one query per batch rather than per photo."""
    for start in range(0, len(shas), _WRITE_BATCH):
        batch = shas[start : start + _WRITE_BATCH]
        marks = ",".join("?" * len(batch))
        found = {
            str(sha): bytes(thumb)
            for sha, thumb in vault.db.execute(
                f"SELECT sha256, thumbnail FROM photos WHERE sha256 IN ({marks})",  # noqa: S608
                batch,
            )
        }
        for sha in batch:
            yield sha, found.get(sha)


# The worker runs isolated (-I: no current folder, PYTHONPATH or user site on its import path):
# it receives every decrypted thumbnail, and ``python -m`` would have put the folder the user
# started from first on its path (a USB stick of bundles, Downloads: a ``struct.py`` there ran in
# it; review r14 #2). Its path is this process's own instead, so it imports the same fieldkit
# and Pillow whatever the install. hash_worker.main guards it as the app guards itself.
HASH_WORKER_OPTION = "--hash-worker"  # the packaged program's switch into a worker
_WORKER_CODE = (
    "import sys; sys.path[:0] = sys.argv[1:]; "
    "from fieldkit.duplicates.hash_worker import main; main()"
)


def _worker_command() -> list[str]:
    """How to start a worker. The packaged app (PyInstaller, ``sys.frozen``) has no Python to
    run ``-c`` with: its own program starts as a worker when given ``--hash-worker``
    (packaging/pyinstaller/fieldkit_main.py). The console program ``fieldkit`` is used where the
    app is a windowed one beside it (Windows, macOS: FieldKitApp), whose standard streams a
    pipe may not reach."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        console = program.with_name("fieldkit" + program.suffix)
        return [str(console if console.is_file() else program), HASH_WORKER_OPTION]
    return [sys.executable, "-I", "-c", _WORKER_CODE, *_worker_path()]


def _worker_path() -> list[str]:
    """Where the worker imports from: fieldkit's root, then this process's path without the
    current folder (which is on it only when started as ``python -m``/``-c`` from there)."""
    root = str(Path(fieldkit.__file__).resolve().parents[1])
    here = os.path.realpath(os.getcwd())
    paths = [root]
    for entry in sys.path:
        if entry and os.path.isabs(entry) and os.path.realpath(entry) != here:
            if entry not in paths:
                paths.append(entry)
    return paths


class _Worker:
    """One worker process (:mod:`fieldkit.duplicates.hash_worker`) and its two pipes."""

    def __init__(self) -> None:
        # This interpreter or program, our own code and paths: nothing a user or a file supplied.
        self.process = subprocess.Popen(  # noqa: S603
            _worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            # Windows: no console window flashing up for each worker of the packaged app.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )

    def send(self, thumbnails: list[bytes]) -> None:
        """Raises OSError if the worker is gone."""
        from fieldkit.duplicates import hash_worker

        try:
            self.process.stdin.write(hash_worker.encode_batch(thumbnails))  # type: ignore[union-attr]
            self.process.stdin.flush()  # type: ignore[union-attr]
        except ValueError as exc:  # the pipe was closed here (stopped)
            raise OSError("photo-hash worker stopped") from exc

    def receive(self, count: int) -> list[Hashes | None]:
        """The hashes of the batch of ``count`` sent first; raises OSError if the worker is gone."""
        from fieldkit.duplicates import hash_worker

        size = hash_worker.RESULT_SIZE
        try:
            data = self.process.stdout.read(count * size)  # type: ignore[union-attr]
        except ValueError as exc:
            raise OSError("photo-hash worker stopped") from exc
        if len(data) != count * size:
            raise OSError("photo-hash worker ended")
        return [hash_worker.decode_result(data[i : i + size]) for i in range(0, len(data), size)]

    def stop(self) -> None:
        """End the process now (a batch it was hashing is dropped) and reap it."""
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:  # the pipe broke: the worker is gone already
                    pass
        self.process.kill()
        self.process.wait()


def _hashed(
    items: Iterator[tuple[str, bytes | None]],
    workers: int,
    cancel: Callable[[], bool] | None,
) -> Generator[tuple[str, bytes | None, Hashes | None], None, None]:
    """(sha, thumbnail or None, its hashes) of each item in order, on ``workers`` processes.

    Raises CancelledError between photos (in this process) or between batches (pool).
    """
    if workers <= 1:
        for sha, thumbnail in items:
            if cancel is not None and cancel():
                raise _cancelled()
            yield sha, thumbnail, None if thumbnail is None else hash_thumbnail(thumbnail)
        return
    # Processes of their own (not multiprocessing's, which runs the parent's main module again
    # in each worker): a fresh interpreter, not a fork of this one with its threads and the
    # vault's keys in memory. The thumbnails go through the worker's pipe, never a file.
    pool: list[_Worker] = []
    # Batches in flight, oldest first: (items, thumbnails sent, worker; None: hashed here).
    pending: deque[tuple[list[tuple[str, bytes | None]], list[bytes], _Worker | None]] = deque()
    try:
        pool.extend(_Worker() for _ in range(workers))
        turn = 0
        exhausted = False
        while not exhausted or pending:
            # Two batches per worker in flight: one hashing, one waiting in the pipe.
            while not exhausted and len(pending) < 2 * len(pool):
                batch = list(islice(items, _POOL_BATCH))
                exhausted = len(batch) < _POOL_BATCH
                if not batch:
                    break
                thumbs = [t for _, t in batch if t is not None]
                chosen = pool[turn % len(pool)]
                turn += 1
                worker: _Worker | None = chosen
                try:
                    chosen.send(thumbs)
                except OSError:
                    worker = None  # it died: this batch is hashed here
                pending.append((batch, thumbs, worker))
            if not pending:
                break
            if cancel is not None and cancel():
                raise _cancelled()
            batch, thumbs, worker = pending.popleft()
            try:
                if worker is None:
                    raise OSError
                results = worker.receive(len(thumbs))
            except OSError:
                # A worker died (killed, out of memory): this process hashes the rest.
                results = hash_thumbnails(thumbs)
                if worker is not None and worker in pool:
                    pool.remove(worker)
                    worker.stop()
                if not pool:
                    yield from _hashed(_chain_items(pending, items), 1, cancel)
                    return
            for (sha, thumbnail), hashes in zip(batch, _spread(batch, results), strict=True):
                yield sha, thumbnail, hashes
    finally:
        # Also on cancel and on error: batches in flight are dropped, the workers end.
        for worker in pool:
            worker.stop()


def _spread(
    batch: list[tuple[str, bytes | None]], results: list[Hashes | None]
) -> Iterator[Hashes | None]:
    """The results (of the batch's thumbnails) laid out over the batch (None: no thumbnail)."""
    hashes = iter(results)
    for _, thumbnail in batch:
        yield None if thumbnail is None else next(hashes)


def _chain_items(
    pending: deque[tuple[list[tuple[str, bytes | None]], list[bytes], _Worker | None]],
    items: Iterator[tuple[str, bytes | None]],
) -> Iterator[tuple[str, bytes | None]]:
    """The items of the batches in flight, then the rest: what is left once no worker is."""
    while pending:
        yield from pending.popleft()[0]
    yield from items


def photo_hashes(
    vault: Vault,
    shas: Iterable[str],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, Hashes]:
    """The hashes of these photos (those with a readable thumbnail), from the cache or computed.

    Computed hashes are written to the cache in batches, each its own transaction, so a
    cancelled run keeps what it finished; on a full or read-only medium they are not cached.
    ``progress(done, total)`` counts photos hashed now. Many photos are hashed by a pool of
    processes (:data:`_POOL_MIN`), shut down before this returns or raises. Raises
    CancelledError.
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
    rows: list[tuple[str, str, bytes]] = []

    def write() -> None:
        nonlocal writable
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
        rows.clear()

    # closing(): the pool is shut down here, also when this raises (cancelled, a full disk, a
    # progress callback's error), not whenever the generator is collected.
    with closing(_hashed(_thumbnails(vault, todo), _workers(total), cancel)) as hashed:
        for sha, thumbnail, hashes in hashed:
            done += 1
            if thumbnail is not None:  # else referenced, not received yet: nothing to cache
                if hashes is not None:
                    out[sha] = hashes
                rows.append((sha, ALGORITHM, _pack(hashes)))
            if done % _WRITE_BATCH == 0 or done == total:
                write()
                if progress is not None:
                    progress(done, total)
            elif progress is not None and done % 64 == 0:
                progress(done, total)
    return out
