"""Bundle format v1: names, the plaintext bundle.json and the signature's trusted comment (SPEC §7).

A bundle is a ZIP (every member STORED) holding one BagIt 1.0 bag named after the bundle id.
These names and fields are a contract with stock tools and other FieldKit versions.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.vault.header import JsonHeader, json_header_fields

FORMAT_NAME = "fieldkit-bundle"
FORMAT_VERSION = 1
KINDS = ("delta", "full", "snapshot")
MAX_SEQUENCE = 2**31  # bundles a stream can hold: a larger sequence number is refused

BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
TAGMANIFEST_SIG = "tagmanifest-sha256.txt.minisig"
BUNDLE_JSON = "fieldkit/bundle.json"
INNER = "data/inner.json"
INNER_SIG = "data/inner.json.minisig"
RECORDS = "data/records.ndjson"
MEDIA_DIR = "data/media/"
AGE_SUFFIX = ".age"

BAGIT_TXT_BYTES = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def new_bundle_id() -> str:
    return str(uuid.uuid4())


def is_bundle_id(text: str) -> bool:
    return bool(_UUID.match(text))


def payload_name(name: str, encrypted: bool) -> str:
    return name + AGE_SUFFIX if encrypted else name


@dataclass(frozen=True)
class BundleHeader(JsonHeader):
    """fieldkit/bundle.json: the only plaintext besides the BagIt files."""

    bundle_id: str
    sender: str
    stream: str
    epoch: str
    sequence: int
    previous_bundle: str | None
    previous_tagmanifest_sha256: str | None
    kind: str
    encrypted: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "stream": self.stream,
            "epoch": self.epoch,
            "sequence": self.sequence,
            "previous": None
            if self.previous_bundle is None
            else {
                "bundle_id": self.previous_bundle,
                "tagmanifest_sha256": self.previous_tagmanifest_sha256,
            },
            "kind": self.kind,
            "encrypted": self.encrypted,
        }

    @classmethod
    def from_bytes(cls, raw: bytes) -> BundleHeader:
        """Raises CorruptFileError / UnsupportedFormatError with one plain sentence."""
        data = json_header_fields(
            raw,
            FORMAT_NAME,
            FORMAT_VERSION,
            damaged=CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "{file} is not valid JSON."), file=BUNDLE_JSON
            ),
            foreign=CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "This is not a FieldKit bundle ({file})."),
                file=BUNDLE_JSON,
            ),
            newer=QT_TRANSLATE_NOOP(
                "errors",
                "This bundle uses format version {version}, which this FieldKit cannot read.",
            ),
        )
        previous = data.get("previous")
        ok = (
            isinstance(data.get("bundle_id"), str)
            and is_bundle_id(data["bundle_id"])
            and isinstance(data.get("sender"), str)
            and bool(_HEX64.match(data["sender"]))
            and isinstance(data.get("stream"), str)
            and isinstance(data.get("epoch"), str)
            and isinstance(data.get("sequence"), int)
            and not isinstance(data.get("sequence"), bool)
            and data["sequence"] >= 1
            and data["sequence"] < MAX_SEQUENCE
            and data.get("kind") in KINDS
            and isinstance(data.get("encrypted"), bool)
            and (
                previous is None
                or (
                    isinstance(previous, dict)
                    and isinstance(previous.get("bundle_id"), str)
                    and isinstance(previous.get("tagmanifest_sha256"), str)
                )
            )
        )
        if not ok:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "{file} is missing fields or has wrong values."),
                file=BUNDLE_JSON,
            )
        return cls(
            bundle_id=data["bundle_id"],
            sender=data["sender"],
            stream=data["stream"],
            epoch=data["epoch"],
            sequence=data["sequence"],
            previous_bundle=None if previous is None else previous["bundle_id"],
            previous_tagmanifest_sha256=None
            if previous is None
            else previous["tagmanifest_sha256"],
            kind=data["kind"],
            encrypted=data["encrypted"],
        )

    def trusted_comment(self) -> str:
        """Signed with the tag manifest: binds the signature to the bundle's place in its stream."""
        return (
            f"fieldkit-bundle v{FORMAT_VERSION} id={self.bundle_id} sender={self.sender} "
            f"stream={self.stream} epoch={self.epoch} seq={self.sequence}"
        )
