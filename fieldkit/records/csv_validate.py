"""Validating every row of a spreadsheet before anything is imported (SPEC §4).

:func:`plan_import` reads the whole file (streaming) and reports every error with the
spreadsheet's row number and the column, duplicates of inventory numbers (in the file and in
the vault) and columns that would be dropped, as an :class:`ImportPlan`. Cell text is stored as
text, never evaluated: cells that look like spreadsheet formulas are only counted. Messages quote
cell content only where the user corrects it: inventory numbers in duplicate warnings, and a
refused cell in its row error (shortened, without control characters); ``--dry-run`` shows a few
sample rows as read. Part of the CSV import (:mod:`~fieldkit.records.csv_import`).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldkit.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Text,
    fill,
    grouped,
    language,
    localise,
    message,
    translate,
)
from fieldkit.records import fields as F
from fieldkit.records.csv_encoding import CsvFileError
from fieldkit.records.csv_mapping import (
    HEADER_ALIASES,
    SPREADSHEET_FORMULA,
    Column,
    list_entries,
    map_columns,
    normalize_header,
)
from fieldkit.records.csv_sniff import (
    CLOSE_HINT,
    CsvSource,
    DecodeError,
    changed_while_read,
    data_rows,
    inspect_csv,
    is_blank,
)
from fieldkit.records.dimensions import COMPACT, DIMENSIONS, UNITS, parse_museum_form
from fieldkit.records.dimensions import CONTEXT as MEASUREMENTS
from fieldkit.records.vocabulary_labels import source, value_label
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter

if TYPE_CHECKING:
    from fieldkit.records.service import Records

MAX_SAMPLES = 5  # rows shown by --dry-run
SAMPLE_CELL_CHARS = 60
MAX_ERRORS_KEPT = 10_000  # all errors are counted; this many are kept for the report
# How often (in rows) validation polls cancel.
CHECK_EVERY = 256
CANCELLED = QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was imported.")
# The phases of a CSV import, as the progress line names them.
PHASES = (QT_TRANSLATE_NOOP("progress", "check"), QT_TRANSLATE_NOOP("progress", "import"))

# Status values as French inventories write them (accents, case and spaces ignored).
_STATUS_ALIASES = {
    "enplace": "in_place",
    "surplace": "in_place",
    "inplace": "in_place",
    "enreserve": "in_storage",
    "reserve": "in_storage",
    "stocke": "in_storage",
    "evacue": "evacuated",
    "evacuee": "evacuated",
    "enpret": "on_loan",
    "prete": "on_loan",
    "pretee": "on_loan",
    "disparu": "missing",
    "disparue": "missing",
    "manquant": "missing",
    "manquante": "missing",
    "vole": "stolen",
    "volee": "stolen",
    "detruit": "destroyed",
    "detruite": "destroyed",
}
_STATUS_ALIASES.update({"expose": "in_place", "exposee": "in_place", "enexposition": "in_place"})


@cache
def _status_words() -> dict[str, str]:
    """Status values as people write them: the app's labels in every language it speaks
    ("En réserve", "Евакуйовано", "مُجلاة"), the codes, and the French inventories' habits."""
    words = {normalize_header(code): code for code in F.FIELDS[F.OBJECT]["status"].choices}
    for lang in LANGUAGES:
        for code in F.FIELDS[F.OBJECT]["status"].choices:
            words.setdefault(normalize_header(value_label(code, lang)), code)
    words.update(_STATUS_ALIASES)
    return words


