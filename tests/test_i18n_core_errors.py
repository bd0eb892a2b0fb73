"""The core's remaining error sentences speak the user's language (issue 16): a damaged vault
header, an identity card refused, a drive that refuses a write. The English template stays the
exception's ``str`` (logs), and ``--json`` output is identical in every language."""

from __future__ import annotations

import errno
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer

from fieldkit import fsutil, i18n
from fieldkit.vault import Vault
from fieldkit.vault.database import classify_database_error


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _damage_salt(vault_path: Path) -> None:
    header = json.loads((vault_path / "vault.json").read_text())
    header["keys"]["passphrase"]["kdf"]["salt"] = "not base64!"
    (vault_path / "vault.json").write_text(json.dumps(header))


HEADER = {
    "en": "The vault header is damaged (keys.passphrase.kdf.salt is not valid).",
    "fr": "L’en-tête du coffre est endommagé (keys.passphrase.kdf.salt n’est pas valide).",
    "uk": "Заголовок сховища пошкоджено (keys.passphrase.kdf.salt недійсне).",
    "ar": f"ترويسة الخزنة تالفة ({i18n.LRI}keys.passphrase.kdf.salt{i18n.PDI} غير صالح).",
}


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_a_damaged_vault_header_is_explained_in_the_language(
    vault: Vault, vault_path: Path, lang: str
) -> None:
    vault.close()
    _damage_salt(vault_path)
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    result = run_cli(["--vault", str(vault_path), "object", "list"], env)
    assert result.code == 1
    first = result.err.splitlines()[0]
    assert first == i18n.line(f"fieldkit: {HEADER[lang]}", lang).replace(i18n.LRI, i18n.FSI)
    assert "damaged" not in result.err


def test_a_damaged_header_keeps_json_and_exit_code_the_same_in_every_language(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    _damage_salt(vault_path)
    seen = set()
    for lang in i18n.LANGUAGES:
        env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
        result = run_cli(["--vault", str(vault_path), "--json", "object", "list"], env)
        seen.add((result.code, result.out))
    assert seen == {(1, "")}
    # The exception's own text (what the log gets) stays the English template, filled.
    from fieldkit.errors import VaultFormatError
    from fieldkit.vault.header import VaultHeader

    with pytest.raises(VaultFormatError) as caught:
        VaultHeader.load(vault_path)
    assert str(caught.value) == HEADER["en"]


CARD_REFUSED = {
    "fr": (
        "La signature de la carte d’identité ne correspond pas à son contenu "
        "(elle a été modifiée).",
        "Demandez une nouvelle copie au titulaire de la carte",
    ),
    "uk": (
        "Підпис ідентифікаційної картки не відповідає її вмісту (її змінено).",
        "Попросіть власника картки про нову копію",
    ),
    "ar": ("توقيع بطاقة الهوية لا يطابق محتواها (عُدّلت).", "اطلب من صاحب البطاقة نسخة جديدة"),
}
BOM = {
    "fr": "Ce fichier n’est pas une carte d’identité\u00a0: il commence par une marque d’ordre "
    "des octets.",
    "uk": "Цей файл не є ідентифікаційною карткою: він починається з мітки порядку байтів.",
    "ar": "هذا الملف ليس بطاقة هوية: يبدأ بعلامة ترتيب البايتات.",
}


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_an_identity_card_is_refused_in_the_language(tmp_path: Path, lang: str) -> None:
    coord = Peer(tmp_path, "coord", role="coordinator")
    amal = Peer(tmp_path, "amal")
    coord.vault.close()
    amal.vault.close()
    card = json.loads((tmp_path / "amal.fkid").read_text())
    card["name"] = "Mallory"
    altered = tmp_path / "altered.fkid"
    altered.write_text(json.dumps(card))
    bom = tmp_path / "bom.fkid"
    bom.write_bytes(b"\xef\xbb\xbf" + (tmp_path / "amal.fkid").read_bytes())

    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    base = ["--vault", str(coord.path), "trust", "add"]
    result = run_cli([*base, str(altered)], env)
    assert result.code == 1
    sentence, hint = CARD_REFUSED[lang]
    assert result.err.splitlines()[0] == i18n.line(f"fieldkit: {sentence}", lang)
    assert result.err.splitlines()[1].startswith(hint)
    assert "identity card" not in result.err

    result = run_cli([*base, str(bom)], env)
    assert result.err.splitlines()[0] == i18n.line(f"fieldkit: {BOM[lang]}", lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "The system refused to write the vault ("),
        ("fr", "Le système a refusé d’écrire le coffre ("),
        ("uk", "Система не дала записати сховище ("),
        ("ar", "رفض النظام كتابة الخزنة ("),
    ],
)
def test_a_refused_write_names_the_phrase_in_the_language(lang: str, expected: str) -> None:
    error = fsutil.storage_error(
        OSError(errno.EIO, "I/O error"), i18n.QT_TRANSLATE_NOOP("errors", "the vault")
    )
    message, hint = i18n.error_text(error, lang)
    assert message.startswith(expected)
    assert hint and (lang == "en") == hint.startswith("Check that the drive")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Un autre programme utilise la sauvegarde."),
        ("uk", "Інша програма використовує резервну копію."),
        ("ar", "برنامج آخر يستخدم النسخة الاحتياطية."),
    ],
)
def test_a_busy_database_is_explained_in_the_language(lang: str, expected: str) -> None:
    import sqlcipher3

    busy = sqlcipher3.OperationalError("database is locked")
    error = classify_database_error(busy, None, i18n.QT_TRANSLATE_NOOP("errors", "the backup"))
    assert error is not None
    assert str(error) == "Another program is using the backup."
    assert i18n.error_text(error, lang)[0] == expected


