"""People & keys: this vault's identity (fingerprint digits and QR code, card and minisign key to
hand out) and the trust store (add a card, compare and mark verified, rename, revoke)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.errors import FieldKitError
from fieldkit.fsutil import atomic_write
from fieldkit.gui import widgets, window_fit
from fieldkit.gui.dates import format_iso
from fieldkit.gui.errors import show_error
from fieldkit.gui.people_names import isolated, reading_order
from fieldkit.gui.qr import QrCode
from fieldkit.gui.session import Session
from fieldkit.gui.trust_dialogs import (
    AddCardDialog,
    CompareDialog,
    RenameDialog,
    fingerprint_label,
    fingerprint_text,
)
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.identity import trust
from fieldkit.identity.card import card_bytes, make_card, read_card_file
from fieldkit.identity.own import OwnIdentity

KeyDialog = TypeVar("KeyDialog", CompareDialog, RenameDialog)
PUBLIC_FILE_MODE = 0o644  # cards and public keys are meant to be handed out
FP_ROLE = Qt.ItemDataRole.UserRole + 1
# Columns that may wrap onto more lines when the table is narrow (role, organisation, compared,
# status); the local name and the fingerprint digits stay whole.
WRAPPING_COLUMNS = (1, 2, 4, 5)
CELL_PADDING = 14  # a cell's margins and grid line around its text


def qr_text(fingerprint: str) -> str:
    """What the QR code holds: the full fingerprint, named after its definition (SPEC §6).

    Upper case, because QR's compact alphanumeric mode has no lower-case letters.
    """
    return f"FIELDKIT-FINGERPRINT-V1:{fingerprint.upper()}"


# Characters no file name may hold on Windows, macOS or Linux (and control characters), as
# the PDF dialogs' proposed names (pdf_dialog.file_name).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\u2066-\u2069\u202a-\u202e]+')


def card_file_name(owner: str) -> str:
    """The identity card's proposed file name: its owner's name (« Amélie Durand.fkid »), not
    « identity.fkid » for everyone (a coordinator received ten of those; r14 trial #9), with
    what no file system takes turned into "-"."""
    stem = _UNSAFE.sub("-", owner).strip(" .-")
    return (stem or "identity") + ".fkid"


class PeoplePage(QWidget):
    trust_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.session: Session | None = None
        self.keys: list[trust.TrustedKey] = []
        self.dialog: QDialog | None = None  # the trust dialog open now (tests reach it)

        # --- own identity
        me = QGroupBox(self.tr("You"), self)
        self.own_name = widgets.named(widgets.data_label("", me), "ownName")
        self.own_name.setWordWrap(True)
        self.own_fingerprint = fingerprint_label("", me)
        self.qr = widgets.named(QrCode("", me), "fingerprintQr")
        self.qr.setFixedSize(170, 170)
        # clicked(bool) would pass False as the target file: call without arguments.
        self.export_card_button = widgets.push_button(
            self.tr("Export identity car&d…"), me, "exportCard", lambda: self.export_card()
        )
        self.export_pub_button = widgets.push_button(
            self.tr("Export &minisign public key…"), me, "exportPub", lambda: self.export_pub()
        )
        self.copy_button = widgets.push_button(
            self.tr("Co&py fingerprint"), me, slot=self.copy_fingerprint
        )
        form = QFormLayout()
        form.addRow(self.tr("Name, organisation, role:"), self.own_name)
        text = QVBoxLayout()
        text.addLayout(form)
        text.addWidget(
            widgets.paragraph(
                self.tr(
                    "Your fingerprint: read it to people who import your card, in person or on "
                    "the phone, so they know the card is yours."
                ),
                me,
            )
        )
        text.addWidget(self.own_fingerprint)
        # On more lines when narrow: the Ukrainian row made the page scroll sideways at 125 %.
        text.addWidget(
            widgets.flow_row(me, self.export_card_button, self.export_pub_button, self.copy_button)
        )
        me_layout = QHBoxLayout(me)
        me_layout.addLayout(text, 1)
        me_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        # --- trust store
        store = QGroupBox(self.tr("People you trust"), self)
        columns = [
            self.tr("Local name"),
            self.tr("Role"),
            self.tr("Organisation (their claim)"),
            self.tr("Fingerprint"),
            self.tr("Compared in person"),
            self.tr("Status"),
        ]
        self.table = widgets.read_only_rows(
            widgets.headed_table(columns, store, self.tr("People you trust"), "trustTable"),
            single=True,
            stretch_last=False,
        )
        # At 125 % in Ukrainian the columns made the table scroll sideways (Status off to the
        # right) and its preferred height pushed the buttons below it off the window: the
        # columns are fitted to the table's width (see _fit_columns), and the table takes the
        # height left to it, keeping room for a few rows.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(True)
        window_fit.wrap_header(self.table)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table.setMinimumHeight(4 * self.table.fontMetrics().height() + 40)
        self._fitting = False
        self.table.viewport().installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = widgets.push_button(
            self.tr("&Add a card…"), store, "addCard", self.choose_card
        )
        self.verify_button = widgets.push_button(
            self.tr("Compare and mark &verified…"), store, "markVerified", self.compare_selected
        )
        self.rename_button = widgets.push_button(
            self.tr("Re&name…"), store, "renameKey", self.rename_selected
        )
        self.revoke_button = widgets.push_button(
            self.tr("Rev&oke…"), store, "revokeKey", self.revoke_selected
        )
        store_buttons = widgets.hrow(
            self.add_button, None, self.verify_button, self.rename_button, self.revoke_button
        )
        store_layout = QVBoxLayout(store)
        store_layout.addWidget(self.table, 1)
        store_layout.addLayout(store_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(widgets.heading(self.tr("People & keys"), self, size=1.3))
        layout.addWidget(me)
        layout.addWidget(store, 1)
        self._update_buttons()

    # --- session -----------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self.session = session
        if session is None:
            if self.dialog is not None:
                self.dialog.close()
            self.keys = []
            self.table.setRowCount(0)
            self.own_name.clear()
            self.own_fingerprint.clear()
            self.qr.set_text("")

    def refresh(self) -> None:
        if self.session is None:
            return
        me = self.session.identity
        self.own_name.setText(
            reading_order(
                self.tr("{name}, {organisation} — {role}").format(
                    name=isolated(me.name),
                    organisation=me.organisation or self.tr("no organisation"),
                    role=value_label(me.role),
                )
            )
        )
        groups = me.display_fingerprint.split()
        self.own_fingerprint.setText("   ".join(groups[:3]) + "\n" + "   ".join(groups[3:]))
        self.own_fingerprint.setAccessibleDescription(me.display_fingerprint)
        self.qr.set_text(qr_text(me.fingerprint))
        selected = self.selected_key()
        try:
            self.keys = trust.list_keys(self.session.vault.db)
        except FieldKitError as exc:
            show_error(self, exc)
            self.keys = []
        self.table.setRowCount(len(self.keys))
        collisions = trust.name_collisions(self.keys)
        for r, key in enumerate(self.keys):
            status = (
                self.tr("revoked on {date}").format(date=format_iso(key.revoked_at))
                if key.revoked
                else self.tr("trusted")
            )
            if key.fingerprint in collisions:
                status += " · " + self.tr("same name as another card")
            verified = (
                self.tr("yes, {date}").format(date=format_iso(key.verified_at))
                if key.verified
                else self.tr("not yet")
            )
            values = [
                key.name,
                value_label(key.role),
                key.card.organisation,
                fingerprint_text(key.display_fingerprint),
                verified,
                status,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(FP_ROLE, key.fingerprint)
                if key.revoked:
                    item.setForeground(Qt.GlobalColor.gray)
                elif c == 4 and not key.verified:
                    item.setForeground(QColor("#a15c00"))
                    item.setToolTip(
                        self.tr(
                            "Not verified: FieldKit does not send bundles to this card unless "
                            "you tick it yourself. Ask its holder to read their fingerprint in "
                            "person or by phone, then use “Compare and mark verified…”."
                        )
                    )
                elif c == 5 and key.fingerprint in collisions:
                    item.setForeground(QColor("#a15c00"))
                    item.setToolTip(
                        self.tr(
                            "Another card you trust has the same name, or one that looks alike: "
                            "tell them apart by the fingerprint, and rename one."
                        )
                    )
                if c == 3:
                    item.setToolTip(key.fingerprint)
                self.table.setItem(r, c, item)
            if selected is not None and key.fingerprint == selected.fingerprint:
                self.table.selectRow(r)
        self._fit_columns()
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Each column as wide as its content and title, the last one taking what is left;
        when that is wider than the table, the wrapping columns give up width in proportion
        to what they can spare (their text wraps, no word is cut), so that nothing needs a
        sideways scroll unless even that is not enough."""
        if self._fitting:
            return
        self._fitting = True
        try:
            table, header = self.table, self.table.horizontalHeader()
            count = table.columnCount()
            natural = [
                max(header.sectionSizeFromContents(c).width(), table.sizeHintForColumn(c))
                for c in range(count)
            ]
            widths = list(natural)
            excess = sum(natural) - table.viewport().width()
            if excess > 0:
                spare = {c: max(natural[c] - self._longest_word(c), 0) for c in WRAPPING_COLUMNS}
                total = sum(spare.values()) or 1
                for c, can in spare.items():
                    widths[c] -= min(can, -(-excess * can // total))
            else:
                widths[-1] -= excess
            for c, width in enumerate(widths):
                header.resizeSection(c, width)
            window_fit.fit_header(table)
            table.resizeRowsToContents()
        finally:
            self._fitting = False

    def _longest_word(self, column: int) -> int:
        """The width of the widest word in ``column`` (its title included): it cannot wrap."""
        cells = self.table.fontMetrics()
        title = self.table.horizontalHeader().fontMetrics()
        item = self.table.horizontalHeaderItem(column)
        widths = [title.horizontalAdvance(w) for w in (item.text() if item else "").split()]
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, column)
            if cell is not None:
                widths += [cells.horizontalAdvance(w) for w in cell.text().split()]
        return max(widths, default=0) + CELL_PADDING

    def selected_key(self) -> trust.TrustedKey | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def select(self, fingerprint: str) -> None:
        for r, key in enumerate(self.keys):
            if key.fingerprint == fingerprint:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        key = self.selected_key()
        usable = key is not None and not key.revoked
        self.verify_button.setEnabled(usable and key is not None and not key.verified)
        self.rename_button.setEnabled(usable)
        self.revoke_button.setEnabled(usable)

    # --- own identity ------------------------------------------------------------------------

    def export_card(self, target: Path | None = None) -> Path | None:
        owner = self.session.identity.name if self.session is not None else ""
        return self._export(
            target,
            (self.tr("Save your identity card"), card_file_name(owner)),
            self.tr("Identity cards (*.fkid)"),
            lambda me: card_bytes(make_card(me)),
            self.tr("Identity card saved to {file}."),
        )

    def export_pub(self, target: Path | None = None) -> Path | None:
        return self._export(
            target,
            (self.tr("Save your minisign public key"), "fieldkit.pub"),
            self.tr("minisign public keys (*.pub)"),
            lambda me: MinisignPublicKey(me.key_id, me.public_key).file_text().encode("ascii"),
            self.tr("Minisign public key saved to {file}."),
        )

    def _export(
        self,
        target: Path | None,
        ask: tuple[str, str],
        file_filter: str,
        content: Callable[[OwnIdentity], bytes],
        saved: str,
    ) -> Path | None:
        """Write a public file about this vault's identity to ``target`` (else asked for:
        ``ask`` is the dialog's title and the file name it suggests)."""
        if self.session is None:
            return None
        if target is None:
            title, name = ask
            chosen, _ = QFileDialog.getSaveFileName(
                self, title, str(Path.home() / name), file_filter
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            atomic_write(target, content(self.session.identity), PUBLIC_FILE_MODE)
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        self._said(saved.format(file=widgets.ltr(str(target))))
        return target

    def copy_fingerprint(self) -> None:
        if self.session is not None:
            QGuiApplication.clipboard().setText(self.session.identity.display_fingerprint)

    def _said(self, text: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

    # --- trust store -------------------------------------------------------------------------

    def _opened(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()
        return dialog

    def _dialog_finished(self, code: int) -> None:
        self.dialog = None
        if code:
            self.refresh()
            self.trust_changed.emit()

    def choose_card(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an identity card"), "", self.tr("Identity cards (*.fkid)")
        )
        if chosen:
            self.add_card(Path(chosen))

    def add_card(self, path: Path) -> AddCardDialog | None:
        if self.session is None:
            return None
        try:
            card = read_card_file(path)
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        dialog = AddCardDialog(self.session, card, self)
        self._opened(dialog)
        return dialog

    def _key_dialog(self, kind: type[KeyDialog]) -> KeyDialog | None:
        key = self.selected_key()
        if self.session is None or key is None:
            return None
        dialog = kind(self.session, key, self)
        self._opened(dialog)
        return dialog

    def compare_selected(self) -> CompareDialog | None:
        return self._key_dialog(CompareDialog)

    def rename_selected(self) -> RenameDialog | None:
        return self._key_dialog(RenameDialog)

    def revoke_selected(self) -> QMessageBox | None:
        key = self.selected_key()
        if self.session is None or key is None or key.revoked:
            return None
        box, revoke = widgets.warning_box(
            self,
            "revokeConfirm",
            self.tr("Revoke a key — FieldKit"),
            self.tr(
                "Revoke the key of {name}? Bundles and revisions it signs after the last bundle "
                "you imported from it will be refused. A revoked key cannot be trusted again."
            ).format(name=isolated(key.name)),
            (self.tr("&Revoke"), QMessageBox.ButtonRole.DestructiveRole),
            self.tr("Cancel"),
        )
        box.buttonClicked.connect(lambda button: self._revoke(key) if button is revoke else None)
        self.dialog = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _c: setattr(self, "dialog", None))
        box.open()
        return box

    def _revoke(self, key: trust.TrustedKey) -> None:
        if self.session is None:
            return
        try:
            with self.session.vault.transaction() as db:
                trust.revoke(db, key.fingerprint)
        except FieldKitError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.trust_changed.emit()
