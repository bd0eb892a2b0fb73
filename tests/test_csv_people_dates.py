"""A French Excel export as a conservator has it (a new user's trial, 2026-12-06): dates written
14/03/2024, statuses in the words of the app's languages, a column with data that no field takes
and a row without an inventory number. Dates are read day/month/year or month/day/year only when
the file proves it (or the user says so with --date-order): guessing would change dates without
anyone meaning it. Every problem is reported on the first check, not one round after another."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from test_csv_import import objects, write_csv

from fieldkit.vault import Vault

HEADER = ["N° d'inventaire", "Titre", "Date de documentation", "Statut"]


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path):
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str, lang: str = "en"):
        return run_cli(
            [*args, "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")],
            env={"FIELDKIT_LANG": lang},
        )

    return call


def sheet(tmp_path: Path, rows: list[list[str]]) -> Path:
    return write_csv(tmp_path / "inventaire.csv", [HEADER, *rows], delimiter=";")


def test_day_month_year_proven_by_the_file(cli, vault_path: Path, tmp_path: Path) -> None:
    path = sheet(
        tmp_path,
        [
            ["A-1", "Stèle", "12/03/2024", "En réserve"],
            ["A-2", "Jarre", "14/07/2024", "Exposé"],
            ["A-3", "Tapis", "5.11.2023", "Евакуйований"],
        ],
    )
    dry = cli("object", "import-csv", str(path), "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert (dry.json["date_order"], dry.json["date_order_decided"]) == ("dmy", "file")
    done = cli("object", "import-csv", str(path))
    assert done.code == 0, done.err
    assert "read as day/month/year" in done.err
    got = {o["inventory_number"]: (o["date_documented"], o["status"]) for o in objects(vault_path)}
    assert got == {
        "A-1": ("2024-03-12", "in_storage"),
        "A-2": ("2024-07-14", "in_place"),
        "A-3": ("2023-11-05", "evacuated"),
    }


def test_month_day_year_proven_by_the_file(cli, vault_path: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path, [["A-1", "Jar", "03/12/2024", ""], ["A-2", "Bowl", "07/14/2024", ""]])
    assert cli("object", "import-csv", str(path)).code == 0
    dates = sorted(o["date_documented"] for o in objects(vault_path))
    assert dates == ["2024-03-12", "2024-07-14"]


def test_an_order_the_file_does_not_show_is_asked_for(
    cli, vault_path: Path, tmp_path: Path
) -> None:
    path = sheet(tmp_path, [["A-1", "Jar", "05/11/2023", ""], ["A-2", "Bowl", "01/06/2024", ""]])
    refused = cli("object", "import-csv", str(path), "--json")
    assert refused.code == 1
    assert [e["row"] for e in refused.json["errors"]] == [2, 3]
    assert "--date-order" in refused.json["errors"][0]["message"]
    assert objects(vault_path) == []
    given = cli("object", "import-csv", str(path), "--date-order", "mdy", "--json")
    assert given.code == 0, given.err
    assert (given.json["date_order"], given.json["date_order_decided"]) == ("mdy", "given")
    assert sorted(o["date_documented"] for o in objects(vault_path)) == ["2023-05-11", "2024-01-06"]


def test_every_problem_is_said_on_the_first_check(cli, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "inventaire.csv",
        [
            [*HEADER, "Remarques du conservateur"],
            ["A-1", "Stèle", "12/03/2024", "En réserve", "Fissure"],
            ["A-2", "Jarre", "31/02/2024", "Statut inconnu", "Éclat"],
            ["", "Manuscrit", "01/06/2024", "Évacué", "Sans numéro"],
        ],
        delimiter=";",
        encoding="cp1252",
    )
    result = cli("object", "import-csv", str(path), "--dry-run")
    assert result.code == 1
    err = result.err
    assert "row 3, column 'Date de documentation': date_documented is not a date that exists" in err
    assert "row 3, column 'Statut': status must be one of" in err
    assert "These columns hold data but match no field: 'Remarques du conservateur'" in err
    assert "1 row(s) have no inventory number" in err


def test_the_import_time_uses_the_readers_decimal_separator(cli, tmp_path: Path) -> None:
    path = sheet(tmp_path, [["A-1", "Stèle", "2024-03-12", "En place"]])
    result = cli("object", "import-csv", str(path), lang="fr")
    assert result.code == 0, result.err
    assert ",0 s)" in result.err or ",1 s)" in result.err, result.err


def test_a_file_with_both_orders_asks_which(cli, vault_path: Path, tmp_path: Path) -> None:
    """Review 9c: sheets pasted together (14/03/2024 and 03/14/2024) prove both orders; every
    such date is refused asking for --date-order, not called 'a date that does not exist'."""
    path = sheet(tmp_path, [["A-1", "Jar", "14/03/2024", ""], ["A-2", "Bowl", "03/14/2024", ""]])
    refused = cli("object", "import-csv", str(path), "--json")
    assert refused.code == 1
    messages = [e["message"] for e in refused.json["errors"]]
    assert len(messages) == 2 and all("has both" in m for m in messages), messages
    assert objects(vault_path) == []
