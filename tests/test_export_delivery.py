"""Nothing lost on the way out (issue 24, items 2, 3, 11, 13): what a recipient has not
acknowledged is sent again, photos included, by hand or by sync; photos can be left out by name
and still follow later; a killed export leaves nothing behind that the next one does not clean.

Real vaults in tmp_path, real bundle files, real subprocesses and a real kill -9.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli
from peers import Peer
from PIL import Image

from fieldkit import fsutil, sync
from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.bundles.importer import import_bundle
from fieldkit.errors import UsageError
from fieldkit.identity import own
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault


def jpeg(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((96, 64), 30 + seed).convert("RGB").save(buf, "JPEG")
    return buf.getvalue()


def photos_in(bundle: Path) -> int:
    with zipfile.ZipFile(bundle) as zf:
        return sum(1 for n in zf.namelist() if "/data/media/" in n)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Peer, Peer]]:
    field = Peer(tmp_path, "amal")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field.trust(coord)
    coord.trust(field)
    yield field, coord
    field.vault.close()
    coord.vault.close()


# --- item 2: photos are sent until acknowledged, like revisions ---------------------------------


def test_a_lost_export_loses_no_photo(pair: tuple[Peer, Peer]) -> None:
    field, coord = pair
    for i in range(2):
        field.records.create(F.OBJECT, {"title": f"Jar {i}"}, [PhotoInput(jpeg(i))])
    lost = field.send(coord)
    assert lost is not None and photos_in(lost) == 2
    lost.unlink()  # the stick is lost

    again = field.send(coord)  # the default export: what the coordinator has not acknowledged
    assert again is not None
    assert photos_in(again) == 2
    result = import_bundle(coord.vault, again)
    assert result.refused is None and result.new_revisions == 2 and result.new_photos == 2
    assert result.warnings == []
    assert coord.photo_hashes() == field.photo_hashes()

    # The coordinator's next bundle acknowledges it: from then on nothing is sent again.
    reply = coord.send(field)
    assert reply is not None
    assert import_bundle(field.vault, reply).refused is None
    assert field.send(coord) is None
    field.records.create(F.OBJECT, {"title": "No photo"})
    later = field.send(coord)
    assert later is not None and photos_in(later) == 0


def test_photos_a_recipient_acknowledged_without_are_sent_with_their_revision(
    pair: tuple[Peer, Peer],
) -> None:
    """The vaults hurt by the old rule heal: the coordinator acknowledged revisions whose photos
    never reached it; the next export carries the photos (and one revision naming each)."""
    field, coord = pair
    obj = field.records.create(F.OBJECT, {"title": "Icon"}, [PhotoInput(jpeg(7))])
    sha = obj.media[0]["sha256"]
    first = field.send(coord, leave_out_photos=[sha[:12]])
    assert first is not None and photos_in(first) == 0
    got = import_bundle(coord.vault, first)
    assert got.new_revisions == 1 and got.new_photos == 0
    assert any("not in it yet" in w for w in got.warnings)
    reply = coord.send(field)
    assert reply is not None
    import_bundle(field.vault, reply)  # every revision acknowledged, the photo not held

    second = field.send(coord)
    assert second is not None and photos_in(second) == 1
    got = import_bundle(coord.vault, second)
    assert got.refused is None and got.new_photos == 1 and got.new_revisions == 0
    assert coord.photo_hashes() == {sha}
    import_bundle(field.vault, coord.send(field))  # type: ignore[arg-type]
    assert field.send(coord) is None  # acknowledged: no ping-pong


def test_a_vault_that_forwarded_a_revision_without_its_photo_is_sent_the_photo(
    tmp_path: Path,
) -> None:
    """A forwarding vault that lacks a photo is not taken to hold it because its bundle named it:
    the vault that has the photo sends it there."""
    amal, bohdan = Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan")
    coord = Peer(tmp_path, "coord", role="coordinator")
    try:
        for p in (amal, bohdan, coord):
            p.trust(*[q for q in (amal, bohdan, coord) if q is not p])
        obj = amal.records.create(F.OBJECT, {"title": "Icon"}, [PhotoInput(jpeg(11))])
        sha = obj.media[0]["sha256"]
        import_bundle(bohdan.vault, amal.send(bohdan))  # type: ignore[arg-type]
        import_bundle(coord.vault, amal.send(coord, leave_out_photos=[sha[:8]]))  # type: ignore[arg-type]
        assert sha not in coord.photo_hashes() and sha in bohdan.photo_hashes()
        forwarded = coord.send(bohdan)  # Amal's revision, without the photo it lacks
        assert forwarded is not None and photos_in(forwarded) == 0
        import_bundle(bohdan.vault, forwarded)

        to_coord = bohdan.send(coord)
        assert to_coord is not None and photos_in(to_coord) == 1
        got = import_bundle(coord.vault, to_coord)
        assert got.refused is None and got.new_photos == 1
        assert sha in coord.photo_hashes()
    finally:
        for p in (amal, bohdan, coord):
            p.vault.close()


# --- item 3: sync delivers what a lost hand-made export carried ---------------------------------


def test_sync_delivers_what_a_lost_manual_export_carried(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    field = Peer(tmp_path, "amal")
    coord = Peer(tmp_path, "coord", role="coordinator")
    try:
        field.trust(coord)
        coord.trust(field)
        sync.add_target(field.vault, "shared", shared, [])  # every verified coordinator
        sync.add_target(coord.vault, "shared", shared, [field.card])
        field.records.create(F.OBJECT, {"title": "Jar"}, [PhotoInput(jpeg(1))])
        field.records.create(F.OBJECT, {"title": "Bowl"})
        manual = tmp_path / "manual.fkb"
        done = export_bundles(field.vault, manual, ExportOptions())  # to the coordinator
        assert done.bundles[0].revisions == 2 and done.bundles[0].photos == 1
        manual.unlink()  # lost

        (before,) = sync.target_status(field.vault)
        assert (before.unsent_revisions, before.unsent_photos) == (2, 1)
        assert before.waiting == 0 and before.awaiting_acknowledgement == 0

        report = sync.sync_target(field.vault, "shared")
        assert [(e.revisions, e.photos) for e in report.exported] == [(2, 1)]
        assert report.delivered == [report.exported[0].bundle_id] and report.waiting == 0
        (sent,) = sync.target_status(field.vault)
        assert (sent.unsent_revisions, sent.unsent_photos) == (0, 0)
        assert sent.waiting == 0 and sent.awaiting_acknowledgement == 1

        got = sync.sync_target(coord.vault, "shared")
        assert [(r.new_revisions, r.new_photos) for r in got.imported] == [(2, 1)]
        assert {v.fields["title"] for v in coord.records.list(F.OBJECT)} == {"Jar", "Bowl"}
        assert coord.photo_hashes() == field.photo_hashes()

        settled = sync.sync_target(field.vault, "shared")
        assert settled.acknowledged == [report.exported[0].bundle_id]
        assert settled.exported == []
        (after,) = sync.target_status(field.vault)
        assert (after.unsent_revisions, after.unsent_photos) == (0, 0)
        assert after.waiting == 0 and after.awaiting_acknowledgement == 0
        # And a hand-made export afterwards has nothing to carry either.
        assert export_bundles(field.vault, manual, ExportOptions()).nothing_new
    finally:
        field.vault.close()
        coord.vault.close()


# --- item 11: --leave-out-photo ----------------------------------------------------------------


def test_cli_leaves_out_a_named_photo_and_a_later_export_sends_it(
    pair: tuple[Peer, Peer], tmp_path: Path
) -> None:
    field, coord = pair
    kept = field.records.create(F.OBJECT, {"title": "Kept"}, [PhotoInput(jpeg(2))])
    left = field.records.create(F.OBJECT, {"title": "Left"}, [PhotoInput(jpeg(3))])
    left_sha = left.media[0]["sha256"]
    field.vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    base = ["--vault", str(field.path), "export", "-o", str(tmp_path / "x.fkb")]
    out = run_cli([*base, "--leave-out-photo", left_sha[:12].upper(), "--json"], env)
    assert out.code == 0, out.err
    (bundle,) = out.json["bundles"]
    assert bundle["photos"] == 1 and bundle["revisions"] == 2
    assert any(left_sha[:12] in w for w in out.json["warnings"])
    got = import_bundle(coord.vault, tmp_path / "x.fkb")
    assert got.new_photos == 1 and any("not in it yet" in w for w in got.warnings)
    assert coord.photo_hashes() == {kept.media[0]["sha256"]}
    reply = coord.send(field)
    assert reply is not None
    ack = run_cli(["--vault", str(field.path), "import", str(reply)], env)
    assert ack.code == 0, ack.err

    # Acknowledged, but the left-out photo is not held by the coordinator: it goes next time.
    out = run_cli([*base[:-1], str(tmp_path / "y.fkb"), "--json"], env)
    assert out.code == 0, out.err
    assert [b["photos"] for b in out.json["bundles"]] == [1]
    got = import_bundle(coord.vault, tmp_path / "y.fkb")
    assert got.new_photos == 1 and got.warnings == []
    assert left_sha in coord.photo_hashes()


@pytest.mark.parametrize(
    ("prefix", "said"),
    [
        ("abc123", "at least 8 hex characters"),
        ("zzzzzzzz", "at least 8 hex characters"),
        ("00000000", "matches no photo in this export"),
    ],
)
def test_cli_refuses_a_leave_out_prefix_that_names_no_single_photo(
    pair: tuple[Peer, Peer], tmp_path: Path, prefix: str, said: str
) -> None:
    field, _ = pair
    field.records.create(F.OBJECT, {"title": "Jar"}, [PhotoInput(jpeg(4))])
    if any(h.startswith(prefix) for h in field.photo_hashes()):
        pytest.skip("the random photo happens to match")
    field.vault.close()
    out = run_cli(
        [
            "--vault",
            str(field.path),
            "export",
            "-o",
            str(tmp_path / "x.fkb"),
            "--leave-out-photo",
            prefix,
        ],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert out.code == 2
    assert said in out.err and prefix in out.err
    assert "Traceback" not in out.err
    assert not (tmp_path / "x.fkb").exists()


def test_a_leave_out_prefix_matching_two_photos_is_refused() -> None:
    from fieldkit.bundles.selection import resolve_leave_out

    carried = {"abcdef01" + "1" * 56, "abcdef01" + "2" * 56, "12345678" + "3" * 56}
    with pytest.raises(UsageError, match="abcdef01 matches 2 photos"):
        resolve_leave_out(["abcdef01"], carried)
    assert resolve_leave_out(["ABCDEF011"], carried) == {"abcdef01" + "1" * 56}


def test_a_redacted_snapshot_does_not_name_a_left_out_photo(pair: tuple[Peer, Peer]) -> None:
    field, coord = pair
    obj = field.records.create(
        F.OBJECT,
        {"title": "Stele", "current_location": "Shelf 4"},
        [PhotoInput(jpeg(5)), PhotoInput(jpeg(6))],
    )
    gone = obj.media[1]["sha256"]
    snap = field.send(coord, redact_locations=True, leave_out_photos=[gone[:8]])
    assert snap is not None and photos_in(snap) == 1
    report = import_bundle(coord.vault, snap)  # refused (a snapshot) but verified
    assert report.refused is not None and "snapshot" in report.refused
    from fieldkit.bundles.safe_zip import SafeZip
    from fieldkit.bundles.verify import records_lines, verify_bundle

    verified = verify_bundle(snap, vault=coord.vault, keep_content=True)
    assert verified.valid, verified.errors
    with SafeZip(snap) as zf:
        lines = [
            raw
            for _, raw in records_lines(
                zf,
                verified.bundle_id,
                [own.load(coord.vault.db).transport_key],
                verified.inner["records_sha256"] if verified.inner else None,
            )
        ]
    (record,) = [json.loads(x) for x in lines if json.loads(x).get("type") == "record"]
    assert len(record["photos"]) == 1 and gone not in json.dumps(record)


def test_what_bundles_carried_survives_the_version_10_migration(pair: tuple[Peer, Peer]) -> None:
    """v10 remembers what every bundle carried; a v9 vault keeps what it knew."""
    from fieldkit.vault.database import open_database
    from fieldkit.vault.schema import LATEST

    field, coord = pair
    field.records.create(F.OBJECT, {"title": "Jar"}, [PhotoInput(jpeg(8))])
    bundle = field.send(coord)
    assert bundle is not None
    before = {
        t: sorted(field.vault.db.execute(f"SELECT stream_id, {c}, bundle_id FROM {t}"))  # noqa: S608
        for t, c in (("sent_revisions", "rev_id"), ("sent_photos", "sha256"))
    }
    assert all(len(rows) == 1 for rows in before.values())
    key = field.vault._data_key
    field.vault.close()
    conn = open_database(field.path / "vault.db", key)
    for table, column in (("sent_revisions", "rev_id"), ("sent_photos", "sha256")):
        conn.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
        conn.execute(f"DROP INDEX {table}_stream")
        conn.execute(
            f"CREATE TABLE {table} (stream_id TEXT NOT NULL, {column} TEXT NOT NULL, "
            f"bundle_id TEXT NOT NULL, PRIMARY KEY (stream_id, {column})) WITHOUT ROWID"
        )
        conn.execute(f"INSERT INTO {table} SELECT * FROM old_{table}")  # noqa: S608
        conn.execute(f"DROP TABLE old_{table}")
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    field.vault = Vault.open(field.path, PASSPHRASE)
    assert field.vault.info().schema_version == LATEST
    after = {
        t: sorted(field.vault.db.execute(f"SELECT stream_id, {c}, bundle_id FROM {t}"))  # noqa: S608
        for t, c in (("sent_revisions", "rev_id"), ("sent_photos", "sha256"))
    }
    assert after == before
    # And the acknowledgement of that bundle still says what the coordinator holds.
    import_bundle(coord.vault, bundle)
    import_bundle(field.vault, coord.send(field))  # type: ignore[arg-type]
    assert field.send(coord) is None


# --- item 13: what a killed export leaves is cleaned, what a live one writes is not ------------

CHILD = r"""
import os, sys, time
from pathlib import Path
from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.vault import Vault

