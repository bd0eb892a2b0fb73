"""LIDO 1.1 XML (ICOM CIDOC's harvesting format): one ``lido:lidoWrap``, one ``lido:lido`` per
object, valid against ``lido-v1.1.xsd``. Written as a stream, object by object.

Where each Object ID field goes is in ``docs/export-mapping.md``. Event types and identifier
types use the LIDO terminology (http://terminology.lido-schema.org/): Production lido00007,
Destruction lido00026, Move lido00223, non-specified event lido00003, "URI" identifier type
lido00099.

The evacuation chain (SPEC §4) follows the EODEM profile's reading of LIDO for moves: where the
object is now — derived by the core, never stored — is the ``repositorySet`` of type
``current`` (its ``repositoryLocation`` carries the location record's code as ``placeID`` and its
name), its container, transit, missing state and custodian are notes, and every departed
movement that carried it (its own, or its container's) is a *Move* event: from, to (as
``eventPlace`` typed ``moved from`` / ``moved to``), departure and reception dates, the reason,
who moved it and what the check-in found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from fieldkit.exports.language import language_of, record_language
from fieldkit.exports.source import CustodyInfo, ExportItem, MoveInfo, PlaceInfo
from fieldkit.exports.terms import object_type_path
from fieldkit.exports.xmltext import xml_text
from fieldkit.records.service import RecordView

LIDO_NS = "http://www.lido-schema.org"
SCHEMA_LOCATION = "http://www.lido-schema.org http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd"
TERMS = "http://terminology.lido-schema.org/"
URI_TYPE = TERMS + "lido00099"
PRODUCTION = TERMS + "lido00007"
DESTRUCTION = TERMS + "lido00026"
NON_SPECIFIED = TERMS + "lido00003"
MOVE = TERMS + "lido00223"
CRM_OBJECT = "http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object"
SOURCE = "FieldKit"

# A photo's file name beside the XML, or None when it was left out.
PhotoFile = Callable[[str], str | None]

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<lido:lidoWrap xmlns:lido="{LIDO_NS}" xmlns:gml="http://www.opengis.net/gml" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    f'xsi:schemaLocation="{SCHEMA_LOCATION}">\n'
)
FOOTER = "</lido:lidoWrap>\n"


def _attrs(attrs: dict[str, str | None]) -> str:
    """Keyword names as written in Python (``lido_type``) become ``lido:type``."""
    return "".join(f' {k.replace("_", ":", 1)}="{xml_text(v)}"' for k, v in attrs.items() if v)


def _el(tag: str, text: object, lang: bool = True, **attrs: str | None) -> str:
    """``<lido:tag …>text</lido:tag>``; ``xml:lang`` from the text's script unless told not."""
    value = str(text)
    head = f"<lido:{tag}"
    if lang:
        tag_lang = language_of(value)
        if tag_lang:
            head += f' xml:lang="{tag_lang}"'
    if attrs:
        head += _attrs(attrs)
    return f"{head}>{xml_text(value)}</lido:{tag}>"


def _wrap(tag: str, *children: str, **attrs: str | None) -> str:
    inner = "".join(children)
    if not inner:
        return ""
    named = _attrs(attrs) if attrs else ""
    return f"<lido:{tag}{named}>{inner}</lido:{tag}>"


def _term(text: str) -> str:
    return _el("term", text)


def _concept_uri(uri: str, term: str) -> str:
    return _el("conceptID", uri, lang=False, lido_type=URI_TYPE) + _el(
        "term", term, lang=False, xml_lang="en"
    )


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(value)


def measurement_text(measurements: Iterable[dict[str, Any]]) -> str:
    """ "height 32 cm; width 20.5 cm" — how the app and the spreadsheet import write them."""
    return "; ".join(
        f"{m['dimension']} {_number(float(m['value']))} {m['unit']}" for m in measurements
    )


def _note(kind: str, text: object) -> str:
    if text in (None, ""):
        return ""
    return _wrap("objectDescriptionSet", _el("descriptiveNoteValue", text), lido_type=kind)


