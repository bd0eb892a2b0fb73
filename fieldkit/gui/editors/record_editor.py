"""The editor window shared by objects and damage reports.

A form built from the field definitions, in titled groups; each field validated as it is typed
(``fields.clean_value``), the message in red under it and Save disabled while any is invalid.
Photos are added in a worker (see :mod:`photo_import`). Unsaved values can be kept as a draft
(:mod:`fieldkit.records.drafts`), which is what locking does before the vault closes.

Nothing becomes a revision until the user saves: photos added to a record not saved yet are
stored encrypted but attached to nothing ("staged"), shown in the strip as not saved, and Save
creates the record with them in one revision; Discard, or closing without saving, removes them.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit import i18n
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.errors import FieldKitError
from fieldkit.gui import numbers, workers
from fieldkit.gui.dates import format_hlc, format_moment
from fieldkit.gui.editors.field_widgets import (
    DateInput,
    DateTimeInput,
    FieldInput,
    TextInput,
    make_input,
)
from fieldkit.gui.editors.history_view import HistoryView
from fieldkit.gui.editors.mnemonics import assign_mnemonics, mnemonic_of
from fieldkit.gui.editors.photo_import import PhotosAdded, import_photos
from fieldkit.gui.editors.photo_strip import PhotoStrip, TakesDroppedFiles
from fieldkit.gui.errors import show_error
from fieldkit.gui.field_values import field_value_text
from fieldkit.gui.people_names import Names
from fieldkit.gui.photo_viewer import PhotoViewer
from fieldkit.gui.session import Session
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.vocabulary_labels import field_label, value_label
from fieldkit.gui.widgets import (
    error_label,
    heading,
    hrow,
    named,
    push_button,
    question_box,
    scroll_area,
    set_error,
    splitter,
)
from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.records.photo_errors import PhotoError
from fieldkit.records.service import HistoryEntry, PhotoInput, RecordChangedError, RecordView

# The core's sentences for a date or a date and time it cannot read (fields.py), said by the
# editor as its date fields take them.
_DATE_FORMATS = frozenset(
    {
        "{field} must be a date written YYYY-MM-DD (e.g. {example}).",
        "{field} must be a date and time written YYYY-MM-DDTHH:MM (e.g. {example}).",
    }
)
# The row's index in the entries given to HistoryView.show_history, where the view sets it.
_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
# Typing is kept as a draft this long after the last change, and at least this often while the
# user keeps typing: a power cut loses a few seconds of typing, not the form.
DRAFT_DELAY_MS = 3_000
DRAFT_MAX_WAIT_MS = 30_000


def typeable(kind: str, name: str, typed: Any) -> bool:
    """Whether the form takes ``typed`` in field ``name`` as it is. An inventory number an older
    FieldKit stored with a direction mark is not: shown, the form refused its own text."""
    try:
        return F.clean_value(kind, name, typed) == typed
    except F.ValidationError:
        return False


class SidePanels(QVBoxLayout):
    """The editor's side panels, one above the other, in a scroll area.

    A layout with word-wrapped labels answers "height for width" from its preferred sizes,
    and a scroll area then gives it that height: the side panels scrolled by some 120 px even
    on a screen where they fitted before, the history squeezed to its minimum. Saying no, the
    panels get the room there is, as beside a splitter, and scroll only below their minimum.
    """

    def hasHeightForWidth(self) -> bool:
        return False


class RecordEditor(TakesDroppedFiles, QWidget):
    """Subclasses set ``kind``, ``groups`` (title, field names) and may add side panels."""

    kind: str = ""
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    default_photo_role = "overall"
    saved = Signal(str)  # record id
    closed = Signal(object)  # the editor

    def __init__(
        self,
        session: Session,
        record_id: str | None = None,
        *,
        initial: dict[str, Any] | None = None,
        draft_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.session = session
        self.record_id = record_id
        self.draft_key = draft_key or (
            f"{self.kind}:{record_id}" if record_id else f"{self.kind}:new:{uuid.uuid4()}"
        )
        self.media: list[dict[str, Any]] = []
        # Photos added to a record not saved yet: stored, in no revision until Save.
        self.staged: list[dict[str, Any]] = []
        self._prefill: dict[str, Any] = {}
        self.inputs: dict[str, FieldInput] = {}
        self.errors: dict[str, str] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._labels: list[QLabel] = []
        self._label_texts: list[tuple[QLabel, str]] = []  # each label's text, unescaped
        self._history_entries: list[HistoryEntry] = []
        self.deleted = False
        # The head revision the form's stored values are of, and those values as stored: the
        # save names it (``Records.edit(expected_head=…)``) and so does the draft, so a newer
        # revision that arrives meanwhile (a bundle, a sync, the CLI) is never typed over
        # silently (r13 review #1).
        self._base_head: str | None = None
        self._base_fields: dict[str, Any] = {}
        # Fields the user and a newer revision both changed: the newer value ("theirs"), shown
        # under the field beside the user's until the user chooses; and the revision the
        # user's typing was made over, which the draft keeps while the choice is open.
        self.theirs: dict[str, Any] = {}
        self._conflict_base: str | None = None
        # A record deleted meanwhile, shown with the user's typing: the revision that typing
        # was made over. A restore puts the typing back over the restored version and asks
        # about each field a newer revision changed too (r14 review #1): the tombstone's own
        # head is no base, it carries the colleague's newest values.
        self._typed_over: str | None = None
        # The revision whose values the both-values panel shows (None: the newest): after a
        # restore, the version restored, so the panel names who made those values.
        self._newer_from: str | None = None
        self._cells: dict[str, QVBoxLayout] = {}
        self._both_panels: dict[str, QFrame] = {}
        # Placeholders taken off while the record is deleted (read-only), to put back.
        self._hidden_placeholders: dict[QLineEdit | QTextEdit, str] = {}
        self.confirm_box: QMessageBox | None = None
        # Whether the record is in conflict (another version exists, to be settled in
        # Conflicts): said in a banner, and asked about before a save (r14 trial #21, #23).
        self.in_conflict = False
        self.conflict_box: QMessageBox | None = None
        self._close_after_save = False
        self._saved_raw: dict[str, Any] = {}
        self._import: workers.Worker | None = None
        self._closing_for_lock = False
        self._close_answered = False
        self._media_before_import: list[dict[str, Any]] = []
        self.unsaved_box: QMessageBox | None = None
        self._saving = False
        # The draft kept while typing (one encrypted write into the vault, on this thread):
        # only locking kept one before, and a power cut lost everything typed.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.timeout.connect(self._keep_draft_now)
        self._draft_pending_since: float | None = None  # monotonic, first change not kept
        # Whether this editor's timer wrote the draft: only such a draft is dropped when the
        # form is typed back to what is saved (a draft left for "Later" is not this editor's).
        self._drafted = False
        self.thumbnails = ThumbnailCache(size=96, capacity=64, parent=self)
        self.thumbnails.set_session(session)
        self._build()
        self._assign_mnemonics()
        view = session.records.get(record_id, self.kind) if record_id else None
        self._load(view)
        if draft_key is None:
            # Filled in by the app (the vault's organisation, the selected object), not typed:
            # nothing to save yet. Given as stored (an object's id): shown as a person types it.
            prefill = self.new_record_values() if record_id is None else {}
            if initial:
                prefill.update(self.shown_values(dict(initial)))
            self._prefill = {k: v for k, v in prefill.items() if k in self.inputs}
            self._apply_prefill()
        else:
            # A draft's values are unsaved typing and stay dirty; a new record's draft also
            # holds the photos added to it.
            draft = drafts.load(session.vault, draft_key)
            self.staged = list(draft.photos) if draft is not None and record_id is None else []
            self._show_photos()
            typed = {k: v for k, v in (initial or {}).items() if k in self.inputs}
            base = draft.base if draft is not None else None
            newer = view is not None and not view.deleted and base not in (None, view.head_rev)
            if view is not None and base is not None and newer:
                # Typed over an older revision: a field the newer one changed too is asked
                # about, not saved over (a draft of an older FieldKit has no base: as before).
                self._take_newer(view, self._raw_of_revision(base), typed, base)
            else:
                for name, value in typed.items():
                    self.inputs[name].set_raw(value)
                if self.deleted and typed:
                    self._typed_over = base
            self._say_recovered(draft, newer=newer)
        self._validate_all()
        self.resize(1180, 720)

    # --- building ----------------------------------------------------------------------------

    def line_edit(self, name: str) -> QLineEdit:
        """The line edit of the one-line text field ``name`` (placeholders, completers)."""
        field = self.inputs[name]
        if not isinstance(field, TextInput):
            raise TypeError(f"{name} is not a one-line text field")
        return field.edit

    def _build(self) -> None:
        self.title_label = heading("", self, size=1.3)
        self.title_label.setObjectName("editorTitle")
        form_host = QWidget(self)
        self.form_host = form_host
        form_layout = QVBoxLayout(form_host)
        for title, names in self.groups:
            form_layout.addWidget(self._group(self.tr_group(title), names, form_host))
        form_layout.addStretch(1)
        # One label column width for every group, so the fields line up down the form.
        width = max((label.sizeHint().width() for label in self._labels), default=0)
        for label in self._labels:
            label.setMinimumWidth(width)
        scroll = self.form_scroll = scroll_area(form_host, self)
        side = QWidget(self)
        self.side_layout = SidePanels(side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self._build_side(side)
        # The side panels (completeness, where now, photos, history) stacked up to 660 px: at
        # 125 % on a 1366×768 laptop that pushed the editor's bottom off the screen. They
        # scroll, as the form beside them does, so the window fits and keeps its buttons.
        self.side_scroll = scroll_area(side, self)
        self.side_scroll.setObjectName("editorSide")
        # Only up and down: the panels keep their width, as they did beside the form.
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(side.minimumSizeHint().width() + bar)
        panes = splitter(self, scroll, self.side_scroll, stretch=(3, 2))
        self.status = named(QLabel(self), "editorStatus")
        # A long sentence wraps in the room left beside the buttons: "Deleted. To bring it
        # back…" widened the window to 1300 px, and every editor opened after it at that width.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = push_button(self.tr("&Save"), self, "saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = push_button(
            self.tr("&Discard changes"), self, slot=self.discard_changes
        )
        self.delete_button = push_button(self.tr("De&lete…"), self, "deleteRecord")
        self.delete_button.setToolTip(
            self.tr("Delete this record (its history is kept, and it can be restored)")
        )
        self.delete_button.clicked.connect(lambda: self.confirm_delete())
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        close_action = QAction(self.tr("Close"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        self.addAction(close_action)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.status, 1)
        self.buttons.addWidget(self.delete_button)
        self._add_buttons(self.buttons)
        self.buttons.addWidget(self.discard_button)
        self.buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self._conflict_banner())
        layout.addWidget(panes, 1)
        layout.addLayout(self.buttons)

    def _conflict_banner(self) -> QFrame:
        """Under the title, while the record is in conflict: what it means, and the way to the
        Conflicts view. A record in conflict opened with no sign of it, only the provisional
        winner's values, and an edit left open across an import never heard of it."""
        banner = QFrame(self)
        banner.setObjectName("conflictBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        # The colour of the Conflicts view's disputed rows.
        banner.setStyleSheet("QFrame#conflictBanner { background: #fff1c2; color: #3a2a00; }")
        self.conflict_label = named(
            QLabel(
                self.tr(
                    "This record is in conflict: another version exists. Settle it in "
                    "Conflicts before editing."
                ),
                banner,
            ),
            "conflictText",
        )
        self.conflict_label.setWordWrap(True)
        self.conflict_button = push_button(
            self.tr("Open in Conflicts"), banner, "openConflicts", lambda: self.open_in_conflicts()
        )
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.conflict_label, 1)
        row.addWidget(self.conflict_button)
        banner.setVisible(False)
        self.conflict_banner = banner
        return banner

    def _set_in_conflict(self, in_conflict: bool) -> None:
        self.in_conflict = in_conflict
        # Not for a deleted record's read-only form: it says how to bring it back.
        self.conflict_banner.setVisible(in_conflict and not self.deleted)

    def open_in_conflicts(self) -> bool:
        """Show this record in the main window's Conflicts view. Returns whether it could."""
        # Imported here: the workspace imports the editors.
        from fieldkit.gui.workspace import CONFLICTS, Workspace

        main = self.parentWidget()
        workspace = getattr(main, "workspace", None)
        if self.record_id is None or main is None or not isinstance(workspace, Workspace):
            return False
        if workspace.sidebar.currentRow() == CONFLICTS:
            workspace.conflicts_page.refresh()  # shown already: read again, as a visit does
        else:
            workspace.show_section(CONFLICTS)
        workspace.conflicts_page.select(self.record_id)
        main.raise_()
        main.activateWindow()
        return True

    def tr_group(self, title: str) -> str:
        return QCoreApplication.translate("editors", title)

    def make_field_input(self, field: F.Field, label: str, parent: QWidget) -> FieldInput:
        """The input for one field (custody editors show their vocabulary in their own words)."""
        return make_input(field, label, parent)

    def _group(self, title: str, names: tuple[str, ...], parent: QWidget) -> QGroupBox:
        # A group box reads "&" as a mnemonic: "Location & status" showed "Location _status".
        box = QGroupBox(title.replace("&", "&&"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            field = F.FIELDS[self.kind][name]
            label_text = field_label(self.kind, name)
            item = self.make_field_input(field, label_text, box)
            item.changed.connect(lambda name=name: self._field_changed(name))
            self.inputs[name] = item
            # "&" would be read as a keyboard mnemonic in a label with a buddy.
            caption = label_text.replace("&", "&&")
            if field.sensitive:
                caption = self.tr("{label} (sensitive)").format(label=caption)
            # Translatable: French writes « Statut : » with a space before the colon.
            colon = self.tr("%1:")
            label = QLabel(colon.replace("%1", caption), box)
            plain = label_text
            if field.sensitive:
                plain = self.tr("{label} (sensitive)").format(label=plain)
            self._labels.append(label)
            self._label_texts.append((label, colon.replace("%1", plain)))
            label.setBuddy(item.focus_widget())
            if field.sensitive:
                tip = self.tr(
                    "Sensitive: where things are. Left out of bundles sent with locations removed."
                )
                label.setToolTip(tip)
                item.widget.setToolTip(tip)
                label.setStyleSheet("color: #8a4b00; font-weight: bold;")
                item.widget.setAccessibleDescription(tip)
            error = error_label(box)
            error.setObjectName(f"error_{name}")
            self._error_labels[name] = error
            cell = QWidget(box)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(item.widget)
            column.addWidget(error)
            self._cells[name] = column
            form.addRow(label, cell)
        return box

    def _build_side(self, side: QWidget) -> None:
        photos = QGroupBox(self.tr("Photos"), side)
        self.photo_strip = PhotoStrip(self.thumbnails, photos)
        self.photo_strip.set_role(self.default_photo_role)
        self.photo_strip.files_chosen.connect(self.add_photos)
        self.photo_strip.photo_opened.connect(self.open_photo)
        self.photo_strip.cancel_requested.connect(self.cancel_import)
        self.photo_strip.remove_requested.connect(self.confirm_remove_photo)
        self.photo_strip.role_requested.connect(self.set_photo_role)
        self.photo_strip.caption_requested.connect(self.ask_caption)
        QVBoxLayout(photos).addWidget(self.photo_strip)
        self._add_side_panels(side)
        self.side_layout.addWidget(photos)
        history = QGroupBox(self.tr("History"), side)
        self.history = HistoryView(history)
        self.history.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.history.customContextMenuRequested.connect(self._history_menu)
        self.history.itemSelectionChanged.connect(self._update_restore)
        self.restore_button = push_button(
            self.tr("Restore this &version…"), history, "restoreVersion"
        )
        self.restore_button.setToolTip(
            self.tr("Bring back the fields and photos of the version selected above")
        )
        self.restore_button.clicked.connect(lambda: self.confirm_restore())
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history)
        restore_row = hrow(None, self.restore_button)
        history_layout.addLayout(restore_row)
        self.side_layout.addWidget(history, 1)

    def _add_side_panels(self, side: QWidget) -> None:
        """Subclasses add panels above the photos."""

    def _add_buttons(self, row: QHBoxLayout) -> None:
        """Subclasses add buttons before Discard and Save."""

    def _assign_mnemonics(self) -> None:
        """Alt+letter for every field label, unique in the editor and apart from the buttons'."""
        taken = {
            letter
            for button in self.findChildren(QAbstractButton)
            if (letter := mnemonic_of(button.text()))
        }
        texts = assign_mnemonics([text for _label, text in self._label_texts], taken)
        for (label, _plain), text in zip(self._label_texts, texts, strict=True):
            label.setText(text)

    # --- loading and state -------------------------------------------------------------------

    def _load(self, view: RecordView | None) -> None:
        values = self.shown_values(dict(view.fields)) if view else {}
        self.media = list(view.media) if view else []
        self.deleted = bool(view and view.deleted)
        self._base_head = view.head_rev if view else None
        self._base_fields = dict(view.fields) if view else {}
        self._typed_over = None
        self._newer_from = None
        self._show_both({}, None)
        self._set_in_conflict(bool(view and view.in_conflict))
        for name, item in self.inputs.items():
            item.blockSignals(True)
            item.set_raw(values.get(name))
            item.blockSignals(False)
        self._saved_raw = self.raw_values()
        self._show_photos()
        self._refresh_history()
        self._update_title()
        self._update_deleted()

    def shown_values(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A record's stored values as the form shows them (subclasses: ids as numbers)."""
        return fields

    def new_record_values(self) -> dict[str, Any]:
        """What a new record's form starts with, as shown (subclasses: the vault's own)."""
        return {}

    def _apply_prefill(self) -> None:
        """Fill a new record's form with what the app gives it; that is not a change to save."""
        if not self._prefill:
            return
        for name, value in self._prefill.items():
            self.inputs[name].set_raw(value)
        self._saved_raw = self.raw_values()
        self._update_title()

    @property
    def shown_media(self) -> list[dict[str, Any]]:
        """The photos in the strip: the record's, then those added and not saved yet."""
        known = {m["sha256"] for m in self.media}
        return self.media + [e for e in self.staged if e["sha256"] not in known]

    def _show_photos(self) -> None:
        self.photo_strip.set_media(
            self.shown_media, pending={str(e["sha256"]) for e in self.staged}
        )

    def _update_deleted(self) -> None:
        """A deleted record is shown read-only until a version of it is restored."""
        self.form_host.setEnabled(not self.deleted)
        self._show_placeholders(not self.deleted)
        self.photo_strip.setEnabled(not self.deleted)
        # A deleted record's reopened draft can be discarded (or kept through a restore).
        self.discard_button.setEnabled(not self.deleted or self.dirty)
        self.delete_button.setEnabled(self.record_id is not None and not self.deleted)
        if self.deleted:
            self.status.setText(
                self.tr(
                    "Deleted. To bring it back, select a version in the history and "
                    "choose “Restore this version…”."
                )
            )

    def _show_placeholders(self, shown: bool) -> None:
        """The empty fields' hints only where one can type: in a deleted record's read-only
        form the Qt style draws them as dark as the values, and « numéros d'inventaire de ce
        coffre… » read as a stored value (r13 retest #12). Put back as they were on restore."""
        edits: list[QLineEdit | QTextEdit] = [
            *self.form_host.findChildren(QLineEdit),
            *self.form_host.findChildren(QTextEdit),
        ]
        for edit in edits:
            if shown:
                kept = self._hidden_placeholders.pop(edit, None)
                if kept is not None and not edit.placeholderText():
                    edit.setPlaceholderText(kept)
            elif edit.placeholderText():
                self._hidden_placeholders[edit] = edit.placeholderText()
                edit.setPlaceholderText("")

    def _refresh_history(self) -> None:
        self._history_entries = []
        if self.record_id:
            # Newest first: the latest change is what a person looks for.
            self._history_entries = list(reversed(self.session.records.history(self.record_id)))
            identity = self.session.identity
            names = Names(self.session.vault.db, identity.fingerprint, identity.name)
            self.history.show_history(self._history_entries, identity.fingerprint, names=names)
        self._update_restore()

    def _entry_index(self, row: int) -> int:
        """The index in the entries given to the history view of its row ``row``."""
        item = self.history.item(row, 0)
        index = item.data(_ENTRY_ROLE) if item is not None else None
        if not isinstance(index, int):
            index = row  # rows follow the entries given
        return index

    def selected_history_entry(self) -> HistoryEntry | None:
        """The revision of the history row selected (None: no row, or not one of ours)."""
        entries = self._history_entries
        row = self.history.currentRow()
        if row < 0 or not entries or not self.history.selectedItems():
            return None
        index = self._entry_index(row)
        return entries[index] if 0 <= index < len(entries) else None

    def select_history_entry(self, index: int) -> None:
        """Select the history row showing ``self._history_entries[index]``."""
        for row in range(self.history.rowCount()):
            if self._entry_index(row) == index:
                self.history.select_whole_row(row)
                return

    def _restorable(self, entry: HistoryEntry | None) -> bool:
        if entry is None or entry.revision.deleted or self._import is not None:
            return False
        view_head = self._history_entries[0] if self._history_entries else None  # newest first
        # The current version is already what the record holds (unless it was deleted since).
        return self.deleted or view_head is None or entry.rev_id != view_head.rev_id

    def _update_restore(self) -> None:
        self.restore_button.setEnabled(self._restorable(self.selected_history_entry()))

    def _history_menu(self, pos: QPoint) -> QMenu:
        """Right-click (or the Menu key) on a history row: "Restore this version…"."""
        row = self.history.rowAt(pos.y())
        if row >= 0:
            self.history.select_whole_row(row)
        menu = named(QMenu(self.history), "historyMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(self.tr("Restore this version…"))
        action.setEnabled(self._restorable(self.selected_history_entry()))
        action.triggered.connect(lambda: self.confirm_restore())
        menu.popup(self.history.viewport().mapToGlobal(pos))
        return menu

    def raw_values(self) -> dict[str, Any]:
        return {name: item.raw() for name, item in self.inputs.items()}

    @property
    def dirty(self) -> bool:
        return bool(self.staged) or self.raw_values() != self._saved_raw

    def _update_title(self) -> None:
        title = self.describe()
        if self.deleted:
            title = self.tr("{record} (deleted)").format(record=title)
        mark = " *" if self.dirty else ""
        # The heading follows the window's direction, not its first letter: an Arabic heading
        # starting with a Latin inventory number sat at the left, and an English one with an
        # Arabic title put the "*" beside its first word. The title is isolated inside.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction = "\u200f" if rtl else "\u200e"  # right-to-left / left-to-right mark
        self.title_label.setText(f"{direction}{i18n.FSI}{title}{i18n.PDI}{mark}")
        self.setWindowTitle(f"{title}{mark} — FieldKit")

    def describe(self) -> str:
        raise NotImplementedError

    # --- validation --------------------------------------------------------------------------

    def _field_changed(self, name: str) -> None:
        self._validate(name)
        self._after_change()
        self._schedule_draft()

    def _after_change(self) -> None:
        self.save_button.setEnabled(not self.errors and self._import is None and not self.deleted)
        self.discard_button.setEnabled(not self.deleted or self.dirty)
        self.save_action.setEnabled(self.save_button.isEnabled())
        self._update_title()

    def _validate(self, name: str) -> None:
        try:
            F.clean_value(self.kind, name, self.inputs[name].raw())
        except F.ValidationError as exc:
            self.errors[name] = self._plain(name, exc)
        else:
            self.errors.pop(name, None)
        set_error(self._error_labels[name], self.errors.get(name, ""))

    def _plain(self, name: str, exc: F.ValidationError) -> str:
        # The core's sentence names the field by its key ({field}): fill in its label, then
        # translate the template (exc.message is the English already filled in).
        text = i18n.from_error(exc)
        item = self.inputs.get(name)
        if text.template in _DATE_FORMATS and isinstance(item, DateInput):
            return self._date_format_error(name, item)
        if "field" in text.params:
            params = {**text.params, "field": field_label(self.kind, name)}
            text = i18n.Text(text.context, text.template, text.plural_n, **params)
        return i18n.localise(text)

    def _date_format_error(self, name: str, item: DateInput) -> str:
        """A wrong date said as the field takes it: its pattern as the placeholder shows it
        (« AAAA-MM-JJ HH:MM », Arabic letters in Arabic) and an example without ISO's "T".
        The core's « YYYY-MM-DDTHH:MM (e.g. 2026-03-14T09:30) » is the command line's form,
        Latin letters in an Arabic sentence (r14 trial #16)."""
        label = i18n.isolate(field_label(self.kind, name))
        example = i18n.ltr(item.example())
        if isinstance(item, DateTimeInput):
            said = self.tr("{field} must be a date and time written {pattern} (e.g. {example}).")
        else:
            said = self.tr("{field} must be a date written {pattern} (e.g. {example}).")
        return said.format(field=label, pattern=item.pattern(), example=example)

    def _validate_all(self) -> None:
        for name in self.inputs:
            self._validate(name)
        self._after_change()

    def show_field_error(self, name: str, message: str) -> None:
        if name in self._error_labels:
            self.errors[name] = message
            set_error(self._error_labels[name], message)
            self._after_change()
            self.reveal_first_error()

    def reveal_first_error(self) -> str | None:
        """Scroll to the first invalid field in form order, focus it and say what is wrong.

        Save greyed with nothing red on screen told the user nothing: the field may be far
        down the form. Returns the field's name (None when every field is valid).
        """
        name = next((n for n in self.inputs if n in self.errors), None)
        if name is None:
            return None
        widget = self.inputs[name].focus_widget()
        self.form_scroll.ensureWidgetVisible(self._error_labels[name])
        self.form_scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        label = field_label(self.kind, name)
        problem = self.errors[name]
        if label in problem:
            # The sentence names the field already: "Not saved: Date: Date must be…" read twice.
            self.status.setText(self.tr("Not saved: {problem}").format(problem=problem))
        else:
            self.status.setText(
                self.tr("Not saved: {field}: {problem}").format(field=label, problem=problem)
            )
        return name

    # --- saving ------------------------------------------------------------------------------

    def values_for_save(self) -> dict[str, Any]:
        return self.raw_values()

    def save(self) -> bool:
        """Save synchronously (no photos: fast). Returns True when saved; False also while a
        record in conflict asks whether to save anyway."""
        return self._save(anyway=False)

    def _save(self, *, anyway: bool) -> bool:
        """``anyway``: the user chose to save a record in conflict, the conflict left open."""
        self._validate_all()
        if self._import is not None:
            return False
        if self.errors:
            self.reveal_first_error()
            return False
        if self.record_id is not None and self.deleted:
            self._say_deleted_since()
            return False
        if self.theirs:
            # Both values are shown: the user chooses; Save alone must not pick one.
            self._refuse_until_chosen()
            return False
        values = self.values_for_save()
        self._saving = True
        try:
            if self.record_id is None:
                cleaned = {k: v for k, v in values.items() if v not in ("", None, [])}
                # One revision: the fields and the photos added before this first save.
                # The draft goes in the save's transaction: a crash just after it must
                # not leave a "recovered draft" that saves the record twice.
                view = self.session.records.create(
                    self.kind, cleaned, staged=self.staged, draft_key=self.draft_key
                )
                self.record_id = view.record_id
                self.staged = []
            else:
                # Only what the user changed: an untouched field keeps its stored value as it
                # is (a reference's id, a list entry with ";", a value typed elsewhere), and a
                # save with nothing changed signs no revision.
                raw = self.raw_values()
                changes = {
                    k: (None if v in ("", [], {}) else v)
                    for k, v in values.items()
                    if k not in self._saved_raw or raw.get(k) != self._saved_raw[k]
                }
                if changes and not anyway and self._in_conflict_now():
                    self._saving = False
                    self.ask_save_in_conflict()
                    return False
                view = self.session.records.edit(
                    self.record_id,
                    changes,
                    draft_key=self.draft_key,
                    expected_head=self._base_head,
                )
        except RecordChangedError:
            # Changed meanwhile without this editor hearing of it (the CLI): show the newer
            # values beside the typing, and save nothing until the user has chosen.
            self._saving = False
            self.check_for_changes()
            if self.theirs:
                self._refuse_until_chosen()
            return False
        except F.ValidationError as exc:
            if exc.field in self.inputs:
                self.show_field_error(exc.field, self._plain(exc.field, exc))
            else:
                show_error(self, exc)
            return False
        except FieldKitError as exc:
            self._saving = False
            if self.record_id is not None and self._deleted_meanwhile():
                return False  # said in the editor, with the way out (Restore or Discard)
            show_error(self, exc)
            return False
        finally:
            self._saving = False
        self._stop_draft_timer()
        self._forget_draft()
        self._load(view)
        self._validate_all()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(view.record_id)
        return True

    def _in_conflict_now(self) -> bool:
        """Whether the record is in conflict, read now: an import on the worker's connection, a
        sync or the command line may have put it so since the form was loaded."""
        assert self.record_id is not None  # noqa: S101 - only a saved record is in conflict
        try:
            view = self.session.records.get(self.record_id, self.kind)
        except FieldKitError:
            return self.in_conflict
        self._set_in_conflict(view.in_conflict)
        return view.in_conflict

    def ask_save_in_conflict(self) -> QMessageBox:
        """Save anyway / Open in Conflicts / Cancel, for a save of a record in conflict
        (window-modal, not blocking). Saving does not settle the conflict: Records.edit writes
        the changes on the version shown, and the other version stays for Conflicts."""
        if self.conflict_box is not None:
            self.conflict_box.raise_()
            return self.conflict_box
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save a record in conflict?"),
            self.tr("This record is in conflict: another version exists."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("saveInConflictBox")
        box.setInformativeText(
            self.tr(
                "Saving now adds your changes to the version shown here. The other version is "
                "kept, and the record stays in Conflicts until someone settles it there."
            )
        )
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveAnyway")
        show = box.addButton(self.tr("Open in Conflicts"), QMessageBox.ButtonRole.ActionRole)
        show.setObjectName("openConflictsInstead")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            self.conflict_box = None
            clicked = box.clickedButton()
            box.deleteLater()
            close, self._close_after_save = self._close_after_save, False
            if not self.session.is_open:
                return
            if clicked is save:
                if self._save(anyway=True) and close:
                    self._close_answered = True
                    self.close()
            elif clicked is show:
                self.open_in_conflicts()

        box.finished.connect(answered)
        self.conflict_box = box
        box.open()
        return box

    def discard_changes(self) -> None:
        if self._import is not None:
            self.status.setText(self.tr("Wait for the photos to be added, or cancel first."))
            return
        view = self.session.records.get(self.record_id, self.kind) if self.record_id else None
        staged, self.staged = self.staged, []
        self._load(view)
        if self.record_id is None:
            self._apply_prefill()  # a new record again, as it was opened
        self._stop_draft_timer()
        self._forget_draft()
        self._forget_staged(staged)
        self._validate_all()
        self.status.setText(self.tr("Changes discarded."))

    def _forget_staged(self, staged: list[dict[str, Any]]) -> None:
        """Remove photos added to a record that is not going to be saved."""
        if not staged or not self.session.is_open:
            return
        # Not removed (the disk refused): an encrypted photo in no record, harmless, and the
        # user asked for nothing more than to drop it from this record.
        with contextlib.suppress(FieldKitError):
            self.session.records.forget_staged(staged, draft_key=self.draft_key)
            if not self.dirty:  # the draft the staging wrote holds nothing left to reopen
                self._forget_draft()

    def _forget_draft(self) -> None:
        self._drafted = False
        if drafts.load(self.session.vault, self.draft_key) is not None:
            drafts.discard(self.session.vault, self.draft_key)
        old = self.draft_key
        if self.record_id and old != f"{self.kind}:{self.record_id}":
            self.draft_key = f"{self.kind}:{self.record_id}"

    def _schedule_draft(self) -> None:
        """Keep the draft once typing pauses (``DRAFT_DELAY_MS``), and at least every
        ``DRAFT_MAX_WAIT_MS`` while it goes on."""
        if not self.session.is_open or self.deleted:
            return
        now = time.monotonic()
        if self._draft_pending_since is None:
            self._draft_pending_since = now
        waited_ms = int((now - self._draft_pending_since) * 1000)
        self._draft_timer.start(max(0, min(DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS - waited_ms)))

    def _stop_draft_timer(self) -> None:
        self._draft_timer.stop()
        self._draft_pending_since = None

    def _keep_draft_now(self) -> None:
        """The timer's draft: the form as typed, or no draft once it holds nothing unsaved."""
        if self._saving or self._import is not None:
            # A save running (a dialog it shows spins the event loop) writes the record and
            # drops the draft itself; an import's staging writes the draft in its own
            # transaction and schedules this again when it ends.
            self._draft_timer.start(DRAFT_DELAY_MS)
            return
        self._draft_pending_since = None
        if not self.session.is_open or self.deleted:
            return
        try:
            if self.keep_draft():
                self._drafted = True
            elif self._drafted:
                # Typed back to what is saved: nothing to offer at the next unlock.
                self._forget_draft()
        except FieldKitError:
            # Kept at the next pause or at locking; the form still holds the typing.
            self._draft_pending_since = time.monotonic()
            self._draft_timer.start(DRAFT_MAX_WAIT_MS)

    def _say_recovered(self, draft: drafts.Draft | None, *, newer: bool = False) -> None:
        """Reopened from a draft (kept while typing, or at locking): say so, and since when;
        and whether the record changed meanwhile, or was deleted (r13 review #1, #2)."""
        if draft is None:
            return
        if self.record_id is not None and self.deleted:
            self._say_deleted_since()
            return
        if self.theirs:
            self.status.setText(self._both_changed_text())
            return
        try:
            when = format_moment(datetime.fromisoformat(draft.saved_at))
        except ValueError:
            when = draft.saved_at
        said = self.tr(
            "Reopened with the changes you had not saved (kept {when}): save them to keep them."
        ).format(when=when)
        if newer:
            said += " " + self._changed_text()
        self.status.setText(said)

    # --- a record changed or deleted meanwhile --------------------------------------------------

    def _typed_changes(self) -> dict[str, Any]:
        """The fields the user changed from what the form was loaded with, as typed."""
        raw = self.raw_values()
        return {k: v for k, v in raw.items() if k not in self._saved_raw or v != self._saved_raw[k]}

    def _newer_entry(self) -> HistoryEntry | None:
        """The revision the newer values shown come from: the newest (the history is newest
        first), or the version a restore brought back."""
        if self._newer_from is not None:
            entry = next((e for e in self._history_entries if e.rev_id == self._newer_from), None)
            if entry is not None:
                return entry
        return self._history_entries[0] if self._history_entries else None

    def _latest_by(self) -> dict[str, str]:
        """Who made the revision the newer values come from, and when."""
        entry = self._newer_entry()
        if entry is None:
            return {"who": QCoreApplication.translate("people", "unknown"), "when": ""}
        rev = entry.revision
        identity = self.session.identity
        names = Names(self.session.vault.db, identity.fingerprint, identity.name)
        return {"who": names(rev.author), "when": format_hlc(rev.hlc)}

    def _latest_is_own(self) -> bool:
        """Whether the newest revision is the user's own (their key: the command line, another
        window): then the value beside the typing is their own earlier one, not "theirs"."""
        entry = self._newer_entry()
        return entry is not None and entry.revision.author == self.session.identity.fingerprint

    def _changed_text(self) -> str:
        if self._latest_is_own():
            return self.tr(
                "This record was changed meanwhile by you elsewhere ({when}): the form shows "
                "its new values."
            ).format(when=self._latest_by()["when"])
        return self.tr(
            "This record was changed meanwhile by {who} ({when}): the form shows its new values."
        ).format(**self._latest_by())

    def _both_changed_text(self) -> str:
        if self._latest_is_own():
            return self.tr(
                "This record was changed meanwhile by you elsewhere ({when}). Where that "
                "change and your typing differ, both values are shown: choose one for each, "
                "then save."
            ).format(when=self._latest_by()["when"])
        return self.tr(
            "This record was changed meanwhile by {who} ({when}). Where you both changed a "
            "field, both values are shown: choose one for each, then save."
        ).format(**self._latest_by())

    def _refuse_until_chosen(self) -> None:
        self.status.setText(
            self.tr("Not saved: {problem}").format(problem=self._both_changed_text())
        )
        first = next((n for n in self.inputs if n in self.theirs), None)
        if first is not None:
            self.form_scroll.ensureWidgetVisible(self._both_panels[first])
            self.inputs[first].focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_deleted_since(self) -> None:
        """A deleted record with typing in the form: who deleted it, and the two ways out."""
        if not self.dirty:
            self._update_deleted()
            return
        self.status.setText(
            self.tr(
                "This record was deleted meanwhile by {who} ({when}). To keep your changes, "
                "restore it (“Restore this version…” in the history), then save; or discard them."
            ).format(**self._latest_by())
        )
        # The version before the deletion, selected: Restore is one click away.
        self.select_history_entry(1)

    def _deleted_meanwhile(self) -> bool:
        """After a refused save: if the record was deleted meanwhile, show it deleted with the
        user's typing kept in the form, and say so. Returns whether it was."""
        assert self.record_id is not None  # noqa: S101 - only a saved record can be deleted
        try:
            view = self.session.records.get(self.record_id, self.kind)
        except FieldKitError:
            return False
        if not view.deleted:
            return False
        self._moved_on(view)
        return True

    def check_for_changes(self) -> None:
        """The record may have changed behind this editor (a bundle imported, a sync, another
        window): show its newer values at once, keeping what the user typed."""
        if self.record_id is None or self._saving or self._import is not None:
            return
        if not self.session.is_open:
            return
        try:
            view = self.session.records.get(self.record_id, self.kind)
        except FieldKitError:
            return
        # An import that adds a competing version to the user's own, the provisional winner,
        # leaves the head as it was: the conflict is all there is to tell.
        self._set_in_conflict(view.in_conflict)
        if view.head_rev == self._base_head:
            return
        if view.fields == self._base_fields and view.deleted == self.deleted:
            # Only its photos changed (this editor's own photo change, or another's): no
            # field to ask about.
            self._base_head = view.head_rev
            self.media = list(view.media)
            self._show_photos()
            self._refresh_history()
            self._media_changed()
            return
        self._moved_on(view)

    def _moved_on(self, view: RecordView) -> None:
        """Show ``view``, newer than the form's, with the user's typing kept on top."""
        mine = self._typed_changes()
        if view.deleted:
            typed_over = self._typed_base()
            self._load(view)
            for name, value in mine.items():
                self._set_quietly(name, value)
            self._typed_over = typed_over if mine else None
            self._validate_all()
            self._update_deleted()
            self._say_deleted_since()
            return
        self._take_newer(view, dict(self._saved_raw), mine, self._typed_base())
        self._media_changed()
        self.status.setText(self._both_changed_text() if self.theirs else self._changed_text())

    def _typed_base(self) -> str | None:
        """The revision the user's typing was made over: while a choice between two values is
        open, the one before the newer revision; in a record deleted meanwhile, the one before
        the deletion (the tombstone's values are not what was typed over)."""
        if self.deleted and self._typed_over is not None:
            return self._typed_over
        return self._conflict_base if self.theirs else self._base_head

    def _set_quietly(self, name: str, value: Any) -> None:
        item = self.inputs[name]
        item.blockSignals(True)
        item.set_raw(value)
        item.blockSignals(False)

    def _raw_of_revision(self, rev_id: str) -> dict[str, Any] | None:
        """The form's values for revision ``rev_id`` of this record (None: not in its history).
        Leaves them in the inputs: the caller loads what the form is to show next."""
        entry = next((e for e in self._history_entries if e.rev_id == rev_id), None)
        if entry is None:
            return None
        values = self.shown_values(dict(entry.revision.fields))
        for name in self.inputs:
            self._set_quietly(name, values.get(name))
        return self.raw_values()

    def _take_newer(
        self,
        view: RecordView,
        base_raw: dict[str, Any] | None,
        mine: dict[str, Any],
        base: str | None,
        newer_from: str | None = None,
    ) -> list[str]:
        """Load ``view`` and put the user's typing ``mine`` back on top. A field the newer
        revision changed too (from ``base_raw``, the form's values of the revision typed over;
        None: unknown) keeps the user's value in the form, the newer one shown beside it.
        ``newer_from``: the revision the newer values are from, when not the newest."""
        pending = set(self.theirs)
        self._load(view)
        self._newer_from = newer_from
        newer = dict(self._saved_raw)
        both: dict[str, Any] = {}
        for name, value in mine.items():
            if name not in self.inputs:
                continue
            self._set_quietly(name, value)
            typed = self.inputs[name].raw()
            theirs = newer.get(name)
            if typed == theirs:
                continue  # the same value on both sides: nothing to choose
            if name not in pending and base_raw is not None and base_raw.get(name) == theirs:
                continue  # a field the newer revision did not touch: the typing is saved
            both[name] = theirs
        self._show_both(both, base)
        self._validate_all()
        return list(both)

    def _show_both(self, theirs: dict[str, Any], base: str | None) -> None:
        """Under each field of ``theirs``: the newer value, who made it, and the choice."""
        for panel in self._both_panels.values():
            panel.hide()
            panel.deleteLater()
        self._both_panels = {}
        self.theirs = dict(theirs)
        self._conflict_base = base if theirs else None
        if not theirs:
            return
        by = self._latest_by()
        own = self._latest_is_own()
        if own:
            # The user's own earlier value (the CLI, another window): "theirs" named nobody.
            said = self.tr("Changed meanwhile by you elsewhere ({when}): {value}")
            use_text, keep_text = self.tr("Use that value"), self.tr("Keep what I typed")
        else:
            said = self.tr("Changed meanwhile by {who} ({when}): {value}")
            use_text, keep_text = self.tr("Use theirs"), self.tr("Keep mine")
        for name, value in theirs.items():
            panel = QFrame(self.form_host)
            panel.setObjectName(f"both_{name}")
            panel.setFrameShape(QFrame.Shape.StyledPanel)
            # The newer value stands out from the form as the conflicts view's disputed rows do.
            panel.setStyleSheet(f"QFrame#both_{name} {{ background: #fff4d6; color: #3a2a00; }}")
            row = QVBoxLayout(panel)
            row.setContentsMargins(6, 4, 6, 4)
            label = QLabel(
                said.format(
                    who=by["who"],
                    when=by["when"],
                    value=i18n.isolate(self._value_text(name, value)),
                ),
                panel,
            )
            label.setObjectName(f"theirs_{name}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(label)
            use = push_button(use_text, panel, f"useTheirs_{name}")
            keep = push_button(keep_text, panel, f"keepMine_{name}")
            use.clicked.connect(lambda _c=False, n=name: self.choose(n, theirs=True))
            keep.clicked.connect(lambda _c=False, n=name: self.choose(n, theirs=False))
            row.addLayout(hrow(None, use, keep))
            self._cells[name].addWidget(panel)
            self._both_panels[name] = panel
            # Made after the form's focus chain: put in it right after their field, or a
            # keyboard user Tabbed past them and could not save (r13 retest #2).
            field = self.inputs[name].focus_widget()
            QWidget.setTabOrder(field, use)
            QWidget.setTabOrder(use, keep)

    def _value_text(self, name: str, value: Any) -> str:
        """A stored value as a person reads it, for the newer value shown beside the typing."""
        if value in (None, "", [], {}):
            return self.tr("(empty)")
        kind = F.FIELDS[self.kind][name].kind
        if kind == "measurements":
            # « hauteur 72,5 cm » as the history and the Conflicts view write them (the form's
            # values have the language's decimal separator already), not Python's dict text.
            return field_value_text(self.kind, name, value, one_line=True)
        if kind == "coordinates" and isinstance(value, dict):
            return numbers.coordinates(value.get("lat"), value.get("lon"))
        if isinstance(value, list):
            parts = [value_label(str(v)) if kind == "enum_list" else str(v) for v in value]
            return i18n.join_list(parts)
        if isinstance(value, dict):
            return i18n.join_list(f"{k}: {v}" for k, v in value.items())
        return value_label(str(value)) if kind == "enum" else str(value)

    def choose(self, name: str, *, theirs: bool) -> None:
        """The user's choice for a field both changed: the newer value, or what they typed."""
        if name not in self.theirs:
            return
        value = self.theirs.pop(name)
        if theirs:
            self.inputs[name].set_raw(value)  # a change like typing: validated, kept as draft
        panel = self._both_panels.pop(name, None)
        if panel is not None:
            # The focus goes back to the field, where the reader is (the hidden button's focus
            # went to the form's first field and scrolled it to the top).
            field = self.inputs[name].focus_widget()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form_scroll.ensureWidgetVisible(field)
            panel.hide()
            panel.deleteLater()
        if not self.theirs:
            self._conflict_base = None
            self.status.setText("")
        self._after_change()
        self._schedule_draft()

    def keep_draft(self) -> bool:
        """Store unsaved values as a draft (before locking). Returns True if one was stored."""
        if not self.dirty:
            return False
        # Only what the user changed: reopened over the record as it is then, the draft must
        # not send back fields changed meanwhile (a CLI edit, a bundle synced while locked).
        # A new record has nothing stored to fall back on: all of it (a prefilled object too).
        raw = self.raw_values()
        changed = {
            k: v
            for k, v in raw.items()
            if self.record_id is None or k not in self._saved_raw or v != self._saved_raw[k]
        }
        # The revision typed over: while a choice between two values is open, the one before
        # the newer revision, so that the reopened draft asks again; in a record deleted
        # meanwhile, the one before the deletion, so that a restore asks.
        base = self._typed_base()
        drafts.save(
            self.session.vault,
            self.draft_key,
            self.kind,
            self.record_id,
            changed,
            photos=self.staged,
            base=base if self.record_id is not None else None,
        )
        return True

    # --- deleting and restoring -----------------------------------------------------------------

    def _confirm(
        self,
        name: str,
        title: str,
        text: str,
        yes: str,
        then: Callable[[], object],
        *,
        informative: str = "",
    ) -> QMessageBox:
        """A window-modal question (not blocking); ``then()`` runs when the user confirms."""
        if self.confirm_box is not None:
            self.confirm_box.raise_()
            return self.confirm_box

        def answered(chosen: bool) -> None:
            self.confirm_box = None
            if chosen and self.session.is_open:
                then()

        self.confirm_box = question_box(
            self, name, title, text, yes, answered, informative=informative
        )
        return self.confirm_box

    def confirm_delete(self) -> QMessageBox | None:
        """Ask, then delete the record (a tombstone: history is kept, it can be restored)."""
        if self.record_id is None or self.deleted:
            return None
        return self._confirm(
            "confirmDeleteBox",
            self.tr("Delete this record?"),
            self.tr("Delete “{record}”?").format(record=self.describe()),
            self.tr("Delete"),
            self._delete,
            informative=self.tr(
                "It disappears from the lists and searches. Its history is kept: "
                "restore its last version from the history to bring it back."
            ),
        )

    def _delete(self) -> None:
        assert self.record_id is not None  # noqa: S101 - the button is off for a new record
        try:
            view = self.session.records.delete(self.record_id)
        except FieldKitError as exc:
            show_error(self, exc)
            return
        self._stop_draft_timer()
        self._forget_draft()
        self._load(view)
        self._validate_all()
        # Undo is one step away: the version before the deletion (entries are newest first).
        self.select_history_entry(1)
        self.saved.emit(view.record_id)

    def confirm_restore(self) -> QMessageBox | None:
        entry = self.selected_history_entry()
        if not self._restorable(entry) or entry is None:
            return None
        if self.dirty and not self.deleted:
            informative = self.tr("Your unsaved changes in the form are replaced.")
        else:
            informative = self.tr("The version shown now stays in the history.")
        return self._confirm(
            "confirmRestoreBox",
            self.tr("Restore this version?"),
            self.tr("Bring back the fields and photos of the version selected in the history?"),
            self.tr("Restore"),
            lambda: self._restore(entry.rev_id),
            informative=informative,
        )

    def _restore(self, rev_id: str) -> None:
        assert self.record_id is not None  # noqa: S101 - only saved records have a history
        # A record deleted meanwhile, reopened with the user's typing: the restore brings it
        # back to save that typing on (r13 review #2), it does not throw it away.
        mine = self._typed_changes() if self.deleted else {}
        typed_over = self._typed_over if mine else None
        try:
            restored = Duplicates(self.session.records).restore(self.record_id, rev_id)
        except FieldKitError as exc:
            show_error(self, exc)
            return
        view = restored.view
        self._stop_draft_timer()
        self._forget_draft()
        # The values of the revision typed over, from the history read before the restore.
        base_raw = self._raw_of_revision(typed_over) if typed_over is not None else None
        if base_raw is not None:
            # A field the version restored holds otherwise than the one typed over (a
            # colleague changed it before deleting) is asked about, not saved over.
            self._take_newer(view, base_raw, mine, typed_over, newer_from=rev_id)
        else:
            self._load(view)
            for name, value in mine.items():
                self._set_quietly(name, value)
            self._validate_all()
        self._media_changed()
        if self.dirty:
            with contextlib.suppress(FieldKitError):  # kept again at the next pause or lock
                self._drafted = self.keep_draft()
            if self.theirs:
                # Restored (the title and the history say so): what is left is to choose.
                self.status.setText(self._both_changed_text())
            else:
                self.status.setText(
                    self.tr(
                        "Restored; your unsaved changes are in the form: save them to keep them."
                    )
                )
            self.saved.emit(view.record_id)
            return
        if restored.undone is not None:
            self.status.setText(self.tr("Restored as an object of its own: the merge was undone."))
        else:
            self.status.setText(self.tr("Restored; the change is in the history."))
        self.saved.emit(view.record_id)

    # --- per-photo changes ---------------------------------------------------------------------

    def _photo_entry(self, sha256: str) -> dict[str, Any] | None:
        return next((m for m in self.shown_media if m["sha256"] == sha256), None)

    def _change_photos(self, done: str, over: str | None = None, **changes: Any) -> bool:
        """Save a photo change as a new revision (only the photos: typed values stay typed).
        ``over``: the revision the photos were shown from when the user asked (a question or
        the caption dialog opened); by default the form's."""
        if self._import is not None or self.deleted:
            return False
        if self.record_id is None:
            return self._change_staged(done, **changes)
        try:
            # Named, a caption or role a newer revision changed too (a sync while the caption
            # dialog was open) is refused, not replaced unseen (r14 review #6).
            view = self.session.records.edit(
                self.record_id, {}, expected_head=over or self._base_head, **changes
            )
        except RecordChangedError:
            # The photos as they are now, and why nothing was saved: the user can do it again
            # over what they see.
            self.check_for_changes()
            problem = self._both_changed_text() if self.theirs else self._changed_text()
            self.status.setText(self.tr("Not saved: {problem}").format(problem=problem))
            return False
        except FieldKitError as exc:
            show_error(self, exc)
            return False
        self.media = list(view.media)
        self._show_photos()
        self._refresh_history()
        self._media_changed()
        self.status.setText(done)
        self.saved.emit(view.record_id)
        return True

    def _change_staged(
        self,
        done: str,
        remove_photos: Sequence[str] = (),
        photo_updates: dict[str, dict[str, str]] | None = None,
    ) -> bool:
        """A change to photos not saved yet: made in the form, saved with the record."""
        try:
            for sha, update in (photo_updates or {}).items():
                for entry in self.staged:
                    if entry["sha256"] == sha:
                        if "caption" in update:
                            entry["caption"] = F.clean_caption(update["caption"])
                        if "role" in update:
                            entry["role"] = update["role"]
        except F.ValidationError as exc:
            show_error(self, exc)
            return False
        removed = [e for e in self.staged if e["sha256"] in set(remove_photos)]
        self.staged = [e for e in self.staged if e not in removed]
        self._forget_staged(removed)
        self._show_photos()
        self._media_changed()
        self._after_change()
        self._schedule_draft()
        self.status.setText(done)
        return True

    def confirm_remove_photo(self, sha256: str) -> QMessageBox | None:
        entry = self._photo_entry(sha256)
        if entry is None or self.deleted:
            return None
        if any(e["sha256"] == sha256 for e in self.staged):
            informative = self.tr("It was not saved with the record yet.")
        else:
            informative = self.tr(
                "The history keeps it: restoring an earlier version brings it back."
            )
        over = self._base_head  # the photos the user saw when asked
        return self._confirm(
            "confirmRemovePhotoBox",
            self.tr("Remove this photo?"),
            self.tr("Remove the photo “{photo}” from this record?").format(
                photo=entry.get("caption") or value_label(str(entry.get("role", "")))
            ),
            self.tr("Remove"),
            lambda: self._change_photos(self.tr("Photo removed."), over, remove_photos=[sha256]),
            informative=informative,
        )

    def set_photo_role(self, sha256: str, role: str) -> bool:
        entry = self._photo_entry(sha256)
        if entry is None or entry.get("role") == role:
            return False
        return self._change_photos(
            self.tr("Photo role changed."), photo_updates={sha256: {"role": role}}
        )

    def ask_caption(self, sha256: str) -> QInputDialog | None:
        entry = self._photo_entry(sha256)
        if entry is None or self.deleted:
            return None
        dialog = named(QInputDialog(self), "captionDialog")
        dialog.setWindowTitle(self.tr("Photo caption"))
        dialog.setLabelText(self.tr("&Caption of this photo:"))
        dialog.setTextValue(str(entry.get("caption") or ""))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        over = self._base_head  # the caption typed over, whatever arrives while it is open
        # Wide enough for a sentence and for its title (Qt's default cut both short). The
        # dialog's layout sizes it from its contents, so the field is what is widened.
        field = dialog.findChild(QLineEdit)
        if field is not None:
            field.setMinimumWidth(520)

        def answered(result: int) -> None:
            text = dialog.textValue()
            dialog.deleteLater()
            if result == QInputDialog.DialogCode.Accepted and self.session.is_open:
                self.set_photo_caption(sha256, text, over=over)

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    def set_photo_caption(self, sha256: str, caption: str, *, over: str | None = None) -> bool:
        """``over``: the revision the caption dialog was opened on (by default the form's)."""
        entry = self._photo_entry(sha256)
        if entry is None or str(entry.get("caption") or "") == caption.strip():
            return False
        return self._change_photos(
            self.tr("Photo caption changed."), over, photo_updates={sha256: {"caption": caption}}
        )

    # --- photos ------------------------------------------------------------------------------

    def add_photos(self, paths: Sequence[Path]) -> None:
        if self._import is not None or not paths:
            return
        # A record not saved yet is not saved for its photos: they wait for its first save.
        if self.record_id is not None and self.dirty:
            # Photos attach to a saved record: save what was typed first.
            if not self.save():
                if self.conflict_box is None:  # not the question about a conflict
                    self.status.setText(
                        self.tr("Correct the fields marked in red, then add the photos again.")
                    )
                return
        role = str(self.photo_strip.role.currentData())
        photos = [PhotoInput(p, role, "") for p in paths]
        self.photo_strip.set_busy(True)
        # Named context: self.tr from a subclass (ObjectEditor) finds no plural form here.
        self.status.setText(
            QCoreApplication.translate("RecordEditor", "Adding %n photo(s)…", "", len(photos))
        )
        self._media_before_import = list(self.media)
        worker = workers.Worker(import_photos, self.session, self.record_id, photos)
        # The worker's own callables: progress becomes a signal, cancel reads its flag.
        worker.kwargs = {"progress": worker.report, "cancel": worker.cancelled}
        if self.record_id is None:  # the staging writes this editor's draft with its photos
            worker.kwargs["draft"] = drafts.NewRecordDraft(
                self.draft_key, self.kind, self.raw_values()
            )
        worker.signals.stepped.connect(self.photo_strip.show_progress)
        worker.signals.finished.connect(self._photos_added)
        worker.signals.failed.connect(self._photos_failed)
        self._import = worker
        self._after_change()
        workers.start(worker)

    def cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()
            self.photo_strip.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def wait_for_import(self, timeout: float = 30.0) -> None:
        """Cancel a running import and wait for it (before locking)."""
        if self._import is not None:
            self._import.cancel()
            self._import.wait(timeout)

    @property
    def importing(self) -> bool:
        return self._import is not None

    def _import_ended(self) -> None:
        self._import = None
        self.photo_strip.set_busy(False)
        self._after_change()
        # The staging wrote the draft with the form as it was when the import started.
        self._schedule_draft()

    def _photos_added(self, result: PhotosAdded) -> None:
        self._import_ended()
        if not self.session.is_open:
            return
        view = result.view
        if view is None:  # a record not saved yet: the photos wait for its first save
            known = {m["sha256"] for m in self.shown_media}
            new = [e for e in result.staged if e["sha256"] not in known]
            self.staged.extend(new)
            added = len(new)
            self._show_photos()
            self._after_change()
        else:
            self.media = list(view.media)
            self._show_photos()
            self._refresh_history()
            added = len(view.media) - len(self._media_before_import)
        self._media_changed()
        if result.refused:
            # Named context: self.tr from a subclass (ObjectEditor) finds no plural form here.
            self.status.setText(
                QCoreApplication.translate("RecordEditor", "%n photo(s) added.", "", max(added, 0))
                + " "
                + QCoreApplication.translate(
                    "RecordEditor", "%n photo(s) refused.", "", len(result.refused)
                )
            )
            self._show_refused(result.refused)
        elif view is None:
            self.status.setText(self.tr("Photos added. Save to keep them with the record."))
        else:
            self.status.setText(self.tr("Photos added."))
        if view is not None:
            self.saved.emit(view.record_id)

    def _show_refused(self, refused: list[tuple[PhotoInput, PhotoError]]) -> QMessageBox:
        # Each reason and its advice in the interface's language (exc.message is English).
        said = [i18n.error_text(exc) for _photo, exc in refused]
        lines = [line for line, _hint in said]
        # A line starting with a Latin file name would be laid out left to right in Arabic.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark = "\u200f" if rtl else ""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some photos were not added"),
            self.tr("These photos were refused; the others were added:")
            + "\n\n"
            + "\n".join(f"{mark}• {line}" for line in lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("photosRefusedBox")
        hints = {hint for _line, hint in said if hint}
        if hints:
            box.setInformativeText(" ".join(sorted(hints)))
        box.open()
        return box

    def _photos_failed(self, exc: BaseException) -> None:
        self._import_ended()
        from fieldkit.errors import CancelledError

        if isinstance(exc, CancelledError) or not self.session.is_open:
            self.status.setText(self.tr("Cancelled: no photo was added."))
            return
        self.status.setText("")
        show_error(self, exc)

    def _media_changed(self) -> None:
        """Subclasses react to new photos (completeness)."""

    def open_photo(self, sha256: str) -> PhotoViewer:
        viewer = PhotoViewer(self.session, sha256, parent=self, photos=self.shown_media)
        viewer.show()
        return viewer

    def files_dropped(self, files: list[Path]) -> None:
        self.add_photos(files)

    # --- closing -----------------------------------------------------------------------------

    def ask_about_unsaved_changes(self) -> QMessageBox:
        """Save / Discard / Cancel for a close with unsaved changes (window-modal, not blocking)."""
        if self.unsaved_box is not None:
            self.unsaved_box.raise_()
            return self.unsaved_box
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to “{record}” before closing?").format(
                record=self.describe()
            ),
            buttons,
            self,
        )
        box.setObjectName("unsavedChangesBox")
        # Qt's own words said «ارفض» ("reject") for Discard where the box and the editor's
        # button say «تجاهل التغييرات»: the buttons use the editor's words.
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setInformativeText(self.tr("If you discard them, they are lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._unsaved_answered(box))
        self.unsaved_box = box
        box.open()
        return box

    def _unsaved_answered(self, box: QMessageBox) -> None:
        self.unsaved_box = None
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            if not self.save():
                # save() showed which field is wrong, or asks first about a record in
                # conflict: the editor stays open, and closes once saved from that question.
                self._close_after_save = self.conflict_box is not None
                return
        elif answer == QMessageBox.StandardButton.Discard:
            staged, self.staged = self.staged, []
            self._forget_draft()
            self._forget_staged(staged)
        else:
            return
        self._close_answered = True
        self.close()

    def close_for_lock(self) -> None:
        """Close without questions: the caller kept a draft already."""
        self._closing_for_lock = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc closes the editor as it closes a dialog (asking first if something is unsaved).
        # It arrives here only when no child took it: a cell being edited, an open list or a
        # completer keeps its own Esc.
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            if self._import is not None:
                self.status.setText(self.tr("Wait for the photos to be added, or cancel first."))
                event.ignore()
                return
            if self.session.is_open and self.dirty and not self._close_answered:
                # Closing must not decide for the user: ask, and close once answered.
                event.ignore()
                self.ask_about_unsaved_changes()
                return
            if self.session.is_open and not self.dirty and self._drafted:
                # A draft kept while typing, then typed back to what is saved: not an edit
                # to offer at the next unlock.
                with contextlib.suppress(FieldKitError):
                    self._forget_draft()
        self._stop_draft_timer()
        self.thumbnails.clear()
        self.closed.emit(self)
        super().closeEvent(event)
