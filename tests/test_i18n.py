"""The core speaks English, French, Arabic and Ukrainian without Qt (fieldkit/i18n.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli, run_cli_process, tree_snapshot
from hypothesis import given
from hypothesis import strategies as st

from fieldkit import i18n
from fieldkit.errors import VaultNotFoundError, WrongPassphraseError
from fieldkit.vault import Vault

FRENCH_WRONG = "fieldkit: La phrase secrète n’est pas la bonne pour ce coffre."


def test_wrong_passphrase_in_french_is_a_french_sentence(vault: Vault, vault_path: Path) -> None:
    vault.close()
    before = tree_snapshot(vault_path)
    proc = run_cli_process(
        ["--vault", str(vault_path), "object", "list"],
        {"FIELDKIT_PASSPHRASE": "wrong wrong wrong", "FIELDKIT_LANG": "fr"},
    )
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines[0] == FRENCH_WRONG
    assert lines[1].startswith("Vérifiez la disposition du clavier")
    assert tree_snapshot(vault_path) == before


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", "عبارة المرور غير صحيحة لهذه الخزنة."),
        ("uk", "Парольна фраза не підходить до цього сховища."),
        ("en", "The passphrase is not correct for this vault."),
    ],
)
def test_wrong_passphrase_in_each_language(
    vault: Vault, vault_path: Path, lang: str, expected: str
) -> None:
    vault.close()
    result = run_cli(
        ["--vault", str(vault_path), "object", "list"],
        {"FIELDKIT_PASSPHRASE": "wrong wrong wrong", "FIELDKIT_LANG": lang},
    )
    assert result.code == 1
    assert result.err.splitlines()[0] == i18n.line(f"fieldkit: {expected}", lang)


def test_json_output_is_identical_in_every_language(vault: Vault, vault_path: Path) -> None:
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    record = vault_path.parent / "record.json"
    record.write_text('{"inventory_number": "INV-1", "title": "Jarre", "status": "in_place"}')
    added = run_cli(["--vault", str(vault_path), "object", "add", "--json", str(record)], env)
    assert added.code == 0, added.err
    outputs = set()
    for lang in i18n.LANGUAGES:
        result = run_cli(
            ["--vault", str(vault_path), "object", "list", "--json"],
            {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang},
        )
        assert result.code == 0, result.err
        outputs.add(json.dumps(result.json, sort_keys=True))
    assert len(outputs) == 1


def test_a_path_in_an_arabic_sentence_is_isolated(tmp_path: Path) -> None:
    result = run_cli(["--vault", str(tmp_path / "none"), "object", "list"], {"FIELDKIT_LANG": "ar"})
    first = result.err.splitlines()[0]
    assert f"{i18n.FSI}{tmp_path / 'none'}{i18n.PDI}" in first
    assert "لا توجد خزنة FieldKit" in first


def test_templates_take_named_parameters_in_each_language() -> None:
    exc = VaultNotFoundError(
        i18n.QT_TRANSLATE_NOOP("errors", "There is no FieldKit vault in {folder}."), folder="/x"
    )
    assert exc.message == "There is no FieldKit vault in /x."  # English str() unchanged
    assert i18n.error_text(exc, "fr")[0] == "Il n’y a pas de coffre FieldKit dans /x."
    assert i18n.error_text(exc, "uk")[0] == "У /x немає сховища FieldKit."
    hint = i18n.error_text(WrongPassphraseError("x"), "fr")[1]
    assert hint.startswith("Vérifiez la disposition du clavier")


def test_a_translation_with_a_broken_placeholder_falls_back_to_english() -> None:
    assert i18n.fill("Dans {dossier}.", "In {folder}.", folder="/x") == "In /x."


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDKIT_LANG")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    assert i18n.resolve_language() == "uk"  # the system's, as it is one of the four
    assert i18n.resolve_language("ar") == "ar"  # the user's choice beats the system
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.resolve_language() == "en"  # a language FieldKit does not speak: English
    monkeypatch.setenv("FIELDKIT_LANG", "fr")
    assert i18n.resolve_language("ar") == "fr"  # the environment beats both
    monkeypatch.setenv("FIELDKIT_LANG", "xx")
    assert i18n.resolve_language("ar") == "ar"  # an unknown value is ignored


def test_report_language_is_scoped() -> None:
    i18n.set_language("en")
    with i18n.using("ar"):
        assert i18n.language() == "ar"
        assert i18n.translate("fields", "Title") == "العنوان"
    assert i18n.language() == "en"
    assert i18n.translate("fields", "Title") == "Title"


def test_english_plural_forms() -> None:
    assert i18n.translate("OverviewPage", "%n need(s) immediate action;", "", 1, lang="en") == (
        "1 needs immediate action;"
    )
    assert i18n.translate("x", "%n record(s)", "", 1, lang="en") == "1 record"
    assert i18n.translate("x", "%n record(s)", "", 0, lang="en") == "0 records"
    assert i18n.translate("x", "%n match(es)", "", 2, lang="en") == "2 matches"


def test_plural_rules_match_qt(tmp_path: Path) -> None:
    """Our Qt-free plural choice equals what Qt's own translator picks, for every language."""
    pytest.importorskip("PySide6")
    import subprocess
    import sys

    code = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTranslator
