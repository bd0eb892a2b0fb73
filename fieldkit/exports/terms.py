"""Getty AAT terms used by the Linked Art export, with where each identifier was checked.

Only identifiers confirmed in a published source are used; a FieldKit value with no known term
is exported as text (a statement or a label), never under a guessed identifier.

Sources (a letter after each entry below):

- (LA) Linked Art model and API 1.0 documentation, https://linked.art/model/ — base patterns
  (names, identifiers, statements, dimensions); the schema examples in
  ``../shared/testdata/linked-art-schema`` use 300404670 (primary name) and 300388277 (English).
- (CR) ``cromulent`` (thegetty/crom), ``cromulent/vocab.py``: the vocabulary the Getty's own
  Linked Art data is built with — materials, dimension types, statement types.
- (GM) The J. Paul Getty Museum's published Linked Art records (data.getty.edu), e.g.
  accession numbers (300312355), dimensions in inches (300379100) and centimetres.
"""

from __future__ import annotations

import re

AAT = "http://vocab.getty.edu/aat/"

# Names and identifiers
PRIMARY_NAME = ("300404670", "Primary Name")  # LA
ACCESSION_NUMBER = ("300312355", "Accession Number")  # LA, GM
IDENTIFICATION_NUMBER = ("300404626", "Identification Number")  # LA (system ids)

# Statement types (classified_as of a referred_to_by statement); 300418049 is their meta-type.
BRIEF_TEXT = ("300418049", "Brief Text")  # LA, CR
DESCRIPTION = ("300435416", "Description")  # LA, CR
MATERIAL_STATEMENT = ("300435429", "Material Statement")  # LA, CR
DIMENSION_STATEMENT = ("300435430", "Dimension Statement")  # LA, CR, GM
INSCRIPTION_STATEMENT = ("300435414", "Inscription Statement")  # LA, CR
PRODUCTION_STATEMENT = ("300435436", "Production Statement")  # LA, CR
PROVENANCE_STATEMENT = ("300435438", "Provenance Statement")  # LA, CR

# Activity types. A movement is a provenance activity whose part is a Move (provenance.json
# requires the classification): Linked Art's provenance examples and its vocabulary table
# ("Provenance Activity | aat:300055863 | Activity").
PROVENANCE_ACTIVITY = ("300055863", "Provenance Activity")  # LA, CR

# Dimension types (CR dim_type_mapping), keyed by what FieldKit records write, in the app's four
# languages.
_Table = tuple[tuple[str, str, tuple[str, ...]], ...]
_DIMENSION_WORDS: _Table = (
    ("300055644", "Height", ("height", "hauteur", "h", "الارتفاع", "ارتفاع", "висота")),
    ("300055647", "Width", ("width", "largeur", "l", "العرض", "عرض", "ширина")),
    ("300072633", "Depth", ("depth", "profondeur", "p", "العمق", "عمق", "глибина")),
    ("300055624", "Diameter", ("diameter", "diamètre", "القطر", "قطر", "діаметр")),
    ("300056240", "Weight", ("weight", "poids", "الوزن", "وزن", "вага")),
)


def _table(rows: _Table) -> dict[str, tuple[str, str]]:
    return {word: (aat_id, label) for aat_id, label, words in rows for word in words}


DIMENSIONS = _table(_DIMENSION_WORDS)

# Measurement units (GM; millimetres as in the Getty's records).
UNITS: dict[str, tuple[str, str]] = {
    "cm": ("300379098", "centimeters"),
    "mm": ("300379097", "millimeters"),
    "in": ("300379100", "inches"),
}

# Materials (CR identity_instances / aat_material_mapping), keyed by words as they appear in
# "materials & techniques" in English, French, Arabic and Ukrainian.
_MATERIAL_WORDS: _Table = (
    ("300015045", "watercolor", ("watercolor", "watercolour", "aquarelle", "акварель")),
    ("300015050", "oil", ("oil", "huile", "олія")),
    ("300015062", "tempera", ("tempera", "détrempe", "темпера")),
    ("300014078", "canvas", ("canvas", "toile", "полотно")),
    ("300012264", "oak", ("oak", "chêne", "дуб")),
    ("300264831", "gold leaf", ("gold leaf", "feuille d'or", "сусальне золото")),
    ("300014109", "paper", ("paper", "papier", "ورق", "папір")),
    ("300011020", "copper", ("copper", "cuivre", "نحاس", "мідь")),
    ("300010669", "terracotta", ("terracotta", "terre cuite", "تراكوتا", "теракота")),
    ("300010797", "glass", ("glass", "verre", "زجاج", "скло")),
    ("300011727", "chalk", ("chalk", "craie", "крейда")),
    ("300010957", "bronze", ("bronze", "برونز", "бронза")),
    ("300011443", "marble", ("marble", "marbre", "رخام", "мармур")),
    ("300011029", "silver", ("silver", "argent", "فضة", "срібло")),
)
MATERIALS = _table(_MATERIAL_WORDS)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def dimension_term(dimension: str) -> tuple[str, str] | None:
    return DIMENSIONS.get(_norm(dimension))


def unit_term(unit: str) -> tuple[str, str] | None:
    return UNITS.get(_norm(unit).rstrip("."))


_SPLIT = re.compile(r"[,;/+()]|\s+(?:and|et|on|sur|with|avec|و|і|та|на)\s+")


def material_terms(text: str) -> list[tuple[str, str]]:
    """The AAT materials named in a "materials & techniques" text, each once, in text order.

    A phrase matches when it is a known material or starts or ends with one ("carved marble",
    "bronze, lost-wax cast"); anything else stays in the material statement only.
    """
    found: list[tuple[str, str]] = []
    for part in _SPLIT.split(_norm(text)):
        words = part.split()
        candidates = [" ".join(words[:n]) for n in (2, 1)] + [" ".join(words[-n:]) for n in (2, 1)]
        for candidate in candidates:
            term = MATERIALS.get(candidate)
            if term is not None:
                if term not in found:
                    found.append(term)
                break
    return found


def type_ref(term: tuple[str, str]) -> dict[str, str]:
    return {"id": AAT + term[0], "type": "Type", "_label": term[1]}


# Object types (CR ext_classes: Painting, Sculpture, Drawing), matched on the broadest term of
# "type of object" (``sculpture > relief``) in the app's four languages.
_OBJECT_TYPE_WORDS: _Table = (
    ("300033618", "Painting", ("painting", "paintings", "peinture", "لوحة", "живопис")),
    ("300047090", "Sculpture", ("sculpture", "نحت", "скульптура")),
    ("300033973", "Drawing", ("drawing", "drawings", "dessin", "رسم", "малюнок")),
)
OBJECT_TYPES = _table(_OBJECT_TYPE_WORDS)


# SPEC §4: broader to narrower terms are separated by " > ". A ">" without spaces around it is
# part of a term ("Jars (h>1m)"), not a step of the path.
_TYPE_STEP = re.compile(r"\s+>\s+")


def object_type_path(object_type: str) -> list[str]:
    """The terms of a "type of object", broader to narrower (``a > b > c``)."""
    return [part.strip() for part in _TYPE_STEP.split(object_type) if part.strip()]


def object_type_terms(object_type: str) -> list[tuple[str, str]]:
    """AAT terms for the broader-to-narrower path of a "type of object" (``a > b > c``)."""
    found: list[tuple[str, str]] = []
    for part in object_type_path(object_type):
        term = OBJECT_TYPES.get(_norm(part))
        if term is not None and term not in found:
            found.append(term)
    return found
