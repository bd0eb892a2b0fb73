"""Search folds Arabic vowel marks and apostrophes on both sides (uitrial r10 #17, #18): a
vocalised Arabic title and an unvocalised query find each other, and so do ' ʼ ’; old vaults'
entries are folded by migration 16, inside its transaction."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FAST_KDF

from fieldkit.records import fields as F
from fieldkit.records import search
from fieldkit.records.search_fold import fold_search_text
from fieldkit.records.service import Records
from fieldkit.vault import Vault, schema
from fieldkit.vault.database import open_database

PASSPHRASE = "pw"
PLAIN = "تمثال برونزي"
VOCALISED = "تِمْثَال بُرُونْزِيّ"
APOSTROPHES = ("Полив'яний", "Поливʼяний", "Полив’яний")  # ASCII ', U+02BC, U+2019


def _found(records: Records, text: str) -> set[str]:
    found = {str(r.fields["inventory_number"]) for r in records.list(F.OBJECT, search=text)}
    assert records.count(F.OBJECT, search=text) == len(found)
    return found


def _fill(records: Records) -> None:
    for number, title in (
        ("A-1", PLAIN),
        ("A-2", VOCALISED),
        ("A-3", "تمـثال من الحجر"),  # a tatweel inside the word
        ("A-4", "مثال"),  # what « تِمثال » used to find a half of
        ("U-1", f"{APOSTROPHES[0]} глечик"),
        ("U-2", f"{APOSTROPHES[1]} глечик"),
        ("U-3", f"{APOSTROPHES[2]} глечик"),
        ("L-1", "Stèle funéraire"),
        ("L-2", "STELE FUNERAIRE"),
    ):
        records.create(F.OBJECT, {"inventory_number": number, "title": title})


def test_the_folding() -> None:
    assert fold_search_text(VOCALISED) == PLAIN
    assert fold_search_text("تمـثال") == "تمثال"
    assert {fold_search_text(a) for a in (*APOSTROPHES, "Полив‘яний", "Полив′яний")} == {
        "Полив'яний"
    }
    # Latin accents and case stay for the index's tokenizer (remove_diacritics 2), as before;
    # an end-of-ayah sign stands between words and stays.
    assert fold_search_text("Stèle Ǆ ۝") == "Stèle Ǆ ۝"


def test_vocalised_arabic_finds_unvocalised_and_back(vault: Vault) -> None:
    records = Records(vault)
    _fill(records)
    for query in (PLAIN, VOCALISED, "تِمْثَال برونزي", "بُرُونْزِيّ"):
        assert _found(records, query) == {"A-1", "A-2"}, query
    for query in ("تمثال", "تِمثال", "تمـثال"):
        assert _found(records, query) == {"A-1", "A-2", "A-3"}, query
    assert _found(records, "مثال") == {"A-4"}  # a word's prefix, not its half after a mark


def test_every_apostrophe_finds_the_others(vault: Vault) -> None:
    records = Records(vault)
    _fill(records)
    for query in (*APOSTROPHES, "полив‘яний глечик"):
        assert _found(records, query) == {"U-1", "U-2", "U-3"}, query


def test_latin_accents_as_before(vault: Vault) -> None:
    records = Records(vault)
    _fill(records)
    for query in ("stele", "Stèle", "STÈLE funéraire", "funeraire"):
        assert _found(records, query) == {"L-1", "L-2"}, query


def test_the_picker_finds_vocalised_titles_too(vault: Vault) -> None:
    records = Records(vault)
    _fill(records)
    expression = search.kind_search_expression(F.OBJECT, VOCALISED)
    assert expression == search.kind_search_expression(F.OBJECT, PLAIN)


def _old_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as FieldKit wrote it at schema version 15: entries unfolded."""
    with monkeypatch.context() as patch:
        patch.setattr(search, "fold_search_text", lambda text: text)
        vault, _ = Vault.create(path, PASSPHRASE, kdf=FAST_KDF, name="old")
        try:
            _fill(Records(vault))
            vault.db.execute("PRAGMA user_version = 15")
        finally:
            vault.close()


def _bodies(vault: Vault) -> list[str]:
    return [str(r[0]) for r in vault.db.execute("SELECT body FROM records_search ORDER BY rowid")]


