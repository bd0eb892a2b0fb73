"""A consolidated bundle from the archive (SPEC §15), written by the core's own bundle writer.

Streamed, not copied: the revisions (each with its author's canonical bytes and signature,
untouched) come from PostgreSQL through a server-side cursor, the photos chunk by chunk from
S3, decrypted with the archive's storage key, straight into :func:`fieldkit.bundles.writer.
write_bundle` — the writer a laptop's export uses, so the bundle is the same format (SPEC §7),
split into the same parts, signed by the archive's identity and encrypted to the recipients.
Nothing of the archive is copied into the worker's vault (at programme scale, terabytes of
photos would double the host's storage): the vault only keeps the stream's chain (its
``sent_bundles``, so the next export follows this one) and the audit event.

Atomic like a laptop's export: whatever stops it (a failure, Ctrl+C), no part file is left.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
from collections.abc import Callable, Generator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, BinaryIO

import psycopg

from fieldkit.bundles.export import (
    CANCELLED,
    WRITE,
    WRITING,
    ExportedBundle,
    ExportResult,
    Recipient,
    StreamTip,
    audit_lines_to_send,
    every_part_sizes,
    record_sent,
    write_part_file,
)
from fieldkit.bundles.parts import DEFAULT_MAX_SIZE, PartFiles, plan_parts
from fieldkit.bundles.selection import stream_for
from fieldkit.bundles.writer import BundleContent, PhotoSource, acknowledgements, revision_line
from fieldkit.i18n import Text
from fieldkit.identity import own
from fieldkit.identity.card import make_card
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault import audit
from fieldkit.vault.vault import Vault

from .keys import storage_key
from .storage import ArchiveStorage

log = logging.getLogger(__name__)

_BATCH = 2000  # rows per round trip of the server-side cursors
# The bytes a revision's records.ndjson line adds to its canonical bytes and its signature's
# hex (and its newline): the plan sizes each line without reading it.
_LINE_OVERHEAD = len(revision_line(b"", b"")) + 1
# Each revision's size in its line and the photos it refers to, parsed by PostgreSQL: the plan
# reads neither the canonical bytes nor the signatures. PostgreSQL's JSON refuses the escape
# \u0000, which a field unknown to this FieldKit may hold (signed, merged, carried as is): it
# is replaced for this parse only, which reads nothing but the photos' hex digests.
_PLAN = (
    "SELECT octet_length(canonical) + 2 * octet_length(signature), "
    "ARRAY(SELECT m->>'sha256' FROM jsonb_array_elements("
    "replace(convert_from(canonical, 'UTF8'), '\\u0000', '\\ufffd')::jsonb->'media') AS m "
    "WHERE m ? 'sha256') "
    "FROM revisions ORDER BY hlc, rev_id"  # the order the lines are written in (_revision_lines)
)


def _cards(conn: psycopg.Connection, vault: Vault, identity: own.OwnIdentity) -> list[Any]:
    """Every author's card, as a laptop's full export carries them (selection.author_cards):
    its own first, then by fingerprint, from the vault's trust store, else as a bundle carried
    it."""
    authors = {str(r[0]) for r in conn.execute("SELECT DISTINCT author FROM revisions")}
    cards: list[Any] = []
    if identity.fingerprint in authors:
        cards.append(make_card(identity))
    others = authors - {identity.fingerprint}
    found: dict[str, Any] = {}
    for fingerprint, card in vault.db.execute("SELECT fingerprint, card FROM trust"):
        if fingerprint in others:
            found[fingerprint] = json.loads(card)
    for fingerprint, card in conn.execute("SELECT fingerprint, card FROM authors"):
        if fingerprint in others and fingerprint not in found:
            found[fingerprint] = card if isinstance(card, dict) else json.loads(card)
    cards.extend(found[f] for f in sorted(found))
    return cards


def _revision_lines(conn: psycopg.Connection) -> Generator[bytes, None, None]:
    with conn.cursor(name="fieldkit_export_revisions") as cur:
        cur.itersize = _BATCH
        # The plan's order (_PLAN): part after part, the same lines.
        cur.execute("SELECT canonical, signature FROM revisions ORDER BY hlc, rev_id")
        for canonical, signature in cur:
            yield revision_line(bytes(canonical), bytes(signature))


def export_archive(
    conn: psycopg.Connection,
    storage: ArchiveStorage,
    vault: Vault,
    output: Path,
    recipients: Sequence[Recipient],
    plain: bool = False,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Write the consolidated bundle(s) to ``output`` (split into ``stem.partNofM.fkb`` over
    ``max_size``, as ``export --full`` does). Raises CancelledError when ``cancel`` says so;
    whatever stops it, the parts it wrote are removed again."""
    files = PartFiles(Path(output))
    with files.writing():
        return _export(conn, storage, vault, files, recipients, plain, max_size, progress, cancel)


