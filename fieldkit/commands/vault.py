"""Vault commands: init, passwd, rekey, shred, backup, restore (SPEC §3, §11)."""

from __future__ import annotations

import argparse
import contextlib
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from fieldkit import credentials
from fieldkit.cli import Context
from fieldkit.commands.options import emit_or_say, option, output_option, subcommand
from fieldkit.commands.progress import interruptible, phase_label, printer, printing
from fieldkit.errors import EXIT_OK, UsageError, VaultInUseError
from fieldkit.fsutil import fsync_dir
from fieldkit.i18n import QT_TRANSLATE_NOOP, fill, localise, ltr, number, translate
from fieldkit.identity.card import check_owner_names
from fieldkit.tasks import Progress, ProgressSink
from fieldkit.vault import Vault, backup, backup_in_use, restore, shred, vault_summary
from fieldkit.vault.backup_checks import missing_photos
from fieldkit.vault.lock import VaultLock
from fieldkit.vault.media import MISSING_PHOTO_HINT
from fieldkit.vault.vault import ROLES, require_absent_or_empty

SHRED_WORD = "SHRED"
FIRST_LINE_HELP = QT_TRANSLATE_NOOP(
    "help",
    "read the new passphrase from the first line of FILE (a UTF-8 BOM and the line ending are "
    "ignored; later lines too)",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subcommand(sub, "init", common, translate("help", "create a new vault"), cmd_init)
    option(
        p,
        "--name",
        None,
        translate("help", "a name for this vault (e.g. your own name)"),
        required=True,
    )
    option(p, "--org", None, translate("help", "organisation"), default="")
    option(p, "--role", None, choices=ROLES, default="field")
    option(
        p,
        "--recovery-key-file",
        "F",
        translate("help", "write the recovery key to F instead of printing it"),
    )

    p = subcommand(sub, "passwd", common, translate("help", "change the passphrase"), cmd_passwd)
    option(
        p,
        "--recovery-key-file",
        "F",
        translate("help", "unlock with the recovery key on the first line of F (lost passphrase)"),
    )
    option(p, "--new-passphrase-file", "FILE", translate("help", FIRST_LINE_HELP))

    p = subcommand(
        sub,
        "rekey",
        common,
        translate("help", "new keys, passphrase and recovery key: re-encrypt the whole vault"),
        cmd_rekey,
    )
    option(p, "--new-passphrase-file", "FILE", translate("help", FIRST_LINE_HELP))
    option(p, "--recovery-key-file", "F", translate("help", "write the new recovery key to F"))

    p = subcommand(
        sub,
        "shred",
        common,
        translate("help", "destroy the vault's keys (irreversible)"),
        cmd_shred,
    )
    option(
        p,
        "--confirm",
        "WORD",
        translate("help", "type {word} here when there is no terminal").format(word=SHRED_WORD),
    )

    p = subcommand(
        sub, "backup", common, translate("help", "write an encrypted backup while open"), cmd_backup
    )
    output_option(p, "DIR", translate("help", "new or empty folder"))

    p = subcommand(
        sub, "restore", common, translate("help", "restore a backup into --vault"), cmd_restore
    )
    option(p, "backup_dir", "DIR", translate("help", "a folder written by `fieldkit backup`"))
    option(
        p,
        "--recovery-key-file",
        "F",
        translate("help", "unlock the backup with the recovery key on the first line of F"),
    )


# The live line while a newer FieldKit upgrades the vault on its first open: "Updating this
# vault for the new version of FieldKit (once only)…  40%".
UPGRADE_LINE = QT_TRANSLATE_NOOP("cli", "{label} {percent}%")


def upgrade_printer(ctx: Context) -> ProgressSink | None:
    """What :meth:`Vault.open` tells of a schema upgrade, on one live line of stderr on a
    terminal only (nothing in --json output, pipes or logs), redrawn and ended as every
    progress line is (:func:`fieldkit.commands.progress.printer`). Silent when there is no
    upgrade."""

    def text(progress: Progress) -> str:
        return fill(
            translate("cli", UPGRADE_LINE),
            UPGRADE_LINE,
            label=phase_label(progress),
            percent=str(progress.percent or 0),
        )

    return printer(ctx, text=text)


def _open(ctx: Context, path: Path, passphrase: str | None = None, **kw: Any) -> Vault:
    """:meth:`Vault.open`, showing the schema upgrade if one runs (a line left half-way by an
    error is ended, so the error starts on a line of its own)."""
    try:
        return Vault.open(path, passphrase, progress=upgrade_printer(ctx), **kw)
    finally:
        ctx.end_line()


def open_vault(ctx: Context, purpose: str = "unlock the vault") -> Vault:
    """Open the vault the options name, with the passphrase from wherever it was given."""
    path = ctx.vault_path()
    summary = vault_summary(path)  # fails plainly if there is no vault: before any prompt
    if summary["shredded"]:
        from fieldkit.errors import VaultShreddedError

        raise VaultShreddedError(
            QT_TRANSLATE_NOOP("errors", "This vault was shredded: its keys were destroyed.")
        )
    passphrase = credentials.existing_passphrase(ctx.passphrase_file(), ctx.env, purpose)
    vault = _open(ctx, path, passphrase)
    for warning in vault.warnings:
        ctx.say(translate("cli", "Warning: {text}").format(text=localise(warning)))
    return vault


@contextlib.contextmanager
def vault_if_named(ctx: Context) -> Iterator[Vault | None]:
    """For verification: the vault ``--vault`` names, open (to inspect encrypted content), and
    closed after; else None. SPEC §7: verification never opens a vault unless --vault is given
    explicitly (not even FIELDKIT_VAULT): an auditor's machine may have no vault, or someone
    else's."""
    if not getattr(ctx.args, "vault", None):
        yield None
        return
    vault = open_vault(ctx, "unlock the vault (to inspect encrypted content)")
    try:
        yield vault
    finally:
        vault.close()


def _new_passphrase(ctx: Context, vault: Vault) -> str:
    """The new passphrase: from --new-passphrase-file, the environment, or asked twice; the
    vault owner's name and organisation are refused in it, as `init` refuses them."""
    new_file = ctx.args.new_passphrase_file
    return credentials.new_passphrase(
        Path(new_file) if new_file else None,
        ctx.env.new_passphrase,
        credentials.ENV_NEW_PASSPHRASE,
        user_inputs=vault.owner_words(),
    )


def _check_recovery_key_folder(file: str | None) -> None:
    """Say before any slow work that the recovery key file cannot be written there."""
    if file and not Path(file).parent.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The folder for the recovery key file {path} does not exist; nothing was changed.",
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Create the folder or choose another file, then run the command again."
            ),
            path=file,
        )
    if file and os.path.lexists(file):
        raise _recovery_key_file_exists(file)


