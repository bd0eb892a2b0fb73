"""`fieldkit` / `fieldkit gui`: start the desktop app (imported lazily: the CLI runs without Qt)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
from pathlib import Path
from typing import Any

from fieldkit.errors import EXIT_FAILURE
from fieldkit.i18n import translate


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", parents=[common], help=translate("help", "start the desktop app"))
    p.set_defaults(handler=start_gui)


def gui_available() -> bool:
    return importlib.util.find_spec("fieldkit.gui.app") is not None


def start_gui(ctx: Any, vault: Path | None = None) -> int:
    """Start the app on ``vault``, else on the vault named by --vault / FIELDKIT_VAULT, else on
    the last vault used (the app's own choice)."""
    if not gui_available():
        ctx.say(
            translate(
                "cli",
                "The desktop app is not part of this FieldKit version yet; "
                "use the commands listed by `fieldkit --help`.",
            )
        )
        return EXIT_FAILURE
    # Imported by name: the desktop app (and Qt) load only when a window is wanted.
    app = importlib.import_module("fieldkit.gui.app")
    if vault is None:
        vault = ctx.chosen_vault_path()
    return int(app.run_app(vault))
