"""Issue 24, items 4 and 9: CSV files in the wrong or a mixed encoding, and very wide files.

Item 4: one stray byte used to turn a whole UTF-8 sheet into Windows-1252 (every accent
garbled), a Shift-JIS file was read as Latin-1 and an Arabic (cp1256) one as Windows-1252. The
encoding is now decided on the whole file, and FieldKit refuses and asks rather than guess.
Item 9: checking a sheet took time quadratic in its number of (empty) columns.
"""

from __future__ import annotations

import csv
import io
import time
import tracemalloc
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli_process, tree_snapshot
from test_csv_import import no_traceback, objects

from fieldkit.records import csv_encoding, csv_sniff, csv_validate
from fieldkit.records import csv_encoding as E
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


# --- item 4: the encoding is decided on the whole file ------------------------------------------


@pytest.mark.parametrize("where", ["in the first rows", "after the first 64 KiB"])
def test_utf8_sheet_with_one_stray_byte_is_refused_naming_its_line(
    cli, vault_path: Path, tmp_path: Path, where: str
) -> None:
    # 6,001 rows of UTF-8 with accents; one Windows-1252 "é" typed into one row.
    rows = [FRENCH_HEADER, *french_rows(6001)]
    data = csv_bytes(rows)
    row = 3 if where == "in the first rows" else 4202  # the spreadsheet row (= line here)
    at = data.index(f"INV-{row - 2:05d},".encode())
    data = data[:at] + b"Mus\xe9e " + data[at:]
    assert (at > csv_sniff.SAMPLE_BYTES) == (row == 4202)
    src = tmp_path / "inventaire.csv"
    src.write_bytes(data)
    before = tree_snapshot(vault_path)
    result = cli("object", "import-csv", str(src))
    no_traceback(result)
    assert result.code == 1, result.err
    assert f"UTF-8 text except for 1 byte(s) that are not UTF-8, on line {row}." in result.err
    assert "--encoding" in result.err
    assert tree_snapshot(vault_path) == before
    # A dry run says the same: nothing is read in a guessed encoding.
    dry = cli("object", "import-csv", str(src), "--dry-run", "--json")
    assert dry.code == 1 and f"on line {row}." in dry.err


def test_stray_bytes_on_many_lines_name_the_first_ten(tmp_path: Path) -> None:
    rows = [FRENCH_HEADER, *french_rows(3000)]
    lines = csv_bytes(rows).split(b"\r\n")
    for n in (5, 6, 100, 101, 102, 103, 104, 105, 106, 107, 2000):  # 1-based line numbers
        lines[n - 1] += b"\x92"  # a Windows-1252 apostrophe
    src = tmp_path / "s.csv"
    src.write_bytes(b"\r\n".join(lines))
    with pytest.raises(csv_encoding.CsvFileError) as info:
        csv_sniff.inspect_csv(src)
    assert info.value.message.endswith(
        "11 byte(s) that are not UTF-8, on lines 5, 6, 100, 101, 102, 103, 104, 105, 106, 107 "
        "and more."
    )


def test_utf8_and_windows_1252_halves_are_refused(cli, vault_path: Path, tmp_path: Path) -> None:
    # Two exports pasted together: the old code read the UTF-8 half as Windows-1252.
    src = tmp_path / "joined.csv"
    src.write_bytes(csv_bytes([FRENCH_HEADER, *french_rows(500)])
                    + csv_bytes(french_rows(500, 500), "cp1252"))
    result = cli("object", "import-csv", str(src))
    no_traceback(result)
    assert result.code == 1 and "not UTF-8, on lines 502, 503, 504" in result.err
    assert objects(vault_path) == []


