"""The first steps shared by the dialogs that check bundle files (import, verify): a list of
bundles to choose or drop, a button that starts the check once there is one, and the check itself
on a progress page (back to the list if it fails)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from fieldkit.gui.bundles.file_list import FileList
from fieldkit.gui.bundles.tasks import Verdict, verify_files
from fieldkit.gui.bundles.verdict import VerdictPanel
from fieldkit.gui.progress_page import ProgressPage
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.widgets import scroll_area

CHOOSE = 0  # the page with the list of bundles comes first


class BundleCheckDialog(TaskDialog):
    files: FileList
    go_button: QPushButton  # starts the check: enabled while bundles are listed
    verdicts: list[Verdict]
    panels: list[VerdictPanel]

    def bundle_list(self, title: str, choose: str, name: str, parent: QWidget) -> FileList:
        """The list of bundles to check (``self.files``), named ``name``."""
        self.files = FileList(
            title,
            QCoreApplication.translate("BundleCheckDialog", "Drop .fkb files here"),
            choose,
            QCoreApplication.translate(
                "BundleCheckDialog", "FieldKit bundles (*.fkb);;All files (*)"
            ),
            (".fkb",),
            parent,
        )
        self.files.setObjectName(name)
        self.files.changed.connect(self.validate)
        self.files.added.connect(self.ready_to_go)
        return self.files

    def first_focus(self) -> None:
        """Where the keyboard starts, once the dialog is built: on "Add…" (Space or Enter opens
        the chooser), or on the check when bundles were given. With no focus at all, what a
        user typed when the dialog opened was lost (r13 trial 2, uk)."""
        if self.files.paths():
            self.ready_to_go()
        else:
            self.files.add_button.setFocus()

    def ready_to_go(self) -> None:
        """Bundles were added: the button that checks them takes Enter and the focus. Left on
        "Add…", the focus made Enter open the chooser again (r13 trials, fr and uk)."""
        if self.go_button.isEnabled():
            self.go_button.setDefault(True)
            self.go_button.setFocus()

    def verdict_list(self, parent: QWidget) -> QScrollArea:
        """Where the verdicts go, one panel each, scrolling (see :meth:`show_verdicts`)."""
        self.verdicts, self.panels = [], []
        self.list_host = QWidget(parent)
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.addStretch(1)
        return scroll_area(self.list_host, parent)

    def show_verdicts(self, verdicts: list[Verdict], **kwargs: Any) -> None:
        """One :class:`VerdictPanel` each (made with ``kwargs``), instead of the last ones."""
        self.verdicts = verdicts
        for panel in self.panels:
            panel.deleteLater()
        self.panels = [VerdictPanel(v, parent=self.list_host, **kwargs) for v in verdicts]
        for panel in self.panels:
            self.list_layout.insertWidget(self.list_layout.count() - 1, panel)

    def validate(self) -> bool:
        return self.check_options(self.go_button, "", bool(self.files.paths()))

    def check_bundles(
        self,
        page: ProgressPage,
        text: Callable[[int], str],
        on_done: Callable[[list[Verdict]], None],
        **kwargs: Any,
    ) -> None:
        """Check the listed bundles on ``page`` (``text``: what it says for so many bundles)."""
        paths = self.files.paths()
        self.run_task(
            page, text(len(paths)), verify_files, paths, on_done=on_done, back_to=CHOOSE, **kwargs
        )


__all__ = ["CHOOSE", "BundleCheckDialog"]
