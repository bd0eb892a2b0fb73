"""The shared radio-choice builder that the bundle export and the record export both use."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QRadioButton

from fieldkit.gui.bundles.export_dialog import MODES, ExportDialog
from fieldkit.gui.export_records_dialog import ExportRecordsDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.widgets import radio_choices


def need(widget: Any) -> Any:
    assert widget is not None
    return widget


def test_one_named_radio_a_choice_in_one_group_in_order(qtbot: Any) -> None:
    box = QGroupBox("What")
    qtbot.addWidget(box)
    group, radios, layout = radio_choices(box, [("a", "&First"), ("b", "&Second")], "pick")
    assert list(radios) == ["a", "b"]
    assert [r.objectName() for r in radios.values()] == ["pick_a", "pick_b"]
    assert [group.id(r) for r in radios.values()] == [0, 1]
    assert group.exclusive()
    assert layout is box.layout() and layout.count() == 2
    radios["b"].setChecked(True)
    radios["a"].setChecked(True)
    assert group.checkedId() == 0 and not radios["b"].isChecked()


def test_the_export_dialogs_keep_their_choices(unlocked: MainWindow) -> None:
    bundle = need(unlocked.workspace.export_bundle())
    records = need(unlocked.export_records())
    assert isinstance(bundle, ExportDialog) and isinstance(records, ExportRecordsDialog)
    assert list(bundle.mode_radios) == list(MODES)
    assert bundle.mode_radios["delta"].isChecked()
    assert bundle.findChild(QRadioButton, "mode_full") is bundle.mode_radios["full"]
    assert list(records.format_radios) == ["lido", "linked-art", "csv"]
    assert records.format_radios["lido"].isChecked()
