"""The archive is built on the core's public API: no private name of another package
(``importer._refusal``, ``vault.media._identity``), so the core can change its insides (as
the import's optimisation does) without breaking the archive silently."""

from __future__ import annotations

import ast
from pathlib import Path

import fieldkit.archive

ARCHIVE = Path(fieldkit.archive.__file__).parent
COMMAND = ARCHIVE.parent / "commands" / "archive.py"


def private_uses(source: str) -> list[str]:
    """Private names the module takes from outside its own package: imported from another
    ``fieldkit`` module, or read as an attribute of anything but ``self``/``cls``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and (node.module or "").startswith("fieldkit")
            and not (node.module or "").startswith("fieldkit.archive")
        ):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
        elif (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
        ):
            found.append(f"{ast.unparse(node.value)}.{node.attr}")
    return found


def test_the_checker_sees_private_names() -> None:
    assert private_uses("from fieldkit.bundles.importer import _refusal, verify") == [
        "fieldkit.bundles.importer._refusal"
    ]
    assert private_uses("key = vault.media._identity") == ["vault.media._identity"]
    assert private_uses("self._lock = None\nfrom .storage import _x\nx.__class__") == []


def test_the_archive_uses_only_the_cores_public_names() -> None:
    used = {
        path.name: private_uses(path.read_text(encoding="utf-8"))
        for path in [*sorted(ARCHIVE.glob("*.py")), COMMAND]
    }
    assert {name: names for name, names in used.items() if names} == {}
