"""The desktop app's windowed table models at scale (SPEC §13: GUI list).

Usage: python benchmarks/gui_list.py [--objects N] [--damage M] [--runs R] [--seed S] [--tmp DIR]

Builds a vault (cheap KDF parameters; unlock is not what is measured) of N objects and M damage
reports, each report about one of the objects, through ``Records.create_many`` in batches of
5,000 (untimed), then reopens it so the first run starts from cold caches, as after unlocking.
Qt runs offscreen. Times, as the median, min and max of R runs, each on a freshly constructed
model (so the model's page cache never helps; SQLite's page cache does after the first run):

- *first page*: construct the model, set its source (one COUNT), ``rowCount``, and ``data()``
  for every column of the first 40 rows (what a list page shows at once);
- *jump to row 90,000*: on a model showing its first page, ``data()`` for every column of 40
  rows from row 90,000 (``N - 50`` when N < 90,001), not yet cached;
- the same after a click on a column header (sort), a status or severity filter and a search
  text (each a model reset: COUNT and first page again);
- *view*: a QTableView set up like the app's list page (fixed 46 px rows, the columns' widths),
  1200 x 800 and shown offscreen: ``setModel`` (the model already has its source) until the
  first page is painted, then ``scrollTo`` row 90,000 (at the top) until it is painted.

Target: first page and jump < 100 ms. Prints a table and, last, one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.gui.app import configure_application
from fieldkit.gui.models.damage_table import DamageTableModel
from fieldkit.gui.models.object_table import ObjectTableModel
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.models.record_table import RecordTableModel
from fieldkit.gui.session import Session
from fieldkit.records import fields as F
from fieldkit.records import vocabularies as v
from fieldkit.records.service import Records
from fieldkit.vault import Vault

FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)  # a benchmark, not a real vault
SECRET = "benchmark passphrase"  # noqa: S105 - throwaway vault in a temp folder
BATCH = 5_000
PAGE_ROWS = 40  # rows of a list page on a laptop screen
JUMP_ROW = 90_000
SEARCH = "stèle"  # a French word, matched with or without its accent
STATUS_FILTER = "in_storage"
SEVERITY_FILTER = "severe"
VIEW_SIZE = (1200, 800)

TITLES = (
    "Stèle funéraire",
    "Jarre à anses",
    "Icône de la Vierge",
    "Statuette en bronze",
    "Lampe à huile",
    "جرة فخارية",
    "لوح مسماري",
    "مخطوطة مزخرفة",
    "تمثال برونزي",
    "Painted vessel",
    "Relief fragment",
    "Carved wooden panel",
    "Ікона святого Миколая",
)
TYPES = ("stele", "jar", "icon", "statuette", "lamp", "tablet", "manuscript", "relief", "panel")
MATERIALS = ("limestone", "terracotta", "tempera on wood", "bronze", "parchment", "oak")
PERIODS = ("Neo-Assyrian", "Ottoman", "Abbasside", "XVIIe siècle", "Late Roman", "1890s")
ASSESSORS = ("Amira Haddad", "Olena Kovalenko", "Jean-Luc Martin", "فاطمة الزهراء", "Sam Okoro")
EVENTS = ("armed_conflict", "looting", "fire", "flood", "structural_failure", "neglect")
# Statuses weighted towards the common ones, as in a real inventory.
STATUSES = (
    "in_storage",
    "in_storage",
    "in_place",
    "in_place",
    "evacuated",
    "on_loan",
    "missing",
    "stolen",
    "destroyed",
)


def object_rows(n: int, seed: int) -> list[dict[str, Any]]:
    """N objects' clean values; inventory numbers shuffled so sorted order is not insert order."""
    rnd = random.Random(seed)
    numbers = list(range(1, n + 1))
    rnd.shuffle(numbers)
    rows: list[dict[str, Any]] = []
    for i, number in enumerate(numbers):
        row: dict[str, Any] = {
            "inventory_number": f"MSL-{number // 1000:03d}-{number % 1000:03d}",
            "institution": "Musée régional",
            "title": f"{TITLES[rnd.randrange(len(TITLES))]} {number}",
            "object_type": TYPES[rnd.randrange(len(TYPES))],
            "status": STATUSES[rnd.randrange(len(STATUSES))],
            "salvage_priority": 1 + rnd.randrange(4),
        }
        if i % 3:  # two objects in three have most of their Object ID filled in
            row["materials_techniques"] = MATERIALS[rnd.randrange(len(MATERIALS))]
            row["date_period"] = PERIODS[rnd.randrange(len(PERIODS))]
            row["subject"] = "Scène votive"
            row["maker"] = "Unknown workshop"
        rows.append(row)
    return rows


