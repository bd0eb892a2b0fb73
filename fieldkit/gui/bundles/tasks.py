"""The bundle work the dialogs run on worker threads: export, verify, import (no widgets here).

Each function is long work in the task contract (:mod:`fieldkit.tasks`) over the core's
services; what is left here is only what the core cannot know:

- **Export** is the core's own: ``export_bundles`` reports its progress, and a cancelled
  export removes the parts it had finished itself.
- **Verify**: several files share one bar (by size), and the verdict names the signer as the
  trust store knows them (local name, role, verified) and predicts the gaps and forks an import
  of all the chosen files would report.
- **Import** is the core's own: ``import_bundle`` reports each phase (verify, merge, photos) and
  polls ``cancel`` inside the merge; a Cancel rolls the bundle back whole. Here its phases are
  only mapped onto one bar for all the files, each step keeping the phase's own label.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.bundles import verify
from fieldkit.bundles.export import ExportOptions, ExportResult, export_bundles
from fieldkit.bundles.importer import (
    HASH,
    MERGE,
    PHOTOS,
    VERIFY,
    ImportPreview,
    ImportResult,
    import_bundle,
    preview,
    refusal_of,
)
from fieldkit.bundles.preview import (
    ContentPreview,
    Restored,
    content_preview,
    deleted_records,
    restored,
)
from fieldkit.bundles.verify import VerifyReport, verify_bundle
from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.gui.editors.photo_import import ImportBusyError, media_writer_lock
from fieldkit.gui.session import Session
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text
from fieldkit.tasks import CancelCheck, Progress, ProgressSink, check
from fieldkit.vault import Vault

IMPORT = "import"  # the phase of the one bar all the files' imports share
CHECKING = Text("progress", verify.CHECKING)
VERIFICATION_CANCELLED = QT_TRANSLATE_NOOP("errors", "Verification cancelled.")

# --- export ------------------------------------------------------------------------------------


def export(
    session: Session,
    output: Path,
    options: ExportOptions,
    progress: ProgressSink,
    cancel: CancelCheck,
) -> ExportResult:
    """Export on a connection of the worker's own (Cancel leaves no bundle file behind)."""
    with session.worker_vault() as vault:
        return export_bundles(vault, Path(output), options, progress, cancel)


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
    preview: ImportPreview | None = None  # the importer's own prediction (with a vault)
    # Which records an import would add, change, delete or bring back (import review only).
    contents: ContentPreview | None = None

    @property
    def valid(self) -> bool:
        return self.report.valid

    @property
    def trusted(self) -> bool:
        return self.report.valid and self.report.signer.trusted

    @property
    def importable(self) -> bool:
        """Could be merged into the vault the verdict was made for (trust aside): the
        importer's own answer, or without a vault its refusal rule."""
        if self.preview is not None:
            return self.preview.importable
        return refusal_of(self.report, accept_untrusted=True)[0] is None and not self.own


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


def _preview(vault: Vault, verdicts: Sequence[Verdict]) -> None:
    """What importing them all would do, from the importer itself (importer.preview)."""
    previews = preview(vault, [v.report for v in verdicts])
    for verdict, seen in zip(verdicts, previews, strict=True):
        verdict.preview = seen
        verdict.own = verdict.own or seen.own
        verdict.imported_before, verdict.gaps, verdict.forks = (
            seen.imported_before,
            seen.gaps,
            seen.forks,
        )


def verify_files(
    paths: Sequence[Path],
    *,
    session: Session | None = None,
    trust_files: Sequence[Path] = (),
    contents: bool = False,
    progress: ProgressSink,
    cancel: CancelCheck,
) -> list[Verdict]:
    """Verify every file (never writes). Without a session no vault is opened at all.
    ``contents``: also say which records importing each would touch (the import review)."""
    paths = [Path(p) for p in paths]
    sizes = _sizes(paths)
    total = sum(sizes)
    verdicts: list[Verdict] = []
    with contextlib.ExitStack() as stack:
        vault = stack.enter_context(session.worker_vault()) if session is not None else None
        done = 0
        for path, size in zip(paths, sizes, strict=True):
            base = done

            def tick(p: Progress, base: int = base, size: int = size) -> None:
                progress(Progress(VERIFY, base + min(p.done, size), total, p.label))

            looking = contents and vault is not None
            report = verify_bundle(
                path,
                trust_files=trust_files,
                vault=vault,
                progress=tick,
                cancel=cancel,
                keep_content=looking,  # the inner manifest: the records' checksum
            )
            check(cancel, VERIFICATION_CANCELLED)
            verdict = Verdict(path, report)
            if vault is not None:
                _describe_signer(vault, verdict)
                if looking and not verdict.own:
                    verdict.contents = content_preview(vault, path, report, cancel)
                    check(cancel, VERIFICATION_CANCELLED)
                report.inner = report.revocations = None  # held no longer than needed
            else:
                verdict.signer_name = report.signer.name
            verdicts.append(verdict)
            done += size
            progress(Progress(VERIFY, done, total, CHECKING))
        if vault is not None:
            _preview(vault, verdicts)
    return verdicts


# --- import ------------------------------------------------------------------------------------


@dataclass
class ImportRun:
    """The outcome of importing several bundles, one transaction each."""

    results: list[ImportResult] = field(default_factory=list)
    cancelled_at: Path | None = None  # the bundle that was being imported when Cancel came
    # Records this vault had deleted that an import brought back (a colleague kept their
    # edited version), named as the vault shows them now, with who kept them.
    back: list[Restored] = field(default_factory=list)


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
    progress: ProgressSink,
    cancel: CancelCheck,
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
            # The first full-file digest (a re-import stops after it) takes a quarter of the
            # checking half.
            spans = {
                HASH: (done, size // 4),
                VERIFY: (done + size // 4, size - size // 4),
                MERGE: (done + size, merge_share),
                PHOTOS: (done + size + merge_share, size - merge_share),
            }

            def tick(p: Progress, spans: dict[str, tuple[int, int]] = spans) -> None:
                start, span = spans.get(p.phase, spans[VERIFY])
                n, of = p.done, p.total
                at = start + (span if of <= 0 else span * min(n, of) // of)
                progress(Progress(IMPORT, at, total, p.label))

            deleted = deleted_records(vault.db)
            try:
                result = import_bundle(
                    vault, path, accept_untrusted=accept_untrusted, progress=tick, cancel=cancel
                )
            except CancelledError:
                # The core rolled the bundle back whole, its photo files included.
                run.cancelled_at = path
                return run
            run.results.append(result)
            if deleted and result.refused is None and result.new_revisions:
                run.back.extend(restored(vault.db, deleted))
            done += 2 * size
            progress(Progress(IMPORT, done, total))
    return run
