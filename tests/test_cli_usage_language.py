"""argparse's own words (usage, help headings, usage errors) in French, Arabic and Ukrainian:
`FIELDKIT_LANG=fr fieldkit export` says what is missing in French (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

from fieldkit import cli

ENGLISH = (
    "usage:",
    "error:",
    "the following arguments are required",
    "unrecognized arguments",
    "invalid choice",
    "expected one argument",
    "not allowed with argument",
    "show this help message and exit",
    "positional arguments",
)

USAGE = {"fr": "utilisation\u00a0: fieldkit export", "ar": "الاستخدام: fieldkit export"}
USAGE["uk"] = "використання: fieldkit export"

SAID = {
    "fr": {
        "required": "fieldkit: Les arguments suivants sont obligatoires\u00a0: -o/--output.",
        "unknown": "fieldkit: Arguments non reconnus\u00a0: --bogus.",
        "one": "fieldkit: Argument -o/--output\u00a0: un argument attendu.",
        "both": "fieldkit: Argument --since-last\u00a0: non autorisé avec l’argument --full.",
    },
    "ar": {
        "required": "\u200ffieldkit: الوسائط التالية مطلوبة: -o/--output.",
        "unknown": "\u200ffieldkit: وسائط غير معروفة: --bogus.",
        "one": "\u200ffieldkit: الوسيط -o/--output: يُتوقع وسيط واحد.",
        "both": "\u200ffieldkit: الوسيط --since-last: غير مسموح مع الوسيط --full.",
    },
    "uk": {
        "required": "fieldkit: Потрібні такі аргументи: -o/--output.",
        "unknown": "fieldkit: Нерозпізнані аргументи: --bogus.",
        "one": "fieldkit: Аргумент -o/--output: очікується один аргумент.",
        "both": "fieldkit: Аргумент --since-last: не дозволено разом з аргументом --full.",
    },
}
ARGS = {
    "required": ["export"],
    "unknown": ["export", "-o", "x.fkb", "--bogus"],
    "one": ["export", "-o"],
    "both": ["export", "-o", "x.fkb", "--full", "--since-last"],
}


@pytest.mark.parametrize("lang", sorted(SAID))
def test_fieldkit_export_without_its_output_is_a_usage_error_in_the_language(
    lang: str, tmp_path: Path
) -> None:
    env = {**os.environ, "FIELDKIT_LANG": lang, "FIELDKIT_VAULT": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "fieldkit", "export"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert lines[0].startswith(USAGE[lang])
    assert lines[-1] == SAID[lang]["required"]
    assert not [word for word in ENGLISH if word in proc.stderr]


@pytest.mark.parametrize("problem", sorted(ARGS))
@pytest.mark.parametrize("lang", sorted(SAID))
def test_each_usage_error_is_one_sentence_in_the_language(lang: str, problem: str) -> None:
    result = run_cli(ARGS[problem], {"FIELDKIT_LANG": lang})
    assert result.code == 2
    assert SAID[lang][problem] in result.err.splitlines()
    assert not [word for word in ENGLISH if word in result.err]


@pytest.mark.parametrize("lang", sorted(SAID))
def test_a_command_help_has_no_english_of_argparse(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(["export", "--help"], {"FIELDKIT_LANG": lang})
    assert result.code == 0
    out = capsys.readouterr().out
    assert out.startswith(USAGE[lang])
    assert not [word for word in ENGLISH if word in out]


def test_a_usage_problem_becomes_one_sentence() -> None:
    assert cli._sentence("the following arguments are required: X") == (
        "The following arguments are required: X."
    )
    assert cli._sentence("وسائط غير معروفة: x") == "وسائط غير معروفة: x."
