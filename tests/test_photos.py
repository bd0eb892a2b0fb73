"""Photo ingest (SPEC §4 "Media"): EXIF, thumbnails, dedup, hostile files, cancel, at rest.

Every image is generated here with Pillow (or by hand, for headers Pillow refuses to write):
no binary fixtures.
"""

from __future__ import annotations

import io
import os
import random
import struct
import tempfile
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageFile, ImageStat
from PIL.TiffImagePlugin import IFDRational

from fieldkit.errors import CancelledError, CorruptFileError, StorageError
from fieldkit.records import photos
from fieldkit.records.photos import (
    CorruptPhotoError,
    HeicNotSupportedError,
    NotAnImageError,
    PhotoChangedError,
    PhotoError,
    PhotoReadError,
    PhotoTooLargeError,
    UnsupportedPhotoFormatError,
    ingest_photo,
    ingest_work,
    photo_info,
    thumbnail,
)
from fieldkit.vault import Vault
from fieldkit.vault.media import CHUNK

MARKER = "PHOTO-MARKER-7f3a9c1e-do-not-leak"

# --- building images ------------------------------------------------------------------------


def picture(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> Image.Image:
    """A gradient with a little structure (not a flat colour, so codecs do real work)."""
    gradient = Image.linear_gradient("L").resize(size)
    if mode == "L":
        return gradient
    return Image.merge("RGB", (gradient, gradient, gradient.transpose(Image.Transpose.ROTATE_180)))


def encode(img: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **params)
    return out.getvalue()


def jpeg(size: tuple[int, int] = (64, 48), **params: object) -> bytes:
    return encode(picture(size), "JPEG", quality=90, **params)


def noisy_jpeg(size: tuple[int, int], seed: int = 0) -> bytes:
    """A JPEG of random noise: large for its size, as camera photos are."""
    rnd = random.Random(seed)  # noqa: S311 - reproducible noise, not a secret
    noise = Image.frombytes("RGB", size, rnd.randbytes(size[0] * size[1] * 3))
    return encode(noise, "JPEG", quality=95)


def rational(value: float) -> IFDRational:
    return IFDRational(round(value * 100), 100)


def exif_with(
    *,
    original: str | None = None,
    datetime_: str | None = None,
    offset_original: str | None = None,
    lat: tuple[float, float, float] | None = None,
    lat_ref: str | None = None,
    lon: tuple[float, float, float] | None = None,
    lon_ref: str | None = None,
    gps_status: str | None = None,
    orientation: int | None = None,
    user_comment: bytes | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if datetime_ is not None:
        exif[0x0132] = datetime_
    if orientation is not None:
        exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    if original is not None:
        sub[0x9003] = original
    if offset_original is not None:
        sub[0x9011] = offset_original
    if user_comment is not None:
        sub[0x9286] = user_comment
    gps = exif.get_ifd(0x8825)
    if lat_ref is not None:
        gps[1] = lat_ref
    if lat is not None:
        gps[2] = tuple(rational(v) for v in lat)
    if lon_ref is not None:
        gps[3] = lon_ref
    if lon is not None:
        gps[4] = tuple(rational(v) for v in lon)
    if gps_status is not None:
        gps[9] = gps_status
    return exif


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_header(width: int, height: int, idat: bytes, bit_depth: int = 8) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, 0, 0, 0, 0)  # greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def patch_jpeg_size(data: bytes, width: int, height: int) -> bytes:
    """Change the size a baseline JPEG declares in its SOF0 segment."""
    sof = data.index(b"\xff\xc0")
    return data[: sof + 5] + struct.pack(">HH", height, width) + data[sof + 9 :]


def patch_tiff_size(data: bytes, width: int, height: int) -> bytes:
    """Change ImageWidth/ImageLength in a little-endian TIFF's first IFD."""
    assert data[:4] == b"II*\x00"
    buf = bytearray(data)
    ifd = struct.unpack_from("<I", buf, 4)[0]
    (count,) = struct.unpack_from("<H", buf, ifd)
    patched = 0
    for i in range(count):
        entry = ifd + 2 + 12 * i
        tag = struct.unpack_from("<H", buf, entry)[0]
        if tag in (256, 257):
            struct.pack_into("<HHII", buf, entry, tag, 4, 1, width if tag == 256 else height)
            patched += 1
    assert patched == 2
    return bytes(buf)


@pytest.fixture(scope="session")
def png_bomb() -> bytes:
    """A real, complete PNG of 40,000 x 40,000 pixels that compresses to ~200 KB."""
    width = height = 40_000
    row = b"\x00" + bytes((width + 7) // 8)  # filter byte + one bit per pixel, all black
    packer = zlib.compressobj(9)
    rows_per_block = 200
    block = row * rows_per_block
    idat = b"".join(packer.compress(block) for _ in range(height // rows_per_block))
    idat += packer.flush()
    assert len(idat) < 1_000_000
    return png_with_header(width, height, idat, bit_depth=1)


# --- looking at the vault -------------------------------------------------------------------


def media_files(vault: Vault) -> list[str]:
    folder = vault.path / "media"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def row_counts(vault: Vault) -> tuple[int, int]:
    photos_rows = vault.db.execute("SELECT count(*) FROM photos").fetchone()[0]
    media_rows = vault.db.execute("SELECT count(*) FROM media_files").fetchone()[0]
    return int(photos_rows), int(media_rows)


def assert_nothing_stored(vault: Vault) -> None:
    assert media_files(vault) == []
    assert row_counts(vault) == (0, 0)


def ingest(vault: Vault, source: Path | bytes, **kw: object) -> photos.PhotoInfo:
    with vault.transaction() as db:
        return ingest_photo(vault, db, source, **kw)  # type: ignore[arg-type]


def decode_thumbnail(vault: Vault, sha256: str) -> Image.Image:
    data = thumbnail(vault.db, sha256)
    assert data is not None
    img = Image.open(io.BytesIO(data))
    assert img.format == "JPEG"
    img.load()
    return img


# --- EXIF ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lat_ref", "lon_ref", "expected"),
    [
        ("S", "W", (-33.8586083, -70.5)),
        ("N", "E", (33.8586083, 70.5)),
        ("N", "W", (33.8586083, -70.5)),
        ("S", "E", (-33.8586083, 70.5)),
    ],
)
def test_exif_capture_time_and_gps_are_read(
    vault: Vault, lat_ref: str, lon_ref: str, expected: tuple[float, float]
) -> None:
    exif = exif_with(
        original="2023:05:06 07:08:09",
        datetime_="2024:01:01 00:00:00",  # the edit time: DateTimeOriginal wins
        lat=(33, 51, 30.99),
        lat_ref=lat_ref,
        lon=(70, 30, 0),
        lon_ref=lon_ref,
    )
    info = ingest(vault, jpeg(exif=exif))
    assert info.captured_at == "2023-05-06T07:08:09"
    assert info.gps is not None
    assert info.gps == pytest.approx(expected, abs=1e-6)
    # What was stored is what was returned.
    stored = photo_info(vault.db, info.sha256)
    assert stored is not None
    assert stored.captured_at == "2023-05-06T07:08:09"
    assert stored.gps == pytest.approx(expected, abs=1e-6)


def test_capture_time_falls_back_to_datetime_and_keeps_a_recorded_offset(vault: Vault) -> None:
    only_datetime = ingest(vault, jpeg(exif=exif_with(datetime_="2021:12:31 23:59:58")))
    assert only_datetime.captured_at == "2021-12-31T23:59:58"
    assert only_datetime.gps is None
    with_offset = ingest(
        vault,
        jpeg((65, 48), exif=exif_with(original="2022:02:03 04:05:06", offset_original="-03:00")),
    )
    assert with_offset.captured_at == "2022-02-03T04:05:06-03:00"


@pytest.mark.parametrize(
    "exif",
    [
        exif_with(original="0000:00:00 00:00:00"),  # what cameras without a clock write
        exif_with(original="2023:13:45 99:00:00"),
        exif_with(lat=(10, 0, 0), lon=(20, 0, 0)),  # no N/S, E/W: the sign would be a guess
        exif_with(lat=(10, 0, 0), lat_ref="N", lon=(20, 0, 0), lon_ref="E", gps_status="V"),
        exif_with(lat=(0, 0, 0), lat_ref="N", lon=(0, 0, 0), lon_ref="E"),  # no fix
        exif_with(lat=(95, 0, 0), lat_ref="N", lon=(20, 0, 0), lon_ref="E"),  # impossible
    ],
)
def test_invalid_exif_values_are_absent_not_guessed(vault: Vault, exif: Image.Exif) -> None:
    info = ingest(vault, jpeg(exif=exif))
    assert info.captured_at is None
    assert info.gps is None
    assert photo_info(vault.db, info.sha256) is not None  # the photo itself was accepted


def test_png_exif_is_read_too(vault: Vault) -> None:
    exif = exif_with(
        original="2020:02:29 12:00:00",
        datetime_="2020:03:01 00:00:00",  # Pillow writes no eXIf chunk without an IFD0 tag
        lat=(1, 2, 3),
        lat_ref="S",
    )
    data = encode(picture(), "PNG", exif=exif)
    assert b"eXIf" in data
    info = ingest(vault, data)
    assert info.captured_at == "2020-02-29T12:00:00"
    assert info.gps is None  # a latitude alone is no position


# --- thumbnails ------------------------------------------------------------------------------


def test_orientation_6_turns_a_landscape_photo_into_a_portrait_thumbnail(vault: Vault) -> None:
    landscape = Image.new("RGB", (400, 200), (220, 0, 0))
    landscape.paste((0, 0, 220), (200, 0, 400, 200))  # left half red, right half blue
    info = ingest(vault, encode(landscape, "JPEG", quality=95, exif=exif_with(orientation=6)))
    assert (info.width, info.height) == (200, 400)  # as displayed
    thumb = decode_thumbnail(vault, info.sha256)
    assert thumb.size == (128, 256)
    # Orientation 6 = rotate 90° clockwise to display: the left (red) half ends up on top.
    top = thumb.getpixel((64, 30))
    bottom = thumb.getpixel((64, 226))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 150 and top[2] < 80
    assert bottom[2] > 150 and bottom[0] < 80


def test_without_orientation_the_thumbnail_keeps_the_layout(vault: Vault) -> None:
    info = ingest(vault, encode(picture((400, 200)), "JPEG"))
    assert (info.width, info.height) == (400, 200)
    assert decode_thumbnail(vault, info.sha256).size == (256, 128)


def _png_16bit() -> bytes:
    img = Image.linear_gradient("L").resize((300, 200)).convert("I")
    img = img.point(lambda v: v * 150)  # 0 … 38,250: needs 16 bits
    return encode(img.convert("I;16"), "PNG")


def _png_palette_transparent() -> bytes:
    img = picture((300, 200)).convert("P")
    return encode(img, "PNG", transparency=0)


@pytest.mark.parametrize(
    ("make", "mime", "size"),
    [
        (lambda: encode(picture((1000, 600)), "PNG"), "image/png", (1000, 600)),
        (lambda: encode(picture((300, 200)).convert("RGBA"), "PNG"), "image/png", (300, 200)),
        (_png_palette_transparent, "image/png", (300, 200)),
        (_png_16bit, "image/png", (300, 200)),
        (lambda: encode(picture((1000, 600)), "TIFF"), "image/tiff", (1000, 600)),
        (
            lambda: encode(picture((600, 1000)), "TIFF", compression="tiff_lzw"),
            "image/tiff",
            (600, 1000),
        ),
        (lambda: encode(picture((300, 200)).convert("CMYK"), "TIFF"), "image/tiff", (300, 200)),
        (lambda: encode(picture((300, 200), "L"), "JPEG"), "image/jpeg", (300, 200)),
    ],
    ids=["png", "png-rgba", "png-palette", "png-16bit", "tiff", "tiff-lzw", "tiff-cmyk", "jpeg-l"],
)
def test_png_and_tiff_are_accepted_with_a_jpeg_thumbnail(
    vault: Vault, make: Callable[[], bytes], mime: str, size: tuple[int, int]
) -> None:
    data = make()
    info = ingest(vault, data)
    assert info.mime == mime
    assert (info.width, info.height) == size
    assert info.size == len(data)
    assert info.new is True
    thumb = decode_thumbnail(vault, info.sha256)
    assert thumb.mode == "RGB"
    assert max(thumb.size) == min(256, max(size))
    # Not a blank (all white or all black) thumbnail: 16-bit and palettes were converted right.
    low, high = thumb.convert("L").getextrema()
    assert isinstance(low, int) and isinstance(high, int)
    assert high - low > 50


def test_16_bit_images_are_scaled_not_clipped(vault: Vault) -> None:
    data = _png_16bit()
    source = Image.open(io.BytesIO(data))
    assert source.mode.startswith("I;16")
    values = struct.unpack(f"<{300 * 200}H", source.tobytes())  # I;16 is little-endian
    expected = sum(values) / len(values) / 257  # ≈ 74
    info = ingest(vault, data)
    mean = ImageStat.Stat(decode_thumbnail(vault, info.sha256).convert("L")).mean[0]
    assert 50 < expected < 100
    assert abs(mean - expected) < 10


def test_thumbnail_carries_no_metadata(vault: Vault) -> None:
    exif = exif_with(original="2023:05:06 07:08:09", lat=(10, 0, 0), lat_ref="N")
    exif[0x0112] = 3
    data = jpeg((600, 400), exif=exif, comment=MARKER.encode())
    info = ingest(vault, data)
    raw = thumbnail(vault.db, info.sha256)
    assert raw is not None
    thumb = Image.open(io.BytesIO(raw))
    assert dict(thumb.getexif()) == {}
    assert b"Exif" not in raw and MARKER.encode() not in raw
    assert "icc_profile" not in thumb.info and "comment" not in thumb.info


@pytest.mark.parametrize(
    "make",
    [
        lambda: jpeg((640, 480), exif=exif_with(orientation=6)),
        lambda: encode(picture((640, 480)), "TIFF", compression="tiff_lzw"),  # read by libtiff
        lambda: encode(picture((640, 480)), "PNG"),
    ],
    ids=["jpeg", "tiff-lzw", "png"],
)
def test_the_original_is_stored_byte_for_byte(
    vault: Vault, tmp_path: Path, make: Callable[[], bytes]
) -> None:
    import hashlib

    data = make()
    source = tmp_path / "IMG_0001.JPG"
    source.write_bytes(data)
    info = ingest(vault, source)
    assert vault.media.read_bytes(info.media_name) == data
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.size == len(data)
    assert media_files(vault) == [info.media_name]


def test_the_format_comes_from_the_bytes_not_the_name(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "looks-like.jpg"
    source.write_bytes(encode(picture(), "PNG"))
    assert ingest(vault, source).mime == "image/png"


def test_unknown_photos_have_no_info_or_thumbnail(vault: Vault) -> None:
    assert photo_info(vault.db, "0" * 64) is None
    assert thumbnail(vault.db, "0" * 64) is None


# --- one copy per photo ----------------------------------------------------------------------


def test_the_same_bytes_are_stored_once(vault: Vault, tmp_path: Path) -> None:
    data = jpeg((120, 90))
    first = ingest(vault, data)
    source = tmp_path / "copy.jpg"
    source.write_bytes(data)
    second = ingest(vault, source)
    assert first.new is True
    assert second.new is False
    assert second.sha256 == first.sha256 and second.media_name == first.media_name
    assert media_files(vault) == [first.media_name]
    assert row_counts(vault) == (1, 1)
    # Twice in one transaction, too.
    other = jpeg((121, 90))
    with vault.transaction() as db:
        a = ingest_photo(vault, db, other)
        b = ingest_photo(vault, db, other)
    assert (a.new, b.new) == (True, False)
    assert len(media_files(vault)) == 2
    assert row_counts(vault) == (2, 2)


# --- hostile and unacceptable files ----------------------------------------------------------


class DecodeStarted(BaseException):
    """Raised if pixel data is decoded when it must not be (escapes `except Exception`)."""


def _no_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: object) -> None:
        raise DecodeStarted

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


def _refused(vault: Vault, source: Path | bytes, cls: type[PhotoError]) -> PhotoError:
    with pytest.raises(cls) as caught, vault.transaction() as db:
        ingest_photo(vault, db, source)
    assert_nothing_stored(vault)
    err = caught.value
    assert isinstance(err, CorruptFileError)
    assert err.message.endswith(".") and err.message.count(". ") == 0  # one sentence
    assert err.hint
    return err


def test_a_decompression_bomb_is_refused_before_decoding(
    vault: Vault, png_bomb: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_decoding(monkeypatch)
    err = _refused(vault, png_bomb, PhotoTooLargeError)
    assert "40,000 × 40,000" in err.message


@pytest.mark.parametrize(
    ("make", "what"),
    [
        # 400 megapixels, each side within limits: too many pixels.
        (lambda: png_with_header(20_000, 20_000, zlib.compress(b"\x00" * 20_001)), "pixels"),
        # An IHDR claiming 100,000 x 100,000 (valid CRC) and almost no data.
        (lambda: png_with_header(100_000, 100_000, zlib.compress(b"\x00")), "huge"),
        # A long strip: few pixels, but a side beyond 30,000.
        (lambda: png_with_header(40_000, 10, zlib.compress(b"\x00" * 40_001)), "side"),
        (lambda: patch_jpeg_size(jpeg((16, 16)), 30_001, 10), "jpeg-side"),
        (lambda: patch_jpeg_size(jpeg((16, 16)), 15_000, 15_000), "jpeg-pixels"),
        (lambda: patch_tiff_size(encode(picture((16, 16)), "TIFF"), 50_000, 50_000), "tiff"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_absurd_declared_sizes_are_refused_before_decoding(
    vault: Vault, make: Callable[[], bytes], what: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make()
    _no_decoding(monkeypatch)
    _refused(vault, data, PhotoTooLargeError)


def test_the_largest_accepted_sizes() -> None:
    assert photos.MAX_PIXELS == 150_000_000
    assert photos.MAX_SIDE == 30_000


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")  # Pillow, on cut TIFFs
@pytest.mark.parametrize("fmt", ["JPEG", "JPEG-progressive", "PNG", "TIFF"])
def test_truncated_files_are_refused_at_every_cut(vault: Vault, fmt: str) -> None:
    params: dict[str, object] = {"progressive": True} if fmt == "JPEG-progressive" else {}
    data = encode(picture((320, 240)), fmt.split("-")[0], **params)
    cuts = sorted({10, 20, 200, len(data) // 3, len(data) // 2, len(data) - 100, len(data) - 1})
    if fmt.startswith("JPEG"):
        cuts.append(len(data) - 2)  # only the end-of-image marker missing
    for cut in cuts:
        _refused(vault, data[:cut], CorruptPhotoError)
    assert ingest(vault, data).new is True  # the whole file is fine


def _pillow_alone_decodes(data: bytes) -> bool:
    from PIL import JpegImagePlugin

    try:
        img = JpegImagePlugin.JpegImageFile(io.BytesIO(data), "")
        img.draft("RGB", (256, 256))
        img.load()
    except OSError:
        return False
    return True


def test_a_jpeg_missing_only_its_end_marker_is_refused(vault: Vault) -> None:
    """libjpeg has every pixel once the entropy-coded data is in: Pillow alone accepts this."""
    gradient = Image.linear_gradient("L").resize((320, 240))
    flipped = gradient.transpose(Image.Transpose.ROTATE_180)
    candidates = [
        encode(Image.merge("RGB", (gradient, flipped, gradient)), "JPEG"),
        *(encode(picture((w, 240)), "JPEG") for w in range(300, 340, 4)),
    ]
    cut = next((c[:-2] for c in candidates if _pillow_alone_decodes(c[:-2])), None)
    if cut is None:
        pytest.skip("this libjpeg notices a missing end marker by itself")
    assert not cut.endswith(b"\xff\xd9")  # the end-of-image marker is gone
    _refused(vault, cut, CorruptPhotoError)


def test_a_png_with_a_damaged_checksum_is_refused(vault: Vault) -> None:
    data = bytearray(encode(picture((200, 100)), "PNG"))
    idat = data.index(b"IDAT")
    data[idat + 40] ^= 0xFF
    _refused(vault, bytes(data), CorruptPhotoError)


def test_a_text_file_named_jpg_is_refused_without_naming_its_folder(
    vault: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "Secret site B-12"
    folder.mkdir()
    source = folder / "notes.jpg"
    source.write_text(f"{MARKER}: shelf 4, room 12\n")
    err = _refused(vault, source, NotAnImageError)
    assert '"notes.jpg"' in err.message
    for text in (err.message, err.hint, str(err)):
        assert "Secret site" not in text and str(tmp_path) not in text
        assert MARKER not in text and "shelf" not in text


def test_random_bytes_and_an_empty_file_are_not_images(vault: Vault, tmp_path: Path) -> None:
    noise = random.Random(1).randbytes(5000)  # noqa: S311 - reproducible, not a secret
    _refused(vault, noise, NotAnImageError)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    err = _refused(vault, empty, NotAnImageError)
    assert "empty" in err.message


def test_a_missing_file_a_folder_or_a_device_cannot_be_read(vault: Vault, tmp_path: Path) -> None:
    _refused(vault, tmp_path / "gone.jpg", PhotoReadError)
    _refused(vault, tmp_path, PhotoReadError)
    if Path("/dev/zero").exists():  # endless zeros: must not be streamed
        err = _refused(vault, Path("/dev/zero"), PhotoReadError)
        assert "regular file" in err.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_does_not_hang_the_import(vault: Vault, tmp_path: Path) -> None:
    import signal

    pipe = tmp_path / "photo.jpg"
    os.mkfifo(pipe)

    def hung(*_: object) -> None:
        raise TimeoutError("opening a named pipe blocked")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        _refused(vault, pipe, PhotoReadError)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("GIF", "GIF"), ("BMP", "BMP"), ("WEBP", "WebP"), ("AVIF", "AVIF")],
)
def test_other_image_formats_are_refused_by_name(vault: Vault, fmt: str, name: str) -> None:
    try:
        data = encode(picture(), fmt)
    except (KeyError, OSError):
        pytest.skip(f"this Pillow cannot write {fmt}")
    err = _refused(vault, data, UnsupportedPhotoFormatError)
    assert name in err.message


def test_camera_raw_tiffs_are_refused(vault: Vault) -> None:
    preview_first = encode(picture((160, 120)), "TIFF", tiffinfo={254: 1})
    _refused(vault, preview_first, UnsupportedPhotoFormatError)


def test_heic_without_a_plugin_is_refused_with_a_clear_message(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(Image.OPEN, "HEIF", raising=False)
    import importlib

    real_import = importlib.import_module

    def no_pillow_heif(name: str, package: str | None = None) -> object:
        if name == "pillow_heif":
            raise ImportError(name)
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", no_pillow_heif)
    ftyp = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
    err = _refused(vault, ftyp + b"\x00" * 200, HeicNotSupportedError)
    assert "HEIC" in err.message
    assert "pillow-heif" in err.hint


def test_truncated_images_must_stay_refused(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(RuntimeError, match="LOAD_TRUNCATED_IMAGES"), vault.transaction() as db:
        ingest_photo(vault, db, jpeg()[:-300])
    assert_nothing_stored(vault)


def test_pillow_global_state_is_neither_needed_nor_changed(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES)
    ingest(vault, jpeg((300, 200)))
    assert (Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES) == before
    # FieldKit's own limits apply, whatever another part of the process set Pillow's to.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        info = ingest(vault, jpeg((400, 300)))
    assert (info.width, info.height) == (400, 300)


def test_ingest_needs_the_callers_transaction(vault: Vault) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        ingest_photo(vault, vault.db, jpeg())
    assert_nothing_stored(vault)


# --- nothing left behind ---------------------------------------------------------------------


def test_cancel_at_any_point_stores_nothing(vault: Vault) -> None:
    data = noisy_jpeg((1800, 1200))
    assert len(data) > 2 * CHUNK  # several chunks: cancel is polled inside MediaStore.add too
    calls = 0

    def counting() -> bool:
        nonlocal calls
        calls += 1
        return False

    class Probe(Exception):
        pass

    with pytest.raises(Probe), vault.transaction() as db:  # a run that only counts the polls
        ingest_photo(vault, db, data, cancel=counting)
        raise Probe
    vault.media.remove_orphans(vault.db)
    assert_nothing_stored(vault)
    raise_after = calls
    assert raise_after >= 6  # before, after checking, per chunk (3+), after storing

    for stop_at in range(1, raise_after + 1):
        seen = 0

        def cancel_at(stop: int = stop_at) -> bool:
            nonlocal seen
            seen += 1
            return seen >= stop

        with pytest.raises(CancelledError), vault.transaction() as db:
            ingest_photo(vault, db, data, cancel=cancel_at)
        assert_nothing_stored(vault)
    assert ingest(vault, data, cancel=lambda: False).new is True


def test_a_refused_photo_does_not_undo_the_others_in_the_transaction(vault: Vault) -> None:
    good = jpeg((100, 80))
    with vault.transaction() as db:
        kept = ingest_photo(vault, db, good)
        rows_before = db.execute("SELECT count(*) FROM media_files").fetchone()[0]

        def once_its_row_is_written() -> bool:  # cancel after MediaStore.add succeeded
            return bool(db.execute("SELECT count(*) FROM media_files").fetchone()[0] > rows_before)

        with pytest.raises(CancelledError):
            ingest_photo(vault, db, jpeg((101, 80)), cancel=once_its_row_is_written)
        with pytest.raises(CorruptPhotoError):
            ingest_photo(vault, db, jpeg((102, 80))[:-50])
    assert media_files(vault) == [kept.media_name]
    assert row_counts(vault) == (1, 1)
    assert vault.media.read_bytes(kept.media_name) == good


def test_a_failure_after_the_media_file_is_written_removes_it(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldkit.vault.media as media_module

    def broken_fsync(path: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(media_module, "fsync_dir", broken_fsync)
    with pytest.raises(StorageError, match="refused to write"), vault.transaction() as db:
        ingest_photo(vault, db, jpeg())
    assert_nothing_stored(vault)


def test_a_file_changed_while_it_is_added_is_refused(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "growing.jpg"
    source.write_bytes(jpeg((200, 100)))
    real_add = vault.media.add

    def add_then_append(*args: object, **kw: object) -> object:
        stored = real_add(*args, **kw)  # type: ignore[arg-type]
        with source.open("ab") as fh:  # the camera import is still writing
            fh.write(b"more")
        return stored

    monkeypatch.setattr(vault.media, "add", add_then_append)
    _refused(vault, source, PhotoChangedError)


# --- nothing readable at rest ----------------------------------------------------------------


def test_photo_content_never_appears_in_a_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    marker = MARKER.encode()
    exif = exif_with(
        original="2023:05:06 07:08:09",
        lat=(48, 51, 29.6),
        lat_ref="N",
        lon=(2, 17, 40.2),
        lon_ref="E",
        user_comment=b"ASCII\x00\x00\x00" + marker,
    )
    data = jpeg((800, 600), exif=exif, comment=marker)
    assert data.count(marker) == 2  # in the COM segment and in the EXIF UserComment
    source = tmp_path / "site-photo.jpg"
    source.write_bytes(data)
    info = ingest(vault, source)
    assert info.gps == pytest.approx((48.8582222, 2.2945), abs=1e-6)
    assert vault.media.read_bytes(info.media_name) == data  # the marker is really stored
    vault.close()
    files = [p for p in vault.path.rglob("*") if p.is_file()]
    assert any(p.parent.name == "media" for p in files)
    for path in files:
        assert marker not in path.read_bytes(), path.name
    assert list(private_tmp.iterdir()) == []


def test_errors_are_photo_errors() -> None:
    for cls in (
        NotAnImageError,
        UnsupportedPhotoFormatError,
        HeicNotSupportedError,
        PhotoTooLargeError,
        CorruptPhotoError,
        PhotoChangedError,
        PhotoReadError,
    ):
        assert issubclass(cls, PhotoError)
        assert issubclass(cls, CorruptFileError)
        assert cls.default_hint


# --- MediaStore.add's own clean-up, which ingest relies on ----------------------------------


class _FailingReader:
    """Gives ``good`` bytes, then fails like a USB stick pulled out mid-copy."""

    def __init__(self, good: bytes) -> None:
        self._data = io.BytesIO(good)

    def read(self, size: int = -1) -> bytes:
        chunk = self._data.read(size)
        if not chunk:
            raise OSError(5, "Input/output error")
        return chunk


def test_media_store_add_removes_its_file_on_cancel_and_on_read_errors(vault: Vault) -> None:
    data = noisy_jpeg((1800, 1200), seed=3)
    assert len(data) > 2 * CHUNK
    polls = 0

    def cancel_second_chunk() -> bool:
        nonlocal polls
        polls += 1
        return polls >= 2  # the first chunk was encrypted and written already

    with pytest.raises(CancelledError), vault.transaction() as db:
        vault.media.add(db, io.BytesIO(data), cancel_second_chunk)
    assert polls == 2
    assert_nothing_stored(vault)

    with pytest.raises(StorageError), vault.transaction() as db:
        vault.media.add(db, _FailingReader(data[: CHUNK + 10]))  # type: ignore[arg-type]
    assert_nothing_stored(vault)


def test_a_cancelled_record_with_photos_leaves_no_file_behind(vault: Vault) -> None:
    from fieldkit.records.service import PhotoInput, Records

    records = Records(vault)
    calls = {"n": 0}

    seen_files: list[int] = []

    def cancel_on_second_photo() -> bool:
        calls["n"] += 1
        if calls["n"] > 3:
            seen_files.append(len(media_files(vault)))
            return True
        return False

    with pytest.raises(CancelledError):
        records.create(
            "object",
            {"title": "never saved"},
            [PhotoInput(jpeg((90, 60))), PhotoInput(jpeg((91, 60)))],
            cancel=cancel_on_second_photo,
        )
    assert seen_files and seen_files[0] >= 1  # the first photo really was on disk then
    assert media_files(vault) == []
    assert row_counts(vault) == (0, 0)
    assert records.count("object") == 0


# --- progress by bytes -----------------------------------------------------------------------


def test_one_large_photo_moves_the_progress_by_bytes(vault: Vault, tmp_path: Path) -> None:
    """A single large photo is not a jump from 0 to 1: its decoding and its encryption each
    report the bytes read so far, up to its size twice (``ingest_work``)."""
    data = noisy_jpeg((1800, 1200))
    assert len(data) > 2 * CHUNK
    path = tmp_path / "big.jpg"
    path.write_bytes(data)
    for source in (path, data):
        seen: list[int] = []
        with vault.transaction() as db:
            ingest_photo(vault, db, source, progress=seen.append)
        work = ingest_work(source)
        assert work == 2 * len(data)
        assert seen and max(seen) == work and min(seen) >= 0
        assert all(0 <= n <= work for n in seen)
        # Many steps on the way, in both halves (checking, then storing).
        assert len({n for n in seen if 0 < n < work // 2}) >= 2
        assert len({n for n in seen if work // 2 < n < work}) >= 2


def test_ingest_work_of_an_unreadable_source_is_zero(tmp_path: Path) -> None:
    assert ingest_work(tmp_path / "missing.jpg") == 0
    assert ingest_work(b"") == 0