_NUMBER = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(mm|cm|m|in)"
_BOX = re.compile(
    rf"^\s*{_NUMBER}\s*{_UNIT}?\s*[x×X*]\s*{_NUMBER}\s*{_UNIT}?"
    rf"(?:\s*[x×X*]\s*{_NUMBER}\s*{_UNIT}?)?\s*{_UNIT}?\.?\s*$"
)
# "height 32 cm; width 20 cm": words, one number, words; parts between ";".
_IMPORT_PART = r"\s*[^;\d\s][^;\d]*\s\d+(?:[.,]\d+)?\s+[^;\d\s][^;\d]*"
_IMPORT_FORM = re.compile(rf"^{_IMPORT_PART}(?:;{_IMPORT_PART})*$")
_FORMULA = re.compile(r"^\s*(?:[=@]|[+-][^\d\s.,])")
# A date as spreadsheets show it to people (14/03/2026, 14.03.2026, 3-4-2026): day and month in
# the order the file itself proves (:func:`date_order_of`) or the user gives (--date-order).
_PEOPLE_DATE = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$")
DATE_ORDERS = ("dmy", "mdy")
_DATE_FIELDS = frozenset(f.name for f in F.OBJECT_FIELDS if f.kind == "date")
_LIST_FIELDS = frozenset(f.name for f in F.OBJECT_FIELDS if f.kind in ("text_list", "enum_list"))
UNKNOWN_DATE_ORDER = QT_TRANSLATE_NOOP(
    "errors",
    "{field} is a date with day and month in an order the file does not show (no day above "
    "12 anywhere); import again with --date-order dmy (day/month/year) or mdy (month/day/year).",
)
MIXED_DATE_ORDERS = QT_TRANSLATE_NOOP(
    "errors",
    "{field} is a date written day/month/year or month/day/year, and the file has both; "
    "correct the others in the spreadsheet, or import again with --date-order dmy or mdy.",
)


def date_order_of(source: CsvSource, columns: Sequence[Column]) -> str | None:
    """ "dmy" or "mdy" when a date cell of the file can only be read one way (a first number
    above 12 is a day: day/month/year) and none the other way; "mixed" when the file proves
    both (sheets pasted together: each such date is then refused, asking for --date-order);
    None when none can. Only a proof decides: 05/11/2023 alone is 5 November or 11 May, and guessing
    would change dates without anyone meaning it."""
    wanted = [c.index for c in columns if c.field in _DATE_FIELDS]
    if not wanted:
        return None
    proven: set[str] = set()
    for _row, cells in data_rows(source):
        for index in wanted:
            match = _PEOPLE_DATE.match(cells[index]) if index < len(cells) else None
            if match is None:
                continue
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second:
                proven.add("dmy")
            elif second > 12 >= first:
                proven.add("mdy")
        if len(proven) == 2:
            return "mixed"
    return proven.pop() if proven else None


NOT_A_CALENDAR_DATE = QT_TRANSLATE_NOOP(
    "errors", "{field} is not a date that exists (such as 31 February)."
)


def _iso_date(match: re.Match[str], order: str) -> str:
    first, second, year = match.group(1), match.group(3), match.group(4)
    day, month = (first, second) if order == "dmy" else (second, first)
    # int(): the year in ASCII too (« ١٤/٠٣/٢٠٢٦ » was « ٢٠٢٦-03-14 », "not a date that exists").
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def _prepare(name: str, raw: str, date_order: str | None = None) -> str | list[str]:
    """Spreadsheet habits the field cleaners do not know: "32 x 20 cm", French statuses,
    day/month/year dates (in the file's ``date_order``), CR."""
    if raw.startswith("'") and SPREADSHEET_FORMULA.match(raw.lstrip("'")):
        raw = raw[1:]  # the apostrophe a CSV export puts before a formula-like cell
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    if name in _LIST_FIELDS:
        return list_entries(text)  # a list for the cleaner: entries kept whole
    if name in _DATE_FIELDS and date_order is not None:
        match = _PEOPLE_DATE.match(text)
        return _iso_date(match, date_order) if match else text
    if name == "status":
        return _status_words().get(normalize_header(text), text)
    if name == "measurements":
        match = _BOX.match(text)
        if match:
            h, u1, w, u2, d, u3, unit = match.groups()
            units = {u for u in (u1, u2, u3, unit) if u}
            if len(units) == 1:
                u = units.pop()
                parts = [f"height {h} {u}", f"width {w} {u}"] + ([f"depth {d} {u}"] if d else [])
                return "; ".join(parts)
        # The forms inventories write (« H. 55 cm x L. 35 cm », « h 55 ; l 35 cm »), when the
        # cell is not in the import's own form ("hauteur 32 cm; largeur 20 cm" stays as typed).
        if not _IMPORT_FORM.match(text):
            return parse_museum_form(text) or text
    return text


