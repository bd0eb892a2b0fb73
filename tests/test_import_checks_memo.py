"""The import's value checks (bundles.import_checks.revision_line) at 100,000 revisions: a value
repeated across a bundle's revisions is checked once, and what is refused stays refused."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit.errors import CorruptFileError
from fieldkit.records import fields as F
from fieldkit.records.revision import Revision


def _revision(i: int, **fields: Any) -> Revision:
    return Revision(
        record_id=f"00000000-0000-4000-8000-{i:012x}",
        kind=F.OBJECT,
        author="a" * 64,
        hlc="0000000000001-0000-" + "a" * 16,
        parents=(),
        fields=fields,
        media=(),
        deleted=False,
    )


def test_a_repeated_value_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit.bundles import import_checks

    checked: list[tuple[str, Any]] = []
    clean = F.clean_value

    def counting(kind: str, name: str, value: Any) -> Any:
        checked.append((name, value))
        return clean(kind, name, value)

    monkeypatch.setattr(F, "clean_value", counting)
    import_checks.forget_accepted()
    for i in range(50):
        import_checks.revision_line(
            _revision(i, status="in_storage", materials_techniques="bronze", title=f"Jar {i}"),
            i + 1,
        )
    assert checked.count(("status", "in_storage")) == 1
    assert checked.count(("materials_techniques", "bronze")) == 1
    assert sum(1 for name, _ in checked if name == "title") == 50


def test_a_refused_value_is_refused_every_time() -> None:
    from fieldkit.bundles import import_checks

    for number in (1, 2):
        with pytest.raises(CorruptFileError):
            import_checks.revision_line(_revision(number, status="on_the_moon"), number)
    # The same digits as another type are checked as themselves.
    import_checks.revision_line(_revision(3, salvage_priority=1), 3)
    with pytest.raises(CorruptFileError):
        import_checks.revision_line(_revision(4, salvage_priority="1x"), 4)


def test_no_record_text_is_kept_after_the_import(tmp_path: Any) -> None:
    """What the memo keeps is a keyed digest, never the value: a closed vault's record text
    does not stay in the process (the app, locked, keeps running)."""
    import gc

    from peers import Peer

    from fieldkit.bundles import import_checks

    secret = "Sceau de Hammurabi, cachette 7B"
    a, b = Peer(tmp_path, "ana"), Peer(tmp_path, "ben")
    a.trust(b)
    b.trust(a)
    a.records.create(F.OBJECT, {"inventory_number": "INV-1", "title": secret})
    b.receive(a.send(b))
    a.vault.close()
    b.vault.close()
    # Everything the module's globals reach within three steps (a cache's dict, its keys).
    seen, frontier = set(), list(vars(import_checks).values())
    held = []
    for _ in range(3):
        found = []
        for obj in gc.get_referents(*frontier):
            if id(obj) in seen or isinstance(obj, type(gc)):
                continue
            seen.add(id(obj))
            if isinstance(obj, str | bytes) and secret in str(obj):
                held.append(obj)
            found.append(obj)
        frontier = found
    assert not held
    assert all(isinstance(d, bytes) and len(d) == 16 for d in import_checks._accepted_digests)
