"""Bulk create pauses Python's cyclic garbage collector while it runs (issue 22, SPEC §13).

At 100,000 records the collector walked every live object again and again (9 µs a record on
the thread that sets the pace). It is paused for the call only, and left as it was found:
enabled again after a success, an error or a cancel, and still off if the caller had it off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _rows(n: int) -> list[dict[str, Any]]:
    return [
        F.clean_fields(F.OBJECT, {"inventory_number": f"C-{i:04d}", "title": f"Coupe {i}"})
        for i in range(n)
    ]


def test_the_collector_is_paused_during_the_call_and_enabled_after(vault: Vault) -> None:
    seen: list[bool] = []
    assert gc.isenabled()
    Records(vault).create_many(F.OBJECT, _rows(600), progress=lambda _: seen.append(gc.isenabled()))
    assert seen and not any(seen)  # was on for every chunk
    assert gc.isenabled()


def test_the_collector_is_enabled_again_after_a_cancel_or_an_error(vault: Vault) -> None:
    with pytest.raises(CancelledError):
        Records(vault).create_many(F.OBJECT, _rows(600), cancel=lambda: True)
    assert gc.isenabled()

    def failing() -> Iterator[dict[str, Any]]:
        yield from _rows(300)
        raise OSError("the spreadsheet went away")

    with pytest.raises(OSError, match="went away"):
        Records(vault).create_many(F.OBJECT, failing())
    assert gc.isenabled()
    assert vault.db.execute("SELECT count(*) FROM records").fetchone()[0] == 0


def test_a_collector_the_caller_turned_off_stays_off(vault: Vault) -> None:
    gc.disable()
    try:
        Records(vault).create_many(F.OBJECT, _rows(10))
        assert not gc.isenabled()
    finally:
        gc.enable()