# --- validating -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    row: int
    column: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column is not None else "")
        return f"{where}: {self.message}"

    def localised(self) -> str:
        """The error in the current language (row and column first, as __str__)."""
        if self.column is None:
            template = translate("cli", "row {row}: {problem}")
        else:
            template = translate("cli", "row {row}, column '{column}': {problem}")
        return fill(
            template,
            str(self),
            row=self.row,
            column=self.column,
            # The field as the reader knows it, by its label (r13: « Le champ measurements »);
            # English keeps the key, word for word, as --json and the English lines say it.
            problem=localise(
                self.message if language() == "en" else for_people(self.field, self.message)
            ),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "message": self.message,
        }


def field_text(name: str) -> Text:
    """An object field's label, translated where the message is shown ("Inventory number",
    « Numéro d'inventaire »): what the app's Columns tab calls it, never its internal key."""
    field = F.FIELDS[F.OBJECT].get(name)
    return Text("fields", field.label if field else name)


# The fields' own refusals name the field by its key and list codes ("status must be one of:
# in_place, in_storage, …"): not what someone correcting a spreadsheet in French can use (r11
# trial #10). The app shows a row error as :func:`for_people` says it: the words the import
# accepts in the reader's language, and the field's key in the "field_keys" context, whose
# entries give its label (English keeps the key, as the CLI's lines and --json say it).
FIELD_KEYS = (
    QT_TRANSLATE_NOOP("field_keys", "inventory_number"),
    QT_TRANSLATE_NOOP("field_keys", "institution"),
    QT_TRANSLATE_NOOP("field_keys", "title"),
    QT_TRANSLATE_NOOP("field_keys", "object_type"),
    QT_TRANSLATE_NOOP("field_keys", "materials_techniques"),
    QT_TRANSLATE_NOOP("field_keys", "measurements"),
    QT_TRANSLATE_NOOP("field_keys", "inscriptions_markings"),
    QT_TRANSLATE_NOOP("field_keys", "date_period"),
    QT_TRANSLATE_NOOP("field_keys", "maker"),
    QT_TRANSLATE_NOOP("field_keys", "subject"),
    QT_TRANSLATE_NOOP("field_keys", "distinguishing_features"),
    QT_TRANSLATE_NOOP("field_keys", "description"),
    QT_TRANSLATE_NOOP("field_keys", "place_of_origin"),
    QT_TRANSLATE_NOOP("field_keys", "related_written_material"),
    QT_TRANSLATE_NOOP("field_keys", "cross_references"),
    QT_TRANSLATE_NOOP("field_keys", "date_documented"),
    QT_TRANSLATE_NOOP("field_keys", "red_list_category"),
    QT_TRANSLATE_NOOP("field_keys", "status"),
    QT_TRANSLATE_NOOP("field_keys", "current_location"),
    QT_TRANSLATE_NOOP("field_keys", "coordinates"),
    QT_TRANSLATE_NOOP("field_keys", "salvage_priority"),
    QT_TRANSLATE_NOOP("field_keys", "significance"),
    QT_TRANSLATE_NOOP("field_keys", "notes"),
)
_MEASUREMENTS_FORM = QT_TRANSLATE_NOOP(
    "errors", "{field} must be written like “{example}” or “55 x 35 cm”."
)
_ONE_OF = QT_TRANSLATE_NOOP("errors", "{field} must be one of: {choices}.")
_TWO_MEASURES = QT_TRANSLATE_NOOP("errors", "{first}; {second}")
_LISTED = QT_TRANSLATE_NOOP("errors", "{item}, {more}")


# A refused cell quoted in its row error: the user saw "Statut: status must be one of…" and had
# to open the file to find "Евакуйовано" (r12 trial #14). Quoted shortened, one line, without
# control characters; a plain-text parameter is isolated in a right-to-left sentence when shown.
_CELL_HOLDS = QT_TRANSLATE_NOOP("errors", "{problem} The cell holds “{value}”.")
_CELL_HOLDS_CLOSE = QT_TRANSLATE_NOOP(
    "errors", "{problem} The cell holds “{value}”; did you mean “{suggestion}”?"
)
ERROR_CELL_CHARS = 40
_CLOSE_ENOUGH = (
    0.75  # difflib ratio: "евакуйовано" to "евакуйований" is 0.87, unrelated words < 0.5
)


