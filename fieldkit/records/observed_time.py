"""When a damage report was observed, as something that can be compared (review r10 #12).

``observed_at`` keeps what the assessor wrote, with its UTC offset: 2024-05-03T23:30-05:00
is 04:30 UTC on the 4th, later than 2024-05-04T02:00+00:00 although it sorts first as text.
Whatever picks "the latest report" (the inventory's severity, the damage sheet of an object)
or lists an object's reports in time order (exports) compares :func:`instant_key` instead.

Times written without an offset (the demo collection, older spreadsheets) are taken as UTC,
as :func:`fieldkit.records.fields.sort_time` does for the chain of custody: among themselves
they keep the order they had as text, and every vault orders them the same way whatever its
own zone. A date without a time is the start of that day. A missing time sorts before any
other; text that is not a date (a foreign bundle's) sorts after that, before real times.

The vault's ``observed_at`` column still holds the text as written, so lists sorted by it in
SQL (``fieldkit damage list``, the app's report list) still order by text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.records.fields import sort_time


def instant_key(value: Any) -> str:
    """A key that orders observation times by the instant they name (see the module)."""
    if value is None or value == "":
        return ""
    return sort_time(str(value))


def report_key(fields: Mapping[str, Any]) -> str:
    """:func:`instant_key` of a damage report's ``observed_at``."""
    return instant_key(fields.get("observed_at"))
