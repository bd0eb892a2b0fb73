"""A command-line sentence that stayed English in every language (found by reading the
commands for literal sentences): sync's "no target reachable"."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from test_sync_cli import ENV, Site, cli


def test_no_reachable_sync_target_is_said_in_french(tmp_path: Path) -> None:
    amal = Site(tmp_path, "amal")
    amal.vault.close()
    drive = tmp_path / "drive"
    drive.mkdir()
    assert cli(amal, "sync", "target", "add", "usb", str(drive)).code == 0
    (drive / ".fieldkit-target").unlink()  # the drive is not mounted: an empty mount point
    everything = run_cli(["--vault", str(amal.path), "sync"], env={**ENV, "FIELDKIT_LANG": "fr"})
    assert everything.code == 0
    assert "Aucune cible de synchronisation n’est joignable" in everything.err, everything.err
