"""The evacuation / inventory list (SPEC §9 `inventory`): what to pack first, and a box to tick.

Objects are sorted by salvage priority (1 first, unset last), then by inventory number in
natural order (INV-2 before INV-10). Each row has a packing check box, the thumbnail, the
inventory number, title, type, location (unless redacted), status, salvage priority and the
severity of the object's most recent damage report. The first page says who prepared the list,
when, from which vault, with which filters, and the totals; every page repeats the column
headings and says "page N of M"; the last lines are for the packers' sign-off.

Built for 10,000 objects and more: one light flowable per row (no table to re-split on every
page), thumbnails embedded once per photo, progress and cancel per row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldkit.duplicates import links as duplicate_links
from fieldkit.errors import CancelledError
from fieldkit.i18n import QT_TRANSLATE_NOOP, is_right_to_left, join_list, message, number, translate
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records import observed_time
from fieldkit.records.service import Records, RecordView
from fieldkit.records.vocabularies import SALVAGE_PRIORITIES, SEVERITY, STATUS
from fieldkit.reports import fonts
from fieldkit.reports import labels as L
from fieldkit.reports.images import PhotoSource
from fieldkit.reports.layout import (
    INK,
    MARGIN,
    MUTED,
    RULE,
    Cancel,
    FittedImage,
    PageSetup,
    Picture,
    Progress,
    ReportDoc,
    ReportResult,
    build_pdf,
    imprint_of,
    styles,
)
from fieldkit.reports.object_id import main_and_details
from fieldkit.reports.text import draw_line, layout_lines, single_line, text_flowable, truncate
from fieldkit.vault.vault import Vault

TITLE = QT_TRANSLATE_NOOP("reports", "Evacuation and inventory list")
PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN
THUMB = 10.5 * mm
PAD = 1.3 * mm  # above and below each row's content
CELL_GAP = 3 * mm
HEADING_HEIGHT = 7 * mm
HEADING_SIZE = 7.4  # points, the column headings' bold
LIMITS = {"inventory_number": 80, "title": 300, "object_type": 160, "current_location": 200}


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    width: float


def columns(redact_locations: bool) -> list[Column]:
    """The list's columns; without locations, the title gets their width."""
    location = 46 * mm
    cols = [
        Column("check", translate("reports", "Packed"), 12 * mm),
        Column("thumb", translate("reports", "Photo"), THUMB + CELL_GAP),
        Column("inventory_number", translate("reports", "Inventory no."), 30 * mm),
        Column("title", translate("reports", "Title"), 0.0),
        Column("object_type", translate("reports", "Type"), 42 * mm),
        Column("current_location", translate("reports", "Location"), location),
        Column("status", translate("reports", "Status"), 21 * mm),
        Column("salvage_priority", translate("reports", "Priority"), 15 * mm),
        Column("severity", translate("reports", "Last damage"), 20 * mm),
    ]
    if redact_locations:
        cols = [c for c in cols if c.key != "current_location"]
    # A narrow column is at least as wide as its heading: "Packed" printed "Pack…" in 12 mm,
    # and the Ukrainian headings are longer still. The title gives up what this takes.
    fonts.register()
    cols = [Column(c.key, c.heading, max(c.width, _heading_width(c.heading))) for c in cols]
    # A status or severity label wraps at its spaces, never inside a word: the column holds
    # the longest word of any label ("фондосховищі" was cut in 21 mm without a hyphen).
    cols = [
        Column(c.key, c.heading, max(c.width, _longest_word(VOCABULARIES[c.key]) + CELL_GAP))
        if c.key in VOCABULARIES
        else c
        for c in cols
    ]
    fixed = sum(c.width for c in cols)
    cols = [Column(c.key, c.heading, WIDTH - fixed) if c.key == "title" else c for c in cols]
    # Right to left, the list reads from the right: the check box column comes first there.
    return cols[::-1] if is_right_to_left() else cols


VOCABULARIES: dict[str, tuple[str, ...]] = {"status": STATUS, "severity": SEVERITY}


def _longest_word(values: Sequence[str]) -> float:
    """The width of the widest word of these values' labels, in the cells' font."""
    style = styles()["cell"]
    words = {word for value in values for word in L.value_label(value).split()}
    widths = [
        line.width
        for word in words
        for line in layout_lines(word, style.fontName, style.fontSize, 1e9)[:1]
    ]
    return max(widths, default=0.0)


