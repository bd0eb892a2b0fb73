"""Evacuation and chain-of-custody documents (SPEC §4, §11 `fieldkit report …`), after ICCROM's
*First Aid to Cultural Heritage in Times of Crisis*:

- ``labels``: QR labels on A4 sheets for objects, containers and locations — the code (or
  inventory number) large, a short title, and a QR code holding the code alone;
- ``packing-list``: what a container holds, to put inside it, with check boxes;
- ``movement``: the movement-tracking form with its reconciliation at reception;
- ``evacuation-permission``: the written permission for a planned movement, with FAC's fields
  (number of people and of objects, destination and its coordinates, date, time and place)
  and signature lines;
- ``handover``: the custody-transfer certificate with both identities' fingerprints, or empty
  signature lines when only paper works.

Each is one function writing its PDF atomically (complete or absent). Addresses, coordinates
and transport are printed only on the documents meant to carry them (the permission and the
movement form), as the team needs them on the road.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, is_right_to_left, join_list, translate
from fieldkit.identity.fingerprint import display_form
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records import vocabulary_labels as V
from fieldkit.records.custody_chain import replay
from fieldkit.records.custody_handovers import handover_state
from fieldkit.records.custody_terms import CUSTODY_TERMS
from fieldkit.records.service import RecordNotFoundError, Records, RecordView
from fieldkit.reports import labels as L
from fieldkit.reports.layout import (
    BAD,
    OK,
    PANEL,
    PORTRAIT_WIDTH,
    RULE,
    WARN,
    Banner,
    FieldRow,
    ReportResult,
    build_pdf,
    format_clock,
    format_day,
    format_iso,
    imprint_of,
    qr_code,
    styles,
    table_style,
    typed_record,
    zone_text,
)
from fieldkit.reports.text import text_flowable, truncate
from fieldkit.vault.vault import Vault

LABEL_COLUMNS, LABEL_ROWS = 3, 7
LABEL_WIDTH = PORTRAIT_WIDTH / LABEL_COLUMNS
LABEL_HEIGHT = 37 * mm
LABEL_QR = 30 * mm
SIGN_LINE = "_" * 30

# The custody vocabulary (one table with the app's custody pages), and what a label is for when
# no kind is recorded.
_VOCABULARY = {
    **CUSTODY_TERMS,
    # what a label is for, when no kind is recorded
    "object": QT_TRANSLATE_NOOP("reports", "Object"),
    "container": QT_TRANSLATE_NOOP("reports", "Container"),
    "location": QT_TRANSLATE_NOOP("reports", "Location"),
}
_GENERIC = {"object", "container", "location"}


def _word(value: Any) -> str:
    """A custody vocabulary value in the report's language (the value itself if unknown)."""
    text = str(value)
    source = _VOCABULARY.get(text)
    if source:
        return translate("reports" if text in _GENERIC else "custody", source)
    if V.source(text):
        return V.value_label(text)
    return text.replace("_", " ").capitalize()


def _listed(values: Sequence[Any]) -> str:
    """Vocabulary values as a list: "Fragile, This way up" (Arabic: with the Arabic comma)."""
    return join_list(_word(v) for v in values)


def _mirrored(cells: list[Any], widths: list[float]) -> tuple[list[Any], list[float]]:
    """A table row and its widths, the first cell on the right in a right-to-left report."""
    if is_right_to_left():
        return cells[::-1], widths[::-1]
    return cells, widths


def _p(text: object, style: str = "value") -> Flowable:
    return text_flowable(text, styles()[style])


def _row(label: str, value: object) -> Flowable:
    return FieldRow(label, _p(value if value not in (None, "") else "—"))


# --- labels --------------------------------------------------------------------------------------


