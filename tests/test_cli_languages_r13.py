"""The command line in French, Arabic and Ukrainian as a conservator reads it (r13): a
spreadsheet's row error names the field by its label, « Label : valeur » lines are written as
each language writes them, and no English word or field code is left in what a user reads.
English stays word for word (SPEC §11); --json stays English (a contract)."""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, CliResult, run_cli
from peers import Peer

from fieldkit import i18n
from fieldkit.records import fields as F
from fieldkit.vault import Vault

# The archive's test (real PostgreSQL and SeaweedFS) needs the archive extra; the others do not.
HAS_ARCHIVE = all(importlib.util.find_spec(m) for m in ("psycopg", "botocore"))
if HAS_ARCHIVE:
    from pgserver import pg_server  # noqa: F401  (the fixture)
    from s3server import s3_server  # noqa: F401
    from test_archive_cli_checked import Operator, bucket, operator, programme  # noqa: F401

NBSP = "\u00a0"

BAD_CSV = (
    "inventory_number,title,measurements,status\n"
    "X-1,Jar,big,in_storage\n"
    "X-2,Pot,32 x 20 cm,floating\n"
)


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Any:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(lang: str, *args: str) -> CliResult:
        return run_cli(
            ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw"), *args],
            env={"FIELDKIT_LANG": lang},
        )

    return call


def _spaces(text: str) -> str:
    """``text`` with its no-break spaces as plain ones (the sentences, not their typography)."""
    return text.replace(NBSP, " ").replace("\u202f", " ")


def _first_strong(text: str) -> str | None:
    """The bidi class of a line's first strong letter outside isolates: what a terminal takes
    the line's direction from (Unicode TR9, P2)."""
    depth = 0
    for ch in text:
        if ch in (i18n.LRI, i18n.FSI, "\u2067"):
            depth += 1
        elif ch == i18n.PDI:
            depth = max(0, depth - 1)
        elif not depth and unicodedata.bidirectional(ch) in ("L", "R", "AL"):
            return unicodedata.bidirectional(ch)
    return None


def _add_object(cli: Any, tmp_path: Path, fields: dict[str, Any]) -> None:
    src = tmp_path / "o.json"
    src.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
    added = cli("en", "object", "add", "--json", str(src))
    assert added.code == 0, added.err


