"""`fieldkit object import-csv --undo … --json` (r12): every outcome, success or refusal, is one
JSON object on stdout with the keys of the CLI's other --json refusals (``refused``: null or the
English sentence), and the exit code of the plain-text refusal. Without --json, asking to undo
an import that is not there (none at all, a number no import has, one already undone) is one
plain, translated sentence, never an internal error.

Real vaults in tmp_path, real files, the CLI as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, CliResult, run_cli
from test_csv_r11 import imported, write_csv

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

_KEYS = {"undone", "import", "deleted", "refused", "edited", "merged"}


def _common(vault: Vault, vault_path: Path, tmp_path: Path) -> list[str]:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    return ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]


def _one_object(result: CliResult) -> dict[str, object]:
    """The whole of stdout is one JSON object, and stderr says no refusal of its own."""
    data = json.loads(result.out)
    assert isinstance(data, dict)
    assert set(data) == _KEYS
    assert "fieldkit:" not in result.err
    return data


def test_nothing_to_undo_is_json_with_json(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    common = _common(vault, vault_path, tmp_path)
    for which, sentence in (
        ("LAST", "No spreadsheet import of this vault can be undone."),
        ("7", "This vault has no spreadsheet import 7."),
        ("x", "--undo takes LAST or the number of an import."),
    ):
        result = run_cli(["object", "import-csv", "--undo", which, "--json", *common])
        assert result.code == 2, result.err  # a usage error, as without --json
        assert _one_object(result) == {
            "undone": False,
            "import": None,
            "deleted": 0,
            "refused": sentence,
            "edited": [],
            "merged": [],
        }


def test_an_undo_and_its_repeat_are_json(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"]])
    imported(vault, path)
    common = _common(vault, vault_path, tmp_path)
    done = run_cli(["object", "import-csv", "--undo", "LAST", "--json", *common])
    assert done.code == 0, done.err
    assert _one_object(done) == {
        "undone": True,
        "import": 1,
        "deleted": 1,
        "refused": None,
        "edited": [],
        "merged": [],
    }
    for which in ("LAST", "1"):
        again = run_cli(["object", "import-csv", "--undo", which, "--json", *common])
        assert again.code == 2, again.err
        data = _one_object(again)
        assert (data["undone"], data["import"], data["deleted"]) == (False, 1, 0)
        assert data["refused"] == "The spreadsheet import 1 was already undone."


def test_records_edited_since_are_a_json_refusal(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"], ["A-2", "Vase"]]
    )
    result = imported(vault, path)
    records = Records(vault)
    records.edit(result.ids[1], {"notes": "vu"})
    common = _common(vault, vault_path, tmp_path)
    refused = run_cli(["object", "import-csv", "--undo", "LAST", "--json", *common])
    assert refused.code == 1, refused.err
    data = _one_object(refused)
    assert (data["undone"], data["import"], data["deleted"]) == (False, 1, 0)
    assert data["refused"] == ("1 record(s) of this import were edited since; nothing was deleted.")
    assert data["edited"] == [{"id": result.ids[1], "inventory_number": "A-2"}]
    assert data["merged"] == []


def test_an_object_merged_into_the_import_is_a_json_refusal(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    records = Records(vault)
    old = records.create(F.OBJECT, {"inventory_number": "OLD-1", "title": "Jarre"})
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["MCP 7", "Jarre"]])
    result = imported(vault, path)
    Duplicates(records).decide(result.ids[0], old.record_id, same=True)
    common = _common(vault, vault_path, tmp_path)
    for extra in ([], ["--include-edited"]):
        refused = run_cli(["object", "import-csv", "--undo", "1", "--json", *extra, *common])
        assert refused.code == 1, refused.err
        data = _one_object(refused)
        assert (data["undone"], data["import"], data["deleted"]) == (False, 1, 0)
        assert data["refused"] == (
            "MCP 7 has 1 object(s) merged into it; undo that merge first "
            "(Possible duplicates ▸ Decisions) or keep this record."
        )
        assert data["merged"] == [
            {"id": result.ids[0], "inventory_number": "MCP 7", "merged_objects": 1}
        ]
    with Vault.open(vault_path, PASSPHRASE) as opened:  # nothing was deleted
        numbers = [v.fields["inventory_number"] for v in Records(opened).list(F.OBJECT)]
        assert numbers == ["MCP 7"]


@pytest.mark.parametrize("which", ["99999999999999999999", "9" * 5000])
def test_a_number_too_big_for_any_import_is_a_sentence(
    vault: Vault, vault_path: Path, tmp_path: Path, which: str
) -> None:
    """It was an internal error with a report id (SQLite cannot bind such an integer)."""
    common = _common(vault, vault_path, tmp_path)
    text = run_cli(["object", "import-csv", "--undo", which, *common])
    assert text.code == 2, text.err
    assert f"fieldkit: This vault has no spreadsheet import {which}." in text.err
    assert "internal error" not in text.err
    as_json = run_cli(["object", "import-csv", "--undo", which, "--json", *common])
    assert as_json.code == 2, as_json.err
    assert _one_object(as_json)["refused"] == f"This vault has no spreadsheet import {which}."


def test_a_digit_that_is_no_number_is_a_sentence(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """ "²" passed str.isdigit() and then failed int(): an internal error, now the usage line."""
    common = _common(vault, vault_path, tmp_path)
    result = run_cli(["object", "import-csv", "--undo", "²", *common])
    assert result.code == 2, result.err
    assert "fieldkit: --undo takes LAST or the number of an import." in result.err
    assert "internal error" not in result.err


@pytest.mark.parametrize(
    ("lang", "nothing", "no_such", "already"),
    [
        (
            "fr",
            "Aucune importation de tableur de ce coffre ne peut être annulée.",
            "Ce coffre n’a pas d’importation de tableur 9.",
            "L’importation de tableur 1 a déjà été annulée.",
        ),
        (
            "uk",
            "Жоден імпорт таблиць у цьому сховищі не можна скасувати.",
            "У цьому сховищі немає імпорту таблиці 9.",
            "Імпорт таблиці 1 уже скасовано.",
        ),
    ],
)
def test_each_undo_that_cannot_be_is_one_translated_sentence(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    lang: str,
    nothing: str,
    no_such: str,
    already: str,
) -> None:
    """In the user's language as text; in English in --json (its keys and values are a
    contract, whatever the language)."""
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"]])
    common = _common(vault, vault_path, tmp_path)
    env = {"FIELDKIT_LANG": lang}
    none_yet = run_cli(["object", "import-csv", "--undo", "LAST", *common], env)
    assert (none_yet.code, none_yet.err.splitlines()[-1]) == (2, f"fieldkit: {nothing}")
    assert run_cli(["object", "import-csv", str(path), *common], env).code == 0
    assert run_cli(["object", "import-csv", "--undo", "1", *common], env).code == 0
    missing = run_cli(["object", "import-csv", "--undo", "9", *common], env)
    assert (missing.code, missing.err.splitlines()[-1]) == (2, f"fieldkit: {no_such}")
    twice = run_cli(["object", "import-csv", "--undo", "LAST", *common], env)
    assert (twice.code, twice.err.splitlines()[-1]) == (2, f"fieldkit: {already}")
    as_json = run_cli(["object", "import-csv", "--undo", "LAST", "--json", *common], env)
    assert as_json.code == 2
    assert _one_object(as_json)["refused"] == "The spreadsheet import 1 was already undone."
