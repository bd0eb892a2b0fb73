"""The inventory's status column wraps at spaces, never inside a word (uitrial r9 #9)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli
from test_reports import pdf_text

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def test_ukrainian_status_labels_print_whole_words(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    records = Records(vault)
    for n, status in enumerate(("in_storage", "evacuated", "in_place"), start=1):
        records.create(
            F.OBJECT,
            {
                "inventory_number": f"INV-{n}",
                "title": "Глечик",
                "current_location": "Сховище А, полиця 2",
                "status": status,
            },
        )
    vault.close()
    pdf = tmp_path / "inventory-uk.pdf"
    result = run_cli(
        ["--vault", str(vault_path), "report", "inventory", "-o", str(pdf), "--lang", "uk"],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "en"},
    )
    assert result.code == 0, result.err
    words = pdf_text(pdf, "-raw").split()
    # Each word of a label is printed whole (a cut leaves "фондосхов" and "ищі").
    assert "фондосховищі" in words
    assert "Евакуйований" in words
