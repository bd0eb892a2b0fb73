"""Logging to a rotating file in the platform's log folder, and report ids for bugs.

What may be logged: ids (shortened), counts, durations, error classes, file names FieldKit
chose itself. What may never be logged: record text, locations, passphrases, keys, names of
people or places. Log calls in the core pass only such values; the filter below is a second
line of defence that drops the process's passphrase from any message, should one ever slip in.
"""

from __future__ import annotations

import logging
import logging.handlers
import secrets
import traceback
from pathlib import Path

import platformdirs

APP_NAME = "FieldKit"
LOG_NAME = "fieldkit.log"
_handler: logging.Handler | None = None
_redactions: set[str] = set()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def redact(secret: str) -> None:
    """Never let ``secret`` (e.g. the passphrase just read) appear in the log."""
    if len(secret) >= 4:
        _redactions.add(secret)


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _redactions:
            message = record.getMessage()
            if any(secret in message for secret in _redactions):
                for secret in _redactions:
                    message = message.replace(secret, "[redacted]")
                record.msg, record.args = message, None
        return True


def setup(level: int = logging.INFO) -> Path | None:
    """Send the `fieldkit` loggers to the rotating log file; returns its path (None if unwritable).

    An unwritable log folder (read-only home, full disk) must not stop the app: logging then
    goes nowhere rather than failing the user's work.
    """
    global _handler
    logger = logging.getLogger("fieldkit")
    logger.setLevel(level)
    logger.propagate = False
    if _handler is not None:
        return log_file()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        path.chmod(0o600)
    except OSError:
        handler = logging.NullHandler()
        path = None  # type: ignore[assignment]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_RedactingFilter())
    logger.addHandler(handler)
    _handler = handler
    return path


def report_bug(exc: BaseException) -> str:
    """Log an unexpected exception with a new report id; returns the id to show the user.

    Only the exception's type and the traceback's file/line/function names are logged, not its
    message or local values: a message could quote record text (e.g. a failed SQL value).
    """
    report_id = secrets.token_hex(4)
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in frames[::-1]
    )
    logging.getLogger("fieldkit.bug").error(
        "report %s: %s at %s", report_id, type(exc).__name__, where or "?"
    )
    return report_id


def shutdown() -> None:
    """Detach and close the log file handler (tests use this to start each test afresh)."""
    global _handler
    if _handler is not None:
        logging.getLogger("fieldkit").removeHandler(_handler)
        _handler.close()
        _handler = None
    _redactions.clear()
