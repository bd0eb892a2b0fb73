"""Text in reports: Latin, Cyrillic and Arabic, shaped and in the right order (SPEC §9).

Reportlab wraps and draws left-to-right text well, and shapes Arabic with harfbuzz, but its own
right-to-left support needs a package that is not published (``rlbidi``). So:

- text with no right-to-left character is drawn directly when it fits on a line, else goes
  into a plain reportlab ``Paragraph`` (:class:`PlainText`);
- anything else goes into :class:`BidiParagraph`: the Unicode bidirectional algorithm
  (python-bidi, plus the bracket-pair rule N0 it leaves out) gives every character its
  embedding level. In a right-to-left report the paragraph level is right to left, whatever
  the first letter; there, commands, file names, dates and fingerprints are isolated so that
  each reads left to right as one unit (:func:`isolated_spans`). Words are wrapped in logical
  order; each line is then reordered (rule L2 of UAX #9) with words and same-level runs as
  units, and each right-to-left run holding Arabic is shaped by harfbuzz (joining forms,
  lam-alef, marks), which also lays its glyphs out right to left.

The shaped glyphs map back to Arabic presentation forms (the font keeps them in its cmap), and
each right-to-left run also carries its logical characters as invisible text for extractors
(see :func:`_draw_rtl`): pdftotext gives back Arabic words, marks included, in logical order.
Known limit of poppler's own reordering (not of the page): in a line that mixes directions,
punctuation or digits at the edge of a right-to-left run may come out on the other side.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from bidi import algorithm as _uba  # type: ignore[import-untyped, unused-ignore]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeFragWord
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from fieldkit.i18n import is_right_to_left

ELLIPSIS = "…"
RLM = "\u200f"
# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic extended, presentation forms,
# and the right-to-left historic scripts of plane 1.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
# Control characters other than newline and tab never reach the PDF (they may arrive in
# records imported from other vaults' bundles); bidi controls are dropped too, since levels
# are resolved here.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
# The same but the no-break space, which left-to-right text keeps: it glues the French colon
# to its label (« Total\u00a0: »), and neither a line nor the reader starts at « : ».
_BREAKING_SPACES = re.compile(r"[ \t\u2000-\u200a\u3000]+")
# Harfbuzz's default features minus discretionary ligatures, whose glyphs have no character
# of their own and would extract as private-use characters.
_FEATURES = {"kern": True, "liga": True, "dlig": False}


def clean(text: object) -> str:
    """A value as printable text: newlines normalised, control characters removed."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def truncate(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary when one is near, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.7:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def markup(text: str) -> str:
    """Reportlab paragraph markup for plain text (escaped; newlines kept)."""
    return escape(text).replace("\n", "<br/>")


def text_flowable(text: object, style: ParagraphStyle) -> Flowable:
    """A flowable for ``text`` in ``style``: PlainText, or a BidiParagraph when needed.

    In a right-to-left report (Arabic) every paragraph is aligned right, Latin ones too.
    """
    value = clean(text)
    if is_right_to_left() and style.alignment != TA_CENTER:
        style = _right_aligned(style)
    if has_rtl(value):
        return BidiParagraph(value, style)
    return PlainText(value, style)


def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(f"{style.name}_rtl", parent=style, alignment=TA_RIGHT)


class PlainText(Flowable):
    """Left-to-right text: drawn directly when it fits on one line, else a reportlab Paragraph.

    Most values in a report are one short line; skipping the paragraph parser for them is what
    makes an inventory of 10,000 objects take seconds rather than minutes. Both paths put the
    first baseline at the same place (one font size below the top) with the same leading.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = _BREAKING_SPACES.sub(" ", text).strip() if "\n" not in text else text
        self.style = style
        self._para: Paragraph | None = None
        self._one_line = False

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(markup(self.text), self.style)
        return self._para

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        self._one_line = "\n" not in self.text and (
            pdfmetrics.stringWidth(self.text, style.fontName, style.fontSize) <= availWidth
        )
        if self._one_line:
            self.width, self.height = availWidth, float(style.leading)
            return self.width, self.height
        self.width, self.height = self._paragraph().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self.wrap(availWidth, availHeight)
        if self._one_line:
            return [self] if availHeight >= self.height else []
        return list(self._paragraph().split(availWidth, availHeight))

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        if not self._one_line:
            self._paragraph().drawOn(self.canv, 0, 0)
            return
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        y = self.height - style.fontSize
        if style.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, y, self.text)
        elif style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, y, self.text)
        else:
            canvas.drawString(0, y, self.text)


# --- measuring and shaping ------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A run drawn as one string: already in visual order (and shaped, for Arabic)."""

    text: str  # a reportlab ShapedStr for shaped runs
    width: float
    level: int
    # For a right-to-left run: its logical text, drawn invisibly for text extraction
    # (see _draw_rtl).
    logical: str = ""


