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
(v5: the few records of a rare kind found without reading them all).
"""

from __future__ import annotations

import psycopg

SCHEMA_VERSION = 5

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
    transaction."""
    with conn.transaction():
        # Two `init`s at once would race on CREATE ... IF NOT EXISTS: one at a time.
        conn.execute("SELECT pg_advisory_xact_lock(7215, 0)")
        conn.execute(DDL)
        conn.execute(
            "INSERT INTO archive_meta VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )
