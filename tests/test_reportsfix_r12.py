"""The PDFs and the archive's command line as the r12 UI trials read them (uitrial #9, uitrial2
#7-#9): decimals in the report's language, a footer that names who printed it, no column
headings over an empty table, a certificate whose closing commands can be typed as printed,
the archive search's kinds in the reader's language, and `archive init` refusing a folder that
holds no vault."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, require_tool, run_cli

from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.i18n import using
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports import inventory_report, object_id_report, verify_and_certify
from fieldkit.reports import labels as L
from fieldkit.vault import Vault

try:  # the archive's PostgreSQL + SeaweedFS fixtures need the archive extra
    from pgserver import pg_server  # noqa: F401
    from s3server import s3_server  # noqa: F401
    from test_archive import Programme
    from test_archive_cli_checked import Operator, bucket, operator, programme  # noqa: F401

    ARCHIVE = True
except ImportError:
    ARCHIVE = False

OWNER = "Amélie Durand"


def pdf_pages(pdf: Path) -> list[str]:
    """Each page's text, as pdftotext lays it out (form feeds between pages)."""
    tool = require_tool("pdftotext")
    done = subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, check=True, timeout=120
    )
    return done.stdout.decode("utf-8").split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def owned(tmp_path: Path) -> Vault:
    vault, _ = Vault.create(
        tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF, name=OWNER, organisation="Musée de Tyr"
    )
    yield vault
    vault.close()


def test_sheets_write_a_typed_decimal_with_the_language_s_separator(
    owned: Vault, tmp_path: Path
) -> None:
    obj = Records(owned).create(
        F.OBJECT,
        {
            "inventory_number": "MT-2026.002",
            "title": "Stèle funéraire",
            "measurements": [
                {"dimension": "height", "value": 55.5, "unit": "cm"},
                {"dimension": "width", "value": 35, "unit": "cm"},
            ],
        },
    )
    expected = {
        "fr": "hauteur 55,5 cm ; largeur 35 cm",
        "uk": "висота 55,5 см; ширина 35 см",
        "en": "height 55.5 cm; width 35 cm",
    }
    for lang, line in expected.items():
        with using(lang):
            out = object_id_report(owned, [obj.record_id], tmp_path / f"sheet-{lang}.pdf").path
        text = flat("".join(pdf_pages(out)))
        assert line in text, (lang, text)
        if lang != "en":
            assert "55.5" not in text
    # Arabic keeps the app's Arabic numbers: Western digits and a decimal point.
    with using("ar"):
        assert "55.5" in L.format_value(F.OBJECT, "measurements", [{"value": 55.5}])
    # Coordinates (custody documents): a comma between them would read as four numbers.
    assert L.coordinates_text(33.2705, 35.2038, "fr") == "33,2705\u00a0; 35,2038"
    assert L.coordinates_text(33.2705, 35.2038, "en") == "33.2705, 35.2038"


def test_every_footer_names_who_printed_it_not_a_vault_called_by_a_person_s_name(
    owned: Vault, tmp_path: Path
) -> None:
    Records(owned).create(F.OBJECT, {"inventory_number": "MT-1", "title": "Amphore"})
    for lang, said in {
        "en": f"by {OWNER}, identity",
        "fr": f"par {OWNER}, identité",
        "uk": f"надруковано: {OWNER},",
    }.items():
        with using(lang):
            out = inventory_report(owned, tmp_path / f"list-{lang}.pdf").path
        footer = flat(pdf_pages(out)[-1])
        assert said in footer, (lang, footer)
        assert "from vault" not in footer and "depuis le coffre" not in footer
        assert "зі сховища" not in footer


def test_the_evacuation_list_never_prints_its_headings_over_no_rows(
    owned: Vault, tmp_path: Path
) -> None:
    # Nine objects in French: the totals and sign-off ran onto page 2 alone, under the column
    # headings of an empty table (the trial's list).
    records = Records(owned)
    for n in range(1, 10):
        records.create(
            F.OBJECT,
            {"inventory_number": f"MT-2026.{n:03}", "title": f"Objet {n}", "object_type": "vase"},
        )
    with using("fr"):
        out = inventory_report(owned, tmp_path / "evacuation.pdf").path
    pages = pdf_pages(out)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        if "N° d’inventaire" in page:
            assert re.search(r"MT-2026\.\d{3}", page), f"page {number}: headings, no rows"
    assert "Emballés" in pages[-1]  # the sign-off is still there, with the last object


def test_the_certificate_prints_the_real_commands_on_one_line_each(tmp_path: Path) -> None:
    field, _ = Vault.create(tmp_path / "field", PASSPHRASE, name=OWNER, kdf=FAST_KDF)
    try:
        Records(field).create(F.OBJECT, {"inventory_number": "B-1", "title": "Ікона"})
        bundle = (
            export_bundles(field, tmp_path / "out.fkb", ExportOptions(plain=True, recipients=[]))
            .bundles[0]
            .path
        )
        with using("uk"):
            # Verified with the signer's own vault: the certificate knows its key.
            report, result = verify_and_certify(bundle, tmp_path / "cert.pdf", vault=field)
            _, unknown = verify_and_certify(bundle, tmp_path / "cert-unknown.pdf")
    finally:
        field.close()
    bundle_id = report.bundle_id
    assert bundle_id
    lines = [line.strip() for line in "".join(pdf_pages(result.path)).splitlines()]
    text = flat(" ".join(lines))
    assert "<bundle id>" not in text and "<signer's key>" not in text
    assert "Будь-хто може повторити зовнішні перевірки" in text
    assert f"bagit.py --validate {bundle_id}" in lines
    assert f"unzip {bundle.name}" in lines
    minisign = [line for line in lines if line.startswith("minisign -Vm")]
    assert len(minisign) == 1, lines  # one unbroken line, not cut after "minisign"
    assert minisign[0].startswith(f"minisign -Vm {bundle_id}/tagmanifest-sha256.txt -P RW")
    # Without the signer's key: a file name the sentence around it explains, in Ukrainian.
    other = [line.strip() for line in "".join(pdf_pages(unknown.path)).splitlines()]
    assert f"minisign -Vm {bundle_id}/tagmanifest-sha256.txt -p signer.pub" in other
    assert "збережений як signer.pub" in flat(" ".join(other))


def test_archive_init_refuses_a_folder_without_a_vault_and_says_how_to_make_it(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "archive-vault"
    empty.mkdir()
    done = run_cli(["archive", "--vault", str(empty), "init"])
    assert done.code == 2 and done.out == ""
    lines = done.err.strip().splitlines()
    assert len(lines) == 1, lines
    assert f"There is no FieldKit vault in {empty}" in lines[0]
    assert f"fieldkit --vault {empty} init --name NAME --role coordinator" in lines[0]
    french = run_cli(["archive", "--vault", str(empty), "init"], env={"FIELDKIT_LANG": "fr"})
    assert "créez d’abord le coffre de l’archive" in french.err
    assert list(empty.iterdir()) == []  # nothing written where the vault should go


@pytest.mark.skipif(not ARCHIVE, reason="the archive extra is not installed")
def test_archive_search_names_the_kind_in_the_reader_s_language(
    programme: Programme,
    operator: Operator,
) -> None:
    assert operator("ingest", str(programme.bundles[0])).code == 0
    assert operator("worker", "--burst").code == 0
    english = operator("search", "Bol")
    assert re.search(r"^\S+  object  ", english.out, re.M), english.out
    ukrainian = Operator({**operator.env, "FIELDKIT_LANG": "uk"})
    found = ukrainian("search", "Bol")
    assert re.search(r"^\S+  об’єкт  ", found.out, re.M), found.out
    assert "  object  " not in found.out
    rows = json.loads(ukrainian("search", "Bol", "--json").out)
    assert {row["kind"] for row in rows} == {"object"}  # codes stay English in --json
