"""Our age code against itself: round trips, hostile input, truncation, streaming and memory."""

from __future__ import annotations

import hashlib
import io
import os
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.crypto import age_stream, bech32
from fieldkit.crypto.age import (
    CHUNK_SIZE,
    AgeReader,
    Identity,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    decrypt_file,
    decryptor,
    encrypt_bytes,
    encrypt_file,
    encryptor,
    identities_from_text,
)
from fieldkit.crypto.age_header import Stanza, b64encode, encode_header
from fieldkit.errors import (
    AgeError,
    AgeHeaderError,
    AgeHmacError,
    AgeNoIdentityMatchError,
    AgePayloadError,
    CancelledError,
    CorruptFileError,
)

ENC_CHUNK = CHUNK_SIZE + 16
ALICE = X25519Identity.generate()
BOB = X25519Identity.generate()


def payload_start(ciphertext: bytes) -> int:
    """Offset of the first STREAM chunk: after the MAC line and the 16-byte nonce."""
    mac_line = ciphertext.index(b"\n--- ") + 1
    return ciphertext.index(b"\n", mac_line) + 1 + 16


def read_released(
    data: bytes, identities: list[Identity], piece: int = 7919
) -> tuple[bytes, AgeError | None]:
    """Everything the streaming reader hands out, and the error that stopped it (if any)."""
    released = bytearray()
    try:
        with decryptor(io.BytesIO(data), identities) as reader:
            while chunk := reader.read(piece):
                released += chunk
    except AgeError as exc:
        return bytes(released), exc
    return bytes(released), None


def random_bytes(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)  # noqa: S311 - reproducible test data


# --- keys ----------------------------------------------------------------------------------------


def test_key_strings_round_trip() -> None:
    text = str(ALICE)
    assert text.startswith("AGE-SECRET-KEY-1") and text == text.upper()
    again = X25519Identity.from_string(text)
    assert again.private_bytes() == ALICE.private_bytes()
    assert again.recipient() == ALICE.recipient()
    recipient = str(ALICE.recipient())
    assert recipient.startswith("age1") and recipient == recipient.lower()
    assert X25519Recipient.from_string(recipient).public_bytes() == ALICE.recipient().public_bytes()
    assert X25519Identity.from_private_bytes(ALICE.private_bytes()).recipient() == ALICE.recipient()
    assert text not in repr(ALICE)
    assert (
        identities_from_text(f"# created: now\n# public key: {recipient}\n{text}\n")[0].recipient()
        == ALICE.recipient()
    )


@pytest.mark.parametrize(
    "bad",
    [
        lambda: str(ALICE).lower(),  # age writes identities in upper case only
        lambda: str(ALICE.recipient()).upper(),  # and recipients in lower case only
        lambda: str(ALICE)[:-1] + ("q" if str(ALICE)[-1] != "Q" else "P"),
        lambda: str(ALICE.recipient()).replace("age1", "agf1"),
        lambda: bech32.encode("age", bytes(31)),
        lambda: bech32.encode("AGE-SECRET-KEY-", bytes(33)),
        lambda: "",
        lambda: "age1",
    ],
)
def test_bad_key_strings_are_refused(bad: Callable[[], str]) -> None:
    text = bad()
    with pytest.raises(ValueError) as excinfo:
        if text.startswith(("AGE", "age-secret")):
            X25519Identity.from_string(text)
        else:
            X25519Recipient.from_string(text)
    assert text not in str(excinfo.value) or not text


@pytest.mark.parametrize(
    "text",
    [
        "A12UEL5L",
        "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "11" + "q" * 82 + "c8247j",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        "?1ezyfcl",
    ],
)
def test_bech32_bip173_valid(text: str) -> None:
    hrp, data = bech32.decode(text)
    assert bech32.encode(hrp, data) == text


@pytest.mark.parametrize(
    "text",
    [
        "pzry9x0s0muk",
        "1pzry9x0s0muk",
        "x1b4n0q5v",
        "li1dgmt3",
        "A1G7SGD8",
        "10a06t8",
        "1qzzfhee",
        "A12uEL5L",
        " 1nwldj5",
        "a12uel5é",
    ],
)
def test_bech32_bip173_invalid(text: str) -> None:
    with pytest.raises(bech32.Bech32Error):
        bech32.decode(text)


def test_bech32_has_no_length_limit() -> None:
    data = bytes(range(100))
    text = bech32.encode("age", data)
    assert len(text) > 90
    assert bech32.decode(text) == ("age", data)


