"""Titles in a dictionary's order (testers r9-r13): « Épée » between « amphore » and « vase »,
small and capital letters together, Ukrainian ґ є і ї й in their alphabet's places, an Arabic
title with its vowel marks or « أ » beside the same title without. The order is a stored key
(fieldkit.records.title_order) walked along an index, never a sort of the whole list.
"""

from __future__ import annotations

import json
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
from fieldkit.records.service import Records
from fieldkit.records.title_order import title_sort_key
from fieldkit.vault import Vault, schema

# What the testers' lists should have read, in order.
FRENCH = ["amphore", "Amphore", "Épée", "Jar lid", "Jarre", "vase", "Vase 2", "Vase 10", "Verre"]
UKRAINIAN = ["гуси", "ґанок", "дах", "ель", "єнот", "жар", "иній", "іграшка", "їжак", "йод", "кіт"]
ARABIC = ["ابريق", "إبريق", "أحمد", "بيت", "بَيْت", "ياسمين"]

# The reference: the same comparison as the module's text says, written as plain tuples.
UK_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
AR_ALPHABET = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
HAMZA_ON = {"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ي"}
LATIN = "aAbBcCçÇeEéÉèÈêÊëËiIîÎoOôÔöÖuUüÜzZ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۴۵"


def _reference(text: str) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]], list[bool]]:
    """(letters and numbers, marks per element, capital per element) of a title drawn from the
    alphabets above."""
    first: list[tuple[int, ...]] = []
    marks: list[tuple[int, ...]] = []
    capitals: list[bool] = []
    gap = False
    letter = False
    digits = ""

    def element(primary: tuple[int, ...], mark: tuple[int, ...], capital: bool) -> None:
        nonlocal gap
        if gap and first:
            first.append((0,))
            marks.append(())
            capitals.append(False)
        gap = False
        first.append(primary)
        marks.append(mark)
        capitals.append(capital)

    for c in unicodedata.normalize("NFKC", text) + "\n":
        if unicodedata.category(c) == "Nd":
            digits += c
            continue
        if digits:
            element((1, int("".join(str(unicodedata.decimal(d)) for d in digits))), (), False)
            digits, letter = "", False
        if c in "'\u0640":
            continue
        if c in HARAKAT:
            if letter and not gap:
                marks[-1] = (*marks[-1], ord(c))
            continue
        small = c.lower()
        if small in UK_ALPHABET:
            element((2, 1, UK_ALPHABET.index(small)), (), small != c)
        elif small in AR_ALPHABET or small in HAMZA_ON:
            decomposed = unicodedata.normalize("NFD", small)
            base = decomposed[0]
            element((2, 2, AR_ALPHABET.index(base)), tuple(map(ord, decomposed[1:])), False)
        elif small.isalpha():
            decomposed = unicodedata.normalize("NFD", small)
            element((2, 0, ord(decomposed[0])), tuple(map(ord, decomposed[1:])), small != c)
        else:
            gap, letter = True, False
            continue
        letter = True
    return first, marks, capitals


def _compare(a: Any, b: Any) -> int:
    return (a > b) - (a < b)


ALPHABET = "".join(
    (LATIN, UK_ALPHABET, UK_ALPHABET.upper(), AR_ALPHABET, HARAKAT, "أإآؤئـ", DIGITS, " ,-.«»'\"")
)
titles = st.text(alphabet=ALPHABET, max_size=12)


@settings(max_examples=600, deadline=None)
@given(titles, titles)
def test_the_key_orders_as_the_dictionary_comparison(a: str, b: str) -> None:
    ka, kb = title_sort_key(a), title_sort_key(b)
    assert ka is not None and kb is not None
    assert _compare(ka, kb) == _compare(_reference(a), _reference(b)), (a, b, ka, kb)
    # SQLite compares the key as UTF-8 bytes (BINARY): the same order as Python's.
    assert _compare(ka.encode(), kb.encode()) == _compare(ka, kb)
    # Migration 19 keeps a frozen copy of the key: both must agree, or old rows and new rows
    # would not sort together.
    assert schema._v19_title_key(a) == ka and schema._v19_title_key(b) == kb


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60))
def test_any_text_has_a_key_sqlite_can_store(text: str) -> None:
    key = title_sort_key(text)
    assert key is not None and "\x00" not in key
    key.encode()  # no lone surrogate: SQLite text is UTF-8
    assert schema._v19_title_key(text) == key


