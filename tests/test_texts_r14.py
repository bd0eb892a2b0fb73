"""Texts a reader takes from an Arabic PDF and from the spreadsheet import (r13 "Left"):

- the certificate's command-line options read « --trust » and « --vault » once copied out of
  the PDF, not « .--trust » (which an Arabic line shows as « trust--. »);
- a count of containers after « في » takes the genitive dual (« في حاويتين »);
- the import summaries count rows and errors with true plurals, not « ligne(s) ».
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, require_tool, run_cli_process

from fieldkit import i18n
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.errors import FieldKitError
from fieldkit.i18n import error_text
from fieldkit.identity import own
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import csv_import as C
from fieldkit.records import csv_mapping, csv_sniff, csv_validate, custody
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports import custody_documents as D
from fieldkit.reports.verification import verify_and_certify
from fieldkit.vault import Vault

# What poppler adds around runs of either direction, and the marks the PDF carries.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _lines(pdf: Path) -> list[str]:
    """pdftotext's reading order (what a copy gives), without bidi controls."""
    out = subprocess.run(
        [require_tool("pdftotext"), str(pdf), "-"], capture_output=True, check=True, timeout=120
    )
    return [
        " ".join(_BIDI_CONTROLS.sub("", line).split())
        for line in out.stdout.decode("utf-8").splitlines()
    ]


@pytest.fixture(scope="module")
def sealed_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bundle encrypted to another vault and signed by a key this check is not given: its
    certificate tells the reader to use --vault and --trust."""
    tmp = tmp_path_factory.mktemp("sealed")
    coordinator, _ = Vault.create(tmp / "coord", PASSPHRASE, name="Coord", kdf=FAST_KDF)
    try:
        card = parse_card(card_bytes(make_card(own.load(coordinator.db))))
    finally:
        coordinator.close()
    field, _ = Vault.create(tmp / "lapC", PASSPHRASE, name="Team lapC", kdf=FAST_KDF)
    try:
        Records(field).create(F.OBJECT, {"inventory_number": "C-1", "title": "Stele"})
        options = ExportOptions(recipients=[Recipient.from_card(card)], mode="full")
        return export_bundles(field, tmp / "sealed.fkb", options).bundles[0].path
    finally:
        field.close()


def test_arabic_certificate_options_read_in_order_once_copied(
    sealed_bundle: Path, tmp_path: Path
) -> None:
    # The page always drew « .--trust مع » left to right (right); poppler's reading order
    # took the sentence's full stop into the option: « مع .--trust ».
    with i18n.using("ar"):
        _, result = verify_and_certify(sealed_bundle, tmp_path / "cert-ar.pdf")
    text = "\n".join(_lines(result.path))
    assert "أعطِ بطاقة هويته مع --trust." in text, text
    assert "باستخدام --vault)." in text, text
    assert ".--trust" not in text and ".)--vault" not in text
    # Its closing sentence's file name and colon are in order too (were « :signer.pub »).
    assert "محفوظًا باسم signer.pub:" in text, text
    # The glyphs as drawn, left to right (-raw keeps the drawing order): the option was
    # never drawn backwards; its full stop stands at its left, as an Arabic sentence ends.
    raw = subprocess.run(
        [require_tool("pdftotext"), "-raw", str(result.path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8")
    drawn = _BIDI_CONTROLS.sub("", raw)
    assert ".--trustمع" in drawn and ".)--vaultباستخدام" in drawn, drawn
    assert "trust--" not in drawn and "vault--" not in drawn


def test_arabic_permission_counts_two_containers_in_the_genitive(tmp_path: Path) -> None:
    # « {objects} in {containers} »: after « في » the dual is « حاويتين », not « حاويتان ».
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="Museum", kdf=FAST_KDF)
    try:
        records = Records(vault)
        chain = custody.Custody(records)
        chain.add_location({"code": "MUS-R2", "name": "Room 2", "kind": "room"})
        chain.add_location({"code": "TS-ERB", "name": "Store", "kind": "temporary_store"})
        objects = [
            records.create(F.OBJECT, {"inventory_number": f"N-{i}", "title": "Bowl"}).record_id
            for i in range(3)
        ]
        for code in ("C-001", "C-002"):
            chain.add_container({"code": code, "kind": "crate"})
        chain.move(objects[:2], "C-001", from_location="MUS-R2")
        chain.move(objects[2:], "C-002", from_location="MUS-R2")
        movement = chain.move(
            ["C-001", "C-002"], "TS-ERB", reason="evacuation", depart=False
        ).record_id
        with i18n.using("ar"):
            D.evacuation_permission_report(vault, movement, tmp_path / "permission.pdf")
    finally:
        vault.close()
    text = "\n".join(_lines(tmp_path / "permission.pdf"))
    assert "3 قطع في حاويتين" in text, text
    assert "حاويتان" not in text


def _import(vault_path: Path, tmp_path: Path, lang: str, rows: list[str], *extra: str) -> str:
    """The real command line's output for a spreadsheet of ``rows`` (after the heading)."""
    (tmp_path / "pw").write_text(PASSPHRASE)
    sheet = tmp_path / f"sheet{len(rows)}.csv"
    sheet.write_text("Inventory number,Title,Status\r\n" + "".join(r + "\r\n" for r in rows))
    done = run_cli_process(
        [
            "--vault",
            str(vault_path),
            "--passphrase-file",
            str(tmp_path / "pw"),
            "object",
            "import-csv",
            str(sheet),
            *extra,
        ],
        env={"FIELDKIT_LANG": lang},
    )
    assert "Traceback" not in done.stderr, done.stderr
    return " ".join((done.stdout + done.stderr).replace("\u00a0", " ").split())