def test_a_folder_that_cannot_be_made_is_named_in_the_language(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception) as caught:
        fsutil.make_private_dir(blocker / "sub")
    message, _ = i18n.error_text(caught.value, "fr")
    assert f"le dossier {blocker / 'sub'}" in message


EXISTS = {
    "fr": "Il y a déjà un coffre dans {path}.",
    "uk": "У {path} уже є сховище.",
    "ar": "توجد خزنة من قبل في {path}.",
}
NO_FOLDER = {
    "fr": "Le dossier {path} n’existe pas.",
    "uk": "Теки {path} не існує.",
    "ar": "المجلد {path} غير موجود.",
}


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_creating_over_a_vault_and_exporting_nowhere_speak_the_language(
    vault: Vault, vault_path: Path, tmp_path: Path, lang: str
) -> None:
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    shown = i18n.isolate(str(vault_path), lang)
    result = run_cli(["--vault", str(vault_path), "init", "--name", "Again"], env)
    assert result.code != 0
    assert result.err.splitlines()[0] == i18n.line("fieldkit: ", lang) + EXISTS[lang].format(
        path=shown
    )

    missing = tmp_path / "nowhere"
    out = missing / "records.csv"
    result = run_cli(
        ["--vault", str(vault_path), "export-records", "--format", "csv", "-o", str(out)], env
    )
    assert result.code != 0
    shown = i18n.isolate(str(missing), lang)
    assert (
        i18n.line("fieldkit: ", lang) + NO_FOLDER[lang].format(path=shown)
        in result.err.splitlines()
    )
    assert not missing.exists()


GIF = {
    "fr": "{name} est un fichier {kind}, que FieldKit n’accepte pas comme photo.",
    "uk": "{name} — це файл {kind}, який FieldKit не приймає як фотографію.",
    "ar": "{name} ملف {kind}، ولا يقبله FieldKit صورةً.",
}
GIF_HINT = {
    "fr": "Enregistrez-la ou exportez-la en JPEG, PNG, TIFF ou HEIC",
    "uk": "Збережіть або експортуйте її як JPEG, PNG, TIFF або HEIC",
    "ar": "احفظها أو صدّرها بتنسيق JPEG أو PNG أو TIFF أو HEIC",
}


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_a_refused_photo_is_explained_in_the_language(
    vault: Vault, vault_path: Path, tmp_path: Path, lang: str
) -> None:
    vault.close()
    gif = tmp_path / "jar.gif"
    gif.write_bytes(b"GIF89a" + bytes(64))
    record = tmp_path / "record.json"
    record.write_text('{"inventory_number": "INV-1", "title": "Jarre"}')
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    result = run_cli(
        ["--vault", str(vault_path), "object", "add", "--json", str(record), "--photo", str(gif)],
        env,
    )
    assert result.code == 1
    lines = result.err.splitlines()
    name = i18n.isolate('"jar.gif"', lang)
    at = lines.index(
        i18n.line("fieldkit: ", lang) + GIF[lang].format(name=name, kind=i18n.isolate("GIF", lang))
    )
    assert lines[at + 1].startswith(GIF_HINT[lang])
    listed = run_cli(["--vault", str(vault_path), "object", "list", "--json"], env)
    assert listed.json == []  # nothing was added


