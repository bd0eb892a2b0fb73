"""Linked Art JSON-LD (the CIDOC-CRM profile galleries and the Getty use): one document per
object (``HumanMadeObject``) and a ``Set`` document for the export that every object is
``member_of``, each valid against the Linked Art 1.0 JSON Schemas.

Identifiers are ``urn:uuid:`` URIs: an object's is its FieldKit id; a place, unit or
institution named only by text gets a name-based UUID (uuid5), so the same text gives the same
reference in every export. A location record is a ``Place`` document of its own (its id is the
record's), referred to by ``current_location``; every departed movement of the exported objects
is a provenance ``Activity`` document whose part is a ``Move`` (``moved``, ``moved_from``,
``moved_to``, its time-span) — both valid against ``place.json`` and ``provenance.json``.
Getty AAT terms come from :mod:`fieldkit.exports.terms` (only where
the mapping is known); everything else is carried as text in statements. Where each field goes
is in ``docs/export-mapping.md``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from fieldkit.exports import terms as T
from fieldkit.exports.language import language_of
from fieldkit.exports.lido import damage_summary, measurement_text
from fieldkit.exports.source import CustodyInfo, ExportItem, MoveInfo, PlaceInfo
from fieldkit.records.service import RecordView

CONTEXT = "https://linked.art/ns/v1/linked-art.json"
COLLECTION_FILE = "collection.json"
_NAMES = uuid.UUID("6f0c5e52-7a43-4c1f-9a55-3a9d1f0e2b61")  # namespace of FieldKit's uuid5s
_SURROGATE = re.compile("[\ud800-\udfff]")

# Languages with a verified AAT term (see terms.py sources); other tags get no language.
LANGUAGES = {
    "en": ("300388277", "English"),
    "fr": ("300388306", "French"),
    "ar": ("300387843", "Arabic"),
}


def named_uri(kind: str, text: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMES, f'{kind}:{text}')}"


def _language(text: str) -> list[dict[str, str]]:
    tag = language_of(text)
    term = LANGUAGES.get(tag or "")
    if term is None:
        return []
    return [{"id": T.AAT + term[0], "type": "Language", "_label": term[1]}]


def statement(content: str, label: str, term: tuple[str, str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "LinguisticObject", "_label": label, "content": content}
    if term is not None:
        out["classified_as"] = [T.type_ref(term), T.type_ref(T.BRIEF_TEXT)]
    language = _language(content)
    if language:
        out["language"] = language
    return out


def _field_statements(
    fields: Mapping[str, Any], labels: tuple[tuple[str, str], ...]
) -> list[dict[str, Any]]:
    """A statement for each of these ``(field, label)`` a record fills."""
    return [statement(str(fields[name]), label) for name, label in labels if fields.get(name)]


def _name(content: str, primary: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "Name", "content": content}
    if primary:
        out["classified_as"] = [T.type_ref(T.PRIMARY_NAME)]
    language = _language(content)
    if language:
        out["language"] = language
    return out


def _identifier(content: str, term: tuple[str, str], label: str) -> dict[str, Any]:
    return {
        "type": "Identifier",
        "_label": label,
        "content": content,
        "classified_as": [T.type_ref(term)],
    }


def _place(text: str) -> dict[str, str]:
    return {"id": named_uri("place", text), "type": "Place", "_label": text}


def _dimension(m: dict[str, Any]) -> dict[str, Any]:
    unit = str(m["unit"])
    unit_term = T.unit_term(unit)
    out: dict[str, Any] = {
        "type": "Dimension",
        "_label": measurement_text([m]),
        "value": float(m["value"]),
        "unit": (
            {"id": T.AAT + unit_term[0], "type": "MeasurementUnit", "_label": unit_term[1]}
            if unit_term
            else {"id": named_uri("unit", unit), "type": "MeasurementUnit", "_label": unit}
        ),
    }
    dim_term = T.dimension_term(str(m["dimension"]))
    if dim_term is not None:
        out["classified_as"] = [T.type_ref(dim_term)]
    return out


def _damage_report(report: RecordView) -> dict[str, Any]:
    d = report.fields
    when = d.get("observed_at") or ""
    label = "Damage report" + (f" of {when}" if when else "")
    statements = []
    summary = damage_summary(d)
    if summary:
        statements.append(statement(summary, "Damage assessment"))
    statements += _field_statements(
        d,
        (
            ("event_description", "What happened"),
            ("event_date_from", "Event from"),
            ("event_date_to", "Event to"),
            ("description", "Damage observed"),
            ("actions_taken", "Actions taken"),
            ("recommended_actions", "Recommended actions"),
            ("remaining_hazards", "Remaining hazards"),
            ("assessor", "Assessor"),
            ("site", "Site"),
        ),
    )
    if report.in_conflict:
        statements.append(statement(_CONFLICT, "Conflict"))
    return {
        "type": "LinguisticObject",
        "_label": label,
        "identified_by": [
            _name(label),
            _identifier(report.record_id, T.IDENTIFICATION_NUMBER, "FieldKit record id"),
        ],
        "referred_to_by": statements,
    }


_CONFLICT = (
    "This record has conflicting edits that no one has resolved yet; the automatic merge is shown."
)

_TEXT_STATEMENTS: tuple[tuple[str, str, tuple[str, str] | None], ...] = (
    ("object_type", "Type of object", None),
    ("description", "Description", T.DESCRIPTION),
    ("materials_techniques", "Materials & techniques", T.MATERIAL_STATEMENT),
    ("inscriptions_markings", "Inscriptions & markings", T.INSCRIPTION_STATEMENT),
    ("subject", "Subject", None),
    ("distinguishing_features", "Distinguishing features", None),
    ("significance", "Significance", None),
    ("related_written_material", "Related written material", None),
    ("red_list_category", "ICOM Red List category", None),
    ("status", "Status", None),
    ("salvage_priority", "Salvage priority", None),
    ("date_documented", "Date documented", None),
    ("notes", "Notes", None),
)


def object_document(item: ExportItem, collection: dict[str, str]) -> dict[str, Any]:
    """The Linked Art document of one exported object."""
    f = item.fields
    record_id = item.view.record_id
    label = str(f.get("title") or f.get("inventory_number") or record_id)
    identified_by: list[dict[str, Any]] = []
    if f.get("title"):
        identified_by.append(_name(str(f["title"]), primary=True))
    if f.get("inventory_number"):
        identified_by.append(
            _identifier(str(f["inventory_number"]), T.ACCESSION_NUMBER, "Inventory number")
        )
    identified_by.append(_identifier(record_id, T.IDENTIFICATION_NUMBER, "FieldKit record id"))
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{record_id}",
        "type": "HumanMadeObject",
        "_label": label,
        "identified_by": identified_by,
    }
    classes = T.object_type_terms(str(f.get("object_type") or ""))
    if classes:
        doc["classified_as"] = [T.type_ref(t) for t in classes]
    # The status the app's list shows (a custody status such as "missing" overrides the one a
    # person set), then the person's own when it differs, as the place is: derived where the
    # object is, documented text in a statement (see lido._status_notes for why).
    texts = dict(f)
    if item.shown_status:
        texts["status"] = item.shown_status
    referred = [
        statement(str(texts[name]), what, term)
        for name, what, term in _TEXT_STATEMENTS
        if texts.get(name) not in (None, "")
    ]
    if f.get("status") and f["status"] != texts["status"]:
        referred.append(statement(str(f["status"]), "Status as documented"))
    if f.get("measurements"):
        referred.append(
            statement(measurement_text(f["measurements"]), "Dimensions", T.DIMENSION_STATEMENT)
        )
    if item.references:
        referred.append(statement("; ".join(item.references), "Cross references"))
    if item.view.in_conflict:
        referred.append(statement(_CONFLICT, "Conflict"))
    if referred:
        doc["referred_to_by"] = referred
    materials = T.material_terms(str(f.get("materials_techniques") or ""))
    if materials:
        doc["made_of"] = [
            {"id": T.AAT + m[0], "type": "Material", "_label": m[1]} for m in materials
        ]
    if f.get("measurements"):
        doc["dimension"] = [_dimension(m) for m in f["measurements"]]
    production = _production(f)
    if production:
        doc["produced_by"] = production
    if f.get("institution"):
        doc["current_permanent_custodian"] = [
            {
                "id": named_uri("institution", str(f["institution"])),
                "type": "Group",
                "_label": str(f["institution"]),
            }
        ]
    if item.custody is not None:
        # Moved at least once: where it is now is derived by the core (no place while in
        # transit or missing); the object's own text is what was documented before.
        if item.custody.location is not None:
            doc["current_location"] = place_ref(item.custody.location)
        referred += _custody_statements(f, item.custody)
        if referred:
            doc["referred_to_by"] = referred
    elif f.get("current_location"):
        doc["current_location"] = _place(str(f["current_location"]))
    doc["member_of"] = [collection]
    if item.damage:
        doc["subject_of"] = [_damage_report(r) for r in item.damage]
    return doc


def place_ref(place: PlaceInfo) -> dict[str, str]:
    return {"id": f"urn:uuid:{place.id}", "type": "Place", "_label": place.label}


def _custody_statements(f: dict[str, Any], c: CustodyInfo) -> list[dict[str, Any]]:
    out = []
    if f.get("current_location"):
        out.append(statement(str(f["current_location"]), "Location as documented"))
    if c.container is not None:
        out.append(statement(f"In container {c.container.label}", "Container"))
    if c.in_transit:
        to = f" to {c.destination.label}" if c.destination else ""
        out.append(statement(f"In transit{to}", "Custody"))
    if c.missing:
        out.append(
            statement("Missing: not found at the latest check-in that expected it", "Custody")
        )
    if c.custodian:
        out.append(statement(c.custodian, "Custodian"))
    return out


def place_document(place: PlaceInfo) -> dict[str, Any]:
    """A location (or container) record as a Linked Art ``Place``: its code as identifier, its
    name; its address and coordinates unless redacting (gone from ``place.fields`` then)."""
    identified_by: list[dict[str, Any]] = []
    if place.name:
        identified_by.append(_name(place.name, primary=True))
    if place.code:
        identified_by.append(_identifier(place.code, T.IDENTIFICATION_NUMBER, "FieldKit code"))
    identified_by.append(_identifier(place.id, T.IDENTIFICATION_NUMBER, "FieldKit record id"))
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{place.id}",
        "type": "Place",
        "_label": place.label,
        "identified_by": identified_by,
    }
    referred = [
        statement(str(place.fields[name]), what)
        for name, what in (
            ("address", "Address"),
            ("notes", "Notes"),
            ("description", "Description"),
        )
        if place.fields.get(name)
    ]
    if referred:
        doc["referred_to_by"] = referred
    coords = place.fields.get("coordinates")
    if isinstance(coords, dict) and "lat" in coords and "lon" in coords:
        doc["defined_by"] = f"POINT({float(coords['lon'])!r} {float(coords['lat'])!r})"
    return doc


def _instant(value: object) -> str | None:
    """An RFC 3339 date-time, or None when the text has no time zone (not an instant)."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return when.isoformat() if when.tzinfo is not None else None


