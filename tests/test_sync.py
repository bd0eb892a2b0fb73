"""Sync through folders and S3 buckets (SPEC §8): outbox, delivery, pick-up, receipts, quarantine.

Real vaults and real folders in tmp_path; the tests of sync semantics run against both kinds
of target (``any_world``: a folder, and a prefix in a bucket on a real SeaweedFS server,
``tests/s3server.py``), those about a folder's own hazards (pulled drive, lock, read-only
medium) against folders. Tests run as root here, where chmod 0o555 does not
stop writes: a read-only or full target is simulated by making the write fail with EROFS /
ENOSPC inside the atomic writers (fieldkit.fsutil's, and TargetDir's for every target write).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from conftest import FAST_KDF, PASSPHRASE, tree_snapshot
from s3server import S3Server, s3_server  # noqa: F401 - the session's S3 server fixture

from fieldkit import foreign_files, fsutil, sync
from fieldkit.bundles.safe_zip import SafeZip
from fieldkit.bundles.verify import verify_bundle
from fieldkit.crypto import age
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.sync import layout
from fieldkit.sync.lock import TargetLock
from fieldkit.vault import Vault

# --- helpers -----------------------------------------------------------------------------------


class Site:
    """A vault that syncs: a field laptop or the coordinator's."""

    def __init__(self, root: Path, name: str, role: str = "field") -> None:
        self.name = name
        self.path = root / name
        self.vault, _ = Vault.create(self.path, PASSPHRASE, name=name, role=role, kdf=FAST_KDF)
        self.identity = own.load(self.vault.db)
        self.fingerprint = self.identity.fingerprint
        self.card = parse_card(card_bytes(make_card(self.identity)))
        self.card_file = root / f"{name}.fkid"
        self.card_file.write_bytes(card_bytes(self.card))
        self.records = Records(self.vault)

    def trust(self, *others: Site) -> None:
        with self.vault.transaction() as db:
            for other in others:
                trust.add(db, other.card, name=other.name, role=other.card.role, verified=True)

    def target(self, path: Path | Place, *to: Site, name: str = "shared") -> None:
        if isinstance(path, Place):
            path.add(self, *to, name=name)
        else:
            sync.add_target(self.vault, name, path, [o.card for o in to])

    def sync(self, name: str = "shared", **kw: Any) -> sync.SyncReport:
        return sync.sync_target(self.vault, name, **kw)

    def titles(self) -> set[str]:
        return {v.fields.get("title", "") for v in self.records.list(F.OBJECT)}

    def reopen(self) -> None:
        self.vault = Vault.open(self.path, PASSPHRASE)
        self.records = Records(self.vault)

    def outbox_files(self) -> dict[str, str]:
        folder = self.path / "outbox"
        if not folder.is_dir():
            return {}
        return {p.name: sha256(p) for p in folder.iterdir() if p.is_file()}

    def deliveries(self) -> list[tuple[str, str]]:
        return [
            (str(r[0]), str(r[1]))
            for r in self.vault.db.execute("SELECT bundle_id, rel_path FROM sync_deliveries")
        ]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bundles_on(target: Path, site: Site | None = None) -> list[Path]:
    """Files under final bundle names (in one sender's folder, or anywhere)."""
    folders = [target / site.fingerprint] if site else [p for p in target.iterdir() if p.is_dir()]
    return sorted(
        p
        for folder in folders
        if folder.is_dir()
        for p in folder.iterdir()
        if layout.bundle_id_from_name(p.name)
    )


def temp_files(target: Path) -> list[Path]:
    return [p for p in target.rglob("*") if p.name.endswith(fsutil.TEMP_SUFFIX)]


def big_photo(seed: int = 0) -> PhotoInput:
    """A noisy JPEG of a few MiB: its bundle takes several chunks to copy."""
    from PIL import Image

    buf = io.BytesIO()
    Image.effect_noise((1600, 1200), 60 + seed).convert("RGB").save(buf, "JPEG", quality=98)
    assert buf.tell() > 1 << 20
    return PhotoInput(buf.getvalue())


