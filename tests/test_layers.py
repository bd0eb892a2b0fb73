"""Layers point one way (issue 14): front ends → services → storage → crypto → foundation.

The layers are listed here, in one place. A module may import its own layer and the layers
below it, never one above: the core is changed without reading the GUI, the vault's storage
without reading the importer. The desktop app is a front end of its own: it imports no part of
the command line (the command line may start the app: ``fieldkit gui``, the self-test's Qt half).

Every import counts, wherever it is written: at the top, inside a function (a lazy import is a
dependency all the same), or under ``if TYPE_CHECKING`` (a type names what the code relies on).

KNOWN_VIOLATIONS lists the imports that still go upwards, each with what would fix it. The list
may only shrink: a fixed violation must be removed from it (the last test fails until it is).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import fieldkit

PACKAGE_DIR = Path(fieldkit.__file__).resolve().parent

#: Highest first. An entry is a package (and everything under it) or a single module.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "front ends",  # the desktop app and the command line
        (
            "fieldkit.gui",
            "fieldkit.cli",
            "fieldkit.commands",
            "fieldkit.credentials",  # where the CLI reads passphrases from
            "fieldkit.self_test",  # `fieldkit --self-test`; the app shows its licence list
            "fieldkit.__main__",
        ),
    ),
    (
        "services",  # what a user does: records, bundles, sync, identities, exports, reports
        (
            "fieldkit.records",
            "fieldkit.demo",  # the demo collection generator and its text pools
            "fieldkit.bundles",
            "fieldkit.sync",
            "fieldkit.identity",
            "fieldkit.exports",
            "fieldkit.reports",
            "fieldkit.archive",
            "fieldkit.duplicates",
            "fieldkit.foreign_files",
        ),
    ),
    ("storage", ("fieldkit.vault",)),  # the encrypted database, its schema, media, audit log
    ("crypto", ("fieldkit.crypto",)),  # age, minisign, key derivation and wrapping
    (
        "foundation",  # needed everywhere, needs nothing of FieldKit above it
        (
            "fieldkit",  # the package itself (__version__), not what is under it
            "fieldkit.errors",
            "fieldkit.i18n",
            "fieldkit.i18n_fields",
            "fieldkit.fsutil",
            "fieldkit.canonical_json",
            "fieldkit.clock",  # the one clock of stored timestamps
            "fieldkit.json_input",
            "fieldkit.logs",
            "fieldkit.process_guard",  # no core dumps of an unlocked process
            "fieldkit.passphrase_policy",
            "fieldkit.tasks",  # Progress and Cancel, the contract of every long operation
        ),
    ),
)

#: The command line's own modules: the desktop app imports none of them.
CLI_ONLY: tuple[str, ...] = ("fieldkit.cli", "fieldkit.commands", "fieldkit.credentials")

#: (importing module, imported module) → why it is still there and what removes it.
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the module imported (a submodule when `from package import submodule`)
    line: int


def module_name(path: Path, package_dir: Path = PACKAGE_DIR) -> str:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str, package_dir: Path) -> bool:
    path = package_dir.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports_of(
    source: str, module: str, *, is_package: bool, package_dir: Path = PACKAGE_DIR
) -> Iterator[Import]:
    """Every FieldKit module ``source`` imports, anywhere in it (functions and TYPE_CHECKING
    blocks included); relative imports resolved against ``module``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                candidate = f"{origin}.{alias.name}"
                submodule = _is_module(candidate, package_dir)
                yield Import(module, candidate if submodule else origin, node.lineno)


def fieldkit_imports(package_dir: Path = PACKAGE_DIR) -> list[Import]:
    found = []
    for path in sorted(package_dir.rglob("*.py")):
        module = module_name(path, package_dir)
        for imp in imports_of(
            path.read_text(encoding="utf-8"),
            module,
            is_package=path.name == "__init__.py",
            package_dir=package_dir,
        ):
            if imp.target == "fieldkit" or imp.target.startswith("fieldkit."):
                found.append(imp)
    return found


def _entry_matches(entry: str, module: str) -> bool:
    if entry == "fieldkit":
        return module == "fieldkit"  # the package itself, not everything under it
    return module == entry or module.startswith(entry + ".")


def layer_of(module: str) -> int | None:
    """The index in LAYERS (0 is the highest) of ``module``, or None if it has no layer."""
    best: tuple[int, int] | None = None  # (length of the matching entry, layer)
    for index, (_name, entries) in enumerate(LAYERS):
        for entry in entries:
            if _entry_matches(entry, module) and (best is None or len(entry) > best[0]):
                best = (len(entry), index)
    return None if best is None else best[1]


def violations(imports: list[Import]) -> dict[tuple[str, str], list[Import]]:
    """Imports from a higher layer, and the app's imports of the command line."""
    found: dict[tuple[str, str], list[Import]] = {}
    for imp in imports:
        own, other = layer_of(imp.module), layer_of(imp.target)
        if own is None or other is None:
            continue  # reported by test_every_module_has_a_layer
        upwards = other < own
        app_uses_cli = _entry_matches("fieldkit.gui", imp.module) and any(
            _entry_matches(cli, imp.target) for cli in CLI_ONLY
        )
        if upwards or app_uses_cli:
            found.setdefault((imp.module, imp.target), []).append(imp)
    return found


