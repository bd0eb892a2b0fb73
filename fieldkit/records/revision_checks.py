"""What a revision from a bundle must look like beyond its JSON types: checks that need no vault,
run by verify on every revision line (so import and the archive's ingest refuse what fails).

A record id names files (the Linked Art export writes ``<record id>.json``) and a photo's hash
names its file in the vault: text a sender chose must never become a path. So a record id is
one to 64 lower-case letters, digits, hyphens and underscores, starting with a letter or digit
(FieldKit makes lower-case UUIDs; no dot, slash or capital, so never a path nor two names for
one file on a case-blind disk), a parent is a revision id and a photo is named by its SHA-256,
both 64 lower-case hex digits.
"""

from __future__ import annotations

import re
from typing import Any

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP

_RECORD_ID = re.compile(r"[0-9a-z][0-9a-z_-]{0,63}\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")


def is_record_id(value: object) -> bool:
    """``value`` is a record id of the shape above (every lower-case UUID is one)."""
    return isinstance(value, str) and _RECORD_ID.match(value) is not None


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and _SHA256.match(value) is not None


def check_names(record_id: str, parents: list[Any], media: list[Any]) -> None:
    """Raise CorruptFileError (one plain sentence) unless the record id, the parents and the
    photos' hashes are of the shapes above (their JSON types were checked by the caller)."""
    if not is_record_id(record_id):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "A revision has a record id that FieldKit does not accept.")
        )
    if not all(is_sha256(p) for p in parents):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "A revision names a parent that is not a revision id.")
        )
    if not all(is_sha256(m.get("sha256")) for m in media):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "A revision lists a photo without a valid SHA-256.")
        )


def record_file_name(record_id: str, suffix: str = ".json") -> str:
    """The name of a file written for the record ``record_id``, never text that could leave the
    folder (a vault filled before record ids were checked on import may hold any). Raises
    CorruptFileError for an id that is not of the shape above."""
    if not is_record_id(record_id):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "A revision has a record id that FieldKit does not accept.")
        )
    return f"{record_id}{suffix}"
