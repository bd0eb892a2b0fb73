"""An import checks each revision line as it merges it (verify_bundle's ``revisions_later``):
the signatures are verified on other threads while the vault is written, chunk by chunk, in
the one transaction. What a person sees stays what a verify-then-merge gave: a bad line
anywhere, even in the last chunk after others were written, refuses the bundle whole with
verify's own sentence, and the vault is exactly as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hostile_bundles import content, crafted, revision_line
from peers import Peer

from fieldkit.bundles import importer
from fieldkit.bundles.verify import verify_bundle
from fieldkit.records import fields as F
from fieldkit.records.revision import Revision

HLC = "001796511988600-000000"


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    alice, bob = Peer(tmp_path, "alice"), Peer(tmp_path, "bob")
    alice.trust(bob)
    bob.trust(alice)
    yield alice, bob
    alice.vault.close()
    bob.vault.close()


def _objects(alice: Peer, n: int) -> list[Revision]:
    return [
        Revision(
            f"0b9a7f4e-2c1d-4e5f-8a6b-{i:012x}",
            F.OBJECT,
            (),
            alice.identity.fingerprint,
            HLC,
            {"title": f"Jar {i}", "inventory_number": f"EV-{i}", "status": "in_storage"},
            (),
            False,
        ).signed_by(alice.identity)
        for i in range(n)
    ]


def _state(peer: Peer) -> tuple[Any, ...]:
    return (peer.view(), peer.revisions(), peer.photo_hashes())


def _chunks_written(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many revisions each chunk written by the writer thread held (the merge had begun)."""
    written: list[int] = []
    write = importer._write_fresh

    def counting(db: Any, rows: Any) -> None:
        written.append(len(rows.revisions))
        write(db, rows)

    monkeypatch.setattr(importer, "_write_fresh", counting)
    return written


def test_a_bad_signature_in_the_last_chunk_refuses_the_bundle_whole(
    pair: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = pair
    revs = _objects(alice, 2 * importer._STORE_CHUNK + 100)
    lines = [revision_line(rev) for rev in revs]
    lines[-3] = content(revs[-3], fields={"title": "Changed after signing"})  # a clean value
    bundle = crafted(alice, tmp_path / "late.fkb", lines)
    expected = verify_bundle(bundle, vault=bob.vault).errors
    assert len(expected) == 1 and "invalid author signature" in expected[0]
    before = _state(bob)
    written = _chunks_written(monkeypatch)
    result = bob.receive(bundle)
    # Two chunks of 500 were written before the last one was checked, and none is kept.
    assert written[:2] == [importer._STORE_CHUNK] * 2
    assert result.refused == expected[0]
    assert result.new_revisions == 0
    assert _state(bob) == before
    monkeypatch.undo()
    # The same revisions, signed as they are, import.
    good = crafted(alice, tmp_path / "good.fkb", [revision_line(rev) for rev in revs])
    assert bob.receive(good).new_revisions == len(revs)


def test_a_bad_line_after_a_forged_handover_is_still_the_reason_given(
    pair: Any, tmp_path: Path
) -> None:
    """The merge refuses a handover nobody gave in the first chunk; a signature the merge has
    not reached yet fails further down. Verify checked every line before the merge, so its
    sentence (the signature's) is the one an import gives."""
    alice, bob = pair
    forged = Revision(
        "1b9a7f4e-2c1d-4e5f-8a6b-7c8d9e0f1a2b", F.HANDOVER, (), alice.identity.fingerprint, HLC,
        {}, (), False,
    ).signed_by(alice.identity)  # fmt: skip
    revs = _objects(alice, importer._STORE_CHUNK + 20)
    lines = [revision_line(forged)] + [revision_line(rev) for rev in revs]
    lines[-1] = content(revs[-1], fields={"title": "Changed after signing"})
    bundle = crafted(alice, tmp_path / "both.fkb", lines)
    expected = verify_bundle(bundle, vault=bob.vault).errors
    assert len(expected) == 1 and "invalid author signature" in expected[0]
    before = _state(bob)
    assert bob.receive(bundle).refused == expected[0]
    assert _state(bob) == before
    # Without the bad signature, the handover is what refuses it.
    lines[-1] = revision_line(revs[-1])
    reason = bob.receive(crafted(alice, tmp_path / "forged.fkb", lines)).refused
    assert reason is not None and "starts a handover" in reason
    assert _state(bob) == before


def test_each_revision_line_is_parsed_once(
    pair: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verification no longer reads every revision before the merge reads them all again."""
    alice, bob = pair
    revs = _objects(alice, 30)
    bundle = crafted(alice, tmp_path / "thirty.fkb", [revision_line(rev) for rev in revs])
    parsed: list[str] = []
    parse = Revision.from_content.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Revision], obj: Any, signature: bytes = b"") -> Revision:
        parsed.append(obj.get("record_id") if isinstance(obj, dict) else "")
        return parse(cls, obj, signature)  # type: ignore[no-any-return]

    monkeypatch.setattr(Revision, "from_content", classmethod(counting))
    assert bob.receive(bundle).new_revisions == len(revs)
    assert sorted(parsed) == sorted(rev.record_id for rev in revs)


def test_a_bundle_checks_a_repeated_list_once_and_a_refused_one_every_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Agents and damage types are lists, the same few dozen across 100,000 damage reports:
    within one bundle (its ``seen`` set) each is checked once. A refused list is never
    remembered, and a list of other values is checked as itself."""
    from fieldkit.bundles import import_checks
    from fieldkit.errors import CorruptFileError

    checked: list[tuple[str, Any]] = []
    clean = F.clean_value

    def counting(kind: str, name: str, value: Any) -> Any:
        checked.append((name, value))
        return clean(kind, name, value)

    monkeypatch.setattr(F, "clean_value", counting)
    import_checks.forget_accepted()

    def damage(i: int, agents: list[Any]) -> Revision:
        return Revision(
            f"0b9a7f4e-2c1d-4e5f-8a6b-{i:012x}", F.DAMAGE, (), "a" * 64, HLC,
            {"agents": agents, "damage_types": ["cracking"]}, (), False,
        )  # fmt: skip

    seen: set[Any] = set()
    for i in range(20):
        import_checks.revision_line(damage(i, ["fire", "water"]), i + 1, seen)
    assert checked.count(("agents", ["fire", "water"])) == 1
    assert checked.count(("damage_types", ["cracking"])) == 1
    for number in (21, 22):
        with pytest.raises(CorruptFileError):
            import_checks.revision_line(damage(number, ["fire", "dragons"]), number, seen)
    assert checked.count(("agents", ["fire", "dragons"])) == 2
    import_checks.revision_line(damage(23, ["water", "fire"]), 23, seen)
    assert checked.count(("agents", ["water", "fire"])) == 1