def test_arabic_windows_1256_sheet_is_not_read_as_windows_1252(
    cli, vault_path: Path, tmp_path: Path
) -> None:
    src = tmp_path / "baghdad.csv"
    src.write_bytes(csv_bytes(ARABIC, "cp1256"))
    refused = cli("object", "import-csv", str(src))
    no_traceback(refused)
    assert refused.code == 1, refused.err
    assert "cannot tell its encoding for sure" in refused.err
    assert "--encoding" in refused.err and "cp1256" in refused.err
    assert objects(vault_path) == []
    # Told the encoding, the letters come out right.
    result = cli("object", "import-csv", str(src), "--encoding", "cp1256", "--map", "Notes=notes",
                 "--json")
    assert result.code == 0, result.err
    assert result.json["encoding"] == "cp1256" and result.json["encoding_detected"] is False
    got = {o["inventory_number"]: o for o in objects(vault_path)}
    assert got["BAG-1"]["title"] == "جرة فخارية مزججة"
    assert got["BAG-1"]["notes"] == "Musée de Bagdad, salle 3"


def test_shift_jis_sheet_is_not_read_as_latin_1(cli, vault_path: Path, tmp_path: Path) -> None:
    src = tmp_path / "tokyo.csv"
    src.write_bytes(csv_bytes(JAPANESE, "shift_jis"))
    refused = cli("object", "import-csv", str(src))
    no_traceback(refused)
    assert refused.code == 1 and "cannot tell its encoding for sure" in refused.err
    assert objects(vault_path) == []
    ok = cli("object", "import-csv", str(src), "--encoding", "shift_jis", "--map", "番号=-")
    assert ok.code == 0, ok.err
    assert sorted(o["title"] for o in objects(vault_path)) == ["テスト", "仏像、木造"]


TEXTS = {
    "ukrainian": "Ікона Богородиці Одигітрії, дерево, темпера",
    "greek": "Αμφορέας με μαύρο διάκοσμο",
    "hebrew": "כד חרס מזוגג",
    "turkish": "Kılıç ve gümüş şişe, Osmanlı dönemi",
    "polish": "Głowa świętego, drewno polichromowane",
    "czech": "Příliš žluťoučký kůň, dřevo",
    "french-mac": "Stèle funéraire, château, évacué",
    "chinese": "青花瓷瓶，明代",
    "korean": "도자기 항아리, 조선",
}


@pytest.mark.parametrize(
    ("language", "encoding"),
    [("ukrainian", "cp1251"), ("ukrainian", "koi8_u"), ("greek", "cp1253"),
     ("hebrew", "cp1255"), ("turkish", "cp1254"), ("polish", "cp1250"), ("czech", "cp1250"),
     ("french-mac", "mac-roman"), ("chinese", "gbk"), ("chinese", "big5"), ("korean", "euc_kr")],
)
def test_other_legacy_encodings_are_refused_not_guessed(tmp_path: Path, language: str,
                                                         encoding: str) -> None:
    src = tmp_path / "s.csv"
    src.write_bytes(csv_bytes([["Inventory number", "Title"], ["X-1", TEXTS[language]],
                               ["X-2", "Museum"]], encoding))
    with pytest.raises(csv_encoding.CsvFileError, match="cannot tell its encoding for sure"):
        csv_sniff.inspect_csv(src)
    source = csv_sniff.inspect_csv(src, encoding=encoding)
    assert csv_validate.plan_import(source).samples[0][1][1] == ("Title", TEXTS[language])


WESTERN = {
    "french": ["Stèle funéraire palmyrénienne", "Lampe à huile, cœur de l’objet", "évacué"],
    "spanish": ["¿Qué es? Año del niño", "Cerámica «azul»", "señal"],
    "german": ["Größe „Vase“ für Müller", "Holzschnitt, Öl", "Äbtissin"],
    "portuguese": ["Ação da coleção", "Azulejo, séc. XVIII", "pão"],
    "italian": ["Città, è così", "Perché no — più tardi", "Anfora"],
    "dutch-danish": ["Café Ødegård", "Skål, Århus", "geëvacueerd"],
}