def _describe(found: dict[tuple[str, str], list[Import]]) -> str:
    lines = []
    for (module, target), imps in sorted(found.items()):
        where = ", ".join(str(i.line) for i in imps)
        own, other = layer_of(module), layer_of(target)
        assert own is not None and other is not None
        lines.append(
            f"{module} (line {where}, {LAYERS[own][0]}) imports {target} ({LAYERS[other][0]})"
        )
    return "\n".join(lines)


# --- the package as it is -----------------------------------------------------------------------


def test_every_module_has_a_layer() -> None:
    """A new package or top-level module must be placed in LAYERS (which layer is a decision)."""
    modules = [module_name(p) for p in sorted(PACKAGE_DIR.rglob("*.py"))]
    assert len(modules) > 100
    assert [m for m in modules if layer_of(m) is None] == []


def test_no_module_imports_from_a_higher_layer() -> None:
    found = violations(fieldkit_imports())
    new = {key: imps for key, imps in found.items() if key not in KNOWN_VIOLATIONS}
    assert new == {}, "imports against the layers:\n" + _describe(new)


def test_the_known_violations_only_shrink() -> None:
    """A violation that is gone must leave KNOWN_VIOLATIONS, so that it cannot come back."""
    found = violations(fieldkit_imports())
    fixed = sorted(key for key in KNOWN_VIOLATIONS if key not in found)
    assert fixed == [], f"fixed, remove from KNOWN_VIOLATIONS: {fixed}"


def test_the_layers_are_listed_once() -> None:
    entries = [entry for _name, group in LAYERS for entry in group]
    assert len(entries) == len(set(entries))
    assert [name for name, _ in LAYERS] == [
        "front ends",
        "services",
        "storage",
        "crypto",
        "foundation",
    ]


# --- the walker itself: it must see every form of import ----------------------------------------


@pytest.fixture
def tiny_package(tmp_path: Path) -> Path:
    """fieldkit/{__init__, errors, cli}.py, fieldkit/vault/{__init__, media}.py, fieldkit/gui/."""
    root = tmp_path / "fieldkit"
    for name in (
        "__init__.py",
        "errors.py",
        "cli.py",
        "vault/__init__.py",
        "vault/media.py",
        "gui/__init__.py",
        "records/__init__.py",
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("import fieldkit.cli\n", "fieldkit.cli"),
        ("from fieldkit.cli import main\n", "fieldkit.cli"),
        ("from fieldkit import cli\n", "fieldkit.cli"),
        ("from .. import cli\n", "fieldkit.cli"),
        ("from ..cli import main\n", "fieldkit.cli"),
        ("def later():\n    from fieldkit.records import x\n", "fieldkit.records"),
        (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from fieldkit.cli import C\n",
            "fieldkit.cli",
        ),
        ("class A:\n    def m(self):\n        import fieldkit.gui\n", "fieldkit.gui"),
    ],
)
def test_the_walker_sees_every_form_of_import_and_flags_it(
    tiny_package: Path, source: str, target: str
) -> None:
    """Written in the storage layer (fieldkit/vault/media.py), each of these goes upwards."""
    (tiny_package / "vault" / "media.py").write_text(source, encoding="utf-8")
    imports = [
        i for i in fieldkit_imports(tiny_package) if i.module == "fieldkit.vault.media"
    ]
    assert [i.target for i in imports] == [target]
    assert list(violations(imports)) == [("fieldkit.vault.media", target)]


def test_the_walker_resolves_a_package_s_relative_imports(tiny_package: Path) -> None:
    (tiny_package / "vault" / "__init__.py").write_text(
        "from .media import m\nfrom . import media\n", encoding="utf-8"
    )
    imports = [i for i in fieldkit_imports(tiny_package) if i.module == "fieldkit.vault"]
    assert [i.target for i in imports] == ["fieldkit.vault.media", "fieldkit.vault.media"]
    assert violations(imports) == {}


def test_downwards_and_sideways_imports_pass_but_the_app_may_not_use_the_cli() -> None:
    def imp(module: str, target: str) -> Import:
        return Import(module, target, 1)

    allowed = [
        imp("fieldkit.gui.main_window", "fieldkit.records.service"),  # down
        imp("fieldkit.commands.app", "fieldkit.gui.app"),  # the CLI starts the app
        imp("fieldkit.identity.card", "fieldkit.bundles.verify"),  # within the services
        imp("fieldkit.vault.vault", "fieldkit.crypto.age"),
        imp("fieldkit.crypto.age", "fieldkit.errors"),
        imp("fieldkit.errors", "fieldkit"),
    ]
    assert violations(allowed) == {}
    refused = [
        imp("fieldkit.gui.main_window", "fieldkit.cli"),
        imp("fieldkit.gui.pages.people", "fieldkit.commands.trust"),
        imp("fieldkit.records.service", "fieldkit.gui.workers"),
        imp("fieldkit.crypto.age", "fieldkit.vault.media"),
        imp("fieldkit.errors", "fieldkit.crypto.kdf"),
    ]
    assert list(violations(refused)) == [(i.module, i.target) for i in refused]
