"""What a new user met at 1366×768 in four languages (notes/r8/uitrial.md), each fixed once."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from fieldkit import i18n
from fieldkit.demo.collection import generate
from fieldkit.gui.bundles import export_dialog as E
from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.bundles import verify_dialog as V
from fieldkit.gui.custody_common import movement_title, short_where
from fieldkit.gui.dates import format_day, format_iso, format_moment
from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.dimensions import dimension_label, unit_label
from fieldkit.reports import fonts, inventory
from fieldkit.reports.text import layout_lines, single_line
from fieldkit.vault import Vault

from .helpers import trust_each_other
from .test_evacuation_checkin import _checkin_page, evacuation, scan


def _label(name: str) -> str:
    return QCoreApplication.translate("fields", name)


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_a_field_error_speaks_the_interface_language_and_names_the_field_once(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow, lang: str
) -> None:
    use_language(lang)
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["date_documented"].set_raw("2025-99-99")
    shown = editor._error_labels["date_documented"].text()
    label = _label("Date documented")
    assert "must be a date" not in shown
    assert label in shown
    assert not editor.save()
    status = editor.status.text()
    assert status.count(label) == 1
    assert "must be a date" not in status
    editor.discard_changes()
    editor.close()


_EASTERN = set("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def test_arabic_counts_and_dates_keep_western_digits_like_the_core(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # i18n.py: "Digits stay Western in every language"; the core's sentences write "12".
    use_language("ar")
    generate(unlocked.session.vault, 12, seed=5)  # type: ignore[union-attr]
    workspace = unlocked.workspace
    workspace.show_section(0)
    page = workspace.overview_page
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=20000)
    totals = page.totals.text()
    assert "12" in totals and not _EASTERN & set(totals), totals
    workspace.refresh_lists()
    count = workspace.object_page.count_label.text()
    assert "12" in count and not _EASTERN & set(count), count
    shown = format_day(date(2026, 11, 30)) + format_moment(datetime(2026, 11, 30, 23, 42))
    assert "2026" in shown and not _EASTERN & set(shown), shown


def test_the_go_menu_shows_the_ampersand_of_a_page_title(unlocked: MainWindow) -> None:
    # "&&" is the title's own "&"; the lone "&" the page's Alt letter (r15).
    texts = [action.text() for action in unlocked.go_actions]
    assert "&Bundles && sync" in texts and "People && &keys" in texts


def test_arabic_keeps_a_movements_iso_departure_left_to_right(
    use_language: Callable[[str], list[QTranslator]],
) -> None:
    use_language("ar")
    status = C.MovementStatus(
        id="m",
        fields={"departed_at": "2026-11-30T23:42:00+00:00", "reason": "evacuation"},
        state="in_transit",
        items=[],
        expected=[],
        received=[],
        missing=[],
        extra=[],
    )
    title = movement_title(None, status)  # type: ignore[arg-type]  # no destination: no lookup
    # In the reader's date format (not the raw ISO moment the list cut as "03:46 06-12-026…"),
    # isolated from the Arabic around it (trial r10 #20).
    assert i18n.isolate(format_iso("2026-11-30T23:42")) in title
    assert "2026-11-30" not in title


@pytest.mark.parametrize(("lang", "word"), [("fr", "disparu"), ("uk", "зниклий"), ("ar", "مفقودة")])
def test_where_now_says_missing_with_the_glossarys_word(
    use_language: Callable[[str], list[QTranslator]], lang: str, word: str
) -> None:
    use_language(lang)
    where = C.Where("x", None, None, False, True, None, None, None, "missing")
    assert short_where(where) == word


def test_the_measurements_table_speaks_arabic_and_saves_the_stored_words(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow
) -> None:
    use_language("ar")
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    measurements = editor.inputs["measurements"]
    stored = [{"dimension": "height", "value": "32", "unit": "cm"}]
    measurements.set_raw(stored)
    table = measurements.table  # type: ignore[attr-defined]
    assert table.item(0, 0).text() == dimension_label("height", "ar", isolated=False) != "height"
    assert table.item(0, 2).text() == unit_label("cm", "ar", isolated=False) != "cm"
    assert measurements.raw() == stored
    table.item(0, 0).setText("ارتفاع كلي")  # retyped: kept as typed
    assert measurements.raw()[0]["dimension"] == "ارتفاع كلي"
    editor.discard_changes()
    editor.close()


@pytest.mark.parametrize("lang", ["ar", "uk"])
def test_the_unsaved_changes_box_uses_the_editors_words(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow, lang: str
) -> None:
    use_language(lang)
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["title"].set_raw("Icon")
    box = editor.ask_about_unsaved_changes()
    discard = box.button(QMessageBox.StandardButton.Discard).text()
    assert (
        discard
        == QCoreApplication.translate("RecordEditor", "&Discard changes")
        != ("&Discard changes")
    )
    assert box.button(QMessageBox.StandardButton.Save).text() == QCoreApplication.translate(
        "RecordEditor", "&Save"
    )
    box.done(0)
    editor.discard_changes()
    editor.close()


def test_french_form_labels_put_a_space_before_the_colon(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow
) -> None:
    use_language("fr")
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    texts = [label.text().replace("&", "") for label in editor._labels]
    assert texts and all(text.endswith("\u00a0:") for text in texts), texts
    editor.close()


def test_the_editor_heading_follows_the_window_direction(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    use_language("ar")
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["inventory_number"].set_raw("MRDI.2014.2")
    editor.inputs["title"].set_raw("أيقونة")
    heading = editor.title_label
    qtbot.waitUntil(lambda: heading.width() > 300)
    # Drawn at the right edge, as every other Arabic heading: look at the ink.
    image = heading.grab().toImage()
    background = image.pixel(0, 0)
    inked = [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != background for y in range(image.height()))
    ]
    assert inked and inked[-1] > image.width() * 0.9 and inked[0] > image.width() * 0.3
    editor.discard_changes()
    editor.close()


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("redact", [False, True])
def test_the_inventory_lists_column_headings_print_whole(lang: str, redact: bool) -> None:
    fonts.register()
    with i18n.using(lang):
        for col in inventory.columns(redact):
            whole = layout_lines(col.heading, fonts.BOLD, inventory.HEADING_SIZE, 1e9)[0]
            drawn = single_line(
                col.heading, fonts.BOLD, inventory.HEADING_SIZE, col.width - inventory.CELL_GAP
            )
            assert drawn.width == whole.width, (lang, col.heading)


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_the_sort_by_box_shows_its_column_whole(
    use_language: Callable[[str], list[QTranslator]], unlocked: MainWindow, lang: str
) -> None:
    use_language(lang)
    unlocked.resize(1280, 736)
    page = unlocked.workspace.object_page
    unlocked.workspace.show_section(1)
    combo = page.filter_bar.sort_combo
    widest = max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
    )
    assert combo.count() > 1
    QApplication.processEvents()
    assert combo.width() >= widest + 10  # the text plus the arrow's room, never cut


def test_the_verify_and_import_summaries_are_plural_sentences(
    use_language: Callable[[str], list[QTranslator]], make_vault, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Read "1 bundle(s) checked" as a form; each count is now its own plural sentence."""
    use_language("en")  # the app's English: its plural forms
    field_vault, _ = make_vault(tmp_path / "field", name="Amal Haddad", role="field")
    coord_vault, _ = make_vault(tmp_path / "coord", name="Rana Aziz", role="coordinator")
    trust_each_other(field_vault, coord_vault)
    field, coord = (MainWindow(None, kdf=FAST_KDF, idle_minutes=10) for _ in range(2))
    for window, vault in ((field, field_vault), (coord, coord_vault)):
        qtbot.addWidget(window)
        window.show()
        window.open_session(vault)
    field.session.records.create(F.OBJECT, {"inventory_number": "T-1", "title": "Coin"})  # type: ignore[union-attr]
    bundle = tmp_path / "one.fkb"
    export = field.workspace.export_bundle()
    assert isinstance(export, E.ExportDialog)
    export.destination.setText(str(bundle))
    export.export_button.click()
    qtbot.waitUntil(lambda: export.pages.currentIndex() == E.SUMMARY, timeout=30_000)
    export.close_button.click()

    verify = V.VerifyDialog(coord.session, None, files=[bundle])
    qtbot.addWidget(verify)
    verify.start()
    qtbot.waitUntil(lambda: verify.pages.currentIndex() == V.VERDICTS, timeout=30_000)
    assert verify.summary.text() == (
        "1 bundle checked: 1 intact and signed by a trusted key, 0 failed, "
        "0 intact but not signed by a key you trust."
    )
    verify.done(0)

    dialog = coord.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    assert "The bundle passed the checks." in dialog.verdict_summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)
    assert dialog.summary_text.text() == (
        "1 bundle imported: 1 new revision, 0 already here, 0 new photos "
        "and 0 records now in conflict."
    )
    dialog.close_button.click()
    for window in (field, coord):
        window.lock()


