"""Signed bundles: export and verify, checked with the stock tools (SPEC §7, §11)."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, require_tool, run_cli
from PIL import Image

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.recipients import NoRecipientsError
from fieldkit.bundles.verify import verify_bundle
from fieldkit.canonical_json import canonical_json
from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.errors import CancelledError
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.revision import Revision
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault

MARKER = "QZXV-Marker-Palmyra"
GPS = {1: "N", 2: (34.0, 33.0, 2.0), 3: "E", 4: (38.0, 16.0, 5.0)}


def jpeg_with_gps(seed: int = 0, size: tuple[int, int] = (320, 240)) -> bytes:
    img = Image.effect_noise(size, 40 + seed).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "FieldCam"
    exif[0x8825] = GPS
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes(), quality=90)
    return buf.getvalue()


class Setup:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.field, _ = Vault.create(
            tmp_path / "field",
            PASSPHRASE,
            name=f"Amal {MARKER}",
            organisation=f"Org {MARKER}",
            kdf=FAST_KDF,
        )
        self.coord, _ = Vault.create(
            tmp_path / "coord",
            PASSPHRASE,
            name="Coordinator Ivana",
            role="coordinator",
            kdf=FAST_KDF,
        )
        self.field_id = own.load(self.field.db)
        self.coord_id = own.load(self.coord.db)
        self.coord_card = parse_card(card_bytes(make_card(self.coord_id)))
        self.field_card = parse_card(card_bytes(make_card(self.field_id)))
        (tmp_path / "coord.fkid").write_bytes(card_bytes(make_card(self.coord_id)))
        (tmp_path / "field.fkid").write_bytes(card_bytes(make_card(self.field_id)))
        with self.field.transaction() as db:
            trust.add(
                db, self.coord_card, name="Ivana (regional)", role="coordinator", verified=True
            )
        with self.coord.transaction() as db:
            trust.add(db, self.field_card, name="Amal", role="field", verified=True)
        self.records = Records(self.field)
        self.photo = jpeg_with_gps()
        self.obj = self.records.create(
            F.OBJECT,
            {
                "inventory_number": f"INV-{MARKER}",
                "title": f"Title {MARKER}",
                "current_location": f"Store {MARKER}",
                "coordinates": {"lat": 34.55, "lon": 38.27},
            },
            [PhotoInput(self.photo, "overall", f"caption {MARKER}")],
        )
        self.records.create(
            F.DAMAGE,
            {
                "object_id": self.obj.record_id,
                "severity": "severe",
                "description": f"damage {MARKER}",
            },
        )
        self.records.create(F.DAMAGE, {"site": f"Site {MARKER}", "severity": "minor"})

    def export(self, name: str = "b.fkb", **kw: object) -> list[Path]:
        kw.setdefault("recipients", [Recipient.from_card(self.coord_card)])
        result = export_bundles(self.field, self.tmp / name, ExportOptions(**kw))  # type: ignore[arg-type]
        return [b.path for b in result.bundles]

    def close(self) -> None:
        self.field.close()
        self.coord.close()


@pytest.fixture
def setup(tmp_path: Path):
    s = Setup(tmp_path)
    yield s
    s.close()


def unzip(bundle: Path, dest: Path) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(dest)  # test only: FieldKit itself never extracts
        top = {n.split("/")[0] for n in zf.namelist()}
    assert len(top) == 1
    return dest / top.pop()


# --- stock tools agree ---------------------------------------------------------------------------


def test_stock_unzip_bagit_minisign_and_age_accept_an_encrypted_bundle(
    setup, tmp_path: Path
) -> None:
    unzip_tool = require_tool("unzip")
    minisign_tool = require_tool("minisign")
    age_tool = require_tool("age")
    bundle = setup.export()[0]
    out = tmp_path / "out"
    subprocess.run([unzip_tool, "-q", str(bundle), "-d", str(out)], check=True)
    (bag,) = list(out.iterdir())
    import bagit

    bagit.Bag(str(bag)).validate()  # the Library of Congress validator, as `bagit.py --validate`
    pub = tmp_path / "field.pub"
    pub.write_text(MinisignPublicKey(setup.field_id.key_id, setup.field_id.public_key).file_text())
    proc = subprocess.run(
        [minisign_tool, "-Vm", str(bag / "tagmanifest-sha256.txt"), "-p", str(pub)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"id={bag.name}" in proc.stdout
    key = tmp_path / "coord.key"
    key.write_text(str(setup.coord_id.transport_key) + "\n")
    proc2 = subprocess.run(
        [age_tool, "-d", "-i", str(key), str(bag / "data" / "records.ndjson.age")],
        capture_output=True,
        check=False,
    )
    assert proc2.returncode == 0, proc2.stderr
    assert f"Title {MARKER}".encode() in proc2.stdout


def test_stock_bagit_tool_validates_from_the_command_line(setup, tmp_path: Path) -> None:
    import shutil
    import sys

    bundle = setup.export()[0]
    bag = unzip(bundle, tmp_path / "u")
    tool = shutil.which("bagit.py") or str(Path(sys.executable).parent / "bagit.py")
    proc = subprocess.run(
        [sys.executable, tool, "--validate", str(bag)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "is valid" in proc.stderr


# --- what an encrypted bundle shows ------------------------------------------------------------


def test_encrypted_bundle_shows_no_names_places_text_or_hashes(setup) -> None:
    bundle = setup.export()[0]
    data = bundle.read_bytes()
    for secret in (MARKER, "Amal", "Ivana", "Coordinator", "Palmyra", "Store", "caption"):
        assert secret.encode() not in data, secret
    for fingerprint in (setup.coord_id.fingerprint,):
        assert fingerprint.encode() not in data  # recipients are not in the clear
    assert setup.coord_id.age_recipient.encode() not in data
    photo_hash = hashlib.sha256(setup.photo).hexdigest()
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
    assert not any(photo_hash in n or photo_hash[:16] in n for n in names)
    assert photo_hash.encode() not in data


# --- verify -------------------------------------------------------------------------------------


def test_verify_without_key_checks_outside_and_says_what_it_did_not(setup) -> None:
    bundle = setup.export()[0]
    report = verify_bundle(bundle, trust_files=[setup.tmp / "field.fkid"])
    assert report.valid, report.errors
    assert report.signer.trusted and report.signer.name == f"Amal {MARKER}"  # from --trust
    assert report.exit_code == 0
    assert report.encrypted and not report.content_inspected
    assert "not inspected" in report.scope
    assert report.files_checked >= 8


def test_verify_unknown_signer_is_exit_3(setup) -> None:
    bundle = setup.export()[0]
    report = verify_bundle(bundle)
    assert report.valid and not report.signer.trusted
    assert report.exit_code == 3


def test_verify_with_recipient_vault_inspects_everything(setup) -> None:
    bundle = setup.export()[0]
    report = verify_bundle(bundle, vault=setup.coord)
    assert report.valid, report.errors
    assert report.content_inspected and report.signer.trusted
    assert report.signer.name == "Amal"  # the local name, never the bundle's claim
    assert report.counts["revisions"] == 3 and report.counts["photos"] == 1


def test_plain_bundle_content_is_checked_without_any_vault(setup) -> None:
    bundle = setup.export("plain.fkb", recipients=[], plain=True)[0]
    report = verify_bundle(bundle)
    assert report.valid, report.errors
    assert report.content_inspected and not report.encrypted
    assert report.signer.status == "untrusted" and report.signer.name is None
    assert report.exit_code == 3
    assert verify_bundle(bundle, trust_files=[setup.tmp / "field.fkid"]).exit_code == 0


def rewrite(bundle: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return target


def bundle_members(bundle: Path) -> list[str]:
    with zipfile.ZipFile(bundle) as zf:
        return zf.namelist()


TAMPERINGS = ["flip", "truncate", "delete", "add"]


@pytest.mark.parametrize("how", TAMPERINGS)
def test_every_file_tampered_fails_and_is_named(setup, how: str) -> None:
    bundle = setup.export()[0]
    trust_file = setup.tmp / "field.fkid"
    for i, name in enumerate(bundle_members(bundle)):
        short = name.split("/", 1)[1]

        def change(m: dict[str, bytes], name: str = name) -> None:
            if how == "flip":
                data = bytearray(m[name])
                data[len(data) // 2] ^= 0x01
                m[name] = bytes(data)
            elif how == "truncate":
                m[name] = m[name][: len(m[name]) // 2]
            elif how == "delete":
                del m[name]
            else:
                m[name.rsplit("/", 1)[0] + "/extra.txt"] = b"added"

        target = rewrite(bundle, setup.tmp / f"t{how}{i}.fkb", change)
        report = verify_bundle(target, trust_files=[trust_file], vault=setup.coord)
        assert not report.valid, f"{how} {short} was not detected"
        assert report.exit_code == 1
        named = short if how != "add" else short.rsplit("/", 1)[0] + "/extra.txt"
        if how == "add" and "/" not in short:
            named = "extra.txt"
        assert any(named in e or Path(named).name in e for e in report.errors), (
            how,
            short,
            report.errors,
        )


def test_recomputed_manifests_fail_on_the_signature(setup) -> None:
    bundle = setup.export()[0]

    def change(m: dict[str, bytes]) -> None:
        bag = next(iter(m)).split("/")[0]
        info = f"{bag}/bag-info.txt"
        m[info] = m[info].replace(b"FieldKit 0", b"FieldKiT 0")
        lines = []
        for line in m[f"{bag}/tagmanifest-sha256.txt"].decode().splitlines():
            digest, path = line.split(None, 1)
            if path == "bag-info.txt":
                digest = hashlib.sha256(m[info]).hexdigest()
            lines.append(f"{digest}  {path}")
        m[f"{bag}/tagmanifest-sha256.txt"] = ("\n".join(lines) + "\n").encode()

    target = rewrite(bundle, setup.tmp / "re.fkb", change)
    report = verify_bundle(target, trust_files=[setup.tmp / "field.fkid"])
    assert not report.valid
    assert any("tagmanifest-sha256.txt.minisig" in e for e in report.errors)


def test_edited_trusted_comment_fails(setup) -> None:
    bundle = setup.export()[0]

    def change(m: dict[str, bytes]) -> None:
        name = next(n for n in m if n.endswith(".minisig") and "/data/" not in n)
        m[name] = m[name].replace(b"seq=1", b"seq=9")

    report = verify_bundle(
        rewrite(bundle, setup.tmp / "tc.fkb", change), trust_files=[setup.tmp / "field.fkid"]
    )
    assert not report.valid and any("comment" in e for e in report.errors)


def reseal(members: dict[str, bytes], identity: own.OwnIdentity) -> None:
    """Recompute every hash and signature with the sender's key (a forger holding that key)."""
    from fieldkit.bundles.layout import BundleHeader
    from fieldkit.crypto import minisign

    bag = next(iter(members)).split("/")[0]
    inner_name = f"{bag}/data/inner.json"
    inner = json.loads(members[inner_name])
    inner["records_sha256"] = hashlib.sha256(members[f"{bag}/data/records.ndjson"]).hexdigest()
    from fieldkit.canonical_json import canonical_json

    members[inner_name] = canonical_json(inner)
    members[f"{bag}/data/inner.json.minisig"] = minisign.sign(
        identity.signing_key, identity.key_id, members[inner_name], "forged"
    ).encode()

    def manifest(paths: list[str]) -> bytes:
        return "".join(
            f"{hashlib.sha256(members[f'{bag}/{p}']).hexdigest()}  {p}\n" for p in sorted(paths)
        ).encode()

    payload = [n.split("/", 1)[1] for n in members if n.split("/", 1)[1].startswith("data/")]
    members[f"{bag}/manifest-sha256.txt"] = manifest(payload)
    tags = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "fieldkit/bundle.json"]
    members[f"{bag}/tagmanifest-sha256.txt"] = manifest(tags)
    header = BundleHeader.from_bytes(members[f"{bag}/fieldkit/bundle.json"])
    members[f"{bag}/tagmanifest-sha256.txt.minisig"] = minisign.sign(
        identity.signing_key,
        identity.key_id,
        members[f"{bag}/tagmanifest-sha256.txt"],
        header.trusted_comment(),
    ).encode()


