"""Damage reports (SPEC §9 `damage`): for files, insurers and funding requests.

One damage report: what was damaged (the object's summary and photo, or the site), the
assessment (severity, extent, certainty, urgency) up front, the event, the agents of
deterioration and damage types, the actions taken and recommended, the remaining hazards, and
the report's photographs with their captions. Fields not recorded are shown as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldkit.i18n import QT_TRANSLATE_NOOP, fill, join_list, message, translate
from fieldkit.records import fields as F
from fieldkit.records import observed_time
from fieldkit.records.service import RecordNotFoundError, Records, RecordView
from fieldkit.reports import labels as L
from fieldkit.reports.images import PhotoSource
from fieldkit.reports.layout import (
    BAD,
    INK,
    PANEL,
    PORTRAIT_WIDTH,
    WARN,
    Cancel,
    FieldRow,
    FittedImage,
    Progress,
    ReportResult,
    build_pdf,
    conflict_notice,
    format_iso,
    imprint_of,
    record_footer,
    row_table,
    styles,
)
from fieldkit.reports.object_id import (
    caption_of,
    field_row,
    main_and_details,
    number_and_title,
    value_flowable,
    with_shown_status,
)
from fieldkit.reports.text import text_flowable, truncate
from fieldkit.vault.vault import Vault

TITLE = QT_TRANSLATE_NOOP("reports", "Damage report")
EARLIER = QT_TRANSLATE_NOOP("reports", "Earlier reports on this object: {reports}.")
MORE = QT_TRANSLATE_NOOP("errors", "{listed} and {count} more")
EARLIER_SHOWN = 6  # the latest ones: one line, two at most
PHOTO_PX = 1200
_ALARM = {"severe": BAD, "destroyed": BAD, "moderate": WARN, "immediate": BAD, "high": WARN}
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("reports", "Event"),
        ("event_type", "event_date_from", "event_date_to", "event_description"),
    ),
    (QT_TRANSLATE_NOOP("reports", "Damage"), ("agents", "damage_types", "description")),
    (
        QT_TRANSLATE_NOOP("reports", "Actions"),
        ("actions_taken", "recommended_actions", "remaining_hazards"),
    ),
)


def find_damage_report(records: Records, typed: str) -> tuple[RecordView, str | None]:
    """The damage report ``typed`` names; or, if it names an object, that object's latest one.

    Returns (report, note): the note says which report was chosen for an object. Raises
    RecordNotFoundError or AmbiguousIdError.
    """
    try:
        view = records.get(typed, F.DAMAGE)
    except RecordNotFoundError:
        try:
            obj = records.get(typed, F.OBJECT)
        except RecordNotFoundError:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No damage report or object has this id or inventory number ({typed}).",
                ),
                QT_TRANSLATE_NOOP("errors", "Check the id (`fieldkit damage list` shows them)."),
                typed=typed,
            ) from None
        reports = records.list(
            F.DAMAGE, object_id=obj.record_id, order_by="observed_at", descending=True
        )
        if not reports:
            raise RecordNotFoundError(
                QT_TRANSLATE_NOOP("errors", "The object {typed} has no damage report."),
                QT_TRANSLATE_NOOP("errors", "Add one with `fieldkit damage add --object ID`."),
                typed=typed,
            ) from None
        # The latest instant, not the greatest text: times carry their UTC offsets
        # (fieldkit.records.observed_time). max() keeps the first of equal keys, so ties
        # still go to the report the text order puts first.
        view = max(reports, key=lambda report: observed_time.report_key(report.fields))
        when = view.fields.get("observed_at") or message(
            QT_TRANSLATE_NOOP("errors", "date not recorded")
        )
        note = QT_TRANSLATE_NOOP(
            "errors", "{typed} is an object: its most recent damage report ({when}) was printed."
        )
        return view, message(note, typed=typed, when=when)
    if view.deleted:
        raise RecordNotFoundError(
            QT_TRANSLATE_NOOP("errors", "The damage report {typed} was deleted."), typed=typed
        )
    return view, None


def damage_report(
    vault: Vault,
    damage_id: str,
    output: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """Write the damage report ``damage_id`` (or an object's latest one) to ``output``.

    Raises RecordNotFoundError, AmbiguousIdError, CancelledError and the storage errors of
    writing; nothing is written when the id is not found.
    """
    records = Records(vault)
    view, note = find_damage_report(records, damage_id)
    obj: RecordView | None = None
    object_id = view.fields.get("object_id")
    if object_id:
        try:
            obj = with_shown_status(records, records.get(str(object_id), F.OBJECT))
        except RecordNotFoundError:
            obj = None
    photos = PhotoSource(vault)
    story = _story(view, obj, photos, _earlier(records, view, obj))
    pages = build_pdf(
        output,
        story,
        title=TITLE,
        imprint=imprint_of(vault, now),
        units=1,
        progress=progress,
        cancel=cancel,
    )
    warnings = ([note] if note else []) + photos.problems
    return ReportResult(Path(output), pages, 1, tuple(warnings))


def _earlier(records: Records, view: RecordView, obj: RecordView | None) -> list[RecordView]:
    """The object's living reports observed before ``view``, oldest first: a conservator
    following a deterioration had to find and open each one (r14 UI trial #5)."""
    if obj is None:
        return []
    own = observed_time.report_key(view.fields)
    others = [
        other
        for other in records.list(F.DAMAGE, object_id=obj.record_id)
        if other.record_id != view.record_id and "" < observed_time.report_key(other.fields) < own
    ]
    return sorted(others, key=lambda other: observed_time.report_key(other.fields))


def earlier_line(earlier: Sequence[RecordView], shown: int = EARLIER_SHOWN) -> str:
    """« Earlier reports on this object: 10 Oct 2026 (Moderate), … », the latest ``shown``."""
    parts = []
    for other in earlier[-shown:]:
        day = format_iso(str(other.fields.get("observed_at") or "")[:10])
        severity = other.fields.get("severity")
        parts.append(f"{day} ({L.value_label(severity)})" if severity else day)
    listed = join_list(parts)
    if len(earlier) > shown:
        listed = fill(translate("errors", MORE), MORE, listed=listed, count=len(earlier) - shown)
    return fill(translate("reports", EARLIER), EARLIER, reports=listed)


def _heading(view: RecordView, obj: RecordView | None) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [text_flowable(translate("reports", "DAMAGE REPORT"), s["kicker"])]
    if obj is not None and obj.deleted:
        # Its report stays (it is the record of the damage) but must not read as an object
        # still held: printed unmarked, it did (r13 UI trial #18).
        # Cut before the mark is added, so that a long title cannot push it off.
        title = truncate(str(obj.fields.get("title") or translate("reports", "(untitled)")), 300)
        marked = translate("reports", "{title} (object deleted)").format(title=title)
        out.extend(number_and_title({**obj.fields, "title": marked}))
        out.append(
            conflict_notice(
                translate(
                    "reports",
                    "This object was deleted from the vault; its damage report is kept and "
                    "printed as it was recorded.",
                )
            )
        )
    elif obj is not None:
        out.extend(number_and_title(obj.fields))
    elif view.fields.get("object_id"):
        out.append(text_flowable(translate("reports", "Object not in this vault"), s["title"]))
        out.append(text_flowable(str(view.fields["object_id"]), s["small_muted"]))
    else:
        site = view.fields.get("site") or translate("reports", "site not recorded")
        text = translate("reports", "Site: {site}").format(site=site)
        out.append(text_flowable(truncate(text, 400), s["title"]))
    return out


def _assessment(view: RecordView, width: float) -> Flowable:
    s = styles()
    cells = []
    for name in ("severity", "extent", "certainty", "urgency"):
        value = view.fields.get(name)
        color = _ALARM.get(str(value), INK)
        big = s["title"].clone(f"assess_{name}", fontSize=12.5, leading=16, textColor=color)
        cells.append(
            [
                text_flowable(L.field_label(F.DAMAGE, name).upper(), s["kicker"]),
                text_flowable(
                    L.value_label(value) if value else translate("reports", "not recorded"), big
                ),
            ]
        )
    return row_table(
        cells,
        [width / 4] * 4,
        [
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ],
    )


def _object_summary(obj: RecordView, photos: PhotoSource, width: float) -> Flowable:
    rows: list[Flowable] = []
    for name in (
        "inventory_number",
        "title",
        "object_type",
        "institution",
        "status",
        "salvage_priority",
    ):
        flowable = value_flowable(F.OBJECT, name, obj.fields.get(name), 300)
        rows.append(FieldRow(L.field_label(F.OBJECT, name), flowable, label_width=34 * mm))
    main, _ = main_and_details(obj.media)
    thumb = photos.thumbnail(main["sha256"]) if main else None
    box = 38 * mm
    return row_table(
        [rows, FittedImage(thumb, box, box, translate("reports", "No photograph"))],
        [width - box - 5 * mm, box + 5 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (1, 0), 5 * mm),
        ],
    )


def _photo_grid(view: RecordView, photos: PhotoSource, width: float) -> list[Flowable]:
    """Two photographs a row, each row its own table: the "Photographs" heading is kept with
    the first row, and a page breaks only between rows."""
    s = styles()
    if not view.media:
        return [
            text_flowable(
                translate("reports", "No photographs are attached to this damage report."),
                s["missing"],
            )
        ]
    gap = 6 * mm
    cell = (width - gap) / 2
    cells: list[list[Flowable]] = []
    for entry in view.media:
        cells.append(
            [
                FittedImage(photos.photo(entry["sha256"], PHOTO_PX), cell, 62 * mm),
                Spacer(1, 1.2 * mm),
                text_flowable(truncate(caption_of(entry), 300), s["caption"]),
            ]
        )
    if len(cells) % 2:
        cells.append([])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    return [
        row_table(
            row,
            [cell + gap, cell],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ],
        )
        for row in rows
    ]


