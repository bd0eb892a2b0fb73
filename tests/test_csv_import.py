"""`fieldkit object import-csv` and the import API (SPEC §4 "Existing inventories", §11)."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli, tree_snapshot

from fieldkit.errors import CancelledError, UsageError
from fieldkit.records import csv_encoding, csv_mapping, csv_sniff, csv_validate
from fieldkit.records import csv_import as C
from fieldkit.records.service import Records
from fieldkit.tasks import Progress
from fieldkit.vault import Vault

ENGLISH = ["Inventory number", "Title", "Type of object", "Materials & techniques", "Status",
           "Date documented", "Measurements"]


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",",
              encoding: str = "utf-8", bom: bool = False) -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def good_row(i: int) -> list[str]:
    return [f"INV-{i:05d}", f"Stèle funéraire n° {i}", "sculpture > relief", "calcaire",
            "in_storage", "2024-05-17", "height 32 cm; width 20 cm"]


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path):
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str):
        return run_cli([*args, "--vault", str(vault_path), "--passphrase-file",
                        str(tmp_path / "pw")])

    return call


def objects(vault_path: Path) -> list[dict]:
    with Vault.open(vault_path, PASSPHRASE) as v:
        return [view.fields for view in Records(v).list("object")]


def no_traceback(result) -> None:
    assert "Traceback" not in result.err and "internal error" not in result.err.lower(), result.err


# --- mapping ----------------------------------------------------------------------------------


def test_headers_map_by_label_spec_name_and_french() -> None:
    header = ["Inventory number", "title", "Materials & techniques", "date_period",
              "N° d'inventaire ", "TITRE", "Matériaux", "Dimensions", "Statut", "Localisation"]
    # English label and French heading for the same field: ambiguous, the user must choose.
    with pytest.raises(UsageError, match="both look like inventory_number"):
        csv_mapping.map_columns(header)
    english = csv_mapping.map_columns(header[:4])
    assert [c.field for c in english] == [
        "inventory_number", "title", "materials_techniques", "date_period"]
    french = csv_mapping.map_columns(header[4:])
    assert [c.field for c in french] == [
        "inventory_number", "title", "materials_techniques", "measurements", "status",
        "current_location"]
    assert all(c.how == "header" for c in french)
    # Nº (ordinal sign) and "Numéro d'inventaire", Arabic and Ukrainian headings too.
    more = csv_mapping.map_columns(["Nº d'inventaire", "العنوان", "Назва об'єкта", "Статус"])
    assert [c.field for c in more] == ["inventory_number", "title", None, "status"]


def test_map_option_overrides_and_skips() -> None:
    header = ["Inv. No.", "Old ref", "Désignation", "Title"]
    maps = ["Old ref=-", "Title=title", "Désignation=object_type"]
    columns = csv_mapping.map_columns(header, maps)
    assert [(c.header, c.field, c.how) for c in columns] == [
        ("Inv. No.", "inventory_number", "header"),
        ("Old ref", None, "skipped"),
        ("Désignation", "object_type", "map"),
        ("Title", "title", "map"),
    ]
    # By position, and a field given by its label.
    columns = csv_mapping.map_columns(["", "x"], ["#1=Inventory number", "x=-"])
    assert columns[0].field == "inventory_number"


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("Title=nonsense", "'nonsense' is not a field"),
        ("Nope=title", "no column 'Nope'"),
        ("Title", "write COLUMN=field"),
        ("#9=title", "no column #9"),
    ],
)
def test_bad_map_is_a_usage_error(cli, tmp_path: Path, option: str, message: str) -> None:
    src = write_csv(tmp_path / "s.csv", [["Inventory number", "Title"], ["A-1", "Jar"]])
    result = cli("object", "import-csv", str(src), "--map", option)
    assert result.code == 2, result.err
    assert message in result.err
    no_traceback(result)


def test_map_imports_a_column_with_an_odd_heading(cli, vault_path: Path, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "s.csv", [["Inv. No.", "Objet (nom)"], ["A-1", "Lampe à huile"]])
    refused = cli("object", "import-csv", str(src))
    assert refused.code == 2 and "'Objet (nom)'" in refused.err and "--map" in refused.err
    assert objects(vault_path) == []
    result = cli("object", "import-csv", str(src), "--map", "Objet (nom)=title", "--json")
    assert result.code == 0, result.err
    assert result.json["imported"] == 1
    assert objects(vault_path)[0] == {"inventory_number": "A-1", "title": "Lampe à huile"}


def test_unmapped_columns_are_refused_unless_skipped(cli, vault_path: Path,
                                                     tmp_path: Path) -> None:
    src = write_csv(tmp_path / "s.csv", [["Title", "Insurance value", "", "Photo"],
                                          ["Jar", "1000", "", ""]])
    refused = cli("object", "import-csv", str(src), "--json")
    assert refused.code == 2
    assert refused.json["unmapped_columns_with_data"] == ["Insurance value"]
    assert refused.json["imported"] == 0 and "refused" in refused.json
    assert objects(vault_path) == []
    ok = cli("object", "import-csv", str(src), "--map", "Insurance value=-", "--json")
    assert ok.code == 0, ok.err
    # Skipped on purpose, or empty: listed as not imported.
    assert ok.json["ignored_columns"] == ["Insurance value", "#3 (no header)", "Photo"]
    assert ok.json["imported"] == 1


# --- encodings and separators -------------------------------------------------------------------


def test_semicolon_cp1252_french_sheet(cli, vault_path: Path, tmp_path: Path) -> None:
    rows = [["N° d'inventaire", "Titre", "Matériaux", "Dimensions", "Statut", "Localisation"],
            ["MQW-1", "Stèle funéraire palmyrénienne", "calcaire", "52 x 40 x 18 cm", "évacué",
             "Réserve B, étagère 3"],
            ["MQW-2", "Lampe à huile", "terre cuite", "height 8,5 cm", "en réserve", "Salle 2"]]
    src = write_csv(tmp_path / "fr.csv", rows, delimiter=";", encoding="cp1252")
    with pytest.raises(UnicodeDecodeError):
        src.read_bytes().decode("utf-8")
    result = cli("object", "import-csv", str(src), "--json")
    assert result.code == 0, result.err
    assert result.json["encoding"] == "cp1252" and result.json["encoding_detected"] is True
    assert result.json["delimiter"] == ";"
    got = {o["inventory_number"]: o for o in objects(vault_path)}
    assert got["MQW-1"]["title"] == "Stèle funéraire palmyrénienne"
    assert got["MQW-1"]["status"] == "evacuated"
    assert got["MQW-1"]["measurements"] == [
        {"dimension": "height", "value": 52.0, "unit": "cm"},
        {"dimension": "width", "value": 40.0, "unit": "cm"},
        {"dimension": "depth", "value": 18.0, "unit": "cm"},
    ]
    assert got["MQW-2"]["measurements"][0]["value"] == 8.5
    assert got["MQW-2"]["status"] == "in_storage"
    assert got["MQW-1"]["current_location"] == "Réserve B, étagère 3"


def test_utf8_bom_is_detected_and_stripped(cli, vault_path: Path, tmp_path: Path) -> None:
    rows = [["Inventory number", "Title"], ["KYIV-17", "Ікона Богородиці Одигітрії"],
            ["BAG-3", "جرة فخارية مزججة"]]
    src = write_csv(tmp_path / "bom.csv", rows, bom=True)
    result = cli("object", "import-csv", str(src), "--json")
    assert result.code == 0, result.err
    assert result.json["encoding"] == "utf-8-sig"
    assert result.json["columns"][0]["field"] == "inventory_number"  # BOM not in the header
    titles = sorted(o["title"] for o in objects(vault_path))
    assert titles == ["Ікона Богородиці Одигітрії", "جرة فخارية مزججة"]


def test_encoding_option_and_late_non_utf8_bytes(tmp_path: Path) -> None:
    # Valid UTF-8 for more than the sniffed sample, then a cp1252 byte: falls back, says so.
    rows = [["Inventory number", "Title"]] + [[f"A-{i}", "plain"] for i in range(8000)]
    rows.append(["A-x", "Musée"])
    src = write_csv(tmp_path / "late.csv", rows, encoding="cp1252")
    assert src.stat().st_size > csv_sniff.SAMPLE_BYTES
    plan = csv_validate.plan_import(src)
    assert plan.ok and plan.rows == 8001 and plan.source.encoding == "cp1252"
    # Forced UTF-8 on it: a clear error, not a traceback.
    with pytest.raises(csv_encoding.CsvFileError, match="not valid UTF-8"):
        csv_validate.plan_import(src, encoding="utf-8")
    with pytest.raises(UsageError, match="unknown encoding"):
        csv_sniff.inspect_csv(src, encoding="klingon")
    latin = csv_validate.plan_import(src, encoding="latin-1")
    assert latin.ok and latin.source.encoding_given


def test_excel_unicode_text_utf16_tab_separated(tmp_path: Path) -> None:
    src = tmp_path / "unicode.txt"
    text = "Titre\tStatut\r\nІкона святого Миколая\tévacué\r\n"
    src.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    plan = csv_validate.plan_import(src)
    assert plan.source.encoding == "utf-16" and plan.source.delimiter == "\t"
    assert plan.ok and plan.rows == 1 and plan.source.header == ("Titre", "Statut")
    # The same bytes without their byte-order mark look binary: say how to read them.
    src.write_bytes(text.encode("utf-16-le"))
    with pytest.raises(csv_encoding.CsvFileError, match="NUL bytes") as info:
        csv_sniff.inspect_csv(src)
    assert "--encoding utf-16" in (info.value.hint or "")
    assert csv_validate.plan_import(src, encoding="utf-16-le").ok


def test_tab_separated_and_excel_sep_line(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "t.tsv", [["Title", "Status"], ["Jar", "missing"]], delimiter="\t")
    assert csv_sniff.inspect_csv(src).delimiter == "\t"
    sep = tmp_path / "sep.csv"
    sep.write_text("sep=|\r\nTitle|Status\r\nJar, big|stolen\r\n", encoding="utf-8")
    source = csv_sniff.inspect_csv(sep)
    assert source.delimiter == "|" and source.header == ("Title", "Status")
    plan = csv_validate.plan_import(source)
    assert plan.ok and plan.rows == 1


# --- validation: all or nothing --------------------------------------------------------------


def sheet_with_two_bad_rows(tmp_path: Path) -> Path:
    rows = [ENGLISH] + [good_row(i) for i in range(2, 21)]  # spreadsheet rows 2..20
    rows[6][4] = "lost_somewhere"  # rows[0] is spreadsheet row 1: this is row 7, bad status
    rows[11][5] = "17 May 2024"  # row 12: a date in no form FieldKit reads (17/05/2024 now is)
    return write_csv(tmp_path / "bad.csv", rows)


def test_bad_rows_import_nothing_and_name_row_and_column(cli, vault_path: Path,
                                                          tmp_path: Path) -> None:
    src = sheet_with_two_bad_rows(tmp_path)
    result = cli("object", "import-csv", str(src), "--json")
    assert result.code == 1
    assert result.json["imported"] == 0 and result.json["error_count"] == 2
    assert [(e["row"], e["column"], e["field"]) for e in result.json["errors"]] == [
        (7, "Status", "status"), (12, "Date documented", "date_documented")]
    assert "must be one of" in result.json["errors"][0]["message"]
    assert "YYYY-MM-DD" in result.json["errors"][1]["message"]
    assert objects(vault_path) == []
    human = cli("object", "import-csv", str(src))
    assert human.code == 1
    assert "row 7, column 'Status': status must be one of" in human.err
    assert "row 12, column 'Date documented'" in human.err
    assert "nothing was imported" in human.err
    assert objects(vault_path) == []


def test_all_errors_of_a_row_are_reported_and_long_lists_are_cut(cli, tmp_path: Path) -> None:
    rows = [ENGLISH] + [[f"I-{i}", "t", "", "", "nope", "never", "tall"] for i in range(80)]
    src = write_csv(tmp_path / "many.csv", rows)
    plan = csv_validate.plan_import(src)
    assert plan.error_count == 240 and plan.rows_with_errors == 80
    assert {e.field for e in plan.errors if e.row == 2} == {
        "status", "date_documented", "measurements"}
    result = cli("object", "import-csv", str(src))
    assert result.code == 1
    assert result.err.count("row ") >= 50 and "and 190 more" in result.err


def test_good_5000_rows_import_quickly_and_completely(cli, vault_path: Path,
                                                      tmp_path: Path) -> None:
    rows = [ENGLISH] + [good_row(i) for i in range(5000)]
    rows[2500 + 1][1] = "Albarelle à décor bleu et noir"
    src = write_csv(tmp_path / "big.csv", rows)
    started = time.perf_counter()
    result = cli("object", "import-csv", str(src), "--json")
    elapsed = time.perf_counter() - started
    assert result.code == 0, result.err
    assert result.json["imported"] == 5000 and len(result.json["ids"]) == 5000
    assert elapsed < 5, f"5,000 rows took {elapsed:.1f} s"
    with Vault.open(vault_path, PASSPHRASE) as v:
        records = Records(v)
        assert records.count("object") == 5000
        spot = records.get("INV-02500").fields
        assert spot["title"] == "Albarelle à décor bleu et noir"
        assert spot["measurements"][1] == {"dimension": "width", "value": 20.0, "unit": "cm"}
        found = records.list("object", search="albarelle")
        assert [f.fields["inventory_number"] for f in found] == ["INV-02500"]
        # One transaction, one audit event for the whole sheet.
        actions = [r[0] for r in v.db.execute("SELECT action FROM audit")]
        assert actions.count("csv_imported") == 1 and "record_created" not in actions


def test_dry_run_changes_no_file(cli, vault_path: Path, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "s.csv", [ENGLISH] + [good_row(i) for i in range(50)])
    before = tree_snapshot(vault_path)
    result = cli("object", "import-csv", str(src), "--dry-run", "--json")
    assert result.code == 0, result.err
    assert result.json["dry_run"] is True
    assert result.json["would_import"] == 50 and result.json["imported"] == 0
    assert tree_snapshot(vault_path) == before
    human = cli("object", "import-csv", str(src), "--dry-run")
    assert human.code == 0 and "50 object(s) would be imported" in human.err
    assert tree_snapshot(vault_path) == before
    # Errors in a dry run: exit 1, still nothing changed.
    bad = cli("object", "import-csv", str(sheet_with_two_bad_rows(tmp_path)), "--dry-run")
    assert bad.code == 1 and tree_snapshot(vault_path) == before


def test_duplicates_are_warned_not_refused(cli, vault_path: Path, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "one.csv", [["Inventory number", "Title"], ["A-1", "Jar"]])
    assert cli("object", "import-csv", str(first)).code == 0
    rows = [["Inventory number", "Title"], ["A-1", "Jar again"], ["B-2", "Bowl"],
            ["B-2", "Bowl (twin)"], ["C-3", "Coin"]]
    src = write_csv(tmp_path / "dups.csv", rows)
    dry = cli("object", "import-csv", str(src), "--dry-run", "--json")
    assert dry.code == 0
    assert dry.json["duplicates"] == {
        "in_file": [{"inventory_number": "B-2", "rows": [3, 4]}],
        "in_vault": [{"inventory_number": "A-1", "rows": [2]}],
    }
    assert any("already in the vault" in w for w in dry.json["warnings"])
    result = cli("object", "import-csv", str(src))
    assert result.code == 0, result.err
    assert "duplicate inventory numbers in the file: B-2 (rows 3, 4)" in result.err
    assert "already in the vault: A-1" in result.err
    assert len(objects(vault_path)) == 5


def test_cross_references_resolve_to_objects_or_stay_free_text(
    cli, vault_path: Path, tmp_path: Path
) -> None:
    first = write_csv(
        tmp_path / "one.csv", [["Inventory number", "Title"], ["A-1", "Jar"], ["D-1", "x"],
                               ["D-1", "y"]]
    )
    assert cli("object", "import-csv", str(first)).code == 0
    rows = [["Inventory number", "Title", "Cross references"], ["A-2", "Lid", "A-1"],
            ["A-3", "Base", "A-1; British Museum 1856,0909.16"], ["A-4", "Cup", "D-1"]]
    src = write_csv(tmp_path / "refs.csv", rows)
    bad = cli("object", "import-csv", str(src), "--json")
    assert bad.code == 1  # D-1 is the number of two objects: which one is meant?
    assert [(e["row"], e["field"]) for e in bad.json["errors"]] == [(4, "cross_references")]
    fixed = write_csv(tmp_path / "refs2.csv", rows[:3])
    assert cli("object", "import-csv", str(fixed)).code == 0
    with Vault.open(vault_path, PASSPHRASE) as v:
        records = Records(v)
        jar = records.resolve("A-1")
        assert records.get("A-2").fields["cross_references"] == [jar]
        # Another institution's number is a reference the Object ID standard allows.
        assert records.get("A-3").fields["cross_references"] == [
            jar,
            "British Museum 1856,0909.16",
        ]


# --- transactions --------------------------------------------------------------------------


def test_cancel_or_crash_mid_import_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "s.csv", [ENGLISH] + [good_row(i) for i in range(700)])
    records = Records(vault)
    plan = csv_validate.plan_import(src, records=records)
    calls = []

    def cancel_late() -> bool:
        calls.append(1)
        return len(calls) >= 600  # polled per row: chunks were written inside the transaction

    with pytest.raises(CancelledError):
        C.apply_import(records, plan, cancel=cancel_late)
    assert records.count("object") == 0

    def crash() -> bool:
        if len(calls) > 600:
            raise RuntimeError("power cut")
        calls.append(1)
        return False

    with pytest.raises(RuntimeError):
        C.apply_import(records, plan, cancel=crash)
    assert records.count("object") == 0
    done: list[Progress] = []
    result = C.apply_import(records, plan, progress=done.append)
    assert result.imported == 700 and records.count("object") == 700
    assert {p.phase for p in done} == {"import"}
    assert [p.done for p in done] == sorted(p.done for p in done)  # never backwards
    assert (done[0].done, done[-1].done, done[-1].total) == (0, 700, 700)


def test_file_changed_after_the_plan_imports_nothing(vault: Vault, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "s.csv", [ENGLISH] + [good_row(i) for i in range(10)])
    records = Records(vault)
    plan = csv_validate.plan_import(src, records=records)
    write_csv(src, [ENGLISH] + [good_row(i) for i in range(10)] + [good_row(99)])
    with pytest.raises(csv_encoding.CsvFileError, match="changed"):
        C.apply_import(records, plan)
    assert records.count("object") == 0


# --- hostile and odd files ----------------------------------------------------------------


def test_empty_rows_skipped_and_header_only(cli, vault_path: Path, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "gaps.csv", [["Title"], ["Jar"], [""], [], ["Bowl"]])
    result = cli("object", "import-csv", str(src), "--json")
    assert result.code == 0, result.err
    assert result.json["imported"] == 2 and result.json["empty_rows_skipped"] == 2
    header_only = write_csv(tmp_path / "h.csv", [["Title", "Status"]])
    result = cli("object", "import-csv", str(header_only), "--json")
    assert result.code == 0, result.err
    assert result.json["imported"] == 0 and result.json["rows"] == 0
    assert len(objects(vault_path)) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "NUL bytes"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"x" * 200, "workbook (.xlsx or .ods)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Excel 97-2003"),
        (b"Title,Status\nJar\x00,missing\n", "NUL bytes"),
        (b"", "empty"),
        (b"\r\n\r\n  \r\n", "empty"),
        (bytes(range(1, 32)) * 50, "binary data"),
        (b'Title,Status\nJar,"missing\nBowl,stolen\n', "quote (\") is left open"),
        (b'Title,Status\n"Jar"x,missing\n', "Row 2 of"),
        (b"Title\n" + b"a" * 200_000 + b"\n", "longer than 131,072"),
    ],
)
def test_hostile_files_give_clear_errors(cli, vault_path: Path, tmp_path: Path,
                                         content: bytes, message: str) -> None:
    src = tmp_path / "hostile.csv"
    src.write_bytes(content)
    result = cli("object", "import-csv", str(src))
    assert result.code == 1, result.err
    assert message in result.err
    no_traceback(result)
    assert objects(vault_path) == []


def test_not_a_file(cli, tmp_path: Path) -> None:
    missing = cli("object", "import-csv", str(tmp_path / "nope.csv"))
    assert missing.code == 2 and "does not exist" in missing.err
    folder = cli("object", "import-csv", str(tmp_path))
    assert folder.code == 2 and "is a folder" in folder.err
    bad_delimiter = write_csv(tmp_path / "s.csv", [["Title"], ["Jar"]])
    result = cli("object", "import-csv", str(bad_delimiter), "--delimiter", "ab")
    assert result.code == 2 and "--delimiter" in result.err


def test_ragged_rows_huge_cells_nul_and_formulas(cli, vault_path: Path, tmp_path: Path) -> None:
    rows = [["Inventory number", "Title", "Notes"],
            ["A-1", "Jar"],  # short row: the missing cells are empty
            ["A-2", "Bowl", "ok", "", ""],  # trailing empty cells: fine
            ["A-3", "Cup", "ok", "surprise"],  # an extra cell with data: an error
            ["A-4", "x" * 30_000, "ok"]]  # longer than a field may be
    # A NUL far from the start of the file (the start is checked as a whole) is a cell error.
    rows += [[f"P-{i}", "padding", "ok"] for i in range(3000)] + [["A-5", "Lamp\x00", "ok"]]
    src = write_csv(tmp_path / "ragged.csv", rows)
    assert src.stat().st_size > csv_sniff.SAMPLE_BYTES
    result = cli("object", "import-csv", str(src), "--json")
    assert result.code == 1
    errors = [(e["row"], e["column"]) for e in result.json["errors"]]
    assert errors == [(4, None), (5, "Title"), (3006, "Title")]
    messages = [e["message"] for e in result.json["errors"]]
    assert "4 cells but the header has 3 columns" in messages[0]
    assert "longer than 20000" in messages[1] and "control characters" in messages[2]
    assert objects(vault_path) == []
    # Formula-looking cells are text: stored as typed, never evaluated; the report says so.
    formulas = write_csv(tmp_path / "f.csv", [
        ["Inventory number", "Title", "Notes"],
        ["=1+1", "=cmd|' /C calc'!A0", "@SUM(A1:A2)"],
        ["A-6", "-2+3", "+33 1 23 45"]])
    ok = cli("object", "import-csv", str(formulas), "--json")
    assert ok.code == 0, ok.err
    assert ok.json["formula_like_cells"] == 3  # not "-2+3" nor "+33 1 23 45": numbers
    got = {o["inventory_number"]: o for o in objects(vault_path)}
    assert got["=1+1"]["title"] == "=cmd|' /C calc'!A0"
    assert got["=1+1"]["notes"] == "@SUM(A1:A2)"
    assert got["A-6"]["title"] == "-2+3"


def test_row_cap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(csv_sniff, "MAX_ROWS", 100)
    src = write_csv(tmp_path / "s.csv", [["Title"]] + [[f"t{i}"] for i in range(150)])
    with pytest.raises(csv_encoding.CsvFileError, match="more than 100 rows"):
        csv_validate.plan_import(src)
    monkeypatch.setattr(csv_sniff, "MAX_BYTES", 10)
    with pytest.raises(csv_encoding.CsvFileError, match="larger than"):
        csv_sniff.inspect_csv(src)
