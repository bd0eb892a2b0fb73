"""The encrypted vault: a folder with a key header, a SQLCipher database and encrypted media."""

from fieldkit.vault.backup import BackupResult, backup, backup_in_use, restore
from fieldkit.vault.vault import Vault, VaultInfo, shred, vault_summary

__all__ = [
    "BackupResult",
    "Vault",
    "VaultInfo",
    "backup",
    "backup_in_use",
    "restore",
    "shred",
    "vault_summary",
]
