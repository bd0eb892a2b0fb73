"""`fieldkit identity show | export | export-age-key` (SPEC §6, §11)."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from fieldkit import credentials, logs
from fieldkit.cli import Context
from fieldkit.commands.options import actions, flag, output_option, subcommand
from fieldkit.commands.vault import open_vault
from fieldkit.crypto import age
from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.errors import EXIT_OK, UsageError
from fieldkit.fsutil import PRIVATE_FILE_MODE, atomic_write
from fieldkit.i18n import ltr, translate
from fieldkit.identity import own
from fieldkit.identity.card import card_bytes, make_card, utc_now
from fieldkit.records.vocabulary_labels import value_label

ENV_KEY_PASSPHRASE = "FIELDKIT_KEY_PASSPHRASE"  # noqa: S105 - a variable name
PUBLIC_FILE_MODE = 0o644


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    isub = actions(sub, "identity", translate("help", "this vault's identity and keys"))
    subcommand(
        isub,
        "show",
        common,
        translate("help", "name, role, fingerprint and public keys of this vault"),
        cmd_show,
    )
    s = subcommand(
        isub,
        "export",
        common,
        translate("help", "write this vault's identity card (.fkid)"),
        cmd_export,
    )
    output_option(s, "FILE.fkid", translate("help", "the card to write"))
    s.add_argument(
        "--minisign-pub",
        metavar="FILE",
        help=translate(
            "help", "also write a standard minisign public-key file (for stock `minisign -V -p`)"
        ),
    )
    s = subcommand(
        isub,
        "export-age-key",
        common,
        translate(
            "help", "write the transport key for stock `age -d -i FILE` (never the storage key)"
        ),
        cmd_export_age_key,
    )
    output_option(s, "FILE", translate("help", "the key file to write"))
    flag(
        s,
        "--no-passphrase",
        translate("help", "write the key unprotected (AGE-SECRET-KEY-1…), mode 0600"),
    )
    s.add_argument(
        "--key-passphrase-file",
        metavar="FILE",
        help=translate(
            "help", "passphrase protecting the exported key (else ${variable} or a prompt)"
        ).format(variable=ENV_KEY_PASSPHRASE),
    )


def _identity_json(me: own.OwnIdentity) -> dict[str, Any]:
    return {
        "name": me.name,
        "organisation": me.organisation,
        "role": me.role,
        "fingerprint": me.fingerprint,
        "display_fingerprint": me.display_fingerprint,
        "minisign_public_key": me.minisign_public,
        "minisign_key_id": MinisignPublicKey(me.key_id, me.public_key).key_id_hex,
        "age_recipient": me.age_recipient,
    }


def cmd_show(ctx: Context) -> int:
    with open_vault(ctx) as vault:
        me = own.load(vault.db)
    data = _identity_json(me)
    if ctx.json:
        ctx.emit(data)
        return EXIT_OK
    key_id = translate("cli", "(key id {id})").format(id=data["minisign_key_id"])
    rows = [
        (translate("cli", "Name:"), me.name),
        (translate("cli", "Organisation:"), me.organisation),
        (translate("cli", "Role:"), value_label(me.role)),
        (translate("cli", "Fingerprint:"), ltr(me.display_fingerprint)),
        ("", ltr(me.fingerprint)),
        (translate("cli", "Minisign public key:"), f"{ltr(me.minisign_public)}  {key_id}"),
        (translate("cli", "Age recipient:"), ltr(me.age_recipient)),
    ]
    width = max(len(label) for label, _ in rows) + 1
    print("\n".join(f"{label:<{width}}{value}" for label, value in rows), file=ctx.out)
    return EXIT_OK


def cmd_export(ctx: Context) -> int:
    target = Path(ctx.args.output)
    pub_target = Path(ctx.args.minisign_pub) if ctx.args.minisign_pub else None
    with open_vault(ctx) as vault:
        me = own.load(vault.db)
    card = make_card(me)
    atomic_write(target, card_bytes(card), PUBLIC_FILE_MODE)
    data: dict[str, Any] = {"card": str(target), "fingerprint": me.fingerprint}
    if pub_target is not None:
        pub = MinisignPublicKey(me.key_id, me.public_key)
        atomic_write(pub_target, pub.file_text().encode("ascii"), PUBLIC_FILE_MODE)
        data["minisign_pub"] = str(pub_target)
    if ctx.json:
        ctx.emit(data)
    else:
        ctx.say(translate("cli", "Identity card written to {path}.").format(path=ltr(str(target))))
        if pub_target is not None:
            written = translate("cli", "Minisign public key written to {path}.")
            ctx.say(written.format(path=ltr(str(pub_target))))
        ctx.say(
            translate(
                "cli",
                "Fingerprint: {fingerprint}. Read it to whoever imports your card (in person or "
                "by phone) so they can check it.",
            ).format(fingerprint=ltr(me.display_fingerprint))
        )
    return EXIT_OK


def _key_passphrase_source(ctx: Context) -> str | None:
    """The export passphrase from the file or the environment (removed from it), if given.

    Raises UsageError (exit 2) when none is given and there is no terminal to ask on.
    """
    env_value = os.environ.pop(ENV_KEY_PASSPHRASE, None)
    file = ctx.args.key_passphrase_file
    if ctx.args.no_passphrase:
        if file or env_value is not None:
            raise UsageError(
                translate(
                    "cli",
                    "--no-passphrase was given together with a passphrase for the exported key.",
                )
            )
        return None
    if file:
        value = credentials.read_secret_file(Path(file), "key passphrase")
    elif env_value is not None:
        value = env_value
        logs.redact(value)
    elif credentials.interactive():
        return None  # asked for once the vault is open
    else:
        raise UsageError(
            translate(
                "cli",
                "No passphrase for the exported key was given and there is no terminal to ask for "
                "one.",
            ),
            translate(
                "cli", "Use --key-passphrase-file FILE, set {variable}, or add --no-passphrase."
            ).format(variable=ENV_KEY_PASSPHRASE),
        )
    credentials.check_strength(value)
    return value


def _prompt_key_passphrase() -> str:
    value = getpass.getpass("Passphrase to protect the exported key: ")
    again = getpass.getpass("Type it again: ")
    if value != again:
        raise UsageError(translate("cli", "The two passphrases differ; no key was written."))
    logs.redact(value)
    credentials.check_strength(value)
    return value


def key_file_text(identity: age.X25519Identity, created: str | None = None) -> str:
    """An identity file as age-keygen writes it."""
    when = utc_now() if created is None else created
    return f"# created: {when}\n# public key: {identity.recipient()}\n{identity}\n"


def cmd_export_age_key(ctx: Context) -> int:
    target = Path(ctx.args.output)
    protect = not ctx.args.no_passphrase
    passphrase = _key_passphrase_source(ctx)  # fails before any vault passphrase is asked
    with open_vault(ctx) as vault:
        me = own.load(vault.db)
        if protect and passphrase is None:
            passphrase = _prompt_key_passphrase()
    text = key_file_text(me.transport_key).encode("ascii")
    if passphrase is not None:
        data = age.encrypt_bytes(text, [age.ScryptRecipient(passphrase)])
    else:
        data = text
    atomic_write(target, data, PRIVATE_FILE_MODE)
    result = {"file": str(target), "age_recipient": me.age_recipient, "passphrase": protect}
    if ctx.json:
        ctx.emit(result)
    if protect:
        if not ctx.json:
            ctx.say(
                translate(
                    "cli",
                    "The transport key was written to {path}, protected by the passphrase you "
                    "gave. Stock age opens files sent to {recipient} with `age -d -i {path} FILE` "
                    "(it asks for that passphrase).",
                ).format(path=ltr(str(target)), recipient=ltr(me.age_recipient))
            )
    else:
        ctx.say(
            translate(
                "cli",
                "Warning: {path} holds the transport secret key UNPROTECTED: anyone who copies it "
                "can read bundles sent to this vault. Keep it on an encrypted drive and delete it "
                "when you no longer need it.",
            ).format(path=ltr(str(target)))
        )
    return EXIT_OK
