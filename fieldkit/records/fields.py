"""Field definitions of object records and damage reports, and their validation (SPEC §4).

Field names are a contract. Validation turns what a person typed (or a spreadsheet held) into
clean values, or raises :class:`ValidationError` naming the field and what is wrong in one plain
sentence. Error messages name fields and allowed values, never the rejected text itself (it
may be sensitive, and messages reach logs and screens).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, message
from fieldkit.records import vocabularies as v

OBJECT = "object"
DAMAGE = "damage"
LOCATION = "location"
CONTAINER = "container"
MOVEMENT = "movement"
HANDOVER = "handover"
# A person's decision that two objects are (or are not) the same object (issue 23,
# fieldkit.duplicates.decisions): a record like any other, so it is signed, travels in bundles
# and merges the same way in every vault.
DUPLICATE_DECISION = "duplicate_decision"
KINDS = (OBJECT, DAMAGE, LOCATION, CONTAINER, MOVEMENT, HANDOVER, DUPLICATE_DECISION)
# The chain of custody (fieldkit.records.custody derives where everything is from these).
CUSTODY_KINDS = (LOCATION, CONTAINER, MOVEMENT, HANDOVER)


class ValidationError(
    FieldKitError,
    hint=QT_TRANSLATE_NOOP("errors", "Correct the value and save again; nothing was saved."),
):
    """A field value is not acceptable. ``field`` names it (and ``row`` for spreadsheets)."""

    def __init__(self, field: str, message: str, hint: str | None = None) -> None:
        super().__init__(message, hint)
        self.field = field


# What refuses an id that is no object or container (what movements and handovers carry), and
# what to do: one wording wherever an item is looked up.
NOT_AN_ITEM = QT_TRANSLATE_NOOP(
    "errors", "No object or container has this id, inventory number or code."
)
NOT_AN_ITEM_HINT = QT_TRANSLATE_NOOP(
    "errors",
    "An item is an object (`fieldkit object list`) or a container (`fieldkit container list`).",
)


@dataclass(frozen=True)
class Field:
    name: str
    kind: (
        str  # text, enum, enum_list, text_list, date, datetime, priority, coordinates, measurements
    )
    label: str
    choices: tuple[Any, ...] = ()
    sensitive: bool = False
    multiline: bool = False


def _invalid(
    field: Field, template: str, hint: str | None = None, **params: Any
) -> ValidationError:
    """The refusal of ``field``'s value: ``template`` (marked in the "errors" context) names it
    as ``{field}``; ``params`` fill the rest."""
    return ValidationError(field.name, message(template, field=field.name, **params), hint)


def _f(name: str, kind: str, label: str, **kw: Any) -> Field:
    return Field(name, kind, label, **kw)


OBJECT_FIELDS: tuple[Field, ...] = (
    _f("inventory_number", "text", "Inventory number"),
    _f("institution", "text", "Institution"),
    _f("title", "text", "Title"),
    _f("object_type", "text", "Type of object"),
    _f("materials_techniques", "text", "Materials & techniques"),
    _f("measurements", "measurements", "Measurements"),
    _f("inscriptions_markings", "text", "Inscriptions & markings", multiline=True),
    _f("date_period", "text", "Date or period"),
    _f("maker", "text", "Maker"),
    _f("subject", "text", "Subject"),
    _f("distinguishing_features", "text", "Distinguishing features", multiline=True),
    _f("description", "text", "Description", multiline=True),
    _f("place_of_origin", "text", "Place of origin"),
    _f("related_written_material", "text", "Related written material", multiline=True),
    _f("cross_references", "text_list", "Cross references"),
    _f("date_documented", "date", "Date documented"),
    _f("red_list_category", "text", "ICOM Red List category"),
    _f("status", "enum", "Status", choices=v.STATUS),
    _f("current_location", "text", "Current location", sensitive=True),
    _f("coordinates", "coordinates", "Coordinates", sensitive=True),
    _f("salvage_priority", "priority", "Salvage priority", choices=v.SALVAGE_PRIORITIES),
    _f("significance", "text", "Significance", multiline=True),
    _f("notes", "text", "Notes", multiline=True),
)

DAMAGE_FIELDS: tuple[Field, ...] = (
    _f("object_id", "text", "Object"),
    _f("site", "text", "Site", sensitive=True),
    _f("observed_at", "datetime", "Observed at"),
    _f("assessor", "text", "Assessor"),
    _f("event_type", "enum", "Event", choices=v.EVENT_TYPES),
    _f("event_description", "text", "What happened", multiline=True),
    _f("event_date_from", "date", "Event from"),
    _f("event_date_to", "date", "Event to"),
    _f("agents", "enum_list", "Agents of deterioration", choices=v.AGENTS),
    _f("damage_types", "enum_list", "Damage types", choices=v.DAMAGE_TYPES),
    _f("severity", "enum", "Severity", choices=v.SEVERITY),
    _f("extent", "enum", "Extent", choices=v.EXTENT),
    _f("certainty", "enum", "Certainty", choices=v.CERTAINTY),
    _f("urgency", "enum", "Urgency", choices=v.URGENCY),
    _f("description", "text", "Damage observed", multiline=True),
    _f("actions_taken", "text", "Actions taken", multiline=True),
    _f("recommended_actions", "text", "Recommended actions", multiline=True),
    _f("remaining_hazards", "text", "Remaining hazards", multiline=True),
)

LOCATION_FIELDS: tuple[Field, ...] = (
    _f("code", "code", "Code"),
    _f("name", "text", "Name"),
    _f("kind", "enum", "Kind of location", choices=v.LOCATION_KINDS),
    _f("parent", "text", "Inside"),
    _f("address", "text", "Address", sensitive=True, multiline=True),
    _f("coordinates", "coordinates", "Coordinates", sensitive=True),
    _f("notes", "text", "Notes", multiline=True),
)

CONTAINER_FIELDS: tuple[Field, ...] = (
    _f("code", "code", "Code"),
    _f("kind", "enum", "Kind of container", choices=v.CONTAINER_KINDS),
    _f("description", "text", "Description", multiline=True),
    _f("handling", "enum_list", "Handling", choices=v.HANDLING_MARKS),
    _f("notes", "text", "Notes", multiline=True),
)

MOVEMENT_FIELDS: tuple[Field, ...] = (
    _f("items", "text_list", "Items"),
    _f("from_location", "text", "From"),
    _f("to_location", "text", "To location"),
    _f("to_container", "text", "Into container"),
    _f("reason", "enum", "Reason", choices=v.MOVEMENT_REASONS),
    _f("departed_at", "datetime", "Departed at"),
    _f("moved_by", "text", "Moved by"),
    _f("authorised_by", "text", "Authorised by"),
    _f("team_size", "count", "Team size"),
    _f("transport", "text", "Transport", sensitive=True, multiline=True),
    _f("received_at", "datetime", "Received at"),
    _f("received_by", "text", "Received by"),
    _f("received", "text_list", "Received"),
    _f("notes", "text", "Notes", multiline=True),
)

HANDOVER_FIELDS: tuple[Field, ...] = (
    _f("items", "text_list", "Items"),
    _f("from_party", "party", "Handed over by"),
    _f("to_party", "party", "Handed over to"),
    _f("handed_at", "datetime", "Handed over at"),
    _f("place", "text", "Place", sensitive=True),
    _f("condition_notes", "text", "Condition", multiline=True),
    _f("reference", "text", "Reference"),
    _f("accepted_at", "datetime", "Accepted at"),
    _f("accepted_by", "fingerprint", "Accepted by"),
    _f("acceptance_notes", "text", "Acceptance notes", multiline=True),
)

SAME = "same"
NOT_SAME = "not_same"
DUPLICATE_DECISIONS = (SAME, NOT_SAME)

DUPLICATE_DECISION_FIELDS: tuple[Field, ...] = (
    _f("a", "text", "Object kept"),
    _f("b", "text", "Other record"),
    _f("decision", "enum", "Decision", choices=DUPLICATE_DECISIONS),
    _f("score", "score", "Score"),
    _f("reasons", "text_list", "Reasons"),
    _f("a_revision", "text", "Revision of the object kept"),
    _f("b_revision", "text", "Revision of the other record"),
    _f("notes", "text", "Notes", multiline=True),
)

# Fields the system writes and no person edits: not in FIELDS (so no editor, form, spreadsheet
# column or export offers them), but kept in revisions. ``same_as``: on the tombstone of an
# object merged into another (the canonical object's id).
SAME_AS = "same_as"
SYSTEM_FIELDS: dict[str, frozenset[str]] = {OBJECT: frozenset({SAME_AS})}

FIELDS: dict[str, dict[str, Field]] = {
    OBJECT: {f.name: f for f in OBJECT_FIELDS},
    DAMAGE: {f.name: f for f in DAMAGE_FIELDS},
    LOCATION: {f.name: f for f in LOCATION_FIELDS},
    CONTAINER: {f.name: f for f in CONTAINER_FIELDS},
    MOVEMENT: {f.name: f for f in MOVEMENT_FIELDS},
    HANDOVER: {f.name: f for f in HANDOVER_FIELDS},
    DUPLICATE_DECISION: {f.name: f for f in DUPLICATE_DECISION_FIELDS},
}

# What `--redact-locations` removes, per kind: the fields marked sensitive above (addresses,
# coordinates, sites, transport, places). Codes, items and the chain itself stay.
SENSITIVE_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(name for name, f in fields.items() if f.sensitive)
    for kind, fields in FIELDS.items()
}


def redacted(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """``fields`` without the sensitive fields of ``kind`` (SPEC §7 redacted bundles).

    An unknown kind loses every field named sensitive in any kind, to err on the safe side.
    """
    drop = SENSITIVE_FIELDS.get(kind) or frozenset().union(*SENSITIVE_FIELDS.values())
    return {k: v for k, v in fields.items() if k not in drop}


MAX_TEXT = 20_000
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Arabic-Indic (U+0660-U+0669) and Eastern Arabic-Indic (Persian, Urdu: U+06F0-U+06F9) digits,
# as Arabic keyboards type them: the same numbers, stored in ASCII so that every vault compares,
# sorts and exports one form. The Arabic decimal separator « ٫ » is the point.
_ASCII_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "\u066b": ".",
    }
)
# The Arabic thousands separator « ٬ » between groups of three digits: dropped. It never
# separates decimals, so « ١٬٢٠٠ » is 1200 and nothing else; a slip such as « ١٬٢ » is left to
# be refused rather than guessed.
_ARABIC_GROUPED = re.compile(r"^\d{1,3}(?:\u066c\d{3})+(?=$|[.,\u066b])")
_MEASURE_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
# C0 controls (tab and newline aside), DEL and the C1 controls U+0080-U+009F: none is text, and
# some terminals act on them (ESC starts a sequence; U+009B is a one-character CSI).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone UTF-16 surrogates (from a JSON escape such as "\\ud800") are not characters: they cannot
# be encoded as UTF-8 and would fail at the database or the signature instead of here.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Fields that identify or refer to objects: what is displayed must be what is compared, so
# no invisible formatting characters (bidi overrides and isolates that reorder what a reader
# sees, zero-width characters, marks) may hide in them. Free text keeps LRM/RLM, which
# Arabic and Hebrew text legitimately uses.
IDENTIFIER_FIELDS = frozenset(
    {
        "inventory_number",
        "object_id",
        "cross_references",
        "code",
        "parent",
        "items",
        "from_location",
        "to_location",
        "to_container",
        "received",
        "a",
        "b",
    }
)
# A code is what a label's QR code and a scanner carry: letters, digits and . _ / - only.
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,39}$")
_NOT_A_CODE = QT_TRANSLATE_NOOP(
    "errors",
    "{field} must be 1 to 40 letters, digits, '.', '_', '/' or '-' (no spaces), e.g. C-014.",
)
_FINGERPRINT_RE = re.compile(r"^[0-9a-f]{64}$")
_NOT_A_FINGERPRINT = QT_TRANSLATE_NOOP(
    "errors", "{field} must be an identity fingerprint (64 hex digits)."
)
MAX_TEAM = 10_000
# What a terminal must never receive raw from a record: controls, bidi embeddings, overrides
# and isolates, and the Unicode line and paragraph separators.
_UNSAFE_FOR_TERMINAL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_UNSAFE_FOR_TERMINAL_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


# The digits a number may be written in: a label printed in Arabic-Indic digits is typed back
# with a Latin keyboard, and a Latin one with an Arabic keyboard (r13 trial #3, #10).
_DIGIT_SCRIPTS = (
    "0123456789",
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
)
_TO_DIGITS = tuple(
    str.maketrans({ch: script[i] for other in _DIGIT_SCRIPTS for i, ch in enumerate(other)})
    for script in _DIGIT_SCRIPTS
)


def digit_spellings(text: str) -> list[str]:
    """``text`` first, then written with its digits in ASCII, Arabic-Indic and Persian (those
    that differ); just ``text`` when it has no digit. For looking up, never for storing."""
    out = [text]
    if any(ch.isdigit() for ch in text):
        out += [v for v in (text.translate(t) for t in _TO_DIGITS) if v not in out]
    return list(dict.fromkeys(out))


def ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Eastern Arabic-Indic digits (and the Arabic decimal
    separator) written in ASCII: for values that are numbers or dates, never for free text."""
    return text.translate(_ASCII_DIGITS)


