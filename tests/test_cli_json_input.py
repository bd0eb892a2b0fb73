"""`--json FILE|-` (the fields of `object add`, `location add`, …) and `--details FILE|-` (the
further fields of `move` and `handover`) are read by one reader (commands.options.json_fields):
the same cap, the same refusals, word for word, whichever option names the file."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, CliResult, run_cli

from fieldkit import json_input
from fieldkit.vault import Vault

NOT_AN_OBJECT = "The JSON input must be an object of field names and values."


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Any:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str, stdin: str | None = None) -> CliResult:
        old = sys.stdin
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            return run_cli(
                [*args, "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
            )
        finally:
            sys.stdin = old

    return call


def test_add_without_json_says_how_to_give_the_fields(cli: Any) -> None:
    r = cli("location", "add")
    assert r.code == 2
    assert "Give the fields with --json FILE (or --json - to read standard input)." in r.err


def test_json_and_details_refuse_alike(cli: Any, tmp_path: Path) -> None:
    r = cli("location", "add", "--json", "-", stdin="[1, 2]")
    assert r.code == 2 and NOT_AN_OBJECT in r.err
    added = cli("location", "add", "--json", "-", stdin=json.dumps({"code": "S-1", "name": "S"}))
    assert added.code == 0, added.err
    item = cli("object", "add", "--json", "-", stdin=json.dumps({"inventory_number": "A-1"}))
    assert item.code == 0, item.err

    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]")
    r = cli("move", "A-1", "--to", "S-1", "--details", str(listed))
    assert r.code == 2 and NOT_AN_OBJECT in r.err

    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (json_input.MAX_INPUT_BYTES + 1))
    for args in (("location", "add", "--json"), ("move", "A-1", "--to", "S-1", "--details")):
        r = cli(*args, str(huge))
        assert r.code == 2 and "The JSON input is larger than 16 MiB." in r.err

    missing = tmp_path / "missing.json"
    r = cli("move", "A-1", "--to", "S-1", "--details", str(missing))
    assert r.code == 2 and f"The file {missing} does not exist." in r.err

    r = cli("move", "A-1", "--to", "S-1", "--details", "-", stdin='{"notes": "dusty"}')
    assert r.code == 0, r.err
