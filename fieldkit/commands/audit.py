"""`fieldkit audit [--verify] [--json] [--limit N] [--action A]` (SPEC §5, §11)."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.canonical_json import canonical_json
from fieldkit.cli import Context
from fieldkit.commands.options import flag, positive_int, subcommand
from fieldkit.commands.vault import open_vault
from fieldkit.errors import EXIT_FAILURE, EXIT_OK, UsageError
from fieldkit.i18n import localise, ltr, translate
from fieldkit.vault import audit


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subcommand(
        sub,
        "audit",
        common,
        translate("help", "list the audit log, or check that it is intact"),
        cmd_audit,
    )
    flag(
        p,
        "--verify",
        translate(
            "help", "check the hash chain; exit 1 if any event was altered, removed or inserted"
        ),
    )
    p.add_argument(
        "--limit",
        type=positive_int,
        metavar="N",
        help=translate("help", "list only the N most recent events"),
    )
    p.add_argument(
        "--action",
        choices=sorted(audit.ACTIONS),
        metavar="A",
        help=translate("help", "list only events of action A"),
    )


def _line(event: audit.AuditEvent) -> str:
    details = canonical_json(event.details).decode("utf-8") if event.details else ""
    return f"{event.seq:>6}  {event.at}  {event.action:<21}  {event.actor[:16]}  {details}".rstrip()


def cmd_audit(ctx: Context) -> int:
    limit: int | None = ctx.args.limit
    action: str | None = ctx.args.action
    if ctx.args.verify and (limit is not None or action is not None):
        raise UsageError(
            translate(
                "cli", "--verify checks the whole log; --limit and --action only apply to listing."
            )
        )
    with open_vault(ctx) as vault:
        if ctx.args.verify:
            return _verify(ctx, audit.verify(vault.db))
        total = audit.count(vault.db, action=action)
        offset = 0 if limit is None else max(0, total - limit)
        found = audit.events(vault.db, offset=offset, limit=limit, action=action)
    if ctx.json:
        ctx.emit([event.to_json() for event in found])
    elif not found:
        if action is None:
            ctx.say(translate("cli", "No audit events."))
        else:
            ctx.say(translate("cli", "No {action} events.").format(action=action))
    else:
        for event in found:
            print(_line(event), file=ctx.out)
    return EXIT_OK


def _verify(ctx: Context, check: audit.AuditCheck) -> int:
    if ctx.json:
        ctx.emit(check.to_json())
    elif check.ok:
        intact = translate("cli", "Audit log intact: {count} events, head {head}.")
        ctx.say(intact.format(count=check.length, head=ltr(str(check.head))))
    else:
        for problem in check.problems:
            ctx.say(localise(problem))  # English in --json; the reader's language here
        broken = translate(
            "cli",
            "The audit log is NOT intact (problems: {count}): it was altered outside FieldKit. "
            "Keep this vault as evidence and compare it with a backup.",
        )
        ctx.say(broken.format(count=len(check.problems)))
    return EXIT_OK if check.ok else EXIT_FAILURE
