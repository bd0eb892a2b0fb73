"""Trusting a person's key: read their card, compare the fingerprint ALOUD with them (in person
or by phone), give them a local name — then trust, and mark verified when the digits match."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import i18n
from fieldkit.errors import FieldKitError, UsageError
from fieldkit.gui.bundles.file_list import chooser_takes_typing
from fieldkit.gui.bundles.verdict import monospace
from fieldkit.gui.errors import show_error
from fieldkit.gui.people_names import isolated
from fieldkit.gui.session import Session
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import (
    button_box,
    data_label,
    error_label,
    intro_layout,
    named,
    paragraph,
    push_button,
    set_error,
    titled,
)
from fieldkit.i18n import join_list
from fieldkit.identity import trust
from fieldkit.identity.card import IdentityCard, read_card_file
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import ROLES

FINGERPRINT_STYLE = (
    "QLabel { background: #f3f6fa; border: 1px solid #9fb3c8; padding: 10px; letter-spacing: 1px; }"
)


def fingerprint_text(display: str, groups: int | None = None) -> str:
    """A fingerprint's groups (the first ``groups`` of them, if given) inside any text: one
    left-to-right run, so that they read in the same order in every language. In Arabic the
    right-to-left line put them last-first (« 29685 43703 17576 … » in People & keys against
    « 75341 66079 72083 … » in the trust dialog: r13 trial 2 #2), on the one check that
    protects trust. Left to right already in the other languages, where the text is left as
    it was (copied, searched and compared as such)."""
    return i18n.ltr(" ".join(display.split()[:groups]))


def fingerprint_label(display: str, parent: QWidget) -> QLabel:
    """The 30 digits, big, in two lines of three groups: easy to read aloud."""
    groups = display.split()
    label = data_label("   ".join(groups[:3]) + "\n" + "   ".join(groups[3:]), parent)
    label.setObjectName("fingerprintDigits")
    monospace(label, 1.6)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(FINGERPRINT_STYLE)
    label.setAccessibleName(parent.tr("Fingerprint"))
    label.setAccessibleDescription(display)
    return label


def choose_card_file(parent: QWidget) -> Path | None:
    """Ask for an identity card file (.fkid): People & keys and the handover wizard."""
    chooser_takes_typing()
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PeoplePage", "Choose an identity card"),
        "",
        QCoreApplication.translate("PeoplePage", "Identity cards (*.fkid)"),
    )
    return Path(chosen) if chosen else None


def card_dialog(session: Session, path: Path, parent: QWidget) -> AddCardDialog | None:
    """The trust dialog for the card in ``path`` (not opened yet), or None when the file is not
    a card (said in a message box)."""
    try:
        card = read_card_file(path)
    except FieldKitError as exc:
        show_error(parent, exc)
        return None
    return AddCardDialog(session, card, parent)


def open_card_dialog(
    session: Session,
    path: Path,
    parent: QWidget,
    closed: Callable[[AddCardDialog], None],
) -> AddCardDialog | None:
    """The trust dialog for the card in ``path``, opened window-modal over ``parent`` (the
    Export dialog's and the handover wizard's *Add a card…*); ``closed`` gets it when it
    closes, trusted (``key`` set) or not. None when the file is not a card (said)."""
    dialog = card_dialog(session, path, parent)
    if dialog is None:
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _code: closed(dialog))
    dialog.open()
    return dialog


def commit_trust(
    dialog: AddCardDialog | CompareDialog | RenameDialog,
    change: Callable[[Connection], trust.TrustedKey],
    error: QLabel | None = None,
) -> None:
    """Write one trust change in a transaction and close ``dialog`` on success; a mistake the
    person can fix is said in ``error`` (if given), anything else in a message box."""
    try:
        with dialog.session.vault.transaction() as db:
            dialog.key = change(db)
    except FieldKitError as exc:
        if isinstance(exc, UsageError) and error is not None:
            set_error(error, exc.message)
        else:
            show_error(dialog, exc)
        return
    dialog.accept()


class AddCardDialog(QDialog):
    """Shows a card before it is trusted; ``key`` is the stored entry once accepted."""

    def __init__(self, session: Session, card: IdentityCard, parent: QWidget | None = None):
        super().__init__(parent)
        titled(self, "addCardDialog", self.tr("Trust a key — FieldKit"))
        self.session = session
        self.card = card
        self.key: trust.TrustedKey | None = None
        self.local_name = named(QLineEdit(card.name, self), "localName", self.tr("Local name"))
        self.role = named(QComboBox(self), "trustRole", self.tr("Role"))
        for role in ROLES:
            self.role.addItem(value_label(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(card.role)))
        self.error = error_label(self)
        self.verified_button = QPushButton(
            self.tr("The digits match: &trust and mark verified"), self
        )
        self.verified_button.setObjectName("trustVerified")
        # Trusting is a decision, so Enter takes none: with Cancel as the default, Enter in
        # "Local name" dropped the card silently; with "Trust now" it trusted an unchecked card
        # (two r13 testers, fr and uk). No button is default or auto-default.
        self.later_button = push_button(self.tr("Trust &now, compare later"), self, "trustLater")
        self.later_button.setToolTip(
            self.tr(
                "Until you compare the fingerprint, this card receives bundles only when you "
                "tick it yourself in the export dialog."
            )
        )
        cancel = push_button(self.tr("Cancel"), self, slot=self.reject)
        self.verified_button.clicked.connect(lambda: self.add(verified=True))
        self.later_button.clicked.connect(lambda: self.add(verified=False))
        claimed = data_label(
            self.tr("{name}, {organisation} — {role}").format(
                name=isolated(card.name),
                organisation=card.organisation or self.tr("no organisation"),
                role=value_label(card.role),
            ),
            self,
        )
        claimed.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("The card says:"), claimed)
        form.addRow(self.tr("&Local name:"), self.local_name)
        form.addRow(self.tr("&Role:"), self.role)
        buttons = button_box(
            self, accept=self.verified_button, reject=cancel, actions=[self.later_button]
        )
        layout = intro_layout(
            self,
            self.tr("Trust this key?"),
            self.tr(
                "Anyone can make a card with any name on it. Before you trust it, ask its "
                "holder to read their fingerprint to you — in person or on the phone, not by "
                "e-mail or message — and compare it with these digits:"
            ),
            size=1.3,
        )
        layout.addWidget(fingerprint_label(card.display_fingerprint, self))
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The local name is what FieldKit shows for this person everywhere; the name "
                    "inside their bundles is only their claim."
                ),
                self,
            )
        )
        self.known_note = paragraph("", self)
        self.known_note.setObjectName("alreadyTrusted")
        try:
            known = trust.get_exact(session.vault.db, card.fingerprint)
        except FieldKitError:
            known = None
        if known is not None:
            self.known_note.setText(
                self.tr(
                    "You already trust this key as {name}{verified}. Adding it again updates the "
                    "local name and role."
                ).format(
                    name=isolated(known.name),
                    verified=self.tr(" (fingerprint compared)") if known.verified else "",
                )
            )
            self.local_name.setText(known.name)
            self.role.setCurrentIndex(max(0, self.role.findData(known.role)))
        self.known_note.setVisible(known is not None)
        layout.addWidget(self.known_note)
        # A second "Bob" is how an impostor's card hides among trusted ones: said while the
        # local name is chosen, so the user can pick one that tells them apart.
        self.name_clash = paragraph("", self)
        self.name_clash.setObjectName("nameClash")
        self.name_clash.setStyleSheet(
            "color: #8a4b00; background: #fff7e6; padding: 6px; border: 1px solid #e0b060;"
        )
        self.local_name.textChanged.connect(self._check_name)
        self._check_name(self.local_name.text())
        layout.addWidget(self.name_clash)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def showEvent(self, event: QShowEvent) -> None:
        # The button box makes its accepting button ("The digits match…") the default when it
        # is shown; Enter must neither mark a card verified nor trust it unchecked.
        super().showEvent(event)
        for button in (self.verified_button, self.later_button):
            button.setDefault(False)

    def _check_name(self, name: str) -> None:
        try:
            others = trust.same_name_as(self.session.vault.db, name, self.card.fingerprint)
        except FieldKitError:
            others = []
        self.name_clash.setText(
            self.tr(
                "You already trust another card with this name, or one that looks alike ({keys}). "
                "Give this one a local name that tells them apart."
            ).format(
                keys=join_list(
                    f"{o.name} ({fingerprint_text(o.display_fingerprint, 3)}…)" for o in others
                )
            )
        )
        self.name_clash.setVisible(bool(others))

    def add(self, verified: bool) -> None:
        commit_trust(
            self,
            lambda db: trust.add(
                db,
                self.card,
                name=self.local_name.text(),
                role=str(self.role.currentData()),
                verified=verified,
            ),
            self.error,
        )


class CompareDialog(QDialog):
    """Mark an already trusted key as verified, after comparing the digits aloud."""

    def __init__(self, session: Session, key: trust.TrustedKey, parent: QWidget | None = None):
        super().__init__(parent)
        titled(self, "compareDialog", self.tr("Compare the fingerprint — FieldKit"))
        self.session = session
        self.key = key
        match = push_button(
            self.tr("The digits &match: mark verified"), self, "digitsMatch", self.mark
        )
        differ = push_button(self.tr("They &differ"), self, slot=self._differ, default=True)
        self.note = error_label(self)
        intro_layout(
            self,
            self.tr("Compare the fingerprint"),
            self.tr(
                "Ask {name} to read their fingerprint aloud — in person or on the phone — "
                "and check every group against these digits:"
            ).format(name=isolated(key.name)),
            fingerprint_label(key.display_fingerprint, self),
            self.note,
            None,
            button_box(self, accept=match, reject=differ),
            size=1.3,
        )
        self.resize(600, 340)

    def _differ(self) -> None:
        set_error(
            self.note,
            self.tr(
                "Do not mark it verified. If the digits differ, the card may not be theirs: "
                "revoke this key and ask them for their card again, in person."
            ),
        )

    def mark(self) -> None:
        fingerprint = self.key.fingerprint
        commit_trust(self, lambda db: trust.mark_verified(db, fingerprint))


class RenameDialog(QDialog):
    def __init__(self, session: Session, key: trust.TrustedKey, parent: QWidget | None = None):
        super().__init__(parent)
        titled(self, "renameDialog", self.tr("Rename — FieldKit"))
        self.session = session
        self.key = key
        self.name = named(QLineEdit(key.name, self), "newLocalName", self.tr("Local name"))
        self.name.selectAll()
        self.error = error_label(self)
        save = push_button(self.tr("&Rename"), self, "renameButton", self.rename, default=True)
        cancel = push_button(self.tr("Cancel"), self, slot=self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Local name:"), self.name)
        buttons = button_box(self, accept=save, reject=cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The name FieldKit shows for this key (the card's own name is {name})."
                ).format(name=isolated(key.card.name)),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 180)

    def rename(self) -> None:
        # The trust store has no rename of its own: adding the same card again with a name
        # replaces the local name and keeps role, verification and dates.
        card = self.key.card
        commit_trust(self, lambda db: trust.add(db, card, name=self.name.text()), self.error)
