"""Which column of a spreadsheet fills which field of an object record.

By name (case, accents, spaces and punctuation ignored; SPEC names, the app's labels, common
English, French, Arabic and Ukrainian spreadsheet headings) or explicitly with ``--map
"COLUMN=field"`` (``COLUMN=-`` skips a column). Part of the CSV import
(:mod:`~fieldkit.records.csv_import`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from fieldkit.errors import UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.records import fields as F

# A cell a spreadsheet program may run as a formula: one starting with = or @, a leading tab or
# carriage return (stripped by some programs before evaluating), and + or - unless the whole
# cell is a plain number — `-2+3+cmd|' /C calc'!A0` starts like a number and is a formula.
# FieldKit's CSV export puts an apostrophe before such a cell (OWASP); its import takes that
# one apostrophe off again, so a note "- rim chipped" comes back as it went.
SPREADSHEET_FORMULA = re.compile(r"^\s*[=@]|^[\t\r]|^\s*[+-](?!\s*[\d.,]+\s*$)")


# A list field in a CSV cell: entries between "; ", a ";" or "\\" inside an entry written with a
# backslash before it ("Smith 1998\\; p. 12"), so the export's cells import back whole. Only in
# CSV: what people type (the CLI's --field, the app) keeps ";" as the plain separator.
def list_cell(entries: Sequence[object]) -> str:
    """A list field's entries as one CSV cell that :func:`list_entries` reads back whole."""
    return "; ".join(str(e).replace("\\", "\\\\").replace(";", "\\;") for e in entries)


def list_entries(text: str) -> list[str]:
    """The entries of a CSV cell written by :func:`list_cell` (or typed with plain ";")."""
    entries, current, chars = [], [], iter(text)
    for c in chars:
        if c == "\\":
            following = next(chars, "")
            if following in (";", "\\"):
                current.append(following)
            else:
                current.append(c + following)
        elif c == ";":
            entries.append("".join(current))
            current = []
        else:
            current.append(c)
    entries.append("".join(current))
    return entries


# --- column names -------------------------------------------------------------------------------