def _shape(text: str, font: str, size: float) -> tuple[str, float]:
    word = [pdfmetrics.stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)]
    shaped = shapeFragWord(word, features=_FEATURES)
    return shaped[1][1], float(shaped[0])


def make_piece(text: str, level: int, font: str, size: float) -> Piece:
    if level % 2 == 1:
        if _ARABIC.search(text):
            # Harfbuzz sees the script, shapes right to left and mirrors brackets itself.
            shaped, width = _shape(text, font, size)
            return Piece(shaped, width, level, text)
        # Right-to-left run without Arabic letters (brackets, punctuation, Hebrew): reverse
        # and mirror it here.
        visual = "".join(MIRRORED.get(c, c) for c in reversed(text))
        return Piece(visual, pdfmetrics.stringWidth(visual, font, size), level, text)
    return Piece(text, pdfmetrics.stringWidth(text, font, size), level)


def levels_of(text: str, base_level: int | None = None) -> tuple[int, list[int]]:
    """(paragraph level, one embedding level per character) by the Unicode bidi algorithm.

    In a right-to-left paragraph, the spans :func:`isolated_spans` finds are isolated as if
    wrapped in LRI…PDI: each counts as one neutral character outside, and reads left to right
    as a whole inside (rules X5a-X6a, BD13).
    """
    base = _uba.get_base_level(text) if base_level is None else base_level
    spans = isolated_spans(text) if base % 2 == 1 else []
    if not spans:
        return base, _resolve(text, base)
    # U+FFFC is a neutral (ON) like an isolate seen from outside.
    outer_text, start = [], 0
    for begin, end in spans:
        outer_text.append(text[start:begin] + "\ufffc")
        start = end
    outer_text.append(text[start:])
    outer = _resolve("".join(outer_text), base)
    inner_base = base + 1 if base % 2 == 1 else base + 2  # the next even level up
    # Outer characters keep their levels; each span gets its own, resolved left to right.
    levels: list[int] = []
    position = 0  # index into outer
    start = 0
    for begin, end in spans:
        levels.extend(outer[position : position + begin - start])
        position += begin - start + 1
        levels.extend(inner_base + level for level in _resolve(text[begin:end], 0))
        start = end
    levels.extend(outer[position:])
    return base, levels


