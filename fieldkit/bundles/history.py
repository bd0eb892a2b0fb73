"""What bundles this vault sent and received: the read service behind the app's bundle history.

Newest first, at most ``limit`` of each. The GUI shows these; it runs no SQL of its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from fieldkit.vault.database import Connection


@dataclass(frozen=True)
class SentBundle:
    created_at: str
    sequence: int
    kind: str  # delta, full, snapshot
    revisions: int
    photos: int
    recipients: list[str]  # fingerprints, or age recipients
    plain: bool  # not encrypted


@dataclass(frozen=True)
class ReceivedBundle:
    imported_at: str
    sender: str  # fingerprint
    sequence: int
    kind: str
    new_revisions: int
    duplicates: int


def sent_bundles(db: Connection, limit: int) -> list[SentBundle]:
    out = []
    for created, seq, kind, revisions, photos, recipients, plain in db.execute(
        "SELECT b.created_at, b.sequence, b.kind, b.revisions, b.photos, s.recipients, "
        "s.plain FROM sent_bundles b LEFT JOIN streams s ON s.stream_id = b.stream_id "
        "ORDER BY b.created_at DESC, b.sequence DESC LIMIT ?",
        (limit,),
    ):
        try:
            keys = json.loads(recipients or "[]")
        except ValueError:
            keys = []
        out.append(
            SentBundle(
                str(created),
                int(seq),
                str(kind),
                int(revisions),
                int(photos),
                [str(k) for k in keys] if isinstance(keys, list) else [],
                bool(plain),
            )
        )
    return out


def received_bundles(db: Connection, limit: int) -> list[ReceivedBundle]:
    return [
        ReceivedBundle(str(imported), str(sender), int(seq), str(kind), int(new), int(dup))
        for imported, sender, seq, kind, new, dup in db.execute(
            "SELECT imported_at, sender, sequence, kind, new_revisions, duplicates "
            "FROM received_bundles ORDER BY imported_at DESC, rowid DESC LIMIT ?",
            (limit,),
        )
    ]
