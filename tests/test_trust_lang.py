"""`trust add` names the look-alike cards in the user's language (it said "(fingerprint …,
unverified)" in English inside a French warning)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import PASSPHRASE, run_cli
from test_trust_recipients import People


def test_trust_add_names_the_lookalike_in_french(make_vault: Any, tmp_path: Path) -> None:
    people = People(make_vault, tmp_path)
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    field = ["--vault", str(people.field)]
    assert run_cli([*field, "trust", "add", str(people.bob_file)], env).code == 0
    added = run_cli([*field, "trust", "add", str(people.imp_file)], env)
    assert added.code == 0, added.err
    fingerprint = people.bob_card.fingerprint[:16]
    assert fingerprint in added.err
    assert "(fingerprint" not in added.err and "unverified" not in added.err, added.err
