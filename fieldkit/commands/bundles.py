"""Bundle commands: `export` and `verify` (SPEC §7, §11)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.bundles.parts import DEFAULT_MAX_SIZE, parse_size
from fieldkit.bundles.preview import Restored, deleted_records, restored
from fieldkit.bundles.recipients import (
    check_recipients,
    left_out_coordinators,
    recipient_warnings,
    resolve_recipients,
)
from fieldkit.bundles.verify import VerifyReport, claimed_signer, load_trust_file, verify_bundle
from fieldkit.cli import Context, problem_line
from fieldkit.commands.options import flag, option, output_option, repeatable, subcommand
from fieldkit.commands.progress import task
from fieldkit.commands.vault import open_vault, vault_if_named
from fieldkit.errors import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_UNTRUSTED,
    CancelledError,
    FieldKitError,
    UsageError,
)
from fieldkit.i18n import (
    QT_TRANSLATE_NOOP,
    error_text,
    isolate,
    join_list,
    localise,
    ltr,
    message,
    number,
    translate,
)
from fieldkit.identity.fingerprint import display_form
from fieldkit.identity.trust import KnownName, known_names
from fieldkit.records import fields as F


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subcommand(
        sub, "export", common, translate("help", "write a signed, encrypted bundle"), cmd_export
    )
    output_option(p, "FILE.fkb")
    repeatable(
        p,
        "--to",
        "CARD.fkid|age1…",
        translate("help", "a recipient (repeatable); default: every verified coordinator"),
    )
    flag(p, "--plain", translate("help", "not encrypted (for auditors, the public)"))
    which = p.add_mutually_exclusive_group()
    flag(which, "--full", translate("help", "every revision, not only new ones"))
    flag(which, "--since-last", translate("help", "only what no earlier bundle to them carried"))
    flag(
        p,
        "--redact-locations",
        translate(
            "help", "a read-only snapshot without locations, coordinates, sites or photo GPS"
        ),
    )
    option(p, "--max-size", "SIZE", translate("help", "split above SIZE (3.9G)"), default=None)
    repeatable(
        p,
        "--leave-out-photo",
        "SHA256_PREFIX",
        translate(
            "help",
            "leave this photo out (8+ hex characters of its hash; repeatable); "
            "a later export sends it",
        ),
    )

    p = subcommand(
        sub, "verify", common, translate("help", "verify bundles (no vault needed)"), cmd_verify
    )
    option(p, "files", "FILE.fkb", nargs="+")
    repeatable(
        p,
        "--trust",
        "FILE.fkid|FILE.pub",
        translate("help", "a signer you trust: identity card or minisign public key (repeatable)"),
    )

    p = subcommand(sub, "import", common, translate("help", "verify and merge bundles"), cmd_import)
    option(p, "files", "FILE.fkb", nargs="+")
    flag(p, "--accept-untrusted", translate("help", "merge even if the signer is not trusted"))


def cmd_export(ctx: Context) -> int:
    args = ctx.args
    if args.plain and args.to:
        raise UsageError(
            translate("cli", "--plain and --to do not go together: a plain bundle is for anyone.")
        )
    max_size = parse_size(args.max_size) if args.max_size else DEFAULT_MAX_SIZE
    mode = "full" if args.full else ("since_last" if args.since_last else "delta")
    if args.redact_locations:
        ctx.say(
            translate(
                "cli",
                "Redacted export: locations, coordinates, sites and photo GPS are removed. "
                "Free-text fields (descriptions, notes…) are NOT scrubbed: check them for places.",
            )
        )
    with open_vault(ctx) as vault:
        recipients = resolve_recipients(vault, args.to, args.plain) if not args.plain else []
        # Said before the export starts: an unverified or lookalike recipient is the user's
        # call when named with --to, but never a silent one.
        checks = check_recipients(vault, recipients)
        notes = recipient_warnings(checks)
        if not args.to and not args.plain:
            notes += left_out_coordinators(vault, recipients)
        for note in notes:
            ctx.say(translate("cli", "Warning: {text}").format(text=localise(note)))
        options = ExportOptions(
            recipients=recipients,
            plain=args.plain,
            mode=mode,
            redact_locations=args.redact_locations,
            max_size=max_size,
            leave_out_photos=args.leave_out_photo,
        )
        with task(ctx) as (show, cancel):
            result = export_bundles(vault, Path(args.output), options, show, cancel)
    data = {
        "bundles": [
            {
                "file": str(b.path),
                "bundle_id": b.bundle_id,
                "sequence": b.sequence,
                "size": b.size,
                "sha256": b.file_sha256,
                "revisions": b.revisions,
                "records": b.records,
                "photos": b.photos,
            }
            for b in result.bundles
        ],
        "stream": result.stream,
        "kind": result.kind,
        "encrypted": result.encrypted,
        "recipients": [
            {
                "fingerprint": c.recipient.fingerprint,
                "age_recipient": c.recipient.age_recipient,
                "name": c.recipient.name,
                "trusted": c.trusted,
                "verified": c.verified if c.recipient.fingerprint else None,
                "name_collision": bool(c.lookalikes),
            }
            for c in checks
        ],
        "nothing_new": result.nothing_new,
        "warnings": notes + result.warnings,
    }
    if ctx.json:
        ctx.emit(data)
        return EXIT_OK
    for warning in result.warnings:
        ctx.say(translate("cli", "Warning: {text}").format(text=localise(warning)))
    if result.nothing_new:
        ctx.say(translate("cli", "Nothing new to send to these recipients; no bundle was written."))
        return EXIT_OK
    # Each label is a Text: joined as plain text it was its English ("fingerprint") everywhere.
    who = join_list(localise(check.label) for check in checks)
    for b in result.bundles:
        print(str(b.path), file=ctx.out)
        records = (
            translate("cli", "%n record revision(s)", "", b.revisions)
            if b.revisions
            else translate("cli", "%n record(s)", "", b.records)
        )
        wrote = translate("cli", "Wrote {file}: {size}, {records}, {photos}, sequence {n}.")
        # A plural, so Ukrainian says « 323 492 байти » (not « байтів »); the count grouped as
        # every other count on the line.
        size = translate("cli", "%n byte(s)", "", b.size).replace(str(b.size), number(b.size))
        ctx.say(
            wrote.format(
                file=ltr(b.path.name),
                size=size,
                records=records,
                photos=translate("cli", "%n photo(s)", "", b.photos),
                n=b.sequence,
            )
        )
    if result.encrypted:
        to = translate("cli", "Encrypted to: {who} and yourself.")
        ctx.say(to.format(who=who or translate("cli", "nobody else")))
    else:
        ctx.say(translate("cli", "NOT encrypted: anyone with the file can read it."))
    return EXIT_OK


IMPORT_CANCELLED = QT_TRANSLATE_NOOP(
    "errors", "The import was cancelled; nothing from this bundle was kept."
)


def cmd_import(ctx: Context) -> int:
    from fieldkit.bundles.importer import ImportResult, import_bundle

    results = []
    cancelled_at: Path | None = None
    cancelled: CancelledError | None = None
    # Per result: the records this vault had deleted that it brought back (r14 trial #19).
    back: list[list[Restored]] = []
    people: dict[str, KnownName] = {}
    # A folder or a missing file is the command's mistake, said as verify says it (exit 2),
    # before the vault is opened: « d cannot be read », exit 1, before (r15 review #9).
    check_verify_arguments([Path(f) for f in ctx.args.files], [])
    with open_vault(ctx) as vault, task(ctx) as (show, cancel):
        for file in ctx.args.files:
            deleted_before = deleted_records(vault.db)
            try:
                result = import_bundle(
                    vault,
                    Path(file),
                    accept_untrusted=ctx.args.accept_untrusted,
                    progress=show,
                    cancel=cancel,
                )
            except CancelledError as exc:
                # That bundle was rolled back whole; the ones before it are in, and are listed.
                cancelled_at, cancelled = Path(file), exc
                break
            results.append(result)
            came_back = (
                restored(vault.db, deleted_before)
                if deleted_before and result.refused is None and result.new_revisions
                else []
            )
            back.append(came_back)
        if any(back):
            people = known_names(vault.db)
    if ctx.json:
        # "back", only when records came back (each with who kept it): the keys a script
        # reads stay as they were otherwise.
        listed = [
            {**r.to_json(), **({"back": [b.to_json() for b in came]} if came else {})}
            for r, came in zip(results, back, strict=True)
        ]
        if cancelled_at is not None:
            stopped = ImportResult(file=str(cancelled_at), refused=message(IMPORT_CANCELLED))
            listed.append({**stopped.to_json(), "cancelled": True})
        ctx.emit(listed)
    else:
        for r, came_back in zip(results, back, strict=True):
            name = Path(r.file).name
            if r.refused:
                not_imported = translate("cli", "{file}: NOT imported. {reason}")
                ctx.say(not_imported.format(file=ltr(name), reason=localise(r.refused)))
                continue
            summary = translate(
                "cli", "{file}: {revisions}, {duplicates} already here, {photos}, {conflicts}."
            )
            ctx.say(
                summary.format(
                    file=ltr(name),
                    revisions=translate("cli", "%n new revision(s)", "", r.new_revisions),
                    duplicates=r.duplicates,
                    photos=translate("cli", "%n new photo(s)", "", r.new_photos),
                    conflicts=translate("cli", "%n record(s) in conflict", "", r.conflicts),
                )
            )
            for line in r.gaps + r.forks + r.warnings:
                ctx.say(f"  {localise(line)}")
            for deleted in r.deleted_while_packed_lines():
                ctx.say(f"  {localise(deleted)}")
            for came in came_back:
                ctx.say(f"  {_back_line(came, people)}")
    if cancelled_at is not None:
        stopped_text = translate(
            "cli",
            "Cancelled while importing {file}: nothing from it or the files after it was "
            "kept. Imported completely before it: %n bundle(s).",
            "",
            len(results),
        )
        if cancelled is not None:
            ctx.say(problem_line(error_text(cancelled)[0]))
        ctx.say(problem_line(stopped_text.format(file=ltr(cancelled_at.name))))
        return EXIT_FAILURE
    codes = {r.exit_code for r in results}
    for code in (EXIT_FAILURE, EXIT_UNTRUSTED):
        if code in codes:
            return code
    return EXIT_OK


def _back_line(came: Restored, people: dict[str, KnownName]) -> str:
    """« MM-2026.006 “Bol en bronze” that you deleted was kept by Amélie Durand: it is back. »"""
    known = people.get(came.kept_by)
    if known is None:
        person = ltr(came.kept_by[:16])
    elif known.status == "trusted":
        person = isolate(known.name)
    else:
        person = translate("cli", "{name} (not verified)").format(name=isolate(known.name))
    if came.kind == F.DAMAGE:
        record = translate("cli", "damage report of {date} on {number}").format(
            date=ltr(came.title or "?"), number=ltr(came.number or "?")
        )
    elif came.number and came.title:
        record = translate("cli", "{number} “{title}”").format(
            number=ltr(came.number), title=isolate(came.title)
        )
    else:
        record = ltr(came.number) if came.number else isolate(came.title or came.record_id[:8])
    return translate("cli", "{record} that you deleted was kept by {person}: it is back.").format(
        record=record, person=person
    )


def _shown_fingerprint(fingerprint: str | None) -> str:
    """The signer's fingerprint as people compare it: the display form (SPEC §6), read aloud
    against the app's or the sender's card; a bundle's header that names no well-formed key
    keeps what it says, cut short."""
    if fingerprint is not None and len(fingerprint) == 64:
        try:
            return display_form(fingerprint)
        except ValueError:
            pass
    return (fingerprint or "?")[:16] + "…"


def _human(ctx: Context, report: VerifyReport) -> None:
    name = Path(report.file).name
    signer = report.signer
    who = signer.name or translate("cli", "unknown signer")
    fp = ltr(_shown_fingerprint(signer.fingerprint))
    if report.valid and signer.trusted:
        line = translate("cli", "{file}: VALID, signed by {who} ({fingerprint}), trusted.")
    elif report.valid and not signer.signature_valid:
        # No key to check the signature with (an encrypted bundle carries its sender's card
        # inside): "signed by an untrusted key" claimed a check that never happened. The
        # certificate says the same (reports/verification.py result_line); still exit code 3.
        line = translate(
            "cli",
            "{file}: INTACT, SIGNATURE NOT CHECKED: complete and unchanged, but the signer's key "
            "is not known here ({fingerprint}).",
        )
    elif report.valid:
        line = translate(
            "cli",
            "{file}: intact, but signed by an untrusted or unknown key ({fingerprint}). "
            "Compare the fingerprint with the sender before trusting it.",
        )
    elif report.newer_format:
        # Not "NOT VALID": the bag holds; this FieldKit cannot read its format (r11 review 2 #4).
        line = translate(
            "cli", "{file}: NOT VERIFIED: it was made by a newer FieldKit; update FieldKit."
        )
    else:
        line = translate("cli", "{file}: NOT VALID.")
    ctx.say(line.format(file=ltr(name), who=who, fingerprint=fp))
    claimed = claimed_signer(signer) if report.valid else None
    if claimed is not None:
        # Which laptop it came from, as its own card says (not a trust decision): a coordinator
        # with three sticks could only tell them apart by file name (r10 UI trial #13).
        said = translate("cli", "  Its own card says it is from {who}.")
        ctx.say(said.format(who=localise(claimed)))
    # The problems are English in --json (stable for scripts) and translated here.
    for error in report.errors:
        ctx.say("  " + translate("cli", "problem: {text}").format(text=localise(error)))
    for warning in report.warnings:
        ctx.say("  " + translate("cli", "note: {text}").format(text=localise(warning)))
    if report.scope:
        ctx.say(f"  {localise(report.scope)}")
    checked = translate("cli", "files checked: {files}, bytes: {size}")
    ctx.say("  " + checked.format(files=report.files_checked, size=number(report.bytes_checked)))


def check_verify_arguments(files: list[Path], trust_files: list[Path]) -> None:
    """Refuse a mistyped argument before any verdict: a bundle that is not there, a folder, or a
    --trust file that is no key is the command's mistake (exit 2), not the bundle's. Before,
    `verify nothere.fkb` printed « NOT VALID … cannot be read » and `verify b.fkb --trust
    b.fkb` « NOT VALID » then « the external signature is valid » (r14 trial2 #5)."""
    for file in files:
        if file.is_dir():
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a bundle file (.fkb)."),
                QT_TRANSLATE_NOOP("errors", "Name the bundle file inside it."),
                path=str(file),
            )
        if not file.exists():
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "There is no file {path}."),
                QT_TRANSLATE_NOOP("errors", "Check the file's name and folder."),
                path=str(file),
            )
    for trust in trust_files:
        try:
            load_trust_file(trust)
        except FieldKitError as exc:
            raise UsageError(
                exc.template,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Give --trust the sender's identity card (.fkid) or minisign public key "
                    "(.pub).",
                ),
                **exc.params,
            ) from None


def cmd_verify(ctx: Context) -> int:
    trust_files = [Path(t) for t in ctx.args.trust]
    check_verify_arguments([Path(f) for f in ctx.args.files], trust_files)
    reports = []
    with vault_if_named(ctx) as vault, task(ctx) as (show, cancel):
        for file in ctx.args.files:
            reports.append(
                verify_bundle(
                    Path(file), trust_files=trust_files, vault=vault, progress=show, cancel=cancel
                )
            )
    if ctx.json:
        payload = [r.to_json() for r in reports]
        ctx.emit(payload[0] if len(payload) == 1 else payload)
    else:
        for report in reports:
            _human(ctx, report)
    codes = {r.exit_code for r in reports}
    for code in (EXIT_FAILURE, EXIT_UNTRUSTED):
        if code in codes:
            return code
    return EXIT_OK
