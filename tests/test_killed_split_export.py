"""A split export killed between its parts (power cut, kill -9; review r10 #5) leaves no part
under its name: the vault never recorded their stream positions, so a part left on the stick
would share its sequence number with the next export's and the coordinator importing both
would record a false fork ("both claim sequence 1")."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from peers import Peer
from PIL import Image

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.parts import MIN_MAX_SIZE
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.vault import Vault

# Run in a child process: exports to argv[2] in parts of 1M and dies (os._exit, no clean-up,
# as kill -9) the moment a second part file is started, the first one complete.
_KILLED_EXPORT = """
import os, sys
from pathlib import Path
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.parts import MIN_MAX_SIZE
from fieldkit.identity.card import parse_card
from fieldkit.vault import Vault

vault = Vault.open(Path(sys.argv[1]), sys.argv[4])
stick = Path(sys.argv[2])
coord = parse_card(Path(sys.argv[3]).read_bytes())

def progress(p):
    if any("part2of" in f.name for f in stick.iterdir()):
        os._exit(9)

options = ExportOptions(recipients=[Recipient.from_card(coord)], max_size=MIN_MAX_SIZE)
export_bundles(vault, stick / "b.fkb", options, progress)
sys.exit("the export finished before it could be killed")
"""


def _noise_jpeg(seed: int) -> bytes:
    rnd = random.Random(seed)  # noqa: S311 - test pixels, not secrets
    img = Image.frombytes("RGB", (360, 280), rnd.randbytes(360 * 280 * 3))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95)
    return out.getvalue()


@pytest.fixture
def field_and_coordinator(tmp_path: Path) -> Iterator[tuple[Peer, Peer]]:
    """A field vault with photos enough for several parts of 1M, and its coordinator."""
    field = Peer(tmp_path, "field")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field.trust(coord)
    coord.trust(field)
    for i in range(9):
        field.records.create(
            F.OBJECT,
            F.clean_fields(F.OBJECT, {"inventory_number": f"K-{i}", "title": "k"}),
            photos=[PhotoInput(_noise_jpeg(i))],
        )
    yield field, coord
    field.vault.close()
    coord.vault.close()


def test_an_export_killed_between_parts_leaves_no_part_and_no_fork(
    field_and_coordinator: tuple[Peer, Peer], tmp_path: Path
) -> None:
    field, coord = field_and_coordinator
    field.vault.close()  # the child process opens it, as a second `fieldkit export` would
    stick1, stick2 = tmp_path / "stick1", tmp_path / "stick2"
    stick1.mkdir()
    stick2.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    args = [str(field.path), str(stick1), str(tmp_path / "coord.fkid"), PASSPHRASE]
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_EXPORT, *args], env=env, capture_output=True, timeout=300
    )
    assert child.returncode == 9, child.stderr.decode(errors="replace")

    # The stick leaves with whatever is on it under a bundle's name; the coordinator imports it.
    carried = sorted(p for p in stick1.iterdir() if not p.name.startswith("."))
    for part in carried:
        coord.receive(part)
    field.vault = Vault.open(field.path, PASSPHRASE)
    assert field.vault.db.execute("SELECT count(*) FROM sent_bundles").fetchone()[0] == 0

    # Exporting again: the coordinator takes every part with no fork on record.
    again = export_bundles(
        field.vault,
        stick2 / "b.fkb",
        ExportOptions(recipients=[Recipient.from_card(coord.card)], max_size=MIN_MAX_SIZE),
    )
    assert len(again.bundles) >= 2
    for bundle in again.bundles:
        coord.receive(bundle.path)
    assert coord.vault.db.execute("SELECT count(*) FROM forks").fetchone()[0] == 0
    # Only hidden partials were left, which the next export into that folder removes.
    assert [p.name for p in carried] == []