def test_the_testers_lists_read_in_dictionary_order() -> None:
    for wanted in (FRENCH, UKRAINIAN, ARABIC):
        assert sorted(reversed(wanted), key=title_sort_key) == wanted  # type: ignore[arg-type]
    # Punctuation and quotes before the first letter count for nothing; marks only break ties.
    assert title_sort_key("« Vase »") == title_sort_key('"Vase"') == title_sort_key("Vase")
    assert title_sort_key("Vase ١٠") == title_sort_key("Vase 10")
    assert title_sort_key("п'ять") == title_sort_key("пять")
    assert title_sort_key("بـيـت") == title_sort_key("بيت")  # the tatweel only stretches
    assert title_sort_key("مدرسة") > title_sort_key("مدرسه")  # type: ignore[operator]
    assert title_sort_key(None) is None
    assert title_sort_key(12) == title_sort_key("12")


def test_control_characters_surrogates_and_a_long_title() -> None:
    for text in ("\x00\x01\x02\x03", "\ud800a\udfff", "a\u200f\u2066b\u2069", "\u0301\u064e", ""):
        key = title_sort_key(text)
        assert key is not None and "\x00" not in key
        key.encode()
    long = "Épée ابريق ґанок 1234 " * 5_000  # 110,000 characters
    key = title_sort_key(long)
    assert key is not None and key.startswith("epee\x02")
    assert title_sort_key("9" * 5000) > title_sort_key("9" * 4999)  # type: ignore[operator]


def _listed(records: Records, descending: bool = False, total: int | None = None) -> list[str]:
    count = records.count(F.OBJECT)
    out = []
    for offset in range(0, count, 3):
        page = pages.page(records, F.OBJECT, offset, 3, "title", descending, {}, total)
        out += [str(v.fields.get("title")) for v in page]
    return out


def _create(records: Records, titles: list[str]) -> None:
    records.create_many(
        F.OBJECT,
        [
            F.clean_fields(F.OBJECT, {"inventory_number": f"T-{i}", "title": t})
            for i, t in enumerate(titles)
        ],
    )


def test_a_list_by_title_is_in_dictionary_order_both_ways(vault: Vault) -> None:
    records = Records(vault)
    _create(records, FRENCH[::-1][:-1])  # create_many: the batched (JSON) path
    records.create(F.OBJECT, {"inventory_number": "T-X", "title": FRENCH[0]})  # one by one
    records.create(F.OBJECT, {"inventory_number": "T-Y"})
    wanted = [*FRENCH, "None"]
    assert _listed(records) == wanted
    total = records.count(F.OBJECT)
    assert _listed(records, total=total) == wanted  # the second half read from the far end
    assert _listed(records, True, total) == [*reversed(FRENCH), "None"]
    assert [v.fields.get("title") for v in records.list(F.OBJECT, order_by="title")] == [
        *FRENCH,
        None,
    ]


def test_an_edit_moves_the_record_to_its_new_place(vault: Vault) -> None:
    records = Records(vault)
    _create(records, UKRAINIAN)
    (record_id,) = vault.db.execute("SELECT record_id FROM records WHERE title = 'кіт'").fetchone()
    records.edit(record_id, {"title": "Ґава"})
    assert _listed(records)[:3] == ["гуси", "Ґава", "ґанок"]


