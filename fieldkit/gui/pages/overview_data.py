"""The Overview's numbers, read on a worker thread over a read-only connection (the queries are
the core's :mod:`fieldkit.records.stats`)."""

from __future__ import annotations

from fieldkit.gui.session import Session
from fieldkit.records.stats import Immediate, OverviewData, Sender, overview


def load_overview(session: Session) -> OverviewData:
    conn = session.read_connection()
    try:
        return overview(conn)
    finally:
        conn.close()


__all__ = ["Immediate", "OverviewData", "Sender", "load_overview"]