def _resolve(text: str, base: int) -> list[int]:
    # Rule X9 drops boundary neutrals (soft hyphen, zero-width joiners) from python-bidi's
    # result: resolve without them, then give each the level of the character before it, so
    # one soft hyphen does not shift every level after it by one character.
    kept = [i for i, c in enumerate(text) if unicodedata.bidirectional(c) not in _X9_REMOVED]
    storage = _uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base % 2]
    _uba.get_embedding_levels("".join(text[i] for i in kept), storage)
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _resolve_brackets(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    resolved = [int(ch["level"]) for ch in storage["chars"]]
    if len(resolved) != len(kept):  # astral characters on narrow builds (cannot happen on 3.11)
        resolved = (resolved + [base] * len(kept))[: len(kept)]
    levels = [base] * len(text)
    for index, level in zip(kept, resolved, strict=True):
        levels[index] = level
    for index in range(1, len(text)):
        if unicodedata.bidirectional(text[index]) in _X9_REMOVED:
            levels[index] = levels[index - 1]
    return levels


_X9_REMOVED = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
_BRACKETS = {"(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u2329": "\u232a"}
_STRONG = {"L": "L", "R": "R", "AL": "R", "EN": "R", "AN": "R"}


def _resolve_brackets(storage: dict[str, Any]) -> None:
    """Rule N0 of UAX #9, which python-bidi's Python algorithm leaves out: a bracket pair
    takes the direction of the text inside it (or of the text before it), so "Demo vault
    (FieldKit museum)" keeps both its brackets on the Latin side in an Arabic sentence."""
    for run in storage["runs"]:
        start, length = run["start"], run["length"]
        chars = storage["chars"][start : start + length]
        if not chars:
            continue
        embedding = "R" if chars[0]["level"] % 2 else "L"
        pairs: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for i, char in enumerate(chars):
            if char["type"] != "ON":
                continue
            ch = char["ch"]
            if ch in _BRACKETS:
                if len(stack) == 63:  # BD16: stop looking for pairs
                    break
                stack.append((_BRACKETS[ch], i))
            else:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == ch:
                        pairs.append((stack[depth][1], i))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            inside = {_STRONG.get(c["type"]) for c in chars[opening + 1 : closing]}
            if embedding in inside:
                direction = embedding
            elif inside & {"L", "R"}:
                before = run["sor"]
                for c in reversed(chars[:opening]):
                    if c["type"] in _STRONG:
                        before = _STRONG[c["type"]]
                        break
                direction = before if before != embedding else embedding
            else:
                continue
            chars[opening]["type"] = chars[closing]["type"] = direction


# Spans that read left to right as one unit in a right-to-left paragraph: the fingerprint
# people compare group by group, dates, long hexadecimal digests, and commands, options and
# file names (a run of Latin words holding at least one code word).
_FINGERPRINT = r"\d{5}(?: \d{5}){2,}"
_DATE = (
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?UTC)?(?:[+-]\d{2}:\d{2}|Z)?)?"
)
_HEX = r"[0-9A-Fa-f]{16,}"
_FIXED = re.compile(rf"(?<![\w-])(?:{_FINGERPRINT}|{_DATE}|{_HEX})(?![\w-])")
# A word made of Latin letters, digits, code punctuation and <placeholders with spaces>.
_LATIN_WORD = re.compile(r"(?:<[^<>\n]{1,40}>|[A-Za-z0-9_.\-/\\'<>:=~+*@])+")
_CODE_WORD = re.compile(r"-{1,2}[A-Za-z]|<[^<>]+>|[/\\]|[A-Za-z0-9_]\.[A-Za-z0-9]|^\.[A-Za-z]")
_TRAILING = ".,;:!?"
# Words to wrap at. A fingerprint is one, never split over two lines (people compare it group
# by group with what the sender reads out), and so is a "<bundle id>" placeholder in a command.
_WORD = re.compile(rf"[^\s\d]*{_FINGERPRINT}\S*|\S*<[^<>\n]{{1,40}}>\S*|\S+")
_OPENERS = "([{«\u200e\u200f"
_CLOSERS = ")]}»\u060c\u061b\u200e\u200f"  # and the Arabic comma and semicolon


def isolated_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the spans to isolate left to right, sorted and not overlapping."""
    spans = [m.span() for m in _FIXED.finditer(text)]
    runs: list[list[tuple[int, int]]] = []  # consecutive Latin words, one space apart
    for match in _LATIN_WORD.finditer(text):
        begin, end = match.span()
        # Whole words only: "b.fkid" in "(b.fkid)" or ".fkb" before an Arabic comma count.
        if begin > 0 and not (text[begin - 1].isspace() or text[begin - 1] in _OPENERS):
            continue
        if end < len(text) and not (text[end].isspace() or text[end] in _CLOSERS):
            continue
        if runs and text[runs[-1][-1][1] : begin] == " ":
            runs[-1].append((begin, end))
        else:
            runs.append([(begin, end)])
    for words in runs:
        if not any(_CODE_WORD.search(text[a:b]) for a, b in words):
            continue
        begin, end = words[0][0], words[-1][1]
        while end > begin and text[end - 1] in _TRAILING:  # the sentence's own full stop
            end -= 1
        spans.append((begin, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for begin, end in spans:
        if merged and begin < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged


@dataclass
class _Word:
    chars: list[tuple[str, int]]  # logical order, with levels
    pieces: list[Piece]  # logical order of runs
    width: float
    space_level: int  # level of the space before this word


def _group(chars: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Consecutive characters of the same level, as runs."""
    groups: list[tuple[str, int]] = []
    for char, level in chars:
        if groups and groups[-1][1] == level:
            groups[-1] = (groups[-1][0] + char, level)
        else:
            groups.append((char, level))
    return groups