def _object_identification(item: ExportItem) -> str:
    f = item.fields
    title = f.get("title")
    title_set = _wrap(
        "titleSet",
        _el("appellationValue", title, lido_pref="preferred")
        if title
        else _el("appellationValue", "[no title]", lang=False, xml_lang="en"),
    )
    inscriptions = ""
    if f.get("inscriptions_markings"):
        inscriptions = _wrap(
            "inscriptionsWrap",
            _wrap("inscriptions", _el("inscriptionTranscription", f["inscriptions_markings"])),
        )
    custody = item.custody
    location = ""
    if custody is not None:
        # Moved at least once: the derived place is the current one (none while in transit
        # or missing); the object's own text is what was documented before (a note).
        if custody.location is not None:
            location = _place_element("repositoryLocation", custody.location)
    elif f.get("current_location") or f.get("coordinates"):
        location = _free_location(f)
    repository = ""
    if f.get("institution") or f.get("inventory_number") or location:
        repository = _wrap(
            "repositoryWrap",
            _wrap(
                "repositorySet",
                _wrap(
                    "repositoryName",
                    _wrap("legalBodyName", _el("appellationValue", f["institution"])),
                )
                if f.get("institution")
                else "",
                _el("workID", f["inventory_number"], lang=False, lido_type="inventory number")
                if f.get("inventory_number")
                else "",
                location,
                lido_type="current",
            ),
        )
    notes = [
        _note("description", f.get("description")),
        _note("distinguishing features", f.get("distinguishing_features")),
        _note("significance", f.get("significance")),
        _note("related written material", f.get("related_written_material")),
        *_status_notes(item),
        _note("salvage priority", f.get("salvage_priority")),
        _note("ICOM Red List category", f.get("red_list_category")),
        _note("date documented", f.get("date_documented")),
        _note("notes", f.get("notes")),
        *_custody_notes(item),
    ]
    if item.view.in_conflict:
        notes.append(
            _wrap(
                "objectDescriptionSet",
                _el(
                    "descriptiveNoteValue",
                    "This record has conflicting edits that no one has resolved yet; the "
                    "automatic merge is shown.",
                    lang=False,
                    xml_lang="en",
                ),
                lido_type="conflict",
            )
        )
    measurements = ""
    if f.get("measurements"):
        sets = "".join(
            _wrap(
                "measurementsSet",
                _wrap("measurementType", _term(m["dimension"])),
                _wrap("measurementUnit", _term(m["unit"])),
                _el("measurementValue", _number(float(m["value"])), lang=False),
            )
            for m in f["measurements"]
        )
        measurements = _wrap(
            "objectMeasurementsWrap",
            _wrap(
                "objectMeasurementsSet",
                _el("displayObjectMeasurements", measurement_text(f["measurements"])),
                _wrap("objectMeasurements", sets),
            ),
        )
    materials = ""
    if f.get("materials_techniques"):
        materials = _wrap(
            "objectMaterialsTechWrap",
            _wrap(
                "objectMaterialsTechSet",
                _el("displayMaterialsTech", f["materials_techniques"]),
            ),
        )
    return _wrap(
        "objectIdentificationWrap",
        _wrap("titleWrap", title_set),
        inscriptions,
        repository,
        _wrap("objectDescriptionWrap", *notes),
        measurements,
        materials,
    )


def _gml(coords: Any) -> str:
    if not isinstance(coords, dict) or "lat" not in coords or "lon" not in coords:
        return ""
    return (
        "<lido:gml><gml:Point><gml:pos>"
        f"{xml_text(coords['lat'])} {xml_text(coords['lon'])}"
        "</gml:pos></gml:Point></lido:gml>"
    )


def _free_location(f: dict[str, Any]) -> str:
    """The object's own "current location" text and coordinates (no location record)."""
    names = (
        _wrap("namePlaceSet", _el("appellationValue", f["current_location"]))
        if f.get("current_location")
        else ""
    )
    return f"<lido:repositoryLocation>{names}{_gml(f.get('coordinates'))}</lido:repositoryLocation>"


def _place_element(tag: str, place: PlaceInfo) -> str:
    """A location record as a LIDO place: its code (``placeID``), name, coordinates (absent
    when redacting: the core's sensitive fields are gone from ``place.fields``)."""
    code = (
        _el(
            "placeID",
            place.code,
            lang=False,
            lido_type="local",
            lido_source="FieldKit location code",
        )
        if place.code
        else ""
    )
    name = _wrap("namePlaceSet", _el("appellationValue", place.name)) if place.name else ""
    inner = code + name + _gml(place.fields.get("coordinates"))
    if not inner:
        inner = _el("placeID", place.id, lang=False, lido_type="local", lido_source=SOURCE)
    return f"<lido:{tag}>{inner}</lido:{tag}>"


