"""Qt's built-in signals pass their own argument: a slot must not mistake it for one of its own.

`clicked(bool)`, `toggled(bool)` and `triggered(bool)` call a connected bound method with
`checked` as its first argument. A slot such as `export_card(self, target=None)` then receives
`False` as its target, and `remove_selected(self, confirm=True)` skips its confirmation: three
crashing or silent buttons came from this on one day. This test reads every connection under
fieldkit/gui/ and fails on any bound method with a defaulted first parameter connected directly
to one of these signals; connect through a lambda (or a slot without defaults) instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

import fieldkit.gui

GUI = Path(fieldkit.gui.__file__).parent
# Signals that pass a value the slot did not ask for (QAbstractButton, QAction, QGroupBox…).
ARGUMENT_SIGNALS = {"clicked", "toggled", "triggered"}


def _defaulted_first_parameter(fn: ast.FunctionDef) -> bool:
    params = fn.args.args[1:] if fn.args.args and fn.args.args[0].arg == "self" else fn.args.args
    return bool(params) and len(fn.args.defaults) >= len(params)


def _offending_connections(source: str) -> list[str]:
    tree = ast.parse(source)
    methods: dict[str, list[ast.FunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    methods.setdefault(item.name, []).append(item)
    found = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "connect"
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr in ARGUMENT_SIGNALS
            and node.args
            and isinstance(node.args[0], ast.Attribute)
        ):
            continue
        slot = node.args[0].attr
        if any(_defaulted_first_parameter(fn) for fn in methods.get(slot, [])):
            found.append(f"line {node.lineno}: {node.func.value.attr} -> {slot}")
    return found


def test_no_button_passes_its_checked_state_into_a_defaulted_parameter() -> None:
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        for problem in _offending_connections(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(GUI)} {problem}")
    assert problems == []


def test_the_scan_finds_the_bug_it_is_for() -> None:
    source = (
        "class Page:\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.export_card)\n"
        "        self.other.clicked.connect(lambda: self.export_card())\n"
        "    def export_card(self, target=None):\n"
        "        pass\n"
    )
    assert _offending_connections(source) == ["line 3: clicked -> export_card"]


def test_add_a_measurement_button_adds_an_empty_row_in_centimetres(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from fieldkit.gui.editors.object_editor import ObjectEditor

    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    measurements = editor.inputs["measurements"]
    qtbot.mouseClick(measurements.add_button, Qt.MouseButton.LeftButton)
    table = measurements.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "cm"
    editor.inputs["inventory_number"].set_raw("M-1")
    editor.inputs["title"].set_raw("Stele")
    assert editor.save_button.isEnabled()  # an empty new row is not an error
    editor.close()

