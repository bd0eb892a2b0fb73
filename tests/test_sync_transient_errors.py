"""A passing error while a good bundle merges (review 8, bug 4): a USB drive's EIO, the drive
pulled out and put back, or the vault's own storage error was taken for a bug in the bundle, so
the bundle was quarantined as "an internal error" and remembered, and no later sync imported it.
Now the sync stops and says so, and the next one imports the bundle; a real bug still
quarantines the file, but is tried again by the next sync."""

# The `world` and `shared` fixtures come from test_sync: ruff takes their use for redefinitions.
# ruff: noqa: F811

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from test_sync import shared, world  # noqa: F401 - fixtures

from fieldkit import sync
from fieldkit.bundles import importer, verify
from fieldkit.errors import DiskFullError, StorageError
from fieldkit.records import fields as F
from fieldkit.sync import inbox


def failing_once(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, exc: Exception) -> None:
    """``module.name`` fails with ``exc`` the first time only."""
    real = getattr(module, name)
    calls: list[int] = []

    def flaky(*a: Any, **kw: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise exc
        return real(*a, **kw)

    monkeypatch.setattr(module, name, flaky)


@pytest.mark.parametrize(
    "module,name,exc",
    [
        # the merge's reading of records.ndjson meets the drive's passing read error
        (importer, "records_lines", OSError(errno.EIO, "Input/output error")),
        # ... and before the merge (review 9, bug 5): the import's first hash of the file, the
        # verification opening it, the verification's whole-file hash
        (importer, "_file_digest", OSError(errno.EIO, "Input/output error")),
        (verify, "SafeZip", OSError(errno.EIO, "Input/output error")),
        (verify, "sha256_file", OSError(errno.EIO, "Input/output error")),
        # the vault's own storage error reaches the sync (not the bundle's fault either)
        (inbox, "import_bundle", StorageError("The vault's database could not be written.")),
        # the vault's disk fills up while the merge writes its rows (raised inside the merge)
        (importer, "insert_fresh_rows", DiskFullError("The disk is full while writing x.")),
        (inbox, "import_bundle", MemoryError()),
    ],
    ids=["EIO", "EIO-hash", "EIO-open", "EIO-file-hash", "StorageError", "DiskFull", "MemoryError"],
)
def test_a_passing_error_during_the_merge_is_retried_at_the_next_sync(
    world: Any,
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
    module: Any,
    name: str,
    exc: Exception,
) -> None:
    amal, _bohdan, coord = world
    amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    amal.sync()
    failing_once(monkeypatch, module, name, exc)
    if isinstance(exc, OSError):
        # A read error on the bundle file: said as a warning, nothing quarantined, the sync
        # goes on (review 9c: one damaged file must not stop every sync of its target).
        first = coord.sync()
        assert not first.imported
        assert any("could not be read (Input/output error)" in str(w) for w in first.warnings)
    else:
        # The vault's own storage error, a full disk, no memory: the sync stops and says so.
        with pytest.raises(type(exc)):
            coord.sync()
    assert sync.quarantine(coord.vault) == []
    second = coord.sync()  # the drive works again
    assert "Jar" in coord.titles() and len(second.imported) == 1
    assert sync.quarantine(coord.vault) == []


def test_a_drive_pulled_out_during_the_merge_loses_nothing(
    world: Any, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, _bohdan, coord = world
    amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    amal.sync()
    real = importer.records_lines
    away: list[tuple[Path, Path]] = []

    def unplugged(*a: Any, **kw: Any) -> Any:
        if not away:
            for p in shared.rglob("*.fkb"):
                hidden = p.with_name(p.name + ".away")
                p.rename(hidden)
                away.append((p, hidden))
            raise OSError(errno.EIO, "Input/output error")
        return real(*a, **kw)

    monkeypatch.setattr(importer, "records_lines", unplugged)
    # The read error is said (a warning: the sync goes on with the rest); nothing is
    # quarantined or remembered, so the drive's return brings the bundle in.
    first = coord.sync()
    assert any("could not be read (Input/output error)" in str(w) for w in first.warnings)
    assert sync.quarantine(coord.vault) == []
    for p, hidden in away:  # the drive is back
        hidden.rename(p)
    coord.sync()
    assert "Jar" in coord.titles()


def test_a_bug_quarantines_the_file_but_the_next_sync_tries_it_again(
    world: Any, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, _bohdan, coord = world
    amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    amal.sync()
    real = inbox.import_bundle
    monkeypatch.setattr(inbox, "import_bundle", lambda *a, **kw: {}["card"])
    first = coord.sync()
    assert first.errors == [] and len(first.quarantined) == 1
    again = coord.sync()  # the same bug: one quarantine entry, the sync goes on
    assert again.errors == [] and len(sync.quarantine(coord.vault)) == 1
    monkeypatch.setattr(inbox, "import_bundle", real)  # FieldKit updated, the bug fixed
    coord.sync()
    assert "Jar" in coord.titles()


def test_a_bundle_that_cannot_be_read_to_its_end_is_tried_again(
    world: Any, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 9, bug 10: a bad sector in the middle of a bundle (its header reads, its body
    does not) made the sync remember it as quarantined with no quarantine entry and no word in
    its report, so it was never imported, even once the drive was replaced."""
    amal, _bohdan, coord = world
    amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    amal.sync()
    eio = OSError(errno.EIO, "Input/output error")

    def unreadable(*a: Any, **kw: Any) -> Any:
        raise eio

    monkeypatch.setattr(importer, "_file_digest", unreadable)
    monkeypatch.setattr(inbox, "_sha256", unreadable)
    first = coord.sync()
    assert any("could not be read (Input/output error)" in str(w) for w in first.warnings)
    monkeypatch.undo()  # the drive is replaced
    second = coord.sync()
    assert "Jar" in coord.titles() and len(second.imported) == 1
    assert sync.quarantine(coord.vault) == []


def test_one_unreadable_bundle_does_not_stop_the_others(
    world: Any, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 9c, bug 3: a bundle with a bad sector (unreadable at every try) stopped every
    sync of its target for good — no other sender's bundle imported, nothing exported or
    delivered. It is now said as a warning and the others are picked up."""
    amal, bohdan, coord = world
    amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    amal.sync()
    bohdan.records.create(F.OBJECT, {"inventory_number": "B-1", "title": "Bowl"})
    bohdan.sync()
    real = importer._file_digest
    unreadable_name: list[str] = []

    def first_one_unreadable(path: Path, *a: Any, **kw: Any) -> Any:
        if not unreadable_name or unreadable_name[0] == path.name:
            unreadable_name[:] = [path.name]
            raise OSError(errno.EIO, "Input/output error")
        return real(path, *a, **kw)

    monkeypatch.setattr(importer, "_file_digest", first_one_unreadable)
    first = coord.sync()
    assert len(first.imported) == 1  # the other sender's bundle
    assert any(unreadable_name[0] in str(w) for w in first.warnings)
    assert sync.quarantine(coord.vault) == []
    monkeypatch.undo()  # the drive is replaced: the bundle comes in
    coord.sync()
    assert {"Jar", "Bowl"} <= coord.titles()
