"""Trust given to the archive once, for every worker host (schema v4, ``trust_changes``).

Each worker host keeps its own copy of the archive's coordinator vault, and the core's
verification reads trust from a vault. `fieldkit archive trust add` trusts a card in the
operator's copy (the core's own checks: :func:`fieldkit.identity.trust.add`) and records it in
PostgreSQL; every host applies the recorded changes to its copy before it checks a bundle
(:func:`apply`), so a card trusted on one host is trusted on all of them.

`fieldkit archive trust revoke` is the laptop's `trust revoke` (SPEC §6) for the whole archive:
the cutoff is the last bundle the archive merged from that key, by its place in the key's chain
(a host's vault has not received the bundles: PostgreSQL has), recorded with the revocation and
given to every host's vault as its cutoff, so the core's verification accepts that key's
bundles up to it and quarantines the later ones with its own (translated) reason.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import psycopg

from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.identity import trust
from fieldkit.identity.card import IdentityCard, card_bytes, parse_card
from fieldkit.vault.database import Connection
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


def cutoff(conn: psycopg.Connection, fingerprint: str) -> dict[str, Any] | None:
    """The furthest bundle the archive merged from ``fingerprint`` in the chain (stream and
    epoch) it merged last, by sequence (its stream, epoch and sequence: a place in the key's
    chain), or None when none was: what a revocation keeps accepting. By sequence, not by
    arrival: bundles 2 then 1 merged cut off after 2, or a rebuild would refuse bundle 2."""
    last = conn.execute(
        "WITH chain AS (SELECT stream, epoch FROM bundles WHERE sender = %s "
        "AND state = 'merged' ORDER BY merged_at DESC NULLS LAST LIMIT 1) "
        "SELECT b.bundle_id, b.stream, b.epoch, b.sequence FROM bundles b "
        "JOIN chain c ON b.stream = c.stream AND b.epoch = c.epoch "
        "WHERE b.sender = %s AND b.state = 'merged' ORDER BY b.sequence DESC LIMIT 1",
        (fingerprint, fingerprint),
    ).fetchone()
    if last is None:
        return None
    return {"bundle_id": last[0], "stream": last[1], "epoch": last[2], "sequence": last[3]}


def revoke(
    conn: psycopg.Connection, vault: Vault, fingerprint: str
) -> tuple[trust.TrustedKey, bool]:
    """Revoke a trusted key for every worker host; returns (the key, whether it was revoked
    for the archive already). ``fingerprint`` is as `fieldkit trust revoke` takes it (a unique
    prefix, the display form); raises TrustError when no trusted key has it.

    Workers are held off while the cutoff is taken (``bundles`` locked against their merges),
    so no bundle of that key is merged after the cutoff and before the revocation is recorded.
    The record commits first, then this host's vault takes it (a crash in between: the next
    :func:`apply` does); the vault is not held while waiting for the lock, so a worker on this
    host that needs it to finish its merge is never waited on in turn."""
    held = trust.get(vault.db, fingerprint)
    if held is None:
        raise trust.TrustError(
            QT_TRANSLATE_NOOP("errors", "No trusted key has the fingerprint {fingerprint}."),
            fingerprint=fingerprint.strip()[:80],
        )
    with conn.transaction():
        conn.execute("LOCK TABLE bundles IN SHARE MODE")
        recorded = conn.execute(
            "SELECT cutoff FROM trust_changes WHERE action = 'revoke' AND fingerprint = %s "
            "ORDER BY id LIMIT 1",
            (held.fingerprint,),
        ).fetchone()
        if recorded is not None:
            last = recorded[0]
        else:
            last = cutoff(conn, held.fingerprint)
            conn.execute(
                "INSERT INTO trust_changes "
                "(action, fingerprint, card, name, role, verified, cutoff) "
                "VALUES ('revoke', %s, %s, %s, %s, %s, %s)",
                (
                    held.fingerprint,
                    card_bytes(held.card).decode("utf-8"),
                    held.name,
                    held.role,
                    held.verified,
                    json.dumps(last) if last else None,
                ),
            )
            conn.execute(
                "INSERT INTO audit (event, details) VALUES ('key_revoked', %s)",
                (json.dumps({"fingerprint": held.fingerprint, "cutoff": last}),),
            )
    with vault.transaction() as db:
        _revoke_here(db, held.fingerprint, last)
    key = trust.get_exact(vault.db, held.fingerprint)
    assert key is not None  # noqa: S101 - revoked above, never deleted
    return key, recorded is not None


def _revoke_here(db: Any, fingerprint: str, last: dict[str, Any] | None) -> None:
    """Revoke ``fingerprint`` in this host's vault (inside its transaction) with the archive's
    cutoff: the vault's own would be its received bundles', and a worker host's vault receives
    none (the bundles are merged into PostgreSQL), so every bundle would be refused."""
    trust.revoke(db, fingerprint)
    db.execute(
        "UPDATE trust SET revoked_after = ? WHERE fingerprint = ?",
        (json.dumps(last) if last else None, fingerprint),
    )


@dataclass
class Applied:
    """How far this host's vault has applied the recorded changes."""

    last_id: int = 0


def _trust_recorded(db: Connection, card: Any, name: Any, role: Any, verified: Any) -> None:
    """Trust a card recorded in PostgreSQL here, as the host that recorded it did (a stored
    card: judged by the rules it was recorded under)."""
    recorded = parse_card(str(card).encode("utf-8"), stored=True)
    trust.add(db, recorded, name=name, role=role, verified=bool(verified))


def apply(conn: psycopg.Connection, vault: Vault, seen: Applied) -> int:
    """Bring the trust recorded in PostgreSQL to this host's vault: a card not trusted here is
    trusted, one trusted here unverified is marked verified when it was recorded verified, a
    key revoked for the archive is revoked here with the archive's cutoff (trusted first from
    the recorded card if this vault never had it, so that the revocation holds here too).
    Only changes after ``seen`` are read (``seen`` is updated); a change the core refuses here
    (a key this vault revoked) is skipped and logged by fingerprint. Returns how many applied.
    A recorded card was judged by the host that recorded it: it is read as a stored card
    (``stored=True``), so a newer, stricter name rule never leaves hosts disagreeing."""
    rows = conn.execute(
        "SELECT id, action, fingerprint, card, name, role, verified, cutoff FROM trust_changes "
        "WHERE id > %s ORDER BY id",
        (seen.last_id,),
    ).fetchall()
    applied = 0
    for change_id, action, fingerprint, card, name, role, verified, last in rows:
        seen.last_id = max(seen.last_id, int(change_id))
        held = trust.get_exact(vault.db, str(fingerprint))

        if action == "revoke":
            if held is not None and held.revoked:
                continue
            with vault.transaction() as db:
                if held is None:
                    _trust_recorded(db, card, name, role, verified)
                _revoke_here(db, str(fingerprint), last)
            applied += 1
            continue
        if held is not None and (held.verified or not verified):
            continue
        try:
            with vault.transaction() as db:
                _trust_recorded(db, card, name, role, verified)
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
            "cutoff": r[6],
        }
        for r in conn.execute(
            "SELECT fingerprint, action, name, role, verified, at, cutoff FROM trust_changes "
            "ORDER BY id"
        )
    ]
