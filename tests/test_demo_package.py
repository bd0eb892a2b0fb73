"""The demo generator as its own package (issue 14): text pools as data files that a wheel
carries, and the task contract (phases that only move forward, a cancel that says what stays)."""

from __future__ import annotations

import fnmatch
import json
import tomllib

import pytest
from conftest import REPO

from fieldkit.demo import texts
from fieldkit.demo.collection import demo_state, generate
from fieldkit.errors import CancelledError
from fieldkit.tasks import Cancel, Progress
from fieldkit.vault import Vault

DATA = REPO / "fieldkit" / "demo" / "data"


def test_every_data_file_is_package_data() -> None:
    """A wheel carries only the files pyproject's package-data names (checked by hand with
    `pip wheel .`: fieldkit/demo/data/*.json are in it)."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["fieldkit.demo"]
    files = sorted(p.relative_to(DATA.parent).as_posix() for p in DATA.iterdir())
    assert files, "the demo has no data files"
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name


def test_the_pools_are_read_from_the_data_files() -> None:
    institutions = json.loads((DATA / "institutions.json").read_text(encoding="utf-8"))
    assert [i.key for i in texts.INSTITUTIONS] == [i["key"] for i in institutions]
    assert texts.INSTITUTIONS[0].names == institutions[0]["names"]
    archetypes = json.loads((DATA / "archetypes.json").read_text(encoding="utf-8"))
    assert list(texts.ARCHETYPES) == [a["key"] for a in archetypes]
    # Lists in JSON are tuples in the pools: constants nobody appends to by mistake.
    assert isinstance(texts.FEATURES["fr"], tuple)
    assert isinstance(texts.INSTITUTIONS[0].events[0], tuple)


def test_generation_reports_each_phase_from_zero_to_its_total(vault: Vault) -> None:
    seen: list[Progress] = []
    summary = generate(vault, 60, progress=seen.append, batch_size=25)
    phases = list(dict.fromkeys(p.phase for p in seen))
    assert phases == ["photos", "objects", "damage reports", "site reports"]
    for phase in phases:
        steps = [p for p in seen if p.phase == phase]
        assert [p.done for p in steps] == sorted(p.done for p in steps), phase
        assert steps[0].done == 0 and steps[-1].done == steps[-1].total, phase
    assert [p.total for p in seen if p.phase == "objects"][-1] == summary.objects == 60


def test_a_cancelled_generation_says_what_stays(vault: Vault) -> None:
    cancel = Cancel()

    def sink(step: Progress) -> None:
        if step.phase == "objects" and step.done >= 25:
            cancel.set()

    with pytest.raises(CancelledError, match="part of the collection") as caught:
        generate(vault, 100, progress=sink, cancel=cancel, batch_size=25)
    assert "fieldkit demo" in caught.value.hint
    state = demo_state(vault)
    assert state is not None and state["complete"] is False

