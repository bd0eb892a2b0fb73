"""A kind of error is one declaration: ``class X(Base, hint=QT_TRANSLATE_NOOP("errors", …))``.

The hint a kind declares is what its errors show unless the raiser gives another, kinds below
it inherit it, and every declared hint of the core reaches the translators (the source scan of
test_untranslated_errors.py reads ``default_hint = …`` lines; this reads the classes themselves,
so a hint declared in any form is checked).
"""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET

import pytest
from conftest import REPO

import fieldkit
from fieldkit.errors import EXIT_USAGE, FieldKitError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP

# The French catalogue lists every source (the English one only the plural messages).
CORE_CATALOG = REPO / "fieldkit" / "resources" / "translations" / "core_fr.ts"


class _KindMadeForThisTest(UsageError, hint=QT_TRANSLATE_NOOP("errors", "Do this first.")):
    """A kind made for this test only."""


class _KindBelowIt(_KindMadeForThisTest):
    """A kind below it that declares nothing."""


def test_a_kind_declares_its_hint_and_kinds_below_it_inherit_it() -> None:
    error = _KindMadeForThisTest(
        QT_TRANSLATE_NOOP("errors", "The {thing} is wrong."), thing="widget"
    )
    assert (str(error), error.template, error.params) == (
        "The widget is wrong.",
        "The {thing} is wrong.",
        {"thing": "widget"},
    )
    assert error.hint == "Do this first."
    assert error.exit_code == EXIT_USAGE  # from UsageError: a hint does not touch the exit code
    assert _KindBelowIt("x").hint == "Do this first."
    assert _KindMadeForThisTest("x", "Do that instead.").hint == "Do that instead."
    assert UsageError("x").hint == ""  # the base is not changed by a kind below it


def _core_kinds() -> list[type[FieldKitError]]:
    for info in pkgutil.walk_packages(fieldkit.__path__, "fieldkit."):
        if not info.name.startswith(("fieldkit.gui", "fieldkit.__main__")):
            importlib.import_module(info.name)
    kinds: list[type[FieldKitError]] = []
    todo: list[type[FieldKitError]] = [FieldKitError]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("fieldkit.") and not cls.__module__.startswith("fieldkit.gui"):
            kinds.append(cls)
        todo.extend(cls.__subclasses__())
    return kinds


def test_every_hint_a_core_kind_declares_is_in_the_errors_catalogue() -> None:
    root = ET.parse(CORE_CATALOG).getroot()  # noqa: S314 - our own file
    errors = {
        m.findtext("source")
        for ctx in root.iter("context")
        if ctx.findtext("name") == "errors"
        for m in ctx.iter("message")
    }
    kinds = _core_kinds()
    assert len(kinds) > 50  # the walk found the core's kinds, not just the base
    missing = [
        f"{k.__module__}.{k.__qualname__}"
        for k in kinds
        if k.default_hint and k.default_hint not in errors
    ]
    assert not missing, f"hints no translator sees: {missing}"


@pytest.mark.parametrize("hint", ["", None])
def test_a_kind_without_a_hint_keeps_the_one_above_it(hint: str | None) -> None:
    class _KindDeclaringNothing(_KindMadeForThisTest):
        pass

    assert _KindDeclaringNothing("x", hint).hint == ("Do this first." if hint is None else "")
