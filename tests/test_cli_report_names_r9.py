"""The CLI's end lines (uitrial #10, #23): a custody document is named for people in the
command line's language, not by its command code; a restore says the copy must replace the
original, never run beside it (one identity key, forked bundles)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault, backup

pytest.importorskip("fieldkit.reports.custody_documents")

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


@pytest.mark.parametrize(
    ("lang", "name"),
    [("en", "packing list"), ("uk", "пакувальний лист"), ("fr", "liste de colisage")],
)
def test_the_written_line_names_the_document_in_the_cli_language(
    vault: Vault, tmp_path: Path, lang: str, name: str
) -> None:
    Custody(Records(vault)).add_container({"code": "C-001", "kind": "crate"})
    path = vault.path
    vault.close()
    out = tmp_path / "out.pdf"
    result = run_cli(
        ["report", "packing-list", "C-001", "--output", str(out), "--vault", str(path)],
        {**ENV, "FIELDKIT_LANG": lang},
    )
    assert result.code == 0, result.err
    said = result.out + result.err
    assert name in said and "packing-list" not in said
    as_json = run_cli(
        [
            "report",
            "packing-list",
            "C-001",
            "--output",
            str(tmp_path / "b.pdf"),
            "--json",
            "--vault",
            str(path),
        ],
        {**ENV, "FIELDKIT_LANG": lang},
    )
    assert as_json.code == 0 and set(as_json.json) == {"file", "pages", "items", "warnings"}  # type: ignore[arg-type]


def test_a_restore_says_to_use_the_copy_instead_of_the_original(
    vault: Vault, tmp_path: Path
) -> None:
    backup(vault, tmp_path / "backup")
    vault.close()
    result = run_cli(
        ["restore", str(tmp_path / "backup"), "--vault", str(tmp_path / "restored")], ENV
    )
    assert result.code == 0, result.err
    said = result.out + result.err
    assert "same identity key" in said and "INSTEAD" in said and "never both" in said