def damage_rows(m: int, object_ids: list[str], seed: int) -> list[dict[str, Any]]:
    """M damage reports' clean values, each about one of the objects, observed over three years."""
    rnd = random.Random(seed + 1)
    start = datetime(2023, 1, 1, 6, 0)
    rows: list[dict[str, Any]] = []
    for _ in range(m):
        agents = rnd.sample(v.AGENTS, 1 + rnd.randrange(2))
        rows.append(
            {
                "object_id": object_ids[rnd.randrange(len(object_ids))],
                "observed_at": (
                    start + timedelta(minutes=rnd.randrange(3 * 365 * 24 * 60))
                ).isoformat(timespec="minutes"),
                "assessor": ASSESSORS[rnd.randrange(len(ASSESSORS))],
                "event_type": EVENTS[rnd.randrange(len(EVENTS))],
                "agents": sorted(agents, key=v.AGENTS.index),
                "severity": v.SEVERITY[rnd.randrange(len(v.SEVERITY))],
                "urgency": v.URGENCY[rnd.randrange(len(v.URGENCY))],
                "description": "Fissure le long de la base; traces de suie.",
            }
        )
    return rows


def build(path: Path, n: int, m: int, seed: int) -> None:
    """A vault of n objects and m damage reports, created in batches through create_many."""
    vault, _ = Vault.create(path, SECRET, name="bench", kdf=FAST_KDF)
    with vault:
        records = Records(vault)
        objects = object_rows(n, seed)
        for row in (objects[0], objects[1]):  # the bulk path takes clean values: check a sample
            if F.clean_fields(F.OBJECT, row) != row:
                raise SystemExit("object rows are not clean values")
        ids: list[str] = []
        for start in range(0, n, BATCH):
            ids.extend(records.create_many(F.OBJECT, objects[start : start + BATCH]))
        del objects
        reports = damage_rows(m, ids, seed)
        if reports and F.clean_fields(F.DAMAGE, reports[0]) != reports[0]:
            raise SystemExit("damage rows are not clean values")
        for start in range(0, m, BATCH):
            records.create_many(F.DAMAGE, reports[start : start + BATCH])


def stats(times: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(times), 2),
        "min_ms": round(min(times), 2),
        "max_ms": round(max(times), 2),
    }


def measure(
    runs: int, prepare: Callable[[], Any], act: Callable[[Any], object]
) -> dict[str, float]:
    """Times of ``act(prepare())`` over ``runs`` runs; ``prepare`` is not timed."""
    times = []
    for _ in range(runs):
        state = prepare()
        started = time.perf_counter()
        act(state)
        times.append((time.perf_counter() - started) * 1000)
    return stats(times)