def test_a_revision_altered_and_resealed_by_the_sender_fails_its_author_signature(setup) -> None:
    bundle = setup.export("plain.fkb", recipients=[], plain=True)[0]

    def change(m: dict[str, bytes]) -> None:
        name = next(n for n in m if n.endswith("data/records.ndjson"))
        m[name] = m[name].replace(f"Title {MARKER}".encode(), b"Title forged!!")
        reseal(m, setup.field_id)

    forged = rewrite(bundle, setup.tmp / "forged.fkb", change)
    report = verify_bundle(forged, trust_files=[setup.tmp / "field.fkid"])
    assert not report.valid
    assert any("records.ndjson line" in e and "signature" in e for e in report.errors), (
        report.errors
    )
    # The untouched bundle, resealed the same way, stays valid: the test really isolates the edit.
    untouched = rewrite(bundle, setup.tmp / "same.fkb", lambda m: reseal(m, setup.field_id))
    assert verify_bundle(untouched, trust_files=[setup.tmp / "field.fkid"]).valid


# --- export behaviour ---------------------------------------------------------------------------


def test_since_last_nothing_new_writes_nothing_and_edits_make_a_small_bundle(setup) -> None:
    first = setup.export("1.fkb", mode="since_last")
    assert len(first) == 1
    again = export_bundles(
        setup.field,
        setup.tmp / "2.fkb",
        ExportOptions(recipients=[Recipient.from_card(setup.coord_card)], mode="since_last"),
    )
    assert again.nothing_new and again.bundles == []
    assert not (setup.tmp / "2.fkb").exists()
    setup.records.edit(setup.obj.record_id, {"title": "Renamed"})
    third = export_bundles(
        setup.field,
        setup.tmp / "3.fkb",
        ExportOptions(recipients=[Recipient.from_card(setup.coord_card)], mode="since_last"),
    )
    assert third.bundles[0].revisions == 1 and third.bundles[0].photos == 0
    assert third.bundles[0].sequence == 2
    report = verify_bundle(third.bundles[0].path, vault=setup.coord)
    assert report.valid and report.sequence == 2


