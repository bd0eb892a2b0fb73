"""Object ID sheets (SPEC §9 `object-id`): one page per object, to hand to police or customs.

Each sheet has the institution, the inventory number, the title, a QR code of the object's id,
the main photograph and up to three others, the Object ID completeness, the nine Object ID
categories in the standard's order (missing ones said to be missing), the description and what
else identifies the object, then its damage reports, the latest first (date, severity, urgency,
agents). Internal and sensitive fields — current location, coordinates,
salvage priority, significance, notes — are left out: the sheet is meant to leave the
institution. An object whose text runs past one page continues on the next; the next object
always starts on a new page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from fieldkit.i18n import QT_TRANSLATE_NOOP, is_right_to_left, join_list, translate
from fieldkit.records import fields as F
from fieldkit.records import observed_time
from fieldkit.records.completeness import OBJECT_ID_CATEGORIES
from fieldkit.records.custody_queries import shown_statuses
from fieldkit.records.service import RecordNotFoundError, Records, RecordView
from fieldkit.reports import labels as L
from fieldkit.reports.images import PhotoSource
from fieldkit.reports.layout import (
    OK,
    PANEL,
    PORTRAIT_WIDTH,
    RULE,
    WARN,
    Cancel,
    FieldRow,
    FittedImage,
    Progress,
    ReportResult,
    build_pdf,
    conflict_notice,
    imprint_of,
    qr_code,
    record_footer,
    row_table,
    styles,
    table_style,
    typed_record,
)
from fieldkit.reports.text import text_flowable, truncate
from fieldkit.vault.vault import Vault

TITLE = QT_TRANSLATE_NOOP("reports", "Object ID")
DAMAGE_HEADING = QT_TRANSLATE_NOOP("reports", "Damage reports")
DAMAGE_ROWS = 8
OTHER_FIELDS = (
    "place_of_origin",
    "related_written_material",
    "cross_references",
    "date_documented",
    "red_list_category",
    "status",
)
MAIN_PHOTO_PX = 1600
DETAIL_PHOTO_PX = 700
MAX_DETAILS = 3
PHOTO_HEIGHT = 78 * mm
EMPTY_PHOTO_HEIGHT = 28 * mm


def object_id_report(
    vault: Vault,
    ids: Sequence[str],
    output: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """Write Object ID sheets for ``ids`` (ids, id prefixes or inventory numbers) to ``output``.

    Every id is resolved before anything is written. Raises RecordNotFoundError or
    AmbiguousIdError (naming which id), CancelledError, and the storage errors of writing.
    ``progress(done, total)`` counts objects laid out.
    """
    records = Records(vault)
    views = _resolve(records, ids)
    photos = PhotoSource(vault)
    story: list[Flowable] = []
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story.extend(_sheet(records, photos, view))
    pages = build_pdf(
        output,
        story,
        title=TITLE,
        imprint=imprint_of(vault, now),
        units=len(views),
        progress=progress,
        cancel=cancel,
    )
    return ReportResult(Path(output), pages, len(views), tuple(photos.problems))


def _resolve(records: Records, ids: Sequence[str]) -> list[RecordView]:
    views: list[RecordView] = []
    seen: set[str] = set()
    for typed in ids:
        view = typed_record(records, typed, F.OBJECT)
        if view.deleted:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("errors", "The object {typed} was deleted."), typed=typed
            )
        if view.record_id not in seen:
            seen.add(view.record_id)
            views.append(view)
    if not views:
        raise RecordNotFoundError(
            QT_TRANSLATE_NOOP("errors", "No object was given."),
            QT_TRANSLATE_NOOP("errors", "Give at least one id or inventory number."),
        )
    return views


def main_and_details(
    media: Sequence[dict[str, Any]],
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The main photo (the first overall view, else the first photo) and the others."""
    if not media:
        return None, []
    main = next((m for m in media if m.get("role") == "overall"), media[0])
    return main, [m for m in media if m is not main]


def caption_of(entry: dict[str, Any]) -> str:
    role = L.value_label(entry.get("role", ""))
    caption = str(entry.get("caption") or "").strip()
    # A caption that only repeats the role ("Overall view") is not printed twice.
    if not caption or caption.casefold() == role.casefold():
        return role
    return f"{role}: {caption}"


