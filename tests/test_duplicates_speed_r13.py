"""The faster first search for possible duplicates (r13): the photo hashes keep their bits
(vaults and the archive cache them), the pool of hashing processes gives the same hashes, is
shut down on cancel and on error and writes no thumbnail to a file; a number typed without its
prefix is paired with the full number."""

from __future__ import annotations

import io
import math
import operator
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path

import pytest
from conftest import FAST_KDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from fieldkit.duplicates import photo_hash
from fieldkit.duplicates.candidates import ObjectRow, find_candidates
from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

# --- the first version of the hash (fieldkit 0.1.0, r12), verbatim: the cached bits ---------

_GRID, _BLOCK = 16, 8
_COS = [
    [math.cos(math.pi * (2 * x + 1) * u / (2 * _GRID)) for x in range(_GRID)] for u in range(_BLOCK)
]


def _first_dct_block(pixels: list[int]) -> list[list[float]]:
    rows = [pixels[i * _GRID : (i + 1) * _GRID] for i in range(_GRID)]
    partial = [[sum(map(operator.mul, row, c)) for c in _COS] for row in rows]
    columns = list(zip(*partial, strict=True))
    return [[sum(map(operator.mul, col, c)) for col in columns] for c in _COS]


def _first_turned(block: list[list[float]]) -> list[list[float]]:
    return [[block[v][u] * (-1 if u % 2 else 1) for v in range(_BLOCK)] for u in range(_BLOCK)]


def _first_bits(block: list[list[float]]) -> int:
    values = [block[u][v] for u in range(_BLOCK) for v in range(_BLOCK)][1:]
    median = sorted(values)[len(values) // 2]
    out = 0
    for value in values:
        out = (out << 1) | (value > median)
    return out


def first_hash(jpeg: bytes) -> tuple[int, int, int, int] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(jpeg)) as img:
                if img.width * img.height > 4096 * 4096:
                    return None
                img.draft("L", (64, 64))
                grey = img.convert("L").resize((_GRID, _GRID), Image.Resampling.BOX)
                pixels = list(grey.tobytes())
    except Exception:
        return None
    block = _first_dct_block(pixels)
    dc = abs(block[0][0])
    if sum(abs(value) for row in block for value in row) - dc <= 0.02 * dc:
        return None
    out = []
    for _ in range(4):
        out.append(_first_bits(block))
        block = _first_turned(block)
    return (out[0], out[1], out[2], out[3])


# --- pictures ------------------------------------------------------------------------------


def _picture(k: int) -> Image.Image:
    img = Image.new("RGB", (128, 96), (200, 190 - k, 180))
    d = ImageDraw.Draw(img)
    d.ellipse((20 + 5 * k, 10, 90, 80 - 3 * k), fill=(40 * k % 256, 90, 160))
    d.rectangle((70, 30 + 4 * k, 120, 60), fill=(20, 20 + 30 * k, 20))
    d.line([(0, 95), (127, 5 * k)], fill=(250, 250, 250), width=3)
    return img


def _encoded(img: Image.Image, fmt: str = "JPEG", quality: int = 85) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **({"quality": quality} if fmt == "JPEG" else {}))
    return out.getvalue()


# Hashes the first version gave and vaults hold in their cache (computed with it, r12).
FIRST_VERSION = {
    (0, "PNG"): ("7a3891a54bdb864c", "3670d01bcde48ec3", "2f90c40f1a71db66", "63d885b19a469b69"),
    (1, "PNG"): ("7a3087c34ad3a6cc", "3762c21989cc9ecb", "2f98c0691f31e366", "62c89791d866eb61"),
    (1, "JPEG"): ("7a3087c34ad3a6cc", "3762c21989cc9ecb", "2f98c0691f31e366", "62c89791d876cb61"),
    (3, "JPEG"): ("623597ca5a95b449", "3666c29319d9b09b", "379ac2600d3fe1e2", "63cc97394c33e530"),
}


