"""Messages kept in a database as templates, shown later in the reader's language."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit import i18n
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text


def test_a_stored_text_is_shown_later_in_french() -> None:
    reason = Text(
        "errors",
        QT_TRANSLATE_NOOP("errors", "The passphrase is not correct for this vault."),
    )
    stored = i18n.to_stored(reason)
    assert stored.startswith("{")
    back = i18n.from_stored(stored)
    assert isinstance(back, Text)
    assert str(back) == str(reason)
    assert i18n.localise(back, "fr") == i18n.localise(reason, "fr")
    assert i18n.localise(back, "fr") != str(reason)  # really translated, not the English


def test_nested_parameters_and_plurals_survive() -> None:
    inner = Text("errors", "the vault")
    outer = Text(
        "errors", "The system refused to write {what} ({reason})", what=inner, reason="EIO"
    )
    back = i18n.from_stored(i18n.to_stored(outer))
    assert isinstance(back, Text) and isinstance(back.params["what"], Text)
    assert str(back) == str(outer)
    plural = Text("cli", "%n record(s) imported", 3)
    again = i18n.from_stored(i18n.to_stored(plural))
    assert isinstance(again, Text) and again.plural_n == 3 and str(again) == str(plural)


@pytest.mark.parametrize(
    "stored",
    [
        "The bundle's signature does not verify.",  # an older FieldKit's English reason
        "{not json",
        '{"fieldkit_text": 2, "template": "x"}',
        '{"fieldkit_text": 1, "context": "errors", "template": "{p.__class__}",'
        ' "params": {"p": "x"}}',
        '{"fieldkit_text": 1, "context": "errors", "template": "{p[0]}", "params": {"p": "x"}}',
        '{"fieldkit_text": 1, "context": 3, "template": "x"}',
        '{"fieldkit_text": 1, "context": "errors", "template": "x", "n": true}',
        '{"fieldkit_text": 1, "context": "errors", "template": "{a}", "params": {"a": [1]}}',
        json.dumps(
            {
                "fieldkit_text": 1,
                "context": "e",
                "template": "{a}",
                "en": "E",
                "params": {"a": {"text": {"text": {"text": {"text": {"text": {}}}}}}},
            }
        ),
    ],
)
def test_plain_old_or_hostile_stored_values_are_kept_as_text(stored: str) -> None:
    back = i18n.from_stored(stored)
    assert not isinstance(back, Text)
    assert "__class__" not in back or back == stored
    i18n.localise(back, "fr")  # never raises


@given(st.text(max_size=80))
def test_any_plain_string_round_trips_unchanged(value: str) -> None:
    if "fieldkit_text" not in value:
        assert i18n.from_stored(i18n.to_stored(value)) == value


@given(
    st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=40),
    st.dictionaries(
        st.from_regex(r"[a-z]{1,8}", fullmatch=True),
        st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=False)),
        max_size=3,
    ),
)
def test_texts_round_trip(template: str, params: dict[str, object]) -> None:
    fields = "".join(f" {{{k}}}" for k in params)
    text = Text("errors", template + fields, **params)
    back = i18n.from_stored(i18n.to_stored(text))
    assert isinstance(back, Text)
    assert str(back) == str(text)
    assert i18n.stored_english(i18n.to_stored(text)) == str(text)


def test_counts_take_the_readers_thousands_separator() -> None:
    # "5,001 ligne(s)" was written in French: counts were formatted in English when the
    # message was made. A grouped count stays "5,001" in English (and --json) and is written
    # « 5 001 » (narrow no-break space) in French, « 5 001 » in Ukrainian.
    text = Text("errors", "{count} rows", count=i18n.grouped(5001))
    assert str(text) == "5,001 rows"
    assert i18n.localise(text, "fr").startswith("5\u202f001")
    assert i18n.localise(text, "uk").startswith("5\u00a0001")
    back = i18n.from_stored(i18n.to_stored(text))
    assert isinstance(back, Text) and i18n.localise(back, "fr").startswith("5\u202f001")
    assert i18n.number(1234567, "fr") == "1\u202f234\u202f567"
    assert i18n.number(1234567, "en") == "1,234,567"
