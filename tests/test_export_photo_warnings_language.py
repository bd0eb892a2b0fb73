"""An export's "photo left out" warnings are shown in the user's language (review r10b #11): they
were f-strings, English in every language, and the redaction one appended English "It was left
out." to a translated sentence."""

from __future__ import annotations

import io
from pathlib import Path

from fieldkit.exports.files import PhotoWriter
from fieldkit.i18n import localise
from fieldkit.vault import Vault


def test_a_photo_that_has_not_arrived_is_left_out_with_a_french_warning(
    vault: Vault, tmp_path: Path
) -> None:
    writer = PhotoWriter(vault, tmp_path / "photos", False, None)
    assert writer.write("66722b64a6ae" + "0" * 52, None) is None
    (warning,) = writer.warnings
    assert warning == "Photo 66722b64a6ae has not arrived in this vault; left out."  # English kept
    french = localise(warning, "fr")
    assert "66722b64a6ae" in french and "has not arrived" not in french


def test_a_photo_that_cannot_be_redacted_is_left_out_with_a_french_warning(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction() as db:
        stored = vault.media.add(db, io.BytesIO(b"not a photo at all, but stored as one"))
    writer = PhotoWriter(vault, tmp_path / "photos", True, None)
    assert writer.write(stored.sha256, stored.name) is None
    (warning,) = writer.warnings
    assert warning.endswith(" It was left out.")
    french = localise(warning, "fr")
    assert "It was left out" not in french and "cannot be sent" not in french
    assert not (tmp_path / "photos").exists() or not list((tmp_path / "photos").iterdir())


def test_the_formula_warning_of_a_csv_export_is_in_french(vault: Vault, tmp_path: Path) -> None:
    from fieldkit.exports import export_records
    from fieldkit.records import fields as F
    from fieldkit.records.service import Records

    Records(vault).create(F.OBJECT, {"inventory_number": "F-1", "title": "=SUM(A1:A2)"})
    summary = export_records(vault, "csv", tmp_path / "out.csv")
    (warning,) = summary.warnings
    # English kept in the summary, shown in the reader's language
    assert warning.startswith("1 cell began like a spreadsheet formula; each was written")
    french = localise(warning, "fr")
    assert "spreadsheet" not in french and "1" in french