def ascii_number(text: str) -> str:
    """A typed number in ASCII: Arabic digits and separators as :func:`ascii_digits`, and the
    Arabic thousands separator dropped where it groups the whole part in threes. Whatever else
    is left as it is (the caller refuses what is not a number)."""
    if "\u066c" in text:
        text = _ARABIC_GROUPED.sub(lambda m: m.group().replace("\u066c", ""), text.strip())
    return ascii_digits(text)


def _invisible_format(text: str) -> bool:
    return any(unicodedata.category(c) == "Cf" for c in text)


def _text(field: Field, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _invalid(field, QT_TRANSLATE_NOOP("errors", "{field} must be text."))
    # Line breaks from Windows and old Macs become plain newlines (spreadsheets keep them).
    text = str(value).strip().replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEXT:
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP("errors", "{field} is longer than {max} characters."),
            max=MAX_TEXT,
        )
    if _CONTROL.search(text):
        raise _invalid(field, QT_TRANSLATE_NOOP("errors", "{field} contains control characters."))
    if _SURROGATE.search(text):
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "{field} contains an invalid character (a lone surrogate)."
            ),
        )
    if field.name in IDENTIFIER_FIELDS and (_invisible_format(text) or "\n" in text):
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} contains invisible formatting characters or line breaks "
                "(such as direction overrides).",
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Type the value again plainly, without copying it from formatted text."
            ),
        )
    return text or None