def _status_notes(item: ExportItem) -> list[str]:
    """The status the app's list shows, then the one a person set when it differs ("status as
    documented"), as the place is: derived where the object is, documented text in a note.
    LIDO types these notes locally (no controlled term), so nothing in the standard asks for
    the person's value alone; and a record an archive or an aggregator harvests must not say
    "in_storage" of an object the chain of custody records missing (r12 trial)."""
    own = item.fields.get("status")
    shown = item.shown_status or own
    notes = [_note("status", shown)]
    if own and own != shown:
        notes.append(_note("status as documented", own))
    return notes


def _custody_notes(item: ExportItem) -> list[str]:
    """The derived custody state that has no LIDO element of its own, as typed notes."""
    c: CustodyInfo | None = item.custody
    if c is None:
        return []
    notes = []
    f = item.fields
    if f.get("current_location"):
        notes.append(_note("location as documented", f["current_location"]))
    if isinstance(f.get("coordinates"), dict):
        coords = f["coordinates"]
        notes.append(
            _english_note("coordinates as documented", f"{coords.get('lat')} {coords.get('lon')}")
        )
    if c.location is not None and c.location.fields.get("address"):
        notes.append(_note("current location address", c.location.fields["address"]))
    if c.container is not None:
        notes.append(_english_note("container", f"In container {c.container.label}"))
    if c.in_transit:
        to = f" to {c.destination.label}" if c.destination else ""
        notes.append(_english_note("custody", f"In transit{to}"))
    if c.missing:
        notes.append(
            _english_note("custody", "Missing: not found at the latest check-in that expected it")
        )
    if c.custodian:
        notes.append(_note("custodian", c.custodian))
    return notes


def _english_note(kind: str, text: str) -> str:
    return _wrap(
        "objectDescriptionSet",
        _el("descriptiveNoteValue", text, lang=False, xml_lang="en"),
        lido_type=kind,
    )


def _date_part(value: object) -> str:
    return str(value or "")[:10]


def _event_note(kind: str, text: str, *, english: bool = False) -> str:
    """An event's description of one ``kind``: FieldKit's own English words (``english``), or
    a field's text (its language from its script)."""
    value = (
        _el("descriptiveNoteValue", text, lang=False, xml_lang="en")
        if english
        else _el("descriptiveNoteValue", text)
    )
    return _wrap("eventDescriptionSet", value, lido_type=kind)


def _field_notes(fields: dict[str, Any], kinds: tuple[tuple[str, str], ...]) -> list[str]:
    """A description for each of these ``(field, kind)`` a record fills."""
    return [_event_note(kind, fields[name]) for name, kind in kinds if fields.get(name)]


def _event_set(name: str, record_id: str, event_type: str, *parts: str) -> str:
    """A record as a LIDO event: its English name, its id, its type, then ``parts``."""
    return _wrap(
        "eventSet",
        _el("displayEvent", name, lang=False, xml_lang="en"),
        _wrap(
            "event",
            _el("eventID", record_id, lang=False, lido_type="local", lido_source=SOURCE),
            _wrap("eventType", event_type),
            _wrap("eventName", _el("appellationValue", name, lang=False, xml_lang="en")),
            *parts,
        ),
    )


