"""Removing GPS from a photo without re-encoding it (redacted bundles, SPEC §7).

Only the metadata block changes: in a JPEG the APP1 "Exif" segment is rewritten without its GPS
IFD (and XMP, which may repeat the position, is dropped); in a PNG the eXIf chunk is rewritten
and text chunks that carry XMP are dropped. Every byte of image data is kept as it was, so the
pixels are exactly the original ones. TIFF keeps GPS in the same structure as its image data
and is not rewritten here: :func:`strip_gps` refuses it rather than pretend.
"""

from __future__ import annotations

import struct
import zlib

from PIL import Image

from fieldkit.errors import CorruptFileError

GPS_IFD = 0x8825
_XMP_PREFIX = b"http://ns.adobe.com/xap/1.0/\x00"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class RedactionError(CorruptFileError):
    default_hint = "Leave this photo out of the redacted export, or export without redaction."


def _clean_exif(payload: bytes) -> bytes:
    """An Exif block (starting with the TIFF header) without its GPS IFD."""
    exif = Image.Exif()
    exif.load(payload)
    if GPS_IFD in exif:
        del exif[GPS_IFD]
    return exif.tobytes()


def _strip_jpeg(data: bytes) -> bytes:
    if data[:2] != b"\xff\xd8":
        raise RedactionError("The photo is not a JPEG.")
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise RedactionError("The photo's JPEG structure is damaged.")
        marker = data[pos + 1]
        if marker == 0xD9 or marker == 0xDA:  # end of image, or start of scan: copy the rest
            out += data[pos:]
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos : pos + 2]
            pos += 2
            continue
        if pos + 4 > len(data):
            raise RedactionError("The photo's JPEG structure is truncated.")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        body = segment[4:]
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            exif_block = _clean_exif(body[6:])
            # Image.Exif.tobytes() returns the TIFF structure prefixed with "Exif\0\0".
            if not exif_block.startswith(b"Exif\x00\x00"):
                exif_block = b"Exif\x00\x00" + exif_block
            if len(exif_block) + 2 > 0xFFFF:
                raise RedactionError("The photo's Exif block is too large to rewrite.")
            out += b"\xff\xe1" + struct.pack(">H", len(exif_block) + 2) + exif_block
        elif marker == 0xE1 and body.startswith(_XMP_PREFIX):
            pass  # XMP may repeat the GPS position: dropped
        else:
            out += segment
        pos += 2 + length
    raise RedactionError("The photo's JPEG structure is truncated.")


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
            raise RedactionError("The photo's PNG structure is truncated.")
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"eXIf":
            exif_block = _clean_exif(body)
            if exif_block.startswith(b"Exif\x00\x00"):
                exif_block = exif_block[6:]
            out += _png_chunk(b"eXIf", exif_block)
        elif kind in (b"iTXt", b"tEXt", b"zTXt") and body.startswith(b"XML:com.adobe.xmp"):
            pass
        else:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    raise RedactionError("The photo's PNG structure is truncated.")


def strip_gps(data: bytes) -> bytes:
    """The same photo with no GPS position; image data untouched. Raises RedactionError."""
    if data.startswith(b"\xff\xd8"):
        return _strip_jpeg(data)
    if data.startswith(_PNG_SIGNATURE):
        return _strip_png(data)
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        raise RedactionError("GPS cannot be removed from a TIFF photo without rewriting it.")
    raise RedactionError("This photo's format does not allow removing its GPS position.")
