"""The natural order of inventory numbers, as a text whose plain (BINARY) order is that order.

Museums read « MCP 2, MCP 10, MCP 1962.121, MCP 1962.1180, MCP 1962.1180a »: runs of digits
compare as numbers, the rest as text without case. SQLite sorts text byte by byte, which gives
« MCP 1962.1180 » before « MCP 1962.121 ». So the view stores a key beside the number
(``records.inventory_sort``, written by fieldkit.records.revision_store, indexed like the other
sort columns), and a list sorted by inventory number walks that index: no collation function
in Python for SQLite to call on every comparison, and any SQLite reading the vault sorts it
the same way.

The key: the number in NFKC, casefolded; every run of digits (Arabic-Indic ١٩٦٢ as well as
1962: the same number, as the duplicates code counts them) becomes ``\\x01``, the length of its
length, its length, and its digits without leading zeros, so a longer number sorts after a
shorter one and numbers of one length digit by digit. ``\\x01`` sorts before any character of
text, as a number sorts before text at the same place; the characters \\x00 and \\x01 are left
out of the text (invisible, and NUL cannot be stored in SQLite text).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# \d on str: Unicode decimal digits (category Nd), every script's 0-9.
_NUMBER = re.compile(r"\d+")
_NUMBER_MARK = "\x01"


def _number(match: re.Match[str]) -> str:
    digits = match.group()
    if not digits.isascii():
        digits = "".join(str(unicodedata.decimal(c, 0)) for c in digits)
    digits = digits.lstrip("0")
    length = str(len(digits))
    return f"{_NUMBER_MARK}{chr(0x30 + len(length))}{length}{digits}"


def inventory_sort_key(value: Any) -> str | None:
    """The key of an inventory number (or a location's code); None for none.

    Two numbers that differ only in case, in leading zeros or in their digits' script have the
    same key (the list keeps them in the order they were stored).
    """
    if value is None:
        return None
    text = value if type(value) is str else str(value)
    if text.isascii():
        text = text.lower()  # ASCII is its own NFKC, and its casefold is lower()
    else:
        text = unicodedata.normalize("NFKC", text).casefold()
    if "\x00" in text or _NUMBER_MARK in text:
        text = text.replace("\x00", "").replace(_NUMBER_MARK, "")
    return _NUMBER.sub(_number, text)


__all__ = ["inventory_sort_key"]
