"""Why a photo was refused (SPEC §4 "Media").

Every message is one plain sentence that names the file by its base name only (never a folder,
never anything read from inside the file), and every class has a hint saying what to do. They
are all :class:`~fieldkit.errors.CorruptFileError`, so front ends that already handle damaged
files handle refused photos too.
"""

from __future__ import annotations

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP

_ACCEPTED = "JPEG, PNG, TIFF or HEIC"
_MAX_LABEL = 80


def describe(name: str | None) -> str:
    """How messages refer to the photo: its sanitised base name, or "The file" for bytes."""
    if not name:
        return QT_TRANSLATE_NOOP("errors", "The file")
    clean = "".join(c if c.isprintable() else "?" for c in name)
    if len(clean) > _MAX_LABEL:
        clean = clean[: _MAX_LABEL - 1] + "…"
    return f'"{clean}"'


class PhotoError(
    CorruptFileError,
    hint=QT_TRANSLATE_NOOP("errors", "Choose a JPEG, PNG, TIFF or HEIC photo; nothing was added."),
):
    """A photo was refused; nothing was stored."""


class PhotoReadError(
    PhotoError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Check that the file still exists, that it is a file and not a folder, "
        "and that you may read it.",
    ),
):
    """The file could not be opened or read (missing, a folder, no permission)."""


class NotAnImageError(
    PhotoError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Choose a JPEG, PNG, TIFF or HEIC photo; this file was not added."
    ),
):
    """Empty, text, random bytes, a document: not a picture at all."""


class UnsupportedPhotoFormatError(
    PhotoError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Save or export it as JPEG, PNG, TIFF or HEIC, then add it again."
    ),
):
    """A picture, but in a format FieldKit does not accept (GIF, BMP, WebP, camera raw, …)."""


class HeicNotSupportedError(
    UnsupportedPhotoFormatError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Export the photo as JPEG on the phone or computer that took it, or install the "
        "pillow-heif package, then add it again.",
    ),
):
    """A HEIC/HEIF photo, and no Pillow plugin that reads HEIC is installed."""


class PhotoTooLargeError(
    PhotoError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "FieldKit accepts photos of at most 150 megapixels and 30,000 pixels per side: "
        "reduce the photo in an image editor first. Files declaring huge sizes are also a "
        "known way to attack a computer, so this one was not opened further.",
    ),
):
    """The declared size is beyond the limits (a decompression bomb, or absurd dimensions)."""


class CorruptPhotoError(
    PhotoError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Copy the photo again from the camera or phone (an interrupted copy cuts files short), "
        "then add it again.",
    ),
):
    """Truncated or corrupt: the pixel data did not decode completely and cleanly."""


class PhotoChangedError(
    PhotoError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Wait until the file has been copied completely, then add it again."
    ),
):
    """The file was modified while it was being read and stored."""
