"""Issue 24, item 7: an unverified card is never a default recipient, and names that collide
are flagged wherever a recipient is chosen (`trust add`, `trust list`, `export`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.identity import own, trust
from fieldkit.identity.card import IdentityCard, card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


class People:
    """A field vault with one record, and the cards of a real coordinator "Bob" and of an
    impostor whose card also says "Bob, coordinator" (all real vaults, closed)."""

    def __init__(self, make_vault: Any, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.field = tmp_path / "field"
        field, _ = make_vault(self.field, name="Amal", role="field")
        Records(field).create(F.OBJECT, {"inventory_number": "INV-7", "title": "Jar"})
        field.close()
        self.bob, self.bob_card, self.bob_file = self._person(make_vault, "bob", "Bob")
        self.imp, self.imp_card, self.imp_file = self._person(make_vault, "impostor", "Bob")

    def _person(self, make_vault: Any, folder: str, name: str) -> tuple[Path, IdentityCard, Path]:
        path = self.tmp / folder
        vault, _ = make_vault(path, name=name, role="coordinator")
        data = card_bytes(make_card(own.load(vault.db)))
        vault.close()
        card_file = self.tmp / f"{folder}.fkid"
        card_file.write_bytes(data)
        return path, parse_card(data), card_file

    def cli(self, *args: str, vault: Path | None = None) -> Any:
        return run_cli(["--vault", str(vault or self.field), *args], ENV)


@pytest.fixture
def people(make_vault: Any, tmp_path: Path) -> People:
    return People(make_vault, tmp_path)


def label(card: IdentityCard, verified: bool) -> str:
    return f"{card.name} (fingerprint {card.fingerprint[:16]}…{'' if verified else ', unverified'})"


# --- the store -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bob", "bob"),
        ("Bob", "  BOB  "),
        ("Bob Smith", "Bob \t Smith"),
        ("Bob", "Ｂｏｂ"),  # full-width: NFKC
        ("Bob", "B\u200bob"),  # a zero-width space
        ("Bob", "Воb"),  # Cyrillic В and о
        ("Olga", "Οlgа"),  # Greek Ο, Cyrillic а
        ("José", "Jose\u0301"),  # one code point or a combining accent
        ("José", "Jose"),
        ("أحمد", "احمد"),  # hamza seat
        ("سمير", "سمیر"),  # Arabic and Persian yeh
        ("علي", "عـلى"),  # tatweel, alef maksura
    ],
)
def test_names_that_look_the_same_fold_the_same(a: str, b: str) -> None:
    assert trust.fold_name(a) == trust.fold_name(b)


@pytest.mark.parametrize(("a", "b"), [("Bob", "Rob"), ("Hub", "Hub 2"), ("Bob", "Bobby")])
def test_different_names_stay_different(a: str, b: str) -> None:
    assert trust.fold_name(a) != trust.fold_name(b)


def test_an_unverified_coordinator_is_never_a_default_recipient(
    people: People, make_vault: Any
) -> None:
    with Vault.open(people.field, PASSPHRASE) as vault:
        with vault.transaction() as db:
            trust.add(db, people.imp_card)  # takes the role its card claims: coordinator
            trust.add(db, people.bob_card, role="coordinator")  # given, still unverified
        assert {k.role for k in trust.list_keys(vault.db)} == {"coordinator"}
        assert trust.default_recipients(vault.db) == []
        assert len(trust.unverified_coordinators(vault.db)) == 2
        with vault.transaction() as db:
            trust.mark_verified(db, people.bob_card.fingerprint)
        assert [k.fingerprint for k in trust.default_recipients(vault.db)] == [
            people.bob_card.fingerprint
        ]
        collisions = trust.name_collisions(trust.list_keys(vault.db))
        assert set(collisions) == {people.bob_card.fingerprint, people.imp_card.fingerprint}
        with vault.transaction() as db:
            trust.revoke(db, people.imp_card.fingerprint)
        assert trust.name_collisions(trust.list_keys(vault.db)) == {}


# --- export --------------------------------------------------------------------------------------


def test_export_goes_only_to_verified_coordinators_and_names_the_one_left_out(
    people: People,
) -> None:
    assert people.cli("trust", "add", str(people.bob_file), "--verified").code == 0
    added = people.cli("trust", "add", str(people.imp_file))  # no --role, no --verified
    assert added.code == 0, added.err

    bundle = people.tmp / "out.fkb"
    out = people.cli("export", "-o", str(bundle), "--json")
    assert out.code == 0, out.err
    assert [r["fingerprint"] for r in out.json["recipients"]] == [people.bob_card.fingerprint]
    assert out.json["recipients"][0]["verified"] is True
    assert f"Not encrypted to {label(people.imp_card, False)}" in out.err
    assert "in person or by phone" in out.err and "trust add CARD.fkid --verified" in out.err

    # The real check: the impostor's vault cannot open the bundle, Bob's can.
    stolen = people.cli("import", str(bundle), "--json", vault=people.imp)
    assert stolen.code == 1 and stolen.json[0]["refused"] and stolen.json[0]["new_revisions"] == 0
    got = people.cli("import", str(bundle), "--accept-untrusted", "--json", vault=people.bob)
    assert got.code == 0, got.err
    assert got.json[0]["refused"] is None and got.json[0]["new_revisions"] == 1


def test_export_with_only_unverified_coordinators_exits_2_naming_them(people: People) -> None:
    assert people.cli("trust", "add", str(people.imp_file)).code == 0
    bundle = people.tmp / "out.fkb"
    out = people.cli("export", "-o", str(bundle))
    assert out.code == 2, out.err
    assert f"{label(people.imp_card, True)} is unverified" in out.err
    assert "only to verified coordinators" in out.err
    assert "identity show" in out.err and "--verified" in out.err and "--to" in out.err
    assert "Traceback" not in out.err and "nternal error" not in out.err
    assert not bundle.exists() and list(people.tmp.glob("*.fkb")) == []

    # Verifying the card (the existing command: add again with --verified) is the way out.
    assert people.cli("trust", "add", str(people.imp_file), "--verified").code == 0
    assert people.cli("export", "-o", str(bundle)).code == 0 and bundle.is_file()


def test_an_explicit_unverified_recipient_is_allowed_and_said_plainly(people: People) -> None:
    assert people.cli("trust", "add", str(people.bob_file), "--verified").code == 0
    assert people.cli("trust", "add", str(people.imp_file)).code == 0
    out = people.cli(
        "export", "-o", str(people.tmp / "a.fkb"),
        "--to", str(people.bob_file), "--to", str(people.imp_file),
    )  # fmt: skip
    assert out.code == 0, out.err
    bob, imp = label(people.bob_card, True), label(people.imp_card, False)
    first, second = sorted([bob, imp], key=lambda t: t.split("fingerprint ")[1])
    assert f"Encrypted to: {first}, {second} and yourself." in out.err
    assert f"Warning: {label(people.imp_card, True)} is trusted but unverified" in out.err
    same = [line for line in out.err.splitlines() if "lookalike names" in line]
    assert same == [f"Warning: {first} and {second} have the same or lookalike names: check by "
                    "fingerprint that this bundle goes to the one you mean."]  # fmt: skip

    js = people.cli("export", "-o", str(people.tmp / "b.fkb"), "--full", "--json",
                    "--to", str(people.imp_file))  # fmt: skip
    assert js.code == 0, js.err
    (entry,) = js.json["recipients"]
    assert entry["verified"] is False and entry["trusted"] is True
    assert entry["name_collision"] is True
    assert any("unverified" in w for w in js.json["warnings"])


def test_a_card_not_in_the_trust_store_is_said_to_be_so(people: People) -> None:
    assert people.cli("trust", "add", str(people.bob_file), "--verified").code == 0
    out = people.cli("export", "-o", str(people.tmp / "a.fkb"), "--to", str(people.imp_file))
    assert out.code == 0, out.err
    assert f"{label(people.imp_card, True)} is not in your trust store" in out.err
    pair = sorted([label(people.bob_card, True), label(people.imp_card, False)])
    assert f"{pair[0]} and {pair[1]} have the same or lookalike names" in out.err
    # A revoked card named with --to is said to be revoked, not unknown.
    assert people.cli("trust", "add", str(people.imp_file)).code == 0
    assert people.cli("trust", "revoke", people.imp_card.fingerprint).code == 0
    again = people.cli("export", "-o", str(people.tmp / "b.fkb"), "--to", str(people.imp_file))
    assert again.code == 0, again.err
    assert f"{label(people.imp_card, True)} was revoked in your trust store" in again.err


# --- trust list / trust add ----------------------------------------------------------------------


def test_trust_add_warns_when_the_new_card_shares_a_name(people: People) -> None:
    first = people.cli("trust", "add", str(people.bob_file), "--verified")
    assert first.code == 0 and "more than one card" not in first.err
    added = people.cli("trust", "add", str(people.imp_file))  # no --role, no --verified
    assert added.code == 0, added.err
    warning = next(line for line in added.err.splitlines() if "more than one card" in line)
    assert warning.startswith("Warning: you now trust more than one card named like 'Bob'")
    assert people.imp_card.fingerprint[:16] in warning
    assert f"and {label(people.bob_card, True)}" in warning and "--name" in warning
    # Why it will not receive bundles, and how to verify it.
    assert "as coordinator (the role its card claims)" in added.err
    assert "does not receive bundles unless you name it with `export --to`" in added.err
    assert "identity show" in added.err and "--verified" in added.err


def test_trust_list_flags_names_that_collide(people: People, make_vault: Any) -> None:
    _, _, cyr_file = people._person(make_vault, "cyrillic", "Воb")  # Cyrillic В, о
    _, rana_card, rana_file = people._person(make_vault, "rana", "Rana")
    assert people.cli("trust", "add", str(people.bob_file), "--verified").code == 0
    assert people.cli("trust", "add", str(rana_file), "--verified").code == 0
    added = people.cli("trust", "add", str(cyr_file), "--json")
    assert added.code == 0, added.err
    assert added.json["name_collision"] is True
    assert added.json["collides_with"] == [people.bob_card.fingerprint]
    assert "more than one card named like" in added.err
    renamed = people.cli("trust", "add", str(people.imp_file), "--name", "  BOB ")
    assert renamed.code == 0 and "more than one card named like" in renamed.err

    entries = {e["fingerprint"]: e for e in people.cli("trust", "list", "--json").json}
    bobs = {fp for fp, e in entries.items() if e["name_collision"]}
    assert rana_card.fingerprint not in bobs and len(bobs) == 3
    assert entries[rana_card.fingerprint]["collides_with"] == []
    for fp in bobs:
        assert set(entries[fp]["collides_with"]) == bobs - {fp}
    assert entries[people.bob_card.fingerprint]["default_recipient"] is True
    assert entries[people.imp_card.fingerprint]["default_recipient"] is False

    human = people.cli("trust", "list")
    assert human.code == 0
    lines = {line[:16]: line for line in human.out.splitlines()}
    assert "SAME NAME" in lines[people.bob_card.fingerprint[:16]]
    assert "SAME NAME" not in lines[rana_card.fingerprint[:16]]
    assert "same name" in human.err and "identity show" in human.err


def test_sync_without_named_recipients_skips_unverified_coordinators(people: People) -> None:
    stick = people.tmp / "stick"
    stick.mkdir()
    assert people.cli("trust", "add", str(people.imp_file)).code == 0
    assert people.cli("sync", "target", "add", "stick", str(stick)).code == 0
    synced = people.cli("sync", "--json")
    assert synced.code == 0, synced.err
    assert synced.json[0]["exported"] == [] and synced.json[0]["delivered"] == []
    assert list(stick.rglob("*.fkb")) == []