_CAPTION = Field("caption", "text", "Caption")


def clean_caption(value: Any) -> str:
    """A photo's caption: one plain line of text (empty when none). Raises ValidationError."""
    text = _text(_CAPTION, value) or ""
    if "\n" in text:
        raise ValidationError(
            "caption", message(QT_TRANSLATE_NOOP("errors", "A caption is one line of text."))
        )
    return text


def terminal_text(value: object, multiline: bool = False) -> str:
    """Record text made safe to print on a terminal: controls, bidi embeddings, overrides and
    isolates, line separators and lone surrogates are shown as visible ``\\uXXXX`` escapes
    instead of acting on the terminal or reordering the line. Records from other vaults'
    bundles are not validated by this vault's rules, so every echo goes through here.
    ``multiline`` keeps newlines and tabs (for multi-line fields)."""
    text = str(value)
    pattern = _UNSAFE_FOR_TERMINAL if multiline else _UNSAFE_FOR_TERMINAL_LINE
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _enum(field: Field, value: Any) -> str | None:
    text = _text(field, value)
    if text is None:
        return None
    norm = text.lower().replace(" ", "_").replace("-", "_")
    if norm not in field.choices:
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP("errors", "{field} must be one of: {choices}."),
            choices=", ".join(field.choices),
        )
    return norm


