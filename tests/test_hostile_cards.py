"""Identity cards whose name shows as nothing (review 7, cosmetic): a right-to-left mark, an
Arabic letter mark, zero-width and other format characters, or a Hangul filler passed the card
check, so a trust list could show a blank name. Refused now, but for the joiners (ZWJ, ZWNJ)
that Arabic, Persian and Indic names need."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.crypto import age
from fieldkit.identity.card import CardError, card_bytes, make_card, parse_card
from fieldkit.identity.own import OwnIdentity


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
    "name", ["\u200f", "\u061c", "\u200b", "\u2060", "\ufeff", "\u00ad", "\u3164", "A\u200fB"]
)
def test_a_name_that_shows_nothing_is_refused(name: str) -> None:
    with pytest.raises(CardError, match="control characters"):
        parse_card(card_named(name))


def test_the_joiners_names_need_are_kept() -> None:
    name = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0915\u094d\u200d\u0937"
    assert parse_card(card_named(name)).name == name
