"""Arabic typists (r12 trial #16, #17, #21): numbers and dates typed with Arabic-Indic digits are
the same values as in ASCII and are stored in ASCII; the date refusal's example reads as it is
written in Arabic; an Arabic search finds a word in its common spellings."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_csv_import import objects, write_csv

from fieldkit.i18n import LRI, PDI, error_text
from fieldkit.records import fields as F
from fieldkit.records import search
from fieldkit.records.dimensions import parse_museum_form
from fieldkit.records.search_fold import fold_search_text
from fieldkit.records.service import Records
from fieldkit.vault import Vault

ARABIC_INDIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
EASTERN = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


def arabic(text: str, table: dict[int, int] = ARABIC_INDIC) -> str:
    return text.translate(table)


def arabic_grouped(n: int) -> str:
    """``n`` as an Arabic typist groups it: « ١٬٢٠٠ »."""
    return arabic(f"{n:,}".replace(",", "٬"))


tables = st.sampled_from([ARABIC_INDIC, EASTERN])


# --- numbers and dates ---------------------------------------------------------------------------


@given(day=st.dates(min_value=date(1, 1, 1)), table=tables)
def test_any_date_typed_in_arabic_digits_is_stored_as_in_ascii(day: date, table: Any) -> None:
    typed = day.isoformat()
    for kind, name in ((F.OBJECT, "date_documented"), (F.DAMAGE, "event_date_from")):
        assert F.clean_value(kind, name, arabic(typed, table)) == F.clean_value(kind, name, typed)
    assert F.clean_value(F.DAMAGE, "observed_at", arabic(typed, table)) == typed


@given(
    moment=st.datetimes(min_value=datetime(1, 1, 1)).map(lambda m: m.replace(microsecond=0)),
    table=tables,
)
def test_any_date_time_typed_in_arabic_digits_is_stored_as_in_ascii(
    moment: datetime, table: Any
) -> None:
    for typed in (moment.isoformat(timespec="minutes"), moment.isoformat()):
        for kind, name in ((F.DAMAGE, "observed_at"), (F.MOVEMENT, "departed_at")):
            ascii_value = F.clean_value(kind, name, typed)
            assert F.clean_value(kind, name, arabic(typed, table)) == ascii_value
            assert ascii_value.isascii()


@given(
    value=st.decimals(min_value="0.0001", max_value="999999", places=4).map(str),
    table=tables,
)
def test_any_measurement_typed_in_arabic_digits_is_stored_as_in_ascii(
    value: str, table: Any
) -> None:
    entry = {"dimension": "الارتفاع", "unit": "سم"}
    typed = F.clean_value(F.OBJECT, "measurements", [{**entry, "value": arabic(value, table)}])
    assert typed == F.clean_value(F.OBJECT, "measurements", [{**entry, "value": value}])
    as_text = f"height {arabic(value, table)} cm; width {value} cm"
    assert F.clean_value(F.OBJECT, "measurements", as_text) == F.clean_value(
        F.OBJECT, "measurements", f"height {value} cm; width {value} cm"
    )


@given(n=st.integers(1, F.MAX_TEAM), table=tables)
def test_any_count_or_priority_typed_in_arabic_digits_is_stored_as_in_ascii(
    n: int, table: Any
) -> None:
    assert F.clean_value(F.MOVEMENT, "team_size", arabic(str(n), table)) == n
    assert F.clean_value(F.MOVEMENT, "team_size", arabic_grouped(n)) == n
    priority = n % 4 + 1
    assert F.clean_value(F.OBJECT, "salvage_priority", arabic(str(priority), table)) == priority


def test_what_the_trial_typed() -> None:
    assert F.clean_value(F.OBJECT, "date_documented", "٢٠٢٦-١٢-٠٥") == "2026-12-05"
    assert F.clean_value(
        F.OBJECT, "measurements", [{"dimension": "الارتفاع", "value": "٥٥٫٥", "unit": "سم"}]
    ) == [{"dimension": "الارتفاع", "value": 55.5, "unit": "سم"}]
    # A thousands separator groups in threes only; anywhere else it is refused, not guessed
    # (« ١٬٥ » is neither 1.5 nor 15 for sure).
    assert F.clean_value(F.OBJECT, "measurements", "length ١٬٢٠٠٫٥ mm") == [
        {"dimension": "length", "value": 1200.5, "unit": "mm"}
    ]
    for slip in ("١٬٥", "١٢٬٠٠", "٬١٠٠"):
        with pytest.raises(F.ValidationError):
            F.clean_value(F.OBJECT, "measurements", f"length {slip} mm")
        with pytest.raises(F.ValidationError):
            F.clean_value(F.MOVEMENT, "team_size", slip)


def test_text_codes_and_inventory_numbers_stay_as_typed() -> None:
    assert F.clean_value(F.OBJECT, "inventory_number", "م-١٩٨٨/١") == "م-١٩٨٨/١"
    assert F.clean_value(F.OBJECT, "title", "جرة ١٢") == "جرة ١٢"
    assert F.clean_value(F.OBJECT, "date_period", "القرن ١٢") == "القرن ١٢"
    # The dimension and unit words are text: only the value is a number.
    entry = {"dimension": "قطر ٢", "value": "٥", "unit": "سم"}
    assert F.clean_value(F.OBJECT, "measurements", [entry]) == [{**entry, "value": 5.0}]


def test_museum_forms_in_arabic_digits_read_as_in_ascii() -> None:
    assert parse_museum_form("الارتفاع ٥٥٫٥ سم × العرض ٣٥ سم") == "height 55.5 cm; width 35 cm"
    assert parse_museum_form("۵۵ x ۳۵ cm") == parse_museum_form("55 x 35 cm")
    assert parse_museum_form("H. ١٬٢٠٠ mm x L. ٣٥ mm") == "height 1200 mm; width 35 mm"


def test_the_spreadsheet_import_takes_arabic_digits(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    path = write_csv(
        tmp_path / "ar.csv",
        [
            ["inventory_number", "title", "date_documented", "measurements", "salvage_priority"],
            ["TYR-١", "جرة ١", "٢٠٢٦-١٢-٠٥", "الارتفاع ٥٥٫٥ سم × العرض ٣٥ سم", "٢"],
            ["TYR-2", "جرة 2", "۲۰۲۶-۰۳-۱۴", "height ٤٠٫٢٥ cm; width ١٬٠٠٠ mm", "۱"],
            ["TYR-3", "جرة 3", "14/03/2026", "٥٥ x ٣٥ cm", "4"],
        ],
    )
    pw = str(tmp_path / "pw")
    args = ["--date-order", "dmy", "--vault", str(vault_path), "--passphrase-file", pw]
    done = run_cli(["object", "import-csv", str(path), *args])
    assert done.code == 0, done.err
    got = {o["inventory_number"]: o for o in objects(vault_path)}
    assert set(got) == {"TYR-١", "TYR-2", "TYR-3"}  # an inventory number stays as typed
    assert [got[n]["date_documented"] for n in ("TYR-١", "TYR-2", "TYR-3")] == [
        "2026-12-05",
        "2026-03-14",
        "2026-03-14",
    ]
    assert got["TYR-١"]["measurements"] == [
        {"dimension": "height", "value": 55.5, "unit": "cm"},
        {"dimension": "width", "value": 35.0, "unit": "cm"},
    ]
    assert got["TYR-2"]["measurements"] == [
        {"dimension": "height", "value": 40.25, "unit": "cm"},
        {"dimension": "width", "value": 1000.0, "unit": "mm"},
    ]
    assert got["TYR-3"]["measurements"][0] == {"dimension": "height", "value": 55.0, "unit": "cm"}
    assert [got[n]["salvage_priority"] for n in ("TYR-١", "TYR-2", "TYR-3")] == [2, 1, 4]
    assert got["TYR-١"]["title"] == "جرة ١"


# --- the date refusal in Arabic -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "example", "form"),
    [
        (F.OBJECT, "date_documented", "2026-03-14", "YYYY-MM-DD"),
        (F.DAMAGE, "observed_at", "2026-03-14T09:30", "YYYY-MM-DDTHH:MM"),
    ],
)
def test_the_date_refusal_keeps_its_example_left_to_right_in_arabic(
    kind: str, name: str, example: str, form: str
) -> None:
    with pytest.raises(F.ValidationError) as refused:
        F.clean_value(kind, name, "14/03/2026")
    shown, _ = error_text(refused.value, "ar")
    # Isolated, « 2026-03-14 » is laid out left to right inside the Arabic sentence; bare, the
    # trial read it as « 14-03-2026 ».
    assert f"{LRI}{form}{PDI}" in shown
    isolated = re.search(f"{LRI}([^{PDI}]*{PDI}?){PDI}", shown.split(form)[-1])
    assert isolated is not None and example in isolated.group(1)
    # English and the other languages read as before, word for word.
    assert str(refused.value.message) == (
        f"{name} must be a date written YYYY-MM-DD (e.g. 2026-03-14)."
        if kind == F.OBJECT
        else f"{name} must be a date and time written YYYY-MM-DDTHH:MM (e.g. 2026-03-14T09:30)."
    )
    assert error_text(refused.value, "fr")[0].endswith(f"(par ex. {example}).")
    assert LRI not in error_text(refused.value, "uk")[0]


# --- Arabic search --------------------------------------------------------------------------------


def _found(records: Records, text: str) -> set[str]:
    found = {str(r.fields["inventory_number"]) for r in records.list(F.OBJECT, search=text)}
    assert records.count(F.OBJECT, search=text) == len(found)
    return found


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("جرة فخارية مزخرفة", ["فخارية", "فخاريه", "جره فخاريه", "فخاري", "مزخرفه"]),
        ("إبريق نحاسي", ["إبريق", "ابريق", "أبريق", "آبريق"]),
        ("الأسد الحجري", ["الأسد", "الاسد", "الإسد", "الحجرى"]),
        ("مصطفى", ["مصطفى", "مصطفي"]),
        ("كرسي خشبي", ["كرسى", "خشبى", "كرسي"]),
    ],
)
def test_each_spelling_finds_the_record(vault: Vault, title: str, typed: list[str]) -> None:
    records = Records(vault)
    records.create(F.OBJECT, {"inventory_number": "AR-1", "title": title})
    records.create(F.OBJECT, {"inventory_number": "AR-2", "title": "تمثال برونزي"})
    for query in typed:
        assert _found(records, query) == {"AR-1"}, query
    assert _found(records, "برونزى تمثال") == {"AR-2"}  # and nothing else


def test_many_arabic_matches_walk_the_sort_index_and_find_every_spelling(vault: Vault) -> None:
    records = Records(vault)
    spellings = ["جرة", "جره"]
    for i in range(6):
        records.create(F.OBJECT, {"inventory_number": f"J-{i}", "title": spellings[i % 2]})
    old = search.MANY_MATCHES
    search.MANY_MATCHES = 2  # the walk along the title's index (Records.list, many matches)
    try:
        for query in spellings:
            assert _found(records, query) == {f"J-{i}" for i in range(6)}
    finally:
        search.MANY_MATCHES = old


def _before(text: str) -> str | None:
    """search_expression as it was before r12: Latin and Cyrillic searches must not change."""
    words = re.findall(r"\w+", fold_search_text(text), flags=re.UNICODE)
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        st.characters(
            # Digits aside: since r13 a number is looked up in each script of digits (below).
            whitelist_categories=("Lu", "Ll", "Zs", "Po", "Mn"),
            max_codepoint=0x052F,  # Latin, Greek, Cyrillic
        )
    )
)
def test_latin_and_cyrillic_expressions_are_unchanged(text: str) -> None:
    assert search.search_expression(text) == _before(text)


def test_a_number_is_looked_up_in_each_script_of_digits() -> None:
    assert (
        search.search_expression("1988")
        == '("1988"* OR "\u0661\u0669\u0668\u0668"* OR "\u06f1\u06f9\u06f8\u06f8"*)'
    )
    assert search.search_expression("jar") == '"jar"*'


@given(
    st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(' "*()-'))
)
def test_arabic_expressions_stay_bounded_and_quoted(text: str) -> None:
    expression = search.search_expression(text)
    if expression is None:
        return
    one = r'"[^"]*"\*'
    word = rf"\({one}(?: OR {one})*\)|{one}"
    # Nothing but quoted terms, OR, AND and parentheses: what is typed is never FTS5 syntax.
    assert re.fullmatch(rf"(?:{word})(?:(?: AND | )(?:{word}))*", expression), expression
    for spellings in re.findall(word, expression):
        assert 1 <= len(re.findall(one, spellings)) <= 16
    # And FTS5 reads it (the vault's tokenizer), alone and behind a kind token as lists ask.
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for query in (expression, search.kind_search_expression(F.OBJECT, text)):
        db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()
