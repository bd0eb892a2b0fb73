"""Add a sync target: a folder (USB drive, shared folder) or S3 storage (a bucket on a server),
a name, and who its bundles go to.

Recipients come from the trust store, as the command line's ``--to``; none ticked means "every
trusted coordinator, looked up at each sync" (the command line's default). For S3 storage the
endpoint, bucket, prefix and credentials are asked once; *Test connection* asks the server on a
worker (one cheap request, never on the GUI thread), and the credentials go only into the
vault's encrypted database (``fieldkit.sync.s3target``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.gui import window_fit
from fieldkit.gui.bundles.file_list import chooser_takes_typing
from fieldkit.gui.bundles.key_checklist import KeyChecklist
from fieldkit.gui.errors import show_error
from fieldkit.gui.people_names import isolated
from fieldkit.gui.session import Session
from fieldkit.gui.trust_dialogs import fingerprint_text
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import core_text, error_label, hrow, paragraph, push_button, set_error
from fieldkit.gui.workers import Worker, start
from fieldkit.i18n import error_text
from fieldkit.identity import trust
from fieldkit.identity.card import IdentityCard
from fieldkit.sync import SyncTarget, add_target

FOLDER_KIND, S3_KIND = 0, 1


def no_keys_text() -> str:
    """Said where the recipients list is empty because nobody is trusted yet."""
    return QCoreApplication.translate(
        "AddTargetDialog",
        "Nobody is trusted in this vault yet. Add the identity card of each person who "
        "receives your bundles on the “People & keys” page (Add a card…); you can then choose "
        "them here, or later with the “Recipients…” button.",
    )


def _s3_url(bucket: str, prefix: str) -> str:
    prefix = prefix.strip().strip("/")
    return f"s3://{bucket.strip()}/{prefix}" if prefix else f"s3://{bucket.strip()}"


def _test_connection(url: str, endpoint: str, access: str, secret: str, region: str) -> str | None:
    """On a worker: None when the bucket answers with these credentials, else why not."""
    from fieldkit.sync.s3client import S3Credentials
    from fieldkit.sync.s3target import test_connection

    return test_connection(url, endpoint, S3Credentials(access, secret), region or None)


class AddTargetDialog(QDialog):
    added = Signal(object)  # SyncTarget

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addSyncTarget")
        self.session = session
        self.setWindowTitle(self.tr("Add a sync folder"))
        self.setAccessibleName(self.tr("Add a sync folder"))
        self.test_worker: Worker | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("syncTargetKind")
        self.kind.setAccessibleName(self.tr("Kind of sync target"))
        self.kind.addItem(self.tr("A folder: USB drive or shared folder"))
        self.kind.addItem(self.tr("S3 storage: a bucket on a server"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.endpoint = self._line("syncTargetEndpoint", self.tr("Endpoint"))
        self.endpoint.setPlaceholderText(self.tr("For example: https://s3.example.org"))
        self.bucket = self._line("syncTargetBucket", self.tr("Bucket"))
        self.bucket.textChanged.connect(self._bucket_changed)
        self.prefix = self._line("syncTargetPrefix", self.tr("Prefix"))
        self.prefix.setPlaceholderText(self.tr("For example: field/kharkiv (may be empty)"))
        self.prefix.textChanged.connect(self._bucket_changed)
        self.region = self._line("syncTargetRegion", self.tr("Region"))
        self.region.setPlaceholderText(self.tr("Only if the provider asks for one"))
        self.access_key = self._line("syncTargetAccessKey", self.tr("Access key"))
        self.secret = self._line("syncTargetSecret", self.tr("Secret key"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.bandwidth = QSpinBox(self)
        self.bandwidth.setObjectName("syncTargetBandwidth")
        self.bandwidth.setAccessibleName(self.tr("Bandwidth limit in kB/s"))
        self.bandwidth.setRange(0, 1_000_000)
        self.bandwidth.setSingleStep(50)
        self.bandwidth.setSpecialValueText(self.tr("no limit"))
        self.bandwidth.setSuffix(self.tr(" kB/s"))
        self.test_button = push_button(
            self.tr("&Test connection"), self, "syncTargetTest", self.test_connection
        )
        self.test_result = QLabel(self)
        self.test_result.setObjectName("syncTargetTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncTargetFolder")
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setPlaceholderText(self.tr("The USB drive or shared folder"))
        self.folder.textChanged.connect(self._folder_changed)
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.setAccessibleName(self.tr("Choose the folder"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = hrow(self.folder, 1, self.browse)
        self.name = QLineEdit(self)
        self.name.setObjectName("syncTargetName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(64)
        self.name.setPlaceholderText(self.tr("For example: stick"))
        self.name.textChanged.connect(lambda _t: self._validate())
        self.recipients = KeyChecklist(self)
        self.recipients.setObjectName("syncTargetRecipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setMinimumHeight(80)
        self.recipients_hint = paragraph(
            self.tr(
                "Tick who the bundles left in this folder are for. With none ticked, they go "
                "to every verified coordinator."
            ),
            self,
        )
        # With nobody trusted yet the list is empty: say where people are added.
        self.no_keys_note = paragraph(no_keys_text(), self)
        self.no_keys_note.setObjectName("syncTargetNoKeys")
        self.no_keys_note.setVisible(False)
        self._name_edited = False
        self.name.textEdited.connect(lambda _t: setattr(self, "_name_edited", True))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("syncTargetAdd")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow(self.tr("&Endpoint:"), self.endpoint)
        form.addRow(self.tr("&Bucket:"), self.bucket)
        form.addRow(self.tr("&Prefix:"), self.prefix)
        form.addRow(self.tr("Re&gion:"), self.region)
        form.addRow(self.tr("Access &key:"), self.access_key)
        form.addRow(self.tr("&Secret key:"), self.secret)
        form.addRow(self.tr("Band&width:"), self.bandwidth)
        form.addRow("", test_row)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Recipients:"), self.recipients)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label.widget() if label is not None else None
            if isinstance(caption, QLabel) and field is not None:
                caption.setBuddy(field.widget() or self.folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.no_keys_note)
        layout.addWidget(self.recipients_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(600, 420)
        self._load_recipients()
        self._kind_changed(FOLDER_KIND)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.textChanged.connect(lambda _t: self._validate())
        return line

    def is_s3(self) -> bool:
        return self.kind.currentIndex() == S3_KIND

    def _kind_changed(self, index: int) -> None:
        s3 = index == S3_KIND
        for row in range(self.form.rowCount()):
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field is not None else None
            layout = field.layout() if field is not None else None
            if widget in (
                self.endpoint,
                self.bucket,
                self.prefix,
                self.region,
                self.access_key,
                self.secret,
                self.bandwidth,
            ) or (layout is not None and layout.indexOf(self.test_button) >= 0):
                self.form.setRowVisible(row, s3)
            elif layout is not None and layout.indexOf(self.folder) >= 0:
                self.form.setRowVisible(row, not s3)
        title = self.tr("Add S3 storage") if s3 else self.tr("Add a sync folder")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.recipients_hint.setText(
            self.tr(
                "Tick who the bundles left in this bucket are for. With none ticked, they go "
                "to every verified coordinator. The access key and secret are kept only inside "
                "this vault, encrypted."
            )
            if s3
            else self.tr(
                "Tick who the bundles left in this folder are for. With none ticked, they go "
                "to every verified coordinator."
            )
        )
        if s3:
            self._bucket_changed("")
        self._validate()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the rows shown need at this width, wrapped paragraphs included (as far
        as the screen allows): a dialog's minimum size leaves them out, and the S3 rows laid
        the help paragraph over the Recipients list (r11 trial)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height())
        screen = self.screen()
        if screen is not None:  # room for the title bar
            needed = min(needed, window_fit.usable_area(screen).height())
        if self.height() < needed:
            self.resize(self.width(), needed)
            if self.isVisible():
                window_fit.fit(self)  # taller: moved up if its bottom left the screen

    def _s3_fields(self) -> tuple[str, str, str, str, str]:
        return (
            _s3_url(self.bucket.text(), self.prefix.text()),
            self.endpoint.text().strip(),
            self.access_key.text().strip(),
            self.secret.text().strip(),
            self.region.text().strip(),
        )

    def test_connection(self) -> Worker | None:
        """Ask the server on a worker; the answer goes to ``test_result``."""
        if self.test_worker is not None or not self._s3_complete():
            return None
        url, endpoint, access, secret, region = self._s3_fields()
        worker = Worker(_test_connection, url, endpoint, access, secret, region)
        worker.signals.finished.connect(self._tested)
        worker.signals.failed.connect(self._test_failed)
        self.test_worker = worker
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Asking the server…"))
        start(worker)
        return worker

    def _tested(self, problem: object) -> None:
        self.test_worker = None
        self.test_button.setEnabled(True)
        if problem is None:
            self.test_result.setStyleSheet("")
            self.test_result.setText(self.tr("Connected: the bucket answers."))
        else:
            set_error(
                self.test_result,
                core_text(problem) if isinstance(problem, str) else str(problem),
            )

    def _test_failed(self, exc: BaseException) -> None:
        self.test_worker = None
        self.test_button.setEnabled(True)
        if isinstance(exc, FieldKitError):
            set_error(self.test_result, error_text(exc)[0])
        else:
            show_error(self, exc)

    def _s3_complete(self) -> bool:
        return all(
            w.text().strip() for w in (self.endpoint, self.bucket, self.access_key, self.secret)
        )

    def done(self, result: int) -> None:  # a connection test still running is waited for
        if self.test_worker is not None:
            self.test_worker.wait(20)
        super().done(result)

    def _load_recipients(self) -> None:
        try:
            keys = [k for k in trust.list_keys(self.session.vault.db) if not k.revoked]
        except FieldKitError as exc:
            keys = []
            show_error(self, exc)
        for key in keys:
            short = fingerprint_text(key.display_fingerprint, 2)
            text = self.tr("{name} — {role} · key {fingerprint}…").format(
                name=isolated(key.name), role=value_label(key.role), fingerprint=short
            )
            self.recipients.add_key(text, key.fingerprint).setToolTip(key.fingerprint)
        self.no_keys_note.setVisible(not keys)

    def choose_folder(self) -> None:
        chooser_takes_typing()
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _folder_changed(self, text: str) -> None:
        if not self._name_edited:
            self.name.setText(Path(text.strip()).name if text.strip() else "")
        self._validate()

    def _bucket_changed(self, _text: str) -> None:
        """Suggest a name: the prefix's last part (a team's folder), else the bucket."""
        if not self._name_edited:
            parts = [p for p in self.prefix.text().split("/") if p.strip()]
            self.name.setText(parts[-1].strip() if parts else self.bucket.text().strip())

    def set_recipients(self, fingerprints: list[str]) -> None:
        self.recipients.set_ticked(fingerprints)

    def chosen(self) -> list[str]:
        return self.recipients.ticked()

    def _validate(self) -> bool:
        where = self._s3_complete() if self.is_s3() else bool(self.folder.text().strip())
        ok = bool(where and self.name.text().strip())
        self.add_button.setEnabled(ok)
        self.test_button.setEnabled(self._s3_complete() and self.test_worker is None)
        return ok

    def add(self) -> SyncTarget | None:
        if not self._validate():
            return None
        try:
            keys = {k.fingerprint: k for k in trust.list_keys(self.session.vault.db)}
            cards = [keys[f].card for f in self.chosen() if f in keys]
            if self.is_s3():
                target = self._add_s3(cards)
            else:
                target = add_target(
                    self.session.vault, self.name.text(), Path(self.folder.text().strip()), cards
                )
        except FieldKitError as exc:
            text = " ".join(part for part in error_text(exc) if part)
            set_error(self.error, text)
            return None
        self.added.emit(target)
        self.accept()
        return target

    def _add_s3(self, cards: list[IdentityCard]) -> SyncTarget:
        """Never asks the network on the GUI thread: *Test connection* does, on a worker; the
        first sync writes FieldKit's marker under the prefix."""
        from fieldkit.sync.s3client import S3Credentials
        from fieldkit.sync.s3target import add_s3_target

        url, endpoint, access, secret, region = self._s3_fields()
        rate = self.bandwidth.value() * 1000 or None
        target, _problem = add_s3_target(
            self.session.vault,
            self.name.text(),
            url,
            endpoint,
            S3Credentials(access, secret),
            cards,
            region=region or None,
            bandwidth=rate,
            probe=False,
        )
        self.secret.clear()  # no copy left in a widget
        return target
