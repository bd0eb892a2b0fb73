"""Hostile files in a shared sync folder (issue 24, item 8): links, pipes, junk.

Whoever shares a sync folder can leave there whatever the file system allows. Every case here is
built for real (symbolic links, FIFOs, /dev/zero) in a real target folder, and synced through
the real code; the syncs that could hang or eat memory on a broken FieldKit run as a child
process under a memory cap (RLIMIT_AS) and a timeout, so a regression fails the test instead of
hanging CI or waking the OOM killer. In every case the sync finishes with plain sentences, and
no file outside the target changes.
"""

# The `world` and `shared` fixtures come from test_sync: ruff takes their use for redefinitions.
# ruff: noqa: F811

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli, tree_snapshot
from test_sync import Site, bundles_on, shared, world  # noqa: F401 - fixtures

from fieldkit import foreign_files, sync
from fieldkit.records import fields as F
from fieldkit.sync import layout
from fieldkit.sync import quarantined as q
from fieldkit.vault import Vault

resource = pytest.importorskip("resource")  # POSIX: the memory cap of the child syncs

MEMORY_CAP = 384 << 20  # far below what reading /dev/zero "to the end" asks for
TIMEOUT = 120  # generous: a sync here takes a second or two; a hang never ends

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX links and FIFOs")


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def cli_sync(site: Site, *args: str) -> subprocess.CompletedProcess[str]:
    """`fieldkit sync ARGS` for ``site`` in a child with capped memory and a timeout."""
    site.vault.close()  # one FieldKit at a time opens a vault
    env = dict(os.environ, FIELDKIT_PASSPHRASE=PASSPHRASE)
    try:
        return subprocess.run(
            [sys.executable, "-m", "fieldkit", "--vault", str(site.path), "sync", *args],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=TIMEOUT,
            preexec_fn=_cap_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`fieldkit sync {' '.join(args)}` hung (killed after {TIMEOUT} s)")
    finally:
        site.reopen()


def assert_plain(result: subprocess.CompletedProcess[str]) -> None:
    """Finished by itself, with sentences: no traceback, no internal error, no kill."""
    assert result.returncode in (0, 1, 3), (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr.lower()


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside the target with someone's files: links on the target point here."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "private.txt").write_bytes(b"the user's own notes, never to be read by sync\n")
    # Named like a temporary file of ours: a sync following a link would "tidy" it away.
    (folder / f".x.{'a' * 12}.fieldkit-tmp").write_bytes(b"not ours\n")
    return folder


def a_receipt_name(site: Site) -> str:
    return layout.receipt_file_name(site.fingerprint, str(uuid.uuid4()))


# --- receipts ----------------------------------------------------------------------------------


def test_a_receipt_linked_to_dev_zero_is_refused_unread_under_a_memory_cap(
    world, shared: Path, outside: Path
) -> None:
    amal, _, coord = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    amal.sync()
    receipts = shared / layout.RECEIPTS
    receipts.mkdir(exist_ok=True)
    name = a_receipt_name(coord)
    (receipts / name).symlink_to("/dev/zero")
    before = tree_snapshot(outside)

    result = cli_sync(amal, "shared")
    assert_plain(result)
    assert result.returncode == 1
    assert (
        f"quarantined receipts/{name}: This receipt is a symbolic link, not a plain file, "
        "so it was not read." in result.stderr
    )
    (entry,) = sync.quarantine(amal.vault)
    assert entry.kind == "receipt" and entry.copy is None and entry.file_sha256 == ""
    # Remembered: the next sync neither reads it nor reports it again.
    again = cli_sync(amal, "shared")
    assert again.returncode == 0 and "symbolic link" not in again.stderr
    assert tree_snapshot(outside) == before


def test_a_fifo_as_a_receipt_does_not_hang_the_sync(world, shared: Path) -> None:
    amal, _, coord = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    amal.sync()
    receipts = shared / layout.RECEIPTS
    receipts.mkdir(exist_ok=True)
    name = a_receipt_name(coord)
    os.mkfifo(receipts / name)

    result = cli_sync(amal, "shared")
    assert_plain(result)
    assert f"receipts/{name}: This receipt is a named pipe (FIFO)" in result.stderr
    assert [e.kind for e in sync.quarantine(amal.vault)] == ["receipt"]
    # The real receipt still acknowledges, and the sync goes on cleaning up.
    coord.sync()
    done = amal.sync()
    assert len(done.acknowledged) == 1 and done.removed == 1


def test_an_oversized_receipt_is_refused_without_reading_it_whole(world, shared: Path) -> None:
    amal, _, coord = world
    receipts = shared / layout.RECEIPTS
    receipts.mkdir()
    huge = receipts / a_receipt_name(coord)
    with open(huge, "wb") as fh:  # sparse: 64 GiB that take no disk space
        fh.truncate(64 << 30)
    result = cli_sync(amal, "shared")
    assert_plain(result)
    assert "is larger than any such file can be" in result.stderr


# --- the lock ----------------------------------------------------------------------------------


def test_a_fifo_as_the_lock_file_stops_the_sync_with_a_sentence(world, shared: Path) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    os.mkfifo(shared / layout.LOCK)
    result = cli_sync(amal, "shared")
    assert_plain(result)
    assert result.returncode == 1
    assert "its .fieldkit-sync.lock is a named pipe (FIFO), not a plain file" in result.stderr
    assert "Delete '.fieldkit-sync.lock'" in result.stderr  # and what to do
    # Every target synced at once: this one is reported, the command still ends.
    everything = cli_sync(amal)
    assert_plain(everything)
    assert "named pipe (FIFO)" in everything.stderr
    assert bundles_on(shared) == []  # nothing was delivered without the lock


def test_a_lock_file_linked_outside_is_not_created_there(world, shared: Path, outside) -> None:
    amal, _, _ = world
    (shared / layout.LOCK).symlink_to(outside / "created-by-sync.lock")
    before = tree_snapshot(outside)
    result = cli_sync(amal, "shared")
    assert_plain(result)
    assert result.returncode == 1 and "is a symbolic link, not a plain file" in result.stderr
    assert tree_snapshot(outside) == before


# --- links to folders elsewhere ----------------------------------------------------------------


def test_our_sender_folder_linked_elsewhere_gets_nothing_written(
    world, shared: Path, outside: Path
) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    (shared / amal.fingerprint).symlink_to(outside, target_is_directory=True)
    before = tree_snapshot(outside)

    report = amal.sync()
    assert report.delivered == [] and report.exit_code == 1
    (error,) = report.errors
    assert "Nothing was written to the sync target 'shared'" in error
    assert "is a symbolic link, not a real folder" in error
    assert tree_snapshot(outside) == before  # not a bundle, not a tidy-up: nothing
    assert report.waiting == 1  # the bundle waits in the outbox
    # Once the link is gone the bundle goes out.
    (shared / amal.fingerprint).unlink()
    assert len(amal.sync().delivered) == 1


def test_receipts_folder_linked_elsewhere_gets_no_receipt(
    world, shared: Path, outside: Path
) -> None:
    amal, _, coord = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    amal.sync()
    (shared / layout.RECEIPTS).symlink_to(outside, target_is_directory=True)
    (outside / a_receipt_name(amal)).write_bytes(b"a receipt-looking file elsewhere")
    before = tree_snapshot(outside)

    report = coord.sync()
    assert coord.titles() == {"Jar"}  # reading bundles goes on
    assert report.receipts_written == 0 and report.receipts_read == 0
    assert any("'receipts' on the sync target is a link" in w for w in report.warnings)
    assert any("is a symbolic link, not a real folder" in e for e in report.errors)
    assert tree_snapshot(outside) == before


def test_a_sender_folder_linked_elsewhere_is_not_read(
    world, shared: Path, outside: Path, tmp_path: Path
) -> None:
    _, bohdan, coord = world
    bohdan.records.create(F.OBJECT, {"title": "Icon"})
    bohdan.sync()
    # Bohdan's real folder moves elsewhere and a link takes its place on the target.
    moved = outside / "bohdan"
    (shared / bohdan.fingerprint).rename(moved)
    (shared / bohdan.fingerprint).symlink_to(moved, target_is_directory=True)
    before = tree_snapshot(outside)

    report = coord.sync()
    assert report.imported == [] and coord.titles() == set()
    assert any(f"'{bohdan.fingerprint}' on the sync target is a link" in w for w in report.warnings)
    assert tree_snapshot(outside) == before


# --- a folder swapped for a link between the check and the write (TOCTOU) ---------------------


def swap_once_checked(
    monkeypatch: pytest.MonkeyPatch, shared: Path, name: str, outside: Path, *, writing: bool
) -> list[str]:
    """The worst moment: right after sync has checked ``shared/name`` and before it writes there
    (``writing``: made if missing, as the writing steps do; else found, as the tidy-up does),
    someone moves the folder aside and leaves a link to ``outside`` under its name.

    The check is ``TargetDir.open_subdir`` (the folder opened and held) and, where folders are
    checked by path (Windows; FieldKit before it held them open), ``foreign_files.real_folder``.
    Returns the names swapped (at most one).
    """
    swapped: list[str] = []

    def swap(checked: str, create: bool) -> None:
        if checked == name and create == writing and not swapped:
            (shared / name).rename(shared / f"{name}-moved")
            (shared / name).symlink_to(outside, target_is_directory=True)
            swapped.append(name)

    real_open_subdir = foreign_files.TargetDir.open_subdir

    def open_subdir(
        self: foreign_files.TargetDir, sub: str, *, create: bool = False, mode: int = 0o755
    ) -> foreign_files.TargetDir:
        opened = real_open_subdir(self, sub, create=create, mode=mode)
        swap(sub, create)
        return opened

    real_folder = foreign_files.real_folder

    def checked_by_path(root: Path, path: Path, *, create: bool = False, mode: int = 0o755) -> Path:
        found = real_folder(root, path, create=create, mode=mode)
        swap(Path(path).name, create)
        return found

    monkeypatch.setattr(foreign_files.TargetDir, "open_subdir", open_subdir)
    monkeypatch.setattr(foreign_files, "real_folder", checked_by_path)
    return swapped


def test_receipts_swapped_for_a_link_while_a_receipt_is_written_gets_nothing_outside(
    world, shared: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, _, coord = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    amal.sync()
    before = tree_snapshot(outside)
    swapped = swap_once_checked(monkeypatch, shared, layout.RECEIPTS, outside, writing=True)

    report = coord.sync()
    assert swapped == [layout.RECEIPTS]
    assert coord.titles() == {"Jar"}  # reading goes on
    assert tree_snapshot(outside) == before  # no receipt, no temporary file: nothing
    assert report.receipts_written == 0
    (error,) = report.errors
    assert error.startswith("Nothing was written to the sync target 'shared' because 'receipts'")
    assert "was moved or replaced while FieldKit was writing to it" in error
    assert error.count(". ") == 0 and error.endswith(".")  # one sentence
    # What it wrote in the folder it had checked (now moved aside) was taken back.
    assert list((shared / "receipts-moved").iterdir()) == []

    # Once the link is gone the receipt is written where Amal looks.
    monkeypatch.undo()
    (shared / layout.RECEIPTS).unlink()
    assert coord.sync().receipts_written == 1
    assert len(list((shared / layout.RECEIPTS).iterdir())) == 1


def test_our_folder_swapped_for_a_link_while_a_bundle_is_copied_gets_nothing_outside(
    world, shared: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    before = tree_snapshot(outside)
    swapped = swap_once_checked(monkeypatch, shared, amal.fingerprint, outside, writing=True)

    report = amal.sync()
    assert swapped == [amal.fingerprint]
    assert tree_snapshot(outside) == before
    assert report.delivered == [] and amal.deliveries() == [] and report.waiting == 1
    (error,) = report.errors
    assert error.startswith(
        f"Nothing was written to the sync target 'shared' because '{amal.fingerprint}'"
    )
    assert "was moved or replaced while FieldKit was writing to it" in error
    assert error.endswith("1 bundle(s) wait in the outbox.")
    assert list((shared / f"{amal.fingerprint}-moved").iterdir()) == []

    monkeypatch.undo()
    (shared / amal.fingerprint).unlink()
    assert len(amal.sync().delivered) == 1 and len(bundles_on(shared, amal)) == 1


def test_our_folder_swapped_for_a_link_before_the_tidy_up_removes_nothing_outside(
    world, shared: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    amal.sync()
    # A copy an interrupted sync left in our folder: the tidy-up removes such files, only ours.
    (shared / amal.fingerprint / f".x.{'b' * 12}.fieldkit-tmp").write_bytes(b"ours")
    amal.records.create(F.OBJECT, {"title": "Bowl"})
    before = tree_snapshot(outside)  # holds a file named like our temporary files
    swapped = swap_once_checked(monkeypatch, shared, amal.fingerprint, outside, writing=False)

    report = amal.sync()
    assert swapped == [amal.fingerprint]
    assert tree_snapshot(outside) == before
    assert report.delivered == [] and report.waiting == 1
    (error,) = report.errors
    assert f"'{amal.fingerprint}' in {shared} is a symbolic link, not a real folder" in error
    # Our own leftover was tidied in the folder that was checked (now moved aside).
    moved = shared / f"{amal.fingerprint}-moved"
    assert [p.name for p in moved.iterdir() if p.name.endswith(".fieldkit-tmp")] == []


# --- links, pipes and devices named like bundles -----------------------------------------------


def test_links_and_pipes_named_like_bundles_are_quarantined_unread(
    world, shared: Path, outside: Path
) -> None:
    _, bohdan, coord = world
    folder = shared / bohdan.fingerprint
    folder.mkdir()
    names = {
        "link-to-private.fkb": lambda p: p.symlink_to(outside / "private.txt"),
        "link-to-zero.fkb": lambda p: p.symlink_to("/dev/zero"),
        "pipe.fkb": os.mkfifo,
    }
    for name, make in names.items():
        make(folder / name)
    (shared / "at-the-top.fkb").symlink_to(outside / "private.txt")
    before = tree_snapshot(outside)

    result = cli_sync(coord, "shared")
    assert_plain(result)
    assert result.returncode == 1
    entries = {e.file: e for e in sync.quarantine(coord.vault)}
    expected = {f"{bohdan.fingerprint}/{n}" for n in names} | {"at-the-top.fkb"}
    assert set(entries) == expected
    for rel, entry in entries.items():
        assert entry.copy is None, rel  # never read, so never copied into the vault
        kind = "named pipe (FIFO)" if rel.endswith("pipe.fkb") else "symbolic link"
        assert entry.reason == f"This file is a {kind}, not a plain file, so it was not read."
    copies = coord.path / q.FOLDER
    assert not copies.exists() or list(copies.iterdir()) == []
    assert tree_snapshot(outside) == before
    # Remembered: not looked at again.
    assert cli_sync(coord, "shared").returncode == 0


# --- junk fills the quarantine only up to its caps ---------------------------------------------


def test_junk_bundles_fill_the_quarantine_only_to_its_caps(
    world, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, coord = world
    monkeypatch.setattr(q, "MAX_ENTRIES", 5)
    monkeypatch.setattr(q, "MAX_COPY_TOTAL", 300_000)
    folder = shared / ("f" * 64)  # a sender folder nobody owns
    folder.mkdir()
    for i in range(12):  # 12 small junk files: the count cap bites
        (folder / f"junk-{i:02d}.fkb").write_bytes(os.urandom(10_000))
    report = coord.sync()
    assert len(report.quarantined) == 12  # each refusal was reported when it was found
    kept = sync.quarantine(coord.vault)
    assert len(kept) == 5
    assert {e.file for e in kept} == {f"{folder.name}/junk-{i:02d}.fkb" for i in range(7, 12)}
    copies = list((coord.path / q.FOLDER).iterdir())
    assert len(copies) == 5  # the dropped entries' copies went with them

    for i in range(4):  # 4 larger ones: the size cap bites (2 × 120 kB fit in 300 kB)
        (folder / f"big-{i}.fkb").write_bytes(os.urandom(120_000))
    coord.sync()
    kept = sync.quarantine(coord.vault)
    assert sum(e.size for e in kept if e.copy) <= 300_000
    newest = ["big-3", "big-2", "junk-11", "junk-10"]  # big-1 would make 380 kB
    assert [e.file for e in kept] == [f"{folder.name}/{n}.fkb" for n in newest]
    assert sum(p.stat().st_size for p in (coord.path / q.FOLDER).iterdir()) < 300_000
    # Dropped files are not picked up again (the inbox remembers them).
    assert coord.sync().quarantined == []

    coord.vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    status = run_cli(["--vault", str(coord.path), "sync", "status", "--json"], env=env)
    assert status.code == 0, status.err
    (shared_status,) = status.json
    assert shared_status["quarantined"] == 4
    assert shared_status["quarantine"] == {
        "entries": 4,
        "copy_bytes": 260_000,
        "dropped": 12,
        "max_entries": 5,
        "max_copy_bytes": 300_000,
    }
    human = run_cli(["--vault", str(coord.path), "sync", "status"], env=env)
    assert "quarantine: 4 refused files kept, 260 kB of copies" in human.out
    assert "kB). 12 older files dropped to stay within that." in human.out
    french = run_cli(
        ["--vault", str(coord.path), "sync", "status"], env={**env, "FIELDKIT_LANG": "fr"}
    )
    assert "4 fichiers refusés conservés" in french.out, french.out
    assert "12 fichiers plus anciens supprimés" in french.out
    assert "refused" not in french.out and "older" not in french.out
    coord.reopen()


def test_a_fifo_given_as_a_recipient_card_is_refused_at_once(tmp_path: Path) -> None:
    amal = Site(tmp_path, "amal")
    amal.vault.close()
    (tmp_path / "stick").mkdir()
    os.mkfifo(tmp_path / "coord.fkid")
    env = dict(os.environ, FIELDKIT_PASSPHRASE=PASSPHRASE)
    args = ["target", "add", "stick", str(tmp_path / "stick"), "--to", str(tmp_path / "coord.fkid")]
    try:
        added = subprocess.run(
            [sys.executable, "-m", "fieldkit", "--vault", str(amal.path), "sync", *args],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("`fieldkit sync target add --to FIFO` hung")
    assert added.returncode == 2 and "Traceback" not in added.stderr
    assert "coord.fkid is a named pipe (FIFO), not a plain file" in added.stderr


def test_a_junk_file_growing_while_it_is_copied_is_not_kept_whole(
    vault: Vault, tmp_path: Path
) -> None:
    """Found in review: the quarantine copy read to the end whatever size was found, so a file
    kept growing on the target could fill the vault's disk. The copy stops at the listed size."""
    from fieldkit.errors import StorageError

    quarantined = q
    junk = tmp_path / "junk.fkb"
    junk.write_bytes(b"x" * 200_000)  # "grew" from the 100,000 bytes listed
    with pytest.raises(StorageError):
        quarantined._keep_copy(vault, junk, ".fkb", 100_000)
    assert not any(quarantined.folder_of(vault).glob("*.age"))
    assert quarantined._keep_copy(vault, junk, ".fkb", 200_000).endswith(".fkb.age")
