"""Sync folders on the "Bundles & sync" page: add, Sync now, automatic sync, quarantine, lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import QSettings, Qt

from fieldkit import sync
from fieldkit.gui.bundles.sync_target_dialog import AddTargetDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.sync_panel import AUTOMATIC, STATE, SyncPanel
from fieldkit.gui.workspace import BUNDLES
from fieldkit.records import fields as F
from fieldkit.sync import layout

from .helpers import trust_each_other

LEFT = Qt.MouseButton.LeftButton
WAIT = 30_000


def _window(qtbot, vault) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(vault)
    window.workspace.show_section(BUNDLES)
    return window


@pytest.fixture
def pair(make_vault, tmp_path: Path, qtbot) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    field, _ = make_vault(tmp_path / "field", name="Amal Haddad", role="field")
    coord, _ = make_vault(tmp_path / "coordinator", name="Rana Aziz", role="coordinator")
    trust_each_other(field, coord)
    windows = [_window(qtbot, v) for v in (field, coord)]
    yield windows[0], windows[1]
    for window in windows:
        if window.session is not None:
            window.lock()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "FIELDKIT"
    folder.mkdir()
    return folder


def panel_of(window: MainWindow) -> SyncPanel:
    return window.workspace.bundles_page.sync_panel


def add_through_dialog(qtbot, window: MainWindow, folder: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    panel = panel_of(window)
    assert panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = window.findChild(AddTargetDialog)
    assert isinstance(dialog, AddTargetDialog)
    dialog.folder.setText(str(folder))
    assert dialog.name.text() == folder.name  # suggested from the folder
    dialog.name.setText(name)
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(dialog.added, timeout=WAIT):
        qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: panel.status(name) is not None, timeout=WAIT)
    panel.select(name)


def sync_through_button(qtbot, window: MainWindow, name: str) -> str:  # type: ignore[no-untyped-def]
    panel = panel_of(window)
    panel.select(name)
    assert panel.sync_button.isEnabled()
    with qtbot.waitSignal(panel.synced, timeout=WAIT):
        qtbot.mouseClick(panel.sync_button, LEFT)
    qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
    return panel.summary.text()


def test_add_target_through_the_dialog_lists_it_as_connected(pair, stick, qtbot) -> None:  # type: ignore[no-untyped-def]
    field, _coord = pair
    panel = panel_of(field)
    assert panel.targets.rowCount() == 0 and panel.empty_note.isVisible()
    assert not panel.sync_button.isEnabled()
    add_through_dialog(qtbot, field, stick, "stick")
    assert (stick / layout.MARKER).is_file()
    assert panel.targets.rowCount() == 1 and not panel.empty_note.isVisible()
    status = panel.status("stick")
    assert status is not None and status.reachable and status.path == stick
    assert panel.targets.item(0, STATE).text() == "Connected"
    assert panel.selected_name() == "stick" and panel.sync_button.isEnabled()
    # No recipient ticked: every verified coordinator, as on the command line.
    assert status.recipients == ["Rana Aziz"]


def test_sync_now_carries_a_record_from_the_field_to_the_coordinator(  # type: ignore[no-untyped-def]
    pair, stick, qtbot
) -> None:
    field, coord = pair
    field.session.records.create(F.OBJECT, {"inventory_number": "MOS-7", "title": "Ewer"})
    add_through_dialog(qtbot, field, stick, "stick")
    add_through_dialog(qtbot, coord, stick, "stick")

    text = sync_through_button(qtbot, field, "stick")
    assert "1 delivered" in text and "0 bundle(s) imported" in text, text
    assert coord.workspace.objects.rowCount() == 0

    text = sync_through_button(qtbot, coord, "stick")
    assert "1 bundle(s) imported (1 new revision(s))" in text, text
    assert "0 receipt(s) read and 1 written" in text, text
    titles = {v.fields.get("title") for v in coord.session.records.list(F.OBJECT)}
    assert titles == {"Ewer"}
    assert coord.workspace.objects.rowCount() == 1  # the lists were refreshed
    assert coord.workspace.bundles_page.received.rowCount() == 1
    panel = panel_of(coord)
    qtbot.waitUntil(lambda: panel.status("stick").last_pull is not None, timeout=WAIT)  # type: ignore[union-attr]
    assert not panel.progress_box.isVisible()


def test_a_folder_that_appears_syncs_once_when_automatic(pair, stick, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    field, _coord = pair
    panel = panel_of(field)
    panel.timer.setInterval(20)
    add_through_dialog(qtbot, field, stick, "stick")
    qtbot.mouseClick(panel.auto_check, LEFT)
    assert panel.auto_check.isChecked() and panel.automatic("stick")
    assert panel.targets.item(0, AUTOMATIC).text() == "yes"
    vault_id = field.session.vault.header.vault_id
    keys = QSettings().allKeys()
    assert any(vault_id in k for k in keys) and all("stick" not in k for k in keys)
    syncs: list[object] = []
    panel.synced.connect(syncs.append)

    # The drive is pulled out: the poll sees it missing.
    away = tmp_path / "unplugged"
    stick.rename(away)
    qtbot.waitUntil(lambda: not panel.status("stick").reachable, timeout=WAIT)  # type: ignore[union-attr]
    assert not panel.sync_button.isEnabled()
    assert panel.targets.item(0, STATE).text() == "Not connected"
    assert syncs == []

    # Plugged in again (the folder with its marker): exactly one sync follows.
    away.rename(stick)
    qtbot.waitUntil(lambda: len(syncs) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
    seen = panel.polls
    qtbot.waitUntil(lambda: panel.polls >= seen + 5, timeout=WAIT)
    assert len(syncs) == 1
    assert "Synced with “stick”" in panel.summary.text()
    assert sync.list_targets(field.session.vault)[0].last_pull is not None


def test_without_automatic_sync_a_folder_that_appears_is_offered(  # type: ignore[no-untyped-def]
    pair, stick, tmp_path, qtbot
) -> None:
    field, _coord = pair
    panel = panel_of(field)
    panel.timer.setInterval(20)
    add_through_dialog(qtbot, field, stick, "stick")
    (stick / layout.MARKER).unlink()  # not mounted: the folder is there, the marker is not
    qtbot.waitUntil(lambda: not panel.status("stick").reachable, timeout=WAIT)  # type: ignore[union-attr]
    (stick / layout.MARKER).write_bytes(layout.MARKER_BYTES)
    qtbot.waitUntil(lambda: panel.offer.isVisible(), timeout=WAIT)
    assert "stick" in panel.offer_text.text() and panel.sync_worker is None
    with qtbot.waitSignal(panel.synced, timeout=WAIT):
        qtbot.mouseClick(panel.offer_button, LEFT)
    assert not panel.offer.isVisible()


def test_a_quarantined_bundle_is_listed_with_its_reason(pair, stick, qtbot) -> None:  # type: ignore[no-untyped-def]
    _field, coord = pair
    add_through_dialog(qtbot, coord, stick, "stick")
    (stick / "found-on-the-stick.fkb").write_bytes(b"PK\x03\x04 this is not really a bundle")
    text = sync_through_button(qtbot, coord, "stick")
    assert "1 quarantined" in text and "no ZIP end record" in text, text
    panel = panel_of(coord)
    qtbot.waitUntil(lambda: panel.quarantine.rowCount() == 1, timeout=WAIT)
    assert "found-on-the-stick.fkb" in panel.quarantine.item(0, 2).text()
    reason = panel.quarantine.item(0, 3).text()
    (entry,) = sync.quarantine(coord.session.vault)
    assert reason.startswith(entry.reason) and entry.reason
    tabs = coord.workspace.bundles_page.tabs
    assert "(1)" in tabs.tabText(tabs.indexOf(panel.quarantine))
    assert panel.status("stick").quarantined == 1  # type: ignore[union-attr]


def test_an_unreachable_target_cannot_be_synced_and_remove_forgets_it(  # type: ignore[no-untyped-def]
    pair, stick, qtbot
) -> None:
    field, _coord = pair
    panel = panel_of(field)
    panel.timer.setInterval(20)
    add_through_dialog(qtbot, field, stick, "stick")
    panel.set_automatic("stick", True)
    (stick / layout.MARKER).unlink()
    qtbot.waitUntil(lambda: not panel.sync_button.isEnabled(), timeout=WAIT)
    assert panel.sync_selected() is None
    assert panel.remove_selected(confirm=False)
    assert panel.targets.rowCount() == 0 and sync.list_targets(field.session.vault) == []
    assert QSettings().allKeys() == [] or not any("sync" in k for k in QSettings().allKeys())



def test_the_remove_button_asks_before_forgetting_a_folder(  # type: ignore[no-untyped-def]
    pair, stick, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    field, _coord = pair
    panel = panel_of(field)
    add_through_dialog(qtbot, field, stick, "stick")
    asked: list[str] = []

    def answer_no(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append("asked")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert asked == ["asked"]  # clicked(bool) once skipped the question
    assert [t.name for t in sync.list_targets(field.session.vault)] == ["stick"]

def test_lock_stops_polling_and_clears_the_tables(pair, stick, qtbot) -> None:  # type: ignore[no-untyped-def]
    _field, coord = pair
    add_through_dialog(qtbot, coord, stick, "stick")
    (stick / "junk.fkb").write_bytes(b"not a bundle")
    sync_through_button(qtbot, coord, "stick")
    panel = panel_of(coord)
    qtbot.waitUntil(lambda: panel.quarantine.rowCount() == 1, timeout=WAIT)
    assert panel.timer.isActive()
    coord.lock()
    assert not panel.timer.isActive()
    assert panel.targets.rowCount() == 0 and panel.quarantine.rowCount() == 0
    assert panel.statuses == [] and panel.entries == [] and panel.session is None
    assert not panel.summary.isVisible() and panel.summary.text() == ""
    panel.poll_now()  # nothing to poll without a vault
    assert panel.poll_worker is None


def test_the_sync_shows_the_cores_stage_labels_in_the_readers_language(  # type: ignore[no-untyped-def]
    pair, stick, qtbot, qapp
) -> None:
    """The panel draws the sync engine's own Progress labels on the task page (not stage texts
    of its own), localised, with one bar over every stage that never goes back."""
    from PySide6.QtCore import QLocale

    from fieldkit import i18n
    from fieldkit.gui.translation import install_language
    from fieldkit.sync.engine import STAGE_LABELS, STEP_LABELS
    from fieldkit.tasks import Progress

    field, _coord = pair
    field.session.records.create(F.OBJECT, {"inventory_number": "MOS-8", "title": "Bowl"})
    add_through_dialog(qtbot, field, stick, "stick")
    panel = panel_of(field)
    translators = install_language(qapp, "fr")
    try:
        steps: list[str] = []
        values: list[int] = []
        panel.progress_box.bar.valueChanged.connect(values.append)

        def drawn(progress: Progress) -> None:  # what the page shows after each step
            steps.append(panel.progress_box.step.text())

        panel.progress_box.drawn.connect(drawn)
        panel.select("stick")
        with qtbot.waitSignal(panel.synced, timeout=WAIT):
            qtbot.mouseClick(panel.sync_button, LEFT)
            assert panel.sync_worker is not None and panel.progress_box.isVisible()
            assert "stick" in panel.progress_box.step.text()  # waiting for the folder
        qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
        expected = {
            stage: i18n.localise(i18n.Text("progress", template, target="stick"))
            for stage, template in STAGE_LABELS.items()
        }
        english = {template.format(target="stick") for template in STAGE_LABELS.values()}
        assert expected["receipts"] not in english  # the core's label has a French translation
        for stage in ("receipts", "pickup", "export", "deliver"):
            assert any(s.startswith(expected[stage]) for s in steps), (stage, steps)
        labels = list(expected.values()) + [
            i18n.localise(i18n.Text("progress", template, target="stick"))
            for template in STEP_LABELS.values()
        ]
        assert all(any(s.startswith(label) for label in labels) for s in steps), steps
        assert values == sorted(values) and values[-1] == panel.progress_box.bar.maximum()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        i18n.set_language("en")
    assert not panel.progress_box.isVisible()
