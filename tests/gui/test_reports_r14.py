"""r14 UI trial #6: a PDF prints a date as the app shows it. The core has no Qt, so the reports
carry their own copy of the locale's month names and order (fieldkit.reports.layout); here it is
compared, day by day over a year and hour by hour, with what the app's own formatter (Qt's
locale data, fieldkit.gui.dates) writes in French, Ukrainian and Arabic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QTranslator

from fieldkit.gui import dates
from fieldkit.reports import layout


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_report_dates_are_the_app_s(
    lang: str, use_language: Callable[[str], list[QTranslator]]
) -> None:
    use_language(lang)
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert layout.format_day(day, lang) == dates.format_day(day)
        day += timedelta(days=13)
    for hour in range(24):
        moment = datetime(2026, 11, 14, hour, 5)  # naive: the wall time, not converted
        assert layout.format_moment(moment, lang) == dates.format_moment(moment)
        assert layout.format_iso(moment.isoformat(), lang) == dates.format_iso(moment.isoformat())
