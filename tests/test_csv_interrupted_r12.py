"""A spreadsheet import cut short says so (r12 trial #8): killed at 17 %, the import rolled back
whole (nothing kept, as it must), but nothing told the user, who believed the file was in. The
next import (CLI) or unlock (app) now says it, once."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.errors import FieldKitError
from fieldkit.records import csv_batches
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from fieldkit.records import csv_import as C, csv_mapping, csv_sniff, csv_validate
    from fieldkit.records.service import Records
    from fieldkit.vault import Vault

    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    source = csv_sniff.inspect_csv(Path(sys.argv[3]))
    columns = csv_mapping.map_columns(source.header, {}, undecided=True)
    records = Records(vault)
    plan = csv_validate.plan_import(source, columns, records=records)
    assert plan.ok, plan.errors
    real = C.Validator.row
    seen = [0]

    def row(self, *args, **kwargs):
        seen[0] += 1
        if seen[0] == 40:  # a power cut at 40 of 100 rows
            os._exit(3)
        return real(self, *args, **kwargs)

    C.Validator.row = row
    C.apply_import(records, plan)
    """
)


def _csv(path: Path, n: int) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerows([["N° inventaire", "Titre"]] + [[f"MNB-{i}", f"Vase {i}"] for i in range(n)])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def _killed_import(vault_path: Path, path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(vault_path), PASSPHRASE, str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 3, done.stderr


def test_an_import_killed_half_way_kept_nothing_and_the_next_import_says_so(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    path = _csv(tmp_path / "inventaire.csv", 100)
    _killed_import(vault_path, path)
    with Vault.open(vault_path, PASSPHRASE) as opened:
        records = Records(opened)
        assert records.count(F.OBJECT) == 0  # rolled back whole
        found = csv_batches.interrupted(records)
        assert found is not None and (found.file_name, found.rows) == ("inventaire.csv", 100)
    (tmp_path / "pw").write_text(PASSPHRASE)
    other = _csv(tmp_path / "other.csv", 2)
    common = ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
    said = run_cli(["object", "import-csv", str(other), *common], env={"FIELDKIT_LANG": "fr"})
    assert said.code == 0, said.err
    assert "inventaire.csv" in said.err and "interrompue" in said.err
    again = run_cli(["object", "import-csv", str(_csv(tmp_path / "third.csv", 1)), *common])
    assert "interrupted" not in again.err  # said once


def test_a_finished_or_refused_import_leaves_nothing_to_tell(vault: Vault, tmp_path: Path) -> None:
    from fieldkit.records import csv_import as C
    from fieldkit.records import csv_mapping, csv_sniff, csv_validate

    records = Records(vault)
    path = _csv(tmp_path / "inv.csv", 3)
    source = csv_sniff.inspect_csv(path)
    columns = csv_mapping.map_columns(source.header, {}, undecided=True)
    plan = csv_validate.plan_import(source, columns, records=records)
    C.apply_import(records, plan)
    assert csv_batches.interrupted(records) is None
    path.write_text(path.read_text() + "MNB-9;Vase 9\r\n", encoding="utf-8")  # changed since
    with pytest.raises(FieldKitError):  # refused: the user is told by that error
        C.apply_import(records, plan)
    assert csv_batches.interrupted(records) is None
