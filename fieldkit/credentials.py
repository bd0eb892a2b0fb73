"""Where passphrases and recovery keys come from: a file, the environment, or a terminal prompt.

`FIELDKIT_PASSPHRASE` (and `FIELDKIT_NEW_PASSPHRASE`) are for automation. They are removed from
the process environment as soon as the command starts (:func:`take_from_environment`), so no
child process ever inherits them. Nothing prompts when stdin is not a terminal: the caller gets
a UsageError (exit 2) naming what is missing.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fieldkit import logs, passphrase_policy
from fieldkit.errors import UsageError

ENV_PASSPHRASE = "FIELDKIT_PASSPHRASE"  # noqa: S105 - a variable name
ENV_NEW_PASSPHRASE = "FIELDKIT_NEW_PASSPHRASE"  # noqa: S105 - a variable name
MIN_PASSPHRASE_LENGTH = passphrase_policy.MIN_LENGTH


@dataclass
class EnvironmentSecrets:
    """Secrets taken out of the environment at start-up."""

    passphrase: str | None = None
    new_passphrase: str | None = None


def take_from_environment() -> EnvironmentSecrets:
    """Remove the passphrase variables from os.environ and return their values."""
    found = EnvironmentSecrets(
        passphrase=os.environ.pop(ENV_PASSPHRASE, None),
        new_passphrase=os.environ.pop(ENV_NEW_PASSPHRASE, None),
    )
    for value in (found.passphrase, found.new_passphrase):
        if value:
            logs.redact(value)
    return found


def first_line(text: str) -> str:
    """The first line of a secret file's text: no UTF-8 byte-order mark, no line ending.

    Editors on Windows add a BOM and CRLF; a second line (a note, a trailing newline) is never
    part of the secret. Only the line break is removed, never spaces: they may be part of it.
    """
    text = text.removeprefix("\ufeff")
    line = text.split("\n", 1)[0]
    return line.removesuffix("\r")


def read_secret_file(path: Path, what: str) -> str:
    """The FIRST LINE of the file (see :func:`first_line`). Raises UsageError if unusable."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"The {what} file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError):
        raise UsageError(f"The {what} file {path} cannot be read as text.") from None
    text = first_line(text)
    if not text:
        raise UsageError(f"The {what} file {path} is empty.")
    logs.redact(text)
    return text


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def existing_passphrase(file: Path | None, env: EnvironmentSecrets, purpose: str) -> str:
    """The passphrase of an existing vault (``purpose`` completes "Passphrase to ...")."""
    if file is not None:
        return read_secret_file(file, "passphrase")
    if env.passphrase is not None:
        return env.passphrase
    if interactive():
        value = getpass.getpass(f"Passphrase to {purpose}: ")
        logs.redact(value)
        return value
    raise UsageError(
        "No passphrase was given and there is no terminal to ask for one.",
        f"Use --passphrase-file FILE or set {ENV_PASSPHRASE}.",
    )


def check_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Refuse a guessable passphrase (see :mod:`fieldkit.passphrase_policy`, the app's rule too),
    saying why and what to do instead, in words a tired person can follow."""
    verdict = passphrase_policy.assess(passphrase, user_inputs)
    if not verdict.acceptable:
        raise UsageError(verdict.text, verdict.suggestion)


def new_passphrase(
    file: Path | None, env_value: str | None, env_name: str, user_inputs: Iterable[str] = ()
) -> str:
    """A new passphrase: from a file or the environment, or typed twice at a terminal.

    ``user_inputs`` (the owner's name, organisation) count as words an attacker tries first."""
    if file is not None:
        value = read_secret_file(file, "new passphrase")
    elif env_value is not None:
        value = env_value
    elif interactive():
        value = getpass.getpass("New passphrase: ")
        again = getpass.getpass("Type it again: ")
        if value != again:
            raise UsageError("The two passphrases differ; nothing was changed.")
        logs.redact(value)
    else:
        raise UsageError(
            "No new passphrase was given and there is no terminal to ask for one.",
            f"Use a passphrase file option or set {env_name}.",
        )
    check_strength(value, user_inputs)
    return value