def test_full_export_carries_everything_again(setup) -> None:
    setup.export("1.fkb")
    full = export_bundles(
        setup.field,
        setup.tmp / "f.fkb",
        ExportOptions(recipients=[Recipient.from_card(setup.coord_card)], mode="full"),
    )
    assert full.bundles[0].revisions == 3 and full.bundles[0].photos == 1


def test_default_recipients_are_trusted_coordinators(setup) -> None:
    result = export_bundles(setup.field, setup.tmp / "d.fkb", ExportOptions())
    assert [r.fingerprint for r in result.recipients] == [setup.coord_id.fingerprint]
    with setup.field.transaction() as db:
        trust.revoke(db, setup.coord_id.fingerprint)
    with pytest.raises(NoRecipientsError):
        export_bundles(setup.field, setup.tmp / "e.fkb", ExportOptions())


def test_split_at_max_size_gives_consecutive_complete_bundles(setup) -> None:
    for i in range(6):
        setup.records.create(
            F.OBJECT,
            {"title": f"Photo object {i}"},
            [PhotoInput(jpeg_with_gps(i + 1, (600, 400)), "overall", "")],
        )
    sizes = [len(jpeg_with_gps(i + 1, (600, 400))) for i in range(6)]
    max_size = 64 * 1024 + 2 * max(sizes) + 40_000
    paths = setup.export("split.fkb", max_size=max_size)
    assert len(paths) >= 3
    reports = [verify_bundle(p, vault=setup.coord) for p in paths]
    assert all(r.valid for r in reports), [r.errors for r in reports]
    assert [r.sequence for r in reports] == list(range(1, len(paths) + 1))
    assert all(p.stat().st_size <= max_size for p in paths)
    assert sum(r.counts["photos"] for r in reports) == 7
    headers = [r.header for r in reports]
    for prev, nxt in itertools.pairwise(headers):
        assert nxt is not None and prev is not None
        assert nxt.previous_bundle == prev.bundle_id


