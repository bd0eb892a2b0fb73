"""File → Import spreadsheet…: bring an inventory kept in Excel or LibreOffice (saved as CSV)
into the vault, as ``fieldkit object import-csv`` does, for people who do not use a terminal.

Choose the file → it is checked on a worker (nothing changes) → the preview says what the file
was read as (encoding, separator, how dates are written, asking when the file does not show it),
which column fills which field, the columns no field takes, the counts, the warnings and every
row error (which can be saved as a text file to correct the sheet with) → Import, on a worker
with progress and Cancel, all rows in one transaction or none → what happened, with "Show the
new records".

Every decision is the core's (:mod:`fieldkit.records.csv_import` and the modules it names): the
same :class:`~fieldkit.records.csv_validate.ImportPlan` the CLI makes, the same refusal while the
file has errors or columns of data no field takes. Choosing a field for a column here is the
CLI's ``--map "COLUMN=field"``, choosing how dates are written its ``--date-order``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import CancelledError
from fieldkit.gui.dates import format_epoch_ms
from fieldkit.gui.errors import show_error
from fieldkit.gui.numbers import counted, number, percent_format
from fieldkit.gui.session import Session
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.vocabulary_labels import field_label
from fieldkit.gui.widgets import (
    buddy_label,
    button_box,
    core_text,
    dropped_files,
    error_label,
    headed_table,
    heading,
    hrow,
    intro_layout,
    ltr,
    named,
    paragraph,
    path_row,
    push_button,
    question_box,
    read_only_rows,
    scroll_area,
    set_error,
    some_lines,
    titled,
)
from fieldkit.i18n import error_text, join_list
from fieldkit.records import csv_batches, csv_import, csv_mapping, csv_sniff, csv_validate
from fieldkit.records import fields as F
from fieldkit.records.csv_encoding import EncodingError
from fieldkit.records.csv_import import ImportResult
from fieldkit.records.csv_validate import ImportPlan
from fieldkit.records.service import Records
from fieldkit.tasks import CancelCheck, ProgressSink

CHOOSE, CHECKING, PREVIEW, IMPORTING, RESULT = range(5)
WARNING_STYLE = "color: #8a4b00;"
SKIP = "-"  # the CLI's --map "COLUMN=-": the column is not imported


def _when(ms: int) -> str:
    """When an import was made, in the app's one date format ("6 Dec 2026, 13:13"): the
    locale's short form wrote "06/12/2026", which reads as June 12 in the US."""
    return format_epoch_ms(ms)


def check_file(
    session: Session,
    path: Path,
    mapping: dict[str, str],
    date_order: str | None,
    progress: ProgressSink,
    cancel: CancelCheck,
    encoding: str | None = None,
) -> ImportPlan:
    """What importing ``path`` would do, on the worker's own connection: the CLI's steps
    (inspect, map, plan) in its order, ``encoding`` its --encoding. Changes nothing."""
    source = csv_sniff.inspect_csv(path, encoding=encoding)
    # Undecided columns are shown with a field to choose, not refused in the CLI's words.
    columns = csv_mapping.map_columns(source.header, mapping, undecided=True)
    with session.worker_vault() as vault:
        return csv_validate.plan_import(
            source,
            columns,
            records=Records(vault),
            progress=progress,
            cancel=cancel,
            date_order=date_order,
        )


def import_file(
    session: Session, plan: ImportPlan, progress: ProgressSink, cancel: CancelCheck
) -> ImportResult:
    """Create every row of ``plan`` in one transaction (a cancel keeps nothing)."""
    with session.worker_vault() as vault:
        return csv_import.apply_import(Records(vault), plan, progress=progress, cancel=cancel)


def undo_import(
    session: Session,
    which: int,
    include_edited: bool,
    progress: ProgressSink,
    cancel: CancelCheck,
) -> csv_batches.UndoResult:
    """Delete the records import ``which`` created, in one transaction (see
    :func:`fieldkit.records.csv_batches.undo_import`)."""
    with session.worker_vault() as vault:
        return csv_batches.undo_import(Records(vault), which, include_edited=include_edited)


