"""Removing the position from a photo for a redacted bundle (SPEC §7), never its pixels.

- JPEG: only metadata segments change. The APP1 "Exif" segment is rewritten without its GPS
  IFD; XMP (standard and extended) and Photoshop APP13 blocks, which may repeat the position,
  are dropped; so is anything after the first image's end (the secondary images of an MPO
  carry their own Exif). Entropy-coded data is copied byte for byte.
- PNG: the eXIf chunk is rewritten without GPS; text chunks carrying XMP or a raw Exif
  profile are dropped. Image chunks are copied byte for byte.
- TIFF keeps its metadata in the same structure as its image data. Without GPS (and without
  XMP or Photoshop blocks) it needs no change and is sent as it is. Otherwise every page is
  decoded and written again with lossless compression, and the pixels of the new file are
  compared with the original's: they must be identical, or the photo is not sent.

Metadata written by every kind of camera, editor and attacker is expected: an Exif block
that cannot be parsed, or whose rewrite is not clean, is dropped whole rather than trusted.
Every result is checked again before it is used: no GPS IFD, no XMP. A photo that still
cannot be redacted is named by the first 12 hex digits of its SHA-256, with the option that
leaves it out of the export.
"""

from __future__ import annotations

import hashlib
import io
import logging
import struct
import warnings
import zlib

from PIL import Image, JpegImagePlugin, PngImagePlugin, TiffImagePlugin, features

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, message
from fieldkit.records.photo_image import pillow_warnings

GPS_IFD = 0x8825
_TIFF_ORIENTATION = 0x0112
_TIFF_XMP = 700
_TIFF_IPTC = 33723
_TIFF_PHOTOSHOP = 34377
_XMP_PREFIX = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION_PREFIX = b"http://ns.adobe.com/xmp/extension/\x00"
_PHOTOSHOP_PREFIX = b"Photoshop 3.0\x00"
_XMP_MARKERS = (b"ns.adobe.com/xap/1.0", b"<x:xmpmeta", b"XML:com.adobe.xmp")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DROPPED_TEXT = (
    b"XML:com.adobe.xmp",
    b"Raw profile type exif",
    b"Raw profile type APP1",
    b"Raw profile type xmp",
)
_MAX_TIFF_PAGES = 256
PREFIX_LENGTH = 12  # hex digits of the SHA-256 that name a photo in messages

_log = logging.getLogger(__name__)


class RedactionError(CorruptFileError):
    default_hint = QT_TRANSLATE_NOOP(
        "errors", "Leave this photo out of the redacted export, or export without redaction."
    )


class _Unredactable(Exception):
    """Internal: why this photo cannot be redacted (a phrase, never the photo's content)."""


def _clean_exif(payload: bytes) -> bytes | None:
    """The Exif block (a TIFF structure, optionally "Exif\\0\\0"-prefixed) without its GPS
    IFD, or None when it cannot be parsed or rewritten cleanly (the caller drops it)."""
    try:
        with pillow_warnings("redact"):
            exif = Image.Exif()
            exif.load(payload)
            if GPS_IFD in exif:
                del exif[GPS_IFD]
            block = exif.tobytes()
        tiff = block.removeprefix(b"Exif\x00\x00")
        # Read back what we wrote: it must parse without complaint and hold no GPS at all.
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # our own output must parse without complaint
            check = Image.Exif()
            check.load(tiff)
            if GPS_IFD in check or check.get_ifd(GPS_IFD):
                return None
    except Exception:  # damaged or hostile Exif: dropping it whole is always safe
        return None
    return tiff


