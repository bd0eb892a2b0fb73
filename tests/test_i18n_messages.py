"""The rest of what a user reads speaks the language (issue 16): bundle verification problems,
CSV import messages, argparse's help and errors, and the commands' messages. ``--json`` stays
English (keys, codes and the problem sentences), the same in every language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer
from test_custody_documents import scene  # noqa: F401 - the fixture: peers and a movement
from test_reports import flat, nfkc, pdf_text, tamper

from fieldkit import i18n
from fieldkit.records import fields as F
from fieldkit.vault import Vault


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A command run in French leaves the process's language set: later tests read English."""
    yield
    i18n.set_language("en")


# --- bundle verification -----------------------------------------------------------------------

FIXITY = {
    "en": "does not match its checksum in manifest-sha256.txt: it was changed or damaged.",
    "fr": "ne correspond pas à sa somme de contrôle dans manifest-sha256.txt\u00a0: il a été",
    "ar": "لا يطابق",
    "uk": "не відповідає своїй контрольній сумі в manifest-sha256.txt",
}
UNKNOWN_SIGNER = {
    "fr": "La clé du signataire n’est pas connue ici",
    "ar": "مفتاح الموقِّع غير معروف هنا",
    "uk": "Ключ підписанта тут невідомий",
}


@pytest.fixture
def tampered(tmp_path: Path) -> Path:
    """A plain bundle whose records file had one byte flipped after signing; beside it,
    ``encrypted.fkb``, intact, for a coordinator whose key the verifier does not have."""
    field = Peer(tmp_path, "field")
    coordinator = Peer(tmp_path, "coord", role="coordinator")
    field.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jarre"})
    bundle = field.send(plain=True)
    encrypted = field.send(coordinator, mode="full")
    assert bundle is not None and encrypted is not None
    encrypted.rename(tmp_path / "encrypted.fkb")
    field.vault.close()
    coordinator.vault.close()
    return tamper(bundle, tmp_path / "tampered.fkb", "flip", "records.ndjson")


@pytest.mark.parametrize("lang", ["fr", "ar", "uk"])
def test_a_tampered_bundle_is_explained_in_the_language(tampered: Path, lang: str) -> None:
    result = run_cli(["verify", str(tampered)], {"FIELDKIT_LANG": lang})
    assert result.code == 1
    problem = next(line for line in result.err.splitlines() if "records.ndjson" in line)
    assert FIXITY[lang] in problem
    assert FIXITY["en"] not in result.err
    if lang == "ar":  # the file name reads whole inside the right-to-left sentence
        assert f"{i18n.FSI}data/records.ndjson{i18n.PDI}" in problem
    # The notes and the scope too (an intact bundle from a signer not known here).
    intact = run_cli(["verify", str(tampered.parent / "encrypted.fkb")], {"FIELDKIT_LANG": lang})
    assert intact.code == 3
    assert UNKNOWN_SIGNER[lang] in intact.err
    assert "encrypted content was not inspected" not in intact.err


def test_verify_json_keeps_its_problems_in_english_in_every_language(tampered: Path) -> None:
    outputs = {
        lang: run_cli(["verify", str(tampered), "--json"], {"FIELDKIT_LANG": lang})
        for lang in i18n.LANGUAGES
    }
    assert {r.code for r in outputs.values()} == {1}
    assert len({json.dumps(r.json, sort_keys=True) for r in outputs.values()}) == 1
    errors = outputs["fr"].json["errors"]
    assert f"data/records.ndjson {FIXITY['en']}" in errors


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "ne correspond pas à sa somme de contrôle"),
        ("ar", "لا يطابق"),
        ("uk", "не відповідає своїй контрольній сумі"),
    ],
)
def test_the_certificate_prints_the_problems_in_the_report_language(
    tampered: Path, tmp_path: Path, lang: str, expected: str
) -> None:
    pdf = tmp_path / f"cert-{lang}.pdf"
    result = run_cli(["report", "verification", str(tampered), "-o", str(pdf), "--lang", lang])
    assert result.code == 1
    text = nfkc(pdf_text(pdf)) if lang == "ar" else flat(pdf_text(pdf))
    assert (nfkc(expected) if lang == "ar" else expected) in text
    assert "does not match its checksum" not in text


def test_problem_texts_translate_nested_phrases_and_survive_a_broken_translation() -> None:
    inner = i18n.message(i18n.QT_TRANSLATE_NOOP("errors", "is an absolute path"))
    outer = i18n.message(
        i18n.QT_TRANSLATE_NOOP("errors", "The bundle member {member} {problem}."),
        member="/etc/passwd",
        problem=inner,
    )
    assert outer == "The bundle member /etc/passwd is an absolute path."
    assert i18n.localise(outer, "fr") == "L’élément du paquet /etc/passwd est un chemin absolu."
    assert i18n.localise(outer, "en") == str(outer)
    files = i18n.later.translate("errors", "%n file(s)", "", 3)
    assert (files, i18n.localise(files, "uk"), i18n.localise(files, "fr")) == (
        "3 files",
        "3 файли",
        "3 fichiers",
    )
    # A plain string that is not a known template is shown as it is.
    assert i18n.localise("something else", "fr") == "something else"