def _word(chars: list[tuple[str, int]], font: str, size: float, space_level: int) -> _Word:
    pieces = [make_piece(text, level, font, size) for text, level in _group(chars)]
    return _Word(chars, pieces, sum(p.width for p in pieces), space_level)


def _words(text: str, levels: Sequence[int], font: str, size: float) -> list[_Word]:
    words: list[_Word] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        chars = list(zip(text[start:end], levels[start:end], strict=True))
        space_level = levels[start - 1] if start > 0 else levels[start]
        words.append(_word(chars, font, size, space_level))
    return words


def _break_word(word: _Word, width: float, font: str, size: float) -> list[_Word]:
    """A word wider than the line, cut into parts that fit (never before a combining mark).

    Each part is shaped on its own, so Arabic letters at a cut take their final/initial forms.
    """
    parts: list[_Word] = []
    current: list[tuple[str, int]] = []
    estimate = 0.0  # unshaped widths: cheap, and joined Arabic forms are not wider
    for char, level in word.chars:
        char_width = pdfmetrics.stringWidth(char, font, size)
        if current and not unicodedata.combining(char) and estimate + char_width > width:
            parts.append(_word(current, font, size, word.space_level if not parts else level))
            current, estimate = [], 0.0
        current.append((char, level))
        estimate += char_width
    if current:
        parts.append(_word(current, font, size, word.space_level if not parts else current[0][1]))
    return parts


