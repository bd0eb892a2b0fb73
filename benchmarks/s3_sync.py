"""S3 sync targets on a real SeaweedFS server (the test extra's ``weed``), over loopback.

Usage: python benchmarks/s3_sync.py [--quick] [--size-mb 1024] [--cut-mb 50] [--bundle-mb 64]

1. **Throughput, S3 vs folder, the same bundle**: a vault with photos syncs to a folder target,
   then the same outbox bundle goes to an S3 target; the deliver stage is timed for each, and a
   coordinator picks it up from each (download, verify, import).
2. **A large transfer over a link that dies**: a ``--size-mb`` object (bundles are opaque age
   ciphertext to the transfer, so random bytes stand for one) goes up through a relay that cuts
   the connection every ``--cut-mb``, and the uploading process is killed (SIGKILL) once half
   of it is confirmed and started again; then it comes down the same way. Parts sent are counted
   at the relay: every interruption should cost at most the one part in flight.
3. **Time to notice a target that came back**: the status poll (every 3 s, as the desktop app)
   with the network probe at most every ``--probe-seconds``.

Prints a table and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from faultproxy import proxy_for  # noqa: E402
from s3server import running  # noqa: E402

from fieldkit.crypto.kdf import Argon2Params  # noqa: E402

FAST_KDF = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
PASSPHRASE = "benchmark passphrase, not secret"  # noqa: S105 - throwaway vaults
MB = 1_000_000

CHILD = r"""
import json, os, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from fieldkit.sync.s3client import S3Client, S3Credentials, S3Location, TransferOptions

class FileJournal:
    def __init__(self, path): self.path = Path(path)
    def _read(self):
        return json.loads(self.path.read_text()) if self.path.exists() else {{}}
    def _write(self, data):
        tmp = self.path.with_suffix(".tmp"); tmp.write_text(json.dumps(data))
        fd = os.open(tmp, os.O_RDONLY); os.fsync(fd); os.close(fd); os.replace(tmp, self.path)
    def load(self, key):
        d = self._read().get(key)
        return None if d is None else (d["id"], {{int(k): tuple(v) for k, v in d["parts"].items()}})
    def begin(self, key, upload_id, part_size):
        d = self._read(); d[key] = {{"id": upload_id, "parts": {{}}}}; self._write(d)
    def confirm(self, key, part, etag, sha):
        d = self._read(); d[key]["parts"][str(part)] = [etag, sha]; self._write(d)
    def finish(self, key):
        d = self._read(); d.pop(key, None); self._write(d)

mode, endpoint, bucket, key, path, journal, sha = sys.argv[1:8]
c = S3Client(endpoint, S3Location(bucket, ""), S3Credentials({access!r}, {secret!r}),
             options=TransferOptions(backoff_base=0.05, backoff_max=0.5, attempts=20))
if mode == "up":
    c.upload_file(key, Path(path), sha, FileJournal(journal))
else:
    (obj,) = [o for o in c.list() if o.key == key]
    c.download(obj, Path(path))
