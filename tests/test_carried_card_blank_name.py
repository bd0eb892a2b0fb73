"""A vault an older FieldKit named with a direction mark alone (today's `init` refuses such a
name: it shows as nothing) still makes its card, and the vaults that trusted it under the older
rule hold that card. Its bundles used to be refused by every one of them — "has no valid sender
card" — because the bundle's sender card was judged by the rule for names typed today (review 9,
bug 9). A card a bundle carries is judged as a stored one; control characters are still refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from peers import Peer

from fieldkit.identity import own
from fieldkit.identity.card import (
    CardError,
    card_bytes,
    make_card,
    parse_card,
    parse_carried_card,
)
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


class OlderPeer(Peer):
    """A peer whose vault an older FieldKit created with ``name`` (no typed-name check)."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = "older"
        self.root = root
        self.path = root / "older"
        self.vault, _ = Vault.create(self.path, PASSPHRASE, name=name, role="field", kdf=FAST_KDF)
        self.identity = own.load(self.vault.db)
        self.card = parse_card(card_bytes(make_card(self.identity)), stored=True)
        self.records = Records(self.vault)
        self.count = 0


def test_bundles_from_a_trusted_vault_named_with_a_direction_mark_alone(tmp_path: Path) -> None:
    older = OlderPeer(tmp_path, "\u200f")
    bob = Peer(tmp_path, "bob")
    older.trust(bob)
    bob.trust(older)
    older.records.create(F.OBJECT, {"inventory_number": "O-1", "title": "Jar"})
    result = bob.receive(older.send(bob))
    assert result.refused is None
    assert result.new_revisions == 1


def test_a_carried_card_with_a_control_character_is_still_refused(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="Amal", role="field", kdf=FAST_KDF)
    raw = json.loads(card_bytes(make_card(own.load(vault.db))))
    assert parse_carried_card(json.dumps(raw).encode()).name == "Amal"
    raw["name"] = "Amal\u0007"  # the signature no longer matches either: refused before that
    with pytest.raises(CardError):
        parse_carried_card(json.dumps(raw).encode())
