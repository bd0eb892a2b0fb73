"""Photos for reports, decrypted in memory and never written anywhere but into the PDF.

Originals are decrypted from the vault's media store into memory, turned upright (EXIF
orientation), scaled down to what the page needs and re-encoded as JPEG without any metadata:
the camera's GPS position (sensitive, SPEC §4) never reaches a report. Thumbnails come from the
encrypted database as they are (already upright and metadata-free). A photo that cannot be read
falls back to its thumbnail, then to an empty box saying so; the report still prints.
"""

from __future__ import annotations

import io
import logging

from PIL import Image
from reportlab.lib.utils import ImageReader

from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.records import photo_exif
from fieldkit.records.photo_image import pillow_warnings
from fieldkit.records.photo_image import upright as turn_upright
from fieldkit.records.photos import photo_info, thumbnail
from fieldkit.reports.layout import Picture
from fieldkit.vault.vault import Vault

log = logging.getLogger(__name__)
JPEG_QUALITY = 85


def _reader(jpeg: bytes) -> Picture:
    reader = ImageReader(io.BytesIO(jpeg))
    width, height = reader.getSize()
    return Picture(reader, int(width), int(height))


def downscale(data: bytes, max_side: int) -> bytes:
    """An upright, metadata-free JPEG whose longest side is at most ``max_side`` pixels.

    Raises OSError, ValueError or Image.DecompressionBombError for what Pillow cannot read.
    """
    # Pillow's warnings about damaged EXIF are counted in the log, not printed raw; the
    # orientation comes from the validated reader, so a damaged EXIF block cannot fail here.
    with pillow_warnings("report"), Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", (max_side, max_side))  # JPEG: decode at a reduced scale, much faster
        upright = turn_upright(img, photo_exif.orientation(photo_exif.read_exif(img)))
        upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        if upright.mode in ("RGBA", "LA", "P", "PA"):
            rgba = upright.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            upright = flat
        elif upright.mode != "RGB":
            upright = upright.convert("RGB")
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)  # no exif= : none kept
        return out.getvalue()


class PhotoSource:
    """The photos of one vault for one report, cached by SHA-256 and size."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._cache: dict[tuple[str, int], Picture | None] = {}
        self.problems: list[str] = []

    def thumbnail(self, sha256: str) -> Picture | None:
        """The stored thumbnail (256 px), or None."""
        key = (sha256, 0)
        if key not in self._cache:
            data = thumbnail(self.vault.db, sha256)
            picture = None
            if data:
                try:
                    picture = _reader(data)
                except (OSError, ValueError):
                    picture = None
            self._cache[key] = picture
        return self._cache[key]

    def photo(self, sha256: str, max_side: int) -> Picture | None:
        """The original, decrypted in memory and scaled to ``max_side`` px; else the thumbnail."""
        key = (sha256, max_side)
        if key in self._cache:
            return self._cache[key]
        picture: Picture | None = None
        info = photo_info(self.vault.db, sha256)
        if info is not None and info.media_name:
            try:
                original = self.vault.media.read_bytes(info.media_name)
                picture = _reader(downscale(original, max_side))
            except (FieldKitError, OSError, ValueError, Image.DecompressionBombError) as exc:
                # Never the photo's content or name in the log: its hash prefix and the error.
                log.warning("photo %s unreadable for a report: %s", sha256[:12], type(exc).__name__)
                self.problems.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The original of photo {photo} could not be read; its thumbnail was "
                            "printed instead.",
                        ),
                        photo=sha256[:12],
                    )
                )
                picture = None
        if picture is None:
            picture = self.thumbnail(sha256)
        self._cache[key] = picture
        return picture
