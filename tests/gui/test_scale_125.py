"""At 125 % scaling a 1366×768 laptop leaves Qt 1093×576 logical pixels (r11 UI trial 2, #3).

Many Windows laptops run at 125 %: the Ukrainian main window came out 1124 px wide (its right
side cut off: Lock, Import a spreadsheet…, the key in the status bar), and the object editor
660 px tall in Ukrainian and Arabic (History and « Restore this version… » below the screen).

The windows are opened in a child process: ``QT_SCALE_FACTOR`` is read once, when the
QApplication is made, and this process's application already exists. The child runs on the
tests' own laptop screen (1366×720: a 48-pixel taskbar) scaled by 1.25, which is the real
thing rather than a screen shrunk by hand: fonts, frames and the window fitter all see what a
user's Qt sees. Each window must fit the available area with room for a title bar
(:func:`usable_area`), and be able to shrink that far (its minimum size).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCALE = "1.25"


def _child(lang: str, folder: str) -> None:
    """Open the windows at the environment's scale in ``lang``; print one JSON line each."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for conftest
    from conftest import FAST_KDF, PASSPHRASE
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from fieldkit.demo.collection import generate
    from fieldkit.gui.app import configure_application
    from fieldkit.gui.main_window import MainWindow
    from fieldkit.gui.models.record_table import RECORD_ID_ROLE
    from fieldkit.gui.translation import install_language
    from fieldkit.gui.window_fit import usable_area
    from fieldkit.vault import Vault

    app = QApplication([])
    configure_application(app)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, f"{folder}/qs")
    install_language(app, lang)
    vault, _ = Vault.create(Path(folder) / "vault", PASSPHRASE, kdf=FAST_KDF, name="Сховище")
    generate(vault, 12, seed=11)  # photos, custody, history: the side panels are full
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    window.show()
    window.open_session(vault)

    def measure(name: str, shown: QWidget) -> None:
        for _ in range(5):
            app.processEvents()
        screen = shown.screen()
        usable = usable_area(screen)
        least = shown.minimumSizeHint().expandedTo(shown.minimumSize())
        result = {
            "window": name,
            "screen": [screen.availableGeometry().width(), screen.availableGeometry().height()],
            "usable": [usable.width(), usable.height()],
            "size": [shown.width(), shown.height()],
            "minimum": [least.width(), least.height()],
            "on_screen": screen.availableGeometry().contains(shown.frameGeometry()),
        }
        print(json.dumps(result), flush=True)

    workspace = window.workspace
    for row in range(workspace.sidebar.count()):
        workspace.show_section(row)
        measure(f"main window, section {row}", window)
    workspace.show_section(0)
    # A narrowed sidebar wraps its titles: none runs past its edge (there is no sideways bar).
    sidebar = workspace.sidebar
    widths = [sidebar.visualItemRect(sidebar.item(row)).width() for row in range(sidebar.count())]
    print(json.dumps({"sidebar": sidebar.viewport().width(), "titles": widths}), flush=True)
    object_id = workspace.objects.index(0, 0).data(RECORD_ID_ROLE)
    damage_id = workspace.damage.index(0, 0).data(RECORD_ID_ROLE)
    for name, open_window in (
        ("object editor", lambda: workspace.open_object(object_id)),
        ("damage editor", lambda: workspace.open_damage(damage_id)),
        ("new damage report", lambda: workspace.new_damage(object_id)),
        ("export dialog", workspace.export_bundle),
    ):
        shown = open_window()
        assert shown is not None, name
        shown.show()
        measure(name, shown)
        shown.close()
    window.lock()
    vault.close()


@pytest.mark.parametrize("lang", ["uk", "ar", "fr", "en"])
def test_windows_fit_a_125_percent_laptop(lang: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": SCALE, "FIELDKIT_LANG": lang}
    done = subprocess.run(
        [sys.executable, __file__, lang, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    sidebar = next(line for line in seen if "sidebar" in line)
    assert max(sidebar["titles"]) <= sidebar["sidebar"], sidebar
    seen.remove(sidebar)
    assert len(seen) >= 8 + 4, done.stdout
    # The scale took: 1366×720 at 125 % is 1093×576 logical pixels.
    assert seen[0]["screen"] == [1093, 576]
    too_big = [
        w
        for w in seen
        if not w["on_screen"]
        or w["size"][0] > w["usable"][0]
        or w["size"][1] > w["usable"][1]
        or w["minimum"][0] > w["usable"][0]
        or w["minimum"][1] > w["usable"][1]
    ]
    assert not too_big, "\n".join(json.dumps(w) for w in too_big)


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
