"""Sync from the app without a terminal (r9 UI trial #11, #12, #13, #33): who sent a refused
bundle and how to trust them, the quarantine's reason and actions, an unplugged drive, a folder
with no recipient and editing a folder's recipients. Real vaults, real folders, real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from fieldkit import sync
from fieldkit.errors import UsageError
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.sync_panel import SyncPanel
from fieldkit.gui.trust_dialogs import AddCardDialog
from fieldkit.gui.workspace import BUNDLES
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.identity.fingerprint import display_form
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.sync import targets

LEFT = Qt.MouseButton.LeftButton
REASON = 3  # the quarantine table's reason column (its model index)
WAIT = 30_000


def _card_of(vault):  # type: ignore[no-untyped-def]
    return parse_card(card_bytes(make_card(own.load(vault.db))))


def _trust(holder, other, verified: bool = True) -> None:  # type: ignore[no-untyped-def]
    with holder.transaction() as db:
        trust.add(db, _card_of(other), verified=verified)


def _window(qtbot, vault) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(vault)
    window.workspace.show_section(BUNDLES)
    return window


def _panel(window: MainWindow) -> SyncPanel:
    return window.workspace.bundles_page.sync_panel


@pytest.fixture
def vaults(make_vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    field, _ = make_vault(tmp_path / "field", name="Amal Haddad", role="field")
    coord, _ = make_vault(tmp_path / "coordinator", name="Rana Aziz", role="coordinator")
    return field, coord


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "cle"
    folder.mkdir()
    return folder


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        if window.session is not None:
            window.lock()


def _open(qtbot, windows, vault, name: str) -> SyncPanel:  # type: ignore[no-untyped-def]
    window = _window(qtbot, vault)
    windows.append(window)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.status(name) is not None, timeout=WAIT)
    panel.select(name)
    return panel


def _sync(qtbot, panel: SyncPanel) -> str:  # type: ignore[no-untyped-def]
    assert panel.sync_button.isEnabled() and panel.sync_button.isVisible()
    with qtbot.waitSignal(panel.synced, timeout=WAIT):
        qtbot.mouseClick(panel.sync_button, LEFT)
    qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
    return panel.summary.text()


def _untrusted_bundle_on(stick: Path, field, coord) -> None:  # type: ignore[no-untyped-def]
    """The field vault leaves a bundle for the coordinator, who does not trust it yet."""
    _trust(field, coord)
    Records(field).create(F.OBJECT, {"inventory_number": "MOS-7", "title": "Ewer"})
    targets.add_target(field, "cle", stick, [])
    report = sync.sync_target(field, "cle")
    assert len(report.delivered) == 1


def test_an_untrusted_sender_is_named_and_trusted_from_the_app(  # type: ignore[no-untyped-def]
    vaults, stick, windows, qtbot
) -> None:
    """#11: no command-line flag, no generated file name: the sender's name and 30 digits,
    and a button to the trust dialog after which the folder is synced again."""
    field, coord = vaults
    _untrusted_bundle_on(stick, field, coord)
    targets.add_target(coord, "cle", stick, [])
    panel = _open(qtbot, windows, coord, "cle")

    text = _sync(qtbot, panel)
    (entry,) = sync.quarantine(coord)
    assert entry.untrusted
    assert "--accept-untrusted" not in text and entry.file not in text, text
    assert "Amal Haddad" in text and display_form(entry.sender or "") in text, text
    assert panel.trust_button.isVisible()

    qtbot.mouseClick(panel.trust_button, LEFT)
    dialog = windows[0].findChild(AddCardDialog)
    assert isinstance(dialog, AddCardDialog) and dialog.card.name == "Amal Haddad"
    with qtbot.waitSignal(panel.synced, timeout=WAIT):
        qtbot.mouseClick(dialog.verified_button, LEFT)
    qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
    assert "1 bundle(s) imported" in panel.summary.text(), panel.summary.text()
    assert sync.quarantine(coord) == []
    assert {v.fields.get("title") for v in windows[0].session.records.list(F.OBJECT)} == {"Ewer"}


def test_the_quarantine_shows_the_reason_and_offers_what_can_be_done(  # type: ignore[no-untyped-def]
    vaults, stick, windows, qtbot
) -> None:
    """#12: the reason comes second and takes the width; right-click offers trust, sync again,
    the folder and a copy of the reason."""
    field, coord = vaults
    _untrusted_bundle_on(stick, field, coord)
    targets.add_target(coord, "cle", stick, [])
    panel = _open(qtbot, windows, coord, "cle")
    _sync(qtbot, panel)
    table = panel.quarantine
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=WAIT)
    header = table.horizontalHeader()
    assert header.visualIndex(REASON) == 1
    reason = table.item(0, REASON)
    assert "Amal Haddad" in reason.text() and reason.toolTip() == reason.text()

    (entry,) = panel.entries
    menu = panel.quarantine_actions(entry)
    actions = {a.objectName(): a for a in menu.actions()}
    assert set(actions) >= {
        "quarantineTrust",
        "quarantineSyncAgain",
        "quarantineOpenFolder",
        "quarantineCopyReason",
    }
    assert all(a.isEnabled() for a in actions.values())
    actions["quarantineCopyReason"].trigger()
    assert QApplication.clipboard().text() == reason.text()

    actions["quarantineTrust"].trigger()
    dialog = windows[0].findChild(AddCardDialog)
    assert isinstance(dialog, AddCardDialog)
    with qtbot.waitSignal(panel.synced, timeout=WAIT):
        qtbot.mouseClick(dialog.verified_button, LEFT)
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=WAIT)


def _visible_sync_buttons(panel: SyncPanel) -> list[QPushButton]:
    return [b for b in (panel.sync_button, panel.offer_button) if b.isVisible()]


def test_an_unplugged_drive_says_why_and_one_sync_button_remains(  # type: ignore[no-untyped-def]
    vaults, stick, windows, qtbot, tmp_path
) -> None:
    """#13: no stale "Synced with…" once the drive is gone, a status line saying what to do,
    and one Sync button when it comes back."""
    field, coord = vaults
    _trust(field, coord)
    targets.add_target(field, "cle", stick, [])
    panel = _open(qtbot, windows, field, "cle")
    panel.timer.setInterval(20)
    assert "Synced with “cle”" in _sync(qtbot, panel)
    assert not panel.status_line.isVisible()

    away = tmp_path / "unplugged"
    stick.rename(away)
    qtbot.waitUntil(lambda: not panel.status("cle").reachable, timeout=WAIT)  # type: ignore[union-attr]
    assert not panel.summary.isVisible()
    assert panel.status_line.isVisible()
    assert "Plug in the drive" in panel.status_line.text(), panel.status_line.text()
    assert "not plugged in" in panel.status_line.text()

    away.rename(stick)
    qtbot.waitUntil(lambda: panel.offer.isVisible(), timeout=WAIT)
    assert _visible_sync_buttons(panel) == [panel.offer_button]
    assert not panel.status_line.isVisible()
    with qtbot.waitSignal(panel.synced, timeout=WAIT):
        qtbot.mouseClick(panel.offer_button, LEFT)
    assert _visible_sync_buttons(panel) == [panel.sync_button]


def test_a_folder_without_recipients_says_why_and_its_recipients_can_be_edited(  # type: ignore[no-untyped-def]
    vaults, stick, windows, qtbot
) -> None:
    """#33: the trusted card is a field conservator's, not a verified coordinator's: nothing
    goes out, the page says why, and ticking the recipient afterwards sends the bundle."""
    field, coord = vaults
    with field.transaction() as db:  # a field conservator, as in the trial: no default recipient
        trust.add(db, _card_of(coord), role="field", verified=True)
    Records(field).create(F.OBJECT, {"inventory_number": "MOS-7", "title": "Ewer"})
    targets.add_target(field, "cle", stick, [])
    panel = _open(qtbot, windows, field, "cle")
    qtbot.waitUntil(lambda: panel.status_line.isVisible(), timeout=WAIT)
    assert "no recipient is chosen" in panel.status_line.text()

    text = _sync(qtbot, panel)
    assert "0 delivered" in text and "no recipient is chosen" in text, text

    assert panel.recipients_button.isEnabled()
    qtbot.mouseClick(panel.recipients_button, LEFT)
    dialog = windows[0].findChild(QDialog, "syncRecipientsDialog")
    assert dialog is not None
    checklist = dialog.recipients  # type: ignore[attr-defined]
    assert checklist.count() == 1 and checklist.ticked() == []
    checklist.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()  # type: ignore[attr-defined]
    (target,) = sync.list_targets(field)
    assert [c.fingerprint for c in target.cards] == [own.load(coord.db).fingerprint]
    qtbot.waitUntil(lambda: not panel.status_line.isVisible(), timeout=WAIT)
    assert "1 delivered" in _sync(qtbot, panel)


def test_set_recipients_changes_only_the_recipients(vaults, stick) -> None:  # type: ignore[no-untyped-def]
    field, coord = vaults
    targets.add_target(field, "cle", stick, [])
    before = targets.get_target(field, "cle")
    card = _card_of(coord)
    after = targets.set_recipients(field, "cle", [card])
    assert [c.fingerprint for c in after.cards] == [card.fingerprint]
    assert (after.path, after.created_at) == (before.path, before.created_at)
    with pytest.raises(UsageError):  # this vault's own card: refused, nothing changed
        targets.set_recipients(field, "cle", [card, _card_of(field)])
    assert [c.fingerprint for c in targets.get_target(field, "cle").cards] == [card.fingerprint]
    with pytest.raises(targets.UnknownTargetError):
        targets.set_recipients(field, "elsewhere", [])
    assert targets.set_recipients(field, "cle", []).cards == ()


def test_right_to_left_the_folder_is_selected_and_sync_is_offered(  # type: ignore[no-untyped-def]
    vaults, stick, windows, qtbot, qapp
) -> None:
    """#13 in Arabic: the only folder is selected when listed, so Sync is not greyed out."""
    _field, coord = vaults
    targets.add_target(coord, "cle", stick, [])
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _window(qtbot, coord)
        windows.append(window)
        panel = _panel(window)
        assert panel.isRightToLeft()
        qtbot.waitUntil(lambda: panel.status("cle") is not None, timeout=WAIT)
        assert panel.selected_name() == "cle"
        assert panel.sync_button.isEnabled()
        panel.select("cle")
        assert panel.selected_name() == "cle"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
