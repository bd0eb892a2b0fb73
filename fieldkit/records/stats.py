"""The coordinator's numbers (the desktop app's Overview): counts by severity, urgency, status
and site, the objects needing immediate action, and recent imports per sender with their gaps.

Aggregates straight from the ``records`` view table (indexed by kind, deleted and each of
severity, urgency, status), ``received_bundles`` and ``forks``, over any connection to the vault
database — the app reads them on a worker thread over a read-only one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fieldkit.bundles.importer import stream_gaps
from fieldkit.records.vocabularies import SEVERITY, STATUS, URGENCY

# The order figures are shown in: the vocabularies' own, the worst damage first.
SEVERITY_ORDER = tuple(reversed(SEVERITY))
URGENCY_ORDER = URGENCY
STATUS_ORDER = STATUS
MAX_SITES = 6
MAX_IMMEDIATE = 200


@dataclass
class Immediate:
    record_id: str  # the object (or, for a site report, the damage report)
    is_object: bool
    inventory_number: str
    title: str
    severity: str
    place: str
    observed_at: str


@dataclass
class Sender:
    fingerprint: str
    bundles: int
    last_import: str
    new_revisions: int
    gaps: list[str] = field(default_factory=list)
    forks: int = 0


@dataclass
class OverviewData:
    objects: int = 0
    damage: int = 0
    conflicts: int = 0
    severity: list[tuple[str, int]] = field(default_factory=list)
    urgency: list[tuple[str, int]] = field(default_factory=list)
    status: list[tuple[str, int]] = field(default_factory=list)
    places: list[tuple[str, int]] = field(default_factory=list)
    immediate: list[Immediate] = field(default_factory=list)
    immediate_objects: int = 0
    senders: list[Sender] = field(default_factory=list)


def _ordered(rows: list[tuple[Any, int]], order: tuple[str, ...]) -> list[tuple[str, int]]:
    counts = {("" if k is None else str(k)): int(n) for k, n in rows}
    out = [(k, counts.pop(k)) for k in order if k in counts]
    return out + sorted(counts.items(), key=lambda kv: -kv[1])


def _counts(db: Any, kind: str, column: str) -> list[tuple[Any, int]]:
    # ``column`` comes from the fixed tuple in load_overview, never from input.
    return db.execute(
        f"SELECT {column}, count(*) FROM records WHERE kind = ? AND deleted = 0 "  # noqa: S608
        f"GROUP BY {column}",
        (kind,),
    ).fetchall()


def overview(db: Any) -> OverviewData:
    """Every number of the overview, read with ``db`` (a connection to the vault database)."""
    data = OverviewData()
    for kind, n in db.execute("SELECT kind, count(*) FROM records WHERE deleted = 0 GROUP BY kind"):
        if kind == "object":
            data.objects = int(n)
        elif kind == "damage":
            data.damage = int(n)
    data.conflicts = int(
        db.execute("SELECT count(*) FROM records WHERE in_conflict = 1").fetchone()[0]
    )
    data.severity = _ordered(_counts(db, "damage", "severity"), SEVERITY_ORDER)
    data.urgency = _ordered(_counts(db, "damage", "urgency"), URGENCY_ORDER)
    data.status = _ordered(_counts(db, "object", "status"), STATUS_ORDER)
    places = db.execute(
        "SELECT COALESCE(NULLIF(json_extract(d.fields, '$.site'), ''), "
        "NULLIF(json_extract(o.fields, '$.institution'), ''), '') AS place, count(*) AS n "
        "FROM records d LEFT JOIN records o ON o.deleted = 0 AND o.record_id = "
        # the damage of a record merged into another is the canonical object's (issue 23)
        "COALESCE((SELECT canonical FROM duplicate_links WHERE record_id = d.object_id), "
        "d.object_id) "
        "WHERE d.kind = 'damage' AND d.deleted = 0 GROUP BY place ORDER BY n DESC"
    ).fetchall()
    top = [(str(p), int(n)) for p, n in places[:MAX_SITES]]
    rest = sum(int(n) for _p, n in places[MAX_SITES:])
    data.places = top + ([("\x00others", rest)] if rest else [])

    seen: set[str] = set()
    for row in db.execute(
        "SELECT d.record_id, o.record_id, o.inventory_number, o.title, d.severity, "
        "COALESCE(json_extract(d.fields, '$.site'), json_extract(o.fields, '$.institution'), "
        "''),"
        " d.observed_at FROM records d LEFT JOIN records o ON o.record_id = "
        "COALESCE((SELECT canonical FROM duplicate_links WHERE record_id = d.object_id), "
        "d.object_id) "
        "AND o.kind = 'object' AND o.deleted = 0 "
        "WHERE d.kind = 'damage' AND d.deleted = 0 AND d.urgency = 'immediate' "
        "ORDER BY CASE d.severity WHEN 'destroyed' THEN 0 WHEN 'severe' THEN 1 "
        "WHEN 'moderate' THEN 2 WHEN 'minor' THEN 3 ELSE 4 END, d.observed_at DESC"
    ):
        damage_id, object_id, inventory, title, severity, place, observed = row
        key = object_id or damage_id
        if key in seen:
            continue
        seen.add(key)
        if len(data.immediate) < MAX_IMMEDIATE:
            data.immediate.append(
                Immediate(
                    str(key),
                    object_id is not None,
                    str(inventory or ""),
                    str(title or ""),
                    str(severity or ""),
                    str(place or ""),
                    str(observed or ""),
                )
            )
    data.immediate_objects = len(seen)

    senders: dict[str, Sender] = {}
    for sender, stream, epoch, bundles, last, new in db.execute(
        "SELECT sender, stream, epoch, count(*), max(imported_at), sum(new_revisions) "
        "FROM received_bundles GROUP BY sender, stream, epoch"
    ):
        entry = senders.setdefault(str(sender), Sender(str(sender), 0, "", 0))
        entry.bundles += int(bundles)
        entry.last_import = max(entry.last_import, str(last))
        entry.new_revisions += int(new or 0)
        entry.gaps += stream_gaps(db, sender, stream, epoch)
    for sender, forks in db.execute("SELECT sender, count(*) FROM forks GROUP BY sender"):
        if str(sender) in senders:
            senders[str(sender)].forks = int(forks)
    data.senders = sorted(senders.values(), key=lambda s: s.last_import, reverse=True)
    return data