def read_rows(model: RecordTableModel, first: int, count: int = PAGE_ROWS) -> int:
    """``data()`` (display role) for every column of ``count`` rows; how many were non-empty."""
    filled = 0
    for row in range(first, min(first + count, model.rowCount())):
        for column in range(model.columnCount()):
            if model.data(model.index(row, column)):
                filled += 1
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--damage", type=int, default=None, help="damage reports (default: N)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the vault")
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        help="measure this existing vault (passphrase SECRET) instead of building one",
    )
    parser.add_argument("--jump", type=int, default=JUMP_ROW, help="the row jumped to")
    args = parser.parse_args()
    n = args.objects
    m = n if args.damage is None else args.damage
    if n < PAGE_ROWS + 50 or m < 0 or args.runs < 1:
        parser.error(f"--objects must be at least {PAGE_ROWS + 50}, --runs at least 1")
    jump = args.jump if n > args.jump else n - 50
    damage_jump = args.jump if m > args.jump else max(m - 50, 0)

    warnings: list[str] = []

    def qt_messages(kind: QtMsgType, _context: object, message: str) -> None:
        # Every Qt message is a finding (the table says how many; stderr says which).
        warnings.append(message)
        print(f"Qt {kind.name}: {message}", file=sys.stderr)

    qInstallMessageHandler(qt_messages)
    app = QApplication(sys.argv[:1])
    configure_application(app)

    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        path = args.vault or Path(tmp) / "vault"
        started = time.perf_counter()
        if args.vault is None:
            build(path, n, m, args.seed)
        setup_s = time.perf_counter() - started
        with Vault.open(path, SECRET) as vault:  # a fresh process cache, as after unlocking
            session = Session(vault)
            results, notes = run_measures(app, session, args.runs, jump, damage_jump)
            objects = session.records.count(F.OBJECT)
            reports = session.records.count(F.DAMAGE)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"objects: {objects:,}, damage reports: {reports:,} "
        f"(built in {setup_s:.1f} s, not timed); {args.runs} runs, {PAGE_ROWS} rows a page"
    )
    print(f"{'measure':<56}{'median ms':>10}{'min ms':>9}{'max ms':>9}   target < 100 ms")
    for name, r in results.items():
        print(f"{name:<56}{r['median_ms']:>10.1f}{r['min_ms']:>9.1f}{r['max_ms']:>9.1f}")
    for note in notes:
        print(note)
    print(f"peak RSS {peak_mb:,.0f} MB; Qt warnings: {len(warnings)}")
    print(
        json.dumps(
            {
                "benchmark": "gui_list",
                "objects": objects,
                "damage_reports": reports,
                "setup_seconds": round(setup_s, 2),
                "runs": args.runs,
                "page_rows": PAGE_ROWS,
                "results": results,
                "qt_warnings": len(warnings),
                "peak_rss_mb": round(peak_mb, 1),
            }
        )
    )
    return 0


