"""New passphrases and recovery keys in the app: the core's policy with its reason, two groups of
the key typed back before Continue, Enter on the key page, and no key printed to a file unasked."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldkit.crypto import recovery_key as rk
from fieldkit.gui import recovery_key_view
from fieldkit.gui.create_vault import CreateVaultDialog
from fieldkit.gui.new_passphrase import NewPassphraseFields
from fieldkit.gui.recovery_key_view import RecoveryKeyConfirmPage, group_matches
from fieldkit.gui.vault_dialogs import ChangePassphraseDialog
from fieldkit.passphrase_policy import REASONS, Reason

_BODY = "7K3MQX9DA2B4ZZ110N8PTT5RW6YHJ4"
KEY = rk.format_key(_BODY + rk._checksum(_BODY))  # 7K3M-QX9D-A2B4-ZZ11-0N8P-…, a valid key


def _typed(qtbot, page: RecoveryKeyConfirmPage, groups: list[str]) -> None:  # type: ignore[no-untyped-def]
    for edit, text in zip(page.typed, groups, strict=True):
        edit.clear()
        edit.setFocus()
        qtbot.keyClicks(edit, text)


def _the_groups(key: str, page: RecoveryKeyConfirmPage) -> list[str]:
    return [key.split("-")[n] for n in page.groups]


@pytest.mark.parametrize(
    ("weak", "why"), [("password1234", "common"), ("qwertyuiop12", "keyboard")]
)
def test_the_meter_refuses_what_the_cli_refuses_and_says_why(qtbot, weak: str, why: str) -> None:  # type: ignore[no-untyped-def]
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    qtbot.keyClicks(fields.passphrase, weak)
    qtbot.keyClicks(fields.again, weak)
    assert not fields.acceptable()
    assert why in fields.meter.label.text().lower()
    assert "unrelated words" in fields.meter.label.text()
    fields.clear()
    qtbot.keyClicks(fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(fields.again, PASSPHRASE[:-1])
    assert not fields.acceptable() and "different" in fields.message.text()
    qtbot.keyClicks(fields.again, PASSPHRASE[-1])
    assert fields.acceptable() and fields.message.isHidden()
    assert fields.meter.label.text() == REASONS[Reason.STRONG]


def test_one_widget_in_every_dialog_that_sets_a_passphrase(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ChangePassphraseDialog(unlocked.session, unlocked, kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    assert dialog.findChild(NewPassphraseFields) is dialog.fields
    dialog.current.setText(PASSPHRASE)
    dialog.passphrase.setText("password1234")
    dialog.again.setText("password1234")
    assert not dialog.go_button.isEnabled()
    create = CreateVaultDialog(kdf=FAST_KDF)
    qtbot.addWidget(create)
    assert create.findChild(NewPassphraseFields) is create.fields
    create.folder.setText("/tmp/x")
    create.name.setText("Amal Haddad")
    create.organisation.setText("Mosul Museum")
    for edit in (create.passphrase, create.again):
        edit.setText("Amal Haddad Mosul")  # strong for a stranger, not as her own passphrase
    assert not create.create_button.isEnabled()
    assert "your name" in create.meter.label.text()


def test_groups_are_read_as_forgivingly_as_the_key() -> None:
    assert group_matches(KEY, 0, "7k3m")
    assert group_matches(KEY, 3, "zzil")  # I and L for 1
    assert group_matches(KEY, 4, "ON8P")  # O for 0
    assert group_matches(KEY, 1, " qx9d ")
    assert not group_matches(KEY, 1, "QX9E")
    assert not group_matches(KEY, 1, "7K3M")  # another group
    assert not group_matches(KEY, 1, "QX9D-A2B4")
    assert not group_matches(KEY, 1, "")


def test_continue_stays_disabled_until_two_random_groups_are_typed_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = RecoveryKeyConfirmPage("Your recovery key", "Write it down.")
    qtbot.addWidget(page)
    page.show()
    page.set_key(KEY, vault_name="Mosul", owner="Amal Haddad")
    assert len(set(page.groups)) == 2 and not page.continue_button.isEnabled()
    assert all(f"{n + 1}" in page.check_intro.text() for n in page.groups)
    first, second = _the_groups(KEY, page)
    _typed(qtbot, page, [first, "XXXX"])
    assert not page.continue_button.isEnabled()
    assert f"Group {page.groups[1] + 1}" in page.mismatch.text()
    # Typed from the paper: the key is hidden meanwhile, and can be shown again.
    assert page.key_view.label.isHidden() and page.show_again.isVisible()
    _typed(qtbot, page, [first.lower(), second.lower()])
    assert page.continue_button.isEnabled() and page.mismatch.isHidden()
    qtbot.mouseClick(page.show_again, Qt.MouseButton.LeftButton)
    assert page.key_view.label.isVisible() and not page.continue_button.isEnabled()
    # Other keys pick other groups, sooner or later.
    seen = set()
    for _ in range(30):
        page.set_key(KEY)
        seen.add(tuple(page.groups))
    assert len(seen) > 1


def test_enter_on_the_key_page_creates_the_vault(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(default_folder=tmp_path / "v", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Amal Haddad")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    page = dialog.key_page
    assert page.key_view.owner == "Amal Haddad" and page.key_view.vault_name == "v"
    assert QApplication.focusWidget() is page.typed[0]
    qtbot.keyClick(page.typed[0], Qt.Key.Key_Return)  # nothing typed yet: nothing happens
    assert dialog.isVisible() and not (tmp_path / "v" / "vault.json").exists()
    _typed(qtbot, page, _the_groups(dialog.recovery_key, page))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(page.typed[1], Qt.Key.Key_Return)
    assert (tmp_path / "v" / "vault.json").exists() and dialog.vault is not None
    dialog.vault.close()


class _FilePrintDialog:
    """Stands in for Qt's print dialog: the person picks "Print to File" and OK."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        pass

    def exec(self) -> QPrintDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return QPrintDialog.DialogCode.Accepted

    target = Path()