class Place:
    """Where the sites meet: a folder, or a prefix in a bucket. Paths are rel (``a/b.fkb``)."""

    kind = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def add(self, site: Site, *to: Site, name: str = "shared") -> None:
        sync.add_target(site.vault, name, self.folder, [o.card for o in to])

    def files(self) -> dict[str, bytes]:
        return {
            p.relative_to(self.folder).as_posix(): p.read_bytes()
            for p in sorted(self.folder.rglob("*"))
            if p.is_file()
        }

    def write(self, rel: str, data: bytes) -> None:
        (self.folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (self.folder / rel).write_bytes(data)

    def bundles(self, site: Site | None = None) -> list[str]:
        """Files under final bundle names (in one sender's folder, or anywhere)."""
        return sorted(
            rel
            for rel in self.files()
            if layout.bundle_id_from_name(rel.rsplit("/", 1)[-1])
            and (site is None or rel.startswith(site.fingerprint + "/"))
        )

    def temp_files(self) -> list[str]:
        return [rel for rel in self.files() if rel.endswith(fsutil.TEMP_SUFFIX)]


class BucketPlace(Place):
    kind = "s3"

    def __init__(self, server: S3Server, bucket: str, prefix: str) -> None:
        self.server = server
        self.bucket = bucket
        self.prefix = prefix
        self.client: Any = server.client()

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"

    def add(self, site: Site, *to: Site, name: str = "shared") -> None:
        from fieldkit.sync import s3target
        from fieldkit.sync.s3client import S3Credentials

        creds = S3Credentials(self.server.access_key, self.server.secret_key)
        s3target.add_s3_target(
            site.vault, name, self.url, self.server.endpoint, creds, [o.card for o in to]
        )

    def files(self) -> dict[str, bytes]:
        return {
            key[len(self.prefix) :]: self.client.get_object(Bucket=self.bucket, Key=key)[
                "Body"
            ].read()
            for key in self.server.keys(self.bucket, self.prefix)
        }

    def write(self, rel: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.prefix + rel, Body=data)


@pytest.fixture(params=["folder", "s3"])
def place(request: pytest.FixtureRequest, tmp_path: Path) -> Place:
    if request.param == "folder":
        folder = tmp_path / "shared"
        folder.mkdir()
        return Place(folder)
    server: S3Server = request.getfixturevalue("s3_server")
    return BucketPlace(server, server.shared_bucket(), server.new_prefix())


@pytest.fixture
def any_world(tmp_path: Path, place: Place) -> Iterator[tuple[Site, Site, Site, Place]]:
    """As ``world``, meeting at a folder or in a bucket (each test runs with both)."""
    amal = Site(tmp_path, "amal")
    bohdan = Site(tmp_path, "bohdan")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    bohdan.trust(coord)
    coord.trust(amal, bohdan)
    amal.target(place)
    bohdan.target(place)
    coord.target(place, amal, bohdan)
    yield amal, bohdan, coord, place
    for site in (amal, bohdan, coord):
        site.vault.close()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def world(tmp_path: Path, shared: Path) -> Iterator[tuple[Site, Site, Site]]:
    """Two field vaults and a coordinator, all with the shared folder as target 'shared'."""
    amal = Site(tmp_path, "amal")
    bohdan = Site(tmp_path, "bohdan")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    bohdan.trust(coord)
    coord.trust(amal, bohdan)
    amal.target(shared)  # no --to: every verified coordinator
    bohdan.target(shared)
    coord.target(shared, amal, bohdan)
    yield amal, bohdan, coord
    for site in (amal, bohdan, coord):
        site.vault.close()


# --- the round trip ----------------------------------------------------------------------------


def test_round_trip_through_one_shared_folder(any_world) -> None:
    amal, bohdan, coord, shared = any_world
    world = (amal, bohdan, coord)
    a1 = amal.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    amal.records.create(F.OBJECT, {"inventory_number": "A-2", "title": "Bowl"})
    bohdan.records.create(F.OBJECT, {"inventory_number": "B-1", "title": "Icon"})

    # Round 1: each syncs in turn.
    ra = amal.sync()
    assert [e.revisions for e in ra.exported] == [2] and ra.delivered == [ra.exported[0].bundle_id]
    rb = bohdan.sync()
    assert [e.revisions for e in rb.exported] == [1]
    assert rb.imported == [] and rb.not_for_us == 1  # Amal's bundle is for the coordinator
    rc = coord.sync()
    assert sorted(r.new_revisions for r in rc.imported) == [1, 2]
    assert rc.receipts_written == 2
    assert [e.revisions for e in rc.exported] == [3]  # the consolidated bundle, to both
    assert coord.titles() == {"Jar", "Bowl", "Icon"}

    ra2 = amal.sync()
    assert ra2.receipts_read == 1 and ra2.acknowledged == [ra.exported[0].bundle_id]
    assert ra2.removed == 1 and shared.bundles(amal) == []  # acknowledged: cleaned up
    assert [r.bundle_id for r in ra2.imported] == [rc.exported[0].bundle_id]
    assert ra2.exported == []  # nothing new for the coordinator: no bundle at all
    rb2 = bohdan.sync()
    assert rb2.removed == 1 and [r.new_revisions for r in rb2.imported] == [2]
    assert amal.titles() == bohdan.titles() == {"Jar", "Bowl", "Icon"}
    rc2 = coord.sync()
    assert rc2.acknowledged == [rc.exported[0].bundle_id] and rc2.removed == 1
    assert rc2.exported == [] and rc2.imported == []
    assert shared.bundles() == []  # every delivered bundle was acknowledged and removed
    for site in world:
        assert site.outbox_files() == {}, site.name  # acknowledged: the outbox is empty too

    # Round 2 moves only the new revision.
    amal.records.edit(a1.record_id, {"title": "Jar with lid"})
    ra3 = amal.sync()
    assert [e.revisions for e in ra3.exported] == [1]
    rc3 = coord.sync()
    assert [(r.new_revisions, r.duplicates) for r in rc3.imported] == [(1, 0)]
    assert [e.revisions for e in rc3.exported] == [1]  # only the edit, for Bohdan
    rb3 = bohdan.sync()
    assert [r.new_revisions for r in rb3.imported] == [1]
    assert "Jar with lid" in bohdan.titles()
    amal.sync()
    coord.sync()
    assert shared.bundles() == []
    # Nothing changed: nobody writes anything.
    for site in world:
        report = site.sync()
        assert report.exported == [] and report.delivered == [] and report.imported == []
    statuses = {s.name: s for s in sync.target_status(coord.vault)}
    assert statuses["shared"].reachable and statuses["shared"].waiting == 0
    assert statuses["shared"].last_push and statuses["shared"].last_pull


def test_photos_travel_through_the_folder(any_world) -> None:
    amal, _, coord, _ = any_world
    obj = amal.records.create(F.OBJECT, {"title": "With photo"}, [big_photo()])
    amal.sync()
    report = coord.sync()
    assert [r.new_photos for r in report.imported] == [1]
    sha = coord.records.get(obj.record_id).media[0]["sha256"]
    assert coord.vault.db.execute("SELECT 1 FROM media_files WHERE sha256 = ?", (sha,)).fetchone()


# --- interrupted copies ------------------------------------------------------------------------


def test_target_removed_mid_copy_leaves_nothing_half_done(world, shared: Path, tmp_path) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Heavy"}, [big_photo()])
    pulled = tmp_path / "stick-as-it-was"

    def pull_the_stick(p: sync.SyncProgress) -> None:
        if p.stage == "deliver" and p.done and not pulled.exists():
            shutil.copytree(shared, pulled)  # what the drive holds when it is pulled out
            shutil.rmtree(shared)

    report = amal.sync(progress=pull_the_stick)
    assert pulled.exists(), "the copy was never in progress"
    assert report.delivered == []
    assert len(report.errors) == 1 and "disappeared" in report.errors[0]
    assert "1 bundle(s) wait in the outbox" in report.errors[0]
    assert report.exit_code == 1
    assert amal.deliveries() == []
    ((name, digest),) = amal.outbox_files().items()
    with pytest.raises(sync.TargetUnreachableError):
        amal.sync()
    shutil.copytree(pulled, shared)  # plugged in again
    assert bundles_on(shared, amal) == []  # no file under a final bundle name
    assert temp_files(shared)  # only the interrupted copy, under its temporary name
    again = amal.sync()
    assert len(again.delivered) == 1 and again.exported == [] and again.errors == []
    (final,) = bundles_on(shared, amal)
    assert final.name == name and sha256(final) == digest
    assert temp_files(shared) == []
    assert verify_bundle(final).valid


def test_process_killed_mid_copy_leaves_nothing_half_done(world, shared: Path, tmp_path) -> None:
    amal, _, coord = world
    amal.records.create(F.OBJECT, {"title": "Heavy"}, [big_photo()])
    amal.vault.close()
    marker = tmp_path / "copying"
    child = f"""
import time
from pathlib import Path
from fieldkit import sync
from fieldkit.vault import Vault

vault = Vault.open(Path({str(amal.path)!r}), {PASSPHRASE!r})
marker = Path({str(marker)!r})

def progress(p):
    if p.stage == "deliver" and p.done and not marker.exists():
        marker.write_text("copying")
        time.sleep(300)

sync.sync_target(vault, "shared", progress)
"""
    proc = subprocess.Popen([sys.executable, "-c", child], stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the child ended before copying"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert bundles_on(shared, amal) == []
    assert temp_files(shared), "the copy was not in progress"
    amal.reopen()
    assert amal.deliveries() == []
    assert len(amal.outbox_files()) == 1
    # Another vault syncing meanwhile sees no bundle and takes nothing half-written.
    assert coord.sync().imported == []
    again = amal.sync()
    assert len(again.delivered) == 1 and again.errors == []
    assert temp_files(shared) == [] and len(bundles_on(shared, amal)) == 1
    assert [r.new_photos for r in coord.sync().imported] == [1]


def test_cancel_mid_copy_keeps_nothing_on_the_target(world, shared: Path) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Heavy"}, [big_photo()])
    asked: list[str] = []

    def progress(p: sync.SyncProgress) -> None:
        if p.stage == "deliver" and p.done:
            asked.append(p.stage)

    from fieldkit.errors import CancelledError

    with pytest.raises(CancelledError):
        amal.sync(progress=progress, cancel=lambda: bool(asked))
    assert bundles_on(shared, amal) == [] and temp_files(shared) == []
    assert amal.deliveries() == [] and len(amal.outbox_files()) == 1
    assert len(amal.sync().delivered) == 1


# --- quarantine --------------------------------------------------------------------------------


def _flip_byte_in(path: Path, member_suffix: str) -> bytes:
    data = bytearray(path.read_bytes())
    with SafeZip(path) as zf:
        member = next(m for n, m in zf.members.items() if n.endswith(member_suffix))
    data[member.data_offset + member.size // 2] ^= 0x01
    return bytes(data)


def test_invalid_and_unknown_signer_bundles_are_quarantined(any_world, tmp_path) -> None:
    amal, bohdan, coord, shared = any_world
    stranger = Site(tmp_path, "stranger")  # has the coordinator's card; nobody trusts them
    try:
        stranger.target(shared, coord)
        amal.records.create(F.OBJECT, {"title": "Jar"})
        bohdan.records.create(F.OBJECT, {"title": "Icon"})
        stranger.records.create(F.OBJECT, {"title": "Planted"})
        amal.sync()
        bohdan.sync()
        stranger.sync()
        (good,) = shared.bundles(amal)
        good_copy = tmp_path / "good.fkb"
        good_copy.write_bytes(shared.files()[good])
        tampered = f"{amal.fingerprint}/" + layout.bundle_file_name(
            "9d9c1f9e-0000-4000-8000-000000000000", "deadbeef", 7, str(uuid.uuid4())
        )
        shared.write(tampered, _flip_byte_in(good_copy, "data/records.ndjson.age"))
        garbage = "found-on-the-stick.fkb"
        shared.write(garbage, b"PK\x03\x04 this is not really a bundle")
        before = shared.files()

        report = coord.sync()
        assert coord.titles() == {"Jar", "Icon"}  # the valid ones beside still import
        reasons = {e.file: e for e in report.quarantined}
        (planted,) = shared.bundles(stranger)
        assert set(reasons) == {tampered, garbage, planted}
        stranger_entry = reasons[planted]
        assert stranger_entry.untrusted and "untrusted or unknown key" in stranger_entry.reason
        assert stranger_entry.sender == stranger.fingerprint
        bad = reasons[tampered]
        assert not bad.untrusted and "records.ndjson" in bad.reason
        assert not reasons[garbage].untrusted and reasons[garbage].reason
        assert report.exit_code == 1
        # The files stay where they were, unchanged; encrypted copies are kept with the reasons.
        after = shared.files()
        for rel in reasons:
            assert after[rel] == before[rel]
        for entry in sync.quarantine(coord.vault):
            assert entry.copy is not None and entry.copy.is_file()
            raw = entry.copy.read_bytes()
            assert raw.startswith(b"age-encryption.org/v1")
            original = age.decrypt_bytes(raw, [coord.identity.transport_key])
            assert hashlib.sha256(original).hexdigest() == entry.file_sha256
        # Reported once, not at every sync.
        assert coord.sync().quarantined == []
        assert len(sync.quarantine(coord.vault)) == 3
        status = {s.name: s for s in sync.target_status(coord.vault)}["shared"]
        assert status.quarantined == 3
        # Once the coordinator trusts the stranger's card, their bundle imports.
        coord.trust(stranger)
        later = coord.sync()
        assert [r.sender for r in later.imported] == [stranger.fingerprint]
        assert "Planted" in coord.titles()
        assert len(sync.quarantine(coord.vault)) == 2
    finally:
        stranger.vault.close()


# --- read-only and full targets ----------------------------------------------------------------


class _FailingWriter:
    def __init__(self, fh: BinaryIO, code: int, after: int) -> None:
        self._fh = fh
        self._code = code
        self._left = after

    def write(self, data: bytes) -> int:
        if self._left <= 0:
            raise OSError(self._code, os.strerror(self._code))
        self._left -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)


def _fail_writes_under(monkeypatch, folder: Path, code: int, after: int = 0) -> None:
    """Writes below ``folder`` through fsutil fail with ``code`` after ``after`` bytes."""
    real = fsutil.atomic_writer

    @contextlib.contextmanager
    def atomic_writer(target: Path, mode: int = fsutil.PRIVATE_FILE_MODE) -> Iterator[Any]:
        with real(target, mode) as fh:
            if folder in Path(target).parents:
                yield _FailingWriter(fh, code, after)
            else:
                yield fh

    monkeypatch.setattr(fsutil, "atomic_writer", atomic_writer)
    # Sync writes on a target through the folder it holds open (foreign_files.TargetDir).
    real_in = foreign_files.TargetDir.atomic_writer

    @contextlib.contextmanager
    def atomic_writer_in(self: foreign_files.TargetDir, name: str, mode: int) -> Iterator[Any]:
        with real_in(self, name, mode) as fh:
            if folder in (self.path / name).parents:
                yield _FailingWriter(fh, code, after)
            else:
                yield fh

    monkeypatch.setattr(foreign_files.TargetDir, "atomic_writer", atomic_writer_in)


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EROFS, "is read-only"), (errno.ENOSPC, "is full")],
)
def test_read_only_or_full_target_says_so_and_keeps_the_outbox(
    world, shared: Path, monkeypatch, code: int, words: str
) -> None:
    from conftest import run_cli

    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Heavy"}, [big_photo()])
    amal.vault.close()
    _fail_writes_under(monkeypatch, shared, code, after=1 << 20)  # fails mid-copy
    result = run_cli(
        ["--vault", str(amal.path), "sync", "shared"], env={"FIELDKIT_PASSPHRASE": PASSPHRASE}
    )
    assert result.code == 1
    assert f"The sync target 'shared' {words}" in result.err
    assert "1 bundle(s) wait in the outbox" in result.err
    assert "Traceback" not in result.err
    amal.reopen()
    assert amal.deliveries() == []
    ((name, digest),) = amal.outbox_files().items()
    row = amal.vault.db.execute(
        "SELECT file_sha256, acknowledged_at FROM sync_outbox WHERE file_name = ?", (name,)
    ).fetchone()
    assert tuple(row) == (digest, None)
    assert bundles_on(shared, amal) == [] and temp_files(shared) == []
    status = {s.name: s for s in sync.target_status(amal.vault)}["shared"]
    assert status.waiting == 1 and words in (status.last_error or "")
    # Writable again: the same bundle goes out.
    monkeypatch.undo()
    report = amal.sync()
    assert report.delivered and report.exported == []
    assert [p.name for p in bundles_on(shared, amal)] == [name]


