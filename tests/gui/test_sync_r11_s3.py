"""S3 sync on the "Bundles & sync" page when the server goes away and comes back (r11 trial
#5, #9, #11): a Try again that asks the network at once, a summary and a state that say the link
dropped (not "Synced" and "Connected"), and no "about 1 minute left" while nothing moves."""

from __future__ import annotations

import io

import pytest
from faultproxy import proxy_for
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture

from fieldkit.gui.bundles.sync_target_dialog import S3_KIND, AddTargetDialog
from fieldkit.gui.bundles.sync_tasks import Transfer
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.sync_panel import STATE, WAITING, SyncPanel
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.sync import SyncProgress, s3target
from fieldkit.sync.s3client import S3Credentials, TransferOptions

from .test_sync_page import LEFT, WAIT, _window, panel_of
from .test_sync_page import pair as pair  # the fixture


def _add(window: MainWindow, server: S3Server, endpoint: str) -> SyncPanel:
    """Target "hq" through the proxy, every verified coordinator its recipient."""
    assert window.session is not None
    url = f"s3://{server.shared_bucket()}/{server.new_prefix()}"
    creds = S3Credentials(server.access_key, server.secret_key)
    s3target.add_s3_target(window.session.vault, "hq", url, endpoint, creds, [], probe=False)
    return panel_of(window)


def _state(panel: SyncPanel) -> str:
    item = panel.targets.item(0, STATE)
    return "" if item is None else item.text()


def _photo(seed: int) -> PhotoInput:
    from PIL import Image

    buf = io.BytesIO()
    Image.effect_noise((3000, 2200), 60 + seed).convert("RGB").save(buf, "JPEG", quality=98)
    return PhotoInput(buf.getvalue())


def test_a_server_back_after_a_stop_can_be_tried_again_at_once(  # type: ignore[no-untyped-def]
    pair, s3_server, qtbot
) -> None:
    """The core asks the network every PROBE_SECONDS (2 min): the row said « Non connecté »
    with Sync greyed and nothing to press for 3 minutes after the server was back, selecting
    the row again changed nothing."""
    field, _ = pair
    assert s3target.PROBE_SECONDS >= 60  # the real cadence: nothing here waits for it
    with proxy_for(s3_server.endpoint) as proxy:
        proxy.go_offline()
        panel = _add(field, s3_server, proxy.endpoint)
        panel.poll_now()
        qtbot.waitUntil(lambda: _state(panel) == "Not connected", timeout=WAIT)
        panel.select("hq")
        assert not panel.sync_button.isEnabled()

        # Back: choosing the row asks the network at once.
        proxy.offline = False
        panel.targets.clearSelection()
        panel.select("hq")
        qtbot.waitUntil(lambda: _state(panel) == "Connected", timeout=WAIT)
        assert panel.sync_button.isEnabled() or panel.offer_button.isEnabled()

        # Gone again, found so by Sync; back again: Try again, then Sync is offered.
        proxy.go_offline()
        with qtbot.waitSignal(panel.synced, timeout=WAIT):
            panel.sync_selected()
        qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
        assert _state(panel) == "Not connected"
        assert not panel.sync_button.isEnabled() and panel.retry_button.isVisible()
        said = panel.summary.text()
        assert "not reachable" in said and said not in panel.status_line.text()  # said once
        qtbot.waitUntil(lambda: panel.retry_button.isEnabled(), timeout=WAIT)  # was checking
        assert panel.retry_button.text() == "Tr&y again"
        proxy.offline = False
        qtbot.mouseClick(panel.retry_button, LEFT)
        qtbot.waitUntil(lambda: _state(panel) == "Connected", timeout=WAIT)
        assert panel.offer.isVisible() and "can be reached again" in panel.offer_text.text()
        assert not panel.retry_button.isVisible() and not panel.status_line.isVisible()
        assert not panel.summary.isVisible()  # "not reachable" under "can be reached again"
        panel.timer.stop()
        qtbot.waitUntil(lambda: panel.poll_worker is None, timeout=WAIT)


