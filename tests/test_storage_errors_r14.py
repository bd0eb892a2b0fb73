"""A write the system refuses is said in the user's language, never with the OS's English
(new-user trial r14, second tester #14: `-o /nonexistent/x.pdf` gave « Le système a refusé
d’écrire … (No such file or directory) » and advice about an unplugged drive)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit import fsutil, i18n
from fieldkit.vault import Vault

# Each cause with a sentence of its own, and what the French sentence says.
OWN_SENTENCES = {
    errno.ENOENT: "n’existe pas",
    errno.ENOTDIR: "n’existe pas",
    errno.EISDIR: "un dossier de ce nom existe déjà",
    errno.ENAMETOOLONG: "trop long",
    errno.EMFILE: "trop de fichiers sont ouverts",
}


@pytest.mark.parametrize("code", sorted(OWN_SENTENCES))
def test_each_common_cause_has_its_own_french_sentence(tmp_path: Path, code: int) -> None:
    target = tmp_path / "missing" / "report.pdf"
    error = fsutil.storage_error(OSError(code, os.strerror(code)), str(target))
    message, hint = i18n.error_text(error, "fr")
    assert OWN_SENTENCES[code] in message, message
    assert os.strerror(code) not in message + hint
    assert hint and "connecté" not in hint  # not the unplugged-drive advice


@pytest.mark.parametrize("lang", ["fr", "ar", "uk"])
@pytest.mark.parametrize("code", [errno.EIO, errno.EXDEV, errno.ENOLCK])
def test_any_other_cause_is_named_by_its_errno_name(lang: str, code: int) -> None:
    error = fsutil.storage_error(OSError(code, os.strerror(code)), "/media/stick/x.fkb")
    message, _hint = i18n.error_text(error, lang)
    plain = message.replace(i18n.FSI, "").replace(i18n.PDI, "")
    assert f"({errno.errorcode[code]})" in plain, message
    assert os.strerror(code) not in message


def test_a_missing_folder_named_by_a_phrase_is_said_without_a_path() -> None:
    error = fsutil.storage_error(
        OSError(errno.ENOENT, "No such file or directory"),
        i18n.QT_TRANSLATE_NOOP("errors", "a photo in the vault"),
    )
    message, _hint = i18n.error_text(error, "fr")
    assert "n’existe pas" in message and "No such" not in message


@pytest.mark.parametrize(
    "command",
    [
        ["report", "inventory", "-o", "{missing}/x.pdf"],
        ["export", "--plain", "-o", "{missing}/x.fkb"],
    ],
)
def test_the_cli_says_the_folder_does_not_exist_in_french(
    vault: Vault, vault_path: Path, tmp_path: Path, command: list[str]
) -> None:
    vault.close()
    missing = tmp_path / "missing" / "dir"
    args = [part.replace("{missing}", str(missing)) for part in command]
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    result = run_cli(["--vault", str(vault_path), *args], env)
    assert result.code == 1, result.err
    lines = result.err.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("fieldkit: "))
    first, hint = lines[at : at + 2]
    assert first == f"fieldkit: Le dossier {missing} n’existe pas.", result.err
    assert hint.startswith("Choisissez un dossier qui existe")
    assert "No such file" not in result.err
