"""Codes and inventory numbers typed in another script of digits (r13 trial #3, #10).

The demo's « MCP ١٩٨٨/١ » is labelled in Arabic-Indic digits; a French receiver types
"MCP 1988/1" on a Latin keyboard and the check-in said "no record has this id", so the object
was marked missing at the end of the reception. An Arabic-typing receiver had the same with
"QW-٠٠٠٠٦" for a label printed "QW-00006". The lookup now tries the code in the other scripts
of digits (each one index lookup), as it tries look-alike letters; what is stored never changes,
and leading zeros still count.

Real vaults in tmp_path.
"""

from __future__ import annotations

import pytest

from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.custody_queries import code_variants
from fieldkit.records.service import AmbiguousIdError, RecordNotFoundError, Records
from fieldkit.vault import Vault

ARABIC_MCP = "MCP \u0661\u0669\u0668\u0668/\u0661"  # MCP ١٩٨٨/١
ARABIC_QW = "QW-\u0660\u0660\u0660\u0660\u0666"  # QW-٠٠٠٠٦


@pytest.fixture
def chain(vault: Vault) -> Custody:
    return Custody(Records(vault))


def _object(records: Records, number: str) -> str:
    return records.create(F.OBJECT, {"inventory_number": number, "title": "Icon"}).record_id


def test_variants_write_the_digits_in_each_script() -> None:
    variants = code_variants("QW-6")
    assert "QW-\u0666" in variants and "QW-\u06f6" in variants
    assert "QW-6" not in variants  # never the typed code itself
    assert "MCP 1988/1" in code_variants(ARABIC_MCP)
    assert code_variants("123") == ["\u0661\u0662\u0663", "\u06f1\u06f2\u06f3"]
    assert code_variants("ABC") == ["\u0410\u0412\u0421", "\u0391\u0392\u03f9"]  # letters only


def test_latin_digits_find_a_number_stored_in_arabic_digits(chain: Custody) -> None:
    records = chain.records
    stored = _object(records, ARABIC_MCP)
    assert records.resolve("MCP 1988/1") == stored
    assert chain.resolve_item("MCP 1988/1") == stored
    assert chain.resolve_item("mcp 1988/1") == stored  # in another case too
    assert records.get(stored).fields["inventory_number"] == ARABIC_MCP  # nothing rewritten


def test_arabic_digits_find_a_number_stored_in_latin_digits(chain: Custody) -> None:
    records = chain.records
    stored = _object(records, "QW-00006")
    assert records.resolve(ARABIC_QW) == stored
    assert chain.resolve_item(ARABIC_QW) == stored
    assert chain.resolve_item("qw-\u0660\u0660\u0660\u0660\u0666") == stored
    with pytest.raises(RecordNotFoundError):
        chain.resolve_item("QW-\u0666")  # leading zeros still count


def test_a_container_code_in_other_digits(chain: Custody) -> None:
    crate = chain.records.create(F.CONTAINER, {"code": "C-101", "kind": "crate"})
    assert chain.resolve_item("C-\u0661\u0660\u0661") == crate.record_id
    assert chain.resolve_item("c-\u0661\u0660\u0661") == crate.record_id


def test_two_records_that_differ_only_in_digit_script_are_several(chain: Custody) -> None:
    records = chain.records
    _object(records, ARABIC_MCP)
    _object(records, "MCP \u06f1\u06f9\u06f8\u06f8/\u06f1")  # Persian digits
    with pytest.raises(AmbiguousIdError):
        records.resolve("MCP 1988/1")


def test_object_show_finds_a_number_in_another_case_as_the_custody_lookup_does(
    chain: Custody,
) -> None:
    """`object show mnb-002` said "no object" where `move mnb-002` found MNB-002 (r13 review
    #5): one lookup for both."""
    records = chain.records
    stored = _object(records, "MNB-002")
    assert records.resolve("mnb-002") == stored
    assert records.resolve("mnb-002", kind=F.OBJECT) == stored
    with pytest.raises(RecordNotFoundError):
        records.resolve("mnb-002", kind=F.LOCATION)  # an object is no location
    crate = records.create(F.CONTAINER, {"code": "C-7", "kind": "crate"}).record_id
    assert records.resolve("c-7") == crate


def test_direction_marks_pasted_around_a_number_are_not_part_of_it(chain: Custody) -> None:
    records = chain.records
    stored = _object(records, "MNB-002")
    assert records.resolve("\u200fMNB-002\u200f") == stored  # copied from an Arabic document
    assert records.resolve("\u2067MNB-002\u2069") == stored


def test_an_object_and_a_container_alike_are_named_as_such() -> None:
    from fieldkit.i18n import localise
    from fieldkit.records.service import several_with_this_number

    error = several_with_this_number({F.OBJECT, F.CONTAINER})
    assert "objects and containers" in localise(error.message)
    assert "Several objects" in localise(several_with_this_number({F.OBJECT}).message)


def test_a_search_finds_a_number_written_in_other_digits(chain: Custody) -> None:
    """r13 trial #3 (search part), retest: `object list --search 1988` missed « MCP ١٩٨٨/١ »
    (the index holds digits as written); an Arabic-keyboard « ١٩٦٣ » missed MCP 1963.28."""
    records = chain.records
    arabic = _object(records, ARABIC_MCP)
    latin = _object(records, "MCP 1963.28")
    _object(records, "MCP 2001.5")  # not a match
    assert [v.record_id for v in records.list(F.OBJECT, search="1988")] == [arabic]
    assert [v.record_id for v in records.list(F.OBJECT, search="\u0661\u0669\u0666\u0663")] == [
        latin
    ]
    assert records.count(F.OBJECT, search="mcp 1988") == 1
    records.delete(arabic)  # "Deleted only" reads the same spellings
    assert records.count(F.OBJECT, search="1988", deleted_only=True) == 1
