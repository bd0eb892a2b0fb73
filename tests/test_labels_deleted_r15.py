"""r15: `fieldkit report labels` and the app's labels action print the label of an object deleted
on another laptop while it was packed here (it is in the crate, the crate lists it), named by
its number or id, with one note saying it is deleted and how to restore it; the label itself
stays plain (it is stuck on a box). A deleted object in no container is still refused, in a
plain sentence. Real vaults, real bundles between two peers, the real PDF read by pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import PASSPHRASE, CliResult, run_cli
from test_custody3_r14 import Truck, deleted_on_the_truck

from fieldkit.records.service import RecordNotFoundError
from fieldkit.reports import custody_documents as D

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is needed")

NOTE = "is deleted but still in a container: its label is printed"


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _labels(truck: Truck, tmp_path: Path, *args: str) -> CliResult:
    (tmp_path / "pw").write_text(PASSPHRASE)
    common = ["--vault", str(truck.peer.path), "--passphrase-file", str(tmp_path / "pw")]
    return run_cli(["report", "labels", *args, "-o", str(tmp_path / "labels.pdf"), *common])


@pytest.mark.parametrize("typed", ["EV-2", "ev-2", "EV-٢", "id"])
def test_a_deleted_object_in_a_crate_gets_its_label(tmp_path: Path, typed: str) -> None:
    truck = deleted_on_the_truck(tmp_path)
    truck.peer.vault.close()
    name = truck.ev2[:8] if typed == "id" else typed
    r = _labels(truck, tmp_path, "C-1", "EV-1", name)
    assert r.code == 0, r.err
    assert "Wrote labels.pdf: labels, 3 items, 1 page." in r.err
    # Said once, in one sentence, with the id its history is shown by.
    notes = [line for line in r.err.splitlines() if line.startswith("Note: ")]
    assert notes == [
        f"Note: EV-2 {NOTE}; restore it from its history (fieldkit object show "
        f"{truck.ev2[:8]} --history) or take it out of the container."
    ]
    text = _text(tmp_path / "labels.pdf")
    assert "EV-2" in text and "Vase" in text and "C-1" in text and "EV-1" in text
    assert "deleted" not in text.lower()  # the label on the box is the plain label


def test_json_lists_the_note_among_the_warnings(tmp_path: Path) -> None:
    truck = deleted_on_the_truck(tmp_path)
    truck.peer.vault.close()
    r = _labels(truck, tmp_path, "EV-2", "--json")
    assert r.code == 0, r.err
    data = r.json
    assert data["items"] == 1 and len(data["warnings"]) == 1  # type: ignore[index]
    assert NOTE in data["warnings"][0]  # type: ignore[index]
    live = _labels(truck, tmp_path, "EV-1", "--json")
    assert live.json["warnings"] == []  # type: ignore[index]


def test_a_deleted_object_in_no_container_is_refused_plainly(tmp_path: Path) -> None:
    truck = deleted_on_the_truck(tmp_path)
    lamp = truck.peer.records.get("EV-7").record_id
    truck.peer.records.delete(lamp)
    truck.peer.vault.close()
    for typed in ("EV-7", lamp[:8]):
        r = _labels(truck, tmp_path, "EV-1", typed)
        assert r.code == 1
        assert f"fieldkit: {typed} is deleted and in no container.\n" in r.err
        assert "fieldkit object list --deleted" in r.err
        assert not (tmp_path / "labels.pdf").exists()
    unknown = _labels(truck, tmp_path, "EV-99")
    assert unknown.code == 1 and "No record has this id, inventory number or code." in unknown.err


# As tests/gui/conftest.py: the offscreen platform's notice is no failure of ours.
@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_the_apps_labels_action_shares_the_rule(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from fieldkit.gui import custody_reports as R
    from fieldkit.gui.session import Session

    truck = deleted_on_the_truck(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = R.open_document(Session(truck.peer.vault), R.LABELS, [truck.ev2], parent)
    assert isinstance(dialog, R.CustodyReportDialog)
    target = tmp_path / "app-labels.pdf"
    dialog.destination.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == R.DONE, timeout=30_000)
    assert dialog.written() == target
    assert f"EV-2 {NOTE}" in dialog.done_text.text()
    assert "EV-2" in _text(target) and "Vase" in _text(target)
    dialog.accept()
    # The core rule both front ends call.
    assert D.label_record(truck.peer.records, "ev-2").record_id == truck.ev2
    with pytest.raises(RecordNotFoundError):
        D.label_record(truck.peer.records, "EV-99")
