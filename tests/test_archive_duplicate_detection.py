"""Possible duplicates over the archive (issue 23): objects planted twice across two laptops'
bundles are found in the archive with the same pairs, scores and reasons as a laptop vault that
imported the same bundles; pairs decided in a coordinator's vault are left out once its bundle
arrives; an archive of schema v2 upgrades with `archive init` and its photos are hashed from the
bucket. Real PostgreSQL and SeaweedFS, real bundles."""

from __future__ import annotations

import io
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

import psycopg
from conftest import PASSPHRASE, run_cli
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from PIL import Image, ImageDraw
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, drain, open_archive

from fieldkit.archive import duplicates, jobs, schema
from fieldkit.duplicates import photo_hash
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault


def _picture(seed: int) -> Image.Image:
    """A documentation shot: an object of its own shape and marks on a backdrop."""
    rnd = random.Random(seed)  # noqa: S311 - a synthetic picture
    img = Image.new("RGB", (160, 120), (rnd.randint(150, 220),) * 3)
    d = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = rnd.randint(10, 140), rnd.randint(10, 100)
        r = rnd.randint(6, 30)
        colour = (rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255))
        d.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    return img


def _jpeg(img: Image.Image, quality: int = 85) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _object(number: str | None, title: str, **more: Any) -> dict[str, Any]:
    values: dict[str, Any] = {"title": title, "institution": "Musée de Mossoul", **more}
    if number:
        values["inventory_number"] = number
    return values


@dataclass
class Field:
    amal: Peer
    bohdan: Peer
    archive: Peer
    laptop: Peer
    bundles: list[Path]
    planted: set[frozenset[str]]


def _field(root: Path) -> Field:
    """Amal documents six objects; Bohdan, after an evacuation, documents three of them again
    (a number typed otherwise, a title in Arabic with the same number, a photo resized and
    turned under a temporary number) and two others. Both send to the archive and a laptop."""
    amal, bohdan = Peer(root, "amal"), Peer(root, "bohdan")
    archive = Peer(root, "archive", role="coordinator")
    laptop = Peer(root, "laptop", role="coordinator")
    everyone = [amal, bohdan, archive, laptop]
    for p in everyone:
        p.trust(*[q for q in everyone if q is not p])
    size = [{"dimension": "height", "value": 31.5, "unit": "cm"},
            {"dimension": "width", "value": 22, "unit": "cm"}]
    originals = [
        amal.records.create(
            F.OBJECT,
            _object(number, title, **extra),
            photos=[PhotoInput(_jpeg(_picture(seed)))],
        )
        for number, title, seed, extra in (
            ("MCP 1963.28", "Turquoise-glazed jar Nineveh", 1, {}),
            ("MCP 1971.4", "Cylinder seal Ashur", 2, {}),
            ("MCP 1980.112", "Ivory plaque Nimrud", 3, {"measurements": size}),
            ("MCP 1990.7", "Bronze bowl", 4, {}),
            ("MCP 1991.8", "Clay tablet", 5, {}),
            ("MCP 1992.9", "Glass bottle", 6, {}),
        )
    ]
    seen_again = [
        bohdan.records.create(F.OBJECT, values, photos=[PhotoInput(photo)])
        for values, photo in (
            (_object("mcp-1963-028", "Turquoise jar"),
             _jpeg(_picture(1).resize((240, 180)), 60)),
            (_object("MCP 1971.4", "ختم أسطواني آشور"),
             _jpeg(_picture(2).transpose(Image.Transpose.ROTATE_90))),
            (_object("EVAC-23-0012", "Ivory plaque", measurements=size),
             _jpeg(_picture(3).transpose(Image.Transpose.ROTATE_270).resize((90, 120)), 70)),
            (_object("B-77", "Wooden chest"), _jpeg(_picture(7))),
            (_object("B-78", "Silver coin"), _jpeg(_picture(8))),
        )
    ]
    planted = {
        frozenset((o.record_id, s.record_id))
        for o, s in zip(originals[:3], seen_again[:3], strict=True)
    }
    bundles = [amal.send(archive, laptop), bohdan.send(archive, laptop)]
    assert all(bundles)
    return Field(amal, bohdan, archive, laptop, [b for b in bundles if b], planted)


@pytest.fixture(scope="module")
def field(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Field]:
    f = _field(tmp_path_factory.mktemp("dup-field"))
    for bundle in f.bundles:
        assert f.laptop.receive(bundle).refused is None
    yield f
    for peer in (f.amal, f.bohdan, f.archive, f.laptop):
        peer.vault.close()


@pytest.fixture(scope="module")
def bucket(s3_server: S3Server) -> str:  # noqa: F811
    return f"dupdet-{os.urandom(5).hex()}"


def _ingest(arch: jobs.Archive, *bundles: Path) -> None:
    with arch.connect() as conn:
        for bundle in bundles:
            result = jobs.ingest_file(arch, conn, bundle, check=True)
            assert result.error is None, result.error
    drain(arch)


def _laptop_pairs(laptop: Peer) -> list[dict[str, Any]]:
    return [c.to_json() for c in Duplicates(laptop.records).candidates()]


