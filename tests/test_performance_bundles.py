"""Export and verify on two cores, with memory bounded (SPEC §13; issue 22).

No timings here (they belong to benchmarks/): these tests pin the structure that makes the
speed possible -- the stored photos decrypted on a helper thread while the export's thread
encrypts, the file written and hashed on two more, a recipient's verify hashing the photos
while the bag is validated -- and that errors, cancelling and memory stay as they were.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import threading
import tracemalloc
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from peers import Peer
from PIL import Image

from fieldkit.bundles import verify as verify_module
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.verify import verify_bundle
from fieldkit.bundles.zip_writer import BundleZipWriter, StreamingOutput
from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.tasks import Progress


def _noisy_jpeg(seed: int, size: tuple[int, int]) -> bytes:
    """A JPEG that does not compress (noise), so its stored size is about its pixel count."""
    rng = random.Random(seed)  # noqa: S311 - test pixels, not secrets
    img = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=95)
    return buf.getvalue()


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Peer, Peer]:
    field = Peer(tmp_path, "field")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field.trust(coord)
    coord.trust(field)
    return field, coord


def _with_photos(peer: Peer, count: int, size: tuple[int, int] = (640, 480)) -> int:
    """``count`` objects with one photo each; returns the stored photo bytes."""
    total = 0
    for i in range(count):
        data = _noisy_jpeg(i, size)
        total += len(data)
        peer.records.create(
            F.OBJECT,
            {"inventory_number": f"P-{i}", "title": f"Object {i}"},
            photos=[PhotoInput(data)],
        )
    return total


def _export(field: Peer, coord: Peer, out: Path, **kw: Any) -> Path:
    result = export_bundles(
        field.vault,
        out,
        ExportOptions(recipients=[Recipient.from_card(coord.card)], mode="full"),
        **kw,
    )
    return result.bundles[0].path


def _helper_threads() -> set[str]:
    return {
        t.name
        for t in threading.enumerate()
        if t.name.startswith(("fieldkit-photo", "fieldkit-zip"))
    }


def test_export_decrypts_the_stored_photos_on_a_helper_thread(pair, tmp_path: Path) -> None:
    field, coord = pair
    _with_photos(field, 3)
    media = field.vault.media
    opened_on: list[str] = []
    original = media.open

    def spy(name: str) -> Any:
        opened_on.append(threading.current_thread().name)
        return original(name)

    media.open = spy  # type: ignore[method-assign]
    bundle = _export(field, coord, tmp_path / "b.fkb")
    assert opened_on == ["fieldkit-photo-read"] * 3
    report = verify_bundle(bundle, trust_files=[tmp_path / "field.fkid"], vault=coord.vault)
    assert report.valid and report.content_inspected, report.errors
    assert report.counts["photos"] == 3
    assert not _helper_threads()


def test_streaming_output_writes_on_a_helper_thread_in_order() -> None:
    written_on: set[str] = set()

    class Sink(io.BytesIO):
        def write(self, data: Any) -> int:
            written_on.add(threading.current_thread().name)
            return super().write(data)

    sink = Sink()
    out = StreamingOutput(sink)
    pieces = [bytes([i % 251]) * (1 + i * 997 % 70_000) for i in range(300)]
    try:
        for piece in pieces:
            out.write(bytearray(piece))  # mutable: must be copied before it is queued
        digest = out.hexdigest()
        out.flush()
    finally:
        out.close()
    expected = b"".join(pieces)
    assert sink.getvalue() == expected
    assert digest == hashlib.sha256(expected).hexdigest()
    assert out.tell() == len(expected)
    assert written_on == {"fieldkit-zip-write"}


class _Spy:
    """A hashlib object that notes the threads it is updated on."""

    def __init__(self, real: Any, seen: set[str]) -> None:
        self._real, self._seen = real, seen

    def update(self, data: Any) -> None:
        self._seen.add(threading.current_thread().name)
        self._real.update(data)

    def hexdigest(self) -> str:
        return str(self._real.hexdigest())


def test_the_file_and_member_digests_are_computed_on_two_threads() -> None:
    """Each SHA-256 pass on a thread of its own: the file's on the writing thread, the
    members' (the BagIt manifest) on the next. Both on one thread made it the bottleneck."""
    file_on: set[str] = set()
    member_on: set[str] = set()
    sink = io.BytesIO()
    out = StreamingOutput(sink)
    out.sha256 = _Spy(out.sha256, file_on)  # type: ignore[assignment]
    data = random.Random(7).randbytes(3 << 20)  # noqa: S311 - test bytes, not secrets
    try:
        zw = BundleZipWriter(out)  # type: ignore[arg-type]
        with zw.member("bag/data/photo", len(data)) as member:
            member.sha256 = _Spy(member.sha256, member_on)  # type: ignore[assignment]
            member._hashers = (member.sha256,)
            member.write(data)
        member_digest = member.hexdigest()
        zw.close()
        file_digest = out.hexdigest()
    finally:
        out.close()
    assert file_digest == hashlib.sha256(sink.getvalue()).hexdigest()
    assert member_digest == hashlib.sha256(data).hexdigest()
    assert file_on == {"fieldkit-zip-write"}
    assert member_on == {"fieldkit-zip-hash"}
    with zipfile.ZipFile(sink) as zf:
        assert zf.read("bag/data/photo") == data  # the CRC-32 checks out