def _cell_problem(name: str, raw: str, problem: str) -> str:
    """``problem`` with the cell that caused it, and for a vocabulary field the allowed word
    closest to it (in any language the import accepts), when one is close."""
    shown = _shorten(raw)
    if not shown:
        return problem
    if len(shown) > ERROR_CELL_CHARS:
        shown = shown[: ERROR_CELL_CHARS - 1] + "…"
    close = _closest_choice(name, raw)
    if close is None:
        return message(_CELL_HOLDS, problem=problem, value=shown)
    return message(_CELL_HOLDS_CLOSE, problem=problem, value=shown, suggestion=close)


@cache
def _choice_words(name: str) -> tuple[tuple[str, str], ...]:
    """(English label, a word the import reads as that choice): its code and its label in
    every language, as :func:`normalize_header` folds them."""
    out: dict[str, str] = {}
    for code in F.FIELDS[F.OBJECT][name].choices:
        english = source(code)
        if english is None:
            continue
        for word in (str(code), *(value_label(code, lang) for lang in LANGUAGES)):
            out.setdefault(normalize_header(word), english)
    return tuple((english, word) for word, english in out.items() if word)


def _closest_choice(name: str, raw: str) -> Text | None:
    field = F.FIELDS[F.OBJECT].get(name)
    if field is None or not field.choices:
        return None
    typed = normalize_header(raw)
    if not typed:
        return None
    best, best_ratio = None, _CLOSE_ENOUGH
    for english, word in _choice_words(name):
        ratio = difflib.SequenceMatcher(None, typed, word).ratio()
        if ratio > best_ratio:
            best, best_ratio = english, ratio
    # The label in the reader's language, which the import accepts as the cell's value.
    return Text("vocabulary", best) if best is not None else None


def _listed(items: Sequence[Text]) -> Text:
    """``items`` as one phrase, "a, b, c", separated as the reader's language writes lists."""
    if len(items) == 1:
        return items[0]
    return message(_LISTED, item=items[0], more=_listed(items[1:]))


def _measurement_example() -> Text:
    def one(dimension: str, value: str) -> Text:
        return Text(
            MEASUREMENTS,
            COMPACT,
            dimension=Text(MEASUREMENTS, DIMENSIONS[dimension]),
            value=Text(MEASUREMENTS, value),
            unit=Text(MEASUREMENTS, UNITS["cm"]),
        )

    # The two measures as the import reads them: ";" between (French « ; » with its no-break
    # space, which the import reads too; Arabic keeps ";", as its « ؛ » is not read).
    return Text("errors", _TWO_MEASURES, first=one("height", "32"), second=one("width", "20"))


def for_people(name: str | None, problem: str) -> str:
    """A field's refusal as the app shows a spreadsheet's row error: its label, not its key
    (in every language but English), and the words accepted in the reader's language, not
    codes. Anything else is returned as it is."""
    if name is None:
        return problem
    params = dict(getattr(problem, "params", {}) or {})
    template = getattr(problem, "template", "")
    if template in (_CELL_HOLDS, _CELL_HOLDS_CLOSE) and "problem" in params:
        params["problem"] = for_people(name, params["problem"])
        return Text(getattr(problem, "context", "errors"), template, **params)
    if params.get("field") != name:
        return problem
    params["field"] = Text("field_keys", name)
    field = F.FIELDS[F.OBJECT].get(name)
    if template == _ONE_OF and field is not None and field.choices:
        params["choices"] = _listed(
            [Text("vocabulary", source(code) or str(code)) for code in field.choices]
        )
    if name == "measurements" and "written like" in template:
        return message(_MEASUREMENTS_FORM, field=params["field"], example=_measurement_example())
    return Text(getattr(problem, "context", "errors"), template, **params)


@dataclass(frozen=True)
class LostField:
    """A column set aside whose heading names a field no other column fills."""

    column: Column
    field: str  # the field its heading names
    values: int  # its cells with a value


