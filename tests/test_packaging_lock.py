"""The hashed build lock (packaging/requirements/build.txt) matches pyproject.toml and build.in."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest
from conftest import REPO

REQUIREMENTS = REPO / "packaging" / "requirements"


@pytest.fixture(scope="module")
def check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_lock", REQUIREMENTS / "check_lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def _sources() -> tuple[str, str, str]:
    return (
        (REPO / "pyproject.toml").read_text(encoding="utf-8"),
        (REQUIREMENTS / "build.in").read_text(encoding="utf-8"),
        (REQUIREMENTS / "build.txt").read_text(encoding="utf-8"),
    )


def test_the_committed_lock_is_current(check: ModuleType) -> None:
    assert check.problems(*_sources()) == []
    assert check.main() == 0


def test_the_lock_pins_every_platform_and_the_build_tool(check: ModuleType) -> None:
    pins = {pin.name: pin for pin in check.parse_lock(_sources()[2])}
    assert {"pyinstaller", "pyside6-essentials", "sqlcipher3", "uharfbuzz"} <= set(pins)
    # Universal: the Windows-only and macOS-only build helpers are in, behind their markers.
    assert "win32" in (pins["pefile"].marker or "")
    assert "darwin" in (pins["macholib"].marker or "")
    assert all(pin.hashes for pin in pins.values())


def test_a_new_dependency_in_pyproject_makes_the_lock_stale(check: ModuleType) -> None:
    pyproject, build_in, lock = _sources()
    grown = pyproject.replace('"zxcvbn>=4.5",', '"zxcvbn>=4.5",\n  "lxml>=5",', 1)
    assert grown != pyproject
    assert check.problems(grown, build_in, lock) == ["lxml>=5 is required but not in the lock"]


def test_a_raised_lower_bound_makes_the_lock_stale(check: ModuleType) -> None:
    pyproject, build_in, lock = _sources()
    raised = pyproject.replace('"platformdirs>=4"', '"platformdirs>=999"', 1)
    assert raised != pyproject
    [problem] = check.problems(raised, build_in, lock)
    assert problem.startswith("the lock pins platformdirs==") and "platformdirs>=999" in problem


def test_a_pin_without_hash_or_a_loose_pin_is_refused(check: ModuleType) -> None:
    pyproject, build_in, lock = _sources()
    no_hash = lock + "\nextra-tool==1.0\n"
    assert check.problems(pyproject, build_in, no_hash) == [
        "extra-tool==1.0 has no sha256 hash in the lock"
    ]
    loose = lock + "\nextra-tool>=1.0 --hash=sha256:" + "0" * 64 + "\n"
    [problem] = check.problems(pyproject, build_in, loose)
    assert "not pinned to one exact version" in problem
