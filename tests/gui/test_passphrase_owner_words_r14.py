"""Every dialog that sets a new passphrase on an open vault refuses its owner's name (r14 #11)."""

from __future__ import annotations

from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE

from fieldkit.gui.new_passphrase import NewPassphraseDialog
from fieldkit.gui.vault_dialogs import ChangePassphraseDialog, RekeyDialog
from fieldkit.vault import Vault

OWNER = "Amélie Durand"


def test_change_and_rekey_refuse_the_owners_name(qtbot, window, make_vault) -> None:  # type: ignore[no-untyped-def]
    vault, _ = make_vault(name=OWNER)
    window.open_session(vault)
    for kind in (ChangePassphraseDialog, RekeyDialog):
        dialog = kind(window.session, window, kdf=FAST_KDF)
        qtbot.addWidget(dialog)
        dialog.current.setText(PASSPHRASE)
        dialog.passphrase.setText("Amelie Durand 2026")
        dialog.again.setText("Amelie Durand 2026")
        assert not dialog.go_button.isEnabled(), kind.__name__
        assert "your name" in dialog.meter.label.text(), dialog.meter.label.text()
        dialog.reject()
    window.lock()


def test_the_passphrase_asked_after_a_recovery_unlock_refuses_it_too(
    qtbot, make_vault, vault_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault, key = make_vault(name=OWNER)
    vault.close()
    opened = Vault.open(vault_path, recovery_key=key)
    try:
        dialog = NewPassphraseDialog(opened, kdf=FAST_KDF)
        qtbot.addWidget(dialog)
        dialog.passphrase.setText("Amélie Durand 2026")
        dialog.again.setText("Amélie Durand 2026")
        assert not dialog.set_button.isEnabled()
        assert "your name" in dialog.meter.label.text()
        dialog.reject()
    finally:
        opened.close()