def move_document(move: MoveInfo, moved: list[dict[str, str]]) -> dict[str, Any]:
    """A departed movement as a provenance ``Activity`` with one ``Move`` part."""
    m = move.fields
    reason = str(m.get("reason") or "").replace("_", " ")
    label = "Move" + (f" ({reason})" if reason else "")
    part: dict[str, Any] = {"type": "Move", "_label": label, "moved": moved}
    if move.from_place is not None:
        part["moved_from"] = place_ref(move.from_place)
    if move.to_place is not None:
        part["moved_to"] = place_ref(move.to_place)
    departed, received = m.get("departed_at"), m.get("received_at")
    shown = "; ".join(
        p
        for p in (
            f"departed {departed}" if departed else "",
            f"received {received}" if received else "",
        )
        if p
    )
    if shown:
        span: dict[str, Any] = {"type": "TimeSpan", "identified_by": [_name(shown)]}
        begin, end = _instant(departed), _instant(received)
        if begin:
            span["begin_of_the_begin"] = begin
        if end:
            span["end_of_the_end"] = end
        part["timespan"] = span
    state = {"in_transit": "In transit: departed, not received yet", "received": "Received"}
    statements = [statement(state.get(move.state, move.state), "State")]
    if reason:
        statements.append(statement(reason, "Reason"))
    if move.into is not None:
        statements.append(statement(f"Packed into container {move.into.label}", "Container"))
    statements += _field_statements(
        m,
        (
            ("moved_by", "Moved by"),
            ("authorised_by", "Authorised by"),
            ("received_by", "Received by"),
            ("transport", "Transport"),
            ("notes", "Notes"),
        ),
    )
    part["referred_to_by"] = statements
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{move.id}",
        "type": "Activity",
        "_label": label,
        "classified_as": [T.type_ref(T.PROVENANCE_ACTIVITY)],
        "identified_by": [_identifier(move.id, T.IDENTIFICATION_NUMBER, "FieldKit record id")],
        "part": [part],
    }


