"""Spreadsheet (CSV) import of object records (SPEC §4 "Existing inventories", §11 `import-csv`).

Three steps, each usable on its own (the CLI runs them; the GUI can too):

1. :func:`inspect_csv` refuses what is not a CSV text file (a workbook, a binary, an empty
   file), decides the encoding on the WHOLE file (:mod:`fieldkit.records.csv_encoding`: UTF-8
   with or without BOM, UTF-16 with BOM, Windows-1252 only when the bytes look Western European
   throughout, else a refusal asking for ``--encoding``), detects the column separator (``,``
   ``;`` or tab, or the ``sep=;`` line Excel understands) from the start of the file, and
   returns the header.
2. :func:`map_columns` maps the header to object fields, by name (case, accents, spaces and
   punctuation ignored; SPEC names, the app's labels, common English and French spreadsheet
   headings) or explicitly with ``--map "COLUMN=field"`` (``COLUMN=-`` skips a column).
3. :func:`plan_import` validates EVERY row (streaming: the file is never held in memory) and
   reports all errors with the spreadsheet's row number and the column, duplicates of inventory
   numbers, and columns that would be ignored. :func:`apply_import` then reads the file again
   and creates all records in ONE transaction (``Records.create_many``): all or nothing.

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

import codecs
import csv
import io
import os
import re
import stat
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from fieldkit.errors import CancelledError, FieldKitError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, fill, localise, ltr, message, translate
from fieldkit.records import fields as F
from fieldkit.records.csv_encoding import (
    CsvFileError,
    EncodingChoice,
    choose_encoding,
    codec_name,
    encoding_label,
)

if TYPE_CHECKING:
    from fieldkit.cli import Context
    from fieldkit.records.service import Records

MAX_ROWS = 1_000_000  # rows of the file, blank ones included
# Excel's and LibreOffice's widest sheet: no real spreadsheet has more columns.
MAX_COLUMNS = 16_384
# One line of the file as read at once, so that memory stays bounded on a file without line
# breaks (a legitimate row of 25 fields of 20,000 characters is about 500,000).
MAX_LINE_CHARS = 4 * 1024 * 1024
MAX_SAMPLES = 5  # rows shown by --dry-run
SAMPLE_CELL_CHARS = 60
MAX_BYTES = 2 * 1024**3
SAMPLE_BYTES = 64 * 1024
MAX_ERRORS_KEPT = 10_000  # all errors are counted; this many are kept for the report
MAX_ERRORS_SHOWN = 50  # human output
MAX_LISTED = 1_000  # duplicates listed in the report
DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_CSV_CELL_LIMIT = csv.field_size_limit()  # process-wide setting: read, never changed
AUDIT_ACTION = "csv_imported"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


__all__ = ["CsvFileError"]  # defined with the encoding rules, raised by both modules


# --- column names -------------------------------------------------------------------------------

# Common spreadsheet headings (English, French, a few Arabic and Ukrainian ones) per field,
# besides the SPEC name and the app's label which are always accepted.
_ALIASES: dict[str, tuple[str, ...]] = {
    "inventory_number": (
        "Inventory", "Inventory No.", "Inventory #", "Inv. No.", "Inv No", "Inv.", "Inv #",
        "Accession number", "Accession No.", "Object number", "Catalogue number",
        "Catalog number", "N° d'inventaire", "Nº d'inventaire", "No d'inventaire",
        "Numéro d'inventaire", "N° inventaire", "N° inv.", "Inventaire", "Cote",
        "رقم الجرد", "الرقم", "Інвентарний номер", "Інв. №", "Номер",
    ),
    "institution": (
        "Museum", "Holding institution", "Owner", "Collection", "Musée", "Établissement",
        "Institution détentrice", "المتحف", "Музей",
    ),
    "title": (
        "Name", "Object name", "Titre", "Nom", "Intitulé", "Désignation", "العنوان", "Назва",
    ),
    "object_type": (
        "Object type", "Type", "Category", "Type d'objet", "Dénomination", "Catégorie",
        "النوع", "Тип",
    ),
    "materials_techniques": (
        "Materials", "Material", "Materials and techniques", "Medium", "Technique",
        "Matériaux", "Matériau", "Matière", "Matières", "Matériaux et techniques",
        "Matériaux & techniques", "المواد", "Матеріал",
    ),
    "measurements": ("Dimensions", "Size", "Mesures", "Taille", "الأبعاد", "Розміри"),
    "inscriptions_markings": (
        "Inscriptions", "Inscription", "Markings", "Marks", "Inscriptions and markings",
        "Inscriptions et marques", "Marques", "Marquages", "النقوش", "Написи",
    ),
    "date_period": (
        "Date", "Period", "Dating", "Date/period", "Datation", "Date ou période", "Période",
        "Époque", "Siècle", "التاريخ", "الفترة", "Датування",
    ),
    "maker": (
        "Artist", "Author", "Creator", "Manufacturer", "Auteur", "Artiste", "Fabricant",
        "Atelier", "Auteur/fabricant", "الصانع", "Автор",
    ),
    "subject": ("Iconography", "Sujet", "Iconographie", "Thème", "الموضوع", "Сюжет"),
    "distinguishing_features": (
        "Features", "Signes distinctifs", "Caractéristiques distinctives",
        "Particularités", "Signes particuliers", "العلامات المميزة", "Особливі прикмети",
    ),
    "description": ("Desc.", "Descriptif", "الوصف", "Опис"),
    "place_of_origin": (
        "Origin", "Provenance", "Findspot", "Find spot", "Place of discovery", "Lieu d'origine",
        "Origine", "Lieu de découverte", "Lieu de provenance", "مكان المنشأ", "Походження",
    ),
    "related_written_material": (
        "Bibliography", "Literature", "Bibliographie", "Sources", "Documentation",
        "المراجع", "Бібліографія",
    ),
    "cross_references": (
        "Cross-references", "Related objects", "Objets liés", "Objets associés", "Renvois",
    ),
    "date_documented": (
        "Documented", "Documented on", "Date of documentation", "Date de documentation",
        "Documenté le",
    ),
    "red_list_category": (
        "Red List", "Red List category", "ICOM Red List", "Liste rouge",
        "Catégorie Liste rouge", "Liste rouge de l'ICOM",
    ),
    "status": ("State", "Statut", "Situation", "الحالة", "Статус"),
    "current_location": (
        "Location", "Storage location", "Localisation", "Localisation actuelle",
        "Emplacement", "Lieu de conservation", "الموقع", "Місцезнаходження",
    ),
    "coordinates": (
        "GPS", "Lat/Lon", "Lat, Lon", "Latitude, longitude", "Coordonnées",
        "Coordonnées GPS", "الإحداثيات", "Координати",
    ),
    "salvage_priority": (
        "Priority", "Evacuation priority", "Rescue priority", "Priorité",
        "Priorité de sauvetage", "Priorité d'évacuation", "الأولوية", "Пріоритет",
    ),
    "significance": ("Importance", "Intérêt", "Valeur patrimoniale", "الأهمية", "Значення"),
    "notes": (
        "Note", "Remarks", "Comments", "Remarques", "Commentaires", "Observations",
        "ملاحظات", "Примітки",
    ),
}


def normalize_header(text: str) -> str:
    """A heading as compared: case, accents, spaces and punctuation ignored.

    ("N° d'Inv." and "n d inv" are the same heading.)
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _build_aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for f in F.OBJECT_FIELDS:
        for name in (f.name, f.label, *_ALIASES.get(f.name, ())):
            key = normalize_header(name)
            if table.get(key, f.name) != f.name:
                raise RuntimeError(f"heading {name!r} would name two fields")
            table[key] = f.name
    return table


