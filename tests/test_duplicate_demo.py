"""The demo vault holds a few objects documented twice, and the search finds them (issue 23)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

from fieldkit.demo.collection import DUPLICATE_KINDS, demo_state, generate
from fieldkit.duplicates.candidates import find_candidates
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def test_a_new_demo_vault_shows_its_duplicates(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    result = run_cli(["--vault", str(target), "demo", "--no-gui"])
    assert result.code == 0, result.err
    vault = Vault.open(target, "demo")
    try:
        state = demo_state(vault)
        assert state is not None
        planted = {frozenset(pair) for pair in state["duplicates"]}
        assert len(planted) == len(DUPLICATE_KINDS)  # the default 200 objects hold all six
        found = find_candidates(vault)
        pairs = {c.pair for c in found}
        assert planted <= pairs
        assert len(pairs - planted) <= 1  # and next to nothing else
        records = Records(vault)
        for candidate in found:
            if candidate.pair in planted:  # the record kept by default is the fuller one
                a, b = records.get(candidate.a), records.get(candidate.b)
                assert len(a.missing) <= len(b.missing)
    finally:
        vault.close()


def test_the_duplicates_take_the_place_of_objects_and_keep_the_counts(make_vault) -> None:
    vault, _ = make_vault()
    summary = generate(vault, 60, seed=5)
    records = Records(vault)
    assert summary.objects == records.count("object") == 60
    assert summary.incomplete_objects == records.count("object", incomplete=True)
    state = demo_state(vault)
    assert state is not None and len(state["duplicates"]) == 2  # one per 30 objects
    small = generate(make_vault(vault.path.parent / "small")[0], 20, seed=5)
    assert small.objects == 20