@dataclass
class ImportPlan:
    """What importing the file would do (nothing is changed by making it)."""

    source: CsvSource
    columns: list[Column]
    rows: int = 0  # data rows (blank rows not counted)
    empty_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    rows_with_errors: int = 0
    duplicates_in_file: dict[str, list[int]] = field(default_factory=dict)
    duplicates_in_vault: dict[str, list[int]] = field(default_factory=dict)
    values_per_column: dict[int, int] = field(default_factory=dict)
    formula_like_cells: int = 0
    rows_without_number: int = 0  # imported without an inventory number: said, not refused
    vault_checked: bool = False
    seconds: float = 0.0
    # How dates written for people (14/03/2026) were read: "dmy" or "mdy", and whether the
    # file proved it ("file") or the user said so ("given"); None when no order was needed.
    date_order: str | None = None
    date_order_how: str | None = None
    # A few rows as read (row number, [(column, cell text)]), for --dry-run to show.
    samples: list[tuple[int, list[tuple[str, str]]]] = field(default_factory=list)
    # SHA-256 of the file's bytes as checked: the import refuses other bytes.
    digest: bytes = b""

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    @property
    def dropped_columns(self) -> list[Column]:
        """Columns holding data that no field receives (the import refuses them)."""
        return [
            c for c in self.columns if c.how == "unmapped" and self.values_per_column.get(c.index)
        ]

    @property
    def ignored_columns(self) -> list[Column]:
        """Columns not imported: skipped with --map, or without any data."""
        # By index, in a set: testing each column against the list of dropped ones made a sheet
        # of 20,000 empty columns take minutes (issue 24, item 9).
        dropped = {c.index for c in self.dropped_columns}
        return [c for c in self.columns if c.field is None and c.index not in dropped]

    @property
    def lost_fields(self) -> list[LostField]:
        """Columns not imported whose heading names a field that no other column fills and
        that hold data: every row of the file would be imported without that field (the
        sheet's inventory numbers set aside by a slip in the app's Columns tab, r11 trial #8)."""
        filled = {c.field for c in self.columns if c.field}
        lost = []
        for c in self.columns:
            guess = HEADER_ALIASES.get(normalize_header(c.header)) if c.field is None else None
            values = self.values_per_column.get(c.index, 0)
            if guess is not None and guess not in filled and values:
                lost.append(LostField(c, guess, values))
                filled.add(guess)  # two such columns: the field is named once
        return lost

    # Each warning is English as a string (--json) and a template (shown translated).
    @property
    def warnings(self) -> list[str]:
        return self.duplicate_warnings + self.other_warnings

    @property
    def duplicate_warnings(self) -> list[str]:
        return _counted(
            (
                len(self.duplicates_in_file),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} inventory number(s) appear more than once in the file (imported "
                    "anyway: unique within a vault is warned, not enforced).",
                ),
            ),
            (
                len(self.duplicates_in_vault),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} inventory number(s) are already in the vault (imported anyway, "
                    "as new objects; importing the same file twice doubles it).",
                ),
            ),
        )

    @property
    def other_warnings(self) -> list[str]:
        out = _counted(
            (
                self.formula_like_cells,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} cell(s) begin like a spreadsheet formula (=, +, -, @); they are "
                    "stored as plain text and never evaluated.",
                ),
            ),
            (
                self.rows_without_number,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} row(s) have no inventory number; they are imported without one "
                    "(add it later in FieldKit, or in the spreadsheet before importing).",
                ),
            ),
        )
        for lost in self.lost_fields:
            out.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The column '{column}' ({field}) is not imported: its {count} value(s) "
                        "are left out, and every object is imported without this field.",
                    ),
                    column=lost.column.label,
                    field=field_text(lost.field),
                    count=grouped(lost.values),
                )
            )
        if not self.vault_checked:
            out.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "Cross references and duplicates in the vault were not checked."
                    )
                )
            )
        return out


def _counted(*warnings: tuple[int, str]) -> list[str]:
    """A warning for each ``(count, template)`` whose count is not zero, the template
    (marked in the "errors" context) filled with the count."""
    return [message(template, count=grouped(count)) for count, template in warnings if count]


