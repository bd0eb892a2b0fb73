"""Sync receipts: signed by the importer, encrypted to the sender, readable with stock tools."""

from __future__ import annotations

import json
import secrets
import subprocess
from pathlib import Path

import pytest
from conftest import require_tool
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from test_sync import Site, bundles_on, shared, world  # noqa: F401 - fixtures

from fieldkit.crypto import age
from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.errors import AgeNoIdentityMatchError, CorruptFileError
from fieldkit.identity.own import OwnIdentity, minisign_public_line
from fieldkit.records import fields as F
from fieldkit.sync import layout, quarantine
from fieldkit.sync.receipts import UntrustedReceiptError, make_receipt, read_receipt

ACKS = ["0b9c3c4e-3f0a-4a43-9d4f-2a1a7f0c1d2e", "5d2f0c55-77a4-4f0e-8c55-0f6c8a3c9e11"]


def identity(name: str) -> OwnIdentity:
    return OwnIdentity(
        name=name,
        organisation="",
        role="field",
        signing_key=Ed25519PrivateKey.generate(),
        key_id=secrets.token_bytes(8),
        transport_key=age.X25519Identity.generate(),
    )


def key_of(who: OwnIdentity) -> MinisignPublicKey:
    return MinisignPublicKey(who.key_id, who.public_key)


def test_a_receipt_reads_back_for_its_addressee_only() -> None:
    amal, coord, other = identity("amal"), identity("coord"), identity("other")
    _, data = make_receipt(coord, amal.fingerprint, amal.age_recipient, reversed(ACKS))
    receipt = read_receipt(data, amal, {coord.fingerprint: key_of(coord)}.get)
    assert receipt.writer == coord.fingerprint and receipt.addressee == amal.fingerprint
    assert list(receipt.acknowledgements) == sorted(ACKS)
    assert b"acknowledgements" not in data  # encrypted: nothing readable on the drive
    with pytest.raises(AgeNoIdentityMatchError):
        read_receipt(data, other, {coord.fingerprint: key_of(coord)}.get)


def test_an_altered_or_foreign_signed_receipt_is_refused() -> None:
    amal, coord, mallory = identity("amal"), identity("coord"), identity("mallory")
    _, data = make_receipt(coord, amal.fingerprint, amal.age_recipient, ACKS)
    body = json.loads(age.decrypt_bytes(data, [amal.transport_key]))
    body["acknowledgements"].append("9f1f2d47-1c1e-4c54-b9a5-6f5e9d1c2b3a")
    forged = age.encrypt_bytes(json.dumps(body).encode(), [amal.transport_key.recipient()])
    with pytest.raises(CorruptFileError, match="signature"):
        read_receipt(forged, amal, {coord.fingerprint: key_of(coord)}.get)
    # Signed by someone else who claims to be the coordinator.
    _, data = make_receipt(mallory, amal.fingerprint, amal.age_recipient, ACKS)
    body = json.loads(age.decrypt_bytes(data, [amal.transport_key]))
    body["from"] = coord.fingerprint
    claimed = age.encrypt_bytes(json.dumps(body).encode(), [amal.transport_key.recipient()])
    with pytest.raises(CorruptFileError):
        read_receipt(claimed, amal, {coord.fingerprint: key_of(coord)}.get)
    # From a key this vault does not accept receipts from.
    with pytest.raises(UntrustedReceiptError):
        read_receipt(data, amal, lambda fp: None)


def test_stock_age_jq_and_minisign_check_a_receipt(tmp_path: Path) -> None:
    age_tool, minisign, jq = require_tool("age"), require_tool("minisign"), require_tool("jq")
    amal, coord = identity("amal"), identity("coord")
    _, data = make_receipt(coord, amal.fingerprint, amal.age_recipient, ACKS)
    (tmp_path / "r.fkr").write_bytes(data)
    (tmp_path / "key.txt").write_text(f"{amal.transport_key}\n")
    plain = subprocess.run(
        [age_tool, "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "r.fkr")],
        capture_output=True,
        check=True,
    ).stdout
    (tmp_path / "receipt.json").write_bytes(plain)
    signed = subprocess.run(
        [jq, "-cjS", "del(.signature)", str(tmp_path / "receipt.json")],
        capture_output=True,
        check=True,
    ).stdout
    signature = subprocess.run(
        [jq, "-j", ".signature", str(tmp_path / "receipt.json")], capture_output=True, check=True
    ).stdout
    (tmp_path / "receipt.signed").write_bytes(signed)
    (tmp_path / "receipt.signed.minisig").write_bytes(signature)
    public = minisign_public_line(coord.key_id, coord.public_key)
    check = subprocess.run(
        [minisign, "-Vm", str(tmp_path / "receipt.signed"), "-P", public],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert f"from={coord.fingerprint}" in check.stdout
    (tmp_path / "receipt.signed").write_bytes(signed.replace(b'"to"', b'"To"'))
    bad = subprocess.run(
        [minisign, "-Vm", str(tmp_path / "receipt.signed"), "-P", public],
        capture_output=True,
        check=False,
    )
    assert bad.returncode != 0


def test_a_forged_receipt_on_the_target_acknowledges_nothing(world, shared, tmp_path) -> None:  # noqa: F811
    amal, _, coord = world
    mallory = Site(tmp_path, "mallory")
    try:
        amal.records.create(F.OBJECT, {"title": "Jar"})
        report = amal.sync()
        (bundle_id,) = report.delivered
        # Mallory knows the bundle id (it is in the file name) and Amal's public card.
        mallory.trust(amal)
        _, data = make_receipt(
            mallory.identity, amal.fingerprint, amal.card.age_recipient, [bundle_id]
        )
        receipts = shared / layout.RECEIPTS
        receipts.mkdir(exist_ok=True)
        (
            receipts
            / layout.receipt_file_name(mallory.fingerprint, "6c1b7bb2-8c3c-4a8e-9b61-1a4f8e0c3d2a")
        ).write_bytes(data)
        later = amal.sync()
        assert later.acknowledged == [] and later.removed == 0
        assert len(bundles_on(shared, amal)) == 1  # still there for the coordinator
        (entry,) = later.quarantined
        assert entry.kind == "receipt" and entry.untrusted and "does not trust" in entry.reason
        assert [e.kind for e in quarantine(amal.vault)] == ["receipt"]
        # The real coordinator's receipt does the job.
        coord.sync()
        done = amal.sync()
        assert done.acknowledged == [bundle_id] and done.removed == 1
    finally:
        mallory.vault.close()
