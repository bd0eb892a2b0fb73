"""Every file name, folder or path the app puts into a sentence is isolated left to right
(widgets.ltr): in Arabic "/tmp/report.pdf" was shown as "tmp/report.pdf/" with the sentence's
full stop at its start (a new user's trial, 2026-12-06: the unlock screen's vault folder, the
written-PDF page). This scan fails on a `.format(file=…)`, `folder=…` or `path=…` under
fieldkit/gui whose value is not wrapped in ltr()."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parent.parent / "fieldkit" / "gui"
KEYS = {"file", "folder", "path"}
ISOLATING = {"ltr", "ltr_path", "rtl_path"}  # rtl_path: ltr_path in a right-to-left language


def _unisolated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
        ):
            continue
        for kw in node.keywords:
            value = kw.value
            # ltr(...) or widgets.ltr(...) (a module that names its helpers through widgets),
            # or ltr_path(...), which isolates each right-to-left part of a path as well
            wrapped = isinstance(value, ast.Call) and (
                (isinstance(value.func, ast.Name) and value.func.id in ISOLATING)
                or (isinstance(value.func, ast.Attribute) and value.func.attr in ISOLATING)
            )
            if kw.arg in KEYS and not wrapped:
                found.append(f"{path.relative_to(GUI.parent.parent)}:{node.lineno} {kw.arg}=")
    return found


def test_paths_in_sentences_are_isolated_left_to_right() -> None:
    found = [hit for path in sorted(GUI.rglob("*.py")) for hit in _unisolated(path)]
    assert not found, found
