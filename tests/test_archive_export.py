"""`archive export` streams the archive into the bundle (SPEC §15): revisions from PostgreSQL,
photos from S3, nothing copied into the worker's vault; and, like a laptop's export, whatever
stops it leaves no file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import Programme, drain, laptop_view, make_programme, open_archive

from fieldkit.archive import jobs
from fieldkit.archive.export import export_archive
from fieldkit.archive.storage import ArchiveStorageError
from fieldkit.bundles.recipients import resolve_recipients
from fieldkit.errors import CancelledError
from fieldkit.records import fields as F


def _merged(p: Programme, pg: PgServer, s3: S3Server) -> jobs.Archive:
    archive = open_archive(pg, s3, f"arch-{os.urandom(5).hex()}", p.archive.vault)
    with archive.connect() as conn:
        for bundle in p.bundles:
            jobs.ingest_file(archive, conn, bundle)
    drain(archive)
    for bundle in p.bundles:
        assert p.laptop.receive(bundle).refused is None
    return archive


def _media(vault_path: Path) -> list[tuple[str, int]]:
    return sorted(
        (str(f.relative_to(vault_path)), f.stat().st_size)
        for f in vault_path.rglob("*")
        if f.is_file() and "media" in f.relative_to(vault_path).parts
    )


def test_archive_export_copies_nothing_into_the_workers_vault_and_a_laptop_verifies_it(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    p = make_programme(tmp_path / "people")
    archive = _merged(p, pg_server, s3_server)
    vault = p.archive.vault
    media_before = _media(p.archive.path)
    rows_before = [
        vault.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
        for t in ("revisions", "media_files", "authors")
    ]
    fresh = Peer(tmp_path / "people", "fresh", role="coordinator")
    fresh.trust(p.archive)
    to = resolve_recipients(vault, [str(tmp_path / "people" / "fresh.fkid")], False)
    out = tmp_path / "out" / "consolidated.fkb"
    out.parent.mkdir()
    with archive.connect() as conn:
        result = export_archive(conn, archive.storage, vault, out, to)

    # The worker's vault holds no more photos, revisions or cards than before: at programme
    # scale, terabytes of photos are not copied onto the host to be exported.
    assert _media(p.archive.path) == media_before
    assert [
        vault.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
        for t in ("revisions", "media_files", "authors")
    ] == rows_before
    assert [b.path for b in result.bundles] == [out]
    assert result.bundles[0].photos == 2

    imported = fresh.receive(out)
    assert imported.refused is None, imported.refused
    assert laptop_view(fresh) == laptop_view(p.laptop)
    assert fresh.vault.db.execute("SELECT count(*) FROM media_files").fetchone() == (2,)
    for record_id in laptop_view(p.laptop):
        for entry in fresh.records.history(record_id):
            assert entry.signature_ok is True
    for peer in [*p.field, p.laptop, fresh, p.archive]:
        peer.vault.close()


def test_a_split_archive_export_imports_part_by_part_with_every_photo(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    p = make_programme(tmp_path / "people")
    archive = _merged(p, pg_server, s3_server)
    fresh = Peer(tmp_path / "people", "fresh", role="coordinator")
    fresh.trust(p.archive)
    out = tmp_path / "out" / "consolidated.fkb"
    out.parent.mkdir()
    with archive.connect() as conn:
        # Just over the fixed part overhead: a few revisions per part, as --max-size does.
        result = export_archive(
            conn, archive.storage, p.archive.vault, out, [], plain=True, max_size=80 * 1024
        )
    assert len(result.bundles) > 1
    assert sum(b.photos for b in result.bundles) == 2
    for bundle in result.bundles:
        imported = fresh.receive(bundle.path)
        assert imported.refused is None, imported.refused
    assert laptop_view(fresh) == laptop_view(p.laptop)
    assert fresh.vault.db.execute("SELECT count(*) FROM media_files").fetchone() == (2,)
    for peer in [*p.field, p.laptop, fresh, p.archive]:
        peer.vault.close()


def test_a_cancelled_or_failed_archive_export_leaves_no_file(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    p = make_programme(tmp_path / "people")
    archive = _merged(p, pg_server, s3_server)
    vault = p.archive.vault
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "consolidated.fkb"
    sent_before = vault.db.execute("SELECT count(*) FROM sent_bundles").fetchone()

    # Cancelled (Ctrl+C) after the first piece is written, mid-photo.
    with archive.connect() as conn, pytest.raises(CancelledError):
        export_archive(conn, archive.storage, vault, out, [], plain=True, cancel=lambda: True)
    assert list(out_dir.iterdir()) == []

    # A photo gone from the bucket: the export fails, and leaves nothing either.
    with archive.connect() as conn:
        sha = str(conn.execute("SELECT sha256 FROM photos LIMIT 1").fetchone()[0])
    archive.storage.client.delete(archive.storage.photo_key(sha))
    with archive.connect() as conn, pytest.raises(ArchiveStorageError) as failed:
        export_archive(conn, archive.storage, vault, out, [], plain=True)
    assert str(failed.value) == f"Photo {sha[:12]} is missing from the bucket."
    assert list(out_dir.iterdir()) == []
    # Nothing recorded as sent: the next export is the stream's first again.
    assert vault.db.execute("SELECT count(*) FROM sent_bundles").fetchone() == sent_before
    for peer in [*p.field, p.laptop, p.archive]:
        peer.vault.close()


def _large_jpeg(seed: int) -> bytes:
    """A JPEG of noise, some 20 MB: larger than every buffer the export holds together."""
    import io
    import random

    from PIL import Image

    size = (4400, 3300)
    raw = random.Random(seed).randbytes(size[0] * size[1] * 3)  # noqa: S311 - pixels
    out = io.BytesIO()
    Image.frombytes("RGB", size, raw).save(out, "JPEG", quality=98)
    return out.getvalue()


def test_archive_export_memory_does_not_grow_with_the_photos(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    import tracemalloc

    from fieldkit.records.service import PhotoInput

    amal = Peer(tmp_path, "amal")
    archive = Peer(tmp_path, "archive", role="coordinator")
    amal.trust(archive)
    archive.trust(amal)
    photos = [_large_jpeg(1), _large_jpeg(2)]
    amal.records.create(
        F.OBJECT,
        {"inventory_number": "L-1", "title": "Large photos"},
        photos=[PhotoInput(p) for p in photos],
    )
    bundle = amal.send(archive)
    assert bundle is not None
    arch = open_archive(pg_server, s3_server, f"mem-{os.urandom(5).hex()}", archive.vault)
    with arch.connect() as conn:
        jobs.ingest_file(arch, conn, bundle)
    drain(arch)
    out = tmp_path / "consolidated.fkb"
    tracemalloc.start()
    try:
        with arch.connect() as conn:
            result = export_archive(conn, arch.storage, archive.vault, out, [], plain=True)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.bundles[0].photos == 2
    # Photos stream through a few 1 MiB buffers: the peak is well under one photo, let alone
    # both (reading a photo whole from the bucket held it twice, encrypted and decrypted).
    assert min(len(p) for p in photos) > 16 << 20
    assert peak < 16 << 20, peak
    for peer in (amal, archive):
        peer.vault.close()


def test_a_nul_in_a_field_this_fieldkit_does_not_know_does_not_stop_the_export(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    """A newer FieldKit's field may hold U+0000: signed, merged and carried as is. The export's
    plan read each revision as jsonb, which refuses it, so every later archive export failed."""
    from fieldkit.identity import own
    from fieldkit.records.revision import Revision
    from fieldkit.records.revision_store import store_local_revision

    root = tmp_path / "people"
    root.mkdir()
    amal, arch = Peer(root, "amal"), Peer(root, "archive", role="coordinator")
    amal.trust(arch)
    arch.trust(amal)
    view = amal.records.create(F.OBJECT, {"inventory_number": "K-1", "title": "Bol"})
    base = {"inventory_number": "K-1", "title": "Bol"}
    for fields in ({**base, "x_newer_field": "a\x00b"}, base):  # added, then removed again
        with amal.vault.transaction() as db:
            head = db.execute(
                "SELECT head_rev FROM records WHERE record_id = ?", (view.record_id,)
            ).fetchone()[0]
            rev = Revision(
                view.record_id,
                F.OBJECT,
                (head,),
                amal.identity.fingerprint,
                amal.records.clock.tick(),
                fields,
                (),
                False,
            ).signed_by(own.load(db))
            store_local_revision(db, rev)
    bundle = amal.send(arch)
    archive = open_archive(pg_server, s3_server, f"nul-{os.urandom(5).hex()}", arch.vault)
    try:
        with archive.connect() as conn:
            jobs.ingest_file(archive, conn, bundle)
        drain(archive)
        out = tmp_path / "out" / "all.fkb"
        out.parent.mkdir()
        with archive.connect() as conn:
            result = export_archive(conn, archive.storage, arch.vault, out, [], plain=True)
        assert [b.revisions for b in result.bundles] == [3]
    finally:
        amal.vault.close()
        arch.vault.close()