def _archive_pairs(arch: jobs.Archive) -> list[dict[str, Any]]:
    with arch.connect() as conn:
        return [c.to_json() for c in duplicates.find_archive_candidates(conn)]


def test_the_archive_finds_the_pairs_a_laptop_finds_and_leaves_out_decided_ones(
    field: Field,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    arch = open_archive(pg_server, s3_server, bucket, field.archive.vault, prefix="same")
    _ingest(arch, *field.bundles)
    with arch.connect() as conn:
        # The worker hashed every photo while it had it in hand: nothing left to hash.
        assert duplicates.unhashed(conn) == []
        kept = conn.execute("SELECT count(*) FROM photo_hashes WHERE algorithm = %s",
                            (photo_hash.ALGORITHM,)).fetchone()
        assert kept is not None and kept[0] == 11
    laptop = _laptop_pairs(field.laptop)
    found = _archive_pairs(arch)
    assert found == laptop
    pairs = {frozenset((c["a"], c["b"])) for c in found}
    assert field.planted <= pairs, found
    reasons = {r for c in found for r in c["reasons"]}
    assert any(r.startswith("photos ") for r in reasons), reasons  # turned and resized photos

    # A coordinator decides one pair is not one object: its bundle reaches the archive.
    first = found[0]
    Duplicates(field.laptop.records).decide(first["a"], first["b"], same=False)
    decision = field.laptop.send(field.archive)
    assert decision is not None
    _ingest(arch, decision)
    after = _archive_pairs(arch)
    assert after == _laptop_pairs(field.laptop)
    assert frozenset((first["a"], first["b"])) not in {frozenset((c["a"], c["b"])) for c in after}
    assert len(after) == len(found) - 1


def test_an_archive_of_version_2_upgrades_and_hashes_its_photos_from_the_bucket(
    field: Field,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    dsn = pg_server.new_database()
    arch = open_archive(pg_server, s3_server, bucket, field.archive.vault, dsn=dsn, prefix="v2")
    _ingest(arch, *field.bundles)
    hashed_by_the_worker = _archive_pairs(arch)
    assert field.planted <= {frozenset((c["a"], c["b"])) for c in hashed_by_the_worker}
    with psycopg.connect(dsn, autocommit=True) as conn:  # as an archive of version 2 was
        conn.execute("DROP TABLE photo_hashes")
        conn.execute("UPDATE archive_meta SET value = '2' WHERE key = 'schema_version'")
    env = {
        **S3_ENV,
        "FIELDKIT_ARCHIVE_DB": dsn,
        "FIELDKIT_ARCHIVE_S3": f"s3://{bucket}/v2",
        "FIELDKIT_ARCHIVE_ENDPOINT": s3_server.endpoint,
        "FIELDKIT_ARCHIVE_RETENTION_DAYS": "1",
        "FIELDKIT_VAULT": str(field.archive.path),
        "FIELDKIT_PASSPHRASE": PASSPHRASE,
    }
    field.archive.vault.close()  # the CLI opens it, as on a worker host
    try:
        _upgrade_and_list(field, dsn, env, hashed_by_the_worker)
    finally:
        field.archive.vault = Vault.open(field.archive.path, PASSPHRASE)
        field.archive.records = Records(field.archive.vault)


def _upgrade_and_list(
    field: Field, dsn: str, env: dict[str, str], expected: list[dict[str, Any]]
) -> None:
    done = run_cli(["archive", "init"], env=env)
    assert done.code == 0, done.err
    with psycopg.connect(dsn, autocommit=True) as conn:
        version = conn.execute(
            "SELECT value FROM archive_meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version is not None and int(version[0]) == schema.SCHEMA_VERSION >= 3
        assert len(duplicates.unhashed(conn)) == 11
    listed = run_cli(["archive", "duplicates", "--json"], env=env)
    assert listed.code == 0, listed.err
    assert listed.json == expected  # the photos hashed from the bucket as the worker hashes them
    with psycopg.connect(dsn, autocommit=True) as conn:
        assert duplicates.unhashed(conn) == []
    human = run_cli(["archive", "duplicates"], env=env)
    assert human.code == 0, human.err
    assert "MCP 1963.28" in human.out and "⇄" in human.out
    assert "fieldkit duplicates decide" in human.err


def test_the_help_says_deciding_is_done_in_a_coordinators_vault(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(["archive", "duplicates", "--help"]).code == 0
    helped = " ".join(capsys.readouterr().out.split())
    assert "decide in a coordinator's vault" in helped
    assert "reaches the archive in that vault's next bundle" in helped


def test_hostile_photo_bytes_get_no_hash_and_never_raise() -> None:
    for data in (b"", b"\xff\xd8\xff", b"GIF89a" + b"\0" * 40, os.urandom(2000),
                 _jpeg(Image.new("RGB", (64, 64), (128, 128, 128)))):
        assert duplicates.hashes_of_photo(data) is None
    assert duplicates.hashes_of_photo(_jpeg(_picture(1))) is not None
