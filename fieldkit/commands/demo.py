"""`fieldkit demo`: create (if absent) and open a demo vault with passphrase `demo`.

Creating it fills it with a synthetic collection (:mod:`fieldkit.demo`):
``--objects N`` objects (default 200), their damage reports and a shared pool of photos.
Re-running `demo` on an existing demo vault only opens it: nothing is added.

The demo vault lives in its own folder beside the default vault (never FIELDKIT_VAULT, so a
curious user cannot overwrite real work), is marked `"demo": true` in its header, and `demo`
refuses to touch a vault that is not marked so.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldkit.cli import Context
from fieldkit.commands.app import gui_available, start_gui
from fieldkit.commands.options import flag, option, subcommand
from fieldkit.commands.progress import interruptible, printing
from fieldkit.commands.vault import upgrade_printer
from fieldkit.errors import EXIT_OK, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, decimal, ltr, number, translate
from fieldkit.vault import Vault, vault_summary
from fieldkit.vault.header import HEADER_NAME
from fieldkit.vault.paths import default_demo_path

if TYPE_CHECKING:
    from fieldkit.demo.collection import DemoSummary

DEMO_PASSPHRASE = "demo"  # noqa: S105 - the documented demo passphrase
MAX_OBJECTS = 1_000_000
DEFAULT_OBJECTS = 200


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subcommand(
        sub,
        "demo",
        common,
        translate("help", "create (if absent) and open a demo vault (passphrase: demo)"),
        run_demo,
    )
    # No default here: None says the user did not give it (so the note about --objects is only
    # for someone who did); DEFAULT_OBJECTS applies.
    option(p, "--objects", "N", translate("help", "objects to generate"), type=int)
    flag(p, "--no-gui", translate("help", "only create the vault and say so"))


def _demo_passphrase(ctx: Context) -> str:
    file = ctx.passphrase_file()
    if file is not None:
        from fieldkit.credentials import read_secret_file

        return read_secret_file(file, "passphrase")
    return ctx.env.passphrase if ctx.env.passphrase is not None else DEMO_PASSPHRASE


def _counts(vault: Vault) -> dict[str, int]:
    """What the demo vault holds now (current records, not tombstones)."""
    row = vault.db.execute(
        "SELECT "
        "sum(kind = 'object'), "
        "sum(kind = 'damage' AND object_id IS NOT NULL), "
        "sum(kind = 'damage' AND object_id IS NULL), "
        "sum(kind = 'object' AND complete = 0) "
        "FROM records WHERE deleted = 0"
    ).fetchone()
    photos = vault.db.execute("SELECT count(*) FROM photos").fetchone()[0]
    objects, damage, sites, incomplete = (int(x or 0) for x in row)
    return {
        "objects": objects,
        "incomplete_objects": incomplete,
        "damage_reports": damage,
        "site_reports": sites,
        "photos": int(photos),
    }


def run_demo(ctx: Context) -> int:
    # Imported here: Pillow and the text pools are only needed by this command.
    from fieldkit.demo.collection import demo_state, generate

    given = getattr(ctx.args, "vault", None)
    path = Path(given).expanduser() if given else default_demo_path()
    asked = getattr(ctx.args, "objects", None)
    objects = DEFAULT_OBJECTS if asked is None else asked
    if objects < 0:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "--objects must be zero or more."))
    if objects > MAX_OBJECTS:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--objects can be at most {limit}."),
            limit=number(MAX_OBJECTS),
        )
    passphrase = _demo_passphrase(ctx)
    created = False
    if (path / HEADER_NAME).exists():
        if not vault_summary(path)["demo"]:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} holds a real vault, not a demo vault; `demo` leaves it alone."
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Give another folder with --vault, or run `fieldkit demo` without --vault.",
                ),
                path=str(path),
            )
        # A demo vault made by an older FieldKit is upgraded here: show it, as every command does.
        try:
            vault = Vault.open(path, passphrase, progress=upgrade_printer(ctx))
        finally:
            ctx.end_line()
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        vault, _recovery = Vault.create(
            path, passphrase, name="Demo vault", organisation="FieldKit demo museum", demo=True
        )
        created = True
    generated: DemoSummary | None = None
    with vault:
        info = vault.info()
        if created:
            with interruptible() as cancel, printing(ctx) as show:
                generated = generate(vault, objects, progress=show, cancel=cancel)
        state = demo_state(vault)
        counts = _counts(vault)
    summary: dict[str, Any] = {
        "vault": str(path),
        "vault_id": info.vault_id,
        "created": created,
        "demo": True,
        "passphrase": "demo" if passphrase == DEMO_PASSPHRASE else "(as given)",
        **counts,
        "complete": bool(state.get("complete")) if state else None,
    }
    if generated is not None:
        summary["seed"] = generated.seed
        summary["seconds"] = round(generated.seconds, 3)
        summary["records_per_second"] = round(generated.records_per_second, 1)
    if ctx.json:
        ctx.emit(summary)
    else:
        done = (
            translate("cli", "Created the demo vault in {path} (passphrase: {passphrase}).")
            if created
            else translate("cli", "Opened the demo vault in {path} (passphrase: {passphrase}).")
        )
        ctx.say(done.format(path=ltr(str(path)), passphrase=summary["passphrase"]))
        # Counts after a colon, so that one sentence reads right in every language.
        if generated is not None:
            ctx.say(
                translate(
                    "cli",
                    "Generated {objects} objects ({incomplete} with incomplete Object ID), "
                    "{damage} damage reports, {sites} site reports and {photos} photos in "
                    "{seconds} s ({rate} records/s).",
                ).format(
                    objects=number(generated.objects),
                    incomplete=number(generated.incomplete_objects),
                    damage=number(generated.damage_reports),
                    sites=number(generated.site_reports),
                    photos=generated.photos,
                    seconds=decimal(generated.seconds),
                    rate=number(round(generated.records_per_second)),
                )
            )
        else:
            held = (
                translate(
                    "cli",
                    "It holds {objects} objects, {damage} damage reports, {sites} site reports "
                    "and {photos} photos (--objects applies only when the demo vault is created).",
                )
                if asked is not None
                else translate(
                    "cli",
                    "It holds {objects} objects, {damage} damage reports, {sites} site reports "
                    "and {photos} photos.",
                )
            )
            ctx.say(
                held.format(
                    objects=number(counts["objects"]),
                    damage=number(counts["damage_reports"]),
                    sites=number(counts["site_reports"]),
                    photos=counts["photos"],
                )
            )
            if state is not None and not state.get("complete"):
                ctx.say(
                    translate(
                        "cli",
                        "Its collection was interrupted while being generated: delete the folder "
                        "and run `fieldkit demo` again for a complete one.",
                    )
                )
    if ctx.args.no_gui:
        return EXIT_OK
    if not gui_available():
        ctx.say(
            translate(
                "cli", "The desktop app arrives in a later version; nothing more to open for now."
            )
        )
        return EXIT_OK
    return start_gui(ctx, path)
