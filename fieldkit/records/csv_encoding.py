"""Which text encoding a CSV file is in, decided on the WHOLE file (issue 24, item 4).

A spreadsheet is imported once and then lives in the vault for years: reading it in the wrong
encoding garbles every accented letter of every row ("stèle" becomes "stÃ¨le") and nobody
notices until much later. So the encoding is decided on every byte of the file, streaming in
chunks of :data:`CHUNK` bytes (memory stays bounded whatever the file size), and when FieldKit
cannot be sure it refuses and asks for ``--encoding`` instead of guessing:

- a byte-order mark says UTF-8 or UTF-16; the whole file must then decode;
- no mark: the file is UTF-8 if every byte of it is valid UTF-8 (plain ASCII included);
- UTF-8 text with a few bytes that are not UTF-8 (a stray byte pasted from another program) is
  refused, naming the lines, never read as another encoding;
- otherwise the file is read as Windows-1252 only when its bytes look like Western European
  text throughout (accented letters inside Latin words). Arabic (cp1256), Cyrillic (cp1251),
  Greek, Hebrew, Turkish, Japanese (Shift-JIS), Chinese or Korean files, and files that mix
  encodings, do not, and are refused with a request for ``--encoding``;
- with ``--encoding NAME`` the whole file must decode with it; the lines that do not are named.

All the counting over bytes is done with regular expressions and ``bytes.translate`` (C
speed); Python loops only run to locate the first few lines of an error.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, grouped, message

CHUNK = 1024 * 1024
MAX_LINES_NAMED = 10
# Western text has accented letters inside Latin words; anything else that looks odd (see
# _WesternCounts) must stay under one in this many of those letters.
ODD_RATIO = 20


class CsvFileError(CorruptFileError):
    """The file is not a CSV text file FieldKit can read (nothing was imported)."""

    default_hint = QT_TRANSLATE_NOOP(
        "errors",
        "Save the sheet as CSV from your spreadsheet program (File > Save as > CSV UTF-8) "
        "and try again; nothing was imported.",
    )


class EncodingError(CsvFileError):
    """The file's encoding is not certain, or the file is not in the one given: reading it with
    another encoding may work (the CLI's ``--encoding``, the desktop app's list of encodings).
    ``suggested``: the codec the bytes point to, when they do (the app selects it)."""

    suggested: str | None = None


_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (little-endian)",
    "utf-16-be": "UTF-16 (big-endian)",
    "cp1250": "Windows-1250 (Central Europe)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "latin-1": "Latin-1 (ISO-8859-1)",
    "iso8859-1": "Latin-1 (ISO-8859-1)",
    "mac-roman": "Mac Roman",
    "shift_jis": "Shift-JIS (Japanese)",
    "cp932": "Windows-932 (Japanese)",
}

ENCODING_EXAMPLES = (
    "cp1252 (Windows, Western Europe), cp1256 (Windows, Arabic), cp1251 (Cyrillic), "
    "cp1250 (Central Europe), shift_jis (Japanese), gbk (Chinese) or utf-8"
)


def encoding_label(codec: str) -> str:
    """The name people know an encoding by ("Windows-1252" for Python's "cp1252")."""
    return _LABELS.get(codec, codec)


def codec_name(encoding: str) -> str:
    """Python's canonical name of ``--encoding NAME``. Raises UsageError if there is none."""
    from fieldkit.errors import UsageError

    try:
        info = codecs.lookup(encoding)
    except LookupError:
        info = None
    # Only text encodings: codecs.lookup also knows "rot13", "base64", "zlib"…
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--encoding {value}: unknown encoding."),
            message(
                QT_TRANSLATE_NOOP("errors", "Use e.g. {examples}."), examples=ENCODING_EXAMPLES
            ),
            value=encoding,
        )
    return info.name


@dataclass(frozen=True)
class EncodingChoice:
    codec: str  # the Python codec to read the file with
    given: bool  # given with --encoding
    how: str  # how it was decided, in plain words (shown by --dry-run; a Text)


