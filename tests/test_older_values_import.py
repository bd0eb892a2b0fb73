"""A value an older FieldKit stored, before a newer typed-input rule (review 8, bug 3): inventory
number "INV" + RIGHT-TO-LEFT MARK + "-7" was accepted until identifiers refused invisible
formatting. The import check then ran every received value through the typed-input rules, so
every bundle carrying that revision was refused whole and its other records never arrived.
On import only what protects the receiver refuses (types, sizes, lists, ids used as names)."""

# The `world` and `shared` fixtures come from test_sync: ruff takes their use for redefinitions.
# ruff: noqa: F811

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from peers import Peer
from test_sync import shared, world  # noqa: F401 - fixtures

from fieldkit import sync
from fieldkit.records import fields as F
from fieldkit.records.revision import HybridClock, new_revision
from fieldkit.records.revision_store import store_revision

OLDER_VALUES: dict[str, Any] = {
    "title": "Jar",
    "inventory_number": "INV\u200f-7",
    "cross_references": ["OLD\u200e-1", "line\nbreak"],
}


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    alice, bob = Peer(tmp_path, "alice"), Peer(tmp_path, "bob")
    alice.trust(bob)
    bob.trust(alice)
    yield alice, bob
    alice.vault.close()
    bob.vault.close()


def stored_by_an_older_fieldkit(peer: Any, fields: dict[str, Any]) -> str:
    """A revision signed with ``peer``'s real key and stored as an older FieldKit did, its
    values never passing today's typed-input rules."""
    with pytest.raises(F.ValidationError):  # today's rules refuse it typed in
        F.clean_value(F.OBJECT, "inventory_number", fields["inventory_number"])
    rev = new_revision(
        peer.identity,
        HybridClock(),
        record_id=str(uuid.uuid4()),
        kind=F.OBJECT,
        parents=(),
        fields=fields,
    )
    with peer.vault.transaction() as db:
        store_revision(db, rev, "local")
    return rev.record_id


def test_a_value_an_older_fieldkit_stored_does_not_refuse_the_bundle(
    pair: Any, tmp_path: Path
) -> None:
    alice, bob = pair
    old = stored_by_an_older_fieldkit(alice, OLDER_VALUES)
    alice.records.create(F.OBJECT, {"inventory_number": "NEW-1", "title": "Cup"})
    result = bob.receive(alice.send(bob, mode="full"))
    assert result.refused is None, result.refused
    assert result.new_revisions == 2
    got = {row[0]: row[1] for row in bob.view()}
    assert old in got and "INV\u200f-7" in got[old]  # kept as its author signed it
    assert "Cup" in "".join(got.values())


@pytest.mark.parametrize(
    "bad",
    [
        {"inventory_number": "x" * 30_000},  # a size
        {"inventory_number": "A\x1b[2JB"},  # a terminal control
        {"status": "<script>"},  # a list's values
    ],
)
def test_what_protects_the_receiver_still_refuses(
    pair: Any, tmp_path: Path, bad: dict[str, Any]
) -> None:
    alice, bob = pair
    rev = new_revision(
        alice.identity,
        HybridClock(),
        record_id=str(uuid.uuid4()),
        kind=F.OBJECT,
        parents=(),
        fields={"title": "Jar", **bad},
    )
    with alice.vault.transaction() as db:
        store_revision(db, rev, "local")
    result = bob.receive(alice.send(bob, mode="full"))
    assert result.refused is not None and next(iter(bad)) in result.refused


def test_a_sync_delivers_it_instead_of_quarantining_it(world: Any, shared: Path) -> None:
    amal, _bohdan, coord = world
    stored_by_an_older_fieldkit(amal, OLDER_VALUES)
    amal.records.create(F.OBJECT, {"inventory_number": "NEW-1", "title": "Cup"})
    amal.sync()
    report = coord.sync()
    assert report.errors == [] and sync.quarantine(coord.vault) == []
    assert {"Jar", "Cup"} <= coord.titles()
