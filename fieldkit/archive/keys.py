"""The archive's keys come from its own coordinator vault (SPEC §15: unlocked like any vault)."""

from __future__ import annotations

from fieldkit.crypto import age
from fieldkit.vault.vault import Vault


def storage_key(vault: Vault) -> age.X25519Identity:
    """The vault's storage key: the archive encrypts photos at rest to it, as the vault does.

    The vault keeps it private to its media store; read from there (an adapter until the
    vault offers it).
    """
    key = vault.media._identity
    if not isinstance(key, age.X25519Identity):
        raise RuntimeError("the vault's storage key is not an X25519 identity")
    return key