def _lines(numbers: list[int], more: bool) -> Text:
    shown = ", ".join(str(n) for n in numbers)
    if more:
        return message(QT_TRANSLATE_NOOP("errors", "lines {numbers} and more"), numbers=shown)
    if len(numbers) == 1:
        return message(QT_TRANSLATE_NOOP("errors", "line {numbers}"), numbers=shown)
    return message(QT_TRANSLATE_NOOP("errors", "lines {numbers}"), numbers=shown)


# --- reading in chunks ------------------------------------------------------------------------


def _open_regular(path: Path) -> int:
    """A descriptor on ``path``, which must be a regular file (never blocks on a FIFO)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        raise CsvFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=path.name
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise CsvFileError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a regular file."), path=str(path)
        )
    return fd


def _blocks(path: Path) -> Iterator[bytes]:
    fd = _open_regular(path)
    try:
        with os.fdopen(fd, "rb", buffering=0) as fh:
            while block := fh.read(CHUNK):
                yield block
    except OSError:
        raise CsvFileError(
            QT_TRANSLATE_NOOP("errors", "The file {file} could not be read."), file=path.name
        ) from None


def _line_chunks(path: Path) -> Iterator[bytes]:
    """The file in pieces cut after a newline where there is one (so words and UTF-8 sequences
    are never cut), else anywhere outside a UTF-8 sequence. At most 2 x CHUNK bytes held."""
    carry = b""
    for block in _blocks(path):
        data = carry + block
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            cut = len(data)
            for back in range(1, min(4, len(data)) + 1):
                if data[-back] < 0x80:
                    break
                if data[-back] >= 0xC0:  # a lead byte: keep its sequence for the next piece
                    cut = len(data) - back
                    break
        carry = data[cut:]
        if cut:
            yield data[:cut]
    if carry:
        yield carry


# --- byte classes -------------------------------------------------------------------------------

_VALID_UTF8 = (
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_OR_STRAY = re.compile(rb"(?:" + _VALID_UTF8 + rb")|([\x80-\xff])")

# Windows-1252 seen as Western European text. Letters used in French, Spanish, Portuguese,
# Italian, German, Dutch, Nordic languages:
_W_LETTER = rb"\x8c\x9c\xc0-\xcf\xd1-\xd6\xd8-\xdc\xdf-\xef\xf1-\xf6\xf8-\xfc\xff"
# Letters those languages (almost) never use, but other encodings' letters land on:
# Shift-JIS lead bytes (‚ ƒ), Mac Roman accents (ˆ Š Ž ˜ š ž Ÿ), Turkish ğ ı ş İ Ş Ğ (ð ý þ Ý Þ Ð)
_RARE = b"\x82\x83\x88\x8a\x8e\x98\x9a\x9e\x9f\xd0\xdd\xde\xf0\xfd\xfe"
_R_LETTER = re.escape(_RARE)
# Bytes Windows-1252 does not define (Shift-JIS, GBK, Big5 and Mac Roman text has them).
_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
# Symbols that do stand between two letters in Western text: quotes used as apostrophes
# (l’objet, l´objet), dashes, no-break space, soft hyphen, middle dot (Catalan l·l), and the
# ordinal signs of "N°inv", "nºinv", "1ªed".
_BETWEEN_OK = b"\x91\x92\x96\x97\xa0\xaa\xad\xb0\xb4\xb7\xba"
_NOT_SYMBOL_BYTES = _BETWEEN_OK + _RARE + _UNDEFINED + b"\x8c\x9c"
_ANY_LETTER = rb"A-Za-z" + _W_LETTER + _R_LETTER
# Symbols that are suspect between two letters (not × ÷: "H×L" is a French way to write sizes).
_SYMBOL = re.escape(bytes(b for b in range(0x80, 0xC0) if b not in _NOT_SYMBOL_BYTES))
# Every pattern starts with a plain class of high bytes and looks around afterwards: the regex
# engine then skips the (mostly ASCII) text between at C speed.
# An accented letter touching a Latin letter: the evidence for Western text.
_IN_LATIN_WORD = re.compile(rb"[" + _W_LETTER + rb"](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
# High letters with no Latin letter next to them: a word of another script (Arabic, Cyrillic,
# Greek, Hebrew, CJK) as Windows-1252 shows it. Three or more: no Western word looks like that.
_LONG_FOREIGN_WORD = re.compile(
    rb"["
    + _W_LETTER
    + _R_LETTER
    + rb"](?<!["
    + _ANY_LETTER
    + rb"].)["
    + _W_LETTER
    + _R_LETTER
    + rb"]{2,}+(?!["
    + _ANY_LETTER
    + rb"])"
)
_SHORT_FOREIGN_WORD = re.compile(
    rb"["
    + _W_LETTER
    + _R_LETTER
    + rb"](?<!["
    + _ANY_LETTER
    + rb"].)["
    + _W_LETTER
    + _R_LETTER
    + rb"](?!["
    + _ANY_LETTER
    + rb"])"
)
# A symbol wedged between two letters ("g³owa": Polish ł in Windows-1250; "ch‰teau": Mac Roman).
_WEDGED = re.compile(
    rb"[" + _SYMBOL + rb"](?<=[" + _ANY_LETTER + rb"].)(?=[" + _ANY_LETTER + rb"])"
)
_FIRST_HIGH = re.compile(rb"[\x80-\xff]")


def _not(members: bytes) -> bytes:
    return bytes(b for b in range(256) if b not in members)


# For counting bytes of a class at C speed: len(data.translate(None, _NOT_X)) deletes the others.
_NOT_HIGH = bytes(range(0x80))
_NOT_RARE = _not(_RARE)
_NOT_UNDEFINED = _not(_UNDEFINED)


def _count(pattern: re.Pattern[bytes], data: bytes) -> int:
    """Matches of ``pattern`` in ``data``, in slices so that findall's list stays small."""
    step = 64 * 1024
    return sum(len(pattern.findall(data, at, at + step)) for at in range(0, len(data), step))