def test_bundle_zips_take_their_crc32_from_isa_l_with_zlibs_values() -> None:
    """zlib's CRC-32 was a fifth of the encrypting thread's work; ISA-L's is the same sum.
    isal is a test dependency (CI has it): skipped only where it is not installed."""
    try:
        from isal import isal_zlib
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("isal is not installed")
        pytest.skip("isal is not installed")

    assert zipfile.crc32 is isal_zlib.crc32
    rng = random.Random(3)  # noqa: S311 - test bytes, not secrets
    for size in (0, 1, 15, 4096, 65537, 1 << 20):
        data = rng.randbytes(size)
        for start in (0, 1, 0xFFFFFFFF, rng.getrandbits(32)):
            assert zipfile.crc32(data, start) == zlib.crc32(data, start)
            assert zipfile.crc32(memoryview(data), start) == zlib.crc32(data, start)


def test_export_progress_moves_with_the_bytes_of_each_photo(pair, tmp_path: Path) -> None:
    """A 40 MB photo moved the bar once, at its end; now every MiB written moves it."""
    field, coord = pair
    stored = _with_photos(field, 1, size=(1600, 1200))  # a few MiB: several pieces
    steps: list[Progress] = []
    _export(field, coord, tmp_path / "b.fkb", progress=steps.append)
    dones = [p.done for p in steps]
    assert {p.phase for p in steps} == {"write"}
    assert dones == sorted(dones)
    assert steps[-1].done == steps[-1].total
    inside = [d for d in dones if 0 < d < stored]  # the photo is written first
    assert len(inside) >= stored // (1 << 20), (stored, dones)


def test_a_write_error_on_the_writing_thread_reaches_the_exporter() -> None:
    class Full(io.BytesIO):
        def write(self, data: Any) -> int:
            if self.tell() > 5 << 20:
                raise OSError(28, "No space left on device")
            return super().write(data)

    out = StreamingOutput(Full())
    with pytest.raises(OSError, match="No space"):
        try:
            for _ in range(64):
                out.write(bytes(1 << 20))
            out.flush()
        finally:
            out.close()
    assert not _helper_threads()


def test_a_damaged_stored_photo_fails_the_export_and_leaves_nothing(pair, tmp_path: Path) -> None:
    field, coord = pair
    _with_photos(field, 3)
    (name,) = field.vault.db.execute(
        "SELECT name FROM media_files ORDER BY name LIMIT 1"
    ).fetchone()
    path = field.vault.media.path_of(name)
    data = bytearray(path.read_bytes())
    data[-100] ^= 1  # in the last chunk of its ciphertext
    path.write_bytes(bytes(data))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(FieldKitError):
        _export(field, coord, out / "b.fkb")
    assert list(out.iterdir()) == []
    assert not _helper_threads()


def test_cancel_during_a_photo_stops_every_helper_and_leaves_nothing(pair, tmp_path: Path) -> None:
    field, coord = pair
    _with_photos(field, 2, size=(1600, 1200))  # several chunks per photo
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3  # inside the first photo

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CancelledError):
        _export(field, coord, out / "b.fkb", cancel=cancel)
    assert list(out.iterdir()) == []
    assert not _helper_threads()


