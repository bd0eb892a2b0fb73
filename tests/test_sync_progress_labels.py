"""The sync says what it is doing at each step (issue 16, the task contract of issue 14): every
progress event carries a translated label (``Progress.label``) for its stage, and for the
steps within one — listing the target, downloading, verifying, importing, quarantining,
uploading — so the app's sync panel can show the core's own words in the reader's language.
The phase stays one of the engine's stages, so a bar over the stages keeps its place."""

from __future__ import annotations

from pathlib import Path

from s3server import s3_server as s3_server
from test_sync import any_world as any_world
from test_sync import place as place

from fieldkit import i18n
from fieldkit.records import fields as F
from fieldkit.sync import engine
from fieldkit.sync.engine import STAGE_LABELS, STAGES, STEP_LABELS, SyncProgress


def _steps(events: list[SyncProgress]) -> list[str]:
    return [e.step for e in events if e.step]


def test_every_step_of_a_sync_has_a_label_in_each_language(any_world) -> None:
    amal, _, coord, place = any_world
    amal.records.create(F.OBJECT, {"title": "Jar"})
    sent: list[SyncProgress] = []
    assert amal.sync(progress=sent.append).delivered
    place.write("junk.fkb", b"not a bundle at all")
    got: list[SyncProgress] = []
    report = coord.sync(progress=got.append)
    assert [r.new_revisions for r in report.imported] == [1]
    assert [e.file for e in report.quarantined] == ["junk.fkb"]

    picked = _steps(got)
    assert picked[0] == "listing", picked
    assert {"verifying", "importing", "quarantining"} <= set(picked), picked
    assert picked.index("verifying") < picked.index("importing")
    assert ("downloading" in picked) == (place.kind == "s3"), picked
    assert ("uploading" in _steps(sent)) == (place.kind == "s3")
    for event in sent + got:
        assert event.phase in STAGES and event.target == "shared"
        assert isinstance(event.label, i18n.Text) and event.label.context == "progress"
        template = STEP_LABELS[event.step] if event.step else STAGE_LABELS[event.phase]
        assert event.label.template == template
        assert str(event.label).startswith("shared: ")
    # Within a stage the bar never goes back, whatever the steps say.
    for stage in STAGES:
        for events in (sent, got):
            counts = [e.done for e in events if e.phase == stage]
            assert counts == sorted(counts), (stage, counts)


def test_each_label_is_translated() -> None:
    for template in [*STAGE_LABELS.values(), *STEP_LABELS.values()]:
        label = i18n.Text("progress", template, target="USB-1")
        for lang in ("fr", "ar", "uk"):
            shown = i18n.localise(label, lang)
            assert shown != str(label), (lang, template)
            assert "USB-1" in shown


def test_a_step_label_is_shown_by_the_command_line_progress_line(tmp_path: Path) -> None:
    from test_i18n_progress import _terminal_context

    from fieldkit.commands.progress import printer

    i18n.set_language("uk")
    try:
        ctx, err = _terminal_context()
        show = printer(ctx)
        assert show is not None
        label = i18n.Text("progress", STEP_LABELS["downloading"], target="hq")
        show(engine.SyncProgress("pickup", 1, 3, label, target="hq", step="downloading"))
        assert i18n.localise(label, "uk") in err.getvalue()
        assert "downloading" not in err.getvalue()
    finally:
        i18n.set_language("en")
