"""Custody transfer from the desktop app: the handover wizard (what is handed over, to whom
from the trust store, when, where and in what condition) and the acceptance of a handover
received from another vault — as ``fieldkit handover create`` and ``fieldkit handover accept``.

A handover is complete only when the receiver accepts it in their own vault: the acceptance is a
revision signed by the receiver's key (the core refuses anyone else's).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldkit import clock
from fieldkit.errors import FieldKitError
from fieldkit.gui import custody_reports as R
from fieldkit.gui.custody_common import ID_ROLE, custody, labels
from fieldkit.gui.dates import format_iso
from fieldkit.gui.editors.field_widgets import plain_text
from fieldkit.gui.errors import show_error
from fieldkit.gui.session import Session
from fieldkit.gui.trust_dialogs import (
    AddCardDialog,
    choose_card_file,
    fingerprint_text,
    open_card_dialog,
)
from fieldkit.gui.widgets import (
    button_box,
    column,
    data_label,
    error_label,
    hrow,
    named,
    paragraph,
    push_button,
    set_error,
    titled,
)
from fieldkit.i18n import FSI, PDI, isolate, join_list
from fieldkit.identity import trust
from fieldkit.identity.fingerprint import display_form
from fieldkit.records import custody_handovers as C
from fieldkit.records import custody_queries as Q
from fieldkit.records import fields as F


class _ItemsPage(QWizardPage):
    def __init__(self, session: Session, preset: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("What is handed over"))
        self.setSubTitle(self.tr("Tick containers, or type codes and inventory numbers."))
        self.boxes = named(QListWidget(self), "handoverContainers", self.tr("Containers"))
        for view in session.records.list(F.CONTAINER):
            code = str(view.fields.get("code") or "")
            about = str(view.fields.get("description") or "").strip().splitlines()
            text = " — ".join([code, *about[:1]])
            # How many items each crate holds: an emptied crate looked like a full one.
            count = len(Q.contents(session.vault.db, view.record_id))
            if count:
                text = self.tr("{container} (%n item(s))", "", count).format(
                    container=isolate(text)
                )
            item = QListWidgetItem(text, self.boxes)
            if not count:
                item.setToolTip(self.tr("Empty: nothing is packed in it."))
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            item.setData(ID_ROLE, view.record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if view.record_id in preset else Qt.CheckState.Unchecked
            )
        self.others = named(QLineEdit(self), "handoverItems")
        self.others.setPlaceholderText(self.tr("other items: codes or numbers; separate with ;"))
        names = labels(session, [p for p in preset])
        self.others.setText(
            "; ".join(
                # The number alone, as typed (its label's isolates left out).
                names.get(p, p).split(" — ")[0].strip(FSI + PDI)
                for p in preset
                if session.records.get(p).kind != F.CONTAINER
            )
        )
        self.error = error_label(self)
        caption = QLabel(self.tr("&Containers:"), self)
        caption.setBuddy(self.boxes)
        other_caption = QLabel(self.tr("&Other items:"), self)
        other_caption.setBuddy(self.others)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.boxes, 1)
        layout.addWidget(other_caption)
        layout.addWidget(self.others)
        layout.addWidget(self.error)

    def items(self) -> list[str]:
        chosen = [
            str(self.boxes.item(r).data(ID_ROLE))
            for r in range(self.boxes.count())
            if self.boxes.item(r).checkState() == Qt.CheckState.Checked
        ]
        return chosen + [c.strip() for c in self.others.text().split(";") if c.strip()]

    def validatePage(self) -> bool:
        items = self.items()
        if not items:
            set_error(self.error, self.tr("Choose at least one item."))
            return False
        for typed in items:
            try:
                self.session.records.resolve_item(typed)
            except FieldKitError as exc:
                set_error(
                    self.error, self.tr("“{code}”: {why}").format(code=typed, why=exc.message)
                )
                return False
        set_error(self.error, "")
        return True


class _ReceiverPage(QWizardPage):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("To whom"))
        self.setSubTitle(
            self.tr("The receiver, from the people you trust. They accept it in their own vault.")
        )
        self.people = named(QListWidget(self), "handoverReceiver", self.tr("Receiver"))
        self.names: dict[str, str] = {}
        self.people.currentRowChanged.connect(lambda _r: self.completeChanged.emit())
        # The receiver's card, when they are not trusted yet: the same steps as People & keys ▸
        # Add a card…, without leaving the wizard and starting it again (r12 trial 2 #7).
        self.add_button = push_button(
            self.tr("&Add a card…"), self, "handoverAddCard", self.choose_card
        )
        self.empty = paragraph(
            self.tr("Nobody is trusted yet: add the receiver's card with Add a card…"),
            self,
        )
        self.card_dialog: AddCardDialog | None = None
        self._fill()
        layout = QVBoxLayout(self)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.empty)
        layout.addLayout(hrow(self.add_button, None))

    def _fill(self, select: str | None = None) -> None:
        self.people.clear()
        self.names.clear()
        for key in trust.list_keys(self.session.vault.db):
            if key.revoked_at:
                continue
            self.names[key.fingerprint] = key.name
            short = fingerprint_text(display_form(key.fingerprint), 2)
            text = f"{key.name} — {key.card.organisation}" if key.card.organisation else key.name
            item = QListWidgetItem(f"{text}  ({short})", self.people)
            item.setData(ID_ROLE, key.fingerprint)
            if key.fingerprint == select:
                self.people.setCurrentItem(item)
        if self.people.count() and self.people.currentRow() < 0:
            self.people.setCurrentRow(0)
        self.empty.setVisible(self.people.count() == 0)
        self.completeChanged.emit()

    def choose_card(self) -> AddCardDialog | None:
        path = choose_card_file(self)
        return self.add_card(path) if path is not None else None

    def add_card(self, path: Path) -> AddCardDialog | None:
        """Compare and trust the card in ``path``; once trusted, its holder is the receiver."""
        self.card_dialog = open_card_dialog(self.session, path, self, self._card_closed)
        return self.card_dialog

    def _card_closed(self, dialog: AddCardDialog) -> None:
        self.card_dialog = None
        if dialog.key is not None:
            self._fill(select=dialog.key.fingerprint)
            self.people.setFocus()

    def fingerprint(self) -> str | None:
        item = self.people.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def receiver_name(self) -> str:
        fingerprint = self.fingerprint()
        return self.names.get(fingerprint, "") if fingerprint else ""

    def isComplete(self) -> bool:
        return self.fingerprint() is not None


class _DetailsPage(QWizardPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("When, where and in what condition"))
        self.setSubTitle(self.tr("Printed on the handover certificate that both sides sign."))
        # Shown as the editors' date-time fields show it (local time, "2026-12-06 10:06": ISO's
        # "T" read as a typo, r11 trial #13), not "2026-12-06T01:49:47+00:00"; left as it is,
        # the exact moment is kept as before.
        self._now = clock.now()
        self._now_shown = datetime.fromisoformat(self._now).astimezone().strftime("%Y-%m-%d %H:%M")
        self.handed_at = named(QLineEdit(self._now_shown, self), "handedAt")
        self.handed_at.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self.handed_at.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # The field takes what the editors' date fields take; under it, the moment read back
        # as the app shows dates ("6 Dec 2026, 07:07"), so "T" and the order need no decoding.
        self.handed_at_shown = data_label("", self)
        self.handed_at_shown.setObjectName("handedAtShown")
        self.handed_at.textChanged.connect(self._show_handed_at)
        self._show_handed_at(self._now_shown)
        self.place = named(QLineEdit(self), "handoverPlace")
        self.place.setToolTip(
            self.tr("Sensitive: left out of bundles sent with locations removed.")
        )
        self.reference = named(QLineEdit(self), "handoverReference")
        self.condition = named(QTextEdit(self), "handoverCondition")
        self.condition.setAcceptRichText(False)
        self.condition.setTabChangesFocus(True)
        self.error = error_label(self)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("Handed over &at:"), self.handed_at),
            (self.tr("&Place (sensitive):"), self.place),
            (self.tr("&Reference:"), self.reference),
            (self.tr("C&ondition:"), self.condition),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            if widget is self.handed_at:
                form.addRow("", self.handed_at_shown)
        form.addRow(self.error)

    def _show_handed_at(self, text: str) -> None:
        shown = format_iso(text.strip())
        self.handed_at_shown.setText(shown if shown != text.strip() else "")

    def _handed_at(self) -> str:
        text = self.handed_at.text()
        if text.strip() == self._now_shown:
            return self._now
        typed = re.match(r"^(\d{4}-\d{2}-\d{2}) +(\d{2}:\d{2}(?::\d{2})?)$", text.strip())
        return f"{typed[1]}T{typed[2]}" if typed else text  # stored as ISO, as before

    def details(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, text in (
            ("handed_at", self._handed_at()),
            ("place", self.place.text()),
            ("reference", self.reference.text()),
            ("condition_notes", plain_text(self.condition)),  # no-break spaces kept
        ):
            if text.strip():
                out[name] = text.strip()
        return out


class _DonePage(QWizardPage):
    """After the handover is made: what happens next, and its certificate to print."""

    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Handover created"))
        self.setSubTitle(self.tr("It is complete when the receiver accepts it."))
        self.next_steps = paragraph("", self)
        self.next_steps.setObjectName("handoverNextSteps")
        self.certificate_button = push_button(
            self.tr("&Print the handover certificate…"),
            self,
            "printHandoverCertificate",
            wizard.print_certificate,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.certificate_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)

    def initializePage(self) -> None:
        # Made: no way back to change it, and no Cancel that would not undo it.
        self.wizard_.setButtonLayout(
            [QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton]
        )
        receiver = self.wizard_.receiver_page.receiver_name()
        self.next_steps.setText(
            self.tr(
                "{receiver} accepts it in their own vault, so they need it there first: "
                "send them a bundle (File → Export a bundle…, or Bundles & sync with a shared "
                "folder). They import it, then accept it under Custody → Handovers received…, "
                "signed with their key.\n\nPrint the certificate for both of you to sign now."
            ).format(receiver=isolate(receiver))
        )


class HandoverWizard(QWizard):
    """Pick items, choose the receiver, give the details, create the handover."""

    created = Signal(str)  # handover id

    def __init__(
        self, session: Session, parent: QWidget | None = None, items: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        titled(self, "handoverWizard", self.tr("Hand over — FieldKit"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.session = session
        self.handover_id: str | None = None
        self.items_page = _ItemsPage(session, list(items or []), self)
        self.receiver_page = _ReceiverPage(session, self)
        self.details_page = _DetailsPage(self)
        # "Create handover" makes it on the details page; then, instead of the wizard closing
        # without a word, a last page says what happens next (see done()).
        self.details_page.setButtonText(
            QWizard.WizardButton.FinishButton, self.tr("&Create handover")
        )
        self.done_page = _DonePage(self)
        for page in (self.items_page, self.receiver_page, self.details_page):
            self.addPage(page)
        self.done_id = self.addPage(self.done_page)
        if self.isRightToLeft():
            # Qt's classic "< Back" / "Next >" point the wrong way in a right-to-left window.
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
                text = self.buttonText(which).replace("<", "").replace(">", "").strip()
                self.setButtonText(which, text)
        self.resize(640, 480)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.details_page:
            return super().validateCurrentPage()
        return self.create_handover()

    def nextId(self) -> int:
        if self.currentPage() is self.details_page:
            # The details page ends the questions (Finish: "Create handover"); the last page
            # comes only once the handover is made.
            return self.done_id if self.handover_id is not None else -1
        return -1 if self.currentPage() is self.done_page else super().nextId()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and self.currentPage() is self.details_page:
            if self.validateCurrentPage():
                self.next()
            return
        super().done(result)

    def print_certificate(self) -> object:
        """The handover certificate of the handover just made, in the app's PDF dialog."""
        if self.handover_id is None:
            return None
        return R.open_document(self.session, R.HANDOVER, [self.handover_id], self)

    def create_handover(self) -> bool:
        if self.handover_id is not None:  # made already (Finish pressed on the details page)
            return True
        fingerprint = self.receiver_page.fingerprint()
        if fingerprint is None:
            return False
        try:
            view = custody(self.session).hand_over(
                self.items_page.items(), fingerprint, self.details_page.details()
            )
        except F.ValidationError as exc:
            set_error(self.details_page.error, exc.message)
            return False
        except FieldKitError as exc:
            show_error(self, exc)
            return False
        self.handover_id = view.record_id
        self.created.emit(view.record_id)
        return True