def test_read_only_target_still_imports_what_is_there(world, shared: Path, monkeypatch) -> None:
    amal, _, coord = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    amal.sync()
    _fail_writes_under(monkeypatch, shared, errno.EROFS)
    report = coord.sync()
    assert [r.new_revisions for r in report.imported] == [1]
    assert report.receipts_written == 0 and report.errors
    monkeypatch.undo()
    assert coord.sync().receipts_written == 1  # the receipt follows once it can be written


# --- the lock ----------------------------------------------------------------------------------


def test_a_held_lock_keeps_a_second_sync_off_the_target(world, shared: Path) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    with TargetLock(shared, "shared"):
        before = tree_snapshot(shared)
        with pytest.raises(sync.TargetBusyError, match="Another sync is using"):
            amal.sync(lock_timeout=0.2)
        assert tree_snapshot(shared) == before
        outcome: list[object] = []
        waiter = threading.Thread(target=lambda: outcome.append(amal.sync(lock_timeout=30)))
        waiter.start()
        time.sleep(0.5)
        assert waiter.is_alive() and tree_snapshot(shared) == before
    waiter.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], sync.SyncReport)
    assert len(outcome[0].delivered) == 1


def _sync_when(site: Site, start: threading.Barrier, errors: list[BaseException]) -> None:
    try:
        start.wait()
        site.sync(lock_timeout=60)
    except BaseException as exc:
        errors.append(exc)


