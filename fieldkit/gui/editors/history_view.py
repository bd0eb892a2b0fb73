"""A record's revision history: who (you, or a short fingerprint), when, what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldkit.gui.vocabulary_labels import field_label
from fieldkit.records.revision import parse_hlc
from fieldkit.records.service import HistoryEntry


def _when(hlc: str) -> str:
    try:
        wall_ms, _ = parse_hlc(hlc)
    except ValueError:
        return hlc
    moment = QDateTime.fromMSecsSinceEpoch(wall_ms)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _changed(kind: str, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    names = [n for n in sorted(set(before) | set(after)) if before.get(n) != after.get(n)]
    return [field_label(kind, n) for n in names]


class HistoryView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("history")
        self.setAccessibleName(self.tr("Revision history"))
        self.setHorizontalHeaderLabels([self.tr("Who"), self.tr("When"), self.tr("What changed")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)

    def show_history(self, entries: list[HistoryEntry], own_fingerprint: str) -> None:
        self.setRowCount(0)
        previous: dict[str, Any] | None = None
        previous_media: list[Any] = []
        # Newest first: the last change is what people look for.
        rows = []
        for entry in entries:
            rev = entry.revision
            if rev.author == own_fingerprint:
                who = self.tr("you")
            else:
                who = rev.author[:16]
                if entry.signature_ok is None:
                    who = self.tr("{who} (unverified author)").format(who=who)
            fields = dict(rev.fields)
            media = [dict(m) for m in rev.media]
            if rev.deleted:
                what = self.tr("Deleted")
            elif previous is None:
                what = self.tr("Created")
            else:
                changes = _changed(rev.kind, previous, fields)
                if media != previous_media:
                    changes.append(self.tr("Photos"))
                what = ", ".join(changes) if changes else self.tr("No change")
            rows.append((who, _when(rev.hlc), what))
            previous, previous_media = fields, media
        for who, when, what in reversed(rows):
            row = self.rowCount()
            self.insertRow(row)
            for column, text in enumerate((who, when, what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
