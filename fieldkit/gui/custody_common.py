"""What the chain-of-custody screens share: the core's custody service for the open session,
how an item is named on screen (inventory number or code, and title), the custody vocabulary's
translated labels, and small read-only tables.

Every read and write goes through :mod:`fieldkit.records.custody` and the records service; the
rules (what a movement expects, what is missing, who may accept) live there, not here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldkit.gui.dates import format_iso
from fieldkit.gui.qt_types import ID_ROLE
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import headed_table, read_only_rows
from fieldkit.i18n import FSI, PDI, isolate, join_list, ltr
from fieldkit.records import custody_queries as C
from fieldkit.records.custody import Custody
from fieldkit.records.custody_terms import CUSTODY_TERMS
from fieldkit.records.pages import object_labels
from fieldkit.records.service import RecordView
from fieldkit.vault.database import Connection


def term(value: Any) -> str:
    """The translated label of a custody vocabulary value (the value itself if unknown)."""
    source = CUSTODY_TERMS.get(str(value))
    return QCoreApplication.translate("custody", source) if source else str(value)


def custody(session: Session) -> Custody:
    """The core's custody service for the session (its records service may be renewed)."""
    return Custody(session.records)


def labels(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """How each item is named on screen: "number — title" (objects) or "code — name".

    Each part isolated (FSI…PDI) whatever the language shown: an Arabic title beside a code
    with Arabic digits drew « MCP ١٩٨٨/١ — تمثال » as « MCP تمثال — ١٩٨٨/١ », the code split
    around the title (r13 trial #4)."""
    ids = list(ids)
    found = object_labels(session.records, ids)
    shown = {
        i: " — ".join(f"{FSI}{p}{PDI}" for p in (number, title) if p) or i[:8]
        for i, (number, title) in found.items()
    }
    # Deleted on another laptop while packed here (r13 review #7): a crate's contents and a
    # check-in listed it as if nothing were wrong, and a receiver marked it missing.
    deleted = C.deleted_inside(session.vault.db, list(shown))
    if deleted:
        note = QCoreApplication.translate("custody", C.DELETED_INSIDE)
        for i in deleted:
            shown[i] = f"{shown[i]} ({isolate(note)})"
    return shown


def codes_named(session: Session, ids: Sequence[str], shown: int = 3) -> str:
    """The items' numbers or codes for a question that names them: up to ``shown``, then
    "and N more" (a confirmation that only counted them left the user to guess which)."""
    found = object_labels(session.records, ids)
    codes = [ltr(found.get(i, (i[:8], ""))[0] or i[:8]) for i in ids]
    if len(codes) <= shown:
        return join_list(codes)
    return QCoreApplication.translate(
        "custody", "{items} and %n more", "", len(codes) - shown
    ).format(items=join_list(codes[:shown]))


def label(session: Session, record_id: str | None) -> str:
    if not record_id:
        return ""
    return labels(session, [record_id]).get(record_id, record_id[:8])


def where_text(where: C.Where) -> str:
    """One line: where an item is now, as the core derived it."""
    parts = []
    if where.missing:
        parts.append(
            QCoreApplication.translate("custody", "Missing (not found at its last reception)")
        )
    elif where.in_transit:
        to = where.destination.code if where.destination else ""
        parts.append(
            QCoreApplication.translate("custody", "In transit to {place}").format(place=to)
            if to
            else QCoreApplication.translate("custody", "In transit")
        )
    elif where.location is not None:
        name = " — ".join(p for p in (where.location.code, where.location.name) if p)
        parts.append(QCoreApplication.translate("custody", "At {place}").format(place=name))
    if where.container is not None:
        parts.append(
            QCoreApplication.translate("custody", "in container {code}").format(
                code=where.container.code
            )
        )
    if where.custodian is not None:
        # First on its line, it starts the sentence ("Custodian: Keeper Store"); after a
        # place it goes on with it ("At LV-1, custodian: …") (r12 trial 2 #15).
        if parts:
            text = QCoreApplication.translate("custody", "custodian: {name}")
        else:
            text = QCoreApplication.translate("custody", "Custodian: {name}")
        parts.append(text.format(name=where.custodian.name or "?"))
    if not parts:
        return QCoreApplication.translate("custody", "No movement recorded")
    return join_list(parts)


def short_where(where: C.Where) -> str:
    """Where an item is, in a table cell: "TS-1 · C-003", "→ TS-1", "missing"."""
    if where.missing:
        return QCoreApplication.translate("custody", "missing")
    if where.in_transit:
        to = where.destination.code if where.destination else "?"
        text = QCoreApplication.translate("custody", "→ {place} (in transit)").format(place=to)
    else:
        text = where.location.code if where.location is not None else ""
    if where.container is not None:
        text = " · ".join(p for p in (text, where.container.code) if p)
    return text


def movement_title(session: Session, status: C.MovementStatus) -> str:
    """A movement as listed: destination, reason, departure and state."""
    f = status.fields
    to = f.get("to_location") or f.get("to_container")
    place = C.place(session.vault.db, str(to)) if to else None
    code = place.code if place else ""
    when = format_iso(str(f.get("departed_at") or "")[:16])
    bits = [
        QCoreApplication.translate("custody", "to {code}").format(code=ltr(code or "?")),
        term(f.get("reason") or "other"),
    ]
    if when:
        # In the reader's date format, isolated: Arabic showed the raw ISO moment as
        # "03:46 06-12-026…" once the list cut it (trials r9, r10 #20).
        bits.append(isolate(when))
    return " · ".join(bits)


def read_only_table(
    columns: Sequence[str], name: str, parent: QWidget, accessible: str = ""
) -> QTableWidget:
    """A one-line-per-row table of text, selectable by row, that keyboards can leave with Tab
    (``accessible``: its name for screen readers, else ``name``)."""
    table = headed_table(columns, parent, accessible or name, name)
    # one line per row; the whole text is in the tooltip
    read_only_rows(table, alternating=True, wrap=False, resize=QHeaderView.ResizeMode.Interactive)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    return table


def container_columns() -> list[str]:
    """The headers of a table of containers, whose rows :func:`container_rows` gives."""
    return [
        QCoreApplication.translate("custody", "Code"),
        QCoreApplication.translate("custody", "Kind"),
        QCoreApplication.translate("custody", "Holds"),
        QCoreApplication.translate("custody", "Where now"),
    ]


def container_rows(
    db: Connection, containers: Iterable[RecordView]
) -> list[tuple[str, tuple[str, ...]]]:
    """For :func:`fill`: each container's code, kind, how many items it holds now and where it
    is now."""
    containers = list(containers)
    wheres = C.wheres(db, [view.record_id for view in containers])  # one read, not one each
    return [
        (
            view.record_id,
            (
                str(view.fields.get("code") or ""),
                term(view.fields.get("kind") or ""),
                QCoreApplication.translate(
                    "custody", "%n item(s)", "", len(C.contents(db, view.record_id))
                ),
                where_text(wheres[view.record_id]),
            ),
        )
        for view in containers
    ]


def fill(table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Rows of (record id, cells); the id is kept on the first cell for :func:`selected_ids`."""
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0:
                item.setData(ID_ROLE, record_id)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(table.columnCount() - 1):  # the last one stretches to the edge
        header.resizeSection(c, min(header.sectionSize(c), 200))
    header.setStretchLastSection(False)  # resizing to contents undid the stretch: again
    header.setStretchLastSection(True)


def selected_ids(table: QTableWidget) -> list[str]:
    rows = sorted({i.row() for i in table.selectedIndexes()})
    out = []
    for row in rows:
        item = table.item(row, 0)
        value = item.data(ID_ROLE) if item is not None else None
        if value:
            out.append(str(value))
    return out


def current_id(table: QTableWidget) -> str | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    value = item.data(ID_ROLE) if item is not None else None
    return str(value) if value else None


@contextmanager
def busy(*buttons: QWidget) -> Iterator[None]:
    """A write that runs on the GUI thread (one core call in one transaction): the wait cursor
    and ``buttons`` disabled, painted before the work starts. Under load a packing took seconds
    with no sign of it, and a second click packed again (r11 trial #11). Clicks made meanwhile
    reach the still disabled buttons, and are dropped there, before they are enabled again."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    enabled = [b for b in buttons if b.isEnabled()]
    for button in enabled:
        button.setEnabled(False)
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QCoreApplication.processEvents()
        for button in enabled:
            button.setEnabled(True)
        QGuiApplication.restoreOverrideCursor()