def _heading_width(heading: str) -> float:
    """The width a column needs to show ``heading`` whole (as :func:`_draw_headings` sets it)."""
    lines = layout_lines(heading, fonts.BOLD, HEADING_SIZE, 1e9)
    return (lines[0].width if lines else 0.0) + CELL_GAP


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """INV-2 before INV-10: digits compare as numbers, the rest without case."""
    parts = re.split(r"(\d+)", text)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold()) for p in parts if p)


def sort_key(view: RecordView) -> tuple[Any, ...]:
    priority = view.fields.get("salvage_priority")
    return (
        priority if isinstance(priority, int) else 99,
        natural_key(str(view.fields.get("inventory_number") or "")),
        str(view.fields.get("title") or "").casefold(),
        view.record_id,
    )


def last_damage_severity(records: Records) -> dict[str, str]:
    """Object id → severity of its most recent damage report (by observation instant). The
    reports of a record merged into an object (a "same object" decision) are that object's,
    as in exports (exports/source.py): a severely damaged object is never listed as
    undamaged because its damage was documented on the duplicate."""
    latest: dict[str, tuple[str, str, str]] = {}
    for report in records.list(F.DAMAGE):
        object_id = report.fields.get("object_id")
        severity = report.fields.get("severity")
        if not object_id or not severity:
            continue
        # Instants, not text: a time written at -05:00 can be later than one at +00:00
        # that sorts after it as text (fieldkit.records.observed_time).
        key = (observed_time.report_key(report.fields), report.hlc, str(severity))
        if object_id not in latest or key > latest[object_id]:
            latest[object_id] = key
    db = records.vault.db
    if latest and duplicate_links.any_links(db):
        same = duplicate_links.canonical_map(db, list(latest))
        for merged, into in same.items():
            key = latest.pop(merged)
            if into not in latest or key > latest[into]:
                latest[into] = key
    return {object_id: key[2] for object_id, key in latest.items()}


class InventoryRow(Flowable):
    """One object: its cells side by side, a rule below. Rows never split across pages."""

    fk_unit = True

    def __init__(
        self,
        cols: Sequence[Column],
        cells: dict[str, Flowable],
        picture: Picture | None,
        has_photo: bool,
    ) -> None:
        super().__init__()
        self.cols = cols
        self.cells = cells
        self.picture = picture
        self.has_photo = has_photo
        self._heights: dict[str, float] = {}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        tallest = THUMB
        for col in self.cols:
            cell = self.cells.get(col.key)
            if cell is not None:
                _, h = cell.wrap(col.width - CELL_GAP, availHeight)
                self._heights[col.key] = h
                tallest = max(tallest, h)
        self.width, self.height = availWidth, tallest + 2 * PAD
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - PAD
        x = 0.0
        rtl = is_right_to_left()  # the gap between cells falls on their left
        for col in self.cols:
            if col.key == "check":
                box = 3.6 * mm
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.8)
                canvas.rect(x + 1.5 * mm, top - box - 0.5, box, box, stroke=1, fill=0)
            elif col.key == "thumb":
                image = FittedImage(
                    self.picture,
                    THUMB,
                    THUMB,
                    translate("reports", "no photo") if not self.has_photo else "—",
                )
                image.wrap(THUMB, THUMB)
                image.drawOn(canvas, x + (CELL_GAP if rtl else 0), top - THUMB)
            else:
                cell = self.cells.get(col.key)
                if cell is not None:
                    cell.drawOn(canvas, x + (CELL_GAP if rtl else 0), top - self._heights[col.key])
            x += col.width
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.35)
        canvas.line(0, 0, self.width, 0)


def _cells(
    view: RecordView,
    severity: str | None,
    cols: Sequence[Column],
    shown: tuple[dict[str, str], dict[str, str]] = ({}, {}),
) -> dict[str, Flowable]:
    """``shown``: the status the app's list shows and where the chain of custody places each
    object (:func:`fieldkit.records.custody_queries.shown_statuses`, ``shown_places``), by id.
    The record's own fields say what a person last set: printed, a list said "In storage",
    location "—", for an object the app showed missing (r12 trial)."""
    s = styles()
    fields = dict(view.fields)
    statuses, places = shown
    if view.record_id in statuses:
        fields["status"] = statuses[view.record_id]
    if view.record_id in places:
        fields["current_location"] = places[view.record_id]
    cells: dict[str, Flowable] = {}
    for col in cols:
        key = col.key
        if key in ("check", "thumb"):
            continue
        if key == "severity":
            text = L.value_label(severity) if severity else "—"
        elif key == "salvage_priority":
            text = str(fields.get(key) or "—")  # the legend on the first page says what 1-4 mean
        elif key in LIMITS:
            text = truncate(L.format_value(F.OBJECT, key, fields.get(key)), LIMITS[key]) or "—"
        else:
            text = L.format_value(F.OBJECT, key, fields.get(key)) or "—"
        style = s["cell_bold"] if key in ("inventory_number", "salvage_priority") else s["cell"]
        cells[key] = text_flowable(text, style)
    return cells


