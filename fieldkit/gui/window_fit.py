"""Every window opens inside the screen's usable area, and comes back where the user left it.

A 1366×768 laptop with a 48-pixel taskbar leaves 1366×720 to windows, and a title bar takes
some 30 more: the status bar, the editor's Save button and the Conflicts page buttons fell off
that screen when windows asked for 1280×760 or 1180×720. Rather than trusting each window's own
size, one application-wide filter looks at every top-level window as it is first shown: a size
and position remembered for this screen (and screen size) come back if they still fit; else the
window is shrunk to the usable area, less the window manager's frame, and centred on it. Long
content scrolls inside the windows; the windows themselves never outgrow the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget, QWidget

# What a window manager adds around a window before it is shown and we can measure it: a title
# bar and thin borders (measured under openbox, GNOME and Windows 10: 24-32 px, 1-4 px).
FRAME_ALLOWANCE = QSize(8, 32)
_FITTED = "fieldkitFitted"
_SETTINGS_GROUP = "windows"


def usable_area(screen: QScreen) -> QRect:
    """The part of ``screen`` a window's client area may use: available area less the frame."""
    area = screen.availableGeometry()
    return QRect(
        area.x(),
        area.y(),
        max(area.width() - FRAME_ALLOWANCE.width(), 200),
        max(area.height() - FRAME_ALLOWANCE.height(), 200),
    )


def _frame_margins(window: QWidget) -> QSize:
    """The frame around ``window``: measured once decorated, never less than the allowance
    (a window is fitted when first shown, before the window manager has decorated it)."""
    frame, inner = window.frameGeometry(), window.geometry()
    measured = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return measured.expandedTo(FRAME_ALLOWANCE)


def _screen_key(window: QWidget, screen: QScreen) -> str:
    area = screen.availableGeometry()
    name = screen.name() or "screen"
    kind = type(window).__name__
    return f"{_SETTINGS_GROUP}/{kind}/{name}-{area.width()}x{area.height()}"


def fit(window: QWidget) -> None:
    """Shrink and move ``window`` so that all of it, frame included, is on its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    margins = _frame_margins(window)
    width = min(window.width(), area.width() - margins.width())
    height = min(window.height(), area.height() - margins.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    if not area.contains(frame):
        x = area.x() + max((area.width() - margins.width() - window.width()) // 2, 0)
        y = area.y() + max((area.height() - margins.height() - window.height()) // 2, 0)
        window.move(x, y)


def _restore(window: QWidget) -> bool:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return False
    saved = QSettings().value(_screen_key(window, screen))
    if not saved or not window.restoreGeometry(saved):
        return False
    return screen.availableGeometry().contains(window.frameGeometry())


def _ours(window: QWidget) -> bool:
    """Our own windows are remembered; message boxes and file dialogs are not."""
    return type(window).__module__.startswith("fieldkit.")


def remember(window: QWidget) -> None:
    screen = window.screen()
    if screen is not None and _ours(window):
        QSettings().setValue(_screen_key(window, screen), window.saveGeometry())


class WindowFitter(QObject):
    """Application event filter: fit each top-level window once, when it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or not isinstance(watched, QWidget):
            return False
        if not watched.isWindow() or watched.windowType() not in (
            Qt.WindowType.Window,
            Qt.WindowType.Dialog,
        ):
            return False
        if kind == QEvent.Type.Hide:
            if watched.property(_FITTED):
                remember(watched)
            return False
        if not watched.property(_FITTED):
            watched.setProperty(_FITTED, True)
            if not (_ours(watched) and _restore(watched)):
                fit(watched)
        return False


_WRAPPED_TITLE = int(Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value)


def wrap_header(table: QTableWidget) -> None:
    """Column titles that wrap onto more lines in a narrow column instead of losing both ends
    (call :func:`fit_header` once the columns have their widths)."""
    header = table.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    header.setDefaultAlignment(Qt.AlignmentFlag(_WRAPPED_TITLE))


def fit_header(table: QTableWidget) -> None:
    """The header of ``table`` (see :func:`wrap_header`) as tall as its longest title wrapped
    in its column: the Ukrainian "Gaps, forks and notes" read "…пуски, розгалуження й прим…"."""
    header: QHeaderView = table.horizontalHeader()
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    needed = 0
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is None or header.isSectionHidden(column):
            continue
        box = QRect(0, 0, max(header.sectionSize(column) - 2 * margin, 1), 10_000)
        needed = max(needed, metrics.boundingRect(box, _WRAPPED_TITLE, item.text()).height())
    header.setMinimumHeight(needed + 2 * margin)


def install(app: QCoreApplication) -> None:
    """Install the fitter once on ``app``."""
    if app.findChild(WindowFitter) is None:
        app.installEventFilter(WindowFitter(app))