def test_syncs_at_once_do_not_corrupt_the_target(world, shared: Path, monkeypatch) -> None:
    from fieldkit.sync import engine

    inside = 0
    most = 0
    count = threading.Lock()
    real_pick_up = engine.inbox.pick_up

    def slow_pick_up(*args: Any, **kw: Any) -> Any:
        nonlocal inside, most
        with count:
            inside += 1
            most = max(most, inside)
        try:
            time.sleep(0.05)  # widen the window two unlocked syncs would overlap in
            return real_pick_up(*args, **kw)
        finally:
            with count:
                inside -= 1

    monkeypatch.setattr(engine.inbox, "pick_up", slow_pick_up)
    sites = list(world)
    errors: list[BaseException] = []
    for round_ in range(3):
        for site in sites:
            site.records.create(F.OBJECT, {"title": f"{site.name} {round_}"})
        start = threading.Barrier(len(sites))
        threads = [threading.Thread(target=_sync_when, args=(s, start, errors)) for s in sites]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors, errors
        assert temp_files(shared) == []
        for bundle in bundles_on(shared):
            assert verify_bundle(bundle).valid, bundle
    assert most == 1  # never two syncs inside the target at once
    for _ in range(3):  # then in turn, until everything has travelled
        for site in sites:
            site.sync()
    expected = {f"{s.name} {r}" for s in sites for r in range(3)}
    for site in sites:
        assert site.titles() == expected, site.name
    assert bundles_on(shared) == []


