"""CSV export: one row per object, the columns ``fieldkit object import-csv`` reads.

The header is the SPEC §4 field names; values are written as the import reads them back:
measurements as ``height 32 cm; width 20.5 cm``, cross references joined with ``; ``,
coordinates as ``lat, lon``. UTF-8 with a byte-order mark, so spreadsheet programs read the
letters right. A cell that a spreadsheet would run as a formula (``=…``, ``+…``, ``@…``) gets a
leading apostrophe, as OWASP advises for CSV injection; the export reports how many.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any, BinaryIO

from fieldkit.exports.lido import measurement_text
from fieldkit.exports.source import ExportItem
from fieldkit.records import fields as F
from fieldkit.records.csv_mapping import SPREADSHEET_FORMULA, list_cell

COLUMNS: tuple[str, ...] = tuple(f.name for f in F.OBJECT_FIELDS)
BOM = "\ufeff"
_SURROGATE = re.compile("[\ud800-\udfff]")
_FORMULA = SPREADSHEET_FORMULA


def cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "measurements":
        return measurement_text(value)
    if name == "coordinates":
        return f"{value['lat']!r}, {value['lon']!r}"
    if isinstance(value, list):
        return list_cell(value)  # a ";" inside an entry is written "\\;": read back whole
    return str(value)


class CsvWriter:
    """Writes rows to a binary file, encoding as it goes (nothing held but one row)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\r\n")
        self.formulas = 0
        self._out.write(BOM.encode("utf-8"))
        self._row(list(COLUMNS))

    def _row(self, cells: list[str]) -> None:
        self._csv.writerow(cells)
        text = _SURROGATE.sub("\ufffd", self._buffer.getvalue())
        self._out.write(text.encode("utf-8"))
        self._buffer.seek(0)
        self._buffer.truncate()

    def write(self, item: ExportItem) -> None:
        f = dict(item.fields)
        # Each object as the app's list shows it (README): its shown status, and where it is
        # now when the chain of custody knows. The record's own fields said "in_storage" and
        # nothing for an object the list showed missing (r12 trial). Read back by import-csv,
        # these become what a person set: what they saw.
        if item.shown_status:
            f["status"] = item.shown_status
        if item.where_now:
            f["current_location"] = item.where_now
        if item.references:
            f["cross_references"] = item.references
        cells = []
        for name in COLUMNS:
            text = cell(name, f.get(name))
            # Coordinates are two numbers written here ("-12.5, 33.1"): never a formula.
            # Apostrophes already there are looked through: the import takes exactly one off.
            if name != "coordinates" and _FORMULA.match(text.lstrip("'")):
                text = "'" + text
                self.formulas += 1
            cells.append(text)
        self._row(cells)
