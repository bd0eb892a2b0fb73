"""`fieldkit duplicates list | decide ID1 ID2 --same|--not-same | undo ID` (SPEC §11, issue 23)."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli import Context
from fieldkit.commands.options import actions, flag, option, subcommand
from fieldkit.commands.vault import open_vault
from fieldkit.duplicates.decisions import Decision, Duplicates, object_name
from fieldkit.errors import EXIT_OK
from fieldkit.i18n import isolate, ltr, translate
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault.database import Connection


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    dsub = actions(
        sub, "duplicates", translate("help", "objects documented twice: find them, decide, undo")
    )
    q = subcommand(
        dsub, "list", common, translate("help", "possible duplicates, best first"), cmd_list
    )
    flag(q, "--decisions", translate("help", "list the decisions made instead (latest first)"))
    flag(q, "--all", translate("help", "(with --decisions) undone ones too"))
    q = subcommand(
        dsub, "decide", common, translate("help", "the same object, or not the same"), cmd_decide
    )
    q.add_argument(
        "a",
        metavar="ID1",
        help=translate("help", "the object kept (canonical) when they are the same"),
    )
    q.add_argument("b", metavar="ID2")
    how = q.add_mutually_exclusive_group(required=True)
    flag(how, "--same", translate("help", "one object: ID2 is merged into ID1"))
    flag(how, "--not-same", translate("help", "two objects: never suggest again"))
    option(q, "--notes", "TEXT", translate("help", "why (kept with the decision)"))
    q = subcommand(
        dsub, "undo", common, translate("help", "undo a decision (restores both records)"), cmd_undo
    )
    q.add_argument(
        "id",
        metavar="ID",
        help=translate("help", "the decision's id, or an object of one decided pair"),
    )


def object_label(db: Connection, record_id: str) -> str:
    """An object as printed: inventory number (or short id) and title, terminal-safe."""
    name = object_name(db, record_id)
    if name is None:
        return ltr(record_id[:8]) + " " + translate("cli", "(not in this vault)")
    number, title = name
    number = ltr(F.terminal_text(number or record_id[:8]))
    return f"{number} {isolate(F.terminal_text(title))}" if title else number


def _decision_line(db: Connection, d: Decision) -> str:
    if d.same:
        template = translate("cli", "{decision}: {b} is the same object as {a}")
    else:
        template = translate("cli", "{decision}: {a} and {b} are not the same object")
    line = template.format(
        decision=ltr(d.decision_id[:8]), a=object_label(db, d.a), b=object_label(db, d.b)
    )
    if d.undone:
        line += " " + translate("cli", "(undone)")
    elif d.superseded:
        line += " " + translate("cli", "(superseded by another decision)")
    return line


def cmd_list(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        dup = Duplicates(Records(vault))
        if ctx.args.decisions:
            decisions = dup.decisions(include_undone=ctx.args.all)
            if ctx.json:
                ctx.emit([d.to_json() for d in decisions])
                return EXIT_OK
            for d in decisions:
                print(_decision_line(vault.db, d), file=ctx.out)
            ctx.say(translate("cli", "%n decision(s).", "", len(decisions)))
            return EXIT_OK
        found = dup.candidates()
        if ctx.json:
            ctx.emit([c.to_json() for c in found])
            return EXIT_OK
        for c in found:
            reasons = c.reasons_text()
            a, b = object_label(vault.db, c.a), object_label(vault.db, c.b)
            print(f"{round(c.score * 100)} %  {a}  ⇄  {b}", file=ctx.out)
            if reasons:
                print(f"      {reasons}", file=ctx.out)
    ctx.say(translate("cli", "%n possible duplicate(s).", "", len(found)))
    return EXIT_OK


def _said(ctx: Context, db: Connection, decision: Decision, if_same: str, if_not: str) -> bool:
    """Say what a decision (or its undoing) did, naming both objects; with --json, emit the
    decision instead and return True (the caller says nothing more)."""
    if ctx.json:
        ctx.emit(decision.to_json())
        return True
    message = if_same if decision.same else if_not
    ctx.say(message.format(a=object_label(db, decision.a), b=object_label(db, decision.b)))
    return False


def cmd_decide(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        dup = Duplicates(Records(vault))
        decision = dup.decide(ctx.args.a, ctx.args.b, same=ctx.args.same, notes=ctx.args.notes)
        if _said(
            ctx,
            vault.db,
            decision,
            translate("cli", "Merged {b} into {a}: both now name {a}."),
            translate("cli", "Recorded: {a} and {b} are not the same object."),
        ):
            return EXIT_OK
        ctx.say(
            translate("cli", "Decision {id} (undo: fieldkit duplicates undo {id}).").format(
                id=ltr(decision.decision_id[:8])
            )
        )
    return EXIT_OK


def cmd_undo(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        dup = Duplicates(Records(vault))
        _said(
            ctx,
            vault.db,
            dup.undo(ctx.args.id),
            translate("cli", "Undone: {a} and {b} are two records again."),
            translate("cli", "Undone: {a} and {b} may be suggested again."),
        )
    return EXIT_OK
