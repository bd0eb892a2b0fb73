"""Deleted records can be found again (r12 trial #7): the delete dialog says "restore its last
version from its history", but once the editor closed nothing listed a deleted record, and a
search for it found nothing (deleted records leave the full-text index). Now the lists take
``deleted_only`` (CLI ``object list --deleted``, ``damage list --deleted``), searchable with the
same words, accents and case as a living record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.records import fields as F
from fieldkit.records import pages
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _object(records: Records, number: str, title: str) -> str:
    return records.create(F.OBJECT, {"inventory_number": number, "title": title}).record_id


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


def test_a_deleted_object_is_listed_and_counted_only_among_the_deleted(records: Records) -> None:
    kept = _object(records, "A-1", "Tapis de prière")
    gone = _object(records, "A-2", "Tapis de selle")
    records.delete(gone)
    assert [v.record_id for v in records.list(F.OBJECT)] == [kept]
    deleted = records.list(F.OBJECT, deleted_only=True)
    assert [v.record_id for v in deleted] == [gone] and deleted[0].deleted
    assert records.count(F.OBJECT, deleted_only=True) == 1
    assert records.count(F.OBJECT) == 1


@pytest.mark.parametrize("typed", ["tapis", "TAPIS sel", "sélle", "Tap"])
def test_a_deleted_object_is_found_by_the_words_a_person_remembers(
    records: Records, typed: str
) -> None:
    _object(records, "A-1", "Vase")
    gone = _object(records, "A-2", "Tapis de selle")
    records.delete(gone)
    assert records.list(F.OBJECT, search=typed) == []  # the living list: not there
    found = records.list(F.OBJECT, search=typed, deleted_only=True)
    assert [v.record_id for v in found] == [gone]
    assert records.count(F.OBJECT, search=typed, deleted_only=True) == 1


def test_a_search_among_the_deleted_matches_every_word_as_the_index_does(
    records: Records,
) -> None:
    gone = [_object(records, f"B-{i}", title) for i, title in enumerate(["جرة فخارية", "Ікона"])]
    for record_id in gone:
        records.delete(record_id)
    assert [v.record_id for v in records.list(F.OBJECT, search="جرة", deleted_only=True)] == [
        gone[0]
    ]
    assert [v.record_id for v in records.list(F.OBJECT, search="ікона", deleted_only=True)] == [
        gone[1]
    ]
    assert [v.record_id for v in records.list(F.OBJECT, search="فخاريه", deleted_only=True)] == [
        gone[0]
    ]  # as a living record is found (final ه for ة)
    assert records.list(F.OBJECT, search="جرة ікона", deleted_only=True) == []
    assert records.list(F.OBJECT, search="zzz", deleted_only=True) == []


def test_the_app_pages_list_the_deleted_too(records: Records) -> None:
    ids = [_object(records, f"C-{i}", f"Objet {i}") for i in range(5)]
    for record_id in ids[1:4]:
        records.delete(record_id)
    filters = {"deleted_only": True}
    page = pages.page(records, F.OBJECT, 0, 10, "inventory_number", False, filters)
    assert [v.record_id for v in page] == ids[1:4]
    searched = pages.page(
        records, F.OBJECT, 0, 10, "title", True, {"deleted_only": True, "search": "objet"}
    )
    assert [v.record_id for v in searched] == list(reversed(ids[1:4]))


def test_a_restored_object_leaves_the_deleted_list(records: Records) -> None:
    gone = _object(records, "D-1", "Lampe")
    before = records.get(gone).head_rev
    records.delete(gone)
    records.restore(gone, before)
    assert records.list(F.OBJECT, deleted_only=True) == []
    assert [v.record_id for v in records.list(F.OBJECT, search="lampe")] == [gone]


def test_the_cli_lists_deleted_objects_and_damage_reports(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    gone = _object(records, "E-1", "Tapis")
    report = records.create(F.DAMAGE, {"object_id": gone, "observed_at": "2026-01-02"}).record_id
    records.delete(report)
    records.delete(gone)
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    common = ["--vault", str(vault.path), "--passphrase-file", str(tmp_path / "pw")]
    assert run_cli(["object", "list", "--json", *common]).json == []
    listed = run_cli(["object", "list", "--deleted", "--search", "tapis", "--json", *common])
    assert [o["id"] for o in json.loads(listed.out)] == [gone]
    text = run_cli(["object", "list", "--deleted", *common], env={"FIELDKIT_LANG": "fr"})
    assert text.code == 0 and "E-1" in text.out
    damage = run_cli(["damage", "list", "--deleted", "--json", *common])
    assert [d["id"] for d in json.loads(damage.out)] == [report]
