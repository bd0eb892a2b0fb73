"""The deterministic view of a record with several heads (SPEC §5), as pure functions.

Every vault holding the same revisions computes the same view, whatever order they arrived in:
the inputs are sets of immutable revisions, and every choice is made on content (the highest
``(hlc, rev_id)`` wins a tie), never on arrival order or local state.

- One head: its fields.
- Several heads with a common ancestor: a field changed on one side only takes that side; a
  field changed on several sides to different values takes the provisional winner's value and
  is *disputed*.
- Delete against edit, or heads with no common ancestor: the winner is shown, and the record
  waits for a person (``needs_person``); nothing is merged automatically.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldkit.records.revision import Revision


@dataclass(frozen=True)
class MergeView:
    heads: tuple[str, ...]  # sorted by (hlc, rev_id), winner last
    winner: str
    base: str | None  # the latest common ancestor, if any
    fields: dict[str, Any]
    media: list[dict[str, Any]]
    deleted: bool
    disputed: tuple[str, ...] = ()
    needs_person: bool = False
    reason: str = ""
    # Several heads with the same content (two people undoing the same merge): nothing for a
    # person to choose, so not a conflict — in every vault and in the archive alike.
    same_content: bool = False

    @property
    def in_conflict(self) -> bool:
        return len(self.heads) > 1 and not self.same_content


@dataclass
class History:
    """The revisions of one record that a vault holds (a set; order does not matter)."""

    revisions: dict[str, Revision] = field(default_factory=dict)

    def add(self, rev: Revision) -> bool:
        if rev.rev_id in self.revisions:
            return False
        self.revisions[rev.rev_id] = rev
        return True

    def heads(self) -> list[str]:
        """Revisions no other held revision descends from."""
        parents = {p for r in self.revisions.values() for p in r.parents}
        return sorted(
            (r for r in self.revisions if r not in parents),
            key=lambda h: (self.revisions[h].hlc, h),
        )

    def parents_of(self, rev_id: str) -> tuple[str, ...]:
        rev = self.revisions.get(rev_id)
        return rev.parents if rev else ()


def ancestors(rev_id: str, parents_of: Callable[[str], Iterable[str]]) -> set[str]:
    """``rev_id`` and everything it descends from (as far as the parents are known)."""
    seen = {rev_id}
    stack = [rev_id]
    while stack:
        for parent in parents_of(stack.pop()):
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


def latest_common_ancestor(
    heads: list[str],
    parents_of: Callable[[str], Iterable[str]],
    order_key: Callable[[str], tuple[str, str]],
    known: Callable[[str], bool],
) -> str | None:
    """The base to merge ``heads`` against: their latest common ancestor.

    When several common ancestors are latest (criss-cross: two people resolved the same
    conflict, each in their own way), taking the newest of them would make the other
    person's decision look like an unchanged value and silently lose it. The base is then
    the latest common ancestor *of those*, so that every field the decisions differ on is
    disputed; fields they agree on still merge cleanly."""
    cache: dict[str, tuple[str, ...]] = {}

    def cached_parents(rev_id: str) -> tuple[str, ...]:
        if rev_id not in cache:
            cache[rev_id] = tuple(parents_of(rev_id))
        return cache[rev_id]

    while True:
        common: set[str] | None = None
        for head in heads:
            found = {a for a in ancestors(head, cached_parents) if known(a)}
            common = found if common is None else common & found
        if not common:
            return None
        # The latest ones: common ancestors no other common ancestor descends from. Newest
        # first, so usually a single walk removes every other candidate.
        below: set[str] = set()
        for candidate in sorted(common, key=order_key, reverse=True):
            if candidate not in below:
                below |= ancestors(candidate, cached_parents) - {candidate}
        latest = sorted(common - below)
        if len(latest) == 1:
            return latest[0]
        heads = latest


def merge_view(
    heads: list[Revision],
    base: Revision | None,
) -> MergeView:
    """The view of a record from its heads and their latest common ancestor (pure)."""
    ordered = sorted(heads, key=lambda r: (r.hlc, r.rev_id))
    winner = ordered[-1]
    head_ids = tuple(r.rev_id for r in ordered)

    def winners_content(
        base_id: str | None, *, same_content: bool = False, reason: str = ""
    ) -> MergeView:
        """The newest head's content as it is: nothing to merge, or (with a ``reason``) a
        person decides."""
        return MergeView(
            head_ids,
            winner.rev_id,
            base_id,
            dict(winner.fields),
            [dict(m) for m in winner.media],
            winner.deleted,
            needs_person=bool(reason),
            reason=reason,
            same_content=same_content,
        )

    if len(ordered) == 1:
        return winners_content(None)
    if winner.kind in SAME_CONTENT_KINDS and len({_content(r) for r in ordered}) == 1:
        return winners_content(base.rev_id if base else None, same_content=True)
    if base is None:
        return winners_content(None, reason="no common ancestor")
    if any(r.deleted for r in ordered) and not all(r.deleted for r in ordered):
        return winners_content(base.rev_id, reason="deleted on one side, edited on another")
    fields: dict[str, Any] = {}
    disputed: list[str] = []
    names = set(base.fields).union(*(r.fields for r in ordered))
    for name in sorted(names):
        value, was_disputed = _merge_value(name, base.fields, ordered)
        if value is not None:
            fields[name] = value
        if was_disputed:
            disputed.append(name)
    media, media_disputed = _merge_media(base, ordered)
    if media_disputed:
        disputed.append("photos")
    return MergeView(
        head_ids, winner.rev_id, base.rev_id, fields, media, winner.deleted, tuple(disputed)
    )


#: Kinds whose heads with identical content are not a conflict (objects and duplicate
#: decisions: what two people undoing one merge both write). Custody records keep the plain rule.
SAME_CONTENT_KINDS = ("object", "duplicate_decision")


def _content(rev: Revision) -> str:
    return json.dumps(
        [rev.fields, list(rev.media), rev.deleted], sort_keys=True, ensure_ascii=False
    )


def _merge_value(name: str, base: Mapping[str, Any], ordered: list[Revision]) -> tuple[Any, bool]:
    original = base.get(name)
    changed: list[Any] = []
    for rev in ordered:
        value = rev.fields.get(name)
        if value != original and value not in changed:
            changed.append(value)
    if not changed:
        return original, False
    if len(changed) == 1:
        return changed[0], False
    # Several different changes: the winner's value if it changed the field, else the last
    # (in (hlc, rev_id) order) head that did.
    for rev in reversed(ordered):
        value = rev.fields.get(name)
        if value != original:
            return value, True
    return original, True  # pragma: no cover - unreachable: some head changed it


def merged_media(base: Revision | None, heads: list[Revision]) -> list[dict[str, Any]]:
    """The photos of ``heads`` by the automatic rule (added on any side kept, removed on a
    side removed, edited against removed kept), even where the fields need a person; with no
    common ancestor, every head's photos. For a person choosing fields per field."""
    ordered = sorted(heads, key=lambda r: (r.hlc, r.rev_id))
    if base is not None:
        return _merge_media(base, ordered)[0]
    media: dict[str, dict[str, Any]] = {}
    for head in ordered:  # winner last: its caption is kept for a photo on several heads
        for m in head.media:
            media[m["sha256"]] = dict(m)
    return list(media.values())


