"""Identity fingerprints — a contract (SPEC §6), so anyone can recompute one with sha256sum.

SHA-256 over the UTF-8 bytes of::

    "fieldkit-fingerprint-v1\\n" + <minisign public key base64 line> + "\\n"
        + <age recipient> + "\\n"

Machine form: 64 hex digits. The forms people read (display, short) are
:mod:`fieldkit.identity.fingerprint`'s. Here, in the crypto layer, because the vault's own
storage needs it too (the actor of its audit events, :mod:`fieldkit.vault.identity_keys`).
"""

from __future__ import annotations

import hashlib

PREFIX = "fieldkit-fingerprint-v1\n"


def fingerprint(minisign_public_line: str, age_recipient: str) -> str:
    data = f"{PREFIX}{minisign_public_line}\n{age_recipient}\n".encode()
    return hashlib.sha256(data).hexdigest()
