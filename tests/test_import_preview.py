"""The import preview is the importer's own (issue 14): what ``importer.preview`` says a list of
bundles would do — refused or not, gaps, forks, imported before — is what ``import_bundle`` then
does, so the app's verdict page cannot drift from the importer's rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from peers import Peer

from fieldkit.bundles.importer import OWN_BUNDLE, import_bundle, preview
from fieldkit.bundles.verify import verify_bundle
from fieldkit.records import fields as F


@pytest.fixture
def amal_rana(tmp_path: Path) -> tuple[Peer, Peer]:
    amal, rana = Peer(tmp_path, "amal"), Peer(tmp_path, "rana", role="coordinator")
    amal.trust(rana)
    rana.trust(amal)
    return amal, rana


def _sends(amal: Peer, rana: Peer, n: int) -> list[Path]:
    bundles = []
    for i in range(n):
        amal.records.create(F.OBJECT, {"inventory_number": f"P-{i}", "title": f"Jar {i}"})
        path = amal.send(rana)
        assert path is not None
        bundles.append(path)
    return bundles


def _sequences(sentences: list[str]) -> list[int]:
    return [int(s.params["sequence"]) for s in sentences]  # type: ignore[attr-defined]


def test_the_preview_predicts_the_gaps_the_import_then_reports(
    amal_rana: tuple[Peer, Peer],
) -> None:
    amal, rana = amal_rana
    first, _second, third, fourth = _sends(amal, rana, 4)
    chosen = [third, first]
    seen = preview(rana.vault, [verify_bundle(p, vault=rana.vault) for p in chosen])
    assert [p.importable for p in seen] == [True, True]
    assert [p.gaps for p in seen] == [[2], [2]]  # after importing both, only 2 is missing
    for path in chosen:
        result = import_bundle(rana.vault, path)
        assert result.refused is None
    assert _sequences(result.gaps) == [2]
    # Imported now: the preview says when; the fourth alone would leave 2 missing still.
    again = preview(rana.vault, [verify_bundle(p, vault=rana.vault) for p in (first, fourth)])
    assert again[0].imported_before is not None and again[1].imported_before is None
    assert again[1].gaps == [2]
    assert _sequences(import_bundle(rana.vault, fourth).gaps) == [2]


def test_the_preview_refuses_what_the_importer_refuses_with_the_same_sentence(
    amal_rana: tuple[Peer, Peer], tmp_path: Path
) -> None:
    amal, rana = amal_rana
    (mine,) = _sends(amal, rana, 1)
    (own,) = preview(amal.vault, [verify_bundle(mine, vault=amal.vault)])
    assert own.own and not own.importable and own.refusal == OWN_BUNDLE
    assert import_bundle(amal.vault, mine).refused == own.refusal

    stranger = Peer(tmp_path, "bohdan")  # rana does not trust bohdan
    stranger.records.create(F.OBJECT, {"title": "Bowl"})
    theirs = stranger.send(rana)
    assert theirs is not None
    (unknown,) = preview(rana.vault, [verify_bundle(theirs, vault=rana.vault)])
    assert unknown.untrusted and unknown.importable  # trust aside: it would merge if accepted
    refused = import_bundle(rana.vault, theirs)
    assert refused.refused is not None and refused.untrusted
    assert import_bundle(rana.vault, theirs, accept_untrusted=True).refused is None

    garbage = tmp_path / "garbage.fkb"
    garbage.write_bytes(b"PK\x03\x04 not a bundle")
    (bad,) = preview(rana.vault, [verify_bundle(garbage, vault=rana.vault)])
    assert not bad.importable
    assert import_bundle(rana.vault, garbage).refused == bad.refusal