def test_cancelled_export_leaves_no_file(setup) -> None:
    with pytest.raises(CancelledError):
        export_bundles(
            setup.field,
            setup.tmp / "c.fkb",
            ExportOptions(recipients=[Recipient.from_card(setup.coord_card)]),
            cancel=lambda: True,
        )
    assert not (setup.tmp / "c.fkb").exists()
    assert not [p for p in setup.tmp.iterdir() if "fieldkit-tmp" in p.name]


def test_redacted_snapshot_has_no_location_and_no_gps_but_same_pixels(
    setup, tmp_path: Path
) -> None:
    bundle = setup.export("r.fkb", recipients=[], plain=True, redact_locations=True)[0]
    report = verify_bundle(bundle, keep_content=True)
    assert report.valid, report.errors
    assert report.kind == "snapshot"
    text = bundle.read_bytes()
    assert f"Store {MARKER}".encode() not in text and f"Site {MARKER}".encode() not in text
    assert b"current_location" not in text and b"coordinates" not in text
    assert f"Title {MARKER}".encode() in text  # free text is not scrubbed (the app warns)
    bag = unzip(bundle, tmp_path / "r")
    photos = list((bag / "data" / "media").iterdir())
    assert len(photos) == 1
    redacted = Image.open(photos[0])
    original = Image.open(io.BytesIO(setup.photo))
    assert original.getexif().get_ifd(0x8825)
    assert not redacted.getexif().get_ifd(0x8825)
    assert redacted.getexif().get(0x010F) == "FieldCam"
    assert redacted.tobytes() == original.tobytes()


