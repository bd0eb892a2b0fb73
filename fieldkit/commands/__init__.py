"""The command-line commands, one module per area; each registers its sub-commands here."""

from __future__ import annotations

import argparse
from typing import Any


def register_all(sub: Any, common: argparse.ArgumentParser) -> None:
    from fieldkit.commands import (
        app,
        archive,
        audit,
        bundles,
        conflicts,
        custody,
        demo,
        duplicates,
        export_records,
        identity,
        records,
        reports,
        sync,
        trust,
        vault,
    )

    vault.register(sub, common)
    records.register(sub, common)
    audit.register(sub, common)
    demo.register(sub, common)
    identity.register(sub, common)
    trust.register(sub, common)
    bundles.register(sub, common)
    conflicts.register(sub, common)
    sync.register(sub, common)
    reports.register(sub, common)
    app.register(sub, common)
    export_records.register(sub, common)
    custody.register(sub, common)
    archive.register(sub, common)
    duplicates.register(sub, common)
