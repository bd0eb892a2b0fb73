"""The trust store (SPEC §6) and `fieldkit trust add|list|revoke` (SPEC §11)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.canonical_json import canonical_json
from fieldkit.crypto.age import X25519Identity
from fieldkit.errors import UsageError
from fieldkit.identity import own, trust
from fieldkit.identity.card import IdentityCard, card_bytes, make_card, parse_card
from fieldkit.identity.trust import TrustError
from fieldkit.vault import Vault, audit


def identity_of(make_vault: Any, path: Path, **kw: Any) -> own.OwnIdentity:
    v, _ = make_vault(path, **kw)
    me = own.load(v.db)
    v.close()
    return me


def card_of(me: own.OwnIdentity) -> IdentityCard:
    return parse_card(card_bytes(make_card(me)))


@pytest.fixture
def others(make_vault: Any, tmp_path: Path) -> dict[str, IdentityCard]:
    """Cards of three other vaults: two coordinators and a field worker."""
    return {
        "coord": card_of(identity_of(make_vault, tmp_path / "c1", name="Hub", role="coordinator")),
        "coord2": card_of(
            identity_of(make_vault, tmp_path / "c2", name="Hub 2", role="coordinator")
        ),
        "field": card_of(identity_of(make_vault, tmp_path / "f", name="Samir", role="field")),
    }


def cli(vault_path: Path, *args: str) -> Any:
    return run_cli(["--vault", str(vault_path), *args], {"FIELDKIT_PASSPHRASE": PASSPHRASE})


# --- the store -----------------------------------------------------------------------------------


def test_add_get_and_list(vault: Vault, others: dict[str, IdentityCard]) -> None:
    card = others["field"]
    with vault.transaction() as db:
        key = trust.add(db, card, name="Samir (Aleppo)", role="field", verified=True)
    assert key.fingerprint == card.fingerprint and key.name == "Samir (Aleppo)"
    assert key.role == "field" and key.verified and key.verified_at is not None
    assert key.revoked_at is None and not key.revoked and key.added_at
    assert key.card == card and key.card.name == "Samir"
    assert trust.get(vault.db, card.fingerprint) == key
    assert trust.get(vault.db, card.fingerprint[:8]) == key
    assert trust.get(vault.db, card.fingerprint[:8].upper()) == key
    assert trust.get(vault.db, card.display_fingerprint) == key
    assert trust.get(vault.db, others["coord"].fingerprint) is None
    assert trust.get_exact(vault.db, card.fingerprint) == key
    assert trust.get_exact(vault.db, card.fingerprint[:8]) is None
    with pytest.raises(UsageError, match="at least 8"):
        trust.get(vault.db, card.fingerprint[:7])
    with pytest.raises(UsageError, match="hex"):
        trust.get(vault.db, "not-a-fingerprint")
    with vault.transaction() as db:
        plain = trust.add(db, others["coord"])  # defaults: the card's name and role, unverified
    assert plain.name == "Hub" and plain.role == "coordinator" and not plain.verified
    assert plain.verified_at is None
    assert [k.fingerprint for k in trust.list_keys(vault.db)] == [
        plain.fingerprint,
        key.fingerprint,
    ]  # by local name: "Hub" < "Samir (Aleppo)"


def test_entries_persist_across_reopening(
    vault: Vault, vault_path: Path, others: dict[str, IdentityCard]
) -> None:
    with vault.transaction() as db:
        trust.add(db, others["coord"], verified=True)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        (key,) = trust.list_keys(again.db)
        assert key.fingerprint == others["coord"].fingerprint and key.verified


def test_re_adding_updates_but_never_unverifies(
    vault: Vault, others: dict[str, IdentityCard]
) -> None:
    card = others["field"]
    with vault.transaction() as db:
        first = trust.add(db, card, verified=True)
    with vault.transaction() as db:
        second = trust.add(db, card, name="Samir A.", role="auditor")
    assert (second.name, second.role) == ("Samir A.", "auditor")
    assert second.verified and second.verified_at == first.verified_at
    assert second.added_at == first.added_at
    with vault.transaction() as db:
        third = trust.add(db, card)  # nothing given: what is stored stays
    assert (third.name, third.role, third.verified) == ("Samir A.", "auditor", True)
    assert len(trust.list_keys(vault.db)) == 1


def test_mark_verified(vault: Vault, others: dict[str, IdentityCard]) -> None:
    with vault.transaction() as db:
        trust.add(db, others["coord"])
    with vault.transaction() as db:
        key = trust.mark_verified(db, others["coord"].fingerprint[:12])
    assert key.verified and key.verified_at
    events = audit.events(vault.db, action="key_trusted")
    assert events[-1].details == {
        "fingerprint": others["coord"].fingerprint,
        "role": "coordinator",
        "verified": True,
    }


def test_revoke_by_prefix_and_re_add_is_refused(
    vault: Vault, others: dict[str, IdentityCard]
) -> None:
    card = others["coord"]
    with vault.transaction() as db:
        trust.add(db, card, verified=True)
    with vault.transaction() as db:
        revoked = trust.revoke(db, card.fingerprint[:10])
    assert revoked.revoked and revoked.revoked_at is not None
    assert trust.get(vault.db, card.fingerprint) == revoked
    with pytest.raises(TrustError, match="revoked") as info, vault.transaction() as db:
        trust.add(db, card, verified=True)
    assert "trust restore" in (info.value.hint or "")
    assert trust.get(vault.db, card.fingerprint) == revoked  # still revoked, unchanged
    # Revoking again changes nothing and logs nothing.
    before = audit.count(vault.db, action="key_revoked")
    with vault.transaction() as db:
        assert trust.revoke(db, card.fingerprint) == revoked
    assert audit.count(vault.db, action="key_revoked") == before == 1
    with pytest.raises(TrustError, match="No trusted key"), vault.transaction() as db:
        trust.revoke(db, others["field"].fingerprint)


def test_new_card_for_a_revoked_signing_key_is_refused(
    vault: Vault, make_vault: Any, tmp_path: Path
) -> None:
    holder = identity_of(make_vault, tmp_path / "h", name="Hub", role="coordinator")
    with vault.transaction() as db:
        trust.add(db, card_of(holder))
    # The same signing key with another transport key: another fingerprint.
    moved = dataclasses.replace(holder, transport_key=X25519Identity.generate())
    new_card = card_of(moved)
    assert new_card.fingerprint != holder.fingerprint
    with pytest.raises(TrustError, match="already trusted"), vault.transaction() as db:
        trust.add(db, new_card)
    with vault.transaction() as db:
        trust.revoke(db, holder.fingerprint)
    with pytest.raises(TrustError, match="revoked"), vault.transaction() as db:
        trust.add(db, new_card)
    assert [k.fingerprint for k in trust.list_keys(vault.db)] == [holder.fingerprint]


def test_own_card_is_refused(vault: Vault) -> None:
    mine = card_of(own.load(vault.db))
    with pytest.raises(TrustError, match="own identity card"), vault.transaction() as db:
        trust.add(db, mine)
    assert trust.list_keys(vault.db) == []
    assert audit.count(vault.db, action="key_trusted") == 0


def test_changes_need_a_transaction(vault: Vault, others: dict[str, IdentityCard]) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        trust.add(vault.db, others["coord"])
    assert trust.list_keys(vault.db) == []


def test_bad_local_name_or_role(vault: Vault, others: dict[str, IdentityCard]) -> None:
    for kwargs in ({"name": "  "}, {"name": "a\x1b[2Jb"}, {"role": "admin"}):
        with pytest.raises(UsageError), vault.transaction() as db:
            trust.add(db, others["coord"], **kwargs)
    assert trust.list_keys(vault.db) == []


def test_default_recipients_are_current_coordinators(
    vault: Vault, others: dict[str, IdentityCard], make_vault: Any, tmp_path: Path
) -> None:
    auditor = card_of(identity_of(make_vault, tmp_path / "a", name="Auditor", role="auditor"))
    with vault.transaction() as db:
        # Verified: only verified coordinators are default recipients (issue 24, item 7).
        trust.add(db, others["coord"], verified=True)
        trust.add(db, others["coord2"], verified=True)
        trust.add(db, others["field"], verified=True)
        trust.add(db, auditor, role="coordinator", verified=True)  # its card says auditor
    with vault.transaction() as db:
        trust.revoke(db, others["coord2"].fingerprint)
    got = {k.fingerprint for k in trust.default_recipients(vault.db)}
    assert got == {others["coord"].fingerprint, auditor.fingerprint}
    assert all(
        k.role == "coordinator" and not k.revoked for k in trust.default_recipients(vault.db)
    )


def test_lookup_by_minisign_key(vault: Vault, others: dict[str, IdentityCard]) -> None:
    card = others["field"]
    with vault.transaction() as db:
        trust.add(db, card)
    key = card.minisign_key
    found = trust.lookup_by_minisign_key(vault.db, key.key_id, key.public)
    assert found is not None and found.fingerprint == card.fingerprint
    other = others["coord"].minisign_key
    assert trust.lookup_by_minisign_key(vault.db, other.key_id, other.public) is None
    assert trust.lookup_by_minisign_key(vault.db, other.key_id, key.public) is None


def test_audit_events_are_written(vault: Vault, others: dict[str, IdentityCard]) -> None:
    card = others["coord"]
    me = own.load(vault.db)
    with vault.transaction() as db:
        trust.add(db, card, role="coordinator", verified=False)
    with vault.transaction() as db:
        trust.revoke(db, card.fingerprint)
    trusted = audit.events(vault.db, action="key_trusted")
    revoked = audit.events(vault.db, action="key_revoked")
    assert [e.details for e in trusted] == [
        {"fingerprint": card.fingerprint, "role": "coordinator", "verified": False}
    ]
    assert [e.details for e in revoked] == [{"fingerprint": card.fingerprint}]
    assert trusted[0].actor == me.fingerprint and revoked[0].seq > trusted[0].seq
    assert audit.verify(vault.db).ok


def test_a_failed_add_writes_no_audit_event(vault: Vault, others: dict[str, IdentityCard]):
    with pytest.raises(UsageError), vault.transaction() as db:
        trust.add(db, others["coord"], name="")
    assert audit.count(vault.db, action="key_trusted") == 0


# --- the command line ----------------------------------------------------------------------------


def _write_card(tmp_path: Path, card: IdentityCard, name: str = "c.fkid") -> Path:
    path = tmp_path / name
    path.write_bytes(card.to_bytes())
    return path


def test_cli_add_list_revoke(
    vault: Vault, vault_path: Path, tmp_path: Path, others: dict[str, IdentityCard]
) -> None:
    vault.close()
    coord = _write_card(tmp_path, others["coord"], "coord.fkid")
    field = _write_card(tmp_path, others["field"], "field.fkid")
    added = cli(vault_path, "trust", "add", str(coord), "--name", "Regional office")
    assert added.code == 0, added.err
    assert others["coord"].display_fingerprint in added.err
    assert "compare" in added.err.lower() and "--verified" in added.err
    assert added.out == ""
    added = cli(vault_path, "trust", "add", str(field), "--role", "auditor", "--verified", "--json")
    assert added.code == 0, added.err
    assert added.json["role"] == "auditor" and added.json["verified"] is True

    listed = cli(vault_path, "trust", "list", "--json")
    assert listed.code == 0
    entries = listed.json
    assert isinstance(entries, list) and len(entries) == 2
    by_fp = {e["fingerprint"]: e for e in entries}
    hub = by_fp[others["coord"].fingerprint]
    assert hub["name"] == "Regional office" and hub["card_name"] == "Hub"
    assert hub["role"] == "coordinator" and hub["verified"] is False
    assert hub["revoked"] is False and hub["revoked_at"] is None and hub["added_at"]
    assert hub["display_fingerprint"] == others["coord"].display_fingerprint

    revoked = cli(vault_path, "trust", "revoke", others["coord"].fingerprint[:9])
    assert revoked.code == 0, revoked.err
    assert "Revoked Regional office" in revoked.err
    entries = cli(vault_path, "trust", "list", "--json").json
    by_fp = {e["fingerprint"]: e for e in entries}
    assert by_fp[others["coord"].fingerprint]["revoked"] is True
    assert by_fp[others["field"].fingerprint]["revoked"] is False
    human = cli(vault_path, "trust", "list")
    assert "REVOKED" in human.out and "Regional office" in human.out

    again = cli(vault_path, "trust", "add", str(coord))
    assert again.code == 1 and "revoked" in again.err
    with Vault.open(vault_path, PASSPHRASE) as v:
        actions = [e.action for e in audit.events(v.db)]
    assert actions.count("key_trusted") == 2 and actions.count("key_revoked") == 1


def test_cli_empty_list_is_an_empty_array(vault: Vault, vault_path: Path) -> None:
    vault.close()
    result = cli(vault_path, "trust", "list", "--json")
    assert result.code == 0 and result.json == []


def test_cli_bad_card_exits_1_with_one_sentence(
    vault: Vault, vault_path: Path, tmp_path: Path, others: dict[str, IdentityCard]
) -> None:
    vault.close()
    raw = dict(others["coord"].raw)
    raw["name"] = "Mallory"
    bad = tmp_path / "bad.fkid"
    bad.write_text(json.dumps(raw))
    result = cli(vault_path, "trust", "add", str(bad))
    assert result.code == 1
    first = result.err.splitlines()[0]
    assert (
        first
        == "fieldkit: The identity card's signature does not match its contents (it was altered)."
    )
    assert "Traceback" not in result.err
    (tmp_path / "junk.fkid").write_bytes(b"\x00garbage")
    junk = cli(vault_path, "trust", "add", str(tmp_path / "junk.fkid"))
    assert junk.code == 1 and "not valid JSON" in junk.err
    missing = cli(vault_path, "trust", "add", str(tmp_path / "absent.fkid"))
    assert missing.code == 2 and "does not exist" in missing.err
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert trust.list_keys(v.db) == []


def test_cli_own_card_is_refused(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    vault.close()
    exported = cli(vault_path, "identity", "export", "-o", str(tmp_path / "me.fkid"))
    assert exported.code == 0, exported.err
    result = cli(vault_path, "trust", "add", str(tmp_path / "me.fkid"))
    assert result.code == 1 and "own identity card" in result.err


def test_cli_revoke_unknown_or_ambiguous(
    vault: Vault, vault_path: Path, others: dict[str, IdentityCard]
) -> None:
    vault.close()
    unknown = cli(vault_path, "trust", "revoke", others["field"].fingerprint)
    assert unknown.code == 1 and "No trusted key" in unknown.err
    short = cli(vault_path, "trust", "revoke", "abc")
    assert short.code == 2 and "at least 8" in short.err


def test_stored_card_is_the_signed_card(vault: Vault, others: dict[str, IdentityCard]) -> None:
    """What the store keeps still verifies as a card (its canonical content is unchanged)."""
    card = others["coord"]
    with vault.transaction() as db:
        trust.add(db, card)
    stored = vault.db.execute(
        "SELECT card FROM trust WHERE fingerprint = ?", (card.fingerprint,)
    ).fetchone()[0]
    again = parse_card(stored.encode())
    assert canonical_json(again.raw) == canonical_json(card.raw)


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_trust_add_refuses_a_fifo_device_or_folder_at_once(
    vault: Vault, vault_path: Path, tmp_path: Path, kind: str
) -> None:
    """A named pipe given as a card hung `trust add` forever; it is refused in one sentence."""
    import os

    from conftest import run_cli_process

    vault.close()
    if kind == "fifo":
        card = tmp_path / "card.fkid"
        os.mkfifo(card)
    elif kind == "device":
        card = Path("/dev/zero")
    else:
        card = tmp_path / "folder.fkid"
        card.mkdir()
    result = run_cli_process(
        ["--vault", str(vault_path), "trust", "add", str(card)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
        timeout=60,  # the old code never returned: the timeout fails the test
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr.lower()
    assert str(card) in result.stderr


def test_export_to_a_fifo_card_is_refused_at_once(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """`export --to pipe.fkid` hung reading the pipe (found in review)."""
    import os

    from conftest import run_cli_process

    vault.close()
    card = tmp_path / "card.fkid"
    os.mkfifo(card)
    result = run_cli_process(
        ["--vault", str(vault_path), "export", "-o", str(tmp_path / "b.fkb"), "--to", str(card)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert str(card) in result.stderr and "Traceback" not in result.stderr
