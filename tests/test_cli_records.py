"""`fieldkit object …` and `fieldkit damage …` from the command line (SPEC §11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.vault import Vault


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path):
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str, stdin: str | None = None):
        import io
        import sys

        if stdin is not None:
            old = sys.stdin
            sys.stdin = io.StringIO(stdin)
        try:
            return run_cli(
                [*args, "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
            )
        finally:
            if stdin is not None:
                sys.stdin = old

    return call


def write_json(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_object_add_show_edit_list(cli, tmp_path: Path) -> None:
    src = write_json(
        tmp_path,
        "o.json",
        {
            "inventory_number": "KYIV-17",
            "title": "Ікона Богородиці",
            "status": "evacuated",
            "salvage_priority": 1,
        },
    )
    added = cli("object", "add", "--json", src)
    assert added.code == 0, added.err
    object_id = added.json["id"]
    assert len(object_id) == 36

    shown = cli("object", "show", "KYIV-17", "--json")
    assert shown.code == 0 and shown.json["title"] == "Ікона Богородиці"
    assert shown.json["id"] == object_id and "photo_overall" in shown.json["object_id_missing"]

    edit = write_json(tmp_path, "e.json", {"status": "in_storage", "maker": "Unknown"})
    edited = cli("object", "edit", object_id[:8], "--json", edit)
    assert edited.code == 0, edited.err

    listed = cli("object", "list", "--json", "--status", "in_storage")
    assert listed.code == 0
    assert [o["id"] for o in listed.json] == [object_id]
    assert cli("object", "list", "--json", "--status", "evacuated").json == []
    assert [o["id"] for o in cli("object", "list", "--json", "--search", "богородиці").json] == [
        object_id
    ]

    history = cli("object", "show", object_id, "--history", "--json").json["history"]
    assert len(history) == 2
    assert history[1]["parents"] == [history[0]["revision"]]
    assert all(h["signature_valid"] for h in history)

    human = cli("object", "show", object_id, "--history")
    assert "Title: Ікона Богородиці" in human.out
    assert "edited: maker, status" in human.out


def test_object_add_from_stdin(cli) -> None:
    result = cli("object", "add", "--json", "-", stdin='{"title": "From a pipe"}')
    assert result.code == 0, result.err
    assert cli("object", "show", result.json["id"], "--json").json["title"] == "From a pipe"


def test_invalid_object_is_exit_1_with_the_field_named(cli, tmp_path: Path) -> None:
    src = write_json(tmp_path, "bad.json", {"title": "x", "status": "misplaced"})
    result = cli("object", "add", "--json", src)
    assert result.code == 1
    assert "status must be one of" in result.err and "Traceback" not in result.err
    assert cli("object", "list", "--json").json == []


def test_bad_json_input_is_a_usage_error(cli, tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json")
    result = cli("object", "add", "--json", str(tmp_path / "broken.json"))
    assert result.code == 2 and "line 1" in result.err
    assert cli("object", "add").code == 2


def test_damage_add_and_list(cli, tmp_path: Path) -> None:
    obj = cli("object", "add", "--json", write_json(tmp_path, "o.json", {"inventory_number": "A1"}))
    report = write_json(
        tmp_path,
        "d.json",
        {
            "severity": "severe",
            "urgency": "immediate",
            "agents": ["water"],
            "event_type": "flood",
            "observed_at": "2026-11-20T08:15",
        },
    )
    added = cli("damage", "add", "--object", "A1", "--json", report)
    assert added.code == 0, added.err
    listed = cli("damage", "list", "--object", "A1", "--json")
    assert listed.code == 0
    assert [d["id"] for d in listed.json] == [added.json["id"]]
    assert listed.json[0]["object_id"] == obj.json["id"]
    assert cli("damage", "list", "--json", "--severity", "minor").json == []


def test_unknown_id_is_exit_1_with_a_hint(cli) -> None:
    result = cli("object", "show", "NOPE-1")
    assert result.code == 1 and "No object has this id" in result.err


def test_delete_hides_but_keeps_history(cli, tmp_path: Path) -> None:
    added = cli("object", "add", "--json", write_json(tmp_path, "o.json", {"title": "Gone"}))
    assert cli("object", "delete", added.json["id"]).code == 0
    assert cli("object", "list", "--json").json == []
    shown = cli("object", "show", added.json["id"], "--history", "--json").json
    assert shown["deleted"] is True and len(shown["history"]) == 2


def test_a_json_input_file_that_is_missing_or_unreadable_is_a_usage_error(
    cli, tmp_path: Path
) -> None:
    missing = cli("object", "add", "--json", str(tmp_path / "nope.json"))
    assert missing.code == 2 and "The file" in missing.err and "does not exist" in missing.err
    folder = cli("object", "add", "--json", str(tmp_path))  # open() refuses a folder
    assert folder.code == 2 and "cannot be read" in folder.err
    assert "Traceback" not in missing.err + folder.err


def test_input_file_error_says_missing_or_unreadable_with_the_callers_class() -> None:
    from fieldkit.errors import CorruptFileError, UsageError, input_file_error

    gone = input_file_error("a.csv", FileNotFoundError())
    assert isinstance(gone, UsageError) and str(gone) == "The file a.csv does not exist."
    denied = input_file_error("a.csv", PermissionError(), CorruptFileError)
    assert type(denied) is CorruptFileError
    assert str(denied) == "The file a.csv cannot be read."
    assert denied.template == "The file {path} cannot be read."


def test_object_show_names_vocabulary_values_in_the_readers_language(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `object show` printed stored codes ("evacuated") and English category names in every
    # language; it now prints the terms the app and the PDFs use. --json keeps the codes.
    src = write_json(
        tmp_path,
        "o.json",
        {"inventory_number": "LYON-3", "title": "Jarre", "status": "evacuated"},
    )
    assert cli("object", "add", "--json", src).code == 0
    monkeypatch.setenv("FIELDKIT_LANG", "fr")
    shown = cli("object", "show", "LYON-3")
    assert shown.code == 0, shown.err
    assert "Évacué" in shown.out and "evacuated" not in shown.out
    assert "Object ID" in shown.out and "Materials" not in shown.out
    assert cli("object", "show", "LYON-3", "--json").json["status"] == "evacuated"


def test_the_lists_name_vocabulary_values_in_the_readers_language(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `object list` printed "evacuated" and `damage list` "moderate" in every language.
    src = write_json(
        tmp_path, "o.json", {"inventory_number": "LYON-4", "title": "Vase", "status": "evacuated"}
    )
    object_id = cli("object", "add", "--json", src).json["id"]
    damage = write_json(
        tmp_path,
        "d.json",
        {"object_id": object_id, "severity": "moderate", "urgency": "high", "agents": ["water"]},
    )
    assert cli("damage", "add", "--json", damage).code == 0
    monkeypatch.setenv("FIELDKIT_LANG", "fr")
    objects = cli("object", "list")
    assert "Évacué" in objects.out and "evacuated" not in objects.out
    reports = cli("damage", "list")
    assert "Modéré" in reports.out and "moderate" not in reports.out
    assert cli("object", "list", "--json").json[0]["status"] == "evacuated"


def test_identity_show_names_the_role_in_the_readers_language(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_LANG", "fr")
    shown = cli("identity", "show")
    assert shown.code == 0, shown.err
    role = next(line for line in shown.out.splitlines() if line.startswith("Rôle"))
    assert "field" not in role and role.split(":", 1)[1].strip()
