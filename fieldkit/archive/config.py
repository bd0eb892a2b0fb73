"""Where the archive lives: its PostgreSQL database and its S3 bucket (options or environment)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.errors import UsageError

ENV_DB = "FIELDKIT_ARCHIVE_DB"
ENV_S3 = "FIELDKIT_ARCHIVE_S3"
ENV_ENDPOINT = "FIELDKIT_ARCHIVE_ENDPOINT"
ENV_RETENTION_DAYS = "FIELDKIT_ARCHIVE_RETENTION_DAYS"
ENV_LOCK_MODE = "FIELDKIT_ARCHIVE_LOCK_MODE"
LOCK_MODES = ("GOVERNANCE", "COMPLIANCE")


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
            name
            for name, value in (
                (f"--db or {ENV_DB}", dsn),
                (f"--s3 or {ENV_S3}", url),
                (f"--endpoint or {ENV_ENDPOINT}", end),
            )
            if not value
        ]
        if missing:
            raise UsageError(
                "The archive needs " + ", ".join(missing) + ".",
                "Give the PostgreSQL connection string, the bucket and the S3 endpoint.",
            )
        days = retention_days
        if days is None:
            try:
                days = int(os.environ.get(ENV_RETENTION_DAYS, "3650"))
            except ValueError:
                raise UsageError(f"{ENV_RETENTION_DAYS} is not a number of days.") from None
        if days < 0:
            raise UsageError("The retention must be zero or more days.")
        mode = (lock_mode or os.environ.get(ENV_LOCK_MODE) or "GOVERNANCE").upper()
        if mode not in LOCK_MODES:
            raise UsageError("The object-lock mode is GOVERNANCE or COMPLIANCE.")
        assert dsn and url and end  # noqa: S101 - checked above, for the type checker
        return cls(
            dsn,
            url,
            end,
            region,
            Path(credentials_file) if credentials_file else None,
            days,
            mode,
        )
