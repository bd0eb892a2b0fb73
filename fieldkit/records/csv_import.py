"""Spreadsheet (CSV) import of object records (SPEC §4 "Existing inventories", §11 `import-csv`).

Four modules, one per step, each usable on its own (the CLI, ``commands/csv_import.py``, runs
them in this order):

1. :mod:`fieldkit.records.csv_sniff` — :func:`inspect_csv` refuses what is not a CSV text file
   (a workbook, a binary, an empty file), decides the encoding on the WHOLE file
   (:mod:`fieldkit.records.csv_encoding`: UTF-8 with or without BOM, UTF-16 with BOM,
   Windows-1252 only when the bytes look Western European throughout, else a refusal asking
   for ``--encoding``), detects the column separator (``,`` ``;`` or tab, or the ``sep=;`` line
   Excel understands) from the start of the file, and returns the header.
2. :mod:`fieldkit.records.csv_mapping` — :func:`map_columns` maps the header to object fields,
   by name (case, accents, spaces and punctuation ignored; SPEC names, the app's labels, common
   English and French spreadsheet headings) or explicitly with ``--map "COLUMN=field"``
   (``COLUMN=-`` skips a column).
3. :mod:`fieldkit.records.csv_validate` — :func:`plan_import` validates EVERY row (streaming:
   the file is never held in memory) and reports all errors with the spreadsheet's row number
   and the column, duplicates of inventory numbers, and columns that would be ignored.
4. This module — :func:`apply_import` reads the file again and creates all records in ONE
   transaction (``Records.create_many``): all or nothing. Both long steps take the task
   contract's ``progress`` and ``cancel`` (:mod:`fieldkit.tasks`): a cancelled import rolls
   back and leaves the vault as it was.

Decisions (see also the CLI help):

- A column that maps to no field but holds data is **not** silently dropped: the import is
  refused (usage error, exit 2) naming those columns, until each is mapped to a field or
  skipped explicitly with ``--map "COLUMN=-"``. Columns without any data are ignored silently.
- Cell text is stored as text, never evaluated: cells that look like spreadsheet formulas
  (``=cmd|…``) are only counted in a warning.
- Row numbers are the spreadsheet's: the first line of the file is row 1 (normally the header),
  blank rows are counted (and skipped), a cell spanning several lines is one row.
- Messages never quote cell content except inventory numbers in duplicate warnings; only
  ``--dry-run`` shows a few sample rows as read, so that the user can see the letters are right.
- Every step is linear in the size of the file: a sheet of 16,384 columns (the widest Excel and
  LibreOffice make) checks in well under a second; wider headers are refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fieldkit.errors import FieldKitError, UsageError
from fieldkit.i18n import (
    QT_TRANSLATE_NOOP,
    Text,
    fill,
    grouped,
    later,
    message,
    number,
    translate,
)
from fieldkit.records import csv_batches
from fieldkit.records import fields as F
from fieldkit.records.csv_encoding import CsvFileError
from fieldkit.records.csv_sniff import (
    CLOSE_HINT,
    DecodeError,
    data_rows,
    file_fingerprint,
    is_blank,
    stat_file,
)
from fieldkit.records.csv_validate import (
    CANCELLED,
    MIXED_DATE_ORDERS,
    UNKNOWN_DATE_ORDER,
    ImportPlan,
    RowError,
    Validator,
)
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault.database import Connection

if TYPE_CHECKING:
    from fieldkit.records.service import Records

MAX_ERRORS_SHOWN = 50  # human output
MAX_LISTED = 1_000  # duplicates listed in the report
AUDIT_ACTION = "csv_imported"


# --- importing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    imported: int
    ids: list[str]
    seconds: float
    import_id: int = 0  # the number it is remembered by (csv_batches: what undoes it)


def apply_import(
    records: Records,
    plan: ImportPlan,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Create every row of a valid ``plan`` in ONE transaction: all rows, or none.

    The file is read again (streaming) and every row validated again; if the file changed
    since the plan, nothing is imported. ``progress`` hears the "import" phase row by row;
    ``cancel`` is polled before every row, and a cancelled import rolls back: the vault is as
    before. Raises CsvFileError, CancelledError, FieldKitError.
    """
    if not plan.ok:
        raise FieldKitError(
            later.translate(
                "errors",
                "The file has {count} error(s); nothing was imported.",
                "",
                plan.error_count,
                count=grouped(plan.error_count),
            ),
            QT_TRANSLATE_NOOP("errors", "Correct them in the spreadsheet and import again."),
        )
    if plan.dropped_columns:
        raise UsageError(dropped_message(plan))
    started = time.perf_counter()
    source = plan.source
    validator = Validator(plan.columns, records, plan.date_order)
    reporter = Reporter(progress, cancel, cancelled_message=CANCELLED)
    changed = CsvFileError(
        QT_TRANSLATE_NOOP(
            "errors", "{file} changed while it was being imported; nothing was imported."
        ),
        CLOSE_HINT,
        file=source.path.name,
    )

    rewritten = CsvFileError(
        QT_TRANSLATE_NOOP(
            "errors", "{file} was changed after it was checked; nothing was imported."
        ),
        QT_TRANSLATE_NOOP("errors", "Check the file again, then import it."),
        file=source.path.name,
    )

    def rows() -> Iterator[dict[str, Any]]:
        # Consumed by create_many inside its transaction: a cancel raised here rolls it back.
        if file_fingerprint(stat_file(source.path)) != source.fingerprint:
            raise changed
        count = 0
        digest = hashlib.sha256()
        for row_number, cells in data_rows(source, digest=digest):
            reporter.check()
            if is_blank(cells):
                continue
            cleaned, errors = validator.row(row_number, cells)
            if errors:
                raise changed
            count += 1
            yield cleaned
        if count != plan.rows or file_fingerprint(stat_file(source.path)) != source.fingerprint:
            raise changed
        if plan.digest and digest.digest() != plan.digest:
            # Same size and modification time, other bytes: rows nobody saw in the check.
            raise rewritten
        reporter.check()  # the last safe point: the transaction commits after it

    reporter.start("import", plan.rows)
    numbers: list[int] = []

    def remember(db: Connection, created: list[str]) -> None:
        # In the records' own transaction: "Undo this import" deletes exactly these records,
        # and "Show the new records" shows only them; a crash cannot keep one without the other.
        numbers.append(csv_batches.remember_in(db, source.path.name, created))

    csv_batches.mark_running(records, source.path.name, plan.rows)
    try:
        ids = records.create_many(
            F.OBJECT, rows(), progress=reporter.advance, audit_action=AUDIT_ACTION, also=remember
        )
    except BaseException as exc:
        # Refused or cancelled: the user is told now, so it is no "interrupted" import.
        # (A full or read-only disk may refuse this too: then the next unlock says it once.)
        with contextlib.suppress(FieldKitError):
            csv_batches.forget_running(records)
        if isinstance(exc, DecodeError):
            raise changed from None
        raise
    import_id = numbers[0]
    reporter.finish()
    return ImportResult(len(ids), ids, time.perf_counter() - started, import_id)


