"""PDF reports (SPEC §9): what the PDFs say, read back with poppler's pdftotext and pdftoppm."""

from __future__ import annotations

import io
import os
import re
import subprocess
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, require_tool, run_cli
from PIL import Image

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.verify import verify_bundle
from fieldkit.errors import CancelledError
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, RecordNotFoundError, Records
from fieldkit.reports import (
    damage_report,
    inventory_report,
    object_id_report,
    verification_certificate,
    verify_and_certify,
)
from fieldkit.reports.layout import FittedImage, Picture
from fieldkit.reports.text import layout_lines
from fieldkit.vault import Vault

MARKER = "QZXV-Report-Marker"
# Marks (the tanwin of حواشٍ, the shadda of مذهّبة) and brackets are the hard cases.
ARABIC_TITLE = "مخطوطة قرآنية مذهّبة من القرن الثامن عشر مع حواشٍ بخط اليد (نسخة)"
UKRAINIAN_TITLE = "Ікона «Богородиця Одигітрія», їжакова ґрунтовка, XVII ст."
FRENCH_TITLE = "Stèle funéraire à décor de rinceaux, façade « à l'antique »"
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# FieldKit Sans' ascent and descent (units of the font size): pdftotext's boxes use them.
ASCENT, DESCENT = 1.374, 0.738


# --- helpers ----------------------------------------------------------------------------------


def jpeg(seed: int = 0, size: tuple[int, int] = (640, 480), gps: bool = True) -> bytes:
    img = Image.effect_noise(size, 30 + seed).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "FieldCamMake"
    if gps:
        exif[0x8825] = {1: "N", 2: (34.0, 33.0, 2.0), 3: "E", 4: (38.0, 16.0, 5.0)}
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes(), quality=85)
    return buf.getvalue()


def pdf_text(pdf: Path, *options: str) -> str:
    tool = require_tool("pdftotext")
    proc = subprocess.run(
        [tool, *options, str(pdf), "-"], capture_output=True, check=True, timeout=120
    )
    return proc.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Whitespace collapsed: a value wrapped over lines reads as one."""
    return " ".join(text.split())


def nfkc(text: str) -> str:
    """Shaped Arabic extracts as presentation forms (NFKC gives the letters back); pdftotext
    marks right-to-left runs with bidi embedding controls."""
    return flat(BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text)))


def render_pngs(pdf: Path, out: Path, dpi: int = 40) -> list[Path]:
    tool = require_tool("pdftoppm")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool, "-r", str(dpi), "-png", str(pdf), str(out / "page")], check=True, timeout=300
    )
    pngs = sorted(out.glob("page-*.png"))
    for png in pngs:
        with Image.open(png) as img:
            gray = img.convert("L")
            assert gray.getextrema()[0] < 100, f"{png.name} is blank"
    return pngs


def page_lines(pdf: Path) -> list[tuple[float, float, list[tuple[float, float, float, float]]]]:
    """Per page: (width, height, [(x0, x1, baseline, font size) of every text line])."""
    root = ET.fromstring(pdf_text(pdf, "-bbox-layout"))  # noqa: S314 - our own pdftotext output
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in root.iterfind(".//h:page", ns):
        lines = []
        for line in page.iterfind(".//h:line", ns):
            x0, y0 = float(line.get("xMin", 0)), float(line.get("yMin", 0))
            x1, y1 = float(line.get("xMax", 0)), float(line.get("yMax", 0))
            size = (y1 - y0) / (ASCENT + DESCENT)
            lines.append((x0, x1, y1 - DESCENT * size, size))
        pages.append((float(page.get("width", 0)), float(page.get("height", 0)), lines))
    return pages


def assert_no_overlap_or_clipping(pdf: Path) -> None:
    """No two text lines collide (baselines closer than their font size where they share
    horizontal space) and no text leaves the page's margins."""
    for number, (width, height, lines) in enumerate(page_lines(pdf), start=1):
        assert lines, f"page {number} has no text"
        for x0, x1, base, size in lines:
            assert 30 <= x0 and x1 <= width - 30, (number, x0, x1, base)
            assert size * ASCENT < base < height - 20, (number, base)
        ordered = sorted(lines, key=lambda line: line[2])
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if b[2] - a[2] >= 0.92 * max(a[3], b[3]):
                    break
                shared = min(a[1], b[1]) - max(a[0], b[0])
                assert shared < 1.0, f"page {number}: text lines overlap: {a} {b}"


