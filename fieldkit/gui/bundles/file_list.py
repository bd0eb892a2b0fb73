"""A list of files that accepts drops from the file manager, with Add… and Remove buttons."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from fieldkit.gui.qt_types import PATH_ROLE
from fieldkit.gui.widgets import dropped_files, hrow, vpanel


def chooser_takes_typing() -> None:
    """Call just before a ``QFileDialog.get…`` function: once its chooser shows, it is the
    active window and its file name field has the focus, so a typed path goes there at once.

    A chooser opened from a window-modal dialog could be drawn in front yet left without the
    keyboard: the path a conservator typed went nowhere until a click into "File name" (r12
    trial #15, French). The timer runs inside the chooser's own event loop, after it is shown;
    a native chooser (no QFileDialog widget) is left to its platform.
    """

    def focus() -> None:
        choosers = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not choosers:
            return
        chooser = choosers[-1]
        chooser.raise_()
        chooser.activateWindow()
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        (name if name is not None else chooser).setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    QTimer.singleShot(0, focus)


class _DropList(QListWidget):
    dropped = Signal(list)  # list[Path]

    def __init__(self, suffixes: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suffixes = suffixes
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def _paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        return dropped_files(event, self.suffixes)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class FileList(QWidget):
    """Files chosen by drop or by a file dialog; ``changed`` fires when the list changes."""

    changed = Signal()
    added = Signal()  # files were chosen or dropped (not removed): the next step can start

    def __init__(
        self,
        accessible_name: str,
        placeholder: str,
        dialog_title: str,
        name_filter: str,
        suffixes: tuple[str, ...],
        parent: QWidget | None = None,
        *,
        add_text: str = "",
        remove_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.dialog_title = dialog_title
        self.name_filter = name_filter
        self.list = _DropList(suffixes, self)
        self.list.setAccessibleName(accessible_name)
        self.list.setToolTip(placeholder)
        self.list.setMinimumHeight(90)
        self.list.dropped.connect(self.add_files)
        self.placeholder = placeholder
        # A second list in the same dialog passes its own texts: two "&Add…" buttons shared one
        # Alt key, which then only moved the focus between them (r13 trials, fr and uk).
        self.add_button = QPushButton(add_text or self.tr("&Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add files: {what}").format(what=accessible_name))
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(remove_text or self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected file from: {what}").format(what=accessible_name)
        )
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.activated.connect(self.remove_selected)
        buttons = vpanel(self, self.add_button, self.remove_button, None)
        row = hrow(self.list, 1, buttons, margins=False)
        self.setLayout(row)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(str(self.list.item(i).data(PATH_ROLE))) for i in range(self.list.count())]

    def add_files(self, paths: Iterable[Path | str]) -> None:
        have = {str(p) for p in self.paths()}
        new = 0
        for path in paths:
            path = Path(path)
            if str(path) in have:
                continue
            have.add(str(path))
            item = QListWidgetItem(path.name, self.list)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            new += 1
        self._update()
        self.changed.emit()
        if new:
            self.added.emit()

    def clear(self) -> None:
        self.list.clear()
        self._update()
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update()
        self.changed.emit()

    def choose(self) -> None:
        chooser_takes_typing()
        files, _ = QFileDialog.getOpenFileNames(self, self.dialog_title, "", self.name_filter)
        if files:
            self.add_files(files)

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.count() > 0)