def visual_order(units: list[Piece]) -> list[Piece]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run at or
    above that level."""
    if not units:
        return units
    highest = max(u.level for u in units)
    lowest_odd = min((u.level for u in units if u.level % 2 == 1), default=highest + 1)
    order = list(units)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level >= level:
                j = i
                while j < len(order) and order[j].level >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]  # visual order, spaces included
    width: float
    base: int


def layout_lines(text: str, font: str, size: float, width: float) -> list[Line]:
    """Wrap ``text`` (newlines start new paragraphs) into lines of at most ``width`` points."""
    lines: list[Line] = []
    space = pdfmetrics.stringWidth(" ", font, size)
    for paragraph in clean(text).split("\n"):
        paragraph = _SPACES.sub(" ", paragraph).strip()
        if not paragraph:
            lines.append(Line((), 0.0, 0))
            continue
        # In a right-to-left report every paragraph reads right to left, including one that
        # starts with a Latin word ("Object ID complete…", a vault name): the first strong
        # character would lay its clauses out left to right.
        base, levels = levels_of(paragraph, 1 if is_right_to_left() else None)
        words: list[_Word] = []
        for word in _words(paragraph, levels, font, size):
            words.extend(_break_word(word, width, font, size) if word.width > width else [word])
        current: list[_Word] = []
        used = 0.0
        for word in words:
            extra = word.width + (space if current else 0.0)
            if current and used + extra > width + 0.01:
                lines.append(_line(current, base, space))
                current, used = [], 0.0
                extra = word.width
            current.append(word)
            used += extra
        if current:
            lines.append(_line(current, base, space))
    return lines


def _line(words: Sequence[_Word], base: int, space: float) -> Line:
    units: list[Piece] = []
    for i, word in enumerate(words):
        if i:
            units.append(Piece(" ", space, word.space_level))
        units.extend(word.pieces)
    return Line(tuple(visual_order(units)), sum(u.width for u in units), base)


def draw_line(canvas: Canvas, line: Line, x: float, y: float, font: str, size: float) -> None:
    """Draw a laid-out line with its left edge at ``x`` and baseline at ``y``."""
    canvas.setFont(font, size)
    previous_rtl = False
    for piece in line.pieces:
        rtl = piece.level % 2 == 1
        # Spaces are not drawn and mark nothing: a mark in the space after a Latin run sat
        # on that run's last letter.
        if piece.text != " ":
            if rtl != previous_rtl and (rtl or line.base % 2 == 1):
                # A mark at both edges of a right-to-left run (the right one only in a
                # right-to-left line). Without the right one, poppler's reading order took
                # the sentence's closing « ). » into the option before it: « .)--vault »,
                # which reads « vault--) » once pasted (r13 retest #7).
                _mark_rtl_start(canvas, x, y, font, size)
            previous_rtl = rtl
        if piece.logical:
            _draw_rtl(canvas, piece, x, y, font, size)
        elif piece.text != " ":
            canvas.drawString(x, y, piece.text)
        x += piece.width


def _mark_rtl_start(canvas: Canvas, x: float, y: float, font: str, size: float) -> None:
    """An invisible right-to-left mark just left of ``x`` (an edge of a right-to-left run),
    for extractors.

    Poppler reads a line from its left edge, and in a page mostly in Latin script it reverses
    only the stretch that starts with a right-to-left letter: a bracket or full stop ending
    the run (drawn at its left edge) would otherwise come out on the wrong side. In a
    right-to-left line it takes every character that is not right to left into the Latin
    run beside it: a mark at the run's right edge too keeps its punctuation out.
    """
    width = pdfmetrics.stringWidth(RLM, font, size)
    canvas.saveState()
    text = canvas.beginText(x - width, y)
    text.setFont(font, size)
    text.setTextRenderMode(3)
    text.textOut(RLM)
    canvas.drawText(text)
    canvas.restoreState()


def _draw_rtl(canvas: Canvas, piece: Piece, x: float, y: float, font: str, size: float) -> None:
    """A right-to-left run, drawn so that text extraction gets its characters right.

    What a viewer shows are the shaped glyphs in visual order: mirrored brackets, joined
    forms, and marks (tanwin, shadda…) as zero-width glyphs placed over their letters.
    Extractors such as poppler rebuild words from glyph positions and reverse right-to-left
    words: a mark inside its letter splits the word, and a mirrored bracket comes out
    backwards. So the visible glyphs are wrapped in an empty ActualText span (extractors skip
    them, viewers draw them), and the run's logical characters are drawn again, invisibly
    (render mode 3), over the same width in visual order: unshaped, unmirrored, every mark
    with a width of its own (see resources/fonts/make_fonts.py).
    """
    canvas.addLiteral("/Span <</ActualText ()>> BDC")
    canvas.drawString(x, y, piece.text)
    canvas.addLiteral("EMC")
    chars = piece.logical[::-1]
    natural = pdfmetrics.stringWidth(chars, font, size)
    canvas.saveState()  # render mode and scaling are graphics state: restore them after
    text = canvas.beginText(x, y)
    text.setFont(font, size)
    text.setTextRenderMode(3)
    if natural > 0:
        text.setHorizScale(100.0 * piece.width / natural)
    text.textOut(chars)
    canvas.drawText(text)
    canvas.restoreState()


def single_line(text: object, font: str, size: float, max_width: float) -> Line:
    """``text`` on one line, shortened with an ellipsis if it is wider than ``max_width``."""
    value = _SPACES.sub(" ", clean(text).replace("\n", " ")).strip()
    candidate = value
    while True:
        lines = layout_lines(candidate, font, size, 1e9)
        line = lines[0] if lines else Line((), 0.0, 0)
        if line.width <= max_width or len(candidate) <= 1:
            return line
        keep = max(1, int(len(candidate) * max_width / line.width) - 1)
        if keep >= len(candidate) - 1:
            keep = len(candidate) - 2
        candidate = value[:keep].rstrip() + ELLIPSIS


class BidiParagraph(Flowable):
    """A paragraph with right-to-left text: wrapped, reordered and shaped (see module doc).

    Uses the font, size, leading, colour, alignment and spacing of a ParagraphStyle. A line
    whose paragraph is right to left is aligned right (unless the style centres it).
    """

    def __init__(self, text: str, style: ParagraphStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._for_width: float | None = None if lines is None else -1.0
        self.width = 0.0
        self.height = 0.0

    def _layout(self, width: float) -> list[Line]:
        if self._lines is None or (self._for_width not in (-1.0, width)):
            self._lines = layout_lines(
                self.text, self.style.fontName, self.style.fontSize, max(width, 1.0)
            )
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        first = BidiParagraph(self.text, self.style, lines[:fit])
        rest = BidiParagraph(self.text, self.style, lines[fit:])
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        lines = self._layout(self.width)
        y = self.height - style.fontSize
        for line in lines:
            if style.alignment == TA_CENTER:
                x = (self.width - line.width) / 2
            elif line.base % 2 == 1 or style.alignment == TA_RIGHT:
                x = self.width - line.width
            else:
                x = 0.0
            draw_line(canvas, line, x, y, style.fontName, style.fontSize)
            y -= style.leading
