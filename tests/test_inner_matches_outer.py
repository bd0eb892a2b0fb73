"""SPEC §7: import requires the inner signer to be the outer signer, and the inner bundle id,
stream, sequence and epoch to match the outer header (review r10 #6: no test failed with those
checks disabled).

Each bundle here is a real plain bundle whose inner.json alone disagrees with its header, then
signed again by its sender, inner and outer (tests/hostile_bundles.py): every signature and hash
holds, so only the inner/outer check can refuse it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_bundles import _sign, bag_of, members, reseal, write
from peers import Peer

from fieldkit.bundles.verify import verify_bundle
from fieldkit.canonical_json import canonical_json
from fieldkit.records import fields as F

OTHER_POSITION = "data/inner.json belongs to another bundle or stream position."
OTHER_SIGNER = "The inner signer is not the outer signer."


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Peer, Peer, Peer]]:
    """alice sends; bob receives and trusts alice and carol; carol is someone else bob knows."""
    alice, bob, carol = Peer(tmp_path, "alice"), Peer(tmp_path, "bob"), Peer(tmp_path, "carol")
    bob.trust(alice, carol)
    alice.trust(bob)
    alice.records.create(
        F.OBJECT, F.clean_fields(F.OBJECT, {"inventory_number": "I-1", "title": "jar"})
    )
    yield alice, bob, carol
    for peer in (alice, bob, carol):
        peer.vault.close()


def _inner(ms: dict[str, bytes]) -> dict[str, Any]:
    return dict(json.loads(ms[f"{bag_of(ms)}/data/inner.json"]))


def _with_inner(sender: Peer, ms: dict[str, bytes], **change: Any) -> dict[str, bytes]:
    """``ms`` with inner.json's ``change`` made, inner.json and the bag signed again by
    ``sender`` (the outer signer): only the comparison with the header is left to refuse it."""
    bag = bag_of(ms)
    inner = _inner(ms)
    inner.update(change)
    ms[f"{bag}/data/inner.json"] = canonical_json(inner)
    _sign(ms, f"{bag}/data/inner.json", sender.identity, None)
    return reseal(ms, sender.identity)


def _refused(bob: Peer, bundle: Path, tmp_path: Path, sentence: str) -> None:
    report = verify_bundle(bundle, trust_files=[tmp_path / "alice.fkid"])
    assert not report.valid
    assert sentence in report.errors
    before = bob.view(), bob.revisions()
    result = bob.receive(bundle)
    assert result.refused is not None and sentence in result.refused
    assert result.new_revisions == 0 and (bob.view(), bob.revisions()) == before


@pytest.mark.parametrize("field", ["bundle_id", "stream", "sequence", "epoch"])
def test_an_inner_position_other_than_the_headers_is_refused(
    trio: tuple[Peer, Peer, Peer], tmp_path: Path, field: str
) -> None:
    alice, bob, _ = trio
    sent = alice.send(plain=True, mode="full")
    assert sent is not None
    ms = members(sent)
    inner = _inner(ms)
    other: dict[str, Any] = {
        "bundle_id": "0b9a7f4e-2c1d-4e5f-8a6b-7c8d9e0f1a2b",
        "stream": "0" * len(str(inner["stream"])),
        "sequence": int(inner["sequence"]) + 1,
        "epoch": "0" * len(str(inner["epoch"])),
    }
    assert inner[field] != other[field]
    bundle = write(_with_inner(alice, ms, **{field: other[field]}), tmp_path / f"{field}.fkb")
    # The unchanged bundle, signed again the same way, is accepted: the change alone refuses it.
    control = write(_with_inner(alice, members(sent)), tmp_path / "control.fkb")
    assert verify_bundle(control, trust_files=[tmp_path / "alice.fkid"]).valid

    _refused(bob, bundle, tmp_path, OTHER_POSITION)


def test_an_inner_sender_card_other_than_the_outer_signer_is_refused(
    trio: tuple[Peer, Peer, Peer], tmp_path: Path
) -> None:
    alice, bob, carol = trio
    sent = alice.send(plain=True, mode="full")
    carols = carol.send(plain=True, mode="full")
    assert sent is not None and carols is not None
    ms = members(sent)
    # inner.json names carol (a real card bob trusts), yet alice signs it, inner and outer.
    bundle = write(
        _with_inner(alice, ms, sender_card=_inner(members(carols))["sender_card"]),
        tmp_path / "signer.fkb",
    )
    _refused(bob, bundle, tmp_path, OTHER_SIGNER)
