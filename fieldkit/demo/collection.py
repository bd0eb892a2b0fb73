"""A realistic synthetic collection for the demo vault (SPEC §11 `demo`, §13).

:func:`generate` fills an open vault with objects of invented museums in Iraq, Syria, Mali,
Ukraine and Lebanon (titles and descriptions in French, Arabic, Ukrainian and English), damage
reports for about a quarter of them, with agents, damage types, severity and urgency that follow
from the event (fire → burn and soot, flood → water stains and mould, looting → missing …), and
a few building-level reports about a site instead of an object.

A few objects (up to six, one per 30) are **documented twice**, as happens when two teams or
the same team before and after an evacuation record one object: a copy renumbered at the
temporary store, the number typed another way with the title in the other team's language, the
number in Arabic-Indic digits, a bare triage record, measurements taken again in millimetres, a
second team's record under its own mission number.
:func:`fieldkit.duplicates.candidates.find_candidates` finds them
(the pairs are listed in the vault's ``demo_collection`` meta entry, ``duplicates``).

Everything is drawn from ``random.Random(seed)``: the same seed gives the same field values
(record ids are random UUIDs and differ). Photos come from a pool of 12 pictures drawn once
(:mod:`fieldkit.demo.photos`), ingested once and referenced by many records, so
100,000 objects take minutes: the cost is that of ``Records.create_many`` (one call, and one
transaction, per batch of up to 100,000 records), not of the generator.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from fieldkit.demo import texts as T
from fieldkit.demo.evacuation import add_evacuation
from fieldkit.demo.photos import DemoPhoto, generate_photos
from fieldkit.errors import CancelledError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import fields as F
from fieldkit.records.completeness import OBJECT_ID_CATEGORIES, missing_categories
from fieldkit.records.service import Records
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault import audit
from fieldkit.vault.vault import Vault

DEFAULT_SEED = 2026
# Records per create_many call, i.e. per transaction: as many as a spreadsheet of 100,000 rows
# gives the import (one call for the file). A large transaction writes each page of the random
# indexes once, at its COMMIT, instead of once per 5,000 records: `demo --objects 100000` on 2
# cores went from 4,585-4,804 to 6,208-6,579 objects/s and from 5,765-6,260 to 12,272-12,358
# damage reports/s, with create_many's larger chunks (back to back under chrt). The cap bounds
# the write-ahead log (a transaction's pages stay in it until its COMMIT: 515 MB at 100,000
# objects), the wait at the COMMIT (2-4 s at 100,000; progress does not move meanwhile) and
# what a cancel takes back.
BATCH = 100_000
META_KEY = "demo_collection"
AUDIT_ACTION = "record_created"  # the audit vocabulary has no demo action
# The phases of the generation, as the progress line names them.
PHASES = (
    QT_TRANSLATE_NOOP("progress", "photos"),
    QT_TRANSLATE_NOOP("progress", "objects"),
    QT_TRANSLATE_NOOP("progress", "damage reports"),
    QT_TRANSLATE_NOOP("progress", "site reports"),
)
CANCELLED = QT_TRANSLATE_NOOP("errors", "Cancelled; the demo vault holds part of the collection.")
CANCELLED_HINT = QT_TRANSLATE_NOOP(
    "errors", "Delete the demo folder and run `fieldkit demo` again for a full one."
)
_T = TypeVar("_T")

_STATUS_WEIGHTS = (
    ("in_place", 36),
    ("in_storage", 26),
    ("evacuated", 21),
    ("on_loan", 3),
    ("missing", 6),
    ("stolen", 3),
    ("destroyed", 5),
)
_PRIORITY_WEIGHTS = ((1, 10), (2, 25), (3, 40), (4, 20), (None, 5))
# Chance that an object has a damage report, by status (about a quarter overall).
_DAMAGE_CHANCE = {
    "destroyed": 1.0,
    "stolen": 0.9,
    "missing": 0.8,
    "in_place": 0.18,
    "evacuated": 0.15,
    "in_storage": 0.12,
    "on_loan": 0.02,
}
_FOLLOW_UP = 0.1  # damaged objects assessed twice
# What an emergency triage records of an object, whoever does it: the collection's triaged
# objects and the planted duplicates that are a triage of an object documented elsewhere.
_TRIAGE_FIELDS = ("inventory_number", "institution", "title", "object_type", "status")
_CAPTIONS = {
    "overall": {
        "fr": "Vue d'ensemble",
        "ar": "منظر عام",
        "uk": "Загальний вигляд",
        "en": "Overall view",
    },
    "detail": {
        "fr": "Détail : inscription",
        "ar": "تفصيل: الكتابة",
        "uk": "Деталь: напис",
        "en": "Detail: inscription",
    },
    "damage": {
        "fr": "Dommages constatés",
        "ar": "الأضرار الملاحظة",
        "uk": "Зафіксовані пошкодження",
        "en": "Damage observed",
    },
}
_FRAGMENT = {"fr": " (fragment)", "ar": " (جزء)", "uk": " (фрагмент)", "en": " (fragment)"}
_NEGLECT_AGENTS = (
    "incorrect_humidity",
    "pests",
    "light_uv",
    "pollutants",
    "incorrect_temperature",
    "dissociation",
)
_NEGLECT_DAMAGE = {
    "incorrect_humidity": ("mould", "corrosion"),
    "pests": ("loss_of_parts", "other"),
    "light_uv": ("other",),
    "pollutants": ("corrosion",),
    "incorrect_temperature": ("cracking",),
    "dissociation": ("other",),
}
_PHYSICAL_DAMAGE = ("breakage", "cracking", "loss_of_parts", "deformation")
_SEVERITY_WEIGHTS = {
    "default": (2, 30, 38, 25, 5),
    "fire": (0, 15, 35, 35, 15),
    "neglect": (5, 45, 35, 15, 0),
}


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    objects: int
    incomplete_objects: int
    damage_reports: int
    site_reports: int
    photos: int  # distinct photos stored
    records_with_photos: int
    seconds: float

    @property
    def records(self) -> int:
        return self.objects + self.damage_reports + self.site_reports

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        data["records"] = self.records
        data["records_per_second"] = round(self.records_per_second, 1)
        return data


@dataclass(frozen=True)
class _Damaged:
    """An object that will get a damage report (decided while generating objects)."""

    index: int
    institution: T.Institution
    language: str
    status: str
    archetype: str


_POOLED = frozenset(
    {
        "institution",
        "title",
        "object_type",
        "materials_techniques",
        "inscriptions_markings",
        "date_period",
        "maker",
        "subject",
        "description",
        "place_of_origin",
        "status",
        "red_list_category",
        "significance",
        "notes",
        "distinguishing_features",
    }
)


class _Cleaner:
    """``fields.clean_fields`` for objects, remembering the verdict on pooled phrases.

    The same few hundred phrases recur in every record; cleaning each once instead of 100,000
    times keeps the generator cheap. The result is exactly that of ``clean_fields`` (the tests
    check every record against it).
    """

    def __init__(self) -> None:
        self.known: dict[tuple[str, str], Any] = {}

    def __call__(self, values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in values.items():
            if name in _POOLED and isinstance(value, str):
                key = (name, value)
                if key not in self.known:
                    self.known[key] = F.clean_value(F.OBJECT, name, value)
                cleaned = self.known[key]
            else:
                cleaned = F.clean_value(F.OBJECT, name, value)
            if cleaned is not None:
                out[name] = cleaned
        return out


class _Weighted:
    """Weighted choice with precomputed cumulative weights (cheap at 100,000 draws)."""

    def __init__(self, pairs: Sequence[tuple[Any, int]]) -> None:
        self.values = [v for v, _ in pairs]
        total = 0
        self.cumulative = []
        for _, w in pairs:
            total += w
            self.cumulative.append(total)

    def __call__(self, rnd: random.Random) -> Any:
        return rnd.choices(self.values, cum_weights=self.cumulative)[0]


def _one(rnd: random.Random, items: Sequence[_T]) -> _T:
    return items[int(rnd.random() * len(items))]


def _some(rnd: random.Random, items: Sequence[str], low: int, high: int) -> list[str]:
    return rnd.sample(list(items), min(len(items), rnd.randint(low, high)))


def _day_between(rnd: random.Random, start: str, end: str) -> date:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return first + timedelta(days=rnd.randint(0, max(0, (last - first).days)))


class _Generator:
    def __init__(self, seed: int, photos: dict[str, str]) -> None:
        self.rnd = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
        self.damage_rnd = random.Random(seed + 1)  # noqa: S311
        self.site_rnd = random.Random(seed + 2)  # noqa: S311
        self.photos = photos
        self.institution = _Weighted([(i, i.weight) for i in T.INSTITUTIONS])
        self.language = {i.key: _Weighted(i.languages) for i in T.INSTITUTIONS}
        self.archetype = {i.key: _Weighted(i.archetypes) for i in T.INSTITUTIONS}
        self.status = _Weighted(_STATUS_WEIGHTS)
        self.priority = _Weighted(_PRIORITY_WEIGHTS)
        self.events = {
            i.key: _Weighted([((e, lo, hi), w) for e, w, lo, hi in i.events])
            for i in T.INSTITUTIONS
        }
        self.counters = {i.key: 0 for i in T.INSTITUTIONS}
        self.clean = _Cleaner()
        self.incomplete = 0
        self.with_photos = 0
        self.last: tuple[T.Institution, str, T.Archetype] | None = None

    # --- objects ---------------------------------------------------------------------------

    def object(self, index: int) -> tuple[dict[str, Any], _Damaged | None]:
        rnd = self.rnd
        inst: T.Institution = self.institution(rnd)
        lang: str = self.language[inst.key](rnd)
        arch = T.ARCHETYPES[self.archetype[inst.key](rnd)]
        self.counters[inst.key] += rnd.randint(1, 3)
        number = inst.inventory.format(n=self.counters[inst.key], year=rnd.randint(1962, 2019))
        status: str = self.status(rnd)
        priority = self.priority(rnd)
        title = _one(rnd, T.pick_text(arch.titles, lang))
        self.last = (inst, lang, arch)
        if rnd.random() < 0.08:
            title += _FRAGMENT[lang]
        n, k = rnd.randint(1, 24), rnd.randint(1, 12)
        location_pool = T.LOCATIONS.get(status, T.LOCATIONS["lost"])
        values: dict[str, Any] = {
            "inventory_number": number,
            "institution": inst.names.get(lang) or inst.names["en"],
            "title": title,
            "object_type": arch.object_type.get(lang) or arch.object_type["en"],
            "materials_techniques": _one(rnd, T.pick_text(arch.materials, lang)),
            "measurements": [
                {"dimension": dim, "value": round(rnd.uniform(lo, hi) * 2) / 2, "unit": unit}
                for dim, lo, hi, unit in arch.measurements
            ],
            "inscriptions_markings": _one(rnd, T.pick_text(arch.inscriptions, lang)),
            "date_period": _one(rnd, T.pick_text(arch.periods, lang)),
            "maker": _one(rnd, T.pick_text(arch.makers, lang)),
            "subject": _one(rnd, T.pick_text(arch.subjects, lang)),
            "distinguishing_features": "; ".join(_some(rnd, T.pick_text(T.FEATURES, lang), 1, 2)),
            "description": " ".join(_some(rnd, T.pick_text(arch.descriptions, lang), 1, 2)),
            "place_of_origin": _one(rnd, T.pick_text(inst.places, lang)),
            "date_documented": _day_between(rnd, "2018-01-08", "2026-02-27").isoformat(),
            "status": status,
            "current_location": _one(rnd, location_pool.get(lang) or location_pool["en"]).format(
                n=n, k=k
            ),
            "salvage_priority": priority,
        }
        if rnd.random() < 0.35:
            values["related_written_material"] = _one(rnd, T.pick_text(T.LITERATURE, lang)).format(
                n=rnd.randint(1, 400), k=rnd.randint(1, 12)
            )
        if inst.red_list and rnd.random() < 0.4:
            values["red_list_category"] = inst.red_list
        if priority in (1, 2) or rnd.random() < 0.2:
            values["significance"] = _one(rnd, T.pick_text(T.SIGNIFICANCE, lang))
        if rnd.random() < 0.25:
            values["notes"] = _one(rnd, T.pick_text(T.NOTES, lang))
        if status in ("in_place", "in_storage") and rnd.random() < 0.3:
            lat, lon = inst.coordinates
            values["coordinates"] = {
                "lat": round(lat + rnd.uniform(-0.01, 0.01), 6),
                "lon": round(lon + rnd.uniform(-0.01, 0.01), 6),
            }
        media: list[dict[str, str]] = []
        tier = rnd.random()
        if tier < 0.60:  # complete Object ID record
            media.append(self._media("overall", arch.key, lang))
            if rnd.random() < 0.25:
                media.append(self._media("detail", "inscription", lang))
        elif tier < 0.88:  # partly documented
            for name, _ in rnd.sample(
                OBJECT_ID_CATEGORIES[:5] + OBJECT_ID_CATEGORIES[6:], rnd.randint(1, 3)
            ):
                values.pop(name, None)
            if rnd.random() < 0.6:
                media.append(self._media("overall", arch.key, lang))
        else:  # emergency triage: the bare minimum, no photo yet
            keep = (*_TRIAGE_FIELDS, "current_location", "salvage_priority", "date_documented")
            values = {key: values[key] for key in keep if key in values}
        row = self.clean(values)
        if media:
            row["_media"] = media
            self.with_photos += 1
        if missing_categories(row, media):
            self.incomplete += 1
        damaged = None
        if rnd.random() < _DAMAGE_CHANCE[status]:
            damaged = _Damaged(index, inst, lang, status, arch.key)
        return row, damaged

    def _media(self, role: str, photo: str, lang: str) -> dict[str, str]:
        return {"sha256": self.photos[photo], "role": role, "caption": _CAPTIONS[role][lang]}

    # --- damage reports ----------------------------------------------------------------------

    def _event(self, inst: T.Institution, status: str) -> tuple[str, str, str]:
        rnd = self.damage_rnd
        event: tuple[str, str, str] = self.events[inst.key](rnd)
        if status in ("missing", "stolen"):
            lootings = [e for e, _, _, _ in inst.events if e == "looting"]
            if lootings or rnd.random() < 0.7:
                window = next(((lo, hi) for e, _, lo, hi in inst.events if e == "looting"), None)
                lo, hi = window or (event[1], event[2])
                return ("looting", lo, hi)
        if status == "destroyed" and event[0] in ("neglect", "storm", "looting"):
            for e, _, lo, hi in inst.events:
                if e in ("armed_conflict", "fire", "vandalism"):
                    return (e, lo, hi)
        return event

    def damage(self, target: _Damaged | None, object_id: str | None) -> dict[str, Any]:
        rnd = self.damage_rnd if target is not None else self.site_rnd
        if target is not None:
            inst, lang, status = target.institution, target.language, target.status
        else:
            inst = self.institution(rnd)
            lang = self.language[inst.key](rnd)
            status = "in_place"
        event, lo, hi = (
            self._event(inst, status) if target is not None else self.events[inst.key](rnd)
        )
        started = _day_between(rnd, lo, hi)
        ended = started + timedelta(days=rnd.choice((0, 0, 0, 1, 2, 7)))
        seen = ended + timedelta(days=rnd.randint(1, 120))
        observed = f"{seen.isoformat()}T{rnd.randint(8, 17):02d}:{rnd.choice((0, 15, 30, 45)):02d}"
        agents, damage_types = self._agents_and_damage(event, status, target)
        severity = self._severity(event, status, damage_types)
        family = T.FAMILY[event]
        urgency = self._urgency(severity, damage_types == ["missing"])
        values: dict[str, Any] = {
            "object_id": object_id,
            "observed_at": observed,
            "assessor": _one(rnd, inst.assessors),
            "event_type": event,
            "event_description": _one(rnd, T.pick_text(T.EVENT_DESCRIPTIONS[event], lang)),
            "event_date_from": started.isoformat(),
            "event_date_to": ended.isoformat(),
            "agents": agents,
            "damage_types": damage_types,
            "severity": severity,
            "extent": self._extent(severity),
            "certainty": self._certainty(status),
            "urgency": urgency,
            "description": self._description(damage_types, lang),
        }
        if target is None:
            values["site"] = _one(rnd, T.pick_text(inst.sites, lang))
        if rnd.random() < 0.7:
            values["actions_taken"] = _one(rnd, T.pick_text(T.ACTIONS_TAKEN[family], lang))
        if rnd.random() < 0.8:
            values["recommended_actions"] = _one(rnd, T.pick_text(T.RECOMMENDED[family], lang))
        if rnd.random() < 0.5:
            values["remaining_hazards"] = _one(rnd, T.pick_text(T.HAZARDS[family], lang))
        row = F.clean_fields(F.DAMAGE, values)
        photo = {"fire": "fire", "water": "water"}.get(family)
        if target is None:
            photo = "room" if rnd.random() < 0.7 else None
        if photo is not None and rnd.random() < 0.5:
            row["_media"] = [self._media("damage", photo, lang)]
            self.with_photos += 1
        return row

    def follow_up(self, first: dict[str, Any], target: _Damaged) -> dict[str, Any]:
        """A second assessment of the same event, weeks later: confirmed, with what was done."""
        rnd = self.damage_rnd
        family = T.FAMILY[first["event_type"]]
        seen = date.fromisoformat(first["observed_at"][:10]) + timedelta(days=rnd.randint(14, 180))
        row = {k: v for k, v in first.items() if k != "_media"}
        row["observed_at"] = f"{seen.isoformat()}T{rnd.randint(8, 17):02d}:00"
        row["assessor"] = _one(rnd, target.institution.assessors)
        row["certainty"] = "confirmed"
        row["actions_taken"] = _one(rnd, T.pick_text(T.ACTIONS_TAKEN[family], target.language))
        row.pop("remaining_hazards", None)
        if first["severity"] in ("moderate", "severe") and rnd.random() < 0.3:
            row["severity"] = "severe"  # damage progressed (mould, corrosion, collapse)
            row["urgency"] = "immediate"
        elif "missing" not in first["damage_types"]:  # stabilised since: less urgent
            row["urgency"] = {"immediate": "high", "high": "medium"}.get(
                first["urgency"], first["urgency"]
            )
            if first["severity"] == "severe":
                row["urgency"] = "high"
        return F.clean_fields(F.DAMAGE, row)

    def _agents_and_damage(
        self, event: str, status: str, target: _Damaged | None
    ) -> tuple[list[str], list[str]]:
        rnd = self.damage_rnd if target is not None else self.site_rnd
        metal = target is not None and target.archetype in ("coin", "statuette")
        if event == "looting" and status in ("missing", "stolen"):
            return ["thieves_vandals", "dissociation"], ["missing"]
        if event == "fire":
            agents = ["fire"] + [
                a for a, p in (("water", 0.5), ("pollutants", 0.4)) if rnd.random() < p
            ]
            damage = ["burn", "soot", *_some(rnd, ("deformation", "cracking"), 0, 1)]
            if "water" in agents and rnd.random() < 0.5:
                damage.append("water_stain")
            return agents, damage
        if event in ("flood", "storm"):
            agents = ["water"] + (["physical_forces"] if event == "storm" else [])
            agents += [
                a for a, p in (("incorrect_humidity", 0.5), ("pests", 0.2)) if rnd.random() < p
            ]
            damage = ["water_stain"]
            damage += [
                d
                for d, p in (
                    ("mould", 0.6),
                    ("corrosion", 0.8 if metal else 0.1),
                    ("deformation", 0.3),
                )
                if rnd.random() < p
            ]
            if event == "storm" and rnd.random() < 0.4:
                damage.append("breakage")
            return agents, damage
        if event == "armed_conflict":
            agents = ["physical_forces"] + [
                a for a, p in (("fire", 0.2), ("thieves_vandals", 0.1)) if rnd.random() < p
            ]
            damage = _some(
                rnd,
                ("breakage", "bullet_or_shrapnel_impact", "loss_of_parts", "cracking", "abrasion"),
                1,
                2,
            )
            if "fire" in agents:
                damage += ["burn", "soot"]
            return agents, damage
        if event == "looting":
            agents = ["thieves_vandals"] + [
                a for a, p in (("dissociation", 0.6), ("physical_forces", 0.3)) if rnd.random() < p
            ]
            return agents, _some(rnd, ("breakage", "loss_of_parts", "abrasion"), 1, 2)
        if event == "vandalism":
            return ["thieves_vandals", "physical_forces"], _some(
                rnd, ("breakage", "abrasion", "loss_of_parts", "other"), 1, 2
            )
        if event == "neglect":
            agents = _some(rnd, _NEGLECT_AGENTS, 1, 2)
            damage = [_one(rnd, _NEGLECT_DAMAGE[agent]) for agent in agents]
            if metal and "corrosion" not in damage and rnd.random() < 0.6:
                damage.append("corrosion")
            return agents, damage
        agents = ["physical_forces"] + (
            ["water"] if event == "structural_failure" and rnd.random() < 0.3 else []
        )
        return agents, _some(rnd, _PHYSICAL_DAMAGE, 1, 2)

    def _severity(self, event: str, status: str, damage_types: list[str]) -> str:
        rnd = self.damage_rnd
        if status == "destroyed":
            return "destroyed"
        if damage_types == ["missing"]:
            return "severe"
        weights = _SEVERITY_WEIGHTS.get(event, _SEVERITY_WEIGHTS["default"])
        return rnd.choices(F.FIELDS[F.DAMAGE]["severity"].choices, weights=weights)[0]

    def _extent(self, severity: str) -> str:
        options = {
            "none": ("localized",),
            "minor": ("localized", "localized", "partial"),
            "moderate": ("partial", "partial", "extensive"),
            "severe": ("extensive", "extensive", "total"),
            "destroyed": ("total",),
        }
        return _one(self.damage_rnd, options[severity])

    def _certainty(self, status: str) -> str:
        weights = (50, 45, 5) if status in ("missing", "stolen") else (70, 20, 10)
        return self.damage_rnd.choices(("confirmed", "probable", "possible"), weights=weights)[0]

    def _urgency(self, severity: str, lost: bool) -> str:
        if lost:  # circulate the record while the trail is fresh
            return "high"
        options = {
            "none": ("low",),
            "minor": ("medium", "low", "low"),
            "moderate": ("high", "medium", "medium"),
            "severe": ("immediate", "immediate", "high"),
            "destroyed": ("low", "medium"),
        }
        return _one(self.damage_rnd, options[severity])

    @staticmethod
    def _description(damage_types: list[str], lang: str) -> str:
        phrases = [T.DAMAGE_PHRASES[d][lang] for d in damage_types]
        text = ("، " if lang == "ar" else ", ").join(phrases)
        return text[:1].upper() + text[1:] + "."


# --- objects documented twice ----------------------------------------------------------------

_SECOND_LANGUAGE = {"fr": "ar", "ar": "fr", "en": "ar", "uk": "en"}
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_TEMPORARY_STORE = {
    "fr": "Dépôt temporaire, caisse {k}",
    "ar": "المخزن المؤقت، صندوق {k}",
    "uk": "Тимчасове сховище, ящик {k}",
    "en": "Temporary store, crate {k}",
}
_RENUMBERED_NOTE = {
    "fr": "Inventorié au dépôt temporaire ; numéro d’origine illisible sur l’étiquette.",
    "ar": "جُرد في المخزن المؤقت؛ رقم الجرد الأصلي غير مقروء على الملصق.",
    "uk": "Описано в тимчасовому сховищі; первинний номер на етикетці нерозбірливий.",
    "en": "Inventoried at the temporary store; the original number is illegible on the label.",
}
DUPLICATE_KINDS = (
    "renumbered",
    "other_language",
    "arabic_digits",
    "triage",
    "remeasured",
    "field_number",
)


@dataclass
class _Original:
    index: int
    row: dict[str, Any]
    institution: T.Institution
    language: str
    archetype: T.Archetype


_TITLES = {title: row for row in T.TITLE_TRANSLATIONS for title in row.values()}


def _translated_title(title: str, source: str, target: str) -> str | None:
    """``title`` (in ``source``) as written in ``target``; None if the demo does not know it."""
    base = title.removesuffix(_FRAGMENT.get(source, ""))
    translated = _TITLES.get(base, {}).get(target)
    if translated is None:
        return None
    return translated + (_FRAGMENT[target] if base != title else "")


def _fits(kind: str, row: dict[str, Any], language: str) -> bool:
    """Whether a generated object can be the original of this kind of second record."""
    if len(row.get("measurements", ())) < 2 or "title" not in row:
        return False
    if kind in ("other_language", "arabic_digits"):
        other = _SECOND_LANGUAGE[language]
        return _translated_title(str(row["title"]), language, other) is not None
    return True


def _second_record(original: _Original, kind: str, number: int) -> dict[str, Any]:
    """How a second team documents ``original`` (one of DUPLICATE_KINDS)."""
    row = {k: v for k, v in original.row.items() if k != "_media"}
    lang, arch = original.language, original.archetype
    typed = str(row.get("inventory_number", ""))
    if kind == "renumbered":
        row["inventory_number"] = f"EVAC-2024-{number:03d}"
        row["status"] = "evacuated"
        row["current_location"] = _TEMPORARY_STORE[lang].format(k=number % 40 + 1)
        row["notes"] = _RENUMBERED_NOTE[lang]
        for name in ("description", "significance", "coordinates", "related_written_material"):
            row.pop(name, None)
    elif kind in ("other_language", "arabic_digits"):
        other = _SECOND_LANGUAGE[lang]
        row["title"] = _translated_title(str(row["title"]), lang, other) or row["title"]
        row["object_type"] = arch.object_type.get(other) or arch.object_type["en"]
        row["institution"] = original.institution.names.get(other) or row.get("institution")
        # What the second team wrote in its own words is not the first team's text.
        for name in (
            "description",
            "distinguishing_features",
            "place_of_origin",
            "current_location",
            "notes",
            "significance",
            "related_written_material",
            "materials_techniques",
            "date_period",
            "maker",
            "subject",
            "inscriptions_markings",
        ):
            row.pop(name, None)
        if kind == "other_language":
            row["inventory_number"] = typed.lower().replace(".", " ")
        else:
            row["inventory_number"] = typed.translate(_ARABIC_DIGITS).replace(".", "/")
    elif kind == "triage":
        keep = (*_TRIAGE_FIELDS, "measurements", "salvage_priority", "date_documented")
        row = {k: row[k] for k in keep if k in row}
        row["inventory_number"] = _retyped(_LEADING_ZEROS.sub("", typed).replace(".", "-"), typed)
    elif kind == "remeasured":
        row["inventory_number"] = _retyped(_SEPARATOR.sub(" ", typed), typed)
        row["measurements"] = [
            {**m, "value": round(float(m["value"]) * 10, 1), "unit": "mm"}
            if m["unit"] == "cm"
            else m
            for m in row.get("measurements", [])
        ]
    else:  # field_number: a second team without the register numbers by its own mission
        row["inventory_number"] = f"MISSION-2023/{number}"
        row.pop("related_written_material", None)
    return row


_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")
_SEPARATOR = re.compile(r"[.\-/]")


def _retyped(variant: str, typed: str) -> str:
    """``variant`` of the number, or another if it came out the same (each record's number as
    typed stays unique in the demo)."""
    return variant if variant != typed else typed.lower() if typed.lower() != typed else f"{typed} "


def _ingest_photos(
    vault: Vault, records: Records, seed: int, reporter: _Reporter
) -> tuple[dict[str, str], int]:
    from fieldkit.records.photos import ingest_photo

    pool: list[DemoPhoto] = generate_photos(seed)
    shas: dict[str, str] = {}
    reporter.start("photos", len(pool))
    with vault.transaction() as db:
        for photo in pool:
            reporter.check()
            info = ingest_photo(vault, db, photo.jpeg, reporter.check_fn)
            shas[photo.key] = info.sha256
            if info.new:
                audit.append(
                    db, records.identity.fingerprint, "photo_added", {"sha256": info.sha256}
                )
            reporter.step()
    return shas, len(set(shas.values()))


def _write_meta(vault: Vault, data: dict[str, Any]) -> None:
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (META_KEY, json.dumps(data, sort_keys=True)),
        )


def demo_state(vault: Vault) -> dict[str, Any] | None:
    """What :func:`generate` recorded in this vault (None: never run here)."""
    text = vault.meta(META_KEY)
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _offset(reporter: Reporter, base: int) -> Callable[[int], None]:
    """create_many's progress (index within a batch) as progress over the whole phase."""
    return lambda i: reporter.advance(base + i)


