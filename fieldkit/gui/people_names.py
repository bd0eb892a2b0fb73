"""Who a fingerprint is, as this vault knows them: the local name from the trust store, "you",
or the name on an author card that came with a bundle (only that person's claim).

The names come from :func:`fieldkit.identity.trust.known_names`; this module only words them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldkit.identity.fingerprint import short_form
from fieldkit.identity.trust import KnownName, known_names

if TYPE_CHECKING:
    from fieldkit.vault.database import Connection


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