def test_an_old_vault_is_given_the_keys_and_the_index(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = Records(vault)
    _create(records, [*ARABIC, *FRENCH])
    records.create(F.LOCATION, {"name": "Réserve B", "code": "R-B"})
    records.create(F.DAMAGE, {"site": "Store B", "description": "crack"})
    db = vault.db
    # The vault as version 18 left it: no key column, no index.
    db.execute("DROP INDEX records_title_sort")
    db.execute("ALTER TABLE records DROP COLUMN title_sort")
    db.execute("CREATE INDEX IF NOT EXISTS records_title ON records (kind, deleted, title)")
    db.execute("PRAGMA user_version = 18")
    vault.close()
    monkeypatch.setattr(schema, "_V19_CHUNK", 4)  # several chunks, one ending on the last row
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        again = Records(reopened)
        assert schema.schema_version(reopened.db) == schema.LATEST
        assert _listed(again) == sorted(ARABIC + FRENCH, key=title_sort_key)  # type: ignore[arg-type]
        rows = reopened.db.execute("SELECT title, title_sort FROM records").fetchall()
        assert len(rows) == len(ARABIC) + len(FRENCH) + 2
        for title, key in rows:
            assert key == title_sort_key(title), title
        plan = " ".join(
            str(r[-1])
            for r in reopened.db.execute(
                "EXPLAIN QUERY PLAN SELECT rowid FROM records WHERE kind = 'object' "
                "AND deleted = 0 ORDER BY title_sort, rowid LIMIT 10"
            )
        )
        assert "COVERING INDEX records_title_sort" in plan, plan
        # The raw title's index is gone: nothing sorts on it, and each import wrote it.
        indexes = {str(r[1]) for r in reopened.db.execute("PRAGMA index_list(records)")}
        assert "records_title" not in indexes and "records_title_sort" in indexes


def test_the_migration_reads_the_rows_a_chunk_at_a_time(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A million records migrate in one transaction without holding them all in memory."""
    _create(Records(vault), [f"Jar {i}" for i in range(10)])
    db = vault.db
    db.execute("UPDATE records SET title_sort = NULL")
    monkeypatch.setattr(schema, "_V19_CHUNK", 3)
    fetched: list[int] = []
    real = schema._v19_title_key

    def counting(value: Any) -> str | None:
        fetched.append(1)
        return real(value)

    monkeypatch.setattr(schema, "_v19_title_key", counting)
    seen: list[str] = []
    raw: Any = getattr(db, "_conn", db)
    raw.set_trace_callback(seen.append)
    try:
        db.execute("BEGIN")
        schema._v19_title_sort(db)
        db.execute("COMMIT")
    finally:
        raw.set_trace_callback(None)
    reads = [sql for sql in seen if sql.startswith("SELECT rowid, title FROM records")]
    assert len(reads) == 5 and all("LIMIT 3" in sql for sql in reads), reads
    assert len(fetched) == 10
    assert db.execute("SELECT count(*) FROM records WHERE title_sort IS NULL").fetchone() == (0,)


def _plans(vault: Vault, seen: list[str]) -> list[str]:
    out = []
    for sql in seen:
        rows = vault.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        out.append(" | ".join(str(r[-1]) for r in rows))
    return out


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("offset", [0, 90])  # the first page; a jump near the end
def test_the_first_page_and_a_jump_walk_the_key_index(
    vault: Vault, descending: bool, offset: int
) -> None:
    records = Records(vault)
    _create(records, [f"Épée {i}" for i in range(100)])
    vault.db.execute("ANALYZE")
    seen: list[str] = []
    raw: Any = getattr(vault.db, "_conn", vault.db)
    raw.set_trace_callback(lambda sql: seen.append(sql) if "OFFSET" in sql else None)
    try:
        page = pages.page(records, F.OBJECT, offset, 5, "title", descending, {}, 100)
    finally:
        raw.set_trace_callback(None)
    assert len(page) == 5
    (plan,) = _plans(vault, seen)
    assert "COVERING INDEX records_title_sort" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_a_record_arriving_by_bundle_sorts_in_its_place(tmp_path: Path) -> None:
    alice, bob = Peer(tmp_path, "alice"), Peer(tmp_path, "bob")
    alice.trust(bob)
    bob.trust(alice)
    _create(bob.records, FRENCH[::-1])  # fresh records for alice: the importer's batch
    alice.receive(bob.send(alice))
    assert _listed(alice.records) == FRENCH
    # A conflict: both change one title; the merged view (written on import) keeps its key.
    (record_id,) = bob.vault.db.execute(
        "SELECT record_id FROM records WHERE title = 'Verre'"
    ).fetchone()
    bob.records.edit(record_id, {"title": "Aiguière"})
    alice.records.edit(record_id, {"status": "in_storage"})
    alice.receive(bob.send(alice))
    assert _listed(alice.records)[0] == "Aiguière"
    for title, key, fields in alice.vault.db.execute(
        "SELECT title, title_sort, fields FROM records"
    ):
        assert key == title_sort_key(title) and json.loads(fields)["title"] == title
