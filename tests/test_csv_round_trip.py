"""What FieldKit's CSV export writes, its CSV import reads back unchanged (review 9b, bugs 16
and 17): a dimension of several words ("overall height", which the app takes), a note starting
"- " (the export's apostrophe against spreadsheet formulas is taken off again, exactly one), a
cross reference with a ";" inside ("Smith 1998; p. 12", written "\\;"). A hypothesis test round-
trips texts that start like formulas and list entries with semicolons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.exports import export_records
from fieldkit.records import csv_validate
from fieldkit.records import fields as F
from fieldkit.records.csv_mapping import list_cell
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _import(make_vault: Any, folder: Path, csv_file: Path) -> tuple[Any, Vault]:
    copy, _ = make_vault(folder / "copy")
    copy.close()
    (folder / "pw").write_text(PASSPHRASE)
    result = run_cli(
        [
            "--vault",
            str(folder / "copy"),
            "--passphrase-file",
            str(folder / "pw"),
            "object",
            "import-csv",
            str(csv_file),
        ]
    )
    return result, Vault.open(folder / "copy", PASSPHRASE)


def test_export_then_import_keeps_every_value(
    make_vault: Any, vault: Vault, tmp_path: Path
) -> None:
    fields = {
        "inventory_number": "N-1",
        "title": "=Jar of the 'west' room",
        "notes": "- rim chipped\n- base cracked",
        "maker": "'- quoted by the donor",
        "measurements": [
            {"dimension": "overall height", "value": 32.0, "unit": "cm"},
            {"dimension": "diameter", "value": 20.5, "unit": "cm"},
        ],
        "cross_references": ["Smith 1998; p. 12", "Inv. 44"],
    }
    Records(vault).create(F.OBJECT, fields)
    out = tmp_path / "n.csv"
    export_records(vault, "csv", out)
    result, copy = _import(make_vault, tmp_path, out)
    assert result.code == 0, result.err
    records = Records(copy)
    got = records.list(F.OBJECT)[0].fields
    refs = [r.typed for r in records.references(got.get("cross_references") or [])]
    assert refs == fields["cross_references"]
    for name in ("title", "notes", "maker", "measurements"):
        assert got[name] == fields[name], name
    copy.close()


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(alphabet=st.sampled_from(list("'=+-@ ;a1\t")), min_size=1, max_size=8),
)
def test_a_cell_the_export_writes_is_read_back_as_it_was(text: str) -> None:
    from fieldkit.exports.csv_export import _FORMULA

    written = ("'" + text) if _FORMULA.match(text.lstrip("'")) else text
    assert csv_validate._prepare("notes", written) == text


@settings(max_examples=300)
@given(
    entries=st.lists(
        st.text(alphabet=st.sampled_from(list("ab ;\\")), min_size=1, max_size=6).filter(
            lambda e: e.strip(" ;") == e and e
        ),
        min_size=1,
        max_size=4,
    )
)
def test_list_entries_with_semicolons_round_trip(entries: list[str]) -> None:
    """The export's cell reads back whole, a backslash or ";" inside an entry included."""
    cell = csv_validate._prepare("cross_references", list_cell(entries))
    assert F.clean_value(F.OBJECT, "cross_references", cell) == entries


def test_what_people_type_keeps_semicolon_and_backslash_plain() -> None:
    """Review 9c, bug 2: outside CSV a ";" always separates and a backslash is a backslash
    ("D:\\photos\\; archive box 3" is two references, as typed)."""
    typed = "D:\\photos\\; archive box 3"
    assert F.clean_value(F.OBJECT, "cross_references", typed) == [
        "D:\\photos\\",
        "archive box 3",
    ]


def test_a_mistyped_measurement_is_refused_not_split() -> None:
    """Review 9c, bug 1: "height 2 3 cm" (23 meant) or "height 32 cm 5 mm" is a slip, refused
    as before rather than stored as two parts; "overall height 32 cm" is one."""
    for slip in ("height 2 3 cm", "height 32 cm 5 mm"):
        with pytest.raises(F.ValidationError):
            F.clean_value(F.OBJECT, "measurements", slip)
    assert F.clean_value(F.OBJECT, "measurements", "overall height 32 cm; depth 4,5 cm") == [
        {"dimension": "overall height", "value": 32.0, "unit": "cm"},
        {"dimension": "depth", "value": 4.5, "unit": "cm"},
    ]
