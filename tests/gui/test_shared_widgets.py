"""The building blocks the screens share (fieldkit/gui/widgets.py) and what rests on them: a
button's slot and name, rows and panels with their stretch, read-only tables, the warning that
defaults to Cancel, a trust change said inline, and a custody editor's field labels in French
(their catalogue entries are the record editor's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from fieldkit import i18n
from fieldkit.gui.editors.location_editor import LocationEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.session import Session
from fieldkit.gui.translation import install_language
from fieldkit.gui.trust_dialogs import RenameDialog
from fieldkit.gui.widgets import (
    hrow,
    named,
    path_row,
    push_button,
    read_only_rows,
    splitter,
    vpanel,
    warning_box,
)
from fieldkit.identity import trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.identity.own import load as load_identity
from fieldkit.records import fields as F
from fieldkit.vault import Vault


def test_push_button_has_its_name_slot_and_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    pressed: list[str] = []
    button = push_button("&Go", parent, "goButton", lambda: pressed.append("go"), default=True)
    assert button.objectName() == "goButton"
    assert button.isDefault() and button.parent() is parent
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pressed == ["go"]


def test_named_sets_object_and_screen_reader_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = named(QLineEdit(), "folder", "Vault folder")
    qtbot.addWidget(edit)
    assert (edit.objectName(), edit.accessibleName()) == ("folder", "Vault folder")


def test_rows_and_panels_keep_order_stretch_and_margins(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    a, b = QLabel("a", host), QLabel("b", host)
    layout = hrow(a, 2, None, b, margins=False)
    assert [layout.itemAt(i).widget() for i in (0, 2)] == [a, b]
    assert layout.itemAt(1).spacerItem() is not None
    assert layout.stretch(0) == 2 and layout.stretch(1) == 1
    assert layout.contentsMargins().left() == 0
    panel = vpanel(host, QLabel("c"), QLabel("d"), 3)
    inner = panel.layout()
    assert inner is not None and inner.count() == 2 and inner.stretch(1) == 3
    assert inner.contentsMargins().top() == 0


def test_path_row_puts_a_choose_button_beside_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    edit = QLineEdit(host)
    chosen: list[bool] = []
    layout = path_row(edit, "C&hoose…", "Choose the folder", lambda: chosen.append(True))
    button = layout.itemAt(1).widget()
    assert layout.itemAt(0).widget() is edit and layout.stretch(0) == 1
    assert isinstance(button, QPushButton) and button.accessibleName() == "Choose the folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chosen == [True]


def test_splitter_panes_cannot_collapse(qtbot) -> None:  # type: ignore[no-untyped-def]
    split = splitter(None, QWidget(), QWidget(), stretch=(1, 3), sizes=(100, 300), vertical=True)
    qtbot.addWidget(split)
    assert split.orientation() == Qt.Orientation.Vertical
    assert split.count() == 2 and not split.childrenCollapsible()


def test_read_only_rows_are_selected_whole_and_left_with_tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    read_only_rows(table, single=True, alternating=True, wrap=False)
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert not table.tabKeyNavigation() and not table.verticalHeader().isVisible()
    assert table.alternatingRowColors() and not table.wordWrap()
    assert table.horizontalHeader().stretchLastSection()
    other = read_only_rows(QTableWidget(1, 1), resize=QHeaderView.ResizeMode.ResizeToContents)
    qtbot.addWidget(other)
    assert other.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert other.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents


def test_warning_box_defaults_to_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    box, act = warning_box(
        parent,
        "dangerBox",
        "Title",
        "Text",
        ("&Do it", QMessageBox.ButtonRole.DestructiveRole),
        "Cancel",
    )
    assert box.objectName() == "dangerBox" and box.icon() == QMessageBox.Icon.Warning
    assert box.defaultButton() is not act and box.defaultButton().text() == "Cancel"
    assert box.buttonRole(act) == QMessageBox.ButtonRole.DestructiveRole


def test_a_rename_refused_by_the_trust_store_is_said_inline(
    qtbot,
    vault: Vault,
    make_vault,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    other, _key = make_vault(tmp_path / "other")
    card = parse_card(card_bytes(make_card(load_identity(other.db))))
    with vault.transaction() as db:
        key = trust.add(db, card)
    dialog = RenameDialog(Session(vault), key)
    qtbot.addWidget(dialog)
    dialog.name.setText("")  # no name: the trust store refuses it (a UsageError)
    dialog.rename()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.name.setText("Bob the archivist")
    dialog.rename()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert trust.get(vault.db, key.fingerprint).name == "Bob the archivist"  # type: ignore[union-attr]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


def test_a_location_editor_labels_its_sensitive_fields_in_french(
    french: None,
    qtbot,
    vault: Vault,  # type: ignore[no-untyped-def]
) -> None:
    editor = LocationEditor(Session(vault), "")
    qtbot.addWidget(editor)
    texts = [label.text() for label in editor.findChildren(QLabel)]
    assert any(t.endswith("(sensible)\u00a0:") for t in texts), texts  # « Statut : »
    assert not any("(sensitive)" in t for t in texts)


def _drop(widget: QWidget, files: list[Path]) -> tuple[bool, bool]:
    """Drag ``files`` over ``widget`` and drop them; whether each event was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_files_dropped_on_an_editor_or_its_photo_strip_are_added(
    qtbot,
    vault: Vault,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    editor = ObjectEditor(Session(vault))
    qtbot.addWidget(editor)
    added: list[list[Path]] = []
    monkeypatch.setattr(editor, "add_photos", lambda paths: added.append(list(paths)))
    photo = tmp_path / "bowl.jpg"
    photo.write_bytes(b"not read here")
    assert _drop(editor, [photo]) == (True, True)
    chosen: list[list[Path]] = []
    editor.photo_strip.files_chosen.connect(lambda files: chosen.append(files))
    assert _drop(editor.photo_strip, [photo]) == (True, True)
    # the strip says what was chosen; its editor adds it, as for a drop on the form
    assert chosen == [[photo]] and added == [[photo], [photo]]
    nothing = QMimeData()  # text, not files: refused
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        nothing,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(editor, enter)
    assert not enter.isAccepted()


def test_a_saved_location_says_what_it_holds_in_french(
    french: None,
    qtbot,
    vault: Vault,  # type: ignore[no-untyped-def]
) -> None:
    # Plural texts are looked up in the context that holds them, not the subclass's: with
    # self.tr the location editor showed "0 item(s) here now" in every language.
    session = Session(vault)
    place = session.records.create(F.LOCATION, {"code": "STORE-A", "name": "Store A"})
    editor = LocationEditor(session, place.record_id)
    qtbot.addWidget(editor)
    assert editor.where_label.text() == "0 élément ici maintenant"


def test_an_object_editor_counts_refused_photos_in_french(
    french: None,
    qtbot,
    vault: Vault,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    editor = ObjectEditor(Session(vault))
    qtbot.addWidget(editor)
    editor.inputs["inventory_number"].set_raw("P-9")
    editor.inputs["title"].set_raw("Bowl")
    assert editor.save()
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo at all")
    editor.add_photos([text])
    qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
    assert editor.status.text() == "0 photo ajoutée. 1 photo refusée."
    box = editor.findChild(QMessageBox, "photosRefusedBox")
    if box is not None:
        box.close()


def test_column_lays_out_its_parent_top_to_bottom(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.gui.widgets import column

    host = QWidget()
    qtbot.addWidget(host)
    a, b = QLabel("a", host), QLabel("b", host)
    layout = column(host, a, 2, hrow(QLabel("c")), None, b, margins=False)
    assert host.layout() is layout
    assert layout.itemAt(0).widget() is a and layout.stretch(0) == 2
    assert layout.itemAt(1).layout() is not None and layout.itemAt(2).spacerItem() is not None
    assert layout.itemAt(3).widget() is b and layout.contentsMargins().top() == 0


def test_dropped_files_keeps_local_files_with_the_suffixes_asked_for(tmp_path: Path) -> None:
    from fieldkit.gui.widgets import dropped_files

    mime = QMimeData()
    names = [tmp_path / "a.FKB", tmp_path / "b.jpg"]
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in names] + [QUrl("https://example.org/c.fkb")])
    event = QDropEvent(
        QPointF(1, 1),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert dropped_files(event) == names  # a web address is no file
    assert dropped_files(event, (".fkb",)) == names[:1]  # the suffix in any case


def test_a_key_checklist_ticks_exactly_the_keys_asked_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.gui.bundles.key_checklist import KeyChecklist

    keys = KeyChecklist()
    qtbot.addWidget(keys)
    keys.add_key("Rana", "AA", ticked=True)
    keys.add_key("Amal", "BB")
    keys.add_key("Omar", "CC")
    assert keys.ticked() == ["AA"]
    keys.set_ticked(["CC", "BB", "ZZ"])
    assert keys.ticked() == ["BB", "CC"]
    assert keys.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_a_page_read_answered_after_a_lock_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """run_for_page: the button waits for the read; an answer no longer wanted (the vault was
    locked meanwhile) is dropped, not drawn."""
    import threading

    from fieldkit.gui import workers

    class Page:
        worker: workers.Worker | None = None

    page, button = Page(), QPushButton()
    qtbot.addWidget(button)
    answers: list[object] = []
    wanted = [True]
    gate = threading.Event()

    def read(n: int) -> int:
        gate.wait(10)
        if n < 0:
            raise ValueError("no")
        return n * 2

    for n, keep in ((3, True), (4, False), (-1, True)):
        wanted[0] = True
        page.worker = workers.run_for_page(
            page,
            button,
            read,
            n,
            wanted=lambda: wanted[0],
            on_done=answers.append,
            on_error=answers.append,
        )
        assert not button.isEnabled()
        wanted[0] = keep
        gate.set()
        qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
        gate.clear()
        assert button.isEnabled()
    assert answers[0] == 6 and len(answers) == 2 and isinstance(answers[1], ValueError)
