"""Identity cards whose name shows as nothing (review 7, cosmetic): a name made only of
right-to-left marks, Arabic letter marks, zero-width and other format characters, or Hangul
fillers passed the card check, so a trust list could show a blank name. Refused now; inside a
name those characters are legitimate (review 8), and stored cards are never judged again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.canonical_json import canonical_json
from fieldkit.crypto import age, minisign
from fieldkit.identity import trust
from fieldkit.identity.card import (
    CardError,
    IdentityCard,
    card_bytes,
    make_card,
    parse_card,
    trusted_comment,
)
from fieldkit.identity.own import OwnIdentity
from fieldkit.vault import Vault


def card_named(name: str) -> bytes:
    me = OwnIdentity(
        name=name,
        organisation="",
        role="field",
        signing_key=Ed25519PrivateKey.generate(),
        key_id=os.urandom(8),
        transport_key=age.X25519Identity.generate(),
    )
    return card_bytes(make_card(me))


@pytest.mark.parametrize(
    "name", ["\u200f", "\u061c", "\u200b", "\u2060", "\ufeff", "\u00ad", "\u3164", "\u200f\u200d"]
)
def test_a_name_that_shows_nothing_is_refused(name: str) -> None:
    with pytest.raises(CardError, match="control characters"):
        parse_card(card_named(name))


def test_the_joiners_names_need_are_kept() -> None:
    name = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0915\u094d\u200d\u0937"
    assert parse_card(card_named(name)).name == name


# --- review 8: format characters inside a name are legitimate ---------------------------------
# The rule above refused any format character anywhere, so after the upgrade a vault that had
# trusted "أمل" + RLM could not list its keys, and one whose organisation had a soft hyphen
# could not export. Only a name that shows as nothing is refused, and never a stored card.

NAMES_WITH_MARKS = [
    "\u0623\u0645\u0644\u200f",  # an Arabic name ending in a right-to-left mark
    "A\u200fB",
    "\u061c\u0623\u0645\u0644",  # an Arabic letter mark
    "Landes\u00admuseum",  # a soft hyphen
]


def older_card(name: str, organisation: str = "") -> dict[str, Any]:
    """A card signed as an older FieldKit made it: no check of the name at all."""
    me = OwnIdentity(
        name=name,
        organisation=organisation,
        role="field",
        signing_key=Ed25519PrivateKey.generate(),
        key_id=os.urandom(8),
        transport_key=age.X25519Identity.generate(),
    )
    unsigned: dict[str, Any] = {
        "format": "fieldkit-identity",
        "version": 1,
        "name": name,
        "organisation": organisation,
        "role": "field",
        "minisign_public_key": me.minisign_public,
        "age_recipient": me.age_recipient,
        "created": "2026-01-01T00:00:00Z",
        "fingerprint": me.fingerprint,
    }
    signature = minisign.sign(
        me.signing_key,
        me.key_id,
        canonical_json(unsigned),
        trusted_comment(me.fingerprint),
        "signature from FieldKit (identity card)",
    )
    return {**unsigned, "signature": signature}


@pytest.mark.parametrize("name", NAMES_WITH_MARKS)
def test_a_name_or_organisation_with_a_format_character_inside_is_accepted(name: str) -> None:
    assert parse_card(card_bytes(older_card(name))).name == name
    assert parse_card(card_bytes(older_card("Amal", name))).organisation == name


def test_cards_trusted_before_are_not_judged_again_by_a_newer_rule(
    vault: Vault, vault_path: Path
) -> None:
    names = [*NAMES_WITH_MARKS, "\u200f"]  # even one an older FieldKit let show as nothing
    with vault.transaction() as db:
        for name in names:
            raw = older_card(name)
            card = IdentityCard(
                name=name,
                organisation="",
                role="field",
                minisign_public_key=raw["minisign_public_key"],
                age_recipient=raw["age_recipient"],
                created=raw["created"],
                fingerprint=raw["fingerprint"],
                raw=raw,
            )
            trust.add(db, card, name=f"key {names.index(name)}", verified=True)
    assert sorted(k.card.name for k in trust.list_keys(vault.db)) == sorted(names)
    vault.close()
    listed = run_cli(
        ["--vault", str(vault_path), "trust", "list", "--json"],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert listed.code == 0, listed.err
    assert sorted(k["card_name"] for k in listed.json) == sorted(names)  # type: ignore[union-attr]


@pytest.mark.parametrize("name", [*NAMES_WITH_MARKS, "\u200f"])
def test_a_vault_whose_own_name_has_a_format_character_exports_its_card(
    make_vault: Any, vault_path: Path, tmp_path: Path, name: str
) -> None:
    vault, _ = make_vault(name=name, organisation="Landes\u00admuseum")
    vault.close()
    result = run_cli(
        ["--vault", str(vault_path), "identity", "export", "-o", str(tmp_path / "me.fkid")],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 0, result.err
    card = parse_card((tmp_path / "me.fkid").read_bytes(), stored=True)
    assert (card.name, card.organisation) == (name, "Landes\u00admuseum")


@pytest.mark.parametrize(
    "member,value",
    [
        *(("--name", n) for n in NAMES_WITH_MARKS),
        *(("--org", n) for n in NAMES_WITH_MARKS),
        ("--name", "\u200f"),
        ("--name", "\u3164"),
        ("--org", "\u00ad"),
        ("--name", "A\x07B"),
        ("--org", "Museum\u202e"),
        ("--name", "A" * 201),
    ],
)
def test_init_refuses_exactly_the_names_a_card_refuses(
    tmp_path: Path, member: str, value: str
) -> None:
    on_card = {"--name": "name", "--org": "organisation"}[member]
    card = older_card(value) if on_card == "name" else older_card("Amal", value)
    try:
        parse_card(card_bytes(card))
        card_refuses = False
    except CardError:
        card_refuses = True
    others = {"--name": "Amal", "--org": "Museum"}
    others[member] = value
    # A passphrase too short to be used: a name init accepts gets that refusal instead.
    result = run_cli(
        [
            "--vault",
            str(tmp_path / "v"),
            "init",
            "--name",
            others["--name"],
            "--org",
            others["--org"],
        ],
        {"FIELDKIT_PASSPHRASE": "short"},
    )
    assert result.code == 2 and not (tmp_path / "v").exists()
    refused_name = "contains control characters" in result.err or "longer than" in result.err
    assert refused_name == card_refuses, result.err
    if card_refuses:
        assert "Type the value again plainly" in result.err


def test_a_sync_target_saved_with_an_older_card_still_opens(vault: Vault, tmp_path: Path) -> None:
    """A target's recipients are cards the vault already holds: the name rule they were saved
    under applies, so a card an older FieldKit let show as nothing keeps the target usable."""
    from fieldkit.sync import targets

    raw = older_card("\u200f")
    card = IdentityCard(
        name="\u200f",
        organisation="",
        role="field",
        minisign_public_key=raw["minisign_public_key"],
        age_recipient=raw["age_recipient"],
        created=raw["created"],
        fingerprint=raw["fingerprint"],
        raw=raw,
    )
    (tmp_path / "usb").mkdir()
    targets.add_target(vault, "usb", tmp_path / "usb", [card])
    assert [c.fingerprint for c in targets.get_target(vault, "usb").cards] == [card.fingerprint]
