"""Screenshots of the desktop app, offscreen, for review: `python scripts/screenshots.py OUT_DIR`.

Builds a throwaway demo vault (the demo collection generator, a few hundred objects) in a temp
folder, then saves PNGs of the welcome, create-vault and recovery-key, unlock, object list,
object editor, damage report editor and photo viewer screens, and the right-to-left layout.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.gui.app import configure_application
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from fieldkit.records.demo_collection import generate
from fieldkit.records.service import Records
from fieldkit.vault import Vault

# A throwaway vault that lives for the length of this script: cheap key derivation, passed
# explicitly through the API exactly as the tests do. Real vaults never get these.
SCREENSHOT_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
PASSPHRASE = "screenshot passphrase"  # noqa: S105 - a throwaway vault
SIZE = (1366, 768)
T = TypeVar("T")


def need(value: T | None, what: str) -> T:
    if value is None:
        raise RuntimeError(f"could not open {what}")
    return value


def settle(seconds: float = 0.3, until: object = None) -> None:
    """Run the event loop for a while (workers report back through it)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if callable(until) and until():
            break
        time.sleep(0.01)
    QCoreApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    settle(0.2)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def build_vault(folder: Path, objects: int) -> Path:
    path = folder / "demo"
    vault, _key = Vault.create(
        path,
        PASSPHRASE,
        name="Amal Haddad",
        organisation="Mosul Cultural Museum",
        demo=True,
        kdf=SCREENSHOT_KDF,
    )
    with vault:
        generate(vault, objects)
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: screenshots.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    work = Path(tempfile.mkdtemp(prefix="fieldkit-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    vault_path = build_vault(work, 400)

    window = MainWindow(None, kdf=SCREENSHOT_KDF)
    window.resize(*SIZE)
    window.show()
    window.show_welcome()
    save(window, out, "01-welcome")

    dialog = window.create_vault()
    dialog.folder.setText(str(work / "new vault"))
    dialog.name.setText("Amal Haddad")
    dialog.organisation.setText("Mosul Cultural Museum")
    dialog.passphrase.setText("correct horse battery staple")
    dialog.again.setText("correct horse battery staple")
    save(dialog, out, "02-create-vault")
    dialog.create_button.click()
    settle(5, until=lambda: dialog.pages.currentIndex() == 1)
    save(dialog, out, "03-recovery-key")
    dialog.confirmed.setChecked(True)
    dialog.continue_button.click()
    settle(0.2)
    window.lock()

    window.show_unlock(vault_path)
    save(window, out, "04-unlock")
    window.unlock_screen.passphrase.setText("wrong passphrase")
    window.unlock_screen.unlock()
    settle(5, until=lambda: window.unlock_screen.error.isVisible())
    save(window, out, "05-unlock-wrong-passphrase")
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    settle(5, until=lambda: not window.locked)
    if window.drafts_prompt is not None:
        window.drafts_prompt.close()
    objects = window.workspace.objects
    table = window.workspace.object_page.table
    settle(3, until=lambda: len(window.workspace.thumbnails) >= 8)
    save(window, out, "06-object-list")

    records = Records(window.session.vault)  # type: ignore[union-attr]
    with_photo = next(
        v for v in records.list(F.OBJECT, limit=200) if v.media and len(v.missing) >= 1
    )
    editor = need(window.workspace.open_object(with_photo.record_id), "the object editor")
    editor.resize(1280, 720)
    settle(2, until=lambda: editor.photo_strip.list.count() == 0 or not editor.thumbnails._queue)
    settle(0.5)
    save(editor, out, "07-object-editor")

    damage = next(v for v in records.list(F.DAMAGE, limit=200) if v.media)
    damage_editor = need(window.workspace.open_damage(damage.record_id), "the damage editor")
    damage_editor.resize(1280, 720)
    settle(1)
    save(damage_editor, out, "08-damage-editor")

    viewer = editor.open_photo(with_photo.media[0]["sha256"])
    viewer.resize(1000, 700)
    settle(5, until=lambda: viewer.worker is None)
    viewer.view.fit()
    save(viewer, out, "09-photo-viewer")
    viewer.close()
    damage_editor.close()
    editor.close()

    window.workspace.sidebar.setCurrentRow(1)
    settle(2, until=lambda: len(window.workspace.thumbnails) >= 12)
    save(window, out, "10-damage-list")
    window.workspace.sidebar.setCurrentRow(0)

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    settle(0.5)
    save(window, out, "11-rtl-object-list")
    rtl_editor = need(window.workspace.new_damage(with_photo.record_id), "a new damage report")
    rtl_editor.resize(1280, 720)
    save(rtl_editor, out, "12-rtl-damage-editor")
    rtl_editor.close()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    window.resize(1366, 768)
    table.scrollToBottom()
    print(f"{objects.rowCount()} objects listed; {objects.cached_pages} page(s) cached")
    window.lock()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
