"""r12 trial fixes in the app's own screens: decimals and counts written the UI language's way
(« 72,5 », « 80 000 », « 17 % »), the spreadsheet dialog's date in the app's format, Today out
of the Tab chain, the Delete key on a list row, cross references named in the conflicts view,
the report dialog's check boxes at their natural height, and one Arabic word per damage field.
Each test was seen failing before its fix."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from fieldkit import i18n
from fieldkit.gui import numbers
from fieldkit.gui.csv_import_dialog import PREVIEW, CsvImportDialog, _when
from fieldkit.gui.dates import format_epoch_ms
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.models.columns import DAMAGE_COLUMNS
from fieldkit.gui.pages.conflicts import ConflictView, format_value
from fieldkit.gui.report_dialog import INVENTORY, ReportDialog
from fieldkit.gui.session import Session
from fieldkit.gui.translation import install_language
from fieldkit.gui.vocabulary_labels import field_label
from fieldkit.gui.workspace import DAMAGE, OBJECTS, SIDEBAR_WIDTH
from fieldkit.records import fields as F
from fieldkit.records.conflicts import Conflict
from fieldkit.records.merge import merge_view
from fieldkit.vault import Vault

HEIGHT = [{"dimension": "height", "value": 72.5, "unit": "cm"}]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


# --- 1. decimals and counts in the UI language --------------------------------------------------


def test_the_conflict_cells_write_a_french_decimal_comma(french: None) -> None:
    assert format_value(F.OBJECT, "measurements", HEIGHT) == "hauteur\u00a0: 72,5\u00a0cm"
    coordinates = format_value(F.OBJECT, "coordinates", {"lat": 36.3401234, "lon": 43.13})
    assert coordinates == "36,3401234\u00a0; 43,13"


def test_english_decimals_are_unchanged(qapp: QApplication) -> None:
    assert format_value(F.OBJECT, "measurements", HEIGHT) == "height: 72.5 cm"
    assert numbers.decimal(40.0) == "40"


def test_the_editor_shows_72_comma_5_and_saves_72_point_5(
    french: None, unlocked: MainWindow, qtbot: Any
) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    made = records.create(F.OBJECT, {"inventory_number": "MT-1", "title": "Stèle"})
    records.edit(made.record_id, {"measurements": HEIGHT})
    editor = unlocked.workspace.open_object(made.record_id)
    assert editor is not None
    table = editor.inputs["measurements"].table
    assert table.item(0, 1).text() == "72,5"
    assert not editor.dirty
    # What is stored stays as it was: the core reads the comma back.
    assert editor.values_for_save()["measurements"][0]["value"] in ("72,5", 72.5)
    cleaned = F.clean_value(F.OBJECT, "measurements", editor.values_for_save()["measurements"])
    assert cleaned[0]["value"] == 72.5
    editor.close()


def _write_csv(path: Path, rows: int) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["N° d'inventaire", "Titre"])
    writer.writerows([f"A-{i}", f"Objet {i}"] for i in range(rows))
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path


def test_the_spreadsheet_dialog_groups_counts_and_spaces_percent_in_french(
    french: None, unlocked: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    dialog = unlocked.import_spreadsheet(_write_csv(tmp_path / "gros.csv", 1200))
    assert isinstance(dialog, CsvImportDialog)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.pages.currentIndex() == PREVIEW, timeout=60_000
    )
    # « Importer 1 200 objets » beside « 1 200 » in the counts, not « 1200 ».
    assert "1\u202f200" in dialog.import_button.text(), dialog.import_button.text()
    assert "1200" not in dialog.import_button.text()
    assert "1\u202f200" in dialog.read_as.text()
    assert dialog.import_page.bar.format() == "%p\u202f%"
    dialog.reject()


def test_plain_and_localised_counts_are_written_the_cores_way(french: None) -> None:
    assert numbers.counted("Importer 80000 objets", 80000) == "Importer 80\u202f000 objets"


# --- 2. the spreadsheet dialog's date -----------------------------------------------------------


def test_the_last_import_is_dated_in_the_apps_format(qapp: QApplication) -> None:
    ms = 1_796_562_780_000  # 6 Dec 2026, 13:13 UTC
    assert _when(ms) == format_epoch_ms(ms)
    assert "/" not in _when(ms)


# --- 3. Today out of the Tab chain --------------------------------------------------------------


def test_tab_after_the_date_skips_today_and_ctrl_semicolon_fills_it(
    french: None, unlocked: MainWindow, qtbot: Any
) -> None:
    editor = unlocked.workspace.new_object()
    assert editor is not None
    qtbot.waitExposed(editor)
    date = editor.inputs["date_documented"]
    assert date.now_button.text() == "Aujourd’hui"
    assert date.now_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert "Ctrl" in date.now_button.toolTip() and "Ctrl" in date.edit.toolTip()
    date.edit.setText("2026-03-14")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    date.edit.setFocus()
    qtbot.keyClick(date.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not date.now_button
    # A space typed after Tab can no longer press Today.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert date.edit.text() == "2026-03-14"
    # Still clickable, and the keyboard's way to today.
    date.edit.setFocus()
    qtbot.keyClick(date.edit, Qt.Key.Key_Semicolon, Qt.KeyboardModifier.ControlModifier)
    assert date.edit.text() == QDate.currentDate().toString("yyyy-MM-dd")
    date.edit.setText("")
    qtbot.mouseClick(date.now_button, Qt.MouseButton.LeftButton)
    assert date.edit.text() == QDate.currentDate().toString("yyyy-MM-dd")
    editor.discard_changes()
    editor.close()


# --- 4. the Delete key on a list row ------------------------------------------------------------


@pytest.mark.parametrize("kind", [F.OBJECT, F.DAMAGE])
def test_the_delete_key_on_a_row_asks_the_editors_delete_question(
    unlocked: MainWindow, qtbot: Any, kind: str
) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "D-1", "title": "Jarre"})
    made = obj
    if kind == F.DAMAGE:
        made = records.create(
            F.DAMAGE,
            {"object_id": obj.record_id, "observed_at": "2026-12-06T10:00", "assessor": "Amélie"},
        )
    workspace = unlocked.workspace
    page = workspace.object_page if kind == F.OBJECT else workspace.damage_page
    workspace.refresh_lists()
    workspace.show_section(OBJECTS if kind == F.OBJECT else DAMAGE)
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    editor = workspace._find(kind, made.record_id)
    assert editor is not None
    assert editor.confirm_box is not None and editor.confirm_box.objectName() == "confirmDeleteBox"
    # Nothing is deleted before the user says so.
    assert not records.get(made.record_id).deleted
    editor.confirm_box.reject()
    editor.close()


# --- 5. cross references in the conflicts view --------------------------------------------------


def test_a_cross_reference_in_a_conflict_reads_as_in_the_editor(vault: Vault, qtbot: Any) -> None:
    session = Session(vault)
    records = session.records
    portrait = records.create(F.OBJECT, {"title": "Портрет гетьмана"})
    made = records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"})
    records.edit(made.record_id, {"cross_references": [portrait.record_id]})
    heads = [e.revision for e in records.history(made.record_id)]
    conflict = Conflict(made.record_id, F.OBJECT, "X-1 — Jar", heads, None, merge_view(heads, None))
    view = ConflictView()
    qtbot.addWidget(view)
    view.session = session
    view.show_conflict(conflict)
    texts = [label.text() for label in view.rows["cross_references"]]
    expected = f"{portrait.record_id[:8]} — Портрет гетьмана"
    assert expected in texts, texts
    assert not any(portrait.record_id in t for t in texts), texts


# --- 6. the report dialog's check boxes ---------------------------------------------------------


def test_the_status_boxes_keep_their_natural_height_in_a_short_dialog(
    french: None, vault: Vault, qtbot: Any
) -> None:
    dialog = ReportDialog(Session(vault), INVENTORY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(600, 330)
    qtbot.wait(50)
    boxes = [*dialog.status_boxes.values(), *dialog.priority_boxes.values()]
    assert any(b.text() == "Évacué" for b in boxes)
    for box in boxes:
        assert box.height() >= box.sizeHint().height(), (box.text(), box.height())


# --- 8. one Arabic word per damage field --------------------------------------------------------


def test_the_damage_editor_and_list_use_the_same_arabic_words(
    qapp: QApplication, use_language: Any
) -> None:
    """The glossary (docs/glossary/ar.md): urgency is «الاستعجال»; the assessor, who makes the
    damage assessment («التقييم», ICCROM-FA), «المُقيِّم». The editor's labels (context
    "fields") and the list's columns and filter (context "columns") said two words each."""
    use_language("ar")
    editor = [field_label(F.DAMAGE, "urgency"), field_label(F.DAMAGE, "assessor")]
    columns = {c.key: c.title() for c in DAMAGE_COLUMNS}
    assert editor == [columns["urgency"], columns["assessor"]] == ["الاستعجال", "المُقيِّم"]


# --- 7. the sidebar gives way to a one-line title row -------------------------------------------


def test_the_ukrainian_objects_title_row_stays_on_one_line_on_a_narrow_window(
    use_language: Any, vault: Vault, qtbot: Any
) -> None:
    """1093 px is a 1366-pixel laptop at 125 %: the sidebar stayed at its widest and Import
    went on a second line."""
    use_language("uk")
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(vault)
    window.resize(1093, 614)
    workspace = window.workspace
    workspace.show_section(OBJECTS)
    page = workspace.object_page
    assert page.import_button is not None

    def top(widget: Any) -> int:
        return int(widget.mapTo(page, widget.rect().topLeft()).y())

    qtbot.waitUntil(lambda: top(page.import_button) == top(page.new_button), timeout=5_000)
    assert workspace.sidebar.width() >= SIDEBAR_WIDTH[0]
    window.lock()