def _label_of(view: RecordView) -> tuple[str, str, str]:
    """(code printed and encoded, short title, what it is) of an object, container or location."""
    f = view.fields
    if view.kind == F.OBJECT:
        code = f.get("inventory_number") or view.record_id
        return str(code), str(f.get("title") or ""), _word("object")
    if view.kind == F.CONTAINER:
        marks = _listed(f.get("handling") or [])
        title = str(f.get("description") or "")
        what = _word(f.get("kind") or "container") + (f" · {marks}" if marks else "")
        return str(f["code"]), title, what
    if view.kind == F.LOCATION:
        return str(f["code"]), str(f.get("name") or ""), _word(f.get("kind") or "location")
    raise RecordNotFoundError(
        QT_TRANSLATE_NOOP("errors", "Labels are printed for objects, containers and locations.")
    )


class _CheckBox(Flowable):
    """An empty square to tick by hand (the fonts have no ballot-box glyph)."""

    def __init__(self, side: float = 3.4 * mm) -> None:
        super().__init__()
        self.width = self.height = side

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _code_style(code: str, width: float) -> ParagraphStyle:
    """The largest bold size (19 pt down to 8 pt) at which ``code`` fits on one line."""
    base = styles()["inventory"]
    size = 19.0
    while size > 8 and stringWidth(code, base.fontName, size) > width:
        size -= 0.5
    return ParagraphStyle(f"code{size}", parent=base, fontSize=size, leading=size * 1.25)


def when(value: Any) -> str:
    """A stored date-time as the app shows it, with its zone when it has one: « 14 mars 2026,
    09:30 UTC » (English "2026-03-14 09:30 UTC", UTC+2 for an offset)."""
    if not value:
        return "—"
    return format_iso(value)


def _day_and_time(value: Any) -> tuple[str, str]:
    """A stored date-time as the permission's two lines: the day, and the time with its zone
    ("" for what is not recorded or not a date)."""
    text = str(value or "").strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text, ""
    if "T" not in text and " " not in text:
        return format_day(parsed.date()), ""
    zone = zone_text(parsed)
    clock = format_clock(parsed)
    return format_day(parsed.date()), f"{clock} {zone}" if zone else clock


class _Label(Flowable):
    """One label: QR code on the left, code, title and kind on the right (mirrored in a
    right-to-left report); a light cut frame."""

    def __init__(self, code: str, title: str, what: str) -> None:
        super().__init__()
        self.code, self.title, self.what = code, title, what
        self.width, self.height = LABEL_WIDTH, LABEL_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.setDash(1, 2)
        c.rect(0, 0, self.width, self.height)
        c.setDash()
        rtl = is_right_to_left()
        qr = qr_code(self.code, LABEL_QR)
        qr.wrapOn(c, LABEL_QR, LABEL_QR)
        qr_x = self.width - LABEL_QR - 1 * mm if rtl else 1 * mm
        qr.drawOn(c, qr_x, (self.height - LABEL_QR) / 2)
        text_w = self.width - LABEL_QR - 4 * mm
        text_x = 2 * mm if rtl else LABEL_QR + 2 * mm
        s = styles()
        y = self.height - 4 * mm
        for text, style in (
            (truncate(self.code, 40), _code_style(truncate(self.code, 40), text_w)),
            (truncate(self.title, 60), s["small"]),
            (self.what, s["small_muted"]),
        ):
            if not text:
                continue
            flow = text_flowable(text, style)
            _, h = flow.wrap(text_w, self.height)
            h = min(h, y - 1 * mm)
            y -= h
            flow.drawOn(c, text_x, y)
            y -= 1 * mm


# A record deleted (often on another laptop) while a container holds it is still in the crate:
# its label is printed plain, as it goes on the box, and the person printing is told once.
DELETED_LABELLED = QT_TRANSLATE_NOOP(
    "reports",
    "{item} is deleted but still in a container: its label is printed; restore it from its "
    "history (fieldkit object show {id} --history) or take it out of the container.",
)
DELETED_NO_LABEL = QT_TRANSLATE_NOOP("errors", "{typed} is deleted and in no container.")
DELETED_NO_LABEL_HINT = QT_TRANSLATE_NOOP(
    "errors",
    "Restore it from its history first (fieldkit object list --deleted gives its id), then "
    "print its label.",
)


