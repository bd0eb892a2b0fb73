"""Possible duplicates among a vault's objects: pairs with a score and the reasons for it.

This module is the contract between detection and its users (the ``duplicates`` command, the
desktop app's *Possible duplicates* page, the decisions): :class:`Reason`, :class:`Candidate`,
:func:`find_candidates` and :func:`normalise_inventory_number`.

How it finds them, so that 100,000 objects take seconds and not the 5·10⁹ comparisons of
every pair with every other:

1. **Features** of every live object (deleted ones never): the normalised inventory number
   (and its digits alone), the words and consonant skeletons of the title, institution, type
   and materials (:mod:`fieldkit.duplicates.text`: compared within a script and across
   Arabic, Cyrillic and Latin), the measurements converted to centimetres or grams, and the
   perceptual hashes of the photos (:mod:`fieldkit.duplicates.photo_hash`, cached).
2. **Blocking**: pairs are only formed between objects sharing a key: the same normalised
   number, the same digits, one of the object's three rarest title words or skeletons, the same
   photo, one 16-bit band of a photo hash in any rotation (locality-sensitive hashing: two
   hashes within 3 bits always share a band; three shared bands make a pair) or the whole
   hash in any rotation (bands alone are too common at 100,000 photos). A key shared by more
   than ``_BUCKET_CAP`` objects says nothing about any two of them (a common word, a photo of a
   whole shelf used on many records) and forms no pairs.
3. **Score**: each signal adds its weight of evidence (log-odds) to a prior, negative evidence
   (the same numbering series with another number, measurements that differ, another
   institution) subtracts, and the sum goes through the logistic function: a score in 0..1.
   Title words weigh by their rarity (IDF), so two jars both called "Turquoise-glazed jar" are
   not the same jar for it. Pairs scoring ``min_score`` or more are returned, best first, with
   the positive signals as :class:`Reason` objects.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from fieldkit.duplicates import photo_hash
from fieldkit.duplicates.text import script_of, skeleton, tokens
from fieldkit.errors import CancelledError
from fieldkit.i18n import QT_TRANSLATE_NOOP, fill, join_list, translate
from fieldkit.vault.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Reason:
    """One reason two records may be the same object.

    ``code`` is stable English (``inventory_number``, ``title``, ``photos``, ``measurements``,
    ``institution``, ``object_type``, ``materials``, …); ``template`` is an English sentence
    marked for translation in the ``duplicates`` context, with named parameters in ``params``.
    """

    code: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The reason in the current language."""
        return fill(translate("duplicates", self.template), self.template, **dict(self.params))

    def english(self) -> str:
        return fill(self.template, **dict(self.params))


@dataclass(frozen=True)
class Candidate:
    """Two objects that may be one. ``a`` is the one to keep by default (the fuller record)."""

    a: str
    b: str
    score: float  # 0..1
    reasons: tuple[Reason, ...]

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))

    def reasons_text(self) -> str:
        """The reasons as one displayed list in the current language ("a; b", Arabic «أ؛ ب»);
        ``--json`` keeps its English list (:meth:`to_json`)."""
        return join_list((r.text() for r in self.reasons), semicolon=True)

    def to_json(self) -> dict[str, Any]:
        """SPEC §11: ``{"a", "b", "score", "reasons": [str]}`` (reasons in English)."""
        return {
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 3),
            "reasons": [r.english() for r in self.reasons],
        }


SAME_NUMBER = QT_TRANSLATE_NOOP("duplicates", "same inventory number after normalising")
SAME_DIGITS = QT_TRANSLATE_NOOP("duplicates", "the inventory numbers have the same digits")
SAME_PHOTO = QT_TRANSLATE_NOOP("duplicates", "the same photo")
PHOTOS_ALIKE = QT_TRANSLATE_NOOP("duplicates", "photos {percent} % alike")
SAME_TITLE = QT_TRANSLATE_NOOP("duplicates", "same title")
TITLES_ALIKE = QT_TRANSLATE_NOOP("duplicates", "titles alike")
TITLES_ACROSS = QT_TRANSLATE_NOOP("duplicates", "titles alike across scripts")
MEASUREMENTS_EQUAL = QT_TRANSLATE_NOOP("duplicates", "measurements equal")
MEASUREMENTS_CLOSE = QT_TRANSLATE_NOOP("duplicates", "measurements within {percent} %")
SAME_INSTITUTION = QT_TRANSLATE_NOOP("duplicates", "same institution")
TYPE_ALIKE = QT_TRANSLATE_NOOP("duplicates", "same type of object")
MATERIALS_ALIKE = QT_TRANSLATE_NOOP("duplicates", "materials alike")

