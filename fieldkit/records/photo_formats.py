"""Which kind of file a photo is, decided from its first bytes only (never from its name).

Only four formats are accepted: JPEG, PNG, TIFF and HEIC/HEIF (the last only when a Pillow
plugin for it is installed). Formats that are pictures but not accepted (GIF, BMP, WebP, AVIF,
JPEG 2000, JPEG XL, Photoshop, camera raw) are named in the refusal so the user knows what to
convert; everything else is "not an image". Choosing the one Pillow plugin ourselves also keeps
Pillow's other forty-odd parsers away from hostile input.
"""

from __future__ import annotations

import enum
import struct

from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records.photo_errors import NotAnImageError, UnsupportedPhotoFormatError, describe

PREFIX_SIZE = 64  # enough for every signature below, including an ftyp box's first brands


class PhotoFormat(enum.Enum):
    # value: (Pillow format name, MIME type)
    JPEG = ("JPEG", "image/jpeg")
    PNG = ("PNG", "image/png")
    TIFF = ("TIFF", "image/tiff")
    HEIC = ("HEIF", "image/heic")  # HEVC-coded HEIF, what phones write
    HEIF = ("HEIF", "image/heif")  # the HEIF container with no HEVC brand

    @property
    def pillow_name(self) -> str:
        return self.value[0]

    @property
    def mime(self) -> str:
        return self.value[1]


_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
_CANON_RAW_BRANDS = {b"crx "}
_BMP_DIB_SIZES = {12, 40, 52, 56, 64, 108, 124}

_UNSUPPORTED_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"),
    (b"\xff\x4f\xff\x51", "JPEG 2000"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "JPEG XL"),
    (b"\xff\x0a", "JPEG XL"),
    (b"8BPS", "Photoshop"),
    (b"IIRO", "camera raw"),  # Olympus ORF
    (b"IIRS", "camera raw"),  # Olympus ORF
    (b"IIU\x00", "camera raw"),  # Panasonic RW2
    (b"FUJIFILMCCD-RAW", "camera raw"),  # Fujifilm RAF
)


def _ftyp_brands(prefix: bytes) -> set[bytes]:
    """Major and compatible brands of an ISO base media file's leading ftyp box."""
    size = struct.unpack(">I", prefix[:4])[0]
    end = min(max(size, 16), len(prefix))
    brands = {prefix[8:12]}
    brands.update(prefix[i : i + 4] for i in range(16, end - 3, 4))
    return brands


def identify(prefix: bytes, name: str | None) -> PhotoFormat:
    """The accepted format of a file starting with ``prefix``; raises a PhotoError otherwise."""
    subject = describe(name)
    if not prefix:
        raise NotAnImageError(QT_TRANSLATE_NOOP("errors", "{subject} is empty."), subject=subject)
    if prefix.startswith(b"\xff\xd8\xff"):
        return PhotoFormat.JPEG
    if prefix.startswith(b"\x89PNG\r\n\x1a\n"):
        return PhotoFormat.PNG
    if prefix[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        if prefix[8:10] == b"CR":  # Canon CR2: a TIFF wrapper around raw sensor data
            raise _unsupported(subject, "camera raw")
        return PhotoFormat.TIFF
    if len(prefix) >= 16 and prefix[4:8] == b"ftyp":
        brands = _ftyp_brands(prefix)
        if brands & _HEIC_BRANDS:
            return PhotoFormat.HEIC
        if brands & _AVIF_BRANDS:
            raise _unsupported(subject, "AVIF")
        if brands & _CANON_RAW_BRANDS:
            raise _unsupported(subject, "camera raw")
        if brands & _HEIF_BRANDS:
            return PhotoFormat.HEIF
        raise NotAnImageError(
            QT_TRANSLATE_NOOP("errors", "{subject} is a video or other media file, not a photo."),
            subject=subject,
        )
    for signature, kind in _UNSUPPORTED_SIGNATURES:
        if prefix.startswith(signature):
            raise _unsupported(subject, kind)
    if prefix[:4] == b"RIFF" and prefix[8:12] == b"WEBP":
        raise _unsupported(subject, "WebP")
    if (
        prefix[:2] == b"BM"
        and len(prefix) >= 18
        and struct.unpack("<I", prefix[14:18])[0] in _BMP_DIB_SIZES
    ):
        raise _unsupported(subject, "BMP")
    raise NotAnImageError(
        QT_TRANSLATE_NOOP("errors", "{subject} is not a JPEG, PNG, TIFF or HEIC image."),
        subject=subject,
    )


def _unsupported(subject: str, kind: str) -> UnsupportedPhotoFormatError:
    return UnsupportedPhotoFormatError(
        QT_TRANSLATE_NOOP(
            "errors", "{subject} is a {kind} file, which FieldKit does not accept as a photo."
        ),
        subject=subject,
        kind=kind,
    )
