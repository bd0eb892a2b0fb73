"""A mixed selection of photos adds the good ones and names each refused one with its reason."""

from __future__ import annotations

from pathlib import Path

from fieldkit.gui.main_window import MainWindow

from .helpers import make_jpeg


def test_good_photo_added_and_truncated_one_named(
    unlocked: MainWindow, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    editor = unlocked.workspace.new_object()
    assert editor is not None
    editor.inputs["inventory_number"].set_raw("P-1")
    editor.inputs["title"].set_raw("Jar")
    assert editor.save()
    good = make_jpeg(tmp_path / "good.jpg", seed=3)
    whole = make_jpeg(tmp_path / "whole.jpg", seed=4).read_bytes()
    bad = tmp_path / "truncated.jpg"
    bad.write_bytes(whole[: len(whole) // 2])
    editor.add_photos([bad, good])
    qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
    assert len(editor.media) == 1
    session = unlocked.session
    assert session is not None
    assert len(session.records.get(editor.record_id).media) == 1  # type: ignore[arg-type]
    box = editor.findChild(object, "photosRefusedBox")
    assert box is not None and box.isVisible()
    assert "truncated.jpg" in box.text() and "good.jpg" not in box.text()
    assert "1 photo" in editor.status.text()
    box.close()
    editor.close()


def test_only_refused_photos_add_nothing_and_leave_no_file(
    unlocked: MainWindow, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    editor = unlocked.workspace.new_object()
    assert editor is not None
    editor.inputs["inventory_number"].set_raw("P-2")
    editor.inputs["title"].set_raw("Bowl")
    assert editor.save()
    session = unlocked.session
    assert session is not None
    media = session.vault.path / "media"
    before = sorted(p.name for p in media.rglob("*") if p.is_file())
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo at all")
    editor.add_photos([text])
    qtbot.waitUntil(lambda: not editor.importing, timeout=10_000)
    assert editor.media == []
    assert sorted(p.name for p in media.rglob("*") if p.is_file()) == before
    assert len(session.records.history(editor.record_id)) == 1  # type: ignore[arg-type]
    box = editor.findChild(object, "photosRefusedBox")
    assert box is not None and "notes.jpg" in box.text()
    box.close()
    editor.close()
