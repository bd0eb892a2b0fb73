"""The recovery key, shown once: big monospace groups, Copy and Print…; and the page that shows it
and lets the person go on only after typing two of its groups back from their paper.

Printing goes to a printer. If the chosen printer writes a file (Qt's "Print to File", a PDF
printer), the key would be stored unencrypted on disk: the person is told so in one sentence and
asked first. The printout says which vault the key opens, whose it is and when it was made.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.crypto import recovery_key as rk
from fieldkit.gui.numbers import western_digits
from fieldkit.gui.widgets import (
    button_box,
    error_label,
    hrow,
    intro_layout,
    ltr,
    ltr_path,
    named,
    push_button,
    set_error,
    warning_box,
)

TYPED_BACK = 2  # groups the person types back from paper


def groups_of(key: str) -> list[str]:
    return [g for g in key.replace(" ", "-").split("-") if g]


def grouped(key: str) -> str:
    """``ABCD-EFGH-…`` as two lines of four groups separated by spaces (easier to copy by hand)."""
    groups = groups_of(key)
    half = (len(groups) + 1) // 2
    return "  ".join(groups[:half]) + "\n" + "  ".join(groups[half:])


def group_matches(key: str, index: int, typed: str) -> bool:
    """Whether ``typed`` is group ``index`` of ``key``, read as forgivingly as a whole typed key
    is (case, spaces, O/0, I/L/1): the group is put back into the key and the core reads it."""
    groups = groups_of(key)
    if not typed.strip() or "-" in typed or not 0 <= index < len(groups):
        return False
    try:
        return rk.normalize("-".join([*groups[:index], typed, *groups[index + 1 :]])) == (
            rk.normalize(key)
        )
    except rk.RecoveryKeyFormatError:
        return False


def _owner_only(path: str) -> None:
    """The file the key is printed into readable by its owner alone: Qt created it 0644
    (world-readable on a shared machine, r15 tester) where the app's reports are 0600. Made
    before Qt writes into it (it keeps the mode of a file it truncates), checked again after."""
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)


def writes_a_file(printer: QPrinter) -> bool:
    """Whether "printing" would store the page as a file (Print to File, a PDF printer)."""
    if printer.outputFileName() or printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return True
    name = printer.printerName().lower()
    return any(word in name for word in ("pdf", "xps"))  # CUPS-PDF, "Microsoft Print to PDF"…


class RecoveryKeyView(QWidget):
    def __init__(self, key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.vault_name = ""
        self.owner = ""
        self.label = named(QLabel(self), "recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.label.setFont(font)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(
            "QLabel { background: #fffbe6; border: 1px solid #c9a400; padding: 14px; }"
        )
        self.label.setAccessibleName(self.tr("Recovery key"))
        # Groups of characters read the same in both directions: keep them left to right.
        self.label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        buttons = hrow(None, self.copy_button, self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.set_key(key)

    def set_key(self, key: str, *, vault_name: str = "", owner: str = "") -> None:
        self.key = key
        self.vault_name, self.owner = vault_name, owner
        self.label.setText(grouped(key) if key else "")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key)

    def printout_html(self) -> str:
        """The page: what the key opens, whose it is, when it was made, the key, and advice.

        In a right-to-left language the page reads from the right (title, the labels' column,
        the advice) and each line of the key stays left to right, isolated, at the right
        margin: the Arabic printout had its table and key at the left, labels first."""
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        today = western_digits(
            QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        )
        rows = [
            (self.tr("Vault"), self.vault_name),
            (self.tr("Owner"), self.owner),
            (self.tr("Made on"), today),
        ]
        # The colon is the translation's: French puts a no-break space before it (« Coffre : »,
        # printed « Coffre: » before, r13 UI trial #17).
        shown = [
            (html.escape(self.tr("{label}:").format(label=label)), html.escape(value))
            for label, value in rows
            if value
        ]
        if rtl:
            # Qt neither mirrors a table's columns nor keeps a table aligned right inside the
            # margins: one right-to-left line each, the label first, from the right.
            # A Latin name or a date keeps its own order after an Arabic label (isolated).
            details = "".join(
                f"<p dir='rtl'>{label}&nbsp;<b>\u2068{value}\u2069</b></p>"
                for label, value in shown
            )
        else:
            rows_html = "".join(
                f"<tr><td>{label}&nbsp;</td><td><b>{value}</b></td></tr>" for label, value in shown
            )
            details = f"<table>{rows_html}</table>"
        lines = grouped(self.key).split("\n")
        key = "<br>".join(html.escape(ltr(line) if rtl else line) for line in lines)
        title = html.escape(self.tr("FieldKit recovery key"))
        advice = html.escape(
            self.tr(
                "Keep this paper somewhere safe and separate from the laptop. Anyone who has it "
                "and the laptop can open the vault."
            )
        )
        # From the right in a right-to-left language: each block says so.
        side = " dir='rtl'" if rtl else ""
        return (
            f"<h2{side}>{title}</h2>{details}"
            f"<p{side} style='font-family: monospace; font-size: 20pt'>{key}</p>"
            f"<p{side}>{advice}</p>"
        )

    def print_key(self) -> bool:
        """Print the key; True once printed. A file is written only after a warning."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the system's default printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if writes_a_file(printer) and not self._file_confirmed(printer):
            return False
        target = printer.outputFileName()
        if target:
            _owner_only(target)
        doc = QTextDocument()
        doc.setHtml(self.printout_html())
        doc.print_(printer)
        if target:
            _owner_only(target)
        return True

    def _file_confirmed(self, printer: QPrinter) -> bool:
        where = printer.outputFileName() or printer.printerName()
        box, save = warning_box(
            self,
            "printToFileWarning",
            self.tr("Save the recovery key in a file?"),
            self.tr(
                "This does not print on paper: the recovery key will be stored unencrypted in "
                "{file}, where anyone who copies that file can open the vault."
            ).format(file=ltr_path(where)),
            (self.tr("&Save to the file"), QMessageBox.ButtonRole.AcceptRole),
            self.tr("Cancel"),
        )
        box.exec()
        return box.clickedButton() is save


