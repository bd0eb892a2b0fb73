"""The bundle work the dialogs run on worker threads: export, verify, import (no widgets here).

Each function is long work in the STYLE sense (``progress``, ``cancel``) over the core's
services, adapted where the core does not (yet) do what the desktop app promises:

- **Export**: a cancelled export split into parts leaves the parts it had finished; they are
  removed here, so Cancel leaves no bundle file at all.
- **Verify**: the verdict shown before an import also predicts the gaps and forks the import
  would report, and names the signer as the trust store knows them (local name, role, verified).
- **Import**: the core polls ``cancel`` only while it verifies; the merge that follows (one
  transaction, which may add hundreds of photos) does not. Here the worker's connection is
  wrapped so that every statement checks the flag: a Cancel during the merge rolls the whole
  bundle back, and the photo files the rolled-back transaction had written are removed.

A cleaner core would take ``cancel`` in ``import_bundle``'s merge, delete its own finished parts
in ``export_bundles`` when cancelled, and offer a gap/fork preview; then these adapters go.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.bundles.export import ExportOptions, ExportResult, export_bundles
from fieldkit.bundles.importer import ImportResult, import_bundle
from fieldkit.bundles.verify import VerifyReport, verify_bundle
from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.gui.editors.photo_import import ImportBusyError, media_writer_lock
from fieldkit.gui.session import Session
from fieldkit.vault import Vault
from fieldkit.vault.database import DatabaseError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# Statements that end or undo work: they must run even after Cancel, or a transaction would be
# left open (COMMIT: once the merge reached it, the bundle is complete and goes in whole).
_ALWAYS = ("ROLLBACK", "RELEASE", "COMMIT")


class CancellableConnection:
    """A database connection that raises CancelledError before any statement once cancelled."""

    def __init__(self, conn: Any, cancel: Cancel, on_statement: Callable[[str], None]) -> None:
        self._conn = conn
        self._cancel = cancel
        self._on_statement = on_statement

    def _check(self, sql: str) -> None:
        if not sql.lstrip().upper().startswith(_ALWAYS) and self._cancel():
            raise CancelledError("The import was cancelled; nothing from this bundle was kept.")
        self._on_statement(sql)

    def execute(self, sql: str, *args: Any) -> Any:
        self._check(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        self._check(sql)
        return self._conn.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


# --- export ------------------------------------------------------------------------------------


def _part_files(output: Path) -> set[Path]:
    """Files that are, or could be, parts of an export to ``output``."""
    suffix = output.suffix or ".fkb"
    found = set(output.parent.glob(f"{output.stem}.part*of*{suffix}"))
    if output.exists():
        found.add(output)
    return found


def export(
    session: Session,
    output: Path,
    options: ExportOptions,
    progress: Progress,
    cancel: Cancel,
) -> ExportResult:
    """Export on a connection of the worker's own; Cancel leaves no bundle file behind."""
    output = Path(output)
    before = _part_files(output)
    try:
        with session.worker_vault() as vault:
            return export_bundles(vault, output, options, progress, cancel)
    except BaseException:
        for leftover in _part_files(output) - before:
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


# --- verify ------------------------------------------------------------------------------------


@dataclass
class Verdict:
    """What the app says about one bundle before anything merges."""

    path: Path
    report: VerifyReport
    signer_name: str | None = None  # the local name from the trust store (or this vault's own)
    signer_role: str | None = None
    signer_verified_at: str | None = None  # when the fingerprint was compared out of band
    own: bool = False
    imported_before: str | None = None  # when, if this very bundle was imported already
    gaps: list[int] = field(default_factory=list)  # sequence numbers still missing afterwards
    forks: list[str] = field(default_factory=list)  # bundle ids holding the same place
    cancelled: bool = False

    @property
    def valid(self) -> bool:
        return self.report.valid

    @property
    def trusted(self) -> bool:
        return self.report.valid and self.report.signer.trusted

    @property
    def importable(self) -> bool:
        """Could be merged into the vault the verdict was made for (trust aside)."""
        r = self.report
        return (
            r.valid
            and r.content_inspected
            and r.kind != "snapshot"
            and not self.own
            and r.signer.status != "revoked"
        )


def _sizes(paths: Sequence[Path]) -> list[int]:
    sizes = []
    for path in paths:
        try:
            sizes.append(max(1, Path(path).stat().st_size))
        except OSError:
            sizes.append(1)
    return sizes


def _describe_signer(vault: Vault, verdict: Verdict) -> None:
    from fieldkit.identity import own, trust

    fingerprint = verdict.report.signer.fingerprint
    if not fingerprint:
        return
    me = own.load(vault.db)
    if fingerprint == me.fingerprint:
        verdict.own = True
        verdict.signer_name, verdict.signer_role = me.name, me.role
        return
    with contextlib.suppress(FieldKitError):
        known = trust.get_exact(vault.db, fingerprint)
        if known is not None:
            verdict.signer_name, verdict.signer_role = known.name, known.role
            verdict.signer_verified_at = known.verified_at if known.verified else None