# --- what the desktop app asks and shows ---------------------------------------------------------

# The errors a date order given by the user (the CLI's --date-order) makes go away.
_DATE_ORDER_ERRORS = {UNKNOWN_DATE_ORDER: "unknown", MIXED_DATE_ORDERS: "mixed"}


def date_order_question(plan: ImportPlan) -> str | None:
    """Whether the user must say how dates such as 05/11/2023 are written before the file can
    be imported: "unknown" when no date of the file proves the order, "mixed" when dates prove
    both, None when no order is needed or one is known. The desktop app asks then, as the CLI
    asks for ``--date-order``: the file alone cannot tell 5 November from 11 May."""
    if plan.date_order is not None:
        return None
    for error in plan.errors:
        question = _DATE_ORDER_ERRORS.get(getattr(error.message, "template", ""))
        if question is not None:
            return question
    return None


def errors_besides_date_order(plan: ImportPlan) -> list[RowError]:
    """The errors of ``plan`` that choosing a date order would not remove."""
    return [e for e in plan.errors if getattr(e.message, "template", "") not in _DATE_ORDER_ERRORS]


def errors_text(plan: ImportPlan) -> str:
    """Every error kept in ``plan``, one per line in the user's language as the CLI says them
    (row, column, problem), and how many more were counted: what a user saves to correct the
    spreadsheet with."""
    lines = [error.localised() for error in plan.errors]
    if plan.error_count > len(plan.errors):
        more = translate("cli", "… and {count} more.")
        lines.append(fill(more, None, count=number(plan.error_count - len(plan.errors))))
    return "\n".join(lines) + "\n"


