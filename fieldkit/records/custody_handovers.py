"""Chain of custody, handovers: which acceptance counts, and the handovers as shown.

SPEC §4. The **custodian** of an item is the receiver of the latest *accepted* handover of the
item (or of a container holding it). What counts is decided from the signed revisions alone
(the same in every vault, whatever order they arrived in), never from the merged view
(:func:`acceptance`):

1. *The giver wrote it.* A handover's root (parentless) revision counts only when signed by
   its own ``from_party.fingerprint``, naming someone else as ``to_party`` and accepting
   nothing (the importer refuses any other root, like a forged revision).
2. *The receiver signed it.* The acceptance is a revision signed by the key it names in
   ``accepted_by`` and ``to_party.fingerprint``, with ``accepted_at`` set, whose history
   (complete in this vault) holds a root written as in 1 by the giver the acceptance
   names (its ``from_party``), naming this receiver. A second root of the same record
   (another "original", whatever its HLC) cannot take that acceptance; a record has one
   root only for the revisions that descend from it.
3. *What was accepted is what the receiver signed.* Items, parties and ``handed_at`` come
   from the accepting revision — never from a later edit or an automatic merge — and only
   the items the giver named in that history count (a receiver cannot add any).
4. *Ordered by the acceptance.* Between handovers of the same item, the one accepted last
   by hybrid logical clock (then ``rev_id``) wins: the HLC is causal (an acceptance made
   after its receiver saw an earlier one is later), while ``handed_at`` and
   ``accepted_at`` are typed by people and may be back- or future-dated. Of several
   acceptances of one handover, the first (by HLC, then ``rev_id``) counts.

The records service refuses, once a handover is accepted, any change to ``items``,
``from_party``, ``to_party`` or ``handed_at``, and lets only the giver change them before.

Reads: :func:`handover_state`, :func:`handovers`, :func:`handovers_waiting` (``me``: only those
this vault must accept). Nothing here writes or imports Qt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.records import fields as F
from fieldkit.records.custody_derive import id_list, json_object, party_field, text_or_none
from fieldkit.vault.database import Connection

# The terms of a handover its receiver signs, and the acceptance itself (rule 3).
HANDOVER_TERMS = ("items", "from_party", "to_party", "handed_at")
ACCEPTED_TERMS = (*HANDOVER_TERMS, "accepted_at", "accepted_by", "acceptance_notes")


def handover_accepted(db: Connection, record_id: str, f: Mapping[str, Any] | None = None) -> bool:
    """Accepted by its receiver, by the rules of the module docstring (``f``, the merged view,
    is not what decides)."""
    return acceptance(db, record_id) is not None


@dataclass(frozen=True)
class Acceptance:
    """A handover as its receiver accepted it: the accepting revision and the terms it signed."""

    rev_id: str
    hlc: str
    giver: str  # the fingerprint that wrote (signed) the handover's root
    fields: dict[str, Any]  # the accepting revision's fields; ``items`` only those the giver named


def root_problem(fields: Mapping[str, Any], author: str) -> str | None:
    """Why a handover's root (parentless) revision cannot count, or None (rule 1)."""
    giver = party_field(fields, "from_party", "fingerprint")
    # Phrases that finish "Revision … starts a handover but {problem}." (the importer's refusal),
    # translated where that sentence is shown.
    if giver != author:
        return message(QT_TRANSLATE_NOOP("errors", "is not signed by the giver it names"))
    if party_field(fields, "to_party", "fingerprint") in (None, giver):
        return message(QT_TRANSLATE_NOOP("errors", "does not name another receiver"))
    if fields.get("accepted_at") or fields.get("accepted_by"):
        return message(QT_TRANSLATE_NOOP("errors", "accepts itself"))
    return None


