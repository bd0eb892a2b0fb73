"""Inventory numbers in their natural order (new-user trials r9 #18 and r10).

A conservator's list read « MCP 1962.1180, 1962.1183, 1962.1201, 1962.121 … »: 1962.121 (object
121 of the 1962 accession) belongs before 1962.1180. Runs of digits compare as numbers (in any
script's digits), the rest as text without case; the order is a stored key
(fieldkit.records.natural_order) walked along an index, never a sort of the whole list.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from hypothesis import given, settings
from hypothesis import strategies as st
from peers import Peer

from fieldkit.records import fields as F
from fieldkit.records import pages
from fieldkit.records.natural_order import inventory_sort_key
from fieldkit.records.service import Records
from fieldkit.vault import Vault, schema

MUSEUM_ORDER = ["MCP 2", "MCP 10", "MCP 1962.121", "MCP 1962.1180", "MCP 1962.1180a"]
TRIAL = ["MCP 1962.1180", "MCP 1962.1183", "MCP 1962.1201", "MCP 1962.121", "MCP 1962.1218"]
TRIAL_ORDER = ["MCP 1962.121", "MCP 1962.154", *TRIAL[:3], "MCP 1962.1218"]


def _parts(text: str) -> list[tuple[int, int, str]]:
    """The reference: digit runs as numbers (before text at the same place), text without case."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    out = []
    for part in re.split(r"(\d+)", folded):
        if not part:
            continue
        if part.isdecimal():
            out.append((0, int("".join(str(unicodedata.decimal(c)) for c in part)), ""))
        else:
            out.append((1, 0, part))
    return out


def _reference(a: str, b: str) -> int:
    pa, pb = _parts(a), _parts(b)
    return (pa > pb) - (pa < pb)


numbers = st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۴۵abcXYZ./- ", max_size=14)


@settings(max_examples=400, deadline=None)
@given(numbers, numbers)
def test_the_key_orders_like_a_natural_comparison(a: str, b: str) -> None:
    ka, kb = inventory_sort_key(a), inventory_sort_key(b)
    assert ka is not None and kb is not None
    assert ((ka > kb) - (ka < kb)) == _reference(a, b), (a, b, ka, kb)
    # The key is compared in SQLite as UTF-8 bytes (BINARY): the same order as Python's.
    assert (ka.encode() < kb.encode()) == (ka < kb)
    # Migration 17 keeps a frozen copy of the key: both must agree, or old rows and new rows
    # would not sort together.
    assert schema._v17_sort_key(a) == ka and schema._v17_sort_key(b) == kb


def test_the_museum_order_and_arabic_indic_digits() -> None:
    shuffled = [MUSEUM_ORDER[i] for i in (3, 0, 4, 2, 1)]
    assert sorted(shuffled, key=inventory_sort_key) == MUSEUM_ORDER  # type: ignore[arg-type]
    assert inventory_sort_key("MCP ١٩٦٢.١٢١") == inventory_sort_key("mcp 1962.121")
    assert inventory_sort_key("MCP 1962.0121") == inventory_sort_key("MCP 1962.121")
    assert inventory_sort_key(None) is None
    assert "\x00" not in (inventory_sort_key("A\x00 1") or "")
    long = "9" * 5000  # longer than int() takes from text: a key all the same
    assert inventory_sort_key(long) > inventory_sort_key("9" * 4999)  # type: ignore[operator]
    by_reference = sorted(shuffled, key=functools.cmp_to_key(_reference))
    assert by_reference == MUSEUM_ORDER


def _create(records: Records, numbers: list[str]) -> None:
    records.create_many(
        F.OBJECT,
        [F.clean_fields(F.OBJECT, {"inventory_number": n, "title": "Jar"}) for n in numbers],
    )


def _listed(records: Records, descending: bool = False, total: int | None = None) -> list[str]:
    count = records.count(F.OBJECT)
    out = []
    for offset in range(0, count, 3):
        page = pages.page(records, F.OBJECT, offset, 3, "inventory_number", descending, {}, total)
        out += [str(v.fields.get("inventory_number")) for v in page]
    return out


def test_a_list_by_inventory_number_is_in_natural_order_both_ways(vault: Vault) -> None:
    records = Records(vault)
    _create(records, ["MCP 1962.154", *TRIAL])  # create_many: the batched (JSON) path
    records.create(F.OBJECT, {"inventory_number": "MCP ١٠", "title": "Bowl"})  # one by one
    records.create(F.OBJECT, {"title": "No number yet"})
    wanted = ["MCP ١٠", *TRIAL_ORDER, "None"]
    assert _listed(records) == wanted
    total = records.count(F.OBJECT)
    assert _listed(records, total=total) == wanted  # the second half read from the far end
    # Descending: the numbers reversed, those without still last.
    assert _listed(records, True, total) == [*reversed(wanted[:-1]), "None"]