def _filters_text(status: Sequence[str], priority: Sequence[int], redact_locations: bool) -> str:
    parts = []
    if status:
        parts.append(
            translate("reports", "status {values}").format(
                values=join_list(L.value_label(v) for v in status)
            )
        )
    if priority:
        parts.append(
            translate("reports", "salvage priority {values}").format(
                values=join_list(str(p) for p in priority)
            )
        )
    if not parts:
        text = translate("reports", "Filters: none (every object in the vault).")
    else:
        text = translate("reports", "Filters: {filters}.").format(
            filters=join_list(parts, semicolon=True)
        )
    if redact_locations:
        text += " " + translate(
            "reports",
            "Locations are left out; free-text fields (titles, types) are not scrubbed of place "
            "names.",
        )
    return text


def _totals_text(views: Sequence[RecordView]) -> str:
    counts = Counter(v.fields.get("salvage_priority") for v in views)
    parts = [
        translate("reports", "priority {number}: {count}").format(
            number=p, count=number(counts.get(p, 0))
        )
        for p in SALVAGE_PRIORITIES
    ]
    unset = sum(n for k, n in counts.items() if k not in SALVAGE_PRIORITIES)
    parts.append(translate("reports", "not set: {count}").format(count=number(unset)))
    with_photo = sum(1 for v in views if v.media)
    parts.append(
        translate("reports", "with a photograph: {count}").format(count=number(with_photo))
    )
    objects = translate("reports", "%n object(s)", "", len(views)).replace(
        str(len(views)), number(len(views)), 1
    )
    return f"{objects} — " + " · ".join(parts)


def priority_legend() -> str:
    """Salvage priority: 1 = save first, 2 = high, … (in the report's language)."""
    meanings = join_list(
        f"{p} = {L.value_label(p).split(' – ', 1)[-1]}" for p in SALVAGE_PRIORITIES
    )
    return translate("reports", "Salvage priority: {meanings}.").format(meanings=meanings)


class _TitleBlock:
    """The first page's heading, drawn by the page template above the column headings."""

    def __init__(self, lines: list[Flowable]) -> None:
        self.lines = lines
        self.heights = [f.wrap(WIDTH, 10_000)[1] for f in lines]
        self.height = sum(self.heights) + 3 * mm

    def draw(self, canvas: Canvas, top: float) -> None:
        y = top
        for flowable, height in zip(self.lines, self.heights, strict=True):
            y -= height
            flowable.drawOn(canvas, MARGIN, y)


def _draw_headings(canvas: Canvas, cols: Sequence[Column], top: float) -> None:
    canvas.saveState()
    canvas.setFont(fonts.BOLD, HEADING_SIZE)
    canvas.setFillColor(MUTED)
    x = MARGIN
    baseline = top - HEADING_HEIGHT + 2.4 * mm
    for col in cols:
        # Shaped and reordered like all report text (Arabic headings would not join otherwise).
        line = single_line(col.heading, fonts.BOLD, HEADING_SIZE, col.width - CELL_GAP)
        shift = col.width - line.width if is_right_to_left() else 0.0
        draw_line(canvas, line, x + shift, baseline, fonts.BOLD, HEADING_SIZE)
        x += col.width
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top - HEADING_HEIGHT, MARGIN + WIDTH, top - HEADING_HEIGHT)
    canvas.restoreState()


