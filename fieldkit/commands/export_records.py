"""`export-records`: deliver objects to heritage systems as LIDO, Linked Art or CSV (SPEC §11)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.cli import Context
from fieldkit.commands.options import flag, option, output_option, repeatable, subcommand
from fieldkit.commands.progress import task
from fieldkit.commands.vault import open_vault
from fieldkit.errors import EXIT_OK
from fieldkit.exports import FORMATS, Selection, check_statuses, export_records
from fieldkit.i18n import localise, ltr, translate


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subcommand(
        sub,
        "export-records",
        common,
        translate(
            "help", "export objects as LIDO XML, Linked Art JSON-LD or CSV for heritage systems"
        ),
        cmd_export_records,
    )
    option(p, "--format", None, required=True, choices=FORMATS)
    output_option(
        p,
        "PATH",
        translate(
            "help",
            "lido: an .xml file (photos go in a folder beside it); linked-art: a new or "
            "empty folder; csv: a .csv file",
        ),
    )
    option(p, "--search", "TEXT", translate("help", "only objects matching TEXT"), default="")
    repeatable(p, "--status", "S", translate("help", "only this status (repeatable)"))
    flag(
        p,
        "--redact-locations",
        translate("help", "leave out locations, coordinates, sites and photo GPS (as bundles do)"),
    )
    flag(p, "--no-photos", translate("help", "lido: do not write the photos"))
    option(p, "ids", "ID", translate("help", "only these objects (id or inventory no.)"), nargs="*")


def _redacted_note() -> str:
    return translate(
        "cli",
        "Redacted export: locations, coordinates, sites and photo GPS are removed. "
        "Free-text fields (descriptions, notes…) are NOT scrubbed: check them for places.",
    )


def cmd_export_records(ctx: Context) -> int:
    args = ctx.args
    selection = Selection(
        search=args.search, statuses=check_statuses(args.status), ids=tuple(args.ids)
    )
    if args.redact_locations:
        ctx.say(_redacted_note())
    with open_vault(ctx) as vault, task(ctx) as (progress, cancel):
        summary = export_records(
            vault,
            args.format,
            Path(args.output),
            selection,
            redact_locations=args.redact_locations,
            photos=not args.no_photos,
            progress=progress,
            cancel=cancel,
        )
    if ctx.json:
        ctx.emit(summary.to_json())
        return EXIT_OK
    for warning in summary.warnings:
        ctx.say(translate("cli", "Warning: {text}").format(text=localise(warning)))
    print(str(summary.path), file=ctx.out)
    parts = [translate("cli", "%n object(s)", "", summary.objects)]
    if args.format != "csv":
        parts.append(translate("cli", "%n damage report(s)", "", summary.damage_reports))
    if summary.photos_folder is not None:
        photos = translate("cli", "%n photo(s) in {folder}", "", summary.photos)
        parts.append(photos.format(folder=ltr(summary.photos_folder.name + "/")))
    wrote = translate("cli", "Wrote {file} ({format}): {parts}.")
    ctx.say(wrote.format(file=ltr(summary.path.name), format=args.format, parts=", ".join(parts)))
    if summary.in_conflict:
        ctx.say(
            translate(
                "cli",
                "%n object(s) in conflict: exported as the automatic merge "
                "(`fieldkit conflicts list` shows them).",
                "",
                summary.in_conflict,
            )
        )
    return EXIT_OK
