"""What a new user met in the r10 UI trial, on real widgets and a real vault: packing objects that
were already in other crates, some of them on a truck, moved them silently (#1); a code typed
at check-in in lower case was not found, the refusal was English and wiped the code (#3); photo
refusals were explained in English in the French app (#8); the photo viewer ran off the screen
and could not page (#10); the caption dialog was tiny (#11); check-in words did not agree with
their number and "missing" had three words in one language (#4, #16)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from fieldkit import i18n
from fieldkit.gui.checkin import OUTSIDE
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.custody_overview import CustodyOverview
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .helpers import make_jpeg
from .test_evacuation_checkin import Crate, evacuation, scan


def _visible(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]


def _select(page, numbers: list[str]) -> None:  # type: ignore[no-untyped-def]
    page.priority.clearSelection()
    mode = page.priority.selectionMode()
    page.priority.setSelectionMode(page.priority.SelectionMode.MultiSelection)
    for r in range(page.priority.rowCount()):
        if page.priority.item(r, 1).text() in numbers:
            page.priority.selectRow(r)
    page.priority.setSelectionMode(mode)


def _at_the_museum(vault: Vault, crate: Crate) -> tuple[str, list[str], str]:
    """C-002 packed at the museum with two objects (not travelling), and an empty C-100."""
    records = Records(vault)
    chain = Custody(records)
    two = [
        records.create(F.OBJECT, {"inventory_number": f"EV-B{i}", "title": "Bowl"}).record_id
        for i in range(2)
    ]
    c2 = chain.add_container({"code": "C-002", "kind": "crate"}).record_id
    chain.move(two, "C-002", from_location="MUS")
    c100 = chain.add_container({"code": "C-100", "kind": "crate"}).record_id
    return c2, two, c100


def test_packing_objects_of_another_crate_asks_first_and_says_what_it_did(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault, n=2)
    c2, two, c100 = _at_the_museum(vault, crate)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    _select(page, ["EV-B0", "EV-B1", "EV-STRAY"])
    page.pack_into.setCurrentIndex(page.pack_into.findData(c100))

    assert not page.pack_selected()  # asked, nothing written yet
    (box,) = _visible(window, "confirmMoveBox")
    assert "2" in box.text() and "C-002" in box.text() and "C-100" in box.text()
    assert sorted(C.contents(vault.db, c2)) == sorted(two)

    box.buttons()[0].click()  # "Move them to C-100"
    qtbot.waitUntil(lambda: not _visible(window, "confirmMoveBox"))
    assert sorted(C.contents(vault.db, c100)) == sorted([*two, crate.stray])
    assert C.contents(vault.db, c2) == []
    said = page.pack_result.text()
    assert page.pack_result.isVisibleTo(page)  # the tester saw no result line at all
    assert said.startswith("3 ") and "packed into C-100" in said
    assert ". 2 taken out of C-002." in said


def test_cancelling_the_question_leaves_the_objects_in_their_crate(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault, n=2)
    c2, two, c100 = _at_the_museum(vault, crate)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    _select(page, ["EV-B0"])
    page.pack_into.setCurrentIndex(page.pack_into.findData(c100))
    page.pack_selected()
    (box,) = _visible(window, "confirmMoveBox")
    box.reject()
    qtbot.waitUntil(lambda: not _visible(window, "confirmMoveBox"))
    assert sorted(C.contents(vault.db, c2)) == sorted(two)
    assert C.contents(vault.db, c100) == []


def test_objects_on_a_truck_are_not_packed_elsewhere(window: MainWindow, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault, n=2)  # C-001 is in transit to TS-1
    _c2, _two, c100 = _at_the_museum(vault, crate)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    _select(page, ["EV-000", "EV-STRAY"])
    page.pack_into.setCurrentIndex(page.pack_into.findData(c100))
    assert not page.pack_selected()
    (error,) = _visible(window, "errorDialog")
    assert "in transit" in error.text() and "EV-000" in error.text()
    assert "check it in" in error.informativeText()
    assert sorted(C.contents(vault.db, crate.crate)) == sorted(crate.objects)
    assert C.contents(vault.db, c100) == []
    assert not _visible(window, "confirmMoveBox")


def test_nothing_is_packed_into_a_crate_on_a_truck(window: MainWindow, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """r11 review #1: objects on the shelf packed into a crate in transit were put on the road."""
    crate = evacuation(vault, n=2)  # C-001 is in transit to TS-1
    _c2, _two, _c100 = _at_the_museum(vault, crate)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    _select(page, ["EV-STRAY"])
    page.pack_into.setCurrentIndex(page.pack_into.findData(crate.crate))
    assert not page.pack_selected()
    (error,) = _visible(window, "errorDialog")
    assert "C-001 is in transit" in error.text()
    assert "check it in" in error.informativeText()
    assert sorted(C.contents(vault.db, crate.crate)) == sorted(crate.objects)