def _list_items(field: Field, value: Any) -> list[Any] | tuple[Any, ...]:
    """The entries of a list field: a list as given, or text with ``;`` between entries."""
    items = value.split(";") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise _invalid(field, QT_TRANSLATE_NOOP("errors", "{field} must be a list."))
    return items


def _enum_list(field: Field, value: Any) -> list[str] | None:
    if value is None or value == "":
        return None
    out: list[str] = []
    for item in _list_items(field, value):
        norm = _enum(field, item)
        if norm is not None and norm not in out:
            out.append(norm)
    # Stored in vocabulary order: the same set always has the same form (and the same rev_id).
    return sorted(out, key=field.choices.index) or None


def _text_list(field: Field, value: Any) -> list[str] | None:
    if value is None or value == "":
        return None
    out = [t for t in (_text(field, i) for i in _list_items(field, value)) if t]
    return out or None


# The examples in the date refusals are parameters: a parameter is isolated in a right-to-left
# sentence (fieldkit.i18n.localise), so Arabic shows « 2026-03-14 », not « 14-03-2026 ». The
# Arabic templates also isolate the format itself (r12 trial #17).
_DATE_EXAMPLE = "2026-03-14"
_DATETIME_EXAMPLE = "2026-03-14T09:30"


def _date(field: Field, value: Any) -> str | None:
    text = _text(field, value)
    if text is None:
        return None
    text = ascii_digits(text)
    try:
        if not _DATE_RE.match(text):
            raise ValueError
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "{field} must be a date written YYYY-MM-DD (e.g. {example})."
            ),
            example=_DATE_EXAMPLE,
        ) from None