@pytest.mark.parametrize("language", sorted(WESTERN))
def test_western_windows_1252_sheets_are_still_detected(tmp_path: Path, language: str) -> None:
    # Excel "CSV" on a French, Spanish, German… Windows: the most common legacy file.
    rows = [["Inventory number", "Title", "Notes", "Status"]]
    notes = "H×L×P 32×20×5 cm, Ø 12 cm, N°inv. “ancien” 1 200 € – 2ªed, 2° étage"
    rows += [[f"W-{i}", WESTERN[language][i % 3], notes, "in_storage"] for i in range(30)]
    src = tmp_path / "w.csv"
    src.write_bytes(csv_bytes(rows, "cp1252", ";"))
    source = csv_sniff.inspect_csv(src)
    assert source.encoding == "cp1252" and not source.encoding_given
    assert "Western European" in source.encoding_how
    plan = csv_validate.plan_import(source, ["Notes=notes"])
    assert plan.ok and plan.rows == 30
    assert plan.samples[0][1][1] == ("Title", WESTERN[language][0])


def test_excel_utf8_with_and_without_bom_and_utf16_are_read_whole(tmp_path: Path) -> None:
    rows = [FRENCH_HEADER, *french_rows(2000), ["AR-1", ARABIC[1][1], "evacuated", "Kyiv"]]
    for name, data, codec in (
        ("plain.csv", csv_bytes(rows), "utf-8"),
        ("excel-utf8.csv", b"\xef\xbb\xbf" + csv_bytes(rows), "utf-8-sig"),
        ("unicode.txt", b"\xff\xfe" + csv_bytes(rows, "utf-16-le", "\t"), "utf-16"),
    ):
        src = tmp_path / name
        src.write_bytes(data)
        source = csv_sniff.inspect_csv(src)
        assert source.encoding == codec, name
        plan = csv_validate.plan_import(source)
        assert plan.ok and plan.rows == 2001, name
        assert ("Titre", "Stèle funéraire n° 0") in plan.samples[0][1], name
    # A BOM does not excuse a stray byte further on.
    src = tmp_path / "bom-stray.csv"
    src.write_bytes(b"\xef\xbb\xbf" + csv_bytes(rows).replace(b"INV-01500", b"INV-\xe91500"))
    with pytest.raises(csv_encoding.CsvFileError, match="not UTF-8, on line 1502"):
        csv_sniff.inspect_csv(src)


def test_wrong_encoding_option_names_the_lines_that_do_not_decode(cli, tmp_path: Path) -> None:
    # ASCII for far more than any read-ahead buffer, then Windows-1252 on lines 8002 and 8004.
    rows = [["Inventory number", "Title"]] + [[f"A-{i}", "plain"] for i in range(8000)]
    rows += [["A-x", "Musée"], ["A-y", "plain"], ["A-z", "Bâton"]]
    src = tmp_path / "late.csv"
    src.write_bytes(csv_bytes(rows, "cp1252"))
    result = cli("object", "import-csv", str(src), "--encoding", "utf-8")
    no_traceback(result)
    assert result.code == 1
    assert "is not valid UTF-8 text: lines 8002, 8004 cannot be read as UTF-8." in result.err
    japanese = tmp_path / "ja.csv"
    japanese.write_bytes(csv_bytes(JAPANESE, "shift_jis") + b"J-3,\x81\x20broken\r\n")
    with pytest.raises(csv_encoding.CsvFileError, match="line 4 cannot be read as Shift-JIS"):
        csv_sniff.inspect_csv(japanese, encoding="shift_jis")
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(b"\xff\xfe" + "Title\r\nJar\r\nBowl\r\n".encode("utf-16-le") + b"\x00\xd8"
                      + "x\r\n".encode("utf-16-le"))
    with pytest.raises(csv_encoding.CsvFileError, match="line 4 cannot be read as UTF-16"):
        csv_sniff.inspect_csv(utf16)
    bad = cli("object", "import-csv", str(src), "--encoding", "base64")
    assert bad.code == 2 and "unknown encoding" in bad.err
    # UTF-16 without its byte-order mark: Python cannot read it as "utf-16"; say what to give.
    no_bom = tmp_path / "no-bom.txt"
    no_bom.write_bytes("Title\r\nJar\r\n".encode("utf-16-le"))
    result = cli("object", "import-csv", str(no_bom), "--encoding", "utf-16")
    no_traceback(result)
    assert result.code == 1 and "does not start with a UTF-16 byte-order mark" in result.err
    assert "--encoding utf-16-le" in result.err


