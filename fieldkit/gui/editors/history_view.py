"""A record's revision history: who (you, a trusted name, an unverified author, a bad
signature), when (the one GUI date format) and what changed, old → new per field.

Rows are in the order of the ``entries`` given to :meth:`HistoryView.show_history`, one row per
entry, so a caller can map a selected row back to its entry (e.g. to restore that version).
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldkit import i18n
from fieldkit.gui.dates import format_hlc
from fieldkit.gui.field_values import field_value_text
from fieldkit.gui.people_names import Names
from fieldkit.gui.qt_types import Index
from fieldkit.gui.session import Session
from fieldkit.gui.vocabulary_labels import field_label, value_label
from fieldkit.records import fields as F
from fieldkit.records import revision_diff as D
from fieldkit.records.pages import object_labels
from fieldkit.records.service import HistoryEntry

SHORT = 40  # characters of a value shown in the row; the tooltip has it whole
FULL = 600  # characters of a value in the tooltip (a long description stays readable)
ROW_LINES = 4  # changes listed in a row before "and N more"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's index in the entries given
ALARM_ROLE = Qt.ItemDataRole.UserRole + 2  # the author is not to be relied on (shown in red)
WHO, WHEN, WHAT = range(3)
WARNING = "#b00020"


def _elide(text: str, limit: int) -> str:
    text = " ".join(text.split())  # one line: newlines in a description would break the row
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _elide_pair(old: str, new: str, limit: int) -> tuple[str, str]:
    """Both values elided; when they share a long beginning, shown from just before where they
    differ ("…with a crescent-shaped handle…"), so the change is what can be read."""
    old, new = " ".join(old.split()), " ".join(new.split())
    common = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            break
        common += 1
    start = common - 12
    if start > limit // 3 and max(len(old), len(new)) > limit:
        cut = old.rfind(" ", 0, start) + 1 or start
        old, new = "…" + old[cut:], "…" + new[cut:]
    return _elide(old, limit), _elide(new, limit)


def value_text(kind: str, name: str, value: Any) -> str:
    """A field value as a person reads it, on one line: vocabulary labels, the GUI date format,
    units."""
    if value is None:
        return QCoreApplication.translate("history", "(empty)")
    return field_value_text(kind, name, value, one_line=True)


def _isolated(text: str) -> str:
    """A value kept whole beside the arrow between old and new. In Arabic, two Latin values
    and the arrow between them made one left-to-right run, drawn « argile ← calcaire » for
    argile → calcaire: read right to left, from the new value to the old (r14 trial #8); an
    English line with Arabic values did the same the other way. Left as it is where it reads
    right anyway (a left-to-right language, a value with no right-to-left letter)."""
    if not text:
        return text
    rtl_value = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
    if rtl_value or i18n.is_right_to_left():
        return f"{i18n.FSI}{text}{i18n.PDI}"
    return text


def _photo_text(photo: Mapping[str, Any] | None) -> str:
    if not photo:
        return ""
    role = value_label(photo.get("role") or "") if photo.get("role") else ""
    caption = str(photo.get("caption") or "")
    return " — ".join(p for p in (role, caption) if p)


def _merge_line(change: D.FieldChange, objects: Mapping[str, str]) -> str:
    """A merge as people say it: "merged into MCP 1963.28 — Jar" (not a field name and an id)."""
    target = str(change.new if change.new is not None else change.old)
    label = objects.get(target) or target[:8] + "…"
    if change.new is None:
        return QCoreApplication.translate("history", "no longer merged into {object}").format(
            object=label
        )
    return QCoreApplication.translate("history", "merged into {object}").format(object=label)


def change_lines(
    kind: str, diff: D.RevisionDiff, limit: int, objects: Mapping[str, str] | None = None
) -> list[str]:
    """One line per change: "Status: In place → Evacuated", photos added/removed/described.

    ``objects`` labels the objects a merge points to (id → "MCP 1963.28 — Jar")."""
    lines = []
    for change in diff.fields:
        if change.name == F.SAME_AS:
            lines.append(_merge_line(change, objects or {}))
            continue
        old, new = _elide_pair(
            value_text(kind, change.name, change.old),
            value_text(kind, change.name, change.new),
            limit,
        )
        old, new = _isolated(old), _isolated(new)
        label = field_label(kind, change.name)
        if diff.action == D.CREATED or diff.base_missing:
            lines.append(
                QCoreApplication.translate("history", "{field}: {new}").format(field=label, new=new)
            )
        else:
            lines.append(
                QCoreApplication.translate("history", "{field}: {old} → {new}").format(
                    field=label, old=old, new=new
                )
            )
    for photos, side, described_as, plain in (
        (
            diff.photos_added,
            "new",
            QCoreApplication.translate("history", "Photo added: {photo}"),
            QCoreApplication.translate("history", "Photo added"),
        ),
        (
            diff.photos_removed,
            "old",
            QCoreApplication.translate("history", "Photo removed: {photo}"),
            QCoreApplication.translate("history", "Photo removed"),
        ),
    ):
        for photo in photos:
            described = _elide(_photo_text(getattr(photo, side)), limit)
            lines.append(described_as.format(photo=described) if described else plain)
    for photo in diff.photos_changed:
        lines.append(
            QCoreApplication.translate("history", "Photo: {old} → {new}").format(
                old=_isolated(
                    _elide(_photo_text(photo.old), limit)
                    or QCoreApplication.translate("history", "(empty)")
                ),
                new=_isolated(
                    _elide(_photo_text(photo.new), limit)
                    or QCoreApplication.translate("history", "(empty)")
                ),
            )
        )
    return lines


def _headline(diff: D.RevisionDiff) -> str | None:
    if diff.base_missing:
        return QCoreApplication.translate(
            "history", "History incomplete: the earlier version has not arrived"
        )
    return {
        D.CREATED: QCoreApplication.translate("history", "Created"),
        D.DELETED: QCoreApplication.translate("history", "Deleted"),
        D.RESTORED: QCoreApplication.translate("history", "Restored"),
        D.MERGED: QCoreApplication.translate("history", "Merged versions"),
    }.get(diff.action)


class RevisionDelegate(QStyledItemDelegate):
    """Draws a revision as a card in the "What changed" cell: who and when in a heading line,
    then one line per change. The side panel of an editor is narrow (about 300 pixels on a
    1366-pixel laptop): three columns side by side left the changes a few letters wide."""

    def __init__(self, view: HistoryView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, index: Index, width: int) -> QTextDocument:
        row = index.row()
        who = self.view.item(row, WHO)
        when = self.view.item(row, WHEN)
        what = self.view.item(row, WHAT)
        alarming = bool(who.data(ALARM_ROLE)) if who else False
        name = html.escape(who.text() if who else "")
        if alarming:
            name = f'<span style="color:{WARNING}">{name}</span>'
        heading = f"<b>{name}</b> · {html.escape(when.text() if when else '')}"
        body = "<br>".join(html.escape(line) for line in (what.text() if what else "").split("\n"))
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(4)
        doc.setHtml(f"<div>{heading}</div><div>{body}</div>")
        doc.setTextWidth(max(width, 50))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(index, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.view.columnWidth(index.column())
        doc = self._document(index, width)
        return QSize(width, int(doc.size().height()) + 2)


class HistoryView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("history")
        self.setAccessibleName(self.tr("Revision history"))
        self.setHorizontalHeaderLabels([self.tr("Who"), self.tr("When"), self.tr("What changed")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setVisible(False)
        # Who and when stay in their own cells (for callers and screen readers) but are drawn in
        # the heading of each card by the delegate.
        self.setColumnHidden(WHO, True)
        self.setColumnHidden(WHEN, True)
        self.setItemDelegateForColumn(WHAT, RevisionDelegate(self))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.entries: list[HistoryEntry] = []
        self.diffs: list[D.RevisionDiff] = []

    def _names(self, names: Names | None) -> Names | None:
        if names is not None:
            return names
        # The editor holding this view has the open session; until it passes names itself.
        session = getattr(self.window(), "session", None)
        if not isinstance(session, Session):
            return None
        return Names(session.vault.db, session.identity.fingerprint, session.identity.name)

    def _session(self) -> Session | None:
        """The open session of the editor (or window) holding this view."""
        widget: QWidget | None = self
        while widget is not None:
            session = getattr(widget, "session", None)
            if isinstance(session, Session):
                return session
            widget = widget.parentWidget()
        return None

    def _merged_into(self, diffs: list[D.RevisionDiff]) -> dict[str, str]:
        """ "MCP 1963.28 — Jar" per object a merge in ``diffs`` points to."""
        ids = {
            str(value)
            for diff in diffs
            for change in diff.fields
            if change.name == F.SAME_AS
            for value in (change.old, change.new)
            if value
        }
        session = self._session()
        if not ids or session is None:
            return {}
        found = object_labels(session.records, ids)
        return {i: " — ".join(p for p in found[i] if p) for i in found}

    def _who(self, entry: HistoryEntry, own: str, names: Names | None) -> tuple[str, str, bool]:
        """The author's label, its tooltip, and whether it is a warning."""
        author = entry.revision.author
        short = author[:8] + "…"
        if entry.signature_ok is False:
            return (
                self.tr("BAD SIGNATURE"),
                self.tr(
                    "This version does not match the signature of the key it names ({fp}): it "
                    "was changed after it was signed. Do not rely on it."
                ).format(fp=author[:16]),
                True,
            )
        if author == own:
            return self.tr("you"), self.tr("You made this change in this vault."), False
        if entry.author_trusted and names is not None and author in names.trusted:
            return (
                names(author),
                self.tr("{name}, key {fp}, in your trusted people.").format(
                    name=names(author), fp=author[:16]
                ),
                False,
            )
        claimed = names.claimed(author) if names is not None else None
        if names is not None and author in names.known and names.known[author].status == "revoked":
            return (
                names(author),
                self.tr("{name}: this key was revoked in your trusted people.").format(
                    name=names.known[author].name
                ),
                True,
            )
        tip = self.tr(
            "Key {fp} is not among your trusted people: nobody here has checked who holds it."
        ).format(fp=author[:16])
        if claimed:
            tip += "\n" + self.tr("Its card says “{name}” (only that person's claim).").format(
                name=claimed
            )
        return self.tr("unverified author {fp}").format(fp=short), tip, True

    def show_history(
        self, entries: list[HistoryEntry], own_fingerprint: str, *, names: Names | None = None
    ) -> None:
        """One row per entry, in the order given; ``names`` words the authors (by default the
        session of the editor holding this view)."""
        self.setRowCount(0)
        self.entries = list(entries)
        self.diffs = D.history_diffs([e.revision for e in self.entries])
        names = self._names(names)
        objects = self._merged_into(self.diffs)
        for row, (entry, diff) in enumerate(zip(self.entries, self.diffs, strict=True)):
            rev = entry.revision
            who, who_tip, alarming = self._who(entry, own_fingerprint, names)
            when = format_hlc(rev.hlc)
            when_tip = when
            if entry.clock_ahead:
                when_tip += "\n" + self.tr(
                    "Dated more than a day ahead of this computer's clock when it arrived: the "
                    "author's clock may be wrong."
                )
            headline = _headline(diff)
            short_lines = change_lines(rev.kind, diff, SHORT, objects)
            full_lines = change_lines(rev.kind, diff, FULL, objects)
            shown: list[str] = [headline] if headline else []
            if diff.action != D.CREATED and not diff.base_missing:
                extra = len(short_lines) - ROW_LINES
                shown += short_lines[:ROW_LINES] if extra <= 1 else short_lines[: ROW_LINES - 1]
                if extra > 1:
                    shown.append(
                        QCoreApplication.translate(
                            "history", "and %n more changes (see tooltip)", "", extra + 1
                        )
                    )
            if not shown:
                shown = [QCoreApplication.translate("history", "No change")]
            what = "\n".join(shown)
            tip_lines = [headline] if headline else []
            tip_lines += full_lines
            what_tip = "\n".join(tip_lines) or what
            self.insertRow(row)
            cells = (
                (who, who_tip),
                (when, when_tip),
                (what, what_tip),
            )
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                item.setData(ENTRY_ROLE, row)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
                if column == WHO and alarming:
                    item.setForeground(QColor(WARNING))
                    item.setData(ALARM_ROLE, True)
                if column == WHAT:
                    # Read out as one: the who and when cells are not shown.
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{who}, {when}: {what}")
                    item.setToolTip(f"{who} — {when_tip}\n{who_tip}\n\n{tip}")
                self.setItem(row, column, item)
        self._fit_columns()

    def select_whole_row(self, row: int) -> None:
        """Select ``row`` and make it current. QTableView.selectRow picks the column at the
        viewport's leading edge: right to left, with the who and when columns hidden, it found
        none and selected nothing, so in Arabic the version before a deletion was not selected
        and "Restore this version…" stayed greyed."""
        index = self.model().index(row, WHAT)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)

    def _fit_columns(self) -> None:
        self.resizeRowsToContents()
        self._show_newest()

    def newest_row(self) -> int:
        """The row of the latest revision (-1 if none), wherever the caller put it."""
        if not self.entries:
            return -1
        return max(range(len(self.entries)), key=lambda r: self.entries[r].revision.hlc)

    def _show_newest(self) -> None:
        # The last change is what people look for: keep it in sight until they choose a row.
        row = self.newest_row()
        if row >= 0 and self.currentRow() < 0:
            self.scrollTo(self.model().index(row, WHAT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.rowCount():
            # Rows wrap to the new width.
            self._fit_columns()
