"""Many photos: export and import run off the GUI thread, and Cancel leaves nothing half-done.

To cancel at a known point without sleeping, the worker is held at a gate (a threading.Event)
while reading the second photo; the test meanwhile counts timer ticks (the event loop runs),
clicks Cancel, then opens the gate.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import Qt, QTimer

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.gui.bundles import export_dialog as E
from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.main_window import MainWindow
from fieldkit.identity import own
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault
from fieldkit.vault.media import MEDIA_DIR

from .helpers import make_jpeg, trust_each_other

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def photo_vaults(make_vault, tmp_path: Path, big_photos: list[Path]) -> tuple[Vault, Vault]:  # type: ignore[no-untyped-def]
    field, _ = make_vault(tmp_path / "field", name="Amal Haddad", role="field")
    coord, _ = make_vault(tmp_path / "coordinator", name="Rana Aziz", role="coordinator")
    trust_each_other(field, coord)
    records = Records(field)
    small = [make_jpeg(tmp_path / f"small{i}.jpg", 800, 600, seed=i + 3) for i in range(9)]
    # One big (≈6 MB) photo per object at most, so that an 8 MB split size gives several parts.
    groups = [[big, small[2 * i], small[2 * i + 1]] for i, big in enumerate(big_photos)]
    groups.append(small[6:])
    for i, group in enumerate(groups):
        obj = records.create(F.OBJECT, {"inventory_number": f"PH-{i}", "title": f"Object {i}"})
        records.edit(obj.record_id, {}, add_photos=[PhotoInput(p) for p in group])
    return field, coord


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(win)
    win.show()
    yield win
    for dialog in list(win.workspace.dialogs):
        dialog.done(0)
    if win.session is not None:
        win.lock()


class Ticks:
    """Counts a 10 ms timer's ticks: they only come while the event loop is free."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


class _GatedReader:
    def __init__(self, reader: Any, gate: threading.Event) -> None:
        self._reader = reader
        self._gate = gate

    def read(self, n: int = -1) -> bytes:
        self._gate.wait(30)
        return self._reader.read(n)

    def readinto(self, buffer: Any) -> int:  # what the export reads stored photos with
        self._gate.wait(30)
        return int(self._reader.readinto(buffer))


def test_export_of_many_photos_stays_responsive_and_cancel_leaves_no_file(
    window: MainWindow,
    photo_vaults: tuple[Vault, Vault],
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field, _coord = photo_vaults
    window.open_session(field)
    media = field.media
    opened: list[str] = []
    gate = threading.Event()
    original_open = media.open

    @contextlib.contextmanager
    def gated_open(name: str) -> Iterator[Any]:
        with original_open(name) as reader:
            opened.append(name)
            # Photo 5 is in the second part: the first part is then a finished file.
            yield _GatedReader(reader, gate) if len(opened) == 5 else reader

    monkeypatch.setattr(media, "open", gated_open)
    out = tmp_path / "stick"
    out.mkdir()
    dialog = window.workspace.export_bundle()
    assert isinstance(dialog, E.ExportDialog)
    dialog.destination.setText(str(out / "photos.fkb"))
    dialog.max_size.setEditText("8M")  # several parts: a cancel must remove finished ones too
    ticks = Ticks()
    try:
        qtbot.mouseClick(dialog.export_button, LEFT)
        assert dialog.pages.currentIndex() == E.EXPORTING
        qtbot.waitUntil(lambda: len(opened) >= 5, timeout=30_000)  # held inside photo 5
        # Finished, under its hidden name until the vault records the parts (vaultfix).
        assert list(out.glob(".photos.part1of*.fkb.*.fieldkit-tmp")), "the first part is written"
        start = ticks.count
        qtbot.waitUntil(lambda: ticks.count >= start + 5, timeout=5_000)
        qtbot.waitUntil(lambda: dialog.progress_page.bar.value() > 0, timeout=5_000)
        qtbot.mouseClick(dialog.progress_page.cancel_button, LEFT)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == E.OPTIONS, timeout=30_000)
    ticks.timer.stop()
    assert "Cancelled" in dialog.error.text()
    assert list(out.iterdir()) == []  # no bundle, no part, no temporary file
    assert field.db.execute("SELECT count(*) FROM sent_bundles").fetchone()[0] == 0

    # Without the gate the same export completes, in parts, each one complete.
    monkeypatch.setattr(media, "open", original_open)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == E.SUMMARY, timeout=60_000)
    assert dialog.outcome is not None and len(dialog.outcome.bundles) > 1
    assert sum(b.photos for b in dialog.outcome.bundles) == 12


def test_import_of_many_photos_stays_responsive_and_cancel_imports_nothing(
    window: MainWindow,
    photo_vaults: tuple[Vault, Vault],
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field, coord = photo_vaults
    card = parse_card(card_bytes(make_card(own.load(coord.db))))
    bundle = tmp_path / "photos.fkb"
    result = export_bundles(field, bundle, ExportOptions(recipients=[Recipient.from_card(card)]))
    assert result.bundles[0].photos == 12
    window.open_session(coord)
    dialog = window.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    assert "12 photo(s)" in dialog.panels[0].text()

    media = coord.media
    calls: list[int] = []
    gate = threading.Event()
    original_add = media.add

    def gated_add(conn: Any, src: Any, cancel: Any = None) -> Any:
        calls.append(1)
        if len(calls) == 2:
            gate.wait(30)
        return original_add(conn, src, cancel)

    monkeypatch.setattr(media, "add", gated_add)
    ticks = Ticks()
    try:
        qtbot.mouseClick(dialog.import_button, LEFT)
        qtbot.waitUntil(lambda: len(calls) >= 2, timeout=30_000)  # the first photo is stored
        start = ticks.count
        qtbot.waitUntil(lambda: ticks.count >= start + 5, timeout=5_000)
        qtbot.waitUntil(lambda: dialog.import_page.bar.value() > 0, timeout=5_000)
        qtbot.mouseClick(dialog.import_page.cancel_button, LEFT)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)
    ticks.timer.stop()
    assert dialog.run is not None and dialog.run.cancelled_at == bundle
    assert dialog.cancel_note.isVisible()
    assert "nothing from that bundle" in dialog.cancel_note.text()
    db = coord.db
    for table in ("revisions", "records", "media_files", "photos", "received_bundles"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table  # noqa: S608
    assert [p for p in (coord.path / MEDIA_DIR).iterdir() if p.is_file()] == []
    qtbot.mouseClick(dialog.close_button, LEFT)

    # The same bundle imports completely afterwards: the cancel left nothing in the way.
    monkeypatch.setattr(media, "add", original_add)
    again = window.workspace.import_bundles([bundle])
    assert isinstance(again, I.ImportDialog)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    qtbot.mouseClick(again.import_button, LEFT)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == I.SUMMARY, timeout=60_000)
    assert again.run is not None and again.run.results[0].new_photos == 12
    assert window.workspace.objects.rowCount() == 4