# --- foreign files and unreachable targets -----------------------------------------------------


def test_nothing_fieldkit_did_not_write_is_touched(any_world) -> None:
    amal, bohdan, coord, shared = any_world
    foreign = {
        "README.txt": b"Stick of the Kharkiv team. Do not format.\n",
        "photos/IMG_0001.jpg": os.urandom(5000),
        "receipts/notes.txt": b"someone's notes\n",
        f"{amal.fingerprint}/copied-by-hand.txt": b"left here by a person\n",
    }
    for rel, data in foreign.items():
        shared.write(rel, data)
    before = {rel: shared.files()[rel] for rel in foreign}
    mtimes = (
        {rel: os.stat(shared.folder / rel).st_mtime_ns for rel in foreign}
        if shared.kind == "folder"
        else {}
    )
    amal.records.create(F.OBJECT, {"title": "Jar"})
    bohdan.records.create(F.OBJECT, {"title": "Icon"})
    for _ in range(2):
        for site in (amal, bohdan, coord):
            site.sync()
    assert shared.bundles() == []  # FieldKit cleaned up its own files ...
    after = shared.files()
    assert {rel: after.get(rel) for rel in foreign} == before  # ... and nobody else's
    if shared.kind == "folder":
        assert {rel: os.stat(shared.folder / rel).st_mtime_ns for rel in foreign} == mtimes


