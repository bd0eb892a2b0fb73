"""Possible duplicates the r10 trial found missing (uitrial r10 #12): one inventory number with
its title in two languages of one script is proposed; a bare title shared by several catalogue
records is not pinned on one of them."""

from __future__ import annotations

from typing import Any

from fieldkit.duplicates.candidates import find_candidates
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _background(records: Records) -> None:
    """A collection for the words to have a rarity: other stelae and icons among others."""
    rows: list[dict[str, Any]] = [
        {"inventory_number": f"BG {i}", "title": f"Jar {i} of shelf {i % 7}"} for i in range(40)
    ]
    rows += [
        {
            "inventory_number": f"QW-{i:05d}",
            "title": title,
            "object_type": "sculpture > relief > funerary relief",
            "institution": "Qasr al-Wadi Archaeological Museum",
        }
        for i, title in enumerate(("Votive stele with a Greek inscription", "Stèle votive"), 1)
    ]
    records.create_many(F.OBJECT, [F.clean_fields(F.OBJECT, row) for row in rows])


def _object(records: Records, **values: Any) -> str:
    return records.create(F.OBJECT, values).record_id


def test_one_number_with_its_title_in_french_and_in_english_is_proposed(vault: Vault) -> None:
    records = Records(vault)
    _background(records)
    # As in the demo vault after the trial: the catalogue record's title just changed by a
    # conflict (French), and a field laptop's new record of two fields and an institution
    # typed as its vault's organisation.
    catalogue = _object(
        records,
        inventory_number="MCP 2006.4",
        title="Stèle funéraire palmyrénienne (restaurée)",
        object_type="sculpture > relief > funerary relief",
        institution="Museum of the Phoenician Coast",
        measurements=[
            {"dimension": "height", "value": 57, "unit": "cm"},
            {"dimension": "width", "value": 35, "unit": "cm"},
        ],
    )
    field = _object(
        records,
        inventory_number="MCP 2006/4",
        title="Palmyrene funerary stele",
        object_type="sculpture > stele",
        institution="FieldKit demo museum",
    )
    found = {c.pair: c for c in find_candidates(vault)}
    pair = found[frozenset((catalogue, field))]
    assert pair.a == catalogue  # the fuller record is kept by default
    assert pair.to_json()["reasons"] == [
        "same inventory number after normalising",
        "titles alike",
    ]


def test_short_words_of_one_script_alike_by_chance_are_not_titles_alike(vault: Vault) -> None:
    records = Records(vault)
    _background(records)
    # "bowl"/"bell" and "lamp"/"lump" share a skeleton each, and the two are different things.
    one = _object(records, inventory_number="MCP 1971.2", title="Bronze bowl lamp")
    two = _object(records, inventory_number="MCP 1971/2", title="Brass bell lump")
    (pair,) = [c for c in find_candidates(vault) if c.pair == frozenset((one, two))] or [None]
    assert pair is None or "titles alike" not in pair.to_json()["reasons"]


def test_a_bare_title_shared_by_several_catalogue_icons_is_pinned_on_none(vault: Vault) -> None:
    """A temporary number, a title and a type only: four icons of the catalogue have that title
    and type, and nothing tells which one the field team found (the trial expected one pair)."""
    records = Records(vault)
    _background(records)
    icons = [
        _object(
            records,
            inventory_number=f"КП-{n:05d}",
            title="Ікона Богородиці Одигітрії",
            object_type="живопис > ікона",
            institution="Музей ікони Слобожанщини",
        )
        for n in (14, 32, 34, 60)
    ]
    found = _object(
        records,
        inventory_number="ТЕР-2026-01",
        title="Ікона Богородиці Одигітрії",
        object_type="живопис > ікона",
    )
    assert not [c for c in find_candidates(vault) if found in c.pair]
    assert len(icons) == 4
