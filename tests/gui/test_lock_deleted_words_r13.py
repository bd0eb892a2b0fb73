"""SPEC §3: the app's lock clears decrypted data from caches at once. The words of deleted
records that "Deleted only" searches keep in memory (search.DeletedWords) are decrypted text:
they went only when the vault object was collected."""

from __future__ import annotations

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from fieldkit.records import search


def test_the_lock_drops_the_words_kept_for_deleted_records(unlocked: MainWindow) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    gone = records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Ewer"}).record_id
    records.delete(gone)
    assert records.count(F.OBJECT, deleted_only=True, search="ewer") == 1
    vault = session.vault
    assert vault in search._DELETED_WORDS
    unlocked.lock()
    assert vault not in search._DELETED_WORDS