# Common spreadsheet headings (English, French, a few Arabic and Ukrainian ones) per field,
# besides the SPEC name and the app's label which are always accepted.
# fmt: off
_ALIASES: dict[str, tuple[str, ...]] = {
    "inventory_number": (
        "Inventory", "Inventory No.", "Inventory #", "Inv. No.", "Inv No", "Inv.", "Inv #",
        "Accession number", "Accession No.", "Object number", "Catalogue number",
        "Catalog number", "N° d'inventaire", "Nº d'inventaire", "No d'inventaire",
        "Numéro d'inventaire", "N° inventaire", "N° inv.", "Inventaire", "Cote",
        "رقم الجرد", "الرقم", "Інвентарний номер", "Інв. №", "Номер",
    ),
    "institution": (
        "Museum", "Holding institution", "Owner", "Collection", "Musée", "Établissement",
        "Institution détentrice", "المتحف", "Музей",
    ),
    "title": (
        "Name", "Object name", "Titre", "Nom", "Intitulé", "Désignation", "العنوان", "Назва",
    ),
    "object_type": (
        "Object type", "Type", "Category", "Type d'objet", "Dénomination", "Catégorie",
        "النوع", "Тип",
    ),
    "materials_techniques": (
        "Materials", "Material", "Materials and techniques", "Medium", "Technique",
        "Matériaux", "Matériau", "Matière", "Matières", "Matériaux et techniques",
        "Matériaux & techniques", "المواد", "Матеріал",
    ),
    "measurements": ("Dimensions", "Size", "Mesures", "Taille", "الأبعاد", "Розміри"),
    "inscriptions_markings": (
        "Inscriptions", "Inscription", "Markings", "Marks", "Inscriptions and markings",
        "Inscriptions et marques", "Marques", "Marquages", "النقوش", "Написи",
    ),
    "date_period": (
        "Date", "Period", "Dating", "Date/period", "Datation", "Date ou période", "Période",
        "Époque", "Siècle", "التاريخ", "الفترة", "Датування",
    ),
    "maker": (
        "Artist", "Author", "Creator", "Manufacturer", "Auteur", "Artiste", "Fabricant",
        "Atelier", "Auteur/fabricant", "الصانع", "Автор",
    ),
    "subject": ("Iconography", "Sujet", "Iconographie", "Thème", "الموضوع", "Сюжет"),
    "distinguishing_features": (
        "Features", "Signes distinctifs", "Caractéristiques distinctives",
        "Particularités", "Signes particuliers", "العلامات المميزة", "Особливі прикмети",
    ),
    "description": ("Desc.", "Descriptif", "الوصف", "Опис"),
    "place_of_origin": (
        "Origin", "Provenance", "Findspot", "Find spot", "Place of discovery", "Lieu d'origine",
        "Origine", "Lieu de découverte", "Lieu de provenance", "مكان المنشأ", "Походження",
    ),
    "related_written_material": (
        "Bibliography", "Literature", "Bibliographie", "Sources", "Documentation",
        "المراجع", "Бібліографія",
    ),
    "cross_references": (
        "Cross-references", "Related objects", "Objets liés", "Objets associés", "Renvois",
    ),
    "date_documented": (
        "Documented", "Documented on", "Date of documentation", "Date de documentation",
        "Documenté le",
    ),
    "red_list_category": (
        "Red List", "Red List category", "ICOM Red List", "Liste rouge",
        "Catégorie Liste rouge", "Liste rouge de l'ICOM",
    ),
    "status": ("State", "Statut", "Situation", "الحالة", "Статус"),
    "current_location": (
        "Location", "Storage location", "Localisation", "Localisation actuelle",
        "Emplacement", "Lieu de conservation", "الموقع", "Місцезнаходження",
    ),
    "coordinates": (
        "GPS", "Lat/Lon", "Lat, Lon", "Latitude, longitude", "Coordonnées",
        "Coordonnées GPS", "الإحداثيات", "Координати",
    ),
    "salvage_priority": (
        "Priority", "Evacuation priority", "Rescue priority", "Priorité",
        "Priorité de sauvetage", "Priorité d'évacuation", "الأولوية", "Пріоритет",
    ),
    "significance": ("Importance", "Intérêt", "Valeur patrimoniale", "الأهمية", "Значення"),
    "notes": (
        "Note", "Remarks", "Comments", "Remarques", "Commentaires", "Observations",
        "ملاحظات", "Примітки",
    ),
}
# fmt: on


