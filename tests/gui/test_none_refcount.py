"""The guard against the Qt bindings' None leak: tens of thousands of Qt setter calls (a big
check-in) must not abort the app. Run in a child process: the unguarded case aborts it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from fieldkit.gui import none_refcount

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from fieldkit.gui import none_refcount
app = QApplication([])
if sys.argv[1] == "guarded":
    none_refcount.protect()
label = QLabel()
for _ in range(200_000):
    label.setText("C-001")
print("alive")
"""


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_many_qt_setter_calls_do_not_abort_the_app_once_guarded() -> None:
    guarded = _run("guarded")
    assert guarded.returncode == 0, guarded.stderr[-500:]
    assert "alive" in guarded.stdout
    if none_refcount.leaks():
        # The bindings here do leak: without the guard the same work aborts the interpreter.
        bare = _run("bare")
        assert bare.returncode != 0
        assert "deallocating None" in bare.stderr


def test_the_main_window_puts_the_guard_in_place(window) -> None:  # type: ignore[no-untyped-def]
    assert window.custody is not None
    assert none_refcount._protected or not none_refcount.leaks()


def test_the_guard_stays_off_on_a_debug_build_with_traced_references(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Py_TRACE_REFS build puts list pointers before the count: writing there would corrupt
    None's header, so the guard does nothing even when the bindings leak."""
    monkeypatch.setattr(none_refcount, "_protected", False)
    monkeypatch.setattr(none_refcount, "leaks", lambda: True)
    monkeypatch.setattr(sys, "getobjects", lambda *a: [], raising=False)
    before = sys.getrefcount(None)
    assert none_refcount.protect() is False
    assert abs(sys.getrefcount(None) - before) < 1000  # no 2**40 added


BOOL_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
from fieldkit.gui import none_refcount
app = QApplication([])
if sys.argv[1] == "guarded":
    none_refcount.protect()

class Page(QWizardPage):
    def isComplete(self):
        return True

wizard = QWizard()
page = Page()
wizard.addPage(page)
wizard.restart()
for _ in range(50_000):  # a wizard asks its page whenever it updates its buttons
    page.completeChanged.emit()
print("alive")
"""


def test_a_wizard_asked_thousands_of_times_does_not_abort_the_app_once_guarded() -> None:
    """r15: a Python override Qt calls (isComplete) drops a reference to the True it returns;
    the handover wizard asks it whenever it updates its buttons, and the interpreter aborted
    with "bool_dealloc: deallocating True or False" once a few thousand were gone."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(mode: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", BOOL_SCRIPT, mode],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    guarded = run("guarded")
    assert guarded.returncode == 0, guarded.stderr[-500:]
    assert "alive" in guarded.stdout
    bare = run("bare")
    if bare.returncode != 0:  # the bindings here do leak: the guard is what keeps it alive
        assert "deallocating True or False" in bare.stderr