class AcceptHandoverDialog(QDialog):
    """The handovers addressed to this vault's identity and not accepted yet: check, note what
    differs, accept (signed with this vault's key); print the certificate."""

    accepted_handover = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "acceptHandoverDialog", self.tr("Handovers — FieldKit"))
        self.session = session
        self.list = named(QListWidget(self), "handoverList", self.tr("Handovers"))
        self.list.currentRowChanged.connect(lambda _r: self._show())
        self.details = data_label("", self)
        self.details.setObjectName("handoverDetails")
        self.details.setWordWrap(True)
        self.notes = named(QTextEdit(self), "acceptanceNotes")
        self.notes.setAcceptRichText(False)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        notes_label = QLabel(self.tr("What &differs (optional):"), self)
        notes_label.setBuddy(self.notes)
        self.error = error_label(self)
        self.accept_button = push_button(
            self.tr("&Accept, signed with my key"), self, "acceptHandover", self.accept_current
        )
        self.certificate_button = push_button(
            self.tr("&Certificate…"), self, "handoverCertificate", self.print_certificate
        )
        close = push_button(self.tr("Close"), self, slot=self.reject)
        buttons = button_box(
            self, accept=self.accept_button, reject=close, actions=[self.certificate_button]
        )
        list_label = QLabel(self.tr("&Handovers (waiting for you first):"), self)
        list_label.setBuddy(self.list)
        column(
            self,
            list_label,
            self.list,
            1,
            self.details,
            notes_label,
            self.notes,
            self.error,
            buttons,
        )
        self.resize(640, 480)
        self.refresh()

    def refresh(self) -> None:
        me = self.session.identity.fingerprint
        states = C.handovers(self.session.vault.db, me)
        states.sort(key=lambda h: (not h.waiting_for_me, h.accepted))
        self.states = {h.id: h for h in states}
        self.list.clear()
        all_items = [i for h in states for i in (h.fields.get("items") or [])]
        names = labels(self.session, all_items)
        for h in states:
            who = (h.fields.get("to_party") or {}).get("name") or "?"
            giver = (h.fields.get("from_party") or {}).get("name") or "?"
            if h.accepted:
                state = self.tr("accepted")
            elif h.waiting_for_me:
                state = self.tr("waiting for you")
            else:
                state = self.tr("waiting for the receiver")
            count = len(h.fields.get("items") or [])
            text = self.tr("{giver} → {receiver}: %n item(s) — {state}", "", count).format(
                giver=isolate(giver), receiver=isolate(who), state=state
            )
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, h.id)
            item.setToolTip(join_list(names.get(i, i[:8]) for i in h.fields.get("items") or []))
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def current(self) -> C.HandoverState | None:
        item = self.list.currentItem()
        return self.states.get(str(item.data(ID_ROLE))) if item is not None else None

    def _show(self) -> None:
        h = self.current()
        self.accept_button.setEnabled(h is not None and h.waiting_for_me)
        self.certificate_button.setEnabled(h is not None)
        if h is None:
            self.details.setText(self.tr("No handover in this vault."))
            return
        f = h.fields
        names = labels(self.session, f.get("items") or [])
        lines = [
            self.tr("Items: {items}").format(
                items=join_list(names.get(i, i[:8]) for i in f.get("items") or [])
            ),
            # The app's date format, whole inside a right-to-left line: the stored ISO text
            # read "07:03 2026-12-06" in Arabic.
            self.tr("Handed over at: {when}").format(
                when=isolate(format_iso(f.get("handed_at"))) or "—"
            ),
        ]
        if f.get("condition_notes"):
            lines.append(self.tr("Condition: {text}").format(text=f["condition_notes"]))
        if h.accepted:
            lines.append(
                self.tr("Accepted at {when}.").format(
                    when=isolate(format_iso(f.get("accepted_at")))
                )
            )
        self.details.setText("\n".join(lines))

    def accept_current(self) -> bool:
        h = self.current()
        if h is None or not h.waiting_for_me:
            return False
        details = {}
        notes = plain_text(self.notes).strip()  # as typed: no-break spaces kept
        if notes:
            details["acceptance_notes"] = notes
        try:
            custody(self.session).accept(h.id, details)
        except FieldKitError as exc:
            show_error(self, exc)
            return False
        set_error(self.error, "")
        self.notes.clear()
        self.accepted_handover.emit(h.id)
        self.refresh()
        return True

    def print_certificate(self) -> object:
        h = self.current()
        if h is None:
            return None
        return R.open_document(self.session, R.HANDOVER, [h.id], self)
