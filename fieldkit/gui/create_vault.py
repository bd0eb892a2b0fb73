"""First run: show the new vault's recovery key, and create the vault once the user has typed two
of its groups back from paper (a key nobody saw never guards a vault; see :mod:`key_handover`).

Creation (Argon2id calibration, about a second) runs in a worker with a busy bar. Tests pass
cheap KDF parameters with ``kdf=``; nothing else can weaken the key derivation.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit import i18n
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.errors import FieldKitError
from fieldkit.gui import settings, widgets, workers
from fieldkit.gui.errors import show_error
from fieldkit.gui.key_handover import KeyHandover
from fieldkit.gui.new_passphrase import NewPassphraseFields
from fieldkit.gui.recovery_key_view import RecoveryKeyConfirmPage
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.identity.card import check_owner_names
from fieldkit.vault import Vault
from fieldkit.vault.vault import ROLES


def _create(
    path: Path,
    passphrase: str,
    name: str,
    organisation: str,
    role: str,
    kdf: Argon2Params | None,
    deliver: Callable[[str], None],
) -> tuple[Vault, str]:
    return Vault.create(
        path,
        passphrase,
        name=name,
        organisation=organisation,
        role=role,
        kdf=kdf,
        deliver_recovery_key=deliver,
    )


_RESTART_NOTE = QT_TRANSLATE_NOOP(
    "CreateVaultDialog",
    "FieldKit will use this language from its next start. You can change it later in the "
    "vault settings.",
)


class FocusRing(QWidget):
    """A frame in the highlight colour over ``target`` while it has the keyboard focus.

    Fusion frames a focused combo box only after Tab was pressed in the window: focused when
    the dialog opens, or by its Alt+letter, the language list looked like any other field.
    """

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QWidget) and kind in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self.setGeometry(watched.rect())
            self.setVisible(watched.hasFocus())
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 2, 2)


class CreateVaultDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        default_folder: Path | None = None,
        kdf: Argon2Params | None = None,
    ) -> None:
        super().__init__(parent)
        widgets.titled(self, "createVaultDialog", self.tr("Create a vault — FieldKit"))
        self.kdf = kdf
        self.vault: Vault | None = None
        self.recovery_key = ""
        self._worker: workers.Worker | None = None
        # The key is shown before the vault exists; it is created once the person confirms.
        self.handover = KeyHandover(self)
        self.handover.ready.connect(self._show_key)
        self.finished.connect(lambda _result: self.handover.abandon())
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._details_page(default_folder))
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(620, 560)
        self._validate()

    # --- page 1: details ---------------------------------------------------------------------

    def _details_page(self, default_folder: Path | None) -> QWidget:
        page = QWidget(self)
        self.folder = widgets.named(
            QLineEdit(str(default_folder or ""), page), "vaultFolder", self.tr("Vault folder")
        )
        choose = self.tr("Choose the vault folder")
        folder_row = widgets.path_row(self.folder, self.tr("C&hoose…"), choose, self._choose_folder)
        self.name = widgets.named(QLineEdit(page), "vaultName", self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("as colleagues know you"))
        self.organisation = widgets.named(QLineEdit(page), "organisation", self.tr("Organisation"))
        self.role = widgets.named(QComboBox(page), "role", self.tr("Role"))
        for role in ROLES:
            self.role.addItem(value_label(role), role)
        FocusRing(self.role)
        # Default: the language FieldKit speaks now (the system's, if one of the four).
        self.language = widgets.language_choice(
            page, "firstRunLanguage", self.tr("Language of FieldKit")
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        # Fusion draws no focus frame on a combo focused other than by Tab: the first field had
        # the focus and nothing showed it, so a name typed went into the language list.
        FocusRing(self.language)
        self.language_note = widgets.named(widgets.paragraph("", page), "languageNote")
        self.language_note.hide()
        self.fields = NewPassphraseFields(page, label=self.tr("&Passphrase:"))
        self.fields.passphrase.setObjectName("passphrase")
        self.fields.again.setObjectName("passphraseAgain")
        self.fields.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.fields.again.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase, self.again = self.fields.passphrase, self.fields.again
        self.meter = self.fields.meter
        self.error = widgets.error_label(page)
        self.busy = widgets.busy_bar(page)
        self.create_button = widgets.push_button(
            self.tr("&Create vault"), page, "createButton", self._create, default=True
        )
        cancel = widgets.push_button(self.tr("Cancel"), page, slot=self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        folder_label = widgets.buddy_label(self.tr("&Folder:"), self.folder, page)
        # "La&nguage" shared Alt+N with "Your &name" (in French too: « La_ngue », « Votre _nom »).
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.language_note)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.fields)
        self.fields.align_with(form)
        widgets.intro_layout(
            page,
            self.tr("Create a vault"),
            self.tr(
                "Everything you record is kept encrypted in this folder. The passphrase "
                "opens it: choose several words you will remember even when tired."
            ),
            form,
            self.error,
            None,
            self.busy,
            widgets.button_box(page, accept=self.create_button, reject=cancel),
        )
        # Tab goes through the fields as they are read, "Choose…" after them: right after the
        # folder it took the name typed next (and its Space opened a folder chooser); and the
        # language, shown first, came after the role.
        item = folder_row.itemAt(folder_row.count() - 1)
        chooser = item.widget() if item is not None else None
        chain: list[QWidget] = [self.language, self.folder, self.name, self.organisation]
        chain += [self.role, self.passphrase, self.again]
        if chooser is not None:
            chain.append(chooser)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        for edit in (self.folder, self.name, self.organisation):
            edit.textChanged.connect(self._validate)
        self.fields.changed.connect(self._validate)
        return page

    def _choose_folder(self) -> None:
        widgets.choose_directory(self, self.folder, self.tr("Choose an empty folder"))

    def _problem(self) -> str:
        if not self.folder.text().strip():
            return self.tr("Choose a folder for the vault.")
        if not self.name.text().strip():
            return self.tr("Type your name: it goes with every record you write.")
        try:  # the rule `fieldkit init` applies: the vault's card must be able to carry them
            check_owner_names(self.name.text().strip(), self.organisation.text().strip())
        except FieldKitError as exc:
            return " ".join(part for part in i18n.error_text(exc) if part)
        return ""  # the passphrase fields say what is wrong with the passphrase

    def _validate(self) -> None:
        # The owner's name and organisation are the first words an attacker tries.
        words = (self.name.text().strip(), self.organisation.text().strip())
        if tuple(self.fields.user_inputs) != words:
            self.fields.set_user_inputs(words)  # re-rates the passphrase, then comes back here
            return
        problem = self._problem()
        # Said only once the person reaches the end of the form, not while they start typing.
        widgets.set_error(self.error, problem if self.again.text() else "")
        ready = not problem and self.fields.acceptable() and self._worker is None
        self.create_button.setEnabled(ready)

    def _language_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        if not isinstance(code, str):
            return
        settings.set_language(code)
        # Said in the chosen language: the user may not read the one on screen.
        note = i18n.translate("CreateVaultDialog", _RESTART_NOTE, lang=code)
        self.language_note.setText(note)
        self.language_note.setVisible(code != i18n.language())

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        path = Path(self.folder.text().strip()).expanduser()
        self._set_busy(True)
        self._worker = workers.run_in_background(
            _create,
            path,
            self.passphrase.text(),
            self.name.text().strip(),
            self.organisation.text().strip(),
            str(self.role.currentData()),
            self.kdf,
            self.handover.deliver,
            on_done=self._created,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.folder, self.name, self.organisation, self.role, self.fields):
            widget.setEnabled(not busy)
        self.create_button.setEnabled(not busy)

    def _show_key(self, key: str) -> None:
        """The core waits at its commit point: the key first, the vault once it is confirmed."""
        self.recovery_key = key
        folder = Path(self.folder.text().strip()).expanduser()
        self.key_page.set_key(key, vault_name=folder.name, owner=self.name.text().strip())
        self.pages.setCurrentIndex(1)
        self.key_page.start()

    def _key_confirmed(self) -> None:
        if self.handover.waiting:
            self.key_page.setEnabled(False)
            self.handover.confirm()  # _created accepts once the vault exists
        elif self.vault is not None:
            self.accept()

    def _created(self, result: tuple[Vault, str]) -> None:
        self._worker = None
        self._set_busy(False)
        self.vault, self.recovery_key = result
        self.fields.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self.pages.setCurrentIndex(0)  # the key shown was never committed: no vault, no key
        self.recovery_key = ""
        self.key_page.setEnabled(True)
        self.key_page.set_key("")
        self._set_busy(False)
        self._validate()
        show_error(self, exc)

    # --- page 2: the recovery key ------------------------------------------------------------

    def _key_page(self) -> QWidget:
        self.key_page = RecoveryKeyConfirmPage(
            self.tr("Your recovery key"),
            self.tr(
                "If you forget the passphrase, this key is the only way back into the vault. "
                "It is shown only now. Write it on paper or print it, and keep it apart from "
                "this laptop."
            ),
            self,
        )
        self.key_view = self.key_page.key_view
        self.continue_button = self.key_page.continue_button
        self.continue_button.clicked.connect(self._key_confirmed)
        return self.key_page

    def reject(self) -> None:
        # Once the key is shown, it must be confirmed: it is never shown again.
        if self.pages.currentIndex() == 1 or self._worker is not None:
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            event.accept()
            return
        super().keyPressEvent(event)