print(json.dumps({{"retries": c.stats.retries}}))
"""


def check(ok: bool, *context: Any) -> None:
    if not ok:
        shown = [getattr(c, "to_json", lambda c=c: c)() for c in context]
        raise RuntimeError(f"unexpected: {shown}")


def make_site(root: Path, name: str, role: str = "field") -> Any:
    from fieldkit.identity import own
    from fieldkit.identity.card import card_bytes, make_card, parse_card
    from fieldkit.vault import Vault

    vault, _ = Vault.create(root / name, PASSPHRASE, name=name, role=role, kdf=FAST_KDF)
    card = parse_card(card_bytes(make_card(own.load(vault.db))))
    return vault, card


def photo(seed: int) -> Any:
    from PIL import Image

    from fieldkit.records.service import PhotoInput

    buf = io.BytesIO()
    Image.effect_noise((3000, 2200), 60 + seed).convert("RGB").save(buf, "JPEG", quality=98)
    return PhotoInput(buf.getvalue())


def timed_sync(vault: Any, name: str) -> tuple[float, float, Any]:
    """(whole sync s, deliver stage s, report)."""
    from fieldkit import sync

    marks: dict[str, float] = {}

    def progress(p: Any) -> None:
        marks.setdefault(p.stage + "-start", time.perf_counter())
        marks[p.stage + "-end"] = time.perf_counter()

    start = time.perf_counter()
    report = sync.sync_target(vault, name, progress)
    whole = time.perf_counter() - start
    deliver = marks.get("deliver-end", 0.0) - marks.get("deliver-start", 0.0)
    return whole, deliver, report


def throughput(server: Any, root: Path, bundle_mb: int) -> dict[str, Any]:
    from fieldkit import sync
    from fieldkit.identity import trust
    from fieldkit.records import fields as F
    from fieldkit.records.service import Records
    from fieldkit.sync import s3target
    from fieldkit.sync.s3client import S3Credentials

    amal, amal_card = make_site(root, "amal")
    coord, coord_card = make_site(root, "coord", "coordinator")
    coord2, coord2_card = make_site(root, "coord2", "coordinator")
    with amal.transaction() as db:  # the bundle goes to both coordinators
        trust.add(db, coord_card, name="coord", role="coordinator", verified=True)
        trust.add(db, coord2_card, name="coord2", role="coordinator", verified=True)
    for other in (coord, coord2):
        with other.transaction() as db:
            trust.add(db, amal_card, name="amal", role="field", verified=True)
    photos = max(1, bundle_mb // 8)
    records = Records(amal)
    for i in range(photos):
        records.create(F.OBJECT, {"title": f"Object {i}"}, [photo(i)])
    folder = root / "stick"
    folder.mkdir()
    creds = S3Credentials(server.access_key, server.secret_key)
    url = f"s3://{server.shared_bucket()}/{server.new_prefix()}"
    sync.add_target(amal, "stick", folder, [])
    s3target.add_s3_target(amal, "hq", url, server.endpoint, creds, [])
    sync.add_target(coord, "stick", folder, [amal_card])
    s3target.add_s3_target(coord, "hq", url, server.endpoint, creds, [amal_card])
    _, folder_deliver, r1 = timed_sync(amal, "stick")
    _, s3_deliver, r2 = timed_sync(amal, "hq")
    size = sum(e.size for e in r1.exported)
    check(bool(r1.delivered) and r2.delivered == r1.delivered, r1, r2)
    folder_pull, _, p1 = timed_sync(coord, "stick")
    s3target.add_s3_target(coord2, "hq", url, server.endpoint, creds, [amal_card])
    s3_pull, _, p2 = timed_sync(coord2, "hq")
    check(len(p1.imported) == len(p2.imported) == 1, p1, p2)
    for v in (amal, coord, coord2):
        v.close()
    return {
        "bundle_mb": round(size / MB, 1),
        "deliver_folder_mb_s": round(size / MB / folder_deliver, 1),
        "deliver_s3_mb_s": round(size / MB / s3_deliver, 1),
        "pickup_folder_s": round(folder_pull, 2),
        "pickup_s3_s": round(s3_pull, 2),
    }


def write_random(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "wb") as out:
        left = size
        while left:
            chunk = os.urandom(min(left, 8 << 20))
            digest.update(chunk)
            out.write(chunk)
            left -= len(chunk)
    return digest.hexdigest()


def child(script: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(8 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def flaky(server: Any, root: Path, size_mb: int, cut_mb: int) -> dict[str, Any]:
    from fieldkit.sync.s3client import PART_SIZE

    size = size_mb * MB
    source = root / "big.fkb"
    sha = write_random(source, size)
    parts = (size + PART_SIZE - 1) // PART_SIZE
    script = root / "transfer.py"
    script.write_text(
        CHILD.format(
            tests=str(HERE.parent / "tests"), access=server.access_key, secret=server.secret_key
        )
    )
    journal = root / "journal.json"
    bucket = server.shared_bucket()
    key = server.new_prefix() + "big.fkb"
    out: dict[str, Any] = {"size_mb": size_mb, "cut_every_mb": cut_mb, "parts": parts}
    with proxy_for(server.endpoint, cut_every_up=cut_mb * MB) as proxy:
        start = time.perf_counter()
        up = child(script, "up", proxy.endpoint, bucket, key, str(source), str(journal), sha)

        def confirmed() -> int:
            try:
                data = json.loads(journal.read_text())
                return len(data.get(key, {}).get("parts", {}))
            except (OSError, ValueError):
                return 0

        while confirmed() < parts // 2 and up.poll() is None:
            time.sleep(0.05)
        up.send_signal(signal.SIGKILL)
        up.wait()
        at_kill = confirmed()
        up = child(script, "up", proxy.endpoint, bucket, key, str(source), str(journal), sha)
        _, err = up.communicate()
        if up.returncode != 0:
            raise RuntimeError(err[-2000:])
        out["upload_s"] = round(time.perf_counter() - start, 1)
        sent = proxy.parts_sent()
        out.update(
            upload_cuts=proxy.cuts,
            upload_kills=1,
            parts_confirmed_at_kill=at_kill,
            parts_sent=len(sent),
            parts_resent=len(sent) - parts,
        )
    with proxy_for(server.endpoint, cut_every_down=cut_mb * MB) as proxy:
        dest = root / "down.fkb"
        start = time.perf_counter()
        down = child(script, "down", proxy.endpoint, bucket, key, str(dest), "-", "-")
        while (not dest.exists() or dest.stat().st_size < size // 2) and down.poll() is None:
            time.sleep(0.05)
        down.send_signal(signal.SIGKILL)
        down.wait()
        kept = dest.stat().st_size
        down = child(script, "down", proxy.endpoint, bucket, key, str(dest), "-", "-")
        _, err = down.communicate()
        if down.returncode != 0:
            raise RuntimeError(err[-2000:])
        out["download_s"] = round(time.perf_counter() - start, 1)
        out.update(
            download_cuts=proxy.cuts,
            download_kills=1,
            bytes_at_kill_mb=round(kept / MB, 1),
            bytes_received_mb=round(proxy.down / MB, 1),
            ranged_gets=proxy.ranged_gets(),
            identical=sha256_of(dest) == sha,
        )
    source.unlink()
    dest.unlink()
    return out


def notice(server: Any, root: Path, probe_seconds: float) -> dict[str, Any]:
    from fieldkit import sync
    from fieldkit.sync import s3target
    from fieldkit.sync.s3client import S3Credentials

    vault, _ = make_site(root, "notice")
    creds = S3Credentials(server.access_key, server.secret_key)
    url = f"s3://{server.shared_bucket()}/{server.new_prefix()}"
    s3target.PROBE_SECONDS = probe_seconds
    with proxy_for(server.endpoint) as proxy:
        s3target.add_s3_target(vault, "hq", url, proxy.endpoint, creds, [])
        proxy.go_offline()
        t = time.perf_counter()
        (status,) = sync.target_status(vault, probe_age=0)
        probe_down = time.perf_counter() - t
        check(not status.reachable, status)
        time.sleep(probe_seconds / 3)
        proxy.offline = False
        back = time.perf_counter()
        while True:
            t = time.perf_counter()
            (status,) = sync.target_status(vault)
            if status.reachable:
                probe_up = time.perf_counter() - t
                break
            time.sleep(3.0)  # the desktop app's poll
        noticed = time.perf_counter() - back
    vault.close()
    return {
        "probe_seconds": probe_seconds,
        "probe_refused_ms": round(probe_down * 1000),
        "probe_answered_ms": round(probe_up * 1000),
        "noticed_after_s": round(noticed, 1),
        "worst_case_s": round(probe_seconds + 3.0 + probe_up, 1),
        "app_default_probe_seconds": 120.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument("--size-mb", type=int, default=1000)
    parser.add_argument("--cut-mb", type=int, default=50)
    parser.add_argument("--bundle-mb", type=int, default=64)
    parser.add_argument("--probe-seconds", type=float, default=10.0)
    args = parser.parse_args()
    if args.quick:
        args.size_mb, args.cut_mb, args.bundle_mb, args.probe_seconds = 40, 12, 16, 2.0
    result: dict[str, Any] = {}
    with running() as server, tempfile.TemporaryDirectory(prefix="fk-s3-bench-") as tmp:
        root = Path(tmp)
        (root / "t").mkdir()
        result["throughput"] = throughput(server, root / "t", args.bundle_mb)
        (root / "f").mkdir()
        result["flaky"] = flaky(server, root / "f", args.size_mb, args.cut_mb)
        (root / "n").mkdir()
        result["notice"] = notice(server, root / "n", args.probe_seconds)
    for area, figures in result.items():
        print(f"== {area}")
        for name, value in figures.items():
            print(f"  {name:28} {value}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
