"""The spreadsheet import after a new user's and a reviewer's trials (r11): a column set aside
that holds every row's inventory number is said, an import can be undone, row errors speak
the user's language, UTF-16 without a byte-order mark is read, and a file rewritten between
the check and the import (same size, same modification time) is refused.

Real vaults in tmp_path, real files, the CLI as a user runs it."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.errors import FieldKitError, UsageError
from fieldkit.i18n import localise
from fieldkit.records import csv_batches, csv_sniff, csv_validate, dimensions
from fieldkit.records import csv_import as C
from fieldkit.records import fields as F
from fieldkit.records.csv_encoding import CsvFileError, EncodingError
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def write_csv(path: Path, rows: list[list[str]], *, encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def plan_of(vault: Vault, path: Path, mapping: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    source = csv_sniff.inspect_csv(path)
    from fieldkit.records import csv_mapping

    columns = csv_mapping.map_columns(source.header, mapping or {}, undecided=True)
    return csv_validate.plan_import(source, columns, records=Records(vault))


# --- #8: a column set aside that every row's inventory number is in -----------------------------


def test_a_column_of_inventory_numbers_set_aside_is_named_with_its_count(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "inventaire.csv",
        [["N° inventaire", "Titre"]] + [[f"MNB-{i}", f"Vase {i}"] for i in range(5)],
    )
    plan = plan_of(vault, path, {"N° inventaire": "-"})
    assert plan.ok and not plan.dropped_columns  # importable: the user chose it
    [lost] = plan.lost_fields
    assert (lost.column.header, lost.field, lost.values) == ("N° inventaire", "inventory_number", 5)
    warning = next(w for w in plan.warnings if "N° inventaire" in w)
    assert "(Inventory number) is not imported: its 5 value(s) are left out" in warning
    # Taken from another column, the field is not lost: nothing to say about it.
    assert not plan_of(vault, path, {"Titre": "inventory_number"}).lost_fields


def test_the_cli_says_a_column_of_inventory_numbers_skipped_with_map(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"]])
    result = run_cli(
        ["object", "import-csv", str(path), "--map", "N° inventaire=-", "--dry-run",
         "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "'N° inventaire' (Inventory number) is not imported" in result.out + result.err


# --- #9: an import is remembered and can be undone ---------------------------------------------


def imported(vault: Vault, path: Path) -> C.ImportResult:
    plan = plan_of(vault, path)
    assert plan.ok, plan.errors
    return C.apply_import(Records(vault), plan)


def test_an_import_is_undone_in_one_go_with_history_kept(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    kept = records.create(F.OBJECT, {"inventory_number": "OLD-1", "title": "Déjà là"})
    path = write_csv(
        tmp_path / "mauvais.csv",
        [["N° inventaire", "Titre"]] + [[f"X-{i}", f"Objet {i}"] for i in range(30)],
    )
    result = imported(vault, path)
    assert result.import_id > 0 and result.imported == 30
    assert sorted(csv_batches.live_ids(records, result.import_id)) == sorted(result.ids)
    [batch] = csv_batches.imports(records)
    assert (batch.file_name, batch.count, batch.undone) == ("mauvais.csv", 30, False)

    undone = csv_batches.undo_import(records, csv_batches.LAST)
    assert undone.deleted == 30
    assert [v.record_id for v in records.list(F.OBJECT)] == [kept.record_id]
    # Deleted the normal way: a deletion revision on top of the imported one.
    history = records.history(result.ids[0])
    assert len(history) == 2
    assert records.get(result.ids[0], follow=False).deleted
    assert csv_batches.imports(records)[0].undone
    with pytest.raises(UsageError):
        csv_batches.undo_import(records, result.import_id)  # already undone
    with pytest.raises(UsageError):
        csv_batches.undo_import(records, csv_batches.LAST)  # nothing left to undo


def test_undo_refuses_for_records_edited_since_unless_confirmed(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    path = write_csv(
        tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"], ["A-2", "Vase"]]
    )
    result = imported(vault, path)
    edited = result.ids[1]
    records.edit(edited, {"notes": "Fissure relevée après l'import"})
    with pytest.raises(csv_batches.UndoRefused) as refused:
        csv_batches.undo_import(records, result.import_id)
    assert refused.value.edited == [(edited, "A-2")]
    assert "1 record(s) of this import were edited since; nothing was deleted." in str(
        refused.value
    )
    assert len(records.list(F.OBJECT)) == 2  # nothing deleted
    assert csv_batches.undo_import(records, result.import_id, include_edited=True).deleted == 2
    assert records.list(F.OBJECT) == []


def test_the_undo_is_one_transaction(vault: Vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    records = Records(vault)
    path = write_csv(
        tmp_path / "inv.csv", [["N° inventaire", "Titre"]] + [[f"A-{i}", "Jarre"] for i in range(5)]
    )
    result = imported(vault, path)
    calls = 0
    # The undo writes its deletions a statement per table (r12): it fails here at the fourth
    # record's audit event, after every deletion revision and view was written.
    real = csv_batches.audit.event_hash

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 4:
            raise FieldKitError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(csv_batches.audit, "event_hash", failing)
    with pytest.raises(FieldKitError):
        csv_batches.undo_import(records, result.import_id)
    monkeypatch.undo()
    assert len(records.list(F.OBJECT)) == 5  # none of the first three stayed deleted
    assert not csv_batches.imports(records)[0].undone


# --- #10: row errors in the user's language ----------------------------------------------------


def test_row_errors_name_the_field_by_its_label_and_list_the_accepted_words(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "inv.csv",
        [["N° inventaire", "Statut", "Dimensions"], ["A-1", "Bizarre", "grand"]],
    )
    plan = plan_of(vault, path)
    # As the app shows them (the CLI's lines and --json keep the keys scripts match).
    said = {e.field: csv_validate.for_people(e.field, e.message) for e in plan.errors}
    status = localise(said["status"], "fr")
    assert "status" not in status and "in_place" not in status
    assert "Statut" in status and "En réserve" in status and "Détruit" in status
    assert localise(said["status"], "en").startswith("status must be one of: In place, ")
    measurements = localise(said["measurements"], "fr")
    assert "measurements" not in measurements and "height" not in measurements
    assert "Dimensions" in measurements and "hauteur 32\xa0cm" in measurements


def test_the_measurement_forms_of_museum_inventories_are_read(vault: Vault, tmp_path: Path) -> None:
    rows = ["H. 55 cm x L. 35 cm", "55 x 35 cm", "h 55 ; l 35 cm", "В. 55 × Ш. 35 см",
            "الارتفاع 55 سم × العرض 35 سم", "height 55 cm; width 35 cm"]  # fmt: skip
    path = write_csv(
        tmp_path / "inv.csv",
        [["N° inventaire", "Dimensions"]] + [[f"A-{i}", text] for i, text in enumerate(rows)],
    )
    result = imported(vault, path)
    for record_id in result.ids:
        stored = Records(vault).get(record_id).fields["measurements"]
        assert stored == [
            {"dimension": "height", "value": 55.0, "unit": "cm"},
            {"dimension": "width", "value": 35.0, "unit": "cm"},
        ]


_WORD = st.sampled_from(["H.", "h", "L.", "l", "P", "В.", "Ш", "العرض", "x", "×", ";", "cm",
                         "мм", "سم", ".", ",", ":", " ", "5", "55,5", "0", "ø", "D"])  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(_WORD, max_size=40).map("".join)))
def test_hostile_measurement_text_is_read_or_refused_never_crashes(text: str) -> None:
    parsed = dimensions.parse_museum_form(text)
    if parsed is None:
        return
    # What the parser gives is the import's own form: the field accepts it or refuses it.
    try:
        value = F.clean_value(F.OBJECT, "measurements", parsed)
    except F.ValidationError:
        return
    assert value and all(m["dimension"] and m["unit"] for m in value)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 99_999), min_size=2, max_size=3),
    st.sampled_from(["mm", "cm", "m"]),
    st.sampled_from([" x ", "x", " × ", " * "]),
)
def test_a_box_written_without_words_reads_height_width_depth(
    values: list[int], unit: str, between: str
) -> None:
    text = between.join(str(v) for v in values) + " " + unit
    parsed = dimensions.parse_museum_form(text)
    expected = ["height", "width", "depth"][: len(values)]
    assert parsed == "; ".join(f"{d} {v} {unit}" for d, v in zip(expected, values, strict=True))


# --- review #4: UTF-16 without a byte-order mark ---------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_called_text_and_its_byte_order_named(
    tmp_path: Path, codec: str
) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("N° inventaire;Titre\r\nA-1;Jarre à eau\r\nA-2;جرة\r\n".encode(codec))
    with pytest.raises(EncodingError) as refused:
        csv_sniff.inspect_csv(path)
    said = str(refused.value)
    assert "binary" not in said and "looks like UTF-16" in said
    assert refused.value.suggested == codec
    assert f"--encoding {codec}" in localise(refused.value.hint)
    # Read as the bytes show (the app now selects it in its list).
    source = csv_sniff.inspect_csv(path, encoding=codec)
    assert [cells for _row, cells in csv_sniff.data_rows(source)] == [
        ["A-1", "Jarre à eau"],
        ["A-2", "جرة"],
    ]


def test_a_binary_file_with_nul_bytes_is_still_refused_naming_utf16_le(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CsvFileError) as refused:
        csv_sniff.inspect_csv(path)
    assert "utf-16-le" in str(refused.value.hint) or "utf-16-le" in localise(refused.value.hint)


def test_utf16_chosen_for_a_file_without_mark_is_said_beside_the_list(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("a;b\r\n1;2\r\n".encode("utf-16-le"))
    with pytest.raises(EncodingError) as refused:
        csv_sniff.inspect_csv(path, encoding="utf-16")
    assert "utf-16-le" in localise(refused.value.hint, "ar")  # one isolate, not "utf-16" + "-le"
    assert "\u2068utf-16-le\u2069" in localise(refused.value.hint, "ar")


# --- review #6: a file rewritten with the same size and modification time ---------------------


def test_a_file_rewritten_with_the_same_size_and_mtime_is_not_imported(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["MCP 1", "Jarre 1899"]])
    plan = plan_of(vault, path)
    before = path.stat()
    with open(path, "r+b") as fh:  # rewritten in place: same inode, same size
        fh.write(path.read_bytes().replace(b"MCP 1;Jarre 1899", b"MCP 7;Jarre 1999"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(CsvFileError) as refused:
        C.apply_import(Records(vault), plan)
    assert "inv.csv was changed after it was checked; nothing was imported." in str(refused.value)
    assert Records(vault).list(F.OBJECT) == []


def test_the_cli_undoes_the_last_import_and_names_records_edited_since(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    common = ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
    path = write_csv(
        tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"], ["A-2", "Vase"]]
    )
    done = run_cli(["object", "import-csv", str(path), *common])
    assert done.code == 0, done.err
    assert "Import 1; to undo it: fieldkit object import-csv --undo 1" in done.err
    with Vault.open(vault_path, PASSPHRASE) as opened:
        records = Records(opened)
        [edited] = [v for v in records.list(F.OBJECT) if v.fields["inventory_number"] == "A-2"]
        records.edit(edited.record_id, {"notes": "vu"})
    refused = run_cli(["object", "import-csv", "--undo", "LAST", *common])  # no FILE needed
    assert refused.code == 1
    assert "1 record(s) of this import were edited since; nothing was deleted." in refused.err
    assert f"A-2  {edited.record_id}" in refused.err and "--include-edited" in refused.err
    # (No FILE: since r12 an --undo given a spreadsheet file is refused in one sentence.)
    undone = run_cli(["object", "import-csv", "--undo", "1", "--include-edited", *common])
    assert undone.code == 0, undone.err
    assert "Import 1 undone: 2 record(s) deleted (their history is kept)." in undone.err
    with Vault.open(vault_path, PASSPHRASE) as opened:
        assert Records(opened).list(F.OBJECT) == []


def test_the_records_and_their_undo_list_are_written_together(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import whose undo list cannot be written keeps no record either: a crash between
    the two transactions left records that "Undo this import" did not know."""
    path = write_csv(tmp_path / "inv.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"]])
    plan = plan_of(vault, path)

    def fails(*_args: object) -> int:
        raise RuntimeError("power cut")

    monkeypatch.setattr(csv_batches, "remember_in", fails)
    monkeypatch.setattr(csv_batches, "remember", fails)
    with pytest.raises(RuntimeError):
        C.apply_import(Records(vault), plan)
    assert Records(vault).list(F.OBJECT) == []


def test_undo_last_twice_never_undoes_the_import_before(vault: Vault, tmp_path: Path) -> None:
    """r11 review 2 #7: LAST meant "the latest import not undone", so a second `--undo LAST`
    (a user making sure) deleted the import before it, with no question."""
    first = write_csv(tmp_path / "a.csv", [["N° inventaire", "Titre"], ["A-1", "Jarre"]])
    second = write_csv(tmp_path / "b.csv", [["N° inventaire", "Titre"], ["B-1", "Vase"]])
    imported(vault, first)
    imported(vault, second)
    records = Records(vault)
    assert csv_batches.undo_import(records, csv_batches.LAST).deleted == 1
    with pytest.raises(UsageError) as again:
        csv_batches.undo_import(records, csv_batches.LAST)
    assert "already undone" in str(again.value)
    assert [v.fields["inventory_number"] for v in records.list(F.OBJECT)] == ["A-1"]