def _scan_end(data: bytes, start: int) -> int:
    """The offset of the marker that ends the entropy-coded data beginning at ``start``.

    Inside entropy-coded data 0xFF is always followed by 0x00 (a stuffed byte) or a restart
    marker; fill bytes (0xFF 0xFF…) may precede a marker, which then starts at the last one."""
    pos = start
    while True:
        at = data.find(b"\xff", pos)
        if at < 0 or at + 1 >= len(data):
            raise _Unredactable(message(QT_TRANSLATE_NOOP("errors", "its JPEG data has no end")))
        following = data[at + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos = at + 1 if following == 0xFF else at + 2
            continue
        return at


def _check_same_jpeg_pixels(original: bytes, cut: bytes) -> None:
    """After dropping what followed the first image (MPO pages, junk), the pixels must be
    the same: proof that the cut was at the image's real end."""
    with (
        JpegImagePlugin.JpegImageFile(io.BytesIO(original)) as a,
        JpegImagePlugin.JpegImageFile(io.BytesIO(cut)) as b,
    ):
        if a.size != b.size or a.tobytes() != b.tobytes():
            raise _Unredactable(
                message(QT_TRANSLATE_NOOP("errors", "the end of its JPEG image could not be found"))
            )


def _strip_jpeg(data: bytes) -> bytes:
    out = bytearray(b"\xff\xd8")
    pos = 2
    dropped = 0
    while pos < len(data):
        if data[pos] != 0xFF:
            raise _Unredactable(
                message(QT_TRANSLATE_NOOP("errors", "its JPEG structure is damaged"))
            )
        marker = data[pos + 1] if pos + 1 < len(data) else -1
        if marker == 0xFF:  # a fill byte before a marker
            pos += 1
            continue
        if marker == 0xD9:  # the first image's end; anything after it (MPO pages) is dropped
            out += data[pos : pos + 2]
            if pos + 2 < len(data):
                dropped += len(data) - pos - 2
                _check_same_jpeg_pixels(data, bytes(out))
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos : pos + 2]
            pos += 2
            continue
        if pos + 4 > len(data):
            raise _Unredactable(
                message(QT_TRANSLATE_NOOP("errors", "its JPEG structure is truncated"))
            )
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            raise _Unredactable(
                message(QT_TRANSLATE_NOOP("errors", "its JPEG structure is damaged"))
            )
        if marker == 0xDA:  # start of scan: its header and entropy-coded data, copied as is
            end = _scan_end(data, pos + 2 + length)
            out += data[pos:end]
            # The markers between a progressive JPEG's scans (tables, further scans, and any
            # APPn segment a program put there) go through the same filter as those before.
            pos = end
            continue
        segment = data[pos : pos + 2 + length]
        body = segment[4:]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            tiff = _clean_exif(body[6:])
            if tiff is not None and len(tiff) + 8 <= 0xFFFF:
                out += b"\xff\xe1" + struct.pack(">H", len(tiff) + 8) + b"Exif\x00\x00" + tiff
            else:
                dropped += len(segment)
        elif (
            (marker == 0xE1 and body.startswith((_XMP_PREFIX, _XMP_EXTENSION_PREFIX)))
            or (marker == 0xED and body.startswith(_PHOTOSHOP_PREFIX))
            or (marker == 0xE2 and body.startswith(b"MPF\x00"))  # offsets of dropped images
            or any(m in segment for m in _XMP_MARKERS)
        ):
            dropped += len(segment)  # may repeat the position
        else:
            out += segment
        pos += 2 + length
    else:
        raise _Unredactable(message(QT_TRANSLATE_NOOP("errors", "its JPEG structure is truncated")))
    if dropped:
        _log.info("redaction: %d bytes of JPEG metadata dropped from one photo", dropped)
    return bytes(out)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _strip_png(data: bytes) -> bytes:
    out = bytearray(_PNG_SIGNATURE)
    pos = len(_PNG_SIGNATURE)
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise _Unredactable(
                message(QT_TRANSLATE_NOOP("errors", "its PNG structure is truncated"))
            )
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"eXIf":
            tiff = _clean_exif(body)
            if tiff is not None:
                out += _png_chunk(b"eXIf", tiff)
        elif kind in (b"iTXt", b"tEXt", b"zTXt") and (
            body.split(b"\x00", 1)[0] in _PNG_DROPPED_TEXT
            or any(m in body for m in _XMP_MARKERS)
        ):
            pass  # may repeat the position
        else:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    raise _Unredactable(message(QT_TRANSLATE_NOOP("errors", "its PNG structure is truncated")))


def _tiff_pages(img: TiffImagePlugin.TiffImageFile) -> int:
    count = 0
    while True:
        count += 1
        if count > _MAX_TIFF_PAGES:
            raise _Unredactable(
                message(
                    QT_TRANSLATE_NOOP("errors", "it has more than {count} pages"),
                    count=_MAX_TIFF_PAGES,
                )
            )
        try:
            img.seek(count)
        except EOFError:
            return count


def _tiff_needs_change(img: TiffImagePlugin.TiffImageFile, pages: int) -> bool:
    for page in range(pages):
        img.seek(page)
        tags = img.tag_v2
        if any(tag in tags for tag in (GPS_IFD, _TIFF_XMP, _TIFF_PHOTOSHOP, _TIFF_IPTC)):
            return True
    return False


def _reencode_tiff(img: TiffImagePlugin.TiffImageFile, pages: int) -> bytes:
    """Every page decoded and written again losslessly, with no metadata but the orientation
    and resolution; the caller compares the pixels."""
    frames: list[Image.Image] = []
    img.seek(0)
    orientation = img.tag_v2.get(_TIFF_ORIENTATION, 1)
    dpi = img.info.get("dpi")
    for page in range(pages):
        img.seek(page)
        img.load()
        # A plain Image (copy() has no tag_v2): Pillow then copies none of the original tags;
        # of its info only the colour profile is kept.
        frame = img.copy()
        frame.info = {k: v for k, v in img.info.items() if k == "icc_profile"}
        frames.append(frame)
    out = io.BytesIO()
    options: dict[str, object] = {
        "save_all": True,
        "append_images": frames[1:],
        "compression": "tiff_adobe_deflate" if features.check("libtiff") else "raw",
    }
    if isinstance(orientation, int) and 1 <= orientation <= 8 and orientation != 1:
        options["tiffinfo"] = {_TIFF_ORIENTATION: orientation}
    if isinstance(dpi, tuple) and len(dpi) == 2:
        options["dpi"] = dpi
    frames[0].save(out, "TIFF", **options)
    return out.getvalue()


