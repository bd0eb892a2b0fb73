"""What the desktop app's spreadsheet import reads from the core (records/csv_import.py), so that
the dialog holds no rule of its own: whether the date order must be asked, which errors an answer
would remove, and the errors as the text file a user saves (the CLI's own lines)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from fieldkit.records import csv_import as C
from fieldkit.records import csv_mapping, csv_sniff, csv_validate
from fieldkit.records.service import Records
from fieldkit.vault import Vault

HEADER = ["N° d'inventaire", "Titre", "Date de documentation", "Statut"]


def sheet(tmp_path: Path, rows: list[list[str]]) -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([HEADER, *rows])
    path = tmp_path / "inventaire.csv"
    path.write_bytes(buf.getvalue().encode("cp1252"))
    return path


@pytest.mark.parametrize(
    ("dates", "question"),
    [
        (["14/03/2024", "02/05/2024"], None),  # the file proves day/month/year
        (["05/11/2023", "01/02/2024"], "unknown"),  # no day above 12 anywhere
        (["14/03/2024", "03/14/2024"], "mixed"),  # sheets pasted together
        (["2024-03-14", ""], None),  # no date written for people: nothing to ask
    ],
)
def test_the_date_order_is_asked_only_when_the_file_does_not_prove_it(
    vault: Vault, tmp_path: Path, dates: list[str], question: str | None
) -> None:
    rows = [[f"A-{i}", "Stèle", d, "En réserve"] for i, d in enumerate(dates)]
    plan = csv_validate.plan_import(sheet(tmp_path, rows), records=Records(vault))
    assert C.date_order_question(plan) == question
    if question is not None:
        assert not plan.ok and C.errors_besides_date_order(plan) == []
        answered = csv_validate.plan_import(
            sheet(tmp_path, rows), records=Records(vault), date_order="dmy"
        )
        assert C.date_order_question(answered) is None


def test_errors_besides_the_date_order_are_kept(vault: Vault, tmp_path: Path) -> None:
    rows = [["A-1", "Stèle", "05/11/2023", "Statut inconnu"]]
    plan = csv_validate.plan_import(sheet(tmp_path, rows), records=Records(vault))
    assert C.date_order_question(plan) == "unknown"
    assert [(e.row, e.column) for e in C.errors_besides_date_order(plan)] == [(2, "Statut")]


def test_the_saved_errors_are_the_clis_lines(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_validate, "MAX_ERRORS_KEPT", 3)
    rows = [[f"A-{i}", "Stèle", "31/02/2024", "En réserve"] for i in range(5)]
    path = sheet(tmp_path, rows)
    source = csv_sniff.inspect_csv(path)
    plan = csv_validate.plan_import(
        source, csv_mapping.map_columns(source.header), records=Records(vault), date_order="dmy"
    )
    text = C.errors_text(plan)
    assert text.splitlines() == [
        "row 2, column 'Date de documentation': date_documented is not a date that exists "
        "(such as 31 February).",
        "row 3, column 'Date de documentation': date_documented is not a date that exists "
        "(such as 31 February).",
        "row 4, column 'Date de documentation': date_documented is not a date that exists "
        "(such as 31 February).",
        "… and 2 more.",
    ]