def test_a_link_dropped_mid_upload_is_said_as_such_and_not_connected(  # type: ignore[no-untyped-def]
    pair, s3_server, qtbot, monkeypatch
) -> None:
    """Before: « Synchronisé avec … » + « injoignable » + État « Connecté (problème à la
    dernière synchro) » together, the server being down."""
    field, _ = pair
    assert field.session is not None
    field.session.records.create(F.OBJECT, {"title": "Heavy"}, [_photo(1), _photo(2)])
    quick = TransferOptions(attempts=3, backoff_base=0.02, backoff_max=0.1, connect_timeout=3)
    monkeypatch.setattr(s3target, "TRANSFER_OPTIONS", quick)
    with proxy_for(s3_server.endpoint, delay=0.01) as proxy:
        panel = _add(field, s3_server, proxy.endpoint)
        panel.poll_now()
        qtbot.waitUntil(lambda: _state(panel) == "Connected", timeout=WAIT)
        panel.select("hq")
        dropped: list[int] = []

        def drop_link(p) -> None:  # type: ignore[no-untyped-def]
            if p.phase == "deliver" and p.done and not dropped:
                dropped.append(p.done)
                proxy.go_offline()

        panel.progress_box.drawn.connect(drop_link)
        with qtbot.waitSignal(panel.synced, timeout=60_000):
            qtbot.mouseClick(panel.sync_button, LEFT)
        qtbot.waitUntil(lambda: panel.sync_worker is None, timeout=WAIT)
        assert dropped, "the upload never started"
        summary = panel.summary.text()
        assert summary.startswith("Not synced with “hq”: the connection dropped."), summary
        assert "Nothing is lost; 1 bundle(s) still waiting" in summary, summary
        assert "Synced with" not in summary
        # At once, not when the core's last probe (which said it answered) is 2 minutes old.
        assert _state(panel) == "Not connected"
        assert not panel.sync_button.isEnabled() and panel.retry_button.isVisible()
        panel.timer.stop()
        qtbot.waitUntil(lambda: panel.poll_worker is None and not panel._fresh_wanted, timeout=WAIT)
        assert _state(panel) == "Not connected"  # the fresh probe agrees
        assert panel.targets.item(0, WAITING).text().startswith("1 ")


def test_no_estimate_while_nothing_moves(pair) -> None:  # type: ignore[no-untyped-def]
    """Before: « 1.2 sur 1.2 Mo, environ 1 minute restante » for 90 s with the server down."""
    field, _ = pair
    panel = panel_of(field)
    now = [100.0]
    panel.transfer = Transfer(clock=lambda: now[0])
    panel._transfer_text(SyncProgress("deliver", 0, 2_000_000, target="hq"))
    now[0] = 110.0
    text = panel._transfer_text(SyncProgress("deliver", 1_000_000, 2_000_000, target="hq"))
    assert text == "976.6 KiB of 1.9 MiB, about 1 minute(s) left", text
    now[0] = 118.0  # eight seconds without a byte
    text = panel._transfer_text(SyncProgress("deliver", 1_000_000, 2_000_000, target="hq"))
    assert text == "976.6 KiB of 1.9 MiB, waiting for the server…", text
    # Everything sent, the last answer awaited: no "about 1 minute left" for zero bytes.
    text = panel._transfer_text(SyncProgress("deliver", 2_000_000, 2_000_000, target="hq"))
    assert "minute" not in text, text


@pytest.mark.parametrize(("lang", "size"), [("fr", "1,1 Mio"), ("en", "1.1 MiB")])
def test_sizes_on_the_sync_page_are_written_as_the_app_writes_them(  # type: ignore[no-untyped-def]
    pair, use_language, lang: str, size: str
) -> None:
    """« 1.2 Mo » on the sync page where the rest of the French app writes « 996,5 Kio »."""
    field, _ = pair
    use_language(lang)
    panel = panel_of(field)
    panel.transfer = Transfer(clock=lambda: 0.0)
    text = panel._transfer_text(SyncProgress("deliver", 1_200_000, 1_200_000, target="hq"))
    assert text.startswith(f"{size} "), text
    assert text.endswith(size), text


def _dialog_in(window: MainWindow, qtbot) -> AddTargetDialog:  # type: ignore[no-untyped-def]
    panel = panel_of(window)
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = window.findChild(AddTargetDialog)
    assert isinstance(dialog, AddTargetDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_s3_form_lays_its_help_under_the_recipients(pair, qtbot, use_language) -> None:  # type: ignore[no-untyped-def]
    """« Cochez à qui sont destinés les paquets… » was drawn across the Recipients list."""
    use_language("fr")
    field, _ = pair
    dialog = _dialog_in(field, qtbot)
    dialog.kind.setCurrentIndex(S3_KIND)
    qtbot.wait(50)  # the layout settles
    hint = dialog.recipients_hint
    listed = dialog.recipients.geometry()
    assert hint.isVisible() and "Cochez" in hint.text()
    assert hint.geometry().top() >= listed.bottom(), (hint.geometry(), listed)
    assert hint.height() >= hint.heightForWidth(hint.width()) - 1  # not cut
    assert dialog.buttons.geometry().top() >= hint.geometry().bottom()
    assert not dialog.no_keys_note.isVisible()  # the coordinator is trusted
    dialog.reject()


def test_with_nobody_trusted_the_recipients_list_says_how_to_add_someone(  # type: ignore[no-untyped-def]
    make_vault, tmp_path, qtbot
) -> None:
    vault, _ = make_vault(tmp_path / "solo", name="Amal Haddad", role="field")
    window = _window(qtbot, vault)
    dialog = _dialog_in(window, qtbot)
    assert dialog.recipients.count() == 0
    assert dialog.no_keys_note.isVisible()
    assert "People & keys" in dialog.no_keys_note.text()
    dialog.reject()
    window.lock()