@dataclass
class _WesternCounts:
    in_latin_words: int = 0  # accented letters inside Latin words (evidence)
    long_foreign_words: int = 0  # 3+ high letters alone: no Western language has them
    short_foreign_words: int = 0
    rare: int = 0
    wedged: int = 0
    undefined: int = 0

    def add(self, data: bytes) -> None:
        self.in_latin_words += _count(_IN_LATIN_WORD, data)
        self.long_foreign_words += _count(_LONG_FOREIGN_WORD, data)
        self.short_foreign_words += _count(_SHORT_FOREIGN_WORD, data)
        self.rare += len(data.translate(None, _NOT_RARE))
        self.wedged += _count(_WEDGED, data)
        self.undefined += len(data.translate(None, _NOT_UNDEFINED))

    def odd(self, utf8_sequences: int) -> int:
        return self.short_foreign_words + self.rare + self.wedged + utf8_sequences


@dataclass
class _Scan:
    high_bytes: int = 0
    utf8_sequences: int = 0  # valid multi-byte UTF-8 characters
    stray: int = 0  # bytes that are not part of valid UTF-8
    stray_lines: list[int] | None = None
    more_stray_lines: bool = False
    first_high_line: int = 0
    western: _WesternCounts | None = None


def _scan_bytes(path: Path, start: int) -> _Scan:
    scan = _Scan(stray_lines=[])
    assert scan.stray_lines is not None  # noqa: S101 - for mypy
    lines_before = 0
    skip = start
    for piece in _line_chunks(path):
        if skip:
            piece, skip = piece[skip:], max(0, skip - len(piece))
        high = len(piece.translate(None, _NOT_HIGH))
        if high:
            if not scan.first_high_line:
                pos = _FIRST_HIGH.search(piece).start()  # type: ignore[union-attr]
                scan.first_high_line = lines_before + piece.count(b"\n", 0, pos) + 1
            # Each byte that is not UTF-8 becomes one lone surrogate, which "ignore" drops.
            text = piece.decode("utf-8", errors="surrogateescape")
            stray = len(piece) - len(text.encode("utf-8", errors="ignore"))
            sequences = len(text) - len(text.encode("ascii", errors="ignore")) - stray
            del text
            scan.high_bytes += high
            scan.utf8_sequences += sequences
            scan.stray += stray
            if stray and not scan.more_stray_lines:
                _name_stray_lines(scan, piece, lines_before)
            if scan.stray:
                # Only needed once the file is known not to be pure UTF-8 (see module doc).
                if scan.western is None:
                    scan.western = _WesternCounts()
                scan.western.add(piece)
        lines_before += piece.count(b"\n")
    return scan


