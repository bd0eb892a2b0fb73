"""The photo-hash worker receives every decrypted thumbnail: it runs FieldKit's code only.

Review r14 #2: started with ``python -m`` from the folder the user is in (a USB stick of
bundles, Downloads), the worker put that folder first on its import path, so a ``struct.py``
lying there ran inside it; and, a fresh process, it had lost the parent's guard against core
dumps and same-user memory reads (fieldkit.process_guard).
"""

from __future__ import annotations

import io
import resource
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from fieldkit.duplicates import photo_hash


def _thumbnail() -> bytes:
    image = Image.new("RGB", (64, 48))
    for x in range(64):
        for y in range(48):
            image.putpixel((x, y), ((x * 7) % 256, (y * 11) % 256, ((x + y) * 5) % 256))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


@pytest.fixture
def worker() -> Iterator[photo_hash._Worker]:
    started: list[photo_hash._Worker] = []

    def start() -> photo_hash._Worker:
        started.append(photo_hash._Worker())
        return started[-1]

    yield start  # type: ignore[misc]
    for one in started:
        one.stop()


def test_a_module_in_the_current_folder_does_not_run_in_the_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worker: object
) -> None:
    stick = tmp_path / "usb stick"
    stick.mkdir()
    marker = tmp_path / "ran"
    for name in ("struct", "zlib"):  # imported by the worker before any thumbnail arrives
        (stick / f"{name}.py").write_text(
            f"open({str(marker)!r}, 'a').write({name!r})\nraise ImportError('planted')\n"
        )
    monkeypatch.chdir(stick)
    started = worker()  # type: ignore[operator]
    thumbnail = _thumbnail()
    started.send([thumbnail])
    assert started.receive(1) == photo_hash.hash_thumbnails([thumbnail])
    assert not marker.exists(), marker.read_text()


def test_the_worker_writes_no_core_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worker: object
) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        pytest.skip("core dumps are off for this whole machine: nothing to turn off")
    # As a user's shell may have it (ulimit -c unlimited): the worker must turn it off itself.
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    try:
        started = worker()  # type: ignore[operator]
        started.send([_thumbnail()])
        started.receive(1)  # it is running its own code by now
        limits = Path(f"/proc/{started.process.pid}/limits").read_text()
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
    line = next(row for row in limits.splitlines() if row.startswith("Max core file size"))
    assert line.split()[4:6] == ["0", "0"], line


def test_the_packaged_program_starts_its_own_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen build (PyInstaller) has no Python to start ``-c`` with, so it hashed on one core
    and the issue 23 speed-up never reached an installed app (review r14 #4). Its program now
    starts itself with --hash-worker (packaging/pyinstaller/fieldkit_main.py), here stood in for
    by a launcher of that entry point named like the packaged program."""
    import os
    import sys

    main = Path(__file__).resolve().parents[1] / "packaging" / "pyinstaller" / "fieldkit_main.py"
    program = tmp_path / "dist" / "fieldkit"
    program.parent.mkdir()
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{main}" "$@"\n')
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert photo_hash._workers(photo_hash._POOL_MIN) == min(len(os.sched_getaffinity(0)), 8)
    started = photo_hash._Worker()
    try:
        assert started.process.args == [str(program), "--hash-worker"]
        thumbnails = [_thumbnail(), b"not a picture"]
        started.send(thumbnails)
        assert started.receive(2) == photo_hash.hash_thumbnails(thumbnails)
        started.send([])  # a batch of none ends the worker
        assert started.process.wait(timeout=30) == 0
    finally:
        started.stop()