# --- command line -------------------------------------------------------------------------------


def test_cli_export_and_verify(setup, tmp_path: Path) -> None:
    setup.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    out = run_cli(
        ["--vault", str(tmp_path / "field"), "export", "-o", str(tmp_path / "x.fkb"), "--json"], env
    )
    assert out.code == 0, out.err
    assert out.json["encrypted"] is True and len(out.json["bundles"]) == 1
    v = run_cli(["verify", str(tmp_path / "x.fkb"), "--json"])
    assert v.code == 3
    data = v.json
    for key in (
        "valid",
        "bundle_id",
        "signer",
        "encrypted",
        "content_inspected",
        "files_checked",
        "errors",
    ):
        assert key in data
    assert set(data["signer"]) >= {"fingerprint", "name", "trusted"}
    v = run_cli(["verify", str(tmp_path / "x.fkb"), "--trust", str(tmp_path / "field.fkid")])
    assert v.code == 0, v.err
    assert "VALID" in v.err
    v = run_cli(
        ["verify", str(tmp_path / "x.fkb"), "--vault", str(tmp_path / "coord"), "--json"], env
    )
    assert v.code == 0 and v.json["content_inspected"] is True


def test_cli_verify_never_opens_a_vault_unless_asked(setup, tmp_path: Path) -> None:
    bundle = setup.export()[0]
    setup.close()
    before = sorted(os.listdir(tmp_path / "coord"))
    v = run_cli(["verify", str(bundle), "--json"], {"FIELDKIT_VAULT": str(tmp_path / "coord")})
    assert v.code == 3 and v.json["content_inspected"] is False
    assert sorted(os.listdir(tmp_path / "coord")) == before


