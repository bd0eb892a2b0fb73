"""Two exports into one folder, one of them split into more parts than it keeps open (review
r11 #5): the other's clean-up must never take the first one's closed parts for abandoned, a
killed export's must still go, and nothing is recorded as sent that is not on the drive."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

from fieldkit import fsutil
from fieldkit.bundles import parts
from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.bundles.parts import _OPEN_PARTS, MIN_MAX_SIZE, PartFiles
from fieldkit.errors import StorageError
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault

COUNT = _OPEN_PARTS + 2  # the first two parts are closed while the export goes on

# Another export into the same folder, in its own process: its clean-up, then its one part.
_OTHER_EXPORT = """
import sys
from pathlib import Path
from fieldkit.bundles.parts import PartFiles

files = PartFiles(Path(sys.argv[1]))
with files.writing():
    part = files.create(files.path(1, 1))
    part.file.write(b"the other export")
    part.finish()
"""

# An export of COUNT parts killed (os._exit: no clean-up, as kill -9) before it recorded them.
_KILLED_EXPORT = """
import os, sys
from pathlib import Path
from fieldkit.bundles.parts import PartFiles

files = PartFiles(Path(sys.argv[1]))
count = int(sys.argv[2])
for index in range(1, count + 1):
    part = files.create(files.path(index, count))
    part.file.write(b"part %d" % index)
    part.finish()
os._exit(9)
"""


def run_child(script: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, timeout=300
    )


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def placed(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def write_parts(files: PartFiles, count: int) -> None:
    for index in range(1, count + 1):
        part = files.create(files.path(index, count))
        part.file.write(b"part %d" % index)
        part.finish()


@pytest.mark.parametrize("output", ["laptop-a.fkb", "laptop-a"])  # parts of both: .fkb
def test_another_exports_clean_up_leaves_a_live_exports_closed_parts(
    tmp_path: Path, output: str
) -> None:
    a = PartFiles(tmp_path / output)
    write_parts(a, COUNT)  # A's vault is about to record them as sent
    other = run_child(_OTHER_EXPORT, str(tmp_path / "laptop-b.fkb"))
    assert other.returncode == 0, other.stderr.decode(errors="replace")
    partials = [n for n in hidden(tmp_path) if n.endswith(fsutil.TEMP_SUFFIX)]
    assert len(partials) == COUNT, "the other export's clean-up removed parts of a live export"

    a.keep()
    assert placed(tmp_path) == sorted(
        ["laptop-b.fkb", *(a.path(i, COUNT).name for i in range(1, COUNT + 1))]
    )
    assert hidden(tmp_path) == []  # no partial, no lock file left behind


def test_clean_ups_racing_a_split_export_take_none_of_its_parts(tmp_path: Path) -> None:
    """Other exports start, clean up and finish again and again while one writes its parts."""
    a = PartFiles(tmp_path / "laptop-a.fkb")
    start = threading.Barrier(2)
    done = threading.Event()
    rounds: list[int] = []

    def other_exports() -> None:
        start.wait()
        n = 0
        while not done.is_set() or n == 0:
            n += 1
            with PartFiles(tmp_path / "laptop-b.fkb").writing():
                pass
        rounds.append(n)

    cleaner = threading.Thread(target=other_exports)
    cleaner.start()
    try:
        start.wait()
        write_parts(a, COUNT + 30)
        done.set()
    finally:
        done.set()
        cleaner.join(timeout=120)
    a.keep()
    assert rounds and rounds[0] > 0
    assert len(placed(tmp_path)) == COUNT + 30
    assert hidden(tmp_path) == []


def test_a_killed_exports_closed_parts_and_lock_file_go_with_the_next_export(
    tmp_path: Path,
) -> None:
    killed = run_child(_KILLED_EXPORT, str(tmp_path / "laptop-a.fkb"), str(COUNT))
    assert killed.returncode == 9, killed.stderr.decode(errors="replace")
    assert ".laptop-a.fkb.fieldkit-lock" in hidden(tmp_path)  # the killed one's export lock
    assert len(hidden(tmp_path)) == COUNT + 1

    other = run_child(_OTHER_EXPORT, str(tmp_path / "laptop-b.fkb"))
    assert other.returncode == 0, other.stderr.decode(errors="replace")
    assert hidden(tmp_path) == []
    assert placed(tmp_path) == ["laptop-b.fkb"]


def test_two_exports_to_the_same_output_share_its_lock(tmp_path: Path) -> None:
    a = PartFiles(tmp_path / "same.fkb")
    write_parts(a, COUNT)
    b = PartFiles(tmp_path / "same.fkb")
    with b.writing():  # neither waits for the other, nor removes the other's parts
        write_parts(b, 1)
    assert len([n for n in hidden(tmp_path) if n.endswith(fsutil.TEMP_SUFFIX)]) == COUNT
    a.keep()
    assert len(placed(tmp_path)) == COUNT + 1
    assert hidden(tmp_path) == []


def test_keep_puts_every_part_it_can_in_place_and_names_the_missing(tmp_path: Path) -> None:
    files = PartFiles(tmp_path / "b.fkb")
    write_parts(files, 4)
    for name in hidden(tmp_path):
        if name.startswith((".b.part1of4.fkb.", ".b.part3of4.fkb.")):
            (tmp_path / name).unlink()  # a user's file manager, a stick pulled too early
    with pytest.raises(StorageError) as raised:
        files.keep()
    assert "b.part1of4.fkb, b.part3of4.fkb" in str(raised.value)
    assert "b.part2of4.fkb" not in str(raised.value)
    assert placed(tmp_path) == ["b.part2of4.fkb", "b.part4of4.fkb"]
    assert hidden(tmp_path) == []


def _noise_jpeg(seed: int) -> bytes:
    rnd = random.Random(seed)  # noqa: S311 - test pixels, not secrets
    img = Image.frombytes("RGB", (360, 280), rnd.randbytes(360 * 280 * 3))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95)
    return out.getvalue()


def test_a_part_gone_before_the_recording_means_nothing_is_recorded_as_sent(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    for i in range(9):
        records.create(F.OBJECT, {"title": f"k{i}"}, [PhotoInput(_noise_jpeg(i))])
    stick = tmp_path / "stick"
    stick.mkdir()

    def progress(_: object) -> None:
        # Once part 2 is being written, part 1 (finished, hidden) disappears from the drive.
        names = hidden(stick)
        if any(n.startswith(".b.part2of") for n in names):
            for name in names:
                if name.startswith(".b.part1of"):
                    (stick / name).unlink()

    options = ExportOptions(plain=True, max_size=MIN_MAX_SIZE)
    with pytest.raises(StorageError) as raised:
        export_bundles(vault, stick / "b.fkb", options, progress)
    assert "b.part1of" in str(raised.value) and "nothing was recorded" in str(raised.value)
    assert vault.db.execute("SELECT count(*) FROM sent_bundles").fetchone()[0] == 0
    assert vault.db.execute("SELECT count(*) FROM sent_revisions").fetchone()[0] == 0
    assert os.listdir(stick) == []  # the other parts were removed again, and the lock file

    again = export_bundles(vault, stick / "b.fkb", options)  # everything goes, as never sent
    assert len(again.bundles) >= 2
    assert sum(b.photos for b in again.bundles) == sum(b.revisions for b in again.bundles) == 9


def test_without_flock_no_lock_file_is_made_and_no_partial_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' branch (no fcntl): fsutil's clean-up removes nothing there, so the closed
    parts are safe without an export lock, and none is made."""
    monkeypatch.setattr(parts, "fcntl", None, raising=False)
    monkeypatch.setattr(fsutil, "fcntl", None)
    a = PartFiles(tmp_path / "laptop-a.fkb")
    write_parts(a, COUNT)
    with PartFiles(tmp_path / "laptop-b.fkb").writing():
        pass
    assert len(hidden(tmp_path)) == COUNT
    a.keep()
    assert len(placed(tmp_path)) == COUNT and hidden(tmp_path) == []