def _name_stray_lines(scan: _Scan, piece: bytes, lines_before: int) -> None:
    assert scan.stray_lines is not None  # noqa: S101 - for mypy
    for match in _UTF8_OR_STRAY.finditer(piece):
        if match.group(1) is None:
            continue
        line = lines_before + piece.count(b"\n", 0, match.start()) + 1
        if scan.stray_lines and scan.stray_lines[-1] == line:
            continue
        if len(scan.stray_lines) == MAX_LINES_NAMED:
            scan.more_stray_lines = True
            return
        scan.stray_lines.append(line)


# --- deciding ---------------------------------------------------------------------------------


def utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when ``sample`` (a file's start) is UTF-16 text without a
    byte-order mark, as some exports write it: a zero byte after (LE) or before (BE) nearly
    every character of text that is mostly ASCII (digits, separators, Latin letters), and
    none on the other side. A binary file does not show that pattern; an Arabic or Cyrillic
    sheet has enough separators, digits and line ends to (r11 review #4)."""
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even, odd = sample[0 : pairs * 2 : 2], sample[1 : pairs * 2 : 2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    for zeros, other, codec in (
        (zeros_odd, zeros_even, "utf-16-le"),
        (zeros_even, zeros_odd, "utf-16-be"),
    ):
        if zeros * 10 >= pairs * 3 and other == 0:
            return codec
    return None


def choose_encoding(path: Path, given: str | None, sample: bytes) -> EncodingChoice:
    """Decide how to read ``path`` (``sample`` is its start), or refuse.

    ``given``: the canonical codec name of ``--encoding``, if any. Reads the whole file once.
    Raises CsvFileError (the file is not valid text in ``given``; or UTF-8 but for a few bytes;
    or its encoding cannot be told with confidence), naming the lines concerned.
    """
    name = path.name
    if given is not None:
        codec = "utf-8-sig" if given == "utf-8" and sample.startswith(codecs.BOM_UTF8) else given
        _check_decodes(path, codec, sample, name, given=True)
        return EncodingChoice(
            codec, True, message(QT_TRANSLATE_NOOP("errors", "given with --encoding"))
        )
    if sample.startswith(codecs.BOM_UTF8):
        _check_utf8(path, name, len(codecs.BOM_UTF8))
        return EncodingChoice(
            "utf-8-sig",
            False,
            message(QT_TRANSLATE_NOOP("errors", "detected: UTF-8 byte-order mark")),
        )
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _check_decodes(path, "utf-16", sample, name, given=False)
        return EncodingChoice(
            "utf-16",
            False,
            message(QT_TRANSLATE_NOOP("errors", "detected: UTF-16 byte-order mark")),
        )
    scan = _check_utf8(path, name, 0)
    if scan.stray == 0:
        how = (
            message(QT_TRANSLATE_NOOP("errors", "detected: the whole file is valid UTF-8"))
            if scan.high_bytes
            else message(QT_TRANSLATE_NOOP("errors", "detected: the whole file is ASCII"))
        )
        return EncodingChoice("utf-8", False, how)
    western = scan.western
    assert western is not None  # noqa: S101 - set as soon as a stray byte is seen
    odd = western.odd(scan.utf8_sequences)
    if (
        western.undefined == 0
        and western.long_foreign_words == 0
        and western.in_latin_words > 0
        and odd * ODD_RATIO <= western.in_latin_words
    ):
        return EncodingChoice(
            "cp1252",
            False,
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "detected: not UTF-8, and its {count} accented letters all read as Western "
                    "European words",
                ),
                count=grouped(western.in_latin_words),
            ),
        )
    raise EncodingError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{file} is not UTF-8 text, and FieldKit cannot tell its encoding for sure (the first "
            "letters that are not plain ASCII are on line {line}).",
        ),
        message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Save it as CSV UTF-8 from your spreadsheet program, or give its encoding with "
                "--encoding, e.g. {examples}; check with --dry-run, which shows rows as read. "
                "Nothing was imported.",
            ),
            examples=ENCODING_EXAMPLES,
        ),
        file=name,
        line=scan.first_high_line,
    )


