"""Missing sequence numbers of a sender's stream, found without listing every number.

A stream's sequence numbers come from its sender's bundles: a hostile one can claim sequence
2**31 - 1 after 1. Listing ``range(1, last + 1)`` then takes minutes and gigabytes; here the
gaps are computed between the numbers held (sorted), and only the first ``limit`` are listed,
with a count of the rest.
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldkit.i18n import later

MAX_LISTED = 20  # missing bundles named one by one; the rest are counted


def missing(have: Iterable[int], limit: int = MAX_LISTED) -> tuple[list[int], int]:
    """The first ``limit`` numbers from 1 to max(``have``) not in ``have``, and how many more
    are missing after those."""
    listed: list[int] = []
    total = 0
    expected = 1
    for number in sorted(set(have)):
        if number > expected:
            total += number - expected
            listed.extend(range(expected, min(number, expected + limit - len(listed))))
        expected = number + 1
    return listed, total - len(listed)


def more_missing(count: int, stream: str, sender: str) -> list[str]:
    """The sentence counting the missing bundles not listed (none if ``count`` is 0)."""
    if count <= 0:
        return []
    return [
        later.translate(
            "errors",
            "Also not received yet: %n more bundle(s) of stream {stream} from {sender}.",
            "",
            count,
            stream=stream[:8],
            sender=sender[:16],
        )
    ]