def run_measures(
    app: QApplication, session: Session, runs: int, jump: int, damage_jump: int
) -> tuple[dict[str, dict[str, float]], list[str]]:
    records = session.records
    results: dict[str, dict[str, float]] = {}
    notes: list[str] = []
    title_column = next(i for i, c in enumerate(ObjectTableModel().columns) if c.key == "title")
    type_column = next(
        i for i, c in enumerate(ObjectTableModel().columns) if c.key == "object_type"
    )
    descending = Qt.SortOrder.DescendingOrder
    checks: dict[str, int] = {}

    def objects_model() -> ObjectTableModel:
        model = ObjectTableModel()
        model.set_source(RecordPages(records, F.OBJECT))
        return model

    def damage_model() -> DamageTableModel:
        model = DamageTableModel()
        model.set_source(RecordPages(records, F.DAMAGE))
        return model

    def showing_first_page(make: Callable[[], RecordTableModel]) -> Callable[[], RecordTableModel]:
        def prepare() -> RecordTableModel:
            model = make()
            read_rows(model, 0)
            return model

        return prepare

    def first_page(make: Callable[[], RecordTableModel]) -> Callable[[None], object]:
        def act(_: None) -> None:
            model = make()
            checks[model.kind] = read_rows(model, 0)

        return act

    def jump_to(row: int) -> Callable[[RecordTableModel], object]:
        def act(model: RecordTableModel) -> None:
            before = model.cached_pages
            read_rows(model, row)
            if model.cached_pages == before:
                raise SystemExit(f"row {row:,} was already cached: the jump is not cold")

        return act

    def then(change: Callable[[RecordTableModel], object]) -> Callable[[RecordTableModel], object]:
        def act(model: RecordTableModel) -> None:
            change(model)
            read_rows(model, 0)

        return act

    def nothing() -> None:
        return None

    results["objects: first page"] = measure(runs, nothing, first_page(objects_model))
    results[f"objects: jump to row {jump:,}"] = measure(
        runs, showing_first_page(objects_model), jump_to(jump)
    )
    results["damage: first page"] = measure(runs, nothing, first_page(damage_model))
    if damage_jump:
        results[f"damage: jump to row {damage_jump:,}"] = measure(
            runs, showing_first_page(damage_model), jump_to(damage_jump)
        )
    results["objects sorted by title desc: first page"] = measure(
        runs,
        showing_first_page(objects_model),
        then(lambda model: model.sort(title_column, descending)),
    )

    def sorted_by_title() -> RecordTableModel:
        model = showing_first_page(objects_model)()
        model.sort(title_column, descending)
        read_rows(model, 0)
        return model

    results[f"objects sorted by title desc: jump to row {jump:,}"] = measure(
        runs, sorted_by_title, jump_to(jump)
    )
    results["objects sorted by type of object: first page"] = measure(
        runs,
        showing_first_page(objects_model),
        then(lambda model: model.sort(type_column, Qt.SortOrder.AscendingOrder)),
    )
    results["objects filtered (status): first page"] = measure(
        runs,
        showing_first_page(objects_model),
        then(lambda model: model.set_filters({"status": STATUS_FILTER})),
    )
    results["objects searched: first page"] = measure(
        runs, showing_first_page(objects_model), then(lambda model: model.set_search(SEARCH))
    )

    def filtered_by_title() -> RecordTableModel:
        model = showing_first_page(objects_model)()
        model.set_filters({"status": STATUS_FILTER})
        model.sort(title_column, descending)
        read_rows(model, 0)
        return model

    results["objects status + search, by title desc: first page"] = measure(
        runs, filtered_by_title, then(lambda model: model.set_search(SEARCH))
    )
    results["damage filtered (severity): first page"] = measure(
        runs,
        showing_first_page(damage_model),
        then(lambda model: model.set_filters({"severity": SEVERITY_FILTER})),
    )
    results.update(measure_view(app, objects_model, runs, jump))

    matches = records.count(F.OBJECT, search=SEARCH)
    both = records.count(F.OBJECT, search=SEARCH, status=STATUS_FILTER)
    filtered = records.count(F.OBJECT, status=STATUS_FILTER)
    severe = records.count(F.DAMAGE, severity=SEVERITY_FILTER)
    notes.append(
        f"rows matched: status {STATUS_FILTER} {filtered:,}; search {matches:,}; "
        f"both {both:,}; severity {SEVERITY_FILTER} {severe:,} damage reports"
    )
    for label, model in (("objects", ObjectTableModel()), ("damage", DamageTableModel())):
        unsortable = [c.header for c in model.columns if c.order_by is None]
        notes.append(f"{label}: not sortable (no server-side order): {', '.join(unsortable)}")
    if checks.get(F.OBJECT, 0) == 0 or (records.count(F.DAMAGE) and not checks.get(F.DAMAGE)):
        raise SystemExit("the first page showed no text")
    return results, notes


def measure_view(
    app: QApplication, make: Callable[[], ObjectTableModel], runs: int, jump: int
) -> dict[str, dict[str, float]]:
    """A QTableView set up like the app's list page (fieldkit/gui/pages/record_list.py)."""
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(46)
    vertical.setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()
    first_times: list[float] = []
    scroll_times: list[float] = []
    models: list[ObjectTableModel] = []
    for _ in range(runs):
        model = make()  # constructed with its source (the COUNT) before the clock starts
        started = time.perf_counter()
        view.setModel(model)
        for i, column in enumerate(model.columns):
            view.setColumnWidth(i, column.width)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        app.processEvents()
        view.viewport().grab()
        first_times.append((time.perf_counter() - started) * 1000)
        if model.cached_pages != 1:
            raise SystemExit(f"first paint loaded {model.cached_pages} pages, not 1")
        started = time.perf_counter()
        view.scrollTo(model.index(jump, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        app.processEvents()
        view.viewport().grab()
        scroll_times.append((time.perf_counter() - started) * 1000)
        if view.rowAt(0) != jump:
            raise SystemExit(f"the view shows row {view.rowAt(0):,} at the top, not {jump:,}")
        view.setSortingEnabled(False)
        models.append(model)  # kept alive until the view lets go of it
    view.setModel(None)
    view.close()
    view.deleteLater()
    app.processEvents()
    return {
        "view: first page painted": stats(first_times),
        f"view: scroll to row {jump:,} painted": stats(scroll_times),
    }


if __name__ == "__main__":
    raise SystemExit(main())
