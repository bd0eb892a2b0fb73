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


def test_third_party_notices_are_current() -> None:
    """Fails when a dependency is added or changes licence: rerun the script and commit."""
    committed = (REPO / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    assert _notices_script().render() == committed, (
        "THIRD-PARTY-NOTICES is not current: run `python packaging/third_party_notices.py`."
    )


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
