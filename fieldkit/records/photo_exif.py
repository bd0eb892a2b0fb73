"""What a photo's EXIF says about when and where it was taken, and how to turn it upright.

EXIF is written by cameras, phones and editors of every quality, and by attackers: every value
is validated, and anything malformed is treated as absent (a photo is not refused for bad
metadata). Capture times stay as recorded: a UTC offset is added only when the EXIF itself
records one (OffsetTimeOriginal / OffsetTime); the time zone is never guessed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PIL import Image

# Tag numbers (EXIF 2.32 / TIFF 6.0).
ORIENTATION = 0x0112
DATETIME = 0x0132
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATETIME_ORIGINAL = 0x9003
OFFSET_TIME = 0x9010
OFFSET_TIME_ORIGINAL = 0x9011
GPS_LATITUDE_REF = 1
GPS_LATITUDE = 2
GPS_LONGITUDE_REF = 3
GPS_LONGITUDE = 4
GPS_STATUS = 9

_DATETIME_RE = re.compile(r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET_RE = re.compile(r"[+-](\d{2}):(\d{2})")
_GPS_DECIMALS = 7  # about 1 cm: more is float noise


def read_exif(img: Image.Image) -> Image.Exif | None:
    """The image's EXIF, or None when there is none or it cannot be parsed."""
    try:
        exif = img.getexif()
    except Exception:  # hostile or broken EXIF: the photo itself may still be fine
        return None
    return exif if len(exif) else None


def _sub_ifd(exif: Image.Exif, tag: int) -> Mapping[int, Any]:
    try:
        return exif.get_ifd(tag)
    except Exception:
        return {}


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    return value.replace("\x00", "").strip() or None


def _iso_datetime(value: object, offset: object) -> str | None:
    text = _text(value)
    if text is None:
        return None
    match = _DATETIME_RE.fullmatch(text)
    if match is None:
        return None
    try:
        # Naive on purpose: the time as the camera recorded it.
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:  # "0000:00:00 00:00:00", month 13, …
        return None
    iso = moment.isoformat()
    offset_text = _text(offset)
    if offset_text is not None:
        off = _OFFSET_RE.fullmatch(offset_text)
        if off is not None and int(off.group(1)) <= 14 and int(off.group(2)) < 60:
            iso += offset_text
    return iso


def capture_time(exif: Image.Exif | None) -> str | None:
    """ISO 8601 from DateTimeOriginal, else DateTime; None when absent or invalid."""
    if exif is None:
        return None
    sub = _sub_ifd(exif, EXIF_IFD)
    original = _iso_datetime(sub.get(DATETIME_ORIGINAL), sub.get(OFFSET_TIME_ORIGINAL))
    if original is not None:
        return original
    return _iso_datetime(exif.get(DATETIME), sub.get(OFFSET_TIME))


def _degrees(value: object) -> float | None:
    parts = value if isinstance(value, tuple) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    total = 0.0
    for part, scale in zip(parts, (1.0, 60.0, 3600.0), strict=False):
        try:
            number = float(part)
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            return None
        if not math.isfinite(number) or number < 0:
            return None
        total += number / scale
    return total


def _signed(value: object, ref: object, positive: str, negative: str) -> float | None:
    degrees = _degrees(value)
    ref_text = _text(ref)
    if degrees is None or ref_text is None:
        return None  # without N/S or E/W the sign would be a guess
    ref_text = ref_text.upper()
    if ref_text == positive:
        return degrees
    if ref_text == negative:
        return -degrees
    return None


def gps_position(exif: Image.Exif | None) -> tuple[float, float] | None:
    """(latitude, longitude) in decimal degrees, or None when absent, void or invalid."""
    if exif is None:
        return None
    gps = _sub_ifd(exif, GPS_IFD)
    if not gps:
        return None
    if (_text(gps.get(GPS_STATUS)) or "A").upper() == "V":  # receiver said: no fix
        return None
    lat = _signed(gps.get(GPS_LATITUDE), gps.get(GPS_LATITUDE_REF), "N", "S")
    lon = _signed(gps.get(GPS_LONGITUDE), gps.get(GPS_LONGITUDE_REF), "E", "W")
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
        return None
    if lat == 0 and lon == 0:  # what devices without a fix write: not a real position
        return None
    return round(lat, _GPS_DECIMALS), round(lon, _GPS_DECIMALS)


def orientation(exif: Image.Exif | None) -> int:
    """The EXIF orientation (1-8); 1 when absent or invalid."""
    if exif is None:
        return 1
    value = exif.get(ORIENTATION, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1
