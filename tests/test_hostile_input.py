"""Hostile text input (issue 24, items 10 and 14): JSON decoders and characters that act on
terminals or hide in identifiers. Every refusal is one plain sentence, never an internal error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit import json_input
from fieldkit.identity import own
from fieldkit.identity.card import CardError, card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.vault import Vault

INTERNAL = "internal error"


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Any:
    vault.close()

    def call(*args: str) -> Any:
        return run_cli(["--vault", str(vault_path), *args], {"FIELDKIT_PASSPHRASE": PASSPHRASE})

    return call


def one_sentence(err: str) -> str:
    """The refusal line of a CLI run: exactly one "fieldkit: …" sentence, no traceback."""
    assert INTERNAL not in err and "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("fieldkit: ")]
    assert len(lines) == 1, err
    return lines[0]


# --- item 10: every hostile JSON document is one sentence, for records and cards alike --------

HOSTILE_JSON: dict[str, tuple[bytes, str]] = {
    "lone surrogate in a value": (b'{"title": "a\\ud800b"}', "lone surrogate"),
    "lone low surrogate": (b'{"title": "\\udc00"}', "lone surrogate"),
    "lone surrogate in a key": (b'{"\\ud800": "x"}', "lone surrogate"),
    "surrogate in a list": (b'{"cross_references": ["\\ud83d"]}', "lone surrogate"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested more than"),
    "deep objects": (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "nested more than"),
    "NaN": (b'{"salvage_priority": NaN}', "NaN"),
    "Infinity": (b'{"salvage_priority": -Infinity}', "NaN"),
    "overflowing float": (b'{"measurements": [{"value": 1e400}]}', "too large"),
    "huge integer": (b'{"salvage_priority": ' + b"9" * 100_000 + b"}", "digits"),
    "not UTF-8": (b'{"title": "caf\xe9"}', "line 1, column 15"),
    "duplicate key": (b'{"title": "A",\n "title": "B"}', "'title' is given twice"),
    "syntax": (b'{"title": "A",}', "line 1, column 15"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_JSON))
def test_the_strict_reader_refuses_with_a_reason(case: str) -> None:
    data, reason = HOSTILE_JSON[case]
    with pytest.raises(json_input.JsonInputError) as info:
        json_input.loads(data)
    assert reason in info.value.message
    assert info.value.message.count(".") >= 1 and "\n" not in info.value.message


def test_the_strict_reader_accepts_ordinary_json_and_brackets_in_text() -> None:
    text = '\ufeff{"title": "[[[[ {{{{ \\"quoted\\" ]]", "n": [1, 2.5, -3], "ok": true}'
    assert json_input.loads(text.encode()) == {
        "title": '[[[[ {{{{ "quoted" ]]',
        "n": [1, 2.5, -3],
        "ok": True,
    }
    # A surrogate pair written as escapes is one real character, not a lone surrogate.
    assert json_input.loads(b'{"t": "\\ud83d\\ude00"}') == {"t": "\U0001f600"}
    # An escaped backslash ends before the quote; brackets in text are never nesting.
    assert json_input.loads('{"t": "\\\\", "u": [1], "v": "' + "[" * 100 + '"}')["u"] == [1]
    nested = "[" * json_input.MAX_DEPTH + "]" * json_input.MAX_DEPTH
    assert json_input.loads(nested) is not None


@pytest.mark.parametrize("case", sorted(HOSTILE_JSON))
def test_object_add_json_refuses_hostile_json_in_one_sentence(
    cli: Any, tmp_path: Path, case: str
) -> None:
    data, reason = HOSTILE_JSON[case]
    source = tmp_path / "hostile.json"
    source.write_bytes(data)
    result = cli("object", "add", "--json", str(source))
    assert result.code == 2, result.err
    line = one_sentence(result.err)
    assert reason in line
    assert cli("object", "list", "--json").json == []


def test_damage_add_and_object_edit_use_the_same_reader(cli: Any, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text('{"inventory_number": "INV-1"}')
    added = cli("object", "add", "--json", str(good))
    assert added.code == 0, added.err
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"title": "A", "title": "B"}')
    for args in (("object", "edit", added.json["id"]), ("damage", "add")):
        result = cli(*args, "--json", str(bad))
        assert result.code == 2 and "given twice" in one_sentence(result.err)
    bad.write_bytes(b'{"description": "\\ud800"}')
    result = cli("damage", "add", "--json", str(bad))
    assert result.code == 2 and "lone surrogate" in one_sentence(result.err)


def test_json_from_standard_input_is_read_strictly(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    raw = io.BytesIO(b'{"title": "one", "title": "two"}')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    result = cli("object", "add", "--json", "-")
    assert result.code == 2 and "given twice" in one_sentence(result.err)


def _card_text(make_vault: Any, tmp_path: Path) -> str:
    vault, _ = make_vault(tmp_path / "other", name="Samir", role="coordinator")
    me = own.load(vault.db)
    vault.close()
    return card_bytes(make_card(me)).decode()


def test_a_card_with_a_lone_surrogate_is_refused_in_one_sentence(
    cli: Any, make_vault: Any, tmp_path: Path
) -> None:
    text = _card_text(make_vault, tmp_path)
    hostile = text.replace('"name": "Samir"', '"name": "Sa\\ud800mir"', 1)
    assert hostile != text
    with pytest.raises(CardError, match="lone surrogate"):
        parse_card(hostile.encode())
    (tmp_path / "hostile.fkid").write_text(hostile)
    result = cli("trust", "add", str(tmp_path / "hostile.fkid"))
    assert result.code == 1
    assert "lone surrogate" in one_sentence(result.err)
    deep = tmp_path / "deep.fkid"
    deep.write_bytes(b"[" * 30_000 + b"]" * 30_000)
    result = cli("trust", "add", str(deep))
    assert result.code == 1 and "nested more than" in one_sentence(result.err)


def test_cards_and_records_refuse_duplicates_with_one_implementation(
    make_vault: Any, tmp_path: Path
) -> None:
    text = _card_text(make_vault, tmp_path)
    twice = text.replace('"name": ', '"name": "Mallory",\n  "name": ', 1)
    with pytest.raises(CardError, match="member 'name' twice"):
        parse_card(twice.encode())
    with pytest.raises(json_input.JsonInputError, match="'name' is given twice"):
        json_input.loads(twice.encode())


# --- item 14: C1 controls and bidi overrides ----------------------------------------------------

C1_AND_BIDI = ["\x85", "\x9b", "\x90", "\u202e", "\u202a", "\u202d", "\u2066", "\u2067", "\u2069"]


@pytest.mark.parametrize("char", C1_AND_BIDI)
def test_identifiers_refuse_c1_controls_and_bidi_overrides(char: str) -> None:
    for name in ("inventory_number", "cross_references"):
        with pytest.raises(F.ValidationError) as info:
            F.clean_fields(F.OBJECT, {name: f"INV{char}-12"})
        assert info.value.field == name
        assert char not in info.value.message


@pytest.mark.parametrize("char", ["\x85", "\x9b", "\x80", "\x9f", "\x7f"])
def test_c1_controls_are_refused_in_free_text_as_esc_is(char: str) -> None:
    with pytest.raises(F.ValidationError, match="control characters"):
        F.clean_fields(F.OBJECT, {"description": f"text{char}more"})
    with pytest.raises(F.ValidationError, match="control characters"):
        F.clean_fields(F.OBJECT, {"description": "text\x1bmore"})  # ESC, as before


def test_free_text_keeps_the_marks_arabic_uses() -> None:
    # "manuscript (1850) Baghdad" with RLM/LRM marks and an isolate around the place name.
    text = "مخطوطة \u200f(1850)\u200e \u2067بغداد\u2069"
    assert F.clean_fields(F.OBJECT, {"title": text}) == {"title": text}
    with pytest.raises(F.ValidationError):
        F.clean_fields(F.OBJECT, {"inventory_number": "INV\u200f-12"})


def test_object_add_refuses_a_bidi_inventory_number_without_echoing_it(
    cli: Any, tmp_path: Path
) -> None:
    source = tmp_path / "o.json"
    source.write_text(json.dumps({"inventory_number": "INV-\u202e21-VNI"}), encoding="utf-8")
    result = cli("object", "add", "--json", str(source))
    assert result.code == 1
    line = one_sentence(result.err)
    assert "inventory_number" in line and "\u202e" not in result.err


def test_terminal_text_neutralises_what_acts_on_a_terminal() -> None:
    hostile = "A\x1b[2J\x9b31m\u202eevil\u2066x\u2069\u2028B\ud800"
    shown = F.terminal_text(hostile)
    assert shown.isprintable()
    assert "\\u202e" in shown and "\\u001b" in shown and "\\u009b" in shown
    assert F.terminal_text("line 1\nline 2\u200f", multiline=True) == "line 1\nline 2\u200f"
    assert F.terminal_text("line 1\nline 2") == "line 1\\u000aline 2"
    assert F.terminal_text("Ικόνα مخطوطة") == "Ικόνα مخطوطة"
