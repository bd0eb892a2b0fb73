"""Reading a photo with Pillow as hostile input: size limits first, full decode, thumbnail.

Order of operations (nothing expensive happens before the cheap checks pass):

1. The format comes from the first bytes (:mod:`photo_formats`), and only that format's Pillow
   plugin parses the file: Pillow's other parsers never see it.
2. The plugin reads the header only. The declared size is checked against FieldKit's own limits
   (:data:`MAX_PIXELS`, :data:`MAX_SIDE`) before any pixel data is decoded: that is what stops
   decompression bombs, since a decoded image's memory is fixed by its declared size, whatever
   the compression ratio.
3. The pixel data is decoded completely (JPEG at reduced scale in draft mode, which still
   entropy-decodes every byte); a truncated or corrupt file raises instead of being padded,
   because ``ImageFile.LOAD_TRUNCATED_IMAGES`` must be False (checked, never changed here).
   PNG chunk checksums and the closing IEND chunk are verified as well.

About Pillow's own bomb guard: ``Image.open`` compares the size against the process-wide
``Image.MAX_IMAGE_PIXELS`` (warning above 89.5 MP, error above 179 MP). Changing that global, or
the process-wide warning filters, would leak into every other user of Pillow in the process, so
this module calls the format's plugin class directly (what ``Image.open`` does internally) and
enforces its own explicit limits instead. ``DecompressionBombError``, should any Pillow code
path raise it anyway, is still a refusal.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import logging
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from PIL import (
    Image,
    ImageFile,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
)

from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, grouped
from fieldkit.records import photo_exif
from fieldkit.records.photo_errors import (
    CorruptPhotoError,
    HeicNotSupportedError,
    PhotoTooLargeError,
    UnsupportedPhotoFormatError,
    describe,
)
from fieldkit.records.photo_formats import PhotoFormat

# Limits on the *declared* size, checked before decoding. 150 MP covers every phone up to
# 108 MP, full-frame (61 MP) and 100 MP medium-format cameras and large document scans;
# 30,000 px per side allows long panoramas while refusing absurd strips. Worst-case memory
# (PNG/TIFF decode full size, 4 bytes per pixel) stays near 600 MB; JPEGs decode at 1/8 scale.
MAX_PIXELS = 150_000_000
MAX_SIDE = 30_000

THUMBNAIL_SIZE = 256
THUMBNAIL_QUALITY = 80
_BACKGROUND = (255, 255, 255)  # behind transparent pixels in the thumbnail
_TIFF_NEW_SUBFILE_TYPE = 254
_TIFF_DNG_VERSION = 50706

_Factory = Callable[[IO[bytes], str], ImageFile.ImageFile]

_log = logging.getLogger(__name__)

# EXIF orientation -> the transposition that makes the image upright (EXIF 2.32, 4.6.4).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@contextlib.contextmanager
def pillow_warnings(step: str) -> Iterator[None]:
    """Catch the warnings Pillow emits while we call it (``UserWarning: Corrupt EXIF data``,
    "Tag data larger than file", …) and log only how many there were.

    Pillow warns about damaged metadata it skips; left alone, the warning reaches stderr raw
    and its text may quote the file. A process-wide filter would hide warnings of every other
    user of Pillow, so this is a ``warnings.catch_warnings`` around our own calls only. (It
    swaps the process's warning state while it runs; other threads' warnings in that window
    are counted here too, which is harmless: nothing is shown, only a count is logged.)
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    if caught:
        # A fact, without content: how many, and the warning classes (never their text).
        kinds = sorted({w.category.__name__ for w in caught})
        _log.info(
            "photo %s: Pillow reported %d warning(s) (%s) about damaged metadata; ignored",
            step,
            len(caught),
            ", ".join(kinds),
        )


def upright(img: Image.Image, orientation: int) -> Image.Image:
    """``img`` turned upright for an EXIF orientation already validated (1-8).

    Unlike ``ImageOps.exif_transpose`` this does not parse or rewrite the EXIF again, so a
    damaged EXIF block cannot make it fail."""
    method = _UPRIGHT.get(orientation)
    return img if method is None else img.transpose(method)


@dataclass(frozen=True)
class Examined:
    """What was read from a photo that passed every check."""

    width: int  # as displayed: EXIF orientation applied
    height: int
    captured_at: str | None
    gps: tuple[float, float] | None
    thumbnail: bytes  # JPEG