def inflated(pdf: Path) -> bytes:
    """Every stream of the PDF, decompressed (to look into fonts' character maps)."""
    import zlib

    data = pdf.read_bytes()
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(out)


def words(text: str) -> list[str]:
    """Words of letters or digits, split where the script changes. Poppler's own simplified
    bidi may move punctuation and digits at the edge of a right-to-left run to its other side
    and drop the space between cells of two directions; it never breaks up a word."""
    letters = re.sub(r"\W", " ", nfkc(text))
    return re.findall(r"[\u0600-\u08ff]+|[^\s\u0600-\u08ff]+", letters)


def pages_of(pdf: Path) -> list[str]:
    return pdf_text(pdf).split("\f")[:-1]


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


def full_object(records: Records, **overrides: object) -> str:
    values: dict[str, object] = {
        "inventory_number": f"INV-{MARKER}-1",
        "institution": "Musée national de Damas",
        "title": FRENCH_TITLE,
        "object_type": "sculpture > stèle",
        "materials_techniques": "calcaire sculpté",
        "measurements": [{"dimension": "height", "value": 32, "unit": "cm"}],
        "inscriptions_markings": f"inscription {MARKER}",
        "date_period": "IIe siècle",
        "maker": "atelier palmyrénien",
        "subject": "portrait funéraire",
        "distinguishing_features": "angle supérieur droit ébréché",
        "description": "Buste d'une femme voilée tenant un fuseau.",
        "place_of_origin": "Palmyre",
        "status": "stolen",
        "current_location": f"Store room {MARKER}",
        "coordinates": {"lat": 34.55, "lon": 38.27},
        "salvage_priority": 1,
        "notes": f"internal note {MARKER}",
    }
    values.update(overrides)
    photos = [
        PhotoInput(jpeg(1), "overall", f"caption {MARKER}"),
        PhotoInput(jpeg(2, (300, 600)), "detail", "revers"),
    ]
    return records.create(F.OBJECT, values, photos).record_id


# --- Object ID sheets -----------------------------------------------------------------------------


