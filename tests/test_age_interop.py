"""Our age code against stock `age` (both directions) and pyrage (a second implementation)."""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from terminal import run_on_terminal

from fieldkit.crypto.age import (
    CHUNK_SIZE,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    decrypt_file,
    encrypt_bytes,
    encrypt_file,
    encryptor,
    identities_from_text,
)
from fieldkit.crypto.age_stream import encrypted_size
from fieldkit.errors import AgeHeaderError

SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, 1_000_000]


def require_tool(name: str) -> str:
    """Path of an external tool; fails in CI (which must install it), skips elsewhere."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed")
        pytest.skip(f"{name} is not installed")
    return path


def payload(size: int) -> bytes:
    return random.Random(size).randbytes(size)  # noqa: S311 - reproducible test data


@pytest.fixture(scope="module")
def stock_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, X25519Identity]:
    """A key made by stock age-keygen, and our parse of it."""
    keygen = require_tool("age-keygen")
    path = tmp_path_factory.mktemp("keys") / "key.txt"
    subprocess.run([keygen, "-o", str(path)], check=True, capture_output=True)
    identity = identities_from_text(path.read_text())[0]
    public = subprocess.run([keygen, "-y", str(path)], check=True, capture_output=True, text=True)
    assert public.stdout.strip() == str(identity.recipient())
    assert f"# public key: {identity.recipient()}" in path.read_text()
    return path, identity


# --- stock age -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_we_encrypt_stock_age_decrypts(
    size: int, tmp_path: Path, stock_key: tuple[Path, X25519Identity]
) -> None:
    age = require_tool("age")
    key_path, identity = stock_key
    data = payload(size)
    sealed = tmp_path / "ours.age"
    with sealed.open("wb") as dst:
        encrypt_file(
            io.BytesIO(data), dst, [X25519Identity.generate().recipient(), identity.recipient()]
        )
    out = subprocess.run(
        [age, "-d", "-i", str(key_path), str(sealed)], check=True, capture_output=True
    )
    assert out.stdout == data
    # and a key of ours, written to a file, works as a stock identity file
    ours = X25519Identity.generate()
    (tmp_path / "ours.txt").write_text(f"# ours\n{ours}\n")
    sealed.write_bytes(encrypt_bytes(data, [ours.recipient()]))
    out = subprocess.run(
        [age, "-d", "-i", str(tmp_path / "ours.txt"), str(sealed)], check=True, capture_output=True
    )
    assert out.stdout == data


@pytest.mark.parametrize("size", SIZES)
def test_stock_age_encrypts_we_decrypt(
    size: int, tmp_path: Path, stock_key: tuple[Path, X25519Identity]
) -> None:
    age = require_tool("age")
    _, identity = stock_key
    ours = X25519Identity.generate()
    data = payload(size)
    (tmp_path / "plain").write_bytes(data)
    recipients = ["-r", str(identity.recipient()), "-r", str(ours.recipient())]
    sealed = tmp_path / "stock.age"
    subprocess.run(
        [age, *recipients, "-o", str(sealed), str(tmp_path / "plain")],
        check=True,
        capture_output=True,
    )
    out = io.BytesIO()
    with sealed.open("rb") as src:
        assert decrypt_file(src, out, [identity]) == size
    assert out.getvalue() == data
    assert decrypt_bytes(sealed.read_bytes(), [X25519Identity.generate(), ours]) == data


def test_stock_armored_output_is_refused(
    tmp_path: Path, stock_key: tuple[Path, X25519Identity]
) -> None:
    age = require_tool("age")
    _, identity = stock_key
    armored = subprocess.run(
        [age, "-a", "-r", str(identity.recipient())],
        input=b"hello",
        check=True,
        capture_output=True,
    ).stdout
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    with pytest.raises(AgeHeaderError, match="armor"):
        decrypt_bytes(armored, [identity])


def test_our_passphrase_file_opens_in_stock_age(tmp_path: Path) -> None:
    age = require_tool("age")
    data = payload(CHUNK_SIZE + 1)
    sealed, opened = tmp_path / "secret.age", tmp_path / "secret.out"
    sealed.write_bytes(encrypt_bytes(data, [ScryptRecipient("tired field worker", work_factor=12)]))
    code, transcript = run_on_terminal(
        [age, "-d", "-o", str(opened), str(sealed)], ["tired field worker"]
    )
    assert code == 0, transcript
    assert opened.read_bytes() == data


def test_our_passphrase_protected_key_file_works_as_stock_identity(tmp_path: Path) -> None:
    """SPEC §14: the scrypt stanza is for passphrase-protected key files; age reads those too."""
    age = require_tool("age")
    identity = X25519Identity.generate()
    key_file = tmp_path / "key.age"
    key_file.write_bytes(
        encrypt_bytes(f"{identity}\n".encode(), [ScryptRecipient("key pass", work_factor=12)])
    )
    sealed, opened = tmp_path / "data.age", tmp_path / "data.out"
    data = payload(5000)
    sealed.write_bytes(encrypt_bytes(data, [identity.recipient()]))
    code, transcript = run_on_terminal(
        [age, "-d", "-i", str(key_file), "-o", str(opened), str(sealed)], ["key pass"]
    )
    assert code == 0, transcript
    assert opened.read_bytes() == data
    again = identities_from_text(
        decrypt_bytes(key_file.read_bytes(), [ScryptIdentity("key pass")]).decode()
    )
    assert again[0].private_bytes() == identity.private_bytes()


def test_stock_passphrase_file_opens_with_us(tmp_path: Path) -> None:
    age = require_tool("age")
    data = payload(3 * CHUNK_SIZE)
    (tmp_path / "plain").write_bytes(data)
    sealed = tmp_path / "stock.age"
    code, transcript = run_on_terminal(
        [age, "-p", "-o", str(sealed), str(tmp_path / "plain")], ["stock pass", "stock pass"]
    )
    assert code == 0, transcript
    assert b"\n-> scrypt " in sealed.read_bytes()
    assert decrypt_bytes(sealed.read_bytes(), [ScryptIdentity("stock pass")]) == data


# --- pyrage --------------------------------------------------------------------------------------


def require_pyrage() -> Any:
    """pyrage is a test dependency: fail in CI without it, skip elsewhere."""
    try:
        import pyrage
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("pyrage is not installed")
        pytest.skip("pyrage is not installed")
    return pyrage


def test_key_strings_agree_with_pyrage() -> None:
    pyrage = require_pyrage()
    ours = X25519Identity.generate()
    theirs = pyrage.x25519.Identity.from_str(str(ours))
    assert str(theirs.to_public()) == str(ours.recipient())
    assert str(theirs) == str(ours)
    generated = pyrage.x25519.Identity.generate()
    parsed = X25519Identity.from_string(str(generated))
    assert str(parsed) == str(generated)
    assert str(parsed.recipient()) == str(generated.to_public())
    assert str(X25519Recipient.from_string(str(generated.to_public()))) == str(
        generated.to_public()
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=st.integers(0, 200_000), seed=st.integers(0, 2**32))
def test_agrees_with_pyrage_on_random_payloads(size: int, seed: int) -> None:
    pyrage = require_pyrage()
    data = random.Random(seed).randbytes(size)  # noqa: S311 - reproducible test data
    ours = X25519Identity.generate()
    theirs = pyrage.x25519.Identity.from_str(str(ours))
    other = pyrage.x25519.Identity.generate()
    assert pyrage.decrypt(encrypt_bytes(data, [ours.recipient()]), [theirs]) == data
    assert (
        decrypt_bytes(pyrage.encrypt(data, [other.to_public(), theirs.to_public()]), [ours]) == data
    )


@pytest.mark.slow
def test_passphrases_agree_with_pyrage() -> None:
    pyrage = require_pyrage()
    data = payload(CHUNK_SIZE + 100)
    assert (
        pyrage.passphrase.decrypt(
            encrypt_bytes(data, [ScryptRecipient("pw", work_factor=12)]), "pw"
        )
        == data
    )
    # pyrage calibrates its work factor to about a second of its own time: allow up to 22.
    assert decrypt_bytes(pyrage.passphrase.encrypt(data, "pw"), [ScryptIdentity("pw")]) == data


class _Lending(io.BytesIO):
    """A destination that lends its buffer (as a bundle's ZIP member writer does): the age
    writer seals each chunk straight into it; ``copied`` counts what came through write()."""

    def __init__(self) -> None:
        super().__init__()
        self.copied = 0
        self._lent = bytearray()

    def reserve(self, size: int) -> memoryview:
        self._lent = bytearray(size)
        return memoryview(self._lent)

    def commit(self, size: int) -> None:
        super().write(self._lent[:size])

    def write(self, data: Any) -> int:
        self.copied += len(memoryview(data).cast("B"))
        return super().write(data)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sizes=st.lists(st.integers(0, 150_000), max_size=4), seed=st.integers(0, 2**32))
def test_chunks_sealed_in_a_lent_buffer_decrypt_with_pyrage(sizes: list[int], seed: int) -> None:
    """No copy of the ciphertext (only the header goes through write), and stock-compatible."""
    pyrage = require_pyrage()
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    pieces = [rng.randbytes(n) for n in sizes]
    ours = X25519Identity.generate()
    dst = _Lending()
    with encryptor(dst, [ours.recipient()]) as writer:  # type: ignore[arg-type]
        for piece in pieces:
            writer.write(piece)
    sealed = encrypted_size(sum(sizes))  # every chunk with its tag
    assert dst.copied == len(dst.getvalue()) - sealed  # only the header was copied
    theirs = pyrage.x25519.Identity.from_str(str(ours))
    assert pyrage.decrypt(dst.getvalue(), [theirs]) == b"".join(pieces)
