"""The bundle dialogs and People & keys as two r13 new-user testers met them (uitrial #14 #16,
uitrial2 #2 #7 #9 #14 #16 #17): every Alt key of the import, export and verify dialogs and of
the people page used once, in every language; the keyboard starting where the work starts and
moving to the check once bundles are listed; the import result saying why a bundle was left
out; a card added from the export dialog; the language in use shown in Settings; and a key's
fingerprint groups in the same left-to-right order wherever they are shown, in Arabic too."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FAST_KDF
from peers import Peer
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.bundles.export_dialog import ExportDialog
from fieldkit.gui.bundles.verify_dialog import VerifyDialog
from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.trust_dialogs import AddCardDialog

LANGUAGES = ["en", "fr", "ar", "uk"]
LEFT = Qt.MouseButton.LeftButton


def _clashes(root: QWidget) -> list[tuple[str, str]]:
    """Texts under ``root`` (buttons, labels that lead to a field) whose Alt letter another
    text there also has; shown or not (a dialog's pages are built before they are seen)."""
    texts = [label.text() for label in root.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in root.findChildren(QAbstractButton)]
    found = [(letter, t) for t in texts if (letter := mnemonic_of(t)) is not None]
    counts = Counter(letter for letter, _ in found)
    return [(letter, t) for letter, t in found if counts[letter] > 1]


# --- 9. every Alt key of the bundle dialogs and the people page, once -----------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bundle_dialogs_and_people_page_use_each_alt_key_once(
    lang: str,
    use_language: Callable[[str], object],
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: MainWindow,
) -> None:
    use_language(lang)
    session = unlocked.session
    assert session is not None
    problems: list[tuple[str, str, str]] = []
    imports = I.ImportDialog(session, unlocked)
    verify = VerifyDialog(session, unlocked)
    auditor = VerifyDialog(None)
    export = ExportDialog(session, unlocked)
    for name, dialog in (
        ("import", imports),
        ("verify", verify),
        ("verify without a vault", auditor),
        ("export", export),
    ):
        qtbot.addWidget(dialog)
        # Page by page: only one is on screen at a time.
        for index in range(dialog.pages.count()):
            page = dialog.pages.widget(index)
            problems += [(name, letter, t) for letter, t in _clashes(page)]
    # The people page, rebuilt in this language (the window's was built in English).
    from fieldkit.gui.pages.people import PeoplePage

    people = PeoplePage()
    qtbot.addWidget(people)
    problems += [("people", letter, t) for letter, t in _clashes(people)]
    assert not problems, "\n".join(map(repr, problems))


# --- 1, 2. where the keyboard starts, and where it goes once bundles are listed -------------


