"""S3 storage on the "Bundles & sync" page: add it with Test connection, its status, Sync now,
and the offer to sync when a target that could not be reached answers again."""

from __future__ import annotations

import pytest
from faultproxy import proxy_for
from PySide6.QtCore import QSettings
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture

from fieldkit.gui.bundles.sync_target_dialog import S3_KIND, AddTargetDialog
from fieldkit.gui.bundles.sync_tasks import Transfer
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.sync_panel import FOLDER, STATE, WAITING
from fieldkit.records import fields as F
from fieldkit.sync import SyncProgress, s3target

from .test_sync_page import LEFT, WAIT, panel_of
from .test_sync_page import pair as pair  # the fixture


def add_s3_through_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, server: S3Server, endpoint: str, prefix: str, test: bool = True
) -> AddTargetDialog:
    panel = panel_of(window)
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = window.findChild(AddTargetDialog)
    assert isinstance(dialog, AddTargetDialog)
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(S3_KIND)
    assert dialog.endpoint.isVisible() and not dialog.folder.isVisible()
    assert not dialog.add_button.isEnabled() and not dialog.test_button.isEnabled()
    for line, text in (
        (dialog.endpoint, endpoint),
        (dialog.bucket, server.shared_bucket()),
        (dialog.prefix, prefix),
        (dialog.access_key, server.access_key),
        (dialog.secret, server.secret_key),
    ):
        line.setFocus()
        qtbot.keyClicks(line, text)
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Password
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "hq")
    if test:
        qtbot.mouseClick(dialog.test_button, LEFT)
        qtbot.waitUntil(lambda: dialog.test_worker is None, timeout=WAIT)
    assert dialog.add_button.isEnabled()
    return dialog


def test_s3_storage_added_tested_and_synced_from_the_page(pair, s3_server, qtbot) -> None:  # type: ignore[no-untyped-def]
    field, coord = pair
    prefix = s3_server.new_prefix()
    field.session.records.create(F.OBJECT, {"inventory_number": "MOS-9", "title": "Lamp"})
    dialog = add_s3_through_dialog(qtbot, field, s3_server, s3_server.endpoint, prefix)
    assert dialog.test_result.text() == "Connected: the bucket answers."
    with qtbot.waitSignal(dialog.added, timeout=WAIT):
        qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.secret.text() == ""  # no copy left in the widget
    panel = panel_of(field)
    qtbot.waitUntil(lambda: panel.status("hq") is not None, timeout=WAIT)
    status = panel.status("hq")
    assert status is not None and status.kind == "s3" and status.reachable
    row = [panel.targets.item(r, 0).text() for r in range(panel.targets.rowCount())].index("hq")
    assert panel.targets.item(row, FOLDER).text().strip("\u2066\u2069") == (
        f"s3://{s3_server.shared_bucket()}/{prefix}".rstrip("/")
    )
    assert panel.targets.item(row, STATE).text() == "Connected"
    # Nothing secret in the app's settings.
    settings = QSettings()
    assert all(s3_server.secret_key not in str(settings.value(k)) for k in settings.allKeys())

    panel.select("hq")
    with qtbot.waitSignal(panel.synced, timeout=WAIT):
        qtbot.mouseClick(panel.sync_button, LEFT)
    qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
    assert "1 delivered" in panel.summary.text(), panel.summary.text()
    assert panel.targets.item(row, WAITING).text() == "0"

    coord_dialog = add_s3_through_dialog(
        qtbot, coord, s3_server, s3_server.endpoint, prefix, test=False
    )
    with qtbot.waitSignal(coord_dialog.added, timeout=WAIT):
        qtbot.mouseClick(coord_dialog.add_button, LEFT)
    coord_panel = panel_of(coord)
    qtbot.waitUntil(lambda: coord_panel.status("hq") is not None, timeout=WAIT)
    coord_panel.select("hq")
    with qtbot.waitSignal(coord_panel.synced, timeout=WAIT):
        qtbot.mouseClick(coord_panel.sync_button, LEFT)
    qtbot.waitUntil(lambda: coord_panel.sync_worker is None, timeout=WAIT)
    assert "1 bundle(s) imported" in coord_panel.summary.text(), coord_panel.summary.text()
    assert {v.fields.get("title") for v in coord.session.records.list(F.OBJECT)} == {"Lamp"}


def test_wrong_secret_is_said_by_test_connection(pair, s3_server, qtbot) -> None:  # type: ignore[no-untyped-def]
    field, _ = pair
    dialog = add_s3_through_dialog(
        qtbot, field, s3_server, s3_server.endpoint, s3_server.new_prefix(), test=False
    )
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, "not-the-secret-QQQ")
    qtbot.mouseClick(dialog.test_button, LEFT)
    qtbot.waitUntil(lambda: dialog.test_worker is None, timeout=WAIT)
    assert "refused the credentials" in dialog.test_result.text()
    assert "QQQ" not in dialog.test_result.text()
    dialog.reject()


def test_a_target_that_answers_again_is_offered_for_sync(  # type: ignore[no-untyped-def]
    pair, s3_server, qtbot, monkeypatch
) -> None:
    field, _ = pair
    monkeypatch.setattr(s3target, "PROBE_SECONDS", 0.3)
    monkeypatch.setattr(s3target, "PROBE_TIMEOUT", 2.0)
    panel = panel_of(field)
    panel.timer.setInterval(100)
    with proxy_for(s3_server.endpoint) as proxy:
        proxy.go_offline()
        dialog = add_s3_through_dialog(
            qtbot, field, s3_server, proxy.endpoint, s3_server.new_prefix(), test=False
        )
        with qtbot.waitSignal(dialog.added, timeout=WAIT):
            qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.waitUntil(
            lambda: panel.status("hq") is not None and not panel.status("hq").reachable,  # type: ignore[union-attr]
            timeout=WAIT,
        )
        assert not panel.offer.isVisible()
        proxy.offline = False
        qtbot.waitUntil(lambda: panel.offer.isVisible(), timeout=WAIT)
        assert "can be reached again" in panel.offer_text.text()
        with qtbot.waitSignal(panel.synced, timeout=WAIT):
            qtbot.mouseClick(panel.offer_button, LEFT)
        qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
        panel.timer.stop()
        qtbot.waitUntil(lambda: panel.poll_worker is None, timeout=WAIT)


def test_transfer_reports_bytes_and_an_eta() -> None:
    now = [100.0]
    transfer = Transfer(clock=lambda: now[0])
    transfer.update(SyncProgress("pickup", 1, 2, target="hq"))
    assert transfer.total == 0 and transfer.eta_seconds() is None
    transfer.update(SyncProgress("deliver", 0, 40_000_000, target="hq"))
    now[0] = 110.0
    transfer.update(SyncProgress("deliver", 10_000_000, 40_000_000, target="hq"))
    assert transfer.eta_seconds() == pytest.approx(30.0)
