"""The check-in (r12), on real widgets and a real vault: its scans (kept as an encrypted draft)
go in the reception's own transaction.

Finish wrote the reception, then removed the scans' draft in a second transaction: a crash in
between reopened, at the next check-in of that movement, "3 scans kept from before FieldKit
locked or closed" for a reception already written. The crash is a BaseException raised right
after the reception's commit (nothing of the panel's own code runs after it), as a kill would."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit.gui.checkin import CHECK_IN_DRAFT, draft_key
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
from fieldkit.records import drafts
from fieldkit.records.custody import Custody
from fieldkit.vault import Vault

from .test_evacuation_checkin import _checkin_page, evacuation, scan


class Crash(BaseException):
    """What a kill or a power cut does to the code after it: nothing of it runs."""


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