@pytest.fixture
def french(use_language: Callable[[str], object]) -> None:
    use_language("fr")


def test_check_in_finds_a_code_typed_in_lower_case(window: MainWindow, vault: Vault) -> None:
    crate = evacuation(vault, n=3)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.start_check_in(crate.movement)
    panel = page.check_in
    scan(panel.scan, "ev-001")  # the label says EV-001
    assert panel.states()[crate.objects[1]] == OUTSIDE  # scanned loose: its crate not yet
    assert panel.scan.text() == "" and panel.error.text() == ""


def test_an_unknown_code_at_check_in_is_said_in_french_and_kept_to_be_corrected(
    french: None, window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, n=3)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.start_check_in(crate.movement)
    panel = page.check_in
    scan(panel.scan, "X-404")
    said = panel.error.text()
    assert "X-404" in said and "No record" not in said and "Aucune" in said
    assert panel.scan.text() == "X-404" and panel.scan.selectedText() == "X-404"
    scan(panel.scan, "EV-002")  # the next scan replaces the selected text
    assert panel.states()[crate.objects[2]] == OUTSIDE and panel.scan.text() == ""


def test_refused_photos_are_explained_in_french(
    french: None, window: MainWindow, vault: Vault, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """#8: each reason and the advice were English in the French app."""
    window.open_session(vault)
    editor = window.workspace.new_object()
    assert editor is not None
    editor.inputs["inventory_number"].set_raw("P-1")
    editor.inputs["title"].set_raw("Jar")
    assert editor.save()
    whole = make_jpeg(tmp_path / "whole.jpg", seed=4).read_bytes()
    cut = tmp_path / "degat_09_corrompu.jpg"
    cut.write_bytes(whole[: len(whole) // 2])
    text = tmp_path / "IMG_0010.HEIC"
    text.write_text("not a photo at all")
    editor.add_photos([cut, text])
    qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
    box = editor.findChild(QMessageBox, "photosRefusedBox")
    assert box is not None
    said = box.text() + "\n" + box.informativeText()
    assert "degat_09_corrompu.jpg" in said and "IMG_0010.HEIC" in said
    for english in ("is damaged", "is not a JPEG", "Choose a", "Copy the photo", "was not added"):
        assert english not in said, english
    assert "endommagé" in said
    box.close()
    editor.close()


def _object_with_photos(window: MainWindow, qtbot, tmp_path: Path, n: int):  # type: ignore[no-untyped-def]
    editor = window.workspace.new_object()
    assert editor is not None
    editor.inputs["inventory_number"].set_raw("P-2")
    editor.inputs["title"].set_raw("Jar")
    assert editor.save()
    photos = [make_jpeg(tmp_path / f"p{i}.jpg", 1600, 1200, seed=i) for i in range(n)]
    editor.add_photos(photos)
    qtbot.waitUntil(lambda: not editor.importing, timeout=20_000)
    assert len(editor.media) == n
    return editor


def test_the_photo_viewer_fits_the_screen_and_pages_through_the_records_photos(
    window: MainWindow, vault: Vault, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """#10: the viewer ran off a 1366×768 screen and had no previous/next."""
    window.open_session(vault)
    editor = _object_with_photos(window, qtbot, tmp_path, 3)
    second = editor.media[1]["sha256"]
    assert editor.set_photo_caption(second, "North face, crack along the rim")
    viewer = editor.open_photo(editor.media[0]["sha256"])
    qtbot.waitExposed(viewer)
    area = viewer.screen().availableGeometry()  # 1366×720: a 48 px taskbar (tests' screen)
    assert viewer.testAttribute(Qt.WidgetAttribute.WA_Moved)  # placed by us, not the WM
    frame = viewer.frameGeometry()
    assert area.contains(viewer.geometry()) and frame.bottom() <= area.bottom() + 32
    assert viewer.height() + 32 <= area.height()
    assert viewer.position.text() == "1 of 3" and not viewer.caption.isVisible()
    assert not viewer.previous_action.isEnabled()
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.photos[viewer.index]["sha256"] == second
    assert viewer.caption.isVisible()
    assert viewer.caption.text() == "North face, crack along the rim"
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.index == 2 and viewer.position.text() == "3 of 3"
    assert not viewer.next_action.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.index == 0
    qtbot.waitUntil(lambda: viewer.worker is None, timeout=10_000)
    viewer.close()
    editor.close()


def test_the_caption_dialog_is_wide_enough_for_a_sentence(
    window: MainWindow, vault: Vault, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """#11: a ~180 px field and a title cut to « Légen…ieldKit »."""
    window.open_session(vault)
    editor = _object_with_photos(window, qtbot, tmp_path, 1)
    dialog = editor.ask_caption(editor.media[0]["sha256"])
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 520  # « Légende de la photo — FieldKit » whole, a sentence
    field = dialog.findChild(QLineEdit)
    assert field is not None and field.width() >= 480
    dialog.reject()
    editor.close()


def test_check_in_words_agree_with_their_number_and_missing_is_one_word_in_french(
    french: None, window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """#4: « 1 / Reçus », « Pas encore scannés » for one item, and « Manquant » beside the
    glossary's and the status column's « Disparu »."""
    crate = evacuation(vault, n=2)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.start_check_in(crate.movement)
    panel = page.check_in
    scan(panel.scan, "C-001")  # sealed: its 2 objects received with it
    scan(panel.scan, "EV-STRAY")
    captions = {key: label.text() for key, label in panel.captions.items()}
    assert panel.counts()["received"] == 3 and captions["received"] == "Reçus"
    assert panel.counts()["extra"] == 1 and captions["extra"] == "En trop"
    rows = {panel.list.item(r, 1).text() for r in range(panel.list.rowCount())}
    assert "Reçu" in rows and "Reçus" not in rows
    assert "En trop (non attendu)" in rows

    other = evacuation_two(vault)
    page.start_check_in(other)
    scan(panel.scan, "EV2-0")
    assert panel.counts()["pending"] == 1
    assert panel.captions["pending"].text() == "Pas encore scanné"
    rows = {panel.list.item(r, 1).text() for r in range(panel.list.rowCount())}
    assert "Pas encore scanné" in rows
    panel.finish()
    assert panel.captions["pending"].text() == "Disparu"
    rows = {panel.list.item(r, 1).text() for r in range(panel.list.rowCount())}
    assert "Disparu" in rows and not any("Manquant" in r for r in rows)
    assert "disparu" in panel.feedback.text() and "manquant" not in panel.feedback.text()


def evacuation_two(vault: Vault) -> str:
    """A second crate of two loose objects on its way to TS-1: one will not arrive."""
    records = Records(vault)
    chain = Custody(records)
    two = [
        records.create(F.OBJECT, {"inventory_number": f"EV2-{i}", "title": "Cup"}).record_id
        for i in range(2)
    ]
    return chain.move(two, "TS-1", reason="evacuation", from_location="MUS").record_id


@pytest.fixture
def ukrainian(use_language: Callable[[str], object]) -> None:
    use_language("uk")


def test_the_overview_says_missing_with_the_status_word_in_ukrainian(
    ukrainian: None, window: MainWindow, vault: Vault
) -> None:
    """#16: « 2 бракує » above a status chart « Зниклий 15 »: two words for one state."""
    evacuation(vault, n=1)
    other = evacuation_two(vault)
    Custody(Records(vault)).receive(other, ["EV2-0"])
    window.open_session(vault)
    (panel,) = window.findChildren(CustodyOverview)
    panel.refresh()
    text = panel.figures.text()
    assert "1 зниклий при прийманні" in text and "бракує" not in text
    said = [panel.attention.item(i).text() for i in range(panel.attention.count())]
    assert any(s.startswith("Зникли при прийманні") for s in said)


def test_the_audit_log_names_records_and_says_its_labels_in_french(
    french: None, vault: Vault, tmp_path: Path
) -> None:
    """#14: « record: 8c21888d », « kind: duplicate_decision », an empty « recipients: »."""
    from fieldkit.bundles.export import ExportOptions, export_bundles
    from fieldkit.gui.pages.audit_log import AuditModel

    records = Records(vault)
    jar = records.create(F.OBJECT, {"inventory_number": "MCP 1980.6", "title": "Amphora"})
    export_bundles(vault, tmp_path / "plain.fkb", ExportOptions(plain=True, mode="full"))
    model = AuditModel()
    model.set_source(vault.db, None)
    shown = [
        str(model.data(model.index(r, 4), Qt.ItemDataRole.DisplayRole))
        for r in range(model.rowCount())
    ]
    exported, created = shown[0], shown[1]
    assert "MCP 1980.6 — Amphora" in created and jar.record_id[:8] not in created
    assert "fiche" in created and "record:" not in created and "kind:" not in created
    assert "objet" in created  # the kind, said
    assert "recipients" not in exported and "destinataires" not in exported
    assert "full" not in exported.replace("(full)", "") and "paquet" in exported


@pytest.fixture
def arabic(use_language: Callable[[str], object]) -> None:
    use_language("ar")


def test_today_then_ctrl_s_on_the_today_button_saves_the_date_in_arabic(
    arabic: None, window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """#6, as the tester did it: a new object, « اليوم » clicked, Ctrl+S with the focus still on
    that button. Not reproduced in the app: the first save holds the date. (Under xdotool the
    date was left out only when Arabic text was typed through xdotool's temporary keymap, which
    also put a word in the wrong field; with an Arabic keyboard layout the same steps saved it.)
    A guard: what is on screen is what Save writes."""
    window.open_session(vault)
    editor = window.workspace.new_object()
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.inputs["inventory_number"].set_raw("MNB-2026-001")
    editor.inputs["title"].set_raw("جِرَّة فخارية")
    editor.inputs["object_type"].set_raw("فخار")
    date = editor.inputs["date_documented"]
    qtbot.mouseClick(date.now_button, Qt.MouseButton.LeftButton)
    shown = date.edit.text()
    assert shown
    date.now_button.setFocus()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(date.now_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_id is not None
    stored = Records(vault).get(editor.record_id)
    assert stored.fields.get("date_documented") == shown
    assert len(Records(vault).history(editor.record_id)) == 1
    assert not editor.dirty and "*" not in editor.windowTitle()
    editor.close()


def test_a_scanned_items_name_is_isolated_in_the_arabic_feedback(
    arabic: None, window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, n=3)
    window.open_session(vault)
    page = window.custody.evacuation
    page.start_check_in(crate.movement)
    panel = page.check_in
    panel.scan.setText(crate.numbers[0])
    panel.scan.returnPressed.emit()
    said = panel.feedback.text()
    assert i18n.FSI in said and i18n.PDI in said
    assert said.index(i18n.PDI) < len(said) - 2  # the full stop stays outside, on the Arabic side


def test_where_now_stays_in_sight_in_the_french_priority_list(
    french: None, window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # r9 #27, still open in r10: « Où maintenant » was cut to « Où m » at 1366 px.
    evacuation(vault, n=12)
    records = Records(vault)
    for i in range(12):
        records.create(
            F.OBJECT,
            {
                "inventory_number": f"MRDI.2014.{i}",
                "title": "Correspondance diplomatique et lettres reliées en cuir",
                "salvage_priority": 1,
            },
        )
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    table = page.priority
    table.setFixedWidth(520)  # what the splitter left it on the tester's screen
    qtbot.wait(50)
    header = table.horizontalHeader()
    (where,) = [
        c
        for c in range(table.columnCount())
        if table.horizontalHeaderItem(c).text() == "Où maintenant"
    ]
    right = header.sectionViewportPosition(where) + header.sectionSize(where)
    assert right <= table.viewport().width()
    needed = header.fontMetrics().horizontalAdvance(table.horizontalHeaderItem(where).text())
    assert header.sectionSize(where) >= needed
