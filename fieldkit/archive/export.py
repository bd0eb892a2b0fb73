"""A consolidated bundle from the archive (SPEC §15), written by the core's own exporter.

The archive's revisions (each with its author's signature, untouched), the authors' cards and
the photos are brought into the archive's coordinator vault — a set union by the core's
``store_revision``, so running it again adds nothing — and the vault exports one full bundle.
Every revision in it is still provably from its author; the bundle is signed by the archive.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import psycopg

from fieldkit.bundles.export import ExportOptions, ExportResult, Recipient, export_bundles
from fieldkit.records.photos import ingest_photo
from fieldkit.records.revision import Revision
from fieldkit.records.revision_store import store_revision
from fieldkit.vault.vault import Vault

from .keys import storage_key
from .storage import ArchiveStorage

_BATCH = 2000


def materialize(conn: psycopg.Connection, storage: ArchiveStorage, vault: Vault) -> int:
    """Bring every archived revision, author card and photo into ``vault``; returns how many
    revisions were new there."""
    key = storage_key(vault)
    new = 0
    with vault.transaction() as db:
        for fingerprint, card in conn.execute("SELECT fingerprint, card FROM authors"):
            db.execute(
                "INSERT OR IGNORE INTO authors (fingerprint, card, first_seen) "
                "VALUES (?, ?, datetime('now'))",
                (fingerprint, json.dumps(card, sort_keys=True)),
            )
        with conn.cursor(name="revisions") as cur:
            cur.itersize = _BATCH
            cur.execute("SELECT canonical, signature FROM revisions ORDER BY hlc, rev_id")
            for canonical, signature in cur:
                rev = Revision.from_canonical(bytes(canonical), bytes(signature))
                if store_revision(db, rev, "archive"):
                    new += 1
        have = {str(r[0]) for r in db.execute("SELECT sha256 FROM media_files")}
        for (sha,) in conn.execute("SELECT sha256 FROM photos ORDER BY sha256"):
            if sha not in have:
                ingest_photo(vault, db, storage.read_photo(sha, key))
    return new


def export_archive(
    conn: psycopg.Connection,
    storage: ArchiveStorage,
    vault: Vault,
    output: Path,
    recipients: Sequence[Recipient],
    plain: bool = False,
) -> ExportResult:
    """Write the consolidated bundle(s) to ``output`` (the core's ``export --full``)."""
    with conn.transaction():  # one consistent snapshot of the index
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        materialize(conn, storage, vault)
    return export_bundles(
        vault, output, ExportOptions(recipients=list(recipients), plain=plain, mode="full")
    )