_SEPARATORS = re.compile(r"[\s._/\\-]+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def normalise_inventory_number(text: str) -> str:
    """ "MCP 1963.28", "mcp-1963-028" and "MCP١٩٦٣/٢٨" all give "MCP|1963|28"."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in folded)
    digits = _LETTER_DIGIT.sub(" ", digits)  # "MCP1963" and "MCP 1963" are one number
    parts = [p for p in _SEPARATORS.split(digits) if p]
    return "|".join(_LEADING_ZEROS.sub("", p).upper() for p in parts)


def _number_parts(key: str) -> tuple[str, str]:
    """(prefix, digits) of a normalised number: "MCP|1963|28" → ("MCP", "1963|28")."""
    parts = key.split("|") if key else []
    prefix = "|".join(p for p in parts if not p.isdigit())
    digits = "|".join(p for p in parts if p.isdigit())
    return prefix, digits


# --- measurements -------------------------------------------------------------------------------

# To centimetres (lengths) or grams (weights); a unit not here is compared only with itself.
_UNITS: dict[str, tuple[str, float]] = {
    "mm": ("length", 0.1),
    "cm": ("length", 1.0),
    "dm": ("length", 10.0),
    "m": ("length", 100.0),
    "in": ("length", 2.54),
    "inch": ("length", 2.54),
    "inches": ("length", 2.54),
    '"': ("length", 2.54),
    "ft": ("length", 30.48),
    "feet": ("length", 30.48),
    "мм": ("length", 0.1),
    "см": ("length", 1.0),
    "м": ("length", 100.0),
    "مم": ("length", 0.1),
    "ملم": ("length", 0.1),
    "سم": ("length", 1.0),
    "م": ("length", 100.0),
    "mg": ("weight", 0.001),
    "g": ("weight", 1.0),
    "kg": ("weight", 1000.0),
    "lb": ("weight", 453.592),
    "lbs": ("weight", 453.592),
    "oz": ("weight", 28.3495),
    "г": ("weight", 1.0),
    "кг": ("weight", 1000.0),
    "غ": ("weight", 1.0),
    "غم": ("weight", 1.0),
    "كغ": ("weight", 1000.0),
    "كغم": ("weight", 1000.0),
}
# Dimension names in the four languages of the app, to one English name.
_DIMENSIONS: dict[str, str] = {
    **dict.fromkeys(
        ("height", "h", "hauteur", "haut", "ht", "висота", "ارتفاع", "الارتفاع", "الطول الكلي"),
        "height",
    ),
    **dict.fromkeys(("width", "w", "largeur", "larg", "l", "ширина", "عرض", "العرض"), "width"),
    **dict.fromkeys(
        (
            "depth",
            "d",
            "profondeur",
            "prof",
            "p",
            "глибина",
            "عمق",
            "العمق",
            "thickness",
            "épaisseur",
            "epaisseur",
            "товщина",
            "سماكة",
            "السماكة",
        ),
        "depth",
    ),
    **dict.fromkeys(
        ("diameter", "diam", "diamètre", "diametre", "ø", "діаметр", "قطر", "القطر"), "diameter"
    ),
    **dict.fromkeys(("length", "longueur", "long", "довжина", "طول", "الطول"), "length"),
    **dict.fromkeys(("weight", "poids", "mass", "masse", "вага", "маса", "وزن", "الوزن"), "weight"),
}


Measure = tuple[str, float, float]  # quantity, value (cm, g or the unit's own), rounding slack


def _measurements(value: Any) -> dict[str, Measure]:
    """{dimension: (quantity, value in cm or g or the unit's own, slack)} of a measurements
    field. The slack is half the unit typed (a team measuring to the centimetre writes 31 for
    31.4), at most half a centimetre or gram."""
    out: dict[str, Measure] = {}
    if not isinstance(value, list):
        return out
    for item in value:
        if not isinstance(item, Mapping):
            continue
        dim, number, unit = item.get("dimension"), item.get("value"), item.get("unit")
        if not isinstance(dim, str) or not isinstance(unit, str):
            continue
        if isinstance(number, bool) or not isinstance(number, int | float):
            continue
        if not math.isfinite(number) or number <= 0:
            continue
        name = unicodedata.normalize("NFKC", dim).casefold().strip(" .:")
        unit_key = unicodedata.normalize("NFKC", unit).casefold().strip(" .")
        quantity, factor = _UNITS.get(unit_key, ("unit:" + unit_key, 1.0))
        out[_DIMENSIONS.get(name, name)] = (
            quantity,
            float(number) * factor,
            min(0.5, 0.5 * factor),
        )
    return out


def _measurement_gap(
    a: Mapping[str, Measure], b: Mapping[str, Measure]
) -> tuple[float, int] | None:
    """(the largest relative difference, how many dimensions) over the dimensions both give;
    None when none is comparable. Rounding to the finer of the two units is no difference; a
    difference of -1 means every dimension is exactly the same (units converted)."""
    gaps = []
    exact = True
    for dim, (qa, va, slack_a) in a.items():
        other = b.get(dim)
        if other is None or other[0] != qa:
            continue
        slack = min(slack_a, other[2])
        difference = abs(va - other[1])
        exact = exact and difference <= 1e-9 * max(va, other[1])
        gaps.append(max(0.0, difference - slack) / max(va, other[1]))
    if not gaps:
        return None
    return (-1.0 if exact else max(gaps)), len(gaps)


# --- features -----------------------------------------------------------------------------------

Tokens = tuple[frozenset[str], frozenset[str]]
_NO_TOKENS: Tokens = (frozenset(), frozenset())


@dataclass(slots=True)
class _Object:
    record_id: str
    number: str
    prefix: str
    digits: str
    title: Tokens
    title_script: str
    title_key: str
    title_numbers: frozenset[str]  # the numbers in the title: "Vase 2 of a set of 6" → 2, 6
    institution: Tokens
    institution_proper: frozenset[str]
    institution_script: str
    object_type: Tokens
    materials: Tokens
    measurements: dict[str, Measure]
    photos: tuple[str, ...]
    completeness: int
    photo_count: int


class _TokenCache:
    """tokens() of each distinct phrase once: collections repeat their phrases."""

    def __init__(self) -> None:
        self.known: dict[str, Tokens] = {}
        self.scripts: dict[str, str] = {}
        self.proper: dict[Tokens, frozenset[str]] = {}

    def script(self, value: str) -> str:
        got = self.scripts.get(value)
        if got is None:
            got = self.scripts[value] = script_of(value)
        return got

    def proper_words(self, phrase: Tokens) -> frozenset[str]:
        got = self.proper.get(phrase)
        if got is None:
            got = self.proper[phrase] = _proper(phrase)
        return got

    def __call__(self, value: Any) -> Tokens:
        if not isinstance(value, str) or not value.strip():
            return _NO_TOKENS
        value = value[:_TEXT_CAP]
        got = self.known.get(value)
        if got is None:
            got = self.known[value] = tokens(value)
        return got


_NUMBER_CAP = 200  # characters of an inventory number
_TEXT_CAP = 2000  # characters of a field looked at: a pasted book says no more than its start


def _features(row: Sequence[Any], cache: _TokenCache) -> _Object:
    record_id, fields_json, media_json, missing, photo_count = row
    try:
        # JSON text from a vault; already decoded from the archive's JSONB.
        fields = json.loads(fields_json) if isinstance(fields_json, str | bytes) else fields_json
        media = json.loads(media_json) if isinstance(media_json, str | bytes) else media_json
    except ValueError:
        fields, media = {}, []
    if not isinstance(fields, dict):
        fields = {}
    if not isinstance(media, list):
        media = []
    number_value = fields.get("inventory_number")
    # A number longer than the cut is not one (a pasted text): cut, two of them would be equal.
    number = (
        normalise_inventory_number(number_value)
        if (isinstance(number_value, str) and len(number_value.strip()) <= _NUMBER_CAP)
        else ""
    )
    prefix, digits = _number_parts(number)
    title_value = fields.get("title")
    title = cache(title_value)
    title_text = title_value[:_TEXT_CAP] if isinstance(title_value, str) else ""
    institution = cache(fields.get("institution"))
    photos = tuple(
        str(m["sha256"])
        for m in media
        if isinstance(m, Mapping) and isinstance(m.get("sha256"), str)
    )
    return _Object(
        record_id=str(record_id),
        number=number,
        prefix=prefix,
        digits=digits,
        title=title,
        title_script=cache.script(title_text),
        title_key=" ".join(sorted(title[0])),
        title_numbers=frozenset(w for w in title[0] if w.isdigit()),
        institution=institution,
        institution_proper=cache.proper_words(institution),
        institution_script=cache.script(str(fields.get("institution") or "")[:200]),
        object_type=cache(fields.get("object_type")),
        materials=cache(fields.get("materials_techniques")),
        measurements=_measurements(fields.get("measurements")),
        photos=photos,
        completeness=10 - len([m for m in str(missing or "").split(",") if m]),
        photo_count=int(photo_count or 0),
    )


def _other_members(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both titles carry numbers, and each a number the other lacks (not one title fuller)."""
    return bool(a) and bool(b) and not a <= b and not b <= a


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two institutions' own-name skeletons, both known, with nothing in common at all.

    Not even loosely: transliterations of one name differ in a letter or an attached word
    ("tms" Damas, "tmsks" Damascus, "btmsk" بدمشق), so three letters in a row in common
    count as touching (the skeletons are three letters or more).
    """
    if not a or not b:
        return False
    return not any(x[i : i + 3] in y for x in a for y in b for i in range(len(x) - 2))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


# Words every institution's name has, in the app's languages: what is left is its own name.
_GENERIC_INSTITUTION_WORDS = frozenset(
    w
    for phrase in (
        "musee museum museo musees museums национальный музей музеї національний "
        "متحف المتحف متاحف national nationale nationaux الوطني الوطنية "
        "history histoire historique historical історичний исторический التاريخي للتاريخ "
        "art arts d'art мистецтв الفنون للفنون archaeological archeologique archeology "
        "археологічний الآثار للآثار antiquities antiquites library bibliotheque "
        "бібліотека مكتبة institute institut інститут معهد collection collections "
        "fondation foundation фонд مؤسسة de du des la le les of the and et і та و",
    )
    for w in phrase.split()
)


def _proper(phrase: Tokens) -> frozenset[str]:
    """Skeletons of the proper words of an institution's name ("Mossoul", "الموصل")."""
    out = set()
    for word in phrase[0]:
        if word in _GENERIC_INSTITUTION_WORDS:
            continue
        sk = skeleton(word)
        if len(sk) >= 3:
            out.add(sk)
    return frozenset(out)


def _long(skeletons: frozenset[str]) -> frozenset[str]:
    """Skeletons of three letters or more: names rather than "de", "al", "of"."""
    return frozenset(s for s in skeletons if len(s) >= 3)


def _alike(a: Tokens, b: Tokens) -> float:
    """How alike two short phrases are, within a script (words) or across (skeletons)."""
    return max(_jaccard(a[0], b[0]), _jaccard(a[1], b[1]))


# --- scoring ------------------------------------------------------------------------------------

_PRIOR = -4.5  # log-odds that two objects sharing a blocking key are one, before any evidence
_BUCKET_CAP = 25  # a key shared by more objects than this forms no pairs
_TITLE_CAP = 8  # title words are shared by sets and series: a smaller bucket still says much
_RARE_TOKENS = 2  # title words (and skeletons) of each object whose pairs are blocking keys
_COMMON_PHOTO = 3  # a photo on more objects than this is no evidence (a shelf, a stock picture)
_BAND_BITS = 16
_BAND_MATCHES = 3  # shared photo-hash bands (over the rotations) that make a pair
DEFAULT_MIN_SCORE = 0.5


class _Scorer:
    def __init__(self, objects: list[_Object], hashes: Mapping[str, photo_hash.Hashes]) -> None:
        self.objects = objects
        self.hashes = hashes
        n = len(objects)
        self.log_n = math.log(n + 1)
        word_df: Counter[str] = Counter()
        skeleton_df: Counter[str] = Counter()
        photo_df: Counter[str] = Counter()
        for obj in objects:
            word_df.update(obj.title[0])
            skeleton_df.update(obj.title[1])
            photo_df.update(set(obj.photos))
        self.word_df = word_df
        self.skeleton_df = skeleton_df
        # IDF of every title word and skeleton, once.
        self.weights = tuple(
            {t: max(0.0, self.log_n - math.log(count)) for t, count in df.items()}
            for df in (word_df, skeleton_df)
        )
        self.common_photos = {sha for sha, count in photo_df.items() if count > _COMMON_PHOTO}
        # Perceptually identical photos on many objects (the same picture re-encoded) too.
        hash_df: Counter[int] = Counter()
        for sha, count in photo_df.items():
            h = hashes.get(sha)
            if h is not None:
                hash_df[h[0]] += count
        self.common_hashes = {h for h, count in hash_df.items() if count > _COMMON_PHOTO}

    def _title(self, a: Tokens, b: Tokens, df: Counter[str], which: int) -> tuple[float, float]:
        """(weighted Jaccard, informativeness 0..1) of the words (0) or skeletons (1)."""
        ta, tb = a[which], b[which]
        shared = ta & tb
        if not shared:
            return 0.0, 0.0
        weights = self.weights[which]
        w_shared = sum(weights[t] for t in shared)
        w_union = w_shared + sum(weights[t] for t in ta ^ tb)
        if w_union <= 0:
            return 0.0, 0.0
        # Words of one title recur together: how rare the shared words are is how rare
        # their rarest one is (a title shared verbatim by twenty objects is a common title).
        rarest = min(df.get(t, 1) for t in shared)
        span = self.log_n - math.log(2)
        rarity = max(0.0, (self.log_n - math.log(max(2, rarest))) / span) if span > 0 else 0.0
        return w_shared / w_union, min(1.0, w_shared / (2.0 * self.log_n)) * rarity**2

    def _photos(self, a: _Object, b: _Object) -> tuple[float, bool] | None:
        """(best similarity, the very same photo) of two objects' photos; None: no evidence."""
        best: float | None = None
        for sha_a in a.photos:
            if sha_a in self.common_photos:
                continue
            if sha_a in b.photos:
                return 1.0, True
            ha = self.hashes.get(sha_a)
            if ha is None or ha[0] in self.common_hashes:
                continue
            for sha_b in b.photos:
                hb = self.hashes.get(sha_b)
                if hb is None or sha_b in self.common_photos or hb[0] in self.common_hashes:
                    continue
                sim = photo_hash.similarity(ha, hb)
                if best is None or sim > best:
                    best = sim
        return None if best is None else (best, False)

    def score(self, a: _Object, b: _Object) -> tuple[float, list[Reason]]:
        logit = _PRIOR
        reasons: list[Reason] = []
        # Inventory numbers.
        if a.number and b.number:
            if a.number == b.number:
                logit += 5.5
                reasons.append(Reason("inventory_number", SAME_NUMBER))
            elif a.digits and a.digits == b.digits and len(a.digits.replace("|", "")) >= 3:
                logit += 2.5
                reasons.append(Reason("inventory_number", SAME_DIGITS))
            elif a.prefix == b.prefix:
                logit -= 3.0  # the same series, another number: most likely another object
            # Another numbering system (a temporary number after an evacuation) says nothing.
        elif a.digits and a.digits == b.digits and len(a.digits.replace("|", "")) >= 3:
            logit += 2.0
            reasons.append(Reason("inventory_number", SAME_DIGITS))
        # Photos.
        photos = self._photos(a, b)
        if photos is not None:
            sim, same = photos
            if same:
                logit += 5.0
                reasons.append(Reason("photos", SAME_PHOTO))
            elif sim >= 0.95:
                logit += 5.0
                reasons.append(Reason("photos", PHOTOS_ALIKE, {"percent": round(sim * 100)}))
            elif sim >= 0.75:
                logit += (sim - 0.75) / 0.2 * 4.5
                reasons.append(Reason("photos", PHOTOS_ALIKE, {"percent": round(sim * 100)}))
            elif sim < 0.55:
                logit -= 0.5
        # Titles: words within a script, skeletons across scripts; rare words count most.
        if _other_members(a.title_numbers, b.title_numbers):
            # "Vase 1 of a set of 6" and "Vase 2 of a set of 6": two members of one set, like
            # one series with another number, however alike the rest of the titles is.
            logit -= 3.0
        elif a.title[0] and b.title[0]:
            same_j, same_info = self._title(a.title, b.title, self.word_df, 0)
            across_j, across_info = self._title(a.title, b.title, self.skeleton_df, 1)
            same_value = same_j * same_info
            # Across scripts the translated words never match: what counts is how much rare
            # matter (names, numbers) the two titles share.
            across_value = min(1.0, across_info * 4 / 3) if across_j else 0.0
            two_scripts = a.title_script != b.title_script
            # Two languages in one script, as across scripts: "Stèle funéraire palmyrénienne"
            # and "Palmyrene funerary stele" share one word of three, and the skeletons of all three
            # (uitrial r10 #12). Only when several long skeletons agree: short ones of one
            # script meet by chance ("bowl", "bell" and "ball" are all "bl").
            translated = (
                not two_scripts and across_j >= 0.5 and len(_long(a.title[1] & b.title[1])) >= 2
            )
            across = (two_scripts or translated) and across_value > same_value
            value = across_value if across else same_value
            if value > 0.05:
                logit += 2.5 * value
                if across:
                    reasons.append(Reason("title", TITLES_ACROSS if two_scripts else TITLES_ALIKE))
                elif a.title_key == b.title_key:
                    reasons.append(Reason("title", SAME_TITLE))
                elif same_j >= 0.4:
                    reasons.append(Reason("title", TITLES_ALIKE))
            if (
                not two_scripts
                and same_j < 0.2
                and not translated
                and not (a.title[0] <= b.title[0] or b.title[0] <= a.title[0])
            ):
                logit -= 1.0  # one script, and the titles name different things
            elif two_scripts and not across_j and _long(a.title[1]) and _long(b.title[1]):
                logit -= 0.7  # two scripts, and no name or number in common
        # Measurements.
        compared = _measurement_gap(a.measurements, b.measurements)
        if compared is not None:
            gap, dims = compared
            weight = (0.8, 2.5, 3.5)[min(dims, 3) - 1]  # one equal diameter says little
            if gap < 0:  # to the last digit written: two teams measured one object
                weight = (1.2, 3.2, 4.0)[min(dims, 3) - 1]
            if gap <= 0.02:
                logit += weight
                reasons.append(Reason("measurements", MEASUREMENTS_EQUAL))
            elif gap <= 0.08:
                logit += weight / 2
                reasons.append(
                    Reason("measurements", MEASUREMENTS_CLOSE, {"percent": math.ceil(gap * 100)})
                )
            elif gap > 0.2:
                logit -= 2.0
        # Institution, type of object, materials: weak alone, telling together.
        if a.institution[0] and b.institution[0]:
            inst = _jaccard(a.institution[0], b.institution[0])
            alike_across = _jaccard(a.institution_proper, b.institution_proper)
            if inst >= 0.6 or alike_across >= 0.3:
                logit += 0.5
                reasons.append(Reason("institution", SAME_INSTITUTION))
            elif alike_across == 0 and (
                a.institution_script == b.institution_script
                or _apart(a.institution_proper, b.institution_proper)
            ):
                # Two institutions named and nothing alike, in one script or (their own names'
                # skeletons) across scripts: rarely one object.
                logit -= 2.5
        if _alike(a.object_type, b.object_type) >= 0.6:
            logit += 0.4
            reasons.append(Reason("object_type", TYPE_ALIKE))
        if _alike(a.materials, b.materials) >= 0.6:
            logit += 0.6
            reasons.append(Reason("materials", MATERIALS_ALIKE))
        return 1.0 / (1.0 + math.exp(-logit)), reasons


# --- blocking -----------------------------------------------------------------------------------


def _blocking_keys(obj: _Object, scorer: _Scorer) -> Iterable[tuple[Any, ...]]:
    """The keys an object is filed under, but for its photos' hashes (:func:`_band_keys`)."""
    if obj.number:
        yield ("n", obj.number)
    # The digits alone, also of a number typed without its prefix ("1961/3192" for
    # "MM 1961/3192"): the score counts the same digits, so the blocking must pair them.
    if len(obj.digits.replace("|", "")) >= 3:
        yield ("d", obj.digits)
    # Title: pairs of its rarest words (and of its rarest skeletons, across scripts).
    for which, df in ((0, scorer.word_df), (1, scorer.skeleton_df)):
        rarest = sorted(obj.title[which], key=lambda t: (df[t], t))[:_RARE_TOKENS]
        if len(rarest) == 1:
            yield ("t", which, rarest[0])
        for i, first in enumerate(rarest):
            for second in rarest[i + 1 :]:
                yield ("t", which, *sorted((first, second)))
    # Measurements to the nearest centimetre (or gram).
    if len(obj.measurements) >= 2 or any(
        q == "length" and v >= 10 for q, v, _ in obj.measurements.values()
    ):
        yield ("m", tuple(sorted((d, q, round(v)) for d, (q, v, _) in obj.measurements.items())))
    for sha in obj.photos:
        if sha in scorer.common_photos:
            continue
        yield ("p", sha)


_WHOLE_HASH = 1 << 64  # band keys from here on are a whole hash (63 bits) in one of its turns


def _band_keys(obj: _Object, scorer: _Scorer) -> Iterable[int]:
    """The photo-hash keys an object is filed under (integers: quick to file 100,000 objects'):
    each 16-bit band of each of its hashes' four turns, ``band << 16 | value``, and each turn's
    whole hash, ``_WHOLE_HASH | hash``.

    Bands: two hashes within 3 bits always share one. But at 100,000 photos a band's value is
    shared by hundreds of photos (hashes are far from uniform), more than ``_BUCKET_CAP``, so
    even the very same picture went unpaired (r13: 268 of the 5,000 planted pairs, photos
    97-100 % alike). A whole hash stays rare at any scale (one shared by more than
    ``_COMMON_PHOTO`` objects is no evidence and is left out already).
    """
    for sha in obj.photos:
        if sha in scorer.common_photos:
            continue
        hashes = scorer.hashes.get(sha)
        if hashes is None or hashes[0] in scorer.common_hashes:
            continue
        for h in hashes:
            yield h & 0xFFFF
            yield 1 << 16 | (h >> 16) & 0xFFFF
            yield 2 << 16 | (h >> 32) & 0xFFFF
            yield 3 << 16 | (h >> 48) & 0xFFFF
            yield _WHOLE_HASH | h


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError(
            QT_TRANSLATE_NOOP("errors", "Cancelled; the search for possible duplicates stopped.")
        )


# --- where the objects come from ----------------------------------------------------------------

ObjectRow = tuple[str, Any, Any, str | None, int]
"""(record id, fields, media, missing Object ID categories comma-separated, photo count); fields
and media as JSON text or already decoded."""


class ObjectRows(Protocol):
    """What the detector reads: the live (not deleted) objects and their photos' hashes. A
    vault is one (:class:`VaultRows`); the programme archive's PostgreSQL index is another
    (``fieldkit.archive.duplicates``). Pairs found depend only on what these return."""

    def count(self) -> int:
        """How many live objects :meth:`rows` will yield (for progress)."""
        ...

    def rows(self) -> Iterable[ObjectRow]:
        """Every live object, in any order (the pairs found do not depend on it)."""
        ...

    def cached_count(self, shas: Iterable[str]) -> int:
        """How many of these photos have a hash already (the rest are hashed now)."""
        ...

    def photo_hashes(
        self,
        shas: Iterable[str],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Mapping[str, photo_hash.Hashes]:
        """The hashes of these photos that have one; may compute and cache missing ones
        (``progress`` counts those). Raises CancelledError."""
        ...

    def first_seen(self, ids: Collection[str]) -> Mapping[str, str]:
        """When each of these records was first written (its first revision's clock)."""
        ...


class VaultRows:
    """A vault's objects (the ``records`` view) and its photo-hash cache."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def count(self) -> int:
        return int(
            self.vault.db.execute(
                "SELECT count(*) FROM records WHERE kind = 'object' AND deleted = 0"
            ).fetchone()[0]
        )

    def rows(self) -> Iterable[ObjectRow]:
        for row in self.vault.db.execute(
            "SELECT record_id, fields, media, missing, photo_count FROM records "
            "WHERE kind = 'object' AND deleted = 0 ORDER BY rowid"
        ):
            yield tuple(row)

    def cached_count(self, shas: Iterable[str]) -> int:
        return _cached_count(self.vault, shas)

    def photo_hashes(
        self,
        shas: Iterable[str],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> Mapping[str, photo_hash.Hashes]:
        return photo_hash.photo_hashes(self.vault, shas, progress=progress, cancel=cancel)

    def first_seen(self, ids: Collection[str]) -> dict[str, str]:
        """When each record was first written (its first revision's clock), for these ids."""
        out: dict[str, str] = {}
        listed = sorted(ids)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for record_id, first in self.vault.db.execute(
                f"SELECT record_id, MIN(hlc) FROM revisions WHERE record_id IN ({marks}) "  # noqa: S608
                "GROUP BY record_id",
                chunk,
            ):
                out[str(record_id)] = str(first)
        return out


Phase = Callable[[str, int, int], None]
PHASE_READING = "reading"
PHASE_HASHING = "hashing photos"
PHASE_COMPARING = "comparing"


def find_candidates(
    vault: Vault | ObjectRows,
    *,
    exclude: Collection[frozenset[str]] = (),
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    phase: Phase | None = None,
) -> list[Candidate]:
    """Pairs of live (not deleted) objects that may be the same object, best first.

    ``vault`` is a vault, or any other source of objects (:class:`ObjectRows`: the archive's).

    ``exclude`` holds pairs a person already decided on (never suggested again). Only pairs
    scoring ``min_score`` or more are returned. ``progress(done, total)`` counts over the whole
    search; ``phase(name, done, total)`` also says which step runs ("reading", "hashing
    photos", "comparing"). Reads the records only; writes photo hashes to their cache (own
    transactions; on a full or read-only medium the search goes on uncached). Raises
    CancelledError when ``cancel`` returns True (hashes already cached stay).
    """
    excluded = {frozenset(p) for p in exclude}
    source: ObjectRows = VaultRows(vault) if isinstance(vault, Vault) else vault
    total_objects = source.count()
    steps = {"reading": total_objects, "hashing": 0, "comparing": total_objects}

    def report(name: str, done: int, total: int) -> None:
        if phase is not None:
            phase(name, done, total)
        if progress is not None:
            before = 0
            if name != PHASE_READING:
                before += steps["reading"]
            if name == PHASE_COMPARING:
                before += steps["hashing"]
            scaled = done
            if name == PHASE_COMPARING and total:
                scaled = done * steps["comparing"] // total
            progress(before + scaled, sum(steps.values()))

    # 1. Features.
    cache = _TokenCache()
    objects: list[_Object] = []
    report(PHASE_READING, 0, total_objects)
    for row in source.rows():
        objects.append(_features(row, cache))
        if len(objects) % 1000 == 0:
            _check(cancel)
            report(PHASE_READING, len(objects), total_objects)
    report(PHASE_READING, len(objects), total_objects)
    if len(objects) < 2:
        return []
    # In one order whatever the source's: a photo's similarity to another is not exactly
    # symmetric (its bits come from a median after turning), so a pair's score must not depend
    # on which record a vault (or the archive) happened to store first.
    objects.sort(key=lambda obj: obj.record_id)

    # 2. Photo hashes (cached): only photos that could be evidence (not on many objects).
    photo_count: Counter[str] = Counter(sha for obj in objects for sha in set(obj.photos))
    wanted = [sha for sha, count in photo_count.items() if count <= _COMMON_PHOTO]
    cached = source.cached_count(wanted)
    steps["hashing"] = len(wanted) - cached
    hashes = source.photo_hashes(
        wanted,
        progress=lambda done, total: report(PHASE_HASHING, done, total),
        cancel=cancel,
    )

    # 3. Blocking.
    scorer = _Scorer(objects, hashes)
    buckets: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    band_buckets: dict[int, list[int]] = defaultdict(list)
    for index, obj in enumerate(objects):
        for key in _blocking_keys(obj, scorer):
            bucket = buckets[key]
            if len(bucket) <= _BUCKET_CAP and (not bucket or bucket[-1] != index):
                bucket.append(index)
        for band_key in _band_keys(obj, scorer):
            bucket = band_buckets[band_key]
            if len(bucket) <= _BUCKET_CAP and (not bucket or bucket[-1] != index):
                bucket.append(index)
        if index % 2000 == 0:
            _check(cancel)
    pairs: set[tuple[int, int]] = set()
    for key, bucket in buckets.items():
        if len(bucket) < 2 or len(bucket) > (_TITLE_CAP if key[0] == "t" else _BUCKET_CAP):
            continue
        for i, first in enumerate(bucket):
            for second in bucket[i + 1 :]:
                pairs.add((first, second))
    del buckets
    # Two unrelated photos share one 16-bit band now and then; the same photo re-encoded or
    # turned shares most of them (in the matching rotation), the very same picture its whole
    # hash. Pairs counted as first * n + second (an integer: cheaper than a tuple).
    n = len(objects)
    bands: Counter[int] = Counter()
    for band_key, bucket in band_buckets.items():
        if len(bucket) < 2 or len(bucket) > _BUCKET_CAP:
            continue
        if band_key >= _WHOLE_HASH:
            pairs.update(
                (first, second) for i, first in enumerate(bucket) for second in bucket[i + 1 :]
            )
            continue
        for i, first in enumerate(bucket):
            base = first * n
            bands.update([base + second for second in bucket[i + 1 :]])
    del band_buckets
    pairs.update(divmod(pair, n) for pair, count in bands.items() if count >= _BAND_MATCHES)
    del bands

    # 4. Scores.
    found: list[tuple[float, int, int, list[Reason]]] = []
    ordered = sorted(pairs)
    total_pairs = len(ordered)
    report(PHASE_COMPARING, 0, total_pairs)
    for done, (i, j) in enumerate(ordered, 1):
        if done % 2000 == 0:
            _check(cancel)
            report(PHASE_COMPARING, done, total_pairs)
        a, b = objects[i], objects[j]
        if frozenset((a.record_id, b.record_id)) in excluded:
            continue
        score, reasons = scorer.score(a, b)
        if score >= min_score:
            found.append((score, i, j, reasons))
    report(PHASE_COMPARING, total_pairs, total_pairs)

    # 5. Which of each pair to keep by default: the fuller record, then more photos, then older.
    first_seen = source.first_seen(
        {objects[i].record_id for _, i, _, _ in found}
        | {objects[j].record_id for _, _, j, _ in found}
    )

    def rank(obj: _Object) -> tuple[int, int, str, str]:
        return (
            -obj.completeness,
            -obj.photo_count,
            first_seen.get(obj.record_id, "~"),
            obj.record_id,
        )

    out = []
    for score, i, j, reasons in found:
        a, b = objects[i], objects[j]
        if rank(b) < rank(a):
            a, b = b, a
        out.append(Candidate(a.record_id, b.record_id, min(1.0, score), tuple(reasons)))
    out.sort(key=lambda c: (-c.score, c.a, c.b))
    return out


def _cached_count(vault: Vault, shas: Iterable[str]) -> int:
    wanted = set(shas)
    if not wanted:
        return 0
    return sum(
        1
        for (sha,) in vault.db.execute(
            "SELECT sha256 FROM photo_hashes WHERE algorithm = ?", (photo_hash.ALGORITHM,)
        )
        if sha in wanted
    )
