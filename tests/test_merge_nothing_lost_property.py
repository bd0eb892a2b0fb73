"""Property tests of the pure merge (fieldkit/records/merge.py) for photos and for people
resolving one conflict in several vaults: the view is the same whatever the arrival order,
and what a person wrote is kept or disputed, never dropped silently."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.records.merge import History, view_of
from fieldkit.records.revision import Revision, format_hlc

PHOTOS = ("a" * 64, "b" * 64, "c" * 64)


def _rev(author: int, parents: list[str], hlc: int, fields: dict, media: list[dict]) -> Revision:
    return Revision(
        "r",
        "object",
        tuple(sorted(parents)),
        str(author) * 64,
        format_hlc(hlc, 0),
        fields,
        tuple(media),
        False,
    )


@st.composite
def replicas(draw: Any) -> list[list[Revision]]:
    """Three vaults editing one record's field and photos, syncing now and then, and
    sometimes resolving a conflict by keeping one version (each in their own way)."""
    base = _rev(0, [], 1, {"t": 0}, [{"sha256": PHOTOS[0], "caption": ""}])
    held = [{base.rev_id: base} for _ in range(3)]
    clock = 2
    for _ in range(draw(st.integers(1, 14))):
        who = draw(st.integers(0, 2))
        op = draw(st.sampled_from(["sync", "field", "add", "remove", "caption", "keep"]))
        if op == "sync":
            held[who].update(held[draw(st.integers(0, 2))])
            continue
        history = History(dict(held[who]))
        heads = history.heads()
        current = view_of(history)
        assert current is not None
        fields, media = dict(current.fields), [dict(m) for m in current.media]
        if op == "keep" and len(heads) > 1:
            kept = history.revisions[draw(st.sampled_from(heads))]
            fields, media = dict(kept.fields), [dict(m) for m in kept.media]
        elif op == "field":
            fields["t"] = draw(st.integers(0, 3))
        elif op == "add":
            sha = draw(st.sampled_from(PHOTOS))
            if all(m["sha256"] != sha for m in media):
                media.append({"sha256": sha, "caption": ""})
        elif op == "remove" and media:
            media.pop(draw(st.integers(0, len(media) - 1)))
        elif op == "caption" and media:
            media[draw(st.integers(0, len(media) - 1))]["caption"] = draw(st.sampled_from("xyz"))
        clock += draw(st.integers(0, 2))
        rev = _rev(who, heads, clock, fields, media)
        held[who][rev.rev_id] = rev
    return [list(r.values()) for r in held]


@settings(max_examples=200, deadline=None)
@given(replicas(), st.randoms(use_true_random=False))
def test_photos_and_decisions_merge_the_same_in_any_order(sets, rnd) -> None:
    views = []
    for _ in range(3):
        bundles = [list(s) for s in sets] * rnd.randint(1, 2)
        rnd.shuffle(bundles)
        vault = History()
        for bundle in rnd.sample(bundles, len(bundles)):
            for rev in rnd.sample(bundle, len(bundle)):
                vault.add(rev)
        views.append(view_of(vault))
    assert all(v == views[0] for v in views)


@settings(max_examples=200, deadline=None)
@given(replicas())
def test_a_photo_changed_on_any_side_is_kept(sets) -> None:
    history = History({r.rev_id: r for s in sets for r in s})
    view = view_of(history)
    assert view is not None
    if view.needs_person or len(view.heads) == 1:
        return
    assert view.base is not None
    base = {m["sha256"]: m for m in history.revisions[view.base].media}
    kept = {m["sha256"]: m for m in view.media}
    for head in view.heads:
        for photo in history.revisions[head].media:
            if photo != base.get(photo["sha256"]):
                # Added or edited on this side: in the view, and disputed if it differs.
                assert photo["sha256"] in kept
                assert kept[photo["sha256"]] == photo or "photos" in view.disputed


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=2, max_size=2), st.integers(0, 1), st.integers(0, 1))
def test_two_vaults_keeping_different_versions_is_disputed(values, first, second) -> None:
    base = _rev(0, [], 1, {"t": 9}, [])
    sides = [_rev(i + 1, [base.rev_id], 2 + i, {"t": v}, []) for i, v in enumerate(values)]
    parents = [s.rev_id for s in sides]
    # Each vault resolves the same conflict by keeping one version whole.
    kept = [sides[first], sides[second]]
    decisions = [_rev(i + 1, parents, 5 + i, dict(k.fields), []) for i, k in enumerate(kept)]
    view = view_of(History({r.rev_id: r for r in (base, *sides, *decisions)}))
    assert view is not None
    if kept[0].fields["t"] != kept[1].fields["t"]:
        assert view.disputed == ("t",)
    else:
        assert view.disputed == () and view.fields["t"] == kept[0].fields["t"]
