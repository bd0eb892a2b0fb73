"""The one way the GUI shows a date or a time to people: the locale's order and month names,
so "5 Dec 2026, 10:12" (English), "5 déc. 2026, 10:12" (French) — never "5 12 2026" nor an ISO
"T". Moments are shown in this computer's time zone; dates-only values show no time.

Input fields keep ISO (YYYY-MM-DD, YYYY-MM-DDTHH:MM): this module is for showing them, for
their placeholders (:func:`input_pattern`), and for reading a date typed day first in the
languages that write it so (:func:`day_first_iso`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from fieldkit import i18n
from fieldkit.gui.numbers import western_digits
from fieldkit.records.csv_validate import _PEOPLE_DATE, _iso_date
from fieldkit.records.fields import ascii_digits
from fieldkit.records.revision import parse_hlc

_WEEKDAY = re.compile(r"[\s,،、]*d{3,4}[\s,،、]*")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LETTERS = re.compile(r"[^\W\d_]+")
# The languages whose people write a date day first (06/12/2026 is 6 December). English is not
# among them: there 06/12/2026 may be 12 June, and guessing would store the wrong day.
DAY_FIRST_LANGUAGES = frozenset({"fr", "ar", "uk"})
# A date typed day first, then perhaps a time ("06/12/2026 10:06").
_DAY_FIRST_MOMENT = re.compile(r"^\s*(\S+?)(?:[ T]+(\d{1,2}:\d{2}(?::\d{2})?))?\s*$")


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's long date without the weekday and with abbreviated month names."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = _WEEKDAY.sub(" ", pattern).strip(" ,،")
    pattern = pattern.replace("MMMM", "MMM")
    if "MMM" not in pattern and not re.search(r"[年월月]", pattern):
        return "d MMM yyyy"
    return pattern or "d MMM yyyy"


def format_day(day: date | QDate) -> str:
    """A day: "5 Dec 2026"."""
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    locale = QLocale()
    return western_digits(locale.toString(qdate, date_pattern(locale)))


def format_moment(moment: datetime | QDateTime) -> str:
    """A moment, in this computer's time zone if it has one: "5 Dec 2026, 10:12".

    A naive datetime is shown as written (the wall time where it was noted).
    """
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone()  # local time
        qdate = QDate(moment.year, moment.month, moment.day)
        qtime = QTime(moment.hour, moment.minute, moment.second)
    else:
        local = moment.toTimeZone(QTimeZone.systemTimeZone())
        qdate, qtime = local.date(), local.time()
    locale = QLocale()
    day = locale.toString(qdate, date_pattern(locale))
    time = locale.toString(qtime, QLocale.FormatType.ShortFormat)
    return western_digits(
        QCoreApplication.translate("dates", "{date}, {time}").format(date=day, time=time)
    )


def format_epoch_ms(ms: int) -> str:
    return format_moment(QDateTime.fromMSecsSinceEpoch(ms, QTimeZone.utc()))


def format_hlc(hlc: str) -> str:
    """When a revision was made (its hybrid logical clock)."""
    try:
        wall_ms, _ = parse_hlc(hlc)
    except ValueError:
        return hlc
    return format_epoch_ms(wall_ms)


def format_iso(text: str | None) -> str:
    """An ISO date or date-time as stored ("2026-12-05", "2026-12-05T09:30",
    "2026-12-05T09:30:00+00:00"): a date shows the day only. Text that is not ISO is returned
    unchanged, so nothing is ever hidden."""
    if not text:
        return ""
    value = str(text).strip()
    try:
        if _DATE_ONLY.match(value):
            return format_day(date.fromisoformat(value))
        return format_moment(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return value


def input_pattern(pattern: str) -> str:
    """A date field's placeholder (« AAAA-MM-JJ », « سسسس-شش-يي سس:دد ») laid out as its digits
    are typed: left to right, year first. An Arabic pattern made one right-to-left run, drawn
    from the right: the year's letters stood where the minutes are typed. Each group of
    letters is isolated in its own direction inside a left-to-right isolate; a pattern without
    right-to-left letters is returned as it is."""
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in pattern):
        return pattern
    return "\u2066" + _LETTERS.sub(lambda m: f"\u2068{m[0]}\u2069", pattern) + "\u2069"


def day_first_iso(text: str, lang: str | None = None) -> str | None:
    """A date typed day/month/year (« 06/12/2026 », « 6.12.2026 », « ٦-١٢-٢٠٢٦ », perhaps with a
    time after it) in a language that writes dates day first, written as the field stores it:
    "2026-12-06" ("2026-12-06 10:06"). None when ``text`` is not such a date or the language
    does not put the day first. The spreadsheet import reads the same forms with the same
    parser (its ``dmy`` order), so a vault's dates are read one way wherever they are typed."""
    if (lang or i18n.language()) not in DAY_FIRST_LANGUAGES:
        return None
    moment = _DAY_FIRST_MOMENT.match(ascii_digits(text))
    day = _PEOPLE_DATE.match(moment[1]) if moment else None
    if moment is None or day is None:
        return None
    iso = _iso_date(day, "dmy")
    if moment[2]:
        hours, rest = moment[2].split(":", 1)
        iso += f" {int(hours):02d}:{rest}"
    return iso
