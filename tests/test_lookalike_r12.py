"""Codes and inventory numbers typed in look-alike letters of another alphabet (r12 trial #1).

Objects imported from a Ukrainian spreadsheet are numbered "ЕВ-002" in Cyrillic letters; a
scanner or a keyboard in the Latin layout types "EB-002", which looks the same. Such a code was
"not found" by the check-in, ``fieldkit where`` and every lookup. When the exact code is not
found, the lookup tries the whole code written in the other scripts' look-alike letters, each
one index lookup (a coordinator's vault holds a million records), and takes only a unique
match; what is stored never changes.

Also (r12 trial #14): a spreadsheet row error quotes the refused cell (shortened, isolated in a
right-to-left sentence) and, for a vocabulary field, the closest allowed word ("Евакуйовано" ->
"Евакуйований").

Real vaults in tmp_path, the real CLI, real files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.i18n import FSI, PDI, localise
from fieldkit.records import csv_validate
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.custody_queries import lookalike_variants
from fieldkit.records.service import AmbiguousIdError, RecordNotFoundError, Records
from fieldkit.vault import Vault

CYRILLIC_EB = "\u0415\u0412-002"  # ЕВ-002: Cyrillic Ie and Ve
LATIN_EB = "EB-002"


@pytest.fixture
def chain(vault: Vault) -> Custody:
    return Custody(Records(vault))


def _object(records: Records, number: str) -> str:
    return records.create(F.OBJECT, {"inventory_number": number, "title": "Icon"}).record_id


def test_variants_are_whole_codes_in_one_script() -> None:
    assert lookalike_variants(LATIN_EB) == [CYRILLIC_EB, "\u0395\u0392-002"]
    assert lookalike_variants(CYRILLIC_EB)[0] == LATIN_EB
    # Mixed letters give each whole-script spelling.
    assert {LATIN_EB, CYRILLIC_EB} <= set(lookalike_variants("E\u0412-002"))
    # A letter with no look-alike in a script: no variant in that script (never half a code).
    # ЖK-1 (Cyrillic Zhe, Latin K): all-Cyrillic only, as Zhe has no Latin or Greek twin.
    assert lookalike_variants("\u0416K-1") == ["\u0416\u041a-1"]
    assert lookalike_variants("123") == []


def test_a_latin_typed_number_finds_the_cyrillic_stored_object(
    chain: Custody, vault: Vault
) -> None:
    records = chain.records
    icon = _object(records, CYRILLIC_EB)
    assert records.resolve(LATIN_EB) == icon
    assert records.resolve_item(LATIN_EB) == icon
    assert chain.resolve_item(LATIN_EB) == icon
    assert chain.resolve_item("eb-002") == icon  # lower case too, as the check-in folds case
    # And the other way round.
    latin = _object(records, "MCP-7")
    assert chain.resolve_item("\u041c\u0421\u0420-7") == latin  # МСР-7
    # Nothing stored changed.
    assert records.get(icon).fields["inventory_number"] == CYRILLIC_EB
    assert records.get(latin).fields["inventory_number"] == "MCP-7"


def test_a_code_typed_in_the_ukrainian_layout_finds_the_latin_container_and_location(
    chain: Custody,
) -> None:
    # Codes are stored in Latin capitals; a keyboard left in the Ukrainian layout types
    # Cyrillic С, Т (what the label shows all the same).
    crate = chain.add_container({"code": "C-1", "kind": "crate"}).record_id
    store = chain.add_location({"code": "TC-1", "name": "Store", "kind": "temporary_store"})
    assert chain.resolve_item("\u0421-1") == crate  # С-1
    assert chain.resolve_item("\u0441-1") == crate  # с-1
    assert chain.records.resolve("\u0421-1", F.CONTAINER) == crate
    assert chain.records.resolve("\u0422\u0421-1", F.LOCATION) == store.record_id  # ТС-1


def test_two_different_lookalikes_are_the_several_records_answer(chain: Custody) -> None:
    records = chain.records
    _object(records, CYRILLIC_EB)
    _object(records, LATIN_EB)
    mixed = "E\u0412-002"  # Latin E, Cyrillic Ve: both stored numbers look like it
    with pytest.raises(AmbiguousIdError, match="Several objects"):
        records.resolve(mixed)
    with pytest.raises(AmbiguousIdError, match="Several objects"):
        chain.resolve_item("e\u0432-002")
    # A code with no look-alike stored is still not found.
    with pytest.raises(RecordNotFoundError):
        chain.resolve_item("KX-9")


def test_the_exact_code_wins_over_a_lookalike(chain: Custody) -> None:
    records = chain.records
    _object(records, CYRILLIC_EB)
    latin = _object(records, LATIN_EB)
    assert records.resolve(LATIN_EB) == latin
    assert chain.resolve_item(LATIN_EB) == latin


def test_each_lookalike_lookup_uses_an_index(chain: Custody, vault: Vault) -> None:
    records = chain.records
    records.create_many(
        F.OBJECT,
        [
            F.clean_fields(F.OBJECT, {"inventory_number": f"QP-{i:04d}", "title": "Jar"})
            for i in range(60)
        ],
    )
    icon = _object(records, CYRILLIC_EB)
    vault.db.execute("ANALYZE")
    seen: list[str] = []
    raw: Any = getattr(vault.db, "_conn", vault.db)
    raw.set_trace_callback(
        lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None
    )
    try:
        assert chain.resolve_item("eb-002") == icon
        with pytest.raises(RecordNotFoundError):
            chain.resolve_item("HOX-404")
    finally:
        raw.set_trace_callback(None)
    lookups = [s for s in seen if "inventory_" in s]
    assert any("\u0415\u0412-002" in s or "\u0435\u0432-002" in s for s in lookups), lookups
    for sql in lookups:
        plan = " | ".join(
            str(r[-1]) for r in vault.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        )
        assert "SCAN" not in plan.replace("USING COVERING INDEX", ""), (sql, plan)
        assert "USING" in plan and "INDEX" in plan, (sql, plan)


def test_fieldkit_where_finds_a_lookalike_code(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    records = Records(vault)
    _object(records, "\u0415\u0412-030")  # ЕВ-030
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    r = run_cli(
        ["where", "EB-030", "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
    )
    assert r.code == 0, r.err
    assert "\u0415\u0412-030" in r.out  # shown as stored


def test_a_row_error_quotes_the_refused_cell_and_the_closest_allowed_word(
    tmp_path: Path,
) -> None:
    src = tmp_path / "evac.csv"
    long_cell = "Перенесено до сховища на другому поверсі, кімната 12"
    src.write_text(
        "Inventory number;Title;Status\n"
        "ЕВ-001;Ікона;Евакуйований\n"
        "ЕВ-006;Ікона;Евакуйовано\n"
        f"ЕВ-007;Ікона;{long_cell}\n"
        "ЕВ-008;Ікона;\x1b[31mЕвак\n",
        encoding="utf-8",
    )
    plan = csv_validate.plan_import(src)
    assert [e.row for e in plan.errors] == [3, 4, 5]
    close, far, hostile = plan.errors
    assert close.localised() == (
        "row 3, column 'Status': status must be one of: in_place, in_storage, evacuated, "
        "on_loan, missing, stolen, destroyed. The cell holds “Евакуйовано”; did you mean "
        "“Evacuated”?"
    )
    # As the app shows it, in the reader's language: the app's own word suggested.
    shown = csv_validate.for_people(close.field, close.message)
    uk = localise(shown, "uk")
    assert "Евакуйовано" in uk and uk.count("Евакуйований") == 2, uk  # listed and suggested
    assert "status" not in uk
    assert f"{FSI}Евакуйовано{PDI}" in localise(shown, "ar")
    # A long cell is shortened; nothing close is suggested for it.
    far_text = str(far.message)
    assert long_cell[:39] + "…" in far_text and long_cell not in far_text
    assert "did you mean" not in far_text
    # Control characters are not echoed to a terminal.
    assert "\x1b" not in str(hostile.message) and "Евак" in str(hostile.message)
