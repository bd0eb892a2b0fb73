"""Bulk create hands its writer chunks that grow from 256 to 2,048 records (issue 22, SPEC §13).

The writer thread of ``Records.create_many`` writes a chunk with one statement per table. Each
statement costs it the GIL back afterwards (up to Python's switch interval while the two other
threads compute), an FTS5 flush and a statement-journal copy of the index pages it touches: with
256-record chunks the writer, not the Python side, set the pace at 100,000 records. The first
chunk stays small so that the three threads start together and progress shows at once.
"""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.revision import Revision
from fieldkit.records.service import Records
from fieldkit.vault import Vault

COUNT = 5_000


def _rows() -> list[dict[str, Any]]:
    return [
        F.clean_fields(F.OBJECT, {"inventory_number": f"G-{i:05d}", "title": f"Coupe {i}"})
        for i in range(COUNT)
    ]


@pytest.fixture
def chunk_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every chunk create_many signs (and then writes), in order."""
    sizes: list[int] = []
    sign_all = Records._sign_all

    def counted(self: Records, revisions: list[Revision]) -> list[Revision]:
        sizes.append(len(revisions))
        return sign_all(self, revisions)

    monkeypatch.setattr(Records, "_sign_all", counted)
    return sizes


def test_chunks_double_from_256_to_2048(vault: Vault, chunk_sizes: list[int]) -> None:
    done: list[int] = []
    records = Records(vault)
    ids = records.create_many(F.OBJECT, _rows(), progress=done.append)
    assert chunk_sizes == [256, 512, 1024, 2048, 1160]  # was 20 chunks of 256 (19 + 136)
    assert done == [256, 768, 1792, 3840, 5000]
    assert len(set(ids)) == COUNT == records.count(F.OBJECT)
    assert records.resolve("G-04999") == ids[-1]


def test_a_cancel_in_a_large_chunk_saves_nothing(vault: Vault, chunk_sizes: list[int]) -> None:
    records = Records(vault)
    done: list[int] = []
    with pytest.raises(CancelledError):
        records.create_many(
            F.OBJECT,
            _rows(),
            progress=done.append,
            cancel=lambda: bool(done) and done[-1] >= 1792,
        )
    assert chunk_sizes[-1] == 2048  # cancelled with a chunk of the largest size under way
    assert records.count(F.OBJECT) == 0
    assert vault.db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0


def test_a_cancel_is_asked_every_256_rows_whatever_the_chunk(vault: Vault) -> None:
    asked: list[int] = []
    Records(vault).create_many(F.OBJECT, _rows(), cancel=lambda: bool(asked.append(1)))
    assert len(asked) == -(-COUNT // 256)  # as when every chunk held 256 rows