def test_an_old_vault_is_migrated_and_finds_vocalised_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_vault(tmp_path / "v", monkeypatch)
    vault = Vault.open(tmp_path / "v", PASSPHRASE)
    try:
        assert vault.info().schema_version == schema.LATEST >= 16
        assert all(body == fold_search_text(body) for body in _bodies(vault))
        records = Records(vault)
        assert _found(records, VOCALISED) == _found(records, PLAIN) == {"A-1", "A-2"}
        assert _found(records, "تِمثال") == {"A-1", "A-2", "A-3"}
        assert _found(records, APOSTROPHES[1]) == {"U-1", "U-2", "U-3"}
        assert _found(records, "stele") == {"L-1", "L-2"}
        # Nothing else moved: one entry per live record, kind tokens and all.
        assert records.count(F.OBJECT) == len(_bodies(vault)) == 9
    finally:
        vault.close()


def _dying_at(char: str, fold: Callable[[str], str]) -> Callable[[str], str]:
    """The frozen folding, dying (as a killed process would) at an entry holding ``char``."""

    def folding(body: str) -> str:
        if char in body:
            raise KeyboardInterrupt
        return fold(body)

    return folding


def test_an_interrupted_migration_leaves_version_15_whole_and_runs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(tmp_path / "vault.db", os.urandom(32))
    schema.migrate(conn, target=15)
    bodies = [f"xfkkindobject\nA-{i}\n{VOCALISED} {APOSTROPHES[1]}\n" for i in range(7)]
    bodies.append("xfkkindobject\nA-7\n\u26d4 تِمثال\n")  # the last entry: where the process dies
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO records_search (rowid, body) VALUES (?, ?)", enumerate(bodies, 1))
    conn.execute("COMMIT")

    def entries() -> list[str]:
        return [str(r[0]) for r in conn.execute("SELECT body FROM records_search ORDER BY rowid")]

    with monkeypatch.context() as patch:
        patch.setattr(schema, "_V16_CHUNK", 2)  # three chunks rewritten before it dies
        patch.setattr(schema, "_v16_fold", _dying_at("\u26d4", schema._v16_fold))
        with pytest.raises(KeyboardInterrupt):
            schema.migrate(conn)
    assert schema.schema_version(conn) == 15
    assert entries() == bodies
    schema.migrate(conn, target=16)
    assert schema.schema_version(conn) == 16
    assert entries() == [fold_search_text(b) for b in bodies]
    (found,) = conn.execute(
        "SELECT count(*) FROM records_search WHERE records_search MATCH ?",
        (search.search_expression("تِمثال"),),
    ).fetchone()
    assert found == 8
    conn.close()


def _changed_by(fold: Callable[[str], str]) -> dict[str, str]:
    return {chr(c): fold(chr(c)) for c in range(0x10000) if fold(chr(c)) != chr(c)}


def test_migration_16_folds_exactly_what_search_folds_today() -> None:
    """Both against one list: harakat U+064B-U+065F, dagger alef, tatweel and the Quranic marks
    removed (not the three signs standing between words); four apostrophes to '."""
    removed = [
        *range(0x0610, 0x061B),
        *range(0x064B, 0x0660),
        0x0670,
        0x0640,
        *range(0x06D6, 0x06DD),
        *range(0x06DF, 0x06E9),
        *range(0x06EA, 0x06EE),
    ]
    expected = {**{chr(c): "" for c in removed}, **dict.fromkeys("ʼ’‘′", "'")}
    assert _changed_by(fold_search_text) == expected
    assert _changed_by(schema._v16_fold) == expected


def test_a_merged_duplicates_vocalised_title_is_found_on_its_object(vault: Vault) -> None:
    # The search entry of an object holds the text of the records merged into it: folded too,
    # or « تمثال » misses a merged record titled « تِمْثَال » (searchfix's note).
    from fieldkit.duplicates.decisions import Duplicates

    records = Records(vault)
    a = records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Jar"}).record_id
    b = records.create(F.OBJECT, {"inventory_number": "M-1b", "title": VOCALISED}).record_id
    Duplicates(records).decide(a, b, same=True)
    assert _found(records, PLAIN) == {"M-1"}
