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


def test_the_summary_names_a_missing_bundle_in_words_and_no_jargon_when_none(
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """« 0 gaps and 0 forks in the senders' streams » ended every import summary (r15 tester,
    uk: stream and fork jargon). Nothing is said when nothing is missing; a bundle that did not
    arrive is said in words."""
    coord = Peer(tmp_path, "coord", role="coordinator")
    lap = Peer(tmp_path, "lap")
    coord.trust(lap)
    lap.trust(coord)
    lap.records.create(F.OBJECT, {"inventory_number": "S-2", "title": "Icon"})
    first = lap.send(coord, mode="since_last")
    lap.records.create(F.OBJECT, {"inventory_number": "S-3", "title": "Icon"})
    second = lap.send(coord, mode="since_last")
    assert first is not None and second is not None
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(coord.vault)
    texts = []
    for bundle in (second, first):  # the second arrives first: the first is missing then
        dialog = window.workspace.import_bundles([bundle])
        assert isinstance(dialog, I.ImportDialog)
        qtbot.waitUntil(lambda d=dialog: d.pages.currentIndex() == I.VERDICTS, timeout=30_000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=dialog: d.pages.currentIndex() == I.SUMMARY, timeout=30_000)
        texts.append(dialog.summary_text.text())
        dialog.reject()
    assert re.search(r"1 earlier bundle(\(s\))? from these senders not received yet", texts[0])
    for text in texts:
        assert "gap" not in text and "fork" not in text and "stream" not in text, text
    assert "not received" not in texts[1], texts[1]
    window.lock()
    lap.vault.close()