def _merge_media(base: Revision, ordered: list[Revision]) -> tuple[list[dict[str, Any]], bool]:
    """Photos: added on any side are kept, removed on a side are removed; captions like fields.
    A photo removed on one side and edited on another is kept, and "photos" disputed."""

    def by_hash(media: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
        return {m["sha256"]: dict(m) for m in media}

    original = by_hash(base.media)
    sides = [by_hash(r.media) for r in ordered]
    result: dict[str, dict[str, Any]] = {}
    disputed = False
    order: list[str] = []
    for side in [original, *sides]:
        for sha in side:
            if sha not in order:
                order.append(sha)
    for sha in order:
        versions = [side[sha] for side in sides if sha in side]
        changed = [v for v in versions if v != original.get(sha)]
        distinct = []
        for v in changed:
            if v not in distinct:
                distinct.append(v)
        if sha in original and any(sha not in side for side in sides):
            if not distinct:
                continue  # removed on some side, left alone on the others
            # Removed on one side, edited (a caption…) on another: a person decides; until
            # then the photo and its new caption stay rather than vanish silently.
            result[sha] = distinct[-1]
            disputed = True
        elif not distinct:
            result[sha] = original[sha]
        else:
            result[sha] = distinct[-1]
            disputed = disputed or len(distinct) > 1
    return [result[s] for s in order if s in result], disputed


def view_of(history: History) -> MergeView | None:
    """The view of one record from the revisions held (pure; the archive's, and the tests')."""
    heads = history.heads()
    if not heads:
        return None
    base_id = None
    if len(heads) > 1:
        base_id = latest_common_ancestor(
            heads,
            history.parents_of,
            lambda r: (history.revisions[r].hlc, r),
            lambda r: r in history.revisions,
        )
    base = history.revisions.get(base_id) if base_id else None
    # The store's rule (movements count both teams' check-ins), so the archive, which calls
    # this, shows what every laptop shows. Imported here: custody builds on this module.
    from fieldkit.records.custody_derive import record_view

    return record_view([history.revisions[h] for h in heads], base)
