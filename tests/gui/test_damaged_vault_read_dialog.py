"""A read that meets a damaged page in the app (the list, a search, the first reads after
unlocking) tells the user the vault's database is damaged, as the CLI does, instead of
apologising for a bug with a report id (review r10 #3, the app's part)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.gui import errors as gui_errors
from fieldkit.gui.app import make_excepthook
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.session import Session
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault
from fieldkit.vault.database import classify_database_error

PAGE = 4096


def _damaged_vault(vault: Vault, vault_path: Path) -> None:
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


def test_a_read_over_a_damaged_page_says_the_database_is_damaged(
    window: MainWindow, vault: Vault, vault_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _damaged_vault(vault, vault_path)
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        with pytest.raises(Exception) as raised:
            Records(reopened).list(F.OBJECT, search="Amphora", limit=5000)
    finally:
        reopened.close()
    # The app's one error path: the excepthook a slot's exception reaches.
    hook = make_excepthook(lambda: window)
    hook(type(raised.value), raised.value, raised.value.__traceback__)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [b.text() for b in boxes] == ["The database of the vault is damaged."]
    assert gui_errors.current_apology() is None
    boxes[0].close()
    assert sys.exc_info() == (None, None, None)


def test_a_session_whose_first_reads_fail_leaves_the_vault_closed(
    vault: Vault, vault_path: Path
) -> None:
    # The page holding the vault's name and role (read by the session, not by opening).
    root = vault.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()
    vault.close()
    with open(vault_path / "vault.db", "r+b") as fh:
        fh.seek((int(root[0]) - 1) * PAGE + 512)
        fh.write(b"\xa5" * 64)
    opened = Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(Exception) as raised:
        Session(opened)
    assert classify_database_error(raised.value, None) is not None
    # Not left open (its lock held) behind the unlock screen: a second try is not told that
    # the vault "is open elsewhere".
    assert not opened.is_open
    Vault.open(vault_path, PASSPHRASE).close()
