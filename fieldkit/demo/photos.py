"""Synthetic "photographs" for the demo collection, drawn with Pillow (no files shipped).

Each looks like a documentation shot: an object on a studio backdrop with its shadow, a scale bar
and a small colour chart, or a damaged room for building-level reports. The pixels and the EXIF
(DateTimeOriginal, GPS for some) depend only on the seed, so the same seed gives the same JPEG
bytes, hence the same SHA-256: the demo's photos are deduplicated like real ones.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

WIDTH, HEIGHT = 800, 600
Colour = tuple[int, int, int]
Draw = ImageDraw.ImageDraw


@dataclass(frozen=True)
class DemoPhoto:
    key: str  # what it shows: matches the archetypes of demo_collection
    role: str  # overall, detail, inscription or damage
    caption_en: str
    jpeg: bytes


def _jitter(rnd: random.Random, colour: Colour, amount: int = 18) -> Colour:
    r, g, b = (max(0, min(255, c + rnd.randint(-amount, amount))) for c in colour)
    return (r, g, b)


def _backdrop(rnd: random.Random, top: Colour, bottom: Colour) -> Image.Image:
    """A studio sweep: a vertical gradient with a little paper grain."""
    column = Image.new("RGB", (1, HEIGHT))
    for y in range(HEIGHT):
        t = y / (HEIGHT - 1)
        column.putpixel(
            (0, y), tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    img = column.resize((WIDTH, HEIGHT))
    small = (WIDTH // 4, HEIGHT // 4)
    grain = Image.frombytes("L", small, rnd.randbytes(small[0] * small[1])).resize((WIDTH, HEIGHT))
    return Image.blend(img, Image.merge("RGB", (grain, grain, grain)), 0.06)


def _shadow(img: Image.Image, box: tuple[int, int, int, int]) -> None:
    layer = Image.new("L", img.size, 0)
    ImageDraw.Draw(layer).ellipse(box, fill=110)
    layer = layer.filter(ImageFilter.GaussianBlur(18))
    img.paste(Image.new("RGB", img.size, (40, 35, 30)), mask=layer)


def _scale_bar(draw: Draw, x: int, y: int, segment: int = 24) -> None:
    for i in range(5):
        fill = (20, 20, 20) if i % 2 == 0 else (245, 245, 245)
        draw.rectangle((x + i * segment, y, x + (i + 1) * segment, y + 10), fill=fill)
    draw.rectangle((x, y, x + 5 * segment, y + 10), outline=(20, 20, 20))
    draw.text((x, y + 13), "0", fill=(20, 20, 20))
    draw.text((x + 5 * segment - 18, y + 13), "5 cm", fill=(20, 20, 20))


def _colour_chart(draw: Draw, x: int, y: int) -> None:
    patches = [(35, 35, 35), (120, 120, 120), (240, 240, 240), (190, 40, 40), (40, 150, 60),
               (40, 70, 170), (230, 200, 40)]
    for i, colour in enumerate(patches):
        draw.rectangle((x + i * 16, y, x + i * 16 + 14, y + 14), fill=colour, outline=(0, 0, 0))


def _vessel(img: Image.Image, draw: Draw, rnd: random.Random, body: Colour, glaze: bool) -> None:
    cx, base = WIDTH // 2, 470
    _shadow(img, (cx - 150, base - 25, cx + 170, base + 25))
    height, belly = rnd.randint(250, 300), rnd.randint(95, 125)
    points_left, points_right = [], []
    for i in range(41):
        t = i / 40
        y = base - t * height
        profile = belly * math.sin(math.pi * (0.15 + 0.7 * t)) ** 1.4
        if t > 0.82:
            profile = belly * 0.32 + (t - 0.82) * 80
        r = max(28.0, profile)
        points_left.append((cx - r, y))
        points_right.append((cx + r, y))
    outline = points_left + points_right[::-1]
    draw.polygon(outline, fill=body)
    # Shading, lit from the left: a horizontal ramp of darkness inside the silhouette.
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon(outline, fill=255)
    ramp = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90)
    ramp = ramp.resize((2 * belly, HEIGHT))
    shade = Image.new("L", img.size, 0)
    shade.paste(ramp.point(lambda v: v * 150 // 255), (cx - belly, 0))
    img.paste((30, 20, 15), mask=ImageChops.multiply(mask, shade))
    if glaze:
        draw.ellipse((cx - belly * 0.6, base - height * 0.65, cx - belly * 0.2,
                      base - height * 0.45), fill=_jitter(rnd, (235, 245, 245), 5))
        for k in range(3):
            y = base - height * (0.35 + k * 0.12)
            draw.arc((cx - belly, y - 20, cx + belly, y + 20), 10, 170, fill=(20, 60, 90), width=3)
    else:
        y = base - height * 0.55
        draw.line([(cx - belly * 0.95, y), (cx + belly * 0.95, y)], fill=(90, 45, 25), width=4)


def _stele(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    stone = _jitter(rnd, (205, 190, 160))
    x0, x1, top, base = 260, 540, 90, 500
    _shadow(img, (x0 - 20, base - 20, x1 + 40, base + 25))
    draw.rectangle((x0, top + 60, x1, base), fill=stone)
    draw.pieslice((x0, top, x1, top + 140), 180, 360, fill=stone)
    dark = tuple(c - 45 for c in stone)
    draw.rectangle((x0 + 30, top + 90, x1 - 30, base - 110), outline=dark, width=4)
    cx = (x0 + x1) // 2
    draw.ellipse((cx - 45, top + 110, cx + 45, top + 210), fill=tuple(c - 15 for c in stone))
    bust = tuple(c - 20 for c in stone)
    draw.pieslice((cx - 90, top + 200, cx + 90, top + 380), 180, 360, fill=bust)
    for k in range(3):  # incised inscription
        y = base - 90 + k * 24
        x = x0 + 40
        while x < x1 - 50:
            w = rnd.randint(6, 16)
            draw.line([(x, y), (x + w, y - rnd.randint(0, 8))], fill=dark, width=3)
            x += w + 6


def _icon(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    x0, y0, x1, y1 = 250, 80, 550, 500
    _shadow(img, (x0 - 10, y1 - 15, x1 + 30, y1 + 20))
    draw.rectangle((x0, y0, x1, y1), fill=(110, 70, 35))
    draw.rectangle((x0 + 16, y0 + 16, x1 - 16, y1 - 16), fill=_jitter(rnd, (205, 165, 60), 10))
    cx = (x0 + x1) // 2
    draw.ellipse((cx - 75, y0 + 50, cx + 75, y0 + 200), fill=(225, 190, 80), outline=(150, 110, 40))
    draw.pieslice((cx - 120, y0 + 140, cx + 120, y1 + 120), 180, 360, fill=(120, 25, 30))
    draw.ellipse((cx - 42, y0 + 80, cx + 42, y0 + 175), fill=(170, 120, 85))
    draw.pieslice((cx - 130, y0 + 110, cx + 60, y0 + 330), 200, 340, fill=(35, 45, 110))
    draw.ellipse((cx + 10, y0 + 210, cx + 60, y0 + 260), fill=(170, 120, 85))


def _manuscript(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    x0, y0, x1, y1 = 200, 70, 600, 520
    _shadow(img, (x0, y1 - 15, x1 + 30, y1 + 20))
    draw.rectangle((x0, y0, x1, y1), fill=_jitter(rnd, (232, 215, 175), 8))
    for k in range(15):
        y = y0 + 40 + k * 27
        x = x1 - 40
        colour = (150, 30, 25) if k in (0, 7) else (45, 35, 30)
        while x > x0 + 50:  # right to left, like the Arabic script it imitates
            w = rnd.randint(12, 40)
            draw.line([(x - w, y + rnd.randint(-2, 2)), (x, y)], fill=colour, width=3)
            if rnd.random() < 0.3:
                draw.ellipse((x - w // 2 - 2, y - 10, x - w // 2 + 2, y - 6), fill=colour)
            x -= w + rnd.randint(6, 14)
    draw.rectangle((x0 + 20, y0 + 20, x1 - 20, y1 - 20), outline=(150, 30, 25), width=2)


def _statuette(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    bronze = _jitter(rnd, (95, 110, 80))
    cx, base = WIDTH // 2, 480
    _shadow(img, (cx - 90, base - 20, cx + 110, base + 20))
    draw.rectangle((cx - 70, base - 30, cx + 70, base), fill=tuple(c - 25 for c in bronze))
    draw.polygon([(cx - 35, base - 30), (cx + 35, base - 30), (cx + 25, base - 230),
                  (cx - 25, base - 230)], fill=bronze)
    draw.ellipse((cx - 30, base - 300, cx + 30, base - 225), fill=bronze)
    draw.line([(cx + 25, base - 200), (cx + 80, base - 260)], fill=bronze, width=14)
    for _ in range(40):  # green corrosion spots
        x, y = cx + rnd.randint(-30, 30), base - rnd.randint(40, 290)
        draw.ellipse((x, y, x + 5, y + 5), fill=(60, 150, 120))


def _coin(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    cx, cy = WIDTH // 2, 290
    _shadow(img, (cx - 170, cy + 120, cx + 190, cy + 190))
    silver = _jitter(rnd, (185, 185, 190), 8)
    draw.ellipse((cx - 170, cy - 170, cx + 170, cy + 170), fill=silver, outline=(120, 120, 125),
                 width=6)
    draw.ellipse((cx - 80, cy - 110, cx + 60, cy + 70), fill=tuple(c - 30 for c in silver))
    for angle in range(0, 360, 12):  # legend around the rim
        a = math.radians(angle)
        x, y = cx + 140 * math.cos(a), cy + 140 * math.sin(a)
        draw.line([(x, y), (x + 6 * math.cos(a + 1.2), y + 6 * math.sin(a + 1.2))],
                  fill=(90, 90, 95), width=3)


def _textile(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    x0, y0, x1, y1 = 150, 110, 650, 480
    colours = [(150, 35, 35), (220, 180, 90), (40, 55, 95), (235, 225, 205), (90, 40, 60)]
    band = 0
    y = y0
    while y < y1:
        h = rnd.randint(12, 40)
        draw.rectangle((x0, y, x1, min(y1, y + h)), fill=colours[band % len(colours)])
        if h > 25:
            for x in range(x0 + 10, x1 - 20, 40):
                draw.polygon([(x, y + h // 2), (x + 15, y + 3), (x + 30, y + h // 2),
                              (x + 15, y + h - 3)], fill=colours[(band + 2) % len(colours)])
        y += h
        band += 1
    for x in range(x0, x1, 9):  # fringe
        draw.line([(x, y1), (x + rnd.randint(-3, 3), y1 + 25)], fill=(235, 225, 205), width=2)


def _inscription(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    stone = _jitter(rnd, (200, 185, 150))
    draw.rectangle((0, 0, WIDTH, HEIGHT), fill=stone)
    dark = tuple(c - 70 for c in stone)
    for k in range(5):
        y = 120 + k * 80
        x = 90
        while x < WIDTH - 120:
            w = rnd.randint(14, 34)
            draw.line([(x, y + 30), (x + w // 2, y)], fill=dark, width=6)
            draw.line([(x + w // 2, y), (x + w, y + 30)], fill=dark, width=6)
            x += w + 18


def _fire_damage(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    _vessel(img, draw, rnd, _jitter(rnd, (170, 95, 60)), glaze=False)
    soot = Image.new("L", img.size, 0)
    soot_draw = ImageDraw.Draw(soot)
    for _ in range(12):
        x, y = rnd.randint(350, 450), rnd.randint(260, 400)
        r = rnd.randint(15, 35)
        soot_draw.ellipse((x - r, y - r, x + r, y + r), fill=rnd.randint(120, 220))
    img.paste((30, 26, 24), mask=soot.filter(ImageFilter.GaussianBlur(12)))
    x, y = 380, 190
    for _ in range(14):  # a crack
        nx, ny = x + rnd.randint(-18, 18), y + rnd.randint(12, 24)
        draw.line([(x, y), (nx, ny)], fill=(15, 10, 8), width=4)
        x, y = nx, ny


def _water_damage(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    _manuscript(img, draw, rnd)
    for k in range(4):  # tide lines
        r = 120 - k * 22
        draw.arc((180 - r, 380 - r, 180 + r * 2, 380 + r), 270, 360, fill=(150, 115, 70), width=5)
    for _ in range(60):  # mould
        x, y = rnd.randint(220, 420), rnd.randint(300, 500)
        draw.ellipse((x, y, x + 6, y + 6), fill=rnd.choice([(60, 70, 50), (90, 90, 70)]))


def _room_damage(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    draw.rectangle((0, 0, WIDTH, 380), fill=(190, 180, 165))
    draw.rectangle((0, 380, WIDTH, HEIGHT), fill=(120, 110, 100))
    draw.polygon([(430, 0), (800, 0), (800, 380), (560, 380), (500, 200)], fill=(70, 75, 90))
    for _ in range(90):  # rubble
        x, y = rnd.randint(350, 780), rnd.randint(330, 580)
        r = rnd.randint(6, 28)
        draw.polygon([(x, y), (x + r, y - r // 2), (x + r, y + r // 2)],
                     fill=(grey := rnd.randint(110, 190), grey - 6, grey - 14))
    draw.rectangle((60, 140, 300, 360), outline=(60, 50, 40), width=6)  # a display case
    for k in range(6):  # shattered glass
        draw.line([(60 + k * 40, 140), (180, 250)], fill=(230, 235, 240), width=2)
    for _ in range(30):  # bullet impacts
        x, y = rnd.randint(20, 420), rnd.randint(20, 130)
        draw.ellipse((x, y, x + 7, y + 7), fill=(50, 45, 40))


@dataclass(frozen=True)
class _Spec:
    key: str
    role: str
    caption_en: str
    paint: Callable[[Image.Image, Draw, random.Random], None]
    studio: bool = True


def _terracotta(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    _vessel(img, draw, rnd, _jitter(rnd, (180, 100, 60)), glaze=False)


def _glazed(img: Image.Image, draw: Draw, rnd: random.Random) -> None:
    _vessel(img, draw, rnd, _jitter(rnd, (40, 140, 150)), glaze=True)


SPECS: tuple[_Spec, ...] = (
    _Spec("vessel", "overall", "Overall view, front", _terracotta),
    _Spec("glazed", "overall", "Overall view, front", _glazed),
    _Spec("stele", "overall", "Overall view, face", _stele),
    _Spec("icon", "overall", "Overall view, recto", _icon),
    _Spec("manuscript", "overall", "Folio, recto", _manuscript),
    _Spec("statuette", "overall", "Overall view, front", _statuette),
    _Spec("coin", "overall", "Obverse", _coin),
    _Spec("textile", "overall", "Overall view", _textile),
    _Spec("inscription", "inscription", "Inscription, raking light", _inscription, False),
    _Spec("fire", "damage", "Burn marks and soot after the fire", _fire_damage),
    _Spec("water", "damage", "Tide lines and mould after the flood", _water_damage),
    _Spec("room", "damage", "Gallery after the strike", _room_damage, False),
)
# Where some photos were "taken" (EXIF GPS is sensitive: only some photos carry it).
_GPS = {
    "stele": (34.5503, 38.2691),
    "manuscript": (16.7735, -3.0074),
    "icon": (48.8540, 37.6050),
    "room": (36.3350, 43.1190),
    "fire": (33.8869, 35.5131),
}


def _exif(rnd: random.Random, key: str) -> Image.Exif:
    exif = Image.Exif()
    moment = (
        f"{rnd.randint(2022, 2025)}:{rnd.randint(1, 12):02d}:{rnd.randint(1, 28):02d} "
        f"{rnd.randint(8, 17):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}"
    )
    exif[0x010F] = "FieldKit"  # Make
    exif[0x0110] = "Demo camera"  # Model
    exif[0x0132] = moment  # DateTime
    exif.get_ifd(0x8769)[0x9003] = moment  # DateTimeOriginal
    if key in _GPS:
        lat, lon = _GPS[key]
        gps = exif.get_ifd(0x8825)
        gps[1], gps[2] = ("N" if lat >= 0 else "S"), _dms(abs(lat))
        gps[3], gps[4] = ("E" if lon >= 0 else "W"), _dms(abs(lon))
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return float(degrees), float(minutes), seconds


def generate_photos(seed: int) -> list[DemoPhoto]:
    """The demo's pool of photos (12 JPEGs of 800×600), the same for the same seed."""
    photos = []
    for i, spec in enumerate(SPECS):
        rnd = random.Random(seed * 1000 + i)  # noqa: S311 - synthetic pictures, not secrets
        if spec.studio:
            img = _backdrop(rnd, _jitter(rnd, (215, 212, 205), 6), _jitter(rnd, (150, 148, 145), 6))
        else:
            img = Image.new("RGB", (WIDTH, HEIGHT), (180, 170, 160))
        draw = ImageDraw.Draw(img)
        spec.paint(img, draw, rnd)
        if spec.studio:
            _scale_bar(draw, 600, 540)
            _colour_chart(draw, 40, 550)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85, exif=_exif(rnd, spec.key))
        photos.append(DemoPhoto(spec.key, spec.role, spec.caption_en, buf.getvalue()))
    return photos