def _datetime(field: Field, value: Any) -> str | None:
    text = _text(field, value)
    if text is None:
        return None
    text = ascii_digits(text)
    try:
        if _DATE_RE.match(text):
            return date.fromisoformat(text).isoformat()
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} must be a date and time written YYYY-MM-DDTHH:MM (e.g. {example}).",
            ),
            example=_DATETIME_EXAMPLE,
        ) from None
    return parsed.isoformat(timespec="minutes" if parsed.second == 0 else "seconds")


def _priority(field: Field, value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        number = int(ascii_number(str(value).strip()))
    except ValueError:
        raise _invalid(
            field, QT_TRANSLATE_NOOP("errors", "{field} must be a whole number from 1 to 4.")
        ) from None
    if number not in v.SALVAGE_PRIORITIES:
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "{field} must be from 1 (first to save) to 4; got {number}."
            ),
            number=number,
        )
    return number


def _not_a_number(field: Field, what: Text) -> Text:
    return message(
        QT_TRANSLATE_NOOP("errors", "{field}: {what} must be a number."),
        field=field.name,
        what=what,
    )


_LATITUDE = Text("validation", QT_TRANSLATE_NOOP("validation", "latitude"))
_LONGITUDE = Text("validation", QT_TRANSLATE_NOOP("validation", "longitude"))
_VALUE = Text("validation", QT_TRANSLATE_NOOP("validation", "value"))
_SCORE = Text("validation", QT_TRANSLATE_NOOP("validation", "score"))


def _number(field: Field, value: Any, what: Text) -> float:
    if isinstance(value, bool):
        raise ValidationError(field.name, _not_a_number(field, what))
    try:
        number = (
            float(ascii_number(value.strip()).replace(",", "."))
            if isinstance(value, str)
            else float(value)
        )
    except (TypeError, ValueError):
        raise ValidationError(field.name, _not_a_number(field, what)) from None
    if not math.isfinite(number):
        raise ValidationError(field.name, _not_a_number(field, what))
    return number


