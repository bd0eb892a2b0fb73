"""Three laptops' bundles that all touched one record: the import summary counts that record in
conflict once (r11 UI trial #7: it said 3 records where the Conflicts page said 2)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import FAST_KDF
from peers import Peer
from PySide6.QtCore import Qt

from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F


def test_a_record_three_bundles_touched_is_counted_once(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    coord = Peer(tmp_path, "coord", role="coordinator")
    laptops = [Peer(tmp_path, f"lap{n}") for n in "ABC"]
    for p in (coord, *laptops):
        p.trust(*[q for q in (coord, *laptops) if q is not p])
    obj = coord.records.create(F.OBJECT, {"inventory_number": "MCP 1980.6", "title": "Amphora"})
    first = coord.send(*laptops)
    assert first is not None
    bundles = []
    for n, lap in enumerate(laptops):
        lap.receive(first)
        lap.records.edit(obj.record_id, {"title": f"Amphora, version {n}"})
        sent = lap.send(coord)
        assert sent is not None
        bundles.append(sent)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(coord.vault)
    dialog = window.workspace.import_bundles(bundles)
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)
    text = dialog.summary_text.text()
    # "1 record(s)" without the English catalogue, "1 record" with it (an earlier test may
    # have installed it).
    assert re.search(r"\b1 record(\(s\))? now in conflict", text), text
    dialog.reject()
    window.lock()
    for lap in laptops:
        lap.vault.close()