def _move_event(move: MoveInfo) -> str:
    """A departed movement as a LIDO *Move* event (lido00223)."""
    m = move.fields
    reason = str(m.get("reason") or "").replace("_", " ")
    name = "Move" + (f" ({reason})" if reason else "")
    actor = (
        _wrap("eventActor", _el("displayActorInRole", m["moved_by"])) if m.get("moved_by") else ""
    )
    departed, received = m.get("departed_at"), m.get("received_at")
    display = "; ".join(
        part
        for part in (
            f"departed {departed}" if departed else "",
            f"received {received}" if received else "",
        )
        if part
    )
    span = _wrap(
        "date",
        _el("earliestDate", _date_part(departed), lang=False) if departed else "",
        _el("latestDate", _date_part(received), lang=False) if received else "",
    )
    dates = _wrap(
        "eventDate",
        _el("displayDate", display, lang=False, xml_lang="en") if display else "",
        span,
    )
    places = []
    for kind, place in (("moved from", move.from_place), ("moved to", move.to_place)):
        if place is not None:
            places.append(
                _wrap(
                    "eventPlace",
                    _el("displayPlace", place.label),
                    _place_element("place", place),
                    lido_type=kind,
                )
            )
    state = {
        "in_transit": "In transit: departed, not received yet",
        "received": "Received",
    }.get(move.state, move.state)
    if move.missing:
        state += "; this object was expected and not found at the check-in"
    descriptions = [_event_note("reason", reason, english=True) if reason else ""]
    descriptions.append(_event_note("state", state, english=True))
    if move.into is not None:
        descriptions.append(
            _event_note("container", f"Packed into container {move.into.label}", english=True)
        )
    descriptions += _field_notes(
        m,
        (
            ("authorised_by", "authorised by"),
            ("received_by", "received by"),
            ("transport", "transport"),
            ("notes", "notes"),
        ),
    )
    return _event_set(
        name,
        move.id,
        _concept_uri(MOVE, "Move"),
        actor,
        dates,
        *places,
        *descriptions,
    )


def _classification(object_type: str | None) -> str:
    if not object_type:
        return (
            "<lido:objectClassificationWrap><lido:objectWorkTypeWrap><lido:objectWorkType/>"
            "</lido:objectWorkTypeWrap></lido:objectClassificationWrap>"
        )
    path = object_type_path(object_type) or [object_type]
    broader = "".join(
        _wrap("classification", _term(term), lido_type="broader term") for term in path[:-1]
    )
    return _wrap(
        "objectClassificationWrap",
        _wrap("objectWorkTypeWrap", _wrap("objectWorkType", _term(path[-1]))),
        _wrap("classificationWrap", broader),
    )


def _production(f: dict[str, Any]) -> str:
    if not any(f.get(k) for k in ("maker", "date_period", "place_of_origin")):
        return ""
    actor = ""
    if f.get("maker"):
        actor = _wrap("eventActor", _el("displayActorInRole", f["maker"]))
    date = _wrap("eventDate", _el("displayDate", f["date_period"])) if f.get("date_period") else ""
    place = (
        _wrap("eventPlace", _el("displayPlace", f["place_of_origin"]))
        if f.get("place_of_origin")
        else ""
    )
    return _wrap(
        "eventSet",
        _wrap(
            "event", _wrap("eventType", _concept_uri(PRODUCTION, "Production")), actor, date, place
        ),
    )


def damage_summary(d: dict[str, Any]) -> str:
    """The controlled values of a damage report in one line (vocabulary codes, English)."""
    parts = [
        f"{name.replace('_', ' ')}: {value if isinstance(value, str) else ', '.join(value)}"
        for name in (
            "event_type",
            "severity",
            "extent",
            "certainty",
            "urgency",
            "agents",
            "damage_types",
        )
        if (value := d.get(name))
    ]
    return "; ".join(parts)


def _damage_event(report: RecordView) -> str:
    d = report.fields
    destroyed = d.get("severity") == "destroyed"
    event_type = (
        _concept_uri(DESTRUCTION, "Destruction")
        if destroyed
        else _concept_uri(NON_SPECIFIED, "(Non-specified)")
    )
    name = "Damage assessment" + (
        f" ({d['event_type'].replace('_', ' ')})" if d.get("event_type") else ""
    )
    actor = (
        _wrap("eventActor", _el("displayActorInRole", d["assessor"])) if d.get("assessor") else ""
    )
    dates = ""
    if d.get("observed_at") or d.get("event_date_from") or d.get("event_date_to"):
        span = ""
        if d.get("event_date_from") or d.get("event_date_to"):
            span = _wrap(
                "date",
                _el("earliestDate", d["event_date_from"], lang=False)
                if d.get("event_date_from")
                else "",
                _el("latestDate", d["event_date_to"], lang=False) if d.get("event_date_to") else "",
            )
        display = (
            _el("displayDate", f"observed {d['observed_at']}", lang=False, xml_lang="en")
            if d.get("observed_at")
            else ""
        )
        dates = _wrap("eventDate", display, span)
    place = _wrap("eventPlace", _el("displayPlace", d["site"])) if d.get("site") else ""
    summary = damage_summary(d)
    descriptions = [_event_note("damage assessment", summary, english=True) if summary else ""]
    descriptions += _field_notes(
        d,
        (
            ("event_description", "what happened"),
            ("description", "damage observed"),
            ("actions_taken", "actions taken"),
            ("recommended_actions", "recommended actions"),
            ("remaining_hazards", "remaining hazards"),
        ),
    )
    if report.in_conflict:
        descriptions.append(
            _event_note(
                "conflict",
                "This damage report has conflicting edits that no "
                "one has resolved yet; the automatic merge is shown.",
                english=True,
            )
        )
    return _event_set(name, report.record_id, event_type, actor, dates, place, *descriptions)