def test_dry_run_shows_rows_as_read_with_the_encoding_and_how(
    cli, vault_path: Path, tmp_path: Path
) -> None:
    rows = [FRENCH_HEADER] + [[f"P-{i}", "Plain title", "evacuated", "Room 1"] for i in range(40)]
    rows += [["MQW-1", "Stèle funéraire palmyrénienne", "évacué", "Réserve B"],
             ["MQW-2", "Evil", "missing", "x"]]
    src = tmp_path / "fr.csv"
    src.write_bytes(csv_bytes(rows[:-1], "cp1252", ";"))
    before = tree_snapshot(vault_path)
    human = cli("object", "import-csv", str(src), "--dry-run")
    no_traceback(human)
    assert human.code == 0, human.err
    assert "Encoding: Windows-1252 (detected: not UTF-8, and its " in human.err
    assert "Rows as read (Windows-1252" in human.err
    assert "  row 2: N° d'inventaire: P-0 | Titre: Plain title" in human.err
    assert ("  row 42: N° d'inventaire: MQW-1 | Titre: Stèle funéraire palmyrénienne | "
            "Statut: évacué | Localisation: Réserve B") in human.err
    report = cli("object", "import-csv", str(src), "--dry-run", "--json")
    assert report.code == 0
    assert report.json["encoding"] == "cp1252"
    assert report.json["encoding_decided"].startswith("detected: not UTF-8")
    samples = report.json["samples"]
    assert [s["row"] for s in samples] == [2, 3, 42]
    assert samples[2]["cells"][1] == {"column": "Titre", "text": "Stèle funéraire palmyrénienne"}
    assert tree_snapshot(vault_path) == before
    # Control characters and bidi overrides are not echoed raw to the terminal.
    evil = tmp_path / "evil.csv"
    evil.write_bytes(csv_bytes([["Title"], ["Evil \x1b]0;owned\x07 \u202etxt.exe"]]))
    shown = cli("object", "import-csv", str(evil), "--dry-run")
    assert "\x1b" not in shown.err and "\u202e" not in shown.err and "Evil" in shown.err
    assert "Encoding: UTF-8 (detected: the whole file is valid UTF-8)" in shown.err


def test_deciding_the_encoding_streams_in_bounded_memory(tmp_path: Path) -> None:
    # 24 MB of UTF-8 with one stray byte on the last line: found, with flat memory.
    block = csv_bytes(french_rows(1000))
    src = tmp_path / "big.csv"
    with open(src, "wb") as fh:
        fh.write(csv_bytes([FRENCH_HEADER]))
        for _ in range(400):
            fh.write(block)
        fh.write(b"LAST,Mus\xe9e,evacuated,x\r\n")
    size = src.stat().st_size
    assert size > 20_000_000
    lines = 1 + 400 * 1000 + 1
    tracemalloc.start()
    try:
        with pytest.raises(csv_encoding.CsvFileError, match=f"on line {lines}[.]"):
            csv_sniff.inspect_csv(src)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 * E.CHUNK, f"peak {peak:,} bytes for a {size:,}-byte file"


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
    no_traceback(human)
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
        too_long = r"Line 2 of one-line\.csv is longer than"
        with pytest.raises(csv_encoding.CsvFileError, match=too_long):
            csv_validate.plan_import(src)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 80 * 1024 * 1024, f"peak {peak:,} bytes"
