"""The bundle work the dialogs run on worker threads: export, verify, import (no widgets here).

Each function is long work in the STYLE sense (``progress``, ``cancel``) over the core's
services, adapted where the core does not (yet) do what the desktop app promises:

- **Export**: a cancelled export split into parts leaves the parts it had finished; they are
  removed here, so Cancel leaves no bundle file at all.
- **Verify**: the verdict shown before an import also predicts the gaps and forks the import
  would report, and names the signer as the trust store knows them (local name, role, verified).
- **Import** is the core's own: ``import_bundle`` reports each phase (verify, merge, photos) and
  polls ``cancel`` inside the merge; a Cancel rolls the bundle back whole. Here its phases are
  only mapped onto one bar for all the files.

A cleaner core would delete its own finished parts in ``export_bundles`` when cancelled; then
that adapter goes too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.bundles.export import ExportOptions, ExportResult, export_bundles
from fieldkit.bundles.importer import (
    MERGE,
    PHOTOS,
    VERIFY,
    ImportResult,
    import_bundle,
    stream_place,
)
from fieldkit.bundles.verify import VerifyReport, verify_bundle
from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.gui.editors.photo_import import ImportBusyError, media_writer_lock
from fieldkit.gui.session import Session
from fieldkit.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

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
        place = stream_place(
            vault,
            bundle_id=header.bundle_id,
            file_sha256=v.report.file_sha256,
            sender=header.sender,
            stream=header.stream,
            epoch=header.epoch,
            sequence=header.sequence,
        )
        v.imported_before = place.imported_at
        v.forks = place.forks
        key = (header.sender, header.stream, header.epoch)
        have = place.sequences | by_stream.get(key, set())
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
    expected: Sequence[tuple[int, int]] = (),
    progress: Progress,
    cancel: Cancel,
) -> ImportRun:
    """Import each bundle whole or not at all; stops at Cancel (earlier bundles stay in).

    ``expected`` is, per file, how many revisions and photos its verdict counted: they share
    the second half of the file's part of the bar (the first half is checking it again).
    """
    paths = [Path(p) for p in paths]
    sizes = _sizes(paths)
    total = 2 * sum(sizes)
    run = ImportRun()
    with _one_import(), session.worker_vault() as vault:
        done = 0
        for index, (path, size) in enumerate(zip(paths, sizes, strict=True)):
            revisions, photos = expected[index] if index < len(expected) else (1, 0)
            merge_share = size * max(1, revisions) // max(1, revisions + photos)
            # Where each phase starts on this file's part of the bar, and how much it covers.
            spans = {
                VERIFY: (done, size),
                MERGE: (done + size, merge_share),
                PHOTOS: (done + size + merge_share, size - merge_share),
            }

            def tick(
                phase: str, n: int, of: int, spans: dict[str, tuple[int, int]] = spans
            ) -> None:
                start, span = spans.get(phase, spans[VERIFY])
                progress(start + (span if of <= 0 else span * min(n, of) // of), total)

            try:
                result = import_bundle(
                    vault, path, accept_untrusted=accept_untrusted, progress=tick, cancel=cancel
                )
            except CancelledError:
                # The core rolled the bundle back whole, its photo files included.
                run.cancelled_at = path
                return run
            run.results.append(result)
            done += 2 * size
            progress(done, total)
    return run