def _relations(item: ExportItem) -> str:
    f = item.fields
    subject = ""
    if f.get("subject"):
        subject = _wrap("subjectWrap", _wrap("subjectSet", _el("displaySubject", f["subject"])))
    related = ""
    if item.references:
        related = _wrap(
            "relatedWorksWrap",
            *(_wrap("relatedWorkSet", _el("displayRelatedWork", ref)) for ref in item.references),
        )
    return _wrap("objectRelationWrap", subject, related)


def _resources(item: ExportItem, photo_file: PhotoFile | None) -> str:
    if photo_file is None:
        return ""
    sets = []
    owners: list[tuple[str, list[dict[str, Any]]]] = [("object", item.view.media)]
    owners += [(f"damage report {r.record_id}", r.media) for r in item.damage]
    for owner, media in owners:
        for photo in media:
            name = photo_file(photo["sha256"])
            if name is None:
                continue
            caption = photo.get("caption") or ""
            sets.append(
                _wrap(
                    "resourceSet",
                    _wrap("resourceRepresentation", _el("linkResource", name, lang=False)),
                    _wrap("resourceType", _el("term", "photograph", lang=False, xml_lang="en")),
                    _wrap(
                        "resourceRelType",
                        _el("term", photo.get("role") or "overall", lang=False, xml_lang="en"),
                    ),
                    _el("resourceDescription", caption, lido_type="caption") if caption else "",
                    _el(
                        "resourceDescription",
                        f"Photograph of the {owner}",
                        lang=False,
                        xml_lang="en",
                        lido_type="subject",
                    ),
                )
            )
    return _wrap("resourceWrap", *sets)


def lido_record(item: ExportItem, photo_file: PhotoFile | None = None) -> str:
    """One ``lido:lido`` element for an exported object."""
    f = item.fields
    lang = record_language(f.get("title"), f.get("description"), f.get("object_type"))
    events = _production(f) + "".join(_damage_event(r) for r in item.damage)
    if item.custody is not None:
        events += "".join(_move_event(m) for m in item.custody.movements)
    source = f.get("institution") or SOURCE
    return (
        "<lido:lido>"
        + _el(
            "lidoRecID",
            f"fieldkit:{item.view.record_id}",
            lang=False,
            lido_type="local",
            lido_source=SOURCE,
        )
        + "<lido:category>"
        + _concept_uri(CRM_OBJECT, "Human-made object")
        + "</lido:category>"
        + f'<lido:descriptiveMetadata xml:lang="{lang}">'
        + _classification(f.get("object_type"))
        + _object_identification(item)
        + _wrap("eventWrap", events)
        + _relations(item)
        + "</lido:descriptiveMetadata>"
        + f'<lido:administrativeMetadata xml:lang="{lang}">'
        + "<lido:recordWrap>"
        + _el("recordID", item.view.record_id, lang=False, lido_type="local", lido_source=SOURCE)
        + _wrap("recordType", _el("term", "item", lang=False, xml_lang="en"))
        + _wrap("recordSource", _wrap("legalBodyName", _el("appellationValue", source)))
        + _wrap(
            "recordInfoSet",
            _el("recordInfoID", item.view.head_rev, lang=False, lido_type="FieldKit revision"),
        )
        + "</lido:recordWrap>"
        + _resources(item, photo_file)
        + "</lido:administrativeMetadata>"
        + "</lido:lido>\n"
    )
