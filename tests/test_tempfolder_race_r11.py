"""Two record exports to one target (review r11 #2): the second's clean-up runs between the
first's making of its temporary folder and its lock. The first must never go on filling a
folder that the clean-up removes (or holds, about to remove it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit import fsutil
from fieldkit.exports import files

fcntl = pytest.importorskip("fcntl")  # Windows: no folder locks, and no folder clean-up

# The other export's clean-up, in its own process (as `fieldkit export-records` to the same
# target would run it).
_OTHER_CLEAN_UP = """
import sys
from pathlib import Path
from fieldkit.fsutil import remove_abandoned_temp_folders

target = Path(sys.argv[1])
remove_abandoned_temp_folders(target.parent, lambda name: name == target.name)
"""


def other_clean_up(target: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run(
        [sys.executable, "-c", _OTHER_CLEAN_UP, str(target)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")


def hidden_folders(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name.startswith("."))


def test_a_clean_up_between_mkdir_and_lock_does_not_fail_the_live_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "linked-art"
    real_lock = fsutil.lock_folder
    calls: list[Path] = []

    def lock_after_the_other_export_cleaned(path: Path) -> int | None:
        if not calls:  # the other export starts right now, once
            other_clean_up(target)
        calls.append(path)
        return real_lock(path)

    monkeypatch.setattr(fsutil, "lock_folder", lock_after_the_other_export_cleaned)
    monkeypatch.setattr(files, "lock_folder", lock_after_the_other_export_cleaned, raising=False)
    tmp = files.temp_folder_for(target)  # the first export's folder, to be filled
    try:
        assert tmp.is_dir()
        other_clean_up(target)  # any later clean-up leaves it: it is locked
        assert tmp.is_dir() and hidden_folders(tmp_path) == [tmp.name]
        (tmp / "doc.json").write_text("{}")
    finally:
        files.remove_tree(tmp)


def test_a_folder_a_clean_up_holds_is_not_filled_unlocked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "lido"
    real_lock = fsutil.lock_folder
    cleaner: list[int] = []

    def lock_while_a_clean_up_holds_it(path: Path) -> int | None:
        if not cleaner:  # the other export's clean-up took this folder's lock first
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
            fcntl.flock(fd, fcntl.LOCK_EX)
            cleaner.append(fd)
        return real_lock(path)

    monkeypatch.setattr(fsutil, "lock_folder", lock_while_a_clean_up_holds_it)
    monkeypatch.setattr(files, "lock_folder", lock_while_a_clean_up_holds_it, raising=False)
    tmp = files.temp_folder_for(target)
    try:
        os.close(cleaner[0])  # the clean-up ends; the next one runs
        other_clean_up(target)
        assert tmp.is_dir(), "the export was given a folder it could not lock, and lost it"
    finally:
        files.remove_tree(tmp)


def test_lock_folder_held_by_another_is_an_error_not_no_locking(tmp_path: Path) -> None:
    folder = tmp_path / ".t.0123456789ab.fieldkit-tmp"
    folder.mkdir()
    other = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(other, fcntl.LOCK_EX)
    try:
        with pytest.raises(BlockingIOError):
            fsutil.lock_folder(folder)
    finally:
        os.close(other)
    fd = fsutil.lock_folder(folder)
    assert fd is not None
    os.close(fd)
