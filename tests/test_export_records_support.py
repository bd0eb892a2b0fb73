"""Helpers for the export-records tests: the standards' own validators, run offline.

LIDO files go through ``xmllint --schema lido-v1.1.xsd`` (the CIDOC working group's XSD);
Linked Art documents through the Linked Art JSON Schemas with ``jsonschema``, every schema
registered under its ``$id`` so that no ``$ref`` leaves the machine (testdata README).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from conftest import SHARED, require_tool
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

TESTDATA = SHARED / "testdata"
LIDO_XSD = TESTDATA / "lido-schema" / "lido-v1.1.xsd"
LINKED_ART = TESTDATA / "linked-art-schema" / "schema"


def xmllint_errors(path: Path) -> str:
    """'' when ``path`` is valid LIDO 1.1, else xmllint's complaint."""
    xmllint = require_tool("xmllint")
    done = subprocess.run(
        [xmllint, "--noout", "--nonet", "--schema", str(LIDO_XSD), str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return "" if done.returncode == 0 else done.stderr[-3000:]


def _registry() -> Registry:
    resources = []
    for file in sorted(LINKED_ART.glob("*.json")):
        contents = json.loads(file.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


_VALIDATORS: dict[str, Draft202012Validator] = {}


def linked_art_validator(schema: str) -> Draft202012Validator:
    if schema not in _VALIDATORS:
        contents = json.loads((LINKED_ART / schema).read_text(encoding="utf-8"))
        _VALIDATORS[schema] = Draft202012Validator(
            contents, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
        )
    return _VALIDATORS[schema]


def linked_art_errors(doc: Mapping[str, Any]) -> list[str]:
    """Every schema error of a Linked Art document (by its ``type``), as readable lines."""
    schema = {
        "HumanMadeObject": "object.json",
        "Set": "set.json",
        "Place": "place.json",
        "Activity": "provenance.json",
    }[str(doc["type"])]
    validator = linked_art_validator(schema)
    return [
        f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message[:300]}"
        for e in validator.iter_errors(doc)
    ]


def folder_documents(folder: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    for file in sorted(folder.glob("*.json")):
        yield file, json.loads(file.read_text(encoding="utf-8"))


def all_linked_art_errors(folder: Path) -> list[str]:
    return [
        f"{file.name}: {error}"
        for file, doc in folder_documents(folder)
        for error in linked_art_errors(doc)
    ]


def create_objects(
    vault: Vault, rows: Iterable[Mapping[str, Any]], *, validate: bool = True
) -> list[str]:
    """Objects in ``vault``; ``validate=False`` stores the rows as given (as a record from
    another vault's bundle would arrive, not checked by this vault's rules)."""
    records = Records(vault)
    cleaned = [F.clean_fields(F.OBJECT, r) if validate else dict(r) for r in rows]
    return records.create_many(F.OBJECT, cleaned)


# The evacuation chain (SPEC §4) an export must carry: what it keeps and what redaction removes.
STORE_ADDRESS = "Rue des Archives 12, cave B"
STORE_COORDS = {"lat": 36.1911, "lon": 44.0092}
TRANSPORT = "Truck plate 4-28117, northern road"


def evacuate(
    vault: Vault,
    object_ids: list[str],
    *,
    names: tuple[str, str] = ("Museum, main building", "Temporary store"),
    receive: bool = True,
    leave_behind: bool = True,
) -> dict[str, str]:
    """Pack the first object into crate CR-1, then evacuate the crate and the other objects from
    MUS to TS-1 (with an address, coordinates and transport). With ``receive``, the check-in
    finds the crate (sealed) and, with ``leave_behind``, not the last loose object (missing).
    Returns the record ids by role."""
    c = C.Custody(Records(vault))
    mus = c.add_location({"code": "MUS", "name": names[0], "kind": "building"})
    store = c.add_location(
        {
            "code": "TS-1",
            "name": names[1],
            "kind": "temporary_store",
            "address": STORE_ADDRESS,
            "coordinates": STORE_COORDS,
        }
    )
    crate = c.add_container({"code": "CR-1", "kind": "crate", "description": "Padded crate"})
    first, rest = object_ids[:1], object_ids[1:]
    packing = c.move(first, "CR-1", from_location=mus.record_id)
    move = c.move(
        ["CR-1", *rest],
        "TS-1",
        from_location=mus.record_id,
        reason="evacuation",
        details={"transport": TRANSPORT, "authorised_by": "The director"},
    )
    if receive:
        arrived = ["CR-1", *(rest[:-1] if leave_behind else rest)]
        c.receive(move.record_id, arrived)
    return {
        "mus": mus.record_id,
        "store": store.record_id,
        "crate": crate.record_id,
        "packing": packing.record_id,
        "move": move.record_id,
    }


def leftovers(folder: Path) -> list[str]:
    """Anything an export left behind in ``folder`` (temporary files or folders)."""
    return sorted(p.name for p in folder.iterdir())


# --- generated records ---------------------------------------------------------------------

from hypothesis import strategies as st  # noqa: E402

SAMPLES = {
    "ar": ["شاهدة قبر تدمرية", "حجر جيري منحوت", "نقش آرامي من ثلاثة أسطر", "متحف الموصل"],
    "uk": ["Ікона Богородиці Одигітрії", "дерево, левкас, темпера", "Київ, XVII століття"],
    "fr": ["Stèle funéraire à buste féminin", "calcaire sculpté", "Musée de la côte"],
    "en": [
        "Funerary relief with a male bust",
        "carved marble and bronze",
        "the museum of the coast",
    ],
}
_words = st.sampled_from([s for texts in SAMPLES.values() for s in texts])
# Any printable text (letters of every script, bidi marks, XML specials), as people type it.
_any_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
    min_size=1,
    max_size=30,
)
_plain_text = st.one_of(_words, _any_text, st.sampled_from(["<b>&amp;\"'</b>", "a & b < c"]))
_optional = st.one_of(st.none(), _plain_text)
_measure_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzéèàçабвгдіїєґابتث", min_size=1, max_size=8
)
_measurement = st.fixed_dictionaries(
    {
        "dimension": st.one_of(
            st.sampled_from(["height", "width", "depth", "hauteur", "висота", "الارتفاع"]),
            _measure_word,
        ),
        "value": st.one_of(
            st.integers(1, 10_000),
            st.floats(0.001, 100_000, allow_nan=False, allow_infinity=False)
            .map(lambda v: round(v, 3))
            .filter(lambda v: v > 0),
        ),
        "unit": st.sampled_from(["cm", "mm", "in", "m", "kg", "см"]),
    }
)


@st.composite
def object_rows(draw: st.DrawFn) -> dict[str, Any]:
    """One object's fields (uncleaned), optional fields often empty."""
    row: dict[str, Any] = {
        "inventory_number": draw(
            st.one_of(st.none(), st.from_regex(r"[A-Z]{2,4} \d{1,5}(\.\d{1,3})?", fullmatch=True))
        ),
        "title": draw(_optional),
        "institution": draw(_optional),
        "object_type": draw(
            st.one_of(
                st.none(),
                st.sampled_from(
                    ["sculpture > relief", "peinture > icône", "نحت > نقش بارز", "скульптура"]
                ),
                _plain_text,
            )
        ),
        "materials_techniques": draw(_optional),
        "measurements": draw(st.one_of(st.none(), st.lists(_measurement, min_size=1, max_size=3))),
        "inscriptions_markings": draw(_optional),
        "date_period": draw(_optional),
        "maker": draw(_optional),
        "subject": draw(_optional),
        "distinguishing_features": draw(_optional),
        "description": draw(_optional),
        "place_of_origin": draw(_optional),
        "related_written_material": draw(_optional),
        "date_documented": draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))),
        "red_list_category": draw(_optional),
        "status": draw(
            st.one_of(
                st.none(),
                st.sampled_from(["in_place", "in_storage", "evacuated", "missing", "destroyed"]),
            )
        ),
        "current_location": draw(_optional),
        "coordinates": draw(
            st.one_of(
                st.none(),
                st.fixed_dictionaries(
                    {
                        "lat": st.floats(-90, 90, allow_nan=False).map(lambda v: round(v, 6)),
                        "lon": st.floats(-180, 180, allow_nan=False).map(lambda v: round(v, 6)),
                    }
                ),
            )
        ),
        "salvage_priority": draw(st.one_of(st.none(), st.integers(1, 4))),
        "significance": draw(_optional),
        "notes": draw(_optional),
    }
    return {k: v for k, v in row.items() if v is not None}


def cleaned_or_none(row: Mapping[str, Any]) -> dict[str, Any] | None:
    try:
        return F.clean_fields(F.OBJECT, row)
    except F.ValidationError:
        return None
