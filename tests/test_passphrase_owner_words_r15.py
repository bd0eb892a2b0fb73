"""The owner's name joined by dots, underscores or dashes is refused as when spaced (r15 tester:
« amelie.durand.2026 » was rated strong by `passwd`, Settings and the recovery-key unlock,
« Amelie Durand 2026 » refused; « коваль_оксана_2026 » strong for « Оксана Коваль »)."""

from __future__ import annotations

import pytest

from fieldkit.passphrase_policy import Reason, assess


@pytest.mark.parametrize(
    ("passphrase", "owner"),
    [
        ("amelie.durand.2026", "Amelie Durand"),
        ("amelie_durand_2026", "Amélie Durand"),
        ("Amelie-Durand-2026", "Amélie Durand"),
        ("коваль_оксана_2026", "Оксана Коваль"),
        ("demo.vault.2026", "Demo vault"),
    ],
)
def test_joined_names_are_refused_like_spaced_ones(passphrase: str, owner: str) -> None:
    verdict = assess(passphrase, [owner])
    assert not verdict.acceptable
    assert verdict.reason is Reason.PERSONAL


@pytest.mark.parametrize(
    "passphrase",
    ["quiet-lantern-orbit-velvet", "table_river.orange_mountain", "kettle.prism.dune.48"],
)
def test_strong_passphrases_with_separators_still_pass(passphrase: str) -> None:
    assert assess(passphrase, ["Amelie Durand", "Musée des Beaux-Arts"]).acceptable
    assert assess(passphrase).acceptable
