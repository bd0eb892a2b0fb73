"""Report commands: `fieldkit report object-id|damage|inventory|verification … -o FILE.pdf`.

A thin layer over :mod:`fieldkit.reports` (SPEC §9, §11). `report verification` behaves like
`fieldkit verify`: it opens a vault only when --vault is given, writes the certificate whatever
the verdict, and exits 0 (valid, trusted), 1 (not valid) or 3 (valid, untrusted signer).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fieldkit import i18n
from fieldkit.cli import Command, Context
from fieldkit.commands.options import actions, flag, output_option, repeatable, subcommand
from fieldkit.commands.progress import task
from fieldkit.commands.vault import open_vault, vault_if_named
from fieldkit.errors import EXIT_OK, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, translate
from fieldkit.records.vocabularies import SALVAGE_PRIORITIES, STATUS
from fieldkit.reports import ReportResult
from fieldkit.tasks import Cancel, Progress, ProgressSink


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    rsub = actions(sub, "report", translate("help", "print PDF reports"), metavar="REPORT")

    p = subcommand(
        rsub,
        "object-id",
        common,
        translate("help", "Object ID sheets, one page per object"),
        _in_language(cmd_object_id),
    )
    p.add_argument(
        "ids", nargs="+", metavar="ID", help=translate("help", "id, id prefix or inventory number")
    )
    _output(p)

    p = subcommand(
        rsub, "damage", common, translate("help", "a damage report"), _in_language(cmd_damage)
    )
    p.add_argument(
        "id",
        metavar="ID",
        help=translate("help", "a damage report's id, or an object's (its latest report)"),
    )
    _output(p)

    p = subcommand(
        rsub,
        "inventory",
        common,
        translate("help", "the evacuation/inventory list, by salvage priority"),
        _in_language(cmd_inventory),
    )
    repeatable(p, "--status", "S", choices=STATUS)
    repeatable(
        p,
        "--priority",
        "N",
        translate("help", "salvage priority 1-4 (repeatable)"),
        type=int,
        choices=SALVAGE_PRIORITIES,
    )
    flag(p, "--redact-locations", translate("help", "leave the location column out"))
    _output(p)

    p = subcommand(
        rsub,
        "verification",
        common,
        translate("help", "an auditor's certificate for a bundle"),
        _in_language(cmd_verification),
    )
    p.add_argument("file", metavar="FILE.fkb")
    repeatable(
        p,
        "--trust",
        "FILE.fkid|FILE.pub",
        translate("help", "a signer you trust: identity card or minisign public key (repeatable)"),
    )
    _output(p)
    _register_custody_documents(rsub, common)


def _register_custody_documents(rsub: Any, common: argparse.ArgumentParser) -> None:
    """`report labels|packing-list|movement|handover|evacuation-permission` (chain of custody)."""
    p = subcommand(
        rsub,
        "labels",
        common,
        translate("help", "QR labels on A4 sheets"),
        _in_language(cmd_custody_document),
        document="labels",
    )
    p.add_argument(
        "items", nargs="+", metavar="ITEM", help=translate("help", "objects, containers, locations")
    )
    _output(p)
    for name, arg, help_text in (
        (
            "packing-list",
            "CONTAINER",
            translate("help", "the packing list of a container, to put inside it"),
        ),
        ("movement", "MOVEMENT", translate("help", "the movement form with its reconciliation")),
        (
            "handover",
            "HANDOVER",
            translate("help", "the handover certificate with both fingerprints"),
        ),
        (
            "evacuation-permission",
            "MOVEMENT",
            translate("help", "the evacuation permission for a movement"),
        ),
    ):
        p = subcommand(
            rsub, name, common, help_text, _in_language(cmd_custody_document), document=name
        )
        p.add_argument("target", metavar=arg)
        _output(p)


# The documents named for people in the "Wrote …" line ("labels" read as English inside an
# Arabic or Ukrainian sentence); --json keeps no name, the command line keeps its codes.
DOCUMENT_NAMES = {
    "labels": QT_TRANSLATE_NOOP("cli", "labels"),
    "packing-list": QT_TRANSLATE_NOOP("cli", "packing list"),
    "movement": QT_TRANSLATE_NOOP("cli", "movement form"),
    "handover": QT_TRANSLATE_NOOP("cli", "handover certificate"),
    "evacuation-permission": QT_TRANSLATE_NOOP("cli", "evacuation permission"),
}


def cmd_custody_document(ctx: Context) -> int:
    from fieldkit.reports import custody_documents as D

    args = ctx.args
    output = Path(args.output)
    with open_vault(ctx) as vault:
        if args.document == "labels":
            result = D.labels_report(vault, args.items, output)
        else:
            write = {
                "packing-list": D.packing_list_report,
                "movement": D.movement_report,
                "handover": D.handover_report,
                "evacuation-permission": D.evacuation_permission_report,
            }[args.document]
            result = write(vault, args.target, output)
    _done(
        ctx,
        result,
        lambda: translate("cli", "{document}, %n item(s)", "", result.items).format(
            document=translate("cli", DOCUMENT_NAMES[args.document])
        ),
    )
    return EXIT_OK


def _output(p: argparse.ArgumentParser) -> None:
    output_option(p, "FILE.pdf")
    p.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=None,
        help=translate(
            "help", "language of the PDF (default: FIELDKIT_LANG, else the system's, else en)"
        ),
    )


def _in_language(command: Command) -> Command:
    """Run ``command`` with the report printed in --lang (the messages keep the CLI's)."""

    def run(ctx: Context) -> int:
        with i18n.using(getattr(ctx.args, "lang", None)):
            return command(ctx)

    return run


@contextmanager
def _task(ctx: Context) -> Iterator[tuple[ProgressSink | None, Cancel]]:
    """The command line's progress line and Ctrl+C, the line in the command line's language
    (not the report's --lang)."""
    with task(ctx) as (show, cancel):
        if show is None:
            yield None, cancel
            return
        draw = show

        def in_cli_language(progress: Progress) -> None:
            with i18n.using(i18n.process_language()):
                draw(progress)

        yield in_cli_language, cancel


def _done(
    ctx: Context,
    result: ReportResult,
    what: Callable[[], str],
    extra: dict[str, Any] | None = None,
) -> None:
    """Say what was written, in the command line's language (the PDF's is --lang)."""
    data: dict[str, Any] = {
        "file": str(result.path),
        "pages": result.pages,
        "items": result.items,
        "warnings": list(result.warnings),
    }
    data.update(extra or {})
    if ctx.json:
        ctx.emit(data)
        return
    with i18n.using(i18n.process_language()):
        for warning in result.warnings:
            ctx.say(translate("cli", "Note: {text}").format(text=i18n.localise(warning)))
        print(str(result.path), file=ctx.out)
        wrote = translate("cli", "Wrote {file}: {what}, %n page(s).", "", result.pages)
        ctx.say(wrote.format(file=i18n.ltr(result.path.name), what=what()))


def cmd_object_id(ctx: Context) -> int:
    from fieldkit.reports import object_id_report

    with open_vault(ctx) as vault, _task(ctx) as (progress, cancel):
        result = object_id_report(
            vault, ctx.args.ids, Path(ctx.args.output), progress=progress, cancel=cancel
        )
    _done(ctx, result, lambda: translate("cli", "%n Object ID sheet(s)", "", result.items))
    return EXIT_OK


def cmd_damage(ctx: Context) -> int:
    from fieldkit.reports import damage_report

    with open_vault(ctx) as vault, _task(ctx) as (progress, cancel):
        result = damage_report(
            vault, ctx.args.id, Path(ctx.args.output), progress=progress, cancel=cancel
        )
    _done(ctx, result, lambda: translate("cli", "damage report"))
    return EXIT_OK


def cmd_inventory(ctx: Context) -> int:
    from fieldkit.reports import inventory_report

    args = ctx.args
    with open_vault(ctx) as vault, _task(ctx) as (progress, cancel):
        result = inventory_report(
            vault,
            Path(args.output),
            status=args.status,
            priority=args.priority,
            redact_locations=args.redact_locations,
            progress=progress,
            cancel=cancel,
        )
    if args.redact_locations and not ctx.json:
        with i18n.using(i18n.process_language()):
            ctx.say(
                translate(
                    "cli",
                    "Locations are left out; free-text fields are not scrubbed of place names.",
                )
            )
    _done(ctx, result, lambda: translate("cli", "%n object(s)", "", result.items))
    return EXIT_OK


def cmd_verification(ctx: Context) -> int:
    from fieldkit.commands.bundles import check_verify_arguments
    from fieldkit.reports import result_line, verify_and_certify

    check_verify_arguments([Path(ctx.args.file)], [Path(t) for t in ctx.args.trust])
    folder = Path(ctx.args.output).parent
    if not folder.is_dir():
        # A mistyped -o is the command's mistake (exit 2), as a missing bundle is: exit 1
        # reads "NOT VALID" to an auditor's script (r15 review #5).
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."),
            QT_TRANSLATE_NOOP(
                "errors", "Choose a folder that exists (or create this one), then try again."
            ),
            path=str(folder),
        )
    # As `fieldkit verify`: a vault only when --vault is given (never FIELDKIT_VAULT).
    with vault_if_named(ctx) as vault, _task(ctx) as (progress, cancel):
        report, result = verify_and_certify(
            Path(ctx.args.file),
            Path(ctx.args.output),
            trust_files=[Path(t) for t in ctx.args.trust],
            vault=vault,
            progress=progress,
            cancel=cancel,
        )
    if not ctx.json:
        with i18n.using(i18n.process_language()):
            name = i18n.ltr(Path(report.file).name)
            ctx.say(i18n.labelled(name, f"{result_line(report)}.", isolated=True))
            for error in report.errors:
                problem = translate("cli", "problem: {text}")
                ctx.say("  " + problem.format(text=i18n.localise(error)))
    _done(
        ctx,
        result,
        lambda: translate("cli", "verification certificate"),
        {"valid": report.valid, "exit_code": report.exit_code, "verification": report.to_json()},
    )
    return report.exit_code
