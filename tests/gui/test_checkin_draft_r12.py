"""The check-in (r12), on real widgets and a real vault: its scans (kept as an encrypted draft)
go in the reception's own transaction, and nothing is packed into a crate recorded missing.

Finish wrote the reception, then removed the scans' draft in a second transaction: a crash in
between reopened, at the next check-in of that movement, "3 scans kept from before FieldKit
locked or closed" for a reception already written. The crash is a BaseException raised right
after the reception's commit (nothing of the panel's own code runs after it), as a kill would.

Review r12 #4 in the app: packing objects from the shelf into a crate missed at a reception made
them missing; the Evacuation page and the check-in of a packing now say why they refuse."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.checkin import CHECK_IN_DRAFT, draft_key
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_evacuation_checkin import _checkin_page, evacuation, scan


class Crash(BaseException):
    """What a kill or a power cut does to the code after it: nothing of it runs."""


def _visible(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]


def test_a_crash_just_after_finish_leaves_no_scans_to_reopen(
    window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    crate = evacuation(vault, n=3)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    for code in [*crate.numbers, "C-001"]:
        scan(panel.scan, code)
    assert drafts.load(vault, draft_key(crate.movement)) is not None  # kept while scanning
    real = Custody.receive

    def written_then_crash(self: Custody, *args: Any, **kwargs: Any) -> C.MovementStatus:
        real(self, *args, **kwargs)  # committed
        raise Crash

    monkeypatch.setattr(Custody, "receive", written_then_crash)
    with pytest.raises(Crash):
        panel.finish()
    monkeypatch.undo()

    status = C.movement_status(vault.db, crate.movement)
    assert status.state == "received" and status.missing == []
    # Before r12 the scans' draft was still there, for a reception already written.
    assert [d for d in drafts.all_drafts(vault) if d.kind == CHECK_IN_DRAFT] == []
    panel = _checkin_page(window, crate.movement).check_in  # the next check-in of it
    assert "kept from before" not in panel.feedback.text()
    assert panel.feedback.text() == "Already received. Scan more to add what arrived since."


def test_a_reception_refused_keeps_its_scans(window: MainWindow, vault: Vault) -> None:
    """A packing planned beforehand, departed, then its crate left and was missed: its
    check-in says why it is refused while scanning, Finish writes nothing, and the scans stay
    kept for when the crate is found."""
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Store", "kind": "temporary_store"})
    chain.add_container({"code": "C-1", "kind": "crate"})
    items = [
        records.create(F.OBJECT, {"inventory_number": n, "title": "Jar"}).record_id
        for n in ("D-0", "E-0")
    ]
    packing = chain.move(items[:1], "C-1", from_location="MUS", depart=False).record_id
    chain.depart(packing)
    truck = chain.move(["C-1"], "TS-1", reason="evacuation").record_id
    chain.receive(truck, [])  # C-1 not found
    window.open_session(vault)
    panel = _checkin_page(window, packing).check_in
    for code in ("D-0", "E-0"):
        scan(panel.scan, code)
    refusal = "Not received: C-1 is missing; check it in where it was found first."
    assert panel.error.text() == refusal
    assert panel.finish() is None
    (error,) = _visible(window, "errorDialog")
    assert error.text() == refusal
    assert C.movement_status(vault.db, packing).state == "in_transit"
    kept = drafts.load(vault, draft_key(packing))
    assert kept is not None and kept.values["scanned"] == items
    assert not C.where(vault.db, items[1]).missing  # E-0 not put in the missing crate


def test_the_evacuation_page_does_not_pack_into_a_missing_crate(
    window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, n=2)
    Custody(Records(vault)).receive(crate.movement, [])  # C-001 not found at TS-1
    assert C.where(vault.db, crate.crate).missing
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    page.priority.clearSelection()
    for r in range(page.priority.rowCount()):
        if page.priority.item(r, 1).text() == "EV-STRAY":
            page.priority.selectRow(r)
    page.pack_into.setCurrentIndex(page.pack_into.findData(crate.crate))
    assert not page.pack_selected()
    (error,) = _visible(window, "errorDialog")
    assert error.text() == "Not packed: C-001 is missing; check it in where it was found first."
    assert "check it in at the movement that missed it" in error.informativeText()
    assert not C.where(vault.db, crate.stray).missing
    assert crate.stray not in C.contents(vault.db, crate.crate)
