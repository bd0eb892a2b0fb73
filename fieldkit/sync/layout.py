"""What a sync target folder holds, and how its files are named (SPEC §8; README "Sync folders").

::

    TARGET/
      .fieldkit-target                 marker: this folder is a FieldKit sync target (never changes)
      .fieldkit-sync.lock              held with an OS lock while a vault syncs (never changes)
      <sender fingerprint>/            one folder per sending vault (64 hex digits)
        <stream>-<epoch8>-<seq>-<bundle id>.fkb
        .<name>.<random>.fieldkit-tmp  a copy in progress (never a final name until complete)
      receipts/
        <writer fingerprint>-<receipt id>.fkr

Every file FieldKit writes on a target has one of these shapes; anything else there belongs to
someone else and is never changed, moved or removed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from fieldkit.fsutil import TEMP_SUFFIX
from fieldkit.i18n import QT_TRANSLATE_NOOP, message

MARKER = ".fieldkit-target"
LOCK = ".fieldkit-sync.lock"
RECEIPTS = "receipts"
BUNDLE_SUFFIX = ".fkb"
RECEIPT_SUFFIX = ".fkr"
MARKER_BYTES = (
    json.dumps(
        {
            "format": "fieldkit-sync-target",
            "version": 1,
            "about": "Bundles and receipts exchanged by FieldKit vaults. See FieldKit's README.",
        },
        indent=2,
    )
    + "\n"
).encode("utf-8")


def target_phrase(name: str) -> str:
    """The sync target 'stick' as a phrase of the disk's error sentences (translated there)."""
    return message(QT_TRANSLATE_NOOP("errors", "the sync target '{target}'"), target=name)


_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_BUNDLE_NAME = re.compile(
    rf"^(?P<stream>[0-9A-Za-z-]{{1,64}})-(?P<epoch>[0-9a-z]{{8}})-(?P<seq>[0-9]{{6,}})-"
    rf"(?P<bundle>{_UUID})\.fkb$"
)
_RECEIPT_NAME = re.compile(rf"^(?P<writer>[0-9a-f]{{64}})-(?P<receipt>{_UUID})\.fkr$")
_TEMP_NAME = re.compile(rf"^\..+\.[0-9a-f]{{12}}{re.escape(TEMP_SUFFIX)}$")


def is_fingerprint(name: str) -> bool:
    return bool(_HEX64.match(name))


def bundle_file_name(stream: str, epoch: str, sequence: int, bundle_id: str) -> str:
    """``<stream>-<first 8 of epoch>-<sequence, 6 digits>-<bundle id>.fkb``: sorts by stream."""
    return f"{stream}-{epoch[:8]}-{sequence:06d}-{bundle_id}{BUNDLE_SUFFIX}"


def bundle_id_from_name(name: str) -> str | None:
    """The bundle id a FieldKit bundle name carries (None for any other name)."""
    match = _BUNDLE_NAME.match(name)
    return match.group("bundle") if match else None


def sender_folder(target: Path, fingerprint: str) -> Path:
    return target / fingerprint


def receipt_file_name(writer: str, receipt_id: str) -> str:
    return f"{writer}-{receipt_id}{RECEIPT_SUFFIX}"


def receipt_writer(name: str) -> str | None:
    match = _RECEIPT_NAME.match(name)
    return match.group("writer") if match else None


def is_temp_name(name: str) -> bool:
    """A temporary name as :func:`fieldkit.fsutil.atomic_writer` makes them."""
    return bool(_TEMP_NAME.match(name))