HEADER_ALIASES: dict[str, str] = _build_aliases()

# Status values as French inventories write them (accents, case and spaces ignored).
_STATUS_ALIASES = {
    "enplace": "in_place", "surplace": "in_place", "inplace": "in_place",
    "enreserve": "in_storage", "reserve": "in_storage", "stocke": "in_storage",
    "evacue": "evacuated", "evacuee": "evacuated",
    "enpret": "on_loan", "prete": "on_loan", "pretee": "on_loan",
    "disparu": "missing", "disparue": "missing", "manquant": "missing", "manquante": "missing",
    "vole": "stolen", "volee": "stolen",
    "detruit": "destroyed", "detruite": "destroyed",
}
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(mm|cm|m|in)"
_BOX = re.compile(
    rf"^\s*{_NUMBER}\s*{_UNIT}?\s*[x×X*]\s*{_NUMBER}\s*{_UNIT}?"
    rf"(?:\s*[x×X*]\s*{_NUMBER}\s*{_UNIT}?)?\s*{_UNIT}?\.?\s*$"
)
_FORMULA = re.compile(r"^\s*(?:[=@]|[+-][^\d\s.,])")


def _prepare(name: str, raw: str) -> str:
    """Spreadsheet habits the field cleaners do not know: "32 x 20 cm", French statuses, CR."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    if name == "status":
        return _STATUS_ALIASES.get(normalize_header(text), text)
    if name == "measurements":
        match = _BOX.match(text)
        if match:
            h, u1, w, u2, d, u3, unit = match.groups()
            units = {u for u in (u1, u2, u3, unit) if u}
            if len(units) == 1:
                u = units.pop()
                parts = [f"height {h} {u}", f"width {w} {u}"] + ([f"depth {d} {u}"] if d else [])
                return "; ".join(parts)
    return text


# --- reading the file -------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvSource:
    """What :func:`inspect_csv` found out about a file."""

    path: Path
    encoding: str  # the Python codec used
    encoding_given: bool
    delimiter: str
    header: tuple[str, ...]
    header_row: int  # the spreadsheet row of the header (1 unless blank rows come first)
    skip_sep_line: bool  # an Excel "sep=;" first line
    size: int
    fingerprint: tuple[int, ...]
    encoding_how: str = ""  # how the encoding was decided, in plain words

    @property
    def encoding_label(self) -> str:
        return encoding_label(self.encoding)


class _DecodeError(Exception):
    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


def _fingerprint(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _stat_file(path: Path) -> os.stat_result:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path)
        ) from None
    except OSError:
        raise CsvFileError(
            QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read."), path=str(path)
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a CSV file."), path=str(path)
        )
    if not stat.S_ISREG(st.st_mode):
        raise CsvFileError(_not_regular(path))
    if st.st_size > MAX_BYTES:
        raise CsvFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is larger than {size} GB."),
            _SPLIT_HINT,
            file=path.name,
            size=MAX_BYTES // 1024**3,
        )
    return st


_SPLIT_HINT = QT_TRANSLATE_NOOP(
    "errors", "Split the sheet into smaller CSV files and import them one by one."
)
_CLOSE_HINT = QT_TRANSLATE_NOOP("errors", "Close the spreadsheet program, then import again.")


def _not_regular(path: Path) -> Text:
    return message(QT_TRANSLATE_NOOP("errors", "{path} is not a regular file."), path=str(path))


def _cannot_read(name: str) -> Text:
    return message(QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=name)


def _could_not_read(name: str) -> Text:
    return message(QT_TRANSLATE_NOOP("errors", "The file {file} could not be read."), file=name)


def _no_header(name: str) -> Text:
    return message(
        QT_TRANSLATE_NOOP("errors", "{file} is empty: there is no header row."), file=name
    )


def _parse_delimiter(text: str) -> str:
    words = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}
    value = words.get(text.lower(), text)
    if len(value) != 1 or value in "\"\r\n" or value.isalnum():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "--delimiter {value}: give one character such as ',' ';' or 'tab'."
            ),
            value=repr(text),
        )
    return value


_WORKBOOKS = (
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("errors", "a workbook (.xlsx or .ods), not a CSV file")),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP("errors", "an Excel 97-2003 workbook (.xls), not a CSV file"),
    ),
    (b"%PDF", QT_TRANSLATE_NOOP("errors", "a PDF document, not a CSV file")),
)


def _refuse_nul(raw: bytes, name: str) -> None:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in raw:
        raise CsvFileError(
            QT_TRANSLATE_NOOP(
                "errors", "{file} contains NUL bytes: it is a binary file, not CSV text."
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "Save the sheet as CSV from your spreadsheet program; if it is UTF-16 text "
                "without a byte-order mark, give --encoding utf-16. Nothing was imported.",
            ),
            file=name,
        )


def _decode_sample(raw: bytes, encoding: str, complete: bool, name: str) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(raw, final=complete)
    except UnicodeError:
        # The whole file decoded a moment ago (choose_encoding): it has just been changed.
        raise CsvFileError(_changed_while_read(name), _CLOSE_HINT) from None


def _changed_while_read(name: str) -> Text:
    return message(
        QT_TRANSLATE_NOOP(
            "errors", "{file} changed while it was being read; nothing was imported."
        ),
        file=name,
    )


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\t\r\n") or c == "\x7f")
    return "\x00" in text or controls > max(2, len(text) // 200)


def _sniff_delimiter(text: str, complete: bool) -> str:
    if not complete and "\n" in text:
        text = text[: text.rindex("\n") + 1]
    best: tuple[bool, float, int] | None = None
    chosen = ","
    for delimiter in DELIMITERS:
        try:
            rows = [
                r
                for r in csv.reader(io.StringIO(text), delimiter=delimiter)
                if any(c.strip() for c in r)
            ][:50]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        body = rows[1:]
        consistency = sum(1 for r in body if len(r) == width) / len(body) if body else 1.0
        score = (width > 1 and consistency >= 0.8, consistency if width > 1 else 0.0, width)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


_SEP_LINE = re.compile(r"^\"?sep=(.)\"?\r?\n")


def inspect_csv(
    path: Path | str, *, delimiter: str | None = None, encoding: str | None = None
) -> CsvSource:
    """Check that ``path`` is a CSV text file; decide encoding, separator and header.

    The encoding is decided on the whole file (read once, streaming; see
    :func:`fieldkit.records.csv_encoding.choose_encoding`). Raises UsageError (no such file, bad
    option) or CsvFileError (not CSV text, empty, too big, too wide, encoding not valid or not
    certain — naming the lines concerned).
    """
    path = Path(path)
    st = _stat_file(path)
    given_delimiter = _parse_delimiter(delimiter) if delimiter else None
    given_codec = codec_name(encoding) if encoding else None
    try:
        with open(path, "rb") as fh:
            raw = fh.read(SAMPLE_BYTES)
    except OSError:
        raise CsvFileError(_cannot_read(path.name)) from None
    if not raw.strip():
        raise CsvFileError(_no_header(path.name))
    for magic, what in _WORKBOOKS:
        if raw.startswith(magic):
            raise CsvFileError(
                QT_TRANSLATE_NOOP("errors", "{file} is {what}."),
                file=path.name,
                what=message(what),
            )
    complete = len(raw) < SAMPLE_BYTES
    if given_codec is None:
        _refuse_nul(raw, path.name)
    choice: EncodingChoice = choose_encoding(path, given_codec, raw)
    codec = choice.codec
    text = _decode_sample(raw, codec, complete, path.name)
    if codec.startswith("utf-16") and text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise CsvFileError(
            QT_TRANSLATE_NOOP("errors", "{file} holds binary data, not CSV text."), file=path.name
        )
    sep = _SEP_LINE.match(text)
    if sep:
        text = text[sep.end():]
    chosen = given_delimiter or (sep.group(1) if sep else _sniff_delimiter(text, complete))
    source = CsvSource(
        path=path,
        encoding=codec,
        encoding_given=choice.given,
        encoding_how=choice.how,
        delimiter=chosen,
        header=(),
        header_row=1,
        skip_sep_line=sep is not None,
        size=st.st_size,
        fingerprint=_fingerprint(st),
    )
    for row_number, cells in _records(source):
        if any(c.strip() for c in cells):
            if len(cells) > MAX_COLUMNS:
                raise CsvFileError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{file} has {count} columns; FieldKit reads at most {limit} (the widest "
                        "sheet Excel or LibreOffice makes).",
                    ),
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Delete the empty columns at the right of the sheet, save it as CSV "
                        "again and import it; nothing was imported.",
                    ),
                    file=path.name,
                    count=f"{len(cells):,}",
                    limit=f"{MAX_COLUMNS:,}",
                )
            header = tuple(c.strip().lstrip("\ufeff").strip() for c in cells)
            return replace(source, header=header, header_row=row_number)
    raise CsvFileError(_no_header(path.name))


def _open_text(source: CsvSource) -> io.TextIOWrapper:
    binary: BinaryIO = open(source.path, "rb")  # closed with the wrapper
    try:
        if not stat.S_ISREG(os.fstat(binary.fileno()).st_mode):
            raise CsvFileError(_not_regular(source.path))
        return io.TextIOWrapper(binary, encoding=source.encoding, errors="strict", newline="")
    except BaseException:
        binary.close()
        raise


def _records(source: CsvSource) -> Iterator[tuple[int, list[str]]]:
    """Every row of the file with its spreadsheet row number (1-based), blank rows included."""
    try:
        text = _open_text(source)
    except OSError:
        raise CsvFileError(_cannot_read(source.path.name)) from None
    row_number = 0
    with text:
        try:
            lines = _bounded_lines(text, source.path.name)
            if source.skip_sep_line:
                next(lines, None)
            reader = csv.reader(lines, delimiter=source.delimiter, strict=True)
            for cells in reader:
                row_number += 1
                if row_number > MAX_ROWS:
                    raise CsvFileError(
                        QT_TRANSLATE_NOOP("errors", "{file} has more than {limit} rows."),
                        _SPLIT_HINT,
                        file=source.path.name,
                        limit=f"{MAX_ROWS:,}",
                    )
                yield row_number, cells
        except UnicodeError:  # UnicodeDecodeError, or a codec's own complaint
            raise _DecodeError(row_number + 1) from None
        except csv.Error as exc:
            raise CsvFileError(_csv_error_message(source, row_number + 1, str(exc))) from None
        except OSError:
            raise CsvFileError(_could_not_read(source.path.name)) from None


def _bounded_lines(text: io.TextIOWrapper, name: str) -> Iterator[str]:
    """The lines of ``text``, none held longer than MAX_LINE_CHARS (csv.reader would otherwise
    read a file without line breaks whole, and split it into as many cells as it has commas)."""
    number = 0
    while line := text.readline(MAX_LINE_CHARS):
        number += 1
        if len(line) == MAX_LINE_CHARS and line[-1] not in "\r\n":
            raise CsvFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line {line} of {file} is longer than {limit} characters: it is not a "
                    "spreadsheet row.",
                ),
                line=number,
                file=name,
                limit=f"{MAX_LINE_CHARS:,}",
            )
        yield line


def _csv_error_message(source: CsvSource, row: int, detail: str) -> Text:
    name = source.path.name
    if "field larger than field limit" in detail:
        return message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Row {row} of {file} has a cell longer than {limit} characters (a field holds "
                "at most {most}); is a quote left open?",
            ),
            row=row,
            file=name,
            limit=f"{_CSV_CELL_LIMIT:,}",
            most=f"{F.MAX_TEXT:,}",
        )
    if "unexpected end of data" in detail:
        return message(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} ends inside a quoted cell that starts at row {row} or after; a quote "
                "(\") is left open.",
            ),
            row=row,
            file=name,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "errors",
            "Row {row} of {file} is not valid CSV: a quoted cell is not closed properly.",
        ),
        row=row,
        file=name,
    )


# --- mapping columns to fields ------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # None: not imported
    how: str  # "header", "map", "skipped" (--map COLUMN=-) or "unmapped"

    @property
    def label(self) -> str:
        return self.header or f"#{self.index + 1} (no header)"


def parse_map_options(options: Sequence[str]) -> list[tuple[str, str | None]]:
    """``["Inv. No.=inventory_number", "Old ref=-"]`` → ``[(column, field or None), …]``."""
    out: list[tuple[str, str | None]] = []
    for option in options:
        column, sep, target = option.rpartition("=")
        column, target = column.strip(), target.strip()
        if not sep or not column:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--map {value}: write COLUMN=field, e.g. --map \"Inv. No.=inventory_number\".",
                ),
                value=repr(option),
            )
        out.append((column, _field_named(target)))
    return out


def _field_named(text: str) -> str | None:
    if text in ("", "-"):
        return None
    if text in F.FIELDS[F.OBJECT]:
        return text
    key = normalize_header(text)
    for f in F.OBJECT_FIELDS:
        if key in (normalize_header(f.name), normalize_header(f.label)):
            return f.name
    raise UsageError(
        QT_TRANSLATE_NOOP("errors", "--map: '{value}' is not a field of object records."),
        message(
            QT_TRANSLATE_NOOP("errors", "Known fields: {fields} (or '-' to skip a column)."),
            fields=", ".join(F.FIELDS[F.OBJECT]),
        ),
        value=text,
    )


def _find_column(header: Sequence[str], text: str) -> int:
    if re.fullmatch(r"#\d+", text):
        index = int(text[1:]) - 1
        if 0 <= index < len(header):
            return index
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--map: the file has no column {value} (it has {count})."),
            value=text,
            count=len(header),
        )
    for test in (
        lambda h: h == text,
        lambda h: h.casefold() == text.casefold(),
        lambda h: normalize_header(h) == normalize_header(text) and normalize_header(h) != "",
    ):
        found = [i for i, h in enumerate(header) if test(h)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "--map: several columns are named '{value}'."),
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Name the column by its position instead, e.g. --map \"#{number}=…\".",
                    ),
                    number=found[1] + 1,
                ),
                value=text,
            )
    shown = ", ".join(f"'{h}'" for h in header if h)
    raise UsageError(
        QT_TRANSLATE_NOOP("errors", "--map: the file has no column '{value}'."),
        message(QT_TRANSLATE_NOOP("errors", "Its columns are: {columns}."), columns=shown),
        value=text,
    )


def map_columns(
    header: Sequence[str], mapping: Sequence[str] | Mapping[str, str] = ()
) -> list[Column]:
    """Columns of ``header`` with the field each fills.

    Raises UsageError for a bad ``--map``, or when two columns would fill the same field.
    """
    pairs = (
        [(c, _field_named(t)) for c, t in mapping.items()]
        if isinstance(mapping, Mapping)
        else parse_map_options(mapping)
    )
    explicit: dict[int, str | None] = {}
    for column_text, target in pairs:
        index = _find_column(header, column_text)
        if index in explicit and explicit[index] != target:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "--map names the column '{column}' twice."),
                column=header[index],
            )
        explicit[index] = target
    owner: dict[str, int] = {}
    for index, target in explicit.items():
        if target is None:
            continue
        if target in owner:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "--map: columns '{first}' and '{second}' both map to {field}."
                ),
                first=header[owner[target]],
                second=header[index],
                field=target,
            )
        owner[target] = index
    columns: list[Column] = []
    for index, name in enumerate(header):
        if index in explicit:
            target = explicit[index]
            columns.append(Column(index, name, target, "map" if target else "skipped"))
            continue
        guess = HEADER_ALIASES.get(normalize_header(name)) if name else None
        if guess is None or (guess in owner and explicit.get(owner[guess]) == guess):
            # Unknown heading, or its field is taken by --map: not imported (and reported).
            columns.append(Column(index, name, None, "unmapped"))
            continue
        if guess in owner:
            other = header[owner[guess]]
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The columns '{first}' and '{second}' both look like {field}."
                ),
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Choose with --map, e.g. --map \"{column}=-\" to skip one of them.",
                    ),
                    column=name,
                ),
                first=other,
                second=name,
                field=guess,
            )
        owner[guess] = index
        columns.append(Column(index, name, guess, "header"))
    if not any(c.field for c in columns):
        shown = ", ".join(f"'{c.label}'" for c in columns)
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "None of the columns matches a field of object records (columns: {columns}).",
            ),
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Map them with --map \"COLUMN=field\", e.g. --map "
                    "\"Inv. No.=inventory_number\"; fields: {fields}.",
                ),
                fields=", ".join(F.FIELDS[F.OBJECT]),
            ),
            columns=shown,
        )
    return columns


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
            problem=localise(self.message),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "message": self.message,
        }


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
    vault_checked: bool = False
    seconds: float = 0.0
    # A few rows as read (row number, [(column, cell text)]), for --dry-run to show.
    samples: list[tuple[int, list[tuple[str, str]]]] = field(default_factory=list)

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

    # Each warning is English as a string (--json) and a template (shown translated).
    @property
    def warnings(self) -> list[str]:
        return self.duplicate_warnings + self.other_warnings

    @property
    def duplicate_warnings(self) -> list[str]:
        out: list[str] = []
        if self.duplicates_in_file:
            out.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{count} inventory number(s) appear more than once in the file (imported "
                        "anyway: unique within a vault is warned, not enforced).",
                    ),
                    count=f"{len(self.duplicates_in_file):,}",
                )
            )
        if self.duplicates_in_vault:
            out.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{count} inventory number(s) are already in the vault (imported anyway, "
                        "as new objects; importing the same file twice doubles it).",
                    ),
                    count=f"{len(self.duplicates_in_vault):,}",
                )
            )
        return out

    @property
    def other_warnings(self) -> list[str]:
        out: list[str] = []
        if self.formula_like_cells:
            out.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{count} cell(s) begin like a spreadsheet formula (=, +, -, @); they are "
                        "stored as plain text and never evaluated.",
                    ),
                    count=f"{self.formula_like_cells:,}",
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


class _Validator:
    def __init__(self, columns: Sequence[Column], records: Records | None) -> None:
        self.mapped = [(c.index, c.field, c.header) for c in columns if c.field]
        self.unmapped = [c.index for c in columns if c.how == "unmapped"]
        self.header_of = {c.field: c.label for c in columns if c.field}
        self.width = len(columns)
        self.records = records
        self._refs: dict[str, str | RowError] = {}

    def row(self, row_number: int, cells: Sequence[str]) -> tuple[dict[str, Any], list[RowError]]:
        errors: list[RowError] = []
        if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
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
            name: _prepare(name, cells[index])
            for index, name, _ in self.mapped
            if index < len(cells) and cells[index]
        }
        try:
            cleaned = F.clean_fields(F.OBJECT, values)
        except F.ValidationError:
            cleaned = {}
            for name, value in values.items():
                try:
                    result = F.clean_value(F.OBJECT, name, value)
                except F.ValidationError as exc:
                    errors.append(RowError(row_number, self.header_of[name], name, exc.message))
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


def _data_rows(source: CsvSource) -> Iterator[tuple[int, list[str]]]:
    for row_number, cells in _records(source):
        if row_number > source.header_row:
            yield row_number, cells


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def plan_import(
    source: CsvSource | Path | str,
    mapping: Sequence[str] | Mapping[str, str] | Sequence[Column] = (),
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    records: Records | None = None,
    cancel: Cancel | None = None,
) -> ImportPlan:
    """Validate every row of the file and say what importing it would do. Changes nothing.

    ``mapping``: ``--map`` options, a {column: field} dict, or columns from :func:`map_columns`.
    With ``records``, cross references are resolved and inventory numbers compared with the
    vault's. Raises UsageError, CsvFileError, CancelledError.
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
        plan = _validate(source, columns, records, existing, cancel)
    except _DecodeError:
        # inspect_csv decoded the whole file: only a change since then can get here.
        raise CsvFileError(_changed_while_read(source.path.name), _CLOSE_HINT) from None
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
    cancel: Cancel | None,
) -> ImportPlan:
    plan = ImportPlan(source=source, columns=list(columns))
    validator = _Validator(columns, records)
    sampler = _Sampler(columns, plan.samples)
    first_row: dict[str, int | list[int]] = {}
    for row_number, cells in _data_rows(source):
        if cancel is not None and row_number % 1024 == 0 and cancel():
            raise CancelledError(QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was imported."))
        if _is_blank(cells):
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
    return plan


# --- importing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    imported: int
    ids: list[str]
    seconds: float


def apply_import(
    records: Records,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Create every row of a valid ``plan`` in ONE transaction: all rows, or none.

    The file is read again (streaming) and every row validated again; if the file changed
    since the plan, nothing is imported. Raises CsvFileError, CancelledError, FieldKitError.
    """
    if not plan.ok:
        raise FieldKitError(
            QT_TRANSLATE_NOOP("errors", "The file has {count} error(s); nothing was imported."),
            QT_TRANSLATE_NOOP("errors", "Correct them in the spreadsheet and import again."),
            count=f"{plan.error_count:,}",
        )
    if plan.dropped_columns:
        raise UsageError(_dropped_message(plan))
    started = time.perf_counter()
    source = plan.source
    validator = _Validator(plan.columns, records)
    changed = CsvFileError(
        QT_TRANSLATE_NOOP(
            "errors", "{file} changed while it was being imported; nothing was imported."
        ),
        _CLOSE_HINT,
        file=source.path.name,
    )

    def rows() -> Iterator[dict[str, Any]]:
        if _fingerprint(_stat_file(source.path)) != source.fingerprint:
            raise changed
        count = 0
        for row_number, cells in _data_rows(source):
            if _is_blank(cells):
                continue
            cleaned, errors = validator.row(row_number, cells)
            if errors:
                raise changed
            count += 1
            yield cleaned
        if count != plan.rows or _fingerprint(_stat_file(source.path)) != source.fingerprint:
            raise changed

    total = plan.rows
    report = None if progress is None else (lambda i: progress(i, total))
    try:
        ids = records.create_many(
            F.OBJECT, rows(), progress=report, cancel=cancel, audit_action=AUDIT_ACTION
        )
    except _DecodeError:
        raise changed from None
    if progress is not None:
        progress(len(ids), total)
    return ImportResult(len(ids), ids, time.perf_counter() - started)


# --- the command ----------------------------------------------------------------------------------


def _dropped_message(plan: ImportPlan) -> Text:
    names = _listed([c.label for c in plan.dropped_columns])
    return message(
        QT_TRANSLATE_NOOP(
            "errors", "These columns hold data but match no field: {columns}; nothing was imported."
        ),
        columns=names,
    )


def _dropped_hint(plan: ImportPlan) -> Text:
    first = plan.dropped_columns[0]
    name = first.header or f"#{first.index + 1}"
    return message(
        QT_TRANSLATE_NOOP(
            "errors",
            "Map each to a field (e.g. --map \"{column}=notes\") or skip it on purpose "
            "(--map \"{column}=-\"). Fields: {fields}.",
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


def _listed(labels: Sequence[str], limit: int = 20) -> str:
    """'A', 'B' and 9,998 more: a sheet may have thousands of columns."""
    shown = ", ".join(f"'{label}'" for label in labels[:limit])
    if len(labels) <= limit:
        return shown
    return message(
        QT_TRANSLATE_NOOP("errors", "{listed} and {count} more"),
        listed=shown,
        count=f"{len(labels) - limit:,}",
    )


def _say_plan(ctx: Context, plan: ImportPlan, *, dry_run: bool = False) -> None:
    src = plan.source
    separators = {
        ",": translate("cli", "comma"),
        ";": translate("cli", "semicolon"),
        "\t": translate("cli", "tab"),
    }
    sep = separators.get(src.delimiter, repr(src.delimiter))
    # Counts are given after a colon ("rows: 50") where English keeps "(s)", so that every
    # language reads right for any number without plural forms of each sentence.
    if src.encoding_given:
        summary = translate("cli", "{file}: {rows} row(s) ({encoding}; columns separated by {sep})")
    else:
        summary = translate(
            "cli", "{file}: {rows} row(s) ({encoding}, detected; columns separated by {sep})"
        )
    line = fill(
        summary, None, file=ltr(src.path.name), rows=f"{plan.rows:,}",
        encoding=ltr(src.encoding_label), sep=sep,
    )
    if plan.empty_rows:
        skipped = translate("cli", "; {count} empty row(s) skipped.")
        line += fill(skipped, None, count=f"{plan.empty_rows:,}")
    else:
        line += "."
    ctx.say(line)
    if dry_run:
        ctx.say(fill(translate("cli", "Encoding: {encoding} ({how})."), None,
                     encoding=ltr(src.encoding_label), how=localise(src.encoding_how)))
    mapped = [f"'{c.label}' → {c.field}" for c in plan.columns if c.field]
    ctx.say(fill(translate("cli", "Columns: {columns}."), None, columns=", ".join(mapped)))
    ignored = plan.ignored_columns
    if ignored:
        named = [c.label for c in ignored if c.header]
        unnamed = len(ignored) - len(named)
        parts = ([localise(_listed(named))] if named else []) + (
            [fill(translate("cli", "{count} column(s) without a header"), None,
                  count=f"{unnamed:,}")] if unnamed else []
        )
        ctx.say(fill(translate("cli", "Not imported: {columns} (skipped with --map, or empty)."),
                     None, columns=", ".join(parts)))
    if dry_run and plan.samples:
        ctx.say(fill(
            translate("cli", "Rows as read ({encoding}; check that the letters look right):"),
            None, encoding=ltr(src.encoding_label),
        ))
        for row, cells in plan.samples:
            cells_text = " | ".join(f"{c}: {t}" for c, t in cells)
            ctx.say("  " + fill(translate("cli", "row {row}: {cells}"), None, row=row,
                                cells=cells_text))
    in_file = translate("cli", "Warning: duplicate inventory numbers in the file: {numbers}.")
    in_vault = translate(
        "cli", "Warning: duplicate inventory numbers already in the vault: {numbers}."
    )
    for template, dups in ((in_file, plan.duplicates_in_file),
                           (in_vault, plan.duplicates_in_vault)):
        if dups:
            rows_of = translate("cli", "{number} (rows {rows})")
            shown = [fill(rows_of, None, number=k,
                          rows=", ".join(map(str, v[:5])) + ("…" if len(v) > 5 else ""))
                     for k, v in list(dups.items())[:10]]
            numbers = ", ".join(shown)
            if len(dups) > 10:
                numbers = fill(translate("errors", "{listed} and {count} more"), None,
                               listed=numbers, count=f"{len(dups) - 10:,}")
            ctx.say(fill(template, None, numbers=numbers))
    if plan.duplicates_in_file or plan.duplicates_in_vault:
        ctx.say(translate(
            "cli", "They are imported anyway (unique within a vault is warned, not enforced)."
        ))
    for warning in plan.other_warnings:
        ctx.say(fill(translate("cli", "Warning: {text}"), None, text=localise(warning)))


def run_import_command(ctx: Context) -> int:
    """`fieldkit object import-csv FILE [--map C=f]... [--dry-run] [--json] …` (SPEC §11)."""
    from fieldkit.commands.vault import open_vault
    from fieldkit.errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
    from fieldkit.records.service import Records

    args = ctx.args
    dry_run = bool(getattr(args, "dry_run", False))
    # Everything about the file and the options is checked before the vault is unlocked.
    source = inspect_csv(
        Path(args.file).expanduser(),
        delimiter=getattr(args, "delimiter", None),
        encoding=getattr(args, "encoding", None),
    )
    columns = map_columns(source.header, list(getattr(args, "map", None) or []))
    with open_vault(ctx, "import the spreadsheet") as vault:
        records = Records(vault)
        plan = plan_import(source, columns, records=records)
        report = plan_report(plan, dry_run=dry_run)
        if not ctx.json:
            _say_plan(ctx, plan, dry_run=dry_run)
        if not plan.ok:
            if ctx.json:
                ctx.emit(report)
            else:
                for error in plan.errors[:MAX_ERRORS_SHOWN]:
                    ctx.say(error.localised())
                if plan.error_count > MAX_ERRORS_SHOWN:
                    ctx.say(fill(translate("cli", "… and {count} more."), None,
                                 count=f"{plan.error_count - MAX_ERRORS_SHOWN:,}"))
                if dry_run:
                    failed = translate(
                        "cli", "{errors} error(s) in {rows} row(s); nothing was changed."
                    )
                else:
                    failed = translate(
                        "cli", "{errors} error(s) in {rows} row(s); nothing was imported."
                    )
                ctx.say("fieldkit: " + fill(failed, None, errors=f"{plan.error_count:,}",
                                            rows=f"{plan.rows_with_errors:,}"))
                ctx.say(translate("cli", "Correct them in the spreadsheet and import again "
                                  "(--dry-run checks without importing)."))
            return EXIT_FAILURE
        if plan.dropped_columns:
            if ctx.json:
                report["refused"] = _dropped_message(plan)
                ctx.emit(report)
            else:
                ctx.say(f"fieldkit: {localise(_dropped_message(plan))}")
                ctx.say(localise(_dropped_hint(plan)))
            return EXIT_USAGE
        if dry_run:
            if ctx.json:
                ctx.emit(report)
            else:
                dry = translate(
                    "cli", "Dry run: {count} object(s) would be imported; nothing was changed."
                )
                ctx.say(fill(dry, None, count=f"{plan.rows:,}"))
            return EXIT_OK
        interactive = not ctx.json and getattr(ctx.err, "isatty", lambda: False)()
        show = _progress_line(ctx) if plan.rows >= 2000 and interactive else None
        result = apply_import(records, plan, progress=show)
        if show is not None:
            ctx.err.write("\n")
    report["imported"] = result.imported
    report["ids"] = result.ids
    report["seconds"] = round(result.seconds, 3)
    if ctx.json:
        ctx.emit(report)
    else:
        done = translate("cli", "Imported {count} object(s) in one transaction ({seconds} s).")
        ctx.say(fill(done, None, count=f"{result.imported:,}", seconds=f"{result.seconds:.1f}"))
    return EXIT_OK


def _progress_line(ctx: Context) -> Progress:
    last = [0.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < 0.5 and done < total:
            return
        last[0] = now
        line = fill(translate("cli", "Importing… {done} / {total}"), None,
                    done=f"{done:,}", total=f"{total:,}")
        ctx.err.write("\r" + line)
        ctx.err.flush()

    return show
