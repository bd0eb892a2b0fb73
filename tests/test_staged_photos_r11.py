"""Photos staged for records not saved yet, as the editors stage them (with their drafts):
notes/r11/review2.md findings 1 and 2, each seen failing before the fix.

1. Two editors of new records staged the same photo; discarding one removed it, and the
   other's Save refused ("A photo added to this record is no longer in the vault.").
2. A crash (SIGKILL) between staging and Save left the photo encrypted in the vault, in no
   record and no draft, for ever. Now the staging writes the editor's draft in its own
   transaction: the crash leaves a draft (reopened at the next unlock, as after an idle lock),
   whose Save attaches the photo and whose Discard removes it.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import PASSPHRASE
from test_photos import media_files, noisy_jpeg

from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.records.drafts import NewRecordDraft
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault

TESTS = Path(__file__).resolve().parent


def _photo(tmp_path: Path, seed: int = 7) -> Path:
    src = tmp_path / f"p{seed}.jpg"
    src.write_bytes(noisy_jpeg((120, 90), seed=seed))
    return src


def _count(vault: Vault, table: str) -> int:
    return int(vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def _discard(records: Records, key: str, staged: list[dict[str, object]]) -> None:
    """What an editor's Discard does: its draft goes, then the photos it staged."""
    drafts.discard(records.vault, key)
    records.forget_staged(staged, draft_key=key)


def test_discarding_one_editor_keeps_the_photo_another_editor_staged(
    vault: Vault, tmp_path: Path
) -> None:
    src = _photo(tmp_path)
    records = Records(vault)
    a = NewRecordDraft("object:new:a", F.OBJECT, {"title": "Jar"})
    b = NewRecordDraft("damage:new:b", F.DAMAGE, {"site": "Store room B"})
    staged_a = records.stage_photos([PhotoInput(src, "damage", "a")], draft=a)
    staged_b = records.stage_photos([PhotoInput(src, "damage", "b")], draft=b)
    _discard(records, a.key, staged_a)  # A discarded; B still open, showing the photo
    assert _count(vault, "photos") == 1 and len(media_files(vault)) == 1
    view = records.create(F.DAMAGE, {"site": "Store room B"}, staged=staged_b)  # B's Save
    assert [m["sha256"] for m in view.media] == [staged_b[0]["sha256"]]
    _discard(records, b.key, staged_b)  # the editor forgets its draft after Save
    assert _count(vault, "photos") == 1 and len(media_files(vault)) == 1


def test_the_last_of_two_editors_discarded_removes_the_photo_either_way(
    vault: Vault, tmp_path: Path
) -> None:
    src = _photo(tmp_path)
    records = Records(vault)
    for first, second in (("a", "b"), ("b", "a")):
        keys = {name: f"damage:new:{name}{first}" for name in "ab"}
        staged = {
            name: records.stage_photos(
                [PhotoInput(src, "damage", "")],
                draft=NewRecordDraft(keys[name], F.DAMAGE, {}),
            )
            for name in "ab"
        }
        _discard(records, keys[first], staged[first])
        assert _count(vault, "photos") == 1, "the other editor still shows it"
        _discard(records, keys[second], staged[second])
        assert _count(vault, "photos") == 0 and media_files(vault) == []
        assert _count(vault, "photo_hashes") == 0 and _count(vault, "drafts") == 0


def test_a_photo_removed_from_the_form_leaves_its_draft_too(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    draft = NewRecordDraft("damage:new:c", F.DAMAGE, {"site": "Hall"})
    staged = records.stage_photos(
        [
            PhotoInput(_photo(tmp_path, 1), "damage", ""),
            PhotoInput(_photo(tmp_path, 2), "damage", ""),
        ],
        draft=draft,
    )
    kept = drafts.load(vault, draft.key)
    assert kept is not None and kept.values == {"site": "Hall"}
    assert [p["sha256"] for p in kept.photos] == [e["sha256"] for e in staged]
    # Removed in the form: gone from the vault, and a crash now would not bring it back.
    assert records.forget_staged(staged[:1], draft_key=draft.key) == 1
    kept = drafts.load(vault, draft.key)
    assert kept is not None and [p["sha256"] for p in kept.photos] == [staged[1]["sha256"]]
    assert _count(vault, "photos") == 1 and len(media_files(vault)) == 1


def _stage_then_crash(vault_path: Path, photo: Path, key: str) -> subprocess.CompletedProcess[str]:
    child = textwrap.dedent(
        f"""
        import os, signal, sys
        from pathlib import Path
        sys.path.insert(0, {str(TESTS)!r})
        from conftest import PASSPHRASE
        from fieldkit.records import fields as F
        from fieldkit.records.drafts import NewRecordDraft
        from fieldkit.records.service import PhotoInput, Records
        from fieldkit.vault import Vault
        vault = Vault.open(Path({str(vault_path)!r}), PASSPHRASE)
        draft = NewRecordDraft({key!r}, F.DAMAGE, {{"site": "Store room B"}})
        Records(vault).stage_photos([PhotoInput(Path({str(photo)!r}), "damage", "")], draft=draft)
        print("staged", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)  # before Save, before any lock: no clean close
        """
    )
    return subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=300, check=False
    )


def test_a_crash_between_staging_and_save_leaves_a_draft_that_reopens_with_the_photo(
    make_vault: object, tmp_path: Path
) -> None:
    vault, _ = make_vault()  # type: ignore[operator]
    path = vault.path
    vault.close()
    key = "damage:new:crash"
    done = _stage_then_crash(path, _photo(tmp_path), key)
    assert done.returncode == -signal.SIGKILL and "staged" in done.stdout, done.stderr[-2000:]

    vault = Vault.open(path, PASSPHRASE)
    try:
        kept = drafts.all_drafts(vault)
        print("after the crash: drafts", len(kept), "photos", _count(vault, "photos"))
        assert [d.key for d in kept] == [key], "the photo is in no record and no draft"
        assert kept[0].values == {"site": "Store room B"}
        assert len(kept[0].photos) == 1 and _count(vault, "photos") == 1
        # Reopened and saved (as after an idle lock): the record has the photo.
        view = Records(vault).create(F.DAMAGE, kept[0].values, staged=kept[0].photos)
        assert [m["sha256"] for m in view.media] == [kept[0].photos[0]["sha256"]]
    finally:
        vault.close()


def test_a_crash_then_discarding_the_reopened_draft_leaves_no_photo(
    make_vault: object, tmp_path: Path
) -> None:
    vault, _ = make_vault()  # type: ignore[operator]
    path = vault.path
    vault.close()
    done = _stage_then_crash(path, _photo(tmp_path), "damage:new:gone")
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert _count(vault, "photos") == 1
        drafts.discard(vault, "damage:new:gone")
        assert _count(vault, "photos") == 0 and _count(vault, "media_files") == 0
        assert _count(vault, "photo_hashes") == 0 and _count(vault, "drafts") == 0
        assert media_files(vault) == []
    finally:
        vault.close()