def test_import_dialog_opens_with_the_focus_on_add(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    dialog = I.ImportDialog(session, unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.files.add_button


def test_verify_other_bundles_starts_again_on_add(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bundle = tmp_path / "a.fkb"
    bundle.write_bytes(b"not a bundle")
    dialog = VerifyDialog(None, files=[bundle])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.verify_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.pages.count() - 1, timeout=60_000)
    qtbot.mouseClick(dialog.again_button, LEFT)
    assert dialog.focusWidget() is dialog.files.add_button


@pytest.mark.parametrize("which", ["bundles", "keys"])
def test_verify_takes_enter_once_files_are_added(
    which: str,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "a.fkb"
    bundle.write_bytes(b"x")
    card = tmp_path / "k.fkid"
    card.write_bytes(b"x")
    dialog = VerifyDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if which == "keys":
        dialog.files.add_files([bundle])
        target, path = dialog.trust_files, card
    else:
        target, path = dialog.files, bundle
    # The user pressed "Add…" and chose a file: the focus was on Add…
    target.add_button.setFocus()
    target.add_files([path])
    assert dialog.focusWidget() is dialog.verify_button
    assert dialog.verify_button.isDefault()
    assert not target.add_button.isDefault()


# --- 7. the trust dialog's verified button has an Alt key of its own, in every language -----


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trust_dialog_each_button_has_its_own_alt_key(
    lang: str,
    use_language: Callable[[str], object],
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: MainWindow,
    tmp_path: Path,
) -> None:
    use_language(lang)
    session = unlocked.session
    assert session is not None
    other = Peer(tmp_path, "other")
    dialog = AddCardDialog(session, other.card, unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    for button in (dialog.verified_button, dialog.later_button):
        assert mnemonic_of(button.text()) is not None, button.text()
    assert not _clashes(dialog)
    other.vault.close()


# --- 3. the import result: whole headers, and the reason each left-out bundle was left out ---


def test_import_result_says_why_a_cut_bundle_was_left_out_under_whole_headers(
    use_language: Callable[[str], object],
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    use_language("uk")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field = Peer(tmp_path, "f1")
    coord.trust(field)
    field.trust(coord)
    field.records.create("object", {"inventory_number": "МНУ-1", "title": "Ікона"})
    bundle = field.send(coord)
    assert bundle is not None
    half = tmp_path / "f2_half.fkb"
    data = bundle.read_bytes()
    half.write_bytes(data[: len(data) // 2])
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(coord.vault)
    dialog = window.workspace.import_bundles([bundle, half])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=60_000)
    said = dialog.panels[1].headline.text()  # what the check step said of the cut bundle
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=60_000)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 5).text() for r in range(table.rowCount())}
    reason = rows[half.name]
    # The check's own sentence, less its "Nothing will be imported from it."
    sentence = said.split(". ")[0]
    assert sentence in reason, (reason, said)
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value)
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        width = header.sectionSize(column) - 8
        words = max(metrics.horizontalAdvance(w) for w in title.split())
        wrapped = metrics.boundingRect(0, 0, width, 10_000, flags, title).height()
        assert words <= width and wrapped <= header.height(), (title, width, header.height())
    dialog.reject()
    window.lock()
    field.vault.close()


# --- 8. a fingerprint's groups read left to right, in Arabic too ---------------------------


def _x_of_groups(text: str, groups: list[str]) -> list[float]:
    """Where each group is drawn on a right-to-left line: left to right is increasing x."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    # The middle of each group (at its edges the cursor is ambiguous between two runs).
    return [line.cursorToX(text.index(g) + 2)[0] for g in groups]


def _in_order(text: str, groups: list[str]) -> bool:
    xs = _x_of_groups(text, groups)
    return xs == sorted(xs)


def test_fingerprint_groups_keep_their_order_in_arabic(
    use_language: Callable[[str], object],
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: MainWindow,
    tmp_path: Path,
) -> None:
    use_language("ar")
    session = unlocked.session
    assert session is not None
    other = Peer(tmp_path, "other")
    with session.vault.transaction() as db:
        from fieldkit.identity import trust

        trust.add(db, other.card, name="محمد", role="field", verified=False)
        # A second card of the same name: the trust dialog lists its first groups.
        twin = Peer(tmp_path, "twin")
        trust.add(db, twin.card, name="twin", role="field", verified=False)
    groups = other.card.display_fingerprint.split()
    from fieldkit.gui.pages.people import PeoplePage

    people = PeoplePage()
    qtbot.addWidget(people)
    people.set_session(session)
    people.refresh()
    row = next(
        r for r in range(people.table.rowCount()) if people.table.item(r, 0).text() == "محمد"
    )
    seen = {"people table": (people.table.item(row, 3).text(), groups)}
    export = ExportDialog(session, unlocked)
    qtbot.addWidget(export)
    item = next(
        export.recipients.item(i)
        for i in range(export.recipients.count())
        if "محمد" in export.recipients.item(i).text()
    )
    seen["export list"] = (item.text(), groups[:3])
    seen["export tip"] = (item.toolTip().split("\n")[0], groups)
    dialog = AddCardDialog(session, twin.card, unlocked)
    qtbot.addWidget(dialog)
    dialog.local_name.setText("محمد")
    seen["trust dialog, same name"] = (dialog.name_clash.text(), groups[:3])
    # The handover wizard's receivers and the status bar's tooltip (r13 dialogs' leftovers).
    from fieldkit.gui.handover_wizard import _ReceiverPage as ReceiverPage

    receivers = ReceiverPage(session, unlocked)
    qtbot.addWidget(receivers)
    receivers._fill()
    wizard_item = next(
        receivers.people.item(i)
        for i in range(receivers.people.count())
        if "محمد" in receivers.people.item(i).text()
    )
    seen["handover wizard"] = (wizard_item.text(), groups[:2])
    mine = session.identity.display_fingerprint.split()
    seen["status bar tooltip"] = (unlocked.identity_label.toolTip(), mine)
    wrong = [name for name, (text, g) in seen.items() if not _in_order(text, g)]
    assert not wrong, {name: seen[name][0] for name in wrong}
    other.vault.close()
    twin.vault.close()


# --- 6. Settings ▸ Language shows the language in use, and names the saved one --------------


def test_settings_show_the_language_in_use_when_fieldkit_lang_overrides(
    monkeypatch: pytest.MonkeyPatch,
    use_language: Callable[[str], object],
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from fieldkit.gui import settings
    from fieldkit.gui.pages.vault_settings import VaultSettingsPage

    settings.set_language("fr")
    monkeypatch.setenv("FIELDKIT_LANG", "uk")
    use_language("uk")  # as the app does at start: FIELDKIT_LANG wins over the setting
    page = VaultSettingsPage()
    qtbot.addWidget(page)
    assert page.language.currentData() == "uk"
    assert page.language.currentText() == "Українська"
    note = page.language_note
    assert not note.isHidden()
    assert "FIELDKIT_LANG" in note.text() and "Français" in note.text(), note.text()
    assert settings.language() == "fr"  # showing it changed nothing saved


# --- 4. Export a bundle with nobody trusted yet: add the coordinator's card right there -----


def test_export_with_nobody_trusted_adds_a_card_in_place(
    qtbot,  # type: ignore[no-untyped-def]
    unlocked: MainWindow,
    tmp_path: Path,
) -> None:
    session = unlocked.session
    assert session is not None
    coordinator = Peer(tmp_path, "coordinator", role="coordinator")
    dialog = ExportDialog(session, unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QAbstractButton, "exportAddCard")
    assert button is not None and button.isVisible()
    assert dialog.no_recipients.isVisible()
    trust = dialog.add_card(tmp_path / "coordinator.fkid")
    assert isinstance(trust, AddCardDialog)
    qtbot.mouseClick(trust.verified_button, LEFT)
    qtbot.waitUntil(lambda: dialog.recipients.count() == 1)
    assert coordinator.card.fingerprint in dialog.recipients.ticked()  # a verified coordinator
    assert not button.isVisible() and not dialog.no_recipients.isVisible()
    assert dialog.export_button.isEnabled()
    coordinator.vault.close()


# --- 5. at 125 %: People & keys shows its buttons and every column, the dialogs fit ---------


def _child_125(lang: str, folder: str) -> None:
    """In a process of its own (QT_SCALE_FACTOR is read when the application is made): open
    People & keys with three trusted cards, then the import and verify dialogs; print JSON."""
    import json

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QScrollArea

    from fieldkit.gui.app import configure_application
    from fieldkit.gui.translation import install_language
    from fieldkit.gui.window_fit import usable_area

    app = QApplication([])
    configure_application(app)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, f"{folder}/qs")
    install_language(app, lang)
    root = Path(folder)
    me = Peer(root, "Олена Координатор", role="coordinator")
    others = [Peer(root, f"Польовий f{n}") for n in (1, 2, 3)]
    me.trust(*others)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    window.show()
    window.open_session(me.vault)
    workspace = window.workspace
    page = workspace.people_page
    for row in range(workspace.sidebar.count()):
        workspace.show_section(row)
        if workspace.pages.currentWidget() is page:
            break
    scroll = page.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    for _ in range(10):
        app.processEvents()
    assert page.isVisible() and page.table.rowCount() == 3
    table = page.table
    print(
        json.dumps(
            {
                "people": True,
                "page": page.height(),
                "room": scroll.viewport().height(),
                "sideways": table.horizontalScrollBar().maximum(),
                "columns": table.horizontalHeader().length(),
                "table": table.viewport().width(),
            }
        ),
        flush=True,
    )
    from fieldkit.gui.bundles.import_dialog import ImportDialog

    for name, dialog in (
        ("import", ImportDialog(window.session, window)),
        ("verify", VerifyDialog(window.session, window)),
        ("verify without a vault", VerifyDialog(None)),
    ):
        dialog.show()
        for _ in range(5):
            app.processEvents()
        usable = usable_area(dialog.screen())
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        fits = dialog.height() <= usable.height() and least.height() <= usable.height()
        on_screen = dialog.screen().availableGeometry().contains(dialog.frameGeometry())
        print(json.dumps({"dialog": name, "fits": fits and on_screen}), flush=True)
        dialog.close()
    window.lock()
    for peer in (me, *others):
        peer.vault.close()


def test_people_and_keys_and_the_bundle_dialogs_fit_a_125_percent_laptop(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_SCALE_FACTOR": "1.25", "FIELDKIT_LANG": "uk"}
    here = Path(__file__).resolve().parent
    # tests/ before tests/gui/: its conftest puts Qt on the tests' 1366×720 laptop screen.
    code = (
        f"import sys; sys.path[:0] = [{str(here.parent)!r}, {str(here)!r}]; "
        f"from test_dialogs_r13 import _child_125; _child_125('uk', {str(tmp_path)!r})"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    people = next(s for s in seen if "people" in s)
    # Every column in the table's width; the page (its buttons under the table) in the window.
    assert people["sideways"] == 0 and people["columns"] <= people["table"], people
    assert people["page"] <= people["room"], people
    dialogs = [s for s in seen if "dialog" in s]
    assert len(dialogs) == 3 and all(s["fits"] for s in dialogs), dialogs
