"""A generated collection with known duplicates, to measure detection (tests, benchmarks).

:func:`plant` fills a vault with objects of four invented institutions, in French, Arabic,
Ukrainian and English, each with a small photo of its own, then adds ``duplicates`` second
records of existing objects, made the way a second team makes them:

- the inventory number typed another way (case, separators, leading zeros, Arabic-Indic
  digits, the prefix left out), replaced by a temporary evacuation number, or not typed;
- the title in another language and script (the object's name transliterated), a variant, or
  the same;
- the photo taken again: re-encoded at another size, cropped by 10 %, turned a quarter turn (or
  turned and resized), or none;
- the measurements the same (sometimes in millimetres), rounded differently, or absent.

It also plants **near misses**, the pairs a careless detector reports: objects of a set
(the same type, material, maker and name, consecutive numbers, measurements within a few per
cent and photos of the same kind of thing), all different objects.

Photos go through the real ingest (:func:`fieldkit.records.photos.ingest_photo`) unless
``thumbnails_only``, which stores only the thumbnail row, as a vault holds a photo received in
a bundle whose original it does not have (benchmarks at 100,000 objects use that to keep their
set-up in minutes). Everything comes from ``random.Random(seed)``.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw

from fieldkit import clock
from fieldkit.demo.texts import load_data
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault.vault import Vault

PHOTO_SIZE = (128, 96)
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class _Institution:
    names: dict[str, str]
    number: str  # format with n and year
    languages: tuple[str, ...]


@dataclass(frozen=True)
class _Kind:
    key: str
    stem: dict[str, str]  # title stem per language; the name follows
    object_type: dict[str, str]
    materials: dict[str, tuple[str, ...]]
    dims: tuple[tuple[str, float, float], ...]  # dimension, low, high (cm)
    shape: str


# The pools, in the demo's data files (words a curator may change without reading Python).
_POOLS = load_data("planted.json")
_INSTITUTIONS = tuple(_Institution(**fields) for fields in _POOLS["institutions"])
_KINDS = tuple(_Kind(**fields) for fields in _POOLS["kinds"])
# Names of people, gods and places, as each script writes them.
_NAMES: tuple[dict[str, str], ...] = _POOLS["names"]
_EXTRA: dict[str, str] = _POOLS["fragment"]


_Photo = bytes | tuple[_Kind, int] | None  # JPEG bytes, or what to draw them from


@dataclass(frozen=True)
class Planted:
    """What :func:`plant` made: record ids, and the pairs that are one object."""

    objects: int
    duplicates: frozenset[frozenset[str]]  # the true pairs
    near_misses: frozenset[frozenset[str]]  # different objects made to look alike
    photos: int


@dataclass
class _Original:
    values: dict[str, Any]
    lang: str
    inst: _Institution
    kind: _Kind
    name: dict[str, str]
    n: int
    year: int
    photo_seed: int | None
    measured: list[tuple[str, float]]


def _draw(rnd: random.Random, kind: _Kind, near: Image.Image | None = None) -> Image.Image:
    """A small documentation shot: the object on a backdrop, its features drawn at random."""
    w, h = PHOTO_SIZE
    grey = rnd.randint(150, 225)
    img = Image.new("RGB", (w, h), (grey, grey - rnd.randint(0, 10), grey - rnd.randint(0, 20)))
    d = ImageDraw.Draw(img)
    cx, cy = w // 2 + rnd.randint(-14, 14), h // 2 + rnd.randint(-8, 8)
    colour = (rnd.randint(30, 220), rnd.randint(30, 200), rnd.randint(20, 180))
    sx, sy = rnd.randint(18, 40), rnd.randint(18, 36)
    if kind.shape == "ellipse":
        d.ellipse((cx - sx, cy - sy, cx + sx, cy + sy), fill=colour)
        d.rectangle((cx - sx // 3, cy - sy - 8, cx + sx // 3, cy - sy + 2), fill=colour)
    elif kind.shape == "arch":
        d.rectangle((cx - sx, cy - sy // 2, cx + sx, cy + sy), fill=colour)
        d.pieslice((cx - sx, cy - sy - sx // 2, cx + sx, cy + sx // 2), 180, 360, fill=colour)
    elif kind.shape == "rectangle":
        d.rectangle((cx - sx, cy - sy, cx + sx, cy + sy), fill=(110, 70, 35))
        d.rectangle((cx - sx + 4, cy - sy + 4, cx + sx - 4, cy + sy - 4), fill=colour)
    elif kind.shape == "lines":
        d.rectangle((cx - sx, cy - sy, cx + sx, cy + sy), fill=(232, 215, 175))
        for k in range(rnd.randint(4, 9)):
            y = cy - sy + 6 + k * 7
            if y < cy + sy - 4:
                d.line([(cx - sx + 5, y), (cx + sx - rnd.randint(5, 25), y)], fill=(40, 30, 30))
    elif kind.shape == "disc":
        d.ellipse((cx - sy, cy - sy, cx + sy, cy + sy), fill=colour, outline=(90, 90, 90))
    else:
        d.rectangle((cx - sx // 3, cy - sy, cx + sx // 3, cy + sy), fill=colour)
        d.ellipse((cx - 8, cy - sy - 14, cx + 8, cy - sy + 2), fill=colour)
    for _ in range(rnd.randint(3, 7)):  # the object's own marks: chips, stains, decoration
        x, y = cx + rnd.randint(-sx, sx), cy + rnd.randint(-sy, sy)
        r = rnd.randint(2, 7)
        d.ellipse(
            (x - r, y - r, x + r, y + r),
            fill=(rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255)),
        )
    return img


def _photo_of(kind: _Kind, seed: int) -> Image.Image:
    return _draw(random.Random(seed), kind)  # noqa: S311 - a synthetic picture


def _jpeg(img: Image.Image, quality: int = 85) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _photo_again(rnd: random.Random, img: Image.Image, how: str) -> bytes:
    w, h = img.size
    if how == "resized":
        scale = rnd.choice((0.6, 0.75, 1.5, 2.0))
        return _jpeg(img.resize((int(w * scale), int(h * scale))), rnd.randint(55, 80))
    if how == "cropped":  # 10 % of the width and height, cut from random sides
        cw, ch = w // 10, h // 10
        x, y = rnd.randint(0, cw), rnd.randint(0, ch)
        return _jpeg(img.crop((x, y, x + w - cw, y + h - ch)), rnd.randint(70, 90))
    turn = rnd.choice((Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270))
    turned = img.transpose(turn)
    if how == "turned":
        return _jpeg(turned, 85)
    scale = rnd.choice((0.75, 1.5))
    return _jpeg(turned.resize((int(h * scale), int(w * scale))), 70)


def _number_variant(rnd: random.Random, orig: _Original) -> str | None:
    typed = orig.inst.number.format(n=orig.n, year=orig.year)
    roll = rnd.random()
    if roll < 0.15:
        return None
    if roll < 0.35:  # renumbered on arrival at the temporary store
        return f"EVAC-{rnd.randint(22, 25)}-{rnd.randint(1, 9999):04d}"
    how = rnd.choice(("case", "separators", "zeros", "arabic", "prefix", "spaces"))
    if how == "case":
        return typed.lower()
    if how == "separators":
        return typed.replace(".", "-").replace("/", ".").replace("-", " ", 1)
    if how == "zeros":
        return orig.inst.number.replace("{n}", "{n:05d}").format(n=orig.n, year=orig.year)
    if how == "arabic":
        return typed.translate(_ARABIC_DIGITS)
    if how == "prefix":
        return typed.split(" ", 1)[-1] if " " in typed else typed.split("-", 1)[-1]
    return typed.replace(".", " . ").replace("-", " - ")


def _values(
    rnd: random.Random,
    inst: _Institution,
    kind: _Kind,
    name: dict[str, str],
    lang: str,
    number: str | None,
    measured: Sequence[tuple[str, float]],
    mm: bool = False,
) -> dict[str, Any]:
    stem = kind.stem[lang]
    title = f"{stem} {name[lang]}"
    values: dict[str, Any] = {
        "institution": inst.names[lang],
        "title": title,
        "object_type": kind.object_type[lang],
        "materials_techniques": rnd.choice(kind.materials[lang]),
        "status": rnd.choice(("in_place", "in_storage", "evacuated", "missing")),
    }
    if number:
        values["inventory_number"] = number
    if measured:
        values["measurements"] = [
            {"dimension": dim, "value": round(v * 10, 1) if mm else v, "unit": "mm" if mm else "cm"}
            for dim, v in measured
        ]
    if rnd.random() < 0.5:
        values["date_period"] = rnd.choice(
            ("IIe siècle", "1st century AD", "XVIIe siècle", "القرن الثالث", "XIX ст.")
        )
    if rnd.random() < 0.5:
        values["distinguishing_features"] = rnd.choice(
            ("Éclat au bord", "Chip on the rim", "كسر في الحافة", "Скол на краю")
        )
    return values


def plant(
    vault: Vault,
    objects: int = 2000,
    duplicates: int = 100,
    near_misses: int = 100,
    seed: int = 23,
    thumbnails_only: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Planted:
    """Fill ``vault`` with ``objects`` objects, of which ``duplicates`` are second records of
    others and ``near_misses`` pairs are different objects made to look alike."""
    if duplicates + 2 * near_misses > objects:
        raise ValueError("more duplicates and near misses than objects")
    rnd = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    counters = [0] * len(_INSTITUTIONS)
    originals: list[_Original] = []
    plain = objects - duplicates - near_misses  # near misses: one new object each, of a set
    rows: list[dict[str, Any]] = []
    photos: list[_Photo] = []
    for _ in range(plain):
        i = rnd.randrange(len(_INSTITUTIONS))
        inst = _INSTITUTIONS[i]
        counters[i] += 2  # odd numbers stay free for the near misses (a set's next piece)
        kind = rnd.choice(_KINDS)
        name = rnd.choice(_NAMES)
        lang = rnd.choice(inst.languages)
        year = rnd.randint(1960, 2015)
        measured = [(dim, round(rnd.uniform(lo, hi), 1)) for dim, lo, hi in kind.dims]
        number = inst.number.format(n=counters[i], year=year)
        values = _values(rnd, inst, kind, name, lang, number, measured)
        # Each photo from its own generator, so it can be drawn again when a duplicate needs
        # it instead of keeping 100,000 pictures in memory.
        photo_seed = rnd.randrange(2**32) if rnd.random() < 0.9 else None
        originals.append(
            _Original(values, lang, inst, kind, name, counters[i], year, photo_seed, measured)
        )
        rows.append(values)
        photos.append(None if photo_seed is None else (kind, photo_seed))  # drawn when stored
    true_pairs: list[tuple[int, int]] = []
    for index in rnd.sample(range(plain), duplicates):
        orig = originals[index]
        lang = orig.lang
        roll = rnd.random()
        if roll < 0.45:  # the other team writes in another language (and script)
            lang = rnd.choice([x for x in ("fr", "ar", "uk", "en") if x != orig.lang])
        measured = list(orig.measured)
        roll = rnd.random()
        mm = False
        if roll < 0.2:
            measured = []
        elif roll < 0.45:
            measured = [(d, round(v * rnd.uniform(0.98, 1.02), 0)) for d, v in measured]
        elif roll < 0.65:
            mm = True
        values = _values(
            rnd, orig.inst, orig.kind, orig.name, lang, _number_variant(rnd, orig), measured, mm
        )
        if rnd.random() < 0.2:
            values["title"] += " " + _EXTRA[lang]
        photo = None
        if orig.photo_seed is not None and rnd.random() < 0.9:
            how = rnd.choice(
                ("resized", "resized", "cropped", "cropped", "turned", "turned", "turned+resized")
            )
            photo = _photo_again(rnd, _photo_of(orig.kind, orig.photo_seed), how)
        true_pairs.append((index, len(rows)))
        rows.append(values)
        photos.append(photo)
    near_pairs: list[tuple[int, int]] = []
    for index in rnd.sample(range(plain), near_misses):
        orig = originals[index]  # its companion: same set, next number, another object
        i = _INSTITUTIONS.index(orig.inst)
        measured = [(d, round(v * rnd.uniform(0.9, 1.1), 1)) for d, v in orig.measured]
        number = orig.inst.number.format(n=orig.n + 1, year=orig.year)
        values = _values(rnd, orig.inst, orig.kind, orig.name, orig.lang, number, measured)
        values["materials_techniques"] = orig.values["materials_techniques"]
        counters[i] = max(counters[i], orig.n + 1)
        near_pairs.append((index, len(rows)))
        rows.append(values)
        photos.append(_jpeg(_draw(rnd, orig.kind)) if orig.photo_seed is not None else None)
    return _store(vault, rows, photos, true_pairs, near_pairs, thumbnails_only, progress)


def _store(
    vault: Vault,
    rows: list[dict[str, Any]],
    photos: list[_Photo],
    true_pairs: list[tuple[int, int]],
    near_pairs: list[tuple[int, int]],
    thumbnails_only: bool,
    progress: Callable[[int, int], None] | None,
) -> Planted:
    from fieldkit.records.photos import ingest_photo

    records = Records(vault)
    shas: list[str | None] = []
    total = len(rows)
    with vault.transaction() as db:
        for done, photo in enumerate(photos, 1):
            data = _jpeg(_photo_of(*photo)) if isinstance(photo, tuple) else photo
            if data is None:
                shas.append(None)
            elif thumbnails_only:
                shas.append(_thumbnail_row(db, data))
            else:
                shas.append(ingest_photo(vault, db, data).sha256)
            if progress is not None and done % 500 == 0:
                progress(done, 2 * total)
    cleaned = []
    for values, sha in zip(rows, shas, strict=True):
        row = F.clean_fields(F.OBJECT, values)
        if sha is not None:
            row["_media"] = [{"sha256": sha, "role": "overall", "caption": ""}]
        cleaned.append(row)
    ids = records.create_many(
        F.OBJECT,
        cleaned,
        progress=None if progress is None else (lambda n: progress(total + n, 2 * total)),
    )
    return Planted(
        objects=len(ids),
        duplicates=frozenset(frozenset((ids[a], ids[b])) for a, b in true_pairs),
        near_misses=frozenset(frozenset((ids[a], ids[b])) for a, b in near_pairs),
        photos=len({s for s in shas if s is not None}),
    )


def _thumbnail_row(db: Any, jpeg: bytes) -> str:
    """Store a photo as a vault knows one received without its original: its row and the
    thumbnail the app's own ingest code makes (no encrypted original in media/)."""
    import hashlib

    from fieldkit.records.photo_formats import PhotoFormat
    from fieldkit.records.photo_image import examine

    sha = hashlib.sha256(jpeg).hexdigest()
    examined = examine(io.BytesIO(jpeg), PhotoFormat.JPEG, None)
    db.execute(
        "INSERT OR IGNORE INTO photos (sha256, media_name, mime, width, height, size, "
        "thumbnail, added_at) VALUES (?, NULL, 'image/jpeg', ?, ?, ?, ?, ?)",
        (sha, examined.width, examined.height, len(jpeg), examined.thumbnail, clock.now()),
    )
    return sha


def score_detection(
    found: Sequence[frozenset[str]], planted: Planted
) -> tuple[float, float, int, int]:
    """(precision, recall, true positives, reported) of the pairs ``found``."""
    reported = set(found)
    true = len(reported & planted.duplicates)
    precision = true / len(reported) if reported else 1.0
    recall = true / len(planted.duplicates) if planted.duplicates else 1.0
    return precision, recall, true, len(reported)
