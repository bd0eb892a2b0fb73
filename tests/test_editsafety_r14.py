"""r14 edit safety (review findings 3, 5, 6, 7): a save never signs older values over a
colleague's newer ones, never resolves a conflict unasked, protects photos as it protects
fields, and a number typed in a third form never picks one of two records silently."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator

import pytest

from fieldkit.records import fields as F
from fieldkit.records.service import (
    RecordChangedError,
    Records,
)
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import DB_NAME, Vault


@contextlib.contextmanager
def colleague_commits_first(vault: Vault) -> Iterator[Records]:
    """Records on a second connection to ``vault`` (as Session.worker_vault: the app's import
    and sync thread); what the test registers with ``meanwhile`` commits there just before this
    connection's next write transaction begins — after the service read the record, as an
    import's COMMIT does while a Save waits for the write lock."""
    other = copy.copy(vault)
    other.db = vault._open_copy(vault.path / DB_NAME)
    other._in_transaction = False
    worker = Records(other)
    pending: list[Callable[[], object]] = []
    real = type(vault).transaction

    @contextlib.contextmanager
    def transaction() -> Iterator[Connection]:
        while pending:
            pending.pop(0)()
        with real(vault) as db:
            yield db

    vault.transaction = transaction  # type: ignore[method-assign]
    worker.meanwhile = pending  # type: ignore[attr-defined]
    try:
        yield worker
    finally:
        del vault.transaction
        other.db.close()


def _heads(vault: Vault, record_id: str) -> list[str]:
    return [
        r[0] for r in vault.db.execute("SELECT rev_id FROM heads WHERE record_id = ?", (record_id,))
    ]


# --- 1. a revision committed between the read and the write (review #3) ---------------------------


def test_an_import_committed_during_a_save_keeps_the_colleagues_fields(vault: Vault) -> None:
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-1", "title": "Jar", "description": "old"}
    )
    base = obj.head_rev
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"description": "old; lid glued (colleague)"})
        )
        saved = records.edit(obj.record_id, {"title": "Jar, lidded"}, expected_head=base)
    assert saved.fields["description"] == "old; lid glued (colleague)"
    assert saved.fields["title"] == "Jar, lidded"
    assert not saved.in_conflict and _heads(vault, obj.record_id) == [saved.head_rev]


def test_the_same_field_changed_meanwhile_is_refused_by_name(vault: Vault) -> None:
    """Also without expected_head (the CLI): the changes were typed over the head read first."""
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-2", "title": "Jar", "description": "old"}
    )
    for expected in (obj.head_rev, None):
        with colleague_commits_first(vault) as worker:
            worker.meanwhile.append(  # type: ignore[attr-defined]
                lambda e=expected: worker.edit(obj.record_id, {"description": f"colleague {e}"})
            )
            with pytest.raises(RecordChangedError) as raised:
                records.edit(obj.record_id, {"description": "mine"}, expected_head=expected)
        assert raised.value.fields == ("description",)
        assert records.get(obj.record_id).fields["description"] == f"colleague {expected}"


def test_a_delete_during_an_import_keeps_the_colleagues_fields_in_the_tombstone(
    vault: Vault,
) -> None:
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-3", "title": "Jar", "description": "old"}
    )
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"description": "new (colleague)"})
        )
        gone = records.delete(obj.record_id)
    assert gone.deleted and gone.fields["description"] == "new (colleague)"
    assert len(_heads(vault, obj.record_id)) == 1


def test_a_restore_during_an_import_keeps_what_only_the_colleague_changed(vault: Vault) -> None:
    records = Records(vault)
    obj = records.create(
        F.OBJECT, {"inventory_number": "E-4", "title": "Jar", "description": "old"}
    )
    first = obj.head_rev
    records.edit(obj.record_id, {"title": "Jar (wrong)"})
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"description": "new (colleague)"})
        )
        back = records.restore(obj.record_id, first)
    assert back.fields["title"] == "Jar"
    assert back.fields["description"] == "new (colleague)"
    records.edit(obj.record_id, {"title": "Jar (wrong again)"})
    with colleague_commits_first(vault) as worker:
        worker.meanwhile.append(  # type: ignore[attr-defined]
            lambda: worker.edit(obj.record_id, {"title": "Jar, lidded (colleague)"})
        )
        with pytest.raises(RecordChangedError) as raised:
            records.restore(obj.record_id, first)
    assert raised.value.fields == ("title",)
    assert records.get(obj.record_id).fields["title"] == "Jar, lidded (colleague)"
