"""The mouse wheel over a value widget changes it only when the user is editing that widget."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.main_window import MainWindow


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: the next item of a combo box
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_combo_scrolls_the_form_and_leaves_the_value(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    editor = unlocked.workspace.new_damage(None)
    assert isinstance(editor, DamageEditor)
    editor.resize(900, 500)  # shorter than the form: the form scrolls
    combo = editor.inputs["extent"].combo
    editor.inputs["extent"].set_raw("partial")
    # The form's scroll area (the side panels have one of their own since r11's 125 % fit).
    (scroll,) = [
        s for s in editor.findChildren(QScrollArea) if s.widget() and s.widget().isAncestorOf(combo)
    ]
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    before = scroll.verticalScrollBar().value()
    assert not combo.hasFocus()
    _wheel_down(combo)
    assert editor.inputs["extent"].raw() == "partial"
    assert scroll.verticalScrollBar().value() > before  # the wheel went to the form
    editor.close()


def test_wheel_over_the_focused_combo_changes_it(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_damage(None)
    assert isinstance(editor, DamageEditor)
    combo = editor.inputs["extent"].combo
    editor.inputs["extent"].set_raw("partial")
    editor.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel_down(combo)
    assert editor.inputs["extent"].raw() != "partial"
    editor.close()


def test_a_wheel_turned_over_a_value_widget_does_not_give_it_the_focus(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """A real wheel (not the synthetic events above) first gives a Qt.WheelFocus widget the
    focus, before any event filter: the guard's "is it focused?" then said yes, and scrolling
    the form changed Status, Salvage priority, Severity (new-user trial r14 #22, xdotool on
    Xvfb). No value widget of the editors keeps WheelFocus; Tab and click still focus them."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    for editor in (unlocked.workspace.new_damage(None), unlocked.workspace.new_object()):
        editor.show()
        qtbot.waitExposed(editor)
        widgets = editor.findChildren(QComboBox) + editor.findChildren(QAbstractSpinBox)
        assert widgets
        for widget in widgets:
            policy = widget.focusPolicy()
            assert policy != Qt.FocusPolicy.WheelFocus, widget.objectName()
            if widget.isEnabled() and widget.isVisible():
                assert policy & Qt.FocusPolicy.TabFocus, widget.objectName()
        editor.close()