vault = Vault.open(Path(sys.argv[1]), os.environ["FIELDKIT_PASSPHRASE"])
ready, go = Path(sys.argv[3]), Path(sys.argv[4])

def progress(p):
    if p.done and not ready.exists():  # the file is open once something is written
        ready.write_text("writing")
        deadline = time.monotonic() + 120
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.01)

export_bundles(vault, Path(sys.argv[2]), ExportOptions(plain=True), progress)
vault.close()
"""


def partials(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(fsutil.TEMP_SUFFIX))


def start_export(tmp_path: Path, vault: Path, output: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """A real child process exporting ``vault`` to ``output``, paused mid-write (file open)."""
    ready, go = tmp_path / f"{output.name}.ready", tmp_path / f"{output.name}.go"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault), str(output), str(ready), str(go)],
        env={**os.environ, "FIELDKIT_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert child.poll() is None, "the export ended before it was interrupted"
        assert time.monotonic() < deadline, "the export never started writing"
        time.sleep(0.01)
    return child, go


@pytest.fixture
def field_vault(tmp_path: Path) -> Path:
    path = tmp_path / "amal"
    vault, _ = Vault.create(path, PASSPHRASE, name="amal", kdf=FAST_KDF)
    Records(vault).create(F.OBJECT, {"title": "Jar"}, [PhotoInput(jpeg(9))])
    vault.close()
    return path


def test_a_partial_left_by_a_killed_export_is_removed_by_the_next(
    tmp_path: Path, field_vault: Path
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    child, _ = start_export(tmp_path, field_vault, out / "a.fkb")
    (partial,) = partials(out)
    assert partial.startswith(".a.fkb.")
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=60) == -signal.SIGKILL
    assert partials(out) == [partial]  # the kill left it

    # Not ours, or not a bundle's: a link (whose target must survive), a FIFO, a report's partial.
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("keep me")
    (out / ".x.fkb.aaaaaaaaaaaa.fieldkit-tmp").symlink_to(elsewhere)
    os.mkfifo(out / ".y.fkb.bbbbbbbbbbbb.fieldkit-tmp")
    (out / ".report.pdf.cccccccccccc.fieldkit-tmp").write_bytes(b"%PDF")
    (out / "notes.fieldkit-tmp").write_text("a user's file")
    kept = sorted({*partials(out)} - {partial})

    with Vault.open(field_vault, PASSPHRASE) as vault:
        result = export_bundles(vault, out / "b.fkb", ExportOptions(plain=True))
    assert result.bundles and (out / "b.fkb").is_file()
    assert partials(out) == kept  # only the killed export's partial went
    assert elsewhere.read_text() == "keep me"


def test_two_exports_into_one_folder_keep_each_others_partials(
    tmp_path: Path, field_vault: Path
) -> None:
    from fieldkit.bundles.verify import verify_bundle

    out = tmp_path / "stick"
    out.mkdir()
    child, go = start_export(tmp_path, field_vault, out / "a.fkb")
    try:
        (live,) = partials(out)
        other, _ = Vault.create(tmp_path / "bohdan", PASSPHRASE, name="bohdan", kdf=FAST_KDF)
        with other:
            Records(other).create(F.OBJECT, {"title": "Bowl"})
            export_bundles(other, out / "b.fkb", ExportOptions(plain=True))
        assert partials(out) == [live]  # still being written by the other process: kept
        go.touch()
        assert child.wait(timeout=120) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert partials(out) == []
    assert verify_bundle(out / "a.fkb").valid and verify_bundle(out / "b.fkb").valid


def test_a_peer_that_edited_a_record_without_its_photo_is_still_sent_the_photo(
    tmp_path: Path,
) -> None:
    """Found in review: every revision lists the record's whole photo list, so the
    coordinator's edit of a record whose photo it never received looked like proof that it
    held the photo, and the photo was never sent."""
    field = Peer(tmp_path, "amal")
    coord = Peer(tmp_path, "coord", role="coordinator")
    try:
        field.trust(coord)
        coord.trust(field)
        view = field.records.create(F.OBJECT, {"title": "Jar"}, [PhotoInput(jpeg(1))])
        sha = view.media[0]["sha256"]
        coord.receive(field.send(coord, leave_out_photos=[sha[:12]]))
        assert sha not in coord.photo_hashes()
        coord.records.edit(view.record_id, {"title": "Jar (cracked)"})
        field.receive(coord.send(field))
        again = field.send(coord)
        assert again is not None and photos_in(again) == 1
        coord.receive(again)
        assert sha in coord.photo_hashes()
    finally:
        for p in (field, coord):
            p.vault.close()