def test_unreachable_target_is_reported_and_nothing_is_created(world, shared, tmp_path) -> None:
    amal, _, _ = world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    shutil.rmtree(shared)
    with pytest.raises(sync.TargetUnreachableError, match="not reachable"):
        amal.sync()
    assert not shared.exists()  # FieldKit never creates a missing drive's folder
    (report,) = sync.sync_all(amal.vault)
    assert report.skipped and "not reachable" in report.skipped
    shared.mkdir()  # an empty mount point: the drive is not mounted
    with pytest.raises(sync.TargetUnreachableError, match="is the drive mounted"):
        amal.sync()
    assert list(shared.iterdir()) == []
    (status,) = sync.target_status(amal.vault)
    assert not status.reachable and status.problem
    with pytest.raises(sync.TargetUnreachableError):
        sync.add_target(amal.vault, "usb", tmp_path / "no-such-drive", [])


# --- the outbox after a crash ------------------------------------------------------------------


def test_a_committed_export_is_adopted_after_a_crash(any_world, monkeypatch) -> None:
    from fieldkit.sync import outbox

    amal, _, coord, _ = any_world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    real_export = outbox.export_bundles

    def export_then_crash(*args: Any, **kw: Any) -> Any:
        real_export(*args, **kw)
        raise KeyboardInterrupt  # the process dies before the outbox records the bundle

    monkeypatch.setattr(outbox, "export_bundles", export_then_crash)
    with pytest.raises(KeyboardInterrupt):
        amal.sync()
    monkeypatch.undo()
    assert amal.vault.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    report = amal.sync()
    assert report.exported == []  # the revisions were in the committed bundle ...
    assert len(report.delivered) == 1  # ... which was adopted and delivered
    assert [r.new_revisions for r in coord.sync().imported] == [1]