def _check_utf8(path: Path, name: str, start: int) -> _Scan:
    scan = _scan_bytes(path, start)
    mostly_utf8 = scan.utf8_sequences >= scan.stray or start > 0
    if scan.stray and mostly_utf8:
        assert scan.stray_lines is not None  # noqa: S101 - set by _scan_bytes
        template = (
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} has a UTF-8 byte-order mark but {count} byte(s) that are not UTF-8, on "
                "{lines}.",
            )
            if start > 0
            else QT_TRANSLATE_NOOP(
                "errors",
                "{file} is UTF-8 text except for {count} byte(s) that are not UTF-8, on {lines}.",
            )
        )
        raise EncodingError(
            template,
            QT_TRANSLATE_NOOP(
                "errors",
                "Correct the line(s) named (type the letters there again) and save the file as "
                "CSV UTF-8; or, if the whole file is in another encoding, give it with --encoding "
                "(check with --dry-run). Nothing was imported.",
            ),
            file=name,
            count=grouped(scan.stray),
            lines=_lines(scan.stray_lines, scan.more_stray_lines),
        )
    return scan


_BOMS = {
    "utf-16": ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")),
    "utf-32": ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")),
}


def _check_decodes(path: Path, codec: str, sample: bytes, name: str, *, given: bool) -> None:
    """The whole file must decode with ``codec``; else name the first lines that do not."""
    label = encoding_label(codec)
    skip = 0
    if codec in _BOMS:
        # Read with the byte order the mark gives: a mark is needed (Python refuses without).
        for bom, explicit in _BOMS[codec]:
            if sample.startswith(bom):
                codec, skip = explicit, len(bom)
                break
        else:
            # An EncodingError: the app says it beside its list of encodings, which offers the
            # byte orders (a message box named the CLI's option: r11 review #4).
            raise EncodingError(
                QT_TRANSLATE_NOOP(
                    "errors", "{file} does not start with a {encoding} byte-order mark."
                ),
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Give --encoding {little} (as Windows writes it) or {big} instead; "
                        "nothing was imported.",
                    ),
                    little=f"{codec}-le",
                    big=f"{codec}-be",
                ),
                file=name,
                encoding=label,
            )
    ascii_compatible = "\n,;".encode(codec, errors="replace") == b"\n,;"
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    bad: list[int] = []
    more = stop = False
    lines = 1
    for block in _blocks(path):
        data, skip = block[skip:], max(0, skip - len(block))
        while data and not stop:
            # Error positions count from the bytes the decoder still held, then ``data``.
            pending, flags = decoder.getstate()
            try:
                lines += decoder.decode(data).count("\n")
                break
            except UnicodeDecodeError as exc:
                held = pending + data
                prefix = held[: exc.start]
                lines += (
                    prefix.count(b"\n")
                    if ascii_compatible
                    else prefix.decode(codec, errors="replace").count("\n")
                )
                if not bad or bad[-1] != lines:
                    if len(bad) == MAX_LINES_NAMED:
                        more = True
                        break
                    bad.append(lines)
                data = held[max(exc.end, exc.start + 1) :]
                decoder.setstate((b"", flags))  # keeps a UTF-16 byte order already read
            except UnicodeError:
                # A codec's own complaint, without a position: name the line reached.
                if not bad or bad[-1] != lines:
                    bad.append(lines)
                stop = True
        if more or stop:
            break
    try:
        if not (more or stop):
            decoder.decode(b"", final=True)
    except UnicodeError:
        if not bad or bad[-1] != lines:
            bad.append(lines)
    if not bad:
        return
    hint = (
        message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Check --encoding (e.g. {examples}), or leave it out to detect the encoding; or "
                "correct those lines. Nothing was imported.",
            ),
            examples=ENCODING_EXAMPLES,
        )
        if given
        else QT_TRANSLATE_NOOP(
            "errors",
            "Correct those lines, or save the sheet again as CSV UTF-8. Nothing was imported.",
        )
    )
    raise EncodingError(
        QT_TRANSLATE_NOOP(
            "errors", "{file} is not valid {encoding} text: {lines} cannot be read as {encoding}."
        ),
        hint,
        file=name,
        encoding=label,
        lines=_lines(bad, more),
    )
