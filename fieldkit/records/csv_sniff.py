"""Reading a spreadsheet's CSV file (SPEC §4 "Existing inventories"): what it is and how to read it.

:func:`inspect_csv` refuses what is not a CSV text file (a workbook, a binary, an empty file),
decides the encoding on the WHOLE file (:mod:`fieldkit.records.csv_encoding`), detects the column
separator (``,`` ``;`` or tab, or the ``sep=;`` line Excel understands) from the start of the
file, and returns the header as a :class:`CsvSource`. :func:`read_rows` then streams every row
with its spreadsheet row number (the first line of the file is row 1; blank rows are counted; a
cell spanning several lines is one row), never holding the file or one line of it unbounded.

Part of the CSV import: sniffing (here), mapping (:mod:`~fieldkit.records.csv_mapping`),
validation (:mod:`~fieldkit.records.csv_validate`) and the import itself
(:mod:`~fieldkit.records.csv_import`).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast

from fieldkit.errors import UsageError, input_file_error
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, grouped, message
from fieldkit.records import fields as F
from fieldkit.records.csv_encoding import (
    CsvFileError,
    EncodingChoice,
    EncodingError,
    choose_encoding,
    codec_name,
    encoding_label,
    utf16_without_bom,
)

MAX_ROWS = 1_000_000  # rows of the file, blank ones included
# Excel's and LibreOffice's widest sheet: no real spreadsheet has more columns.
MAX_COLUMNS = 16_384
# One line of the file as read at once, so that memory stays bounded on a file without line
# breaks (a legitimate row of 25 fields of 20,000 characters is about 500,000).
MAX_LINE_CHARS = 4 * 1024 * 1024
MAX_BYTES = 2 * 1024**3
SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_CSV_CELL_LIMIT = csv.field_size_limit()  # process-wide setting: read, never changed
POSITION_EVERY = 256  # rows between two reports of how far into the file reading is


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


class DecodeError(Exception):
    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


class Digest(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...


def file_fingerprint(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def stat_file(path: Path) -> os.stat_result:
    try:
        st = path.stat()
    except OSError as exc:
        raise input_file_error(path, exc, CsvFileError) from None
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
CLOSE_HINT = QT_TRANSLATE_NOOP("errors", "Close the spreadsheet program, then import again.")


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
    if len(value) != 1 or value in '"\r\n' or value.isalnum():
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
    bomless = utf16_without_bom(raw)
    if bomless is not None:
        # Text, not a binary file: say which byte order the zeros show, and let the user say
        # so (the app's list offers both; it called this "a binary file": r11 review #4).
        refusal = EncodingError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} contains NUL bytes between its letters: it looks like {encoding} text "
                "without a byte-order mark.",
            ),
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Read it as {encoding} (--encoding {codec}), or save the sheet as CSV UTF-8 "
                    "from your spreadsheet program. Nothing was imported.",
                ),
                encoding=encoding_label(bomless),
                codec=bomless,
            ),
            file=name,
            encoding=encoding_label(bomless),
        )
        refusal.suggested = bomless
        raise refusal
    if b"\x00" in raw:
        raise EncodingError(
            QT_TRANSLATE_NOOP(
                "errors", "{file} contains NUL bytes: it is a binary file, not CSV text."
            ),
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Save the sheet as CSV from your spreadsheet program; if it is UTF-16 text "
                    "without a byte-order mark, give --encoding {little} or {big}. Nothing was "
                    "imported.",
                ),
                little="utf-16-le",
                big="utf-16-be",
            ),
            file=name,
        )


def _decode_sample(raw: bytes, encoding: str, complete: bool, name: str) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(raw, final=complete)
    except UnicodeError:
        # The whole file decoded a moment ago (choose_encoding): it has just been changed.
        raise CsvFileError(changed_while_read(name), CLOSE_HINT) from None


def changed_while_read(name: str) -> Text:
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
    st = stat_file(path)
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
        text = text[sep.end() :]
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
        fingerprint=file_fingerprint(st),
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
                    count=grouped(len(cells)),
                    limit=grouped(MAX_COLUMNS),
                )
            header = tuple(c.strip().lstrip("\ufeff").strip() for c in cells)
            return replace(source, header=header, header_row=row_number)
    raise CsvFileError(_no_header(path.name))


class _Hashing(io.RawIOBase):
    """A file's bytes as they are read, fed to ``digest`` on the way: the check and the import
    each hash what they read, without a pass of their own, and the import refuses bytes that
    differ from the checked ones (a file rewritten with the same size and modification time:
    sync clients and ``touch -r`` set mtime back, r11 review #6)."""

    def __init__(self, raw: io.FileIO, digest: Digest) -> None:
        super().__init__()
        self.raw, self.digest, self.position = raw, digest, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer) or 0
        if n:
            self.digest.update(memoryview(buffer)[:n])
            self.position += n
        return n

    def tell(self) -> int:
        return self.position

    def fileno(self) -> int:
        return self.raw.fileno()

    def close(self) -> None:
        self.raw.close()
        super().close()


