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
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit import logs, passphrase_policy
from fieldkit.errors import UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.passphrase_policy import REASONS

# What read_secret_file's callers name their file ("The {what} file … does not exist"): listed
# so that each language has them, in the form its sentence needs.
SECRET_FILE_KINDS = (
    QT_TRANSLATE_NOOP("errors", "passphrase"),
    QT_TRANSLATE_NOOP("errors", "new passphrase"),
    QT_TRANSLATE_NOOP("errors", "key passphrase"),
    QT_TRANSLATE_NOOP("errors", "recovery key"),
)

ENV_PASSPHRASE = "FIELDKIT_PASSPHRASE"  # noqa: S105 - a variable name
ENV_NEW_PASSPHRASE = "FIELDKIT_NEW_PASSPHRASE"  # noqa: S105 - a variable name
# S3 sync targets (SPEC §11): read once by `sync target add`, then kept only inside the vault.
ENV_AWS_ACCESS_KEY = "AWS_ACCESS_KEY_ID"
ENV_AWS_SECRET_KEY = "AWS_SECRET_ACCESS_KEY"  # noqa: S105 - a variable name
ENV_AWS_SESSION_TOKEN = "AWS_SESSION_TOKEN"  # noqa: S105 - a variable name
MIN_PASSPHRASE_LENGTH = passphrase_policy.MIN_LENGTH


@dataclass
class EnvironmentSecrets:
    """Secrets taken out of the environment at start-up."""

    passphrase: str | None = None
    new_passphrase: str | None = None
    aws_access_key: str | None = None
    aws_secret_key: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:  # never a secret, not even in a traceback's locals
        return "EnvironmentSecrets(…)"


def take_from_environment() -> EnvironmentSecrets:
    """Remove the passphrase and AWS credential variables from os.environ; return their values.

    No child process inherits them, and the AWS ones never reach botocore's own environment
    look-ups: an S3 target uses only the credentials kept in its vault."""
    found = EnvironmentSecrets(
        passphrase=os.environ.pop(ENV_PASSPHRASE, None),
        new_passphrase=os.environ.pop(ENV_NEW_PASSPHRASE, None),
        aws_access_key=os.environ.pop(ENV_AWS_ACCESS_KEY, None),
        aws_secret_key=os.environ.pop(ENV_AWS_SECRET_KEY, None),
    )
    os.environ.pop(ENV_AWS_SESSION_TOKEN, None)
    for value in (found.passphrase, found.new_passphrase, found.aws_secret_key):
        if value:
            logs.redact(value)
    return found


def s3_credentials(file: Path | None, env: EnvironmentSecrets) -> tuple[str, str]:
    """(access key, secret) for an S3 target: ``file`` in the AWS shared-credentials format
    (``[default]`` ``aws_access_key_id`` / ``aws_secret_access_key``), else the AWS variables
    taken from the environment, else asked at a terminal (the secret without echo).

    Raises UsageError (exit 2) naming what is missing; never prints or logs the secret."""
    if file is not None:
        from fieldkit.sync.s3client import parse_credentials_file

        found = parse_credentials_file(file)
        logs.redact(found.secret_key)
        return found.access_key, found.secret_key
    if env.aws_access_key and env.aws_secret_key:
        return env.aws_access_key, env.aws_secret_key
    if interactive():
        access = input("S3 access key id: ").strip()
        secret = getpass.getpass("S3 secret access key: ").strip()
        if not access or not secret:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "An S3 target needs an access key and a secret.")
            )
        logs.redact(secret)
        return access, secret
    raise UsageError(
        QT_TRANSLATE_NOOP(
            "errors", "No S3 credentials were given and there is no terminal to ask for them."
        ),
        message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Use --credentials-file FILE (AWS credentials format) or set {access} and "
                "{secret}.",
            ),
            access=ENV_AWS_ACCESS_KEY,
            secret=ENV_AWS_SECRET_KEY,
        ),
    )


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
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The {what} file {path} does not exist."),
            what=what,
            path=str(path),
        ) from None
    except (OSError, UnicodeDecodeError):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The {what} file {path} cannot be read as text."),
            what=what,
            path=str(path),
        ) from None
    text = first_line(text)
    if not text:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The {what} file {path} is empty."),
            what=what,
            path=str(path),
        )
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
        QT_TRANSLATE_NOOP(
            "errors", "No passphrase was given and there is no terminal to ask for one."
        ),
        message(
            QT_TRANSLATE_NOOP("errors", "Use --passphrase-file FILE or set {variable}."),
            variable=ENV_PASSPHRASE,
        ),
    )


def check_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Refuse a guessable passphrase (see :mod:`fieldkit.passphrase_policy`, the app's rule too),
    saying why and what to do instead, in words a tired person can follow."""
    verdict = passphrase_policy.assess(passphrase, user_inputs)
    if not verdict.acceptable:
        # Templates: each front end says them in the reader's language.
        raise UsageError(REASONS[verdict.reason], verdict.suggestion, **verdict.params)


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
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "The two passphrases differ; nothing was changed.")
            )
        logs.redact(value)
    else:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "No new passphrase was given and there is no terminal to ask for one."
            ),
            message(
                QT_TRANSLATE_NOOP("errors", "Use a passphrase file option or set {variable}."),
                variable=env_name,
            ),
        )
    check_strength(value, user_inputs)
    return value
