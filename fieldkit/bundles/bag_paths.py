"""Rules for the names inside a bundle or bag, shared by the ZIP reader and the BagIt validator.

A name is "/"-separated and relative. Anything that could make a naive reader (or a later
extraction on another operating system) touch a file outside the bag is refused here: absolute
paths, ``..``, backslashes, drive letters, empty parts, home-folder references and control
characters. Two names that a case-insensitive or normalising file system (Windows, macOS) would
store as one file are a collision, found with :func:`fold`.
"""

from __future__ import annotations

import re
import unicodedata

from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, message

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # C0, DEL and C1
_CONTROL_EXCEPT_NEWLINES = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_SHOWN = 160


def show(name: str) -> str:
    """``name`` for a message: as is when plain, else quoted with control characters escaped."""
    plain = bool(name) and name.isprintable() and " " not in name and '"' not in name
    if plain and len(name) <= MAX_SHOWN:
        return name
    shown = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in name)
    if len(shown) > MAX_SHOWN:
        shown = shown[: MAX_SHOWN - 1] + "…"
    return shown if plain else f'"{shown}"'


def fold(name: str) -> str:
    """The key under which case-insensitive, normalising file systems store ``name``.

    Unicode canonical caseless matching: NFD(casefold(NFD(name))).
    """
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", name).casefold())


def unsafe_reason(path: str, *, allow_newlines: bool = False) -> Text | None:
    """Why ``path`` is not a safe relative name, as the end of a sentence; None if it is safe.

    ``allow_newlines`` admits CR and LF, which BagIt manifests may carry percent-encoded.
    """
    if path == "":
        return message(QT_TRANSLATE_NOOP("errors", "is empty"))
    if path.startswith("/"):
        return message(QT_TRANSLATE_NOOP("errors", "is an absolute path"))
    if "\\" in path:
        return message(
            QT_TRANSLATE_NOOP("errors", "contains a backslash (a Windows path separator)")
        )
    if "\x00" in path:
        return message(QT_TRANSLATE_NOOP("errors", "contains a NUL character"))
    control = _CONTROL_EXCEPT_NEWLINES if allow_newlines else _CONTROL
    if control.search(path):
        return message(QT_TRANSLATE_NOOP("errors", "contains a control character"))
    parts = path.split("/")
    if _DRIVE.match(parts[0]):
        return message(QT_TRANSLATE_NOOP("errors", "starts with a drive letter"))
    if parts[0].startswith("~"):
        return message(QT_TRANSLATE_NOOP("errors", "starts with a home folder reference (~)"))
    for part in parts:
        if part == "..":
            return message(
                QT_TRANSLATE_NOOP("errors", "contains '..', which leads outside its folder")
            )
        if part == ".":
            return message(QT_TRANSLATE_NOOP("errors", "contains a '.' part"))
        if part == "":
            return message(
                QT_TRANSLATE_NOOP("errors", "has an empty part (a doubled or trailing '/')")
            )
    return None
