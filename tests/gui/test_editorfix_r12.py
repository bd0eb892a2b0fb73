"""r12 new-user trial, editors and first run: a draft kept while typing survives a power cut,
the photo viewer turns photos upright, the create-vault dialog's Alt+letters are each used once
and its lists show the focus, photos not saved yet show one caption, and editors fit the main
window (a deletion does not widen them)."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from fieldkit.gui.create_vault import CreateVaultDialog
from fieldkit.gui.editors import record_editor
from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.photo_viewer import PhotoViewer
from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .helpers import make_jpeg


def _mnemonics(page: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every label with a buddy and every button on one page of a dialog."""
    texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in page.findChildren(QAbstractButton)]
    return [(letter, text) for text in texts if (letter := mnemonic_of(text)) is not None]


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "uk"])
def test_create_vault_dialog_uses_each_alt_letter_once_in_every_language(
    qtbot, tmp_path: Path, use_language: Callable[[str], object], lang: str
) -> None:  # type: ignore[no-untyped-def]
    use_language(lang)
    dialog = CreateVaultDialog(default_folder=tmp_path / "v", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    for index in range(dialog.pages.count()):
        found = _mnemonics(dialog.pages.widget(index))
        counts = Counter(letter for letter, _text in found)
        twice = [(letter, text) for letter, text in found if counts[letter] > 1]
        assert not twice, (lang, index, twice)
    # The tester's case: Alt+N went to the language list, not to the name field.
    name_label = next(
        label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.name
    )
    language_label = next(
        label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.language
    )
    assert mnemonic_of(name_label.text()) != mnemonic_of(language_label.text())


def test_create_vault_language_list_shows_when_it_has_the_focus(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(default_folder=tmp_path / "v", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.folder.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(dialog.folder.hasFocus)
    unfocused = dialog.language.grab().toImage()
    # Focused as the dialog focuses it when it opens, or as its Alt+letter does (not by Tab).
    dialog.language.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(dialog.language.hasFocus)
    QApplication.processEvents()
    focused = dialog.language.grab().toImage()
    assert focused.convertToFormat(QImage.Format.Format_RGB32) != unfocused.convertToFormat(
        QImage.Format.Format_RGB32
    ), "nothing shows that the language list has the focus"


def _portrait_jpeg(path: Path) -> Path:
    """A photo taken in portrait: 400×300 pixels stored, EXIF Orientation 6 (turn 90° right),
    its left half red so that the turn can be seen."""
    from PIL import Image

    image = Image.new("RGB", (400, 300), (20, 20, 200))
    image.paste((220, 20, 20), (0, 0, 200, 300))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", exif=exif, quality=95)
    return path


def test_photo_viewer_turns_a_portrait_photo_upright(
    unlocked: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert editor is not None
    editor.add_photos([_portrait_jpeg(tmp_path / "portrait.jpg")])
    qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
    viewer = editor.open_photo(editor.shown_media[0]["sha256"])
    assert isinstance(viewer, PhotoViewer)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.worker is None, timeout=10_000)
    shown = viewer.view.item.pixmap().toImage()
    # The original, decoded (not the thumbnail shown meanwhile), stood up: 300 wide, 400 high.
    assert (shown.width(), shown.height()) == (300, 400)
    # Turned right: the stored left half (red) is now the top.
    top, bottom = shown.pixelColor(150, 20), shown.pixelColor(150, 380)
    assert top.red() > 150 and top.blue() < 100, top.name()
    assert bottom.blue() > 150 and bottom.red() < 100, bottom.name()
    viewer.close()
    editor.discard_changes()
    editor.close()


def _dark_pixels(image: QImage) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 110
    )


def test_photos_not_saved_yet_show_their_caption_once(
    unlocked: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert editor is not None
    qtbot.waitExposed(editor)
    # Landscape then portrait, as the tester's two photos.
    editor.add_photos(
        [
            make_jpeg(tmp_path / "wide.jpg", 640, 480, seed=1),
            make_jpeg(tmp_path / "tall.jpg", 480, 640, seed=2),
        ]
    )
    qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
    strip = editor.photo_strip.list
    assert strip.count() == 2
    qtbot.waitUntil(
        lambda: all(not strip.item(i).icon().isNull() for i in range(strip.count())),
        timeout=10_000,
    )
    qtbot.wait(300)  # let the paints after the thumbnails arrived reach the window
    wide, tall = strip.visualItemRect(strip.item(0)), strip.visualItemRect(strip.item(1))
    assert tall.bottom() > wide.bottom() + 10  # the portrait item is the taller one
    # What is on screen (the window's backing store, not a fresh render) below the landscape
    # photo's caption, down to the portrait's: empty list background, no second caption.
    corner = strip.viewport().mapToGlobal(wide.bottomLeft())
    screen = QApplication.primaryScreen()
    below = screen.grabWindow(
        0, corner.x(), corner.y() + 2, wide.width(), tall.bottom() - wide.bottom() - 2
    ).toImage()
    assert not below.isNull() and below.width() > 0
    assert _dark_pixels(below) == 0, "a caption is drawn twice under the first photo"
    editor.discard_changes()
    editor.close()


def _saved_object(window: MainWindow) -> RecordEditor:
    editor = window.workspace.new_object()
    assert editor is not None
    editor.inputs["title"].set_raw("Tapis de prière")
    assert editor.save()
    return editor


def test_deleting_a_record_does_not_widen_its_editor(
    unlocked: MainWindow, qtbot, use_language: Callable[[str], object]
) -> None:  # type: ignore[no-untyped-def]
    use_language("fr")  # the tester's language: its sentence is the longer
    use = unlocked.workspace
    editor = _saved_object(unlocked)
    qtbot.waitExposed(editor)
    width = editor.width()
    box = editor.confirm_delete()
    assert box is not None
    delete = next(b for b in box.buttons() if b.text() == "Supprimer")
    delete.click()
    qtbot.waitUntil(lambda: editor.deleted)
    QApplication.processEvents()
    assert "historique" in editor.status.text()  # the long sentence the window widened for
    assert editor.width() <= width
    editor.close()
    qtbot.waitUntil(lambda: editor not in use.editors)
    later = use.new_object()
    assert later is not None
    qtbot.waitExposed(later)
    assert later.width() <= unlocked.width()
    later.close()


def test_an_editor_remembered_too_wide_opens_within_the_main_window(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    use = unlocked.workspace
    screen = unlocked.screen().availableGeometry()
    first = use.new_object()
    assert first is not None
    qtbot.waitExposed(first)
    # The width an earlier FieldKit remembered after a deletion widened the editor.
    first.resize(min(1300, screen.width() - 20), first.height())
    first.move(screen.left(), first.y())
    assert first.width() > unlocked.width()
    first.close()  # hidden: its size is remembered for the next editor
    qtbot.waitUntil(lambda: first not in use.editors)
    later = use.new_object()
    assert later is not None
    qtbot.waitExposed(later)
    assert later.width() <= unlocked.width()
    assert later.frameGeometry().right() <= unlocked.frameGeometry().right()
    assert screen.contains(later.frameGeometry())
    later.close()


# The app killed with an editor open: a child process runs the real app, types into an editor,
# waits for the draft kept while typing, and is killed (SIGKILL: no lock, no close, nothing
# more written), as in the tester's power cut.
_TYPE_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from fieldkit.gui.app import configure_application
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import drafts
from fieldkit.vault import Vault

vault_path, passphrase, record_id, settings = sys.argv[1:5]
app = QApplication([])
configure_application(app)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
vault = Vault.open(Path(vault_path), passphrase)
window = MainWindow(None, idle_minutes=10)
window.show()
window.open_session(vault)
editor = window.workspace.open_object(record_id)
edit = editor.line_edit("title")
edit.setFocus()
edit.end(False)
QTest.keyClicks(edit, ", gravure au trait")
assert drafts.all_drafts(vault) == []  # not yet: kept once the typing pauses
waited = 0

def check() -> None:
    global waited
    waited += 100
    if drafts.load(vault, editor.draft_key) is not None:
        print("drafted", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    if waited > 30_000:
        print("no draft", flush=True)
        os._exit(3)

timer = QTimer()
timer.timeout.connect(check)
timer.start(100)
app.exec()
"""


def test_typing_survives_a_power_cut_and_is_offered_at_the_next_unlock(
    window: MainWindow, make_vault: Callable[..., tuple[Vault, str]], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    vault, _key = make_vault(tmp_path / "vault")
    record = Records(vault).create(F.OBJECT, {"inventory_number": "MT-2026.002", "title": "Stèle"})
    vault.close()
    script = tmp_path / "type_then_die.py"
    script.write_text(_TYPE_THEN_DIE, encoding="utf-8")
    child = subprocess.run(
        [sys.executable, str(script), str(vault.path), PASSPHRASE, record.record_id, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, (child.returncode, child.stdout, child.stderr)
    assert "drafted" in child.stdout

    again = Vault.open(vault.path, PASSPHRASE)  # the killed process's lock went with it
    window.open_session(again)
    prompt = window.drafts_prompt
    assert isinstance(prompt, QMessageBox), "nothing said at the unlock after the power cut"
    qtbot.mouseClick(window.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.workspace.editors) == 1)
    reopened = window.workspace.editors[0]
    assert reopened.record_id == record.record_id
    assert reopened.inputs["title"].raw() == "Stèle, gravure au trait"
    assert reopened.dirty
    # One sentence says where the typing came from.
    assert reopened.status.text().startswith("Reopened with the changes you had not saved")
    assert reopened.save()
    assert drafts.all_drafts(again) == []
    assert Records(again).get(record.record_id).fields["title"] == "Stèle, gravure au trait"


@pytest.fixture
def quick_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft timer's delays, shortened so the tests wait less (the logic is the same)."""
    monkeypatch.setattr(record_editor, "DRAFT_DELAY_MS", 300, raising=False)
    monkeypatch.setattr(record_editor, "DRAFT_MAX_WAIT_MS", 1_200, raising=False)


def _type(qtbot, editor: RecordEditor, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = editor.line_edit(name)
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, text)


def test_a_saved_or_discarded_editor_leaves_no_draft(
    unlocked: MainWindow, quick_drafts: None, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    vault = session.vault
    obj = session.records.create(F.OBJECT, {"inventory_number": "D-1", "title": "Jar"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    _type(qtbot, editor, "title", ", lidded")
    qtbot.waitUntil(lambda: drafts.load(vault, editor.draft_key) is not None, timeout=10_000)
    assert drafts.load(vault, editor.draft_key).values == {"title": "Jar, lidded"}  # type: ignore[union-attr]

    # A save that spins the event loop (as a dialog does) past the delay: the timer must not
    # write a draft in the middle of it.
    real_edit = session.records.edit
    seen: list[object] = []

    def slow_edit(*args: object, **kwargs: object) -> object:
        drafts.discard(vault, editor.draft_key)
        _type(qtbot, editor, "title", "!")  # a change the timer would keep
        qtbot.wait(800)
        seen.append(drafts.load(vault, editor.draft_key))
        return real_edit(*args, **kwargs)

    monkeypatch.setattr(session.records, "edit", slow_edit)
    assert editor.save()
    monkeypatch.undo()
    assert seen == [None]
    qtbot.wait(800)
    assert drafts.all_drafts(vault) == []

    # Discarded: no draft, now or after the delay.
    _type(qtbot, editor, "title", " (rim chipped)")
    qtbot.waitUntil(lambda: drafts.load(vault, editor.draft_key) is not None, timeout=10_000)
    editor.discard_changes()
    qtbot.wait(800)
    assert drafts.all_drafts(vault) == []

    # Typed back to what is saved: the draft kept meanwhile goes.
    _type(qtbot, editor, "title", "x")
    qtbot.waitUntil(lambda: drafts.load(vault, editor.draft_key) is not None, timeout=10_000)
    qtbot.keyClick(editor.line_edit("title"), Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: drafts.all_drafts(vault) == [], timeout=10_000)
    editor.close()
    assert drafts.all_drafts(vault) == []


def test_typing_on_and_on_is_kept_at_least_every_max_wait(
    unlocked: MainWindow, quick_drafts: None, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    editor = unlocked.workspace.new_object()
    assert editor is not None
    edit = editor.line_edit("title")
    edit.setFocus()
    kept = False
    for _ in range(40):  # a key every 100 ms for up to 4 s: never a 300 ms pause
        qtbot.keyClicks(edit, "a")
        qtbot.wait(100)
        if drafts.load(session.vault, editor.draft_key) is not None:
            kept = True
            break
    assert kept, "typing without a pause was never kept"
    draft = drafts.load(session.vault, editor.draft_key)
    assert draft is not None and str(draft.values["title"]).startswith("aaa")
    editor.discard_changes()
    editor.close()
    assert drafts.all_drafts(session.vault) == []
