"""The command-line commands, one module per area; each registers its sub-commands here."""

from __future__ import annotations

import argparse
from typing import Any


def register_all(sub: Any, common: argparse.ArgumentParser) -> None:
    from fieldkit.commands import app, audit, demo, records, vault

    vault.register(sub, common)
    records.register(sub, common)
    audit.register(sub, common)
    demo.register(sub, common)
    app.register(sub, common)
