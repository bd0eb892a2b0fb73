"""« Dernier envoi » (last sent) is when something was sent: a folder sync with no recipient
set it to now although nothing was sent (r11 UI trial #10)."""

from __future__ import annotations

from pathlib import Path

from test_sync import Site

from fieldkit import sync
from fieldkit.records import fields as F


def test_a_sync_that_sends_nothing_leaves_last_sent_alone(tmp_path: Path) -> None:
    amal = Site(tmp_path, "amal")
    amal.records.create(F.OBJECT, {"title": "Jar"})
    folder = tmp_path / "stick"
    folder.mkdir()
    amal.target(folder)  # nobody trusted: no recipient
    report = amal.sync()
    assert report.delivered == []
    (status,) = sync.target_status(amal.vault)
    assert status.last_push is None and status.last_pull is not None

    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    coord.trust(amal)
    amal.target(folder, coord)
    assert len(amal.sync().delivered) == 1
    (status,) = sync.target_status(amal.vault)
    assert status.last_push is not None
