"""Every C2SP/CCTV age vector in ../shared/testdata/age-cctv against our age code (SPEC §14)."""

from __future__ import annotations

import hashlib
import io
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fieldkit.crypto.age import (
    Identity,
    ScryptIdentity,
    X25519Identity,
    decrypt_bytes,
    decryptor,
)
from fieldkit.errors import (
    AgeError,
    AgeHeaderError,
    AgeHmacError,
    AgeNoIdentityMatchError,
    AgePayloadError,
)

VECTORS = Path(__file__).resolve().parents[1].parent / "shared" / "testdata" / "age-cctv"
EXPECTED: dict[str, type[AgeError] | None] = {
    "success": None,
    "no match": AgeNoIdentityMatchError,
    "HMAC failure": AgeHmacError,
    "header failure": AgeHeaderError,
    "payload failure": AgePayloadError,
    "armor failure": AgeHeaderError,
}
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


@dataclass
class Vector:
    name: str
    expect: str
    payload: str | None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    data: bytes = b""


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, sep, body = raw.partition(b"\n\n")
    assert sep, f"{path.name}: no blank line after the vector header"
    fields: dict[str, str] = {}
    vector = Vector(path.name, "", None)
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        if key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        else:
            fields[key] = value
    vector.expect = fields["expect"]
    vector.payload = fields.get("payload")
    vector.armored = fields.get("armored") == "yes"
    compression = fields.get("compressed")
    assert compression in (None, "zlib"), f"{path.name}: unknown compression {compression}"
    vector.data = zlib.decompress(body) if compression == "zlib" else body
    assert vector.expect in EXPECTED, f"{path.name}: unknown expectation {vector.expect!r}"
    return vector


def vector_params() -> list[object]:
    if not VECTORS.is_dir():
        return [pytest.param(None, id="age-cctv-missing")]
    files = sorted(p for p in VECTORS.iterdir() if p.is_file() and p.name != "README.md")
    return [pytest.param(p, id=p.name) for p in files]


def require_vectors(path: Path | None) -> Path:
    if path is None:
        message = f"the age test vectors are missing: {VECTORS}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def our_identities(vector: Vector) -> list[Identity]:
    """The identities we support; skips vectors that only a post-quantum identity can open."""
    ids: list[Identity] = [
        X25519Identity.from_string(s) for s in vector.identities if s.startswith("AGE-SECRET-KEY-1")
    ]
    ids += [ScryptIdentity(p) for p in vector.passphrases]
    if not ids:
        # Malformed files listed without any identity: nothing may unwrap with a stranger's key.
        ids = [X25519Identity.generate()]
    return ids


def post_quantum_only(vector: Vector) -> bool:
    return bool(vector.identities) and not any(
        s.startswith("AGE-SECRET-KEY-1") for s in vector.identities
    )


def expected_error(vector: Vector) -> type[AgeError] | None:
    # We do not support ASCII armor: every armored file must be refused as a header failure.
    if vector.armored:
        return AgeHeaderError
    # Post-quantum (ML-KEM-768 + X25519) stanzas are not supported: such a file must be
    # refused — as "not for us" when well formed, or as its own failure — never opened.
    if post_quantum_only(vector) and vector.expect == "success":
        return AgeNoIdentityMatchError
    return EXPECTED[vector.expect]


def test_vector_folder_is_complete() -> None:
    require_vectors(None if not VECTORS.is_dir() else VECTORS)
    names = {p.name for p in VECTORS.iterdir()}
    assert len(names) > 100
    assert {"x25519", "scrypt", "stream_bad_tag", "hmac_bad", "armor_x25519"} <= names


@pytest.mark.parametrize("path", vector_params())
def test_vector_streaming(path: Path | None) -> None:
    vector = load(require_vectors(path))
    identities = our_identities(vector)
    expected = expected_error(vector)
    released = hashlib.sha256()
    error: AgeError | None = None
    try:
        with decryptor(io.BytesIO(vector.data), identities) as reader:
            while piece := reader.read(10007):
                released.update(piece)
    except AgeError as exc:
        error = exc

    if post_quantum_only(vector):
        # We cannot unwrap it, so we must fail before any plaintext, whatever the defect.
        assert isinstance(error, AgeError), f"{vector.name}: expected a refusal, got {error!r}"
        assert released.hexdigest() == EMPTY_SHA256, f"{vector.name}: released plaintext"
        return
    if expected is None:
        assert error is None, f"{vector.name}: expected success, got {error!r}"
        assert released.hexdigest() == vector.payload, f"{vector.name}: wrong plaintext"
        return
    assert type(error) is expected, f"{vector.name}: expected {expected.__name__}, got {error!r}"
    if expected is AgePayloadError:
        assert released.hexdigest() == vector.payload, f"{vector.name}: wrong plaintext released"
    else:
        assert released.hexdigest() == EMPTY_SHA256, f"{vector.name}: released plaintext"
    if vector.armored and vector.data.lstrip().startswith(b"-----BEGIN"):
        assert "armor" in str(error), f"{vector.name}: the refusal should name the armor"


@pytest.mark.parametrize("path", vector_params())
def test_vector_in_memory(path: Path | None) -> None:
    vector = load(require_vectors(path))
    identities = our_identities(vector)
    expected = expected_error(vector)
    if expected is None:
        plaintext = decrypt_bytes(vector.data, identities)
        assert hashlib.sha256(plaintext).hexdigest() == vector.payload, vector.name
    elif post_quantum_only(vector):
        with pytest.raises(AgeError):
            decrypt_bytes(vector.data, identities)
    else:
        with pytest.raises(expected):
            decrypt_bytes(vector.data, identities)