def _predict_stream(vault: Vault, verdicts: Sequence[Verdict]) -> None:
    """Gaps and forks as they would be after importing every importable bundle in the list."""
    by_stream: dict[tuple[str, str, str], set[int]] = {}
    for v in verdicts:
        header = v.report.header
        if header is None or not v.importable:
            continue
        key = (header.sender, header.stream, header.epoch)
        by_stream.setdefault(key, set()).add(header.sequence)
    for v in verdicts:
        header = v.report.header
        if header is None:
            continue
        row = vault.db.execute(
            "SELECT imported_at FROM received_bundles WHERE bundle_id = ? OR file_sha256 = ?",
            (header.bundle_id, v.report.file_sha256),
        ).fetchone()
        v.imported_before = None if row is None else str(row[0])
        v.forks = [
            str(r[0])
            for r in vault.db.execute(
                "SELECT bundle_id FROM received_bundles WHERE sender = ? AND stream = ? AND "
                "epoch = ? AND sequence = ? AND bundle_id != ?",
                (header.sender, header.stream, header.epoch, header.sequence, header.bundle_id),
            )
        ]
        key = (header.sender, header.stream, header.epoch)
        have = {
            int(r[0])
            for r in vault.db.execute(
                "SELECT DISTINCT sequence FROM received_bundles WHERE sender = ? AND stream = ? "
                "AND epoch = ?",
                key,
            )
        } | by_stream.get(key, set())
        if have:
            v.gaps = sorted(set(range(1, max(have) + 1)) - have)


def verify_files(
    paths: Sequence[Path],
    *,
    session: Session | None = None,
    trust_files: Sequence[Path] = (),
    progress: Progress,
    cancel: Cancel,
) -> list[Verdict]:
    """Verify every file (never writes). Without a session no vault is opened at all."""
    paths = [Path(p) for p in paths]
    sizes = _sizes(paths)
    total = sum(sizes)
    verdicts: list[Verdict] = []
    with contextlib.ExitStack() as stack:
        vault = stack.enter_context(session.worker_vault()) if session is not None else None
        done = 0
        for path, size in zip(paths, sizes, strict=True):
            base = done

            def tick(n: int, base: int = base, size: int = size) -> None:
                progress(base + min(n, size), total)

            report = verify_bundle(
                path, trust_files=trust_files, vault=vault, progress=tick, cancel=cancel
            )
            if cancel():
                raise CancelledError("Verification cancelled.")
            verdict = Verdict(path, report)
            if vault is not None:
                _describe_signer(vault, verdict)
            else:
                verdict.signer_name = report.signer.name
            verdicts.append(verdict)
            done += size
            progress(done, total)
        if vault is not None:
            _predict_stream(vault, verdicts)
    return verdicts


# --- import ------------------------------------------------------------------------------------


@dataclass
class ImportRun:
    """The outcome of importing several bundles, one transaction each."""

    results: list[ImportResult] = field(default_factory=list)
    cancelled_at: Path | None = None  # the bundle that was being imported when Cancel came


@contextlib.contextmanager
def _one_import() -> Iterator[None]:
    # Shared with photo imports: cleaning up after a cancel removes every media file without a
    # committed row, which must not include a file another import is still writing.
    if not media_writer_lock.acquire(blocking=False):
        raise ImportBusyError("Photos are being added in another window; wait until they are.")
    try:
        yield
    finally:
        media_writer_lock.release()


def import_files(
    session: Session,
    paths: Sequence[Path],
    *,
    accept_untrusted: bool = False,
    expected: Sequence[int] = (),
    progress: Progress,
    cancel: Cancel,
) -> ImportRun:
    """Import each bundle whole or not at all; stops at Cancel (earlier bundles stay in).

    ``expected`` is, per file, how many revisions and photos its verdict counted: it turns
    the merge's statements into a progress estimate.
    """
    paths = [Path(p) for p in paths]
    sizes = _sizes(paths)
    # Half of each file's share for checking it again, half for merging it.
    total = 2 * sum(sizes)
    run = ImportRun()
    with _one_import(), session.worker_vault() as vault:
        raw = vault.db
        done = 0
        for index, (path, size) in enumerate(zip(paths, sizes, strict=True)):
            units = max(1, expected[index] if index < len(expected) else 1)
            merged = 0
            base = done

            def statement(sql: str, base: int = base, size: int = size, units: int = units) -> None:
                nonlocal merged
                head = sql.lstrip()[:40].upper()
                if head.startswith("SAVEPOINT") or "PEER_REVISIONS" in head:
                    merged += 1
                    progress(base + size + min(size, size * merged // units), total)

            def checked(n: int, base: int = base, size: int = size) -> None:
                progress(base + min(n, size), total)

            vault.db = CancellableConnection(raw, cancel, statement)
            try:
                result = import_bundle(
                    vault,
                    path,
                    accept_untrusted=accept_untrusted,
                    progress=checked,
                    cancel=cancel,
                )
            except CancelledError:
                result = None
            finally:
                vault.db = raw
            if cancel() and (result is None or result.refused is not None):
                # Rolled back: the photo files that transaction wrote have no row any more.
                with contextlib.suppress(DatabaseError, FieldKitError, OSError):
                    vault.media.remove_orphans(raw)
                run.cancelled_at = path
                return run
            if result is None:  # pragma: no cover - CancelledError only comes with cancel()
                raise CancelledError("The import was cancelled.")
            run.results.append(result)
            done += 2 * size
            progress(done, total)
    return run
