"""The windowed table models: qtmodeltester, sorting and filtering, 20,000 rows in pages."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from fieldkit.gui.models.damage_table import DamageTableModel
from fieldkit.gui.models.object_table import ObjectTableModel
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.session import Session
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault

from .helpers import make_jpeg

STATUSES = ("in_place", "in_storage", "evacuated", "missing")


def _fill(records: Records, n: int) -> list[str]:
    rows = [
        {
            "inventory_number": f"INV-{i:05d}",
            "title": f"Object number {i}",
            "status": STATUSES[i % len(STATUSES)],
            "salvage_priority": 1 + i % 4,
        }
        for i in range(n)
    ]
    return records.create_many(F.OBJECT, rows)


@pytest.fixture
def session(vault: Vault, tmp_path) -> Session:  # type: ignore[no-untyped-def]
    s = Session(vault)
    ids = _fill(s.records, 30)
    s.records.edit(ids[0], {}, add_photos=[PhotoInput(make_jpeg(tmp_path / "a.jpg"))])
    for i, severity in enumerate(("minor", "severe", "moderate")):
        s.records.create(
            F.DAMAGE,
            {"object_id": ids[i], "severity": severity, "urgency": "high", "assessor": "me"},
        )
    s.records.create(F.DAMAGE, {"site": "North wing", "severity": "destroyed"})
    return s


def test_object_model_passes_qtmodeltester_with_sort_and_filters(session, qtmodeltester, qtbot):  # type: ignore[no-untyped-def]
    thumbnails = ThumbnailCache()
    thumbnails.set_session(session)
    model = ObjectTableModel(thumbnails, page_size=8, max_pages=3)
    model.set_source(RecordPages(session.records, F.OBJECT))
    assert model.rowCount() == 30
    qtmodeltester.check(model)
    # The thumbnail of the first object arrives from the worker, then is a decoration.
    model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: len(thumbnails) == 1)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, 1)) == "INV-00000"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "INV-00029"
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.AscendingOrder)  # status
    qtmodeltester.check(model)
    model.set_filters({"status": "missing"})
    assert model.rowCount() == 30 // 4
    qtmodeltester.check(model)
    model.set_filters({"salvage_priority": 2, "incomplete": True})
    assert model.rowCount() == 8
    model.set_search("number 7")
    assert model.rowCount() == 0  # "7" has priority 4
    model.set_filters({})
    assert model.rowCount() >= 1
    qtmodeltester.check(model)
    thumbnails.clear()


def test_damage_model_passes_qtmodeltester(session, qtmodeltester):  # type: ignore[no-untyped-def]
    model = DamageTableModel(ThumbnailCache())
    model.set_source(RecordPages(session.records, F.DAMAGE))
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    labels = {model.data(model.index(r, 2)) for r in range(4)}
    assert "INV-00001 — Object number 1" in labels
    assert "North wing" in labels
    model.set_filters({"severity": "severe"})
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_windowed_model_over_20000_objects_loads_pages_on_demand(vault: Vault) -> None:
    records = Records(vault)
    _fill(records, 20_000)
    model = ObjectTableModel(None, page_size=200, max_pages=4)
    started = time.perf_counter()
    model.set_source(RecordPages(records, F.OBJECT))
    assert model.rowCount() == 20_000
    assert model.data(model.index(0, 1)) == "INV-00000"
    first = time.perf_counter() - started
    started = time.perf_counter()
    assert model.data(model.index(19_990, 1)) == "INV-19990"
    jump = time.perf_counter() - started
    assert model.cached_pages == 2
    for row in range(0, 20_000, 997):
        assert model.data(model.index(row, 1)) == f"INV-{row:05d}"
    assert model.cached_pages <= 4
    assert model.cached_rows <= 4 * 200
    # Generous bounds (CI machines vary); the benchmark numbers are in the issue note.
    assert first < 1.0 and jump < 1.0
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.cached_pages == 0
    # Sorted in the vocabulary's order (in place, in storage, evacuated, … missing), not by the
    # code's English spelling (r11 UI trial #5), descending here.
    assert model.data(model.index(0, 4)) == "Missing"
    assert model.data(model.index(19_999, 4)) == "In place"
