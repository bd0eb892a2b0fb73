"""Backup, restore and rekey report their progress and stop cleanly when cancelled (issue 14):
in the core with a recording sink, and from the command line with Ctrl+C."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from interrupting import interrupt_cli, vault_content
from test_photos import noisy_jpeg

from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.tasks import Cancel, Progress
from fieldkit.vault import Vault, backup, restore
from fieldkit.vault.backup import PARTIAL_SUFFIX

PHOTOS = 12


def _with_photos(vault: Vault, count: int = PHOTOS) -> None:
    records = Records(vault)
    for i in range(count):
        photo = PhotoInput(noisy_jpeg((320, 240), seed=i))
        records.create(F.OBJECT, {"inventory_number": f"B-{i}"}, [photo])


def _monotonic(seen: list[Progress]) -> None:
    last: dict[str, int] = {}
    for step in seen:
        assert step.done >= last.get(step.phase, 0), seen
        assert step.total == 0 or step.done <= step.total
        last[step.phase] = step.done


def _cancel_after_first_photo(cancel: Cancel, seen: list[Progress]) -> object:
    def sink(step: Progress) -> None:
        seen.append(step)
        if step.phase == "photos" and step.done >= 1:
            cancel.set()

    return sink


def test_backup_reports_every_photo_in_order(vault: Vault, tmp_path: Path) -> None:
    _with_photos(vault, 3)
    seen: list[Progress] = []
    backup(vault, tmp_path / "b", seen.append)
    _monotonic(seen)
    assert seen[0].phase == "database"
    photos = [(s.done, s.total) for s in seen if s.phase == "photos"]
    assert photos == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_a_cancelled_backup_leaves_no_folder_and_no_audit_event(
    make_vault, vault_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault, _ = make_vault()
    _with_photos(vault, 4)
    vault.close()
    before = vault_content(vault_path, PASSPHRASE)
    cancel, seen = Cancel(), []  # type: ignore[var-annotated]
    with Vault.open(vault_path, PASSPHRASE) as v, pytest.raises(CancelledError, match="backup"):
        backup(v, tmp_path / "out" / "b", _cancel_after_first_photo(cancel, seen), cancel)  # type: ignore[arg-type]
    assert list((tmp_path / "out").iterdir()) == []  # no backup, no partial sibling
    assert vault_content(vault_path, PASSPHRASE) == before
    _monotonic(seen)


def test_a_cancelled_restore_leaves_no_vault(vault: Vault, tmp_path: Path) -> None:
    _with_photos(vault, 3)
    backup(vault, tmp_path / "b")
    cancel, seen = Cancel(), []  # type: ignore[var-annotated]

    def sink(step: Progress) -> None:
        seen.append(step)
        if step.phase == "copy" and step.done >= 1:
            cancel.set()

    with pytest.raises(CancelledError, match="restore"):
        restore(tmp_path / "b", tmp_path / "r", PASSPHRASE, progress=sink, cancel=cancel)
    assert not (tmp_path / "r").exists()
    _monotonic(seen)
    assert {s.phase for s in seen} == {"check", "copy"}
    restore(tmp_path / "b", tmp_path / "r", PASSPHRASE).close()  # the backup is still whole


def test_a_cancelled_rekey_keeps_the_old_keys(make_vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, _ = make_vault()
    _with_photos(vault, 3)
    vault.close()
    before = vault_content(vault_path, PASSPHRASE)
    vault = Vault.open(vault_path, PASSPHRASE)
    cancel, seen = Cancel(), []  # type: ignore[var-annotated]
    delivered: list[str] = []
    with pytest.raises(CancelledError, match="old keys"):
        vault.rekey(
            "a brand new passphrase",
            FAST_KDF,
            _cancel_after_first_photo(cancel, seen),  # type: ignore[arg-type]
            deliver_recovery_key=delivered.append,
            cancel=cancel,
        )
    vault.close()
    assert delivered == []
    assert not (vault_path / "vault.db.rekey").exists()
    assert not (vault_path / "media.rekey").exists()
    assert vault_content(vault_path, PASSPHRASE) == before
    _monotonic(seen)


def test_ctrl_c_during_backup_stops_it_and_leaves_nothing(
    make_vault, vault_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault, _ = make_vault()
    _with_photos(vault, 40)
    vault.close()
    before = vault_content(vault_path, PASSPHRASE)
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    out = tmp_path / "out"
    out.mkdir()
    # The interrupt must land before the backup is put in place; on a very busy machine the
    # backup may finish first: try again (each try is checked the same way).
    for attempt in range(5):
        dest = out / f"b{attempt}"
        code, transcript = interrupt_cli(
            ["--vault", str(vault_path), "backup", "-o", str(dest)], env, when=r"database"
        )
        if code == 0:
            assert dest.is_dir()
            before = vault_content(vault_path, PASSPHRASE)  # one more "backup made" event
            continue
        assert "The backup was cancelled; the incomplete copy was removed." in transcript
        assert code == 1
        assert not dest.exists()
        assert not [p for p in out.iterdir() if p.name.endswith(PARTIAL_SUFFIX)]
        assert vault_content(vault_path, PASSPHRASE) == before
        return
    pytest.fail("every backup finished before Ctrl+C reached it")