class CsvImportDialog(TaskDialog):
    imported = Signal(object)  # the ImportResult: the lists must show the new objects
    show_records = Signal(list)  # "Show the new records": their ids

    def __init__(
        self, session: Session, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        titled(self, "csvImportDialog", self.tr("Import a spreadsheet — FieldKit"))
        self.session = session
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None
        self.mapping: dict[str, str] = {}  # column "#n" → field, or SKIP: chosen here
        # Columns whose field another column took here: "#n" → (field, the taker's label).
        # Said in their row and in the warnings, never silently (r11 trial #8).
        self.taken: dict[str, tuple[str, str]] = {}
        self.lost_box: QMessageBox | None = None
        self.date_order: str | None = None  # chosen here; None: as the file shows
        self.check_page = self.stages(
            self._choose_page(), self.tr("Checking the spreadsheet"), self._preview_page()
        )
        self.import_page = self.add_progress_page(self.tr("Importing"))
        # Qt's "%p%" is English spacing: French writes « 17 % ».
        self.import_page.bar.setFormat(percent_format())
        self.pages.addWidget(self._result_page())
        self.resize(900, 640)
        self.setAcceptDrops(True)
        if path is not None:
            self.path_edit.setText(str(path))
        self.undo_box: QMessageBox | None = None
        self.undone: csv_batches.UndoResult | None = None
        self._show_last_import()
        self.validate()

    # --- undoing an import -------------------------------------------------------------------

    def _show_last_import(self) -> None:
        latest = [b for b in csv_batches.imports(self.session.records, limit=1) if not b.undone]
        self.last = latest[0] if latest else None
        if self.last is not None:
            self.last_import.setText(
                counted(
                    self.tr("Last import: %n object(s) from {file}, {when}.", "", self.last.count),
                    self.last.count,
                ).format(file=ltr(self.last.file_name), when=_when(self.last.imported_at_ms))
            )
        self.last_import.setVisible(self.last is not None)
        self.undo_last_button.setVisible(self.last is not None)

    def _ask_undo_last(self) -> QMessageBox | None:
        if self.last is None:
            return None
        return self._ask_undo(self.last.import_id, self.last.count, self.last.file_name)

    def _ask_undo(self, import_id: int, count: int, file_name: str) -> QMessageBox:
        """Undo asks first: it deletes every record of the import (history kept)."""
        if self.undo_box is not None:
            self.undo_box.raise_()
            return self.undo_box

        def answered(yes: bool) -> None:
            self.undo_box = None
            if yes:
                self._undo(import_id, include_edited=False)

        informative = self.tr(
            "Each is deleted as if you deleted it yourself: its history is kept, and the "
            "deletion travels in bundles like any other."
        )
        # Other vaults already have some: the deletions reach them with the next bundle, and
        # what was done with them there cannot be seen from here (r12 review 1c).
        sent = csv_batches.sent_of_import(self.session.records, import_id)
        if sent:
            informative += "\n\n" + counted(
                self.tr(
                    "%n of these object(s) were already sent to other vaults in bundles: they will "
                    "be deleted there too when the next bundle goes.",
                    "",
                    sent,
                ),
                sent,
            )
        self.undo_box = question_box(
            self,
            "csvUndoBox",
            self.tr("Undo this import?"),
            counted(
                self.tr("The %n object(s) imported from {file} will be deleted.", "", count), count
            ).format(file=ltr(file_name)),
            self.tr("Delete them"),
            answered,
            informative=informative,
            cancel=self.tr("Keep them"),
        )
        return self.undo_box

    def _undo(self, import_id: int, *, include_edited: bool) -> None:
        self.run_task(
            self.import_page,
            self.tr("Undoing the import in one transaction…"),
            undo_import,
            self.session,
            import_id,
            include_edited,
            on_done=self._undone,
            on_error=lambda exc: self._undo_failed(exc, import_id),
        )

    def _undo_failed(self, exc: BaseException, import_id: int) -> None:
        self.pages.setCurrentIndex(RESULT if self.outcome is not None else CHOOSE)
        self.validate()
        if not isinstance(exc, csv_batches.UndoRefused):
            show_error(self, exc)
            return
        # Some were edited since: say which, and delete them only if the user says so.
        problem, _hint = error_text(exc)
        shown = [inventory or self.tr("(no inventory number)") for _id, inventory in exc.edited]

        def answered(yes: bool) -> None:
            self.undo_box = None
            if yes:
                self._undo(import_id, include_edited=True)

        self.undo_box = question_box(
            self,
            "csvUndoEditedBox",
            self.tr("Undo this import?"),
            problem,
            self.tr("Delete them too"),
            answered,
            informative=(
                self.tr("Edited since the import:")
                if not exc.worked
                else self.tr(
                    "Edited since the import, or with a damage report, a movement or unsaved "
                    "changes:"
                )
            )
            + "\n"
            + some_lines(shown, 12),
            cancel=self.tr("Keep everything"),
        )

    def _undone(self, result: csv_batches.UndoResult) -> None:
        self.undone = result
        self.last = None
        self.result_heading.setText(self.tr("Import undone"))
        said = self.tr(
            "%n object(s) deleted: the import from {file} is undone. Their history is kept.",
            "",
            result.deleted,
        )
        self.result_text.setText(
            counted(said, result.deleted).format(file=ltr(result.batch.file_name))
        )
        self.result_notes.setVisible(False)
        self.show_button.setVisible(False)
        self.undo_button.setVisible(False)
        self.show_summary(RESULT)
        self.imported.emit(result)  # the lists must drop the deleted objects

    # --- 1. choose ---------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        self.path_edit = named(QLineEdit(page), "csvFile", self.tr("Spreadsheet file"))
        self.path_edit.textChanged.connect(lambda _t: self._file_changed())
        # A path reads left to right, in Arabic too (its folders in their order).
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.choose_error = error_label(page)
        # Made before the list of encodings, so that Tab goes from the file to its button.
        file_row = path_row(
            self.path_edit, self.tr("C&hoose…"), self.tr("Choose the file"), self._choose
        )
        # The CLI's --encoding: detection refuses what it cannot be sure of, and the user, who
        # knows where the sheet comes from, says it here.
        self.encoding = named(QComboBox(page), "csvEncoding", self.tr("Encoding"))
        for codec, label in (
            ("", self.tr("Detect it (recommended)")),
            ("utf-8", "UTF-8"),
            ("cp1252", self.tr("Windows-1252 (Western Europe)")),
            ("cp1256", self.tr("Windows-1256 (Arabic)")),
            ("cp1251", self.tr("Windows-1251 (Cyrillic)")),
            ("cp1250", self.tr("Windows-1250 (Central Europe)")),
            ("utf-16", "UTF-16"),
            # Without a byte-order mark the file does not say its byte order: the user can.
            ("utf-16-le", self.tr("UTF-16, little-endian (Windows)")),
            ("utf-16-be", self.tr("UTF-16, big-endian")),
            ("mac-roman", "Mac Roman"),
        ):
            self.encoding.addItem(label, codec)
        self.encoding.currentIndexChanged.connect(lambda _i: set_error(self.choose_error, ""))
        self.check_button = push_button(
            self.tr("&Check the file"), page, "csvCheck", self.check, default=True
        )
        cancel = push_button(self.tr("Cancel"), page, "csvCancelChoose", self.reject)
        # The last import, findable later: a wrong file is often seen only in the lists.
        self.last_import = named(paragraph("", page), "csvLastImport")
        self.undo_last_button = push_button(
            self.tr("&Undo this import…"), page, "csvUndoLast", self._ask_undo_last
        )
        intro_layout(
            page,
            self.tr("Import a spreadsheet"),
            self.tr(
                "Each row of the sheet becomes a new object. Save the sheet as CSV from Excel "
                "or LibreOffice (File > Save as > CSV). The whole file is checked first, and "
                "you see how it was read and every problem before anything changes in this "
                "vault; then all rows are imported, or none."
            ),
            buddy_label(self.tr("&File (or drop it here):"), self.path_edit, page),
            file_row,
            hrow(buddy_label(self.tr("&Encoding:"), self.encoding, page), self.encoding, None),
            self.choose_error,
            None,
            hrow(self.last_import, self.undo_last_button),
            button_box(page, accept=self.check_button, reject=cancel),
            size=1.3,
        )
        return page

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.pages.currentIndex() == CHOOSE and len(dropped_files(event)) == 1:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if self.pages.currentIndex() == CHOOSE and len(files) == 1:
            self.path_edit.setText(str(files[0]))
            event.acceptProposedAction()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a spreadsheet"),
            self.path_edit.text() or str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _file_changed(self) -> None:
        # Another file: the columns chosen and the date order were for the one before.
        self.mapping = {}
        self.taken = {}
        self.date_order = None
        set_error(self.choose_error, "")
        self.validate()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def validate(self) -> bool:
        self.check_button.setEnabled(bool(self.path_edit.text().strip()) and not self.busy)
        if hasattr(self, "import_button"):
            self.import_button.setEnabled(self.importable() and not self.busy)
        return True

    # --- 2. check ----------------------------------------------------------------------------

    def check(self) -> None:
        """Read the whole file (again: "Check again" after it was corrected in Excel)."""
        if self.busy or not self.path_edit.text().strip():
            return
        path = self.path()
        back = PREVIEW if self.pages.currentIndex() == PREVIEW else CHOOSE
        set_error(self.choose_error, "")
        set_error(self.status, "")
        self.run_task(
            self.check_page,
            self.tr("Checking {file}; nothing is imported yet…").format(file=ltr(path.name)),
            check_file,
            self.session,
            path,
            dict(self.mapping),
            self.date_order,
            encoding=self.encoding.currentData() or None,
            on_done=self._checked,
            on_error=lambda exc: self._check_failed(exc, back),
        )

    def _check_failed(self, exc: BaseException, back: int) -> None:
        if back == PREVIEW and self.plan is None:
            back = CHOOSE
        self.pages.setCurrentIndex(back)
        self.validate()
        line = self.status if back == PREVIEW else self.choose_error
        if isinstance(exc, CancelledError):
            if back == PREVIEW:
                # The check was of a new answer (date order, a column's field) the widgets now
                # show: the old plan no longer says what Import would store (review r10c #1).
                self.plan = None
                self.validate()
                set_error(
                    line,
                    self.tr(
                        "Check cancelled: nothing was imported. Press Check again to import "
                        "with the choices shown."
                    ),
                )
                self.again_button.setFocus()
                return
            set_error(line, self.tr("Cancelled: nothing was imported."))
            return
        if isinstance(exc, EncodingError):
            # Said beside the list of encodings, which is the way out (the core's hint names
            # the CLI's --encoding).
            self.plan = None
            self.pages.setCurrentIndex(CHOOSE)
            self.validate()
            problem, _hint = error_text(exc)
            set_error(
                self.choose_error,
                problem
                + "\n"
                + self.tr(
                    "Choose the file's encoding in the list above and check again, or save the "
                    "sheet as CSV UTF-8 from your spreadsheet program."
                ),
            )
            suggested = self.encoding.findData(exc.suggested) if exc.suggested else -1
            if suggested >= 0:
                self.encoding.setCurrentIndex(suggested)  # what the bytes show: one click
                set_error(
                    self.choose_error,
                    problem
                    + "\n"
                    + self.tr(
                        "The list above now says how to read it: press Check the file, or "
                        "choose another encoding."
                    ),
                )
                self.check_button.setFocus()
                return
            self.encoding.setFocus()
            return
        if back == PREVIEW:
            # The preview no longer says what the file (or the choices made) would import.
            self.plan = None
            self.validate()
            set_error(
                line,
                self.tr("The file could not be checked: nothing can be imported until it is."),
            )
        show_error(self, exc)

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._fill_preview(plan)
        self.pages.setCurrentIndex(PREVIEW)
        self.validate()
        if csv_import.date_order_question(plan) is not None:
            self.dmy.setFocus()  # the question comes first
        elif self.import_button.isEnabled():
            self.import_button.setFocus()
        else:
            self.again_button.setFocus()

    # --- 3. preview --------------------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.read_as = named(paragraph("", page), "csvReadAs")
        self.counts = named(paragraph("", page), "csvCounts")
        # How dates such as 05/11/2023 are written: the file proves it, or the user says.
        self.dates_box = QGroupBox(self.tr("Dates"), page)
        self.dates_text = named(paragraph("", self.dates_box), "csvDatesText")
        self.dmy = QRadioButton(
            self.tr("&Day/month/year: 05/11/2023 is 5 November 2023"), self.dates_box
        )
        self.dmy.setObjectName("csvDateOrder_dmy")
        self.mdy = QRadioButton(
            self.tr("&Month/day/year: 05/11/2023 is 11 May 2023"), self.dates_box
        )
        self.mdy.setObjectName("csvDateOrder_mdy")
        for radio, order in ((self.dmy, "dmy"), (self.mdy, "mdy")):
            radio.clicked.connect(lambda _c=False, order=order: self._date_order_chosen(order))
        dates = QVBoxLayout(self.dates_box)
        dates.addWidget(self.dates_text)
        radios = QHBoxLayout()
        radios.addWidget(self.dmy)
        radios.addWidget(self.mdy)
        radios.addStretch(1)
        dates.addLayout(radios)
        self.tabs = named(QTabWidget(page), "csvTabs")
        self.columns_table = read_only_rows(
            headed_table(
                [self.tr("Column in the file"), self.tr("Field"), self.tr("How")],
                page,
                self.tr("Columns and the fields they fill"),
                "csvColumns",
            ),
            wrap=False,
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.columns_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table = read_only_rows(
            headed_table(
                [self.tr("Row"), self.tr("Column"), self.tr("Problem")],
                page,
                self.tr("Errors in the file"),
                "csvErrors",
            ),
            wrap=False,  # one line a row: thousands of errors list at once; the tip says all
        )
        self.errors_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.save_errors_button = push_button(
            self.tr("&Save the errors as a text file…"), page, "csvSaveErrors", self.save_errors
        )
        errors_tab = QWidget(page)
        errors_layout = QVBoxLayout(errors_tab)
        errors_layout.addWidget(self.errors_table, 1)
        errors_layout.addWidget(self.save_errors_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.warnings_text = named(paragraph("", page), "csvWarnings")
        self.warnings_text.setStyleSheet(WARNING_STYLE)
        self.warnings_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        # A few rows as read (the CLI's --dry-run shows them): whether the letters are right
        # says whether the encoding is.
        self.samples_table = read_only_rows(
            headed_table(
                [self.tr("Row"), self.tr("Cells as read")],
                page,
                self.tr("Rows as read"),
                "csvSamples",
            ),
            wrap=False,
        )
        self.samples_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.samples_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.columns_table, "")
        self.tabs.addTab(errors_tab, "")
        # Scrolled: a sheet with many duplicate numbers must not make the dialog taller than
        # the screen.
        self.tabs.addTab(scroll_area(self.warnings_text, page), "")
        self.tabs.addTab(self.samples_table, self.tr("Rows as read"))
        self.status = error_label(page)
        self.status.setObjectName("csvStatus")
        self.again_button = push_button(self.tr("Check &again"), page, "csvCheckAgain", self.check)
        self.back_button = push_button(
            self.tr("&Back: another file or encoding"), page, "csvBack", self._back
        )
        self.import_button = push_button(self.tr("&Import"), page, "csvImport", self.start_import)
        self.cancel_button = push_button(
            self.tr("Cancel — import nothing"), page, "csvCancelImport", self.reject
        )
        self.error = self.status  # where the task dialog says a cancelled import
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("What the file holds"), page, size=1.3))
        layout.addWidget(self.read_as)
        layout.addWidget(self.dates_box)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(
            button_box(
                page,
                accept=self.import_button,
                reject=self.cancel_button,
                actions=[self.back_button, self.again_button],
            )
        )
        return page

    def _separator(self, delimiter: str) -> str:
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        return names.get(delimiter, ltr(repr(delimiter)))

    def _fill_preview(self, plan: ImportPlan) -> None:
        source = plan.source
        # Given here, not with the CLI's --encoding, which the core's words name.
        how = self.tr("as you chose") if source.encoding_given else core_text(source.encoding_how)
        self.read_as.setText(
            counted(
                self.tr(
                    "{file}: %n row(s), read as {encoding} ({how}); columns separated by {sep}.",
                    "",
                    plan.rows,
                ),
                plan.rows,
            ).format(
                file=ltr(source.path.name),
                encoding=ltr(source.encoding_label),
                how=how,
                sep=self._separator(source.delimiter),
            )
        )
        self._fill_dates(plan)
        self._fill_columns(plan)
        question = csv_import.date_order_question(plan)
        errors = csv_import.errors_besides_date_order(plan) if question else plan.errors
        error_count = len(errors) if question else plan.error_count
        self._fill_errors(errors)
        self._fill_samples(plan)
        warnings: list[str] = []
        shown = len(plan.warnings)
        # Which numbers are doubled, as the CLI lists them: the counts alone do not say
        # which objects to look at. Each count said once, with its list (it was a warning of
        # its own, and the list another one below: r11 trial #10).
        said = iter(plan.duplicate_warnings)
        for title, duplicates in (
            (self.tr("Inventory numbers more than once in the file:"), plan.duplicates_in_file),
            (self.tr("Inventory numbers already in the vault:"), plan.duplicates_in_vault),
        ):
            if duplicates:
                count = core_text(next(said, ""))
                warnings.append(
                    title + "\n" + self._duplicates(duplicates) + ("\n" + count if count else "")
                )
        warnings += [core_text(w) for w in plan.other_warnings]
        taken = self._taken_warnings(plan)
        warnings[0:0] = taken
        shown += len(taken)
        if plan.dropped_columns:
            warnings.insert(0, core_text(csv_import.dropped_message(plan)))
        self.warnings_text.setText("\n\n".join(warnings) or self.tr("No warnings."))
        new = plan.rows if plan.ok and not plan.dropped_columns else 0
        self.counts.setText(
            self.tr("New objects: {new}. Errors: {errors}. Warnings: {warnings}.").format(
                new=number(new),
                errors=number(error_count),
                warnings=number(shown + (1 if plan.dropped_columns else 0)),
            )
        )
        self.tabs.setTabText(
            0, counted(self.tr("Columns (%n)", "", len(plan.columns)), len(plan.columns))
        )
        self.tabs.setTabText(1, counted(self.tr("Errors (%n)", "", error_count), error_count))
        warned = shown + (1 if plan.dropped_columns else 0)
        self.tabs.setTabText(2, counted(self.tr("Warnings (%n)", "", warned), warned))
        self.save_errors_button.setEnabled(bool(plan.errors))
        if errors:
            self.tabs.setCurrentIndex(1)
        elif plan.dropped_columns:
            self.tabs.setCurrentIndex(0)
        self.import_button.setText(
            counted(self.tr("&Import %n object(s)", "", plan.rows), plan.rows)
            if new
            else self.tr("&Import")
        )
        set_error(self.status, self._refusal(plan, question, error_count))

    def _duplicates(self, duplicates: dict[str, list[int]], shown: int = 20) -> str:
        """ "A-12 (rows 4, 9)", one a line, the first ``shown`` of them and how many more."""
        lines = [
            self.tr("{number} (rows {rows})").format(
                number=ltr(inventory), rows=join_list(number(r) for r in rows[:5])
            )
            + ("…" if len(rows) > 5 else "")
            for inventory, rows in list(duplicates.items())[:shown]
        ]
        if len(duplicates) > shown:
            lines.append(
                counted(
                    self.tr("… and %n more", "", len(duplicates) - shown), len(duplicates) - shown
                )
            )
        return "\n".join(lines)

    def _refusal(self, plan: ImportPlan, question: str | None, error_count: int) -> str:
        """Why Import is not possible (the core's refusals, said for this dialog), or ""."""
        if question is not None:
            return self.tr("Say how the file's dates are written (above) to go on.")
        if error_count:
            return self.tr(
                "Nothing can be imported while the file has errors: correct them in the "
                "spreadsheet, save it as CSV, then press Check again."
            )
        if plan.dropped_columns:
            return self.tr(
                "Some columns hold data that no field takes: choose a field for each, or "
                "“Not imported”, in the Columns tab."
            )
        if not plan.rows:
            return self.tr("The file has no rows to import.")
        return ""

    def _fill_dates(self, plan: ImportPlan) -> None:
        question = csv_import.date_order_question(plan)
        order = plan.date_order
        self.dates_box.setVisible(question is not None or order is not None)
        for radio, value in ((self.dmy, "dmy"), (self.mdy, "mdy")):
            radio.setAutoExclusive(False)  # none checked while the user has not answered
            radio.setChecked(order == value)
            radio.setAutoExclusive(True)
        if question == "mixed":
            text = self.tr(
                "Some dates are written day/month/year and others month/day/year: say how "
                "most are written; the others are then listed as errors to correct."
            )
        elif question == "unknown":
            text = self.tr(
                "No date in the file shows whether 05/11/2023 is 5 November or 11 May (no "
                "day above 12): say how the dates are written."
            )
        elif plan.date_order_how == "given":
            text = self.tr("Dates are read the way you chose.")
        else:
            text = self.tr(
                "Dates are read as the file shows: one of its dates can only be read this way."
            )
        self.dates_text.setText(text)

    def _date_order_chosen(self, order: str) -> None:
        if self.plan is not None and self.plan.date_order == order:
            return
        self.date_order = order
        self.check()

    def _fill_columns(self, plan: ImportPlan) -> None:
        """A row for each column that fills a field, holds data or was set aside here; the
        columns without any data (a sheet saved with thousands of them) are counted in one
        last row, not each given a list of fields."""
        dropped = {c.index for c in plan.dropped_columns}
        shown = [c for c in plan.columns if c.field or c.index in dropped or c.how != "unmapped"]
        empty = len(plan.columns) - len(shown)
        self.columns_table.setRowCount(len(shown) + (1 if empty else 0))
        hows = {
            "header": self.tr("by its heading"),
            "map": self.tr("chosen here"),
            "skipped": self.tr("not imported, chosen here"),
        }
        for row, column in enumerate(shown):
            self.columns_table.setItem(row, 0, QTableWidgetItem(column.label))
            key = f"#{column.index + 1}"  # by position: two columns may share a heading
            combo = QComboBox(self.columns_table)
            combo.setObjectName(f"csvField_{column.index + 1}")
            combo.setProperty("column", key)
            combo.setAccessibleName(
                self.tr("Field for the column {column}").format(column=column.label)
            )
            combo.addItem(self.tr("Not imported"), SKIP)
            for field in F.OBJECT_FIELDS:
                combo.addItem(field_label(F.OBJECT, field.name), field.name)
            combo.setCurrentIndex(max(0, combo.findData(column.field or SKIP)))
            combo.currentIndexChanged.connect(
                lambda _i, combo=combo, key=key: self._field_chosen(key, combo)
            )
            # An undecided column shows "Not imported" already: choosing it is a decision all
            # the same (it did nothing, and Import stayed refused: r11 trial #8).
            combo.activated.connect(
                lambda _i, combo=combo, key=key: self._field_confirmed(key, combo)
            )
            self.columns_table.setCellWidget(row, 1, combo)
            taken = self.taken.get(key) if column.field is None else None
            if column.index in dropped:
                how = QTableWidgetItem(self.tr("holds data, but no field takes it"))
                how.setForeground(Qt.GlobalColor.darkRed)
            elif taken is not None:
                how = QTableWidgetItem(self._taken_text(column.label, *taken))
                how.setForeground(Qt.GlobalColor.darkRed)
                how.setToolTip(how.text())
            else:
                how = QTableWidgetItem(hows.get(column.how, column.how))
            self.columns_table.setItem(row, 2, how)
        if empty:
            row = len(shown)
            self.columns_table.setItem(
                row,
                0,
                QTableWidgetItem(counted(self.tr("%n column(s) without data", "", empty), empty)),
            )
            self.columns_table.setItem(row, 1, QTableWidgetItem(""))
            self.columns_table.setItem(row, 2, QTableWidgetItem(self.tr("not imported")))
        self.columns_table.resizeColumnsToContents()
        self.columns_table.setCurrentCell(-1, -1)  # no row looks chosen: nothing is

    def _taken_text(self, column: str, field: str, taker: str) -> str:
        return self.tr("not imported: “{field}” now comes from “{taker}”").format(
            field=field_label(F.OBJECT, field), taker=taker, column=column
        )

    def _field_confirmed(self, key: str, combo: QComboBox) -> None:
        """ "Not imported" chosen where it was shown for a column nobody decided yet."""
        if combo.currentData() == SKIP and key not in self.mapping:
            self._field_chosen(key, combo)

    def _field_chosen(self, key: str, combo: QComboBox) -> None:
        field = str(combo.currentData())
        self.mapping[key] = field
        self.taken.pop(key, None)
        if field != SKIP:
            # A field fills from one column: the one that had it gives it up (as a radio button
            # would), rather than the check refusing two columns for one field; its row and
            # the warnings say so (it was silent: r11 trial #8).
            taker = self._column_label(key)
            for row in range(self.columns_table.rowCount()):
                other = self.columns_table.cellWidget(row, 1)
                if isinstance(other, QComboBox) and other is not combo:
                    if other.currentData() == field:
                        other_key = str(other.property("column"))
                        self.mapping[other_key] = SKIP
                        self.taken[other_key] = (field, taker)
        self.check()

    def _column_label(self, key: str) -> str:
        if self.plan is not None:
            for column in self.plan.columns:
                if f"#{column.index + 1}" == key:
                    return column.label
        return key

    def _taken_warnings(self, plan: ImportPlan) -> list[str]:
        """A line for each column whose field another column took here."""
        out = []
        for column in plan.columns:
            taken = self.taken.get(f"#{column.index + 1}")
            if taken is not None and column.field is None:
                field, taker = taken
                out.append(
                    self.tr(
                        "The column “{column}” is no longer imported: its field “{field}” now "
                        "comes from the column “{taker}”."
                    ).format(column=column.label, field=field_label(F.OBJECT, field), taker=taker)
                )
        return out

    def _back(self) -> None:
        self.pages.setCurrentIndex(CHOOSE)
        self.path_edit.setFocus()

    def _fill_samples(self, plan: ImportPlan) -> None:
        self.samples_table.setRowCount(len(plan.samples))
        for row, (number_of_row, cells) in enumerate(plan.samples):
            text = " | ".join(f"{column}: {cell}" for column, cell in cells)
            self.samples_table.setItem(row, 0, QTableWidgetItem(number(number_of_row)))
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.samples_table.setItem(row, 1, item)

    def _fill_errors(self, errors: list[csv_validate.RowError]) -> None:
        self.errors_table.setRowCount(len(errors))
        for row, error in enumerate(errors):
            cells = [
                number(error.row),
                error.column if error.column is not None else "",
                # The field by its label, the words the import accepts (r11 trial #10).
                core_text(csv_validate.for_people(error.field, error.message)),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setToolTip(text)
                self.errors_table.setItem(row, col, item)

    def importable(self) -> bool:
        """The core's verdict: the plan has no error and no column of data left unclaimed."""
        plan = self.plan
        return plan is not None and plan.ok and not plan.dropped_columns and plan.rows > 0

    def save_errors(self) -> str | None:
        """Save every error as a text file (row, column, problem; one a line) beside the
        spreadsheet, to correct it with."""
        if self.plan is None:
            return None
        suggested = self.plan.source.path.with_name(self.plan.source.path.stem + "-errors.txt")
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the errors as"),
            str(suggested),
            self.tr("Text files (*.txt)"),
        )
        if not target:
            return None
        try:
            Path(target).write_text(csv_import.errors_text(self.plan), encoding="utf-8")
        except OSError as exc:
            show_error(self, exc)
            return None
        return target

    # --- 4. import ---------------------------------------------------------------------------

    def start_import(self) -> None:
        if not self.importable() or self.plan is None:
            return
        lost = self.plan.lost_fields
        if lost:
            self._ask_lost(self.plan, lost)
            return
        self._run_import()

    def _ask_lost(self, plan: ImportPlan, lost: list[csv_validate.LostField]) -> QMessageBox:
        """Every row would lose a field the file has a column for (its inventory numbers,
        say): not a one-click default, a question naming the field and the count."""
        if self.lost_box is not None:
            self.lost_box.raise_()
            return self.lost_box
        lines = []
        for item in lost:
            holds = self.tr(
                "The column “{column}” holds %n value(s) for “{field}”, but it is not imported.",
                "",
                item.values,
            )
            lines.append(
                counted(holds, item.values).format(
                    column=item.column.label, field=field_label(F.OBJECT, item.field)
                )
            )

        def answered(yes: bool) -> None:
            self.lost_box = None
            if yes:
                self._run_import()
            else:
                self.tabs.setCurrentIndex(0)

        self.lost_box = question_box(
            self,
            "csvLostFieldsBox",
            self.tr("Import without these fields?"),
            counted(
                self.tr("%n object(s) would be imported without: {fields}.", "", plan.rows),
                plan.rows,
            ).format(fields=join_list(field_label(F.OBJECT, item.field) for item in lost)),
            self.tr("Import without them"),
            answered,
            informative="\n".join(lines)
            + "\n\n"
            + self.tr("Choose a field for the column in the Columns tab to import its values."),
            cancel=self.tr("Back to the columns"),
        )
        return self.lost_box

    def _run_import(self) -> None:
        if not self.importable() or self.plan is None:
            return
        self.run_task(
            self.import_page,
            counted(
                self.tr("Importing %n object(s) in one transaction…", "", self.plan.rows),
                self.plan.rows,
            ),
            import_file,
            self.session,
            self.plan,
            on_done=self._imported,
            on_error=self._import_failed,
        )

    def _import_failed(self, exc: BaseException) -> None:
        """Back to the preview, nothing imported. Anything but a cancel (the file changed
        since it was checked, the disk is full) leaves the preview out of date: Import waits
        for Check again."""
        self.pages.setCurrentIndex(PREVIEW)
        if isinstance(exc, CancelledError):
            self.validate()
            set_error(self.status, self.tr("Cancelled: nothing was imported."))
            return
        self.plan = None
        self.validate()
        set_error(
            self.status,
            self.tr("Nothing was imported. Press Check again to read the file as it is now."),
        )
        self.again_button.setFocus()
        show_error(self, exc)

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.result_heading.setText(self.tr("Import finished"))
        self.show_button.setVisible(True)
        self.undo_button.setVisible(True)
        self.result_text.setText(
            counted(
                self.tr(
                    "%n object(s) imported from {file}, all in one transaction.",
                    "",
                    result.imported,
                ),
                result.imported,
            ).format(file=ltr(self.path().name))
        )
        # What the preview warned about stays true of the objects now in the vault.
        notes = [core_text(w) for w in self.plan.warnings] if self.plan is not None else []
        self.result_notes.setText("\n\n".join(notes))
        self.result_notes.setVisible(bool(notes))
        self.show_summary(RESULT)
        self.imported.emit(result)

    # --- 5. result ---------------------------------------------------------------------------

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_text = named(paragraph("", page), "csvResult")
        self.result_notes = named(paragraph("", page), "csvResultNotes")
        self.result_notes.setStyleSheet(WARNING_STYLE)
        self.show_button = push_button(
            self.tr("&Show the new records"), page, "csvShowRecords", self._show_records
        )
        self.undo_button = push_button(
            self.tr("&Undo this import…"), page, "csvUndoImport", self._ask_undo_result
        )
        self.close_button = push_button(self.tr("Close"), page, "csvCloseImport", self.accept)
        layout = QVBoxLayout(page)
        self.result_heading = heading(self.tr("Import finished"), page, size=1.3)
        layout.addWidget(self.result_heading)
        layout.addWidget(self.result_text)
        layout.addWidget(self.result_notes)
        layout.addStretch(1)
        layout.addWidget(
            button_box(page, reject=self.close_button, actions=[self.show_button, self.undo_button])
        )
        return page

    def _ask_undo_result(self) -> QMessageBox | None:
        if self.outcome is None:
            return None
        return self._ask_undo(self.outcome.import_id, self.outcome.imported, self.path().name)

    def _show_records(self) -> None:
        if self.outcome is not None:
            self.show_records.emit(list(self.outcome.ids))
        self.accept()


__all__ = ["CsvImportDialog", "check_file", "import_file"]
