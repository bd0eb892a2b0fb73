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
from collections.abc import Callable, Iterable
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


def sorted_encoder(*, allow_nan: bool) -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, allow_nan=allow_nan, sort_keys=True,
    separators=(",", ":")).encode``, for values :func:`_for_c_encoder` returned (JSON types
    only, no cycle: it walks every container first, and a cycle stops that walk).

    The C encoder is made once and called without JSONEncoder.encode's wrapper, which makes a
    new one per call and checks for cycles: a tenth of the cost for a record's fields, more
    for the small values bulk creation also encodes (SPEC §13).
    """
    make: Any = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python built without the _json accelerator
        return json.JSONEncoder(
            ensure_ascii=False, allow_nan=allow_nan, sort_keys=True, separators=(",", ":")
        ).encode
    iterencode = make(None, None, _string, None, ":", ",", True, False, allow_nan)
    join = "".join

    def encode(value: Any) -> str:
        return join(iterencode(value, 0))

    return encode


# The C encoder of the standard library, set up the canonical way. Its output is canonical for
# what :func:`_for_c_encoder` returns; it is several times faster than `_encode`, and every
# revision, audit event and bundle line goes through here.
_c_encode = sorted_encoder(allow_nan=False)
_SAFE_INTEGER = 2.0**53
_STR_ONLY = {str}


class _NeedsReference(Exception):
    """A value the C encoder would not print canonically."""


def _for_c_encoder(value: Any) -> Any:
    """``value`` (or a copy with integral floats made ints) that the C encoder prints canonically.

    The C encoder is right for exact str/int/bool/None, lists and tuples, dicts with ASCII
    string keys (code point order is then UTF-16 order) and floats it prints without an exponent
    or a trailing ".0": non-integral with 1e-4 <= |x| < 1e16, where Python's shortest repr and
    ECMAScript's Number.toString are the same text. Integral floats below 2**53 are printed as
    the integer, like ECMAScript does. Anything else (tiny or huge floats, -0.0, non-ASCII keys,
    subclasses, non-JSON values) raises _NeedsReference. Containers are copied only if changed.
    """
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        if value.is_integer():
            if abs(value) < _SAFE_INTEGER and (value or str(value) == "0.0"):
                return int(value)
            raise _NeedsReference
        if 1e-4 <= abs(value) < 1e16:
            return value
        raise _NeedsReference
    if kind is dict:
        # Every key exactly a str, and all ASCII: two passes in C rather than one in Python.
        if value and (set(map(type, value)) != _STR_ONLY or not "".join(value).isascii()):
            raise _NeedsReference
        entries: Iterable[tuple[Any, Any]] = value.items()
    elif kind is list or kind is tuple:
        entries = enumerate(value)
    else:
        raise _NeedsReference
    copy: Any = None  # made on the first change only
    for key, item in entries:
        item_kind = type(item)
        if item_kind is str or item_kind is int or item_kind is bool or item is None:
            continue
        new = _for_c_encoder(item)
        if new is not item:
            if copy is None:
                copy = dict(value) if kind is dict else list(value)
            copy[key] = new
    return value if copy is None else copy


def canonical_json(value: Any) -> bytes:
    """The canonical UTF-8 bytes of ``value``. Raises TypeError/ValueError for non-JSON values."""
    try:
        prepared = _for_c_encoder(value)
    except (_NeedsReference, RecursionError):
        return reference_canonical_json(value)
    return _c_encode(prepared).encode("utf-8")


def reference_canonical_json(value: Any) -> bytes:
    """The same bytes by the plain, slower reference encoder (also the oracle in the tests)."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8")