def _same_pixels(original: bytes, rewritten: bytes, pages: int) -> bool:
    with (
        TiffImagePlugin.TiffImageFile(io.BytesIO(original)) as a,
        TiffImagePlugin.TiffImageFile(io.BytesIO(rewritten)) as b,
    ):
        if _tiff_pages(b) != pages:
            return False
        for page in range(pages):
            a.seek(page)
            b.seek(page)
            if (a.mode, a.size) != (b.mode, b.size) or a.tobytes() != b.tobytes():
                return False
            if a.mode in ("P", "PA") and a.getpalette() != b.getpalette():
                return False
    return True


def _strip_tiff(data: bytes) -> bytes:
    with TiffImagePlugin.TiffImageFile(io.BytesIO(data)) as img:
        pages = _tiff_pages(img)
        if not _tiff_needs_change(img, pages):
            return data  # no GPS, no XMP: nothing to remove, the original is sent as it is
        try:
            rewritten = _reencode_tiff(img, pages)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            _log.info("redaction: TIFF re-encoding failed (%s)", type(exc).__name__)
            raise _Unredactable(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "its TIFF image could not be written again losslessly"
                    )
                )
            ) from None
    if not _same_pixels(data, rewritten, pages):
        raise _Unredactable(
            message(
                QT_TRANSLATE_NOOP(
                    "errors", "its TIFF image could not be written again with identical pixels"
                )
            )
        )
    return rewritten


def _check_clean(result: bytes) -> None:
    """The result holds no GPS IFD and no XMP, whatever went before."""
    if any(marker in result for marker in _XMP_MARKERS):
        raise _Unredactable(
            message(QT_TRANSLATE_NOOP("errors", "an XMP block could not be removed"))
        )
    factory = {
        b"\xff\xd8": JpegImagePlugin.JpegImageFile,
        b"\x89P": PngImagePlugin.PngImageFile,
    }.get(result[:2], TiffImagePlugin.TiffImageFile)
    with factory(io.BytesIO(result)) as img:
        pages = _tiff_pages(img) if isinstance(img, TiffImagePlugin.TiffImageFile) else 1
        for page in range(pages):
            img.seek(page)
            exif = img.getexif()
            if GPS_IFD in exif or exif.get_ifd(GPS_IFD):
                raise _Unredactable(
                    message(QT_TRANSLATE_NOOP("errors", "its GPS position could not be removed"))
                )


def strip_gps(data: bytes, sha256: str | None = None) -> bytes:
    """The same photo with no GPS position and the same pixels.

    ``data`` is the stored original; ``sha256`` its identity (computed when not given). Never
    fails with anything but :class:`RedactionError`, which names the photo by the first
    12 hex digits of its SHA-256 and says how to leave it out: for a HEIC photo, a TIFF
    whose pixels cannot be written again identically, or a damaged JPEG or PNG structure.
    """
    label = (sha256 or hashlib.sha256(data).hexdigest())[:PREFIX_LENGTH]
    problem: Text
    try:
        with pillow_warnings("redact"):
            if data.startswith(b"\xff\xd8"):
                result = _strip_jpeg(data)
            elif data.startswith(_PNG_SIGNATURE):
                result = _strip_png(data)
            elif data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
                result = _strip_tiff(data)
            else:
                raise _Unredactable(
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors", "FieldKit cannot remove a position from this format (HEIC)"
                        )
                    )
                )
            _check_clean(result)
    except _Unredactable as exc:
        problem = exc.args[0]
    except MemoryError:
        problem = message(
            QT_TRANSLATE_NOOP("errors", "it is too large to rewrite with the memory available")
        )
    except Exception as exc:  # a damaged photo from another vault, a Pillow failure
        _log.warning("redaction: photo %s failed with %s", label, type(exc).__name__)
        problem = message(QT_TRANSLATE_NOOP("errors", "it could not be read"))
    else:
        return result
    raise RedactionError(
        QT_TRANSLATE_NOOP(
            "errors", "The photo {label} cannot be sent without its position: {problem}."
        ),
        message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Leave it out with `fieldkit export --leave-out-photo {label} …`, or export "
                "without --redact-locations.",
            ),
            label=label,
        ),
        label=label,
        problem=problem,
    )