def inventory_report(
    vault: Vault,
    output: Path,
    *,
    status: Sequence[str] = (),
    priority: Sequence[int] = (),
    redact_locations: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """Write the evacuation/inventory list of the vault's objects to ``output``.

    ``status`` and ``priority`` keep only objects with one of those values (empty: all);
    ``redact_locations`` leaves the location column out. ``progress(done, total)`` counts rows
    laid out; ``cancel()`` is polled every few rows. Raises ValidationError for an unknown
    status or priority, CancelledError (nothing written), and the storage errors of writing.
    """
    for value in status:
        if value not in STATUS:
            raise F.ValidationError(
                "status",
                message(
                    QT_TRANSLATE_NOOP("errors", "{field} must be one of: {choices}."),
                    field="status",
                    choices=", ".join(STATUS),
                ),
            )
    for chosen in priority:
        if chosen not in SALVAGE_PRIORITIES:
            raise F.ValidationError(
                "salvage_priority",
                message(QT_TRANSLATE_NOOP("errors", "salvage priority must be from 1 to 4.")),
            )
    records = Records(vault)
    filters: dict[str, Any] = {}
    if status:
        filters["status"] = list(status)
    if priority:
        filters["salvage_priority"] = [int(p) for p in priority]
    views = sorted(records.list(F.OBJECT, **filters), key=sort_key)
    if cancel is not None and cancel():
        raise CancelledError(QT_TRANSLATE_NOOP("errors", "Cancelled; no report was written."))
    severities = last_damage_severity(records)
    ids = [v.record_id for v in views]
    shown = (C.shown_statuses(vault.db, ids), C.shown_places(vault.db, ids))
    imprint = imprint_of(vault, now)
    s = styles()
    cols = columns(redact_locations)
    institutions = sorted(
        {str(v.fields["institution"]) for v in views if v.fields.get("institution")}
    )
    if len(institutions) == 1:
        where = institutions[0]
    elif institutions:
        where = translate("reports", "%n institution(s)", "", len(institutions))
    elif imprint.organisation:
        # The organisation given when the vault was made (`fieldkit init --org`), as the
        # evacuation permission prints it: « institution not recorded » stood one line above
        # « prepared by coord (National Museum) » (r14 UI trial 2 #4).
        where = imprint.organisation
    else:
        where = translate("reports", "institution not recorded")
    vault_name = imprint.vault_name or translate("reports", "(unnamed vault)")
    if imprint.organisation:
        vault_name += f" ({imprint.organisation})"
    prepared = translate(
        "reports", "Prepared by {vault} on {date} · identity {fingerprint}"
    ).format(vault=vault_name, date=imprint.date_text, fingerprint=imprint.display_fingerprint)
    title = _TitleBlock(
        [
            text_flowable(translate("reports", TITLE), s["title"]),
            text_flowable(truncate(where, 300), s["body"]),
            text_flowable(prepared, s["small"]),
            text_flowable(_filters_text(status, priority, redact_locations), s["small"]),
            text_flowable(priority_legend(), s["small"]),
            text_flowable(
                translate("reports", "Total: {totals}").format(totals=_totals_text(views)),
                s["cell_bold"],
            ),
        ]
    )

    def decorate(canvas: Canvas, doc: ReportDoc) -> None:
        top = PAGE[1] - MARGIN
        if doc.page == 1:
            title.draw(canvas, top)
            top -= title.height
        _draw_headings(canvas, cols, top)

    photos = PhotoSource(vault)
    story: list[Flowable] = []
    for index, view in enumerate(views):
        if cancel is not None and index % 500 == 0 and cancel():
            raise CancelledError(QT_TRANSLATE_NOOP("errors", "Cancelled; no report was written."))
        main, _ = main_and_details(view.media)
        picture = photos.thumbnail(main["sha256"]) if main else None
        cells = _cells(view, severities.get(view.record_id), cols, shown)
        story.append(InventoryRow(cols, cells, picture, main is not None))
    if not views:
        story.append(Spacer(1, 4 * mm))
        story.append(
            text_flowable(translate("reports", "No object matches these filters."), s["body"])
        )
    if story and views:
        # The totals and sign-off go with the last object: alone on a page, they sat under the
        # column headings of an empty table (r12 UI trial #9).
        # One flat KeepTogether: a nested one wraps as "too tall" and always broke the page.
        story[-1] = KeepTogether([story[-1], *_sign_off(views)])
    else:
        story.append(KeepTogether(_sign_off(views)))
    pages = build_pdf(
        output,
        story,
        title=TITLE,
        imprint=imprint,
        page=PageSetup(
            PAGE,
            header=HEADING_HEIGHT + 2 * mm,
            first_header=title.height + HEADING_HEIGHT + 2 * mm,
            decorate=decorate,
        ),
        units=len(views),
        progress=progress,
        cancel=cancel,
    )
    return ReportResult(Path(output), pages, len(views), tuple(photos.problems))


def _sign_off(views: Sequence[RecordView]) -> list[Flowable]:
    s = styles()
    line = "_" * 28
    return [
        Spacer(1, 4 * mm),
        text_flowable(
            translate("reports", "Total: {totals}").format(totals=_totals_text(views)),
            s["cell_bold"],
        ),
        Spacer(1, 3 * mm),
        text_flowable(
            translate("reports", "Packed: ________ of {count}").format(count=number(len(views))),
            s["body"],
        ),
        Spacer(1, 4 * mm),
        text_flowable(
            translate("reports", "Checked by: {line}    Date: {date}    Signature: {line}").format(
                line=line, date="_" * 14
            ),
            s["body"],
        ),
    ]