def test_finish_check_in_asks_before_marking_items_missing_and_keeps_alt_f_for_file(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    assert mnemonic_of(panel.finish_button.text()) != mnemonic_of(window.tr("&File"))
    for number in crate.numbers[:3]:
        scan(panel.scan, number)
    panel.finish_button.click()
    box = panel.confirm_box
    assert box is not None and "13" in box.text()
    assert C.movement_status(vault.db, crate.movement).state != "received"  # nothing written
    box.reject()
    assert C.movement_status(vault.db, crate.movement).state != "received"
    panel.finish_button.click()
    box = panel.confirm_box
    assert box is not None
    next(b for b in box.buttons() if b is not box.defaultButton()).click()
    qtbot.waitUntil(lambda: C.movement_status(vault.db, crate.movement).state == "received")
    assert len(C.movement_status(vault.db, crate.movement).missing) == 13


def test_enter_in_the_trust_dialogs_local_name_neither_trusts_nor_drops_the_card(
    unlocked: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Trusting a key is a decision: Enter in "Local name" once pressed Cancel (the card was
    dropped silently), then "Trust now" (an unchecked card trusted, r13 testers fr/uk)."""
    from peers import Peer

    from fieldkit.gui.trust_dialogs import AddCardDialog

    other = Peer(tmp_path, "amira")
    session = unlocked.session
    assert session is not None
    dialog = AddCardDialog(session, other.card, unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.local_name.setFocus()
    dialog.local_name.setText("Amira (Mosul)")
    QTest.keyClick(dialog.local_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.key is None  # nothing trusted, nothing dropped
    assert not any(b.isDefault() for b in dialog.findChildren(QPushButton))
    assert session.vault.db.execute("SELECT count(*) FROM trust").fetchone()[0] == 0
    dialog.later_button.click()  # the explicit button still trusts, unverified
    assert dialog.key is not None and dialog.key.name == "Amira (Mosul)"
    assert not dialog.key.verified
    other.vault.close()


def test_a_damage_report_from_the_objects_list_names_the_object_by_its_number(
    unlocked: MainWindow,
) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "MRDI.2014.2", "title": "Icon"})
    editor = unlocked.workspace.new_damage(obj.record_id)
    assert editor is not None
    assert editor.inputs["object_id"].raw() == "MRDI.2014.2"
    assert obj.record_id not in editor.windowTitle()
    assert not editor.dirty
    editor.inputs["site"].set_raw("Store room")
    assert editor.save()
    saved = records.get(editor.record_id)  # type: ignore[arg-type]
    assert saved.fields["object_id"] == obj.record_id  # stored as the id
    editor.close()


def test_the_handover_date_is_prefilled_as_the_editors_write_it(
    window: MainWindow, tmp_path: Path
) -> None:
    from peers import Peer

    from fieldkit.gui.handover_wizard import HandoverWizard

    field, store = Peer(tmp_path, "field"), Peer(tmp_path, "store")
    field.trust(store)
    crate = Custody(field.records).add_container({"code": "C-100", "kind": "crate"}).record_id
    window.open_session(field.vault)
    wizard = window.custody.hand_over([crate])
    assert isinstance(wizard, HandoverWizard)
    shown = wizard.details_page.handed_at.text()
    # No seconds, no "+00:00", and since r11 no ISO "T" either (stored as ISO all the same).
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", shown), shown
    kept = wizard.details_page.details()["handed_at"]
    assert datetime.fromisoformat(kept).tzinfo is not None  # untouched: the exact moment
    wizard.details_page.handed_at.setText("2026-03-14T09:30")
    assert wizard.details_page.details()["handed_at"] == "2026-03-14T09:30"
    wizard.reject()
    store.vault.close()


def test_keep_version_whole_says_in_the_status_bar_what_it_did(
    window: MainWindow, tmp_path: Path
) -> None:
    from peers import Peer

    from fieldkit.gui.workspace import CONFLICTS

    a, b = Peer(tmp_path, "a"), Peer(tmp_path, "b")
    a.trust(b)
    b.trust(a)
    obj = a.records.create(F.OBJECT, {"inventory_number": "K-1", "title": "Jar"})
    b.receive(a.send(b))
    a.records.edit(obj.record_id, {"title": "Jar (a)"})
    b.records.edit(obj.record_id, {"title": "Jar (b)"})
    a.receive(b.send(a))
    window.open_session(a.vault)
    window.workspace.show_section(CONFLICTS)
    page = window.workspace.conflicts_page
    page.refresh()
    assert page.list.count() == 1
    page.view.keep_buttons[0].click()
    assert page.list.count() == 0
    said = window.statusBar().currentMessage()
    assert "version 1 kept whole" in said and "K-1" in said, said
    b.vault.close()


def test_settings_say_when_fieldkit_lang_overrides_the_saved_language(
    monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.gui import settings
    from fieldkit.gui.pages.vault_settings import VaultSettingsPage

    settings.set_language("fr")
    monkeypatch.setenv("FIELDKIT_LANG", "uk")
    page = VaultSettingsPage()
    qtbot.addWidget(page)
    note = page.language_note
    assert not note.isHidden()
    assert "FIELDKIT_LANG" in note.text() and "Українська" in note.text()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "1 bundle imported (3 new revisions), 0 delivered, 1 receipt read and 0 written"),
        ("fr", "1 paquet importé (3 nouvelles révisions), 0 livré, 1 accusé de réception lu"),
    ],
)
def test_the_sync_summary_is_plural_sentences(
    use_language: Callable[[str], list[QTranslator]], qtbot, lang: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from fieldkit.gui.pages.sync_panel import SyncPanel

    use_language(lang)
    panel = SyncPanel()
    qtbot.addWidget(panel)
    report = SimpleNamespace(
        target="stick",
        imported=[SimpleNamespace(new_revisions=3)],
        exported=[],
        delivered=[],
        receipts_read=1,
        receipts_written=0,
        quarantined=[],
        waiting=0,
        skipped=None,
        offline=None,
        errors=[],
    )
    text = panel.summary_text(report)  # type: ignore[arg-type]
    assert expected in text and "(s)" not in text, text
