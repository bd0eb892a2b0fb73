"""What every report shares: page, styles, footer with page numbers, and a few flowables.

Every page carries the footer "printed <date> by <owner>, identity <fingerprint>" and
"page N of M". The PDF is written through :func:`fieldkit.fsutil.atomic_writer`: a report is
either complete at its path or not there at all, never half written, and no other file is made.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fieldkit import __version__
from fieldkit.fsutil import atomic_writer
from fieldkit.i18n import (
    QT_TRANSLATE_NOOP,
    Text,
    fill,
    from_error,
    is_right_to_left,
    language,
    normalise,
    translate,
)
from fieldkit.records.service import RecordNotFoundError, Records, RecordView
from fieldkit.reports import fonts
from fieldkit.reports.text import draw_line, layout_lines, single_line, text_flowable
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter

MARGIN = 14 * mm
PORTRAIT_WIDTH = A4[0] - 2 * MARGIN  # the frame's width on an A4 portrait page
FOOTER_SIZE = 7.0
FOOTER_GAP = 6 * mm  # between the frame's bottom and the footer's baseline
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
RULE = colors.HexColor("#b8b8b8")
PANEL = colors.HexColor("#f2f2f2")
LABEL_DROP = 1.4  # value size minus label size
OK = colors.HexColor("#1e6b34")
WARN = colors.HexColor("#8a5a00")
BAD = colors.HexColor("#a31515")

Progress = ProgressSink  # the task contract's: phase "write", units of work laid out
Cancel = CancelCheck
WRITE = "write"
WRITING = QT_TRANSLATE_NOOP("progress", "Writing the report")
CANCELLED = QT_TRANSLATE_NOOP("errors", "Cancelled; no report was written.")
PageDecorator = Callable[[Canvas, "ReportDoc"], None]

_styles: dict[str, ParagraphStyle] = {}
_styles_lock = threading.Lock()


def styles() -> dict[str, ParagraphStyle]:
    """The report styles (registers the fonts on first use)."""
    with _styles_lock:
        if not _styles:
            fonts.register()
            r, b = fonts.REGULAR, fonts.BOLD

            def style(name: str, font: str, size: float, leading: float, **kw: Any) -> None:
                kw.setdefault("textColor", INK)
                _styles[name] = ParagraphStyle(
                    name, fontName=font, fontSize=size, leading=leading, **kw
                )

            # Leading is generous: Arabic marks reach well above and below Latin letters.
            style("title", b, 15, 20, spaceAfter=2)
            style("heading", b, 10.5, 14, spaceBefore=9, spaceAfter=3)
            style("kicker", b, 8, 10.5, textColor=MUTED)
            style("inventory", b, 19, 24)
            style("body", r, 9.2, 12.8)
            style("label", b, 7.8, 10.8, textColor=MUTED)
            style("value", r, 9.2, 12.8)
            style("small", r, 7.4, 10)
            style("small_muted", r, 7.4, 10, textColor=MUTED)
            style("missing", r, 8.6, 12, textColor=MUTED)
            style("cell", r, 7.8, 10.6)
            style("cell_bold", b, 7.8, 10.6)
            style("caption", r, 7.2, 9.8, textColor=MUTED, alignment=TA_CENTER)
            style("banner", b, 13, 17, alignment=TA_CENTER)
        return _styles


# --- who printed it -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Imprint:
    """When and from where a report was printed: the footer of each page."""

    printed_at: datetime
    vault_name: str | None = None
    organisation: str = ""
    fingerprint: str | None = None  # 64 hex digits
    display_fingerprint: str | None = None

    @property
    def date_text(self) -> str:
        return format_time(self.printed_at)

    def footer(self) -> str:
        if self.vault_name is None:
            return translate(
                "reports", "printed {date} by FieldKit {version}, no vault opened"
            ).format(date=self.date_text, version=__version__)
        # The vault's "name" is its owner's (the app asks "Your name"): « depuis le coffre
        # Amélie Durand » called a person a vault (r12 UI trial #9).
        return translate("reports", "printed {date} by {name}, identity {fingerprint}").format(
            date=self.date_text,
            name=self.vault_name or translate("reports", "(unnamed)"),
            fingerprint=self.display_fingerprint,
        )


def format_time(moment: datetime, lang: str | None = None) -> str:
    """When a report was printed: local time and its zone, as the app writes a moment (« 25
    nov. 2026, 14:03 UTC+2 »; English keeps "2026-11-25 14:03 UTC", see :func:`format_day`)."""
    return format_moment(moment.astimezone(), lang)


# Dates as the app shows them (fieldkit/gui/dates.py, Qt's locale data: the locale's order and
# abbreviated month names, Western digits in every language), for the core, which has no Qt:
# a damage report printed « Observé le 2026-11-14 09:00 » where the app shows « 14 nov. 2026,
# 09:00 » (r14 UI trial #6). tests/gui/test_reports_r14.py compares them with Qt's.
_MONTHS: dict[str, tuple[str, ...]] = {
    "fr": tuple("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()),
    "uk": tuple("січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.".split()),
    "ar": tuple(
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
    ),
}
# Ukrainian dates end with « р. » (рік), after a narrow no-break space, as Qt writes them.
_YEAR_SUFFIX = {"uk": "\u202fр."}
_AM_PM = {"ar": ("ص", "م")}  # Arabic's clock is 12-hour, as the app shows it
_JOIN = QT_TRANSLATE_NOOP("dates", "{date}, {time}")


def _lang(lang: str | None) -> str:
    return normalise(lang) or language()


def format_day(day: date, lang: str | None = None) -> str:
    """A day as the app shows it: « 14 nov. 2026 », « 14 лист. 2026 р. », « 14 نوفمبر 2026 ».

    English keeps the ISO form (2026-11-14) that its reports have always printed: unambiguous
    on paper read in several countries, where the app's "14 Nov 2026" would change documents
    already compared against earlier ones."""
    lang = _lang(lang)
    months = _MONTHS.get(lang)
    if months is None:
        return day.isoformat()
    return f"{day.day} {months[day.month - 1]} {day.year}{_YEAR_SUFFIX.get(lang, '')}"


def format_clock(moment: datetime, lang: str | None = None) -> str:
    """A time of day as the app shows it: "09:00"; Arabic « 9:00 ص »."""
    am_pm = _AM_PM.get(_lang(lang))
    if am_pm is None:
        return f"{moment:%H:%M}"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {am_pm[moment.hour >= 12]}"


def zone_text(moment: datetime) -> str:
    """A moment's time zone as people read it: "UTC", "UTC+2", "UTC-3:30"; "" when naive (a
    wall time where it was noted). Not "UTC+00:00" (r14 UI trial #6)."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = round(offset.total_seconds() / 60)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"  # the fonts have no U+2212 minus sign
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_moment(moment: datetime, lang: str | None = None) -> str:
    """A moment as written (its wall time, not converted), as the app shows one, then its zone
    when it has one: « 14 nov. 2026, 09:00 », "2026-11-14 09:00 UTC" in English."""
    lang = _lang(lang)
    day, clock = format_day(moment.date(), lang), format_clock(moment, lang)
    if lang in _MONTHS:
        text = fill(translate("dates", _JOIN, lang=lang), _JOIN, date=day, time=clock)
    else:
        text = f"{day} {clock}"
    zone = zone_text(moment)
    return f"{text} {zone}" if zone else text


def format_iso(value: object, lang: str | None = None) -> str:
    """A stored date ("2026-11-14") or date-time ("2026-11-14T09:00", with or without its
    offset) as printed; anything else as it is, so that nothing is hidden."""
    text = "" if value is None else str(value).strip()
    try:
        if _ISO_DAY.match(text):
            return format_day(date.fromisoformat(text), lang)
        if _ISO_MOMENT.match(text):
            return format_moment(datetime.fromisoformat(text.replace("Z", "+00:00")), lang)
    except ValueError:
        pass
    return text


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def imprint_of(vault: Any, now: datetime | None = None) -> Imprint:
    """The imprint of a report printed from an open vault (its name and identity)."""
    from fieldkit.identity import own

    identity = own.load(vault.db)
    info = vault.info()
    return Imprint(
        printed_at=now or datetime.now().astimezone(),
        vault_name=info.name,
        organisation=info.organisation,
        fingerprint=identity.fingerprint,
        display_fingerprint=identity.display_fingerprint,
    )


# --- document -------------------------------------------------------------------------------------


class _Ticker:
    """Progress and cancel, driven by flowables marked as units of work (``fk_unit``)."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = total
        self.done = 0
        self.reporter = Reporter(progress, cancel, cancelled_message=CANCELLED)
        if total:
            self.reporter.start(WRITE, total, Text("progress", WRITING))

    def check(self) -> None:
        self.reporter.check()

    def tick(self) -> None:
        self.done += 1
        if self.done % 25 == 0 or self.done == self.total:
            self.reporter.advance(self.done)
        if self.done % 10 == 0:
            self.check()

    def finish(self) -> None:
        self.reporter.finish()


@dataclass(frozen=True)
class PageSetup:
    """A report's pages: their size (A4, or landscape A4), and the points ``first_header`` and
    ``header`` reserve at the top of the first and later pages, where ``decorate`` draws (e.g.
    the inventory's title block and column headings)."""

    size: tuple[float, float] = A4
    header: float = 0.0
    first_header: float | None = None
    decorate: PageDecorator | None = None


PORTRAIT = PageSetup()


class ReportDoc(BaseDocTemplate):
    """Pages laid out as ``page`` says, with the imprint footer."""

    def __init__(
        self,
        fh: Any,
        *,
        title: str,
        imprint: Imprint,
        page: PageSetup = PORTRAIT,
        ticker: _Ticker | None = None,
    ) -> None:
        super().__init__(
            fh,
            pagesize=page.size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=title,
            author="FieldKit",
            creator=f"FieldKit {__version__}",
            subject=title,
        )
        self.imprint = imprint
        self.report_title = title
        self.decorate = page.decorate
        self.ticker = ticker
        first = page.header if page.first_header is None else page.first_header
        self.addPageTemplates(
            [
                PageTemplate("first", [self._frame("first", first)], onPage=self._on_page),
                PageTemplate("later", [self._frame("later", page.header)], onPage=self._on_page),
            ]
        )

    def _frame(self, name: str, header: float) -> Frame:
        return Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height - header,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, _ = self.pagesize
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y_rule = self.bottomMargin - FOOTER_GAP + FOOTER_SIZE + 3
        canvas.line(MARGIN, y_rule, width - MARGIN, y_rule)
        canvas.setFillColor(MUTED)
        page_space = 30 * mm  # "page 999 of 999" is drawn there when the total is known
        line = single_line(
            self.imprint.footer(), fonts.REGULAR, FOOTER_SIZE, self.width - page_space
        )
        rtl = is_right_to_left()
        # Right to left, the imprint and the kicker start at the right margin; the page
        # number moves to the left one.
        x = width - MARGIN - line.width if rtl else MARGIN
        draw_line(canvas, line, x, self.bottomMargin - FOOTER_GAP, fonts.REGULAR, FOOTER_SIZE)
        kicker = single_line(f"FieldKit · {self.report_title}", fonts.BOLD, FOOTER_SIZE, 90 * mm)
        x = width - MARGIN - kicker.width if rtl else MARGIN
        draw_line(canvas, kicker, x, self.pagesize[1] - MARGIN + 3 * mm, fonts.BOLD, FOOTER_SIZE)
        canvas.restoreState()
        if self.decorate is not None:
            self.decorate(canvas, self)
        if self.ticker is not None:
            self.ticker.check()

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.ticker is not None and getattr(flowable, "fk_unit", False):
            self.ticker.tick()


def _numbered_canvas(doc: ReportDoc, pages: list[int]) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "page N of M" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: every font in a report is embedded and covers Cyrillic and Arabic.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined, unused-ignore]  # what showPage does

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(fonts.REGULAR, FOOTER_SIZE)
                self.setFillColor(MUTED)
                width = doc.pagesize[0]
                text = translate("reports", "page {number} of {total}").format(
                    number=number, total=total
                )
                line = single_line(text, fonts.REGULAR, FOOTER_SIZE, 30 * mm)
                x = MARGIN if is_right_to_left() else width - MARGIN - line.width
                draw_line(self, line, x, doc.bottomMargin - FOOTER_GAP, fonts.REGULAR, FOOTER_SIZE)
                self.restoreState()
                Canvas.showPage(self)
            pages.append(total)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(
    output: Path,
    story: list[Flowable],
    *,
    title: str,
    imprint: Imprint,
    page: PageSetup = PORTRAIT,
    units: int = 0,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Lay out ``story`` and write it atomically to ``output``; returns the number of pages.

    Raises CancelledError (nothing written), DiskFullError, ReadOnlyMediumError, StorageError.
    """
    ticker = _Ticker(units, progress, cancel)
    ticker.check()
    pages: list[int] = []
    with atomic_writer(Path(output)) as fh:
        doc = ReportDoc(
            fh,
            title=translate("reports", title),
            imprint=imprint,
            page=page,
            ticker=ticker,
        )
        # After the first page, every page uses the "later" template.
        doc.build([NextPageTemplate("later"), *story], canvasmaker=_numbered_canvas(doc, pages))
    ticker.finish()
    return pages[0] if pages else 0


# --- flowables ------------------------------------------------------------------------------------


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells default to the report font (reportlab's default is Helvetica,
    which is not embedded and has no Cyrillic or Arabic)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


_MIRRORED = {
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
}


def _mirror_command(command: tuple[Any, ...], columns: int) -> tuple[Any, ...]:
    name, (c0, r0), (c1, r1), *rest = command

    def flip(c: int) -> int:
        return columns - 1 - (c if c >= 0 else columns + c)

    return (_MIRRORED.get(name, name), (flip(c1), r0), (flip(c0), r1), *rest)


def row_table(cells: list[Any], widths: list[float], commands: list[tuple[Any, ...]]) -> Table:
    """A one-row table of ``cells`` side by side; in a right-to-left report the columns, their
    widths, paddings and rules are mirrored (the first cell on the right)."""
    if is_right_to_left():
        columns = len(cells)
        cells, widths = cells[::-1], widths[::-1]
        commands = [_mirror_command(c, columns) for c in commands]
    return Table([cells], colWidths=widths, style=table_style(commands))


class FieldRow(Flowable):
    """A label and its value side by side, ruled below; the value may run onto the next page."""

    def __init__(
        self,
        label: str,
        value: Flowable,
        label_width: float = 42 * mm,
        gap: float = 3 * mm,
        pad: float = 2.2,
        rule: bool = True,
    ) -> None:
        super().__init__()
        self.label_text = label
        self.label = text_flowable(label, styles()["label"])
        self.value = value
        self.label_width = label_width
        self.gap = gap
        self.pad = pad
        self.rule = rule
        self._sizes = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, lh = self.label.wrap(self.label_width, availHeight)
        _, vh = self.value.wrap(availWidth - self.label_width - self.gap, availHeight)
        self._sizes = (lh, vh)
        self.width = availWidth
        self.height = max(lh + LABEL_DROP, vh) + 2 * self.pad
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        value_width = availWidth - self.label_width - self.gap
        parts = self.value.split(value_width, availHeight - 2 * self.pad)
        if len(parts) < 2:
            return []
        first = FieldRow(self.label_text, parts[0], self.label_width, self.gap, self.pad, False)
        rest_value: Flowable = parts[1] if len(parts) == 2 else _Stack(parts[1:])
        rest = FieldRow(
            translate("reports", "{label} (continued)").format(label=self.label_text),
            rest_value,
            self.label_width,
            self.gap,
            self.pad,
            self.rule,
        )
        return [first, rest]

    def draw(self) -> None:
        lh, vh = self._sizes
        top = self.height - self.pad
        # Labels are smaller than values: lower them so that the first baselines line up.
        # Right to left, the label sits on the right and the value to its left.
        rtl = is_right_to_left()
        label_x = self.width - self.label_width if rtl else 0
        value_x = 0 if rtl else self.label_width + self.gap
        self.label.drawOn(self.canv, label_x, top - lh - LABEL_DROP)
        self.value.drawOn(self.canv, value_x, top - vh)
        if self.rule:
            self.canv.setStrokeColor(RULE)
            self.canv.setLineWidth(0.35)
            self.canv.line(0, 0, self.width, 0)


class _Stack(Flowable):
    """Several flowables stacked (what remains of a value split into more than two parts)."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [p.wrap(availWidth, availHeight)[1] for p in self.parts]
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        first = self.parts[0].split(availWidth, availHeight)
        if len(first) < 2:
            return []
        return [first[0], _Stack([*first[1:], *self.parts[1:]])]

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)


@dataclass(frozen=True)
class Picture:
    """An image ready for the PDF (JPEG, upright, no metadata) and its size in pixels."""

    reader: ImageReader
    width: int
    height: int


class FittedImage(Flowable):
    """A picture scaled to fit a box without distortion, centred; or a labelled empty box."""

    def __init__(
        self,
        picture: Picture | None,
        box_width: float,
        box_height: float,
        empty_text: str = "No photograph",
        frame: bool = True,
    ) -> None:
        super().__init__()
        self.picture = picture
        self.box_width = box_width
        self.box_height = box_height
        self.empty_text = empty_text
        self.frame = frame

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.box_width, availWidth)
        self.height = self.box_height
        return self.width, self.height

    def placed(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the picture inside the box."""
        if self.picture is None:
            return 0.0, 0.0, self.width, self.height
        scale = min(self.width / self.picture.width, self.height / self.picture.height)
        w, h = self.picture.width * scale, self.picture.height * scale
        return (self.width - w) / 2, (self.height - h) / 2, w, h

    def draw(self) -> None:
        canvas = self.canv
        if self.picture is None:
            canvas.setStrokeColor(RULE)
            canvas.setFillColor(PANEL)
            canvas.setLineWidth(0.5)
            canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
            canvas.setFillColor(MUTED)
            size = 5.5 if self.height < 40 else 7.5 if self.height < 60 else 9
            # Wrapped on up to three lines: on one, the French « pas de photo » of a thumbnail
            # box was cut to « pas de… » (r11 UI trial 2 #15).
            lines = layout_lines(self.empty_text, fonts.REGULAR, size, self.width - 4)
            if not lines or len(lines) > 3 or any(ln.width > self.width - 4 for ln in lines):
                lines = [single_line(self.empty_text, fonts.REGULAR, size, self.width - 4)]
            leading = size * 1.2
            first = self.height / 2 - size / 3 + (len(lines) - 1) * leading / 2
            for n, line in enumerate(lines):
                draw_line(
                    canvas,
                    line,
                    (self.width - line.width) / 2,
                    first - n * leading,
                    fonts.REGULAR,
                    size,
                )
            return
        x, y, w, h = self.placed()
        canvas.drawImage(self.picture.reader, x, y, w, h)
        if self.frame:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.rect(x, y, w, h, stroke=1, fill=0)


class Banner(Flowable):
    """A coloured box with one centred statement (the certificate's result)."""

    def __init__(self, text: str, color: colors.Color, pad: float = 7.0) -> None:
        super().__init__()
        self.text = text
        self.color = color
        self.pad = pad
        style = ParagraphStyle("banner_in", parent=styles()["banner"], textColor=colors.white)
        self.inner = text_flowable(text, style)
        self._inner_height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, self._inner_height = self.inner.wrap(availWidth - 2 * self.pad, availHeight)
        self.width, self.height = availWidth, self._inner_height + 2 * self.pad
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFillColor(self.color)
        self.canv.roundRect(0, 0, self.width, self.height, 4, stroke=0, fill=1)
        self.inner.drawOn(self.canv, self.pad, self.pad)


def qr_code(value: str, size: float) -> Flowable:
    """A QR code of ``value`` (error correction M, with its quiet zone), ``size`` points wide.

    Reportlab's QR flowable draws its modules straight onto the canvas (its widget version
    would pull in Helvetica for the drawing's default font state).
    """
    from reportlab.graphics.barcode.qr import QrCode

    return QrCode(value, width=size, height=size, qrLevel="M", qrBorder=4)


class UnitDone(Flowable):
    """Marks the end of one unit of work (an object, a row) for progress and cancel."""

    fk_unit = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


@dataclass(frozen=True)
class ReportResult:
    """What a report function wrote."""

    path: Path
    pages: int
    items: int  # objects, damage reports or bundles in the report
    warnings: tuple[str, ...] = ()


def conflict_notice(sentence: str) -> Flowable:
    """The warning that a record in conflict is printed as its automatic merge (``sentence``,
    translated, names what the report prints)."""
    return text_flowable(sentence, styles()["body"].clone("conflict", textColor=WARN))


def record_footer(record_id: str, head_rev: str) -> list[Flowable]:
    """The last lines of a record's pages: which record and revision they print (a unit of
    the report's progress is done after them)."""
    return [
        Spacer(1, 3 * mm),
        text_flowable(
            translate("reports", "Record {id} · revision {revision}").format(
                id=record_id, revision=head_rev[:16]
            ),
            styles()["small_muted"],
        ),
        UnitDone(),
    ]


def typed_record(records: Records, typed: str, kind: str | None = None) -> RecordView:
    """The record a user typed (an id, its prefix or an inventory number) for a report; its
    problem names what was typed. Raises RecordNotFoundError or AmbiguousIdError."""
    try:
        return records.get(typed, kind)
    except RecordNotFoundError as exc:
        raise RecordNotFoundError(
            QT_TRANSLATE_NOOP("errors", "{problem} ({typed})"),
            exc.hint,
            problem=from_error(exc),
            typed=typed,
        ) from None
