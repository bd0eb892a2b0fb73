"""Unlocking a vault whose database has a damaged page (review r10 #3, the app's part): the user
reads that the database is damaged, the vault does not stay open behind the unlock screen, and a
second try says the same instead of "This vault is open elsewhere"."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.gui.app import make_excepthook
from fieldkit.gui.main_window import UNLOCK, MainWindow
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

PAGE = 4096


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_unlocking_a_damaged_vault_says_so_and_leaves_it_closed(
    window: MainWindow, vault: Vault, vault_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Records(vault).create_many(
        F.OBJECT,
        (
            {"inventory_number": f"INV-{i}", "title": f"Amphora {i}", "notes": "x" * 400}
            for i in range(3000)
        ),
    )
    vault.close()
    db = vault_path / "vault.db"
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        for page in range(size // PAGE // 4, size // PAGE, 7):  # past the schema's pages
            fh.seek(page * PAGE + 512)
            fh.write(b"\xa5" * 64)
    monkeypatch.setattr(sys, "excepthook", make_excepthook(lambda: window))
    for stray in _boxes():  # a box an earlier test left open is not this test's answer
        stray.close()
    window.show_unlock(vault_path)
    screen = window.unlock_screen
    for _attempt in range(2):
        screen.passphrase.setText(PASSPHRASE)
        screen.unlock()
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=20_000)
        boxes = _boxes()
        assert [b.text() for b in boxes] == ["The database of the vault is damaged."]
        assert window.session is None and window.stack.currentIndex() == UNLOCK
        assert "open elsewhere" not in screen.error.text()
        for box in boxes:
            box.close()
    Vault.open(vault_path, PASSPHRASE).close()  # nothing holds its lock
