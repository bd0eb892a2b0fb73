"""A packed or travelling item cannot be deleted (r12: the spreadsheet undo's review found that
`object delete` removed a packed object; its crate then listed an item no list showed, that
nobody could unpack or receive, and the crate could never be deleted)."""

from __future__ import annotations

import pytest

from fieldkit.errors import CustodyError
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.custody_queries import contents
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _setup(vault: Vault) -> tuple[Records, Custody, str, str]:
    records = Records(vault)
    c = Custody(records)
    for code in ("L1", "L2"):
        c.add_location({"code": code, "name": f"Place {code}"})
    crate = c.add_container({"code": "C1", "kind": "crate"}).record_id
    x = records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Icon"}).record_id
    m = c.move([crate], "L1", details={"departed_at": "2026-01-01T09:00"})
    c.receive(m.record_id, everything=True, received_at="2026-01-01T09:00")
    return records, c, crate, x


def test_a_packed_object_cannot_be_deleted_until_unpacked(vault: Vault) -> None:
    records, c, crate, x = _setup(vault)
    c.move([x], "C1", details={"departed_at": "2026-01-01T09:10"})
    with pytest.raises(CustodyError, match="packed in a container or in transit") as refused:
        records.delete(x)
    assert "Unpack it" in str(refused.value.hint)
    assert not records.get(x).deleted and contents(vault.db, crate) == [x]
    m = c.move([x], "L1", details={"departed_at": "2026-01-01T09:20"})
    c.receive(m.record_id, everything=True, received_at="2026-01-01T09:20")
    records.delete(x)
    assert records.get(x).deleted
    records.delete(crate)  # empty now: it goes too


def test_an_item_in_transit_cannot_be_deleted(vault: Vault) -> None:
    records, c, crate, _x = _setup(vault)
    c.move([crate], "L2", details={"departed_at": "2026-01-02T09:00"})  # on the road
    with pytest.raises(CustodyError, match="in transit"):
        records.delete(crate)
    assert not records.get(crate).deleted


def test_an_object_at_a_location_is_deleted_as_before(vault: Vault) -> None:
    records, c, _crate, x = _setup(vault)
    m = c.move([x], "L2", details={"departed_at": "2026-01-01T09:10"})
    c.receive(m.record_id, everything=True, received_at="2026-01-01T09:20")
    assert records.delete(x).deleted