def _heif_factory() -> _Factory | None:
    """Pillow's HEIF opener, if a plugin provides one (pillow-heif registers "HEIF")."""
    entry = Image.OPEN.get("HEIF")
    if entry is None:
        try:
            plugin = importlib.import_module("pillow_heif")
        except ImportError:
            return None
        register = getattr(plugin, "register_heif_opener", None)
        if callable(register):
            register()
        entry = Image.OPEN.get("HEIF")
    return None if entry is None else entry[0]


def _factory(fmt: PhotoFormat, subject: str) -> _Factory:
    if fmt is PhotoFormat.JPEG:
        return JpegImagePlugin.JpegImageFile
    if fmt is PhotoFormat.PNG:
        return PngImagePlugin.PngImageFile
    if fmt is PhotoFormat.TIFF:
        return TiffImagePlugin.TiffImageFile
    factory = _heif_factory()
    if factory is None:
        raise HeicNotSupportedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{subject} is a HEIC photo, and this computer has no HEIC support installed.",
            ),
            subject=subject,
        )
    return factory


def _corrupt(subject: str) -> CorruptPhotoError:
    return CorruptPhotoError(
        QT_TRANSLATE_NOOP("errors", "{subject} is damaged or incomplete."), subject=subject
    )


def _check_size(img: Image.Image, subject: str) -> None:
    width, height = img.size
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise PhotoTooLargeError(
            QT_TRANSLATE_NOOP(
                "errors", "{subject} is too large to add safely ({width} × {height} pixels)."
            ),
            subject=subject,
            width=grouped(width),
            height=grouped(height),
        )


def _check_tiff(img: Image.Image, subject: str) -> None:
    """Camera raw files (DNG, NEF, ARW, …) are TIFFs whose first image is only a preview."""
    if not isinstance(img, TiffImagePlugin.TiffImageFile):
        return
    tags = img.tag_v2
    subfile_type = tags.get(_TIFF_NEW_SUBFILE_TYPE, 0)
    reduced = isinstance(subfile_type, int) and subfile_type & 1
    if reduced or _TIFF_DNG_VERSION in tags:
        raise UnsupportedPhotoFormatError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{subject} is a camera raw file, which FieldKit does not accept as a photo.",
            ),
            subject=subject,
        )


def _jpeg_is_complete(fh: IO[bytes]) -> bool:
    """Whether the first image's end-of-image marker is there.

    libjpeg has every pixel once the last entropy-coded byte is in, so a copy that lost only
    the final bytes decodes "fine". Walk the marker segments to the first scan (SOS), then look
    for EOI: inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so
    the first FF D9 after it ends the image (data after it, as in MPO files, does not matter).
    """
    fh.seek(2)  # after SOI
    while True:
        marker = fh.read(2)
        while marker[:1] == b"\xff" and marker[1:] == b"\xff":  # fill bytes
            marker = marker[1:] + fh.read(1)
        if len(marker) < 2 or marker[0] != 0xFF or marker[1] in (0xD8, 0xD9):
            return False  # not a marker, or SOI/EOI before any scan
        if 0xD0 <= marker[1] <= 0xD7 or marker[1] == 0x01:  # no length
            continue
        length_bytes = fh.read(2)
        if len(length_bytes) < 2:
            return False
        length = int.from_bytes(length_bytes, "big")
        if length < 2:
            return False
        fh.seek(length - 2, 1)
        if marker[1] == 0xDA:  # SOS: entropy-coded data follows
            break
    previous_ended_in_ff = False
    while chunk := fh.read(1 << 20):
        if b"\xff\xd9" in chunk or (previous_ended_in_ff and chunk[0] == 0xD9):
            return True
        previous_ended_in_ff = chunk[-1] == 0xFF
    return False


_IEND_CRC = b"\xae\x42\x60\x82"


def _verify_png(fh: IO[bytes], factory: _Factory) -> bool:
    """Checksums of every chunk up to a complete IEND (Pillow's decoder stops earlier)."""
    fh.seek(0)
    factory(fh, "").verify()  # raises on a bad checksum or a missing chunk; stops after IEND
    return fh.read(4) == _IEND_CRC


