"""Who a fingerprint is, as this vault knows them: the local name from the trust store, "you",
or the name on an author card that came with a bundle (only that person's claim).

The names come from :func:`fieldkit.identity.trust.known_names`; this module only words them.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldkit.i18n import FSI, PDI, RLM, is_right_to_left
from fieldkit.identity.fingerprint import short_form
from fieldkit.identity.trust import KnownName, known_names

if TYPE_CHECKING:
    from fieldkit.vault.database import Connection


def isolated(name: str) -> str:
    """A person's name kept whole beside other text, whatever the language shown: « فريق f3 »
    in "Signed by: {name}, Field conservator" was drawn « f3, Field conservator فريق », and
    « Amélie Durand » at the start of an Arabic value pulled the Arabic comma to its left
    (r14 trials #20, 2 #12). The CLI isolates names the same way."""
    return f"{FSI}{name}{PDI}" if name else name


LRM = "\u200e"  # left-to-right mark: an invisible strong left-to-right character


def reading_order(text: str) -> str:
    """``text`` laid out in the language's direction whatever it starts with. Qt takes a
    label's direction from its first strong letter, even inside an isolate: « Amélie Durand،
    مرمّم ميداني » and lists of Latin numbers read left to right in Arabic, and « فريق f3,
    Field conservator » right to left in English, drawn « f3, Field conservator فريق » (r14
    trials #20, 2 #12). A mark only where the text would go the other way."""
    first = next(
        (k for k in (unicodedata.bidirectional(c) for c in text) if k in ("L", "R", "AL")), None
    )
    if is_right_to_left():
        return RLM + text if first == "L" or (first is None and text) else text
    return LRM + text if first in ("R", "AL") else text


class Names:
    def __init__(self, db: Connection, own_fingerprint: str, own_name: str) -> None:
        self.own = own_fingerprint
        self.own_name = own_name
        self.known: dict[str, KnownName] = known_names(db)
        self.names: dict[str, str] = {
            own_fingerprint: QCoreApplication.translate("people", "you ({name})").format(
                name=own_name
            )
        }
        self.trusted: set[str] = set()
        for fingerprint, known in self.known.items():
            if fingerprint == own_fingerprint:
                continue
            if known.status == "trusted":
                self.names[fingerprint] = known.name
                self.trusted.add(fingerprint)
            elif known.status == "revoked":
                self.names[fingerprint] = QCoreApplication.translate(
                    "people", "{name} (revoked)"
                ).format(name=known.name)
            else:
                self.names[fingerprint] = QCoreApplication.translate(
                    "people", "{name} (unverified)"
                ).format(name=known.name)

    def __call__(self, fingerprint: str | None) -> str:
        if not fingerprint:
            return QCoreApplication.translate("people", "unknown")
        return self.names.get(fingerprint) or QCoreApplication.translate(
            "people", "unknown key {fp}"
        ).format(fp=short_form(fingerprint))

    def claimed(self, fingerprint: str) -> str | None:
        """The name an author card claims for this key, if that is all this vault knows."""
        known = self.known.get(fingerprint)
        return known.name if known is not None and known.status == "claimed" else None
