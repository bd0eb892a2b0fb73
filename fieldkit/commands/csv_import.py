"""`fieldkit object import-csv FILE`: the command line's side of the CSV import (SPEC §11).

What the file holds, how its columns map and what importing would do are the core's
(:mod:`fieldkit.records.csv_import`); this module checks the options, unlocks the vault, says the
plan in the user's language (or emits it as ``--json``) and shows progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldkit.cli import Context, problem_line
from fieldkit.commands.progress import interruptible, printing
from fieldkit.commands.vault import open_vault
from fieldkit.errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, FieldKitError, UsageError
from fieldkit.i18n import (
    QT_TRANSLATE_NOOP,
    decimal,
    error_text,
    fill,
    from_error,
    isolate,
    join_list,
    language,
    localise,
    ltr,
    number,
    pair,
    translate,
)
from fieldkit.records import csv_batches, csv_mapping, csv_sniff, csv_validate
from fieldkit.records import csv_import as C
from fieldkit.records.service import Records


def _grouped(counted: str, n: int) -> str:
    """A plural form from :func:`translate`, which writes its count bare ("5001"), with the
    count grouped as before ("5,001 rows", « 5 001 lignes »). Only for phrases that hold no
    other number."""
    return counted.replace(str(n), number(n), 1)


def _say_plan(ctx: Context, plan: csv_validate.ImportPlan, *, dry_run: bool = False) -> None:
    src = plan.source
    separators = {
        ",": translate("cli", "comma"),
        ";": translate("cli", "semicolon"),
        "\t": translate("cli", "tab"),
    }
    sep = separators.get(src.delimiter, repr(src.delimiter))
    # True plurals (« 1 ligne », « 2 lignes »), each count a plural phrase of its own: Qt
    # gives a message one count; the sentence around it is a template.
    rows = _grouped(translate("cli", "%n row(s)", "", plan.rows), plan.rows)
    if src.encoding_given:
        summary = translate("cli", "{file}: {rows} ({encoding}; columns separated by {sep})")
    else:
        summary = translate(
            "cli", "{file}: {rows} ({encoding}, detected; columns separated by {sep})"
        )
    line = fill(
        summary,
        None,
        file=ltr(src.path.name),
        rows=rows,
        encoding=ltr(src.encoding_label),
        sep=sep,
    )
    if plan.empty_rows:
        skipped = translate("cli", "; %n empty row(s) skipped.", "", plan.empty_rows)
        line += _grouped(skipped, plan.empty_rows)
    else:
        line += "."
    ctx.say(line)
    if plan.date_order is not None:
        orders = {
            "dmy": translate("cli", "day/month/year"),
            "mdy": translate("cli", "month/day/year"),
        }
        if plan.date_order_how == "given":
            how = translate("cli", "Dates such as 14/03/2026 are read as {order} (--date-order).")
        else:
            how = translate(
                "cli",
                "Dates such as 14/03/2026 are read as {order}: a date in the file can only be "
                "read that way (--date-order changes it).",
            )
        ctx.say(fill(how, None, order=orders[plan.date_order]))
    if dry_run:
        ctx.say(
            fill(
                translate("cli", "Encoding: {encoding} ({how})."),
                None,
                encoding=ltr(src.encoding_label),
                how=localise(src.encoding_how),
            )
        )
    # Each column and the field it fills: English names the field's key (what --map takes);
    # the other languages its label, as the app's Columns tab (« Dimensions », not a code).
    # The translator writes the quotes and the arrow (Arabic points it the other way).
    english = language() == "en"
    mapped = [
        fill(
            translate("cli", "'{column}' → {field}"),
            None,
            column=c.label,
            field=c.field if english else localise(csv_validate.field_text(c.field)),
        )
        for c in plan.columns
        if c.field
    ]
    ctx.say(fill(translate("cli", "Columns: {columns}."), None, columns=join_list(mapped)))
    ignored = plan.ignored_columns
    if ignored:
        named = [c.label for c in ignored if c.header]
        unnamed = len(ignored) - len(named)
        parts = ([localise(C.listed(named))] if named else []) + (
            [
                fill(
                    translate("cli", "{count} column(s) without a header"),
                    None,
                    count=number(unnamed),
                )
            ]
            if unnamed
            else []
        )
        ctx.say(
            fill(
                translate("cli", "Not imported: {columns} (skipped with --map, or empty)."),
                None,
                columns=join_list(parts),
            )
        )
    if dry_run and plan.samples:
        ctx.say(
            fill(
                translate("cli", "Rows as read ({encoding}; check that the letters look right):"),
                None,
                encoding=ltr(src.encoding_label),
            )
        )
        for row, cells in plan.samples:
            cells_text = " | ".join(pair(isolate(c), t) for c, t in cells)
            ctx.say(
                "  " + fill(translate("cli", "row {row}: {cells}"), None, row=row, cells=cells_text)
            )
    in_file = translate("cli", "Warning: duplicate inventory numbers in the file: {numbers}.")
    in_vault = translate(
        "cli", "Warning: duplicate inventory numbers already in the vault: {numbers}."
    )
    for template, dups in (
        (in_file, plan.duplicates_in_file),
        (in_vault, plan.duplicates_in_vault),
    ):
        if dups:
            rows_of = translate("cli", "{number} (rows {rows})")
            shown = [
                fill(
                    rows_of,
                    None,
                    number=k,
                    rows=", ".join(map(str, v[:5])) + ("…" if len(v) > 5 else ""),
                )
                for k, v in list(dups.items())[:10]
            ]
            numbers = ", ".join(shown)
            if len(dups) > 10:
                numbers = fill(
                    translate("errors", "{listed} and {count} more"),
                    None,
                    listed=numbers,
                    count=number(len(dups) - 10),
                )
            ctx.say(fill(template, None, numbers=numbers))
    if plan.duplicates_in_file or plan.duplicates_in_vault:
        ctx.say(
            translate(
                "cli", "They are imported anyway (unique within a vault is warned, not enforced)."
            )
        )
    for warning in plan.other_warnings:
        ctx.say(fill(translate("cli", "Warning: {text}"), None, text=localise(warning)))


def _undo_report(
    import_id: int | None,
    *,
    deleted: int = 0,
    refused: FieldKitError | None = None,
    result: csv_batches.UndoResult | None = None,
    sent: int = 0,
) -> dict[str, Any]:
    """The ``--json`` of an undo, the same keys whatever happened (a script reads ``undone``,
    then ``refused``: null, or the English sentence, as `fieldkit import --json` and
    import-csv's own refusals give it). Keys added in r12 only when they say something:
    ``dry_run`` and ``would_delete`` (--dry-run), ``sent_to_other_vaults`` (records of the
    import a bundle already carried to other vaults), ``in_custody`` (the packed or in-transit
    records that refused the undo)."""
    edited = refused.edited if isinstance(refused, csv_batches.UndoRefused) else []
    merged = refused.merged if isinstance(refused, csv_batches.UndoMergedRefused) else []
    dry_run = result is not None and result.dry_run
    report: dict[str, Any] = {
        "undone": refused is None and not dry_run,
        "import": import_id,
        "deleted": deleted,
        "refused": None if refused is None else from_error(refused),
        "edited": [{"id": i, "inventory_number": n} for i, n in edited],
        "merged": [{"id": i, "inventory_number": n, "merged_objects": c} for i, n, c in merged],
    }
    if result is not None and result.dry_run:
        report["dry_run"] = True
        report["would_delete"] = result.would_delete
    if isinstance(refused, csv_batches.UndoCustodyRefused):
        report["in_custody"] = [{"id": i, "inventory_number": n} for i, n in refused.held]
    if sent:
        report["sent_to_other_vaults"] = sent
    return report


def _say_sent(ctx: Context, sent: int) -> None:
    """Records of the import other vaults already have: the undo's deletions go to them too,
    and this vault cannot see what was done with them there (r12 review 1c)."""
    if sent:
        text = translate(
            "cli",
            "{count} of these record(s) were already sent to other vaults in bundles: they will "
            "be deleted there too when the next bundle goes.",
        )
        ctx.say(fill(text, None, count=number(sent)))


def run_undo_command(ctx: Context) -> int:
    """`fieldkit object import-csv --undo LAST|NUMBER [--include-edited] [--dry-run]`: delete
    the records an import created (a deletion revision each, history kept), in one transaction;
    refused, naming them, when some were edited or worked on since, unless --include-edited.
    --dry-run: the same checks, and what the undo would delete; nothing is changed."""
    args = ctx.args
    dry_run = bool(getattr(args, "dry_run", False))
    with open_vault(ctx, "undo the spreadsheet import") as vault:
        records = Records(vault)
        import_id: int | None = None  # known once LAST or the number is found
        try:
            import_id = csv_batches.find(records, args.undo).import_id
            result = csv_batches.undo_import(
                records,
                import_id,
                include_edited=bool(getattr(args, "include_edited", False)),
                dry_run=dry_run,
            )
        except FieldKitError as exc:
            # What a confirmation (--include-edited) would delete in other vaults too.
            sent = (
                csv_batches.sent_of_import(records, import_id)
                if isinstance(exc, csv_batches.UndoRefused) and import_id is not None
                else 0
            )
            # With --json every refusal is one JSON object on stdout (nothing to scrape from
            # stderr), with the exit code the plain-text refusal has.
            if ctx.json:
                ctx.emit(_undo_report(import_id, refused=exc, sent=sent))
                return EXIT_FAILURE if isinstance(exc, csv_batches.UndoRefused) else exc.exit_code
            if not isinstance(exc, csv_batches.UndoRefused):
                raise  # one plain sentence and its hint, as every command says them
            refused = exc
            problem, hint = error_text(refused)
            ctx.say(problem_line(problem))
            for record_id, inventory in refused.edited[: C.MAX_ERRORS_SHOWN]:
                ctx.say(f"  {ltr(inventory) or '-'}  {record_id}")
            if len(refused.edited) > C.MAX_ERRORS_SHOWN:
                more = translate("cli", "… and {count} more.")
                ctx.say(fill(more, None, count=number(len(refused.edited) - C.MAX_ERRORS_SHOWN)))
            _say_sent(ctx, sent)
            if hint:
                ctx.say(hint)
            return EXIT_FAILURE
    if ctx.json:
        ctx.emit(
            _undo_report(
                result.batch.import_id, deleted=result.deleted, result=result, sent=result.sent
            )
        )
    elif result.dry_run:
        dry = translate(
            "cli",
            "Dry run: undoing import {number} would delete {count} record(s); nothing was changed.",
        )
        ctx.say(fill(dry, None, number=result.batch.import_id, count=number(result.would_delete)))
        _say_sent(ctx, result.sent)
    else:
        ctx.say(localise(csv_batches.undone_message(result)))
        _say_sent(ctx, result.sent)
    return EXIT_OK


def run_import_command(ctx: Context) -> int:
    """`fieldkit object import-csv FILE [--map C=f]... [--dry-run] [--json] …` (SPEC §11)."""
    args = ctx.args
    if getattr(args, "undo", None):
        # An undo takes no spreadsheet: a FILE given with it was silently ignored, and the
        # user may have meant to import it.
        if getattr(args, "file", None):
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--undo undoes an import already made; give it without a spreadsheet file.",
                )
            )
        return run_undo_command(ctx)
    if getattr(args, "include_edited", False):
        raise UsageError(QT_TRANSLATE_NOOP("errors", "--include-edited goes with --undo."))
    if not getattr(args, "file", None):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "Give the spreadsheet to import, or --undo LAST to undo the last import."
            )
        )
    dry_run = bool(getattr(args, "dry_run", False))
    # Everything about the file and the options is checked before the vault is unlocked.
    source = csv_sniff.inspect_csv(
        Path(args.file).expanduser(),
        delimiter=getattr(args, "delimiter", None),
        encoding=getattr(args, "encoding", None),
    )
    columns = csv_mapping.map_columns(source.header, list(getattr(args, "map", None) or []))
    with open_vault(ctx, "import the spreadsheet") as vault, interruptible() as cancel:
        records = Records(vault)
        _tell_interrupted(ctx, records)
        # Checking goes through the file's bytes: a percentage says more than byte counts.
        with printing(ctx, counts=False) as checking:
            plan = csv_validate.plan_import(
                source,
                columns,
                records=records,
                progress=checking,
                cancel=cancel,
                date_order=getattr(args, "date_order", None),
            )
        report = C.plan_report(plan, dry_run=dry_run)
        if not ctx.json:
            _say_plan(ctx, plan, dry_run=dry_run)
        if not plan.ok:
            if ctx.json:
                ctx.emit(report)
            else:
                for error in plan.errors[: C.MAX_ERRORS_SHOWN]:
                    ctx.say(error.localised())
                if plan.error_count > C.MAX_ERRORS_SHOWN:
                    ctx.say(
                        fill(
                            translate("cli", "… and {count} more."),
                            None,
                            count=number(plan.error_count - C.MAX_ERRORS_SHOWN),
                        )
                    )
                # Two counts, so two plural phrases (a message has one plural count).
                errors = translate("cli", "%n error(s)", "", plan.error_count)
                rows = translate("cli", "in %n row(s)", "", plan.rows_with_errors)
                if dry_run:
                    failed = translate("cli", "{errors} {in_rows}; nothing was changed.")
                else:
                    failed = translate("cli", "{errors} {in_rows}; nothing was imported.")
                ctx.say(
                    problem_line(
                        fill(
                            failed,
                            None,
                            errors=_grouped(errors, plan.error_count),
                            in_rows=_grouped(rows, plan.rows_with_errors),
                        )
                    )
                )
                if plan.dropped_columns:  # said now too, not after the rows are corrected
                    ctx.say(problem_line(localise(C.dropped_message(plan))))
                    ctx.say(localise(C.dropped_hint(plan)))
                ctx.say(
                    translate(
                        "cli",
                        "Correct them in the spreadsheet and import again "
                        "(--dry-run checks without importing).",
                    )
                )
            return EXIT_FAILURE
        if plan.dropped_columns:
            if ctx.json:
                report["refused"] = C.dropped_message(plan)
                ctx.emit(report)
            else:
                ctx.say(problem_line(localise(C.dropped_message(plan))))
                ctx.say(localise(C.dropped_hint(plan)))
            return EXIT_USAGE
        if dry_run:
            if ctx.json:
                ctx.emit(report)
            else:
                dry = translate(
                    "cli", "Dry run: {count} object(s) would be imported; nothing was changed."
                )
                ctx.say(fill(dry, None, count=number(plan.rows)))
            return EXIT_OK
        with printing(ctx) as show:
            result = C.apply_import(records, plan, progress=show, cancel=cancel)
    report["imported"] = result.imported
    report["import"] = result.import_id
    report["ids"] = result.ids
    report["seconds"] = round(result.seconds, 3)
    if ctx.json:
        ctx.emit(report)
    else:
        done = translate("cli", "Imported {count} object(s) in one transaction ({seconds} s).")
        ctx.say(fill(done, None, count=number(result.imported), seconds=decimal(result.seconds)))
        undo = translate(
            "cli", "Import {number}; to undo it: fieldkit object import-csv --undo {number}"
        )
        ctx.say(fill(undo, None, number=result.import_id))
    return EXIT_OK


def _tell_interrupted(ctx: Context, records: Records) -> None:
    """An import cut short by a power cut or a killed process kept nothing: say so once (the
    app says it at the next unlock), so nobody believes that file is in."""
    found = csv_batches.interrupted(records)
    if found is not None:
        ctx.say(localise(csv_batches.interrupted_message(found)))
        csv_batches.forget_running(records)
