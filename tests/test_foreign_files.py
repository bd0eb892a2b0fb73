"""Opening files from places we do not control (fieldkit.foreign_files): real links, FIFOs, devices.

Opening a FIFO for reading blocks until a writer comes, so every FIFO case runs the call in a
thread with a generous deadline and unblocks it (by opening the writing end) if it hangs: a
regression fails the test instead of hanging CI.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldkit import foreign_files as ff
from fieldkit.errors import CorruptFileError, StorageError

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev")
DEADLINE = 30.0


def no_hang(fifo: Path, call: Callable[[], Any]) -> BaseException | Any:
    """``call()``'s result or exception; fails the test if it blocks (on ``fifo``)."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(DEADLINE)
    if worker.is_alive():
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # let the blocked open return
        os.close(fd)
        worker.join(DEADLINE)
        pytest.fail(f"opening the FIFO {fifo.name} blocked")
    return outcome[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    f = tmp_path / "stick"
    f.mkdir()
    return f


def test_a_plain_file_is_read_whole_up_to_its_cap(folder: Path) -> None:
    (folder / "card.fkid").write_bytes(b"x" * 1000)
    assert ff.read_capped(folder / "card.fkid", 1000) == b"x" * 1000
    with ff.open_regular(folder / "card.fkid") as fh:
        assert ff.size_of(fh) == 1000 and fh.read(3) == b"xxx"


def test_a_file_over_the_cap_is_refused_in_one_sentence(folder: Path) -> None:
    (folder / "big.fkr").write_bytes(b"x" * 1001)
    with pytest.raises(ff.TooLargeError) as info:
        ff.read_capped(folder / "big.fkr", 1000)
    assert info.value.message == "big.fkr is larger than any such file can be, so it was not read."
    assert isinstance(info.value, CorruptFileError) and info.value.hint


@posix_only
def test_a_link_to_dev_zero_is_refused_without_reading(folder: Path) -> None:
    (folder / "r.fkr").symlink_to("/dev/zero")
    with pytest.raises(ff.NotAFileError) as info:
        ff.read_capped(folder / "r.fkr", 1 << 40)  # a cap that would not save us
    assert info.value.message == "r.fkr is a symbolic link, not a plain file, so it was not read."
    assert info.value.kind == "a symbolic link"
    # Followed on purpose (a path the user typed), the device behind it is refused too.
    with pytest.raises(ff.NotAFileError, match="is a device"):
        ff.read_capped(folder / "r.fkr", 1 << 40, follow_links=True)


@posix_only
def test_a_link_to_a_plain_file_is_read_only_when_asked(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "real.fkid").write_bytes(b"card")
    (folder / "card.fkid").symlink_to(tmp_path / "real.fkid")
    with pytest.raises(ff.NotAFileError, match="symbolic link"):
        ff.read_capped(folder / "card.fkid", 100)
    assert ff.read_capped(folder / "card.fkid", 100, follow_links=True) == b"card"


@posix_only
@pytest.mark.parametrize("follow", [False, True])
def test_a_fifo_never_blocks_and_is_refused(folder: Path, follow: bool) -> None:
    fifo = folder / "card.fkid"
    os.mkfifo(fifo)
    outcome = no_hang(fifo, lambda: ff.read_capped(fifo, 100, follow_links=follow))
    assert isinstance(outcome, ff.NotAFileError)
    assert (
        outcome.message == "card.fkid is a named pipe (FIFO), not a plain file, so it was not read."
    )


@posix_only
def test_a_fifo_is_refused_for_writing_too(folder: Path) -> None:
    fifo = folder / "lock"
    os.mkfifo(fifo)
    outcome = no_hang(fifo, lambda: ff.open_regular(fifo, write=True, create=True))
    assert isinstance(outcome, ff.NotAFileError) and outcome.kind == "a named pipe (FIFO)"


@posix_only
def test_a_dangling_link_is_never_created_through(folder: Path, tmp_path: Path) -> None:
    (folder / "lock").symlink_to(tmp_path / "made-elsewhere")
    with pytest.raises(ff.NotAFileError, match="symbolic link"):
        ff.open_regular(folder / "lock", write=True, create=True)
    assert not (tmp_path / "made-elsewhere").exists()
    ff.open_regular(folder / "new-lock", write=True, create=True).close()
    assert (folder / "new-lock").is_file()


@posix_only
def test_devices_folders_and_sockets_are_refused(folder: Path) -> None:
    import socket

    with pytest.raises(ff.NotAFileError, match="is a device"):
        ff.read_capped(Path("/dev/null"), 10)
    (folder / "sub").mkdir()
    with pytest.raises(ff.NotAFileError, match="is a folder"):
        ff.read_capped(folder / "sub", 10)
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "s"))
        with pytest.raises(ff.NotAFileError, match="is a socket"):
            ff.read_capped(folder / "s", 10)
    finally:
        sock.close()


