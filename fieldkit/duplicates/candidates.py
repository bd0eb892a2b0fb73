"""Possible duplicates among a vault's objects: pairs with a score and the reasons for it.

This module is the contract between detection and its users (the ``duplicates`` command, the
desktop app's *Possible duplicates* page, the decisions). The first version compares normalised
inventory numbers only; the full detector (titles across scripts, measurements, perceptual
hashes of the photos, blocking for 100,000 objects) replaces ``find_candidates``'s body without
changing its signature.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldkit.i18n import QT_TRANSLATE_NOOP, fill, translate
from fieldkit.vault.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Reason:
    """One reason two records may be the same object.

    ``code`` is stable English (``inventory_number``, ``title``, ``photos``, ``measurements``,
    ``institution``, ``object_type``, ``materials``, …); ``template`` is an English sentence
    marked for translation in the ``duplicates`` context, with named parameters in ``params``.
    """

    code: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The reason in the current language."""
        return fill(translate("duplicates", self.template), **dict(self.params))

    def english(self) -> str:
        return fill(self.template, **dict(self.params))


@dataclass(frozen=True)
class Candidate:
    """Two objects that may be one. ``a`` is the one to keep by default (the fuller record)."""

    a: str
    b: str
    score: float  # 0..1
    reasons: tuple[Reason, ...]

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))

    def to_json(self) -> dict[str, Any]:
        """SPEC §11: ``{"a", "b", "score", "reasons": [str]}`` (reasons in English)."""
        return {
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 3),
            "reasons": [r.english() for r in self.reasons],
        }


SAME_NUMBER = QT_TRANSLATE_NOOP("duplicates", "same inventory number after normalising")

_SEPARATORS = re.compile(r"[\s._/\\-]+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def normalise_inventory_number(text: str) -> str:
    """"MCP 1963.28", "mcp-1963-028" and "MCP١٩٦٣/٢٨" all give "MCP|1963|28"."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in folded)
    digits = _LETTER_DIGIT.sub(" ", digits)  # "MCP1963" and "MCP 1963" are one number
    parts = [p for p in _SEPARATORS.split(digits) if p]
    return "|".join(_LEADING_ZEROS.sub("", p).upper() for p in parts)


def find_candidates(
    vault: Vault,
    *,
    exclude: Collection[frozenset[str]] = (),
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[Candidate]:
    """Pairs of live (not deleted) objects that may be the same object, best first.

    ``exclude`` holds pairs a person already decided on (never suggested again). Reads only;
    raises CancelledError when ``cancel`` returns True.
    """
    rows = vault.db.execute(
        "SELECT record_id, inventory_number FROM records "
        "WHERE kind = 'object' AND deleted = 0 AND inventory_number IS NOT NULL"
    ).fetchall()
    groups: dict[str, list[str]] = defaultdict(list)
    for record_id, number in rows:
        key = normalise_inventory_number(str(number))
        if key:
            groups[key].append(str(record_id))
    out = []
    for ids in groups.values():
        ids.sort()
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if frozenset((a, b)) in exclude:
                    continue
                out.append(Candidate(a, b, 0.9, (Reason("inventory_number", SAME_NUMBER),)))
    out.sort(key=lambda c: (-c.score, c.a, c.b))
    return out
