"""Who a fingerprint is, as this vault knows them: the local name from the trust store, "you",
or the name on an author card that came with a bundle (only that person's claim)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldkit.identity.fingerprint import short_form


def _t(text: str) -> str:
    return QCoreApplication.translate("people", text)


class Names:
    def __init__(self, db: Any, own_fingerprint: str, own_name: str) -> None:
        self.own = own_fingerprint
        self.names: dict[str, str] = {own_fingerprint: _t("you ({name})").format(name=own_name)}
        self.trusted: set[str] = set()
        for fingerprint, card in db.execute("SELECT fingerprint, card FROM authors"):
            try:
                claimed = str(json.loads(card).get("name") or "")
            except ValueError:
                claimed = ""
            if claimed:
                self.names.setdefault(
                    str(fingerprint), _t("{name} (unverified)").format(name=claimed)
                )
        for fingerprint, name, revoked in db.execute(
            "SELECT fingerprint, name, revoked_at FROM trust"
        ):
            label = str(name) if revoked is None else _t("{name} (revoked)").format(name=name)
            self.names[str(fingerprint)] = label
            if revoked is None:
                self.trusted.add(str(fingerprint))

    def __call__(self, fingerprint: str | None) -> str:
        if not fingerprint:
            return _t("unknown")
        return self.names.get(fingerprint) or _t("unknown key {fp}").format(
            fp=short_form(fingerprint)
        )
