"""The archive's index in PostgreSQL (SPEC §15). Everything here can be rebuilt from the bucket.

- ``bundles``: every bundle stored, by SHA-256, with its place in its sender's stream and its
  state (``stored`` → ``merged``, or ``quarantined`` with the reason).
- ``jobs``: the queue; a worker holds a job's row lock (``FOR UPDATE SKIP LOCKED``) for the
  whole verify → store → merge, in the one transaction that merges it, so a worker killed at
  any moment leaves the job queued and nothing of its bundle merged.
- ``revisions`` (with the canonical bytes and the author's signature), ``revision_parents``,
  ``records`` (heads, the automatic merge view as JSONB, conflict flags, a tsvector over the
  unaccented text in every script), ``authors`` (the cards bundles carried), ``photos``,
  ``audit`` (append-only), ``photo_hashes`` (perceptual hashes for finding duplicates, v3),
``trust_changes`` (the operators' trust, applied by every worker host, v4); ``records_kind``
(v5: the few records of a rare kind found without reading them all); v6 fills ``search`` again
for records merged before, so they are found by their photo captions (:func:`refresh_search`);
v7 fills it again with the laptop's words, so a number is found in any script and with either
decimal sign, as on a laptop (the same refresh).

An archive is brought up to this version by the first archive command run after an update
(:func:`upgrade`, from ``fieldkit.commands.archive``), not only by `archive init`.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg

SCHEMA_VERSION = 7
# Version 6: records merged before version 6 have a ``search`` without their photos' captions
# (and without the laptop's folding, index.fold); version 7: records stored before it hold
# PostgreSQL's own words ("12.5" one lexeme, « ١٢٫٥ » two) and no measurement values, not the
# laptop's words (index.words, index.search_text). Both are filled again in Python (the
# laptop's rules have no SQL twin), in batches of REFRESH_BATCH records in record order, each
# batch in one transaction with the last record it did, kept under this key in
# ``archive_meta``. A refresh killed at any moment leaves whole batches done and the key naming
# where the next one starts; the next archive command goes on from there. No key: nothing to
# refresh.
REFRESH_KEY = "search_refresh_after"
REFRESH_BATCH = 1000

DDL = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TABLE IF NOT EXISTS archive_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS bundles (
    sha256 text PRIMARY KEY,
    size bigint NOT NULL,
    state text NOT NULL DEFAULT 'stored'
        CHECK (state IN ('stored', 'merged', 'quarantined', 'skipped')),
    reason text,
    bundle_id text, sender text, stream text, epoch text, sequence integer, kind text,
    previous_bundle text,
    new_revisions integer NOT NULL DEFAULT 0,
    duplicates integer NOT NULL DEFAULT 0,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    merged_at timestamptz
);
CREATE INDEX IF NOT EXISTS bundles_stream ON bundles (sender, stream, epoch, sequence);
CREATE TABLE IF NOT EXISTS jobs (
    id bigserial PRIMARY KEY,
    bundle_sha256 text NOT NULL UNIQUE REFERENCES bundles ON DELETE CASCADE,
    state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    run_after timestamptz NOT NULL DEFAULT now(),
    done_at timestamptz,
    worker text
);
CREATE INDEX IF NOT EXISTS jobs_queued ON jobs (run_after, id) WHERE state = 'queued';
CREATE TABLE IF NOT EXISTS revisions (
    rev_id text PRIMARY KEY,
    record_id text NOT NULL,
    kind text NOT NULL,
    author text NOT NULL,
    hlc text NOT NULL,
    parents text[] NOT NULL,
    deleted boolean NOT NULL,
    canonical bytea NOT NULL,
    signature bytea NOT NULL,
    bundle_sha256 text NOT NULL
);
CREATE INDEX IF NOT EXISTS revisions_record ON revisions (record_id);
CREATE INDEX IF NOT EXISTS revisions_author ON revisions (author);
CREATE TABLE IF NOT EXISTS revision_parents (
    rev_id text NOT NULL, parent_id text NOT NULL, PRIMARY KEY (rev_id, parent_id)
);
CREATE INDEX IF NOT EXISTS revision_parents_parent ON revision_parents (parent_id);
CREATE TABLE IF NOT EXISTS records (
    record_id text PRIMARY KEY,
    kind text NOT NULL,
    heads text[] NOT NULL,
    winner text NOT NULL,
    base text,
    fields jsonb NOT NULL,
    media jsonb NOT NULL,
    deleted boolean NOT NULL,
    in_conflict boolean NOT NULL,
    needs_person boolean NOT NULL,
    disputed text[] NOT NULL,
    search tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS records_search ON records USING gin (search);
CREATE INDEX IF NOT EXISTS records_conflict ON records (record_id) WHERE in_conflict;
CREATE TABLE IF NOT EXISTS authors (
    fingerprint text PRIMARY KEY, card jsonb NOT NULL, first_seen timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS photos (
    sha256 text PRIMARY KEY, first_bundle text NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS audit (
    id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(),
    event text NOT NULL, details jsonb NOT NULL
);
-- Version 2: a bundle quarantined only because its signer was not trusted (and by whom), so
-- `archive requeue` can take it back once the archive's vault trusts that signer.
ALTER TABLE bundles ADD COLUMN IF NOT EXISTS untrusted boolean NOT NULL DEFAULT false;
ALTER TABLE bundles ADD COLUMN IF NOT EXISTS signer text;
-- Version 2: revisions flagged on arrival, as a laptop flags them (``clock_ahead``: dated more
-- than a day ahead of the worker's clock). A fact about arrival: `archive rebuild` keeps it.
-- Version 2: keys revoked by a coordinator's notice carried in a bundle, shared by every
-- worker (each host has its own copy of the archive's vault): cutoff is the last bundle merged
-- from that key, by its chain, as a laptop's trust store keeps it. Rebuilt from the bundles.
CREATE TABLE IF NOT EXISTS revocations (
    fingerprint text PRIMARY KEY, issuer text NOT NULL, cutoff jsonb,
    bundle_sha256 text NOT NULL, revoked_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS revision_flags (
    rev_id text NOT NULL, flag text NOT NULL, flagged_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rev_id, flag)
);
-- Version 3: each photo's perceptual hashes (fieldkit.duplicates.photo_hash: the photo as it is
-- and turned 90°, 180°, 270°, 63 bits each), computed by the worker from the thumbnail a laptop
-- makes of it while it has the photo in hand, for `archive duplicates`; NULL: no hash (a flat
-- or undecodable picture). A cache keyed by content and algorithm: `rebuild` keeps it. Photos
-- stored before version 3 are hashed by `archive duplicates` (it decrypts them from the bucket).
CREATE TABLE IF NOT EXISTS photo_hashes (
    sha256 text PRIMARY KEY, algorithm text NOT NULL, hashes bigint[]
);
-- Version 4: bundles.reason and jobs.last_error hold a sentence as a template
-- (fieldkit.i18n.to_stored: JSON text), so `archive status` shows it in the reader's language;
-- rows written before are plain English and read as they are (i18n.from_stored).
-- Version 4: jobs queued by `archive rebuild` run one at a time in the order the bundles were
-- merged before (``ordered``), so revocation notices apply as they did then.
ALTER TABLE jobs ADD COLUMN IF NOT EXISTS ordered boolean NOT NULL DEFAULT false;
-- Version 4: trust given with `fieldkit archive trust add|revoke`, applied by every worker host
-- to its own copy of the archive's vault (each host has one). Kept by `rebuild`.
CREATE TABLE IF NOT EXISTS trust_changes (
    id bigserial PRIMARY KEY,
    action text NOT NULL CHECK (action IN ('add', 'revoke')),
    fingerprint text NOT NULL,
    card text, name text, role text, verified boolean NOT NULL DEFAULT false,
    cutoff jsonb, at timestamptz NOT NULL DEFAULT now()
);
-- Version 5: records by kind. Every search reads the duplicate decisions (records of kind
-- duplicate_decision, a handful among 1,000,000 objects) to show a merged object as the one it
-- was merged into; without this index that read the whole table (921 MB at 1,000,000 records)
-- for each search.
CREATE INDEX IF NOT EXISTS records_kind ON records (kind);
"""

