"""The archive's keys come from its own coordinator vault (SPEC §15: unlocked like any vault)."""

from __future__ import annotations

from fieldkit.crypto import age
from fieldkit.vault.vault import Vault


def storage_key(vault: Vault) -> age.X25519Identity:
    """The vault's storage key: the archive encrypts photos at rest to it, as the vault does."""
    return vault.media.storage_key
