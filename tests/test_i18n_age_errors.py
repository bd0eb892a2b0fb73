"""A damaged or foreign encrypted file is explained in the user's language (issue 16): the age
reader's sentences are templates, translated where they are shown; the error TYPES stay (the
age vectors compare them), and the English stays the exception's ``str``."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from PIL import Image

from fieldkit import i18n
from fieldkit.crypto import age
from fieldkit.errors import AgeHeaderError, AgeNoIdentityMatchError
from fieldkit.vault import Vault


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_a_damaged_photo_in_the_vault_is_explained_in_french_by_the_cli(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    Image.new("RGB", (8, 8), (200, 10, 10)).save(tmp_path / "p.jpg", "JPEG")
    (tmp_path / "o.json").write_text(json.dumps({"inventory_number": "A1"}))
    added = run_cli(
        [
            "--vault",
            str(vault_path),
            "object",
            "add",
            "--json",
            str(tmp_path / "o.json"),
            "--photo",
            str(tmp_path / "p.jpg"),
        ],
        env,
    )
    assert added.code == 0, added.err
    media = [p for p in (vault_path / "media").rglob("*") if p.is_file()]
    assert len(media) == 1
    media[0].write_bytes(b"this is not an age file\n" * 4)
    out = tmp_path / "out.xml"
    result = run_cli(
        ["--vault", str(vault_path), "export-records", "--format", "lido", "--output", str(out)],
        {**env, "FIELDKIT_LANG": "fr"},
    )
    assert result.code != 0
    assert "Ce fichier n’est pas un fichier age v1." in result.err, result.err
    assert "not an age" not in result.err


def _error(data: bytes, identities: list[age.Identity]) -> Exception:
    with pytest.raises(Exception) as caught:
        age.decrypt_bytes(data, identities)
    return caught.value


def test_a_file_for_someone_else_and_damaged_headers_in_three_languages(tmp_path: Path) -> None:
    ours = age.X25519Identity.generate()
    # A file the real `age` encrypted to another key.
    theirs = age.X25519Identity.generate()
    foreign = subprocess.run(
        ["age", "-r", str(theirs.recipient())],
        input=b"secret",
        capture_output=True,
        check=True,
    ).stdout
    exc = _error(foreign, [ours])
    assert isinstance(exc, AgeNoIdentityMatchError)
    assert str(exc) == "None of the given keys can open this age file."
    assert i18n.error_text(exc, "fr")[0] == (
        "Aucune des clés fournies ne peut ouvrir ce fichier age."
    )
    assert i18n.error_text(exc, "uk")[0] == "Жоден із наданих ключів не може відкрити цей файл age."

    cut = _error(foreign[:30], [ours])
    assert isinstance(cut, AgeHeaderError)
    assert i18n.error_text(cut, "ar")[0] == "ينتهي ملف age داخل ترويسته."

    # Invalid base64 in a stanza: the phrase naming where is translated too.
    lines = foreign.split(b"\n")
    lines[1] = lines[1][:-2] + b"!!"
    bad = _error(b"\n".join(lines), [ours])
    assert isinstance(bad, AgeHeaderError)
    assert str(bad) == "The age header has invalid base64 in an X25519 stanza."
    assert i18n.error_text(bad, "fr")[0] == (
        "L’en-tête age contient du base64 non valide dans un bloc X25519."
    )
