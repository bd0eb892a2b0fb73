"""A damaged age payload is explained in the reader's language (review 7, L2): the stream
reader's sentences were plain English strings, so French, Arabic and Ukrainian users read
"The age payload is truncated, corrupt or was tampered with." as it is."""

from __future__ import annotations

import subprocess

import pytest

from fieldkit import i18n
from fieldkit.crypto import age
from fieldkit.errors import AgePayloadError


def test_a_tampered_payload_is_explained_in_three_languages() -> None:
    ours = age.X25519Identity.generate()
    data = bytearray(
        subprocess.run(
            ["age", "-r", str(ours.recipient())],
            input=b"secret" * 100,
            capture_output=True,
            check=True,
        ).stdout
    )
    data[-5] ^= 1  # in the last (only) chunk's tag
    with pytest.raises(AgePayloadError) as caught:
        age.decrypt_bytes(bytes(data), [ours])
    assert str(caught.value) == "The age payload is truncated, corrupt or was tampered with."
    assert i18n.error_text(caught.value, "fr")[0] == (
        "Le contenu du fichier age est tronqué, corrompu ou a été falsifié."
    )
    assert i18n.error_text(caught.value, "uk")[0] == (
        "Вміст файлу age обрізано, пошкоджено або підроблено."
    )
    assert i18n.error_text(caught.value, "ar")[0] == "محتوى ملف age مبتور أو تالف أو عُبث به."
