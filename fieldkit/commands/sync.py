"""Sync commands (SPEC §8, §11)::

fieldkit sync [TARGET]                          every reachable target, or TARGET
fieldkit sync status                            per target: reachable, waiting, last push/pull
fieldkit sync target add NAME PATH [--to FILE.fkid]...
fieldkit sync target add NAME s3://BUCKET/PREFIX --endpoint URL [--region R]
                         [--credentials-file F] [--bandwidth-limit RATE] [--to FILE.fkid]...
fieldkit sync target list | sync target remove NAME
fieldkit sync quarantine                        refused files and why
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.cli import Context, problem_line
from fieldkit.commands.options import option, repeatable
from fieldkit.commands.progress import task
from fieldkit.commands.vault import open_vault
from fieldkit.errors import EXIT_FAILURE, EXIT_OK, EXIT_UNTRUSTED, UsageError
from fieldkit.i18n import isolate, labelled, localise, ltr, pair, translate

USAGE = (
    "fieldkit sync [TARGET] | sync status | sync quarantine | "
    "sync target add NAME PATH [--to FILE.fkid]... | "
    "sync target add NAME s3://BUCKET/PREFIX --endpoint URL [--region R] "
    "[--credentials-file F] [--bandwidth-limit RATE] | sync target list | sync target remove NAME"
)
S3_OPTIONS = ("endpoint", "region", "credentials_file", "bandwidth_limit")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[common],
        usage=USAGE,
        help=translate(
            "help",
            "exchange bundles through sync folders (USB drives, shared folders) or S3 storage",
        ),
        description=translate(
            "help",
            "Deliver bundles to sync folders or S3 storage and pick up bundles and receipts there.",
        ),
    )
    p.add_argument(
        "words",
        nargs="*",
        metavar="…",
        help=translate("help", "TARGET, status, quarantine, or target …"),
    )
    repeatable(
        p,
        "--to",
        "FILE.fkid",
        translate(
            "help",
            "with `target add`: a recipient (repeatable); default: every verified coordinator",
        ),
    )
    option(p, "--endpoint", "URL", translate("help", "with `target add s3://…`: the S3 endpoint"))
    option(p, "--region", "R", translate("help", "with `target add s3://…`: the bucket's region"))
    option(
        p,
        "--credentials-file",
        "F",
        translate(
            "help",
            "with `target add s3://…`: access key and secret in the AWS credentials format "
            "([default] aws_access_key_id / aws_secret_access_key); else AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY, else asked; kept only inside the vault",
        ),
        type=Path,
    )
    option(
        p,
        "--bandwidth-limit",
        "RATE",
        translate(
            "help", "with `target add s3://…`: at most RATE bytes per second (e.g. 200k, 1M)"
        ),
    )
    p.set_defaults(handler=cmd_sync)


def parse_rate(text: str) -> int:
    """``200k`` → 200000 bytes per second (k, M: powers of 1000). Raises UsageError."""
    value = text.strip().lower().removesuffix("/s").removesuffix("b")
    factor = 1
    if value[-1:] in ("k", "m"):
        factor = 1000 if value[-1] == "k" else 1000_000
        value = value[:-1]
    try:
        rate = int(float(value) * factor)
    except ValueError:
        raise UsageError(
            translate("cli", "'{value}' is not a rate like 200k or 1M (bytes per second).").format(
                value=text
            )
        ) from None
    if rate < 1024:
        raise UsageError(translate("cli", "A bandwidth limit is at least 1k (bytes per second)."))
    return rate


def cmd_sync(ctx: Context) -> int:
    words: list[str] = list(ctx.args.words)
    if ctx.args.to and words[:2] != ["target", "add"]:
        raise UsageError(translate("cli", "--to goes with `fieldkit sync target add NAME PATH`."))
    s3_given = [o for o in S3_OPTIONS if getattr(ctx.args, o, None) is not None]
    if s3_given and not (words[:2] == ["target", "add"] and words[3:4] and _is_s3(words[3])):
        option = "--" + s3_given[0].replace("_", "-")
        goes_with = translate(
            "cli", "{option} goes with `fieldkit sync target add NAME s3://BUCKET/PREFIX`."
        )
        raise UsageError(goes_with.format(option=option))
    if words[:1] == ["target"]:
        return _target(ctx, words[1:])
    if words == ["status"]:
        return _status(ctx)
    if words == ["quarantine"]:
        return _quarantine(ctx)
    if len(words) > 1:
        raise UsageError(translate("cli", "Usage: {usage}").format(usage=USAGE))
    return _sync(ctx, words[0] if words else None)


# --- targets -----------------------------------------------------------------------------------


def _target(ctx: Context, words: list[str]) -> int:
    from fieldkit import sync

    action = words[:1]
    if action == ["add"] and len(words) == 3 and _is_s3(words[2]):
        return _add_s3(ctx, words[1], words[2])
    if action == ["add"] and len(words) == 3:
        name, path = words[1], Path(words[2])
        with open_vault(ctx) as vault:
            cards = sync.read_cards([Path(t) for t in ctx.args.to])
            target = sync.add_target(vault, name, path, cards)
            untrusted = [c for c in cards if not _trusted(vault, c.fingerprint)]
        if ctx.json:
            ctx.emit(target.to_json())
        else:
            is_at = translate("cli", "Sync target '{name}' is {path}.")
            ctx.say(is_at.format(name=target.name, path=ltr(str(target.path))))
            go_to = translate("cli", "Bundles there go to: {recipients}.")
            ctx.say(go_to.format(recipients=_recipient_text(target.to_json()["recipients"])))
            for card in untrusted:
                ctx.say(_not_trusted(card))
        return EXIT_OK
    if action == ["list"] and len(words) == 1:
        with open_vault(ctx) as vault:
            targets = sync.list_targets(vault)
        if ctx.json:
            ctx.emit([t.to_json() for t in targets])
        elif not targets:
            ctx.say(_no_target())
        else:
            for t in targets:
                data = t.to_json()
                print(
                    f"{t.name}\t{t.location}\t{_recipient_text(data['recipients'])}", file=ctx.out
                )
        return EXIT_OK
    if action == ["remove"] and len(words) == 2:
        with open_vault(ctx) as vault:
            left = sync.remove_target(vault, words[1])
        if ctx.json:
            ctx.emit({"removed": words[1], "bundles_left_on_target": left})
        else:
            removed = translate("cli", "Sync target '{name}' removed; nothing on it was touched.")
            ctx.say(removed.format(name=words[1]))
            if left:
                ctx.say(
                    translate(
                        "cli",
                        "%n bundle(s) FieldKit delivered there stay on it; delete them by hand "
                        "once their recipients have them.",
                        "",
                        left,
                    )
                )
        return EXIT_OK
    raise UsageError(translate("cli", "Usage: {usage}").format(usage=USAGE))


def _is_s3(text: str) -> bool:
    return text.lower().startswith("s3://")


def _add_s3(ctx: Context, name: str, url: str) -> int:
    from fieldkit import credentials, sync
    from fieldkit.sync import s3target
    from fieldkit.sync.s3client import S3Credentials

    if not ctx.args.endpoint:
        raise UsageError(
            translate(
                "cli",
                "An S3 target needs its endpoint: "
                "`fieldkit sync target add {name} {url} --endpoint URL`.",
            ).format(name=name, url=url)
        )
    endpoint = s3target.check_endpoint(ctx.args.endpoint)
    rate = parse_rate(ctx.args.bandwidth_limit) if ctx.args.bandwidth_limit else None
    with open_vault(ctx) as vault:
        cards = sync.read_cards([Path(t) for t in ctx.args.to])
        access, secret = credentials.s3_credentials(ctx.args.credentials_file, ctx.env)
        target, problem = s3target.add_s3_target(
            vault,
            name,
            url,
            endpoint,
            S3Credentials(access, secret),
            cards,
            region=ctx.args.region,
            bandwidth=rate,
        )
        untrusted = [c for c in cards if not _trusted(vault, c.fingerprint)]
    if ctx.json:
        ctx.emit({**target.to_json(), "endpoint": endpoint, "reachable": problem is None})
        return EXIT_OK
    is_at = translate("cli", "Sync target '{name}' is {path} on {endpoint}.")
    ctx.say(is_at.format(name=target.name, path=ltr(target.location), endpoint=ltr(endpoint)))
    ctx.say(translate("cli", "Its credentials are kept only inside this vault (encrypted)."))
    go_to = translate("cli", "Bundles there go to: {recipients}.")
    ctx.say(go_to.format(recipients=_recipient_text(target.to_json()["recipients"])))
    if problem is not None:
        kept = translate("cli", "Note: {problem}; the target is kept, and synced when it answers.")
        ctx.say(kept.format(problem=localise(problem)))
    for card in untrusted:
        ctx.say(_not_trusted(card))
    return EXIT_OK


def _no_target() -> str:
    return translate(
        "cli", "No sync target yet; add one with `fieldkit sync target add NAME PATH`."
    )


def _not_trusted(card: Any) -> str:
    return translate(
        "cli",
        "Note: {name} ({fingerprint}…) is not in your trust store: their bundles will be "
        "quarantined until you trust their card.",
    ).format(name=isolate(card.name), fingerprint=ltr(card.fingerprint[:16]))


def _trusted(vault: Any, fingerprint: str) -> bool:
    from fieldkit.identity import trust

    key = trust.get_exact(vault.db, fingerprint)
    return key is not None and not key.revoked


def _recipient_text(recipients: object) -> str:
    if isinstance(recipients, list):
        return ", ".join(
            f"{isolate(r['name'])} ({ltr(r['fingerprint'][:16])}…)" for r in recipients
        )
    return translate("cli", "every verified coordinator")


# --- status and quarantine ---------------------------------------------------------------------


def _listed(ctx: Context, read: Callable[[Any], list[Any]], empty: str) -> list[Any] | None:
    """What ``read(vault)`` lists: emitted as JSON (then None: nothing more to print), else
    returned to be printed, with ``empty`` said when there is nothing."""
    with open_vault(ctx) as vault:
        items = read(vault)
    if ctx.json:
        ctx.emit([item.to_json() for item in items])
        return None
    if not items:
        ctx.say(empty)
    return items


def _status(ctx: Context) -> int:
    from fieldkit import sync

    statuses = _listed(ctx, sync.target_status, _no_target())
    if statuses is None:
        return EXIT_OK
    never = translate("cli", "never")
    for s in statuses:
        state = translate("cli", "reachable") if s.reachable else translate("cli", "not reachable")
        where = ltr(s.location or str(s.path))
        if s.endpoint:
            where = translate("cli", "{place} on {endpoint}").format(
                place=where, endpoint=ltr(s.endpoint)
            )
        print(labelled(isolate(s.name), f"{state} ({where})", isolated=True), file=ctx.out)
        counts = translate(
            "cli",
            "bundles waiting: {waiting}, awaiting acknowledgement: {awaiting}, quarantined: "
            "{quarantined}",
        )
        print(
            "  "
            + counts.format(
                waiting=s.waiting,
                awaiting=s.awaiting_acknowledgement,
                quarantined=s.quarantined,
            ),
            file=ctx.out,
        )
        unsent = translate(
            "cli", "not yet sent: {revisions}, {photos} (the next sync exports them)"
        )
        print(
            "  "
            + unsent.format(
                revisions=translate("cli", "%n revision(s)", "", s.unsent_revisions),
                photos=translate("cli", "%n photo(s)", "", s.unsent_photos),
            ),
            file=ctx.out,
        )
        if s.kind == "s3":
            pending = translate("cli", "bytes pending: {size}")
            print("  " + pending.format(size=s.bytes_pending), file=ctx.out)
        last = translate("cli", "last push: {push}, last pull: {pull}")
        print(
            "  " + last.format(push=s.last_push or never, pull=s.last_pull or never),
            file=ctx.out,
        )
        if s.quarantine is not None and (s.quarantine.entries or s.quarantine.dropped):
            quarantine = translate("cli", "quarantine: {text}")
            print("  " + quarantine.format(text=localise(s.quarantine.text())), file=ctx.out)
        if s.last_error:
            problem = translate("cli", "last problem: {text}")
            print("  " + problem.format(text=localise(s.last_error)), file=ctx.out)
    return EXIT_OK


def _quarantine(ctx: Context) -> int:
    from fieldkit import sync

    entries = _listed(ctx, sync.quarantine, translate("cli", "Nothing is quarantined."))
    for e in entries or ():
        print(f"{e.found_at}  " + pair(isolate(e.target), ltr(e.file), isolated=True), file=ctx.out)
        print(f"  {localise(e.reason)}", file=ctx.out)
    return EXIT_OK


# --- syncing -----------------------------------------------------------------------------------


def _summary(ctx: Context, report: Any) -> None:
    if report.skipped:
        ctx.say(localise(report.skipped))
        return
    if report.offline:
        ctx.say(localise(report.offline))
    revisions = sum(e.revisions for e in report.exported)
    new = sum(r.new_revisions for r in report.imported)
    # Counts after a colon, so that one sentence reads right for any numbers in any language.
    summary = translate(
        "cli",
        "{target}: sent {sent} bundle(s) ({exported} new, {revisions} revision(s)); imported "
        "{imported} bundle(s) with {new} new revision(s); {acknowledged} acknowledged, "
        "{removed} removed from the target; {waiting} waiting.",
    )
    ctx.say(
        summary.format(
            target=isolate(report.target),  # a name typed by a person, kept whole
            sent=len(report.delivered),
            exported=len(report.exported),
            revisions=revisions,
            imported=len(report.imported),
            new=new,
            acknowledged=len(report.acknowledged),
            removed=report.removed,
            waiting=report.waiting,
        )
    )
    for entry in report.quarantined:
        quarantined = translate("cli", "quarantined {file}: {reason}")
        ctx.say("  " + quarantined.format(file=ltr(entry.file), reason=localise(entry.reason)))
    for warning in report.warnings:
        ctx.say("  " + translate("cli", "note: {text}").format(text=localise(warning)))
    for error in report.errors:
        ctx.say(problem_line(localise(error)))


def _sync(ctx: Context, name: str | None) -> int:
    from fieldkit import sync

    def notice(text: str) -> None:
        # A retry of a target that does not answer, on stderr even off a terminal: minutes
        # of timeouts otherwise pass in silence.
        ctx.say(localise(text))

    with open_vault(ctx) as vault, task(ctx) as (progress, cancel):
        if name is not None:
            reports = [sync.sync_target(vault, name, progress, cancel, notice=notice)]
        else:
            if not sync.list_targets(vault):
                raise UsageError(
                    translate(
                        "cli",
                        "No sync target is set up; add one with "
                        "`fieldkit sync target add NAME PATH`.",
                    )
                )
            reports = sync.sync_all(vault, progress, cancel, notice=notice)
    if ctx.json:
        ctx.emit([r.to_json() for r in reports])
    else:
        for report in reports:
            _summary(ctx, report)
        if all(r.skipped for r in reports):
            ctx.say(
                translate(
                    "cli", "No sync target is reachable right now; bundles wait in the outbox."
                )
            )
    codes = {r.exit_code for r in reports}
    for code in (EXIT_FAILURE, EXIT_UNTRUSTED):
        if code in codes:
            return code
    return EXIT_OK
