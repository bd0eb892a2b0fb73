"""Revocation notices: a coordinator's signed word that a key must no longer be accepted.

A notice travels inside the coordinator's bundles; a vault that trusts that coordinator (role
coordinator, not revoked) applies it to its own trust store, with its own cutoff: the last
bundle it accepted from the revoked key. Notices from anyone else are ignored.
"""

from __future__ import annotations

from typing import Any

from fieldkit.canonical_json import canonical_json
from fieldkit.crypto import minisign
from fieldkit.identity import trust
from fieldkit.identity.own import OwnIdentity
from fieldkit.vault.database import Connection

FORMAT = "fieldkit-revocation"


def notices_to_send(db: Connection, identity: OwnIdentity) -> list[bytes]:
    """One signed notice line per key this coordinator has revoked (none for other roles)."""
    if identity.role != "coordinator":
        return []
    lines = []
    for key in trust.list_keys(db):
        if not key.revoked_at:
            continue
        notice = {
            "format": FORMAT,
            "version": 1,
            "revoked": key.fingerprint,
            "issuer": identity.fingerprint,
            "revoked_at": key.revoked_at,
        }
        signature = minisign.sign(
            identity.signing_key,
            identity.key_id,
            canonical_json(notice),
            f"fieldkit revocation of {key.fingerprint}",
        )
        lines.append(
            canonical_json({"type": "revocation", "notice": notice, "signature": signature})
        )
    return lines


def apply_notice(db: Connection, obj: dict[str, Any], me: str) -> str | None:
    """Apply a received notice if its issuer is a verified coordinator; returns what was revoked.

    Inside the caller's transaction. A notice that does not verify is ignored (the bundle's
    own signatures were already checked; a bad notice cannot revoke anything).
    """
    notice = obj.get("notice")
    signature = obj.get("signature")
    if not isinstance(notice, dict) or not isinstance(signature, str):
        return None
    issuer = trust.get_exact(db, str(notice.get("issuer", "")))
    # A card's role is only its holder's claim until someone compared its fingerprint: an
    # unverified "coordinator" (an impostor's card named like the real one) revokes nothing.
    if issuer is None or issuer.revoked_at or issuer.role != "coordinator" or not issuer.verified:
        return None
    if notice.get("format") != FORMAT or notice.get("version") != 1:
        return None
    try:
        minisign.verify(issuer.card.minisign_key, canonical_json(notice), signature)
    except minisign.MinisignError:
        return None
    target = str(notice.get("revoked", ""))
    if target == me:
        return None
    key = trust.get_exact(db, target)
    if key is None or key.revoked_at:
        return None
    trust.revoke(db, target, by=issuer.fingerprint)
    return target