class Validator:
    def __init__(
        self,
        columns: Sequence[Column],
        records: Records | None,
        date_order: str | None = None,
        mixed_orders: bool = False,
    ) -> None:
        self.date_order = date_order
        self.unknown_order = MIXED_DATE_ORDERS if mixed_orders else UNKNOWN_DATE_ORDER
        self.mapped_index = {c.field: c.index for c in columns if c.field}
        self.mapped = [(c.index, c.field, c.header) for c in columns if c.field]
        # Every column not imported is counted: one left unmapped holds data the import
        # refuses, one set aside may hold a field every row would lose (lost_fields).
        self.unmapped = [c.index for c in columns if c.field is None]
        self.header_of = {c.field: c.label for c in columns if c.field}
        self.width = len(columns)
        self.records = records
        self._refs: dict[str, str | RowError] = {}

    def row(self, row_number: int, cells: Sequence[str]) -> tuple[dict[str, Any], list[RowError]]:
        errors: list[RowError] = []
        if len(cells) > self.width and any(c.strip() for c in cells[self.width :]):
            errors.append(
                RowError(
                    row_number,
                    None,
                    None,
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "this row has {cells} cells but the header has {columns} columns.",
                        ),
                        cells=len(cells),
                        columns=self.width,
                    ),
                )
            )
        values = {
            name: _prepare(name, cells[index], self.date_order)
            for index, name, _ in self.mapped
            if index < len(cells) and cells[index]
        }
        for name in _DATE_FIELDS.intersection(values):
            written = cells[self.mapped_index[name]]
            if not _PEOPLE_DATE.match(written):
                continue
            problem = self.unknown_order if self.date_order is None else None
            if problem is None:
                try:
                    date.fromisoformat(str(values[name]))
                except ValueError:
                    problem = NOT_A_CALENDAR_DATE
            if problem is not None:
                del values[name]
                errors.append(
                    RowError(
                        row_number,
                        self.header_of[name],
                        name,
                        message(problem, field=name),
                    )
                )
        try:
            cleaned = F.clean_fields(F.OBJECT, values)
        except F.ValidationError:
            cleaned = {}
            for name, value in values.items():
                try:
                    result = F.clean_value(F.OBJECT, name, value)
                except F.ValidationError as exc:
                    problem = _cell_problem(name, cells[self.mapped_index[name]], exc.message)
                    errors.append(RowError(row_number, self.header_of[name], name, problem))
                    continue
                if result is not None:
                    cleaned[name] = result
        refs = cleaned.get("cross_references")
        if refs and self.records is not None:
            resolved = []
            for ref in refs:
                outcome = self._resolve(ref, row_number)
                if isinstance(outcome, RowError):
                    errors.append(outcome)
                else:
                    resolved.append(outcome)
            cleaned["cross_references"] = resolved
        return cleaned, errors

    def _resolve(self, ref: str, row_number: int) -> str | RowError:
        cached = self._refs.get(ref)
        if cached is None:
            assert self.records is not None  # noqa: S101 - checked by the caller
            # An object of this vault is stored by its id; anything else is a free reference
            # kept as typed (another institution's number), as in the app and `object add`.
            try:
                cached = self.records.resolve_reference(ref)
            except F.ValidationError as exc:
                cached = RowError(
                    0,
                    None,
                    None,
                    message(
                        QT_TRANSLATE_NOOP("errors", "cross reference: {problem}"),
                        problem=exc.message,
                    ),
                )
            self._refs[ref] = cached
        if isinstance(cached, RowError):
            return RowError(
                row_number, self.header_of["cross_references"], "cross_references", cached.message
            )
        return cached


def plan_import(
    source: CsvSource | Path | str,
    mapping: Sequence[str] | Mapping[str, str] | Sequence[Column] = (),
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    records: Records | None = None,
    cancel: CancelCheck | None = None,
    progress: ProgressSink | None = None,
    date_order: str | None = None,
) -> ImportPlan:
    """Validate every row of the file and say what importing it would do. Changes nothing.

    ``date_order`` ("dmy" or "mdy") says how to read dates written 14/03/2026; without it, the
    file decides when one of its dates can only be read one way (:func:`date_order_of`).

    ``mapping``: ``--map`` options, a {column: field} dict, or columns from :func:`map_columns`.
    With ``records``, cross references are resolved and inventory numbers compared with the
    vault's. ``progress`` hears the "check" phase over the file's bytes; ``cancel`` is polled
    every few hundred rows. Raises UsageError, CsvFileError, CancelledError.
    """
    started = time.perf_counter()
    if not isinstance(source, CsvSource):
        source = inspect_csv(source, delimiter=delimiter, encoding=encoding)
    columns = _columns_of(source, mapping)
    existing: set[str] = set()
    if records is not None:
        existing = {
            str(r[0])
            for r in records.db.execute(
                "SELECT inventory_number FROM records WHERE kind = 'object' AND deleted = 0 "
                "AND inventory_number IS NOT NULL"
            )
        }
    try:
        how = "given" if date_order is not None else "file"
        if date_order is None:
            date_order = date_order_of(source, columns)
        mixed = date_order == "mixed"
        date_order = None if mixed else date_order
        reporter = Reporter(progress, cancel, cancelled_message=CANCELLED)
        plan = _validate(source, columns, records, existing, reporter, date_order, mixed)
        if date_order is not None:
            plan.date_order, plan.date_order_how = date_order, how
    except DecodeError:
        # inspect_csv decoded the whole file: only a change since then can get here.
        raise CsvFileError(changed_while_read(source.path.name), CLOSE_HINT) from None
    plan.vault_checked = records is not None
    plan.seconds = time.perf_counter() - started
    return plan