def number_and_title(fields: Mapping[str, Any]) -> list[Flowable]:
    """An object's inventory number and title, large: the heading of its sheet and of a damage
    report on it."""
    s = styles()
    number = fields.get("inventory_number") or translate("reports", "no inventory number")
    title = fields.get("title") or translate("reports", "(untitled)")
    return [
        text_flowable(truncate(str(number), 80), s["inventory"]),
        text_flowable(truncate(str(title), 400), s["title"]),
    ]


def value_flowable(kind: str, name: str, value: Any, limit: int | None = None) -> Flowable:
    """A field's value as printed (cut to ``limit`` characters), or "not recorded"."""
    s = styles()
    text = L.format_value(kind, name, value)
    if not text:
        return text_flowable(translate("reports", "not recorded"), s["missing"])
    return text_flowable(text if limit is None else truncate(text, limit), s["value"])


def field_row(kind: str, fields: Mapping[str, Any], name: str) -> FieldRow:
    """A field's label and its value (or "not recorded"), as one row."""
    return FieldRow(L.field_label(kind, name), value_flowable(kind, name, fields.get(name)))


def _header(view: RecordView, width: float) -> Flowable:
    s = styles()
    fields = view.fields
    qr_size = 30 * mm
    left: list[Flowable] = [text_flowable(translate("reports", "OBJECT ID"), s["kicker"])]
    if fields.get("institution"):
        left.append(text_flowable(truncate(str(fields["institution"]), 200), s["body"]))
    left.extend(number_and_title(fields))
    right: list[Flowable] = [
        qr_code(view.record_id, qr_size),
        # The id on two lines, cut after a hyphen, rather than wherever the width ends.
        text_flowable(f"{view.record_id[:19]}\n{view.record_id[19:]}", s["caption"]),
    ]
    table = row_table(
        [left, right],
        [width - qr_size - 6 * mm, qr_size + 6 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ],
    )
    return table


def _photos(photos: PhotoSource, view: RecordView, width: float) -> list[Flowable]:
    """The main photo, with up to three others in a column beside it (so that a complete
    record still fits on one page)."""
    s = styles()
    main, others = main_and_details(view.media)
    details = others[:MAX_DETAILS]
    # Without any photo, a smaller box still says so: the sheet stays on one page.
    height = PHOTO_HEIGHT if main is not None else EMPTY_PHOTO_HEIGHT
    main_width = width if not details else width * 0.66
    picture = photos.photo(main["sha256"], MAIN_PHOTO_PX) if main else None
    left: list[Flowable] = [
        FittedImage(
            picture,
            main_width,
            height,
            translate("reports", "No photograph of this object is recorded"),
        )
    ]
    if main is not None:
        left += [Spacer(1, 1.2 * mm), text_flowable(truncate(caption_of(main), 240), s["caption"])]
    out: list[Flowable] = [Spacer(1, 3 * mm)]
    if not details:
        out.extend(left)
    else:
        gap = 5 * mm
        column = width - main_width - gap
        caption_room = 10.0
        # The details share the main photo's height: one detail gets all of it.
        box = (height - (len(details) - 1) * 2 * mm) / len(details) - caption_room
        right: list[Flowable] = []
        for i, entry in enumerate(details):
            if i:
                right.append(Spacer(1, 2 * mm))
            right.append(FittedImage(photos.photo(entry["sha256"], DETAIL_PHOTO_PX), column, box))
            right.append(text_flowable(truncate(caption_of(entry), 60), s["caption"]))
        out.append(
            row_table(
                [left, right],
                [main_width + gap, column],
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), gap),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ],
            )
        )
    if len(others) > MAX_DETAILS:
        out.append(
            text_flowable(
                translate(
                    "reports",
                    "%n more photograph(s) are recorded in the vault.",
                    "",
                    len(others) - MAX_DETAILS,
                ),
                s["small_muted"],
            )
        )
    return out


def _completeness(view: RecordView) -> Flowable:
    s = styles()
    # Counted as the app counts them ("10 of 10"): the Object ID categories and an overall
    # photograph, each one item.
    total = len(OBJECT_ID_CATEGORIES) + 1
    done = total - len(view.missing)
    if not view.missing:
        text = translate(
            "reports",
            "Object ID complete: {done} of {total} — the {categories} Object ID categories and "
            "an overall photograph are recorded.",
        ).format(done=done, total=total, categories=len(OBJECT_ID_CATEGORIES))
        color = OK
    else:
        names = join_list(L.category_label(m) for m in view.missing)
        text = translate(
            "reports", "Object ID incomplete: {done} of {total} — missing: {names}."
        ).format(done=done, total=total, names=names)
        color = WARN
    style = s["body"].clone("completeness", textColor=color, fontName=s["label"].fontName)
    return text_flowable(text, style)