def label_record(records: Records, typed: str) -> RecordView:
    """The record a label is asked for, as ``fieldkit report labels`` and the app's labels
    action find it: a current record by id, inventory number or code, and also a deleted
    object or container that a container still holds, by its id or its number (a
    coordinator labels every object physically in a crate, r14 trial 2). Any other deleted
    record is refused by name. Raises RecordNotFoundError or AmbiguousIdError."""
    db = records.db
    try:
        view = typed_record(records, typed)
    except RecordNotFoundError:
        packed = C.deleted_packed(db, typed)
        if len(packed) == 1:
            return records.get(packed[0], follow=False)
        if packed or len(C.deleted_numbered(db, typed)) != 1:
            raise
        raise RecordNotFoundError(DELETED_NO_LABEL, DELETED_NO_LABEL_HINT, typed=typed) from None
    if view.deleted and not C.deleted_inside(db, [view.record_id]):
        raise RecordNotFoundError(DELETED_NO_LABEL, DELETED_NO_LABEL_HINT, typed=typed)
    return view


def labels_report(
    vault: Vault, items: Sequence[str], output: Path, *, now: datetime | None = None
) -> ReportResult:
    """Labels for ``items`` (objects, containers, locations: ids, inventory numbers or codes;
    :func:`label_record`), 21 to an A4 sheet; a deleted record still in a container gets its
    label and one note in ``warnings``. Raises RecordNotFoundError / AmbiguousIdError naming
    the item."""
    styles()  # registers the embedded fonts before the canvas is made
    records = Records(vault)
    labels = []
    notes: list[str] = []
    seen: set[str] = set()
    for typed in items:
        view = label_record(records, typed)
        if view.record_id in seen:
            continue
        seen.add(view.record_id)
        label = _Label(*_label_of(view))
        labels.append(label)
        if view.deleted:
            notes.append(Text("reports", DELETED_LABELLED, item=label.code, id=view.record_id[:8]))
    if not labels:
        raise RecordNotFoundError(
            QT_TRANSLATE_NOOP("errors", "No item was given."),
            QT_TRANSLATE_NOOP("errors", "Give codes or inventory numbers."),
        )
    story: list[Flowable] = []
    per_page = LABEL_COLUMNS * LABEL_ROWS
    for start in range(0, len(labels), per_page):
        if start:
            story.append(PageBreak())
        page = labels[start : start + per_page]
        rows: list[list[Flowable]] = [
            list(page[i : i + LABEL_COLUMNS]) for i in range(0, len(page), LABEL_COLUMNS)
        ]
        rows[-1] += [Spacer(LABEL_WIDTH, LABEL_HEIGHT)] * (LABEL_COLUMNS - len(rows[-1]))
        if is_right_to_left():  # the first label top right
            rows = [row[::-1] for row in rows]
        table = Table(rows, colWidths=[LABEL_WIDTH] * LABEL_COLUMNS, rowHeights=LABEL_HEIGHT)
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(table)
    title = translate("custody", "Labels")
    pages = build_pdf(output, story, title=title, imprint=imprint_of(vault, now))
    return ReportResult(Path(output), pages, len(labels), tuple(notes))


# --- shared pieces -------------------------------------------------------------------------------


STATUS = "status"
_COLUMNS = {
    "packed": QT_TRANSLATE_NOOP("reports", "Packed"),
    "checked": QT_TRANSLATE_NOOP("reports", "Checked"),
    "departed": QT_TRANSLATE_NOOP("reports", "Departed"),
    "received": QT_TRANSLATE_NOOP("reports", "Received"),
    STATUS: QT_TRANSLATE_NOOP("reports", "Status"),
}
_MARKS = {
    "received": QT_TRANSLATE_NOOP("reports", "received"),
    "missing": QT_TRANSLATE_NOOP("reports", "MISSING"),
    "extra": QT_TRANSLATE_NOOP("reports", "extra"),
    "outside": QT_TRANSLATE_NOOP("reports", "received, not in its container"),
}