def test_a_csv_row_error_names_the_field_by_its_label(cli: Any, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(BAD_CSV, encoding="utf-8")
    said = {
        lang: cli(lang, "object", "import-csv", str(sheet), "--dry-run") for lang in i18n.LANGUAGES
    }
    assert all(r.code != 0 for r in said.values())
    french = _spaces(said["fr"].err)
    assert "Le champ Dimensions doit s’écrire comme « hauteur 32 cm" in french, french
    assert "Le champ Statut doit prendre l’une de ces valeurs : En place, En réserve" in french
    assert "champ measurements" not in french and "champ status" not in french
    assert "valeurs : in_place" not in french  # the words the import accepts, not codes
    assert "الحقل القياسات" in said["ar"].err and "الحقل ⁨measurements⁩" not in said["ar"].err
    assert "Поле Розміри" in said["uk"].err and "Поле status" not in said["uk"].err
    # The columns' fields by their labels too, quoted and pointed as each language does.
    assert "« title » → Titre, « measurements » → Dimensions, « status » → Statut." in french
    assert "«status» ← الحالة" in said["ar"].err
    assert "«measurements» → Розміри" in said["uk"].err
    # The example of the form the import reads, with the French « ; » (which it reads too).
    assert f"hauteur 32{NBSP}cm{NBSP}; largeur 20" in said["fr"].err
    # The rows as read: « en-tête : valeur » in French.
    assert f"measurements{NBSP}: big" in said["fr"].err
    # English word for word: the field's key, as --json and the English lines say it.
    english = said["en"].err
    assert (
        "Columns: 'inventory_number' → inventory_number, 'title' → title, "
        "'measurements' → measurements, 'status' → status." in english
    )
    assert (
        "  row 2: inventory_number: X-1 | title: Jar | measurements: big | status: in_storage"
        in (english.splitlines())
    )
    assert (
        "row 2, column 'measurements': measurements must be written like "
        "'height 32 cm; width 20 cm'. The cell holds “big”." in english.splitlines()
    ), english
    assert "row 3, column 'status': status must be one of: in_place, in_storage" in english


def test_object_show_writes_label_and_value_as_each_language_does(cli: Any, tmp_path: Path) -> None:
    _add_object(
        cli,
        tmp_path,
        {"inventory_number": "INV-7", "title": "Jarre", "status": "evacuated"},
    )
    french = cli("fr", "object", "show", "INV-7")
    assert french.code == 0, french.err
    lines = french.out.splitlines()
    assert f"Numéro d’inventaire{NBSP}: INV-7" in lines, lines
    assert f"Statut{NBSP}: Évacué" in lines
    assert not [x for x in lines if x.split(":")[0].endswith(("e", "é", "t"))]  # « label: »
    ukrainian = cli("uk", "object", "show", "INV-7").out.splitlines()
    assert "Інвентарний номер: INV-7" in ukrainian  # no space before the colon in Ukrainian
    # Arabic: the label (right to left) starts the line and sets its direction; the value is
    # isolated so a left-to-right inventory number stays whole; a line starting with Latin
    # letters (Object ID) still reads right to left (a right-to-left mark first).
    arabic = cli("ar", "object", "show", "INV-7").out.splitlines()
    assert f"رقم الجرد: {i18n.FSI}INV-7{i18n.PDI}" in arabic, arabic
    assert all(_first_strong(x) in ("R", "AL") for x in arabic if x), arabic
    english = cli("en", "object", "show", "INV-7").out.splitlines()
    assert "Inventory number: INV-7" in english and "Status: Evacuated" in english
    assert english[0].startswith("id: ") and "Object ID missing: " in "\n".join(english)


def test_object_history_names_the_changed_fields_by_their_labels(cli: Any, tmp_path: Path) -> None:
    _add_object(cli, tmp_path, {"inventory_number": "INV-8", "title": "Jarre"})
    change = tmp_path / "change.json"
    change.write_text(json.dumps({"maker": "Atelier X", "status": "evacuated"}), encoding="utf-8")
    assert cli("en", "object", "edit", "INV-8", "--json", str(change)).code == 0
    french = cli("fr", "object", "show", "INV-8", "--history").out
    assert f"modifiée{NBSP}: Auteur, Statut" in french, french
    assert "maker" not in french
    arabic = cli("ar", "object", "show", "INV-8", "--history").out
    assert "عُدّلت: الصانع، الحالة" in arabic, arabic
    # English word for word (SPEC §11): the keys, as before.
    assert "edited: maker, status" in cli("en", "object", "show", "INV-8", "--history").out


def test_help_headings_take_the_french_colon(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["object", "--help"], {"FIELDKIT_LANG": "fr"}).code == 0
    french = capsys.readouterr().out.splitlines()
    assert f"arguments positionnels{NBSP}:" in french and f"options{NBSP}:" in french, french
    assert run_cli(["object", "--help"], {"FIELDKIT_LANG": "en"}).code == 0
    english = capsys.readouterr().out.splitlines()
    assert "positional arguments:" in english and "options:" in english


def test_a_refusal_in_arabic_reads_right_to_left(vault: Vault, vault_path: Path) -> None:
    vault.close()
    said = {
        lang: run_cli(
            ["--vault", str(vault_path), "object", "list"],
            {"FIELDKIT_LANG": lang, "FIELDKIT_PASSPHRASE": "not the passphrase"},
        )
        for lang in ("ar", "fr", "en")
    }
    assert all(r.code != 0 for r in said.values())
    # "fieldkit: …" started the line with Latin letters: a terminal laid the Arabic sentence
    # out left to right, its full stop before its first word.
    first = said["ar"].err.splitlines()[0]
    assert first == f"{i18n.RLM}fieldkit: عبارة المرور غير صحيحة لهذه الخزنة.", first
    assert _first_strong(first) in ("R", "AL")
    assert said["fr"].err.startswith("fieldkit: La phrase secrète n’est pas la bonne")
    assert said["en"].err.startswith("fieldkit: The passphrase is not correct for this vault.")


def test_sync_status_writes_target_and_state_as_each_language_does(
    cli: Any, tmp_path: Path
) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    assert cli("en", "sync", "target", "add", "usb", str(drive)).code == 0
    french = cli("fr", "sync", "status")
    assert french.code == 0, french.err
    assert f"usb{NBSP}: accessible (" in french.out, french.out
    arabic = cli("ar", "sync", "status").out.splitlines()
    assert arabic[0].startswith(f"{i18n.FSI}usb{i18n.PDI}: متاح ("), arabic
    assert cli("en", "sync", "status").out.startswith(f"usb: reachable ({drive})")
    # The summary of a sync starts with the target's name: isolated in Arabic, so that the
    # line reads right to left, as its sentence.
    synced = cli("ar", "sync", "usb")
    assert synced.code == 0, synced.err
    summary = next(x for x in synced.err.splitlines() if "usb" in x)
    assert summary.startswith(f"{i18n.FSI}usb{i18n.PDI}: "), summary
    assert _first_strong(summary) in ("R", "AL")
    assert "usb: sent 0 bundle(s)" in cli("en", "sync", "usb").err


@pytest.mark.skipif(not HAS_ARCHIVE, reason="the archive extra is not installed")
def test_archive_status_counts_take_the_french_colon(operator: Any) -> None:
    french = Operator({**operator.env, "FIELDKIT_LANG": "fr"})("status")
    assert french.code == 0, french.err
    lines = french.err.splitlines()
    assert f"paquets{NBSP}: 0" in lines and f"en quarantaine{NBSP}: 0" in lines, lines
    english = operator("status").err.splitlines()
    assert "bundles: 0" in english and "quarantined: 0" in english


def test_a_verification_certificate_names_the_bundle_with_the_french_colon(
    cli: Any, tmp_path: Path
) -> None:
    _add_object(cli, tmp_path, {"inventory_number": "INV-9", "title": "Jarre"})
    bundle = tmp_path / "plain.fkb"
    exported = cli("en", "export", "--plain", "-o", str(bundle))
    assert exported.code == 0 and bundle.exists(), exported.err
    pdf = tmp_path / "v.pdf"
    french = cli("fr", "report", "verification", str(bundle), "-o", str(pdf))
    assert french.code == 0, french.err
    assert f"plain.fkb{NBSP}: VALIDE" in french.err, french.err
    pdf.unlink()
    english = cli("en", "report", "verification", str(bundle), "-o", str(pdf))
    assert "plain.fkb: VALID" in english.err, english.err


def test_a_disputed_conflict_names_its_fields_by_their_labels(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    obj = a.records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Icon", "notes": "n0"})
    b.receive(a.send(b))
    a.records.edit(obj.record_id, {"notes": "from Amal"})
    b.records.edit(obj.record_id, {"notes": "from Bohdan"})
    b.receive(a.send(b))
    a.vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    path = b.vault.path
    b.vault.close()
    opts = ["--vault", str(path), "--passphrase-file", str(tmp_path / "pw"), "conflicts", "list"]
    said = {lang: run_cli(opts, env={"FIELDKIT_LANG": lang}).out for lang in ("fr", "uk", "en")}
    assert f"en désaccord{NBSP}: Remarques" in said["fr"], said["fr"]
    assert "notes" not in said["fr"] and "notes" not in said["uk"], said
    assert "disputed: notes" in said["en"]  # English word for word


@pytest.mark.parametrize(
    ("args", "french", "english"),
    [
        (["duplicates", "--help"], "doublons possibles, les plus probables d’abord", "best first"),
        (["duplicates", "decide", "--help"], "ne plus jamais les proposer", "never suggest"),
        (["archive", "--help"], "reconstruire l’index à partir du compartiment", "rebuild the"),
        (["--help"], "l’archive du programme (PostgreSQL + S3)", "the programme archive"),
    ],
)
def test_the_archive_and_duplicates_help_is_in_the_language(
    args: list[str], french: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(args, {"FIELDKIT_LANG": "fr"}).code == 0
    said = _spaces(capsys.readouterr().out)
    assert french in said and english not in said, said
    assert run_cli(args, {"FIELDKIT_LANG": "en"}).code == 0
    assert english in capsys.readouterr().out