def test_a_file_system_without_locks_gets_no_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network shares answer flock with ENOLCK: the export goes on (no clean-up there
    can take a lock either, so none removes a partial) and leaves no lock file."""
    import errno
    import fcntl as real

    calls: list[int] = []

    class NoLocks:
        LOCK_EX, LOCK_SH, LOCK_NB, LOCK_UN = real.LOCK_EX, real.LOCK_SH, real.LOCK_NB, real.LOCK_UN

        @staticmethod
        def flock(fd: int, operation: int) -> None:
            calls.append(operation)
            raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(parts, "fcntl", NoLocks)
    monkeypatch.setattr(fsutil, "fcntl", NoLocks)
    files = PartFiles(tmp_path / "b.fkb")
    with files.writing():
        write_parts(files, COUNT)
    assert len(placed(tmp_path)) == COUNT and hidden(tmp_path) == []
    # Asked once for the export's lock, not again for every part.
    assert calls.count(real.LOCK_EX | real.LOCK_NB) <= 1 + COUNT  # the parts' own, in fsutil


def test_a_users_own_file_named_like_a_lock_stays(tmp_path: Path) -> None:
    """r11 review 2 #8: a split export's clean-up removed any file named `.<x>.fieldkit-lock`,
    even a user's with something in it; only an empty one is ours."""
    from fieldkit.bundles.parts import PartFiles

    mine = tmp_path / ".minutes.odt.fieldkit-lock"
    mine.write_text("the user's own file\n")
    with PartFiles(tmp_path / "export.fkb").writing():
        pass
    assert mine.read_text() == "the user's own file\n"
