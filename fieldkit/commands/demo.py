"""`fieldkit demo`: create (if absent) and open a demo vault with passphrase `demo`.

The demo vault lives in its own folder beside the default vault (never FIELDKIT_VAULT, so a
curious user cannot overwrite real work), is marked `"demo": true` in its header, and `demo`
refuses to touch a vault that is not marked so.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.cli import Context, default_demo_path
from fieldkit.commands.app import gui_available, start_gui
from fieldkit.errors import EXIT_OK, UsageError
from fieldkit.vault import Vault, vault_summary
from fieldkit.vault.header import HEADER_NAME

DEMO_PASSPHRASE = "demo"  # noqa: S105 - the documented demo passphrase


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo", parents=[common], help="create (if absent) and open a demo vault (passphrase: demo)"
    )
    p.add_argument("--objects", type=int, default=200, metavar="N", help="objects to generate")
    p.add_argument("--no-gui", action="store_true", help="only create the vault and say so")
    p.set_defaults(handler=run_demo)


def _demo_passphrase(ctx: Context) -> str:
    file = ctx.passphrase_file()
    if file is not None:
        from fieldkit.credentials import read_secret_file

        return read_secret_file(file, "passphrase")
    return ctx.env.passphrase if ctx.env.passphrase is not None else DEMO_PASSPHRASE


def run_demo(ctx: Context) -> int:
    given = getattr(ctx.args, "vault", None)
    path = Path(given).expanduser() if given else default_demo_path()
    if ctx.args.objects < 0:
        raise UsageError("--objects must be zero or more.")
    passphrase = _demo_passphrase(ctx)
    created = False
    if (path / HEADER_NAME).exists():
        if not vault_summary(path)["demo"]:
            raise UsageError(
                f"{path} holds a real vault, not a demo vault; `demo` leaves it alone.",
                "Give another folder with --vault, or run `fieldkit demo` without --vault.",
            )
        vault = Vault.open(path, passphrase)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        vault, _recovery = Vault.create(
            path, passphrase, name="Demo vault", organisation="FieldKit demo museum", demo=True
        )
        created = True
    with vault:
        info = vault.info()
    summary = {
        "vault": str(path),
        "vault_id": info.vault_id,
        "created": created,
        "demo": True,
        "passphrase": "demo" if passphrase == DEMO_PASSPHRASE else "(as given)",
        "objects": 0,
    }
    if ctx.json:
        ctx.emit(summary)
    else:
        ctx.say(
            f"{'Created' if created else 'Opened'} the demo vault in {path} "
            f"(passphrase: {summary['passphrase']})."
        )
        ctx.say(
            "The synthetic collection (objects, damage reports, photos) arrives with the "
            "records feature; the vault itself is ready."
        )
    if ctx.args.no_gui:
        return EXIT_OK
    if not gui_available():
        ctx.say("The desktop app arrives in a later version; nothing more to open for now.")
        return EXIT_OK
    return start_gui(ctx, path)
