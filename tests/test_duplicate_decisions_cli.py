"""`fieldkit duplicates list | decide | undo` and `object show` of a merged record (SPEC §11)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, CliResult, run_cli

from fieldkit.vault import Vault


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Any:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> CliResult:
        old = sys.stdin
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            return run_cli(
                [*args, "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")],
                env,
            )
        finally:
            sys.stdin = old

    return call


def _add(cli: Any, data: dict[str, Any]) -> str:
    r = cli("object", "add", "--json", "-", stdin=json.dumps(data))
    assert r.code == 0, r.err
    return str(r.json["id"])


def test_list_decide_show_and_undo_from_the_command_line(cli: Any) -> None:
    a = _add(cli, {"inventory_number": "MCP 1963.28", "title": "Jar"})
    b = _add(cli, {"inventory_number": "mcp-1963-028", "title": "Jarre", "maker": "Hama"})
    _add(cli, {"inventory_number": "X-1", "title": "Other"})
    listed = cli("duplicates", "list", "--json")
    assert listed.code == 0, listed.err
    # (the detector decides the order within a pair, the score and the reasons)
    [found] = listed.json
    assert set(found) == {"a", "b", "score", "reasons"} and {found["a"], found["b"]} == {a, b}
    assert 0 < found["score"] <= 1 and all(isinstance(r, str) for r in found["reasons"])
    human = cli("duplicates", "list")
    assert "MCP 1963.28" in human.out and "1 possible duplicate" in human.err

    r = cli("duplicates", "decide", "MCP 1963.28", b[:8], "--same", "--json")
    assert r.code == 0, r.err
    decision = r.json
    assert (decision["a"], decision["b"], decision["decision"]) == (a, b, "same")
    assert cli("duplicates", "list", "--json").json == []

    shown = cli("object", "show", "mcp-1963-028", "--json")
    assert shown.code == 0 and shown.json["id"] == a
    assert shown.json["maker"] == "Hama" and b in shown.json["cross_references"]
    assert "mcp-1963-028 Jarre was merged into MCP 1963.28 Jar" in shown.err  # names, not ids
    assert [o["id"] for o in cli("object", "list", "--json").json if o["id"] in (a, b)] == [a]

    decisions = cli("duplicates", "list", "--decisions", "--json").json
    assert [d["id"] for d in decisions] == [decision["id"]]

    r = cli("duplicates", "undo", b)
    assert r.code == 0, r.err
    assert "two records again" in r.err
    assert cli("object", "show", b, "--json").json["id"] == b
    again = cli("duplicates", "undo", decision["id"])
    assert again.code == 1 and "already undone" in again.err
    assert cli("duplicates", "list", "--decisions", "--all", "--json").json[0]["undone"] is True


def test_not_same_hides_the_pair_and_errors_are_plain(cli: Any) -> None:
    a = _add(cli, {"inventory_number": "A 1"})
    b = _add(cli, {"inventory_number": "a-01"})
    r = cli("duplicates", "decide", a, b, "--not-same")
    assert r.code == 0 and "not the same object" in r.err
    assert cli("duplicates", "list", "--json").json == []
    twice = cli("duplicates", "decide", b, a, "--same")
    assert twice.code == 1 and "already have a decision" in twice.err
    assert "Traceback" not in twice.err
    unknown = cli("duplicates", "undo", "nothing-like-this")
    assert unknown.code == 1 and "No decision or object has this id." in unknown.err
    usage = cli("duplicates", "decide", a, b)
    assert usage.code == 2


def test_human_output_is_translated(cli: Any) -> None:
    a = _add(cli, {"inventory_number": "A 1"})
    b = _add(cli, {"inventory_number": "a-01"})
    r = cli("duplicates", "decide", a, b, "--not-same", env={"FIELDKIT_LANG": "fr"})
    assert r.code == 0 and "ne sont pas le même objet" in r.err
    r = cli("duplicates", "undo", a, "--json", env={"FIELDKIT_LANG": "uk"})
    assert r.code == 0 and r.json["undone"] is True
    again = cli("duplicates", "undo", a, env={"FIELDKIT_LANG": "fr"})
    assert again.code == 1 and "Aucune décision ne concerne cet objet." in again.err


def test_same_as_is_no_field_a_person_can_type_or_export(cli: Any, tmp_path: Path) -> None:
    a = _add(cli, {"inventory_number": "A 1", "title": "Jar"})
    b = _add(cli, {"inventory_number": "a-01", "title": "Jarre"})
    refused = cli("object", "add", "--json", "-", stdin=json.dumps({"same_as": a}))
    assert refused.code != 0 and "'same_as' is not a field" in refused.err
    refused = cli("object", "edit", b, "--json", "-", stdin=json.dumps({"same_as": a}))
    assert refused.code != 0 and "'same_as' is not a field" in refused.err
    assert cli("duplicates", "decide", a, b, "--same").code == 0
    out = tmp_path / "objects.csv"
    r = cli("export-records", "--format", "csv", "-o", str(out), "a-01")
    assert r.code == 0, r.err
    text = out.read_text(encoding="utf-8-sig")
    assert "same_as" not in text and b not in text.splitlines()[0]
    assert len(text.strip().splitlines()) == 2  # the header and A (named by B's number)
    assert "A 1" in text
