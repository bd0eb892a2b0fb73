"""Verify bundles — for auditors from the welcome screen (no vault at all), or from a vault.

Without a vault, the signer is checked against the identity cards or minisign public keys the
auditor gives (``--trust`` in the CLI); the encrypted content cannot be inspected, and the
verdict says so. Verifying never writes anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui import workers
from fieldkit.gui.bundles import certificates
from fieldkit.gui.bundles.check_dialog import CHOOSE, BundleCheckDialog
from fieldkit.gui.bundles.file_list import FileList, chooser_takes_typing
from fieldkit.gui.bundles.tasks import Verdict
from fieldkit.gui.bundles.verdict import BAD, OK
from fieldkit.gui.errors import show_error
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import (
    buddy_label,
    button_box,
    heading,
    intro_layout,
    ltr,
    paragraph,
    push_button,
    titled,
)

if TYPE_CHECKING:
    from fieldkit.reports.layout import ReportResult

CHECKING, VERDICTS = CHOOSE + 1, CHOOSE + 2


class VerifyDialog(BundleCheckDialog):
    def __init__(
        self,
        session: Session | None = None,
        parent: QWidget | None = None,
        files: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        titled(self, "verifyDialog", self.tr("Verify bundles — FieldKit"))
        self.session = session
        self.certificate_worker: workers.Worker | None = None
        self.progress_page = self.stages(
            self._choose_page(), self.tr("Checking the bundles"), self._verdict_page()
        )
        self.resize(760, 640)
        if files:
            self.files.add_files(files)
        self.first_focus()

    # --- choosing ----------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        if self.session is None:
            intro = self.tr(
                "Check that a bundle is complete, unchanged since it was signed, and signed by a "
                "key you know. No vault is needed and nothing is written. Without a recipient's "
                "key the encrypted content is not inspected: the result says so."
            )
        else:
            intro = self.tr(
                "Check bundles without importing them. Bundles addressed to this vault are also "
                "decrypted and every revision, signature and photo inside is checked."
            )
        self.bundle_list(
            self.tr("Bundles to verify"), self.tr("Choose bundles to verify"), "verifyFiles", page
        )
        self.trust_files = FileList(
            self.tr("Keys you trust"),
            self.tr("Drop identity cards (.fkid) or minisign public keys (.pub) here"),
            self.tr("Choose identity cards or public keys you trust"),
            self.tr("Identity cards and public keys (*.fkid *.pub);;All files (*)"),
            (".fkid", ".pub"),
            page,
            add_text=self.tr("A&dd…"),
            remove_text=self.tr("R&emove"),
        )
        self.trust_files.setObjectName("trustFiles")
        self.trust_files.added.connect(self.ready_to_go)
        self.verify_button = self.go_button = push_button(
            self.tr("&Verify"), page, "verifyButton", self.start, default=True
        )
        close = push_button(self.tr("Close"), page, slot=self.reject)
        files = self.tr("&Bundles (drop them here or use Add…):")
        trust = self.tr("&Keys you trust (optional: the signer's identity card or .pub file):")
        intro_layout(
            page,
            self.tr("Verify bundles"),
            intro,
            buddy_label(files, self.files.list, page),
            self.files,
            2,
            buddy_label(trust, self.trust_files.list, page),
            self.trust_files,
            1,
            button_box(page, accept=self.verify_button, reject=close),
            size=1.3,
        )
        self.validate()
        return page

    # --- checking ----------------------------------------------------------------------------

    def start(self) -> None:
        self.check_bundles(
            self.progress_page,
            lambda n: self.tr("Checking %n bundle(s)…", "", n),
            self._verified,
            session=self.session,
            trust_files=self.trust_files.paths(),
        )

    def _verified(self, verdicts: list[Verdict]) -> None:
        offer = self.save_certificate if certificates.available() else None
        self.show_verdicts(verdicts, importing=False, certificate=offer)
        good = sum(1 for p in self.panels if p.level == OK)
        bad = sum(1 for p in self.panels if p.level == BAD)
        # Amber too, but not verified at all: not "intact but not signed by a key you trust".
        newer = sum(1 for p in self.panels if p.verdict.report.newer_format)
        n = len(self.panels)
        # Each count its own plural sentence piece: "1 bundle(s)" read as a form, not a sentence.
        pieces = {
            "good": self.tr("%n intact and signed by a trusted key", "", good),
            "bad": self.tr("%n failed", "", bad),
            "other": self.tr(
                "%n intact but not signed by a key you trust", "", n - good - bad - newer
            ),
        }
        if newer:
            self.summary.setText(
                self.tr("%n bundle(s) checked: {good}, {bad}, {other}, {newer}.", "", n).format(
                    newer=self.tr("%n made by a newer FieldKit, not verified", "", newer),
                    **pieces,
                )
            )
        else:
            self.summary.setText(
                self.tr("%n bundle(s) checked: {good}, {bad}, {other}.", "", n).format(**pieces)
            )
        self.certificate_status.clear()
        self.pages.setCurrentIndex(VERDICTS)
        self.again_button.setFocus()

    # --- verdicts ----------------------------------------------------------------------------

    def _verdict_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = paragraph("", page)
        self.summary.setObjectName("verifySummary")
        scroll = self.verdict_list(page)
        self.certificate_status = QLabel(page)
        self.certificate_status.setObjectName("certificateStatus")
        self.certificate_status.setWordWrap(True)
        self.again_button = push_button(self.tr("Verify &other bundles"), page, slot=self.restart)
        close = push_button(self.tr("Close"), page, "closeVerify", self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.certificate_status, 1)
        buttons.addWidget(button_box(page, reject=close, actions=[self.again_button]))
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Verification result"), page, size=1.3))
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    def restart(self) -> None:
        self.files.clear()
        self.pages.setCurrentIndex(CHOOSE)
        # Back where the first round started: on "Add…", not on a button of the hidden page.
        self.first_focus()

    def save_certificate(self, verdict: Verdict, target: Path | None = None) -> None:
        """Ask where (unless ``target``), then write the PDF certificate on a worker."""
        if self.certificate_worker is not None:
            return
        if target is None:
            chooser_takes_typing()
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the verification certificate"),
                str(verdict.path.with_name(certificates.default_name(verdict))),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        self.certificate_status.setText(self.tr("Writing {file}…").format(file=ltr(target.name)))
        worker = workers.Worker(
            certificates.write_certificate,
            verdict,
            target,
            self.trust_files.paths(),
            self.session,
        )
        worker.kwargs = {"progress": worker.report, "cancel": worker.cancelled}
        worker.signals.finished.connect(self._certificate_written)
        worker.signals.failed.connect(self._certificate_failed)
        self.certificate_worker = workers.start(worker)

    def _certificate_written(self, result: ReportResult) -> None:
        self.certificate_worker = None
        self.certificate_status.setText(
            self.tr("Certificate saved to {file}.").format(file=ltr(str(result.path)))
        )

    def _certificate_failed(self, exc: BaseException) -> None:
        self.certificate_worker = None
        self.certificate_status.clear()
        show_error(self, exc)