def normalize_header(text: str) -> str:
    """A heading as compared: case, accents, spaces and punctuation ignored.

    ("N° d'Inv." and "n d inv" are the same heading.)
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _build_aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for f in F.OBJECT_FIELDS:
        for name in (f.name, f.label, *_ALIASES.get(f.name, ())):
            key = normalize_header(name)
            if table.get(key, f.name) != f.name:
                raise RuntimeError(f"heading {name!r} would name two fields")
            table[key] = f.name
    return table


HEADER_ALIASES: dict[str, str] = _build_aliases()


# --- mapping columns to fields ------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # None: not imported
    how: str  # "header", "map", "skipped" (--map COLUMN=-) or "unmapped"

    @property
    def label(self) -> str:
        return self.header or f"#{self.index + 1} (no header)"


def parse_map_options(options: Sequence[str]) -> list[tuple[str, str | None]]:
    """``["Inv. No.=inventory_number", "Old ref=-"]`` → ``[(column, field or None), …]``."""
    out: list[tuple[str, str | None]] = []
    for option in options:
        column, sep, target = option.rpartition("=")
        column, target = column.strip(), target.strip()
        if not sep or not column:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    '--map {value}: write COLUMN=field, e.g. --map "Inv. No.=inventory_number".',
                ),
                value=repr(option),
            )
        out.append((column, _field_named(target)))
    return out


def _field_named(text: str) -> str | None:
    if text in ("", "-"):
        return None
    if text in F.FIELDS[F.OBJECT]:
        return text
    key = normalize_header(text)
    for f in F.OBJECT_FIELDS:
        if key in (normalize_header(f.name), normalize_header(f.label)):
            return f.name
    raise UsageError(
        QT_TRANSLATE_NOOP("errors", "--map: '{value}' is not a field of object records."),
        message(
            QT_TRANSLATE_NOOP("errors", "Known fields: {fields} (or '-' to skip a column)."),
            fields=", ".join(F.FIELDS[F.OBJECT]),
        ),
        value=text,
    )


def _find_column(header: Sequence[str], text: str) -> int:
    if re.fullmatch(r"#\d+", text):
        index = int(text[1:]) - 1
        if 0 <= index < len(header):
            return index
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--map: the file has no column {value} (it has {count})."),
            value=text,
            count=len(header),
        )
    for test in (
        lambda h: h == text,
        lambda h: h.casefold() == text.casefold(),
        lambda h: normalize_header(h) == normalize_header(text) and normalize_header(h) != "",
    ):
        found = [i for i, h in enumerate(header) if test(h)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "--map: several columns are named '{value}'."),
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        'Name the column by its position instead, e.g. --map "#{number}=…".',
                    ),
                    number=found[1] + 1,
                ),
                value=text,
            )
    shown = ", ".join(f"'{h}'" for h in header if h)
    raise UsageError(
        QT_TRANSLATE_NOOP("errors", "--map: the file has no column '{value}'."),
        message(QT_TRANSLATE_NOOP("errors", "Its columns are: {columns}."), columns=shown),
        value=text,
    )


def map_columns(
    header: Sequence[str],
    mapping: Sequence[str] | Mapping[str, str] = (),
    *,
    undecided: bool = False,
) -> list[Column]:
    """Columns of ``header`` with the field each fills.

    Raises UsageError for a bad ``--map``, or when two columns would fill the same field. With
    ``undecided`` (the desktop app, which shows every column with a field to choose for it), two
    headings that look like the same field leave the second one unmapped, and a header matching
    no field at all gives columns that are all unmapped, instead of a refusal that only the
    CLI's ``--map`` could answer: a column of data left unmapped is still refused by the import
    (:attr:`~fieldkit.records.csv_validate.ImportPlan.dropped_columns`) until the user decides.
    """
    pairs = (
        [(c, _field_named(t)) for c, t in mapping.items()]
        if isinstance(mapping, Mapping)
        else parse_map_options(mapping)
    )
    explicit: dict[int, str | None] = {}
    for column_text, target in pairs:
        index = _find_column(header, column_text)
        if index in explicit and explicit[index] != target:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "--map names the column '{column}' twice."),
                column=header[index],
            )
        explicit[index] = target
    owner: dict[str, int] = {}
    for index, target in explicit.items():
        if target is None:
            continue
        if target in owner:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "--map: columns '{first}' and '{second}' both map to {field}."
                ),
                first=header[owner[target]],
                second=header[index],
                field=target,
            )
        owner[target] = index
    columns: list[Column] = []
    for index, name in enumerate(header):
        if index in explicit:
            target = explicit[index]
            columns.append(Column(index, name, target, "map" if target else "skipped"))
            continue
        guess = HEADER_ALIASES.get(normalize_header(name)) if name else None
        if guess is None or (guess in owner and explicit.get(owner[guess]) == guess):
            # Unknown heading, or its field is taken by --map: not imported (and reported).
            columns.append(Column(index, name, None, "unmapped"))
            continue
        if guess in owner and undecided:
            columns.append(Column(index, name, None, "unmapped"))
            continue
        if guess in owner:
            other = header[owner[guess]]
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The columns '{first}' and '{second}' both look like {field}."
                ),
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        'Choose with --map, e.g. --map "{column}=-" to skip one of them.',
                    ),
                    column=name,
                ),
                first=other,
                second=name,
                field=guess,
            )
        owner[guess] = index
        columns.append(Column(index, name, guess, "header"))
    if not any(c.field for c in columns) and not undecided:
        shown = ", ".join(f"'{c.label}'" for c in columns)
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "None of the columns matches a field of object records (columns: {columns}).",
            ),
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    'Map them with --map "COLUMN=field", e.g. --map '
                    '"Inv. No.=inventory_number"; fields: {fields}.',
                ),
                fields=", ".join(F.FIELDS[F.OBJECT]),
            ),
            columns=shown,
        )
    return columns
