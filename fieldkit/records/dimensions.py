"""Measurements as people read them: "height: 72.5 cm" in English, « hauteur : 72,5 cm » in
French, «الارتفاع: 72.5 سم» in Arabic, "висота: 72,5 см" in Ukrainian.

A measurement's dimension and unit are free text that the record keeps as typed (the CSV form
is "height 32 cm; width 20 cm"). The usual English words are shown in the reader's language;
any other word (one typed in another language, a custom dimension) is shown as typed, kept whole
in a right-to-left line. The stored value never changes: only its display does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from fieldkit.i18n import (
    DECIMAL_SEPARATORS,
    QT_TRANSLATE_NOOP,
    is_right_to_left,
    isolate,
    language,
    translate,
)
from fieldkit.records.fields import ascii_number

CONTEXT = "measurements"

#: The dimension words FieldKit's own records and the CSV example write, lower case.
DIMENSIONS: dict[str, str] = {
    "height": QT_TRANSLATE_NOOP("measurements", "height"),
    "width": QT_TRANSLATE_NOOP("measurements", "width"),
    "depth": QT_TRANSLATE_NOOP("measurements", "depth"),
    "length": QT_TRANSLATE_NOOP("measurements", "length"),
    "diameter": QT_TRANSLATE_NOOP("measurements", "diameter"),
    "thickness": QT_TRANSLATE_NOOP("measurements", "thickness"),
    "circumference": QT_TRANSLATE_NOOP("measurements", "circumference"),
    "weight": QT_TRANSLATE_NOOP("measurements", "weight"),
}

#: Unit symbols whose written form differs by script (Arabic and Cyrillic write their own).
UNITS: dict[str, str] = {
    "mm": QT_TRANSLATE_NOOP("measurements", "mm"),
    "cm": QT_TRANSLATE_NOOP("measurements", "cm"),
    "m": QT_TRANSLATE_NOOP("measurements", "m"),
    "g": QT_TRANSLATE_NOOP("measurements", "g"),
    "kg": QT_TRANSLATE_NOOP("measurements", "kg"),
}

RLM = "\u200f"  # right-to-left mark
LINE = QT_TRANSLATE_NOOP("measurements", "{dimension}: {value} {unit}")
#: The PDFs' shorter form, "height 72.5 cm; width 40 cm".
COMPACT = QT_TRANSLATE_NOOP("measurements", "{dimension} {value} {unit}")


def number(value: Any) -> str:
    """12.0 → "12", 12.5 → "12.5" (measurements are stored as floats); None → ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _shown_number(value: Any, lang: str) -> str:
    """A stored number with ``lang``'s decimal separator (« 7,5 » in French and Ukrainian, as
    the app writes it); a value already written as text (the app's and the reports' own
    formatting) is shown as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return number(value)
    return number(value).replace(".", DECIMAL_SEPARATORS.get(lang, "."))


def _word(table: Mapping[str, str], typed: Any, lang: str, isolated: bool) -> str:
    text = str(typed or "").strip()
    if lang == "en":
        return text  # as typed: "Height" stays "Height"
    known = table.get(text.lower())
    if known:
        return translate(CONTEXT, known, lang=lang)
    return isolate(text, lang) if isolated else text


def dimension_label(typed: Any, lang: str | None = None, *, isolated: bool = True) -> str:
    """A dimension word in ``lang`` (default: the current language) if it is a known one, else
    as typed (``isolated``: kept whole in a right-to-left line with Unicode isolates)."""
    return _word(DIMENSIONS, typed, lang or language(), isolated)


def unit_label(typed: Any, lang: str | None = None, *, isolated: bool = True) -> str:
    """A unit symbol in ``lang``'s script if it is a known one, else as typed."""
    return _word(UNITS, typed, lang or language(), isolated)


def measurement_text(
    item: Mapping[str, Any],
    lang: str | None = None,
    *,
    isolated: bool = True,
    form: str = LINE,
) -> str:
    """One measurement, "height: 72.5 cm", in ``lang`` (default: the current language).

    ``isolated=False`` for PDFs, whose own bidi layout places each run (no isolate marks);
    ``form`` is :data:`LINE` or :data:`COMPACT`."""
    lang = lang or language()
    template = translate(CONTEXT, form, lang=lang)
    params = {
        "dimension": dimension_label(item.get("dimension", ""), lang, isolated=isolated),
        "value": _shown_number(item.get("value", ""), lang),
        "unit": unit_label(item.get("unit", ""), lang, isolated=isolated),
    }
    try:
        text = template.format(**params).strip()
    except (KeyError, IndexError, ValueError):
        text = form.format(**params).strip()
    if isolated and is_right_to_left(lang):
        # A line that starts with a Latin word typed as is would otherwise be laid out left to
        # right (its first strong letter decides) in a right-to-left view.
        text = RLM + text
    return text


def measurements_text(
    value: Any,
    separator: str = "\n",
    lang: str | None = None,
    *,
    isolated: bool = True,
    form: str = LINE,
) -> str:
    """A measurements field's entries, one per line (or joined with ``separator``)."""
    if not isinstance(value, list):
        return ""
    return separator.join(
        measurement_text(m, lang, isolated=isolated, form=form)
        for m in value
        if isinstance(m, Mapping)
    )


# --- the forms museum inventories write measurements in ----------------------------------------

