"""Text pools of the demo collection: invented institutions, object archetypes, damage wording.

The words live in JSON files beside this module (``fieldkit/demo/data/``, shipped as package
data), so that a translator or a curator can change them without reading Python:

- ``institutions.json`` — the invented museums: names, inventory number formats, places,
  events with their date ranges, assessors, sites;
- ``archetypes.json`` — the kinds of objects: types, titles, materials, periods, makers,
  subjects, inscriptions, descriptions and measurement ranges, per language;
- ``phrases.json`` — the shared pools (features, significance, notes, literature, locations,
  event descriptions, damage wording, actions, recommendations, hazards);
- ``titles.json`` — titles as a second team writes them in another language;
- ``planted.json`` — the small collection with known duplicates of
  :mod:`fieldkit.duplicates.planted`: its institutions, kinds of objects and names.

Languages: "fr" French, "ar" Arabic, "uk" Ukrainian, "en" English. Every institution and place
of custody here is invented; periods, materials and makers are plausible for the region. A pool
missing a language falls back to English (see :func:`pick_text`). Lists in the files are read
as tuples: the pools are constants.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

Pool = dict[str, tuple[str, ...]]  # language → phrases


@dataclass(frozen=True)
class Institution:
    key: str
    names: dict[str, str]
    inventory: str  # format with {n} (and {year})
    coordinates: tuple[float, float]
    languages: tuple[tuple[str, int], ...]  # (language, weight)
    archetypes: tuple[tuple[str, int], ...]  # (archetype, weight)
    weight: int
    places: Pool
    red_list: str
    events: tuple[tuple[str, int, str, str], ...]  # (event type, weight, from, to) ISO dates
    assessors: tuple[str, ...]
    sites: Pool


@dataclass(frozen=True)
class Archetype:
    key: str  # also the key of its photo in fieldkit.demo.photos
    object_type: dict[str, str]
    titles: Pool
    materials: Pool
    periods: Pool
    makers: Pool
    subjects: Pool
    inscriptions: Pool
    descriptions: Pool
    measurements: tuple[tuple[str, float, float, str], ...]  # dimension, low, high, unit


def _frozen(value: Any) -> Any:
    """JSON as the pools are used: every list a tuple, all the way down."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


def load_data(name: str) -> Any:
    """A JSON file of ``fieldkit/demo/data/``, its lists read as tuples."""
    folder = resources.files("fieldkit.demo").joinpath("data")
    return _frozen(json.loads(folder.joinpath(name).read_text(encoding="utf-8")))


INSTITUTIONS: tuple[Institution, ...] = tuple(
    Institution(**fields) for fields in load_data("institutions.json")
)
ARCHETYPES: dict[str, Archetype] = {
    a.key: a for a in (Archetype(**fields) for fields in load_data("archetypes.json"))
}
_PHRASES: dict[str, Any] = load_data("phrases.json")
GENERIC_INSCRIPTIONS: Pool = _PHRASES["generic_inscriptions"]
FEATURES: Pool = _PHRASES["features"]
SIGNIFICANCE: Pool = _PHRASES["significance"]
NOTES: Pool = _PHRASES["notes"]
LITERATURE: Pool = _PHRASES["literature"]
LOCATIONS: dict[str, Pool] = _PHRASES["locations"]
EVENT_DESCRIPTIONS: dict[str, Pool] = _PHRASES["event_descriptions"]
DAMAGE_PHRASES: dict[str, dict[str, str]] = _PHRASES["damage_phrases"]
FAMILY: dict[str, str] = _PHRASES["family"]
ACTIONS_TAKEN: dict[str, Pool] = _PHRASES["actions_taken"]
RECOMMENDED: dict[str, Pool] = _PHRASES["recommended"]
HAZARDS: dict[str, Pool] = _PHRASES["hazards"]
# Titles of the pools above in the languages a second team writes them in (the pools are not
# parallel: each language has its own objects). Used for the demo's objects documented twice.
TITLE_TRANSLATIONS: tuple[dict[str, str], ...] = load_data("titles.json")


def pick_text(pool: Pool, language: str) -> tuple[str, ...]:
    """The phrases of ``pool`` in ``language``, else in English, else in any language."""
    return pool.get(language) or pool.get("en") or next(iter(pool.values()))
