"""Looking for possible duplicates, off the GUI thread: the core's ``Duplicates.candidates`` run
on a worker over a connection of its own, and the labels (inventory number, title) the page
names the objects of each pair with.
"""

from __future__ import annotations

import unicodedata
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


LRE, PDF = "\u202a", "\u202c"  # left-to-right embedding, and its end


def left_to_right(label: str) -> str:
    """``label`` kept in its own left-to-right order inside right-to-left text, unless it starts
    in Arabic or Hebrew script (an Arabic number reads right to left as it is).

    An embedding rather than ``ltr()``'s isolate: the item views elide a line that holds an
    isolate as if the whole item were one line. Nor would marks (LRM) around the label do:
    a space between Latin letters and Arabic-Indic digits ("MCP ١٩٨٨/١") or between two
    numbers ("2014 2") still takes the paragraph's direction and splits the label in two.
    """
    for char in label:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return label
        if kind == "L":
            break
    return f"{LRE}{label}{PDF}" if label else label


def percent(score: float) -> int:
    return round(max(0.0, min(1.0, score)) * 100)


__all__ = ["Found", "Labels", "detect", "labels_of", "left_to_right", "percent", "short_label"]
