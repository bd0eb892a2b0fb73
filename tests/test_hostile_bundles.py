"""Bundles a read-only reviewer proved harmful (round 7, issues 14 and 16), each made for real:
a plain bundle of a real vault (tests/peers.py), its records rewritten and every hash and
signature made again by its sender (tests/hostile_bundles.py). Each must be refused with one
plain sentence, leave the receiving vault as it was, and never stop a sync."""

# The `world` and `shared` fixtures come from test_sync: ruff takes their use for redefinitions.
# ruff: noqa: F811

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from hostile_bundles import (
    bag_of,
    crafted,
    lines_of,
    members,
    reseal,
    revision_line,
    set_records,
    with_sequence,
    write,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from peers import Peer
from test_sync import shared, world  # noqa: F401 - fixtures

from fieldkit import sync
from fieldkit.bundles import gaps
from fieldkit.bundles.layout import BundleHeader
from fieldkit.bundles.verify import verify_bundle
from fieldkit.errors import CorruptFileError
from fieldkit.exports import export_records
from fieldkit.records import fields as F
from fieldkit.records import stats
from fieldkit.records.revision import Revision
from fieldkit.records.revision_store import store_revision
from fieldkit.sync import layout

HLC = "001796511988600-000000"
UUID = "0b9a7f4e-2c1d-4e5f-8a6b-7c8d9e0f1a2b"


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    alice, bob = Peer(tmp_path, "alice"), Peer(tmp_path, "bob")
    alice.trust(bob)
    bob.trust(alice)
    yield alice, bob
    alice.vault.close()
    bob.vault.close()


def state(peer: Peer) -> tuple[Any, ...]:
    return (peer.view(), peer.revisions(), peer.photo_hashes())


def revision(author: Any, record_id: str = UUID, **kw: Any) -> Revision:
    values: dict[str, Any] = {
        "kind": F.OBJECT,
        "parents": (),
        "fields": {"title": "Jar", "inventory_number": "EV-1"},
        "media": (),
    }
    values.update(kw)
    return Revision(
        record_id,
        values["kind"],
        tuple(values["parents"]),
        author.fingerprint,
        values.get("hlc", HLC),
        values["fields"],
        tuple(values["media"]),
        False,
    ).signed_by(author)


def card_lines(peer: Peer) -> list[bytes]:
    bundle = peer.send(plain=True, mode="full")
    assert bundle is not None
    return [line for line in lines_of(members(bundle)) if b'"type":"card"' in line]


def refused(bob: Peer, bundle: Path) -> str:
    """Import ``bundle`` into bob: it must be refused, bob's vault left exactly as it was."""
    before = state(bob)
    result = bob.receive(bundle)
    assert result.refused is not None and result.new_revisions == 0
    assert "\n" not in result.refused and "Traceback" not in result.refused
    assert state(bob) == before
    return str(result.refused)


# --- H1: a record id is never a path ------------------------------------------------------------


@pytest.mark.parametrize(
    "record_id",
    ["../../dotdot-pwned", "/tmp/abs-pwned", UUID.upper(), f"{UUID}/../x", "", "..", "a" * 65],
)
def test_a_record_id_that_could_name_a_path_refuses_the_bundle(
    pair: Any, tmp_path: Path, record_id: str
) -> None:
    alice, bob = pair
    evil = revision(alice.identity, record_id)
    bundle = crafted(alice, tmp_path / "evil.fkb", [revision_line(evil)])
    report = verify_bundle(bundle, trust_files=[tmp_path / "alice.fkid"])
    assert report.errors == [
        "data/records.ndjson line 1: A revision has a record id that FieldKit does not accept."
    ]
    refused(bob, bundle)
    assert not list(tmp_path.parent.glob("*pwned*")) and not Path("/tmp/abs-pwned.json").exists()


def test_a_path_named_revision_by_a_stranger_carried_by_a_trusted_sender_is_refused(
    pair: Any, tmp_path: Path
) -> None:
    alice, bob = pair
    stranger = Peer(tmp_path, "stranger")
    card = card_lines(stranger)
    evil = revision(stranger.identity, "../../forwarded-pwned")
    bundle = crafted(alice, tmp_path / "fw.fkb", [*card, revision_line(evil)])
    refused(bob, bundle)
    stranger.vault.close()


def test_a_good_revision_in_a_resealed_bundle_still_imports(pair: Any, tmp_path: Path) -> None:
    """The crafting itself is sound: the same bundle with a proper record id is accepted."""
    alice, bob = pair
    bundle = crafted(alice, tmp_path / "good.fkb", [revision_line(revision(alice.identity))])
    assert verify_bundle(bundle, trust_files=[tmp_path / "alice.fkid"]).valid
    result = bob.receive(bundle)
    assert result.refused is None and result.new_revisions == 1


def test_linked_art_export_never_names_a_file_from_a_stored_path_like_id(
    pair: Any, tmp_path: Path
) -> None:
    """A vault filled before record ids were checked may hold one: the export refuses it
    rather than write outside its folder."""
    alice, _ = pair
    with alice.vault.transaction() as db:
        store_revision(db, revision(alice.identity, "../../stored-pwned"), "test")
    out = tmp_path / "la"
    with pytest.raises(CorruptFileError):
        export_records(alice.vault, "linked-art", out)
    assert not list(tmp_path.rglob("stored-pwned*")) and not out.exists()


# --- H2: a stranger cannot stop anyone's sync ----------------------------------------------------


def drop(shared: Path, bundle: Path) -> Path:
    """``bundle`` put on the shared folder where its sender would write it."""
    ms = members(bundle)
    header = BundleHeader.from_bytes(ms[f"{bag_of(ms)}/fieldkit/bundle.json"])
    name = layout.bundle_file_name(header.stream, header.epoch, header.sequence, header.bundle_id)
    folder = shared / header.sender
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(bundle, folder / name))


