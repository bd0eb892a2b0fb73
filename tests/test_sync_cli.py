"""`fieldkit sync …` on the command line (SPEC §11): targets, status, sync, exit codes."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli
from test_sync import Site

from fieldkit.records import fields as F

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


def cli(site: Site, *args: str):
    return run_cli(["--vault", str(site.path), *args], env=ENV)


def test_targets_status_and_sync_from_the_command_line(tmp_path: Path) -> None:
    shared = tmp_path / "stick"
    shared.mkdir()
    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    coord.trust(amal)
    amal.records.create(F.OBJECT, {"title": "Jar"})
    for site in (amal, coord):
        site.vault.close()

    added = cli(amal, "sync", "target", "add", "stick", str(shared), "--to", str(coord.card_file))
    assert added.code == 0, added.err
    assert "not in your trust store" in added.err  # Amal does not trust the coordinator yet
    assert (shared / ".fieldkit-target").is_file()
    listed = cli(amal, "sync", "target", "list", "--json")
    assert listed.code == 0
    assert [(t["name"], t["path"]) for t in listed.json] == [("stick", str(shared))]
    assert listed.json[0]["recipients"][0]["fingerprint"] == coord.fingerprint
    assert cli(coord, "sync", "target", "add", "stick", str(shared)).code == 0

    pushed = cli(amal, "sync", "--json")
    assert pushed.code == 0, pushed.err
    (report,) = pushed.json
    assert report["target"] == "stick" and len(report["delivered"]) == 1
    status = cli(amal, "sync", "status", "--json")
    assert status.code == 0 and status.json[0]["reachable"] is True
    assert status.json[0]["awaiting_acknowledgement"] == 1 and status.json[0]["waiting"] == 0

    pulled = cli(coord, "sync", "stick")
    assert pulled.code == 0, pulled.err
    assert "imported 1 bundle(s) with 1 new revision(s)" in pulled.err
    human = cli(amal, "sync", "status")
    assert "stick: reachable" in human.out and "last push:" in human.out
    # Delivered but not yet acknowledged: honest about what the next sync would carry.
    assert "not yet sent: 0 revisions, 0 photos" in human.out

    removed = cli(amal, "sync", "target", "remove", "stick")
    assert removed.code == 0 and "nothing on it was touched" in removed.err
    assert (shared / ".fieldkit-target").is_file()
    assert cli(amal, "sync", "target", "list", "--json").json == []


def test_sync_command_errors_are_plain_sentences(tmp_path: Path) -> None:
    amal = Site(tmp_path, "amal")
    amal.vault.close()
    none = cli(amal, "sync")
    assert none.code == 2 and "No sync target is set up" in none.err
    assert cli(amal, "sync", "nosuch").code == 2
    stray = cli(amal, "sync", "status", "--to", "x.fkid")
    assert stray.code == 2 and "--to goes with" in stray.err
    reserved = cli(amal, "sync", "target", "add", "status", str(tmp_path))
    assert reserved.code == 2 and "choose another name" in reserved.err
    missing = cli(amal, "sync", "target", "add", "usb", str(tmp_path / "not-plugged-in"))
    assert missing.code == 1 and "does not exist" in missing.err
    drive = tmp_path / "drive"
    drive.mkdir()
    assert cli(amal, "sync", "target", "add", "usb", str(drive)).code == 0
    (drive / ".fieldkit-target").unlink()  # the drive is not mounted: an empty mount point
    gone = cli(amal, "sync", "usb")
    assert gone.code == 1 and "is not reachable" in gone.err and "Traceback" not in gone.err
    # With no target named, an unreachable one is reported and skipped, not an error.
    everything = cli(amal, "sync")
    assert everything.code == 0 and "No sync target is reachable" in everything.err
    assert cli(amal, "sync", "quarantine", "--json").json == []