def _coordinates(field: Field, value: Any) -> dict[str, float] | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        parts = [p for p in re.split(r"[;,\s]+", value.strip()) if p]
        if len(parts) != 2:
            raise _invalid(
                field,
                QT_TRANSLATE_NOOP(
                    "errors", "{field} must be latitude and longitude, e.g. 36.34, 43.13."
                ),
            )
        value = {"lat": parts[0], "lon": parts[1]}
    if not isinstance(value, Mapping) or set(value) != {"lat", "lon"}:
        raise _invalid(field, QT_TRANSLATE_NOOP("errors", "{field} must have exactly lat and lon."))
    lat = _number(field, value["lat"], _LATITUDE)
    lon = _number(field, value["lon"], _LONGITUDE)
    if not -90 <= lat <= 90:
        raise _invalid(
            field, QT_TRANSLATE_NOOP("errors", "{field}: latitude must be between -90 and 90.")
        )
    if not -180 <= lon <= 180:
        raise _invalid(
            field, QT_TRANSLATE_NOOP("errors", "{field}: longitude must be between -180 and 180.")
        )
    # Six decimals is ~10 cm: more is noise, and rounding keeps rev_ids stable across platforms.
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


def _is_measure_number(word: str) -> bool:
    return _MEASURE_NUMBER.match(ascii_number(word)) is not None


def _measurements(field: Field, value: Any) -> list[dict[str, Any]] | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        # Spreadsheet form: "height 32 cm; width 20 cm". A dimension or unit may be several words
        # ("overall height 32 cm", as the app takes it).
        items: list[Any] = []
        for part in value.split(";"):
            words = part.split()
            if not words:
                continue
            # The value is the one number with words on both sides: "height 2 3 cm" or
            # "height 32 cm 5 mm" is a typing slip, refused rather than stored as two parts.
            numbers = [i for i in range(1, len(words) - 1) if _is_measure_number(words[i])]
            at = numbers[0] if len(numbers) == 1 else None
            if at is None or any(_is_measure_number(w) for w in words[at + 1 :]):
                raise _invalid(
                    field,
                    QT_TRANSLATE_NOOP(
                        "errors", "{field} must be written like 'height 32 cm; width 20 cm'."
                    ),
                )
            items.append(
                {
                    "dimension": " ".join(words[:at]),
                    "value": words[at],
                    "unit": " ".join(words[at + 1 :]),
                }
            )
        value = items
    if not isinstance(value, list | tuple):
        raise _invalid(field, QT_TRANSLATE_NOOP("errors", "{field} must be a list."))
    out = []
    for item in value:
        if not isinstance(item, Mapping) or set(item) != {"dimension", "value", "unit"}:
            raise _invalid(
                field,
                QT_TRANSLATE_NOOP(
                    "errors", "{field}: each entry needs exactly dimension, value and unit."
                ),
            )
        dimension = _text(field, item["dimension"])
        unit = _text(field, item["unit"])
        number = _number(field, item["value"], _VALUE)
        if not dimension or not unit:
            raise _invalid(
                field, QT_TRANSLATE_NOOP("errors", "{field}: dimension and unit cannot be empty.")
            )
        if number <= 0:
            raise _invalid(
                field, QT_TRANSLATE_NOOP("errors", "{field}: values must be greater than zero.")
            )
        out.append({"dimension": dimension, "value": number, "unit": unit})
    return out or None


def _score(field: Field, value: Any) -> float | None:
    if value is None or value == "":
        return None
    number = _number(field, value, _SCORE)
    if not 0 <= number <= 1:
        raise _invalid(field, QT_TRANSLATE_NOOP("errors", "{field} must be from 0 to 1."))
    return round(number, 3)


def _normalised(
    field: Field, value: Any, form: Callable[[str], str], pattern: re.Pattern[str], refusal: str
) -> str | None:
    """Text in the one ``form`` it is stored, compared and printed in, which ``pattern`` must
    match (else ``refusal``, marked in the "errors" context, naming the field as ``{field}``)."""
    text = _text(field, value)
    if text is None:
        return None
    normal = form(text)
    if not pattern.match(normal):
        raise _invalid(field, refusal)
    return normal


def _code(field: Field, value: Any) -> str | None:
    # Scanners and people type codes in any case: one form is stored, compared and printed.
    return _normalised(field, value, str.upper, _CODE_RE, _NOT_A_CODE)


