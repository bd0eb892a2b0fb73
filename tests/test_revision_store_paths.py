"""The batch path of revision storage gives the vault the one-by-one path gives (issue 22).

Bulk creation (``Records.create_many``) and imports store first revisions with
``store_fresh_revisions`` (rows built in Python, written a batch per statement); a record
created alone goes through ``store_revision(..., fresh=True)``. Whatever is done to make the
batch path faster, the stored bytes, the view's values (``36.0`` stays ``36.0``), their SQLite
types, the row ids and the search entries must stay those of the one-by-one path.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from conftest import FAST_KDF, PASSPHRASE
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.identity import own
from fieldkit.records import fields as F
from fieldkit.records.revision import HybridClock, Revision
from fieldkit.records.revision_store import store_fresh_revisions, store_revision
from fieldkit.vault import Vault
from fieldkit.vault.database import Connection

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([36.0, -0.0, 1e-7, 1e21, 23.5])
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=6), children, max_size=4
        )
    ),
    max_leaves=12,
)
# Columns of the view bound as they are (fieldkit.records.revision_store._view_values).
_COLUMNS = (
    "inventory_number", "code", "title", "name", "object_type", "status", "salvage_priority",
    "object_id", "severity", "urgency", "observed_at",
)  # fmt: skip
scalars = (
    st.none()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.sampled_from([36.0, 2.5])
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
)
fields_strategy = st.fixed_dictionaries(
    {},
    optional={
        **{name: scalars for name in _COLUMNS},
        **{name: json_values for name in ("measurements", "description", "notes", "extra")},
    },
)
media_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "sha256": st.text("0123456789abcdef", min_size=64, max_size=64),
            "role": st.sampled_from(["overall", "detail", "damage"]),
            "caption": st.text(max_size=10),
        }
    ),
    max_size=2,
)


def _dump(db: Connection, ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    marks = ",".join("?" * len(ids))
    records = db.execute(
        f"SELECT rowid, * FROM records WHERE record_id IN ({marks}) ORDER BY rowid",  # noqa: S608
        ids,
    ).fetchall()
    columns = [d[0] for d in db.execute("SELECT * FROM records LIMIT 0").description]
    types = db.execute(
        f"SELECT {', '.join(f'typeof({c})' for c in columns)} FROM records "  # noqa: S608
        f"WHERE record_id IN ({marks}) ORDER BY rowid",
        ids,
    ).fetchall()
    rowids = [r[0] for r in records]
    revision_columns = (
        "rev_id, record_id, kind, author, hlc, deleted, canonical, typeof(canonical), "
        "signature, typeof(signature), origin"
    )
    in_ids = f"record_id IN ({marks})"
    in_rowids = f"rowid IN ({','.join('?' * len(rowids))})"
    return {
        "revisions": db.execute(
            f"SELECT {revision_columns} FROM revisions WHERE {in_ids} ORDER BY rev_id",  # noqa: S608
            ids,
        ).fetchall(),
        "heads": db.execute(
            f"SELECT * FROM heads WHERE {in_ids} ORDER BY record_id",  # noqa: S608
            ids,
        ).fetchall(),
        "records": [tuple(r) for r in records] + [tuple(t) for t in types],
        "search": db.execute(
            f"SELECT rowid, body FROM records_search WHERE {in_rowids} ORDER BY rowid",  # noqa: S608
            rowids,
        ).fetchall(),
    }


def test_the_batch_path_stores_what_the_one_by_one_path_stores(tmp_path: Path) -> None:
    batch, _ = Vault.create(tmp_path / "batch", PASSPHRASE, name="batch", kdf=FAST_KDF)
    single, _ = Vault.create(tmp_path / "single", PASSPHRASE, name="single", kdf=FAST_KDF)
    identity = own.load(batch.db)
    clock = HybridClock()

    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from([F.OBJECT, F.DAMAGE, F.LOCATION]),
                fields_strategy,
                media_strategy,
                st.booleans(),
            ),
            min_size=1,
            max_size=5,
        )
    )
    def check(specs: list[tuple[str, dict[str, Any], list[dict[str, Any]], bool]]) -> None:
        revisions = [
            Revision(
                str(uuid.uuid4()), kind, (), identity.fingerprint, clock.tick(), fields,
                tuple(media), deleted,
            ).signed_by(identity)
            for kind, fields, media, deleted in specs
        ]  # fmt: skip
        with batch.transaction() as db:
            store_fresh_revisions(db, revisions, "local")
        with single.transaction() as db:
            for rev in revisions:
                store_revision(db, rev, "local", fresh=True)
        ids = [rev.record_id for rev in revisions]
        assert _dump(batch.db, ids) == _dump(single.db, ids)

    try:
        check()
    finally:
        batch.close()
        single.close()
