"""Identity cards, fingerprints and key export (SPEC §6, §11), checked against stock tools."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, require_tool, run_cli
from terminal import run_on_terminal

from fieldkit.canonical_json import canonical_json
from fieldkit.crypto import minisign as our_minisign
from fieldkit.crypto.age import (
    ScryptIdentity,
    X25519Identity,
    decrypt_bytes,
    encrypt_bytes,
    identities_from_text,
)
from fieldkit.errors import AgeError
from fieldkit.identity import own
from fieldkit.identity.card import (
    MAX_CARD_SIZE,
    CardError,
    IdentityCard,
    card_bytes,
    make_card,
    parse_card,
    signed_bytes,
)
from fieldkit.vault import Vault
from fieldkit.vault.vault import STORAGE_KEY_SECRET

KEY_PASS = "a long key passphrase"


# --- helpers ---------------------------------------------------------------------------------


def cli(vault_path: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    return run_cli(
        ["--vault", str(vault_path), *args], {"FIELDKIT_PASSPHRASE": PASSPHRASE, **(env or {})}
    )


def identity_of(make_vault: Any, path: Path, **kw: Any) -> own.OwnIdentity:
    v, _ = make_vault(path, **kw)
    me = own.load(v.db)
    v.close()
    return me


def resign(fields: dict[str, Any], me: own.OwnIdentity) -> dict[str, Any]:
    """``fields`` (without signature) signed by ``me``: a card that is validly signed."""
    unsigned = {k: v for k, v in fields.items() if k != "signature"}
    sig = our_minisign.sign(me.signing_key, me.key_id, canonical_json(unsigned), "test")
    return {**unsigned, "signature": sig}


def refused(card: dict[str, Any] | bytes, match: str | None = None) -> CardError:
    data = card if isinstance(card, bytes) else json.dumps(card).encode()
    with pytest.raises(CardError, match=match) as info:
        parse_card(data)
    message = info.value.message
    assert message.endswith(".") and "\n" not in message
    return info.value


@pytest.fixture
def me(vault: Vault) -> own.OwnIdentity:
    return own.load(vault.db)


@pytest.fixture
def card(me: own.OwnIdentity) -> dict[str, Any]:
    return make_card(me)


# --- fingerprints, checked the way an auditor would ---------------------------------------------


def test_fingerprint_recomputed_with_sha256sum(vault: Vault, vault_path: Path, tmp_path: Path):
    sha256sum = require_tool("sha256sum")
    vault.close()
    shown = cli(vault_path, "identity", "show", "--json")
    assert shown.code == 0, shown.err
    info = shown.json
    exported = cli(
        vault_path,
        "identity",
        "export",
        "-o",
        str(tmp_path / "me.fkid"),
        "--minisign-pub",
        str(tmp_path / "me.pub"),
    )
    assert exported.code == 0, exported.err
    # The exact text of SPEC §6, from the files an auditor receives.
    pub_line = (tmp_path / "me.pub").read_text().splitlines()[1]
    recipient = json.loads((tmp_path / "me.fkid").read_text())["age_recipient"]
    text = f"fieldkit-fingerprint-v1\n{pub_line}\n{recipient}\n"
    (tmp_path / "fp.txt").write_bytes(text.encode())
    out = subprocess.run(
        [sha256sum, str(tmp_path / "fp.txt")], capture_output=True, text=True, check=True
    )
    digest = out.stdout.split()[0]
    assert digest == info["fingerprint"]
    assert json.loads((tmp_path / "me.fkid").read_text())["fingerprint"] == digest
    assert info["minisign_public_key"] == pub_line and info["age_recipient"] == recipient
    # Display form: first 13 bytes, big-endian, mod 10^30, six groups of five.
    number = int.from_bytes(bytes.fromhex(digest)[:13], "big") % 10**30
    digits = str(number).rjust(30, "0")
    expected = " ".join(digits[i : i + 5] for i in range(0, 30, 5))
    assert re.fullmatch(r"\d{5}( \d{5}){5}", info["display_fingerprint"])
    assert info["display_fingerprint"] == expected
    human = cli(vault_path, "identity", "show")
    assert human.code == 0
    assert expected in human.out and digest in human.out and recipient in human.out
    assert pub_line in human.out


def test_show_needs_the_vault_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.close()
    result = run_cli(["--vault", str(vault_path), "identity", "show"])
    assert result.code == 2 and result.out == ""


# --- cards ---------------------------------------------------------------------------------------


def test_card_round_trip(me: own.OwnIdentity, card: dict[str, Any]) -> None:
    parsed = parse_card(card_bytes(card))
    assert isinstance(parsed, IdentityCard)
    assert (parsed.name, parsed.organisation, parsed.role) == (me.name, me.organisation, me.role)
    assert parsed.fingerprint == me.fingerprint
    assert parsed.minisign_public_key == me.minisign_public
    assert parsed.age_recipient == me.age_recipient
    assert parsed.minisign_key.public == me.public_key and parsed.minisign_key.key_id == me.key_id
    assert parsed.ed25519_public_key == me.public_key
    assert str(parsed.recipient) == me.age_recipient
    assert parsed.display_fingerprint == me.display_fingerprint
    assert parsed.raw == card and parsed.to_bytes() == card_bytes(card)
    assert set(card) == {
        "format",
        "version",
        "name",
        "organisation",
        "role",
        "minisign_public_key",
        "age_recipient",
        "created",
        "fingerprint",
        "signature",
    }
    assert card["format"] == "fieldkit-identity" and card["version"] == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", card["created"])
    # The layout is not signed: compact, reordered or ASCII-escaped JSON is the same card.
    compact = json.dumps(dict(reversed(list(card.items()))), separators=(",", ":"))
    assert parse_card(compact.encode()).raw == card
    # The signature is over the canonical JSON of everything else, with the card's own key.
    assert signed_bytes(card) == canonical_json({k: v for k, v in card.items() if k != "signature"})
    our_minisign.verify(parsed.minisign_key, signed_bytes(card), card["signature"])


def test_card_with_non_ascii_names_round_trips(make_vault: Any, tmp_path: Path) -> None:
    me = identity_of(
        make_vault, tmp_path / "v", name="أمل حدّاد", organisation="Musée national", role="auditor"
    )
    card = make_card(me, created="2025-03-01T09:30:00Z")
    parsed = parse_card(card_bytes(card))
    assert parsed.name == "أمل حدّاد" and parsed.role == "auditor"
    assert parsed.created == "2025-03-01T09:30:00Z"
    assert "أمل".encode() in card_bytes(card)


def _other_key_line() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pub = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    return base64.b64encode(b"Ed" + os.urandom(8) + pub).decode()


TAMPERINGS = {
    "name": lambda c: {**c, "name": c["name"] + "x"},
    "organisation": lambda c: {**c, "organisation": "Another museum"},
    "role": lambda c: {**c, "role": "coordinator"},
    "created": lambda c: {**c, "created": "2020-01-01T00:00:00Z"},
    "minisign_public_key": lambda c: {**c, "minisign_public_key": _other_key_line()},
    "age_recipient": lambda c: {
        **c,
        "age_recipient": str(X25519Identity.generate().recipient()),
    },
    "fingerprint": lambda c: {
        **c, "fingerprint": ("1" if c["fingerprint"][0] == "0" else "0") + c["fingerprint"][1:]
    },
    "fingerprint-upper": lambda c: {**c, "fingerprint": c["fingerprint"].upper()},
    "format": lambda c: {**c, "format": "fieldkit-identity-x"},
    "version": lambda c: {**c, "version": 2},
    "signature-body": lambda c: {
        **c,
        "signature": c["signature"].replace(
            c["signature"].splitlines()[1], c["signature"].splitlines()[1][:-8] + "AAAAAAA="
        ),
    },
    "signature-trusted-comment": lambda c: {
        **c,
        "signature": c["signature"].replace("trusted comment: ", "trusted comment: x"),
    },
    "signature-missing": lambda c: {k: v for k, v in c.items() if k != "signature"},
    "signature-empty": lambda c: {**c, "signature": ""},
    "signature-not-text": lambda c: {**c, "signature": 1},
    # Keys and fingerprint changed together: the fingerprint matches, the signature cannot.
    "recipient-and-fingerprint": lambda c: _with_keys(
        c, c["minisign_public_key"], str(X25519Identity.generate().recipient())
    ),
    "key-and-fingerprint": lambda c: _with_keys(c, _other_key_line(), c["age_recipient"]),
}


def _with_keys(c: dict[str, Any], line: str, recipient: str) -> dict[str, Any]:
    from fieldkit.crypto.fingerprint import fingerprint

    return {
        **c,
        "minisign_public_key": line,
        "age_recipient": recipient,
        "fingerprint": fingerprint(line, recipient),
    }


@pytest.mark.parametrize("what", sorted(TAMPERINGS))
def test_every_tampering_is_refused(card: dict[str, Any], what: str) -> None:
    parse_card(json.dumps(card).encode())  # the untampered card is fine
    tampered = TAMPERINGS[what](card)
    assert tampered != card
    refused(tampered)


def test_tampering_messages_say_what_is_wrong(card: dict[str, Any]) -> None:
    refused({**card, "name": "Mallory"}, "signature does not match")
    refused({**card, "fingerprint": "0" * 64}, "fingerprint does not match")
    refused(TAMPERINGS["key-and-fingerprint"](card), "signed by another key")
    refused({**card, "version": 2}, "version 2")
    refused({k: v for k, v in card.items() if k != "created"}, "has no created")
    refused({**card, "comment": "hi"}, "unknown member 'comment'")
    refused({**card, "version": "1"}, "version")
    refused({**card, "version": True}, "version")
    refused({**card, "name": 5}, "name is not text")
    refused({**card, "age_recipient": card["age_recipient"].upper()}, "age recipient")
    refused({**card, "minisign_public_key": "RW" + card["minisign_public_key"]}, "minisign")


def test_card_signed_by_another_key_is_refused(
    make_vault: Any, tmp_path: Path, me: own.OwnIdentity, card: dict[str, Any]
) -> None:
    mallory = identity_of(make_vault, tmp_path / "mallory", name="Mallory")
    # Our keys, Mallory's signature (she wants to pass off a card in our name).
    refused(resign(card, mallory), "signed by another key")
    # Same key id as ours but another Ed25519 key: the signature does not verify.
    forged = dataclasses.replace(mallory, key_id=me.key_id)
    refused(resign(card, forged), "signature does not match")
    # A validly re-signed card with our own key is fine (the test helper itself works).
    assert parse_card(json.dumps(resign(card, me)).encode()).fingerprint == me.fingerprint


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"not json at all", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'{"format": NaN}', "not valid JSON"),
        (b"[" * 30_000 + b"]" * 30_000, "not valid JSON"),
        (b'{"format": "minisign"}', "not a FieldKit identity card"),
        (b"", "not valid JSON"),
    ],
)
def test_not_a_card_is_refused(data: bytes, match: str) -> None:
    refused(data, match)


def test_oversized_and_duplicate_member_cards_are_refused(card: dict[str, Any]) -> None:
    padded = card_bytes(card).rstrip(b"\n") + b" " * (MAX_CARD_SIZE + 1)
    refused(padded, "too large")
    exact = card_bytes(card)
    assert parse_card(exact + b" " * (MAX_CARD_SIZE - len(exact)))  # 64 KiB is still accepted
    text = card_bytes(card).decode()
    twice = text.replace('"name": ', '"name": "Mallory",\n  "name": ', 1)
    refused(twice.encode(), "twice")


@pytest.mark.parametrize(
    "name", ["Amal\x1b[2J", "line\nbreak", "tab\there", "rtl\u202eoverride", "x" * 201]
)
def test_hostile_names_are_refused_even_when_signed(me: own.OwnIdentity, name: str) -> None:
    card = make_card(me)
    refused(resign({**card, "name": name}, me))
    with pytest.raises(CardError):
        make_card(dataclasses.replace(me, name=name))


@pytest.mark.parametrize("created", ["yesterday", "2025-03-01T09:30:00", "2025-03-01T09:30+02:00"])
def test_creation_date_must_be_utc_iso8601(me: own.OwnIdentity, created: str) -> None:
    refused(resign({**make_card(me), "created": created}, me), "creation date")
    ok = resign({**make_card(me), "created": "2025-03-01T09:30:00+00:00"}, me)
    assert parse_card(json.dumps(ok).encode()).created == "2025-03-01T09:30:00+00:00"


def test_wrong_fingerprint_is_refused_even_when_validly_signed(me: own.OwnIdentity) -> None:
    card = make_card(me)
    wrong = hashlib.sha256(b"fieldkit-fingerprint-v1\nsomething else\n").hexdigest()
    refused(resign({**card, "fingerprint": wrong}, me), "fingerprint does not match")
    refused(resign({**card, "fingerprint": me.fingerprint[:63]}, me), "64 lower-case hex")


def test_role_must_be_known(me: own.OwnIdentity) -> None:
    refused(resign({**make_card(me), "role": "admin"}, me), "role")


# --- stock minisign and py-minisign -------------------------------------------------------------


def test_stock_minisign_verifies_a_card_signature(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    stock = require_tool("minisign")
    vault.close()
    result = cli(
        vault_path,
        "identity",
        "export",
        "-o",
        str(tmp_path / "me.fkid"),
        "--minisign-pub",
        str(tmp_path / "me.pub"),
    )
    assert result.code == 0, result.err
    assert (tmp_path / "me.fkid").stat().st_mode & 0o777 == 0o644
    parsed = parse_card((tmp_path / "me.fkid").read_bytes())
    (tmp_path / "canonical.json").write_bytes(parsed.signed_bytes)
    (tmp_path / "sig").write_text(parsed.signature)
    check = [stock, "-Vm", str(tmp_path / "canonical.json"), "-x", str(tmp_path / "sig")]
    ok = subprocess.run([*check, "-p", str(tmp_path / "me.pub")], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert parsed.fingerprint in ok.stdout  # the trusted comment names the fingerprint
    # and it is a real check: one changed byte and stock minisign refuses
    (tmp_path / "canonical.json").write_bytes(parsed.signed_bytes.replace(b'"role"', b'"Role"'))
    bad = subprocess.run([*check, "-p", str(tmp_path / "me.pub")], capture_output=True, text=True)
    assert bad.returncode != 0


def test_documented_jq_recipe_verifies_with_stock_tools(
    me: own.OwnIdentity, tmp_path: Path
) -> None:
    """The recipe in fieldkit.identity.card's docstring, run as written."""
    stock = require_tool("minisign")
    jq = require_tool("jq")
    card_file = tmp_path / "card.fkid"
    card_file.write_bytes(card_bytes(make_card(me)))
    canonical = subprocess.run(
        [jq, "-cjS", "del(.signature)", str(card_file)], capture_output=True, check=True
    ).stdout
    assert canonical == signed_bytes(json.loads(card_file.read_text()))
    sig = subprocess.run([jq, "-j", ".signature", str(card_file)], capture_output=True, check=True)
    (tmp_path / "card.json").write_bytes(canonical)
    (tmp_path / "card.json.minisig").write_bytes(sig.stdout)
    ok = subprocess.run(
        [stock, "-Vm", str(tmp_path / "card.json"), "-P", me.minisign_public],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr


def test_py_minisign_verifies_a_card_signature(card: dict[str, Any]) -> None:
    import minisign as pyminisign
    key = pyminisign.PublicKey.from_base64(card["minisign_public_key"])
    sig = pyminisign.Signature.from_bytes(card["signature"].encode())
    key.verify(signed_bytes(card), sig)
    with pytest.raises(pyminisign.VerifyError):
        key.verify(signed_bytes({**card, "name": "Mallory"}), sig)


def test_export_without_pub_and_json_output(vault: Vault, vault_path: Path, tmp_path: Path):
    vault.close()
    result = cli(vault_path, "identity", "export", "-o", str(tmp_path / "c.fkid"), "--json")
    assert result.code == 0, result.err
    assert result.json["card"] == str(tmp_path / "c.fkid")
    assert "minisign_pub" not in result.json
    assert parse_card((tmp_path / "c.fkid").read_bytes()).fingerprint == result.json["fingerprint"]
    assert list(tmp_path.glob("*.pub")) == []


# --- the transport key for stock age -------------------------------------------------------------


def _storage_recipient(vault_path: Path) -> str:
    with Vault.open(vault_path, PASSPHRASE) as v:
        row = v.db.execute("SELECT value FROM secrets WHERE name = ?", (STORAGE_KEY_SECRET,))
        return str(X25519Identity.from_private_bytes(bytes(row.fetchone()[0])).recipient())


def test_export_age_key_without_passphrase_works_with_stock_age(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    age = require_tool("age")
    vault.close()
    key_file = tmp_path / "transport.txt"
    result = cli(vault_path, "identity", "export-age-key", "-o", str(key_file), "--no-passphrase")
    assert result.code == 0, result.err
    assert "Warning" in result.err and "UNPROTECTED" in result.err
    assert key_file.stat().st_mode & 0o777 == 0o600
    recipient = cli(vault_path, "identity", "show", "--json").json["age_recipient"]
    lines = key_file.read_text().splitlines()
    assert lines[0].startswith("# created: ")
    assert lines[1] == f"# public key: {recipient}"
    assert lines[2].startswith("AGE-SECRET-KEY-1") and len(lines) == 3
    # stock age encrypts to the recipient and decrypts with the exported file
    data = os.urandom(5000)
    (tmp_path / "plain").write_bytes(data)
    subprocess.run(
        [age, "-e", "-r", recipient, "-o", str(tmp_path / "x.age"), str(tmp_path / "plain")],
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [age, "-d", "-i", str(key_file), str(tmp_path / "x.age")], check=True, capture_output=True
    )
    assert out.stdout == data
    keygen = require_tool("age-keygen")
    derived = subprocess.run([keygen, "-y", str(key_file)], capture_output=True, text=True)
    assert derived.stdout.strip() == recipient
    # It is the transport key, never the storage key.
    storage = _storage_recipient(vault_path)
    assert storage != recipient
    (tmp_path / "media.age").write_bytes(
        encrypt_bytes(data, [X25519Identity.generate().recipient()])
    )
    sealed_for_storage = tmp_path / "storage.age"
    subprocess.run(
        [age, "-e", "-r", storage, "-o", str(sealed_for_storage), str(tmp_path / "plain")],
        check=True,
        capture_output=True,
    )
    refused_ = subprocess.run(
        [age, "-d", "-i", str(key_file), str(sealed_for_storage)], capture_output=True
    )
    assert refused_.returncode != 0


def test_export_age_key_with_passphrase_from_environment(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    me = own.load(vault.db)
    vault.close()
    key_file = tmp_path / "transport.age"
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", KEY_PASS)
    result = cli(vault_path, "identity", "export-age-key", "-o", str(key_file))
    assert result.code == 0, result.err
    assert "FIELDKIT_KEY_PASSPHRASE" not in os.environ  # taken out once read
    assert KEY_PASS not in result.err + result.out
    assert key_file.stat().st_mode & 0o777 == 0o600
    sealed = key_file.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert b"AGE-SECRET-KEY" not in sealed
    plain = decrypt_bytes(sealed, [ScryptIdentity(KEY_PASS)]).decode()
    assert plain.startswith("# created: ")
    assert f"# public key: {me.age_recipient}\n" in plain
    (identity,) = identities_from_text(plain)
    assert identity.private_bytes() == me.transport_key.private_bytes()
    assert str(identity.recipient()) != _storage_recipient(vault_path)
    with pytest.raises(AgeError):
        decrypt_bytes(sealed, [ScryptIdentity("not the passphrase")])


def test_passphrase_protected_key_opens_in_stock_age(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    age = require_tool("age")
    me = own.load(vault.db)
    vault.close()
    (tmp_path / "kp").write_text(KEY_PASS + "\n")
    key_file = tmp_path / "transport.age"
    result = cli(
        vault_path,
        "identity",
        "export-age-key",
        "-o",
        str(key_file),
        "--key-passphrase-file",
        str(tmp_path / "kp"),
        "--json",
    )
    assert result.code == 0, result.err
    assert result.json == {
        "file": str(key_file),
        "age_recipient": me.age_recipient,
        "passphrase": True,
    }
    data = os.urandom(3000)
    sealed = tmp_path / "bundle.age"
    sealed.write_bytes(encrypt_bytes(data, [me.transport_key.recipient()]))
    opened = tmp_path / "opened"
    code, transcript = run_on_terminal(
        [age, "-d", "-i", str(key_file), "-o", str(opened), str(sealed)], [KEY_PASS]
    )
    assert code == 0, transcript
    assert opened.read_bytes() == data


def test_export_age_key_without_any_passphrase_source_is_a_usage_error(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    key_file = tmp_path / "k.age"
    # No vault passphrase either: the missing key passphrase is reported first.
    result = run_cli(
        ["--vault", str(vault_path), "identity", "export-age-key", "-o", str(key_file)]
    )
    assert result.code == 2
    assert "--key-passphrase-file" in result.err and "--no-passphrase" in result.err
    assert not key_file.exists()


@pytest.mark.parametrize(
    ("extra", "env", "match"),
    [
        (["--no-passphrase"], {"FIELDKIT_KEY_PASSPHRASE": KEY_PASS}, "--no-passphrase"),
        ([], {"FIELDKIT_KEY_PASSPHRASE": "short"}, "too short"),
    ],
)
def test_export_age_key_refuses_bad_passphrase_options(
    vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    extra: list[str],
    env: dict[str, str],
    match: str,
) -> None:
    vault.close()
    key_file = tmp_path / "k.age"
    result = cli(vault_path, "identity", "export-age-key", "-o", str(key_file), *extra, env=env)
    assert result.code == 2 and match in result.err
    assert not key_file.exists()


def test_card_fingerprint_matches_hashlib_and_fixture_is_real(me: own.OwnIdentity) -> None:
    text = f"fieldkit-fingerprint-v1\n{me.minisign_public}\n{me.age_recipient}\n"
    assert hashlib.sha256(text.encode()).hexdigest() == make_card(me)["fingerprint"]
