"""r14 UI trial fixes in the app: the import review says what a bundle will do (#13), the
result names the records in conflict with a way to them (#13) and a deleted record that came
back, and who kept it (#19); names isolated beside other text (#20, trial 2 #12); a verified
colleague ticked for export when no coordinator is (#10); the identity card proposed under
its owner's name (#9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF
from peers import Peer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fieldkit.gui.bundles import export_dialog as E
from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.bundles.key_checklist import KEY_ROLE
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.workspace import CONFLICTS, PEOPLE
from fieldkit.i18n import FSI, LRI, PDI
from fieldkit.records import conflicts
from fieldkit.records import fields as F

LEFT = Qt.MouseButton.LeftButton


def num(number: str) -> str:
    """An inventory number as shown in a sentence: kept left to right."""
    return f"{LRI}{number}{PDI}"


def _window(qtbot: Any, peer: Peer) -> MainWindow:
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(peer.vault)
    return window


def _rename(holder: Peer, other: Peer, name: str) -> None:
    with holder.vault.transaction() as db:
        db.execute(
            "UPDATE trust SET name = ? WHERE fingerprint = ?", (name, other.card.fingerprint)
        )


def _review(qtbot: Any, window: MainWindow, bundles: list[Path]) -> I.ImportDialog:
    dialog = window.workspace.import_bundles(bundles)
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    return dialog


def _import(qtbot: Any, dialog: I.ImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)


def test_the_review_names_what_the_import_will_do_and_the_result_leads_to_conflicts(
    tmp_path: Path, qtbot: Any
) -> None:
    karim, amelie = Peer(tmp_path, "karim"), Peer(tmp_path, "amelie")
    karim.trust(amelie)
    amelie.trust(karim)
    ids = {
        n: amelie.records.create(F.OBJECT, {"inventory_number": n, "title": t}).record_id
        for n, t in (("MM-1", "Bol"), ("MM-2", "Stèle"), ("MM-3", "Jarre"))
    }
    karim.receive(amelie.send(karim))
    karim.records.edit(ids["MM-3"], {"title": "Jarre (Karim)"})  # to conflict with hers
    amelie.records.edit(ids["MM-1"], {"title": "Bol restauré"})
    amelie.records.edit(ids["MM-3"], {"title": "Jarre (Amélie)"})
    amelie.records.delete(ids["MM-2"])
    amelie.records.create(F.OBJECT, {"inventory_number": "MM-4", "title": "Tablette"})
    bundle = amelie.send(karim)
    assert bundle is not None
    window = _window(qtbot, karim)
    dialog = _review(qtbot, window, [bundle])
    (panel,) = dialog.panels
    text = panel.text()
    # Each kind of change by name, before anything changes; the deletion first.
    assert f"Deletes: {num('MM-2')} “{FSI}Stèle{PDI}”" in text, text
    assert f"New here: {num('MM-4')} “{FSI}Tablette{PDI}”" in text, text
    assert f"Changes: {num('MM-1')} “{FSI}Bol{PDI}”" in text, text
    # Edited on both laptops: named apart, before the import, as a coming conflict (r15
    # tester #7: it was under « Changes », and only the result said so).
    assert (
        f"Edited here and by the sender (you choose): {num('MM-3')} “{FSI}Jarre (Karim){PDI}”"
        in text
    ), text

    _import(qtbot, dialog)
    note = dialog.conflicts_note.text()
    assert dialog.conflicts_row.isVisibleTo(dialog)
    assert "MM-3" in note and "MM-1" not in note, note
    qtbot.mouseClick(dialog.open_conflicts_button, LEFT)
    assert window.workspace.sidebar.currentRow() == CONFLICTS
    window.lock()
    amelie.vault.close()


def test_the_result_says_which_deleted_record_came_back_and_who_kept_it(
    tmp_path: Path, qtbot: Any
) -> None:
    karim, amelie = Peer(tmp_path, "karim"), Peer(tmp_path, "amelie")
    karim.trust(amelie)
    amelie.trust(karim)
    _rename(karim, amelie, "Amélie Durand")
    bowl = amelie.records.create(
        F.OBJECT, {"inventory_number": "MM-2026.006", "title": "Bol en bronze"}
    ).record_id
    jar = amelie.records.create(F.OBJECT, {"inventory_number": "MM-2026.007", "title": "Jarre"})
    jar = jar.record_id
    karim.receive(amelie.send(karim))
    karim.records.delete(bowl)
    amelie.records.edit(bowl, {"title": "Bol en bronze restauré"})
    amelie.receive(karim.send(amelie))
    (hers,) = [h for h in conflicts.get_conflict(amelie.records, bowl).heads if not h.deleted]
    conflicts.resolve(amelie.records, bowl, keep=hers.rev_id)
    # Deleted here, edited there, not settled: in conflict, not "back".
    karim.records.delete(jar)
    amelie.records.edit(jar, {"title": "Jarre (face B)"})
    bundle = amelie.send(karim)
    assert bundle is not None
    window = _window(qtbot, karim)
    dialog = _review(qtbot, window, [bundle])
    assert (
        f"You deleted, they edited: {num('MM-2026.006')} “{FSI}Bol en bronze{PDI}”, "
        f"{num('MM-2026.007')}" in dialog.panels[0].text()
    )
    _import(qtbot, dialog)
    assert dialog.back_note.isVisibleTo(dialog)
    assert dialog.back_note.text() == (
        f"{num('MM-2026.006')} “{FSI}Bol en bronze restauré{PDI}” that you deleted was kept by "
        f"{FSI}Amélie Durand{PDI}: it is back."
    )
    dialog.reject()
    window.lock()
    amelie.vault.close()


def test_the_verdict_keeps_a_mixed_script_name_whole(tmp_path: Path, qtbot: Any) -> None:
    me, f3 = Peer(tmp_path, "me"), Peer(tmp_path, "f3")
    me.trust(f3)
    _rename(me, f3, "فريق f3")
    f3.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    bundle = f3.send(me)
    assert bundle is not None
    window = _window(qtbot, me)
    dialog = _review(qtbot, window, [bundle])
    text = dialog.panels[0].text()
    # Laid out left to right in English (it was drawn « f3, Field conservator فريق »).
    assert "Signed by: \u200eفريق f3, Field conservator" in text, text
    assert f"signed by {FSI}فريق f3{PDI}, whose key" in text, text
    dialog.reject()
    window.lock()
    f3.vault.close()


def test_a_verified_colleague_is_ticked_when_no_coordinator_is_trusted(
    tmp_path: Path, qtbot: Any
) -> None:
    karim = Peer(tmp_path, "karim", role="coordinator")
    amelie, other = Peer(tmp_path, "amelie"), Peer(tmp_path, "other")
    karim.trust(amelie)  # as `fieldkit trust add --verified` does: her card's role, field
    with karim.vault.transaction() as db:
        from fieldkit.identity import trust

        trust.add(db, other.card, name="other")  # not verified: never ticked
    karim.records.create(F.OBJECT, {"inventory_number": "G-7", "title": "Jar"})
    window = _window(qtbot, karim)
    dialog = window.workspace.export_bundle()
    assert isinstance(dialog, E.ExportDialog)
    items = [dialog.recipients.item(i) for i in range(dialog.recipients.count())]
    ticked = {i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked}
    assert ticked == {amelie.card.fingerprint}
    assert all(FSI in i.text() for i in items)  # each name isolated from the role after it
    dialog.reject()
    window.lock()
    amelie.vault.close()
    other.vault.close()


@pytest.mark.parametrize(
    ("owner", "proposed"),
    [("Amélie Durand", "Amélie Durand.fkid"), ("K/H: lab?", "K-H- lab.fkid")],
)
def test_the_identity_card_is_proposed_under_its_owners_name(
    make_vault: Any,
    window: MainWindow,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: Any,
    owner: str,
    proposed: str,
) -> None:
    vault, _ = make_vault(tmp_path / "v", name=owner)
    window.open_session(vault)
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, path: str, _filter: str) -> tuple[str, str]:
        asked.append(path)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.workspace.show_section(PEOPLE)
    window.workspace.people_page.export_card()
    assert [Path(p).name for p in asked] == [proposed]


def _deleted_versus_edited(tmp_path: Path) -> tuple[Peer, Peer, str]:
    a, b = Peer(tmp_path, "a"), Peer(tmp_path, "b")
    a.trust(b)
    b.trust(a)
    bowl = a.records.create(
        F.OBJECT, {"inventory_number": "MM-2026.006", "title": "Bol en bronze"}
    ).record_id
    b.receive(a.send(b))
    a.records.edit(bowl, {"title": "Bol en bronze restauré"})
    b.records.delete(bowl)
    a.receive(b.send(a))
    return a, b, bowl


def test_conflicts_name_records_by_title_and_ask_before_a_deletion_is_kept_or_undone(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    a, b, bowl = _deleted_versus_edited(tmp_path)
    window.open_session(a.vault)
    window.workspace.show_section(CONFLICTS)
    page = window.workspace.conflicts_page
    page.refresh()
    assert page.list.item(0).text().startswith(f"MM-2026.006 · needs a person\n{FSI}Bol en bronze")
    view = page.view
    heads = view.conflict.heads if view.conflict else []
    for i, head in enumerate(heads):
        box = view.keep(head.rev_id)
        assert box is not None and box.isVisible()  # asked, not done at once
        assert ("deletes" in box.text()) and (head.deleted == ("which deletes" in box.text()))
        box.reject()
        qtbot.waitUntil(lambda: view.keep_box is None)
        assert page.list.count() == 1, i
    (edited,) = [h for h in heads if not h.deleted]
    box = view.keep(edited.rev_id)
    assert box is not None
    confirm = [btn for btn in box.buttons() if box.buttonRole(btn) == box.ButtonRole.AcceptRole]
    confirm[0].click()
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert a.records.get(bowl, follow=False).deleted is False
    b.vault.close()


@pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)
def test_the_use_choice_drops_a_list_with_every_version_in_sight(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    a, b = Peer(tmp_path, "a"), Peer(tmp_path, "b")
    a.trust(b)
    b.trust(a)
    jar = a.records.create(F.OBJECT, {"inventory_number": "K-1", "title": "Jar"}).record_id
    b.receive(a.send(b))
    a.records.edit(jar, {"title": "Jar (a)"})
    b.records.edit(jar, {"title": "Jar (b)"})
    a.receive(b.send(a))
    window.open_session(a.vault)
    window.workspace.show_section(CONFLICTS)
    page = window.workspace.conflicts_page
    page.refresh()
    combo = page.view.choices["title"]
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    rows = combo.count()
    assert rows == 3
    # Every row in sight: no scroll arrow hiding « Version 2 ».
    assert popup.height() >= rows * popup.sizeHintForRow(0), (
        popup.height(),
        popup.sizeHintForRow(0),
    )
    combo.hidePopup()
    b.vault.close()