def _cross_references(records: Records, ids: Sequence[str]) -> str:
    parts = []
    for ref in ids:
        try:
            other = records.get(str(ref), F.OBJECT)
        except RecordNotFoundError:
            parts.append(str(ref))
            continue
        number = other.fields.get("inventory_number") or other.record_id[:8]
        title = truncate(str(other.fields.get("title") or ""), 80)
        parts.append(f"{number} — {title}" if title else str(number))
    return join_list(parts, semicolon=True)


def with_shown_status(records: Records, view: RecordView) -> RecordView:
    """``view`` with the status the app's list shows (the custody status that overrides the
    person's, e.g. "missing" after a check-in), as the printed lists now say it: a sheet said
    "In storage" for an object the list showed missing (r12 trial)."""
    shown = shown_statuses(records.db, [view.record_id]).get(view.record_id)
    if not shown or shown == view.fields.get("status"):
        return view
    return dataclasses.replace(view, fields={**view.fields, "status": shown})


def _sheet(records: Records, photos: PhotoSource, view: RecordView) -> list[Flowable]:
    s = styles()
    width = PORTRAIT_WIDTH
    view = with_shown_status(records, view)
    fields = view.fields
    story: list[Flowable] = [_header(view, width)]
    story.extend(_photos(photos, view, width))
    story.append(Spacer(1, 3 * mm))
    story.append(_completeness(view))
    if view.in_conflict:
        story.append(
            conflict_notice(
                translate(
                    "reports",
                    "This record has conflicting edits not yet resolved; the automatic merge is "
                    "printed.",
                )
            )
        )
    story.append(text_flowable(translate("reports", "Object ID"), s["heading"]))
    for name, _label in OBJECT_ID_CATEGORIES:
        story.append(field_row(F.OBJECT, fields, name))
    story.append(field_row(F.OBJECT, fields, "description"))
    others = [n for n in OTHER_FIELDS if fields.get(n)]
    if others:
        rows: list[Flowable] = []
        for name in others:
            value = fields[name]
            if name == "cross_references" and isinstance(value, list):
                flowable = text_flowable(_cross_references(records, value), s["value"])
            else:
                flowable = value_flowable(F.OBJECT, name, value)
            rows.append(FieldRow(L.field_label(F.OBJECT, name), flowable))
        story.append(
            KeepTogether(
                [text_flowable(translate("reports", "Other information"), s["heading"]), rows[0]]
            )
        )
        story.extend(rows[1:])
    story.extend(_damage_reports(records, view))
    story.extend(record_footer(view.record_id, view.head_rev))
    return story


def _damage_reports(records: Records, view: RecordView) -> list[Flowable]:
    """The object's living damage reports, latest first, one line each (date observed,
    severity, urgency, agents): the sheet listed none, and a conservator following a
    deterioration had nothing to compare (r14 UI trial #5). None: nothing is added. The
    latest DAMAGE_ROWS only, so that the sheet grows by a few lines, not pages."""
    reports = sorted(
        records.list(F.DAMAGE, object_id=view.record_id),
        key=lambda report: observed_time.report_key(report.fields),
        reverse=True,
    )
    if not reports:
        return []
    s = styles()
    names = ("observed_at", "severity", "urgency", "agents")
    rows: list[list[Any]] = [
        [text_flowable(L.field_label(F.DAMAGE, n), s["cell_bold"]) for n in names]
    ]
    for report in reports[:DAMAGE_ROWS]:
        cells = []
        for name in names:
            text = L.format_value(F.DAMAGE, name, report.fields.get(name))
            style = s["cell"] if text else s["small_muted"]
            cells.append(text_flowable(text or translate("reports", "not recorded"), style))
        rows.append(cells)
    width = PORTRAIT_WIDTH
    widths = [0.26 * width, 0.17 * width, 0.17 * width, 0.40 * width]
    if is_right_to_left():
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PANEL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out: list[Flowable] = [
        KeepTogether([text_flowable(translate("reports", DAMAGE_HEADING), s["heading"]), table])
    ]
    if len(reports) > DAMAGE_ROWS:
        more = translate(
            "reports",
            "%n earlier damage report(s) are recorded in the vault.",
            "",
            len(reports) - DAMAGE_ROWS,
        )
        out.append(text_flowable(more, s["small_muted"]))
    return out