class Chain:
    """The places and movements the exported objects refer to, gathered while the objects are
    written and written once each at the end (a movement lists every exported object it moved)."""

    def __init__(self) -> None:
        self.places: dict[str, PlaceInfo] = {}
        self.moves: dict[str, MoveInfo] = {}
        self.moved: dict[str, list[dict[str, str]]] = {}

    def add(self, item: ExportItem, label: str) -> None:
        c = item.custody
        if c is None:
            return
        if c.location is not None:
            self.places[c.location.id] = c.location
        ref = {"id": f"urn:uuid:{item.view.record_id}", "type": "HumanMadeObject", "_label": label}
        for move in c.movements:
            self.moves.setdefault(move.id, move)
            self.moved.setdefault(move.id, []).append(ref)
            for place in (move.from_place, move.to_place):
                if place is not None:
                    self.places[place.id] = place

    def documents(self) -> list[tuple[str, dict[str, Any]]]:
        """(record id, document) of every place and movement, places first."""
        out = [(pid, place_document(p)) for pid, p in self.places.items()]
        out += [(mid, move_document(m, self.moved[mid])) for mid, m in self.moves.items()]
        return out


def _production(f: dict[str, Any]) -> dict[str, Any] | None:
    production: dict[str, Any] = {"type": "Production"}
    if f.get("date_period"):
        production["timespan"] = {
            "type": "TimeSpan",
            "identified_by": [_name(str(f["date_period"]))],
        }
    if f.get("place_of_origin"):
        production["took_place_at"] = [_place(str(f["place_of_origin"]))]
    if f.get("maker"):
        production["referred_to_by"] = [statement(str(f["maker"]), "Maker", T.PRODUCTION_STATEMENT)]
    return production if len(production) > 1 else None


def collection_ref(export_id: str, label: str) -> dict[str, str]:
    return {"id": f"urn:uuid:{export_id}", "type": "Set", "_label": label}


def collection_document(ref: dict[str, str], count: int, redacted: bool) -> dict[str, Any]:
    note = f"{count} object{'s' if count != 1 else ''} exported from FieldKit"
    if redacted:
        note += "; locations, coordinates, sites and photo positions removed"
    return {
        "@context": CONTEXT,
        "id": ref["id"],
        "type": "Set",
        "_label": ref["_label"],
        "identified_by": [_name(ref["_label"], primary=True)],
        "referred_to_by": [statement(note + ".", "Description", T.DESCRIPTION)],
    }


def encode(doc: dict[str, Any]) -> bytes:
    # Compact: the C encoder (indenting falls back to the pure-Python one, ~5x slower).
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return (_SURROGATE.sub("\ufffd", text) + "\n").encode("utf-8")
