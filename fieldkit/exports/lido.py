"""LIDO 1.1 XML (ICOM CIDOC's harvesting format): one ``lido:lidoWrap``, one ``lido:lido`` per
object, valid against ``lido-v1.1.xsd``. Written as a stream, object by object.

Where each Object ID field goes is in ``docs/export-mapping.md``. Event types and identifier
types use the LIDO terminology (http://terminology.lido-schema.org/): Production lido00007,
Destruction lido00026, non-specified event lido00003, "URI" identifier type lido00099.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from fieldkit.exports.language import language_of, record_language
from fieldkit.exports.source import ExportItem
from fieldkit.exports.xmltext import xml_text
from fieldkit.records.service import RecordView

LIDO_NS = "http://www.lido-schema.org"
SCHEMA_LOCATION = "http://www.lido-schema.org http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd"
TERMS = "http://terminology.lido-schema.org/"
URI_TYPE = TERMS + "lido00099"
PRODUCTION = TERMS + "lido00007"
DESTRUCTION = TERMS + "lido00026"
NON_SPECIFIED = TERMS + "lido00003"
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
    location = ""
    if f.get("current_location") or f.get("coordinates"):
        # EVACUATION: once locations and movements land (SPEC §4, the evacuation issue), the
        # derived "where is it" (location, container, custodian, in transit) goes here, and
        # movements become Move events (lido00223) following LIDO's EODEM profile.
        coords = f.get("coordinates")
        gml = ""
        if coords:
            gml = (
                "<lido:gml><gml:Point><gml:pos>"
                f"{xml_text(coords['lat'])} {xml_text(coords['lon'])}"
                "</gml:pos></gml:Point></lido:gml>"
            )
        names = (
            _wrap("namePlaceSet", _el("appellationValue", f["current_location"]))
            if f.get("current_location")
            else ""
        )
        location = f"<lido:repositoryLocation>{names}{gml}</lido:repositoryLocation>"
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
        _note("status", f.get("status")),
        _note("salvage priority", f.get("salvage_priority")),
        _note("ICOM Red List category", f.get("red_list_category")),
        _note("date documented", f.get("date_documented")),
        _note("notes", f.get("notes")),
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


def _classification(object_type: str | None) -> str:
    if not object_type:
        return (
            "<lido:objectClassificationWrap><lido:objectWorkTypeWrap><lido:objectWorkType/>"
            "</lido:objectWorkTypeWrap></lido:objectClassificationWrap>"
        )
    path = [p.strip() for p in object_type.split(">") if p.strip()] or [object_type]
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
    descriptions = [
        _wrap(
            "eventDescriptionSet",
            _el("descriptiveNoteValue", damage_summary(d), lang=False, xml_lang="en"),
            lido_type="damage assessment",
        )
        if damage_summary(d)
        else ""
    ]
    for name_, kind in (
        ("event_description", "what happened"),
        ("description", "damage observed"),
        ("actions_taken", "actions taken"),
        ("recommended_actions", "recommended actions"),
        ("remaining_hazards", "remaining hazards"),
    ):
        if d.get(name_):
            descriptions.append(
                _wrap("eventDescriptionSet", _el("descriptiveNoteValue", d[name_]), lido_type=kind)
            )
    if report.in_conflict:
        descriptions.append(
            _wrap(
                "eventDescriptionSet",
                _el(
                    "descriptiveNoteValue",
                    "This damage report has conflicting edits that no "
                    "one has resolved yet; the automatic merge is shown.",
                    lang=False,
                    xml_lang="en",
                ),
                lido_type="conflict",
            )
        )
    return _wrap(
        "eventSet",
        _el("displayEvent", name, lang=False, xml_lang="en"),
        _wrap(
            "event",
            _el("eventID", report.record_id, lang=False, lido_type="local", lido_source=SOURCE),
            _wrap("eventType", event_type),
            _wrap("eventName", _el("appellationValue", name, lang=False, xml_lang="en")),
            actor,
            dates,
            place,
            *descriptions,
        ),
    )


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