def _recovery_key_file_exists(file: str) -> UsageError:
    # Never overwritten: it may hold the recovery key that still opens this vault, and a
    # key written there before a change that then fails would replace it with a useless one.
    return UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "The recovery key file {path} already exists; nothing was changed."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Choose a new file name (the existing file may hold the key that still opens the "
            "vault).",
        ),
        path=file,
    )


def _write_new_key_file(file: str, key: str) -> None:
    """Create ``file`` (never replacing one), private, with the key, and make it durable."""
    path = Path(file)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise _recovery_key_file_exists(file) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write((key + "\n").encode("ascii"))
            fh.flush()
            os.fsync(fh.fileno())
        fsync_dir(path.parent)
    except BaseException:
        path.unlink(missing_ok=True)  # half a key is no key: the change will not happen
        raise


def _recovery_key_deliverer(ctx: Context, file: str | None, data: dict[str, Any]) -> Any:
    """The callback the core calls with the new recovery key BEFORE its commit point.

    Written and fsynced to ``file``, or printed and flushed (in --json mode the whole JSON
    answer, which then exists before the change commits: if the commit fails, the exit code
    and the message on stderr say so). If delivering fails, the core changes nothing.
    """

    def deliver(key: str) -> None:
        if file:
            _write_new_key_file(file, key)
            data["recovery_key_file"] = file
            if not ctx.json:
                written = translate(
                    "cli", "The recovery key was written to {path}: print it, then delete the file."
                )
                ctx.say(written.format(path=ltr(file)))
        elif not ctx.json:
            ctx.say(
                translate(
                    "cli",
                    "Your recovery key (shown only this once). Write it down or print it and keep "
                    "it apart from this computer: it opens the vault if the passphrase is "
                    "forgotten.",
                )
            )
            print(key, file=ctx.out)
        if ctx.json:
            if not file:
                data["recovery_key"] = key
            ctx.emit(data)
        ctx.out.flush()

    return deliver