# --- the command ----------------------------------------------------------------------------------


def dropped_message(plan: ImportPlan) -> Text:
    names = listed([c.label for c in plan.dropped_columns])
    return message(
        QT_TRANSLATE_NOOP(
            "errors", "These columns hold data but match no field: {columns}; nothing was imported."
        ),
        columns=names,
    )


def dropped_hint(plan: ImportPlan) -> Text:
    first = plan.dropped_columns[0]
    name = first.header or f"#{first.index + 1}"
    return message(
        QT_TRANSLATE_NOOP(
            "errors",
            'Map each to a field (e.g. --map "{column}=notes") or skip it on purpose '
            '(--map "{column}=-"). Fields: {fields}.',
        ),
        column=name,
        fields=", ".join(F.FIELDS[F.OBJECT]),
    )


def plan_report(plan: ImportPlan, *, dry_run: bool) -> dict[str, Any]:
    """The JSON report of a plan (``imported`` is 0; the caller fills it in)."""
    dropped = {c.index for c in plan.dropped_columns}
    return {
        "file": str(plan.source.path),
        "dry_run": dry_run,
        "encoding": plan.source.encoding,
        "encoding_detected": not plan.source.encoding_given,
        "encoding_decided": plan.source.encoding_how,
        "delimiter": plan.source.delimiter,
        "date_order": plan.date_order,
        "date_order_decided": plan.date_order_how,
        "rows": plan.rows,
        "empty_rows_skipped": plan.empty_rows,
        "imported": 0,
        "would_import": plan.rows if plan.ok and not dropped else 0,
        "columns": [
            {
                "column": c.header,
                "position": c.index + 1,
                "field": c.field,
                "how": "refused" if c.index in dropped else c.how,
            }
            for c in plan.columns
        ],
        "ignored_columns": [c.label for c in plan.ignored_columns],
        "unmapped_columns_with_data": [c.label for c in plan.dropped_columns],
        "duplicates": {
            "in_file": [
                {"inventory_number": k, "rows": v}
                for k, v in list(plan.duplicates_in_file.items())[:MAX_LISTED]
            ],
            "in_vault": [
                {"inventory_number": k, "rows": v}
                for k, v in list(plan.duplicates_in_vault.items())[:MAX_LISTED]
            ],
        },
        "formula_like_cells": plan.formula_like_cells,
        "warnings": plan.warnings,
        "error_count": plan.error_count,
        "errors": [e.to_json() for e in plan.errors],
    } | ({"samples": _samples_json(plan)} if dry_run else {})


def _samples_json(plan: ImportPlan) -> list[dict[str, Any]]:
    return [
        {"row": row, "cells": [{"column": column, "text": text} for column, text in cells]}
        for row, cells in plan.samples
    ]


def listed(labels: Sequence[str], limit: int = 20) -> str:
    """'A', 'B' and 9,998 more: a sheet may have thousands of columns."""
    shown = ", ".join(f"'{label}'" for label in labels[:limit])
    if len(labels) <= limit:
        return shown
    return message(
        QT_TRANSLATE_NOOP("errors", "{listed} and {count} more"),
        listed=shown,
        count=grouped(len(labels) - limit),
    )
