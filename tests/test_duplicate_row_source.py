"""The detector reads any row source (a vault, the archive's index) and finds the same pairs,
scores and reasons whatever order the source yields its objects in (issue 23: the archive must
find what a laptop finds, and two laptops store records in different orders)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from fieldkit.duplicates import photo_hash
from fieldkit.duplicates.candidates import ObjectRow, find_candidates

# One photo's hashes as it is and turned, against another's: the best rotation of B against A
# as it is differs from the best rotation of A against B (the bits come from a median after
# turning, so similarity is not exactly symmetric).
THREE_BITS = 0b111 << 20
HASHES: dict[str, photo_hash.Hashes] = {
    "p-a": (0, THREE_BITS, THREE_BITS, THREE_BITS),
    "p-b": (THREE_BITS, THREE_BITS, THREE_BITS, THREE_BITS),
}


class Rows:
    def __init__(self, rows: list[ObjectRow]) -> None:
        self._rows = rows

    def count(self) -> int:
        return len(self._rows)

    def rows(self) -> Iterable[ObjectRow]:
        return iter(self._rows)

    def cached_count(self, shas: Iterable[str]) -> int:
        return len(set(shas) & HASHES.keys())

    def photo_hashes(
        self,
        shas: Iterable[str],
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Mapping[str, photo_hash.Hashes]:
        return {s: HASHES[s] for s in shas if s in HASHES}

    def first_seen(self, ids: Collection[str]) -> dict[str, str]:
        return {i: "0" for i in ids}


def _row(record_id: str, photo: str) -> ObjectRow:
    fields = {"inventory_number": "MCP 1963.28", "title": "Jar"}
    return (record_id, fields, [{"sha256": photo, "role": "overall"}], "", 1)


def test_pairs_do_not_depend_on_the_order_of_the_rows() -> None:
    assert photo_hash.distance(HASHES["p-a"], HASHES["p-b"]) != photo_hash.distance(
        HASHES["p-b"], HASHES["p-a"]
    )
    rows = [_row("id-1", "p-a"), _row("id-2", "p-b")]
    forward = [c.to_json() for c in find_candidates(Rows(rows))]
    backward = [c.to_json() for c in find_candidates(Rows(rows[::-1]))]
    assert forward and forward == backward
