"""One passphrase policy for the CLI and the app: guessable passphrases are refused, and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit import credentials, passphrase_policy
from fieldkit.errors import UsageError
from fieldkit.passphrase_policy import Reason, assess

WEAK = [
    ("password1234", Reason.COMMON),  # a top password, digits appended (and itself in the list)
    ("qwertyuiop12", Reason.KEYBOARD),  # a keyboard walk with digits
    ("1q2w3e4r5t6y", Reason.KEYBOARD),
    ("azertyuiop12", Reason.KEYBOARD),  # the French keyboard's top row
    ("ЙЦУКЕНГШЩЗ12", Reason.KEYBOARD),  # the Ukrainian keyboard's top row
    ("ضصثقفغعهخح12", Reason.KEYBOARD),  # the Arabic keyboard's top row
    ("aaaaaaaaaaaa", Reason.REPEAT),
    ("abcabcabcabc", Reason.REPEAT),
    ("abcdefghijkl", Reason.SEQUENCE),
    ("12/05/1987abc", Reason.DATE),
    ("19871205xyz", Reason.DATE),
    ("P@ssw0rd2024", Reason.COMMON_VARIANT),
    ("iloveyou2024!", Reason.COMMON_VARIANT),
    ("Summer2024!!", Reason.COMMON_VARIANT),
]

STRONG = [
    PASSPHRASE,  # "correct horse battery staple"
    "sunflower-river-quiet-lamp",
    "mon chat mange des croissants",  # French
    "قطة سوداء تنام على السطح",  # Arabic
    "кіт спить на даху вночі",  # Ukrainian
    "a brand new passphrase",
    "x" * 40 + " an unusually long passphrase " + "y" * 40,  # longer than zxcvbn takes
]


@pytest.mark.parametrize(("passphrase", "reason"), WEAK)
def test_guessable_passphrases_are_refused_with_the_reason(passphrase: str, reason: Reason) -> None:
    verdict = assess(passphrase)
    assert not verdict.acceptable
    assert verdict.reason is reason, verdict.text
    assert verdict.score < passphrase_policy.STRONG
    assert "words" in verdict.suggestion  # what to do instead


@pytest.mark.parametrize("passphrase", STRONG)
def test_long_passphrases_in_any_script_pass(passphrase: str) -> None:
    verdict = assess(passphrase)
    assert verdict.acceptable, verdict.message
    assert verdict.score == passphrase_policy.STRONG and verdict.suggestion == ""


def test_short_and_empty() -> None:
    assert assess("").reason is Reason.EMPTY
    short = assess("Zq8#kd!")
    assert short.reason is Reason.TOO_SHORT and short.score == 0
    assert f"at least {passphrase_policy.MIN_LENGTH} characters" in short.text


def test_the_owners_name_and_organisation_count_as_known_words() -> None:
    assert assess("Amal Haddad Mosul").acceptable  # strangers' names: fine
    verdict = assess("Amal Haddad Mosul", ["Amal Haddad", "Mosul Museum"])
    assert verdict.reason is Reason.PERSONAL and not verdict.acceptable


def test_every_reason_has_a_text() -> None:
    assert set(passphrase_policy.REASONS) == set(Reason)


@pytest.mark.parametrize(("passphrase", "reason"), WEAK[:3])
def test_the_cli_uses_the_same_policy(passphrase: str, reason: Reason) -> None:
    with pytest.raises(UsageError) as caught:
        credentials.check_strength(passphrase)
    assert caught.value.message == passphrase_policy.REASONS[reason]
    credentials.check_strength(PASSPHRASE)


def test_cli_init_refuses_a_common_password_and_says_why(tmp_path: Path) -> None:
    result = run_cli(
        ["--vault", str(tmp_path / "v"), "init", "--name", "A"],
        {"FIELDKIT_PASSPHRASE": "password1234"},
    )
    assert result.code == 2
    assert "most common passwords" in result.err and "unrelated words" in result.err
    assert not (tmp_path / "v").exists()
    result = run_cli(
        ["--vault", str(tmp_path / "w"), "init", "--name", "A"],
        {"FIELDKIT_PASSPHRASE": "qwertyuiop12"},
    )
    assert result.code == 2 and "keyboard" in result.err


def test_cli_init_refuses_the_owners_own_name_as_passphrase(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import run_cli

    secret = tmp_path / "p.txt"
    secret.write_text("Amal Haddad Mosul Museum\n")
    result = run_cli(
        [
            "--vault",
            str(tmp_path / "v"),
            "init",
            "--name",
            "Amal Haddad",
            "--org",
            "Mosul Museum",
            "--passphrase-file",
            str(secret),
        ]
    )
    assert result.code == 2 and "your name" in result.err
    assert not (tmp_path / "v" / "vault.json").exists()