def test_object_id_sheet_has_the_record_values_one_page_each(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    first = full_object(records)
    second = records.create(
        F.OBJECT, {"inventory_number": "INV-2", "title": UKRAINIAN_TITLE}
    ).record_id
    out = tmp_path / "sheets.pdf"
    result = object_id_report(vault, [f"INV-{MARKER}-1", second[:8]], out)
    assert result.pages == 2 and result.items == 2
    pages = pages_of(out)
    assert len(pages) == 2
    one, two = flat(pages[0]), flat(pages[1])
    for value in (
        f"INV-{MARKER}-1",
        "Musée national de Damas",
        FRENCH_TITLE,
        "sculpture > stèle",
        "calcaire sculpté",
        "height 32 cm",
        f"inscription {MARKER}",
        "IIe siècle",
        "atelier palmyrénien",
        "portrait funéraire",
        "angle supérieur droit ébréché",
        "Buste d'une femme voilée tenant un fuseau.",
        "Palmyre",
        "Stolen",
        f"caption {MARKER}",
        first,
        "Object ID complete",
    ):
        assert value in one, value
    # Internal and sensitive fields stay off a sheet meant for police and customs.
    assert f"Store room {MARKER}" not in one and "internal note" not in one
    assert "34.55" not in one
    identity = own.load(vault.db)
    footer = f"by Test vault, identity {identity.display_fingerprint}"
    assert footer in one and footer in two and "printed 2" in one
    assert "page 1 of 2" in one and "page 2 of 2" in two
    assert "INV-2" in two and UKRAINIAN_TITLE in two
    assert "Object ID incomplete" in two and "Measurements" in two and "not recorded" in two
    assert "No photograph of this object is recorded" in two


def test_object_id_qr_code_decodes_to_the_object_id(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    from conftest import require_tool

    zbarimg = require_tool("zbarimg")  # Debian zbar-tools: .ci/run installs it
    record_id = full_object(records)
    out = tmp_path / "qr.pdf"
    object_id_report(vault, [record_id], out)
    (png,) = render_pngs(out, tmp_path / "png", dpi=150)
    proc = subprocess.run(
        [zbarimg, "-q", "--raw", str(png)], capture_output=True, text=True, check=False
    )
    assert proc.stdout.split() == [record_id]


def test_unknown_id_writes_nothing(vault: Vault, records: Records, tmp_path: Path) -> None:
    full_object(records)
    out = tmp_path / "none.pdf"
    with pytest.raises(RecordNotFoundError, match="NOPE-42"):
        object_id_report(vault, [f"INV-{MARKER}-1", "NOPE-42"], out)
    assert not out.exists() and os.listdir(tmp_path) == ["vault"]


def test_photos_are_printed_upright_without_their_metadata(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    full_object(records)
    out = tmp_path / "sheet.pdf"
    object_id_report(vault, [f"INV-{MARKER}-1"], out)
    data = out.read_bytes()
    assert b"FieldCamMake" not in data and b"Exif" not in data  # GPS and camera stay home
    with pytest.raises(AssertionError):  # the check can fail: the original has them
        assert b"FieldCamMake" not in jpeg(1)


def test_fitted_photos_keep_their_proportions() -> None:
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    Image.new("RGB", (400, 100), "red").save(buf, "PNG")
    picture = Picture(ImageReader(io.BytesIO(buf.getvalue())), 400, 100)
    image = FittedImage(picture, 100, 100)
    image.wrap(100, 100)
    _, y, w, h = image.placed()
    assert w / h == pytest.approx(4.0) and w == pytest.approx(100) and y == pytest.approx(37.5)


# --- Unicode --------------------------------------------------------------------------------------


def test_arabic_title_is_shaped_and_extracts_in_logical_order(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    records.create(F.OBJECT, {"inventory_number": "AR-1", "title": ARABIC_TITLE})
    out = tmp_path / "ar.pdf"
    object_id_report(vault, ["AR-1"], out)
    raw = pdf_text(out)
    assert ARABIC_TITLE in nfkc(raw)
    # Shaped: the glyphs drawn are joining forms (the embedded font's map says which).
    forms = set(re.findall(rb"<(FE[7-9A-F][0-9A-F])>", inflated(out)))
    assert len(forms) > 10, forms


def test_a_long_arabic_title_wraps_and_still_reads_in_order(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    title = " ".join([ARABIC_TITLE] * 3)  # ~180 characters: several lines
    records.create(F.OBJECT, {"inventory_number": "AR-2", "title": title})
    out = tmp_path / "ar2.pdf"
    object_id_report(vault, ["AR-2"], out)
    assert title in nfkc(pdf_text(out))
    assert_no_overlap_or_clipping(out)


def test_ukrainian_title_extracts_exactly(vault: Vault, records: Records, tmp_path: Path) -> None:
    records.create(F.OBJECT, {"inventory_number": "UA-1", "title": UKRAINIAN_TITLE})
    out = tmp_path / "ua.pdf"
    object_id_report(vault, ["UA-1"], out)
    assert UKRAINIAN_TITLE in pdf_text(out).splitlines()  # a line of its own, unchanged


def test_mixed_direction_text_keeps_each_run_in_its_order() -> None:
    from fieldkit.reports import fonts

    fonts.register()
    # The Arabic run is reversed as a whole, the Latin words and the number are not.
    (line,) = layout_lines("Inscription « مرحبا بكم » en 1234", fonts.REGULAR, 10, 1000)
    texts = [unicodedata.normalize("NFKC", p.text) for p in line.pieces if p.text.strip()]
    assert texts[0] == "Inscription" and texts[-1] == "1234"
    arabic = [t for t in texts if re.search("[\u0600-\u06ff]", t)]
    assert arabic == ["مكب", "ابحرم"]  # visual order: بكم drawn left of مرحبا
    (rtl,) = layout_lines("عدد 12 قطعة", fonts.REGULAR, 10, 1000)
    visual = [unicodedata.normalize("NFKC", p.text) for p in rtl.pieces if p.text.strip()]
    assert visual == ["ةعطق", "12", "ددع"]
    # A number after Arabic letters belongs to the right-to-left run (UAX #9, rule W2).
    (after,) = layout_lines("Coin « مرحبا » 1234", fonts.REGULAR, 10, 1000)
    visual = [unicodedata.normalize("NFKC", p.text) for p in after.pieces if p.text.strip()]
    assert visual[0] == "Coin" and visual[-1] == "ابحرم" and "1234" in visual


def test_every_font_in_a_report_is_embedded(vault: Vault, records: Records, tmp_path: Path) -> None:
    tool = require_tool("pdffonts")
    full_object(records)
    out = tmp_path / "fonts.pdf"
    object_id_report(vault, [f"INV-{MARKER}-1"], out)
    listing = subprocess.run([tool, str(out)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows and all("FieldKitSans" in r and " yes yes yes " in r for r in rows), rows


# --- layout: long, missing, no photos ------------------------------------------------------------


def test_long_texts_missing_fields_and_no_photos_lay_out_without_overlap(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    title = ("Très long titre d'objet " * 10)[:200]
    unbroken = "X" * 300
    long_text = " ".join(f"phrase{i} du texte très long, avec des virgules;" for i in range(350))
    full = full_object(
        records,
        title=title,
        inventory_number="LONG-1",
        description=long_text,
        distinguishing_features=unbroken,
        inscriptions_markings=ARABIC_TITLE + " " + long_text[:3000],
    )
    bare = records.create(F.OBJECT, {"title": "Nothing else"}).record_id
    empty = records.create(F.OBJECT, {"inventory_number": "EMPTY-1"}).record_id
    damage = records.create(
        F.DAMAGE, {"object_id": full, "description": long_text, "remaining_hazards": unbroken}
    ).record_id
    site = records.create(F.DAMAGE, {"site": "Aile nord"}).record_id
    outputs = {
        "sheets": object_id_report(vault, [full, bare, empty], tmp_path / "sheets.pdf"),
        "damage": damage_report(vault, damage, tmp_path / "damage.pdf"),
        "site": damage_report(vault, site, tmp_path / "site.pdf"),
        "inventory": inventory_report(vault, tmp_path / "inventory.pdf"),
    }
    for name, result in outputs.items():
        assert_no_overlap_or_clipping(result.path)
        render_pngs(result.path, tmp_path / f"png-{name}")
    sheets = flat(pdf_text(tmp_path / "sheets.pdf"))
    assert title in sheets
    assert "phrase349 du texte très long" in sheets  # the end of 18,000 characters is there
    assert "X" * 300 in sheets.replace(" ", "")  # an unbroken word is cut, not clipped
    assert outputs["sheets"].pages > 3  # the long one ran on; the others still have theirs
    assert "(untitled)" in sheets and "Nothing else" in sheets  # EMPTY-1 has no title
    assert "no inventory number" in sheets and "EMPTY-1" in sheets
    assert "Site: Aile nord" in flat(pdf_text(tmp_path / "site.pdf"))
    assert "No photographs are attached" in flat(pdf_text(tmp_path / "site.pdf"))


def test_overlap_check_catches_overlapping_text(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from fieldkit.reports import fonts

    fonts.register()
    out = tmp_path / "bad.pdf"
    canvas = Canvas(str(out), initialFontName=fonts.REGULAR)
    canvas.setFont(fonts.REGULAR, 10)
    canvas.drawString(100, 500, "first line of text")
    canvas.drawString(110, 504, "second line on top")
    canvas.save()
    with pytest.raises(AssertionError, match="overlap"):
        assert_no_overlap_or_clipping(out)


# --- damage reports ----------------------------------------------------------------------------


def test_damage_report_has_assessment_actions_and_captioned_photos(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    obj = full_object(records)
    records.create(F.DAMAGE, {"object_id": obj, "severity": "minor", "observed_at": "2025-01-01"})
    latest = records.create(
        F.DAMAGE,
        {
            "object_id": obj,
            "observed_at": "2026-03-14T09:30",
            "assessor": "Amal Haddad",
            "event_type": "armed_conflict",
            "event_date_from": "2026-03-10",
            "event_description": f"shelling {MARKER}",
            "agents": ["physical_forces", "fire"],
            "damage_types": ["breakage", "bullet_or_shrapnel_impact", "soot"],
            "severity": "severe",
            "extent": "partial",
            "certainty": "confirmed",
            "urgency": "immediate",
            "description": "Fragment détaché du socle.",
            "actions_taken": "Fragments bagged and labelled.",
            "recommended_actions": "Consolidation by a stone conservator.",
            "remaining_hazards": "Roof collapse; rain water.",
        },
        [PhotoInput(jpeg(5), "damage", "Cassure du socle"), PhotoInput(jpeg(6), "detail")],
    )
    out = tmp_path / "damage.pdf"
    result = damage_report(vault, latest.record_id[:12], out)
    text = flat(pdf_text(out))
    for value in (
        f"INV-{MARKER}-1",
        FRENCH_TITLE,
        "Severe",
        "Partial",
        "Confirmed",
        "Immediate",
        "2026-03-14 09:30",
        "Amal Haddad",
        "Armed conflict",
        f"shelling {MARKER}",
        "Physical forces, Fire",
        "Breakage, Soot, Bullet or shrapnel impact",
        "Fragment détaché du socle.",
        "Fragments bagged and labelled.",
        "Consolidation by a stone conservator.",
        "Roof collapse; rain water.",
        "Damage: Cassure du socle",
        "Detail",
        latest.record_id,
    ):
        assert value in text, value
    assert "not recorded" in text  # event_date_to
    assert result.warnings == ()
    # An object's inventory number prints its most recent report, and says so.
    by_object = damage_report(vault, f"INV-{MARKER}-1", tmp_path / "by-object.pdf")
    assert "most recent" in by_object.warnings[0]
    assert latest.record_id in flat(pdf_text(by_object.path))


# --- inventory ------------------------------------------------------------------------------------


def test_inventory_is_sorted_by_priority_then_inventory_number(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    rows = [
        ("INV-10", 1, "in_place"),
        ("INV-2", 1, "evacuated"),
        ("INV-1", 2, "in_place"),
        ("INV-3", None, "in_storage"),
        ("INV-20", 3, "in_place"),
    ]
    for number, priority, status in rows:
        values: dict[str, object] = {
            "inventory_number": number,
            "title": f"Object {number}",
            "status": status,
            "current_location": f"Room {MARKER} {number}",
        }
        if priority:
            values["salvage_priority"] = priority
        obj = records.create(F.OBJECT, values)
        if number == "INV-1":
            records.create(
                F.DAMAGE,
                {"object_id": obj.record_id, "severity": "minor", "observed_at": "2024-01-01"},
            )
            records.create(
                F.DAMAGE,
                {"object_id": obj.record_id, "severity": "severe", "observed_at": "2025-01-01"},
            )
    out = tmp_path / "inventory.pdf"
    result = inventory_report(vault, out)
    assert result.items == 5
    text = pdf_text(out, "-raw")
    order = re.findall(r"INV-\d+", text.split("Last damage", 1)[1])
    order = list(dict.fromkeys(order))
    assert order == ["INV-2", "INV-10", "INV-1", "INV-20", "INV-3"]
    body = flat(text)
    assert "Severe" in body and "Minor" not in body  # the latest damage, not the first
    assert f"Room {MARKER} INV-10" in body and "Packed" in body
    assert "Total: 5 objects" in body and "page 1 of 1" in body
    assert "Prepared by Test vault" in body

    filtered = inventory_report(
        vault, tmp_path / "f.pdf", status=["in_place"], priority=[1, 2], redact_locations=True
    )
    assert filtered.items == 2
    ftext = flat(pdf_text(filtered.path))
    assert "INV-10" in ftext and "INV-1 " in ftext and "INV-2 " not in ftext
    assert MARKER not in ftext and "Location" not in ftext.split("Total", 1)[1]
    assert "Locations are left out" in ftext


def test_inventory_reports_progress_and_cancel_leaves_nothing(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    for i in range(60):
        records.create(F.OBJECT, {"inventory_number": f"P-{i}", "salvage_priority": 1 + i % 4})
    seen: list[tuple[int, int]] = []
    inventory_report(vault, tmp_path / "ok.pdf", progress=lambda p: seen.append((p.done, p.total)))
    assert seen[-1] == (60, 60) and seen == sorted(seen)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CancelledError):
        inventory_report(
            vault, out / "cancel.pdf", progress=lambda p: None, cancel=lambda: len(seen) > 0
        )
    assert os.listdir(out) == []  # neither the report nor a temporary file


def test_demo_collection_inventory_and_sheets_carry_every_value(
    vault: Vault, tmp_path: Path
) -> None:
    from fieldkit.demo.collection import generate

    generate(vault, objects=30)
    records = Records(vault)
    objects = records.list(F.OBJECT)
    result = inventory_report(vault, tmp_path / "demo-inventory.pdf")
    assert result.items == 30
    text = Counter(words(pdf_text(result.path)))
    # The list says where the chain of custody places an object, where it does (r12 trial #0).
    places = C.shown_places(vault.db, [v.record_id for v in objects])
    assert places  # the demo evacuates some
    for view in objects:
        for name in ("inventory_number", "title", "object_type", "current_location"):
            value = view.fields.get(name, "")
            if name == "current_location":
                value = places.get(view.record_id, value)
            expected = Counter(words(str(value)))
            assert not expected - text, (name, view.fields.get(name))
    sheets = object_id_report(vault, [v.record_id for v in objects[:8]], tmp_path / "d.pdf")
    sheet_text = Counter(words(pdf_text(sheets.path)))
    for view in objects[:8]:
        for name in ("title", "materials_techniques", "maker", "institution", "description"):
            expected = Counter(words(str(view.fields.get(name, ""))))
            assert not expected - sheet_text, (name, view.fields.get(name))
    assert_no_overlap_or_clipping(result.path)
    assert_no_overlap_or_clipping(sheets.path)
    damaged = records.list(F.DAMAGE, limit=3)
    for view in damaged:
        report = damage_report(vault, view.record_id, tmp_path / f"{view.record_id}.pdf")
        expected = Counter(words(view.fields.get("description", "")))
        assert not expected - Counter(words(pdf_text(report.path)))
        assert_no_overlap_or_clipping(report.path)


# --- verification certificates ------------------------------------------------------------------


class Bundles:
    """A field vault that exports; a coordinator vault that trusts it under a local name."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.field, _ = Vault.create(tmp / "field", PASSPHRASE, name=f"Amal {MARKER}", kdf=FAST_KDF)
        self.coord, _ = Vault.create(
            tmp / "coord", PASSPHRASE, name="Coordinator", role="coordinator", kdf=FAST_KDF
        )
        field_card = make_card(own.load(self.field.db))
        coord_card = make_card(own.load(self.coord.db))
        (tmp / "field.fkid").write_bytes(card_bytes(field_card))
        with self.coord.transaction() as db:
            trust.add(
                db,
                parse_card(card_bytes(field_card)),
                name="Amal (field team)",
                role="field",
                verified=True,
            )
        self.coord_card = parse_card(card_bytes(coord_card))
        Records(self.field).create(
            F.OBJECT, {"inventory_number": "B-1", "title": "Bundled"}, [PhotoInput(jpeg(9))]
        )
        self.fingerprint = own.load(self.field.db).fingerprint

    def export(self, name: str, plain: bool = True) -> Path:
        options = (
            ExportOptions(plain=True, recipients=[])
            if plain
            else ExportOptions(recipients=[Recipient.from_card(self.coord_card)])
        )
        return export_bundles(self.field, self.tmp / name, options).bundles[0].path

    def close(self) -> None:
        self.field.close()
        self.coord.close()


@pytest.fixture
def bundles(tmp_path: Path) -> Iterator[Bundles]:
    b = Bundles(tmp_path)
    yield b
    b.close()


def tamper(bundle: Path, target: Path, how: str, member_suffix: str) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    name = next(n for n in members if n.endswith(member_suffix))
    if how == "flip":
        data = bytearray(members[name])
        data[len(data) // 2] ^= 0x01
        members[name] = bytes(data)
    elif how == "delete":
        del members[name]
    else:
        members[name.rsplit("/", 1)[0] + "/extra.txt"] = b"added"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    return target


def test_certificate_of_a_trusted_bundle_is_valid_and_names_the_signer(
    bundles: Bundles, tmp_path: Path
) -> None:
    bundle = bundles.export("plain.fkb")
    report, result = verify_and_certify(
        bundle, tmp_path / "cert.pdf", trust_files=[tmp_path / "field.fkid"]
    )
    assert report.valid and report.exit_code == 0
    text = flat(pdf_text(result.path))
    assert "VALID: complete, untampered, and signed by a trusted key" in text
    assert "NOT VALID" not in text
    assert report.file_sha256 in text and str(report.bundle_id) in text
    assert bundles.fingerprint in text
    assert str(report.signer.minisign_key_id) in text
    assert f"Amal {MARKER} (from the identity card given for the check (field.fkid))" in text
    table = pdf_text(result.path, "-layout")  # a label and its value on one line
    assert re.search(rf"Files checked\s+{report.files_checked}\n", table)
    assert re.search(r"Problems\s+None\.", table)
    assert "no vault opened" in text


def test_certificate_names_only_trusted_names(bundles: Bundles, tmp_path: Path) -> None:
    bundle = bundles.export("plain.fkb")
    # Unknown signer: the bundle carries the sender's card and name, which must not be printed.
    report, result = verify_and_certify(bundle, tmp_path / "untrusted.pdf")
    assert report.exit_code == 3
    text = flat(pdf_text(result.path))
    assert "VALID, BUT THE SIGNER IS NOT TRUSTED" in text and "NOT VALID" not in text
    assert MARKER not in text and "Not named" in text
    # With the coordinator's vault: the local name from its trust store, never the card's.
    encrypted = bundles.export("enc.fkb", plain=False)
    report2, result2 = verify_and_certify(encrypted, tmp_path / "v.pdf", vault=bundles.coord)
    assert report2.exit_code == 0 and report2.content_inspected
    text2 = flat(pdf_text(result2.path))
    assert "Amal (field team) (from the trust store of the verifying vault)" in text2
    assert MARKER not in text2
    assert "Inspected: " in text2 and ("1 photo," in text2 or "1 photo." in text2)
    assert "1 photos" not in text2 and "1 records" not in text2
    assert "by Coordinator, identity" in text2
    # Without a key the certificate says the encrypted content was not inspected.
    report3, result3 = verify_and_certify(
        encrypted, tmp_path / "nokey.pdf", trust_files=[tmp_path / "field.fkid"]
    )
    assert report3.exit_code == 0 and not report3.content_inspected
    assert "Encrypted content not inspected" in flat(pdf_text(result3.path))


@pytest.mark.parametrize(
    ("how", "member", "named"),
    [
        ("flip", "data/records.ndjson", "data/records.ndjson"),
        ("flip", "bag-info.txt", "bag-info.txt"),
        ("delete", "manifest-sha256.txt", "manifest-sha256.txt"),
        ("add", "data/inner.json", "extra.txt"),
        (None, "", ""),
    ],
)
def test_certificate_says_valid_exactly_when_verify_does(
    bundles: Bundles, tmp_path: Path, how: str | None, member: str, named: str
) -> None:
    bundle = bundles.export("plain.fkb")
    if how is not None:
        bundle = tamper(bundle, tmp_path / "tampered.fkb", how, member)
    trust_files = [tmp_path / "field.fkid"]
    report = verify_bundle(bundle, trust_files=trust_files)  # what `fieldkit verify` does
    result = verification_certificate(report, tmp_path / "c.pdf", trust_files=trust_files)
    text = flat(pdf_text(result.path))
    assert ("NOT VALID" in text) == (not report.valid)
    assert ("VALID: complete" in text) == report.valid
    if how is not None:
        assert not report.valid
        assert named in text
        for error in report.errors:
            assert flat(error) in text
    render_pngs(result.path, tmp_path / "png")


# --- command line ------------------------------------------------------------------------------


def test_cli_reports_and_exit_codes(
    make_vault: Callable[..., tuple[Vault, str]], tmp_path: Path
) -> None:
    vault, _ = make_vault(tmp_path / "v", name="Field laptop")
    record_id = full_object(Records(vault))
    Records(vault).create(F.DAMAGE, {"object_id": record_id, "severity": "moderate"})
    plain = export_bundles(vault, tmp_path / "b.fkb", ExportOptions(plain=True, recipients=[]))
    (tmp_path / "me.fkid").write_bytes(card_bytes(make_card(own.load(vault.db))))
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    base = ["--vault", str(tmp_path / "v"), "report"]

    r = run_cli([*base, "object-id", f"INV-{MARKER}-1", "-o", str(tmp_path / "o.pdf")], env)
    assert r.code == 0, r.err
    assert r.out.strip() == str(tmp_path / "o.pdf") and "1 Object ID sheet" in r.err
    r = run_cli([*base, "damage", record_id[:8], "-o", str(tmp_path / "d.pdf"), "--json"], env)
    assert r.code == 0, r.err
    assert r.json["pages"] >= 1 and "most recent" in r.json["warnings"][0]
    r = run_cli(
        [
            *base,
            "inventory",
            "--status",
            "stolen",
            "--priority",
            "1",
            "--redact-locations",
            "-o",
            str(tmp_path / "i.pdf"),
        ],
        env,
    )
    assert r.code == 0, r.err
    assert MARKER not in pdf_text(tmp_path / "i.pdf").split("INV-", 1)[1].split("Total")[0] or (
        f"Store room {MARKER}" not in pdf_text(tmp_path / "i.pdf")
    )
    r = run_cli([*base, "inventory", "--status", "lost", "-o", str(tmp_path / "x.pdf")], env)
    assert r.code == 2 and not (tmp_path / "x.pdf").exists()
    r = run_cli([*base, "object-id", "NOPE-1", "-o", str(tmp_path / "n.pdf")], env)
    assert r.code == 1 and "NOPE-1" in r.err and not (tmp_path / "n.pdf").exists()

    bundle = str(plain.bundles[0].path)
    # Like `verify`: FIELDKIT_VAULT is not a reason to open a vault (no passphrase needed).
    untrusted = run_cli(
        ["report", "verification", bundle, "-o", str(tmp_path / "c3.pdf")],
        {"FIELDKIT_VAULT": str(tmp_path / "v")},
    )
    assert untrusted.code == 3 and (tmp_path / "c3.pdf").exists()
    trusted = run_cli(
        [
            "report",
            "verification",
            bundle,
            "--trust",
            str(tmp_path / "me.fkid"),
            "-o",
            str(tmp_path / "c0.pdf"),
            "--json",
        ]
    )
    assert trusted.code == 0 and trusted.json["valid"] is True
    assert trusted.json["verification"]["signer"]["trusted"] is True
    broken = tamper(Path(bundle), tmp_path / "broken.fkb", "flip", "data/records.ndjson")
    invalid = run_cli(
        [
            "report",
            "verification",
            str(broken),
            "--trust",
            str(tmp_path / "me.fkid"),
            "-o",
            str(tmp_path / "c1.pdf"),
        ]
    )
    assert invalid.code == 1 and (tmp_path / "c1.pdf").exists()
    assert "NOT VALID" in flat(pdf_text(tmp_path / "c1.pdf"))
    verify = run_cli(["verify", str(broken), "--trust", str(tmp_path / "me.fkid")])
    assert verify.code == invalid.code


# --- nothing in the clear outside the PDF ---------------------------------------------------------


def test_the_marker_is_in_no_temporary_file_and_nothing_in_the_vault(
    vault: Vault, records: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    obj = full_object(records, title=f"Title {MARKER}")
    damage = records.create(
        F.DAMAGE,
        {"object_id": obj, "description": f"damage {MARKER}"},
        [PhotoInput(jpeg(3), "damage", f"photo caption {MARKER}")],
    ).record_id
    before = {p: p.stat().st_mtime_ns for p in vault.path.rglob("*") if p.is_file()}
    out = tmp_path / "out"
    out.mkdir()
    object_id_report(vault, [obj], out / "a.pdf")
    damage_report(vault, damage, out / "b.pdf")
    inventory_report(vault, out / "c.pdf")
    for pdf in ("a.pdf", "b.pdf", "c.pdf"):
        assert MARKER in nfkc(pdf_text(out / pdf))  # the check below can find it
    assert sorted(os.listdir(out)) == ["a.pdf", "b.pdf", "c.pdf"]
    for path in [*temp.rglob("*"), *vault.path.rglob("*")]:
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path
    media = [p for p in before if "media" in p.parts]
    assert media and all(p.stat().st_mtime_ns == before[p] for p in media)


def test_the_no_photo_box_says_its_words_whole_in_french(
    vault: Vault, records: Records, tmp_path: Path
) -> None:
    """r11 UI trial 2 #15: the thumbnail box of an object without a photo read « pas de… »."""
    from fieldkit.i18n import using

    records.create(F.OBJECT, {"inventory_number": "MCP 1990.13", "title": "Jarre"})
    with using("fr"):
        inventory_report(vault, tmp_path / "inventaire.pdf")
    text = flat(pdf_text(tmp_path / "inventaire.pdf"))
    assert "pas de photo" in text and "pas de…" not in text, text
    assert_no_overlap_or_clipping(tmp_path / "inventaire.pdf")