def cmd_init(ctx: Context) -> int:
    path = ctx.vault_path()
    require_absent_or_empty(path)  # say so before asking for a passphrase
    check_owner_names(ctx.args.name, ctx.args.org)
    _check_recovery_key_folder(ctx.args.recovery_key_file)
    file = ctx.passphrase_file()
    passphrase = credentials.new_passphrase(
        file,
        ctx.env.passphrase,
        credentials.ENV_PASSPHRASE,
        user_inputs=[v for v in (ctx.args.name, ctx.args.org) if v],
    )
    if not ctx.json:
        ctx.say(
            translate("cli", "Creating the vault (measuring this computer's speed for the key)…")
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    # The id is chosen here so that the --json answer, written before the commit, can hold it.
    vault_id = str(uuid.uuid4())
    data: dict[str, Any] = {"vault": str(path), "vault_id": vault_id, "role": ctx.args.role}
    vault, _rkey = Vault.create(
        path,
        passphrase,
        name=ctx.args.name,
        organisation=ctx.args.org,
        role=ctx.args.role,
        vault_id=vault_id,
        deliver_recovery_key=_recovery_key_deliverer(ctx, ctx.args.recovery_key_file, data),
    )
    with vault:
        info = vault.info()
    if not ctx.json:
        created = translate("cli", "Created a vault in {path} (id {id}).")
        ctx.say(created.format(path=ltr(str(path)), id=info.vault_id[:8]))
    return EXIT_OK


def cmd_passwd(ctx: Context) -> int:
    path = ctx.vault_path()
    if ctx.args.recovery_key_file:
        typed = credentials.read_secret_file(Path(ctx.args.recovery_key_file), "recovery key")
        vault_summary(path)
        vault = _open(ctx, path, recovery_key=typed)
    else:
        vault = open_vault(ctx, "unlock the vault (current passphrase)")
    with vault:
        new = _new_passphrase(ctx, vault)
        vault.change_passphrase(new)
    emit_or_say(
        ctx,
        {"vault": str(path), "passphrase_changed": True},
        translate(
            "cli", "The passphrase was changed. Backups made before still open with the old one."
        ),
    )
    return EXIT_OK


def cmd_rekey(ctx: Context) -> int:
    path = ctx.vault_path()
    file = ctx.passphrase_file()
    vault_summary(path)
    _check_recovery_key_folder(ctx.args.recovery_key_file)
    passphrase = credentials.existing_passphrase(file, ctx.env, "unlock the vault")
    vault = _open(ctx, path, passphrase)
    with vault:
        new = _new_passphrase(ctx, vault)
        if not ctx.json:
            ctx.say(translate("cli", "Re-encrypting the database and every photo with new keys…"))
        data: dict[str, Any] = {"vault": str(path), "rekeyed": True}
        deliver = _recovery_key_deliverer(ctx, ctx.args.recovery_key_file, data)
        with interruptible() as cancel, printing(ctx) as show:
            vault.rekey(new, progress=show, deliver_recovery_key=deliver, cancel=cancel)
    if not ctx.json:
        ctx.say(
            translate(
                "cli",
                "Done: new keys and the new passphrase; the old passphrase and recovery key no "
                "longer open this vault. "
                "Backups made before keep their old keys and still open with the old passphrase "
                "and recovery key: destroy them if those may be compromised.",
            )
        )
    return EXIT_OK


def cmd_shred(ctx: Context) -> int:
    path = ctx.vault_path()
    summary = vault_summary(path)
    if summary["shredded"]:
        ctx.say(translate("cli", "This vault is already shredded."))
        return EXIT_OK
    typed = ctx.args.confirm
    if typed is None:
        if not credentials.interactive():
            raise UsageError(
                translate("cli", "Shredding needs a typed confirmation and there is no terminal."),
                translate(
                    "cli", "Add --confirm {word} to destroy the vault's keys for good."
                ).format(word=SHRED_WORD),
            )
        ctx.say(
            translate(
                "cli",
                "This destroys the keys of the vault in {path}. Nobody, not even with the recovery "
                "key, will ever read it again.",
            ).format(path=ltr(str(path)))
        )
        # The word to type stays SHRED in every language: the program checks for it.
        typed = input(translate("cli", "Type {word} to confirm: ").format(word=SHRED_WORD))
    if typed.strip() != SHRED_WORD:
        raise UsageError(translate("cli", "Not confirmed; nothing was destroyed."))
    shred(path)
    emit_or_say(
        ctx,
        {"vault": str(path), "shredded": True},
        translate(
            "cli",
            "The vault's keys are destroyed. On SSDs and USB sticks old copies of blocks may "
            "survive; full-disk encryption protects against that.",
        ),
    )
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    dest = Path(ctx.args.output)
    path = ctx.vault_path()
    in_use = VaultLock(path).is_held_elsewhere()
    if not in_use:
        try:
            vault = open_vault(ctx)
        except VaultInUseError:
            in_use = True  # the app opened it in the meantime
        else:
            # Only the open falls back: an error of the backup itself is said as it is.
            with vault, interruptible() as cancel, printing(ctx) as show:
                result = backup(vault, dest, show, cancel)
    if in_use:
        # The desktop app (or another command) has the vault open: back up a read-only
        # snapshot instead of refusing (the README promises backups of a vault in use).
        vault_summary(path)
        passphrase = credentials.existing_passphrase(
            ctx.passphrase_file(), ctx.env, "unlock the vault"
        )
        with interruptible() as cancel, printing(ctx) as show:
            result = backup_in_use(path, dest, passphrase, progress=show, cancel=cancel)
    if ctx.json:
        ctx.emit(
            {
                "backup": str(result.path),
                "files": result.files,
                "bytes": result.bytes,
                "vault_in_use": in_use,
                "missing_photos": list(result.missing),
            }
        )
    else:
        written = translate(
            "cli",
            "Backup written to {path} (files: {files}, bytes: {size}). It opens with this vault's "
            "current passphrase and recovery key.",
        )
        ctx.say(
            written.format(
                path=ltr(str(result.path)), files=result.files, size=number(result.bytes)
            )
        )
        if in_use:
            ctx.say(
                translate(
                    "cli",
                    "The vault is open in another FieldKit window or command: the backup is a "
                    "consistent snapshot, and is not listed in the vault's audit log.",
                )
            )
        if result.missing:
            _say_missing(
                ctx,
                translate(
                    "cli",
                    "%n photo(s) could not be backed up: the vault's media folder has lost "
                    "their files. The backup lists them as missing:",
                    "",
                    len(result.missing),
                ),
                result.missing,
            )
    return EXIT_OK


def _say_missing(ctx: Context, sentence: str, missing: Sequence[str]) -> None:
    """Name each missing photo file (its path in the vault folder) and what to do."""
    ctx.say(sentence)
    for rel in missing:
        ctx.say("  " + ltr(rel))
    ctx.say(translate("errors", MISSING_PHOTO_HINT))


def cmd_restore(ctx: Context) -> int:
    target = ctx.vault_path()
    src = Path(ctx.args.backup_dir)
    require_absent_or_empty(target)  # say so before asking for a passphrase
    if ctx.args.recovery_key_file:
        typed = credentials.read_secret_file(Path(ctx.args.recovery_key_file), "recovery key")
        passphrase = None
    else:
        typed = None
        passphrase = credentials.existing_passphrase(
            ctx.passphrase_file(), ctx.env, "unlock the backup"
        )
    with interruptible() as cancel, printing(ctx) as show:
        vault = restore(src, target, passphrase, recovery_key=typed, progress=show, cancel=cancel)
    with vault:
        info = vault.info()
        missing = missing_photos(vault)
    emit_or_say(
        ctx,
        {
            "vault": str(target),
            "vault_id": info.vault_id,
            "epoch": info.epoch,
            "missing_photos": missing,
        },
        translate(
            "cli",
            "Restored into {path}. Its bundles now start a new series, so colleagues can tell "
            "them apart from those sent before the backup.",
        ).format(path=ltr(str(target)))
        + " "
        # The copy signs with the original's identity key: both in use fork their bundles.
        + translate(
            "cli",
            "It has the same identity key as the original: use it INSTEAD of the lost or "
            "damaged vault, never both, or colleagues receive two different versions of your "
            "work.",
        ),
    )
    if missing and not ctx.json:
        _say_missing(
            ctx,
            translate(
                "cli",
                "The restored vault lacks %n photo(s): the vault had lost their files before "
                "this backup was made, and the backup lists them as missing:",
                "",
                len(missing),
            ),
            missing,
        )
    return EXIT_OK
