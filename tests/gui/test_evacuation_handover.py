"""The handover wizard and the acceptance dialog, across two vaults: the field team hands a
crate over to the temporary store's keeper (chosen from the trust store); the keeper imports
the bundle and accepts in their own vault, signed with their key — as the core decides."""

from __future__ import annotations

from pathlib import Path

import pytest
from peers import Peer
from PySide6.QtWidgets import QPushButton, QWizard

from fieldkit.gui.handover_wizard import AcceptHandoverDialog, HandoverWizard
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody as C
from fieldkit.records import custody_queries
from fieldkit.records import fields as F
from fieldkit.records.custody_handovers import handover_state


def test_a_handover_made_in_the_wizard_is_accepted_in_the_receivers_vault(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    field, store = Peer(tmp_path, "field"), Peer(tmp_path, "store")
    field.trust(store)
    store.trust(field)
    chain = C.Custody(field.records)
    jar = field.records.create(F.OBJECT, {"inventory_number": "H-1", "title": "Jar"}).record_id
    crate = chain.add_container({"code": "C-100", "kind": "crate"}).record_id
    chain.move([jar], "C-100")
    window.open_session(field.vault)
    wizard = window.custody.hand_over([crate])
    assert isinstance(wizard, HandoverWizard)
    assert wizard.items_page.items() == [crate]
    wizard.next()
    assert wizard.receiver_page.fingerprint() == store.identity.fingerprint
    wizard.next()
    wizard.details_page.place.setText("Loading bay")
    wizard.details_page.condition.setPlainText("Sealed, dry")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.handover_id is not None
    state = handover_state(field.vault.db, wizard.handover_id, field.identity.fingerprint)
    # The jar inside the crate is named in the signed record too (r11 review 2 #9).
    assert not state.accepted and state.fields["items"] == [crate, jar]
    assert state.fields["to_party"]["fingerprint"] == store.identity.fingerprint
    assert state.fields["place"] == "Loading bay"
    # The giver cannot accept it: the dialog offers no Accept for a handover to someone else.
    mine = window.custody.show_handovers()
    assert isinstance(mine, AcceptHandoverDialog)
    assert not mine.accept_button.isEnabled()
    mine.reject()
    bundle = field.send(store)
    window.lock()  # closes the field vault
    result = store.receive(bundle)
    if result.refused == "A revision has an unknown record kind.":
        # Until the core's bundle support for custody records (branch r4-i18) is merged.
        pytest.skip("this importer does not take custody records yet")
    assert result.refused is None
    window.open_session(store.vault)
    dialog = window.custody.show_handovers()
    assert dialog is not None
    assert dialog.current() is not None and dialog.current().waiting_for_me  # type: ignore[union-attr]
    assert dialog.accept_button.isEnabled()
    dialog.notes.setPlainText("Lid dented")
    assert dialog.accept_current()
    accepted = handover_state(store.vault.db, wizard.handover_id, store.identity.fingerprint)
    assert accepted.accepted
    assert accepted.fields["acceptance_notes"] == "Lid dented"
    assert accepted.fields["accepted_by"] == store.identity.fingerprint
    # the jar is in the crate: its custodian follows
    where = custody_queries.where(store.vault.db, jar)
    assert where.custodian is not None
    assert where.custodian.fingerprint == store.identity.fingerprint
    assert not dialog.accept_button.isEnabled()
    dialog.reject()


def test_the_wizard_refuses_an_unknown_item_and_needs_a_receiver(
    window: MainWindow, tmp_path: Path
) -> None:
    alone = Peer(tmp_path, "alone")
    window.open_session(alone.vault)
    wizard = window.custody.hand_over()
    assert wizard is not None
    wizard.items_page.others.setText("NO-SUCH")
    wizard.next()
    assert wizard.currentPage() is wizard.items_page
    assert "NO-SUCH" in wizard.items_page.error.text()
    alone.records.create(F.OBJECT, {"inventory_number": "A-1"})
    wizard.items_page.others.setText("A-1")
    wizard.next()
    assert wizard.currentPage() is wizard.receiver_page
    assert not wizard.receiver_page.isComplete()  # nobody trusted yet
    assert wizard.receiver_page.empty.isVisibleTo(wizard)
    wizard.reject()


def test_hand_over_from_the_locations_page_starts_with_the_selected_containers(
    window: MainWindow, tmp_path: Path
) -> None:
    keeper = Peer(tmp_path, "keeper")
    chain = C.Custody(keeper.records)
    crate = chain.add_container({"code": "C-7", "kind": "crate", "description": "Bronzes"})
    window.open_session(keeper.vault)
    page = window.custody.locations
    window.workspace.show_section(window.custody.locations_row)
    page.containers.selectRow(0)
    button = next(b for b in page.findChildren(QPushButton) if b.objectName() == "handOverSelected")
    button.click()
    wizards = [w for w in window.findChildren(HandoverWizard) if w.isVisible()]
    assert wizards and wizards[-1].items_page.items() == [crate.record_id]
    assert wizards[-1].items_page.boxes.item(0).text() == "C-7 — Bronzes"
    wizards[-1].reject()
