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
    wrong = {source: text for source, text in items.items() if "одиниц" not in text.lower()}
    assert wrong == {}
