"""Nothing readable at rest: a marker stored in the vault is in no file on disk, temp or log."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit import logs
from fieldkit.vault import Vault, backup

MARKER = "ZQXJ-marker-7731-Ниневия-نينوى"


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(folder: Path, marker: str) -> list[Path]:
    hits = []
    for p in folder.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            if any(m in data for m in encodings(marker)) or any(
                m in data for m in encodings("ZQXJ-marker-7731")
            ):
                hits.append(p)
    return hits


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def test_marker_is_in_no_file_while_open_and_after_close(
    make_vault, vault_path: Path, tmp_path: Path, private_tmp: Path
) -> None:
    logs.setup()
    vault, _ = make_vault(name=MARKER, organisation=MARKER)
    with vault.transaction() as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        # Enough rows that SQLite spills pages to the WAL and sorts with temp storage.
        db.executemany("INSERT INTO notes VALUES (?)", [(f"{MARKER} {i}",) for i in range(5000)])
        vault.media.add(db, io.BytesIO(MARKER.encode() * 20_000))
    vault.db.execute("SELECT body FROM notes ORDER BY body DESC").fetchall()
    assert (vault_path / "vault.db-wal").exists(), "the WAL should hold pages while open"
    assert files_containing(vault_path, MARKER) == []
    backup(vault, tmp_path / "backup")
    assert files_containing(tmp_path / "backup", MARKER) == []
    vault.close()
    assert files_containing(vault_path, MARKER) == []
    assert files_containing(private_tmp, MARKER) == []
    assert files_containing(logs.log_dir(), MARKER) == []
    # The test can fail: the marker *is* readable once decrypted.
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.info().name == MARKER


def test_cli_logs_no_marker_passphrase_or_bug_text(
    make_vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_vault(name=MARKER)
    vault.close()
    secret = "passphrase-" + MARKER
    (tmp_path / "pw").write_text(PASSPHRASE)
    (tmp_path / "new").write_text(secret)
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    assert run_cli(["--vault", str(vault_path), "backup", "-o", str(tmp_path / "b")], env).code == 0
    assert (
        run_cli(
            [
                "passwd",
                "--vault",
                str(vault_path),
                "--passphrase-file",
                str(tmp_path / "pw"),
                "--new-passphrase-file",
                str(tmp_path / "new"),
            ]
        ).code
        == 0
    )
    # A bug whose message quotes record text must not put that text in the log.
    from fieldkit.commands import vault as vault_commands

    def buggy(ctx: object) -> int:
        raise RuntimeError(f"failed on {MARKER}")

    monkeypatch.setattr(vault_commands, "cmd_backup", buggy)
    result = run_cli(["--vault", str(vault_path), "backup", "-o", str(tmp_path / "c")], env)
    assert result.code == 1 and "report id" in result.err and "Traceback" not in result.err
    log_text = logs.log_file().read_text(encoding="utf-8")
    assert "report " in log_text
    assert MARKER not in log_text and "ZQXJ" not in log_text
    assert PASSPHRASE not in log_text and secret not in log_text
    assert os.environ.get("FIELDKIT_PASSPHRASE") is None


def _jpeg(marker: str) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 80, 40)).save(buf, "JPEG", comment=marker.encode())
    return buf.getvalue()


def test_marker_in_every_field_caption_and_search_is_nowhere_on_disk(
    make_vault, vault_path: Path, private_tmp: Path, tmp_path: Path
) -> None:
    from fieldkit.records import fields as F
    from fieldkit.records.service import PhotoInput, Records

    logs.setup()
    vault, _ = make_vault()
    records = Records(vault)
    object_values = {f.name: f"{MARKER} {f.name}" for f in F.OBJECT_FIELDS if f.kind == "text"}
    object_values["cross_references"] = []
    obj = records.create(
        F.OBJECT, object_values, [PhotoInput(_jpeg(MARKER), "overall", f"caption {MARKER}")]
    )
    damage_values = {
        f.name: f"{MARKER} {f.name}"
        for f in F.DAMAGE_FIELDS
        if f.kind == "text" and f.name != "object_id"
    }
    damage_values["object_id"] = obj.record_id
    records.create(F.DAMAGE, damage_values)
    records.edit(obj.record_id, {"notes": f"edited {MARKER}"})
    assert records.count(F.OBJECT, search=MARKER) == 1
    assert records.count(F.DAMAGE, search=MARKER) == 1
    assert files_containing(vault_path, MARKER) == []
    vault.close()
    assert files_containing(vault_path, MARKER) == []
    assert files_containing(private_tmp, MARKER) == []
    assert files_containing(logs.log_dir(), MARKER) == []
