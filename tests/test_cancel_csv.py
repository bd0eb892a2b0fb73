"""The CSV import reports its progress and stops cleanly when cancelled (issue 14): a recording
sink sees each phase move forward only, and Ctrl+C during `object import-csv` leaves the vault
exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from interrupting import interrupt_cli, vault_content
from test_csv_import import ENGLISH, good_row, write_csv

from fieldkit.errors import CancelledError
from fieldkit.records import csv_import as C
from fieldkit.records import csv_validate
from fieldkit.records.service import Records
from fieldkit.tasks import Cancel, Progress
from fieldkit.vault import Vault


def _phase(seen: list[Progress], phase: str) -> list[Progress]:
    steps = [p for p in seen if p.phase == phase]
    assert [p.done for p in steps] == sorted(p.done for p in steps), steps
    assert all(p.done <= p.total for p in steps)
    return steps


def test_checking_reports_its_way_through_the_file(vault: Vault, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "s.csv", [ENGLISH] + [good_row(i) for i in range(3000)])
    seen: list[Progress] = []
    plan = csv_validate.plan_import(src, records=Records(vault), progress=seen.append)
    check = _phase(seen, "check")
    assert check[0].done == 0 and check[-1].done == check[-1].total == src.stat().st_size
    assert len(check) > 5  # it moves while reading, not only at the start and the end
    assert plan.rows == 3000


def test_a_cancel_while_checking_or_importing_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "s.csv", [ENGLISH] + [good_row(i) for i in range(1500)])
    records = Records(vault)
    for phase in ("check", "import"):
        cancel = Cancel()
        seen: list[Progress] = []

        def sink(
            step: Progress, phase: str = phase, cancel: Cancel = cancel, seen: list[Progress] = seen
        ) -> None:
            seen.append(step)
            if step.phase == phase and step.done > 0:
                cancel.set()

        with pytest.raises(CancelledError, match="nothing was imported"):
            plan = csv_validate.plan_import(src, records=records, progress=sink, cancel=cancel)
            C.apply_import(records, plan, progress=sink, cancel=cancel)
        assert records.count("object") == 0
        _phase(seen, phase)


def test_ctrl_c_during_import_csv_leaves_the_vault_unchanged(
    make_vault, vault_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault, _ = make_vault()
    vault.close()
    before = vault_content(vault_path, PASSPHRASE)
    src = write_csv(tmp_path / "big.csv", [ENGLISH] + [good_row(i) for i in range(6000)])
    code, transcript = interrupt_cli(
        ["--vault", str(vault_path), "object", "import-csv", str(src)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
        when=r"import: ",
    )
    assert code == 1, transcript
    assert "Cancelled; nothing was imported." in transcript
    assert "Imported" not in transcript
    assert vault_content(vault_path, PASSPHRASE) == before
