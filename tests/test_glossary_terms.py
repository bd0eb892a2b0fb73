"""The catalogues keep the glossary's word for a bundle (docs/glossary): a French user read
« paquet » in the app and « lot » in the command line's messages, one thing said two ways."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "fieldkit" / "resources" / "translations"

# (catalogue language, the glossary's word, words that must not stand for a bundle)
TERMS = [("fr", "paquet", re.compile(r"\blots?\b", re.IGNORECASE))]


@pytest.mark.parametrize(("language", "word", "other"), TERMS)
def test_a_bundle_is_called_by_the_glossary_word(
    language: str, word: str, other: re.Pattern[str]
) -> None:
    wrong = []
    for catalogue in sorted(TRANSLATIONS.glob(f"*_{language}.ts")):
        for message in ET.parse(catalogue).getroot().iter("message"):  # noqa: S314 - ours
            source = message.findtext("source") or ""
            if "bundle" not in source.lower():
                continue
            translation = message.find("translation")
            texts = [translation.text or ""] if translation is not None else []
            if translation is not None:
                texts += [form.text or "" for form in translation.iter("numerusform")]
            if any(other.search(text) for text in texts):
                wrong.append(f"{catalogue.name}: {source[:60]}")
    assert wrong == [], f"say « {word} »: {wrong}"
