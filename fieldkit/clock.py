"""The one clock of stored timestamps (issue 14: one rule, one place).

Every ``created_at``, ``seen_at``, ``imported_at``… FieldKit writes is this: the UTC time in
ISO 8601 with whole seconds and an explicit offset (``2026-12-05T20:05:42+00:00``). Records
have their own hybrid logical clock (:mod:`fieldkit.records.revision`); this is wall time.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    """The current UTC time, ISO 8601, whole seconds (``2026-12-05T20:05:42+00:00``)."""
    return datetime.now(UTC).isoformat(timespec="seconds")
