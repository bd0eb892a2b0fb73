"""Trust given to the archive once, for every worker host (schema v4, ``trust_changes``).

Each worker host keeps its own copy of the archive's coordinator vault, and the core's
verification reads trust from a vault. `fieldkit archive trust add` trusts a card in the
operator's copy (the core's own checks: :func:`fieldkit.identity.trust.add`) and records it in
PostgreSQL; every host applies the recorded changes to its copy before it checks a bundle
(:func:`apply`), so a card trusted on one host is trusted on all of them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import psycopg

from fieldkit.errors import FieldKitError
from fieldkit.identity import trust
from fieldkit.identity.card import IdentityCard, card_bytes, parse_card
from fieldkit.vault.vault import Vault

log = logging.getLogger(__name__)


def add(
    conn: psycopg.Connection,
    vault: Vault,
    card: IdentityCard,
    *,
    name: str | None = None,
    role: str | None = None,
    verified: bool = False,
) -> trust.TrustedKey:
    """Trust ``card`` in this host's vault (the core's rules; raises as they do) and record it
    for every other host. The record commits before the vault does: a crash in between leaves
    the change recorded, and :func:`apply` brings it to this vault too."""
    with vault.transaction() as db:
        key = trust.add(db, card, name=name, role=role, verified=verified)
        with conn.transaction():
            conn.execute(
                "INSERT INTO trust_changes (action, fingerprint, card, name, role, verified) "
                "VALUES ('add', %s, %s, %s, %s, %s)",
                (
                    key.fingerprint,
                    card_bytes(card).decode("utf-8"),
                    key.name,
                    key.role,
                    key.verified,
                ),
            )
            conn.execute(
                "INSERT INTO audit (event, details) VALUES ('key_trusted', %s)",
                (
                    json.dumps(
                        {"fingerprint": key.fingerprint, "role": key.role, "verified": key.verified}
                    ),
                ),
            )
    return key


@dataclass
class Applied:
    """How far this host's vault has applied the recorded changes."""

    last_id: int = 0


def apply(conn: psycopg.Connection, vault: Vault, seen: Applied) -> int:
    """Bring the trust recorded in PostgreSQL to this host's vault: a card not trusted here is
    trusted, one trusted here unverified is marked verified when it was recorded verified.
    Only changes after ``seen`` are read (``seen`` is updated); a change the core refuses here
    (a key this vault revoked) is skipped and logged by fingerprint. Returns how many applied."""
    rows = conn.execute(
        "SELECT id, fingerprint, card, name, role, verified FROM trust_changes "
        "WHERE action = 'add' AND id > %s ORDER BY id",
        (seen.last_id,),
    ).fetchall()
    applied = 0
    for change_id, fingerprint, card, name, role, verified in rows:
        seen.last_id = max(seen.last_id, int(change_id))
        held = trust.get_exact(vault.db, str(fingerprint))
        if held is not None and (held.verified or not verified):
            continue
        try:
            with vault.transaction() as db:
                trust.add(
                    db,
                    parse_card(str(card).encode("utf-8")),
                    name=name,
                    role=role,
                    verified=bool(verified),
                )
            applied += 1
        except FieldKitError as exc:
            log.warning(
                "archive: trust in %s not applied here (%s)",
                str(fingerprint)[:16],
                type(exc).__name__,
            )
    return applied


def changes(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """The recorded trust changes, oldest first."""
    return [
        {
            "fingerprint": r[0],
            "action": r[1],
            "name": r[2],
            "role": r[3],
            "verified": r[4],
            "at": r[5].isoformat(),
        }
        for r in conn.execute(
            "SELECT fingerprint, action, name, role, verified, at FROM trust_changes ORDER BY id"
        )
    ]