def _to_rgb(img: Image.Image) -> Image.Image:
    """A small image in any Pillow mode, as 8-bit RGB (transparency over white)."""
    if img.mode == "RGB":
        return img
    if img.mode in ("I", "F") or img.mode.startswith("I;16"):
        wide = img.convert("F")
        extrema = wide.getextrema()
        low, high = float(extrema[0]), float(extrema[1])  # type: ignore[arg-type]
        if img.mode.startswith("I;16"):
            scale, offset = 1 / 257, 0.0
        elif img.mode == "I" and low >= 0 and high <= 255:
            scale, offset = 1.0, 0.0
        elif img.mode == "I" and low >= 0 and high <= 65535:
            scale, offset = 1 / 257, 0.0
        else:  # floating point or unusual ranges: stretch what is there
            span = high - low or 1.0
            scale, offset = 255 / span, -low * 255 / span
        return wide.point(lambda v: v * scale + offset).convert("L").convert("RGB")
    if img.mode in ("1", "L", "CMYK", "YCbCr", "LAB", "HSV"):
        return img.convert("RGB")
    rgba = img.convert("RGBA")
    flat = Image.new("RGB", rgba.size, _BACKGROUND)
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _thumbnail(img: Image.Image, turn: int) -> Image.Image:
    """Longest side THUMBNAIL_SIZE, EXIF orientation applied, plain RGB with no metadata."""
    if img.mode == "1":
        img = img.convert("L")
    elif img.mode in ("P", "PA"):  # resampling palettes would only pick neighbours
        img = img.convert("RGBA" if "transparency" in img.info or img.mode == "PA" else "RGB")
    box = (THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    try:
        img.thumbnail(box, Image.Resampling.LANCZOS)
    except ValueError:  # a mode Pillow cannot resample: convert the full image first
        img = _to_rgb(img)
        img.thumbnail(box, Image.Resampling.LANCZOS)
    # The EXIF was already parsed (and validated) by photo_exif.orientation.
    img = upright(img, turn)
    rgb = _to_rgb(img)
    # A fresh image: no EXIF (GPS!), ICC, XMP or comments can travel into the thumbnail.
    clean = Image.new("RGB", rgb.size)
    clean.paste(rgb)
    return clean


def examine(fh: IO[bytes], fmt: PhotoFormat, name: str | None) -> Examined:
    """Check and fully decode the photo in ``fh`` (seekable); raises a PhotoError subclass.

    Damaged metadata (a corrupt EXIF block) is not a refusal: it reads as absent, and
    Pillow's warnings about it are caught and counted (:func:`pillow_warnings`)."""
    with pillow_warnings("check"):
        return _examine(fh, fmt, name)


def _examine(fh: IO[bytes], fmt: PhotoFormat, name: str | None) -> Examined:
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        # Someone in this process switched Pillow to padding truncated files with grey.
        raise RuntimeError("PIL.ImageFile.LOAD_TRUNCATED_IMAGES must be False to add photos")
    subject = describe(name)
    factory = _factory(fmt, subject)
    try:
        fh.seek(0)
        img = factory(fh, "")
    except FieldKitError:
        raise
    except Image.DecompressionBombError as exc:
        raise PhotoTooLargeError(
            QT_TRANSLATE_NOOP("errors", "{subject} is too large to add safely."), subject=subject
        ) from exc
    except Exception as exc:  # any parser failure on hostile input is a refusal
        raise _corrupt(subject) from exc
    with img:
        _check_size(img, subject)
        width, height = img.size
        try:
            _check_tiff(img, subject)
            if fmt is PhotoFormat.JPEG and not _jpeg_is_complete(fh):
                raise _corrupt(subject)
            if fmt is PhotoFormat.PNG and not _verify_png(fh, factory):
                raise _corrupt(subject)
            fh.seek(0)
            if fmt is PhotoFormat.JPEG:
                # Decode at 1/2, 1/4 or 1/8 scale, never below the thumbnail's size.
                img.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            img.load()
            exif = photo_exif.read_exif(img)
            turn = photo_exif.orientation(exif)
            thumb = _thumbnail(img, turn)
            out = io.BytesIO()
            thumb.save(out, "JPEG", quality=THUMBNAIL_QUALITY, optimize=True)
        except FieldKitError:
            raise
        except Image.DecompressionBombError as exc:
            raise PhotoTooLargeError(
                QT_TRANSLATE_NOOP("errors", "{subject} is too large to add safely."),
                subject=subject,
            ) from exc
        except MemoryError as exc:
            raise PhotoTooLargeError(
                QT_TRANSLATE_NOOP(
                    "errors", "{subject} is too large to open with the memory available."
                ),
                subject=subject,
            ) from exc
        except Exception as exc:  # truncated, corrupt, or an undecodable variant
            raise _corrupt(subject) from exc
    if turn in (5, 6, 7, 8):  # rotated a quarter turn: displayed sideways
        width, height = height, width
    return Examined(
        width=width,
        height=height,
        captured_at=photo_exif.capture_time(exif),
        gps=photo_exif.gps_position(exif),
        thumbnail=out.getvalue(),
    )
