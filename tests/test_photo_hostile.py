"""Hostile photos after they were accepted (issue 24, items 11 and 12): corrupt EXIF, TIFF,
MPO and XMP in redacted exports, and Pillow's warnings kept off the terminal.

Every image is built here with Pillow or by hand; no binary fixtures.
"""

from __future__ import annotations

import hashlib
import io
import logging
import struct
import warnings
import zlib
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli_process
from PIL import Image

from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.photo_redact import RedactionError, strip_gps
from fieldkit.records.photos import ingest_photo, thumbnail
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault

GPS_IFD = 0x8825
GPS = {1: "N", 2: (34.0, 33.0, 2.0), 3: "E", 4: (38.0, 16.0, 5.0)}


# --- building photos ------------------------------------------------------------------------


def picture(size: tuple[int, int] = (96, 64), seed: int = 0) -> Image.Image:
    return Image.effect_noise(size, 30 + seed).convert("RGB")


def jpeg(img: Image.Image | None = None, **params: Any) -> bytes:
    out = io.BytesIO()
    (img or picture()).save(out, "JPEG", quality=90, **params)
    return out.getvalue()


def gps_exif(make: str = "FieldCam") -> bytes:
    exif = Image.Exif()
    exif[0x010F] = make
    exif[GPS_IFD] = GPS
    return exif.tobytes()