def _story(
    view: RecordView,
    obj: RecordView | None,
    photos: PhotoSource,
    earlier: Sequence[RecordView] = (),
) -> list[Flowable]:
    s = styles()
    width = PORTRAIT_WIDTH
    fields = view.fields
    story: list[Flowable] = [*_heading(view, obj), Spacer(1, 3 * mm), _assessment(view, width)]
    story.append(Spacer(1, 2 * mm))
    for name in ("observed_at", "assessor"):
        story.append(field_row(F.DAMAGE, fields, name))
    if earlier:
        story += [Spacer(1, 1.5 * mm), text_flowable(earlier_line(earlier), s["small"])]
    if fields.get("site"):
        story.append(field_row(F.DAMAGE, fields, "site"))
    if obj is not None:
        summary = _object_summary(obj, photos, width)
        story.append(
            KeepTogether([text_flowable(translate("reports", "Object"), s["heading"]), summary])
        )
    for title, names in SECTIONS:
        rows = [field_row(F.DAMAGE, fields, name) for name in names]
        story.append(
            KeepTogether([text_flowable(translate("reports", title), s["heading"]), rows[0]])
        )
        story.extend(rows[1:])
    grid = _photo_grid(view, photos, width)
    # Never a heading alone at the foot of a page: it moves over with the first row of photos.
    story.append(
        KeepTogether([text_flowable(translate("reports", "Photographs"), s["heading"]), grid[0]])
    )
    story.extend(grid[1:])
    if view.in_conflict:
        story.append(
            conflict_notice(
                translate(
                    "reports",
                    "This report has conflicting edits not yet resolved; the automatic merge is "
                    "printed.",
                )
            )
        )
    story.extend(record_footer(view.record_id, view.head_rev))
    return story
