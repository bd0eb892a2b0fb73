"""Export a signed bundle: to whom (the trust store, by local name and role), what (changes,
only what was never sent, or everything), with or without locations, where (a file, or a
removable drive) and in what size of pieces — then in the background, with progress and
Cancel, ending with a summary of what was written.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.bundles.export import ExportOptions, ExportResult, Recipient
from fieldkit.bundles.parts import DEFAULT_MAX_SIZE, parse_size
from fieldkit.errors import FieldKitError
from fieldkit.gui.bundles import tasks
from fieldkit.gui.bundles.file_list import chooser_takes_typing
from fieldkit.gui.bundles.key_checklist import KeyChecklist
from fieldkit.gui.errors import show_error
from fieldkit.gui.people_names import isolated
from fieldkit.gui.session import Session
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.trust_dialogs import (
    AddCardDialog,
    choose_card_file,
    fingerprint_text,
    open_card_dialog,
)
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import (
    ERROR_STYLE,
    check_box,
    core_text,
    error_label,
    fit_rows,
    headed_table,
    heading,
    hrow,
    human_size,
    ltr_path,
    paragraph,
    path_row,
    push_button,
    radio_choices,
    read_only_rows,
    titled,
)
from fieldkit.i18n import is_right_to_left, join_list
from fieldkit.identity import trust

OPTIONS, EXPORTING, SUMMARY = 0, 1, 2
MODES = ("delta", "since_last", "full")
WARNING_STYLE = "color: #8a4b00; background: #fff7e6; padding: 6px; border: 1px solid #e0b060;"


def rtl_path(path: str) -> str:
    """``path`` kept one left-to-right path, its Arabic names in their own order
    (:func:`ltr_path`), in a right-to-left language; as it is in the others."""
    return ltr_path(path) if is_right_to_left() else path


def default_ticked(keys: list[trust.TrustedKey]) -> set[str]:
    """The cards ticked for the user: the verified coordinators (the core's default
    recipients); when this vault trusts none, every verified card. A coordinator's laptop
    trusts field workers, not coordinators: its colleague, verified with `trust add
    --verified`, was never ticked while the field laptop ticked that coordinator (r14 trial
    #10). An unverified card is never ticked: it may be an impostor's. The card's claimed
    role is only a claim, so the role is the one given here."""
    coordinators = {k.fingerprint for k in keys if trust.is_default_recipient(k)}
    if coordinators:
        return coordinators
    return {k.fingerprint for k in keys if k.verified and not k.revoked}


def default_file_name() -> str:
    # Says nothing about who or where: the name is visible to anyone who finds the stick.
    return datetime.now().strftime("fieldkit-%Y%m%d-%H%M.fkb")


def short_fingerprint(key: trust.TrustedKey) -> str:
    """The first three groups of the digits read aloud (15 digits: too many to forge a card
    that starts the same), for telling apart cards with the same name."""
    return fingerprint_text(key.display_fingerprint, 3)


def removable_drives() -> list[QStorageInfo]:
    """Mounted, writable volumes that look like USB sticks or memory cards."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or volume.isRoot():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            removable = not root.upper().startswith(os.environ.get("SystemDrive", "C:").upper())
        else:
            removable = root.startswith(("/media/", "/run/media/", "/Volumes/", "/mnt/"))
        if removable:
            found.append(volume)
    return found


class ExportDialog(TaskDialog):
    exported = Signal(object)  # the ExportResult

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "exportDialog", self.tr("Export a bundle — FieldKit"))
        self.session = session
        self.outcome: ExportResult | None = None
        self._keys: list[trust.TrustedKey] = []
        self.card_dialog: AddCardDialog | None = None  # the trust dialog open now (tests)
        self.progress_page = self.stages(
            self._options_page(), self.tr("Writing the bundle"), self._summary_page()
        )
        self.resize(780, 720)
        self._load_recipients()
        self.validate()

    # --- options -----------------------------------------------------------------------------

    def _options_page(self) -> QWidget:
        page = QWidget(self)
        body = QWidget(page)
        # Recipients
        who = QGroupBox(self.tr("Who can read it"), body)
        self.recipients = KeyChecklist(who)
        self.recipients.setObjectName("exportRecipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setMinimumHeight(56)
        self.recipients.setMaximumHeight(150)
        self.recipients.itemChanged.connect(lambda _i: self.validate())
        # Why some cards are not ticked and how to verify them; lookalike names.
        self.recipient_note = paragraph("", who)
        self.recipient_note.setObjectName("recipientNote")
        self.recipient_note.setStyleSheet(WARNING_STYLE)
        self.recipient_note.setVisible(False)
        # Said as soon as an unverified card is ticked: allowed, but never silently.
        self.unverified_chosen = paragraph("", who)
        self.unverified_chosen.setObjectName("unverifiedChosen")
        self.unverified_chosen.setStyleSheet(WARNING_STYLE)
        self.unverified_chosen.setVisible(False)
        self.no_recipients = paragraph(
            self.tr(
                "Nobody is in your trust store yet. Add your coordinator's identity card under "
                "People & keys, or export a plain bundle for auditors."
            ),
            who,
        )
        # The note says to add the coordinator's card: done here, as in the handover wizard,
        # rather than closing the dialog to find People & keys and coming back (r13 trial #16).
        self.add_card_button = push_button(
            self.tr("&Add a card…"), who, "exportAddCard", lambda: self.add_card()
        )
        self.plain = check_box(
            self.tr("&Not encrypted (plain): for auditors or the public — anyone can read it"),
            who,
            "exportPlain",
        )
        self.plain.toggled.connect(self.validate)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(
            paragraph(
                self.tr(
                    "The bundle is encrypted to the people ticked here (and to you). Names are "
                    "the ones you gave them."
                ),
                who,
            )
        )
        who_layout.addWidget(self.recipients)
        who_layout.addWidget(self.recipient_note)
        who_layout.addWidget(self.unverified_chosen)
        who_layout.addWidget(self.no_recipients)
        who_layout.addWidget(self.add_card_button, 0, Qt.AlignmentFlag.AlignLeading)
        who_layout.addWidget(self.plain)
        # What
        what = QGroupBox(self.tr("What to send"), body)
        texts = (
            self.tr("&Everything they are not known to have yet (recommended)"),
            self.tr("Only what was never sent to them &before"),
            self.tr("E&verything (a full copy)"),
        )
        self.mode_buttons, self.mode_radios, what_layout = radio_choices(
            what, zip(MODES, texts, strict=True), "mode"
        )
        self.mode_radios["delta"].setChecked(True)
        self.redact = check_box(
            self.tr(
                "&Remove locations (current location, coordinates, site, photo GPS): a "
                "snapshot for reading only"
            ),
            what,
            "exportRedact",
        )
        self.redact_warning = QLabel(
            self.tr(
                "Free-text fields (descriptions, notes, inscriptions, actions) are NOT scrubbed: "
                "read them for places and names before you send this. A redacted bundle cannot "
                "be merged by its recipients."
            ),
            what,
        )
        self.redact_warning.setObjectName("redactWarning")
        self.redact_warning.setWordWrap(True)
        self.redact_warning.setStyleSheet(WARNING_STYLE)
        self.redact_warning.setVisible(False)
        self.redact.toggled.connect(self._redact_toggled)
        what_layout.addWidget(self.redact)
        what_layout.addWidget(self.redact_warning)
        # Where
        where = QGroupBox(self.tr("Where"), body)
        self.destination = QLineEdit(where)
        self.destination.setObjectName("exportDestination")
        self.destination.setAccessibleName(self.tr("Bundle file"))
        self.destination.setText(str(Path.home() / default_file_name()))
        self.destination.textChanged.connect(lambda _t: self.validate())
        file_row = path_row(
            self.destination,
            # Not "C&hoose…": Alt+H was also "Refres&h" below.
            self.tr("&Choose…"),
            self.tr("Choose where to save the bundle"),
            self._choose_file,
        )
        self.drives = QComboBox(where)
        self.drives.setObjectName("exportDrives")
        self.drives.setAccessibleName(self.tr("Removable drive"))
        self.refresh_drives_button = QPushButton(self.tr("Refres&h"), where)
        self.refresh_drives_button.setAccessibleName(self.tr("Look for removable drives again"))
        self.refresh_drives_button.clicked.connect(self._load_drives)
        self.drives.activated.connect(self._drive_chosen)
        drive_row = hrow(self.drives, 1, self.refresh_drives_button)
        self.max_size = QComboBox(where)
        self.max_size.setObjectName("exportMaxSize")
        self.max_size.setAccessibleName(self.tr("Largest bundle file"))
        self.max_size.setEditable(True)
        for text, size in (
            # The size as every size in the app is written (human_size: "3,9 Gio" in French,
            # « 3.9 غيغابايت » in Arabic), what it fits after it.
            (
                self.tr("{size} — fits a FAT32 USB stick").format(
                    size=human_size(DEFAULT_MAX_SIZE)
                ),
                DEFAULT_MAX_SIZE,
            ),
            (human_size(2 << 30, whole=True), 2 << 30),
            (human_size(1 << 30, whole=True), 1 << 30),
            (
                self.tr("{size} — fits a CD").format(size=human_size(650 << 20, whole=True)),
                650 << 20,
            ),
            (
                self.tr("{size} — for e-mail or slow links").format(
                    size=human_size(100 << 20, whole=True)
                ),
                100 << 20,
            ),
        ):
            self.max_size.addItem(text, size)
        self.max_size.setToolTip(
            self.tr("Larger exports are split into several complete bundles. Type e.g. 700M.")
        )
        self.max_size.currentTextChanged.connect(lambda _t: self.validate())
        form = QFormLayout(where)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        file_label = QLabel(self.tr("Bundle &file:"), where)
        file_label.setBuddy(self.destination)
        form.addRow(file_label, file_row)
        drive_label = QLabel(self.tr("Removable &drive:"), where)
        drive_label.setBuddy(self.drives)
        form.addRow(drive_label, drive_row)
        size_label = QLabel(self.tr("&Split into files of at most:"), where)
        size_label.setBuddy(self.max_size)
        form.addRow(size_label, self.max_size)
        self._load_drives()

        self.error = error_label(page)
        self.error.setObjectName("exportError")
        self.export_button, buttons = self.start_buttons(
            page, self.tr("E&xport"), "exportButton", self.start
        )
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(who)
        body_layout.addWidget(what)
        body_layout.addWidget(where)
        body_layout.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Export a bundle"), page, size=1.3))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        return page

    def _load_recipients(self) -> None:
        self.recipients.blockSignals(True)
        self.recipients.clear()
        try:
            keys = [k for k in trust.list_keys(self.session.vault.db) if not k.revoked]
        except FieldKitError as exc:
            keys = []
            show_error(self, exc)
        self._keys = keys
        collisions = trust.name_collisions(keys)
        ticked = default_ticked(keys)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for key in keys:
            text = self.tr("{name} — {role} · key {fingerprint}…").format(
                name=isolated(key.name),
                role=value_label(key.role),
                fingerprint=short_fingerprint(key),
            )
            tips = [
                self.tr("Fingerprint: {digits}").format(
                    digits=fingerprint_text(key.display_fingerprint)
                )
            ]
            if key.verified:
                text += " · " + self.tr("verified")
            else:
                text += " · " + self.tr("NOT VERIFIED")
                tips.append(self.why_unverified_text())
            others = collisions.get(key.fingerprint, [])
            if others:
                text += " · " + self.tr("same name as another card")
                tips.append(
                    self.tr("Other cards with this name: {keys}.").format(
                        keys=join_list(short_fingerprint(o) + "…" for o in others)
                    )
                )
            item = self.recipients.add_key(text, key.fingerprint, key.fingerprint in ticked)
            if not key.verified or others:
                item.setIcon(warning_icon)
            item.setToolTip("\n".join(tips))
        self.recipients.blockSignals(False)
        if keys:
            # As tall as its rows (up to 150 px): room for the notes below it at 1366x768.
            rows = self.recipients.sizeHintForRow(0) * len(keys)
            frame = 2 * self.recipients.frameWidth() + 4
            self.recipients.setMaximumHeight(max(56, min(150, rows + frame)))
        self.no_recipients.setVisible(not keys)
        self.add_card_button.setVisible(not keys)
        self.recipients.setVisible(bool(keys))
        notes = []
        if any(not k.verified for k in keys):
            notes.append(
                self.tr(
                    "Cards marked NOT VERIFIED are not ticked for you: their fingerprint was "
                    "never compared with their holder, and anyone can make a card with any name "
                    "and role on it."
                )
                + " "
                + self.how_to_verify_text()
            )
        if collisions:
            names = sorted({k.name for k in keys if k.fingerprint in collisions})
            notes.append(
                self.tr(
                    "Several cards you trust have the same name, or names that look alike "
                    "({names}): tell them apart by the key digits, and rename one under People "
                    "& keys."
                ).format(names=join_list(names))
            )
        self.recipient_note.setText("\n\n".join(notes))
        self.recipient_note.setVisible(bool(notes))

    def add_card(self, path: Path | None = None) -> AddCardDialog | None:
        """Compare and trust the card in ``path`` (else chosen); once trusted, it is listed
        among the recipients (ticked if it is a verified coordinator's, as always)."""
        if path is None:
            path = choose_card_file(self)
            if path is None:
                return None
        self.card_dialog = open_card_dialog(self.session, path, self, self._card_closed)
        return self.card_dialog

    def _card_closed(self, dialog: AddCardDialog) -> None:
        self.card_dialog = None
        if dialog.key is not None:
            self._load_recipients()
            self.validate()
            self.recipients.setFocus()

    def why_unverified_text(self) -> str:
        return self.tr(
            "Not verified: you have not compared this fingerprint with its holder. If the card "
            "is not really theirs, whoever made it can read what you send to it."
        )

    def how_to_verify_text(self) -> str:
        return self.tr(
            "To verify a card, ask its holder to read their fingerprint to you in person or by "
            "phone, then under People & keys select the card and choose “Compare and mark "
            "verified…”."
        )

    def _redact_toggled(self, on: bool) -> None:
        self.redact_warning.setVisible(on)
        # A redacted snapshot holds every record as it is now: "what to send" does not apply.
        for radio in self.mode_radios.values():
            radio.setEnabled(not on)

    def set_recipients(self, fingerprints: list[str]) -> None:
        """Tick exactly these trusted keys (by fingerprint)."""
        self.recipients.set_ticked(fingerprints)

    def chosen_recipients(self) -> list[Recipient]:
        wanted = set(self.recipients.ticked())
        return [Recipient.from_card(k.card, k.name) for k in self._keys if k.fingerprint in wanted]

    def _load_drives(self) -> None:
        self.drives.clear()
        drives = removable_drives()
        if not drives:
            self.drives.addItem(self.tr("No removable drive found"), "")
            self.drives.setEnabled(False)
            return
        self.drives.setEnabled(True)
        self.drives.addItem(self.tr("Choose a drive…"), "")
        for volume in drives:
            free = human_size(volume.bytesAvailable())
            label = volume.displayName() or volume.rootPath()
            self.drives.addItem(
                self.tr("{drive} ({free} free)").format(drive=label, free=free), volume.rootPath()
            )

    def _drive_chosen(self, index: int) -> None:
        root = self.drives.itemData(index)
        if root:
            name = Path(self.destination.text()).name or default_file_name()
            self.destination.setText(str(Path(root) / name))

    def _choose_file(self) -> None:
        chooser_takes_typing()
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the bundle as"),
            self.destination.text(),
            self.tr("FieldKit bundles (*.fkb)"),
        )
        if target:
            if not target.endswith(".fkb"):
                target += ".fkb"
            self.destination.setText(target)

    def mode(self) -> str:
        return MODES[max(0, self.mode_buttons.checkedId())]

    def _size(self) -> int | None:
        index = self.max_size.currentIndex()
        text = self.max_size.currentText().strip()
        if index >= 0 and text == self.max_size.itemText(index):
            return int(self.max_size.itemData(index))
        try:
            return parse_size(text.split()[0] if text else "")
        except FieldKitError:
            return None

    def _problem(self) -> str:
        if not self.plain.isChecked() and not self.chosen_recipients():
            return self.tr("Tick at least one recipient, or choose a plain bundle.")
        text = self.destination.text().strip()
        if not text:
            return self.tr("Choose where to save the bundle.")
        target = Path(text).expanduser()
        if problem := self.missing_folder(target.parent):
            return problem
        if target.exists():
            return self.tr("{file} exists already: choose another name.").format(
                file=rtl_path(target.name)
            )
        if self._size() is None:
            return self.tr("The split size is not a size (type e.g. 700M or 3.9G).")
        return ""

    def _unverified_ticked(self) -> list[trust.TrustedKey]:
        wanted = {r.fingerprint for r in self.chosen_recipients()}
        return [k for k in self._keys if k.fingerprint in wanted and not k.verified]

    def validate(self) -> bool:
        plain = self.plain.isChecked()
        self.recipients.setEnabled(not plain)
        unverified = [] if plain else self._unverified_ticked()
        self.unverified_chosen.setText(
            self.tr(
                "You ticked {names}: not verified. If a card is not really its holder's, "
                "whoever made it can read this bundle."
            ).format(
                names=join_list(isolated(f"{k.name} ({short_fingerprint(k)}…)") for k in unverified)
            )
        )
        self.unverified_chosen.setVisible(bool(unverified))
        self.plain.setStyleSheet(ERROR_STYLE if plain else "")
        return self.check_options(self.export_button, self._problem())

    def options(self) -> ExportOptions:
        plain = self.plain.isChecked()
        return ExportOptions(
            recipients=[] if plain else self.chosen_recipients(),
            plain=plain,
            mode=self.mode(),
            redact_locations=self.redact.isChecked(),
            max_size=self._size() or DEFAULT_MAX_SIZE,
        )

    # --- exporting ---------------------------------------------------------------------------

    def start(self) -> None:
        target = Path(self.destination.text().strip()).expanduser()
        self.run_task(
            self.progress_page,
            self.tr("Writing {file}…").format(file=rtl_path(target.name)),
            tasks.export,
            self.session,
            target,
            self.options(),
            on_done=self._done,
            cancelled=self.tr("Cancelled: no bundle was written."),
        )

    def _done(self, result: ExportResult) -> None:
        self.outcome = result
        self._fill_summary(result)
        self.show_summary(SUMMARY)
        self.exported.emit(result)

    # --- summary -----------------------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_text = paragraph("", page)
        self.summary_text.setObjectName("exportSummary")
        columns = [
            self.tr("File"),
            self.tr("Size"),
            self.tr("Revisions or records"),
            self.tr("Photos"),
            self.tr("Number in stream"),
        ]
        self.files_table = read_only_rows(
            headed_table(columns, page, self.tr("Bundle files written"), "exportedFiles"),
            resize=QHeaderView.ResizeMode.ResizeToContents,
        )
        self.recipients_text = paragraph("", page)
        self.warnings_text = paragraph("", page)
        self.warnings_text.setStyleSheet(WARNING_STYLE)
        return self.summary_page(
            page,
            self.tr("Export finished"),
            [self.summary_text, self.files_table, self.recipients_text, self.warnings_text],
            "closeExport",
        )

    def _fill_summary(self, result: ExportResult) -> None:
        if result.nothing_new:
            self.summary_text.setText(
                self.tr(
                    "Nothing new to send to these recipients: they already have everything. "
                    "No bundle was written."
                )
            )
        else:
            total = sum(b.size for b in result.bundles)
            self.summary_text.setText(
                self.tr(
                    "%n bundle file(s) written, {size} in all.", "", len(result.bundles)
                ).format(size=human_size(total))
            )
        self.files_table.setRowCount(len(result.bundles))
        for r, b in enumerate(result.bundles):
            values = [
                rtl_path(str(b.path)),  # "/media/stick/b.fkb", not "media/stick/b.fkb/" in Arabic
                human_size(b.size),
                str(b.revisions or b.records),
                str(b.photos),
                str(b.sequence),
            ]
            for c, value in enumerate(values):
                self.files_table.setItem(r, c, QTableWidgetItem(value))
        self.files_table.setVisible(bool(result.bundles))
        fit_rows(self.files_table)
        if result.encrypted:
            by_fp = {k.fingerprint: k for k in self._keys}
            labels = []
            for recipient in result.recipients:
                key = by_fp.get(recipient.fingerprint or "")
                if key is None:
                    labels.append(
                        recipient.name or (recipient.fingerprint or recipient.age_recipient)[:16]
                    )
                elif key.verified:
                    labels.append(
                        self.tr("{name} (key {fingerprint}…)").format(
                            name=key.name, fingerprint=short_fingerprint(key)
                        )
                    )
                else:
                    labels.append(
                        self.tr("{name} (key {fingerprint}…, not verified)").format(
                            name=key.name, fingerprint=short_fingerprint(key)
                        )
                    )
            names = join_list(labels)
            self.recipients_text.setText(
                self.tr("Encrypted to: {names} and yourself.").format(names=names)
            )
        else:
            self.recipients_text.setText(
                self.tr("NOT encrypted: anyone who has the file can read it.")
            )
        notes = [core_text(w) for w in result.warnings]
        if result.kind == "snapshot":
            notes.append(
                self.tr(
                    "Locations were removed; free text was not. The recipients can read and "
                    "verify this snapshot, not merge it."
                )
            )
        self.warnings_text.setText("\n".join(notes))
        self.warnings_text.setVisible(bool(notes))
