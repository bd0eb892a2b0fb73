"""Possible duplicates over the archive (issue 23): the core's detector on the merged view.

The detector (:func:`fieldkit.duplicates.candidates.find_candidates`) reads its objects through
a row source; :class:`ArchiveRows` is the archive's: the live objects of the merged view in
PostgreSQL and the photos' perceptual hashes kept in ``photo_hashes`` (schema v3). The pairs,
scores and reasons are the core's, so the archive finds what a laptop vault holding the same
bundles finds.

Photo hashes: the photos are encrypted in the bucket, so the worker hashes each photo while it
has it in hand (when it stores it): the thumbnail a laptop's import makes of it (the core's
``examine``), hashed by the core's ``photo_hash``. Photos stored before schema v3, or under
another hash algorithm, are hashed by :func:`backfill_photo_hashes` (decrypted from the bucket
with the archive's storage key).

Deciding is not done here: a person decides in a coordinator's vault (``fieldkit duplicates
decide``), and the decision, a signed revision, reaches the archive in that vault's next
bundle; the pairs the archive holds a decision for are no longer listed.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

import psycopg

from fieldkit.crypto import age
from fieldkit.duplicates import links, photo_hash
from fieldkit.duplicates.candidates import DEFAULT_MIN_SCORE, Candidate, ObjectRow, find_candidates
from fieldkit.errors import FieldKitError
from fieldkit.records import fields as F
from fieldkit.records.completeness import missing_categories
from fieldkit.records.photo_formats import PREFIX_SIZE, identify
from fieldkit.records.photo_image import examine
from fieldkit.tasks import check

from .storage import ArchiveStorage

Counts = Callable[[int, int], None]
_BATCH = 200  # photos hashed per transaction by the backfill


def hashes_of_photo(data: bytes) -> photo_hash.Hashes | None:
    """The perceptual hashes a laptop keeps for this photo: of the thumbnail its import makes
    (the core's ``examine``). None for bytes a laptop would refuse as a photo, or a flat
    picture. Never raises for bad bytes (photos come from other people's bundles)."""
    try:
        examined = examine(io.BytesIO(data), identify(data[:PREFIX_SIZE], None), None)
    except (FieldKitError, ValueError, OSError, MemoryError):
        return None
    return photo_hash.hash_thumbnail(examined.thumbnail)


def has_hash(conn: psycopg.Connection, sha256: str) -> bool:
    """Whether this photo has a row of the current algorithm (no hash counts: it was tried)."""
    return (
        conn.execute(
            "SELECT 1 FROM photo_hashes WHERE sha256 = %s AND algorithm = %s",
            (sha256, photo_hash.ALGORITHM),
        ).fetchone()
        is not None
    )


def store_photo_hash(conn: psycopg.Connection, sha256: str, data: bytes) -> None:
    """Hash one photo (its plaintext, checked against ``sha256`` by the caller) into
    ``photo_hashes``, inside the caller's transaction; a row of an older algorithm is replaced."""
    hashes = hashes_of_photo(data)
    conn.execute(
        "INSERT INTO photo_hashes (sha256, algorithm, hashes) VALUES (%s, %s, %s) "
        "ON CONFLICT (sha256) DO UPDATE SET algorithm = excluded.algorithm, "
        "hashes = excluded.hashes",
        (sha256, photo_hash.ALGORITHM, list(hashes) if hashes is not None else None),
    )


def unhashed(conn: psycopg.Connection) -> list[str]:
    """Photos stored in the bucket without a hash of the current algorithm (stored before
    schema v3, or hashed by an older algorithm), in hash order."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT p.sha256 FROM photos p LEFT JOIN photo_hashes h ON h.sha256 = p.sha256 "
            "AND h.algorithm = %s WHERE h.sha256 IS NULL ORDER BY p.sha256",
            (photo_hash.ALGORITHM,),
        )
    ]


def backfill_photo_hashes(
    conn: psycopg.Connection,
    storage: ArchiveStorage,
    key: age.X25519Identity,
    *,
    progress: Counts | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Hash the photos :func:`unhashed` lists, decrypting each from the bucket with the
    archive's storage key; committed in batches (a cancelled run keeps what it finished).
    Returns how many were hashed. Raises CancelledError, S3IntegrityError for a photo whose
    stored bytes do not match its hash, storage errors as the bucket gives them."""
    todo = unhashed(conn)
    if progress is not None:
        progress(0, len(todo))
    done = 0
    for start in range(0, len(todo), _BATCH):
        with conn.transaction():
            for sha in todo[start : start + _BATCH]:
                check(cancel)
                store_photo_hash(conn, sha, storage.read_photo(sha, key))
                done += 1
                if progress is not None:
                    progress(done, len(todo))
    return done


def decisions(conn: psycopg.Connection, *, live_only: bool = True) -> list[links.DecisionRow]:
    """The duplicate decisions the archive holds (only the live ones by default), read as a
    laptop reads its own (:func:`fieldkit.duplicates.links.decision_row`)."""
    sql = (
        "SELECT r.record_id, r.fields, r.deleted, f.hlc, f.rev_id FROM records r "
        "LEFT JOIN LATERAL (SELECT v.hlc, v.rev_id FROM revisions v "
        "WHERE v.record_id = r.record_id ORDER BY v.hlc, v.rev_id LIMIT 1) f ON true "
        "WHERE r.kind = %s"
    )
    if live_only:
        sql += " AND NOT r.deleted"
    return [
        links.decision_row(
            str(rid), json.dumps(fields), bool(deleted), (str(hlc or ""), str(rev or ""))
        )
        for rid, fields, deleted, hlc, rev in conn.execute(sql, (F.DUPLICATE_DECISION,))
    ]


def decided_pairs(conn: psycopg.Connection) -> set[frozenset[str]]:
    """Pairs a live decision names (either way): never suggested again, as on a laptop."""
    return {d.pair for d in decisions(conn) if d.a and d.b}


class ArchiveRows:
    """The archive's merged view as the detector's row source (``ObjectRows``)."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def count(self) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM records WHERE kind = %s AND NOT deleted", (F.OBJECT,)
        ).fetchone()
        return int(row[0]) if row else 0

    def rows(self) -> Iterator[ObjectRow]:
        # A named (server-side) cursor: 100,000 objects are not held twice in memory.
        with self.conn.cursor(name="duplicate_objects") as cur:
            cur.itersize = 2000
            cur.execute(
                "SELECT record_id, fields, media FROM records WHERE kind = %s AND NOT deleted",
                (F.OBJECT,),
            )
            for record_id, fields, media in cur:
                f = fields if isinstance(fields, dict) else {}
                m = [x for x in media if isinstance(x, dict)] if isinstance(media, list) else []
                # As the laptop's view row: the Object ID categories missing, the photo count.
                yield (str(record_id), f, m, ",".join(missing_categories(f, m)), len(m))

    def _hash_rows(self, shas: Iterable[str]) -> Iterator[tuple[str, Any]]:
        wanted = sorted(set(shas))
        for start in range(0, len(wanted), 5000):
            yield from self.conn.execute(
                "SELECT sha256, hashes FROM photo_hashes WHERE algorithm = %s "
                "AND sha256 = ANY(%s)",
                (photo_hash.ALGORITHM, wanted[start : start + 5000]),
            )

    def cached_count(self, shas: Iterable[str]) -> int:
        return sum(1 for _ in self._hash_rows(shas))

    def photo_hashes(
        self,
        shas: Iterable[str],
        progress: Counts | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Mapping[str, photo_hash.Hashes]:
        """The hashes kept (nothing is computed here: see :func:`backfill_photo_hashes`)."""
        out: dict[str, photo_hash.Hashes] = {}
        for sha, hashes in self._hash_rows(shas):
            if isinstance(hashes, list) and len(hashes) == 4:
                out[str(sha)] = (int(hashes[0]), int(hashes[1]), int(hashes[2]), int(hashes[3]))
        if progress is not None:
            progress(0, 0)
        return out

    def first_seen(self, ids: Collection[str]) -> dict[str, str]:
        return {
            str(r[0]): str(r[1])
            for r in self.conn.execute(
                "SELECT record_id, min(hlc) FROM revisions WHERE record_id = ANY(%s) "
                "GROUP BY record_id",
                (sorted(ids),),
            )
        }


def find_archive_candidates(
    conn: psycopg.Connection,
    *,
    progress: Counts | None = None,
    cancel: Callable[[], bool] | None = None,
    phase: Callable[[str, int, int], None] | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Candidate]:
    """Pairs of live objects in the archive that may be one object, best first, leaving out
    every pair the archive holds a live decision for; read in one consistent snapshot (workers
    may merge meanwhile). Photos without a kept hash give no photo evidence (run
    :func:`backfill_photo_hashes` first). Raises CancelledError."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        return find_candidates(
            ArchiveRows(conn),
            exclude=decided_pairs(conn),
            progress=progress,
            cancel=cancel,
            phase=phase,
            min_score=min_score,
        )