class _Reporter(Reporter):
    """The generation's reporter: its cancel says what was kept (batches already written)."""

    def check(self) -> None:
        if self.cancelled:
            raise CancelledError(CANCELLED, CANCELLED_HINT)

    def check_fn(self) -> bool:
        """The check as the older ``cancel`` callables below expect it (raises the message
        above rather than answering True)."""
        self.check()
        return False


def generate(
    vault: Vault,
    objects: int,
    seed: int = DEFAULT_SEED,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
    batch_size: int = BATCH,
) -> DemoSummary:
    """Fill ``vault`` with ``objects`` synthetic objects, their damage reports and photos.

    Records are created in batches of ``batch_size`` (one transaction each): objects first,
    then damage reports pointing at them, then building-level reports. ``progress`` hears the
    phases "photos", "objects", "damage reports" and "site reports", each from 0 to its total.
    Raises CancelledError when ``cancel`` returns True (batches already written stay; the
    vault's ``demo_collection`` meta entry then says ``"complete": false``).
    """
    if objects < 0:
        raise ValueError("objects must be zero or more")
    started = time.perf_counter()
    records = Records(vault)
    _write_meta(vault, {"seed": seed, "objects": objects, "complete": False})
    reporter = _Reporter(progress, cancel)
    photos, photo_count = _ingest_photos(vault, records, seed, reporter)
    gen = _Generator(seed, photos)

    ids: list[str] = []
    damaged: list[_Damaged] = []
    twice = min(len(DUPLICATE_KINDS), objects // 30)  # the last `twice` objects are copies
    originals: list[_Original] = []

    def drawn(start: int, stop: int) -> Iterator[dict[str, Any]]:
        # Drawn as create_many takes them: a batch's rows are never all in memory at once
        # (100,000 of them took 126 MB), and progress moves while they are drawn.
        for index in range(start, stop):
            row, plan = gen.object(index)
            if (
                len(originals) < twice
                and index < objects - twice
                and gen.last is not None
                and _fits(DUPLICATE_KINDS[len(originals)], row, gen.last[1])
            ):
                originals.append(_Original(index, dict(row), *gen.last))
            elif index >= objects - twice and len(originals) == twice:
                which = index - (objects - twice)
                row = _documented_twice(gen, row, originals[which], DUPLICATE_KINDS[which])
                plan = None  # its damage report would be about the object it replaced
            if plan is not None:
                damaged.append(plan)
            yield row

    reporter.start("objects", objects)
    for start in range(0, objects, batch_size):
        reporter.check()
        ids.extend(
            records.create_many(
                F.OBJECT,
                drawn(start, min(objects, start + batch_size)),
                progress=_offset(reporter, len(ids)),
                cancel=reporter.check_fn,
                audit_action=AUDIT_ACTION,
            )
        )
        reporter.advance(len(ids))

    damage_rows: list[dict[str, Any]] = []
    for target in damaged:
        row = gen.damage(target, ids[target.index])
        damage_rows.append(row)
        if gen.damage_rnd.random() < _FOLLOW_UP and row["severity"] != "destroyed":
            damage_rows.append(gen.follow_up(row, target))
    sites = max(2, objects // 40) if objects else 0
    site_rows = [gen.damage(None, None) for _ in range(sites)]
    for kind_rows, phase in ((damage_rows, "damage reports"), (site_rows, "site reports")):
        total = len(kind_rows)
        written = 0
        reporter.start(phase, total)
        for start in range(0, total, batch_size):
            reporter.check()
            batch = kind_rows[start : start + batch_size]
            written += len(
                records.create_many(
                    F.DAMAGE,
                    batch,
                    progress=_offset(reporter, written),
                    cancel=reporter.check_fn,
                    audit_action=AUDIT_ACTION,
                )
            )
            reporter.advance(written)
    add_evacuation(records, ids)  # an evacuation in progress (fieldkit.demo.evacuation)
    summary = DemoSummary(
        seed=seed,
        objects=len(ids),
        incomplete_objects=gen.incomplete,
        damage_reports=len(damage_rows),
        site_reports=len(site_rows),
        photos=photo_count,
        records_with_photos=gen.with_photos,
        seconds=time.perf_counter() - started,
    )
    pairs = [[ids[o.index], ids[objects - twice + i]] for i, o in enumerate(originals)]
    _write_meta(
        vault,
        {
            **summary.to_json(),
            "complete": True,
            "duplicates": pairs if len(originals) == twice else [],
        },
    )
    return summary


def _documented_twice(
    gen: _Generator, replaced: dict[str, Any], original: _Original, kind: str
) -> dict[str, Any]:
    """The second record of ``original``, in place of the row ``replaced``: the generator's
    counts follow the row that is stored."""
    row = gen.clean(_second_record(original, kind, original.index + 100))
    media = [dict(m) for m in original.row.get("_media", ())] if kind != "triage" else []
    if media:
        row["_media"] = media
    replaced_media = replaced.get("_media", [])
    gen.incomplete += bool(missing_categories(row, media)) - bool(
        missing_categories(replaced, replaced_media)
    )
    gen.with_photos += bool(media) - bool(replaced_media)
    return row