def _count(field: Field, value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError
        number = (
            int(ascii_number(str(value).strip())) if not isinstance(value, float) else int(value)
        )
    except ValueError:
        raise _invalid(
            field, QT_TRANSLATE_NOOP("errors", "{field} must be a whole number.")
        ) from None
    if not 0 < number <= MAX_TEAM:
        raise _invalid(
            field, QT_TRANSLATE_NOOP("errors", "{field} must be from 1 to {max}."), max=MAX_TEAM
        )
    return number


def _fingerprint(field: Field, value: Any) -> str | None:
    return _normalised(field, value, str.lower, _FINGERPRINT_RE, _NOT_A_FINGERPRINT)


_PARTY_NAME = Field("name", "text", "Name")
_PARTY_ORG = Field("organisation", "text", "Organisation")


def _party(field: Field, value: Any) -> dict[str, str] | None:
    if value is None or value == "":
        return None
    if not isinstance(value, Mapping) or not set(value) <= {"name", "organisation", "fingerprint"}:
        raise _invalid(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "{field} must have name, organisation and fingerprint only."
            ),
        )
    out: dict[str, str] = {}
    for key, sub in (("name", _PARTY_NAME), ("organisation", _PARTY_ORG)):
        text = _text(sub, value.get(key))
        if text is not None:
            if "\n" in text:
                raise _invalid(
                    field,
                    QT_TRANSLATE_NOOP("errors", "{field}: {key} is one line of text."),
                    key=key,
                )
            out[key] = text
    fingerprint = _fingerprint(Field(field.name, "fingerprint", ""), value.get("fingerprint"))
    if fingerprint is not None:
        out["fingerprint"] = fingerprint
    return out or None


_CLEANERS: dict[str, Callable[[Field, Any], Any]] = {
    "code": _code,
    "count": _count,
    "score": _score,
    "fingerprint": _fingerprint,
    "party": _party,
    "text": _text,
    "enum": _enum,
    "enum_list": _enum_list,
    "text_list": _text_list,
    "date": _date,
    "datetime": _datetime,
    "priority": _priority,
    "coordinates": _coordinates,
    "measurements": _measurements,
}


def clean_value(kind: str, name: str, value: Any) -> Any:
    """One field's clean value (None means empty). Raises ValidationError."""
    field = FIELDS[kind].get(name)
    if field is None:
        raise ValidationError(name, _not_a_field(kind, name))
    return _CLEANERS[field.kind](field, value)