@st.composite
def pictures(draw: st.DrawFn) -> bytes:
    """Thumbnails of every kind the hash meets: any size, flat or busy, symmetric ones (whose
    coefficients are zero in theory, so their bits hang on how the sums round), grey, JPEG
    or PNG."""
    width = draw(st.integers(1, 300))
    height = draw(st.integers(1, 300))
    mode = draw(st.sampled_from(["RGB", "L"]))
    background = draw(st.integers(0, 255))
    img = Image.new(mode, (width, height), background if mode == "L" else (background,) * 3)
    d = ImageDraw.Draw(img)
    for _ in range(draw(st.integers(0, 6))):
        x0, x1 = sorted(draw(st.integers(0, width)) for _ in range(2))
        y0, y1 = sorted(draw(st.integers(0, height)) for _ in range(2))
        fill = draw(st.integers(0, 255))
        box = (x0, y0, x1, y1)
        if draw(st.booleans()):  # mirrored about the vertical axis: a symmetric picture
            box = (x0, y0, max(x0, width - 1 - x0), y1)
        shape = d.ellipse if draw(st.booleans()) else d.rectangle
        shape(box, fill=fill if mode == "L" else (fill, 255 - fill, fill // 2))
    fmt = draw(st.sampled_from(["JPEG", "PNG"]))
    return _encoded(img, fmt, draw(st.integers(30, 95)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pictures())
def test_the_hash_keeps_the_bits_of_the_first_version(thumbnail: bytes) -> None:
    expected = first_hash(thumbnail)
    assert photo_hash.hash_thumbnail(thumbnail) == expected
    assert photo_hash.hash_thumbnails([thumbnail, b"not a picture"]) == [expected, None]


def test_the_hash_of_symmetric_and_half_black_pictures_keeps_its_bits() -> None:
    # Most coefficients of these are zero in theory: their bits are the rounding of the sums.
    half = Image.new("L", (128, 96), 0)
    ImageDraw.Draw(half).rectangle((64, 0, 127, 95), fill=255)
    bars = Image.new("L", (96, 96), 30)
    ImageDraw.Draw(bars).rectangle((32, 0, 63, 95), fill=220)
    for img in (half, bars, half.transpose(Image.Transpose.ROTATE_90)):
        for fmt in ("PNG", "JPEG"):
            data = _encoded(img, fmt)
            assert first_hash(data) is not None
            assert photo_hash.hash_thumbnail(data) == first_hash(data)


def test_hashes_cached_by_the_first_version_still_compare_equal(tmp_path: Path) -> None:
    assert photo_hash.ALGORITHM == "dct-phash-16-8-rot4-v2"  # the cache stays valid
    vault, _ = Vault.create(tmp_path / "v", "pass", kdf=FAST_KDF, name="Cached")
    try:
        thumbs = {key: _encoded(_picture(key[0]), key[1]) for key in FIRST_VERSION}
        cached = {key: tuple(int(h, 16) for h in hexes) for key, hexes in FIRST_VERSION.items()}
        with vault.transaction() as db:
            for (k, fmt), data in thumbs.items():
                db.execute(
                    "INSERT INTO photos (sha256, mime, width, height, size, thumbnail, "
                    "added_at) VALUES (?, 'image/jpeg', 128, 96, ?, ?, '2026-12-05')",
                    (f"{k}{fmt}", len(data), data),
                )
                db.execute(
                    "INSERT INTO photo_hashes (sha256, algorithm, hash) VALUES (?, ?, ?)",
                    (f"{k}{fmt}", photo_hash.ALGORITHM, photo_hash._pack(cached[(k, fmt)])),  # type: ignore[arg-type]
                )
        from_cache = photo_hash.photo_hashes(vault, [f"{k}{fmt}" for k, fmt in thumbs])
        for (k, fmt), data in thumbs.items():
            computed = photo_hash.hash_thumbnail(data)
            assert computed == cached[(k, fmt)] == from_cache[f"{k}{fmt}"]
            assert photo_hash.similarity(computed, from_cache[f"{k}{fmt}"]) == 1.0
    finally:
        vault.close()


# --- the pool of hashing processes -----------------------------------------------------------


def _vault_of_thumbnails(folder: Path, count: int) -> tuple[Vault, dict[str, bytes]]:
    vault, _ = Vault.create(folder / "vault", "pass", kdf=FAST_KDF, name="Pool")
    thumbs = {}
    with vault.transaction() as db:
        for k in range(count):
            img = _picture(k % 7)
            ImageDraw.Draw(img).ellipse((k % 100, k % 80, k % 100 + 20, k % 80 + 10), fill=k % 256)
            data = _encoded(img, quality=60 + k % 30)
            sha = f"{k:064x}"
            thumbs[sha] = data
            db.execute(
                "INSERT INTO photos (sha256, mime, width, height, size, thumbnail, added_at) "
                "VALUES (?, 'image/jpeg', 128, 96, ?, ?, '2026-12-05')",
                (sha, len(data), data),
            )
    thumbs[f"{count:064x}"] = b""  # referenced, not received: no row
    return vault, thumbs


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[photo_hash._Worker]]:
    """A pool for any number of photos, in small batches; the workers it started."""
    started: list[photo_hash._Worker] = []

    class Recorded(photo_hash._Worker):
        def __init__(self) -> None:
            super().__init__()
            started.append(self)

    monkeypatch.setattr(photo_hash, "_POOL_MIN", 1)
    monkeypatch.setattr(photo_hash, "_POOL_BATCH", 7)
    monkeypatch.setattr(photo_hash, "_WRITE_BATCH", 20)
    monkeypatch.setattr(photo_hash, "_workers", lambda photos: 2)
    monkeypatch.setattr(photo_hash, "_Worker", Recorded)
    yield started
    for worker in started:
        worker.process.kill()
        worker.process.wait()


def _alive(worker: photo_hash._Worker) -> bool:
    return worker.process.poll() is None


def test_the_pool_gives_the_hashes_of_one_process(
    tmp_path: Path, workers: list[photo_hash._Worker]
) -> None:
    vault, thumbs = _vault_of_thumbnails(tmp_path, 60)
    try:
        seen_alive: list[bool] = []
        progress: list[tuple[int, int]] = []

        def report(done: int, total: int) -> None:
            progress.append((done, total))
            seen_alive.append(any(_alive(w) for w in workers))

        got = photo_hash.photo_hashes(vault, thumbs, progress=report)
        expected = {sha: first_hash(data) for sha, data in thumbs.items() if data}
        assert got == {sha: h for sha, h in expected.items() if h is not None}
        assert len(workers) == 2 and any(seen_alive)  # hashed by two worker processes
        assert not any(_alive(w) for w in workers)  # and they ended with the search
        assert progress[0] == (0, 61) and progress[-1] == (61, 61)
        rows = vault.db.execute("SELECT count(*) FROM photo_hashes").fetchone()[0]
        assert rows == 60  # cached, the photo not received excepted
    finally:
        vault.close()


def test_the_pool_is_shut_down_when_the_search_is_cancelled(
    tmp_path: Path, workers: list[photo_hash._Worker]
) -> None:
    vault, thumbs = _vault_of_thumbnails(tmp_path, 60)
    try:
        alive_then: list[bool] = []

        def cancel() -> bool:
            alive_then.append(any(_alive(w) for w in workers))
            return len(alive_then) > 3

        with pytest.raises(CancelledError):
            photo_hash.photo_hashes(vault, thumbs, cancel=cancel)
        assert workers and alive_then[0]
        assert not any(_alive(w) for w in workers)
        # What was finished before the cancel stays cached.
        assert vault.db.execute("SELECT count(*) FROM photo_hashes").fetchone()[0] == 20
    finally:
        vault.close()


def test_the_pool_is_shut_down_on_an_error(
    tmp_path: Path, workers: list[photo_hash._Worker]
) -> None:
    vault, thumbs = _vault_of_thumbnails(tmp_path, 60)
    try:

        def report(done: int, total: int) -> None:
            if done >= 20:
                raise RuntimeError("the window was closed")

        with pytest.raises(RuntimeError):
            photo_hash.photo_hashes(vault, thumbs, progress=report)
        assert workers and not any(_alive(w) for w in workers)
    finally:
        vault.close()


def test_a_worker_that_dies_is_replaced_by_this_process(
    tmp_path: Path, workers: list[photo_hash._Worker]
) -> None:
    vault, thumbs = _vault_of_thumbnails(tmp_path, 60)
    try:

        def report(done: int, total: int) -> None:
            if workers and _alive(workers[0]):
                workers[0].process.kill()  # killed by the system, out of memory

        got = photo_hash.photo_hashes(vault, thumbs, progress=report)
        expected = {sha: first_hash(data) for sha, data in thumbs.items() if data}
        assert got == {sha: h for sha, h in expected.items() if h is not None}
        assert not any(_alive(w) for w in workers)
    finally:
        vault.close()


def test_no_thumbnail_is_written_to_a_file(
    tmp_path: Path, workers: list[photo_hash._Worker], monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(temp))  # where a worker would put a temporary file
    shm = Path("/dev/shm")
    before = set(shm.iterdir()) if shm.is_dir() else set()
    vault, thumbs = _vault_of_thumbnails(tmp_path, 40)
    try:
        photo_hash.photo_hashes(vault, thumbs)
        assert len(workers) == 2
        for worker in workers:
            assert worker.process.args[1:3] == ["-I", "-c"]  # isolated (r14 #2)
    finally:
        vault.close()
    # A piece of each thumbnail's scan data: found in no file the search could have written.
    pieces = [data[-200:-100] for data in thumbs.values() if data]
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    written += [p for p in (set(shm.iterdir()) - before if shm.is_dir() else ()) if p.is_file()]
    assert written  # the vault's files at least
    for path in written:
        try:
            content = path.read_bytes()
        except OSError:  # another program's shared memory, gone or not ours to read
            continue
        assert not any(piece in content for piece in pieces), path.name


def test_find_candidates_pairs_the_same_with_the_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.duplicates.planted import plant

    vault, _ = Vault.create(tmp_path / "v", "pass", kdf=FAST_KDF, name="Planted")
    try:
        plant(vault, 300, duplicates=15, near_misses=15, seed=5, thumbnails_only=True)
        alone = find_candidates(vault)
        with vault.transaction() as db:
            db.execute("DELETE FROM photo_hashes")
        monkeypatch.setattr(photo_hash, "_POOL_MIN", 1)
        monkeypatch.setattr(photo_hash, "_workers", lambda photos: 2)
        pooled = find_candidates(vault)
        assert [c.to_json() for c in pooled] == [c.to_json() for c in alone]
        assert alone
    finally:
        vault.close()


# --- blocking ----------------------------------------------------------------------------------


def test_a_number_typed_without_its_prefix_is_paired_with_the_full_number(vault: Vault) -> None:
    # Two teams: one wrote the museum's prefix, the other only the year and number. Nothing else
    # in common that blocking would pair (a common title, no photo): only the digits.
    records = Records(vault)
    rows = []
    for k in range(40):  # a common title: its words form no pairs (more than the cap)
        rows.append({"title": "Coin of Hama", "inventory_number": f"MM 1961.{5000 + k}"})
    for number, height, diameter in (("MM 1961.3192", 12.4, 3.4), ("1961/3192", 12.6, 3.6)):
        # Equal within the rounding of a centimetre, not to the same nearest centimetre.
        rows.append(
            {
                "title": "Coin of Hama",
                "inventory_number": number,
                "measurements": [
                    {"dimension": "height", "value": height, "unit": "cm"},
                    {"dimension": "diameter", "value": diameter, "unit": "cm"},
                ],
                "institution": "Mosul Museum",
            }
        )
    ids = records.create_many(F.OBJECT, [F.clean_fields(F.OBJECT, r) for r in rows])
    found = {c.pair: c for c in find_candidates(vault)}
    pair = frozenset(ids[-2:])
    assert pair in found
    assert "the inventory numbers have the same digits" in [
        r.english() for r in found[pair].reasons
    ]


class _Rows:
    """A row source (the detector's interface, as the archive's index is one) of objects with
    one photo each and the photos' hashes."""

    def __init__(self, rows: list[ObjectRow], hashes: dict[str, photo_hash.Hashes]) -> None:
        self._rows, self._hashes = rows, hashes

    def count(self) -> int:
        return len(self._rows)

    def rows(self) -> Iterable[ObjectRow]:
        return iter(self._rows)

    def cached_count(self, shas: Iterable[str]) -> int:
        return len(set(shas) & self._hashes.keys())

    def photo_hashes(
        self,
        shas: Iterable[str],
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Mapping[str, photo_hash.Hashes]:
        return {s: self._hashes[s] for s in shas if s in self._hashes}

    def first_seen(self, ids: Collection[str]) -> dict[str, str]:
        return {i: "0" for i in ids}


def test_the_same_picture_is_paired_however_common_its_bands_are() -> None:
    # A large collection: three of the four 16-bit bands of every photo's hash are the same
    # values as more than _BUCKET_CAP other photos' (pictures on one backdrop), so bands form
    # no pairs. Two records hold the same picture (re-encoded: two files, one hash).
    common = 0x5A5A << 48 | 0x1234 << 32 | 0x0F0F << 16
    hashes: dict[str, photo_hash.Hashes] = {}
    rows: list[ObjectRow] = []
    for k in range(60):
        h = common | (k * 977) & 0xFFFF
        hashes[f"photo-{k}"] = (h, h ^ 1 << 62, h ^ 1 << 61, h ^ 1 << 60)
        rows.append((f"id-{k:02}", {}, [{"sha256": f"photo-{k}", "role": "overall"}], "", 1))
    hashes["again"] = hashes["photo-7"]
    rows.append(("id-again", {}, [{"sha256": "again", "role": "overall"}], "", 1))
    found = {c.pair: c for c in find_candidates(_Rows(rows, hashes))}
    pair = frozenset(("id-07", "id-again"))
    assert pair in found
    assert [r.english() for r in found[pair].reasons] == ["photos 100 % alike"]
    assert len(found) == 1


def test_the_worker_speaks_its_frames() -> None:
    from fieldkit.duplicates import hash_worker

    data = [_encoded(_picture(1)), b"junk", _encoded(_picture(3), "PNG")]
    out = io.BytesIO()
    hash_worker.serve(io.BytesIO(hash_worker.encode_batch(data) + bytes(4)), out)
    size = hash_worker.RESULT_SIZE
    got = [
        hash_worker.decode_result(out.getvalue()[i : i + size]) for i in range(0, 3 * size, size)
    ]
    assert got == [first_hash(d) for d in data]
    assert len(out.getvalue()) == 3 * size
