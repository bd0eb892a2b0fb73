"""Warnings are capped like problems (review 8, bug 5): review 7 capped a bag's problems at
100 sentences ("…and N more"), but not its warnings, so a signed manifest of 300,000 blank lines
printed 300,000 sentences (26 MB on stderr), in strict mode too."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from bag_folder import FolderSource
from hostile_bundles import members, reseal, write
from peers import Peer

from fieldkit.bundles.bagit import MAX_PROBLEMS, more_problems, validate_bag
from fieldkit.bundles.verify import verify_bundle

BLANK_LINES = 300_000


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    alice, bob = Peer(tmp_path, "alice"), Peer(tmp_path, "bob")
    alice.trust(bob)
    bob.trust(alice)
    yield alice, bob
    alice.vault.close()
    bob.vault.close()


def test_a_signed_manifest_of_blank_lines_gives_a_few_sentences(pair: Any, tmp_path: Path) -> None:
    alice, bob = pair
    ms = members(alice.send(plain=True, mode="full") or tmp_path)
    extra = (b"\n" * BLANK_LINES, b"")
    bundle = write(reseal(ms, alice.identity, extra), tmp_path / "blank.fkb")
    report = verify_bundle(bundle)
    said = [*report.errors, *report.warnings]
    assert len(said) <= 2 * MAX_PROBLEMS + 10, len(said)
    assert sum(len(s) for s in said) < 100_000
    assert any("more problems" in s for s in said)
    result = bob.receive(bundle)
    assert len(result.warnings) <= 2 * MAX_PROBLEMS + 10


def blank_bag(root: Path) -> Path:
    """A BagIt 1.0 bag whose payload manifest has BLANK_LINES empty lines (a warning each)."""
    (root / "data").mkdir(parents=True)
    (root / "data" / "a.txt").write_bytes(b"a")
    (root / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    line = f"{hashlib.sha256(b'a').hexdigest()}  data/a.txt\n"
    (root / "manifest-sha256.txt").write_text(line + "\n" * BLANK_LINES)
    return root


@pytest.mark.parametrize("strict", [False, True])
def test_warnings_are_capped_in_both_modes(tmp_path: Path, strict: bool) -> None:
    report = validate_bag(FolderSource(blank_bag(tmp_path / "bag")), strict=strict)
    said = report.problems if strict else report.warnings
    assert len(said) == MAX_PROBLEMS + 1, len(said)
    # BLANK_LINES empty lines and the bag's other warnings (it has no bag-info.txt or tag manifest)
    more = int(said[-1].message.split()[1])
    assert said[-1].message == more_problems(more) and more >= BLANK_LINES - MAX_PROBLEMS
    assert len(report.problems) + len(report.warnings) <= MAX_PROBLEMS + 1
    assert report.valid is not strict
