"""File → Export records…: deliver objects to heritage systems (LIDO XML, Linked Art JSON-LD,
CSV) — the same choices as ``fieldkit export-records``: format, which objects, without
locations, where — then in the background with progress and Cancel, ending with a summary.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.exports import FORMATS, ExportSummary, Selection, export_records, photos_folder_of
from fieldkit.gui.session import Session
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import (
    core_text,
    error_label,
    heading,
    ltr,
    paragraph,
    push_button,
    radio_choices,
    titled,
)
from fieldkit.records.vocabularies import STATUS
from fieldkit.tasks import CancelCheck, ProgressSink

OPTIONS, EXPORTING, SUMMARY = 0, 1, 2
WARNING_STYLE = "color: #8a4b00; background: #fff7e6; padding: 6px; border: 1px solid #e0b060;"
EXTENSIONS = {"lido": ".xml", "linked-art": "", "csv": ".csv"}


def default_target(fmt: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    return Path.home() / f"fieldkit-{fmt}-{stamp}{EXTENSIONS[fmt]}"


def run_export(
    session: Session,
    fmt: str,
    target: Path,
    selection: Selection,
    redact: bool,
    photos: bool,
    progress: ProgressSink,
    cancel: CancelCheck,
) -> ExportSummary:
    """The core export on the worker's own connection (the CLI runs the same function)."""
    with session.worker_vault() as vault:
        return export_records(
            vault,
            fmt,
            target,
            selection,
            redact_locations=redact,
            photos=photos,
            progress=progress,
            cancel=cancel,
        )


