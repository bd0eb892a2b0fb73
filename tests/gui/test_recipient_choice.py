"""Issue 24, item 7 in the desktop app: the export dialog never pre-selects an unverified card,
shows each card's verified state, fingerprint digits and lookalike names, and says why a card
is not ticked and how to verify it; People & keys and the add-card dialog flag lookalikes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldkit.gui.bundles import export_dialog as E
from fieldkit.gui.bundles.key_checklist import KEY_ROLE
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.trust_dialogs import AddCardDialog
from fieldkit.gui.workspace import PEOPLE
from fieldkit.identity import own, trust
from fieldkit.identity.card import IdentityCard, card_bytes, make_card, parse_card
from fieldkit.records import fields as F

LEFT = Qt.MouseButton.LeftButton


def card_of(make_vault: Any, path: Path, name: str, role: str) -> IdentityCard:
    vault, _ = make_vault(path, name=name, role=role)
    card = parse_card(card_bytes(make_card(own.load(vault.db))))
    vault.close()
    return card


def three_groups(card: IdentityCard) -> str:
    return " ".join(card.display_fingerprint.split()[:3])


def rows(dialog: E.ExportDialog) -> dict[str, Any]:
    items = [dialog.recipients.item(i) for i in range(dialog.recipients.count())]
    return {item.data(KEY_ROLE): item for item in items}


def test_the_export_dialog_never_ticks_an_unverified_card(
    unlocked: MainWindow, make_vault: Any, tmp_path: Path, qtbot: Any
) -> None:
    bob = card_of(make_vault, tmp_path / "bob", "Bob", "coordinator")
    impostor = card_of(make_vault, tmp_path / "imp", "Bob", "coordinator")
    rana = card_of(make_vault, tmp_path / "rana", "Rana Aziz", "coordinator")
    samir = card_of(make_vault, tmp_path / "samir", "Samir", "field")
    session = unlocked.session
    assert session is not None
    with session.vault.transaction() as db:
        trust.add(db, bob, verified=True)
        trust.add(db, impostor)  # takes the role its card claims: coordinator
        trust.add(db, rana, role="coordinator")  # a real coordinator, not yet compared
        trust.add(db, samir, verified=True)
    session.records.create(F.OBJECT, {"inventory_number": "G-7", "title": "Jar"})

    dialog = unlocked.workspace.export_bundle()
    assert isinstance(dialog, E.ExportDialog)
    items = rows(dialog)
    ticked = {fp for fp, item in items.items() if item.checkState() == Qt.CheckState.Checked}
    assert ticked == {bob.fingerprint}  # verified coordinators only; not a field worker

    # Each row: verified state, the first digits of the fingerprint, and lookalike names.
    texts = {fp: item.text() for fp, item in items.items()}
    assert "NOT VERIFIED" in texts[impostor.fingerprint] and three_groups(impostor) in texts[
        impostor.fingerprint
    ]
    assert "NOT VERIFIED" in texts[rana.fingerprint]
    assert "NOT VERIFIED" not in texts[bob.fingerprint] and "verified" in texts[bob.fingerprint]
    assert three_groups(bob) in texts[bob.fingerprint]
    for fp in (bob.fingerprint, impostor.fingerprint):
        assert "same name as another card" in texts[fp]
    assert "same name" not in texts[rana.fingerprint]
    tip = items[impostor.fingerprint].toolTip()
    assert impostor.display_fingerprint in tip and "not compared" in tip
    assert three_groups(bob) in tip

    # Why they are not ticked, and how to verify them.
    note = dialog.recipient_note
    assert note.isVisibleTo(dialog)
    assert "not ticked" in note.text() and "in person or by phone" in note.text()
    assert "Compare and mark verified" in note.text() and "(Bob)" in note.text()

    # Ticking an unverified card stays possible, and is said at once.
    assert not dialog.unverified_chosen.isVisibleTo(dialog)
    items[impostor.fingerprint].setCheckState(Qt.CheckState.Checked)
    warning = dialog.unverified_chosen
    assert warning.isVisibleTo(dialog)
    assert f"Bob ({three_groups(impostor)}…)" in warning.text() and "not verified" in warning.text()
    assert dialog.export_button.isEnabled(), dialog.error.text()

    target = tmp_path / "out.fkb"
    dialog.destination.setText(str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == E.SUMMARY, timeout=30_000)
    assert dialog.outcome is not None
    assert {r.fingerprint for r in dialog.outcome.recipients} == {
        bob.fingerprint,
        impostor.fingerprint,
    }
    summary = dialog.recipients_text.text()
    assert f"Bob (key {three_groups(impostor)}…, not verified)" in summary
    assert f"Bob (key {three_groups(bob)}…)" in summary
    dialog.accept()


def test_with_only_unverified_coordinators_nothing_is_ticked(
    unlocked: MainWindow, make_vault: Any, tmp_path: Path
) -> None:
    impostor = card_of(make_vault, tmp_path / "imp", "Bob", "coordinator")
    session = unlocked.session
    assert session is not None
    with session.vault.transaction() as db:
        trust.add(db, impostor)
    dialog = unlocked.workspace.export_bundle()
    assert isinstance(dialog, E.ExportDialog)
    (item,) = rows(dialog).values()
    assert item.checkState() == Qt.CheckState.Unchecked
    assert not dialog.export_button.isEnabled()
    assert "Tick at least one recipient" in dialog.error.text()
    assert "not ticked" in dialog.recipient_note.text()
    assert not dialog.recipient_note.text().count("same name")
    dialog.reject()


def test_people_page_and_add_dialog_flag_lookalike_names(
    unlocked: MainWindow, make_vault: Any, tmp_path: Path, qtbot: Any
) -> None:
    bob = card_of(make_vault, tmp_path / "bob", "Bob", "coordinator")
    impostor = card_of(make_vault, tmp_path / "imp", "Воb", "coordinator")  # Cyrillic В, о
    session = unlocked.session
    assert session is not None
    with session.vault.transaction() as db:
        trust.add(db, bob, verified=True)
    card_file = tmp_path / "imp.fkid"
    card_file.write_bytes(card_bytes(impostor))
    unlocked.workspace.show_section(PEOPLE)
    page = unlocked.workspace.people_page
    dialog = page.add_card(card_file)
    assert isinstance(dialog, AddCardDialog)
    clash = dialog.name_clash
    assert clash.isVisibleTo(dialog) and f"Bob ({three_groups(bob)}…)" in clash.text()
    dialog.local_name.setText("Bob from Mosul")
    assert not clash.isVisibleTo(dialog)
    dialog.local_name.setText("bob")
    assert clash.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.later_button, LEFT)

    statuses = {k.fingerprint: page.table.item(r, 5) for r, k in enumerate(page.keys)}
    for fp in (bob.fingerprint, impostor.fingerprint):
        assert "same name as another card" in statuses[fp].text()
        assert "rename" in statuses[fp].toolTip()
    compared = {k.fingerprint: page.table.item(r, 4) for r, k in enumerate(page.keys)}
    assert "unless you tick it yourself" in compared[impostor.fingerprint].toolTip()
