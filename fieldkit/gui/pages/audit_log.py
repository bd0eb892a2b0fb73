"""The audit log: every event, newest first, filtered by action, with the chain's verification
status (checked on a worker thread; a broken chain is said in red, naming the events)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.gui import workers
from fieldkit.gui.dates import format_iso
from fieldkit.gui.elide import elide_in_own_direction
from fieldkit.gui.errors import show_error
from fieldkit.gui.people_names import Names
from fieldkit.gui.qt_types import Index
from fieldkit.gui.session import Session
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import core_text, heading, hrow, named, push_button, read_only_rows
from fieldkit.i18n import QT_TRANSLATE_NOOP, join_list
from fieldkit.vault import audit
from fieldkit.vault.database import Connection

PAGE = 200
MAX_PAGES = 20
ACTION_LABELS: dict[str, str] = {
    "vault_created": QT_TRANSLATE_NOOP("audit", "Vault created"),
    "passphrase_changed": QT_TRANSLATE_NOOP("audit", "Passphrase changed"),
    "recovery_key_replaced": QT_TRANSLATE_NOOP("audit", "Recovery key replaced"),
    "rekeyed": QT_TRANSLATE_NOOP("audit", "Keys replaced (rekey)"),
    "backup_made": QT_TRANSLATE_NOOP("audit", "Backup made"),
    "restored": QT_TRANSLATE_NOOP("audit", "Restored from a backup"),
    "keys_shredded": QT_TRANSLATE_NOOP("audit", "Keys shredded"),
    "record_created": QT_TRANSLATE_NOOP("audit", "Record created"),
    "record_edited": QT_TRANSLATE_NOOP("audit", "Record edited"),
    "record_deleted": QT_TRANSLATE_NOOP("audit", "Record deleted"),
    "photo_added": QT_TRANSLATE_NOOP("audit", "Photo added"),
    "exported": QT_TRANSLATE_NOOP("audit", "Bundle exported"),
    "imported": QT_TRANSLATE_NOOP("audit", "Bundle imported"),
    "verified": QT_TRANSLATE_NOOP("audit", "Bundle verified"),
    "key_trusted": QT_TRANSLATE_NOOP("audit", "Key trusted"),
    "key_revoked": QT_TRANSLATE_NOOP("audit", "Key revoked"),
    "conflict_resolved": QT_TRANSLATE_NOOP("audit", "Conflict resolved"),
    "csv_imported": QT_TRANSLATE_NOOP("audit", "Spreadsheet imported"),
}
OK_STYLE = "color: #1b5e20; background: #eef8f0; padding: 6px; border: 1px solid #7bb88a;"
BAD_STYLE = "color: #b00020; background: #fdecee; padding: 6px; border: 1px solid #d98c96;"


def _t(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return _t(source) if source else action


# Who first: the people an event concerns matter more than its counts.
_FIRST = ("sender", "recipients", "fingerprint", "notice_by", "record", "bundle")
# The details' keys as a reader says them (English as the keys read, spaces for "_").
_KEY_LABELS = {
    "fingerprint": QT_TRANSLATE_NOOP("audit", "key"),
    "record": QT_TRANSLATE_NOOP("audit", "record"),
    "kind": QT_TRANSLATE_NOOP("audit", "kind"),
    "bundle": QT_TRANSLATE_NOOP("audit", "bundle"),
    "sender": QT_TRANSLATE_NOOP("audit", "sender"),
    "recipients": QT_TRANSLATE_NOOP("audit", "recipients"),
    "sequence": QT_TRANSLATE_NOOP("audit", "sequence"),
    "revisions": QT_TRANSLATE_NOOP("audit", "revisions"),
    "new_revisions": QT_TRANSLATE_NOOP("audit", "new revisions"),
    "photos": QT_TRANSLATE_NOOP("audit", "photos"),
    "duplicates": QT_TRANSLATE_NOOP("audit", "duplicates"),
    "conflicts": QT_TRANSLATE_NOOP("audit", "conflicts"),
    "gaps": QT_TRANSLATE_NOOP("audit", "gaps"),
    "forks": QT_TRANSLATE_NOOP("audit", "forks"),
    "revision": QT_TRANSLATE_NOOP("audit", "revision"),
    "heads": QT_TRANSLATE_NOOP("audit", "heads"),
    "role": QT_TRANSLATE_NOOP("audit", "role"),
    "verified": QT_TRANSLATE_NOOP("audit", "verified"),
    "sha256": QT_TRANSLATE_NOOP("audit", "sha256"),
    "count": QT_TRANSLATE_NOOP("audit", "count"),
    "vault_id": QT_TRANSLATE_NOOP("audit", "vault id"),
    "restored": QT_TRANSLATE_NOOP("audit", "restored"),
    "demo": QT_TRANSLATE_NOOP("audit", "demo"),
    "notice_by": QT_TRANSLATE_NOOP("audit", "notice by"),
}
# What a record event's "kind" and an export's "kind" stand for.
_RECORD_KINDS = {
    "object": QT_TRANSLATE_NOOP("audit", "object record"),
    "damage": QT_TRANSLATE_NOOP("audit", "damage report"),
    "location": QT_TRANSLATE_NOOP("audit", "location"),
    "container": QT_TRANSLATE_NOOP("audit", "container"),
    "movement": QT_TRANSLATE_NOOP("audit", "movement"),
    "handover": QT_TRANSLATE_NOOP("audit", "handover"),
    "duplicate_decision": QT_TRANSLATE_NOOP("audit", "duplicate decision"),
}
_BUNDLE_KINDS = {
    "full": QT_TRANSLATE_NOOP("audit", "everything (full)"),
    "delta": QT_TRANSLATE_NOOP("audit", "changes (delta)"),
    "snapshot": QT_TRANSLATE_NOOP("audit", "redacted snapshot"),
}


def details_text(
    details: dict[str, Any],
    names: Callable[[str | None], str],
    records: Mapping[str, str] | None = None,
    action: str = "",
) -> str:
    """Labels in the user's language; records by inventory number and title (``records``, from
    :func:`fieldkit.vault.audit.record_names`), else hex ids to 8 characters; fingerprints to
    names. An empty list (a plain export's recipients) is left out."""
    records = records or {}
    parts = []
    ordered = sorted(
        details.items(),
        key=lambda kv: (kv[0] not in _FIRST, _FIRST.index(kv[0]) if kv[0] in _FIRST else 0, kv[0]),
    )
    for key, value in ordered:
        if isinstance(value, list) and not value:
            continue
        if key in ("fingerprint", "sender", "notice_by") and isinstance(value, str):
            shown = names(value)
        elif key == "record" and isinstance(value, str) and value in records:
            shown = records[value]
        elif key == "role" and isinstance(value, str):
            shown = value_label(value)  # "field" is the vocabulary's key, not a word to show
        elif key == "kind" and isinstance(value, str):
            kinds = _BUNDLE_KINDS if action == "exported" else _RECORD_KINDS
            shown = _t(kinds[value]) if value in kinds else value.replace("_", " ")
        elif isinstance(value, bool):
            shown = (
                QCoreApplication.translate("audit", "yes")
                if value
                else QCoreApplication.translate("audit", "no")
            )
        elif isinstance(value, str) and len(value) >= 32:
            shown = value[:8]
        elif isinstance(value, list):
            shown = join_list(
                names(v) if isinstance(v, str) and len(v) == 64 else str(v)[:16] for v in value
            )
        else:
            shown = str(value)
        label = _t(_KEY_LABELS[key]) if key in _KEY_LABELS else key.replace("_", " ")
        parts.append(
            QCoreApplication.translate("audit", "{label}: {value}").format(label=label, value=shown)
        )
    return QCoreApplication.translate("audit", "; ").join(parts) if parts else ""


class AuditModel(QAbstractTableModel):
    """The log, newest first, read in pages of 200 (a vault of 100,000 edits has as many events)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("audit", "No."),
        QT_TRANSLATE_NOOP("audit", "When"),
        QT_TRANSLATE_NOOP("audit", "Who"),
        QT_TRANSLATE_NOOP("audit", "What"),
        QT_TRANSLATE_NOOP("audit", "Details"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Connection | None = None
        self.names: Names | None = None
        self.action: str | None = None
        self.total = 0
        self.pages: dict[int, list[audit.AuditEvent]] = {}
        self.records: dict[str, str] = {}  # record id -> "number — title", for the pages read

    def set_source(self, db: Connection | None, names: Names | None) -> None:
        self.beginResetModel()
        self.db, self.names = db, names
        self.pages.clear()
        self.records.clear()
        self.total = 0
        if db is not None:
            try:
                self.total = audit.count(db, action=self.action)
            except FieldKitError:
                self.total = 0
        self.endResetModel()

    def set_action(self, action: str | None) -> None:
        self.action = action
        self.set_source(self.db, self.names)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def event_at(self, row: int) -> audit.AuditEvent | None:
        if self.db is None or not 0 <= row < self.total:
            return None
        page = row // PAGE
        if page not in self.pages:
            if len(self.pages) >= MAX_PAGES:
                self.pages.pop(next(iter(self.pages)))
            # Newest first: row 0 is the last event of the chain.
            last = self.total - page * PAGE
            first = max(0, last - PAGE)
            try:
                events = audit.events(self.db, offset=first, limit=last - first, action=self.action)
            except FieldKitError:
                events = []
            self.pages[page] = list(reversed(events))
            ids = [e.details.get("record") for e in events]
            try:
                self.records.update(audit.record_names(self.db, [i for i in ids if i]))
            except FieldKitError:
                pass  # the ids are shown short instead
        events = self.pages[page]
        index = row - page * PAGE
        return events[index] if index < len(events) else None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        event = self.event_at(index.row())
        if event is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            names = self.names or (lambda fp: (fp or "")[:16])
            column = index.column()
            if column == 0:
                return event.seq
            if column == 1:
                return format_iso(event.at)
            if column == 2:
                return names(event.actor)
            if column == 3:
                return action_label(event.action)
            return details_text(event.details, names, self.records, event.action)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            names = self.names or (lambda fp: (fp or "")[:16])
            return (
                details_text(event.details, names, self.records, event.action)
                + "\n"
                + QCoreApplication.translate("audit", "Event hash {hash}").format(hash=event.hash)
            )
        return None


class AuditLogPage(QWidget):
    # An event about a record was double-clicked (or Enter): its kind and id, for the workspace
    # to open its editor — a deleted record's too, whose editor offers to restore it.
    open_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.session: Session | None = None
        self.worker: workers.Worker | None = None
        self.check: audit.AuditCheck | None = None
        self._generation = 0
        self.status = named(QLabel(self), "chainStatus")
        self.status.setWordWrap(True)
        self.verify_button = push_button(
            self.tr("Chec&k the chain again"), self, "verifyChain", self.verify
        )
        self.filter = named(QComboBox(self), "auditFilter", self.tr("Show events of"))
        self.filter.addItem(self.tr("All actions"), None)
        for action in sorted(audit.ACTIONS, key=action_label):
            self.filter.addItem(action_label(action), action)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter)
        self.model = AuditModel(self)
        self.table = named(QTableView(self), "auditTable", self.tr("Audit log"))
        elide_in_own_direction(self.table)  # names and details cut at their own text's end
        self.table.setModel(self.model)
        read_only_rows(self.table, alternating=True, wrap=False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((60, 160, 180, 170)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self.open_event_record)
        top = hrow(heading(self.tr("Audit log"), self, size=1.3), None, filter_label, self.filter)
        status_row = hrow(self.status, 1, self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.table, 1)

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self._generation += 1
        self.check = None
        if session is None:
            self.model.set_source(None, None)
            self.status.clear()
            self.status.setStyleSheet("")

    def refresh(self) -> None:
        if self.session is None:
            return
        names = Names(
            self.session.vault.db, self.session.identity.fingerprint, self.session.identity.name
        )
        self.model.set_source(self.session.vault.db, names)
        self.verify()

    def open_event_record(self, index: Index) -> str | None:
        """Ask for the record the event at ``index`` is about (created, edited, deleted,
        restored, resolved); its id, or None when the event names no record of this vault."""
        event = self.model.event_at(index.row()) if index.isValid() else None
        record_id = event.details.get("record") if event is not None else None
        if self.session is None or not isinstance(record_id, str) or not record_id:
            return None
        try:
            kind = self.session.records.get(record_id, follow=False).kind
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        self.open_requested.emit(kind, record_id)
        return record_id

    def _filter_changed(self, _index: int) -> None:
        self.model.set_action(self.filter.currentData())

    @property
    def verifying(self) -> bool:
        return self.worker is not None

    def verify(self) -> None:
        if self.session is None or self.worker is not None:
            return
        generation = self._generation
        self.status.setText(self.tr("Checking the chain of events…"))
        self.status.setStyleSheet("")
        self.worker = workers.run_for_page(
            self,
            self.verify_button,
            _verify_chain,
            self.session,
            wanted=lambda: generation == self._generation,
            on_done=self._verified,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.clear()
        show_error(self, exc)

    def _verified(self, check: audit.AuditCheck) -> None:
        self.check = check
        if check.ok:
            self.status.setText(
                self.tr(
                    "The chain is intact: {n} events, each linked to the one before. Head {head}…"
                ).format(n=check.length, head=check.head[:16])
            )
            self.status.setStyleSheet(OK_STYLE)
        else:
            problems = "\n".join(core_text(p) for p in check.problems[:10])
            more = len(check.problems) - 10
            if more > 0:
                problems += "\n" + self.tr("…and {n} more.").format(n=more)
            self.status.setText(
                self.tr("The chain is BROKEN: events were altered or removed.") + "\n" + problems
            )
            self.status.setStyleSheet(BAD_STYLE)


def _verify_chain(session: Session) -> audit.AuditCheck:
    conn = session.read_connection()
    try:
        return audit.verify(conn)
    finally:
        conn.close()
