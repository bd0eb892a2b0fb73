"""A bad ``--json FILE`` is explained in the user's language (issue 16): the strict JSON reader's
problem phrases are templates, translated where they are shown, with their line and column.
The English stays the exception's ``str`` (logs), and ``--json`` output is identical."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit import i18n, json_input
from fieldkit.errors import FieldKitError
from fieldkit.vault import Vault


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


# input -> (English, French) first line on stderr
CASES = {
    b'{"a": 1,\n  oops}': (
        "The JSON input is not valid: syntax error at line 2, column 3.",
        "L’entrée JSON n’est pas valide\u00a0: erreur de syntaxe à la ligne 2, colonne 3.",
    ),
    b'{"title": "a", "title": "b"}': (
        "The JSON input is not valid: 'title' is given twice in one object.",
        "L’entrée JSON n’est pas valide\u00a0: «\u00a0title\u00a0» figure deux fois dans un "
        "même objet.",
    ),
    b'{"a": "\xff"}': (
        "The JSON input is not valid: not UTF-8 text at line 1, column 8.",
        "L’entrée JSON n’est pas valide\u00a0: texte non UTF-8 à la ligne 1, colonne 8.",
    ),
    b"[" * 40: (
        "The JSON input is not valid: nested more than 32 levels deep at line 1, column 33.",
        "L’entrée JSON n’est pas valide\u00a0: plus de 32 niveaux d’imbrication à la ligne 1, "
        "colonne 33.",
    ),
    b'{"a": NaN}': (
        "The JSON input is not valid: NaN and Infinity are not JSON numbers.",
        "L’entrée JSON n’est pas valide\u00a0: NaN et Infinity ne sont pas des nombres JSON.",
    ),
    b'{"a": ' + b"9" * 31 + b"}": (
        "The JSON input is not valid: a whole number has more than 30 digits.",
        "L’entrée JSON n’est pas valide\u00a0: un nombre entier a plus de 30 chiffres.",
    ),
}


@pytest.mark.parametrize("data", list(CASES))
def test_a_bad_json_file_is_explained_in_french(
    vault: Vault, vault_path: Path, tmp_path: Path, data: bytes
) -> None:
    vault.close()
    english, french = CASES[data]
    bad = tmp_path / "bad.json"
    bad.write_bytes(data)
    args = ["--vault", str(vault_path), "object", "add", "--json", str(bad)]
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    result = run_cli(args, env)
    assert result.code == 2
    assert result.err.splitlines()[0] == f"fieldkit: {french}"
    assert "not valid" not in result.err
    # The exception's own text stays English (the log's).
    with pytest.raises(json_input.JsonInputError) as caught:
        json_input.loads(data)
    assert str(caught.value) == english


def test_the_problem_and_hint_are_translated_in_arabic_and_ukrainian() -> None:
    with pytest.raises(json_input.JsonInputError) as caught:
        json_input.loads(b'{"a": 1,\n  oops}')
    assert i18n.error_text(caught.value, "uk") == (
        "Вхідний JSON недійсний: синтаксична помилка в рядку 2, стовпці 3.",
        "Виправте JSON і спробуйте ще раз; нічого не змінено.",
    )
    message, hint = i18n.error_text(caught.value, "ar")
    assert message == "مدخلات JSON غير صالحة: خطأ في الصياغة في السطر 2، العمود 3."
    assert hint == "صحّح JSON وحاول مرة أخرى؛ لم يُغيَّر شيء."
    # A caller re-raising the message alone (as the command line does) keeps it translatable.
    again = FieldKitError(caught.value.message)
    assert (
        i18n.error_text(again, "uk")[0]
        == "Вхідний JSON недійсний: синтаксична помилка в рядку 2, стовпці 3."
    )


def test_a_bad_json_file_gives_the_same_json_output_in_every_language(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"a": 1,\n  oops}')
    seen = set()
    for lang in i18n.LANGUAGES:
        env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
        result = run_cli(
            ["--vault", str(vault_path), "--json", "object", "add", "--json", str(bad)], env
        )
        seen.add((result.code, result.out))
    assert len(seen) == 1 and next(iter(seen))[0] == 2
