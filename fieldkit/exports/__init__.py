"""Exports to heritage systems (SPEC §11 ``export-records``): LIDO 1.1 XML, Linked Art JSON-LD
and CSV, from the latest merged view of the selected objects. No Qt here: the CLI and the
desktop app run :func:`export_records` alike (the app in a worker thread)."""

from fieldkit.exports.export import FORMATS, ExportSummary, export_records, photos_folder_of
from fieldkit.exports.source import Selection, check_statuses

__all__ = [
    "FORMATS",
    "ExportSummary",
    "Selection",
    "check_statuses",
    "export_records",
    "photos_folder_of",
]
