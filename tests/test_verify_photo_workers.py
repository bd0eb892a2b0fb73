"""A recipient's verify decrypts and hashes the photos on more than one core (issue 22).

No timings (benchmarks/bundle_speed.py has them): these tests pin the structure -- two photo
workers on a two-core machine, working at the same time -- and that a tampered photo, a
cancel and the helper threads behave as they did with one worker.
"""

from __future__ import annotations

import io
import random
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from peers import Peer
from PIL import Image

from fieldkit.bundles import verify as verify_module
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.safe_zip import SafeZip
from fieldkit.bundles.verify import verify_bundle
from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput


def _noisy_jpeg(seed: int) -> bytes:
    rng = random.Random(seed)  # noqa: S311 - test pixels, not secrets
    img = Image.frombytes("RGB", (640, 480), rng.randbytes(640 * 480 * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=95)
    return buf.getvalue()


@pytest.fixture
def bundle(tmp_path: Path) -> tuple[Path, Peer]:
    """A bundle of 4 photos from "field", encrypted to "coord" (returned with it)."""
    field = Peer(tmp_path, "field")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field.trust(coord)
    coord.trust(field)
    for i in range(4):
        field.records.create(
            F.OBJECT,
            {"inventory_number": f"P-{i}", "title": f"Object {i}"},
            photos=[PhotoInput(_noisy_jpeg(i))],
        )
    result = export_bundles(
        field.vault,
        tmp_path / "out",
        ExportOptions(recipients=[Recipient.from_card(coord.card)], mode="full"),
    )
    return result.bundles[0].path, coord


def _photo_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "fieldkit-photo-hash"]


def test_two_photo_workers_decrypt_at_the_same_time_on_two_cores(
    bundle: tuple[Path, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, coord = bundle
    monkeypatch.setattr(verify_module.os, "cpu_count", lambda: 2)
    # The first two photos each wait for the other to have started: only two workers
    # running at once get past this (one worker alone breaks the barrier after its timeout).
    met = threading.Barrier(2, timeout=10)
    starts: list[int] = []
    lock = threading.Lock()
    original = verify_module.age.decryptor

    def spy(src: Any, identities: Any) -> Any:
        if threading.current_thread().name == "fieldkit-photo-hash":
            with lock:
                starts.append(threading.get_ident())
                first_two = len(starts) <= 2
            if first_two:
                met.wait()
        return original(src, identities)

    monkeypatch.setattr(verify_module.age, "decryptor", spy)
    report = verify_bundle(path, trust_files=[tmp_path / "field.fkid"], vault=coord.vault)
    assert report.valid and report.content_inspected, report.errors
    assert report.counts["photos"] == 4
    assert len(starts) == 4 and len(set(starts)) == 2
    assert not _photo_threads()


def test_a_tampered_photo_is_still_refused_with_two_workers(
    bundle: tuple[Path, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, coord = bundle
    monkeypatch.setattr(verify_module.os, "cpu_count", lambda: 2)
    with zipfile.ZipFile(path) as zf:
        photos = [i for i in zf.infolist() if "/data/media/" in i.filename]
        photos.sort(key=lambda i: i.filename)
    target = photos[2]  # not one the first worker starts with
    with zipfile.ZipFile(path) as zf:
        offset = target.header_offset + 30 + len(target.filename.encode()) + len(target.extra)
    raw = bytearray(path.read_bytes())
    raw[offset + target.compress_size // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    report = verify_bundle(path, trust_files=[tmp_path / "field.fkid"], vault=coord.vault)
    # The bag's fixity says it first, as it did when the bag read the photo itself; the
    # worker that failed to decrypt it still hashed every stored byte for that check.
    assert report.errors == [
        f"{target.filename.split('/', 1)[1]} does not match its checksum in "
        "manifest-sha256.txt: it was changed or damaged."
    ]
    assert not _photo_threads()


def test_each_photo_is_read_once_for_its_fixity_and_its_content(
    bundle: tuple[Path, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bag's fixity takes the SHA-256 of a photo's stored bytes from the worker that
    reads them to decrypt, rather than reading and hashing them a second time."""
    path, coord = bundle
    opened: list[str] = []
    original = SafeZip.open

    def spy(self: SafeZip, name: str, *, check_crc: bool = True) -> Any:
        opened.append(name)
        return original(self, name, check_crc=check_crc)

    monkeypatch.setattr(SafeZip, "open", spy)
    report = verify_bundle(path, trust_files=[tmp_path / "field.fkid"], vault=coord.vault)
    assert report.valid and report.content_inspected, report.errors
    photos = [n for n in opened if "/data/media/" in n]
    assert len(photos) == 4 and len(set(photos)) == 4, photos
    # Without a key nothing decrypts them: the bag hashes them itself, once each.
    opened.clear()
    report = verify_bundle(path, trust_files=[tmp_path / "field.fkid"])
    assert report.valid and not report.content_inspected, report.errors
    assert len([n for n in opened if "/data/media/" in n]) == 4


def test_cancel_stops_every_photo_worker(
    bundle: tuple[Path, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, coord = bundle
    monkeypatch.setattr(verify_module.os, "cpu_count", lambda: 2)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5

    with pytest.raises(CancelledError):
        verify_bundle(path, trust_files=[tmp_path / "field.fkid"], vault=coord.vault, cancel=cancel)
    assert not _photo_threads()