def _answer_warning(button_text: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer_warning(button_text, seen))
        return
    seen.append(box.text())
    next(b for b in box.buttons() if button_text in b.text().replace("&", "")).click()


def test_printing_to_a_file_warns_first_and_the_page_says_whose_key(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _FilePrintDialog.target = tmp_path / "key.pdf"
    monkeypatch.setattr(recovery_key_view, "QPrintDialog", _FilePrintDialog)
    page = RecoveryKeyConfirmPage("Your recovery key", "Write it down.")
    qtbot.addWidget(page)
    page.set_key(KEY, vault_name="Mosul storeroom", owner="Amal Haddad")
    view = page.key_view
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_warning("Cancel", seen))
    assert view.print_key() is False
    assert "unencrypted" in seen[0] and str(_FilePrintDialog.target) in seen[0]
    assert not _FilePrintDialog.target.exists()
    QTimer.singleShot(0, lambda: _answer_warning("Save to the file", seen))
    assert view.print_key() is True
    assert _FilePrintDialog.target.stat().st_size > 0
    # Readable by its owner alone, as the app's reports are (r15 tester: Qt made it 0644).
    assert _FilePrintDialog.target.stat().st_mode & 0o077 == 0
    printout = view.printout_html()
    assert "Mosul storeroom" in printout and "Amal Haddad" in printout
    assert "7K3M  QX9D" in printout and str(QDate.currentDate().year()) in printout


def test_enter_on_the_recovery_page_of_the_unlock_screen(window, make_vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault, key = make_vault()
    path = vault.path
    vault.close()
    window.show_unlock(path)
    screen = window.unlock_screen
    screen.switch_button.setFocus()
    qtbot.keyClick(screen.switch_button, Qt.Key.Key_Return)  # a keyboard user on the link
    assert screen.using_recovery_key and QApplication.focusWidget() is screen.recovery
    qtbot.keyClicks(screen.recovery, key)
    screen.recovery_button.setFocus()  # tabbed on to "Unlock with key"
    with qtbot.waitSignal(screen.unlocked, timeout=10_000):
        qtbot.keyClick(screen.recovery_button, Qt.Key.Key_Enter)
