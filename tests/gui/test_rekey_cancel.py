"""Cancel during a rekey from the vault settings: the core stops at its own safe point, before
the new keys are committed, and the vault keeps its old passphrase and recovery key — even when
Cancel comes at the last photo, after which the work reports no more progress."""

from __future__ import annotations

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from test_photos import noisy_jpeg

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.vault_dialogs import FORM, KeyChangeDialog
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.tasks import Progress

LEFT = Qt.MouseButton.LeftButton


def test_cancel_at_the_last_photo_of_a_rekey_keeps_the_old_keys(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    session.records.create(
        F.OBJECT, {"inventory_number": "RK-2"}, [PhotoInput(noisy_jpeg((320, 240), 1))]
    )
    path = unlocked.vault_path
    assert path is not None
    header_before = (path / "vault.json").read_bytes()
    dialog = unlocked.workspace.settings_page.rekey()
    assert isinstance(dialog, KeyChangeDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.passphrase.setText("a brand new passphrase for the field")
    dialog.again.setText("a brand new passphrase for the field")
    qtbot.mouseClick(dialog.go_button, LEFT)
    worker = dialog.worker
    assert worker is not None
    steps: list[Progress] = []

    def cancel_at_the_last_photo(step: Progress) -> None:
        steps.append(step)
        if step.phase == "photos" and step.total and step.done == step.total:
            qtbot.mouseClick(dialog.cancel_button, LEFT)

    worker.signals.stepped.connect(cancel_at_the_last_photo)
    # The worker waits for the click at each step, as if the person were that quick.
    worker.signals.stepped.connect(lambda _s: None, Qt.ConnectionType.BlockingQueuedConnection)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    assert any(s.phase == "photos" and s.done == s.total == 1 for s in steps)
    assert dialog.pages.currentIndex() == FORM and dialog.recovery_key == ""
    assert dialog.error.text() == "Cancelled: nothing was changed."
    assert (path / "vault.json").read_bytes() == header_before
    assert not dialog.progress.isVisible() and dialog.go_button.isEnabled() is False
    assert not unlocked.workspace.keys_busy
    dialog.reject()