def test_a_card_line_without_a_card_is_one_sentence_from_verify(pair: Any, tmp_path: Path) -> None:
    alice, _ = pair
    bundle = crafted(alice, tmp_path / "card.fkb", [b'{"type":"card"}'])
    report = verify_bundle(bundle)
    assert not report.valid
    assert report.errors == ["data/records.ndjson line 1 is not valid."]


def test_a_strangers_broken_bundle_is_quarantined_and_the_sync_goes_on(
    world: Any, shared: Path, tmp_path: Path
) -> None:
    amal, _, coord = world
    amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    assert amal.sync().errors == []
    stranger = Peer(tmp_path, "stranger")
    drop(shared, crafted(stranger, tmp_path / "card.fkb", [b'{"type":"card"}']))
    stranger.vault.close()

    for _ in range(2):  # and the next sync neither fails nor looks at it again
        report = coord.sync()
        assert report.errors == []
    assert coord.titles() == {"Jar"}
    (entry,) = sync.quarantine(coord.vault)
    assert entry.file.startswith(stranger.identity.fingerprint + "/")
    assert entry.reason.endswith("line 1 is not valid.")


def test_a_bug_on_one_bundle_quarantines_it_with_a_report_id_and_the_sync_goes_on(
    world: Any, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, bohdan, coord = world
    for site in (amal, bohdan):
        site.records.create(F.OBJECT, {"inventory_number": site.name, "title": site.name})
        site.sync()
    from fieldkit.sync import inbox

    real = inbox.import_bundle
    first = min(amal.fingerprint, bohdan.fingerprint)

    def buggy(vault: Any, path: Path, **kw: Any) -> Any:
        if Path(path).parent.name == first:
            raise KeyError("card")  # what a hostile bundle did before it was caught in verify
        return real(vault, path, **kw)

    monkeypatch.setattr(inbox, "import_bundle", buggy)
    report = coord.sync()
    assert report.errors == []
    other = bohdan if first == amal.fingerprint else amal
    assert coord.titles() == {other.name}
    (entry,) = sync.quarantine(coord.vault)
    assert entry.file.startswith(first + "/")
    assert entry.reason.startswith("An internal error stopped the import of this file (report id ")
    assert "card" not in entry.reason


# --- M1: what a signed revision holds is checked as a person's input is -------------------------

BAD_CONTENT = {
    "priority 10**40": {"fields": {"title": "Jar", "salvage_priority": 10**40}},
    "unknown status": {"fields": {"title": "Jar", "status": "<script>"}},
    "text as measurements": {"fields": {"title": "Jar", "measurements": "12 cm"}},
    "photo without hash": {"media": [{}]},
    "photo named by a path": {"media": [{"sha256": "../../etc/passwd", "role": "overall"}]},
    "parent that is no revision id": {"parents": ["../x"]},
    "unknown kind": {"kind": "spaceship", "fields": {}},
}


@pytest.mark.parametrize("case", sorted(BAD_CONTENT))
def test_a_signed_revision_with_a_value_fieldkit_refuses_is_refused_in_one_sentence(
    pair: Any, tmp_path: Path, case: str
) -> None:
    alice, bob = pair
    evil = revision(alice.identity, **BAD_CONTENT[case])
    reason = refused(bob, crafted(alice, tmp_path / "bad.fkb", [revision_line(evil)]))
    assert reason.endswith("."), reason


def test_a_new_fields_unknown_name_is_kept_as_a_newer_fieldkit_wrote_it(
    pair: Any, tmp_path: Path
) -> None:
    alice, bob = pair
    rev = revision(alice.identity, fields={"title": "Jar", "from_the_future": [1, {"a": 2}]})
    assert bob.receive(crafted(alice, tmp_path / "new.fkb", [revision_line(rev)])).refused is None


# --- M4: a revision keeps its record's kind and parents ----------------------------------------


def test_an_edit_that_changes_a_records_kind_or_borrows_a_parent_is_refused(
    pair: Any, tmp_path: Path
) -> None:
    alice, bob = pair
    jar = alice.records.create(F.OBJECT, {"inventory_number": "J-1", "title": "Jar"})
    cup = alice.records.create(F.OBJECT, {"inventory_number": "C-1", "title": "Cup"})
    assert bob.receive(alice.send(bob)).new_revisions == 2
    heads = {row[0]: row[3] for row in bob.view()}
    a_location = revision(
        alice.identity,
        jar.record_id,
        kind=F.LOCATION,
        parents=[heads[jar.record_id]],
        fields={"code": "L-1", "name": "Store"},
    )
    assert "changes the kind" in refused(
        bob, crafted(alice, tmp_path / "kind.fkb", [revision_line(a_location)])
    )
    borrowed = revision(
        alice.identity,
        jar.record_id,
        parents=[heads[jar.record_id], heads[cup.record_id]],
        fields={"title": "Jar", "inventory_number": "J-1"},
    )
    assert "another record" in refused(
        bob, crafted(alice, tmp_path / "parent.fkb", [revision_line(borrowed)])
    )
    # Both in one bundle, the second on top of the first: the same refusal.
    fresh = revision(alice.identity, fields={"title": "New", "inventory_number": "N-1"})
    turned = revision(alice.identity, kind=F.LOCATION, parents=[fresh.rev_id], fields={})
    assert "changes the kind" in refused(
        bob, crafted(alice, tmp_path / "both.fkb", [revision_line(fresh), revision_line(turned)])
    )


# --- M2: a huge sequence number ------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(1, 60), max_size=30), st.integers(0, 10))
def test_missing_numbers_are_those_a_full_listing_gives(have: set[int], limit: int) -> None:
    everything = sorted(set(range(1, max(have, default=0) + 1)) - have)
    assert gaps.missing(have, limit) == (everything[:limit], len(everything[limit:]))


def test_a_sequence_far_ahead_lists_a_few_gaps_and_counts_the_rest(
    pair: Any, tmp_path: Path
) -> None:
    alice, bob = pair
    rev = revision(alice.identity)
    ms = members(crafted(alice, tmp_path / "far.fkb", [revision_line(rev)]))
    far = write(with_sequence(ms, 2**31 - 1, alice.identity), tmp_path / "far2.fkb")
    started = time.monotonic()
    result = bob.receive(far)
    assert result.refused is None and result.new_revisions == 1
    assert time.monotonic() - started < 10
    assert len(result.gaps) == gaps.MAX_LISTED + 1
    more = 2**31 - 2 - gaps.MAX_LISTED
    assert str(result.gaps[-1]).startswith(f"Also not received yet: {more} more bundles of stream ")
    (sender,) = stats.overview(bob.vault.db).senders
    assert sender.gaps == result.gaps


def test_a_sequence_beyond_two_to_the_31_is_refused(pair: Any, tmp_path: Path) -> None:
    alice, bob = pair
    ms = members(crafted(alice, tmp_path / "far.fkb", [revision_line(revision(alice.identity))]))
    refused(bob, write(with_sequence(ms, 2**31, alice.identity), tmp_path / "far2.fkb"))


# --- M3: one bundle id, two contents -------------------------------------------------------------


def test_a_known_bundle_id_with_other_content_is_a_fork_and_refused(
    pair: Any, tmp_path: Path
) -> None:
    alice, bob = pair
    original = alice.send(plain=True, mode="full")
    assert original is not None
    ms = members(original)
    lines = lines_of(ms)
    one, two = (
        revision(alice.identity, fields={"title": title, "inventory_number": "J-1"})
        for title in ("Jar", "Forged jar")
    )
    first = write(
        set_records(dict(ms), [*lines, revision_line(one)], alice.identity), tmp_path / "1.fkb"
    )
    second = write(
        set_records(dict(ms), [*lines, revision_line(two)], alice.identity), tmp_path / "2.fkb"
    )
    assert bob.receive(first).new_revisions == 1
    before = state(bob)
    result = bob.receive(second)
    assert result.refused == (
        f"Bundle {bag_of(ms)[:8]} was imported before with other content; this copy was refused."
    )
    assert state(bob) == before
    forks = bob.vault.db.execute("SELECT bundle_a, bundle_b FROM forks").fetchall()
    assert [tuple(f) for f in forks] == [(bag_of(ms), bag_of(ms))]
    assert bob.receive(first).refused is None  # the copy imported first is still welcome


# --- L1 and a cosmetic one: problems are capped, and said once -----------------------------------


def test_a_manifest_of_many_bad_lines_lists_a_hundred_problems_and_counts_the_rest(
    pair: Any, tmp_path: Path
) -> None:
    alice, _ = pair
    ms = members(alice.send(plain=True, mode="full") or tmp_path)
    junk = b"".join(b"0" * 64 + b"  data/x%05d\n" % i for i in range(1000))
    bundle = write(reseal(ms, alice.identity, (junk, b"")), tmp_path / "junk.fkb")
    report = verify_bundle(bundle)
    assert len(report.errors) == 101
    assert report.errors[-1] == "…and 900 more problems."


def test_a_file_listed_twice_is_one_problem(pair: Any, tmp_path: Path) -> None:
    alice, _ = pair
    ms = members(alice.send(plain=True, mode="full") or tmp_path)
    first = reseal(dict(ms), alice.identity)[f"{bag_of(ms)}/tagmanifest-sha256.txt"]
    twice = first.splitlines(keepends=True)[0]
    bundle = write(reseal(ms, alice.identity, (b"", twice)), tmp_path / "twice.fkb")
    (problem,) = verify_bundle(bundle).errors
    assert "twice" in problem


# --- L2: a verdict claims only what was checked --------------------------------------------------


def test_records_that_do_not_decrypt_are_not_said_to_be_checked(pair: Any, tmp_path: Path) -> None:
    alice, bob = pair
    alice.records.create(F.OBJECT, {"inventory_number": "J-1", "title": "Jar"})
    ms = members(alice.send(bob) or tmp_path)
    name = next(n for n in ms if "/data/records.ndjson" in n)
    damaged = bytearray(ms[name])
    damaged[-5] ^= 1
    ms[name] = bytes(damaged)
    bundle = write(reseal(ms, alice.identity), tmp_path / "damaged.fkb")
    report = verify_bundle(bundle, vault=bob.vault)
    assert report.errors and not report.valid
    assert "every revision" not in (report.scope or "")