# Dimension words and abbreviations (accents, case, a final "." and Arabic's article ignored).
# "D" (depth in English, diamètre in French) and "Д" (довжина or діаметр) are left out: a
# guess would store the wrong dimension. "L" is largeur only beside a height, as French
# inventories write « H. x L. »; alone (« L. 120 cm ») or with a width ("L x W") it is length
# (longueur), as French and English inventories mean it; "L x l" (two lengths) is refused
# rather than guessed. « ع » is not read: it is the usual abbreviation of عرض (width), once
# taken here for a height, and a cell left as typed loses nothing (r12 review 7).
# « H. 55 cm x L. 35 cm » (French: L is largeur, P profondeur), "H x W x D", Ukrainian
# « В. 55 × Ш. 35 см », Arabic «الارتفاع 55 سم × العرض 35 سم». Stored as the English words the
# app translates where it shows them.
_DIMENSION_WORDS: dict[str, str] = {}
for _english, _words in {
    "height": "h haut hauteur height ht в вис висота ارتفاع",
    "width": "larg largeur w width ш шир ширина عرض",
    "depth": "p prof profondeur depth г гл глиб глибина عمق",
    "length": "long longueur length len довж довжина طول",
    "diameter": "diam diametre diameter ø діам діаметр قطر",
    "thickness": "ep epaisseur thickness th товщ товщина سمك سماكة",
}.items():
    for _written in _words.split():
        _DIMENSION_WORDS[_written] = _english
_L = "l"  # width beside a height, else length: see above
_UNIT_WORDS = {
    "mm": "mm", "cm": "cm", "m": "m", "in": "in",
    "мм": "mm", "см": "cm", "м": "m",
    "مم": "mm", "ملم": "mm", "سم": "cm", "م": "m",
}  # fmt: skip
# One measure: an optional dimension word (letters, then "." or ":"), a number, an optional
# unit. Letters are any script's ([^\W\d_]); every part is bounded, so no input backtracks.
_MEASURE = re.compile(
    r"(?:(?P<word>[^\W\d_]{1,12}|ø)\s?[.:]?\s?:?\s*)?"
    r"(?P<number>\d{1,6}(?:[.,]\d{1,4})?)"
    r"\s*(?P<unit>[^\W\d_]{1,3})?\.?"
)
# Between measures: ";", "×", "*", or an x (Latin or Cyrillic х) standing alone.
_BETWEEN = re.compile(r"\s*(?:[;×*]|(?<![^\W\d_])[xXхХ](?![^\W\d_]))\s*")
_MAX_CHARS = 200
# A number as Arabic keyboards type it: digits, with « ٫ » and « ٬ » between them.
_ARABIC_NUMBER = re.compile(r"\d+(?:[\u066b\u066c]\d+)*")


def _ascii_numbers(text: str) -> str:
    """``text`` with each number in ASCII (fieldkit.records.fields.ascii_number)."""
    if text.isascii():
        return text
    return _ARABIC_NUMBER.sub(lambda m: ascii_number(m.group()), text)


def _key(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    if text.startswith("ال") and len(text) > 3:
        text = text[2:]  # the Arabic article: «الارتفاع» is «ارتفاع»
    return text


def parse_museum_form(text: str) -> str | None:
    """A measurement as inventories write it, in the import's form "height 55 cm; width 35 cm",
    or None when ``text`` is not one of these forms (nothing is guessed):

    - « H. 55 cm x L. 35 cm », « h 55 ; l 35 cm », "H 55 x W 35 x D 10 cm", «В 55 × Ш 35 см»,
      «الارتفاع 55 سم × العرض 35 سم»: each number after a known dimension word;
    - « 55 x 35 cm », « 55 x 35 x 10 cm »: height, width and depth, in that order.

    A measure without a unit takes the unit written last (« h 55 ; l 35 cm »); no unit at
    all, an unknown word, or words on some numbers only, is not one of these forms.
    """
    if not text or len(text) > _MAX_CHARS:
        return None
    # Arabic-Indic digits and « ٫ » are the same numbers (« الارتفاع ٥٥٫٥ سم »); the form
    # returned is the import's, in ASCII. Words keep their letters: only a known word is read.
    parts = [p for p in _BETWEEN.split(_ascii_numbers(text.strip())) if p.strip()]
    if not 1 <= len(parts) <= 6:
        return None
    measures: list[tuple[str | None, str, str | None]] = []
    for part in parts:
        match = _MEASURE.fullmatch(part.strip())
        if match is None:
            return None
        word, unit = match.group("word"), match.group("unit")
        key = _key(word) if word else None
        dimension = _L if key == _L else _DIMENSION_WORDS.get(key) if key else None
        if word and dimension is None:
            return None
        canonical = _UNIT_WORDS.get(_key(unit)) if unit else None
        if unit and canonical is None:
            return None
        measures.append((dimension, match.group("number").replace(",", "."), canonical))
    beside_height = any(m[0] == "height" for m in measures)
    measures = [
        ("width" if beside_height else "length", n, u) if d == _L else (d, n, u)
        for d, n, u in measures
    ]
    named = [m for m in measures if m[0]]
    if named and len(named) != len(measures):
        return None
    if not named:
        if len(measures) not in (2, 3):
            return None
        order = ("height", "width", "depth")
        measures = [(order[i], n, u) for i, (_, n, u) in enumerate(measures)]
    if len({m[0] for m in measures}) != len(measures):
        return None  # "h 5 x h 6": a slip, not two heights
    last_unit = measures[-1][2]
    if last_unit is None:
        return None
    return "; ".join(f"{d} {n} {u or last_unit}" for d, n, u in measures)
