"""Looking for possible duplicates, off the GUI thread: the core's ``Duplicates.candidates`` run
on a worker over a connection of its own, and the labels (inventory number, title) the page
names the objects of each pair with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fieldkit.duplicates.candidates import Candidate
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.errors import CancelledError
from fieldkit.gui.session import Session
from fieldkit.records.pages import object_labels
from fieldkit.records.service import Records

LABEL_CHUNK = 500  # ids per label query (SQLite's variable limit)

Labels = dict[str, tuple[str, str]]  # object id -> (inventory number, title)


@dataclass(frozen=True)
class Found:
    """What one detection run found: the pairs, best first, and how to name their objects."""

    pairs: list[Candidate]
    labels: Labels


def labels_of(records: Records, ids: Sequence[str]) -> Labels:
    """(inventory number, title) of every object in ``ids``, a few hundred ids per query."""
    unique = sorted(set(ids))
    out: Labels = {}
    for start in range(0, len(unique), LABEL_CHUNK):
        out.update(object_labels(records, unique[start : start + LABEL_CHUNK]))
    return out


def detect(
    session: Session, *, progress: Callable[[int, int], None], cancel: Callable[[], bool]
) -> Found:
    """The pairs still to review (decided ones left out) and their labels; runs on a worker,
    over a connection of its own. Raises CancelledError when ``cancel`` says so."""
    if cancel():
        raise CancelledError("Cancelled.")
    with session.worker_vault() as vault:
        records = Records(vault)
        pairs = Duplicates(records).candidates(progress=progress, cancel=cancel)
        if cancel():  # a detector that did not look at cancel: its result is not wanted
            raise CancelledError("Cancelled.")
        labels = labels_of(records, [i for c in pairs for i in (c.a, c.b)])
    return Found(pairs, labels)


def short_label(labels: Labels, record_id: str) -> str:
    """An object as people name it: its inventory number, else the start of its id."""
    number = labels.get(record_id, ("", ""))[0]
    return number or record_id[:8]


def percent(score: float) -> int:
    return round(max(0.0, min(1.0, score)) * 100)


__all__ = ["Found", "Labels", "detect", "labels_of", "percent", "short_label"]
