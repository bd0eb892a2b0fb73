"""Where FieldKit keeps its vaults by default: the user's data folder (platformdirs).

Both front ends (the command line and the desktop app) and the self-test ask here, so the
default is one rule in one place, below the front ends.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from fieldkit import logs


def user_data_dir() -> Path:
    """FieldKit's folder in the user's data directory (created by whoever writes to it)."""
    return Path(platformdirs.user_data_dir(logs.APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    """The vault opened when none is named (``--vault``, ``FIELDKIT_VAULT``, the app's list)."""
    return user_data_dir() / "vault"


def default_demo_path() -> Path:
    """Where `fieldkit demo` makes its demonstration vault when no folder is given."""
    return user_data_dir() / "demo"
