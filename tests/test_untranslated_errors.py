"""No user-facing error of the core is raised with a sentence a translator cannot reach (issue 16).

A FieldKitError's message and hint are templates marked with ``QT_TRANSLATE_NOOP("errors", …)``
(or a constant holding one, or a :class:`fieldkit.i18n.Text`), translated where they are shown.
This test reads the core's source and lists every FieldKitError subclass built with a plain
string literal or an f-string as its message or hint, and every ``default_hint`` that is a bare
literal. The files below still have some (counted); the list may only shrink: a new one fails CI.
Bugs (ValueError, RuntimeError, … with English text a user never sees) are not counted.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Mapping
from pathlib import Path

import fieldkit
from fieldkit.errors import FieldKitError

ROOT = Path(fieldkit.__file__).parent
# Not the core: the desktop app (Qt's own tr()) and the command line's modules (owned elsewhere).
SKIPPED = ("gui/", "commands/")

# file (relative to fieldkit/) -> literal messages or hints still there. May only shrink.
ALLOWED: dict[str, int] = {}


def _error_classes() -> dict[str, tuple[int, int]]:
    """Every FieldKitError subclass the core defines: its name, and the positions of its
    ``message`` and ``hint`` arguments (ValidationError takes the field's name first)."""
    for info in pkgutil.walk_packages(fieldkit.__path__, "fieldkit."):
        if info.name.startswith(("fieldkit.gui", "fieldkit.commands", "fieldkit.__main__")):
            continue
        importlib.import_module(info.name)
    classes: dict[str, tuple[int, int]] = {}
    todo: list[type] = [FieldKitError]
    while todo:
        cls = todo.pop()
        params = list(inspect.signature(cls.__init__).parameters)[1:]
        at = params.index("message") if "message" in params else 0
        hint = params.index("hint") if "hint" in params else at + 1
        classes.setdefault(cls.__name__, (at, hint))
        todo.extend(cls.__subclasses__())
    return classes


def _untranslatable(node: ast.expr | None) -> bool:
    """A plain sentence: a string literal, an f-string, or literals joined with + or %."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _untranslatable(node.left) or _untranslatable(node.right)
    return False


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def violations(source: str, names: Mapping[str, tuple[int, int]]) -> list[int]:
    """Line numbers of literal messages/hints given to a FieldKitError in ``source``."""
    found: list[int] = []
    for node in ast.walk(ast.parse(source)):
        name = _callee(node) if isinstance(node, ast.Call) else None
        if isinstance(node, ast.Call) and name in names:
            at, hint_at = names[name]
            message = node.args[at] if len(node.args) > at else None
            hint = node.args[hint_at] if len(node.args) > hint_at else None
            for kw in node.keywords:
                if kw.arg == "message":
                    message = kw.value
                elif kw.arg == "hint":
                    hint = kw.value
            if _untranslatable(message) or _untranslatable(hint):
                found.append(node.lineno)
        elif isinstance(node, ast.ClassDef):
            bases = {
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            }
            if not bases & set(names):
                continue
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and any(
                        isinstance(t, ast.Name) and t.id == "default_hint" for t in item.targets
                    )
                    and _untranslatable(item.value)
                ):
                    found.append(item.lineno)
    return sorted(found)


def scan() -> dict[str, list[int]]:
    names = _error_classes()
    result: dict[str, list[int]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(SKIPPED):
            continue
        lines = violations(path.read_text(encoding="utf-8"), names)
        if lines:
            result[rel] = lines
    return result


def test_no_new_untranslatable_error_message_in_the_core() -> None:
    found = scan()
    new = {
        rel: lines[ALLOWED.get(rel, 0) :] if rel not in ALLOWED else lines
        for rel, lines in found.items()
        if len(lines) > ALLOWED.get(rel, 0)
    }
    assert not new, (
        "FieldKitError raised with a literal sentence (mark it with "
        'QT_TRANSLATE_NOOP("errors", "… {name} …"), name=value and translate it): '
        + ", ".join(f"fieldkit/{rel} lines {lines}" for rel, lines in new.items())
    )


def test_the_allow_list_names_only_files_that_still_need_it() -> None:
    found = scan()
    stale = sorted(rel for rel in ALLOWED if rel not in found)
    assert not stale, f"translated already: remove {stale} from ALLOWED"


def test_the_scan_sees_literals_fstrings_and_bare_default_hints() -> None:
    names = {"FieldKitError": (0, 1), "CardError": (0, 1), "ValidationError": (1, 2)}
    source = (
        'raise CardError("A sentence.")\n'
        'raise CardError(f"A {x} sentence.")\n'
        'raise CardError(QT_TRANSLATE_NOOP("errors", "A {x}."), "A bare hint.", x=1)\n'
        'return FieldKitError(message="A" + " sentence.")\n'
        'raise ValidationError("field", "A sentence.")\n'
        "class E(FieldKitError):\n"
        '    default_hint = "Do this."\n'
        # translatable: not counted
        'raise CardError(QT_TRANSLATE_NOOP("errors", "A {x}."), x=1)\n'
        "raise CardError(TOO_LARGE, limit=3)\n"
        'raise ValueError("a bug")\n'
        'raise ValidationError("field", message(QT_TRANSLATE_NOOP("errors", "A.")))\n'
        "class F(FieldKitError):\n"
        '    default_hint = QT_TRANSLATE_NOOP("errors", "Do this.")\n'
    )
    assert violations(source.replace("return", "x ="), names) == [1, 2, 3, 4, 5, 7]
