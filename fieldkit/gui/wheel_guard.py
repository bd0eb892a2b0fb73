"""The mouse wheel scrolls the form; it never changes a value the user is not editing.

Qt lets a wheel event over a combo box, spin box, date editor or slider change its value even
when the widget does not have focus: scrolling down a long damage form, a conservator once
turned Extent from "Partial" into "— not set —" without seeing it. One application-wide event
filter ignores such wheel events, so they travel on to the scroll area that holds the widget.
A widget the user has clicked or tabbed into (it has focus) still takes the wheel as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """Event filter: wheel events over an unfocused value widget go to its parents instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, GUARDED):
            _no_wheel_focus(watched)
            return False
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget):
            return False
        widget = _guarded_owner(watched)
        if widget is None or widget.hasFocus():
            return False
        area = _scroll_area_around(widget)
        if area is None:
            # Ignored and filtered: Qt offers a spontaneous wheel event to the parents next.
            event.ignore()
            return True
        # Hand the wheel to the scroll area holding the form, so it scrolls as if the pointer
        # were over empty space (explicitly: Qt does not pass synthetic events on by itself).
        viewport = area.viewport()
        position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QCoreApplication.sendEvent(viewport, forwarded)
        return True


def _no_wheel_focus(widget: QWidget) -> None:
    """Combo and spin boxes take the focus from a wheel turned over them (Qt.WheelFocus, their
    default), and Qt gives it before any event filter sees the wheel: the check "has it focus?"
    below then always said yes, and scrolling a form down changed each combo box that passed
    under the pointer (new-user trial r14 #22, with a real mouse; synthetic test events never
    take that path). Click and Tab still focus them."""
    policy = widget.focusPolicy()
    if policy == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


def _guarded_owner(widget: QWidget) -> QWidget | None:
    """The value widget ``widget`` belongs to (a spin box's line edit belongs to the spin box)."""
    current: QWidget | None = widget
    for _ in range(3):
        if current is None:
            return None
        if isinstance(current, QScrollBar):
            return None  # scroll bars are what the wheel is for, focused or not
        if isinstance(current, GUARDED):
            return current
        current = current.parentWidget()
    return None


def install(app: QCoreApplication) -> None:
    """Install the guard once on ``app`` (it lives as long as the application)."""
    if app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))
