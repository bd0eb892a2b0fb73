"""Import bundles: choose or drop them, read the verdict on each BEFORE anything merges, then
merge the ones that passed (one transaction per bundle) with progress and Cancel, and end with a
summary: new revisions, duplicates, conflicts, photos, and any missing or doubled bundles.

Cancel on the verdict page imports nothing. Cancel during the merge rolls the current bundle
back whole; bundles merged before it stay (each one is complete), and the summary says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.bundles.importer import ImportResult
from fieldkit.gui import widgets, window_fit
from fieldkit.gui.bundles.check_dialog import CHOOSE, BundleCheckDialog
from fieldkit.gui.bundles.tasks import ImportRun, Verdict, import_files
from fieldkit.gui.bundles.verdict import (
    COLOURS,
    NAMED,
    WARN,
    headline,
    record_name,
)
from fieldkit.gui.people_names import Names, isolated, reading_order
from fieldkit.gui.session import Session
from fieldkit.gui.trust_dialogs import AddCardDialog
from fieldkit.i18n import join_list
from fieldkit.records import fields as F
from fieldkit.records.pages import object_labels
from fieldkit.records.service import RecordView

CHECKING, VERDICTS, IMPORTING, SUMMARY = range(CHOOSE + 1, CHOOSE + 5)


class ImportDialog(BundleCheckDialog):
    imported = Signal()  # something was merged: lists, conflicts and overview must refresh

    def __init__(
        self, session: Session, parent: QWidget | None = None, files: list[Path] | None = None
    ) -> None:
        super().__init__(parent)
        widgets.titled(self, "importDialog", self.tr("Import bundles — FieldKit"))
        self.session = session
        self.run: ImportRun | None = None
        self.check_page = self.stages(
            self._choose_page(), self.tr("Checking the bundles"), self._verdict_page()
        )
        self.import_page = self.add_progress_page(self.tr("Importing"))
        self.pages.addWidget(self._summary_page())
        self.resize(820, 660)
        if files:
            self.files.add_files(files)
        self.first_focus()

    # --- 1. choose ---------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        self.bundle_list(
            self.tr("Bundles to import"), self.tr("Choose bundles to import"), "importFiles", page
        )
        self.check_button, buttons = self.start_buttons(
            page, self.tr("&Check bundles"), "checkButton", self.check
        )
        self.go_button = self.check_button
        widgets.intro_layout(
            page,
            self.tr("Import bundles"),
            self.tr(
                "Each bundle is checked first, and you see who signed it and what it holds "
                "before anything changes in this vault. Bundles can be imported in any "
                "order and more than once: nothing is duplicated or overwritten."
            ),
            widgets.buddy_label(
                self.tr("&Bundles (drop them here or use Add…):"), self.files.list, page
            ),
            self.files,
            1,
            buttons,
            size=1.3,
        )
        self.validate()
        return page

    # --- 2. check ----------------------------------------------------------------------------

    def check(self) -> None:
        self.check_bundles(
            self.check_page,
            lambda n: self.tr("Checking %n bundle(s); nothing is imported yet…", "", n),
            self._checked,
            session=self.session,
            contents=True,
        )

    # --- 3. verdicts -------------------------------------------------------------------------

    def _verdict_page(self) -> QWidget:
        page = QWidget(self)
        self.verdict_summary = widgets.paragraph("", page)
        self.verdict_summary.setObjectName("verdictSummary")
        scroll = self.verdict_list(page)
        self.accept_untrusted = widgets.check_box(
            self.tr(
                "Also import the bundles signed by keys I do not trust yet (their authors are "
                "shown as unverified)"
            ),
            page,
            "acceptUntrusted",
        )
        self.accept_untrusted.toggled.connect(self._update_import_button)
        self.import_button = widgets.push_button(
            self.tr("&Import"), page, "importButton", self.start_import
        )
        self.cancel_button = widgets.push_button(
            self.tr("Cancel — import nothing"), page, "cancelImport", self.reject
        )
        buttons = widgets.button_box(page, accept=self.import_button, reject=self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addWidget(widgets.heading(self.tr("What these bundles are"), page, size=1.3))
        layout.addWidget(self.verdict_summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.accept_untrusted)
        layout.addWidget(buttons)
        return page

    def _checked(self, verdicts: list[Verdict]) -> None:
        self.show_verdicts(verdicts, importing=True, trust_sender=self.trust_sender)
        untrusted = [v for v in verdicts if v.importable and not v.trusted]
        self.accept_untrusted.setChecked(False)
        self.accept_untrusted.setVisible(bool(untrusted))
        self.pages.setCurrentIndex(VERDICTS)
        self._update_import_button()
        (self.import_button if self.import_button.isEnabled() else self.cancel_button).setFocus()

    def trust_sender(self, verdict: Verdict) -> AddCardDialog | None:
        """The trust dialog (compare the fingerprint, give a local name) for the card the
        bundle carries; once the sender is trusted, the bundles are checked again, so the
        verdicts name them by their local name and they import without the tick box."""
        card = verdict.report.signer.card
        if card is None:
            return None
        dialog = AddCardDialog(self.session, card, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def trusted(_result: int) -> None:
            if dialog.key is not None:
                self.check()

        dialog.finished.connect(trusted)
        dialog.open()
        return dialog

    def to_import(self) -> list[Verdict]:
        accept = self.accept_untrusted.isChecked()
        return [v for v in self.verdicts if v.importable and (v.trusted or accept)]

    def _update_import_button(self) -> None:
        chosen = self.to_import()
        self.import_button.setEnabled(bool(chosen))
        self.import_button.setText(self.tr("&Import %n bundle(s)", "", len(chosen)))
        left_out = len(self.verdicts) - len(chosen)
        text = self.tr("Nothing has been imported yet.") + " "
        if not chosen:
            text += self.tr("None of these bundles can be imported.")
        elif left_out:
            text += self.tr("{chosen}; {left_out} (see why below).").format(
                chosen=self.tr("%n bundle(s) can be imported", "", len(chosen)),
                left_out=self.tr("%n will be left out", "", left_out),
            )
        else:
            text += self.tr("All %n bundle(s) passed the checks.", "", len(chosen))
        self.verdict_summary.setText(text)

    # --- 4. import ---------------------------------------------------------------------------

    def start_import(self) -> None:
        chosen = self.to_import()
        if not chosen:
            return
        expected = [
            (v.report.counts.get("revisions", 0), v.report.counts.get("photos", 0)) for v in chosen
        ]
        self.run_task(
            self.import_page,
            self.tr("Importing %n bundle(s)…", "", len(chosen)),
            import_files,
            self.session,
            [v.path for v in chosen],
            accept_untrusted=self.accept_untrusted.isChecked(),
            expected=expected,
            back_to=VERDICTS,
            on_done=self._imported,
        )

    def _imported(self, run: ImportRun) -> None:
        self.run = run
        self._fill_summary(run)
        self.show_summary(SUMMARY)
        if run.results:
            self.imported.emit()

    # --- 5. summary --------------------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_text = widgets.paragraph("", page)
        self.summary_text.setObjectName("importSummary")
        self.cancel_note = widgets.paragraph("", page)
        self.cancel_note.setStyleSheet(widgets.ERROR_STYLE)
        # An object deleted on another laptop while packed here: named at once, with what to
        # do, not left for the crate's contents to reveal.
        self.deleted_note = widgets.paragraph("", page)
        self.deleted_note.setObjectName("importDeletedWhilePacked")
        self.deleted_note.setVisible(False)
        # Records this vault had deleted that a colleague kept: said by name, and by whom, not
        # left for the user to find back in the list (r14 trial #19).
        self.back_note = widgets.paragraph("", page)
        self.back_note.setObjectName("importBack")
        self.back_note.setStyleSheet(f"color: {COLOURS[WARN]};")
        self.back_note.setVisible(False)
        # The records now in conflict, by name, and the way to them: the sidebar's badge was
        # the only lead (r14 trial #13).
        self.conflicts_note = widgets.paragraph("", page)
        self.conflicts_note.setObjectName("importConflicts")
        self.open_conflicts_button = widgets.push_button(
            self.tr("Open &Conflicts"), page, "openConflicts", self.open_conflicts
        )
        self.conflicts_row = widgets.flow_row(page, self.open_conflicts_button)
        self.conflicts_note.setVisible(False)
        self.conflicts_row.setVisible(False)
        columns = [
            self.tr("Bundle"),
            self.tr("New revisions"),
            self.tr("Already here"),
            self.tr("Records in conflict"),
            self.tr("New photos"),
            self.tr("Result"),
            self.tr("Notes"),
        ]
        self.table = widgets.read_only_rows(
            widgets.headed_table(
                columns, page, self.tr("What each bundle brought"), "importResults"
            ),
            wrap=True,
            resize=QHeaderView.ResizeMode.ResizeToContents,
            stretch_last=False,
        )
        # The result and the notes share the width left by the counts and wrap in it: a refused
        # bundle's reason was one long line, scrolled off to the right (r12 trial 2 #6).
        header = self.table.horizontalHeader()
        for column in (5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        # Titles wrap rather than lose both ends, above a two-thirds empty dialog (r13, uk).
        window_fit.wrap_header(self.table)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        summary = self.summary_page(
            page,
            self.tr("Import finished"),
            [
                self.summary_text,
                self.conflicts_note,
                self.conflicts_row,
                self.back_note,
                self.deleted_note,
                self.cancel_note,
                self.table,
            ],
            "closeImport",
        )
        # The table takes the page's free height (the page's closing stretch none of it): it
        # was cut to a few rows above an empty half of the dialog, the refused bundle hidden.
        layout = summary.layout()
        if isinstance(layout, QBoxLayout):
            for i in range(layout.count()):
                item = layout.itemAt(i)
                if item is not None and item.spacerItem() is not None:
                    layout.setStretch(i, 0)
            layout.setStretchFactor(self.table, 1)
        return summary

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text, the header as tall as its longest title."""
        window_fit.fit_header(self.table)
        self.table.resizeRowsToContents()

    def _result_row(self, result: ImportResult) -> list[str]:
        if result.refused:
            outcome = self.tr("Not imported: {why}").format(why=widgets.core_text(result.refused))
        elif result.new_revisions == 0 and result.new_photos == 0:
            outcome = self.tr("Nothing new")
        else:
            outcome = self.tr("Imported")
        notes = [widgets.core_text(x) for x in (*result.gaps, *result.forks, *result.warnings)]
        return [
            Path(result.file).name,
            str(result.new_revisions),
            str(result.duplicates),
            str(result.conflicts),
            str(result.new_photos),
            outcome,
            "\n".join(notes) or self.tr("none"),
        ]

    def _still_in_conflict(self, ids: set[str]) -> list[RecordView]:
        if self.session is None:
            return []
        records = self.session.records
        views = [records.get(rid, follow=False) for rid in sorted(ids)]
        return [v for v in views if v.in_conflict]

    def _name(self, view: RecordView) -> str:
        f = view.fields
        if view.kind == F.DAMAGE and self.session is not None:
            labels = object_labels(self.session.records, [str(f.get("object_id") or "")])
            number = next(iter(labels.values()), ("", ""))[0]
            return record_name(view.kind, number, str(f.get("observed_at") or ""))
        if view.kind in (F.CONTAINER, F.LOCATION):
            return record_name(view.kind, str(f.get("code") or ""), str(f.get("name") or ""))
        return record_name(
            view.kind, str(f.get("inventory_number") or ""), str(f.get("title") or "")
        )

    def open_conflicts(self) -> None:
        """To the Conflicts page of the window that opened the dialog; the dialog closes."""
        from fieldkit.gui.workspace import CONFLICTS  # the workspace opens this dialog

        workspace = getattr(self.parentWidget(), "workspace", None)
        show = getattr(workspace, "show_section", None)
        if callable(show):
            show(CONFLICTS)
        self.accept()

    def _back_lines(self, run: ImportRun) -> list[str]:
        if not run.back or self.session is None:
            return []
        session = self.session
        names = Names(session.vault.db, session.identity.fingerprint, session.identity.name)
        return [
            reading_order(
                self.tr("{record} that you deleted was kept by {person}: it is back.").format(
                    record=record_name(r.kind, r.number, r.title),
                    person=isolated(names(r.kept_by)),
                )
            )
            for r in run.back
        ]

    def _fill_summary(self, run: ImportRun) -> None:
        rows = [self._result_row(r) for r in run.results]
        chosen = {v.path for v in self.to_import()}
        for v in self.verdicts:
            if v.path not in chosen:
                # What the check said of it ("not a FieldKit bundle (not a ZIP archive, or cut
                # short)", "signed by a key you do not trust yet"), not one vague reason for all.
                why = self.tr("Not imported: {why}").format(why=headline(v, importing=False))
                rows.append([v.path.name, "0", "0", "0", "0", why, ""])
        if run.cancelled_at is not None:
            rows.append(
                [run.cancelled_at.name, "0", "0", "0", "0", self.tr("Cancelled: nothing kept"), ""]
            )
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 5 and value:
                    item.setToolTip(value)  # the whole reason, however narrow the column
                self.table.setItem(r, c, item)
        self._fit_rows()
        new = sum(r.new_revisions for r in run.results)
        dup = sum(r.duplicates for r in run.results)
        photos = sum(r.new_photos for r in run.results)
        # Each record once, if it is still in conflict after the whole run: three bundles that
        # all touched one record counted it three times (r11 UI trial #7).
        in_conflict = self._still_in_conflict({i for r in run.results for i in r.conflict_ids})
        conflicts = len(in_conflict)
        gaps = sum(len(r.gaps) for r in run.results)
        forks = sum(len(r.forks) for r in run.results)
        bundles = sum(1 for r in run.results if not r.refused)
        # Each count its own plural sentence piece: "1 bundle(s)" read as a form, not a sentence.
        summary = self.tr(
            "%n bundle(s) imported: {new}, {dup}, {photos} and {conflicts}.", "", bundles
        ).format(
            new=self.tr("%n new revision(s)", "", new),
            dup=self.tr("%n already here", "", dup),
            photos=self.tr("%n new photo(s)", "", photos),
            conflicts=self.tr("%n record(s) now in conflict", "", conflicts),
        )
        # Gaps and forks only when there are some, in words a coordinator reads: « 0 gaps and
        # 0 forks in the senders' streams » was jargon on every import (r15 tester, uk).
        if gaps:
            summary += " " + self.tr(
                "%n earlier bundle(s) from these senders not received yet: see Notes.", "", gaps
            )
        if forks:
            summary += " " + self.tr(
                "%n bundle(s) numbered like another from the same sender (was that laptop "
                "restored from a backup?): see Notes.",
                "",
                forks,
            )
        self.summary_text.setText(summary)
        if run.cancelled_at is not None:
            self.cancel_note.setText(
                self.tr(
                    "Cancelled while importing {file}: nothing from that bundle, or from the "
                    "ones after it, was kept. Bundles listed above it were imported completely."
                ).format(file=widgets.ltr(run.cancelled_at.name))
            )
        self.cancel_note.setVisible(run.cancelled_at is not None)
        if in_conflict:
            names = [self._name(v) for v in in_conflict]
            shown = join_list(names[:NAMED])
            if len(names) > NAMED:
                shown = self.tr("{names} and %n more", "", len(names) - NAMED).format(names=shown)
            self.conflicts_note.setText(
                self.tr(
                    "Now in conflict: {names}. Choose what to keep on the Conflicts page."
                ).format(names=shown)
            )
        self.conflicts_note.setVisible(bool(in_conflict))
        self.conflicts_row.setVisible(bool(in_conflict))
        back = self._back_lines(run)
        self.back_note.setText("\n".join(back))
        self.back_note.setVisible(bool(back))
        lines = [widgets.core_text(x) for r in run.results for x in r.deleted_while_packed_lines()]
        deleted = list(dict.fromkeys(lines))  # two bundles of one run may both say it
        self.deleted_note.setText("\n".join(deleted))
        self.deleted_note.setVisible(bool(deleted))