# Everything derived from the bundles: what `archive rebuild` empties (bundles are re-listed
# from the bucket, the queue refilled). The audit trail is kept: it records the rebuild too.
INDEX_TABLES = (
    "jobs",
    "revision_parents",
    "revisions",
    "records",
    "authors",
    "photos",
    "bundles",
    "revocations",
)


def create(conn: psycopg.Connection) -> None:
    """Create the schema, or bring an older one up to this version (idempotent), in one
    transaction. An archive older than version 7 is marked for :func:`refresh_search`."""
    with conn.transaction():
        # Two `init`s at once would race on CREATE ... IF NOT EXISTS: one at a time.
        conn.execute("SELECT pg_advisory_xact_lock(7215, 0)")
        before = version(conn)
        conn.execute(DDL)
        if before is not None and before < 7:
            # '' sorts before every record id: the refresh starts at the first record.
            conn.execute(
                "INSERT INTO archive_meta VALUES (%s, '') ON CONFLICT (key) DO NOTHING",
                (REFRESH_KEY,),
            )
        conn.execute(
            "INSERT INTO archive_meta VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )


def version(conn: psycopg.Connection) -> int | None:
    """The archive's schema version; None when no schema was created yet."""
    row = conn.execute("SELECT to_regclass('archive_meta') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return None
    found = conn.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'").fetchone()
    return int(found[0]) if found else None


def upgrade_due(conn: psycopg.Connection) -> bool:
    """Whether :func:`upgrade` has anything to do: an archive (created with `archive init`)
    of an older version, or a refresh that has not finished. One small query."""
    if conn.execute("SELECT to_regclass('archive_meta') IS NULL").fetchone() == (True,):
        return False  # no archive here yet: `archive init` creates it
    rows = {
        str(key): str(value)
        for key, value in conn.execute(
            "SELECT key, value FROM archive_meta WHERE key IN ('schema_version', %s)",
            (REFRESH_KEY,),
        )
    }
    return REFRESH_KEY in rows or int(rows.get("schema_version") or SCHEMA_VERSION) < SCHEMA_VERSION


Progress = Callable[[int, int], None]


def upgrade(conn: psycopg.Connection, progress: Progress | None = None) -> None:
    """Bring an existing archive up to this version: the schema (:func:`create`), then what
    its records need (:func:`refresh_search`). Safe beside running workers and other commands
    doing the same; a no-op when up to date or when there is no archive yet."""
    found = version(conn)
    if found is None:
        return
    if found < SCHEMA_VERSION:
        create(conn)
    refresh_search(conn, progress)


def refresh_search(conn: psycopg.Connection, progress: Progress | None = None) -> int:
    """Fill ``search`` again, as a merge now fills it (index.search_text: fields and photo
    captions, folded), for every record from where the last refresh stopped; returns how many
    rows changed. ``progress(done, total)`` after each batch.

    Each batch locks its records' rows (``FOR UPDATE``, in record order as a worker's merge
    writes them) and the refresh's key, so a worker merging one of them meanwhile waits for
    the batch, or the batch reads what the worker wrote: neither leaves a ``search`` made from
    older fields. Two commands refreshing at once take batches in turn. Only rows whose
    ``search`` differs are written (most records have no caption)."""
    from .index import search_text

    total = done = changed = 0
    while True:
        with conn.transaction():
            row = conn.execute(
                "SELECT value FROM archive_meta WHERE key = %s FOR UPDATE", (REFRESH_KEY,)
            ).fetchone()
            if row is None:
                return changed
            after = str(row[0])
            if not total:
                counted = conn.execute("SELECT count(*) FROM records").fetchone()
                total = int(counted[0]) if counted else 0
                left = conn.execute(
                    "SELECT count(*) FROM records WHERE record_id > %s", (after,)
                ).fetchone()
                done = total - (int(left[0]) if left else 0)
            batch = conn.execute(
                "SELECT record_id, fields, media FROM records WHERE record_id > %s "
                "ORDER BY record_id LIMIT %s FOR UPDATE",
                (after, REFRESH_BATCH),
            ).fetchall()
            if not batch:
                conn.execute("DELETE FROM archive_meta WHERE key = %s", (REFRESH_KEY,))
                return changed
            ids = [str(r[0]) for r in batch]
            texts = [
                search_text(
                    r[1] if isinstance(r[1], dict) else {}, r[2] if isinstance(r[2], list) else []
                )
                for r in batch
            ]
            changed += conn.execute(
                "UPDATE records r SET search = v.search FROM (SELECT id, "
                "to_tsvector('simple', unaccent(t)) AS search FROM unnest(%s::text[], %s::text[]) "
                "AS u(id, t)) v WHERE r.record_id = v.id AND r.search IS DISTINCT FROM v.search",
                (ids, texts),
            ).rowcount
            conn.execute(
                "UPDATE archive_meta SET value = %s WHERE key = %s", (ids[-1], REFRESH_KEY)
            )
        done += len(batch)
        if progress is not None:
            progress(min(done, total), max(total, done))