# --- CSV import ----------------------------------------------------------------------------------

CSV_EXPECTED = {
    "fr": [
        "ligne 3\u00a0: cette ligne a 4 cellules mais l’en-tête a 3 colonnes.",
        # the field's label and the words the import accepts, as the import dialog (r13)
        "ligne 4, colonne «\u00a0Status\u00a0»\u00a0: Le champ Statut doit prendre l’une de ces "
        "valeurs\u00a0: En place, En réserve, Évacué,",
        "2 erreurs dans 2 lignes\u00a0; rien n’a été modifié.",
        "Colonnes\u00a0: «\u00a0Inventory number\u00a0» → Numéro d’inventaire",
    ],
    "ar": [
        "الصف 3: في هذا الصف 4 خلية لكن في صف العناوين 3 عمود.",
        "الصف 4، العمود «Status»: يجب أن يكون الحقل الحالة إحدى القيم: "
        "في مكانها، في المخزن، مُخلاة،",
        "خطآن في صفين؛ لم يتغير شيء.",
        "الأعمدة: ",
    ],
    "uk": [
        "рядок 3: цей рядок має клітинок: 4, а заголовок — стовпців: 3.",
        "рядок 4, стовпець «Status»: Поле Статус має бути одним із: На місці, У фондосховищі, "
        "Евакуйований,",
        "2 помилки у 2 рядках; нічого не змінено.",
        "Стовпці: ",
    ],
}


@pytest.fixture
def csv_env(vault: Vault, vault_path: Path, tmp_path: Path) -> tuple[list[str], Path, Path]:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Inventory number,Title,Status\nA-1,Jarre,in_storage\nA-2,Bol,in_storage,extra\n"
        "A-3,Coupe,lost_somewhere\n",
        encoding="utf-8",
    )
    good = tmp_path / "good.csv"
    good.write_text("Inventory number,Title\nB-1,Jarre\nB-2,Bol\n", encoding="utf-8")
    return ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")], bad, good


@pytest.mark.parametrize("lang", ["fr", "ar", "uk"])
def test_csv_dry_run_with_bad_rows_speaks_the_language(
    csv_env: tuple[list[str], Path, Path], lang: str
) -> None:
    vault, bad, _ = csv_env
    result = run_cli(
        [*vault, "object", "import-csv", str(bad), "--dry-run"], {"FIELDKIT_LANG": lang}
    )
    assert result.code == 1
    assert [t for t in CSV_EXPECTED[lang] if t not in result.err] == []
    assert "nothing was changed" not in result.err and "row 3:" not in result.err
    assert "must be one of" not in result.err
    # --json: English messages, the same in every language.
    jsons = {
        json.dumps(
            run_cli(
                [*vault, "object", "import-csv", str(bad), "--dry-run", "--json"],
                {"FIELDKIT_LANG": other},
            ).json,
            sort_keys=True,
        )
        for other in (lang, "en")
    }
    assert len(jsons) == 1
    assert "this row has 4 cells but the header has 3 columns." in jsons.pop()


def test_csv_dry_run_summary_in_french(csv_env: tuple[list[str], Path, Path]) -> None:
    vault, _, good = csv_env
    result = run_cli(
        [*vault, "object", "import-csv", str(good), "--dry-run"], {"FIELDKIT_LANG": "fr"}
    )
    assert result.code == 0, result.err
    assert (
        "good.csv\u00a0: 2 lignes (UTF-8, détecté\u00a0; colonnes séparées par\u00a0: virgule)."
        in result.err
    )
    assert "Encodage\u00a0: UTF-8 (détecté\u00a0: tout le fichier est en ASCII)." in result.err
    assert (
        "Essai à blanc\u00a0: objet(s) qui seraient importés\u00a0: 2\u00a0; rien n’a été modifié."
        in result.err
    )


def test_a_csv_file_error_and_its_hint_in_ukrainian(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(b"PK\x03\x04 a workbook")
    result = run_cli(
        ["--vault", str(tmp_path / "v"), "object", "import-csv", str(sheet)],
        {"FIELDKIT_LANG": "uk"},
    )
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        "fieldkit: sheet.csv — робоча книга (.xlsx або .ods), а не файл CSV."
    )


