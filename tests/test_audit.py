"""The audit log is hash-chained: any altered, removed, inserted or reordered event is found."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.identity import own
from fieldkit.vault import Vault, audit

ZEROS = "0" * 64
ACTOR = "ab" * 32
COLUMNS = ("at", "actor", "action", "details", "prev", "hash")


class Boom(Exception):
    pass


@pytest.fixture
def vault(make_vault) -> Vault:
    """A vault whose log starts empty: these tests build their own chains."""
    v, _ = make_vault()
    with v.transaction() as db:
        db.execute("DELETE FROM audit")
    return v


def test_a_new_vault_logs_its_creation_and_key_changes(make_vault) -> None:
    from conftest import FAST_KDF

    v, _ = make_vault()
    v.change_passphrase("another passphrase", kdf=FAST_KDF)
    v.new_recovery_key()
    v.rekey("third passphrase", kdf=FAST_KDF)
    actions = [e.action for e in audit.events(v.db)]
    assert actions == ["vault_created", "passphrase_changed", "recovery_key_replaced", "rekeyed"]
    assert all(e.actor == own.load(v.db).fingerprint for e in audit.events(v.db))
    assert audit.verify(v.db).ok


def fill(vault: Vault, n: int = 5) -> list[audit.AuditEvent]:
    """n events, one transaction each, by a fixed actor."""
    made = []
    for i in range(n):
        with vault.transaction() as db:
            made.append(audit.append(db, ACTOR, "record_created", {"record": f"r{i}", "n": i}))
    return made


def sql(vault: Vault, statement: str, params: tuple[Any, ...] = ()) -> None:
    """Tamper with the log directly, as someone holding the database key could."""
    with vault.transaction() as db:
        db.execute(statement, params)


def names(problems: list[str], seq: int) -> bool:
    return any(re.search(rf"\b[Ee]vents? {seq}\b", p) for p in problems)


def independent_hash(seq: int, at: str, actor: str, action: str, details: Any, prev: str) -> str:
    # The contract, written out with the standard library (all keys here are ASCII, so sorted
    # keys and compact separators are the canonical JSON).
    body = dict(seq=seq, at=at, actor=actor, action=action, details=details, prev=prev)
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- appending ---------------------------------------------------------------------------------


def test_appended_events_form_a_chain_that_verifies(vault: Vault) -> None:
    assert audit.head(vault.db) == (ZEROS, 0)
    assert audit.verify(vault.db) == audit.AuditCheck(True, 0, ZEROS, [])
    with vault.transaction() as db:
        first = audit.append(
            db, ACTOR, "vault_created", {"vault_id": "v1"}, at="2024-05-01T10:00:00+00:00"
        )
        second = audit.append(db, ACTOR, "record_created", {"record": "abc", "photos": 2})
    with vault.transaction() as db:
        third = audit.append(db, ACTOR, "exported", {"bundle": "b1", "recipients": ["x", "y"]})

    assert [e.seq for e in (first, second, third)] == [1, 2, 3]
    assert first.prev == ZEROS and second.prev == first.hash and third.prev == second.hash
    assert first.at == "2024-05-01T10:00:00+00:00"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", second.at)
    for e in (first, second, third):
        assert e.hash == independent_hash(e.seq, e.at, e.actor, e.action, e.details, e.prev)
    assert audit.events(vault.db) == [first, second, third]
    assert audit.head(vault.db) == (third.hash, 3)
    check = audit.verify(vault.db)
    assert check.ok and check.problems == []
    assert (check.head, check.length) == (third.hash, 3)
    assert audit.verify(vault.db, expected_head=(second.hash, 2)).ok


def test_event_in_a_rolled_back_transaction_is_not_recorded(vault: Vault) -> None:
    fill(vault, 2)
    before = audit.head(vault.db)
    with pytest.raises(Boom), vault.transaction() as db:
        audit.append(db, ACTOR, "record_edited", {"record": "gone"})
        db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        raise Boom
    assert audit.head(vault.db) == before
    assert [e.details.get("record") for e in audit.events(vault.db)] == ["r0", "r1"]
    with vault.transaction() as db:
        nxt = audit.append(db, ACTOR, "record_edited", {"record": "kept"})
    assert nxt.seq == 3 and nxt.prev == before[0]
    assert audit.verify(vault.db).ok


def test_append_outside_a_transaction_is_refused(vault: Vault) -> None:
    with pytest.raises(RuntimeError):
        audit.append(vault.db, ACTOR, "record_created")
    assert audit.head(vault.db) == (ZEROS, 0)


@pytest.mark.parametrize(
    ("action", "details", "error"),
    [
        ("record_sneezed", {}, ValueError),
        ("record_created", {"when": b"bytes"}, TypeError),
        ("record_created", {"n": float("nan")}, ValueError),
        ("record_created", {1: "non-str key"}, TypeError),
    ],
)
def test_bad_events_are_refused_and_nothing_is_written(
    vault: Vault, action: str, details: dict[Any, Any], error: type[Exception]
) -> None:
    with pytest.raises(error), vault.transaction() as db:
        audit.append(db, ACTOR, action, details)
    assert audit.head(vault.db) == (ZEROS, 0)


def test_record_uses_the_vaults_own_identity(vault: Vault) -> None:
    with vault.transaction() as db:
        event = audit.record(db, "passphrase_changed")
    assert event.actor == own.load(vault.db).fingerprint
    assert re.fullmatch(r"[0-9a-f]{64}", event.actor)
    assert event.details == {}


def test_events_filter_and_page(vault: Vault) -> None:
    fill(vault, 4)
    with vault.transaction() as db:
        audit.append(db, ACTOR, "photo_added", {"photo": "p"})
    assert [e.seq for e in audit.events(vault.db, offset=1, limit=2)] == [2, 3]
    assert [e.seq for e in audit.events(vault.db, action="photo_added")] == [5]
    assert audit.count(vault.db) == 5 and audit.count(vault.db, action="record_created") == 4
    with pytest.raises(ValueError):
        audit.events(vault.db, action="nonsense")


# --- tampering ---------------------------------------------------------------------------------

FORGED = {
    "at": "2020-01-01T00:00:00+00:00",
    "actor": "f" * 64,
    "action": "record_deleted",
    "details": '{"n":999,"record":"r0"}',
    "prev": "1" * 64,
    "hash": "2" * 64,
}


@pytest.mark.parametrize("column", COLUMNS)
@pytest.mark.parametrize("seq", [1, 3, 5])
def test_editing_any_column_of_any_event_is_detected(vault: Vault, column: str, seq: int) -> None:
    fill(vault, 5)
    sql(vault, f"UPDATE audit SET {column} = ? WHERE seq = ?", (FORGED[column], seq))  # noqa: S608
    check = audit.verify(vault.db)
    assert not check.ok
    assert names(check.problems, seq), check.problems
    if column not in ("hash", "prev"):  # those also break a link, and say so
        # The fault is reported where it is, not smeared over every later event.
        assert len(check.problems) == 1, check.problems


def test_details_rewritten_in_an_equivalent_but_different_form_is_detected(vault: Vault) -> None:
    fill(vault, 3)
    sql(vault, "UPDATE audit SET details = ? WHERE seq = 2", ('{"record": "r1", "n": 1}',))
    check = audit.verify(vault.db)
    assert not check.ok and names(check.problems, 2)


def test_details_that_are_not_json_are_detected_and_listing_says_so(vault: Vault) -> None:
    fill(vault, 3)
    sql(vault, "UPDATE audit SET details = ? WHERE seq = 2", ("{not json",))
    check = audit.verify(vault.db)
    assert not check.ok and names(check.problems, 2)
    from fieldkit.errors import CorruptFileError

    with pytest.raises(CorruptFileError, match="event 2"):
        audit.events(vault.db)


def test_a_column_set_to_a_non_text_value_is_detected(vault: Vault) -> None:
    fill(vault, 3)
    sql(vault, "UPDATE audit SET actor = ? WHERE seq = 2", (b"\x00" * 32,))
    check = audit.verify(vault.db)
    assert not check.ok and names(check.problems, 2)


def test_deleting_a_middle_event_is_detected(vault: Vault) -> None:
    fill(vault, 5)
    sql(vault, "DELETE FROM audit WHERE seq = 3")
    check = audit.verify(vault.db)
    assert not check.ok
    assert names(check.problems, 3), check.problems


def test_deleting_a_middle_event_and_renumbering_is_detected(vault: Vault) -> None:
    fill(vault, 5)
    sql(vault, "DELETE FROM audit WHERE seq = 3")
    sql(vault, "UPDATE audit SET seq = seq + 100 WHERE seq > 3")
    sql(vault, "UPDATE audit SET seq = seq - 101 WHERE seq > 100")
    check = audit.verify(vault.db)
    assert not check.ok and names(check.problems, 3), check.problems


def test_deleting_the_last_event_is_detected_against_an_earlier_head(vault: Vault) -> None:
    fill(vault, 5)
    sent = audit.head(vault.db)  # e.g. recorded in a bundle sent out
    sql(vault, "DELETE FROM audit WHERE seq = 5")
    assert audit.verify(vault.db).ok  # on its own a shorter chain is still a chain
    check = audit.verify(vault.db, expected_head=sent)
    assert not check.ok and names(check.problems, 5), check.problems
    assert check.length == 4


def test_a_consistently_rewritten_history_is_detected_against_an_earlier_head(
    vault: Vault,
) -> None:
    fill(vault, 4)
    sent = audit.head(vault.db)
    # Someone with the key replaces events 3 and 4 with a consistent forgery.
    sql(vault, "DELETE FROM audit WHERE seq >= 3")
    with vault.transaction() as db:
        audit.append(db, ACTOR, "record_created", {"record": "forged"})
        audit.append(db, ACTOR, "record_created", {"record": "forged too"})
    assert audit.verify(vault.db).ok
    check = audit.verify(vault.db, expected_head=sent)
    assert not check.ok and names(check.problems, 4), check.problems
    assert "rewritten" in check.problems[0]
    # A head from before the forgery point still matches: the forgery is located after it.
    assert audit.verify(vault.db, expected_head=(audit.events(vault.db)[1].hash, 2)).ok


def test_a_forged_event_with_a_recomputed_hash_but_wrong_prev_is_detected(vault: Vault) -> None:
    fill(vault, 4)
    at, prev = "2024-01-01T00:00:00+00:00", "3" * 64
    details = {"record": "forged"}
    forged_hash = audit.event_hash(5, at, ACTOR, "record_deleted", details, prev)
    sql(
        vault,
        "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)",
        (5, at, ACTOR, "record_deleted", '{"record":"forged"}', prev, forged_hash),
    )
    check = audit.verify(vault.db)
    assert not check.ok and names(check.problems, 5), check.problems
    assert len(check.problems) == 1  # its own hash is right: only the link is wrong


def test_a_forged_event_slipped_into_the_middle_is_detected(vault: Vault) -> None:
    fill(vault, 4)
    events = audit.events(vault.db)
    sql(vault, "UPDATE audit SET seq = seq + 100 WHERE seq >= 3")
    sql(vault, "UPDATE audit SET seq = seq - 99 WHERE seq > 100")
    at, details = "2024-01-01T00:00:00+00:00", {"record": "forged"}
    good_hash = audit.event_hash(3, at, ACTOR, "record_deleted", details, events[1].hash)
    sql(
        vault,
        "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)",
        (3, at, ACTOR, "record_deleted", '{"record":"forged"}', events[1].hash, good_hash),
    )
    check = audit.verify(vault.db)
    assert not check.ok and names(check.problems, 4), check.problems


def test_swapping_two_events_is_detected(vault: Vault) -> None:
    fill(vault, 5)
    sql(vault, "UPDATE audit SET seq = 0 WHERE seq = 2")
    sql(vault, "UPDATE audit SET seq = 2 WHERE seq = 3")
    sql(vault, "UPDATE audit SET seq = 3 WHERE seq = 0")
    check = audit.verify(vault.db)
    assert not check.ok
    assert names(check.problems, 2) and names(check.problems, 3), check.problems


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def closed_vault(make_vault: Any, vault_path: Path, tmp_path: Path) -> list[str]:
    """A vault with 3 events, closed so the CLI can open it; returns the common CLI options."""
    vault, _ = make_vault()  # creating the vault logged event 1, vault_created
    with vault.transaction() as db:
        audit.record(db, "record_created", {"record": "abc"})
        audit.record(db, "photo_added", {"record": "abc", "photo": "d00d"})
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE + "\n")
    return ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]


def test_cli_verify_exits_0_on_an_intact_log(closed_vault: list[str]) -> None:
    result = run_cli(["audit", "--verify", *closed_vault])
    assert result.code == 0, result.err
    assert "Audit log intact: 3 events, head " in result.err
    result = run_cli(["audit", "--verify", "--json", *closed_vault])
    assert result.code == 0
    data = result.json
    assert isinstance(data, dict)
    assert data["ok"] is True and data["length"] == 3 and data["problems"] == []
    assert re.fullmatch(r"[0-9a-f]{64}", data["head"])


def test_cli_verify_exits_1_and_names_the_tampered_event(
    closed_vault: list[str], vault_path: Path
) -> None:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        sql(vault, "UPDATE audit SET action = 'record_deleted' WHERE seq = 2")
    result = run_cli(["audit", "--verify", *closed_vault])
    assert result.code == 1
    assert "Event 2 was altered" in result.err
    result = run_cli(["audit", "--verify", "--json", *closed_vault])
    assert result.code == 1
    data = result.json
    assert isinstance(data, dict) and data["ok"] is False
    assert names(data["problems"], 2)


def test_cli_lists_events_as_a_json_array(closed_vault: list[str]) -> None:
    result = run_cli(["audit", "--json", *closed_vault])
    assert result.code == 0, result.err
    data = result.json
    assert isinstance(data, list)
    assert [e["seq"] for e in data] == [1, 2, 3]
    assert [e["action"] for e in data] == ["vault_created", "record_created", "photo_added"]
    assert set(data[0]) == {"seq", "at", "actor", "action", "details", "prev", "hash"}
    assert data[2]["details"] == {"record": "abc", "photo": "d00d"}

    result = run_cli(["audit", "--json", "--limit", "2", *closed_vault])
    data = result.json
    assert isinstance(data, list) and [e["seq"] for e in data] == [2, 3]
    result = run_cli(["audit", "--json", "--action", "photo_added", *closed_vault])
    data = result.json
    assert isinstance(data, list) and [e["seq"] for e in data] == [3]


def test_cli_lists_one_line_per_event(closed_vault: list[str], vault_path: Path) -> None:
    result = run_cli(["audit", *closed_vault])
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 3
    with Vault.open(vault_path, PASSPHRASE) as vault:
        actor = own.load(vault.db).fingerprint
    assert lines[2].split()[0] == "3" and "photo_added" in lines[2]
    assert actor[:16] in lines[2] and actor[:17] not in lines[2]
    assert '{"photo":"d00d","record":"abc"}' in lines[2]


def test_cli_refuses_verify_with_listing_options(closed_vault: list[str]) -> None:
    assert run_cli(["audit", "--verify", "--limit", "2", *closed_vault]).code == 2
    assert run_cli(["audit", "--action", "nonsense", *closed_vault]).code == 2


# --- properties --------------------------------------------------------------------------------

json_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
details_st = st.dictionaries(st.text(max_size=10), json_values, max_size=4)
event_st = st.tuples(
    st.sampled_from(sorted(audit.ACTIONS)),
    details_st,
    st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    batches=st.lists(st.lists(event_st, min_size=1, max_size=4), min_size=1, max_size=4),
    data=st.data(),
)
def test_random_logs_verify_and_any_single_field_change_is_detected(
    vault: Vault, batches: list[list[tuple[str, dict[str, Any], str]]], data: st.DataObject
) -> None:
    sql(vault, "DELETE FROM audit")
    written: list[audit.AuditEvent] = []
    for batch in batches:
        with vault.transaction() as db:
            for action, details, actor in batch:
                written.append(audit.append(db, actor, action, details))
    check = audit.verify(vault.db)
    assert check.ok, check.problems
    assert (check.head, check.length) == (written[-1].hash, len(written))
    assert audit.events(vault.db) == written

    victim = data.draw(st.sampled_from(written), label="event")
    column = data.draw(st.sampled_from(COLUMNS), label="column")
    old = {
        "at": victim.at,
        "actor": victim.actor,
        "action": victim.action,
        "details": json.dumps(victim.details, sort_keys=True, separators=(",", ":")),
        "prev": victim.prev,
        "hash": victim.hash,
    }[column]
    if column == "action":
        new_st: st.SearchStrategy[str] = st.sampled_from(sorted(audit.ACTIONS))
    elif column == "details":
        new_st = details_st.map(lambda d: json.dumps(d, sort_keys=True, separators=(",", ":")))
    else:
        new_st = st.text(max_size=70)
    new = data.draw(new_st.filter(lambda v: v != old), label="new value")
    sql(vault, f"UPDATE audit SET {column} = ? WHERE seq = ?", (new, victim.seq))  # noqa: S608
    check = audit.verify(vault.db)
    assert not check.ok
    assert names(check.problems, victim.seq), check.problems