class ExportRecordsDialog(TaskDialog):
    exported = Signal(object)  # the ExportSummary

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "exportRecordsDialog", self.tr("Export records — FieldKit"))
        self.session = session
        self.summary: ExportSummary | None = None
        self.progress_page = self.stages(
            self._options_page(), self.tr("Exporting records"), self._summary_page()
        )
        self.resize(760, 660)
        self._format_changed()

    # --- options -----------------------------------------------------------------------------

    def _format_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._format_changed()

    def _options_page(self) -> QWidget:
        page = QWidget(self)
        body = QWidget(page)
        # Format
        fmt_box = QGroupBox(self.tr("Format"), body)
        texts = (
            self.tr(
                "&LIDO XML — for museum aggregators and collection systems (one file, "
                "photos in a folder beside it)"
            ),
            self.tr("Li&nked Art JSON-LD — for linked-data systems (a folder of documents)"),
            self.tr("&CSV — for spreadsheets, or to import into another vault"),
        )
        self.format_buttons, self.format_radios, _ = radio_choices(
            fmt_box, zip(FORMATS, texts, strict=True), "format"
        )
        self.format_radios["lido"].setChecked(True)
        self.format_buttons.idToggled.connect(self._format_toggled)
        # Which objects
        which = QGroupBox(self.tr("Which objects"), body)
        self.search = QLineEdit(which)
        self.search.setObjectName("exportRecordsSearch")
        self.search.setPlaceholderText(self.tr("All objects; or type words they must contain"))
        self.search.setAccessibleName(self.tr("Search"))
        self.ids = QLineEdit(which)
        self.ids.setObjectName("exportRecordsIds")
        self.ids.setPlaceholderText(self.tr("Inventory numbers or ids, separated by ;"))
        self.ids.setAccessibleName(self.tr("Only these objects"))
        self.status_boxes: dict[str, QCheckBox] = {}
        statuses = QGridLayout()
        for i, status in enumerate(STATUS):
            box = QCheckBox(value_label(status), which)
            box.setObjectName(f"status_{status}")
            self.status_boxes[status] = box
            statuses.addWidget(box, i // 4, i % 4)
        which_form = QFormLayout(which)
        search_label = QLabel(self.tr("&Search:"), which)
        search_label.setBuddy(self.search)
        which_form.addRow(search_label, self.search)
        ids_label = QLabel(self.tr("&Only these:"), which)
        ids_label.setBuddy(self.ids)
        which_form.addRow(ids_label, self.ids)
        which_form.addRow(QLabel(self.tr("Status (none ticked: any):"), which), statuses)
        # Options
        self.redact = QCheckBox(
            self.tr("&Remove locations (current location, coordinates, site, photo GPS)"), body
        )
        self.redact.setObjectName("exportRecordsRedact")
        self.redact_warning = paragraph(
            self.tr(
                "Free-text fields (descriptions, notes, inscriptions) are NOT scrubbed: read "
                "them for places before you send this."
            ),
            body,
        )
        self.redact_warning.setStyleSheet(WARNING_STYLE)
        self.redact_warning.setVisible(False)
        self.redact.toggled.connect(self.redact_warning.setVisible)
        self.photos = QCheckBox(self.tr("Write the &photos beside the XML file"), body)
        self.photos.setObjectName("exportRecordsPhotos")
        self.photos.setChecked(True)
        self.photos.toggled.connect(lambda _on: self.validate())
        # Where
        where = QGroupBox(self.tr("Where"), body)
        self.destination = QLineEdit(where)
        self.destination.setObjectName("exportRecordsDestination")
        self.destination.setAccessibleName(self.tr("Export file or folder"))
        self.destination.textChanged.connect(lambda _t: self.validate())
        # The name this dialog filled in itself: while the field still holds it, a new format
        # gives a new default; anything else was typed or chosen and stays (new-user trial r14
        # #14: the folder typed was replaced by ~/fieldkit-linked-art-… on changing format).
        self.default_destination = ""
        choose = push_button(self.tr("C&hoose…"), where, "exportRecordsChoose", self._choose_target)
        # The field's own Alt key: it had none, and Tab from the options is a long way.
        destination_label = QLabel(self.tr("&File or folder:"), where)
        destination_label.setBuddy(self.destination)
        row = QHBoxLayout(where)
        row.addWidget(destination_label)
        row.addWidget(self.destination, 1)
        row.addWidget(choose)
        self.error = error_label(page)
        self.export_button, button_row = self.start_buttons(
            page, self.tr("&Export"), "startExportRecords", self.start, "cancelExportRecords"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(button_row)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(fmt_box)
        body_layout.addWidget(which)
        body_layout.addWidget(self.redact)
        body_layout.addWidget(self.redact_warning)
        body_layout.addWidget(self.photos)
        body_layout.addWidget(where)
        body_layout.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Export records for heritage systems"), page, size=1.3))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    def fmt(self) -> str:
        return FORMATS[max(0, self.format_buttons.checkedId())]

    def _format_changed(self) -> None:
        fmt = self.fmt()
        # Greyed out rather than hidden: hiding it moved « Where » up under the pointer.
        self.photos.setEnabled(fmt == "lido")
        current = self.destination.text().strip()
        if not current or current == self.default_destination:
            self.default_destination = str(default_target(fmt))
            self.destination.setText(self.default_destination)
        self.validate()

    def _choose_target(self) -> None:
        fmt = self.fmt()
        filters = {
            "lido": self.tr("LIDO XML (*.xml)"),
            "csv": self.tr("CSV files (*.csv)"),
            "linked-art": self.tr("A new folder (*)"),
        }
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the records to"), self.destination.text(), filters[fmt]
        )
        if target:
            if EXTENSIONS[fmt] and not target.endswith(EXTENSIONS[fmt]):
                target += EXTENSIONS[fmt]
            self.destination.setText(target)

    def selection(self) -> Selection:
        ids = tuple(t.strip() for t in self.ids.text().split(";") if t.strip())
        statuses = tuple(s for s, box in self.status_boxes.items() if box.isChecked())
        return Selection(search=self.search.text().strip(), statuses=statuses, ids=ids)

    def _problem(self) -> str:
        text = self.destination.text().strip()
        if not text:
            return self.tr("Choose where to write the export.")
        target = Path(text).expanduser()
        if problem := self.missing_folder(target.parent):
            return problem
        if self.fmt() == "linked-art":
            if target.exists() and (not target.is_dir() or any(target.iterdir())):
                return self.tr(
                    "{name} exists and is not an empty folder: choose a new name."
                ).format(name=target.name)
            return ""
        if target.exists():
            return self.tr("{file} exists already: choose another name.").format(
                file=ltr(target.name)
            )
        photos = photos_folder_of(target)
        if self.fmt() == "lido" and self.photos.isChecked() and photos.exists():
            return self.tr("The photo folder {name} exists already: choose another name.").format(
                name=photos.name
            )
        return ""

    def validate(self) -> bool:
        return self.check_options(self.export_button, self._problem())

    # --- exporting ---------------------------------------------------------------------------

    def start(self) -> None:
        target = Path(self.destination.text().strip()).expanduser()
        self.run_task(
            self.progress_page,
            self.tr("Writing {name}…").format(name=target.name),
            run_export,
            self.session,
            self.fmt(),
            target,
            self.selection(),
            self.redact.isChecked(),
            self.photos.isChecked(),
            on_done=self._done,
            cancelled=self.tr("Cancelled: nothing was written."),
        )

    def _done(self, summary: ExportSummary) -> None:
        self.summary = summary
        self._fill_summary(summary)
        self.show_summary(SUMMARY)
        self.exported.emit(summary)

    # --- summary -----------------------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_text = paragraph("", page)
        self.summary_text.setObjectName("exportRecordsSummary")
        self.warnings_text = paragraph("", page)
        self.warnings_text.setStyleSheet(WARNING_STYLE)
        return self.summary_page(
            page,
            self.tr("Export finished"),
            [self.summary_text, self.warnings_text],
            "closeExportRecords",
        )

    def _fill_summary(self, summary: ExportSummary) -> None:
        lines = [
            self.tr("Wrote {path}:").format(path=ltr(str(summary.path))),
            self.tr("%n object(s)", "", summary.objects),
        ]
        if summary.format != "csv":
            lines.append(self.tr("%n damage report(s)", "", summary.damage_reports))
        if summary.photos_folder is not None:
            lines.append(
                self.tr("%n photo(s) in the folder {folder}", "", summary.photos).format(
                    folder=ltr(summary.photos_folder.name)
                )
            )
        if summary.in_conflict:
            lines.append(
                self.tr(
                    "%n object(s) in conflict: exported as the automatic merge, and marked so.",
                    "",
                    summary.in_conflict,
                )
            )
        self.summary_text.setText("\n".join(lines))
        notes = [core_text(w) for w in summary.warnings]
        self.warnings_text.setText("\n".join(notes))
        self.warnings_text.setVisible(bool(notes))