def test_a_bundle_deleted_from_the_outbox_is_sent_again(any_world) -> None:
    from fieldkit.sync import outbox, targets

    amal, _, coord, _ = any_world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    target = sync.get_target(amal.vault, "shared")
    (made,) = outbox.export_for(amal.vault, targets.recipients_of(amal.vault, target))
    made.path.unlink()  # someone tidied the vault folder by hand
    report = amal.sync()
    assert report.delivered == []
    assert any("disappeared from the outbox" in w for w in report.warnings)
    final = amal.sync()
    assert [e.revisions for e in final.exported] == [1] and len(final.delivered) == 1
    assert [r.new_revisions for r in coord.sync().imported] == [1]


# --- schema ------------------------------------------------------------------------------------


def test_sync_tables_arrive_on_a_version_6_vault_with_data(make_vault, vault_path: Path) -> None:
    from fieldkit.vault.database import open_database
    from fieldkit.vault.schema import LATEST

    vault, _ = make_vault(name="Old vault")
    Records(vault).create(F.OBJECT, {"title": "Kept"})
    key = vault._data_key
    vault.close()
    conn = open_database(vault_path / "vault.db", key)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sync%'"
        )
    ]
    assert len(tables) == 10  # v7 sync, v11 S3 targets
    for table in tables:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.info().schema_version == LATEST
        assert {r.fields["title"] for r in Records(v).list(F.OBJECT)} == {"Kept"}
        assert sync.list_targets(v) == [] and sync.quarantine(v) == []


def test_a_damaged_outbox_copy_is_never_spread(any_world) -> None:
    from fieldkit.sync import outbox, targets

    amal, _, coord, shared = any_world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    target = sync.get_target(amal.vault, "shared")
    (made,) = outbox.export_for(amal.vault, targets.recipients_of(amal.vault, target))
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0x01  # a bad sector on the laptop's disk
    made.path.write_bytes(bytes(data))
    report = amal.sync()
    assert report.delivered == [] and shared.bundles(amal) == []
    assert shared.temp_files() == []
    assert any("damaged in the outbox" in w for w in report.warnings)
    again = amal.sync()
    assert [e.revisions for e in again.exported] == [1] and len(again.delivered) == 1
    assert [r.new_revisions for r in coord.sync().imported] == [1]
