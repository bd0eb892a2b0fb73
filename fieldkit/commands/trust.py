"""`fieldkit trust add | list | revoke` (SPEC §6, §11)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldkit.cli import Context
from fieldkit.commands.options import actions, flag, subcommand
from fieldkit.commands.vault import open_vault
from fieldkit.errors import EXIT_OK
from fieldkit.i18n import isolate, localise, ltr, translate
from fieldkit.identity import trust
from fieldkit.identity.card import read_card_file
from fieldkit.vault.vault import ROLES


def role_shown(role: str) -> str:
    """The role as the app names it (« Польовий консерватор »); English keeps the code its
    --role takes ("field"), as it always printed (`trust add`, `archive trust add`)."""
    from fieldkit.i18n import language
    from fieldkit.records.vocabulary_labels import value_label

    return role if language() == "en" else isolate(value_label(role))


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    tsub = actions(sub, "trust", translate("help", "the identity cards this vault trusts"))
    trust_card = translate("help", "trust an identity card (.fkid)")
    s = subcommand(tsub, "add", common, trust_card, cmd_add)
    s.add_argument(
        "card",
        metavar="FILE.fkid",
        help=translate("help", "the card, as written by `identity export`"),
    )
    s.add_argument(
        "--role", choices=ROLES, help=translate("help", "role to trust it in (default: the card's)")
    )
    s.add_argument(
        "--name",
        help=translate("help", "local name to show for it (default: the name on the card)"),
    )
    flag(
        s,
        "--verified",
        translate("help", "you compared the fingerprint with its holder (in person or by phone)"),
    )
    subcommand(tsub, "list", common, translate("help", "list trusted keys"), cmd_list)
    s = subcommand(tsub, "revoke", common, translate("help", "stop trusting a key"), cmd_revoke)
    s.add_argument(
        "fingerprint",
        metavar="FINGERPRINT",
        help=translate(
            "help", "64 hex digits, a unique prefix, or the 30-digit display form in quotes"
        ),
    )


def cmd_add(ctx: Context) -> int:
    card = read_card_file(Path(ctx.args.card))  # a bad card fails before any passphrase prompt
    with open_vault(ctx) as vault, vault.transaction() as db:
        key = trust.add(
            db, card, name=ctx.args.name, role=ctx.args.role, verified=ctx.args.verified
        )
        lookalikes = trust.same_name_as(db, key.name, key.fingerprint)
    # A second "Bob" is how an impostor's card hides among the trusted ones: say so at once,
    # with the fingerprints that tell them apart (on stderr, with --json too).
    if lookalikes:
        others = ", ".join(
            localise(trust.short_label(k.name, k.fingerprint, k.verified)) for k in lookalikes
        )
        ctx.say(
            translate(
                "cli",
                "Warning: you now trust more than one card named like {name}: this one "
                "(fingerprint {fingerprint}…) and {others}. Make sure each is who you think, and "
                "rename one with --name so they cannot be mixed up.",
            ).format(
                name=isolate(repr(key.name)), fingerprint=ltr(key.fingerprint[:16]), others=others
            )
        )
    if ctx.json:
        data = key.to_json()
        data["name_collision"] = bool(lookalikes)
        data["collides_with"] = [k.fingerprint for k in lookalikes]
        ctx.emit(data)
        return EXIT_OK
    claim = (
        " " + translate("cli", "(the card says {name})").format(name=isolate(repr(card.name)))
        if key.name != card.name
        else ""
    )
    claimed_role = (
        " " + translate("cli", "(the role its card claims)") if ctx.args.role is None else ""
    )
    trusted = translate("cli", "Trusted {name}{claim} as {role}{claimed_role}.")
    ctx.say(
        trusted.format(
            name=isolate(key.name),
            claim=claim,
            role=role_shown(key.role),
            claimed_role=claimed_role,
        )
    )
    ctx.say(
        translate("cli", "Fingerprint: {fingerprint}").format(
            fingerprint=ltr(key.display_fingerprint)
        )
    )
    if key.verified:
        ctx.say(
            translate("cli", "Marked as verified: you compared this fingerprint with its holder.")
        )
    else:
        ctx.say(
            translate(
                "cli",
                "Not verified yet: compare the fingerprint above aloud with its holder (in person "
                "or by phone; they see theirs with `fieldkit identity show`), then run this again "
                "with --verified.",
            )
        )
        if key.role == "coordinator":
            ctx.say(
                translate(
                    "cli",
                    "Until then it does not receive bundles unless you name it with `export --to`.",
                )
            )
    return EXIT_OK


def _line(key: trust.TrustedKey, lookalikes: list[trust.TrustedKey]) -> str:
    """One key: the hex prefix (what scripts and `trust revoke` take), then the display form
    that the advice below the list asks to compare with its holder (as `identity show` does)."""
    state = "REVOKED" if key.revoked else "verified" if key.verified else "unverified"
    line = (
        f"{key.fingerprint[:16]}  {key.display_fingerprint}  {key.role:<11}  {state:<10}  "
        f"{key.name}"
    )
    if lookalikes:
        same = ", ".join(k.fingerprint[:16] for k in lookalikes)
        line += f"  [SAME NAME as {same}]"
    return line


def cmd_list(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        keys = trust.list_keys(vault.db)
    collisions = trust.name_collisions(keys)
    if ctx.json:
        entries = []
        for key in keys:
            entry = key.to_json()
            others = collisions.get(key.fingerprint, [])
            entry["name_collision"] = bool(others)
            entry["collides_with"] = [k.fingerprint for k in others]
            entry["default_recipient"] = trust.is_default_recipient(key)
            entries.append(entry)
        ctx.emit(entries)
    elif not keys:
        ctx.say(
            translate(
                "cli",
                "This vault trusts no keys yet: add a card with `fieldkit trust add FILE.fkid`.",
            )
        )
    else:
        for key in keys:
            print(_line(key, collisions.get(key.fingerprint, [])), file=ctx.out)
        if collisions:
            ctx.say(
                translate(
                    "cli",
                    "Some trusted cards have the same name (or names that look the same): tell "
                    "them apart by fingerprint, and rename one with `fieldkit trust add CARD.fkid "
                    "--name NAME`.",
                )
            )
        unverified = [k for k in keys if not k.revoked and k.role == "coordinator"]
        if any(not k.verified for k in unverified):
            ctx.say(
                translate(
                    "cli",
                    "Unverified coordinators do not receive bundles unless named with "
                    "`export --to`. To verify one, compare its fingerprint with its holder in "
                    "person or by phone (they read theirs with `fieldkit identity show`), then run "
                    "`fieldkit trust add CARD.fkid --verified`.",
                )
            )
    return EXIT_OK


def cmd_revoke(ctx: Context) -> int:
    wanted: str = ctx.args.fingerprint
    with open_vault(ctx) as vault, vault.transaction() as db:
        before = trust.get(db, wanted)
        key = trust.revoke(db, wanted)
    if ctx.json:
        ctx.emit(key.to_json())
    elif before is not None and before.revoked:
        already = translate("cli", "{name} ({fingerprint}) was already revoked on {date}.")
        ctx.say(
            already.format(
                name=isolate(key.name),
                fingerprint=ltr(key.display_fingerprint),
                date=key.revoked_at,
            )
        )
    else:
        revoked = translate(
            "cli",
            "Revoked {name} ({fingerprint}): bundles and revisions signed by this key are no "
            "longer accepted.",
        )
        # The display form, as the app's People page and `trust list` show the key.
        ctx.say(revoked.format(name=isolate(key.name), fingerprint=ltr(key.display_fingerprint)))
    return EXIT_OK
