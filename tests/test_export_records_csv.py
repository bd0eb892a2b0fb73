"""`export-records --format csv`, and the command line of export-records (SPEC §11).

The CSV round trip: export, then `object import-csv` into an empty vault, gives back the same
fields (cross references to objects of the vault come back as what was typed: their inventory
numbers, since the new vault does not hold the referenced objects under the same ids).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export_records_support import (
    cleaned_or_none,
    create_objects,
    object_rows,
    xmllint_errors,
)

from fieldkit.demo.collection import generate
from fieldkit.exports import export_records
from fieldkit.exports.csv_export import COLUMNS
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def fields_by_number(vault: Vault, *, as_shown: bool = False) -> list[dict[str, Any]]:
    """Each object's fields; ``as_shown``: with the status the app's list shows and where the
    chain of custody places it, as the CSV exports them (r12 trial #0)."""
    records = Records(vault)
    out = []
    views = records.list(F.OBJECT)
    ids = [v.record_id for v in views]
    statuses = C.shown_statuses(vault.db, ids) if as_shown else {}
    places = C.shown_places(vault.db, ids) if as_shown else {}
    for view in views:
        fields = dict(view.fields)
        if view.record_id in statuses:
            fields["status"] = statuses[view.record_id]
        if view.record_id in places:
            fields["current_location"] = places[view.record_id]
        if fields.get("cross_references"):
            fields["cross_references"] = [
                r.typed for r in records.references(fields["cross_references"])
            ]
        out.append(fields)
    return sorted(out, key=lambda f: json.dumps(f, sort_keys=True, ensure_ascii=False))


def import_into_new_vault(make_vault: Any, folder: Path, csv_file: Path) -> Vault:
    vault, _ = make_vault(folder / "empty")
    vault.close()
    (folder / "pw").write_text(PASSPHRASE)
    result = run_cli(
        [
            "--vault",
            str(folder / "empty"),
            "--passphrase-file",
            str(folder / "pw"),
            "object",
            "import-csv",
            str(csv_file),
        ]
    )
    assert result.code == 0, result.err
    return Vault.open(folder / "empty", PASSPHRASE)


def test_demo_vault_round_trips_through_import_csv(make_vault: Any, tmp_path: Path) -> None:
    demo, _ = make_vault(tmp_path / "demo", demo=True)
    generate(demo, 80, seed=5)
    out = tmp_path / "demo.csv"
    summary = export_records(demo, "csv", out)
    assert summary.objects == 80
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(header) == COLUMNS
    copy = import_into_new_vault(make_vault, tmp_path, out)
    try:
        assert fields_by_number(copy) == fields_by_number(demo, as_shown=True)
    finally:
        copy.close()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(object_rows(), min_size=1, max_size=5))
def test_generated_records_round_trip(
    make_vault: Any, tmp_path_factory: Any, rows: list[dict[str, Any]]
) -> None:
    cleaned = [c for c in map(cleaned_or_none, rows) if c is not None]
    # A cell that starts like a formula is written with an apostrophe (a test below).
    # An object with no field at all is a blank row, which a spreadsheet import skips.
    cleaned = [
        c
        for c in cleaned
        if c and not any(isinstance(v, str) and v[:1] in "=+-@" for v in c.values())
    ]
    if not cleaned:
        return
    folder = tmp_path_factory.mktemp("rt")
    vault, _ = make_vault(folder / "v")
    create_objects(vault, cleaned, validate=False)
    out = folder / "x.csv"
    export_records(vault, "csv", out)
    copy = import_into_new_vault(make_vault, folder, out)
    try:
        assert fields_by_number(copy) == fields_by_number(vault)
    finally:
        copy.close()
        vault.close()


def test_cross_references_come_back_as_typed(make_vault: Any, vault: Vault, tmp_path: Path) -> None:
    [a, _b] = create_objects(vault, [{"inventory_number": "A-1"}, {"inventory_number": "B-2"}])
    Records(vault).edit(a, {"cross_references": ["B-2", "British Museum 1856,0909.16"]})
    out = tmp_path / "refs.csv"
    export_records(vault, "csv", out)
    assert "B-2; British Museum 1856,0909.16" in out.read_text(encoding="utf-8-sig")


def test_formula_cells_are_defused(vault: Vault, tmp_path: Path) -> None:
    create_objects(
        vault,
        [
            {
                "inventory_number": "F1",
                "title": '=HYPERLINK("http://x")',
                "notes": "@SUM(A1)",
                "description": "-2 fragments",
                "significance": "-2+3+cmd|' /C calc'!A0",
                "subject": "+1+cmd|' /C calc'!A0",
                "distinguishing_features": "-12.5",
            }
        ],
    )
    out = tmp_path / "f.csv"
    summary = export_records(vault, "csv", out)
    row = next(iter(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines())))
    assert row["title"] == '\'=HYPERLINK("http://x")'
    assert row["notes"] == "'@SUM(A1)"
    # + or - starts a formula unless the whole cell is a number (found in review)
    assert row["significance"] == "'-2+3+cmd|' /C calc'!A0"
    assert row["subject"] == "'+1+cmd|' /C calc'!A0"
    assert row["description"] == "'-2 fragments"
    assert row["distinguishing_features"] == "-12.5"  # a plain number is left alone
    assert summary.warnings and "apostrophe" in summary.warnings[0]


# --- the command line ---------------------------------------------------------------------


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Any:
    create_objects(
        vault,
        [
            {"inventory_number": "C1", "title": "Jar", "status": "missing"},
            {
                "inventory_number": "C2",
                "title": "Lamp",
                "status": "in_storage",
                "current_location": "SECRET-SHELF",
            },
        ],
    )
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def run(*args: str) -> Any:
        return run_cli(
            ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw"), *args]
        )

    return run


def test_cli_exports_each_format(cli: Any, tmp_path: Path) -> None:
    result = cli("export-records", "--format", "lido", "-o", str(tmp_path / "a.xml"), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["objects"] == 2 and data["format"] == "lido"
    assert xmllint_errors(tmp_path / "a.xml") == ""
    result = cli("export-records", "--format", "linked-art", "-o", str(tmp_path / "la"))
    assert result.code == 0 and "2 objects" in result.err
    result = cli(
        "export-records",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "s.csv"),
        "--status",
        "in_storage",
        "--redact-locations",
    )
    assert result.code == 0, result.err
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert "C2" in text and "C1" not in text and "SECRET" not in text
    result = cli("export-records", "--format", "csv", "-o", str(tmp_path / "i.csv"), "C1")
    assert result.code == 0 and "1 object" in result.err


def test_cli_usage_errors(cli: Any, tmp_path: Path) -> None:
    assert cli("export-records", "--format", "pdf", "-o", str(tmp_path / "x")).code == 2
    assert (
        cli("export-records", "--format", "csv", "-o", str(tmp_path / "x"), "--status", "lost").code
        == 2
    )
    assert (
        cli("export-records", "--format", "csv", "-o", str(tmp_path / "nowhere" / "x.csv")).code
        == 2
    )
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "f").write_text("x")
    result = cli("export-records", "--format", "linked-art", "-o", str(tmp_path / "full"))
    assert result.code == 2 and "not empty" in result.err
    assert (
        cli(
            "export-records", "--format", "csv", "-o", str(tmp_path / "y.csv"), "NO-SUCH-OBJECT"
        ).code
        == 1
    )


_ = FAST_KDF
