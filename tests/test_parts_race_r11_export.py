"""Two vaults on one laptop export to one stick at the same time (review r11 #5), end to end: a
split export in its own process has closed its first part (as beyond 64 open ones) when the
other vault's export runs its clean-up; the first one's every part still reaches the stick,
and its vault records exactly those."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE
from PIL import Image

from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.bundles.verify import verify_bundle
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault

# The first vault's export, paused while it writes part 3: by then part 1 is finished and
# closed (_OPEN_PARTS lowered to 1 so that three parts of 1M show what 66 would).
_SPLIT_EXPORT = """
import os, sys, time
from pathlib import Path
from fieldkit.bundles import parts
from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.vault import Vault

parts._OPEN_PARTS = 1
vault = Vault.open(Path(sys.argv[1]), os.environ["FIELDKIT_PASSPHRASE"])
stick, ready, go = Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])

def progress(p):
    if not ready.exists() and any(n.startswith(".a.part3of") for n in os.listdir(stick)):
        ready.write_text("part 1 is closed")
        deadline = time.monotonic() + 120
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.01)

options = ExportOptions(plain=True, max_size=parts.MIN_MAX_SIZE)
result = export_bundles(vault, stick / "a.fkb", options, progress)
print(len(result.bundles))
vault.close()
"""


def _noise_jpeg(seed: int) -> bytes:
    rnd = random.Random(seed)  # noqa: S311 - test pixels, not secrets
    img = Image.frombytes("RGB", (360, 280), rnd.randbytes(360 * 280 * 3))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95)
    return out.getvalue()


def test_another_vaults_export_meanwhile_takes_none_of_a_split_exports_parts(
    tmp_path: Path,
) -> None:
    first, _ = Vault.create(tmp_path / "amal", PASSPHRASE, name="amal", kdf=FAST_KDF)
    with first:
        records = Records(first)
        for i in range(24):
            records.create(F.OBJECT, {"title": f"k{i}"}, [PhotoInput(_noise_jpeg(i))])
    second, _ = Vault.create(tmp_path / "bohdan", PASSPHRASE, name="bohdan", kdf=FAST_KDF)
    with second:
        Records(second).create(F.OBJECT, {"title": "Bowl"})
    stick = tmp_path / "stick"
    stick.mkdir()
    ready, go = tmp_path / "ready", tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), FIELDKIT_PASSPHRASE=PASSPHRASE)
    args = [str(tmp_path / "amal"), str(stick), str(ready), str(go)]
    child = subprocess.Popen(
        [sys.executable, "-c", _SPLIT_EXPORT, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert child.poll() is None, child.communicate()[1].decode(errors="replace")
            assert time.monotonic() < deadline, "the split export never reached its part 3"
            time.sleep(0.01)
        with Vault.open(tmp_path / "bohdan", PASSPHRASE) as other:
            assert export_bundles(other, stick / "b.fkb", ExportOptions(plain=True)).bundles
        go.touch()
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err.decode(errors="replace")
    count = int(out.decode().split()[-1])
    assert count >= 3
    on_stick = sorted(p.name for p in stick.iterdir())
    assert on_stick == sorted(["b.fkb", *(f"a.part{i}of{count}.fkb" for i in range(1, count + 1))])
    assert all(verify_bundle(stick / name).valid for name in on_stick)
    with Vault.open(tmp_path / "amal", PASSPHRASE) as vault:
        sent = vault.db.execute("SELECT count(*) FROM sent_bundles").fetchone()[0]
    assert sent == count