app = QCoreApplication([])
out = []
for lang, ts in zip(sys.argv[1::2], sys.argv[2::2]):
    t = QTranslator()
    assert t.load(ts)
    out.append(lang + ":" + ",".join(t.translate("c", "%n x", "", n) for n in range(0, 125)))
print("\n".join(out))
"""
    args = []
    for lang, forms in i18n.PLURAL_FORMS.items():
        ts = tmp_path / f"p_{lang}.ts"
        numerus = "".join(f"<numerusform>{i}</numerusform>" for i in range(forms))
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{lang}">'
            f'<context><name>c</name><message numerus="yes"><source>%n x</source>'
            f"<translation>{numerus}</translation></message></context></TS>",
            encoding="utf-8",
        )
        qm = ts.with_suffix(".qm")
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        args += [lang, str(qm)]
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout
    for line in out.splitlines():
        lang, picks = line.split(":")
        ours = [str(i18n.plural_index(lang, n)) for n in range(0, 125)]
        assert picks.split(",") == ours, lang


@given(st.text(max_size=200))
def test_hostile_translation_file_never_crashes_the_parser(text: str) -> None:
    try:
        i18n.parse_ts(text.encode("utf-8", "surrogatepass"), "fr")
    except ValueError:
        pass


def test_parser_skips_unfinished_and_keeps_finished() -> None:
    data = (
        '<TS version="2.1" language="fr"><context><name>c</name>'
        "<message><source>A</source><translation>Ah</translation></message>"
        '<message><source>B</source><translation type="unfinished">Bé</translation></message>'
        '<message><source>C</source><translation type="vanished">Cé</translation></message>'
        "</context></TS>"
    ).encode()
    cat = i18n.parse_ts(data, "fr")
    assert cat.singular == {("c", "A"): "Ah"}


def test_import_and_verify_summaries_speak_the_language(tmp_path: Path) -> None:
    """What users read most after an exchange: the import and verify summaries, in French and
    Ukrainian, with proper plurals; --json is the same in every language."""
    from peers import Peer

    from fieldkit.records import fields as F

    field, coordinator = Peer(tmp_path, "field"), Peer(tmp_path, "coord", role="coordinator")
    field.trust(coordinator)
    coordinator.trust(field)
    field.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jarre"})
    bundle = field.send(coordinator)
    assert bundle is not None
    coordinator.vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    vault = ["--vault", str(coordinator.path)]
    fr = run_cli([*vault, "import", str(bundle)], {**env, "FIELDKIT_LANG": "fr"})
    assert fr.code == 0, fr.err
    said = f"{bundle.name}\u00a0: 1 nouvelle révision, 0 déjà présentes, 0 nouvelle photo, "
    assert said in fr.err
    assert "0 fiche en conflit." in fr.err
    uk = run_cli([*vault, "import", str(bundle)], {**env, "FIELDKIT_LANG": "uk"})
    assert "0 нових редакцій, 1 вже є" in uk.err
    en = run_cli([*vault, "import", str(bundle)], {**env, "FIELDKIT_LANG": "en"})
    assert "0 new revisions, 1 already here, 0 new photos, 0 records in conflict." in en.err
    verified = run_cli([*vault, "verify", str(bundle)], {**env, "FIELDKIT_LANG": "fr"})
    assert f"{bundle.name}\u00a0: VALIDE, signé par field" in verified.err
    jsons = {
        json.dumps(
            run_cli([*vault, "verify", str(bundle), "--json"], {**env, "FIELDKIT_LANG": lang}).json,
            sort_keys=True,
        )
        for lang in i18n.LANGUAGES
    }
    assert len(jsons) == 1
    field.vault.close()
