"""`fieldkit conflicts list | show ID | resolve ID (--accept-auto | --keep REV | --json FILE)`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from fieldkit.cli import Context, common_options
from fieldkit.commands.options import actions, flag, json_object, subcommand
from fieldkit.commands.records import field_names
from fieldkit.commands.vault import open_vault
from fieldkit.errors import EXIT_OK, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, ltr, translate
from fieldkit.records import fields as F
from fieldkit.records.conflicts import Conflict, get_conflict, list_conflicts, resolve
from fieldkit.records.service import Records


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    csub = actions(sub, "conflicts", translate("help", "records edited in two places at once"))
    subcommand(csub, "list", common, translate("help", "records in conflict"), cmd_list)
    q = subcommand(
        csub, "show", common, translate("help", "both versions and the automatic merge"), cmd_show
    )
    q.add_argument("id", metavar="ID")
    no_json = common_options(with_json=False)
    q = subcommand(
        csub, "resolve", no_json, translate("help", "write one merge revision"), cmd_resolve
    )
    q.add_argument("id", metavar="ID")
    how = q.add_mutually_exclusive_group(required=True)
    flag(how, "--accept-auto", translate("help", "accept the automatic merge"))
    how.add_argument(
        "--keep", metavar="REV", help=translate("help", "keep one version (revision id, 8+ chars)")
    )
    how.add_argument(
        "--json", dest="json_file", metavar="FILE", help=translate("help", "the resolved fields")
    )


def _reason(c: Conflict) -> str:
    """Why the conflict needs a person, in the reader's language (a phrase of MERGE_REASONS;
    the view keeps it in English, as every vault and the archive compute it)."""
    return translate("errors", c.view.reason)


def cmd_list(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        conflicts = list_conflicts(Records(vault))
    if ctx.json:
        ctx.emit([c.to_json() for c in conflicts])
        return EXIT_OK
    for c in conflicts:
        if c.view.needs_person:
            state = translate("cli", "needs a person ({reason})").format(reason=_reason(c))
        elif c.view.disputed:
            disputed = field_names(c.kind, list(c.view.disputed))
            state = translate("cli", "disputed: {fields}").format(fields=disputed)
        else:
            state = translate("cli", "merges cleanly")
        label = F.terminal_text(c.label)
        versions = translate("cli", "%n version(s)", "", len(c.heads))
        print(f"{c.record_id[:8]}  {label}  {versions}  {state}", file=ctx.out)
    ctx.say(translate("cli", "%n record(s) in conflict.", "", len(conflicts)))
    return EXIT_OK


def cmd_show(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        records = Records(vault)
        c = get_conflict(records, ctx.args.id)
        me = records.identity.fingerprint
    if ctx.json:
        ctx.emit(c.to_json())
        return EXIT_OK
    out = ctx.out
    versions = translate("cli", "%n version(s)", "", len(c.heads))
    print(f"{F.terminal_text(c.label)} ({c.record_id}) — {versions}", file=out)
    names = sorted(set().union(*(h.fields for h in c.heads), c.view.fields))
    for h in c.heads:
        who = translate("cli", "you") if h.author == me else ltr(h.author[:16])
        line = translate("cli", "version {revision} by {who}").format(
            revision=h.rev_id[:12], who=who
        )
        if h.rev_id == c.view.winner:
            line += " " + translate("cli", "(winner)")
        if h.deleted:
            line += " — " + translate("cli", "DELETED")
        print("  " + line, file=out)
    for name in names:
        values = [json.dumps(h.fields.get(name), ensure_ascii=False) for h in c.heads]
        mark = "!" if name in c.view.disputed else " "
        auto = json.dumps(c.view.fields.get(name), ensure_ascii=False)
        line = f"{mark} {name}: " + " | ".join(values) + f"  → {auto}"
        print(F.terminal_text(line), file=out)
    if c.view.needs_person:
        print(translate("cli", "Needs a person: {reason}.").format(reason=_reason(c)), file=out)
    return EXIT_OK


def cmd_resolve(ctx: Context) -> int:
    values = None
    if ctx.args.json_file:
        try:
            data = Path(ctx.args.json_file).read_bytes()
        except OSError:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a readable JSON file."),
                path=str(ctx.args.json_file),
            ) from None
        values = json_object(
            data,
            QT_TRANSLATE_NOOP("errors", "The JSON must be an object of field names and values."),
        )
    with open_vault(ctx) as vault:
        rev = resolve(
            Records(vault),
            ctx.args.id,
            accept_auto=ctx.args.accept_auto,
            keep=ctx.args.keep,
            # Only the fields the file names change; the automatic merge gives the rest.
            changes=values,
        )
    ctx.emit({"id": rev.record_id, "revision": rev.rev_id}) if ctx.args.json_file else ctx.say(
        translate("cli", "Resolved: merge revision {revision} written.").format(
            revision=rev.rev_id[:12]
        )
    )
    return EXIT_OK