ONE_BAD = ["A-1,Jar,bogus"]
TWO_BAD = ["A-1,Jar,bogus", "A-2,Vase,nonsense", ","]  # and an empty row, skipped


@pytest.mark.parametrize(
    ("lang", "rows", "expected"),
    [
        ("fr", ONE_BAD, ["sheet1.csv : 1 ligne (UTF-8, détecté ;", "1 erreur dans 1 ligne ;"]),
        (
            "fr",
            TWO_BAD,
            [
                "sheet3.csv : 2 lignes (UTF-8",
                "; 1 ligne vide ignorée.",
                "2 erreurs dans 2 lignes ; rien n’a été modifié.",
            ],
        ),
        ("ar", ONE_BAD, ["صف واحد (", "خطأ واحد في صف واحد؛ لم يُستورد شيء."]),
        (
            "ar",
            TWO_BAD,
            ["صفان (", "؛ تم تخطي صف فارغ واحد.", "خطآن في صفين؛ لم يتغير شيء."],
        ),
        ("uk", TWO_BAD, ["2 рядки (UTF-8", "пропущено 1 порожній рядок.", "2 помилки у 2 рядках;"]),
        (
            "en",
            TWO_BAD,
            [
                "sheet3.csv: 2 rows (UTF-8, detected; columns separated by comma); 1 empty row "
                "skipped.",
                "2 errors in 2 rows; nothing was changed.",
            ],
        ),
        ("en", ONE_BAD, ["sheet1.csv: 1 row (UTF-8,", "1 error in 1 row; nothing was imported."]),
    ],
)
def test_import_summaries_count_rows_and_errors_in_true_plurals(
    vault_path: Path, tmp_path: Path, vault: Vault, lang: str, rows: list[str], expected: list[str]
) -> None:
    vault.close()
    dry = ["--dry-run"] if len(rows) > 1 else []
    said = _import(vault_path, tmp_path, lang, rows, *dry)
    for text in expected:
        assert text in said, said
    assert "(s)" not in said and "ligne(s)" not in said and "erreur(s)" not in said


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "The file has 1 error;", "The file has 2 errors;"),
        ("fr", "Le fichier contient 1 erreur ;", "Le fichier contient 2 erreurs ;"),
        ("ar", "في الملف خطأ واحد (1)؛", "في الملف خطآن (2)؛"),
        ("uk", "У файлі 1 помилка;", "У файлі 2 помилки;"),
    ],
)
def test_the_core_refusal_counts_errors_in_a_true_plural(
    vault: Vault, tmp_path: Path, lang: str, one: str, two: str
) -> None:
    # What the app says when it is asked to import a file that has errors.
    said = []
    for rows in (ONE_BAD, TWO_BAD):
        sheet = tmp_path / "sheet.csv"
        sheet.write_text("Inventory number,Title,Status\r\n" + "".join(r + "\r\n" for r in rows))
        source = csv_sniff.inspect_csv(sheet)
        columns = csv_mapping.map_columns(source.header, {}, undecided=True)
        plan = csv_validate.plan_import(source, columns, records=Records(vault))
        with pytest.raises(FieldKitError) as refused:
            C.apply_import(Records(vault), plan)
        said.append(error_text(refused.value, lang)[0].replace("\u00a0", " "))
    assert said[0].startswith(one), said
    assert said[1].startswith(two), said


def test_a_counted_row_keeps_the_readers_thousands_separator() -> None:
    # The summary said « 5 001 » before it said « lignes »: the plural form must not lose it.
    from fieldkit.commands.csv_import import _grouped

    for lang, expected in (("en", "5,001 rows"), ("fr", "5\u202f001 lignes"), ("ar", "5,001 صف")):
        with i18n.using(lang):
            assert _grouped(i18n.translate("cli", "%n row(s)", "", 5001), 5001) == expected
