"""r13 review #7: a deletion made on another laptop reaches this vault by a signed bundle while
the object is packed here. The merge cannot be refused, so the crate goes on listing it: the
custody views say it is deleted and what to do, and a move out of the crate finds it by the
number on its label (only that: nothing else starts finding deleted records)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer

from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import RecordNotFoundError


def deleted_while_packed(tmp_path: Path) -> tuple[Peer, Custody, str, str]:
    """Amélie packs X-1 into C-1 while Bohdan, offline, deletes it (not packed in his copy);
    Amélie then imports Bohdan's bundle. (Amélie, her custody, X-1's id, C-1's id)."""
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"}).record_id
    chain = Custody(a.records)
    chain.add_location({"code": "L-1", "name": "Room"})
    chain.add_location({"code": "L-2", "name": "Hall"})
    chain.add_container({"code": "C-2"})
    crate = chain.add_container({"code": "C-1"}).record_id
    b.receive(a.send(b))
    b.records.delete(x)
    chain.move([x], "C-1")
    result = a.receive(b.send(a))
    assert not result.refused
    assert a.records.get(x, follow=False).deleted
    assert C.contents(a.vault.db, crate) == [x]  # the signed merge is kept as it is
    return a, chain, x, crate


def test_a_deleted_object_in_a_crate_is_taken_out_by_its_number(tmp_path: Path) -> None:
    a, chain, x, crate = deleted_while_packed(tmp_path)
    chain.move(["x-1"], "L-2")  # as typed on a scanner's keyboard, in another case
    now = C.where(a.vault.db, x)
    # Out of the crate, on its way to L-2 (a movement to a location departs).
    assert now.container is None and now.destination is not None
    assert now.destination.code == "L-2"
    assert C.contents(a.vault.db, crate) == []
    assert C.deleted_inside(a.vault.db, [x, crate]) == set()  # out of the crate: nothing to say


def test_only_a_move_out_finds_the_deleted_object_by_its_number(tmp_path: Path) -> None:
    a, chain, x, crate = deleted_while_packed(tmp_path)
    with pytest.raises(RecordNotFoundError):
        a.records.resolve("X-1")
    with pytest.raises(RecordNotFoundError):
        chain.resolve_item("X-1")
    with pytest.raises(Exception):  # noqa: B017 - not packed into another crate by its number
        chain.move(["X-1"], "C-2", take_out=True)
    assert C.contents(a.vault.db, crate) == [x]


def test_fieldkit_where_says_the_packed_object_was_deleted(tmp_path: Path) -> None:
    a, _chain, x, _crate = deleted_while_packed(tmp_path)
    a.vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    common = ["--vault", str(a.path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli(["where", x, *common])
    assert r.code == 0, r.err
    assert "deleted — restore or take out of the container" in r.out
    r = run_cli(["where", x, "--json", *common])
    assert r.code == 0 and r.json["deleted"] is True  # type: ignore[index]
    r = run_cli(["move", "X-1", "--to", "L-2", *common])
    assert r.code == 0, r.err
    r = run_cli(["where", x, *common])
    assert "deleted" not in r.out and "L-2" in r.out
