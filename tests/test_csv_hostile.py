"""Issue 24, item 9: checking a sheet took time quadratic in its number of (empty) columns."""

from __future__ import annotations

import csv
import io
import time
import tracemalloc
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli_process

from fieldkit.records import csv_import as C
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def french_rows(n: int, start: int = 0) -> list[list[str]]:
    return [[f"INV-{i:05d}", f"Stèle funéraire n° {i}", "évacué", "Réserve B, étagère 3"]
            for i in range(start, start + n)]


FRENCH_HEADER = ["N° d'inventaire", "Titre", "Statut", "Localisation"]
ARABIC = [["رقم الجرد", "العنوان", "Notes"],
          ["BAG-1", "جرة فخارية مزججة", "Musée de Bagdad, salle 3"],
          ["BAG-2", "تمثال من الحجر الجيري", "évacué en 2024"]]
JAPANESE = [["番号", "Title"], ["J-1", "仏像、木造"], ["J-2", "テスト"]]


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path):
    from conftest import run_cli

    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str):
        return run_cli([*args, "--vault", str(vault_path), "--passphrase-file",
                        str(tmp_path / "pw")])

    return call


def objects(vault_path: Path) -> list[dict]:
    with Vault.open(vault_path, PASSPHRASE) as v:
        return [view.fields for view in Records(v).list("object")]


def clean(result) -> None:
    assert "Traceback" not in result.err and "nternal error" not in result.err, result.err


# --- item 9: wide files -------------------------------------------------------------------------


def test_sixteen_thousand_empty_columns_check_and_import_in_linear_time(
    cli, vault_path: Path, tmp_path: Path
) -> None:
    width = 16_000  # under the cap; the old code took minutes (10,000: 25 s, 20,000: 97 s)
    src = tmp_path / "wide.csv"
    src.write_text("Title,Notes" + "," * width + "\n"
                   + "".join(f"Jar {i},note" + "," * width + "\n" for i in range(20)))
    started = time.perf_counter()
    human = cli("object", "import-csv", str(src), "--dry-run")
    report = cli("object", "import-csv", str(src), "--dry-run", "--json")
    done = cli("object", "import-csv", str(src), "--json")
    elapsed = time.perf_counter() - started
    clean(human)
    assert human.code == 0 and report.code == 0 and done.code == 0, done.err
    assert done.json["imported"] == 20
    assert len(report.json["ignored_columns"]) == width
    # Human output stays readable: the empty columns are counted, not listed one by one.
    assert f"Not imported: {width:,} column(s) without a header" in human.err
    assert len(human.err) < 3000, len(human.err)
    # Linear: well under a second here; the quadratic code needed over a minute per run.
    assert elapsed < 20, f"{elapsed:.1f} s for three runs over {width:,} columns"


def test_a_million_columns_are_refused_at_once(vault: Vault, vault_path: Path,
                                               tmp_path: Path) -> None:
    # The 2 MB file with a million columns (over 500 s before), with a real process.
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    src = tmp_path / "million.csv"
    src.write_text("Title" + "," * 1_000_000 + "\nJar" + "," * 1_000_000 + "\n")
    started = time.perf_counter()
    result = run_cli_process(["object", "import-csv", str(src), "--dry-run", "--vault",
                              str(vault_path), "--passphrase-file", str(tmp_path / "pw")],
                             timeout=120)
    assert result.returncode == 1, result.stderr
    assert "has 1,000,001 columns; FieldKit reads at most 16,384" in result.stderr
    assert time.perf_counter() - started < 60


def test_many_unmapped_columns_with_data_are_listed_briefly(cli, tmp_path: Path) -> None:
    header = ["Title"] + [f"Extra {i}" for i in range(5000)]
    src = tmp_path / "extra.csv"
    src.write_text(",".join(header) + "\n" + ",".join(["Jar"] + ["x"] * 5000) + "\n")
    result = cli("object", "import-csv", str(src))
    assert result.code == 2
    assert "'Extra 19' and 4,980 more; nothing was imported." in result.err
    assert len(result.err) < 3000


def test_a_file_without_line_breaks_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    src = tmp_path / "one-line.csv"
    src.write_bytes(b"Title,Notes\n" + b"x," * (3 * 1024 * 1024))
    tracemalloc.start()
    try:
        with pytest.raises(C.CsvFileError, match=r"Line 2 of one-line\.csv is longer than"):
            C.plan_import(src)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 80 * 1024 * 1024, f"peak {peak:,} bytes"