def test_cli_export_without_recipients_is_exit_2(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="x", kdf=FAST_KDF)
    vault.close()
    out = run_cli(
        ["--vault", str(tmp_path / "v"), "export", "-o", str(tmp_path / "x.fkb")],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert out.code == 2 and "trust add" in out.err
    assert not (tmp_path / "x.fkb").exists()


def test_verify_garbage_and_empty_files_are_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty.fkb").write_bytes(b"")
    (tmp_path / "junk.fkb").write_bytes(os.urandom(5000))
    for name in ("empty.fkb", "junk.fkb"):
        v = run_cli(["verify", str(tmp_path / name), "--json"])
        assert v.code == 1 and v.json["valid"] is False and v.json["errors"]
    assert json.loads(run_cli(["verify", str(tmp_path / "junk.fkb"), "--json"]).out)


def test_unknown_sender_to_a_recipient_vault_is_inspected_but_untrusted(setup) -> None:
    stranger, _ = Vault.create(setup.tmp / "stranger", PASSPHRASE, name="Stranger", kdf=FAST_KDF)
    try:
        Records(stranger).create(F.OBJECT, {"title": "From a stranger"})
        result = export_bundles(
            stranger, setup.tmp / "s.fkb",
            ExportOptions(recipients=[Recipient.from_card(setup.coord_card)]),
        )
    finally:
        stranger.close()
    report = verify_bundle(result.bundles[0].path, vault=setup.coord)
    assert report.valid, report.errors
    assert report.content_inspected and report.signer.signature_valid
    assert report.signer.status == "untrusted" and report.signer.name is None
    assert report.exit_code == 3


def test_records_file_is_streamed_in_order_and_every_line_is_canonical(setup, tmp_path) -> None:
    # Over a megabyte of lines, so records.ndjson is written in several chunks and its revision
    # lines are built from the stored bytes rather than re-encoded.
    rows = [
        {"inventory_number": f"BIG-{i:04d}", "title": f"{i} " + "ب" * 600} for i in range(1500)
    ]
    setup.records.create_many(F.OBJECT, rows)
    bundle = setup.export("big.fkb", recipients=[], plain=True)[0]
    with zipfile.ZipFile(bundle) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/records.ndjson"))
        data = zf.read(name)
    assert len(data) > 2 * (1 << 20)
    lines = data.splitlines()
    revisions = [json.loads(line) for line in lines if b'"type":"revision"' in line]
    assert len(revisions) == 1503
    for line in lines:
        assert canonical_json(json.loads(line)) == line
    hlcs = [(r["revision"]["hlc"], Revision.from_content(r["revision"]).rev_id) for r in revisions]
    assert hlcs == sorted(hlcs)
    report = verify_bundle(bundle, keep_content=True)
    assert report.valid, report.errors
    assert report.counts["revisions"] == 1503


@pytest.mark.parametrize("mode", ["full", "since_last", "delta", "unsent"])
def test_revisions_are_listed_for_a_bundle_without_an_in_memory_sort(setup, mode: str) -> None:
    # Sorting by (hlc, rev_id) without an index made SQLite hold every selected revision,
    # canonical JSON included, in memory: ~100 MB per 100,000 revisions on export.
    from fieldkit.bundles import selection

    plans: list[str] = []

    class Explaining:
        def __init__(self, db) -> None:  # type: ignore[no-untyped-def]
            self.db = db

        def execute(self, sql: str, args=()):  # type: ignore[no-untyped-def]
            if "FROM revisions" in sql and "ORDER BY" in sql:
                plan = self.db.execute("EXPLAIN QUERY PLAN " + sql, args)
                plans.append(" ".join(row[3] for row in plan))
            return self.db.execute(sql, args)

    selection.select_items(Explaining(setup.field.db), "stream", mode, False, [])
    assert plans and all("TEMP B-TREE" not in plan for plan in plans), plans


def test_export_asks_the_os_to_write_as_it_goes(setup, monkeypatch: pytest.MonkeyPatch) -> None:
    # So that a 2 GB export to a slow USB stick does not sit at 100 % during a final fsync:
    # contiguous ranges from the start of the file, handed to the OS while it is written.
    from fieldkit import fsutil
    from fieldkit.bundles import zip_writer

    calls: list[tuple[int, int]] = []
    real = fsutil.start_writeback

    def spy(fd: int, offset: int, length: int) -> None:
        calls.append((offset, length))
        real(fd, offset, length)  # the real call on a real file must not fail either

    monkeypatch.setattr(zip_writer, "start_writeback", spy)
    monkeypatch.setattr(zip_writer, "WRITEBACK_STEP", 4096)
    bundle = setup.export("wb.fkb")[0]
    assert len(calls) >= 3
    assert calls[0][0] == 0
    assert all(a + n == b for (a, n), (b, _) in itertools.pairwise(calls))
    assert calls[-1][0] + calls[-1][1] <= bundle.stat().st_size
    assert bundle.stat().st_size - (calls[-1][0] + calls[-1][1]) < 4096 + (1 << 20)
    assert verify_bundle(bundle, trust_files=[setup.tmp / "field.fkid"]).valid
    if sys.platform.startswith("linux"):
        assert fsutil._sync_file_range is not None


def test_export_progress_counts_the_cards_and_audit_lines_and_ends_at_the_total(setup) -> None:
    """A small export is mostly cards and audit events: progress ran to 457 % of its total
    before they were counted."""
    seen: list[tuple[int, int]] = []
    export_bundles(
        setup.field,
        setup.tmp / "p.fkb",
        ExportOptions(recipients=[Recipient.from_card(setup.coord_card)], mode="full"),
        progress=lambda p: seen.append((p.done, p.total)),
    )
    assert seen
    assert all(done <= total for done, total in seen), seen[-3:]
    assert seen[-1][0] == seen[-1][1]
