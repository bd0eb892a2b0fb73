"""The licence and THIRD-PARTY-NOTICES: present, current, and complete for what FieldKit runs."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

from conftest import REPO


def _notices_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "third_party_notices", REPO / "packaging" / "third_party_notices.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_licence_is_apache_2_in_full_and_declared_in_pyproject() -> None:
    licence = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0, January 2004" in licence
    assert "END OF TERMS AND CONDITIONS" in licence and "APPENDIX" in licence
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    assert set(project["license-files"]) == {"LICENSE", "THIRD-PARTY-NOTICES"}


_SECTION = re.compile(r"^=+\n([^\n]+)\n=+\n", re.M)


def _sections(text: str) -> dict[str, str]:
    """Each distribution's section of the notices, by its heading."""
    parts = _SECTION.split(text)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _locked_versions() -> dict[str, str]:
    lock = (REPO / "packaging" / "requirements" / "build.txt").read_text(encoding="utf-8")
    return {
        re.sub(r"[-_.]+", "-", name).lower(): version
        for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==([^ ;\\]+)", lock, re.M)
    }


def test_third_party_notices_are_current() -> None:
    """Fails when a dependency is added or changes licence: rerun the script and commit.

    The notices describe what the packages ship: the build lock's versions. The test extras
    may install another version of a runtime dependency (botocore holds python-dateutil below
    3), whose metadata words its licence differently; such a section is compared by name only,
    every section whose installed version is the locked one by its licence.
    """
    committed = (REPO / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    script = _notices_script()
    rendered = script.render()
    if rendered == committed:
        return
    hint = "THIRD-PARTY-NOTICES is not current: run `python packaging/third_party_notices.py`."
    ours, theirs = _sections(rendered), _sections(committed)
    locked = _locked_versions()
    installed = {
        re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version
        for d in script.runtime_distributions()
    }

    def as_shipped(heading: str) -> bool:
        """A section the packages ship as rendered here: not a distribution at all (SQLCipher,
        Qt, the fonts), or one installed at the version the build lock pins."""
        key = re.sub(r"[-_.]+", "-", heading).lower()
        return key not in installed or locked.get(key) == installed[key]

    def licence(body: str) -> str:
        """The section's licence line: two builds of one release may differ in their project
        address or in the licence files they carry (pip from another index did), never in it."""
        return next((line for line in body.splitlines() if line.startswith("Licence:")), body)

    compared = [h for h in ours if as_shipped(h)]
    assert compared, hint
    for heading in compared:
        assert heading in theirs, f"{heading}: {hint}"
        assert licence(ours[heading]) == licence(theirs[heading]), f"{heading}: {hint}"


def test_the_walk_reaches_dependencies_of_extras_and_of_dependencies() -> None:
    names = {
        re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower()
        for d in _notices_script().runtime_distributions()
    }
    # reportlab[shaping] brings uharfbuzz; cryptography brings cffi, which brings pycparser.
    assert {"reportlab", "uharfbuzz", "cryptography", "cffi", "pycparser"} <= names
    assert {"pyside6-essentials", "shiboken6", "sqlcipher3"} <= names
    assert "fieldkit" not in names
    # Test-only tools are not shipped, so not listed.
    assert not {"pytest", "hypothesis", "mypy", "ruff"} & names


def test_notices_cover_what_no_metadata_describes(tmp_path: Path) -> None:
    script = _notices_script()
    out = tmp_path / "NOTICES"
    assert script.main(["-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    for needle in (
        "SQLCipher (inside sqlcipher3)",
        "ZETETIC LLC",
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "Version 3, 29 June 2007",
        "SIL OPEN FONT LICENSE Version 1.1",
        "Licence: Apache-2.0 OR BSD-3-Clause",  # cryptography, from its metadata
    ):
        assert needle in text, needle
    assert script.main(["--check", "-o", str(out)]) == 0
    out.write_text(text.replace("ZETETIC", "SOMEONE"), encoding="utf-8")
    assert script.main(["--check", "-o", str(out)]) == 1
