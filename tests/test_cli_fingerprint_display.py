"""The CLI shows a key's fingerprint for people in the display form (SPEC §6: six groups of five
digits, read aloud over a phone), as the app and the card do; `--json` keeps the 64 hex digits
(SPEC §11). A tester was asked by `verify` to compare "1a2b3c4d5e6f7a8b…" with a sender whose
app shows digits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, CliResult, run_cli

from fieldkit.identity import own
from fieldkit.identity.fingerprint import display_form

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


def cli(vault: Path, *args: str, lang: str = "en") -> CliResult:
    return run_cli(["--vault", str(vault), *args], {**ENV, "FIELDKIT_LANG": lang})


@pytest.fixture
def sender(make_vault: Any, tmp_path: Path) -> tuple[Path, str, Path]:
    """A field vault with one object: (vault, fingerprint, its card)."""
    path = tmp_path / "field"
    vault, _ = make_vault(path, name="Amal Haddad", role="field")
    fingerprint = own.load(vault.db).fingerprint
    vault.close()
    card = tmp_path / "amal.fkid"
    assert cli(path, "identity", "export", "-o", str(card)).code == 0
    added = run_cli(["--vault", str(path), "object", "add", "--json", str(_record(tmp_path))], ENV)
    assert added.code == 0, added.err
    return path, fingerprint, card


def _record(tmp_path: Path) -> Path:
    file = tmp_path / "object.json"
    file.write_text('{"inventory_number": "INV-1", "title": "Jar"}', encoding="utf-8")
    return file


def test_verify_names_the_signer_by_the_display_form(
    sender: tuple[Path, str, Path], tmp_path: Path
) -> None:
    vault, fingerprint, card = sender
    bundle = tmp_path / "out.fkb"
    assert cli(vault, "export", "--plain", "-o", str(bundle)).code == 0
    digits = display_form(fingerprint)

    trusted = run_cli(["verify", str(bundle), "--trust", str(card)])
    assert trusted.code == 0, trusted.err
    assert f"out.fkb: VALID, signed by Amal Haddad ({digits}), trusted." in trusted.err
    assert fingerprint[:16] not in trusted.err

    unknown = run_cli(["verify", str(bundle)])
    assert unknown.code == 3, unknown.err
    assert (
        f"out.fkb: intact, but signed by an untrusted or unknown key ({digits}). "
        "Compare the fingerprint with the sender before trusting it."
    ) in unknown.err
    assert fingerprint[:16] not in unknown.err
    # Which laptop, as the bundle's own card says (r10 UI trial #13), never as trusted.
    assert "Its own card says it is from Amal Haddad (not verified)." in unknown.err
    assert "Its own card" not in trusted.err

    # The contract: --json keeps the machine form.
    js = run_cli(["verify", str(bundle), "--json"])
    assert js.json["signer"]["fingerprint"] == fingerprint  # type: ignore[index]


def test_verify_in_arabic_keeps_the_digits_left_to_right(
    sender: tuple[Path, str, Path], tmp_path: Path
) -> None:
    vault, fingerprint, card = sender
    bundle = tmp_path / "out.fkb"
    assert cli(vault, "export", "--plain", "-o", str(bundle)).code == 0
    shown = run_cli(["verify", str(bundle), "--trust", str(card)], {"FIELDKIT_LANG": "ar"})
    assert shown.code == 0, shown.err
    assert f"\u2066{display_form(fingerprint)}\u2069" in shown.err


def test_trust_list_shows_the_digits_to_compare(
    sender: tuple[Path, str, Path], make_vault: Any, tmp_path: Path
) -> None:
    _, fingerprint, card = sender
    mine = tmp_path / "coordinator"
    make_vault(mine, name="Rana Aziz", role="coordinator")[0].close()
    assert cli(mine, "trust", "add", str(card)).code == 0
    listed = cli(mine, "trust", "list")
    assert listed.code == 0, listed.err
    (line,) = listed.out.splitlines()
    # The hex prefix `trust revoke` and scripts take, then the digits the advice below asks to
    # compare with the holder.
    assert line.startswith(f"{fingerprint[:16]}  {display_form(fingerprint)}  field")
    assert line.endswith("unverified  Amal Haddad")
    js = cli(mine, "trust", "list", "--json")
    assert js.json[0]["fingerprint"] == fingerprint  # type: ignore[index]


def test_trust_revoke_says_which_key_by_the_display_form(
    sender: tuple[Path, str, Path], make_vault: Any, tmp_path: Path
) -> None:
    _, fingerprint, card = sender
    mine = tmp_path / "coordinator"
    make_vault(mine, name="Rana Aziz", role="coordinator")[0].close()
    assert cli(mine, "trust", "add", str(card)).code == 0
    digits = display_form(fingerprint)
    # The form `trust list` shows is the one a person copies (quoted: it has spaces).
    revoked = cli(mine, "trust", "revoke", digits)
    assert revoked.code == 0, revoked.err
    assert f"Revoked Amal Haddad ({digits}): bundles and revisions" in revoked.err
    again = cli(mine, "trust", "revoke", fingerprint[:12])
    assert again.code == 0, again.err
    assert f"Amal Haddad ({digits}) was already revoked on " in again.err
    assert fingerprint[:16] not in revoked.err + again.err
    js = cli(mine, "trust", "revoke", fingerprint, "--json")
    assert js.json["fingerprint"] == fingerprint  # type: ignore[index]


def test_trust_revoke_help_names_the_display_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["trust", "revoke", "--help"]).code == 0
    assert "30-digit display form in quotes" in " ".join(capsys.readouterr().out.split())
