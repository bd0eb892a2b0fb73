"""The owner's name is refused in every new passphrase, typed with or without its accents.

New-user trial r14 #11: « Amelie Durand 2026 » was rated « Robuste » and accepted by Vault
settings ▸ Change the passphrase, by the new passphrase asked after a recovery-key unlock and by
`fieldkit passwd` / `rekey` (only vault creation knew the owner's name), and even with the name
given, the accent-less spelling of « Amélie Durand » passed (README: « your own name are
refused »).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.passphrase_policy import Reason, assess
from fieldkit.vault import Vault

OWNER = "Amélie Durand"
ORGANISATION = "Musée de Byblos"


@pytest.mark.parametrize(
    "typed",
    [
        "Amélie Durand 2026",
        "Amelie Durand 2026",
        "amelie durand 2026",
        "AMÉLIE DURAND 2026",
        "Musee de Byblos 2026",
    ],
)
def test_the_owners_name_in_any_spelling_is_personal(typed: str) -> None:
    verdict = assess(typed, [OWNER, ORGANISATION])
    assert not verdict.acceptable
    assert verdict.reason is Reason.PERSONAL, verdict.reason


def test_words_of_french_are_not_weakened_by_folding() -> None:
    # Folding is a variant an attacker tries, not a replacement: a strong passphrase of accented
    # words stays strong.
    assert assess("écureuil déçu hérisson fâché gâteau", [OWNER]).acceptable


@pytest.mark.parametrize("command", ["passwd", "rekey"])
def test_the_command_line_refuses_the_owners_name_as_a_new_passphrase(
    make_vault, vault_path: Path, tmp_path: Path, command: str
) -> None:
    vault, _ = make_vault(name=OWNER, organisation=ORGANISATION)
    vault.close()
    (tmp_path / "old").write_text(PASSPHRASE + "\n")
    (tmp_path / "new").write_text("Amelie Durand 2026\n")
    args = ["--vault", str(vault_path), command, "--passphrase-file", str(tmp_path / "old")]
    result = run_cli([*args, "--new-passphrase-file", str(tmp_path / "new")])
    assert result.code != 0, result.out
    assert "your name" in result.err, result.err
    Vault.open(vault_path, PASSPHRASE).close()  # unchanged