def _open_text(source: CsvSource, digest: Digest | None = None) -> io.TextIOWrapper:
    binary: BinaryIO = (
        open(source.path, "rb")  # closed with the wrapper
        if digest is None
        else cast(BinaryIO, io.BufferedReader(_Hashing(io.FileIO(source.path, "rb"), digest)))
    )
    try:
        if not stat.S_ISREG(os.fstat(binary.fileno()).st_mode):
            raise CsvFileError(_not_regular(source.path))
        return io.TextIOWrapper(binary, encoding=source.encoding, errors="strict", newline="")
    except BaseException:
        binary.close()
        raise


def _records(
    source: CsvSource,
    position: Callable[[int], None] | None = None,
    digest: Digest | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """Every row of the file with its spreadsheet row number (1-based), blank rows included.

    ``position`` hears, every :data:`POSITION_EVERY` rows, how many bytes of the file have been
    read so far (for a progress bar over the file's size)."""
    try:
        text = _open_text(source, digest)
    except OSError:
        raise CsvFileError(_cannot_read(source.path.name)) from None
    row_number = 0
    binary = cast(BinaryIO, text.buffer)  # how far reading is, in bytes of the file
    with text:
        try:
            lines = _bounded_lines(text, source.path.name)
            if source.skip_sep_line:
                next(lines, None)
            reader = csv.reader(lines, delimiter=source.delimiter, strict=True)
            for cells in reader:
                row_number += 1
                if position is not None and row_number % POSITION_EVERY == 0:
                    position(binary.tell())
                if row_number > MAX_ROWS:
                    raise CsvFileError(
                        QT_TRANSLATE_NOOP("errors", "{file} has more than {limit} rows."),
                        _SPLIT_HINT,
                        file=source.path.name,
                        limit=grouped(MAX_ROWS),
                    )
                yield row_number, cells
        except UnicodeError:  # UnicodeDecodeError, or a codec's own complaint
            raise DecodeError(row_number + 1) from None
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
                limit=grouped(MAX_LINE_CHARS),
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
            limit=grouped(_CSV_CELL_LIMIT),
            most=grouped(F.MAX_TEXT),
        )
    if "unexpected end of data" in detail:
        return message(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} ends inside a quoted cell that starts at row {row} or after; a quote "
                '(") is left open.',
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


def data_rows(
    source: CsvSource,
    position: Callable[[int], None] | None = None,
    digest: Digest | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """The rows below the header, with their spreadsheet row numbers (blank rows included);
    ``position``: bytes read so far, now and then (see :func:`_records`); ``digest`` is fed
    every byte of the file once the rows are read to the end."""
    for row_number, cells in _records(source, position, digest):
        if row_number > source.header_row:
            yield row_number, cells


def is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)
