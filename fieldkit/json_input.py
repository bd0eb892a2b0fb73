"""Strict JSON from people and from files we do not control: one reader for every such input.

Used by ``object``/``damage`` ``add``/``edit --json`` and by the identity-card parser. Python's
``json`` module is lenient where that hurts us, so on top of its syntax check this reader
refuses, each with one plain sentence:

- bytes that are not UTF-8 (with the line and column of the first bad byte);
- nesting deeper than :data:`MAX_DEPTH`, counted *before* ``json.loads`` runs: the decoder
  recurses once per level, so 100,000 ``[`` would otherwise end in a RecursionError;
- a member name given twice in one object (``json`` silently keeps the last one, so what a
  person reads in the file is not what would be stored or trusted);
- ``NaN``, ``Infinity`` and numbers that overflow to infinity, which are not JSON numbers;
- integers longer than :data:`MAX_INT_DIGITS` (Python refuses to convert very long ones with a
  bare ValueError, and no field needs them);
- lone UTF-16 surrogates written as escapes (``"\\ud800"``), in values and in member names:
  they are not characters, cannot be encoded as UTF-8, and would fail later, far from here.

Messages never quote the input (it may be sensitive); a member name is named only when it is
a plain identifier such as a field name.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, message

# Records nest three levels (a measurement inside a list inside the object), cards one.
MAX_DEPTH = 32
MAX_INT_DIGITS = 30
# Far above any record (every field at its 20,000-character limit is about 2 MB as UTF-8),
# far below what would exhaust an old laptop's memory.
MAX_INPUT_BYTES = 16 * 1024 * 1024

# Strings (with their escapes) are skipped whole, so brackets inside text are not counted.
# (The "unrolled" form runs of plain characters at C speed: about 100 times faster than
# alternating character by character on long texts.)
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


class JsonInputError(FieldKitError):
    """JSON input was refused. ``problem`` is a short phrase (for callers that word their own
    sentence), ``kind`` one of: utf8, syntax, depth, duplicate, constant, number, surrogate.

    ``problem`` is a :class:`fieldkit.i18n.Text` (its English now, translated where it is
    shown), and so is the message: a caller re-raising ``exc.message`` keeps it translatable."""

    default_hint = QT_TRANSLATE_NOOP(
        "errors", "Correct the JSON and try again; nothing was changed."
    )

    # ``message`` is the problem phrase (named so, the scan of untranslated errors checks it).
    def __init__(self, kind: str, message: Text, key: str | None = None) -> None:
        self.kind = kind
        self.problem = message
        self.key = key
        super().__init__(
            Text(
                "errors",
                QT_TRANSLATE_NOOP("errors", "The JSON input is not valid: {problem}."),
                problem=message,
            )
        )


def _position(text: str | bytes, index: int) -> dict[str, int]:
    newline = "\n" if isinstance(text, str) else b"\n"
    line = text.count(newline, 0, index) + 1  # type: ignore[arg-type]
    column = index - (text.rfind(newline, 0, index) + 1) + 1  # type: ignore[arg-type]
    return {"line": line, "column": column}


def _check_depth(text: str) -> None:
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise JsonInputError(
                    "depth",
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "nested more than {limit} levels deep at line {line}, column {column}",
                        ),
                        limit=MAX_DEPTH,
                        **_position(text, match.start()),
                    ),
                )
        elif token in ("]", "}"):
            depth -= 1


def _twice(key: str) -> Text:
    if _PLAIN_NAME.fullmatch(key):
        return message(
            QT_TRANSLATE_NOOP("errors", "'{name}' is given twice in one object"), name=key
        )
    return message(QT_TRANSLATE_NOOP("errors", "a member is given twice in one object"))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            shown = key if _PLAIN_NAME.fullmatch(key) else None
            raise JsonInputError("duplicate", _twice(key), shown)
        result[key] = value
    return result


def _no_constant(_: str) -> Any:
    raise JsonInputError(
        "constant", message(QT_TRANSLATE_NOOP("errors", "NaN and Infinity are not JSON numbers"))
    )


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise JsonInputError(
            "number", message(QT_TRANSLATE_NOOP("errors", "a number is too large"))
        )
    return number


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise JsonInputError(
            "number",
            message(
                QT_TRANSLATE_NOOP("errors", "a whole number has more than {limit} digits"),
                limit=MAX_INT_DIGITS,
            ),
        )
    return int(text)


def _has_surrogate(value: Any) -> bool:
    # Iterative: the depth is already bounded, but a stack keeps this independent of it.
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def loads(data: str | bytes) -> Any:
    """The value of one strict JSON document. ``bytes`` must be UTF-8 (a leading BOM is
    allowed, as Windows editors write one). Raises :class:`JsonInputError`: not UTF-8, not
    JSON, nested too deep, a member twice, NaN/Infinity, an overlong number, a lone
    surrogate. Never RecursionError or a bare ValueError."""
    if isinstance(data, bytes | bytearray):
        raw = bytes(data)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JsonInputError(
                "utf8",
                message(
                    QT_TRANSLATE_NOOP("errors", "not UTF-8 text at line {line}, column {column}"),
                    **_position(raw, exc.start),
                ),
            ) from None
    else:
        text = data
    text = text.removeprefix("\ufeff")
    _check_depth(text)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            "syntax",
            message(
                QT_TRANSLATE_NOOP("errors", "syntax error at line {line}, column {column}"),
                line=exc.lineno,
                column=exc.colno,
            ),
        ) from None
    except RecursionError:  # cannot happen after _check_depth; kept as a last guard
        raise JsonInputError(
            "depth",
            message(
                QT_TRANSLATE_NOOP("errors", "nested more than {limit} levels deep"),
                limit=MAX_DEPTH,
            ),
        ) from None
    except ValueError:  # anything else the decoder refuses
        raise JsonInputError(
            "syntax", message(QT_TRANSLATE_NOOP("errors", "it cannot be decoded"))
        ) from None
    if _has_surrogate(value):
        raise JsonInputError(
            "surrogate",
            message(
                QT_TRANSLATE_NOOP(
                    "errors", "a lone surrogate escape such as \\ud800 is not a character"
                )
            ),
        )
    return value