# --- argparse: help, usage and errors ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "usage", "heading", "command"),
    [
        ("fr", "utilisation\u00a0: fieldkit", "arguments positionnels", "vérifier des paquets"),
        ("ar", "الاستخدام: fieldkit", "الوسائط الموضعية", "التحقق من الحزم"),
        ("uk", "використання: fieldkit", "позиційні аргументи", "перевірити пакети"),
    ],
)
def test_help_is_in_the_language(
    lang: str, usage: str, heading: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(["--help"], {"FIELDKIT_LANG": lang})
    assert result.code == 0
    out = capsys.readouterr().out  # argparse prints its help on sys.stdout
    assert out.startswith(usage)
    assert heading in out and command in out
    assert "show this help message and exit" not in out
    assert "verify bundles (no vault needed)" not in out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "fieldkit: Les arguments suivants sont obligatoires\u00a0: FILE.fkb."),
        ("ar", "\u200ffieldkit: الوسائط التالية مطلوبة: FILE.fkb."),
        ("uk", "fieldkit: Потрібні такі аргументи: FILE.fkb."),
        ("en", "fieldkit: The following arguments are required: FILE.fkb."),
    ],
)
def test_a_missing_argument_is_said_in_the_language(lang: str, expected: str) -> None:
    result = run_cli(["verify"], {"FIELDKIT_LANG": lang})
    assert result.code == 2
    assert expected in result.err.splitlines()


def test_an_invalid_choice_is_said_in_french() -> None:
    result = run_cli(["report", "bogus"], {"FIELDKIT_LANG": "fr"})
    assert result.code == 2
    assert (
        "fieldkit: Argument REPORT\u00a0: choix non valide\u00a0: 'bogus' (choisir parmi"
        in result.err
    )


# --- the commands' own messages ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "state", "reason"),
    [
        ("fr", "état\u00a0: Planifié", "motif\u00a0: Évacuation"),
        ("ar", "الحالة: مخطط", "السبب: إخلاء"),
        ("uk", "стан: Заплановано", "причина: Евакуація"),
    ],
)
def test_move_show_gives_state_and_reason_as_vocabulary_labels(
    scene: dict[str, Any],  # noqa: F811
    lang: str,
    state: str,
    reason: str,
) -> None:
    scene["giver"].vault.close()
    vault = ["--vault", str(scene["giver"].path)]
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    shown = run_cli([*vault, "move", "show", scene["movement"]], env)
    assert shown.code == 0, shown.err
    assert state in shown.out.splitlines() and reason in shown.out.splitlines()
    assert "planned" not in shown.out and "evacuation" not in shown.out
    # --json: the codes, in every language.
    data = run_cli([*vault, "move", "show", scene["movement"], "--json"], env).json
    assert isinstance(data, dict) and data["in_transit"] is False


def test_move_receive_dry_run_and_object_messages_in_french(
    scene: dict[str, Any],  # noqa: F811
) -> None:
    scene["giver"].vault.close()
    vault = ["--vault", str(scene["giver"].path)]
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    wrong = run_cli([*vault, "move", "INV-001", "--to", "TS-ERB", "--dry-run"], env)
    assert wrong.code == 2 and "--dry-run va avec `fieldkit move receive`." in wrong.err
    listed = run_cli([*vault, "object", "list"], env)
    assert listed.code == 0 and "6 objets." in listed.err
    shown = run_cli([*vault, "object", "show", "INV-001", "--history"], env)
    assert shown.code == 0, shown.err
    assert "Historique (du plus ancien au plus récent)\u00a0:" in shown.out
    assert "Numéro d’inventaire\u00a0: INV-001" in shown.out.splitlines()
    assert "Object ID manquant\u00a0: " in shown.out and "créée" in shown.out
    deleted = run_cli([*vault, "object", "delete", "X_1"], env)
    assert deleted.code == 0 and "Supprimé\u00a0; son historique est conservé." in deleted.err


def test_trust_audit_identity_and_backup_messages_in_french_and_arabic(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    base = ["--vault", str(vault_path)]
    fr = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    listed = run_cli([*base, "trust", "list"], fr)
    assert listed.code == 0
    assert "Ce coffre ne fait encore confiance à aucune clé\u00a0: ajoutez une carte" in listed.err
    audited = run_cli([*base, "audit", "--verify"], fr)
    assert audited.code == 0 and "Journal d’audit intact\u00a0: événements\u00a0: " in audited.err
    shown = run_cli([*base, "identity", "show"], fr)
    assert shown.code == 0 and shown.out.startswith("Nom\u00a0:")
    assert "Empreinte\u00a0:" in shown.out and "Destinataire age\u00a0:" in shown.out
    backup = run_cli([*base, "backup", "-o", str(tmp_path / "b")], fr)
    assert backup.code == 0, backup.err
    assert "Sauvegarde écrite dans " in backup.err
    none = run_cli([*base, "sync"], fr)
    assert none.code == 2 and "Aucune cible de synchronisation n’est configurée\u00a0;" in none.err
    status = run_cli([*base, "sync", "status"], fr)
    assert status.code == 0 and "Aucune cible de synchronisation pour l’instant" in status.err
    ar = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "ar"}
    shown = run_cli([*base, "identity", "show"], ar)
    assert shown.out.startswith("الاسم:")
    # A fingerprint keeps its groups in order inside the right-to-left lines.
    assert "\u2066" in shown.out and "\u2069" in shown.out
