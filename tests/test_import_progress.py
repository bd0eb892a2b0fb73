"""Import is long work that reports and cancels itself (issue 14): on a 10,000-record bundle the
importer's own progress goes from 0 to its total in every phase, never backwards, and a cancel
during the merge leaves the vault exactly as it was — through the core and through the GUI.

One 10,000-record bundle is made per module (it takes seconds); each test imports it into a
fresh copy of the receiving vault.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE

from fieldkit.bundles import importer
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.importer import import_bundle
from fieldkit.errors import CancelledError
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.tasks import Progress
from fieldkit.vault import Vault, audit
from fieldkit.vault.media import MEDIA_DIR

RECORDS = 10_000
HASH, VERIFY, MERGE, PHOTOS = "hash", "verify", "merge", "photos"  # the phases, in order


@dataclass
class Exchange:
    bundle: Path
    coord: Path  # the receiving vault, closed: copied for each test
    field: Path  # the sending vault (10,000 objects), closed


def _vault_pair(root: Path) -> tuple[Vault, Vault]:
    field, _ = Vault.create(root / "field", PASSPHRASE, name="Amal", role="field", kdf=FAST_KDF)
    coord, _ = Vault.create(
        root / "coord", PASSPHRASE, name="Rana", role="coordinator", kdf=FAST_KDF
    )
    for holder, other in ((field, coord), (coord, field)):
        card = parse_card(card_bytes(make_card(own.load(other.db))))
        with holder.transaction() as db:
            trust.add(db, card, verified=True)
    return field, coord


def _send(field: Vault, coord: Vault, bundle: Path) -> Path:
    card = parse_card(card_bytes(make_card(own.load(coord.db))))
    export_bundles(field, bundle, ExportOptions(recipients=[Recipient.from_card(card)]))
    return bundle


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchange]:
    root = tmp_path_factory.mktemp("big_exchange")
    field, coord = _vault_pair(root)
    rows = [
        F.clean_fields(
            F.OBJECT,
            {"inventory_number": f"B-{i:06d}", "title": f"Object {i}", "salvage_priority": 1},
        )
        for i in range(RECORDS)
    ]
    Records(field).create_many(F.OBJECT, rows)
    bundle = _send(field, coord, root / "big.fkb")
    field.close()
    coord.close()
    yield Exchange(bundle, root / "coord", root / "field")


def _fresh(exchange: Exchange, tmp_path: Path) -> Vault:
    copy = tmp_path / "coord"
    shutil.copytree(exchange.coord, copy)
    (copy / "vault.lock").unlink(missing_ok=True)
    return Vault.open(copy, PASSPHRASE)


def _state(vault: Vault) -> dict[str, Any]:
    """Everything an import changes: table counts, the clock, the audit log, the photo files."""
    db = vault.db
    tables = (
        "revisions",
        "records",
        "received_bundles",
        "peer_revisions",
        "peer_photos",
        "authors",
        "media_files",
        "forks",
    )
    media = vault.path / MEDIA_DIR
    return {
        **{t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables},  # noqa: S608
        "meta": sorted(db.execute("SELECT key, value FROM meta").fetchall()),
        "audit": [(e.action, e.hash) for e in audit.events(db)],
        "media": sorted(p.name for p in media.iterdir()) if media.is_dir() else [],
    }


class Recorder:
    """A recording progress sink of the task contract (one Progress per call: any other shape
    fails loudly)."""

    def __init__(self) -> None:
        self.calls: list[Progress] = []

    def __call__(self, progress: Progress) -> None:
        assert isinstance(progress, Progress)
        self.calls.append(progress)

    def phase(self, name: str) -> list[tuple[int, int]]:
        return [(c.done, c.total) for c in self.calls if c.phase == name]

    def reached(self, name: str, fraction: float) -> bool:
        return any(done >= fraction * total > 0 for done, total in self.phase(name))


def _rises_from_zero_to_total(steps: list[tuple[int, int]]) -> None:
    assert steps, "the phase was never reported"
    totals = {total for _, total in steps}
    assert len(totals) == 1, totals  # one total per phase, known from the start
    done = [d for d, _ in steps]
    assert done[0] == 0 and done[-1] == totals.pop()
    assert done == sorted(done), "progress went backwards"


def test_the_importer_reports_each_phase_from_zero_to_its_total_on_10000_records(
    big: Exchange, tmp_path: Path
) -> None:
    vault = _fresh(big, tmp_path)
    try:
        recorder = Recorder()
        result = import_bundle(vault, big.bundle, progress=recorder)
        assert result.refused is None and result.new_revisions == RECORDS
        phases = [c.phase for c in recorder.calls]
        assert phases == sorted(phases, key=[HASH, VERIFY, MERGE, PHOTOS].index)  # in order
        for name in (HASH, VERIFY, MERGE, PHOTOS):
            _rises_from_zero_to_total(recorder.phase(name))
        # The first full read of the file (is it a bundle imported before?) moves the bar too,
        # in bytes of the file, a step per MiB (issue 14).
        hashed = recorder.phase(HASH)
        assert hashed[-1] == (big.bundle.stat().st_size,) * 2
        assert len(hashed) >= big.bundle.stat().st_size >> 20
        merge = recorder.phase(MERGE)
        assert merge[-1][1] >= RECORDS  # one unit per line: every revision, and the cards
        assert len(merge) > 100  # real steps through the merge, not a jump at the end
        assert recorder.phase(PHOTOS) == [(0, 0)]  # no photos in this bundle
        # Each step says what it is in words a translator has (not only a phase code).
        assert all(c.label is not None and c.label.context == "progress" for c in recorder.calls)
    finally:
        vault.close()


def test_a_cancel_in_the_middle_of_the_merge_leaves_the_vault_as_it_was(
    big: Exchange, tmp_path: Path
) -> None:
    vault = _fresh(big, tmp_path)
    try:
        before = _state(vault)
        recorder = Recorder()

        def cancel() -> bool:
            return recorder.reached(MERGE, 0.5)

        with pytest.raises(CancelledError):
            import_bundle(vault, big.bundle, progress=recorder, cancel=cancel)
        merged = recorder.phase(MERGE)[-1]
        assert 0 < merged[0] < merged[1]  # stopped inside the merge, not before or after it
        assert _state(vault) == before
        assert audit.verify(vault.db).ok
        # Nothing is in the way of the same bundle afterwards.
        again = import_bundle(vault, big.bundle)
        assert again.refused is None and again.new_revisions == RECORDS
    finally:
        vault.close()


def test_a_cancel_while_the_file_is_hashed_stops_there_and_keeps_nothing(
    big: Exchange, tmp_path: Path
) -> None:
    vault = _fresh(big, tmp_path)
    try:
        before = _state(vault)
        recorder = Recorder()
        with pytest.raises(CancelledError):
            import_bundle(
                vault, big.bundle, progress=recorder, cancel=lambda: recorder.reached(HASH, 0.3)
            )
        assert {c.phase for c in recorder.calls} == {HASH}  # never went on to verify it
        done, total = recorder.phase(HASH)[-1]
        assert 0 < done < total
        assert _state(vault) == before
    finally:
        vault.close()


def test_a_cancel_between_photos_removes_the_photo_files_the_merge_wrote(
    tmp_path: Path, jpeg: Callable[[Path, int], Path]
) -> None:
    field, coord = _vault_pair(tmp_path)
    try:
        records = Records(field)
        obj = records.create(F.OBJECT, {"inventory_number": "P-1", "title": "Jar"})
        photos = [PhotoInput(jpeg(tmp_path / f"p{i}.jpg", i)) for i in range(3)]
        records.edit(obj.record_id, {}, add_photos=photos)
        bundle = _send(field, coord, tmp_path / "photos.fkb")
        before = _state(coord)
        recorder = Recorder()

        def cancel() -> bool:
            return any(done >= 2 for done, _ in recorder.phase(PHOTOS))

        with pytest.raises(CancelledError):
            import_bundle(coord, bundle, progress=recorder, cancel=cancel)
        assert recorder.phase(PHOTOS)[-1] == (2, 3)
        assert _state(coord) == before  # no row, and no file, of the two photos stored
        assert import_bundle(coord, bundle).new_photos == 3
    finally:
        field.close()
        coord.close()


@pytest.fixture
def jpeg() -> Callable[[Path, int], Path]:
    from PIL import Image

    def make(path: Path, seed: int) -> Path:
        Image.new("RGB", (64, 48), (seed * 40 % 256, 90, 160)).save(path, "JPEG")
        return path

    return make


# --- through the GUI -------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fieldkit.gui.app import configure_application
    from fieldkit.gui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    configure_application(app)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    win = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(win)
    win.show()
    yield win
    for dialog in list(win.workspace.dialogs):
        dialog.done(0)
    if win.session is not None:
        win.lock()
    QSettings().clear()


_OFFSCREEN = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@_OFFSCREEN
def test_the_import_dialog_moves_monotonically_to_100_and_cancel_in_the_merge_keeps_nothing(
    big: Exchange, tmp_path: Path, window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from fieldkit.gui.bundles import import_dialog as I
    from fieldkit.gui.progress_page import SCALE

    vault = _fresh(big, tmp_path)
    before = _state(vault)
    window.open_session(vault)

    def open_dialog() -> Any:
        dialog = window.workspace.import_bundles([big.bundle])
        assert isinstance(dialog, I.ImportDialog)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=60_000)
        return dialog

    # 1. Cancel while the worker is held in the middle of the merge: the bundle rolls back.
    reached, gate = threading.Event(), threading.Event()
    merged: list[int] = []
    original = importer._merge_line

    def gated(db: Any, obj: Any, ctx: Any, *rest: Any) -> None:
        merged.append(1)
        if len(merged) == RECORDS // 2:
            reached.set()
            gate.wait(30)
        original(db, obj, ctx, *rest)

    monkeypatch.setattr(importer, "_merge_line", gated)
    dialog = open_dialog()
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        # The page says which step the importer reports (its own label, not a guess).
        qtbot.waitUntil(lambda: dialog.import_page.step.text() == "Merging the records")
        qtbot.mouseClick(dialog.import_page.cancel_button, Qt.MouseButton.LeftButton)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=60_000)
    assert dialog.run is not None and dialog.run.cancelled_at == big.bundle
    assert len(merged) < RECORDS + 5  # the merge stopped soon after Cancel, not at its end
    assert _state(vault) == before
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(importer, "_merge_line", original)

    # 2. The whole import: the bar only moves forward, from 0 to full.
    dialog = open_dialog()
    values: list[int] = []
    dialog.import_page.bar.valueChanged.connect(values.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=120_000)
    assert dialog.run is not None and dialog.run.results[0].new_revisions == RECORDS
    assert values == sorted(values) and values[-1] == SCALE
    assert len({v for v in values if v > SCALE // 2}) > 20  # the merge half moves in steps
    assert window.workspace.objects.rowCount() == RECORDS
