"""Undoing a spreadsheet import (r12 review 1, 1b, 1c, 5, 6, 7; proofs first written in
/tmp/review12): the undo names the objects people worked on since (a damage report, a crate, a
movement, an unsaved draft) and deletes them only when confirmed, never deletes a packed or
in-transit object, says how many records other vaults already have, --dry-run changes nothing,
and the deletion is batched (a statement per table, not ~20 per record). Also the measurement
forms the review found guessed.

Real vaults in tmp_path, real bundles between two vaults, the CLI as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer
from test_csv_r11 import imported, write_csv

from fieldkit.records import csv_batches, dimensions, drafts
from fieldkit.records import fields as F
from fieldkit.records.csv_import import ImportResult
from fieldkit.records.custody import Custody
from fieldkit.records.custody_queries import contents
from fieldkit.records.service import Records
from fieldkit.vault import Vault, audit

SHEET = [["N° inventaire", "Titre"], ["MCP 7", "Jarre"], ["MCP 8", "Coupe"]]


def _import(vault: Vault, tmp_path: Path, rows: list[list[str]] = SHEET) -> ImportResult:
    return imported(vault, write_csv(tmp_path / "inv.csv", rows))


def _live(records: Records) -> int:
    return records.count(F.OBJECT)


# --- review 1: a damage report, a crate, a movement -----------------------------------------


def test_an_object_with_a_damage_report_is_named_and_deleted_only_when_confirmed(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    result = _import(vault, tmp_path)
    obj = result.ids[0]
    records.create(F.DAMAGE, {"object_id": obj, "description": "fissure", "severity": "severe"})
    with pytest.raises(csv_batches.UndoRefused) as refused:
        csv_batches.undo_import(records, result.import_id)
    assert refused.value.edited == [(obj, "MCP 7")]
    assert str(refused.value.template).startswith("{count} record(s) of this import were edited")
    assert "damage report" in refused.value.template
    assert _live(records) == 2  # nothing deleted
    assert csv_batches.undo_import(records, result.import_id, include_edited=True).deleted == 2
    assert _live(records) == 0


def test_an_object_packed_in_a_crate_is_never_deleted_by_an_undo(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    custody = Custody(records)
    custody.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    crate = custody.add_container({"code": "C-1", "kind": "crate"})
    result = _import(vault, tmp_path)
    obj = result.ids[0]
    custody.move([obj], "C-1", from_location="MUS")
    for include_edited in (False, True):
        with pytest.raises(csv_batches.UndoCustodyRefused) as refused:
            csv_batches.undo_import(records, result.import_id, include_edited=include_edited)
        assert refused.value.held == [(obj, "MCP 7")]
        assert "packed in a container or in transit" in refused.value.template
    assert contents(records.db, crate.record_id) == [obj]
    assert _live(records) == 2
    # On its way back to MUS: in transit, refused the same way.
    movement = custody.move([obj], "MUS")
    with pytest.raises(csv_batches.UndoCustodyRefused):
        csv_batches.undo_import(records, result.import_id, include_edited=True)
    # Received at MUS: it was still moved since: named, deleted once confirmed; the crate can go.
    custody.receive(movement.record_id, everything=True)
    with pytest.raises(csv_batches.UndoRefused) as moved:
        csv_batches.undo_import(records, result.import_id)
    assert moved.value.edited == [(obj, "MCP 7")]
    assert csv_batches.undo_import(records, result.import_id, include_edited=True).deleted == 2
    assert contents(records.db, crate.record_id) == []
    records.delete(crate.record_id)


# --- review 1b: unsaved work ----------------------------------------------------------------


def test_an_object_with_an_unsaved_draft_is_named_and_its_draft_goes_with_it(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    result = _import(vault, tmp_path)
    rid = result.ids[1]
    drafts.save(vault, "editor-" + rid, F.OBJECT, rid, {"notes": "two hours of condition notes"})
    with pytest.raises(csv_batches.UndoRefused) as refused:
        csv_batches.undo_import(records, result.import_id)
    assert refused.value.edited == [(rid, "MCP 8")]
    assert refused.value.worked == [(rid, "MCP 8")]
    assert _live(records) == 2 and len(drafts.all_drafts(vault)) == 1
    assert csv_batches.undo_import(records, result.import_id, include_edited=True).deleted == 2
    # No "recovered draft" of a deleted record at the next unlock (its save could only fail).
    assert drafts.all_drafts(vault) == []


# --- review 1c: records other vaults already have ---------------------------------------------


def test_the_undo_says_how_many_records_other_vaults_already_have(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "a", role="coordinator"), Peer(tmp_path, "b", role="coordinator")
    a.trust(b)
    b.trust(a)
    rows = [*SHEET, ["MCP 9", "Bol"]]
    first = imported(a.vault, write_csv(tmp_path / "i.csv", rows[:3]))
    b.receive(a.send(b))
    assert csv_batches.sent_of_import(a.records, first.import_id) == 2
    dry = csv_batches.undo_import(a.records, first.import_id, dry_run=True)
    assert (dry.dry_run, dry.would_delete, dry.deleted, dry.sent) == (True, 2, 0, 2)
    assert csv_batches.undo_import(a.records, first.import_id).sent == 2
    # An import not sent yet: nothing to say.
    second = imported(a.vault, write_csv(tmp_path / "j.csv", [rows[0], rows[3]]))
    assert csv_batches.undo_import(a.records, second.import_id).sent == 0
    a.vault.close()
    b.vault.close()


def test_the_cli_says_it_in_text_and_json(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "a", role="coordinator"), Peer(tmp_path, "b", role="coordinator")
    a.trust(b)
    imported(a.vault, write_csv(tmp_path / "i.csv", SHEET))
    b.receive(a.send(b))
    a.vault.close()
    b.vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    common = ["--vault", str(a.path), "--passphrase-file", str(tmp_path / "pw")]
    said = "2 of these record(s) were already sent to other vaults in bundles: they will be "
    said += "deleted there too when the next bundle goes."
    dry = run_cli(["object", "import-csv", "--undo", "LAST", "--dry-run", *common])
    assert dry.code == 0, dry.err
    assert "Dry run: undoing import 1 would delete 2 record(s); nothing was changed." in dry.err
    assert said in dry.err
    data = json.loads(
        run_cli(["object", "import-csv", "--undo", "LAST", "--json", "--dry-run", *common]).out
    )
    assert data["dry_run"] is True and data["would_delete"] == 2 and data["undone"] is False
    assert data["sent_to_other_vaults"] == 2 and data["deleted"] == 0
    done = run_cli(["object", "import-csv", "--undo", "LAST", *common])
    assert done.code == 0, done.err
    assert "Import 1 undone: 2 record(s) deleted (their history is kept)." in done.err
    assert said in done.err


# --- review 6: --dry-run, and options that do not go together ---------------------------------


def _cli(vault: Vault, vault_path: Path, tmp_path: Path) -> list[str]:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    return ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]


def test_a_dry_run_undo_changes_nothing(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    _import(vault, tmp_path)
    common = _cli(vault, vault_path, tmp_path)
    r = run_cli(["object", "import-csv", "--undo", "LAST", "--dry-run", *common])
    assert r.code == 0, r.err
    assert "Dry run: undoing import 1 would delete 2 record(s); nothing was changed." in r.err
    assert "already sent" not in r.err
    data = json.loads(
        run_cli(["object", "import-csv", "--undo", "1", "--dry-run", "--json", *common]).out
    )
    assert data == {
        "undone": False,
        "import": 1,
        "deleted": 0,
        "refused": None,
        "edited": [],
        "merged": [],
        "dry_run": True,
        "would_delete": 2,
    }
    with Vault.open(vault_path, PASSPHRASE) as v:
        records = Records(v)
        assert records.count(F.OBJECT) == 2, "a --dry-run undo deleted the records"
        assert not csv_batches.find(records, "LAST").undone


def test_a_dry_run_undo_refuses_as_the_undo_would(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    result = _import(vault, tmp_path)
    Records(vault).edit(result.ids[0], {"notes": "vu"})
    common = _cli(vault, vault_path, tmp_path)
    r = run_cli(["object", "import-csv", "--undo", "LAST", "--dry-run", *common])
    assert r.code == 1
    assert "1 record(s) of this import were edited since; nothing was deleted." in r.err
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert Records(v).count(F.OBJECT) == 2


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        (
            ["FILE", "--undo", "LAST"],
            "--undo undoes an import already made; give it without a spreadsheet file.",
        ),
        (["FILE", "--include-edited"], "--include-edited goes with --undo."),
    ],
)
def test_options_that_do_not_go_together_are_one_sentence(
    vault: Vault, vault_path: Path, tmp_path: Path, extra: list[str], sentence: str
) -> None:
    path = tmp_path / "new.csv"
    write_csv(path, SHEET)
    _import(vault, tmp_path)
    common = _cli(vault, vault_path, tmp_path)
    args = [str(path) if a == "FILE" else a for a in extra]
    r = run_cli(["object", "import-csv", *args, *common])
    assert r.code == 2
    assert f"fieldkit: {sentence}" in r.err
    with Vault.open(vault_path, PASSPHRASE) as v:
        records = Records(v)
        assert records.count(F.OBJECT) == 2  # neither imported nor undone
        assert not csv_batches.find(records, "LAST").undone


# --- review 5: one statement per table, not ~20 per record -----------------------------------


def _statements(vault: Vault, run: Any) -> int:
    count = 0

    def trace(sql: str) -> None:
        nonlocal count
        if not sql.startswith("--"):  # FTS5's own statements come with the one that causes them
            count += 1

    vault.db.set_trace_callback(trace)
    try:
        run()
    finally:
        vault.db.set_trace_callback(None)
    return count


def test_the_undo_writes_as_records_delete_does_in_far_fewer_statements(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    n = 300
    rows = [["N° inventaire", "Titre"]] + [[f"X-{i}", "Objet"] for i in range(n)]
    result = _import(vault, tmp_path, rows)
    statements = _statements(vault, lambda: csv_batches.undo_import(records, result.import_id))
    # Was 23 executions per record (a records.get, the clock read and written, heads, view,
    # audit head, one by one); executemany's rows still count one each here.
    assert statements < 13 * n, statements
    assert _live(records) == 0
    for record_id in (result.ids[0], result.ids[-1]):
        view = records.get(record_id, follow=False)
        history = records.history(record_id)
        assert view.deleted and len(history) == 2 and view.fields["inventory_number"]
        heads = vault.db.execute("SELECT rev_id FROM heads WHERE record_id = ?", (record_id,))
        assert [r[0] for r in heads] == [view.head_rev]
    assert records.list(F.OBJECT, query="Objet") == []  # gone from the search
    assert audit.count(vault.db, action="record_deleted") == n
    assert audit.verify(vault.db).ok
    # The vault's clock moved past every deletion: the next edit stamps after them.
    later = records.create(F.OBJECT, {"inventory_number": "Y-1"})
    assert later.hlc > records.get(result.ids[-1], follow=False).hlc


def test_the_batched_undo_is_still_one_transaction(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = Records(vault)
    rows = [["N° inventaire", "Titre"]] + [[f"A-{i}", "Jarre"] for i in range(5)]
    result = _import(vault, tmp_path, rows)
    calls = 0
    real = audit.event_hash

    def failing(*args: Any) -> str:
        nonlocal calls
        calls += 1
        if calls == 4:  # after the revisions and views of all five were written
            raise RuntimeError("disk full")
        return real(*args)

    monkeypatch.setattr(audit, "event_hash", failing)
    with pytest.raises(RuntimeError):
        csv_batches.undo_import(records, result.import_id)
    monkeypatch.undo()
    assert _live(records) == 5
    assert not csv_batches.imports(records)[0].undone
    assert audit.verify(vault.db).ok


# --- review 7: measurement forms read without guessing ---------------------------------------


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("L. 120 cm", "length 120 cm"),  # alone, « L. » is longueur / length
        ("L 120 x W 40 cm", "length 120 cm; width 40 cm"),
        ("H. 55 cm x L. 35 cm", "height 55 cm; width 35 cm"),  # « H. x L. »: largeur
        ("h 55 ; l 35 cm", "height 55 cm; width 35 cm"),
        ("L 5 x l 6 cm", None),  # two lengths: a slip, not guessed
        ("ع 50 سم", None),  # ع is عرض (width): never again read as a height
        ("ع 55 × ط 30 سم", None),
        ("الارتفاع 55 سم × العرض 35 سم", "height 55 cm; width 35 cm"),
    ],
)
def test_measurement_forms_are_read_as_they_mean(text: str, stored: str | None) -> None:
    assert dimensions.parse_museum_form(text) == stored


def test_counting_what_was_sent_looks_up_the_index_not_every_bundle(vault: Vault) -> None:
    plan = " | ".join(
        str(r[3])
        for r in vault.db.execute(
            "EXPLAIN QUERY PLAN " + csv_batches.SENT_SQL.format(marks="?,?"), ("a", "b")
        )
    )
    assert "SEARCH s USING COVERING INDEX sent_revisions_stream (stream_id=? AND rev_id=?)" in (
        plan
    ), plan
    assert "SCAN s" not in plan, plan