def test_bytes_without_a_name_are_the_file_in_the_language() -> None:
    from fieldkit.records.photo_formats import identify

    with pytest.raises(Exception) as caught:
        identify(b"", None)
    assert str(caught.value) == "The file is empty."
    assert i18n.error_text(caught.value, "fr")[0] == "Le fichier est vide."
    assert i18n.error_text(caught.value, "uk")[0] == "Файл порожній."


NOT_FOUND = {
    "fr": (
        "Aucun objet n’a cet identifiant ou ce numéro d’inventaire.",
        "Vérifiez l’identifiant ou le numéro d’inventaire",
    ),
    "uk": (
        "Немає об’єкта з таким ідентифікатором або інвентарним номером.",
        "Перевірте ідентифікатор або інвентарний номер",
    ),
    "ar": ("لا توجد قطعة بهذا المعرّف أو رقم الجرد.", "تحقّق من المعرّف أو رقم الجرد"),
}


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_an_unknown_object_is_explained_in_the_language(
    vault: Vault, vault_path: Path, lang: str
) -> None:
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    result = run_cli(["--vault", str(vault_path), "object", "show", "NO-SUCH-1"], env)
    assert result.code != 0
    sentence, hint = NOT_FOUND[lang]
    lines = result.err.splitlines()
    at = lines.index(i18n.line(f"fieldkit: {sentence}", lang))
    assert lines[at + 1].startswith(hint)


EXPORT_REFUSED = {
    "fr": (
        "--max-size {size} n’est pas une taille (par ex. 700M ou 3.9G).",
        "{start}… n’est pas un destinataire age valide.",
    ),
    "uk": (
        "--max-size {size} не є розміром (напр. 700M або 3.9G).",
        "{start}… не є дійсним одержувачем age.",
    ),
    "ar": ("--max-size {size} ليس حجمًا (مثل 700M أو 3.9G).", "{start}… ليس مستلم age صالحًا."),
}


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_a_bundle_export_refused_speaks_the_language(
    vault: Vault, vault_path: Path, tmp_path: Path, lang: str
) -> None:
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
    base = ["--vault", str(vault_path), "export", "-o", str(tmp_path / "out")]
    size, recipient = EXPORT_REFUSED[lang]
    result = run_cli([*base, "--plain", "--max-size", "lots"], env)
    assert result.code != 0
    shown = size.format(size=i18n.isolate("'lots'", lang))
    assert i18n.line(f"fieldkit: {shown}", lang) in result.err.splitlines()
    result = run_cli([*base, "--to", "age1zzzzzzzzzzzzzzzz"], env)
    shown = recipient.format(start=i18n.isolate("age1zzzzzzzz", lang))
    assert i18n.line(f"fieldkit: {shown}", lang) in result.err.splitlines()
    assert not (tmp_path / "out").exists()


SECRET_FILE = {
    "fr": "Le fichier de phrase secrète {path} n’existe pas.",
    "uk": "Файлу парольної фрази {path} не існує.",
    "ar": "ملف عبارة المرور {path} غير موجود.",
}
NO_TERMINAL = {
    "fr": "Aucune phrase secrète n’a été donnée, et il n’y a pas de terminal pour la demander.",
    "uk": "Парольної фрази не надано, і немає термінала, щоб її запитати.",
    "ar": "لم تُعطَ عبارة مرور، ولا توجد طرفية لطلبها.",
}


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_a_missing_passphrase_is_explained_in_the_language(
    vault: Vault, vault_path: Path, tmp_path: Path, lang: str
) -> None:
    vault.close()
    missing = tmp_path / "pass.txt"
    base = ["--vault", str(vault_path)]
    result = run_cli(
        [*base, "--passphrase-file", str(missing), "object", "list"], {"FIELDKIT_LANG": lang}
    )
    assert result.code != 0
    shown = SECRET_FILE[lang].format(path=i18n.isolate(str(missing), lang))
    assert result.err.splitlines()[0] == i18n.line(f"fieldkit: {shown}", lang)

    result = run_cli([*base, "object", "list"], {"FIELDKIT_LANG": lang})
    assert result.err.splitlines()[0] == i18n.line(f"fieldkit: {NO_TERMINAL[lang]}", lang)
    assert "FIELDKIT_PASSPHRASE" in result.err.splitlines()[1]
