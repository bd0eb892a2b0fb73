"""``export_records``: the selected objects of a vault in a heritage format, written atomically.

- ``lido``: one XML file; photos (decrypted, GPS removed when redacting) in a folder beside it
  named ``<file stem>-photos``, which the XML's ``linkResource`` elements refer to.
- ``linked-art``: a folder of JSON-LD documents, one per object plus ``collection.json``, and
  one per location (``Place``) and movement (provenance ``Activity`` with a ``Move``) the
  exported objects refer to.
- ``csv``: one file.

Whatever happens (an error, a full disk, Cancel), no partial file or folder is left: everything
is written under temporary names in the target's folder and renamed at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.errors import CancelledError, UsageError
from fieldkit.exports import linked_art
from fieldkit.exports.csv_export import CsvWriter
from fieldkit.exports.files import (
    PhotoWriter,
    publish_folder,
    remove_tree,
    require_free_folder,
    temp_folder_for,
    write_private,
)
from fieldkit.exports.lido import FOOTER, HEADER, lido_record
from fieldkit.exports.source import Reader, Selection
from fieldkit.fsutil import atomic_writer, fsync_dir, storage_error
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, later
from fieldkit.records.revision_checks import record_file_name
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault.vault import Vault

FORMATS = ("lido", "linked-art", "csv")
PHOTOS_SUFFIX = "-photos"

Progress = Callable[[int, int], None]  # inside: objects written of the total
Cancel = Callable[[], bool]
WRITE = "write"
EXPORTING = QT_TRANSLATE_NOOP("progress", "Exporting the objects")
CANCELLED = QT_TRANSLATE_NOOP("errors", "Export cancelled; nothing was written.")


@dataclass
class ExportSummary:
    format: str
    path: Path
    objects: int = 0
    damage_reports: int = 0
    photos: int = 0
    in_conflict: int = 0
    photos_folder: Path | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "format": self.format,
            "path": str(self.path),
            "objects": self.objects,
            "damage_reports": self.damage_reports,
            "photos": self.photos,
            "photos_folder": str(self.photos_folder) if self.photos_folder else None,
            "in_conflict": self.in_conflict,
            "warnings": self.warnings,
        }


def photos_folder_of(target: Path) -> Path:
    return target.with_name(target.stem + PHOTOS_SUFFIX)


def _cancelled() -> CancelledError:
    return CancelledError(CANCELLED)


def export_records(
    vault: Vault,
    fmt: str,
    target: Path,
    selection: Selection | None = None,
    *,
    redact_locations: bool = False,
    photos: bool = True,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> ExportSummary:
    """Export the selected objects (latest merged view) to ``target`` in format ``fmt``.

    Long work in the task contract: ``progress`` gets phase "write", objects written of those
    selected; ``cancel`` is polled between objects and photos.

    Raises UsageError (unknown format, a target that is taken, an id that names no object),
    CancelledError (Cancel: nothing written), DiskFullError / ReadOnlyMediumError / StorageError
    (nothing written), CorruptFileError (a photo in the vault is damaged).
    """
    if fmt not in FORMATS:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "Unknown format {format}; choose one of: {formats}."),
            format=repr(fmt),
            formats=", ".join(FORMATS),
        )
    target = Path(target)
    if not target.parent.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."),
            path=str(target.parent),
        )
    reader = Reader(vault, selection or Selection(), redact_locations, custody=fmt != "csv")
    total = reader.count()
    summary = ExportSummary(fmt, target)
    reporter = Reporter(progress, cancel)
    reporter.start(WRITE, total, Text("progress", EXPORTING))
    counts = reporter.counts(WRITE, Text("progress", EXPORTING))
    if fmt == "linked-art":
        _linked_art(reader, target, summary, redact_locations, total, counts, cancel)
    elif fmt == "csv":
        _csv(reader, target, summary, total, counts, cancel)
    else:
        _lido(reader, target, summary, redact_locations, photos, total, counts, cancel)
    reporter.finish()
    return summary


def _count(summary: ExportSummary, item_damage: int, in_conflict: bool) -> None:
    summary.objects += 1
    summary.damage_reports += item_damage
    summary.in_conflict += int(in_conflict)


def _tick(progress: Progress | None, done: int, total: int, cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise _cancelled()
    if progress is not None:
        progress(done, max(total, done))


def _refuse_folder(target: Path, refusal: str) -> None:
    """A file export refuses a folder as its target (``refusal`` names it as ``{path}``)."""
    if target.is_dir():
        raise UsageError(refusal, path=str(target))


def _csv(
    reader: Reader,
    target: Path,
    summary: ExportSummary,
    total: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    _refuse_folder(
        target, QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name ending in .csv.")
    )
    with atomic_writer(target) as out:
        writer = CsvWriter(out)
        for item in reader.items(cancel):
            writer.write(item)
            _count(summary, len(item.damage), item.view.in_conflict)
            _tick(progress, summary.objects, total, cancel)
    if writer.formulas:
        summary.warnings.append(
            later.translate(
                "errors",
                "%n cell(s) began like a spreadsheet formula; each was written with a leading "
                "apostrophe, so that no spreadsheet runs it.",
                "",
                writer.formulas,
            )
        )


def _lido(
    reader: Reader,
    target: Path,
    summary: ExportSummary,
    redact: bool,
    photos: bool,
    total: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    _refuse_folder(
        target, QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name ending in .xml.")
    )
    folder = photos_folder_of(target)
    if photos:
        require_free_folder(folder)
    tmp_photos = temp_folder_for(folder) if photos else None
    published: Path | None = None
    try:
        writer = PhotoWriter(reader.vault, tmp_photos, redact, cancel) if tmp_photos else None

        def photo_file(sha256: str) -> str | None:
            assert writer is not None  # noqa: S101 - only called when photos are written
            name = writer.write(sha256, reader.photo_name(sha256))
            return f"{folder.name}/{name}" if name else None

        with atomic_writer(target) as out:
            out.write(HEADER.encode("utf-8"))
            for item in reader.items(cancel):
                out.write(lido_record(item, photo_file if writer else None).encode("utf-8"))
                _count(summary, len(item.damage), item.view.in_conflict)
                _tick(progress, summary.objects, total, cancel)
            out.write(FOOTER.encode("utf-8"))
            if writer is not None and tmp_photos is not None:
                summary.warnings.extend(writer.warnings)
                summary.photos = sum(1 for n in writer.written.values() if n)
                if summary.photos:
                    publish_folder(tmp_photos, folder)
                    published = folder
                    summary.photos_folder = folder
        fsync_dir(target.parent)
    except BaseException:
        remove_tree(published)
        raise
    finally:
        remove_tree(tmp_photos)


def _linked_art(
    reader: Reader,
    target: Path,
    summary: ExportSummary,
    redact: bool,
    total: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    require_free_folder(target)
    tmp = temp_folder_for(target)
    try:
        info = reader.vault.info()
        export_id = str(uuid.uuid4())
        label = f"FieldKit export from {info.name or 'a vault'}"
        ref = linked_art.collection_ref(export_id, label)
        chain = linked_art.Chain()
        for item in reader.items(cancel):
            doc = linked_art.object_document(item, ref)
            name = record_file_name(item.view.record_id)
            write_private(tmp / name, iter((linked_art.encode(doc),)))
            chain.add(item, str(doc["_label"]))
            _count(summary, len(item.damage), item.view.in_conflict)
            _tick(progress, summary.objects, total, cancel)
        for record_id, doc in chain.documents():
            write_private(tmp / record_file_name(record_id), iter((linked_art.encode(doc),)))
        collection = linked_art.collection_document(ref, summary.objects, redact)
        write_private(tmp / linked_art.COLLECTION_FILE, iter((linked_art.encode(collection),)))
        publish_folder(tmp, target)
    except OSError as exc:
        raise storage_error(exc, str(target)) from exc
    finally:
        remove_tree(tmp if tmp.exists() else None)


# Kept importable for callers that only need the names (the GUI's format list).
__all__ = ["FORMATS", "ExportSummary", "Selection", "export_records", "photos_folder_of"]