def test_export_memory_stays_bounded_with_photos_much_larger_than_its_buffers(
    pair, tmp_path: Path
) -> None:
    field, coord = pair
    stored = _with_photos(field, 8, size=(1800, 1400))  # about 3 MB each
    assert stored > 20 << 20
    tracemalloc.start()
    try:
        bundle = _export(field, coord, tmp_path / "big.fkb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The pools (photo reader, zip writer) are a few MiB; a photo held whole would show.
    assert peak < 16 << 20, f"peak {peak / 2**20:.1f} MiB"
    assert bundle.stat().st_size > stored


def test_recipients_verify_hashes_the_photos_while_the_bag_is_validated(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    _with_photos(field, 3)
    bundle = _export(field, coord, tmp_path / "b.fkb")
    threads: list[str] = []
    original = verify_module.age.decryptor

    def spy(src: Any, identities: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(src, identities)

    monkeypatch.setattr(verify_module.age, "decryptor", spy)
    report = verify_bundle(bundle, trust_files=[tmp_path / "field.fkid"], vault=coord.vault)
    assert report.valid and report.content_inspected, report.errors
    assert threads.count("fieldkit-photo-hash") == 3
    assert not _helper_threads()


def test_recipients_verify_still_names_a_photo_whose_plaintext_does_not_match(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    _with_photos(field, 2)
    bundle = _export(field, coord, tmp_path / "b.fkb")
    # The sender's inner.json says another hash than the photo has: as if a photo had been
    # swapped before signing. Simulated by spoiling the hash the helper computes.
    original = verify_module._PhotoDigests._digest

    def wrong(self: Any, name: str, buffer: bytearray) -> str:
        return "0" * 64 if name == sorted(self._done)[0] else original(self, name, buffer)

    monkeypatch.setattr(verify_module._PhotoDigests, "_digest", wrong)
    report = verify_bundle(bundle, trust_files=[tmp_path / "field.fkid"], vault=coord.vault)
    assert not report.valid
    assert any("does not match its hash" in e for e in report.errors)


def test_verify_with_the_wrong_vault_still_says_it_is_not_a_recipient(pair, tmp_path: Path) -> None:
    field, coord = pair
    _with_photos(field, 2)
    other = Peer(tmp_path, "other")
    bundle = _export(field, coord, tmp_path / "b.fkb")
    report = verify_bundle(bundle, trust_files=[tmp_path / "field.fkid"], vault=other.vault)
    assert report.valid
    assert not report.content_inspected
    assert any("not one of the bundle's recipients" in w for w in report.warnings)
    assert not _helper_threads()


def test_an_export_of_everything_holds_little_per_revision(pair) -> None:
    """At a million revisions, what the export holds per revision decides its peak memory."""
    from fieldkit.bundles.selection import select_items

    field, _coord = pair
    n = 3000
    field.records.create_many(
        F.OBJECT,
        [{"inventory_number": f"M-{i:05d}", "title": f"Object {i}"} for i in range(n)],
    )
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        items, _authors = select_items(field.vault.db, "stream", "full", False)
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(items) == n
    per_item = (after - before) / n
    # A slotted item, its rev_id and the shared empty photo tuple: about 200 bytes.
    assert per_item < 260, f"{per_item:.0f} bytes per revision"  # 351 with a dict and a list


def test_an_export_holds_sqlites_page_cache_small_and_gives_it_back(pair) -> None:
    """At a million revisions the vault's usual 128 MiB cache would fill with pages read once."""
    from fieldkit.bundles import export as export_module
    from fieldkit.bundles import writer

    field, coord = pair
    field.records.create_many(F.OBJECT, [{"inventory_number": f"K-{i}"} for i in range(50)])
    db = field.vault.db
    usual = db.execute("PRAGMA cache_size").fetchone()[0]
    seen: list[int] = []
    real = writer.item_lines

    def lines(*args: Any) -> Any:
        seen.append(db.execute("PRAGMA cache_size").fetchone()[0])
        return real(*args)

    writer.item_lines = lines  # type: ignore[assignment]
    try:
        assert field.send(coord) is not None
    finally:
        writer.item_lines = real
    assert seen == [-export_module.EXPORT_CACHE_KIB]
    assert -export_module.EXPORT_CACHE_KIB > usual  # smaller than the vault's usual cache
    assert db.execute("PRAGMA cache_size").fetchone()[0] == usual
    # Given back after a failed export too.
    with pytest.raises(FieldKitError):
        export_bundles(
            field.vault,
            field.root / "missing" / "folder" / "b.fkb",
            ExportOptions(recipients=[Recipient.from_card(coord.card)]),
        )
    assert db.execute("PRAGMA cache_size").fetchone()[0] == usual


def test_what_a_bundle_carried_is_recorded_without_a_list_per_revision(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sent_revisions gets a generator: a million revisions are not queued as a million tuples
    (with the export's own items, that list pushed an export of everything past 500 MB)."""
    field, coord = pair
    field.records.create_many(F.OBJECT, [{"inventory_number": f"G-{i}"} for i in range(40)])
    vault = field.vault
    real = type(vault).transaction
    given: list[type] = []

    class Recording:
        def __init__(self, db: Any) -> None:
            self._db = db

        def __getattr__(self, name: str) -> Any:
            return getattr(self._db, name)

        def executemany(self, sql: str, rows: Any) -> Any:
            if "sent_revisions" in sql:
                given.append(type(rows))
            return self._db.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self: Any) -> Any:
        with real(self) as db:
            yield Recording(db)

    monkeypatch.setattr(type(vault), "transaction", transaction)
    assert field.send(coord) is not None
    monkeypatch.undo()
    assert given and not any(issubclass(t, list | tuple) for t in given), given
    sent = vault.db.execute("SELECT count(*) FROM sent_revisions").fetchone()[0]
    assert sent == 40
