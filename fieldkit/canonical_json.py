"""Canonical JSON (RFC 8785 style): the bytes that are hashed and signed.

Sorted keys (by UTF-16 code units, as RFC 8785 says), no insignificant whitespace, UTF-8, strings
escaped minimally, numbers in ECMAScript's shortest round-trip form. Two implementations on two
platforms must produce the same bytes for the same value, or every `rev_id` would differ: a
golden vector in the tests pins this down.

Only JSON types are accepted (dict with str keys, list, str, int, float, bool, None); NaN and
infinities are refused.
"""

from __future__ import annotations

import json
import math
from typing import Any

# The standard library's C string encoder escapes exactly what RFC 8785 escapes ("\\", '"',
# \b \f \n \r \t, other controls as lowercase \u00xx) and leaves everything else as is.
_string = json.encoder.encode_basestring


def _number(value: float) -> str:
    """ECMAScript Number.prototype.toString for a finite double."""
    if not math.isfinite(value):
        raise ValueError("NaN and infinity have no JSON form")
    if value == 0:
        return "0"
    if value < 0:
        return "-" + _number(-value)
    # repr gives the shortest round-trip digits; re-lay them out the way ECMAScript does.
    mantissa, _, exp_text = repr(value).partition("e")
    exponent = int(exp_text) if exp_text else 0
    int_part, _, frac_part = mantissa.partition(".")
    digits = (int_part + frac_part).lstrip("0")
    # n: position of the decimal point relative to the start of `digits` (ECMAScript's n).
    leading_zeros = len(int_part + frac_part) - len((int_part + frac_part).lstrip("0"))
    n = len(int_part) + exponent - leading_zeros
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    e = n - 1
    sign = "+" if e >= 0 else "-"
    head = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{head}e{sign}{abs(e)}"


def _encode(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            out.append(str(int(value)))
        else:
            out.append(_number(value))
    elif isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        keys = list(value)
        if not all(isinstance(k, str) for k in keys):
            raise TypeError("JSON object keys must be strings")
        if all(k.isascii() for k in keys):
            keys.sort()  # same order as UTF-16 code units, much faster
        else:
            keys.sort(key=lambda k: k.encode("utf-16-be"))
        for i, key in enumerate(keys):
            if i:
                out.append(",")
            out.append(_string(key))
            out.append(":")
            _encode(value[key], out)
        out.append("}")
    else:
        raise TypeError(f"{type(value).__name__} has no canonical JSON form")


def canonical_json(value: Any) -> bytes:
    """The canonical UTF-8 bytes of ``value``. Raises TypeError/ValueError for non-JSON values."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8")