def _columns_of(
    source: CsvSource, mapping: Sequence[str] | Mapping[str, str] | Sequence[Column]
) -> list[Column]:
    if isinstance(mapping, Mapping):
        return map_columns(source.header, mapping)
    given = list(mapping)
    columns = [m for m in given if isinstance(m, Column)]
    if given and len(columns) == len(given):
        return columns
    return map_columns(source.header, [m for m in given if isinstance(m, str)])


class _Sampler:
    """Picks the rows --dry-run shows: the first ones, and the first with letters beyond ASCII
    (those show whether the encoding is right)."""

    FIRST = 2

    def __init__(
        self, columns: Sequence[Column], into: list[tuple[int, list[tuple[str, str]]]]
    ) -> None:
        self.mapped = [(c.index, _shorten(c.label)) for c in columns if c.field]
        self.into = into

    @property
    def wanted(self) -> bool:
        return len(self.into) < MAX_SAMPLES

    def offer(self, row_number: int, cells: Sequence[str]) -> None:
        width = len(cells)
        if len(self.into) >= self.FIRST and all(
            cells[index].isascii() for index, _ in self.mapped if index < width
        ):
            return
        shown = [
            (header, _shorten(cells[index]))
            for index, header in self.mapped
            if index < len(cells) and cells[index].strip()
        ]
        self.into.append((row_number, shown))


# Shown on a terminal: control characters (ESC sequences) and bidi overrides would rewrite or
# reorder what the user reads.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shorten(text: str) -> str:
    text = _UNSHOWABLE.sub("\ufffd", " ".join(text.split()))
    return text if len(text) <= SAMPLE_CELL_CHARS else text[: SAMPLE_CELL_CHARS - 1] + "…"


def _validate(
    source: CsvSource,
    columns: Sequence[Column],
    records: Records | None,
    existing: set[str],
    reporter: Reporter,
    date_order: str | None = None,
    mixed_orders: bool = False,
) -> ImportPlan:
    plan = ImportPlan(source=source, columns=list(columns))
    validator = Validator(columns, records, date_order, mixed_orders)
    sampler = _Sampler(columns, plan.samples)
    first_row: dict[str, int | list[int]] = {}
    reporter.start("check", source.size)
    digest = hashlib.sha256()
    for row_number, cells in data_rows(source, reporter.advance, digest):
        if row_number % CHECK_EVERY == 0:
            reporter.check()
        if is_blank(cells):
            plan.empty_rows += 1
            continue
        plan.rows += 1
        if sampler.wanted:
            sampler.offer(row_number, cells)
        for index in validator.unmapped:
            if index < len(cells) and cells[index].strip():
                plan.values_per_column[index] = plan.values_per_column.get(index, 0) + 1
        plan.formula_like_cells += sum(1 for c in cells if c and _FORMULA.match(c))
        cleaned, errors = validator.row(row_number, cells)
        if errors:
            plan.rows_with_errors += 1
            plan.error_count += len(errors)
            room = MAX_ERRORS_KEPT - len(plan.errors)
            plan.errors.extend(errors[: max(0, room)])
        number = cleaned.get("inventory_number")
        if number is None:
            if not any(e.field == "inventory_number" for e in errors):
                plan.rows_without_number += 1
            continue
        seen = first_row.get(number)
        if seen is None:
            first_row[number] = row_number
        elif isinstance(seen, int):
            first_row[number] = [seen, row_number]
        else:
            seen.append(row_number)
        if number in existing:
            plan.duplicates_in_vault.setdefault(number, []).append(row_number)
    plan.duplicates_in_file = {k: v for k, v in first_row.items() if isinstance(v, list)}
    plan.digest = digest.digest()
    reporter.finish()
    return plan