def test_an_edit_moves_the_record_to_its_new_place(vault: Vault) -> None:
    records = Records(vault)
    _create(records, TRIAL)
    (record_id,) = vault.db.execute(
        "SELECT record_id FROM records WHERE inventory_number = 'MCP 1962.1218'"
    ).fetchone()
    records.edit(record_id, {"inventory_number": "MCP 1962.3"})
    assert _listed(records)[0] == "MCP 1962.3"


def test_an_old_vault_is_given_the_keys_and_the_index(vault: Vault, vault_path: Path) -> None:
    records = Records(vault)
    _create(records, [*TRIAL, "MCP 1962.154"])
    records.create(F.LOCATION, {"name": "Store 10", "code": "S-10"})
    db = vault.db
    # The vault as version 16 left it: no key column, no index.
    db.execute("DROP INDEX records_inventory_sort")
    db.execute("ALTER TABLE records DROP COLUMN inventory_sort")
    db.execute("PRAGMA user_version = 16")
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        again = Records(reopened)
        assert schema.schema_version(reopened.db) == schema.LATEST
        assert _listed(again) == TRIAL_ORDER
        rows = reopened.db.execute("SELECT inventory_number, inventory_sort FROM records")
        for number, key in rows:
            assert key == inventory_sort_key(number), number
        plan = " ".join(
            str(r[-1])
            for r in reopened.db.execute(
                "EXPLAIN QUERY PLAN SELECT rowid FROM records WHERE kind = 'object' "
                "AND deleted = 0 ORDER BY inventory_sort, rowid LIMIT 10"
            )
        )
        assert "COVERING INDEX records_inventory_sort" in plan, plan


def _plans(vault: Vault, seen: list[str]) -> list[str]:
    out = []
    for sql in seen:
        rows = vault.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        out.append(" | ".join(str(r[-1]) for r in rows))
    return out


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("offset", [0, 95])  # the first page; a jump near the end
def test_the_first_page_and_a_jump_walk_the_key_index(
    vault: Vault, descending: bool, offset: int
) -> None:
    records = Records(vault)
    _create(records, [f"MCP 1962.{i}" for i in range(100)])
    vault.db.execute("ANALYZE")
    seen: list[str] = []
    raw: Any = getattr(vault.db, "_conn", vault.db)
    raw.set_trace_callback(lambda sql: seen.append(sql) if "OFFSET" in sql else None)
    try:
        page = pages.page(records, F.OBJECT, offset, 5, "inventory_number", descending, {}, 100)
    finally:
        raw.set_trace_callback(None)
    assert len(page) == 5
    (plan,) = _plans(vault, seen)
    assert "COVERING INDEX records_inventory_sort" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_a_record_arriving_by_bundle_sorts_in_its_place(tmp_path: Path) -> None:
    alice, bob = Peer(tmp_path, "alice"), Peer(tmp_path, "bob")
    alice.trust(bob)
    bob.trust(alice)
    _create(bob.records, TRIAL)  # a fresh record for alice: the importer's batch
    alice.receive(bob.send(alice))
    assert _listed(alice.records) == TRIAL[3:4] + TRIAL[:3] + TRIAL[4:]
    # A conflict: both change one number; the merged view (written on import) keeps its key.
    (record_id,) = bob.vault.db.execute(
        "SELECT record_id FROM records WHERE inventory_number = 'MCP 1962.1218'"
    ).fetchone()
    bob.records.edit(record_id, {"inventory_number": "MCP 1962.2"})
    alice.records.edit(record_id, {"title": "Jar, mended"})
    alice.receive(bob.send(alice))
    assert _listed(alice.records)[0] == "MCP 1962.2"
    for number, key, fields in alice.vault.db.execute(
        "SELECT inventory_number, inventory_sort, fields FROM records"
    ):
        assert (
            key == inventory_sort_key(number) and json.loads(fields)["inventory_number"] == number
        )


def test_a_crates_contents_are_listed_in_natural_order(vault: Vault) -> None:
    # The packing list prints a crate's contents in this order (custody_queries.contents).
    from fieldkit.records import custody_queries
    from fieldkit.records.custody import Custody

    records = Records(vault)
    ids = {
        number: records.create(F.OBJECT, {"inventory_number": number, "title": "x"}).record_id
        for number in ("MCP 1962.1180", "MCP 1962.121", "MCP 10")
    }
    chain = Custody(records)
    crate = chain.add_container({"code": "C-1", "kind": "crate"}).record_id
    chain.move(list(ids.values()), "C-1")
    listed = custody_queries.contents(vault.db, crate)
    assert listed == [ids["MCP 10"], ids["MCP 1962.121"], ids["MCP 1962.1180"]]
