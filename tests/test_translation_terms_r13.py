"""The catalogues say each glossary term one way (docs/glossary.md, docs/glossary/<lang>.md).

A Ukrainian conservator read « предмет » in the command line, the help and the printed reports
and « об’єкт » everywhere else in the app: two words for one museum object. French strings mixed
a plain space and the no-break space French typography puts before « : ; ? ! » and inside
« guillemets », so a line could break between a word and its colon."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "fieldkit" / "resources" / "translations"
NBSP = "\u00a0"


def translations(language: str) -> Iterator[tuple[str, str, str, str]]:
    """(catalogue, context, source, text) for every form of every translation in a language."""
    for catalogue in sorted(TRANSLATIONS.glob(f"*_{language}.ts")):
        root = ET.parse(catalogue).getroot()  # noqa: S314 - our own file
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                source = message.findtext("source") or ""
                forms = [form.text or "" for form in node.iter("numerusform")] or [node.text or ""]
                for text in forms:
                    yield catalogue.name, name, source, text


# --- Ukrainian: the museum object is « об’єкт » ------------------------------------------------

# Forms of « предмет » that may stay, as (context, source): none today. A source that is not about
# a museum object (a school subject, "the subject of a letter") would be listed here with why.
PREDMET_ALLOWED: dict[tuple[str, str], str] = {}
PREDMET = re.compile(r"предмет", re.IGNORECASE)
# « об’єкт » is written with the typographic apostrophe (docs/glossary/uk.md, Conventions).
OBJEKT_OTHER_APOSTROPHE = re.compile(r"об['ʼ`]єкт", re.IGNORECASE)


def test_ukrainian_calls_a_museum_object_ob_jekt_in_every_case_and_number() -> None:
    wrong = [
        f"{catalogue} [{context}] {source[:50]!r}: {text[:60]!r}"
        for catalogue, context, source, text in translations("uk")
        if PREDMET.search(text) and (context, source) not in PREDMET_ALLOWED
    ]
    assert wrong == [], "say « об’єкт » (docs/glossary/uk.md):\n" + "\n".join(wrong)


def test_ukrainian_writes_ob_jekt_with_the_typographic_apostrophe() -> None:
    wrong = [
        f"{catalogue} [{context}] {source[:50]!r}"
        for catalogue, context, source, text in translations("uk")
        if OBJEKT_OTHER_APOSTROPHE.search(text)
    ]
    assert wrong == []


def test_ukrainian_calls_an_item_of_a_movement_odynytsia() -> None:
    """An item (an object or a container in a movement or a handover) is « одиниця »; these
    messages said « предмет », the word the rest of the app does not use for anything."""
    item = re.compile(r"(?<![{\w])[Ii]tems?\b(?!})")  # the word, not {item} or ITEM
    items = {source: text for _, _, source, text in translations("uk") if item.search(source)}
    assert len(items) > 10, "the catalogues lost their messages about items"
    wrong = {
        source: text
        for source, text in items.items()
        if "одиниц" not in text.replace("&", "").lower()  # a mnemonic may sit mid-word
    }
    assert wrong == {}


# --- French typography (docs/glossary/fr.md, Conventions) --------------------------------------

# A no-break space, never a plain one, before « : ; ? ! » and inside « guillemets ».
PLAIN_SPACE_BEFORE = re.compile(r" [:;?!]")
OPEN_QUOTE_WITHOUT_NBSP = re.compile(r"«(?!\u00a0)")
CLOSE_QUOTE_WITHOUT_NBSP = re.compile(r"(?<!\u00a0)»")
# A word glued to its « : ; ? ! ». Qt's file-filter separator « ;; » is not punctuation.
GLUED = re.compile(r"(?<=[\w’»)\]}…])[:;?!](?=\s|$)")
# What the user types or reads as written (a file's syntax, an example value): it keeps the
# English punctuation, as (context, source) → the literal.
LITERALS: dict[tuple[str, str], tuple[str, ...]] = {
    (
        "errors",
        "{file} has whitespace that BagIt {version} forbids: each line must be 'Label: value' "
        "with exactly one space after the colon.",
    ): ("Label: value",),
    ("errors", "{file} line {line} is not of the form 'Label: value'."): ("Label: value",),
    ("errors", "{field} must be written like 'height 32 cm; width 20 cm'."): (
        "height 32 cm; width 20 cm",
    ),
}
# The typographic apostrophe, as the catalogue writes « l’objet », « d’inventaire ».
STRAIGHT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def french_problems(context: str, source: str, text: str) -> list[str]:
    for literal in LITERALS.get((context, source), ()):
        text = text.replace(literal, "")
    problems = []
    if PLAIN_SPACE_BEFORE.search(text):
        problems.append("plain space before : ; ? !")
    if GLUED.search(text):
        problems.append("no space before : ; ? !")
    if OPEN_QUOTE_WITHOUT_NBSP.search(text) or CLOSE_QUOTE_WITHOUT_NBSP.search(text):
        problems.append("« » without no-break spaces")
    if STRAIGHT_APOSTROPHE.search(text):
        problems.append("straight apostrophe")
    return problems


def test_french_typography_check_catches_mistakes() -> None:
    assert french_problems("c", "s", "Annulé : rien n’a été importé.")
    assert french_problems("c", "s", "Annulé: rien.")
    assert french_problems("c", "s", "la colonne « {column}\u00a0»")
    assert french_problems("c", "s", "numéro d'inventaire")
    assert not french_problems("c", "s", "Annulé\u00a0; la colonne «\u00a0{column}\u00a0»\u00a0?")
    assert not french_problems("c", "s", "Fichiers CSV (*.csv);;Tous les fichiers (*)")
    assert not french_problems("c", "s", "Enregistrez à 14:30 sur https://example.org")


def test_every_french_string_follows_french_typography() -> None:
    wrong = [
        f"{catalogue} [{context}] {text[:70]!r}: {', '.join(problems)}"
        for catalogue, context, source, text in translations("fr")
        if (problems := french_problems(context, source, text))
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_french_literals_listed_are_still_in_the_catalogue() -> None:
    """An exception that no longer matches anything would hide nothing: drop it."""
    texts = {(context, source): text for _, context, source, text in translations("fr")}
    for key, literals in LITERALS.items():
        assert key in texts, key
        assert all(literal in texts[key] for literal in literals), key


# --- One wording per glossary term (docs/glossary.md, « Words used across the app ») -----------

# (language, a wording that must not appear, the glossary's term). Each was in the catalogue
# beside the glossary's term for the same thing.
NOT_THE_GLOSSARY_WORD = [
    ("fr", r"\bconstats? d’état\b", "damage report: « constat de dommages »"),
    ("fr", r"\brapports? de site\b", "site report: « constat de site »"),
    ("fr", r"\bréserves? temporaires?\b", "temporary store: « dépôt temporaire »"),
    ("ar", r"(?:تقرير|بتقرير|تقريرا|تقارير) (?:ال)?ضرر", "damage report: «تقرير أضرار»"),
    ("ar", r"صناديق(?! خشبية)", "crate: «صندوق خشبي»"),
    ("ar", r"منصات(?! نقالة)", "pallet: «منصة نقالة»"),
    ("uk", r"під опіку", "custody transfer: « передача на зберігання »"),
    ("uk", r"\bпалет", "pallet: « піддон »"),
    ("uk", r"\bзал[иі]?\b", "room: « кімната »"),
]


@pytest.mark.parametrize(
    ("language", "wrong", "term"),
    NOT_THE_GLOSSARY_WORD,
    ids=[f"{lang}-{term.split(':')[0]}" for lang, _, term in NOT_THE_GLOSSARY_WORD],
)
def test_one_wording_for_each_glossary_term(language: str, wrong: str, term: str) -> None:
    pattern = re.compile(wrong, re.IGNORECASE)
    found = [
        f"{catalogue} [{context}] {text[:70]!r}"
        for catalogue, context, _, text in translations(language)
        if pattern.search(text)
    ]
    assert found == [], f"{term}:\n" + "\n".join(found)