def acceptance(db: Connection, record_id: str) -> Acceptance | None:
    """The acceptance that counts for a handover (rules 1-4 of the module docstring), or None
    while it is not accepted. Reads only the record's signed revisions, so every vault holding
    the same revisions gets the same answer."""
    revs: dict[str, dict[str, Any]] = {}
    for rev_id, author, hlc, canonical in db.execute(
        "SELECT rev_id, author, hlc, canonical FROM revisions WHERE record_id = ?", (record_id,)
    ):
        content = json.loads(bytes(canonical))
        if content.get("kind") != F.HANDOVER:
            continue
        fields = content.get("fields")
        revs[str(rev_id)] = {
            "author": str(author),
            "hlc": str(hlc),
            "parents": [str(p) for p in content.get("parents") or ()],
            "fields": fields if isinstance(fields, dict) else {},
            "deleted": bool(content.get("deleted")),
        }
    candidates = sorted(
        (r["hlc"], rev_id)
        for rev_id, r in revs.items()
        if not r["deleted"]
        and text_or_none(r["fields"].get("accepted_at"))
        and r["fields"].get("accepted_by") == r["author"]
        and party_field(r["fields"], "to_party", "fingerprint") == r["author"]
    )
    for hlc, rev_id in candidates:
        accepting = revs[rev_id]
        history, queue, complete = {rev_id}, [rev_id], True
        while queue:
            for parent in revs[queue.pop()]["parents"]:
                if parent not in revs:
                    complete = False  # history incomplete: not accepted (yet) here
                elif parent not in history:
                    history.add(parent)
                    queue.append(parent)
        giver = party_field(accepting["fields"], "from_party", "fingerprint")
        if (
            not complete
            or giver is None
            or not any(
                not revs[h]["parents"]
                and revs[h]["author"] == giver
                and root_problem(revs[h]["fields"], giver) is None
                and party_field(revs[h]["fields"], "to_party", "fingerprint") == accepting["author"]
                for h in history
            )
        ):
            continue
        named: set[str] = set()
        for h in history:
            if revs[h]["author"] == giver:
                named.update(id_list(revs[h]["fields"].get("items")))
        terms = dict(accepting["fields"])
        terms["items"] = [i for i in id_list(terms.get("items")) if i in named]
        return Acceptance(rev_id, hlc, giver, terms)
    return None


@dataclass(frozen=True)
class HandoverState:
    id: str
    fields: dict[str, Any]
    accepted: bool
    waiting_for_me: bool  # not accepted, and this vault is the receiver
    giver_fingerprint: str | None  # the author of the handover's first revision

    def to_json(self) -> dict[str, Any]:
        data = dict(self.fields)
        data.update(
            {
                "id": self.id,
                "accepted": self.accepted,
                "waiting_for_me": self.waiting_for_me,
                "giver_fingerprint": self.giver_fingerprint,
            }
        )
        return data


def handover_state(db: Connection, handover_id: str, me: str | None = None) -> HandoverState:
    """A handover and whether it is accepted. Raises KeyError if it is not in the vault."""
    row = db.execute(
        "SELECT fields FROM records WHERE record_id = ? AND kind = 'handover'", (handover_id,)
    ).fetchone()
    if row is None:
        raise KeyError(handover_id)
    f = json_object(row[0])
    accepted = acceptance(db, handover_id)
    if accepted is not None:
        # What the receiver signed, not what later edits or a merge show (rule 3).
        for k in ACCEPTED_TERMS:
            if k in accepted.fields:
                f[k] = accepted.fields[k]
            else:
                f.pop(k, None)
        return HandoverState(handover_id, f, True, False, accepted.giver)
    receiver = party_field(f, "to_party", "fingerprint")
    first = db.execute(
        "SELECT r.author FROM revisions r WHERE r.record_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM revision_parents p WHERE p.rev_id = r.rev_id) ORDER BY r.hlc LIMIT 1",
        (handover_id,),
    ).fetchone()
    return HandoverState(
        handover_id,
        f,
        False,
        bool(me) and receiver == me,
        str(first[0]) if first else None,
    )


def handovers(db: Connection, me: str | None = None) -> list[HandoverState]:
    """Every handover, oldest first."""
    rows = db.execute(
        "SELECT record_id FROM records WHERE kind = 'handover' AND deleted = 0 ORDER BY hlc"
    ).fetchall()
    return [handover_state(db, str(r[0]), me) for r in rows]


def handovers_waiting(db: Connection, me: str | None = None) -> list[HandoverState]:
    """Handovers not accepted yet (``me`` given: only those this vault's identity receives)."""
    return [h for h in handovers(db, me) if not h.accepted and (me is None or h.waiting_for_me)]
