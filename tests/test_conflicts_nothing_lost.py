"""Resolving and merging conflicts loses nothing a person wrote (review r9b, bugs 9–14)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer
from PIL import Image

from fieldkit.records import fields as F
from fieldkit.records.conflicts import get_conflict, resolve
from fieldkit.records.custody import Custody
from fieldkit.records.custody_queries import movement_status, where
from fieldkit.records.merge import History, merge_view, view_of
from fieldkit.records.revision import Revision, format_hlc
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault


@pytest.fixture
def peers(tmp_path: Path):
    a = Peer(tmp_path, "amal")
    b = Peer(tmp_path, "bohdan")
    c = Peer(tmp_path, "coord", role="coordinator")
    for p in (a, b, c):
        p.trust(*[q for q in (a, b, c) if q is not p])
    yield a, b, c
    for p in (a, b, c):
        p.vault.close()


def _jpeg(colour: tuple[int, int, int] = (120, 80, 40)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG")
    return buf.getvalue()


def _notes_conflict(a: Peer, b: Peer, c: Peer) -> str:
    """M-1 whose notes Amal and Bohdan changed at once; both edits reach every vault."""
    obj = a.records.create(
        F.OBJECT, {"inventory_number": "M-1", "title": "Icon", "maker": "Workshop", "notes": "n0"}
    )
    c.receive(a.send(c))
    b.receive(c.send(b))
    a.records.edit(obj.record_id, {"notes": "from Amal"})
    b.records.edit(obj.record_id, {"notes": "from Bohdan"})
    c.receive(a.send(c))
    c.receive(b.send(c))
    return obj.record_id


def test_resolve_json_naming_only_the_disputed_field_keeps_the_rest(peers, tmp_path) -> None:
    a, b, c = peers
    record_id = _notes_conflict(a, b, c)
    (tmp_path / "choice.json").write_text('{"notes": "from Amal and Bohdan"}')
    (tmp_path / "pw").write_text(PASSPHRASE)
    path = c.vault.path
    c.vault.close()
    opts = ["--vault", str(path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli([*opts, "conflicts", "resolve", record_id, "--json", str(tmp_path / "choice.json")])
    assert r.code == 0, r.err
    c.vault = Vault.open(path, PASSPHRASE)
    view = Records(c.vault).get(record_id, follow=False)
    assert not view.in_conflict
    assert view.fields == {
        "inventory_number": "M-1",
        "title": "Icon",
        "maker": "Workshop",
        "notes": "from Amal and Bohdan",
    }


def test_choosing_per_field_after_delete_against_edit_keeps_the_new_photo(peers) -> None:
    a, b, c = peers
    obj = a.records.create(
        F.OBJECT,
        {"inventory_number": "P-1", "title": "Icon"},
        photos=[PhotoInput(_jpeg(), "overall", "blurred")],
    )
    c.receive(a.send(c))
    b.receive(c.send(b))
    # Bohdan photographs the damage, drops the blurred photo and corrects the title; Amal,
    # later, deletes the record.
    b.records.edit(
        obj.record_id,
        {"title": "Icon (damaged)"},
        add_photos=[PhotoInput(_jpeg((200, 30, 30)), "overall", "the damage")],
        remove_photos=[obj.media[0]["sha256"]],
    )
    a.records.delete(obj.record_id)
    c.receive(b.send(c))
    c.receive(a.send(c))
    conflict = get_conflict(c.records, obj.record_id)
    assert conflict.view.needs_person and conflict.view.deleted
    edited = next(h for h in conflict.heads if not h.deleted)
    # The app's "Save these choices" with the edited version's title.
    values = dict(conflict.view.fields, title=edited.fields["title"])
    resolve(c.records, obj.record_id, values=values)
    view = c.records.get(obj.record_id)
    assert not view.deleted and view.fields["title"] == "Icon (damaged)"
    assert [m["caption"] for m in view.media] == ["the damage"]


def _rev(
    rev_id: str, parents: list[str], hlc: int, media: list[dict], **fields: object
) -> Revision:
    return Revision(
        "r1",
        F.OBJECT,
        tuple(parents),
        rev_id * 64,
        format_hlc(hlc, 0),
        {"title": "Icon", **fields},
        tuple(media),
        False,
    )


def test_a_photo_removed_on_one_side_and_captioned_on_the_other_is_kept_and_disputed() -> None:
    photo = {"sha256": "ab" * 32, "role": "damage", "caption": ""}
    captioned = dict(photo, caption="Crack along the left edge, 12 cm")
    base = _rev("0", [], 1, [photo])
    removed = _rev("1", [base.rev_id], 2, [])
    edited = _rev("2", [base.rev_id], 3, [captioned])
    for heads in ([removed, edited], [edited, removed]):
        view = merge_view(heads, base)
        assert view.media == [captioned]
        assert view.disputed == ("photos",)
    # Removed on one side and left alone on the other: removed, nothing to decide.
    view = merge_view([removed, _rev("3", [base.rev_id], 4, [photo], notes="n")], base)
    assert view.media == [] and view.disputed == ()


def test_keeping_one_version_of_a_movement_keeps_the_other_teams_check_in(peers) -> None:
    a, b, c = peers
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Icon"}).record_id
    y = a.records.create(F.OBJECT, {"inventory_number": "Y-1", "title": "Jar"}).record_id
    ca = Custody(a.records)
    ca.add_location({"code": "L2", "name": "Safe"})
    m = ca.move([x, y], "L2", reason="evacuation", details={"departed_at": "2026-01-01T10:00"})
    c.receive(a.send(c))
    b.receive(c.send(b))
    # Two teams check in at once: Amal finds X, Bohdan finds Y, and both write a note.
    ca.receive(m.record_id, ["X-1"], received_at="2026-01-01T12:00")
    a.records.edit(m.record_id, {"notes": "truck 1"})
    Custody(b.records).receive(m.record_id, ["Y-1"], received_at="2026-01-01T12:05")
    b.records.edit(m.record_id, {"notes": "truck 2"})
    c.receive(a.send(c))
    c.receive(b.send(c))
    conflict = get_conflict(c.records, m.record_id)
    assert conflict.view.disputed == ("notes",)
    assert movement_status(c.vault.db, m.record_id).missing == []
    # The coordinator settles the note by keeping Amal's version whole.
    amal = next(h for h in conflict.heads if h.fields.get("notes") == "truck 1")
    rev = resolve(c.records, m.record_id, keep=amal.rev_id)
    assert rev.fields["notes"] == "truck 1"
    assert sorted(rev.fields["received"]) == sorted([x, y])
    status = movement_status(c.vault.db, m.record_id)
    assert status.missing == [] and sorted(status.received) == sorted([x, y])


def test_two_people_resolving_the_same_conflict_differently_is_disputed(peers) -> None:
    a, b, c = peers
    record_id = _notes_conflict(a, b, c)
    a.receive(c.send(a))
    b.receive(c.send(b))
    # Amal keeps her version, Bohdan keeps his: two different decisions, then both travel.
    mine = next(h for h in get_conflict(a.records, "M-1").heads if h.fields["notes"] == "from Amal")
    his = next(h for h in get_conflict(b.records, "M-1").heads if h.fields["notes"] != "from Amal")
    resolve(a.records, "M-1", keep=mine.rev_id)
    resolve(b.records, "M-1", keep=his.rev_id)
    c.receive(a.send(c))
    c.receive(b.send(c))
    conflict = get_conflict(c.records, record_id)
    assert conflict.view.disputed == ("notes",)
    assert {h.fields["notes"] for h in conflict.heads} == {"from Amal", "from Bohdan"}
    # Fields the two decisions agree on still merge without a question.
    assert conflict.view.fields["title"] == "Icon"


def test_criss_cross_keeps_what_both_sides_agree_on() -> None:
    base = _rev("0", [], 1, [], notes="n0", maker="?")
    amal = _rev("1", [base.rev_id], 2, [], notes="Amal", maker="?")
    bohdan = _rev("2", [base.rev_id], 3, [], notes="Bohdan", maker="Workshop")
    # Both keep Bohdan's maker; each keeps their own notes.
    amal2 = _rev("3", [amal.rev_id, bohdan.rev_id], 4, [], notes="Amal", maker="Workshop")
    bohdan2 = _rev("4", [amal.rev_id, bohdan.rev_id], 5, [], notes="Bohdan", maker="Workshop")
    history = History({r.rev_id: r for r in (base, amal, bohdan, amal2, bohdan2)})
    view = view_of(history)
    assert view is not None and view.base == base.rev_id
    assert view.disputed == ("notes",) and view.fields["maker"] == "Workshop"
    # Both deciding the same way is no conflict to show.
    same = _rev("5", [amal.rev_id, bohdan.rev_id], 6, [], notes="Amal", maker="Workshop")
    agreed = History({r.rev_id: r for r in (base, amal, bohdan, amal2, same)})
    view = view_of(agreed)
    assert view is not None and view.same_content and view.disputed == ()


def test_a_merge_received_before_it_departed_is_disputed_and_not_accepted(peers) -> None:
    a, b, c = peers
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Icon"}).record_id
    ca = Custody(a.records)
    ca.add_location({"code": "L2", "name": "Safe"})
    m = ca.move([x], "L2", reason="evacuation", details={"departed_at": "2026-01-01T10:00"})
    c.receive(a.send(c))
    b.receive(c.send(b))
    # Amal corrects the departure she mistyped (12:30, not 10:00) while Bohdan checks the
    # icon in at 12:20: each version is valid, their merge is received before it departed.
    a.records.edit(m.record_id, {"departed_at": "2026-01-01T12:30"})
    Custody(b.records).receive(m.record_id, ["X-1"], received_at="2026-01-01T12:20")
    c.receive(a.send(c))
    c.receive(b.send(c))
    conflict = get_conflict(c.records, m.record_id)
    assert conflict.view.disputed == ("departed_at", "received_at")
    with pytest.raises(F.ValidationError) as refused:
        resolve(c.records, m.record_id, accept_auto=True)
    assert refused.value.field == "received_at"
    assert get_conflict(c.records, m.record_id).view.disputed  # still waiting for a person
    # The person settles the departure time; the check-in stays.
    rev = resolve(c.records, m.record_id, changes={"departed_at": "2026-01-01T12:10"})
    assert rev.fields["received"] == [x] and rev.fields["received_at"] == "2026-01-01T12:20"
    w = where(c.vault.db, x)
    assert not w.in_transit and w.location is not None and w.location.code == "L2"


def test_why_a_conflict_needs_a_person_is_said_in_the_readers_language(peers, tmp_path) -> None:
    a, b, c = peers
    obj = a.records.create(F.OBJECT, {"inventory_number": "P-1", "title": "Icon"})
    c.receive(a.send(c))
    b.receive(c.send(b))
    b.records.edit(obj.record_id, {"title": "Icon (damaged)"})
    a.records.delete(obj.record_id)
    c.receive(b.send(c))
    c.receive(a.send(c))
    (tmp_path / "pw").write_text(PASSPHRASE)
    path = c.vault.path
    c.vault.close()
    opts = ["--vault", str(path), "--passphrase-file", str(tmp_path / "pw")]
    fr = {"FIELDKIT_LANG": "fr"}
    listed = run_cli([*opts, "conflicts", "list"], env=fr)
    shown = run_cli([*opts, "conflicts", "show", obj.record_id], env=fr)
    english = run_cli([*opts, "conflicts", "list"])
    c.vault = Vault.open(path, PASSPHRASE)
    assert "demande une personne (supprimée d’un côté, modifiée de l’autre)" in listed.out
    assert "Demande une personne\u00a0: supprimée d’un côté, modifiée de l’autre." in shown.out
    assert "needs a person (deleted on one side, edited on another)" in english.out