def with_changes(
    kind: str, fields: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """``fields`` with ``changes`` applied, each value cleaned; a change to an empty value
    removes the field. Raises ValidationError."""
    after = dict(fields)
    for name, value in changes.items():
        cleaned = clean_value(kind, name, value)
        if cleaned is None:
            after.pop(name, None)
        else:
            after[name] = cleaned
    return after


def _not_a_field(kind: str, name: str) -> Text:
    return message(
        QT_TRANSLATE_NOOP("errors", "'{name}' is not a field of {kinds}."),
        name=name,
        kinds=_KIND_PLURALS.get(kind, kind),
    )


_KIND_PLURALS: dict[str, str] = {
    OBJECT: Text("validation", QT_TRANSLATE_NOOP("validation", "object records")),
    DAMAGE: Text("validation", QT_TRANSLATE_NOOP("validation", "damage reports")),
    LOCATION: Text("validation", QT_TRANSLATE_NOOP("validation", "locations")),
    CONTAINER: Text("validation", QT_TRANSLATE_NOOP("validation", "containers")),
    MOVEMENT: Text("validation", QT_TRANSLATE_NOOP("validation", "movements")),
    HANDOVER: Text("validation", QT_TRANSLATE_NOOP("validation", "handovers")),
    DUPLICATE_DECISION: Text("validation", QT_TRANSLATE_NOOP("validation", "duplicate decisions")),
}


KIND_NAMES = {
    OBJECT: "object record",
    DAMAGE: "damage report",
    LOCATION: "location",
    CONTAINER: "container",
    MOVEMENT: "movement",
    HANDOVER: "handover",
    DUPLICATE_DECISION: "duplicate decision",
}


def clean_fields(kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a full or partial set of fields; empty values are dropped.

    Raises ValidationError for the first unknown field or bad value, naming it.
    """
    if kind not in FIELDS:
        raise ValueError(f"unknown record kind {kind!r}")
    if not isinstance(values, Mapping):
        raise ValidationError(
            "",
            message(
                QT_TRANSLATE_NOOP(
                    "errors", "The record must be a JSON object of field names and values."
                )
            ),
        )
    unknown = [k for k in values if k not in FIELDS[kind]]
    if unknown:
        raise ValidationError(
            unknown[0],
            _not_a_field(kind, unknown[0]),
            message(
                QT_TRANSLATE_NOOP("errors", "Known fields: {fields}."),
                fields=", ".join(FIELDS[kind]),
            ),
        )
    out: dict[str, Any] = {}
    for name, value in values.items():
        cleaned = clean_value(kind, name, value)
        if cleaned is not None:
            out[name] = cleaned
    if kind == DAMAGE:
        start, end = out.get("event_date_from"), out.get("event_date_to")
        if start and end and end < start:
            raise ValidationError(
                "event_date_to",
                message(QT_TRANSLATE_NOOP("errors", "event_date_to is before event_date_from.")),
            )
    return out


def check_record(kind: str, fields: Mapping[str, Any]) -> None:
    """Rules across fields of a whole (cleaned) record of ``kind``. Raises ValidationError."""
    if kind in (LOCATION, CONTAINER) and not fields.get("code"):
        raise ValidationError(
            "code",
            message(QT_TRANSLATE_NOOP("errors", "A location needs a code (printed on its label)."))
            if kind == LOCATION
            else message(
                QT_TRANSLATE_NOOP("errors", "A container needs a code (printed on its label).")
            ),
        )
    if kind == MOVEMENT:
        if not fields.get("items"):
            raise ValidationError(
                "items", message(QT_TRANSLATE_NOOP("errors", "A movement needs at least one item."))
            )
        if fields.get("to_location") and fields.get("to_container"):
            raise ValidationError(
                "to_container",
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "A movement goes to a location or into a container, not both."
                    )
                ),
            )
        if not fields.get("to_location") and not fields.get("to_container"):
            raise ValidationError(
                "to_location",
                message(QT_TRANSLATE_NOOP("errors", "A movement needs a destination.")),
            )
        departed, received = fields.get("departed_at"), fields.get("received_at")
        if received and not departed:
            raise ValidationError(
                "received_at",
                message(QT_TRANSLATE_NOOP("errors", "A movement is received after it departed.")),
            )
        if received and departed and sort_time(received) < sort_time(departed):
            raise ValidationError(
                "received_at",
                message(QT_TRANSLATE_NOOP("errors", "received_at is before departed_at.")),
            )
    if kind == HANDOVER:
        if not fields.get("items"):
            raise ValidationError(
                "items", message(QT_TRANSLATE_NOOP("errors", "A handover needs at least one item."))
            )
        if not (fields.get("to_party") or {}).get("fingerprint"):
            raise ValidationError(
                "to_party",
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "A handover needs the receiver's identity (a fingerprint)."
                    )
                ),
            )
        accepted = bool(fields.get("accepted_at")) or bool(fields.get("accepted_by"))
        if accepted and fields.get("accepted_by") != fields["to_party"]["fingerprint"]:
            raise ValidationError(
                "accepted_by",
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "Only the receiver named in to_party can accept a handover."
                    )
                ),
            )


def sort_time(value: str) -> str:
    """A date-time field (as cleaned) in one sortable form: UTC, ``YYYY-MM-DDTHH:MM:SS``.

    Dates without a time are the start of the day; times without a zone are taken as UTC (the
    same in every vault, so every vault orders the chain of custody the same way). Text that is
    not a date (from a foreign vault's bundle) sorts first, as itself.
    """
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return "0000" + str(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.strftime("%Y-%m-%dT%H:%M:%S")


def text_of(fields: Mapping[str, Any]) -> str:
    """All text in a record's fields, for the full-text index."""
    parts: list[str] = []
    for value in fields.values():
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    parts.append(item.replace("_", " "))
                elif isinstance(item, Mapping):
                    parts.extend(str(x) for x in item.values())
    return "\n".join(parts)