def _export(
    conn: psycopg.Connection,
    storage: ArchiveStorage,
    vault: Vault,
    files: PartFiles,
    recipients: Sequence[Recipient],
    plain: bool,
    max_size: int,
    progress: ProgressSink | None,
    cancel: CancelCheck | None,
) -> ExportResult:
    db = vault.db
    identity = own.load(db)
    chosen = [] if plain else list(recipients)
    with vault.transaction():
        stream = stream_for(db, chosen, plain)
    epoch = vault.epoch
    result = ExportResult([], stream, "full", chosen, not plain)
    audit_lines = audit_lines_to_send(db, identity)
    key = storage_key(vault)
    reporter = Reporter(progress, cancel, cancelled_message=CANCELLED)

    def tick(n: int) -> None:
        reporter.step(n)
        reporter.check()

    written: list[tuple[ExportedBundle, str]] = []
    with conn.transaction():  # one consistent snapshot of the index, for the plan and the lines
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cards = _cards(conn, vault, identity)
        stored = storage.photo_sizes()
        sizes = {
            str(sha): stored.get(str(sha), 0)
            for (sha,) in conn.execute("SELECT sha256 FROM photos")
        }
        base, per_part = every_part_sizes(cards, audit_lines)
        with conn.cursor(name="fieldkit_export_plan") as cur:
            cur.itersize = _BATCH
            cur.execute(_PLAN)
            plan = plan_parts(
                ((int(n) + _LINE_OVERHEAD, refs or ()) for n, refs in cur),
                sizes,
                set(),
                max_size,
                base,
            )
        total = sum(p.lines_size + sum(sizes[h] for h in p.photos) + per_part for p in plan)
        reporter.start(WRITE, total, Text("progress", WRITING))

        def source(sha: str) -> PhotoSource:
            opener: Callable[[], AbstractContextManager[BinaryIO]] = functools.partial(
                storage.open_photo, sha, key
            )
            return PhotoSource(sha, sizes[sha], opener)

        tip = StreamTip.read(db, stream, epoch)
        lines = _revision_lines(conn)  # one cursor, read part after part
        try:
            for index, part in enumerate(plan, start=1):
                header = tip.next_header(identity.fingerprint, "full", not plain)
                content = BundleContent(
                    header=header,
                    lines=itertools.islice(lines, part.lines),
                    lines_size=part.lines_size,
                    revisions=part.lines,
                    records=0,
                    photos=[source(h) for h in part.photos],
                    cards=cards,
                    audit_lines=audit_lines,
                    recipients=chosen,
                    redact=False,
                    audit_head=audit.head(db),  # as a laptop's export (vault_content)
                    acknowledgements=acknowledgements(db),
                )
                bundle, tag_sha = write_part_file(files, index, len(plan), identity, content, tick)
                written.append((bundle, tag_sha))
                tip.written(header, tag_sha)
        finally:
            lines.close()
    # The stream's chain, so the recipients accept the next export after this one; what the
    # bundles carried stays in PostgreSQL (a full export carries everything again).
    with files.recording(vault) as tx:
        for bundle, tag_sha in written:
            record_sent(tx, tip, bundle, "full", tag_sha, chosen, identity.fingerprint)
        tx.execute(
            "INSERT OR IGNORE INTO sent_acknowledgements (stream_id, bundle_id) "
            "SELECT ?, bundle_id FROM received_bundles",
            (stream,),
        )
    reporter.finish()
    result.bundles = [b for b, _ in written]
    log.info("exported %d consolidated bundle(s) from the archive", len(written))
    return result