class RecoveryKeyConfirmPage(QWidget):
    """The key, shown once; Continue only after two of its groups are typed back from paper.

    The groups are chosen at random. While they are typed the key is hidden, so they come from
    the paper, not the screen; "Show the key again" brings it back and starts the check over.
    """

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyPage")
        self.key = ""
        self.groups: list[int] = []
        self.key_view = RecoveryKeyView("", self)
        self.hidden_note = QLabel(self.tr("The key is hidden while you type it back."), self)
        self.hidden_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_note.setVisible(False)
        self.show_again = push_button(self.tr("&Show the key again"), self, "showKeyAgain")
        self.show_again.setVisible(False)
        self.show_again.clicked.connect(self.reveal)
        self.check_intro = QLabel(self)
        self.check_intro.setWordWrap(True)
        self.typed = [QLineEdit(self) for _ in range(TYPED_BACK)]
        self.typed_labels = [QLabel(self) for _ in range(TYPED_BACK)]
        check = QFormLayout()
        for n, (label, edit) in enumerate(zip(self.typed_labels, self.typed, strict=True)):
            edit.setObjectName(f"typeBackGroup{n + 1}")
            edit.setMaxLength(9)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("W" * 9) + 16)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.textEdited.connect(self._hide_key)
            edit.textChanged.connect(self._check)
            edit.returnPressed.connect(self._submit)
            label.setBuddy(edit)
            check.addRow(label, edit)
        self.mismatch = error_label(self)
        self.mismatch.setObjectName("typeBackMismatch")
        self.continue_button = push_button(self.tr("C&ontinue"), self, "continueButton")
        self.continue_button.setEnabled(False)
        # A way out a dialog may offer (keep the old key); hidden where there is none (a new
        # vault has no old key to keep). Placed in the platform's order beside Continue.
        self.cancel_button = push_button(self.tr("Cancel"), self, "cancelNewKey")
        self.cancel_button.setVisible(False)
        buttons = button_box(self, accept=self.continue_button, reject=self.cancel_button)
        layout = intro_layout(self, title, text)
        layout.addWidget(self.key_view)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.show_again, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.check_intro)
        layout.addLayout(check)
        layout.addWidget(self.mismatch)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def set_key(self, key: str, *, vault_name: str = "", owner: str = "") -> None:
        """Show ``key`` and pick the two groups to type back."""
        self.key = key
        self.key_view.set_key(key, vault_name=vault_name, owner=owner)
        count = len(groups_of(key))
        picker = secrets.SystemRandom()
        self.groups = sorted(picker.sample(range(count), min(TYPED_BACK, count)))
        self.check_intro.setText(
            self.tr(
                "To be sure you have it, type groups {first} and {second} of the key from your "
                "paper (counting from the left, first line then second):"
            ).format(first=self.groups[0] + 1, second=self.groups[-1] + 1)
            if self.groups
            else ""
        )
        for n, label in zip(self.groups, self.typed_labels, strict=False):
            label.setText(self.tr("Group &{n}:").format(n=n + 1))
        for edit, n in zip(self.typed, self.groups, strict=False):
            edit.setAccessibleName(self.tr("Group {n} of the recovery key").format(n=n + 1))
        self.reveal()

    def reveal(self) -> None:
        """Show the key (again): the groups typed so far are cleared."""
        for edit in self.typed:
            edit.clear()
        self.key_view.label.setVisible(True)
        self.hidden_note.setVisible(False)
        self.show_again.setVisible(False)
        self._check()

    def hide_key(self) -> None:
        """Hide the key after a time without use (the app would lock, but cannot while a key
        change waits for this page): a key left on screen was readable by anyone passing
        for as long as the page stayed open (r11 UI trial 2 #1). "Show the key again" brings it
        back."""
        if not self.key_view.label.isVisible():
            return
        self.key_view.label.setVisible(False)
        self.hidden_note.setText(
            self.tr("The key was hidden because FieldKit was not used for a while.")
        )
        self.hidden_note.setVisible(True)
        self.show_again.setVisible(True)

    def confirmed(self) -> bool:
        return bool(self.groups) and all(
            group_matches(self.key, n, edit.text())
            for n, edit in zip(self.groups, self.typed, strict=True)
        )

    def _hide_key(self) -> None:
        if any(edit.text() for edit in self.typed) and self.key_view.label.isVisible():
            self.key_view.label.setVisible(False)  # from the paper, not from the screen
            self.hidden_note.setText(self.tr("The key is hidden while you type it back."))
            self.hidden_note.setVisible(True)
            self.show_again.setVisible(True)

    def _check(self) -> None:
        wrong = [
            n + 1
            for n, edit in zip(self.groups, self.typed, strict=False)
            if len(edit.text().replace(" ", "")) >= rk.GROUP
            and not group_matches(self.key, n, edit.text())
        ]
        set_error(
            self.mismatch,
            self.tr("Group {n} is not what the key says: check your paper.").format(n=wrong[0])
            if wrong
            else "",
        )
        self.continue_button.setEnabled(self.confirmed())

    def _submit(self) -> None:
        if self.continue_button.isEnabled():
            self.continue_button.click()
        else:
            focus = next((e for e in self.typed if not e.text()), None)
            if focus is not None:
                focus.setFocus()

    def start(self) -> None:
        """Put the cursor where the person starts: the first group to type back."""
        self.typed[0].setFocus()
