"""What a revision from a bundle must look like beyond its JSON types: checks that need no vault,
run by verify on every revision line (so import and the archive's ingest refuse what fails).

A record id names files (the Linked Art export writes ``<record id>.json``) and a photo's hash
names its file in the vault: text a sender chose must never become a path. So a record id is a
lower-case UUID (what ``uuid.uuid4()`` gives, which is how every record is made), a parent is a
revision id and a photo is named by its SHA-256, both 64 lower-case hex digits.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")


def is_record_id(value: object) -> bool:
    """``value`` is a lower-case UUID, as FieldKit makes record ids."""
    return isinstance(value, str) and _UUID.match(value) is not None


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and _SHA256.match(value) is not None


def check_names(record_id: str, parents: list[Any], media: list[Any]) -> None:
    """Raise CorruptFileError (one plain sentence) unless the record id, the parents and the
    photos' hashes are of the shapes above (their JSON types were checked by the caller)."""
    if not is_record_id(record_id):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "A revision has a record id that is not a UUID.")
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
    """The name of a file written for the record ``record_id``: its UUID, never text that could
    leave the folder (a vault filled before record ids were checked on import may hold any).
    Raises CorruptFileError for an id that is not a UUID."""
    if not is_record_id(record_id):
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "A revision has a record id that is not a UUID.")
        )
    return f"{uuid.UUID(record_id)}{suffix}"