def _items_table(
    records: Records,
    ids: Sequence[str],
    columns: Sequence[str],
    status: Mapping[str, str] | None = None,
    signatures: Sequence[str] = (),
    departed: Mapping[str, str] | None = None,
) -> Flowable:
    """One row per item: number or code, title, container now, then check-box columns (keys of
    _COLUMNS; ``status`` gives the STATUS column's marks). Mirrored in a right-to-left report.

    ``departed``: each item's container when its movement departed (:func:`_departed`); given,
    the container column and a crate's count say what left, not what the crate holds now.

    ``signatures``: the roles whose signature lines close the list, in its last row, kept on
    one page with the list's last items: signed alone on a second sheet, the lines were apart
    from the list they authorise (r13 UI trial #5)."""
    s = styles()
    titles = (
        "#",
        translate("reports", "Inventory no. / code"),
        translate("reports", "Title"),
        translate("reports", "In"),
    )
    head = [text_flowable(h, s["cell_bold"]) for h in titles]
    headings = [translate("reports", _COLUMNS[c]) for c in columns]
    head += [text_flowable(h, s["cell_bold"]) for h in headings]
    rows: list[list[Any]] = [head]
    db = records.db
    # Deleted on another laptop while packed here (r13 review #7): the paper says so in the
    # custody views' words, as the check-in does; printed as a normal item, it was neither
    # restored nor taken out (r14 UI trial 2 #2).
    deleted = C.deleted_inside(db, ids)
    for n, item in enumerate(ids, 1):
        row = db.execute(
            "SELECT kind, inventory_number, title, fields FROM records WHERE record_id = ?",
            (item,),
        ).fetchone()
        if row is None:
            code, title = item[:8], translate("reports", "(not in this vault)")
        else:
            code = str(row[1] or item[:8])
            title = truncate(str(row[2] or ""), 70)
            if row[0] == F.CONTAINER:
                if departed is None:
                    count = len(C.contents(db, item))
                else:
                    count = sum(1 for box in departed.values() if box == item)
                held = translate("reports", "%n item(s)", "", count)
                title = f"{title or _word('crate')} ({held})"
            if item in deleted:
                title = f"{title} ({translate('custody', C.DELETED_INSIDE)})"
        if departed is None:
            now = C.where(db, item).container
            inside = now.code if now else ""
        else:
            box = departed.get(item)
            then = C.place(db, box) if box else None
            inside = (then.code or box[:8]) if then and box else ""
        cells = [
            text_flowable(str(n), s["cell"]),
            text_flowable(code, s["cell_bold"]),
            text_flowable(title, s["cell"]),
            text_flowable(inside, s["cell"]),
        ]
        for column in columns:
            if column == STATUS:
                mark = (status or {}).get(item, "")
                shown = translate("reports", _MARKS[mark]) if mark in _MARKS else mark
                cells.append(text_flowable(shown, s["cell_bold"]))
            else:
                cells.append(_CheckBox())
        rows.append(cells)
    fixed = 8 * mm + 30 * mm + 18 * mm
    # A column as wide as its heading and the longest word of its marks: "Перевірено" and
    # "MANQUANT" must not break inside the word.
    bold = s["cell_bold"]
    marks = [translate("reports", m) for m in _MARKS.values()]
    extra = []
    for column, heading in zip(columns, headings, strict=True):
        texts = [heading, *(marks if column == STATUS else [])]
        longest = max(
            stringWidth(w, bold.fontName, bold.fontSize) for t in texts for w in t.split()
        )
        extra.append(max(20 * mm, longest + 5 * mm))
    widths = [8 * mm, 30 * mm, PORTRAIT_WIDTH - fixed - sum(extra), 18 * mm, *extra]
    if is_right_to_left():
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
    last = len(rows) - 1
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), PANEL),
        ("LINEBELOW", (0, 0), (-1, last), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if signatures:
        # One cell across the table; the page may break before the list's last two items,
        # never between them and the lines (a table breaks only between its rows).
        rows.append([_signature_lines(signatures)] + [""] * (len(widths) - 1))
        commands += [
            ("SPAN", (0, last + 1), (-1, last + 1)),
            ("LEFTPADDING", (0, last + 1), (-1, last + 1), 0),
            ("RIGHTPADDING", (0, last + 1), (-1, last + 1), 0),
            ("NOSPLIT", (0, max(1, last - 1)), (-1, last + 1)),
        ]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _signatures(*roles: str) -> Flowable:
    return KeepTogether(_signature_lines(roles))


def _signature_lines(roles: Sequence[str]) -> list[Flowable]:
    s = styles()
    parts: list[Flowable] = [Spacer(1, 6 * mm)]
    for role in roles:
        line = translate("reports", "{role}:  name {line}   signature {line}   date {date}")
        parts.append(
            text_flowable(
                line.format(role=role, line=SIGN_LINE, date="______________"),
                s["body"],
            )
        )
        parts.append(Spacer(1, 7 * mm))
    return parts


def _place_text(db: Any, record_id: str | None, *, sensitive: bool) -> str:
    if not record_id:
        # Not a bare dash: « De — » left the reader guessing (r13 UI trial #5).
        return translate("reports", "not recorded")
    row = db.execute("SELECT fields FROM records WHERE record_id = ?", (record_id,)).fetchone()
    if row is None:
        return f"{record_id[:8]} {translate('reports', '(not in this vault)')}"
    import json

    f = json.loads(row[0])
    text = " — ".join(str(p) for p in (f.get("code"), f.get("name")) if p)
    if sensitive:
        if f.get("address"):
            text += f"\n{f['address']}"
        coords = f.get("coordinates")
        if isinstance(coords, dict):
            text += "\n" + L.coordinates_text(coords.get("lat"), coords.get("lon"))
    return text


def _header(title: str, subtitle: str, code: str) -> Flowable:
    s = styles()
    left = [text_flowable(title, s["title"]), text_flowable(subtitle, s["small_muted"])]
    cells, widths = _mirrored([left, qr_code(code, 24 * mm)], [PORTRAIT_WIDTH - 26 * mm, 26 * mm])
    table = Table([cells], colWidths=widths)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _movement(records: Records, typed: str) -> tuple[RecordView, C.MovementStatus]:
    view = records.get(typed, F.MOVEMENT)
    return view, C.movement_status(records.db, view.record_id)


def _departed(db: Any, status: C.MovementStatus) -> dict[str, str] | None:
    """Each item's container when the movement departed (its contents and what was carried in
    a listed container), or None for a planned movement (what leaves is what is packed now).

    A received movement's form and permission described the crate as it was when printed: its
    missing items had left it, so the crate read « (1 item) » with three listed and they had no
    container beside the one that arrived (r14 UI trial 2 #3). The replay writes nothing."""
    if status.state == "planned":
        return None
    recon = replay(db, [status.id])[3].get(status.id)
    departed = dict(recon.parent) if recon is not None else {}
    packed_into = status.fields.get("to_container")
    if packed_into:
        # A packing: what it lists travels in the container it is packed into.
        for item in status.items:
            departed.setdefault(item, str(packed_into))
    return departed


def _reception_marks(status: C.MovementStatus) -> dict[str, str]:
    """The reception's result of each item, for the STATUS column."""
    marks = {i: "received" for i in status.received}
    marks.update({i: "missing" for i in status.missing})
    marks.update({i: "extra" for i in status.extra})
    marks.update({i: "outside" for i in status.outside})
    return marks


def _person(value: Any) -> str:
    return str(value) if value else "—"


# --- packing list ---------------------------------------------------------------------------------


def packing_list_report(
    vault: Vault, container: str, output: Path, *, now: datetime | None = None
) -> ReportResult:
    """The packing list of a container (what it holds now), to put inside it."""
    records = Records(vault)
    view = records.get(container, F.CONTAINER)
    f = view.fields
    items = C.contents(records.db, view.record_id)
    where = C.where(records.db, view.record_id)
    marks = _listed(f.get("handling") or []) or "—"
    title = translate("custody", "Packing list")
    if where.location:
        now_at = where.location.code
    else:
        now_at = translate("reports", "in transit") if where.in_transit else "—"
    story: list[Flowable] = [
        _header(
            translate("reports", "{title} — {code}").format(title=title, code=f["code"]),
            translate("reports", "{kind} · {items} · to travel inside it").format(
                kind=_word(f.get("kind") or "container"),
                items=translate("reports", "%n item(s)", "", len(items)),
            ),
            str(f["code"]),
        ),
        Spacer(1, 3 * mm),
        _row(L.field_label(F.CONTAINER, "handling"), marks),
        _row(L.field_label(F.CONTAINER, "description"), f.get("description")),
        _row(translate("reports", "Now at"), now_at),
        Spacer(1, 4 * mm),
        _items_table(
            records,
            items,
            ("packed", "checked"),
            signatures=(translate("reports", "Packed by"), translate("reports", "Checked by")),
        ),
    ]
    pages = build_pdf(output, story, title=title, imprint=imprint_of(vault, now))
    return ReportResult(Path(output), pages, len(items))


# --- movement form -------------------------------------------------------------------------------


def movement_report(
    vault: Vault, movement: str, output: Path, *, now: datetime | None = None
) -> ReportResult:
    """The movement-tracking form: route, people, items expected, and the reconciliation."""
    records = Records(vault)
    view, status = _movement(records, movement)
    f, db = view.fields, records.db
    marks = _reception_marks(status)
    departed = _departed(db, status)
    title = translate("custody", "Movement form")
    destination = f.get("to_location") or f.get("to_container")
    story: list[Flowable] = [
        _header(
            title,
            translate("reports", "{state} · {reason} · movement {id}").format(
                state=_word(status.state),
                reason=_word(f.get("reason") or "other"),
                id=view.record_id[:8],
            ),
            view.record_id,
        ),
        Spacer(1, 3 * mm),
        _row(
            L.field_label(F.MOVEMENT, "from_location"),
            _place_text(db, f.get("from_location"), sensitive=True),
        ),
        _row(translate("reports", "To"), _place_text(db, destination, sensitive=True)),
        _row(L.field_label(F.MOVEMENT, "departed_at"), when(f.get("departed_at"))),
        _row(L.field_label(F.MOVEMENT, "moved_by"), _person(f.get("moved_by"))),
        _row(L.field_label(F.MOVEMENT, "authorised_by"), _person(f.get("authorised_by"))),
        _row(L.field_label(F.MOVEMENT, "team_size"), _person(f.get("team_size"))),
        _row(L.field_label(F.MOVEMENT, "transport"), _person(f.get("transport"))),
        _row(L.field_label(F.MOVEMENT, "received_at"), when(f.get("received_at"))),
        _row(L.field_label(F.MOVEMENT, "received_by"), _person(f.get("received_by"))),
        Spacer(1, 3 * mm),
    ]
    if status.state == "received":
        colour = OK if not status.missing and not status.extra else BAD
        story.append(
            Banner(
                translate(
                    "reports",
                    "Expected {expected} · received {received} · missing {missing} · extra {extra}",
                ).format(
                    expected=len(status.expected),
                    received=len(status.received),
                    missing=len(status.missing),
                    extra=len(status.extra),
                ),
                colour,
            )
        )
        story.append(Spacer(1, 3 * mm))
    elif status.state == "in_transit":
        expected = translate("reports", "In transit: %n item(s) expected", "", len(status.expected))
        story.append(Banner(expected, WARN))
        story.append(Spacer(1, 3 * mm))
    listed = list(status.expected) + [x for x in status.extra if x not in status.expected]
    columns = (STATUS,) if status.state == "received" else ("departed", "received")
    roles = (translate("reports", "Sent by"), L.field_label(F.MOVEMENT, "received_by"))
    if f.get("notes"):
        story += [
            _items_table(records, listed, columns, marks, departed=departed),
            Spacer(1, 3 * mm),
            _row(L.field_label(F.MOVEMENT, "notes"), f["notes"]),
            _signatures(*roles),
        ]
    else:
        story.append(
            _items_table(records, listed, columns, marks, signatures=roles, departed=departed)
        )
    pages = build_pdf(output, story, title=title, imprint=imprint_of(vault, now))
    return ReportResult(Path(output), pages, len(listed))


# --- evacuation permission -----------------------------------------------------------------------


def evacuation_permission_report(
    vault: Vault, movement: str, output: Path, *, now: datetime | None = None
) -> ReportResult:
    """The written evacuation permission for a (planned) movement, with FAC's fields: who
    authorises, how many people and objects, the destination and its coordinates, date, time
    and place of departure, and signature lines."""
    records = Records(vault)
    view, status = _movement(records, movement)
    f, db = view.fields, records.db
    objects = [
        i
        for i in status.expected
        if (row := db.execute("SELECT kind FROM records WHERE record_id = ?", (i,)).fetchone())
        and row[0] == F.OBJECT
    ]
    containers = [i for i in status.items if i not in objects]
    info = vault.info()
    date_text, time_text = _day_and_time(f.get("departed_at"))
    title = translate("custody", "Evacuation permission")
    count = translate("reports", "%n object(s)", "", len(objects))
    if containers:
        count = translate("reports", "{objects} in {containers}").format(
            objects=count,
            containers=translate("reports", "%n container(s)", "", len(containers)),
        )
    story: list[Flowable] = [
        _header(
            title,
            # The institution on a line of its own: after the number on one line, a Latin
            # name joined the number in one left-to-right run in Arabic, and the number was
            # drawn at the far end, away from « رقم » (uitrial r10 #27).
            "\n".join(
                (
                    translate("reports", "Permission no. {number}").format(
                        number=view.record_id[:8].upper()
                    ),
                    str(info.organisation or info.name or ""),
                )
            ).strip(),
            view.record_id,
        ),
        Spacer(1, 3 * mm),
        _p(
            translate(
                "reports",
                "The persons named below are authorised to remove the objects listed from the "
                "premises of the institution and to take them to the destination stated.",
            ),
            "body",
        ),
        Spacer(1, 3 * mm),
        _row(translate("reports", "Institution"), info.organisation or info.name),
        _row(translate("reports", "Authorised by (custodian)"), _person(f.get("authorised_by"))),
        _row(translate("reports", "Team leader"), _person(f.get("moved_by"))),
        _row(translate("reports", "Number of people"), _person(f.get("team_size"))),
        _row(translate("reports", "Number of objects"), count),
        _row(
            translate("reports", "Place of departure"),
            _place_text(db, f.get("from_location"), sensitive=True),
        ),
        _row(translate("reports", "Date of departure"), date_text or "____-__-__"),
        _row(translate("reports", "Time of departure"), time_text or "__:__"),
        _row(
            translate("reports", "Destination (with coordinates)"),
            _place_text(db, f.get("to_location"), sensitive=True),
        ),
        _row(L.field_label(F.MOVEMENT, "transport"), _person(f.get("transport"))),
        _row(L.field_label(F.MOVEMENT, "reason"), _word(f.get("reason") or "evacuation")),
        Spacer(1, 4 * mm),
        _items_table(
            records,
            status.expected,
            # Once received, the reception's result in its own column beside what left.
            ("checked", STATUS) if status.state == "received" else ("checked",),
            _reception_marks(status),
            signatures=(
                translate("reports", "Custodian (authorising)"),
                translate("reports", "Team leader"),
                translate("reports", "Receiving officer"),
            ),
            departed=_departed(db, status),
        ),
    ]
    pages = build_pdf(output, story, title=title, imprint=imprint_of(vault, now))
    return ReportResult(Path(output), pages, len(status.expected))


# --- handover certificate ------------------------------------------------------------------------


def handover_report(
    vault: Vault, handover: str, output: Path, *, now: datetime | None = None
) -> ReportResult:
    """The custody-transfer certificate: items, both parties with their fingerprints (display
    form and machine form), place and time, condition, and the acceptance — or signature lines
    for paper when it is not accepted yet."""
    records = Records(vault)
    view = records.get(handover, F.HANDOVER)
    state = handover_state(records.db, view.record_id, records.identity.fingerprint)
    # Once accepted, what the receiver signed (custody rule 3), not a later edit or merge.
    f = state.fields

    def party(value: Any) -> str:
        if not isinstance(value, Mapping):
            return "—"
        who = " — ".join(str(v) for v in (value.get("name"), value.get("organisation")) if v)
        fp = value.get("fingerprint")
        if fp:
            shown = translate("reports", "fingerprint {fingerprint}").format(
                fingerprint=display_form(str(fp))
            )
            who += f"\n{shown}\n{fp}"
        return who

    giver = dict(f.get("from_party") or {}) if isinstance(f.get("from_party"), Mapping) else {}
    if state.giver_fingerprint:
        # The key that signed the handover, not what its text claims.
        giver["fingerprint"] = state.giver_fingerprint
    title = translate("custody", "Handover certificate")
    accepted_by = display_form(str(f["accepted_by"])) if state.accepted else "—"
    story: list[Flowable] = [
        _header(
            title,
            translate("reports", "Custody transfer {id}").format(id=view.record_id[:8]),
            view.record_id,
        ),
        Spacer(1, 3 * mm),
        Banner(
            translate("reports", "Accepted: signed by both parties' keys")
            if state.accepted
            else translate("reports", "Not yet accepted by the receiver"),
            OK if state.accepted else WARN,
        ),
        Spacer(1, 3 * mm),
        _row(L.field_label(F.HANDOVER, "from_party"), party(giver)),
        _row(L.field_label(F.HANDOVER, "to_party"), party(f.get("to_party"))),
        _row(L.field_label(F.HANDOVER, "handed_at"), when(f.get("handed_at"))),
        _row(L.field_label(F.HANDOVER, "place"), _person(f.get("place"))),
        _row(L.field_label(F.HANDOVER, "reference"), _person(f.get("reference"))),
        _row(L.field_label(F.HANDOVER, "condition_notes"), _person(f.get("condition_notes"))),
        _row(
            L.field_label(F.HANDOVER, "accepted_at"),
            when(f.get("accepted_at") if state.accepted else None),
        ),
        _row(translate("reports", "Accepted by (key)"), accepted_by),
        _row(L.field_label(F.HANDOVER, "acceptance_notes"), _person(f.get("acceptance_notes"))),
        Spacer(1, 4 * mm),
        # What the signed record names: since r11 the objects inside the crates handed over
        # are in it (the paper both parties sign says which objects changed hands; r11 UI
        # trial #13a), as they were then, not as the crate is when this is printed again.
        _items_table(
            records,
            list(f.get("items") or []),
            ("checked",),
            signatures=(
                L.field_label(F.HANDOVER, "from_party"),
                L.field_label(F.MOVEMENT, "received_by"),
            ),
        ),
    ]
    pages = build_pdf(output, story, title=title, imprint=imprint_of(vault, now))
    return ReportResult(Path(output), pages, len(f.get("items") or []))