def with_segment(data: bytes, marker: int, body: bytes) -> bytes:
    """``data`` (a JPEG) with one more marker segment right after SOI."""
    return data[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body + data[2:]


# IFD0 at offset 0xFFFFFF of an 8-byte TIFF structure: Pillow warns "Corrupt EXIF data".
TRUNCATED_EXIF = b"Exif\x00\x00II*\x00" + struct.pack("<I", 0xFFFFFF)
# Not a TIFF structure at all: Image.Exif().load() raises SyntaxError.
GARBAGE_EXIF = b"Exif\x00\x00" + b"garbage!garbage!"


def corrupt_exif_jpeg() -> bytes:
    """A JPEG whose first Exif block is truncated and whose second is not TIFF at all."""
    return with_segment(with_segment(jpeg(), 0xE1, GARBAGE_EXIF), 0xE1, TRUNCATED_EXIF)


def tiff(exif: bytes | None = None, pages: int = 1, mode: str = "RGB") -> bytes:
    frames = [picture(seed=i).convert(mode) for i in range(pages)]
    out = io.BytesIO()
    params: dict[str, Any] = {"save_all": True, "append_images": frames[1:]}
    if exif is not None:
        params["exif"] = exif
    frames[0].save(out, "TIFF", **params)
    return out.getvalue()


def has_gps(data: bytes) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(io.BytesIO(data)) as img:
            for page in range(getattr(img, "n_frames", 1)):
                img.seek(page)
                exif = img.getexif()
                if GPS_IFD in exif or exif.get_ifd(GPS_IFD):
                    return True
    return False


def pixels(data: bytes) -> list[tuple[str, tuple[int, int], bytes]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the originals here are broken on purpose
        with Image.open(io.BytesIO(data)) as img:
            frames = []
            for page in range(getattr(img, "n_frames", 1)):
                img.seek(page)
                frames.append((img.mode, img.size, img.tobytes()))
            return frames


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


# --- item 11: redaction strips what it can and never fails with an internal error ------------


@pytest.mark.parametrize(
    "segment", [GARBAGE_EXIF, TRUNCATED_EXIF, b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff"]
)
def test_an_exif_block_that_cannot_be_parsed_is_dropped_whole(segment: bytes) -> None:
    original = with_segment(jpeg(), 0xE1, segment)
    redacted = strip_gps(original)
    assert pixels(redacted) == pixels(original)
    assert segment[6:] not in redacted


def test_gps_is_removed_and_the_rest_of_a_good_exif_is_kept() -> None:
    original = jpeg(exif=gps_exif())
    redacted = strip_gps(with_segment(original, 0xE1, GARBAGE_EXIF))
    assert has_gps(original) and not has_gps(redacted)
    assert Image.open(io.BytesIO(redacted)).getexif().get(0x010F) == "FieldCam"
    assert pixels(redacted) == pixels(original)


def test_xmp_extended_xmp_and_photoshop_blocks_are_dropped() -> None:
    where = b"<x:xmpmeta><exif:GPSLatitude>34,33.0N</exif:GPSLatitude></x:xmpmeta>"
    original = jpeg()
    for marker, body in (
        (0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + where),
        (0xE1, b"http://ns.adobe.com/xmp/extension/\x00" + b"0" * 40 + where),
        (0xED, b"Photoshop 3.0\x008BIM\x04\x24\x00\x00" + where),
    ):
        original = with_segment(original, marker, body)
    redacted = strip_gps(original)
    assert b"GPSLatitude" not in redacted
    assert pixels(redacted) == pixels(original)


def test_the_secondary_images_of_an_mpo_do_not_carry_their_gps_along() -> None:
    primary = jpeg(picture(seed=1))
    secondary = jpeg(picture((48, 32), seed=2), exif=gps_exif("DepthCam"))
    original = primary + secondary  # what an MPO's bytes look like after the first image
    redacted = strip_gps(original)
    assert b"DepthCam" not in redacted and secondary not in redacted
    assert pixels(redacted) == pixels(original)


def test_png_raw_exif_profiles_and_xmp_are_dropped() -> None:
    out = io.BytesIO()
    picture().save(out, "PNG")
    data = out.getvalue()
    extra = png_chunk(b"tEXt", b"Raw profile type exif\x00\nexif\n  40\n4578696600004d4d\n")
    extra += png_chunk(b"eXIf", b"garbage!garbage!")
    original = data[:33] + extra + data[33:]  # after the signature and IHDR
    redacted = strip_gps(original)
    assert b"Raw profile" not in redacted and b"garbage!" not in redacted
    assert pixels(redacted) == pixels(original)


def test_a_tiff_without_gps_is_sent_as_it_is() -> None:
    original = tiff()
    assert strip_gps(original) == original


@pytest.mark.parametrize(("pages", "mode"), [(1, "RGB"), (2, "P"), (1, "L"), (1, "CMYK")])
def test_a_tiff_with_gps_is_rewritten_losslessly_without_it(pages: int, mode: str) -> None:
    original = tiff(gps_exif(), pages, mode)
    assert has_gps(original)
    redacted = strip_gps(original)
    assert not has_gps(redacted)
    assert pixels(redacted) == pixels(original)


def test_a_photo_that_truly_cannot_be_redacted_is_named_with_the_way_out() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    damaged = jpeg()[:20] + b"\x00" * 40  # the marker structure is broken
    for data in (heic, damaged):
        prefix = hashlib.sha256(data).hexdigest()[:12]
        with pytest.raises(RedactionError) as info:
            strip_gps(data)
        assert prefix in info.value.message
        assert f"--leave-out-photo {prefix}" in info.value.hint
        assert "\n" not in info.value.message


def test_a_tiff_whose_pixels_cannot_be_rewritten_identically_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldkit.records import photo_redact

    original = tiff(gps_exif())
    monkeypatch.setattr(photo_redact, "_same_pixels", lambda *_: False)
    sha = hashlib.sha256(original).hexdigest()
    with pytest.raises(RedactionError, match=sha[:12]):
        strip_gps(original, sha)


# --- corrupt EXIF does not break add or thumbnails --------------------------------------------


def test_a_corrupt_exif_photo_is_added_with_a_thumbnail_and_no_warning(
    vault: Vault, caplog: pytest.LogCaptureFixture
) -> None:
    data = with_segment(jpeg(exif=gps_exif()), 0xE1, TRUNCATED_EXIF)  # the first block wins
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning leaking out of our code fails the test
        with caplog.at_level(logging.INFO), vault.transaction() as db:
            info = ingest_photo(vault, db, data)
    assert info.gps is None  # the broken block is read as absent, not guessed
    assert Image.open(io.BytesIO(thumbnail(vault.db, info.sha256) or b"")).size == (96, 64)
    counted = [r.getMessage() for r in caplog.records if "Pillow reported" in r.getMessage()]
    assert counted and all("Corrupt" not in line for line in counted)


def test_an_orientation_next_to_corrupt_exif_still_turns_the_thumbnail(vault: Vault) -> None:
    # IFD0: orientation 6, then an Exif IFD pointer far beyond the block (written by hand:
    # Pillow will not write a broken pointer).
    ifd0 = struct.pack("<H", 2)
    ifd0 += struct.pack("<HHLHH", 0x0112, 3, 1, 6, 0)
    ifd0 += struct.pack("<HHLL", 0x8769, 4, 1, 0xFFFF)
    ifd0 += struct.pack("<L", 0)
    data = with_segment(jpeg(), 0xE1, b"Exif\x00\x00II*\x00" + struct.pack("<I", 8) + ifd0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with vault.transaction() as db:
            info = ingest_photo(vault, db, data)
    assert (info.width, info.height) == (64, 96)
    assert Image.open(io.BytesIO(thumbnail(vault.db, info.sha256) or b"")).size == (64, 96)


# --- item 12 and 11 end to end: the command line, in real child processes --------------------


def _two_vaults(tmp_path: Path) -> tuple[Path, Path]:
    field, _ = Vault.create(tmp_path / "field", PASSPHRASE, name="Amal", kdf=FAST_KDF)
    coord, _ = Vault.create(
        tmp_path / "coord", PASSPHRASE, name="Ivana", role="coordinator", kdf=FAST_KDF
    )
    try:
        field_card = parse_card(card_bytes(make_card(own.load(field.db))))
        coord_card = parse_card(card_bytes(make_card(own.load(coord.db))))
        with field.transaction() as db:
            trust.add(db, coord_card, name="Ivana", role="coordinator", verified=True)
        with coord.transaction() as db:
            trust.add(db, field_card, name="Amal", role="field", verified=True)
    finally:
        field.close()
        coord.close()
    return tmp_path / "field", tmp_path / "coord"


def test_corrupt_exif_reaches_no_terminal_on_add_export_and_import(tmp_path: Path) -> None:
    field, coord = _two_vaults(tmp_path)
    photo = tmp_path / "corrupt.jpg"
    photo.write_bytes(corrupt_exif_jpeg())
    record = tmp_path / "o.json"
    record.write_text('{"inventory_number": "INV-1", "title": "Stele"}')
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}

    def fieldkit(vault: Path, *args: str) -> str:
        done = run_cli_process(["--vault", str(vault), *args], env)
        assert done.returncode == 0, done.stderr
        assert "UserWarning" not in done.stderr and "Corrupt EXIF" not in done.stderr
        assert "internal error" not in done.stderr
        return done.stderr

    fieldkit(field, "object", "add", "--json", str(record), "--photo", str(photo))
    fieldkit(field, "export", "-o", str(tmp_path / "redacted.fkb"), "--redact-locations")
    fieldkit(field, "export", "-o", str(tmp_path / "full.fkb"), "--full")
    fieldkit(coord, "import", str(tmp_path / "full.fkb"))
    with Vault.open(coord, PASSPHRASE) as vault:
        (view,) = Records(vault).list(F.OBJECT)
        assert thumbnail(vault.db, view.media[0]["sha256"])


def test_redacted_export_of_a_corrupt_exif_photo_in_process(tmp_path: Path) -> None:
    from fieldkit.bundles.export import ExportOptions, export_bundles
    from fieldkit.bundles.verify import verify_bundle

    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="Amal", kdf=FAST_KDF)
    with vault:
        Records(vault).create(
            F.OBJECT, {"title": "Stele"}, [PhotoInput(corrupt_exif_jpeg(), "overall")]
        )
        result = export_bundles(
            vault,
            tmp_path / "r.fkb",
            ExportOptions(recipients=[], plain=True, redact_locations=True),
        )
    report = verify_bundle(result.bundles[0].path, keep_content=True)
    assert report.valid, report.errors


def test_a_pdf_report_of_a_corrupt_exif_photo_warns_nothing(tmp_path: Path) -> None:
    """Reports downscale photos with Pillow too: its warning must not reach the terminal."""
    from fieldkit.reports.images import downscale

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning escaping our code fails the test
        small = downscale(corrupt_exif_jpeg(), 64)
    with Image.open(io.BytesIO(small)) as img:
        assert max(img.size) <= 64


def test_an_exif_block_between_progressive_scans_is_filtered_too() -> None:
    """Found in review: everything after the first scan was copied as is, so an APP1 Exif
    block with GPS that a program put between a progressive JPEG's scans reached the
    redacted export."""
    progressive = jpeg(picture((160, 120)), progressive=True)
    second_scan = progressive.index(b"\xff\xda", progressive.index(b"\xff\xda") + 2)
    raw = gps_exif("HiddenCam")
    body = raw if raw.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + raw
    segment = b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    hidden = progressive[:second_scan] + segment + progressive[second_scan:]
    assert b"HiddenCam" in hidden and has_gps(hidden) is False  # Pillow reads the first only
    assert _exif_blocks_with_gps(hidden) == 1
    redacted = strip_gps(hidden)
    assert _exif_blocks_with_gps(redacted) == 0
    assert pixels(redacted) == pixels(hidden)


def _exif_blocks_with_gps(data: bytes) -> int:
    """How many Exif blocks anywhere in ``data`` hold a GPS IFD (not only the first)."""
    found, start = 0, 0
    while (at := data.find(b"Exif\x00\x00", start)) >= 0:
        exif = Image.Exif()
        try:
            exif.load(data[at:])
        except Exception:
            start = at + 1
            continue
        if GPS_IFD in exif or exif.get_ifd(GPS_IFD):
            found += 1
        start = at + 1
    return found