# --- round trips -------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.one_of(
        st.integers(0, 300_000),
        st.sampled_from([CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE]),
    ),
    n_recipients=st.integers(1, 4),
    write_piece=st.integers(1, 150_000),
    read_piece=st.integers(1, 150_000),
    seed=st.integers(0, 2**32),
)
def test_round_trip_several_recipients(
    size: int, n_recipients: int, write_piece: int, read_piece: int, seed: int
) -> None:
    data = random_bytes(size, seed)
    write_piece, read_piece = max(write_piece, size // 500), max(read_piece, size // 500)
    identities = [X25519Identity.generate() for _ in range(n_recipients)]
    out = io.BytesIO()
    with encryptor(out, [i.recipient() for i in identities]) as writer:
        for at in range(0, size, write_piece):
            writer.write(data[at : at + write_piece])
    ciphertext = out.getvalue()
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(ciphertext) == payload_start(ciphertext) + size + 16 * chunks
    for identity in identities:
        assert read_released(ciphertext, [identity], read_piece) == (data, None)
        assert decrypt_bytes(ciphertext, [BOB, identity]) == data
    assert decrypt_bytes(encrypt_bytes(data, [identities[0].recipient()]), identities[:1]) == data
    with pytest.raises(AgeNoIdentityMatchError):
        decrypt_bytes(ciphertext, [BOB])


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, 1_000_000]
)
def test_file_functions_round_trip(size: int) -> None:
    data = random_bytes(size, size)
    progress: list[int] = []
    src, dst = io.BytesIO(data), io.BytesIO()
    assert encrypt_file(src, dst, [ALICE.recipient()], chunk_callback=progress.append) == size
    assert progress[-1] == size and progress == sorted(progress)
    ciphertext = dst.getvalue()
    assert len(ciphertext) == payload_start(ciphertext) + size + 16 * max(1, -(-size // CHUNK_SIZE))
    out = io.BytesIO()
    assert decrypt_file(io.BytesIO(ciphertext), out, [ALICE]) == size
    assert out.getvalue() == data
    assert decrypt_bytes(ciphertext, [ALICE]) == data


def test_readinto_and_small_reads() -> None:
    data = random_bytes(3 * CHUNK_SIZE + 5)
    ciphertext = encrypt_bytes(data, [ALICE.recipient()])
    with decryptor(io.BytesIO(ciphertext), [ALICE]) as reader:
        assert reader.read(0) == b""
        head = reader.read(3)
        buf = bytearray(2 * CHUNK_SIZE)
        n = reader.readinto(buf)
        rest = reader.read()
        assert reader.read(10) == b"" and reader.read() == b""
    assert head + buf[:n] + rest == data
    with decryptor(io.BytesIO(ciphertext), [ALICE]) as reader:
        assert reader.read(1 << 40) == data  # a huge size is a limit, not an allocation
    with pytest.raises(ValueError):
        reader.read(1)


def test_identity_order_and_wrong_identity() -> None:
    ciphertext = encrypt_bytes(b"hello", [ALICE.recipient(), BOB.recipient()])
    assert decrypt_bytes(ciphertext, [X25519Identity.generate(), BOB]) == b"hello"
    with pytest.raises(AgeNoIdentityMatchError) as excinfo:
        decrypt_bytes(ciphertext, [X25519Identity.generate(), ScryptIdentity("pw")])
    assert isinstance(excinfo.value, CorruptFileError)
    with pytest.raises(ValueError):
        decrypt_bytes(ciphertext, [])
    with pytest.raises(ValueError):
        encrypt_bytes(b"x", [])


def test_scrypt_round_trip_and_rules() -> None:
    ciphertext = encrypt_bytes(b"key file", [ScryptRecipient("correct horse", work_factor=10)])
    assert b"\n-> scrypt " in ciphertext
    assert decrypt_bytes(ciphertext, [ScryptIdentity("correct horse")]) == b"key file"
    assert (
        decrypt_bytes(ciphertext, [ScryptIdentity(b"correct horse", max_work_factor=10)])
        == b"key file"
    )
    with pytest.raises(AgeNoIdentityMatchError):
        decrypt_bytes(ciphertext, [ScryptIdentity("wrong horse")])
    with pytest.raises(AgeNoIdentityMatchError):
        decrypt_bytes(ciphertext, [ALICE])
    with pytest.raises(AgeHeaderError):  # more work than this identity allows
        decrypt_bytes(ciphertext, [ScryptIdentity("correct horse", max_work_factor=9)])
    with pytest.raises(ValueError):  # a passphrase must be the only recipient
        encrypt_bytes(b"x", [ScryptRecipient("pw", 10), ALICE.recipient()])
    with pytest.raises(ValueError):
        ScryptRecipient("pw", work_factor=0)
    with pytest.raises(ValueError):
        ScryptIdentity("")
    assert "horse" not in repr(ScryptRecipient("horse")) + repr(ScryptIdentity("horse"))


def crafted(stanzas: list[Stanza], payload: bytes = b"") -> bytes:
    return encode_header(stanzas, os.urandom(16)) + os.urandom(16) + payload


def test_scrypt_work_factor_above_maximum_is_refused_without_work() -> None:
    stanza = Stanza("scrypt", (b64encode(os.urandom(16)), "23"), os.urandom(32))
    # Deriving a key at 2**23 would take gigabytes and seconds; refusing must be immediate.
    with pytest.raises(AgeHeaderError):
        decrypt_bytes(crafted([stanza]), [ScryptIdentity("pw")])
    with pytest.raises(AgeHeaderError):  # scrypt must be alone, whatever the identities
        decrypt_bytes(crafted([stanza, ALICE.recipient().wrap(os.urandom(16))[0]]), [ALICE])


def test_armor_is_refused_clearly() -> None:
    armored = (
        b"\n  -----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBU\n"
    )
    with pytest.raises(AgeHeaderError, match="armor"):
        decrypt_bytes(armored, [ALICE])


def test_hostile_endless_header_is_bounded() -> None:
    class Endless(io.RawIOBase):
        def __init__(self) -> None:
            self.served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
            data = b"age-encryption.org/v1\n-> " if self.served == 0 else b"a"
            n = len(buf) if self.served else len(data)
            buf[:n] = (data * n)[:n]
            self.served += n
            return n

    src = Endless()
    with pytest.raises(AgeHeaderError, match="too long"):
        decryptor(src, [ALICE])  # type: ignore[arg-type]
    assert src.served < 2 << 20


# --- tampering -----------------------------------------------------------------------------------


def header_region(ciphertext: bytes, pos: int) -> str:
    intro_end = ciphertext.index(b"\n") + 1
    mac_start = ciphertext.index(b"\n---") + 1
    if pos < intro_end:
        return "intro"
    if pos < mac_start:
        return "stanzas"
    if pos < payload_start(ciphertext) - 16:
        return "mac"
    return "payload"


ALLOWED = {
    "intro": (AgeHeaderError,),
    "stanzas": (AgeHeaderError, AgeNoIdentityMatchError),
    "mac": (AgeHeaderError, AgeHmacError),
    "payload": (AgePayloadError,),
}


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_single_byte_flip_of_a_small_file_fails(mask: int) -> None:
    data = b"a small record: 17 objects damaged in room 4"
    ciphertext = encrypt_bytes(data, [ALICE.recipient()])
    for pos in range(len(ciphertext)):
        tampered = bytearray(ciphertext)
        tampered[pos] ^= mask
        released, error = read_released(bytes(tampered), [ALICE])
        region = header_region(ciphertext, pos)
        assert isinstance(error, ALLOWED[region]), f"flip {mask:#x} at {pos} ({region}): {error!r}"
        assert released == b"", f"flip at {pos} released plaintext"
        with pytest.raises(ALLOWED[region]):
            decrypt_bytes(bytes(tampered), [ALICE])


def test_flips_in_later_chunks_release_only_earlier_chunks() -> None:
    data = random_bytes(3 * CHUNK_SIZE + 1000)
    ciphertext = encrypt_bytes(data, [ALICE.recipient()])
    start = payload_start(ciphertext)
    for pos in (start - 16, start - 1):  # the payload nonce
        tampered = bytearray(ciphertext)
        tampered[pos] ^= 0x01
        assert read_released(bytes(tampered), [ALICE])[0] == b""
    for chunk in range(4):
        first = start + chunk * ENC_CHUNK
        last = min(first + ENC_CHUNK, len(ciphertext)) - 1
        for pos in (first, first + 1, (first + last) // 2, last - 16, last - 15, last):
            tampered = bytearray(ciphertext)
            tampered[pos] ^= 0x04
            released, error = read_released(bytes(tampered), [ALICE], piece=10_000)
            assert isinstance(error, AgePayloadError), f"flip at {pos}: {error!r}"
            assert released == data[: chunk * CHUNK_SIZE], f"flip at {pos} released {len(released)}"


@pytest.mark.parametrize("size", [3 * CHUNK_SIZE + 10, 2 * CHUNK_SIZE, 100, 0])
def test_truncation_fails_and_releases_only_whole_chunks(size: int) -> None:
    data = random_bytes(size)
    ciphertext = encrypt_bytes(data, [ALICE.recipient()])
    start = payload_start(ciphertext)
    cuts = set(range(start + 1))  # every cut inside the header and the nonce
    for boundary in range(start, len(ciphertext), ENC_CHUNK):
        cuts |= {boundary - 1, boundary, boundary + 1, boundary + 15, boundary + 16, boundary + 17}
    cuts |= {len(ciphertext) - 1, len(ciphertext) - 16, len(ciphertext) - 17}
    for cut in sorted(c for c in cuts if 0 <= c < len(ciphertext)):
        released, error = read_released(ciphertext[:cut], [ALICE])
        expected = AgeHeaderError if cut < start else AgePayloadError
        assert isinstance(error, expected), f"cut at {cut} of {len(ciphertext)}: {error!r}"
        whole = max(0, (cut - start) // ENC_CHUNK)
        assert released == data[: whole * CHUNK_SIZE], f"cut at {cut} released {len(released)}"
        assert len(released) < size or size == 0
        with pytest.raises(expected):
            decrypt_bytes(ciphertext[:cut], [ALICE])


@pytest.mark.parametrize("size", [0, 100, CHUNK_SIZE, 2 * CHUNK_SIZE + 7])
def test_appended_data_fails(size: int) -> None:
    data = random_bytes(size)
    ciphertext = encrypt_bytes(data, [ALICE.recipient()])
    start = payload_start(ciphertext)
    last_chunk = ciphertext[start + ((len(ciphertext) - start - 1) // ENC_CHUNK) * ENC_CHUNK :]
    for extra in (
        b"\x00",
        os.urandom(16),
        os.urandom(17),
        os.urandom(ENC_CHUNK),
        last_chunk,
        ciphertext[start:],
    ):
        released, error = read_released(ciphertext + extra, [ALICE])
        assert isinstance(error, AgePayloadError), f"{len(extra)} appended bytes: {error!r}"
        assert data.startswith(released)
        with pytest.raises(AgePayloadError):
            decrypt_bytes(ciphertext + extra, [ALICE])


def test_reader_hands_out_authenticated_bytes_before_failing() -> None:
    data = random_bytes(3 * CHUNK_SIZE)
    tampered = bytearray(encrypt_bytes(data, [ALICE.recipient()]))
    tampered[payload_start(bytes(tampered)) + ENC_CHUNK + 5] ^= 1
    with decryptor(io.BytesIO(bytes(tampered)), [ALICE]) as reader:
        assert reader.read(3 * CHUNK_SIZE) == data[:CHUNK_SIZE]
        with pytest.raises(AgePayloadError) as excinfo:
            reader.read(1)
        with pytest.raises(AgePayloadError):  # and it stays failed
            reader.read(1)
    message = str(excinfo.value)
    assert message.endswith(".") and "\n" not in message and str(ALICE) not in message


@pytest.mark.parametrize("chunk", [0, 1, 2])
def test_failed_chunk_leaves_no_plaintext_in_the_callers_buffer(chunk: int) -> None:
    """cryptography's decrypt_into writes plaintext before checking the tag: we must wipe it."""
    data = random_bytes(2 * CHUNK_SIZE + 500)
    tampered = bytearray(encrypt_bytes(data, [ALICE.recipient()]))
    tampered[payload_start(bytes(tampered)) + chunk * ENC_CHUNK + 7] ^= 1
    buf = bytearray(3 * CHUNK_SIZE)
    with decryptor(io.BytesIO(bytes(tampered)), [ALICE]) as reader:
        if chunk:  # the good chunks, then the error
            assert reader.readinto(memoryview(buf)[: chunk * CHUNK_SIZE]) == chunk * CHUNK_SIZE
        with pytest.raises(AgePayloadError):
            reader.readinto(memoryview(buf)[CHUNK_SIZE * chunk :])
    bad = data[chunk * CHUNK_SIZE : (chunk + 1) * CHUNK_SIZE]
    assert bad[8:40] not in buf and bad[-32:] not in buf
    out = io.BytesIO()
    with pytest.raises(AgePayloadError):
        decrypt_file(io.BytesIO(bytes(tampered)), out, [ALICE])
    assert out.getvalue() == data[: chunk * CHUNK_SIZE]


def test_aborted_writer_leaves_an_undecryptable_file() -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), encryptor(out, [ALICE.recipient()]) as writer:
        writer.write(random_bytes(2 * CHUNK_SIZE + 3))
        raise RuntimeError("the export failed")
    assert writer.closed
    with pytest.raises(AgePayloadError):
        decrypt_bytes(out.getvalue(), [ALICE])
    with pytest.raises(ValueError):
        writer.write(b"more")


def test_cancelled_encrypt_file_leaves_an_undecryptable_file() -> None:
    def cancel_after_first(done: int) -> None:
        if done > CHUNK_SIZE:
            raise CancelledError("Cancelled.")

    out = io.BytesIO()
    with pytest.raises(CancelledError):
        encrypt_file(
            io.BytesIO(random_bytes(5 * CHUNK_SIZE)), out, [ALICE.recipient()], cancel_after_first
        )
    with pytest.raises(AgePayloadError):
        decrypt_bytes(out.getvalue(), [ALICE])


def test_without_the_into_methods(monkeypatch: pytest.MonkeyPatch) -> None:
    """Older cryptography has no encrypt_into/decrypt_into: the fallback must be as correct."""
    monkeypatch.setattr(age_stream, "_HAS_INTO", False)
    data = random_bytes(2 * CHUNK_SIZE + 9)
    ciphertext = encrypt_bytes(data, [ALICE.recipient()])
    assert read_released(ciphertext, [ALICE]) == (data, None)
    monkeypatch.undo()
    assert decrypt_bytes(ciphertext, [ALICE]) == data
    monkeypatch.setattr(age_stream, "_HAS_INTO", False)
    tampered = bytearray(ciphertext)
    tampered[-1] ^= 1
    released, error = read_released(bytes(tampered), [ALICE])
    assert isinstance(error, AgePayloadError) and released == data[: 2 * CHUNK_SIZE]


# --- streaming and memory ------------------------------------------------------------------------


def test_streaming_20_mb_in_odd_pieces() -> None:
    data = os.urandom(20_000_000)
    out = io.BytesIO()
    with encryptor(out, [ALICE.recipient()]) as writer:
        view = memoryview(data)
        for at in range(0, len(data), 99_991):
            assert writer.write(view[at : at + 99_991]) == len(view[at : at + 99_991])
    digest = hashlib.sha256()
    sizes = [1, 12_345, CHUNK_SIZE + 3, 333_333]
    with decryptor(io.BytesIO(out.getvalue()), [ALICE]) as reader:
        for i in range(10**6):
            piece = reader.read(sizes[i % len(sizes)])
            if not piece:
                break
            digest.update(piece)
    assert digest.digest() == hashlib.sha256(data).digest()


def write_random_file(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as f:
        block = os.urandom(1 << 20)
        for i in range(size // len(block)):
            piece = block[i:] + block[:i]
            digest.update(piece)
            f.write(piece)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while piece := f.read(1 << 20):
            digest.update(piece)
    return digest.hexdigest()


def test_memory_stays_bounded_file_to_file(tmp_path: Path) -> None:
    size = 64 * 1024 * 1024
    plain, sealed, opened = tmp_path / "plain", tmp_path / "sealed.age", tmp_path / "opened"
    expected = write_random_file(plain, size)
    limit = 1 << 20  # well below the 64 MiB payload: a few chunk buffers at most

    def peak(run: Callable[[], object]) -> int:
        tracemalloc.start()
        try:
            run()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    def seal() -> None:
        with plain.open("rb") as src, sealed.open("wb") as dst:
            encrypt_file(src, dst, [ALICE.recipient()])

    def unseal() -> None:
        with sealed.open("rb") as src, opened.open("wb") as dst:
            decrypt_file(src, dst, [ALICE])

    def unseal_reader() -> None:
        digest = hashlib.sha256()
        with sealed.open("rb") as src, decryptor(src, [ALICE]) as reader:
            assert isinstance(reader, AgeReader)
            while piece := reader.read(100_003):
                digest.update(piece)
        assert digest.hexdigest() == expected

    assert peak(seal) < limit
    assert sealed.stat().st_size == payload_start(sealed.read_bytes()[:4096]) + size + 16 * (
        size // CHUNK_SIZE
    )
    assert peak(unseal) < limit
    assert file_sha256(opened) == expected
    assert peak(unseal_reader) < limit
