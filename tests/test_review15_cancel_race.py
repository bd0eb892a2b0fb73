"""r15 review: a reception imported while "Cancel this departure" runs is deleted over."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from pathlib import Path

from peers import Peer

from fieldkit.bundles.importer import import_bundle
from fieldkit.errors import CustodyError
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import DB_NAME, Vault


@contextlib.contextmanager
def colleague_commits_first(vault: Vault) -> Iterator[list[Callable[[], object]]]:
    """As tests/test_editsafety_r14.py: what is registered commits on a second connection
    (the app's import worker) just before this connection's next write transaction."""
    other = copy.copy(vault)
    other.db = vault._open_copy(vault.path / DB_NAME)
    other._in_transaction = False
    pending: list[Callable[[], object]] = []
    real = type(vault).transaction

    @contextlib.contextmanager
    def transaction() -> Iterator[Connection]:
        while pending:
            pending.pop(0)(other)
        with real(vault) as db:
            yield db

    vault.transaction = transaction  # type: ignore[method-assign]
    try:
        yield pending
    finally:
        del vault.transaction
        other.db.close()


def test_a_reception_imported_during_cancel_is_not_deleted_over(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    chain = Custody(a.records)
    chain.add_location({"code": "L-1", "name": "Room"})
    store = chain.add_location({"code": "L-2", "name": "Store"}).record_id
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1"}).record_id
    chain.receive(chain.move([x], "L-1").record_id, everything=True)
    movement = chain.move([x], "L-2").record_id
    b.receive(a.send(b))
    Custody(b.records).receive(movement, ["X-1"])  # Bohdan checks the crate in at the store
    bundle = b.send(a)
    assert bundle is not None
    refused = False
    with colleague_commits_first(a.vault) as meanwhile:
        # Amélie confirmed "Cancel this departure?" while the app's worker imports Bohdan's
        # bundle: its COMMIT lands between the check and the tombstone.
        meanwhile.append(lambda other: import_bundle(other, bundle))
        try:
            chain.cancel_departure(movement)
        except CustodyError:
            refused = True  # the right answer: "items of this movement were already received"
    view = a.records.get(movement, F.MOVEMENT)
    now = C.where(a.vault.db, x)
    print("refused", refused, "deleted", view.deleted, "where", now.location and now.location.code)
    assert refused or not view.deleted, (
        f"cancel deleted a movement received at L-2; X-1 now at "
        f"{now.location.code if now.location else None}"
    )
    assert now.location is not None and now.location.id == store
