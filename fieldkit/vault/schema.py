"""Schema versions of vault.db, tracked with PRAGMA user_version.

Each migration is a function that takes the connection inside one transaction together with
the version bump, so an interrupted migration leaves the old schema intact. Migrations are only
ever appended; a vault whose version is newer than the last one here is refused (it was written
by a newer FieldKit and we would not understand its data).
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.crypto.age import X25519Identity
from fieldkit.errors import UnsupportedFormatError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text
from fieldkit.tasks import ProgressSink, Reporter
from fieldkit.vault.database import Connection


def _v1_core(conn: Connection) -> None:
    conn.execute(
        """CREATE TABLE meta (
             key   TEXT PRIMARY KEY,
             value TEXT NOT NULL
           ) WITHOUT ROWID"""
    )
    # Private keys that never leave the vault (the storage key; identity keys come later).
    conn.execute(
        """CREATE TABLE secrets (
             name  TEXT PRIMARY KEY,
             value BLOB NOT NULL
           ) WITHOUT ROWID"""
    )
    # An epoch starts with the vault and with every restore from backup, so bundles sent after
    # a restore are not mistaken for forks of the ones sent before it.
    conn.execute(
        """CREATE TABLE epochs (
             epoch_id   TEXT PRIMARY KEY,
             started_at TEXT NOT NULL,
             reason     TEXT NOT NULL
           )"""
    )


def _v2_media_files(conn: Connection) -> None:
    # Encrypted photo originals in media/: a file without a row here was left by a crash and is
    # removed on open. `sha256` is the hash of the original (plaintext) bytes: its identity.
    conn.execute(
        """CREATE TABLE media_files (
             name       TEXT PRIMARY KEY,
             sha256     TEXT NOT NULL UNIQUE,
             size       INTEGER NOT NULL,
             created_at TEXT NOT NULL
           )"""
    )


def _v3_records(conn: Connection) -> None:
    # Every revision ever seen, immutable (SPEC §5). `canonical` is the exact signed JSON, kept so
    # a revision can be forwarded byte for byte and re-verified at any time.
    conn.execute(
        """CREATE TABLE revisions (
             rev_id      TEXT PRIMARY KEY,
             record_id   TEXT NOT NULL,
             kind        TEXT NOT NULL,
             author      TEXT NOT NULL,
             hlc         TEXT NOT NULL,
             deleted     INTEGER NOT NULL,
             canonical   BLOB NOT NULL,
             signature   BLOB NOT NULL,
             origin      TEXT NOT NULL,
             received_at TEXT NOT NULL
           )"""
    )
    conn.execute("CREATE INDEX revisions_record ON revisions (record_id, hlc)")
    conn.execute(
        """CREATE TABLE revision_parents (
             rev_id    TEXT NOT NULL,
             parent_id TEXT NOT NULL,
             PRIMARY KEY (rev_id, parent_id)
           ) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX revision_parents_parent ON revision_parents (parent_id)")
    conn.execute(
        """CREATE TABLE heads (
             record_id TEXT NOT NULL,
             rev_id    TEXT NOT NULL,
             PRIMARY KEY (record_id, rev_id)
           ) WITHOUT ROWID"""
    )
    # The current view of every record (its head, or the automatic merge of its heads), with the
    # columns lists filter and sort on. Rebuilt from revisions whenever the heads change.
    conn.execute(
        """CREATE TABLE records (
             rowid            INTEGER PRIMARY KEY,
             record_id        TEXT NOT NULL UNIQUE,
             kind             TEXT NOT NULL,
             head_rev         TEXT NOT NULL,
             hlc              TEXT NOT NULL,
             fields           TEXT NOT NULL,
             media            TEXT NOT NULL,
             deleted          INTEGER NOT NULL DEFAULT 0,
             in_conflict      INTEGER NOT NULL DEFAULT 0,
             inventory_number TEXT,
             title            TEXT,
             object_type      TEXT,
             status           TEXT,
             salvage_priority INTEGER,
             object_id        TEXT,
             severity         TEXT,
             urgency          TEXT,
             observed_at      TEXT,
             complete         INTEGER NOT NULL DEFAULT 0,
             missing          TEXT NOT NULL DEFAULT '',
             photo_count      INTEGER NOT NULL DEFAULT 0,
             main_photo       TEXT
           )"""
    )
    for column in (
        "inventory_number",
        "title",
        "status",
        "salvage_priority",
        "object_id",
        "severity",
        "urgency",
        "observed_at",
        "complete",
        "hlc",
    ):
        conn.execute(f"CREATE INDEX records_{column} ON records (kind, deleted, {column})")
    conn.execute(
        "CREATE VIRTUAL TABLE records_search USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Photos by the SHA-256 of their original bytes: what Pillow read from them, and the
    # thumbnail (JPEG bytes, inside the encrypted database).
    conn.execute(
        """CREATE TABLE photos (
             sha256      TEXT PRIMARY KEY,
             media_name  TEXT,
             mime        TEXT NOT NULL,
             width       INTEGER NOT NULL,
             height      INTEGER NOT NULL,
             size        INTEGER NOT NULL,
             captured_at TEXT,
             gps_lat     REAL,
             gps_lon     REAL,
             thumbnail   BLOB NOT NULL,
             added_at    TEXT NOT NULL
           ) WITHOUT ROWID"""
    )
    # From this version on every vault has an identity (signing and transport keys).
    _v3_identity_keys(conn)
    conn.execute(
        """CREATE TABLE audit (
             seq     INTEGER PRIMARY KEY,
             at      TEXT NOT NULL,
             actor   TEXT NOT NULL,
             action  TEXT NOT NULL,
             details TEXT NOT NULL,
             prev    TEXT NOT NULL,
             hash    TEXT NOT NULL
           )"""
    )


def _v3_identity_keys(conn: Connection) -> None:
    """Create the identity keys if missing: FROZEN, a copy of ``identity.own.generate_into`` as it
    was on 2026-12-05. A migration keeps its own copy of what it needs, so that changing today's
    identity code never changes what this migration does to an old vault. Do not edit."""
    have = {row[0] for row in conn.execute("SELECT name FROM secrets")}
    if "identity_signing_key" not in have:
        seed = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        conn.execute(
            "INSERT INTO secrets (name, value) VALUES (?, ?)", ("identity_signing_key", seed)
        )
        conn.execute(
            "INSERT INTO secrets (name, value) VALUES (?, ?)",
            ("identity_signing_key_id", secrets.token_bytes(8)),
        )
    if "identity_transport_key" not in have:
        conn.execute(
            "INSERT INTO secrets (name, value) VALUES (?, ?)",
            ("identity_transport_key", X25519Identity.generate().private_bytes()),
        )


def _v4_trust_and_bundles(conn: Connection) -> None:
    # Identity cards this vault trusts (SPEC §6). `name` is the local name the user chose: a
    # name inside a card or bundle is only its holder's claim.
    conn.execute(
        """CREATE TABLE trust (
             fingerprint  TEXT PRIMARY KEY,
             card         TEXT NOT NULL,
             name         TEXT NOT NULL,
             role         TEXT NOT NULL,
             verified     INTEGER NOT NULL DEFAULT 0,
             verified_at  TEXT,
             added_at     TEXT NOT NULL,
             revoked_at   TEXT,
             revoked_after TEXT
           ) WITHOUT ROWID"""
    )
    # Outgoing streams (sender = this vault, one recipient set) and the bundles sent in them.
    conn.execute(
        """CREATE TABLE streams (
             stream_id  TEXT PRIMARY KEY,
             recipients TEXT NOT NULL,
             plain      INTEGER NOT NULL DEFAULT 0,
             created_at TEXT NOT NULL
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE sent_bundles (
             bundle_id          TEXT PRIMARY KEY,
             stream_id          TEXT NOT NULL,
             epoch              TEXT NOT NULL,
             sequence           INTEGER NOT NULL,
             kind               TEXT NOT NULL,
             tagmanifest_sha256 TEXT NOT NULL,
             file_sha256        TEXT NOT NULL,
             revisions          INTEGER NOT NULL,
             photos             INTEGER NOT NULL,
             created_at         TEXT NOT NULL,
             UNIQUE (stream_id, epoch, sequence)
           )"""
    )
    conn.execute(
        """CREATE TABLE sent_revisions (
             stream_id TEXT NOT NULL,
             rev_id    TEXT NOT NULL,
             bundle_id TEXT NOT NULL,
             PRIMARY KEY (stream_id, rev_id)
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE sent_photos (
             stream_id TEXT NOT NULL,
             sha256    TEXT NOT NULL,
             bundle_id TEXT NOT NULL,
             PRIMARY KEY (stream_id, sha256)
           ) WITHOUT ROWID"""
    )


def _v5_drafts(conn: Connection) -> None:
    # Unsaved edits kept when the app locks (or crashes): encrypted like everything else, and
    # never lost. One draft per editor key (e.g. "object:<id>" or "new-object").
    conn.execute(
        """CREATE TABLE drafts (
             draft_key  TEXT PRIMARY KEY,
             kind       TEXT NOT NULL,
             record_id  TEXT,
             payload    TEXT NOT NULL,
             saved_at   TEXT NOT NULL
           ) WITHOUT ROWID"""
    )


def _v6_import(conn: Connection) -> None:
    # Cards of the authors of revisions received (a card proves which key an author uses; it
    # does not make them trusted: that is the trust store's job).
    conn.execute(
        """CREATE TABLE authors (
             fingerprint TEXT PRIMARY KEY,
             card        TEXT NOT NULL,
             first_seen  TEXT NOT NULL
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE received_bundles (
             bundle_id          TEXT PRIMARY KEY,
             sender             TEXT NOT NULL,
             stream             TEXT NOT NULL,
             epoch              TEXT NOT NULL,
             sequence           INTEGER NOT NULL,
             previous_bundle    TEXT,
             tagmanifest_sha256 TEXT NOT NULL,
             kind               TEXT NOT NULL,
             file_sha256        TEXT NOT NULL,
             new_revisions      INTEGER NOT NULL,
             duplicates         INTEGER NOT NULL,
             imported_at        TEXT NOT NULL
           )"""
    )
    conn.execute("CREATE INDEX received_position ON received_bundles (sender, stream, epoch)")
    # Forks: two different bundles claiming the same place in one stream.
    conn.execute(
        """CREATE TABLE forks (
             sender    TEXT NOT NULL,
             stream    TEXT NOT NULL,
             epoch     TEXT NOT NULL,
             sequence  INTEGER NOT NULL,
             bundle_a  TEXT NOT NULL,
             bundle_b  TEXT NOT NULL,
             seen_at   TEXT NOT NULL,
             PRIMARY KEY (sender, stream, epoch, sequence, bundle_b)
           ) WITHOUT ROWID"""
    )
    # What each peer is known to hold (they wrote it, sent it, or acknowledged receiving it):
    # a default delta sends only what some recipient is not known to hold.
    conn.execute(
        """CREATE TABLE peer_revisions (
             peer   TEXT NOT NULL,
             rev_id TEXT NOT NULL,
             PRIMARY KEY (peer, rev_id)
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE peer_photos (
             peer   TEXT NOT NULL,
             sha256 TEXT NOT NULL,
             PRIMARY KEY (peer, sha256)
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE acknowledgements (
             peer      TEXT NOT NULL,
             bundle_id TEXT NOT NULL,
             seen_at   TEXT NOT NULL,
             PRIMARY KEY (peer, bundle_id)
           ) WITHOUT ROWID"""
    )
    # Which of our imports each outgoing stream has already acknowledged.
    conn.execute(
        """CREATE TABLE sent_acknowledgements (
             stream_id TEXT NOT NULL,
             bundle_id TEXT NOT NULL,
             PRIMARY KEY (stream_id, bundle_id)
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE revision_flags (
             rev_id TEXT NOT NULL,
             flag   TEXT NOT NULL,
             PRIMARY KEY (rev_id, flag)
           ) WITHOUT ROWID"""
    )


def _v7_sync(conn: Connection) -> None:
    # Sync targets (SPEC §8): folders bundles are delivered to and picked up from. `recipients`
    # is a JSON list of identity cards; an empty list means "every trusted coordinator".
    conn.execute(
        """CREATE TABLE sync_targets (
             name       TEXT PRIMARY KEY,
             path       TEXT NOT NULL,
             recipients TEXT NOT NULL,
             created_at TEXT NOT NULL,
             last_push  TEXT,
             last_pull  TEXT,
             last_error TEXT
           ) WITHOUT ROWID"""
    )
    # Bundles exported for sync, kept in the vault's outbox/ folder until every recipient of
    # their stream has acknowledged them.
    conn.execute(
        """CREATE TABLE sync_outbox (
             bundle_id       TEXT PRIMARY KEY,
             stream_id       TEXT NOT NULL,
             file_name       TEXT NOT NULL,
             file_sha256     TEXT NOT NULL,
             size            INTEGER NOT NULL,
             revisions       INTEGER NOT NULL,
             photos          INTEGER NOT NULL,
             created_at      TEXT NOT NULL,
             acknowledged_at TEXT
           )"""
    )
    conn.execute("CREATE INDEX sync_outbox_stream ON sync_outbox (stream_id, acknowledged_at)")
    # A bundle copied to a target (after the rename and the hash check); removed_at once it was
    # taken off the target again (every recipient acknowledged it).
    conn.execute(
        """CREATE TABLE sync_deliveries (
             bundle_id    TEXT NOT NULL,
             target       TEXT NOT NULL,
             rel_path     TEXT NOT NULL,
             file_sha256  TEXT NOT NULL,
             delivered_at TEXT NOT NULL,
             removed_at   TEXT,
             PRIMARY KEY (bundle_id, target)
           ) WITHOUT ROWID"""
    )
    # Files found on a target that were refused, with the reason; `copy_name` is the encrypted
    # copy in the vault's quarantine/ folder (NULL when no copy could be kept).
    conn.execute(
        """CREATE TABLE sync_quarantine (
             id          INTEGER PRIMARY KEY,
             target      TEXT NOT NULL,
             rel_path    TEXT NOT NULL,
             kind        TEXT NOT NULL,
             file_sha256 TEXT NOT NULL,
             size        INTEGER NOT NULL,
             reason      TEXT NOT NULL,
             untrusted   INTEGER NOT NULL DEFAULT 0,
             sender      TEXT,
             bundle_id   TEXT,
             copy_name   TEXT,
             found_at    TEXT NOT NULL,
             UNIQUE (target, rel_path, file_sha256)
           )"""
    )
    # Files on a target already looked at (imported, not addressed to us, quarantined): skipped
    # while their size and modification time stay the same.
    conn.execute(
        """CREATE TABLE sync_inbox (
             target   TEXT NOT NULL,
             rel_path TEXT NOT NULL,
             size     INTEGER NOT NULL,
             mtime_ns INTEGER NOT NULL,
             verdict  TEXT NOT NULL,
             sender   TEXT,
             seen_at  TEXT NOT NULL,
             PRIMARY KEY (target, rel_path)
           ) WITHOUT ROWID"""
    )
    # Receipts: the one this vault keeps on each target for each sender (replaced when it has
    # more to acknowledge), and the ones it has read there.
    conn.execute(
        """CREATE TABLE sync_receipts_sent (
             target     TEXT NOT NULL,
             addressee  TEXT NOT NULL,
             file_name  TEXT NOT NULL,
             acks_sha256 TEXT NOT NULL,
             written_at TEXT NOT NULL,
             PRIMARY KEY (target, addressee)
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE sync_receipts_read (
             target    TEXT NOT NULL,
             file_name TEXT NOT NULL,
             verdict   TEXT NOT NULL,
             writer    TEXT,
             read_at   TEXT NOT NULL,
             PRIMARY KEY (target, file_name)
           ) WITHOUT ROWID"""
    )


# FROZEN, for migration 8 only: copies of ``records.service.KIND_TOKENS``, ``search_body`` and
# ``records.fields.text_of`` as they were on 2026-12-05. A migration keeps its own copy of what it
# needs, so that changing today's search code never changes what this migration does to an old
# vault (today's code rebuilds the index its own way when it changes). Do not edit.
_V8_KIND_TOKENS = {
    "object": "xfkkindobject",
    "damage": "xfkkinddamage",
    "location": "xfkkindlocation",
    "container": "xfkkindcontainer",
    "movement": "xfkkindmovement",
    "handover": "xfkkindhandover",
    "duplicate_decision": "xfkkindduplicatedecision",
}


def _v8_text_of(fields: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for value in fields.values():
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    parts.append(item.replace("_", " "))
                elif isinstance(item, Mapping):
                    parts.extend(str(x) for x in item.values())
    return "\n".join(parts)


def _v8_search_body(
    kind: str, fields: Mapping[str, Any], media: Sequence[Mapping[str, Any]]
) -> str:
    captions = "\n".join(str(m.get("caption", "")) for m in media)
    return f"{_V8_KIND_TOKENS[kind]}\n{_v8_text_of(fields)}\n{captions}"


def _v8_search_kind_tokens(conn: Connection) -> None:
    # The search index gains a kind token per entry (see records.search.KIND_TOKENS), so that
    # counting matches no longer reads every matching record. Rebuilt from the current view,
    # with this migration's own frozen copy of the search text (above).
    search_body = _v8_search_body

    conn.execute("DELETE FROM records_search")
    rows = conn.execute(
        "SELECT rowid, kind, fields, media FROM records WHERE deleted = 0"
    ).fetchall()
    conn.executemany(
        "INSERT INTO records_search (rowid, body) VALUES (?, ?)",
        [
            (rowid, search_body(kind, json.loads(fields), json.loads(media)))
            for rowid, kind, fields, media in rows
        ],
    )


def _v9_sort_indexes(conn: Connection) -> None:
    # Lists can be sorted by type of object; without an index that sorted all 100,000 rows
    # (40-240 ms per header click in benchmarks/gui_list.py).
    conn.execute(
        "CREATE INDEX IF NOT EXISTS records_object_type ON records (kind, deleted, object_type)"
    )
    # Bundles list revisions in (hlc, rev_id) order; without an index SQLite sorted every
    # selected row, canonical JSON included, in memory (about 100 MB per 100,000 revisions;
    # benchmarks/bundle_memory.py).
    conn.execute("CREATE INDEX IF NOT EXISTS revisions_hlc ON revisions (hlc, rev_id)")


def _v10_bundle_contents(conn: Connection) -> None:
    # What EVERY bundle carried. Until v9 a stream remembered only the first bundle to carry a
    # revision or photo; when that bundle was lost and a later one carried it again, the later
    # one's acknowledgement did not say the recipient held it. Keyed by bundle, for
    # acknowledgements; indexed by stream, for deltas.
    for table, column in (("sent_revisions", "rev_id"), ("sent_photos", "sha256")):
        conn.execute(f"ALTER TABLE {table} RENAME TO {table}_v9")
        conn.execute(
            f"""CREATE TABLE {table} (
                 stream_id TEXT NOT NULL,
                 {column}  TEXT NOT NULL,
                 bundle_id TEXT NOT NULL,
                 PRIMARY KEY (bundle_id, {column})
               ) WITHOUT ROWID"""
        )
        conn.execute(
            f"INSERT INTO {table} (stream_id, {column}, bundle_id) "  # noqa: S608 - fixed names
            f"SELECT stream_id, {column}, bundle_id FROM {table}_v9"
        )
        conn.execute(f"DROP TABLE {table}_v9")
        conn.execute(f"CREATE INDEX {table}_stream ON {table} (stream_id, {column})")


def _v11_custody(conn: Connection) -> None:
    # Where every object and container is now, derived from the movements and handovers the
    # vault holds (fieldkit.records.custody), rewritten in the same transaction as the
    # revisions that change it. Rebuildable: nothing here is original information.
    conn.execute(
        """CREATE TABLE IF NOT EXISTS custody_where (
             item_id        TEXT PRIMARY KEY,
             location_id    TEXT,
             container_id   TEXT,
             in_transit     INTEGER NOT NULL DEFAULT 0,
             missing        INTEGER NOT NULL DEFAULT 0,
             movement_id    TEXT,
             destination_id TEXT,
             status         TEXT,
             custodian      TEXT,
             custodian_name TEXT,
             handover_id    TEXT
           ) WITHOUT ROWID"""
    )
    conn.execute(
        "CREATE INDEX IF NOT EXISTS custody_where_container ON custody_where (container_id)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS custody_where_location ON custody_where (location_id)")
    # Which items each movement and handover concerns: a change replays only the movements
    # connected to it through shared items (not the whole vault).
    conn.execute(
        """CREATE TABLE IF NOT EXISTS custody_links (
             record_id TEXT NOT NULL,
             item_id   TEXT NOT NULL,
             PRIMARY KEY (record_id, item_id)
           ) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX IF NOT EXISTS custody_links_item ON custody_links (item_id)")
    conn.execute(
        """CREATE TABLE IF NOT EXISTS custody_movements (
             movement_id TEXT PRIMARY KEY,
             expected    TEXT NOT NULL,
             received    TEXT NOT NULL,
             missing     TEXT NOT NULL,
             extra       TEXT NOT NULL,
             in_transit  INTEGER NOT NULL,
             status      TEXT NOT NULL,
             outside     TEXT NOT NULL DEFAULT '[]'
           ) WITHOUT ROWID"""
    )


def _v12_s3_targets(conn: Connection) -> None:
    # (IF NOT EXISTS: a test may replay it on a vault whose version was set back.)
    # S3-compatible sync targets (SPEC §8, issue 20): the endpoint and the credentials, kept
    # only here, inside the encrypted database (never in a config file or the environment).
    conn.execute(
        """CREATE TABLE IF NOT EXISTS sync_s3_targets (
             name       TEXT PRIMARY KEY,
             endpoint   TEXT NOT NULL,
             region     TEXT,
             access_key TEXT NOT NULL,
             secret_key TEXT NOT NULL,
             bandwidth  INTEGER
           ) WITHOUT ROWID"""
    )
    # A multipart upload under way: its id and every part the server confirmed, so that an
    # interruption or a restart re-sends only the part that was in flight.
    conn.execute(
        """CREATE TABLE IF NOT EXISTS sync_s3_uploads (
             target     TEXT NOT NULL,
             key        TEXT NOT NULL,
             upload_id  TEXT NOT NULL,
             part_size  INTEGER NOT NULL,
             started_at TEXT NOT NULL,
             PRIMARY KEY (target, key)
           ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE IF NOT EXISTS sync_s3_parts (
             target TEXT NOT NULL,
             key    TEXT NOT NULL,
             part   INTEGER NOT NULL,
             etag   TEXT NOT NULL,
             sha256 TEXT NOT NULL,
             PRIMARY KEY (target, key, part)
           ) WITHOUT ROWID"""
    )


def _v13_duplicate_links(conn: Connection) -> None:
    # Which objects were merged into which (issue 23): derived from the live "same object"
    # decisions (fieldkit.duplicates.links), rewritten in the same transaction as the decision
    # records that change it. Rebuildable: nothing here is original information.
    conn.execute(
        """CREATE TABLE IF NOT EXISTS duplicate_links (
             record_id   TEXT PRIMARY KEY,
             canonical   TEXT NOT NULL,
             decision_id TEXT NOT NULL
           ) WITHOUT ROWID"""
    )
    conn.execute(
        "CREATE INDEX IF NOT EXISTS duplicate_links_canonical ON duplicate_links (canonical)"
    )


def _v14_photo_hashes(conn: Connection) -> None:
    # Perceptual hashes of the photos' thumbnails for finding possible duplicates
    # (fieldkit.duplicates.photo_hash): computed once per photo and algorithm, so a second
    # search does not decode every thumbnail again. An empty `hash`: the thumbnail could not be
    # decoded. Recomputable: nothing here is original information.
    conn.execute(
        """CREATE TABLE IF NOT EXISTS photo_hashes (
             sha256    TEXT PRIMARY KEY,
             algorithm TEXT NOT NULL,
             hash      BLOB NOT NULL
           ) WITHOUT ROWID"""
    )


def _v15_record_counts(conn: Connection) -> None:
    # How many records of each kind there are, live or deleted, kept by triggers in the same
    # transaction as every change to `records`: a list's row count is one lookup instead of a
    # walk over an index entry per record (500,000 objects in a coordinator's vault, about a
    # thousand index pages to read and decrypt before the first page can show). Exact at every
    # commit, so nobody is ever shown a stale number. (IF NOT EXISTS and the recount: a test
    # may replay this on a vault whose version was set back.)
    conn.execute(
        """CREATE TABLE IF NOT EXISTS record_counts (
             kind    TEXT NOT NULL,
             deleted INTEGER NOT NULL,
             n       INTEGER NOT NULL,
             PRIMARY KEY (kind, deleted)
           )"""
    )
    # The count is read from this index alone.
    conn.execute("CREATE INDEX IF NOT EXISTS record_counts_n ON record_counts (kind, deleted, n)")
    conn.execute("DELETE FROM record_counts")
    conn.execute(
        "INSERT INTO record_counts (kind, deleted, n) "
        "SELECT kind, deleted, count(*) FROM records GROUP BY kind, deleted"
    )
    conn.execute(
        """CREATE TRIGGER IF NOT EXISTS record_counts_insert AFTER INSERT ON records BEGIN
             INSERT INTO record_counts (kind, deleted, n) VALUES (new.kind, new.deleted, 1)
               ON CONFLICT (kind, deleted) DO UPDATE SET n = n + 1;
           END"""
    )
    conn.execute(
        """CREATE TRIGGER IF NOT EXISTS record_counts_delete AFTER DELETE ON records BEGIN
             UPDATE record_counts SET n = n - 1 WHERE kind = old.kind AND deleted = old.deleted;
           END"""
    )
    conn.execute(
        """CREATE TRIGGER IF NOT EXISTS record_counts_update AFTER UPDATE OF kind, deleted
             ON records WHEN old.kind IS NOT new.kind OR old.deleted IS NOT new.deleted BEGIN
             UPDATE record_counts SET n = n - 1 WHERE kind = old.kind AND deleted = old.deleted;
             INSERT INTO record_counts (kind, deleted, n) VALUES (new.kind, new.deleted, 1)
               ON CONFLICT (kind, deleted) DO UPDATE SET n = n + 1;
           END"""
    )


# FROZEN, for migration 16 only: a copy of ``records.search_fold`` as it was on 2026-12-06
# (Arabic marks and tatweel removed; ʼ ’ ‘ ′ as '). Do not edit: a later change to the folding
# needs a migration of its own.
_V16_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_V16_APOSTROPHES = "\u02bc\u2019\u2018\u2032"
_V16_MARK = re.compile(f"[{_V16_MARKS}]")
_V16_APOSTROPHE = re.compile(f"[{_V16_APOSTROPHES}]")
_V16_TO_FOLD = re.compile(f"[{_V16_MARKS}{_V16_APOSTROPHES}]")
_V16_CHUNK = 5_000


def _v16_fold(body: str) -> str:
    return _V16_APOSTROPHE.sub("'", _V16_MARK.sub("", body))


def _v16_search_folding(conn: Connection) -> None:
    # Search folds Arabic vowel marks and the Ukrainian apostrophe on both sides now
    # (fieldkit.records.search_fold): the entries written before hold them unfolded, so a
    # vocalised title was found by nothing. Each entry is folded from what the index holds
    # (kind token, text, captions and the text of merged records alike); only those that change
    # are rewritten, found by one scan in C. In rowid chunks, so memory stays bounded and no
    # entry is read while the table is being written. Inside the migration's transaction: an
    # interruption rolls back.
    after = 0
    while True:
        rows = conn.execute(
            "SELECT rowid, body FROM records_search WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after, _V16_CHUNK),
        ).fetchall()
        if not rows:
            return
        after = int(rows[-1][0])
        changed = [
            (_v16_fold(body), rowid)
            for rowid, body in rows
            if isinstance(body, str) and _V16_TO_FOLD.search(body)
        ]
        conn.executemany("UPDATE records_search SET body = ? WHERE rowid = ?", changed)
        report_rows(conn, "records_search", after)


# FROZEN, for migration 17 only: a copy of ``records.natural_order.inventory_sort_key`` as it
# was on 2026-12-06. Do not edit: a later change to the key needs a migration of its own (the
# keys written since and those written here must sort together).
_V17_NUMBER = re.compile(r"\d+")
_V17_CHUNK = 5_000


def _v17_number(match: re.Match[str]) -> str:
    digits = match.group()
    if not digits.isascii():
        digits = "".join(str(unicodedata.decimal(c, 0)) for c in digits)
    digits = digits.lstrip("0")
    length = str(len(digits))
    return f"\x01{chr(0x30 + len(length))}{length}{digits}"


def _v17_sort_key(value: Any) -> str | None:
    if value is None:
        return None
    text = value if type(value) is str else str(value)
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text).casefold()
    if "\x00" in text or "\x01" in text:
        text = text.replace("\x00", "").replace("\x01", "")
    return _V17_NUMBER.sub(_v17_number, text)


def _v17_inventory_sort(conn: Connection) -> None:
    # Inventory numbers sorted as text put MCP 1962.1180 before MCP 1962.121 (new-user trials
    # r9 #18, r10). Lists sorted by inventory number now walk a stored natural-order key
    # (fieldkit.records.natural_order); every row gets its key here, in rowid chunks so memory
    # stays bounded, and the index is built once the column is full (one sort, not a million
    # index insertions). Inside the migration's transaction: an interruption rolls back.
    # (The column check: a test may replay this on a vault whose version was set back.)
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(records)")}
    if "inventory_sort" not in columns:
        conn.execute("ALTER TABLE records ADD COLUMN inventory_sort TEXT")
    after = 0
    while True:
        rows = conn.execute(
            "SELECT rowid, inventory_number FROM records WHERE rowid > ? "
            "AND inventory_number IS NOT NULL ORDER BY rowid LIMIT ?",
            (after, _V17_CHUNK),
        ).fetchall()
        if not rows:
            break
        after = int(rows[-1][0])
        conn.executemany(
            "UPDATE records SET inventory_sort = ? WHERE rowid = ?",
            [(_v17_sort_key(number), rowid) for rowid, number in rows],
        )
        report_rows(conn, "records", after)
    conn.execute(
        "CREATE INDEX IF NOT EXISTS records_inventory_sort "
        "ON records (kind, deleted, inventory_sort)"
    )


def _v18_csv_imports(conn: Connection) -> None:
    # The spreadsheet imports of this vault and the records each created, so that one imported
    # by mistake can be undone (r11 trial #9): local bookkeeping, never in bundles; in the
    # vault, so encrypted like the records it names.
    conn.execute(
        """CREATE TABLE IF NOT EXISTS csv_imports (
             import_id   INTEGER PRIMARY KEY,
             imported_at INTEGER NOT NULL,
             file_name   TEXT NOT NULL,
             count       INTEGER NOT NULL,
             undone_at   INTEGER
           )"""
    )
    conn.execute(
        """CREATE TABLE IF NOT EXISTS csv_import_records (
             import_id INTEGER NOT NULL,
             record_id TEXT NOT NULL,
             PRIMARY KEY (import_id, record_id)
           )"""
    )


# FROZEN, for migration 19 only: a copy of ``records.title_order.title_sort_key`` as it was on
# 2026-12-06. Do not edit: a later change to the key needs a migration of its own (the keys
# written since and those written here must sort together).
_V19_LEVEL = "\x01"
_V19_GAP = "\x02"
_V19_NUMBER = "\x03"
_V19_PLAIN = "\x02"  # no mark (level 2), no capital (level 3)
_V19_CAPITAL = "\x03"

# \d on str: Unicode decimal digits (category Nd), every script's 0-9.
_V19_DIGITS = re.compile(r"(\d+)")

_V19_CYRILLIC = "абвгґдђеєжзѕиіїйјклљмнњопрстћуўфхцчџшщъыьэюя"
_V19_ARABIC = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"

# Level 1 of letters that are a letter of their own, not a base letter with a mark.
_V19_PRIMARY = {c: chr(0x0400 + i) for i, c in enumerate(_V19_CYRILLIC)}
_V19_PRIMARY.update({c: chr(0x0600 + i) for i, c in enumerate(_V19_ARABIC)})
# Letters read as other letters (level 1), keeping themselves as their mark (level 2).
_V19_AS = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ς": "σ",
    "\u0671": "\u0627",  # ٱ alef wasla: ا
    "\u0629": "\u0647",  # ة ta marbuta: ه
    "\u0649": "\u064a",  # ى alef maksura: ي
    "\u06cc": "\u064a",  # ی Farsi yeh: ي
    "\u06a9": "\u0643",  # ک keheh: ك
}
# Characters that count for nothing: apostrophes inside words (Ukrainian « п'ять », French
# « l'amphore »), the Arabic tatweel (a stretched joining line), the soft hyphen.
_V19_NOTHING = frozenset("'\u02bc\u2019\u2018\u2032\u0640\u00ad")
# Marks that are accents or vowel signs on the letter before them (level 2): the combining
# diacritics, Cyrillic's, Hebrew points, Arabic harakat, hamza and madda and Quranic marks.
# Other scripts' marks (an Indic vowel sign) are letters here.
_V19_ACCENT = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)

_V19_IGNORED = 0
_V19_SEPARATOR = 1
_V19_MARK = 2
_V19_LETTER = 3
# What one character is: (kind, [(level 1, level 2) per element], capital).
_V19Char = tuple[int, tuple[tuple[str, str], ...], bool]
_V19_SKIP: _V19Char = (_V19_IGNORED, (), False)
_V19_SEP: _V19Char = (_V19_SEPARATOR, (), False)
_v19_cache: dict[str, _V19Char] = {}
_V19_CACHE_MAX = 20_000  # distinct characters remembered (a few hundred in a real vault)


def _v19_classify(c: str) -> _V19Char:
    if c in _V19_NOTHING:
        return _V19_SKIP
    category = unicodedata.category(c)
    if c.isspace() or category[0] in "PSZ":
        return _V19_SEP
    if category in ("Cc", "Cf", "Cs"):  # controls, format characters, lone surrogates
        return _V19_SKIP
    if category[0] == "M" and _V19_ACCENT.match(c):
        return (_V19_MARK, ((c, ""),), False)
    small = c.lower()
    capital = small != c
    if small in _V19_PRIMARY:  # й, ї, ў: letters, not и, і, у with a mark
        return (_V19_LETTER, ((_V19_PRIMARY[small], ""),), capital)
    if small in _V19_AS:
        return (_V19_LETTER, _v19_expanded(small, small), capital)
    parts = unicodedata.normalize("NFD", small)
    base, marks = parts[0], parts[1:]
    accents = "".join(m for m in marks if _V19_ACCENT.match(m))
    others = tuple((m, "") for m in marks if not _V19_ACCENT.match(m))
    first: tuple[tuple[str, str], ...]
    if base in _V19_PRIMARY:
        first = ((_V19_PRIMARY[base], accents),)
    elif base in _V19_AS:
        first = _v19_expanded(base, base + accents)
    else:
        first = ((base, accents),)
    return (_V19_LETTER, first + others, capital)


def _v19_expanded(letter: str, mark: str) -> tuple[tuple[str, str], ...]:
    reading = _V19_AS[letter]
    primary = _V19_PRIMARY.get(reading[0], reading[0])
    return ((primary, mark), *((_V19_PRIMARY.get(r, r), "") for r in reading[1:]))


def _v19_number(digits: str) -> str:
    if not digits.isascii():
        digits = "".join(str(unicodedata.decimal(c, 0)) for c in digits)
    digits = digits.lstrip("0")
    length = str(len(digits))
    return f"{_V19_NUMBER}{chr(0x30 + len(length))}{length}{digits}"


def _v19_title_key(value: Any) -> str | None:
    if value is None:
        return None
    text = value if type(value) is str else str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    first: list[str] = []  # level 1, an element each
    marks: list[str] = []  # level 2, an element each
    capitals: list[str] = []  # level 3, an element each
    gap = False  # a gap seen since the last element, written if another element follows
    lettered = False  # the last element is a letter (a mark written after it is its own)
    cache = _v19_cache
    for index, part in enumerate(_V19_DIGITS.split(text)):
        if index % 2:  # a run of digits
            if gap and first:
                first.append(_V19_GAP)
                marks.append(_V19_PLAIN)
                capitals.append(_V19_PLAIN)
            gap = False
            first.append(_v19_number(part))
            marks.append(_V19_PLAIN)
            capitals.append(_V19_PLAIN)
            lettered = False
            continue
        for c in part:
            found = cache.get(c)
            if found is None:
                found = _v19_classify(c)
                if len(cache) < _V19_CACHE_MAX:
                    cache[c] = found
            kind, elements, capital = found
            if kind == _V19_LETTER:
                if gap and first:
                    first.append(_V19_GAP)
                    marks.append(_V19_PLAIN)
                    capitals.append(_V19_PLAIN)
                gap = False
                case = _V19_CAPITAL if capital else _V19_PLAIN
                for primary, mark in elements:
                    first.append(primary)
                    marks.append(mark + _V19_PLAIN)
                    capitals.append(case)
                lettered = True
            elif kind == _V19_SEPARATOR:
                gap = True
                lettered = False
            elif kind == _V19_MARK:
                if lettered and not gap:
                    marks[-1] = marks[-1][:-1] + elements[0][0] + _V19_PLAIN
    key = "".join(first)
    second = "".join(marks).rstrip(_V19_PLAIN)
    third = "".join(capitals).rstrip(_V19_PLAIN)
    if third:
        return f"{key}{_V19_LEVEL}{second}{_V19_LEVEL}{third}"
    if second:
        return f"{key}{_V19_LEVEL}{second}"
    return key


_V19_CHUNK = 5_000


def _v19_title_sort(conn: Connection) -> None:
    # Titles sorted as text put « Épée » after « vase », capitals before small letters,
    # Ukrainian і ї є ґ after я and a vocalised Arabic title away from the same title without
    # its marks (testers r9-r13). Lists sorted by title now walk a stored dictionary-order key
    # (fieldkit.records.title_order); every row with a title gets its key here, in rowid chunks
    # so memory stays bounded, and the index is built once the column is full (one sort, not a
    # million index insertions). Inside the migration's transaction: an interruption rolls
    # back. (The column check: a test may replay this on a vault whose version was set back.)
    # records_title goes: no query sorts or filters on the raw title any more (search is FTS5),
    # and each import wrote it for every record (1.7 % of an import's page writes at a million).
    conn.execute("DROP INDEX IF EXISTS records_title")
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(records)")}
    if "title_sort" not in columns:
        conn.execute("ALTER TABLE records ADD COLUMN title_sort TEXT")
    after = 0
    while True:
        rows = conn.execute(
            "SELECT rowid, title FROM records WHERE rowid > ? "
            "AND title IS NOT NULL ORDER BY rowid LIMIT ?",
            (after, _V19_CHUNK),
        ).fetchall()
        if not rows:
            break
        after = int(rows[-1][0])
        conn.executemany(
            "UPDATE records SET title_sort = ? WHERE rowid = ?",
            [(_v19_title_key(title), rowid) for rowid, title in rows],
        )
        report_rows(conn, "records", after)
    conn.execute(
        "CREATE INDEX IF NOT EXISTS records_title_sort ON records (kind, deleted, title_sort)"
    )


MIGRATIONS: list[Callable[[Connection], None]] = [
    _v1_core,
    _v2_media_files,
    _v3_records,
    _v4_trust_and_bundles,
    _v5_drafts,
    _v6_import,
    _v7_sync,
    _v8_search_kind_tokens,
    _v9_sort_indexes,
    _v10_bundle_contents,
    _v11_custody,
    _v12_s3_targets,
    _v13_duplicate_links,
    _v14_photo_hashes,
    _v15_record_counts,
    _v16_search_folding,
    _v17_inventory_sort,
    _v18_csv_imports,
    _v19_title_sort,
]
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


# What a front end shows while migrate() runs (the CLI and the app word it their own way).
UPGRADE_PHASE = "upgrade"
UPGRADING = QT_TRANSLATE_NOOP(
    "progress", "Updating this vault for the new version of FieldKit (once only)…"
)
# How far through the migration running now its own chunked loop is, 0 to 1 (set by migrate()
# for the length of one step). A context variable, not a module global: two vaults migrating
# at once in two threads (the app's worker, a test) each hear only their own steps.
_step_done: ContextVar[Callable[[float], None] | None] = ContextVar("_step_done", default=None)


def report_step(done: float) -> None:
    """Called by a long migration between its chunks with its fraction done (0 to 1), so a
    front end can show progress within one step that takes tens of seconds on a large vault
    (migration 17: 23 s at 1,000,000 records). Free when nobody listens."""
    listener = _step_done.get()
    if listener is not None:
        listener(done)


def report_rows(conn: Connection, table: str, after: int) -> None:
    """:func:`report_step` for a loop over ``table`` in rowid order that has done the rows up
    to ``after``: the fraction is of the table's last rowid (one lookup at the end of its
    b-tree, only while someone listens). What such a step does after its loop (migration 17's
    index: 0.1 s of 2.4 s at 200,000 records) is not worth a share of its own."""
    if _step_done.get() is None:
        return
    # The last rowid by walking the rowid order backwards: max(rowid) would scan an FTS5 table.
    last = f"SELECT rowid FROM {table} ORDER BY rowid DESC LIMIT 1"  # noqa: S608 - a fixed name
    row = conn.execute(last).fetchone()
    if row is not None and int(row[0]) > 0:
        report_step(after / int(row[0]))


def migrate(conn: Connection, target: int = LATEST, *, progress: ProgressSink | None = None) -> int:
    """Bring the schema up to ``target``; returns the version found before.

    ``progress`` hears the "upgrade" phase in thousandths over all the steps to run (each
    step an equal share, moved within by :func:`report_step`), ending at 1000/1000, and
    nothing at all when the schema is already current. Each step commits on its own, so a
    kill or a power cut loses only the step it interrupted, and the next open runs it again.

    Raises UnsupportedFormatError for a vault from a newer FieldKit.
    """
    found = schema_version(conn)
    if found > LATEST:
        raise UnsupportedFormatError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault's database has schema version {found}; "
                "this FieldKit knows up to {latest}.",
            ),
            found=found,
            latest=LATEST,
        )
    steps = target - found
    reporter = Reporter(progress if steps > 0 else None)
    scale = 1000
    if steps > 0:
        reporter.start(UPGRADE_PHASE, scale, Text("progress", UPGRADING))
    for index, version in enumerate(range(found + 1, target + 1)):

        def within(done: float, index: int = index) -> None:
            done = min(1.0, max(0.0, done))
            reporter.advance(int(scale * (index + done) / steps))

        token = _step_done.set(within if progress is not None else None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            _step_done.reset(token)
        conn.execute("COMMIT")
        reporter.advance(scale * (index + 1) // steps)
    return found
