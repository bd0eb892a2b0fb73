"""Where the archive lives: its PostgreSQL database and its S3 bucket (options or environment)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from fieldkit import logs
from fieldkit.errors import UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text

ENV_DB = "FIELDKIT_ARCHIVE_DB"
ENV_S3 = "FIELDKIT_ARCHIVE_S3"
ENV_ENDPOINT = "FIELDKIT_ARCHIVE_ENDPOINT"
ENV_RETENTION_DAYS = "FIELDKIT_ARCHIVE_RETENTION_DAYS"
ENV_LOCK_MODE = "FIELDKIT_ARCHIVE_LOCK_MODE"
LOCK_MODES = ("GOVERNANCE", "COMPLIANCE")
#: What the archive lacks: an option or its environment variable, in a list.
EITHER = QT_TRANSLATE_NOOP("errors", "{option} or {variable}")
AND_MORE = QT_TRANSLATE_NOOP("errors", "{list}, {item}")


# A password on the command line is visible to every user of the machine (`ps`).
PASSWORD_IN_ARGV_TEMPLATE = QT_TRANSLATE_NOOP(
    "cli",
    "Warning: --db carries a password, and other users of this computer can read it in the "
    "list of running processes; set {variable} or use a .pgpass file instead.",
)
PASSWORD_IN_ARGV = PASSWORD_IN_ARGV_TEMPLATE.format(variable=ENV_DB)  # in English
_KV_PASSWORD = re.compile(r"(?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']+)")
_URI = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)


def dsn_password(dsn: str) -> str | None:
    """The password a PostgreSQL connection string carries, as written in it (a URI's
    ``user:password@`` or ``?password=``, or a ``password=`` keyword), else None. Never
    raises, even for a malformed string (libpq would quote that one whole in its error)."""
    if _URI.match(dsn):
        rest = _URI.sub("", dsn, count=1)
        authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
        userinfo = authority.rpartition("@")[0] if "@" in authority else ""
        if ":" in userinfo:
            return userinfo.partition(":")[2] or None
        query = rest.partition("?")[2].partition("#")[0]
        for pair in query.split("&"):
            key, _, value = pair.partition("=")
            if key == "password" and value:
                return value
        return None
    found = _KV_PASSWORD.search(dsn)
    if not found:
        return None
    value = found.group(1)
    return value[1:-1] if value.startswith("'") and value.endswith("'") else value


def scrub(text: str, dsn: str) -> str:
    """``text`` without the connection string's password (as written, decoded or unescaped)."""
    password = dsn_password(dsn)
    if not password:
        return text
    for form in sorted({password, unquote(password), password.replace("\\", "")}, key=len)[::-1]:
        if form:
            text = text.replace(form, "***")
    return text


class ArchiveDatabaseError(
    UsageError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Check --db (or FIELDKIT_ARCHIVE_DB) and that the server is running."
    ),
):
    """PostgreSQL could not be reached, or the connection string is not valid."""


@dataclass(frozen=True)
class ArchiveConfig:
    dsn: str = field(repr=False)  # may carry a password
    s3_url: str
    endpoint: str
    region: str | None = None
    credentials_file: Path | None = None
    retention_days: int = 3650
    lock_mode: str = "GOVERNANCE"

    @classmethod
    def from_options(
        cls,
        db: str | None,
        s3: str | None,
        endpoint: str | None,
        region: str | None = None,
        credentials_file: str | None = None,
        retention_days: int | None = None,
        lock_mode: str | None = None,
    ) -> ArchiveConfig:
        """Options first, then FIELDKIT_ARCHIVE_*; raises UsageError naming what is missing."""
        dsn = db or os.environ.get(ENV_DB)
        url = s3 or os.environ.get(ENV_S3)
        end = endpoint or os.environ.get(ENV_ENDPOINT)
        missing = [
            # "--db or FIELDKIT_ARCHIVE_DB" was one English phrase in every language: the "or"
            # and the list's commas are translated, the option and the variable are not.
            Text("errors", EITHER, option=option, variable=variable)
            for option, variable, value in (
                ("--db", ENV_DB, dsn),
                ("--s3", ENV_S3, url),
                ("--endpoint", ENV_ENDPOINT, end),
            )
            if not value
        ]
        if missing:
            listed = missing[0]
            for more in missing[1:]:
                listed = Text("errors", AND_MORE, list=listed, item=more)
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "The archive needs {missing}."),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Give the PostgreSQL connection string, the bucket and the S3 endpoint.",
                ),
                missing=listed,
            )
        days = retention_days
        if days is None:
            try:
                days = int(os.environ.get(ENV_RETENTION_DAYS, "3650"))
            except ValueError:
                raise UsageError(
                    QT_TRANSLATE_NOOP("errors", "{variable} is not a number of days."),
                    variable=ENV_RETENTION_DAYS,
                ) from None
        if days < 0:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "The retention must be zero or more days.")
            )
        mode = (lock_mode or os.environ.get(ENV_LOCK_MODE) or "GOVERNANCE").upper()
        if mode not in LOCK_MODES:
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "The object-lock mode is GOVERNANCE or COMPLIANCE.")
            )
        assert dsn and url and end  # noqa: S101 - checked above, for the type checker
        # As for sync targets: http(s), and never credentials in it (refused unquoted), so no
        # storage error, log line or stored reason can carry them.
        from fieldkit.sync.s3target import check_endpoint

        end = check_endpoint(end)
        password = dsn_password(dsn)
        if password:  # never in a log line, whatever quotes it
            logs.redact(password)
            logs.redact(unquote(password))
        return cls(
            dsn,
            url,
            end,
            region,
            Path(credentials_file) if credentials_file else None,
            days,
            mode,
        )
