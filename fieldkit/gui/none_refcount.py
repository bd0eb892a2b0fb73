"""A guard against a reference-counting bug of the Qt bindings on Python 3.11 (None, True, False).

With PySide6 6.12 on CPython 3.11, every call of a Qt method that returns nothing (``setText``,
``setData``, ``setItem``…) drops one reference to ``None`` that it never took. ``None`` starts
with a few thousand references, so after some thousands of such calls (filling a table of a few
hundred rows, or scanning a few crates at the check-in) the interpreter aborts with "Fatal
Python error: none_dealloc: deallocating None" — the app dies without a word, mid-work.

Python 3.12 made ``None`` immortal (PEP 683: its count is pinned very high and never changes),
which is why the bug does not show there. :func:`protect` does the same for 3.11 when, and
only when, a probe shows the leak: it raises ``None``'s count by 2**40, which no session can
ever use up. Nothing else is touched. Called once when the main window is built.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 2**40
_protected = False


def leaks() -> bool:
    """Do Qt's void methods drop references to None here? (100 calls of one, measured.)"""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -90


def protect() -> bool:
    """Give None enough references for any session, if the bindings leak them. Returns True
    when the guard is (now) in place."""
    global _protected
    if _protected:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not leaks() and not bools_leak():
        return False
    if hasattr(sys, "getobjects"):  # a Py_TRACE_REFS debug build: the header is laid out
        return False  # otherwise, and writing at id(None) would corrupt it
    # ob_refcnt is the first field of every object in CPython's (non-debug) object header.
    # True and False as well: a Python override Qt calls (a wizard page's isComplete, asked
    # whenever the wizard updates its buttons) drops one reference to the bool it returns,
    # and the interpreter aborted with "bool_dealloc" once a few thousand were gone (the GUI
    # suite with r15's walk of every window, at exit; a long session of handovers alike).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _protected = True
    return True


def bools_leak() -> bool:
    """Does Qt drop a reference to the bool a Python override returns? (100 calls of a
    wizard page's isComplete, measured.)"""
    from PySide6.QtWidgets import QWizard, QWizardPage

    class _Page(QWizardPage):
        def isComplete(self) -> bool:
            return True

    wizard = QWizard()
    page = _Page()
    wizard.addPage(page)
    wizard.restart()  # the page becomes current: completeChanged now asks it
    before = sys.getrefcount(True)
    for _ in range(100):
        page.completeChanged.emit()
    leaked = sys.getrefcount(True) - before <= -90
    wizard.deleteLater()
    return leaked
