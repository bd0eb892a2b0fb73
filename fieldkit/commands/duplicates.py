"""`fieldkit duplicates list | decide ID1 ID2 --same|--not-same | undo ID` (SPEC §11, issue 23)."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli import Context
from fieldkit.commands.vault import open_vault
from fieldkit.duplicates.decisions import Decision, Duplicates, object_name
from fieldkit.errors import EXIT_OK
from fieldkit.i18n import isolate, ltr, translate
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault.database import Connection


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("duplicates", help="objects documented twice: find them, decide, undo")
    dsub = p.add_subparsers(dest="duplicates_command", metavar="ACTION", required=True)
    q = dsub.add_parser("list", parents=[common], help="possible duplicates, best first")
    q.add_argument(
        "--decisions", action="store_true", help="list the decisions made instead (latest first)"
    )
    q.add_argument("--all", action="store_true", help="(with --decisions) undone ones too")
    q.set_defaults(handler=cmd_list)
    q = dsub.add_parser("decide", parents=[common], help="the same object, or not the same")
    q.add_argument("a", metavar="ID1", help="the object kept (canonical) when they are the same")
    q.add_argument("b", metavar="ID2")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--same", action="store_true", help="one object: ID2 is merged into ID1")
    how.add_argument("--not-same", action="store_true", help="two objects: never suggest again")
    q.add_argument("--notes", metavar="TEXT", help="why (kept with the decision)")
    q.set_defaults(handler=cmd_decide)
    q = dsub.add_parser("undo", parents=[common], help="undo a decision (restores both records)")
    q.add_argument("id", metavar="ID", help="the decision's id, or an object of one decided pair")
    q.set_defaults(handler=cmd_undo)


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
            reasons = "; ".join(r.text() for r in c.reasons)
            a, b = object_label(vault.db, c.a), object_label(vault.db, c.b)
            print(f"{round(c.score * 100)} %  {a}  ⇄  {b}", file=ctx.out)
            if reasons:
                print(f"      {reasons}", file=ctx.out)
    ctx.say(translate("cli", "%n possible duplicate(s).", "", len(found)))
    return EXIT_OK


def cmd_decide(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        dup = Duplicates(Records(vault))
        decision = dup.decide(ctx.args.a, ctx.args.b, same=ctx.args.same, notes=ctx.args.notes)
        if ctx.json:
            ctx.emit(decision.to_json())
            return EXIT_OK
        if decision.same:
            message = translate("cli", "Merged {b} into {a}: both now name {a}.")
        else:
            message = translate("cli", "Recorded: {a} and {b} are not the same object.")
        ctx.say(
            message.format(
                a=object_label(vault.db, decision.a), b=object_label(vault.db, decision.b)
            )
        )
        ctx.say(
            translate("cli", "Decision {id} (undo: fieldkit duplicates undo {id}).").format(
                id=ltr(decision.decision_id[:8])
            )
        )
    return EXIT_OK


def cmd_undo(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        dup = Duplicates(Records(vault))
        decision = dup.undo(ctx.args.id)
        if ctx.json:
            ctx.emit(decision.to_json())
            return EXIT_OK
        if decision.same:
            message = translate("cli", "Undone: {a} and {b} are two records again.")
        else:
            message = translate("cli", "Undone: {a} and {b} may be suggested again.")
        ctx.say(
            message.format(
                a=object_label(vault.db, decision.a), b=object_label(vault.db, decision.b)
            )
        )
    return EXIT_OK