def test_a_missing_file_is_the_callers_oserror(folder: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ff.read_capped(folder / "gone", 10)


@posix_only
def test_without_o_nofollow_and_o_nonblock_the_lstat_checks_stand_in(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Windows gets: no O_NOFOLLOW, no O_NONBLOCK — links and pipes are still refused."""
    monkeypatch.setattr(ff, "_NOFOLLOW", 0)
    monkeypatch.setattr(ff, "_NONBLOCK", 0)
    (tmp_path / "private.txt").write_bytes(b"secret")
    (folder / "r.fkr").symlink_to(tmp_path / "private.txt")
    with pytest.raises(ff.NotAFileError, match="symbolic link"):
        ff.read_capped(folder / "r.fkr", 100)
    fifo = folder / "p.fkr"
    os.mkfifo(fifo)
    outcome = no_hang(fifo, lambda: ff.read_capped(fifo, 100))
    assert isinstance(outcome, ff.NotAFileError)
    (folder / "ok.fkr").write_bytes(b"fine")
    assert ff.read_capped(folder / "ok.fkr", 100) == b"fine"


@posix_only
def test_a_file_swapped_between_check_and_open_is_refused(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "r.fkr").write_bytes(b"checked")
    (tmp_path / "other").write_bytes(b"swapped in")
    real_open = os.open

    def swapping_open(path: Any, flags: int, mode: int = 0o777, **kw: Any) -> int:
        if Path(path).name == "r.fkr":
            os.replace(tmp_path / "other", folder / "r.fkr")  # after the lstat, before the open
        return real_open(path, flags, mode, **kw)

    monkeypatch.setattr(ff.os, "open", swapping_open)
    with pytest.raises(ff.NotAFileError, match="changed while it was being opened"):
        ff.read_capped(folder / "r.fkr", 100)


# --- writing only inside a root ----------------------------------------------------------------


def test_real_folders_are_made_inside_the_root(folder: Path) -> None:
    made = ff.real_folder(folder, folder / "a" / "b", create=True)
    assert made == folder / "a" / "b" and made.is_dir()
    assert ff.real_folder(folder, folder / "a") == folder / "a"
    with pytest.raises(FileNotFoundError):
        ff.real_folder(folder, folder / "missing")


@posix_only
def test_a_linked_folder_on_the_way_is_refused(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "receipts").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(ff.OutsideRootError) as info:
        ff.real_folder(folder, folder / "receipts", create=True)
    assert "'receipts' in" in info.value.message and "is a symbolic link" in info.value.message
    assert isinstance(info.value, StorageError)
    with pytest.raises(ff.OutsideRootError):
        ff.check_inside(folder, folder / "receipts" / "x.fkr")
    with pytest.raises(ff.OutsideRootError):
        ff.real_folder(folder, folder / "receipts" / "deeper", create=True)
    assert list(elsewhere.iterdir()) == []
    (elsewhere / "x.fkr").write_bytes(b"r")
    assert not ff.is_regular_inside(folder, folder / "receipts" / "x.fkr")


def test_paths_that_climb_out_are_refused(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(ff.OutsideRootError):
        ff.check_inside(folder, folder / ".." / "outside.txt")
    with pytest.raises(ff.OutsideRootError):
        ff.check_inside(folder, tmp_path / "outside.txt")
    (folder / "a").mkdir()
    assert ff.check_inside(folder, folder / "a" / "new.txt") == folder / "a" / "new.txt"
    (folder / "a" / "f").write_bytes(b"")
    assert ff.is_regular_inside(folder, folder / "a" / "f")
    with pytest.raises(ff.OutsideRootError):  # a file where a folder should be
        ff.real_folder(folder, folder / "a" / "f" / "g", create=True)


# --- a folder held open: writing inside it, whatever happens to its name -------------------------


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A folder outside the root with the user's files: nothing here may ever change."""
    f = tmp_path / "elsewhere"
    f.mkdir()
    (f / "private.txt").write_bytes(b"the user's own notes\n")
    return f


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None
        for p in sorted(folder.rglob("*"))
    }


@posix_only
def test_a_folder_swapped_for_a_link_after_it_was_opened_gets_nothing_outside(
    folder: Path, elsewhere: Path
) -> None:
    before = snapshot(elsewhere)
    with ff.TargetDir.open_root(folder) as root, root.open_subdir("receipts", create=True) as sub:
        # The worst moment: checked and opened, nothing written yet. Someone who can write the
        # shared folder moves it aside and leaves a link to elsewhere under its name.
        (folder / "receipts").rename(folder / "receipts-moved")
        (folder / "receipts").symlink_to(elsewhere, target_is_directory=True)
        with sub.atomic_writer("r.fkr", 0o644) as out:
            out.write(b"receipt")
        tmp, fh = sub.create_temp("s.fkr", 0o644)
        fh.close()
        sub.rename(tmp, "s.fkr")
        assert sub.read_capped("s.fkr", 10) == b""
        sub.unlink("s.fkr")
        assert sub.names() == ["r.fkr"]
        with pytest.raises(ff.OutsideRootError, match=r"'receipts' in .* was moved or replaced"):
            sub.check_in_place()
    assert snapshot(elsewhere) == before
    assert (folder / "receipts-moved" / "r.fkr").read_bytes() == b"receipt"


@posix_only
def test_open_subdir_makes_real_folders_and_refuses_anything_else(
    folder: Path, elsewhere: Path
) -> None:
    (folder / "linked").symlink_to(elsewhere, target_is_directory=True)
    (folder / "a-file").write_bytes(b"")
    os.mkfifo(folder / "a-pipe")
    with ff.TargetDir.open_root(folder) as root:
        with root.open_subdir("made", create=True, mode=0o750) as made:
            made.check_in_place()
        assert (folder / "made").is_dir() and (folder / "made").stat().st_mode & 0o777 == 0o750
        for name, kind in [
            ("linked", "a symbolic link"),
            ("a-file", "a file"),
            ("a-pipe", "a named pipe"),
        ]:
            with pytest.raises(ff.OutsideRootError, match=rf"'{name}' in .* is {kind}"):
                root.open_subdir(name, create=True)
        with pytest.raises(FileNotFoundError):
            root.open_subdir("missing")
        for bad in ("..", ".", "a/b", ""):
            with pytest.raises(ff.OutsideRootError):
                root.open_subdir(bad)
    assert snapshot(elsewhere) == {"private.txt": b"the user's own notes\n"}


@posix_only
def test_files_in_an_open_folder_are_never_followed_or_blocked_on(
    folder: Path, elsewhere: Path
) -> None:
    (folder / "link.fkr").symlink_to(elsewhere / "private.txt")
    (folder / "zero.fkr").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.fkr")
    (folder / "big.fkr").write_bytes(b"x" * 11)
    before = snapshot(elsewhere)
    with ff.TargetDir.open_root(folder) as root:
        for name in ("link.fkr", "zero.fkr"):
            with pytest.raises(ff.NotAFileError, match="symbolic link"):
                root.read_capped(name, 100)
        outcome = no_hang(folder / "pipe.fkr", lambda: root.read_capped("pipe.fkr", 100))
        assert isinstance(outcome, ff.NotAFileError)
        with pytest.raises(ff.TooLargeError):
            root.read_capped("big.fkr", 10)
        # A rename over a link replaces the link; an unlink removes the link, not its target.
        with root.atomic_writer("link.fkr", 0o644) as out:
            out.write(b"ours")
        root.unlink("zero.fkr")
        root.unlink("zero.fkr", missing_ok=True)
        assert root.lstat("link.fkr").st_size == 4
    assert snapshot(elsewhere) == before
    assert not (folder / "zero.fkr").is_symlink() and (folder / "link.fkr").read_bytes() == b"ours"


@posix_only
def test_an_interrupted_atomic_write_leaves_no_file(folder: Path) -> None:
    with ff.TargetDir.open_root(folder) as root:
        with pytest.raises(RuntimeError), root.atomic_writer("b.fkb", 0o644) as out:
            out.write(b"half")
            raise RuntimeError("cancelled")
        assert root.names() == []
        tmp, fh = root.create_temp("b.fkb", 0o600)
        fh.close()
    assert tmp.startswith(".b.fkb.") and tmp.endswith(".fieldkit-tmp")
    assert (folder / tmp).stat().st_mode & 0o777 == 0o600


def test_without_folder_descriptors_each_step_checks_the_path(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Windows gets: no dir_fd — every step re-checks that no folder on the way is a link."""
    monkeypatch.setattr(ff, "_DIR_FD", False)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with ff.TargetDir.open_root(folder) as root, root.open_subdir("r", create=True) as sub:
        with sub.atomic_writer("a.fkr", 0o644) as out:
            out.write(b"a")
        assert sub.read_capped("a.fkr", 10) == b"a" and sub.names() == ["a.fkr"]
        sub.check_in_place()
        if hasattr(os, "symlink"):
            (folder / "r").rename(folder / "r-moved")
            (folder / "r").symlink_to(elsewhere, target_is_directory=True)
            with pytest.raises(ff.OutsideRootError):
                sub.check_in_place()
            with pytest.raises(ff.OutsideRootError), sub.atomic_writer("b.fkr", 0o644):
                pass
    assert list(elsewhere.iterdir()) == []
