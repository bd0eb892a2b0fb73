"""Bundle export and verify speed against the floor and the stock tools (SPEC §7, §13).

Usage: python benchmarks/bundle_speed.py [--quick] [--gb G] [--runs R] [--json FILE] [--tmp DIR]

Setup (not timed): a sender vault with cheap KDF parameters and a "coordinator" vault whose
identity card is the recipient. The sender is filled with object records carrying real-size
12 MP JPEGs (about 4.6-5.5 MB each, noise so they do not compress) until the stored photos
reach ``--gb`` GB (1 GB = 10^9 bytes; ``--quick`` uses 150 MB). Four base images are encoded
once; every stored photo is one of them with a unique JPEG COM segment, so no photo is
deduplicated and nothing is re-encoded. Every input is derived from fixed seeds.

Timed, R runs each, interleaved (one run of every export-side line, then the next run):

* ``export``: ``export_bundles(vault, out, ExportOptions(recipients=[coord], mode="full"))``.
* ``floor``: the SPEC §13 floor -- for every stored photo, ``vault.media.open`` (decrypt),
  SHA-256 of the plaintext, and age encryption to the same recipients as the export (the
  coordinator and the sender's own key), written one after another into ONE temporary file,
  flushed and fsynced at the end, as the export does with its bundle. ``floor (no file)`` is
  the same into a sink that discards (information only: the cost of writing).
* ``stock export``: the decrypted photos and a plaintext records.ndjson are written to a
  folder first (not timed); then ``age -r COORD -r SENDER -o X.age X`` per file, sequentially,
  into a fresh folder, ``bagit.py --sha256 DIR`` and ``minisign -S -s KEY -m
  DIR/tagmanifest-sha256.txt`` (a passwordless key from ``minisign -G -W``). Process starts
  are included, the ZIP step and any fsync are not (both favour the stock pipeline).
  ``stock export, synced`` (information, not a target) is the same run until ``os.sync()``
  returns: what it costs for the stock result to be on the disk, as the export's is.

* ``write floor``: the physical floor of the disk (SPEC §13, the headline): the export's own
  bundle bytes (read into memory before the clock) written in 1 MiB pieces into a fresh file in
  the same folder, then fsynced (what ``dd bs=1M conv=fsync`` does), in the same run, right
  after that export. ``write, no fsync`` (information) is the same without the fsync: writing
  into the page cache alone. When the disk is faster than the export's cryptography (small
  bundles, a fast or virtual disk), the export cannot come near the write floor: compare it
  with ``floor`` (decrypt, hash, encrypt and write the same photos), the crypto floor.
  ``export / write floor`` and ``export / stock export, synced`` are the headline ratios;
  ``export / stock export`` (unsynced) is information.

Before every timed run, ``os.sync()`` flushes what earlier steps left to write.

Then the bundle of the last export run is verified: ``verify_bundle(bundle,
trust_files=[sender card])`` without a key, against stock ``bagit.py --validate`` plus
``minisign -Vm tagmanifest-sha256.txt -p sender.pub`` on the same bundle unzipped (the unzip
is not timed); and, for information, with the coordinator's vault (content inspected).
``verify floor`` and ``verify floor (vault)`` (information) do only the hashing and decrypting
those checks need, on as many threads, with none of verify's parsing or signatures: the SHA-256
of the whole file beside every member's stored bytes, and with the vault each payload file
decrypted and its plaintext hashed too. Their ratio is the best the SPEC §13 row "verify with
the recipient's vault / verify without key" can be on this machine.
Each verify child also records every thread's CPU seconds; from them, ``fair_share_seconds``
estimates the wall time on an idle machine with this many cores (threads started together,
cores shared fairly). On a busy machine the wall-time ratio of the two verifies mostly
measures the load; that estimate, and the ratio of CPU seconds, do not.

Every timed run happens in a fresh child process (this script with ``--child``), so peak RSS
(VmHWM of the child; for stock lines, the largest of the tools it ran) is per run and does
not accumulate. The FieldKit timings are taken inside the child around the call only
(interpreter start and vault open excluded); stock timings include the tools' starts. All
files live in the page cache (warm runs). MB/s is photo plaintext bytes per second
(1 MB = 10^6 bytes). The JSON adds each line's CPU seconds, the ratios of the min columns and
of the max columns, and how many CPUs other processes kept busy meanwhile (from /proc/stat): on
this 2-core machine, anything else running skews the figures. Prints a table and one line of
JSON; ``--json FILE`` writes it too.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "benchmark only"  # noqa: S105 - throwaway benchmark vaults
WIDTH, HEIGHT = 4000, 3000
QUICK_GB = 0.15
BASE_IMAGES = ((1, 0.15), (2, 0.18), (3, 0.20), (4, 0.22))  # (seed, noise share): ~4.6-5.5 MB
PHOTO_CHUNK = 1 << 20  # as export.py reads photos
FLOOR_TARGET = 1.25
WRITE_FLOOR_TARGET = 1.3  # export / write floor
SYNCED_TARGET = 0.8  # export / stock pipeline with its result synced
VAULT_VERIFY_TARGET = 1.5  # verify with the recipient's vault / verify without key
INFORMATION = {
    "export/stock": "the stock result not synced",
    "verify floors": "the best verify with the vault / verify can be: CPU of the checks",
    "verify vault/floor": "verify with the vault / its floor (CPU of its checks / cores)",
}
BAGIT = str(Path(sys.executable).with_name("bagit.py"))


# --- child processes: one timed operation each -------------------------------------------------


def _cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _busy_cpu_seconds() -> float:
    """CPU-seconds every process on the machine has used since boot (from /proc/stat)."""
    try:
        with open("/proc/stat") as fh:
            fields = fh.readline().split()[1:]
    except OSError:
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _own_cpu_seconds() -> float:
    return _cpu_seconds(resource.RUSAGE_SELF) + _cpu_seconds(resource.RUSAGE_CHILDREN)


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class _Discard:
    def write(self, data: Any) -> int:
        return len(data)

    def flush(self) -> None:
        pass


def _open_vault(path: str) -> Any:
    from fieldkit.vault import Vault

    return Vault.open(Path(path), PASSPHRASE)


def _child_export(spec: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
    from fieldkit.identity.card import parse_card

    coord = Recipient.from_card(parse_card(Path(spec["coord_card"]).read_bytes()))
    vault = _open_vault(spec["vault"])
    try:
        rss_before = _status_kib("VmRSS")
        cpu = _cpu_seconds()
        start = time.perf_counter()
        result = export_bundles(
            vault, Path(spec["out"]), ExportOptions(recipients=[coord], mode="full")
        )
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu
    finally:
        vault.close()
    (bundle,) = result.bundles
    return {
        "seconds": seconds,
        "cpu_s": cpu,
        "rss_before_kib": rss_before,
        "bundle": str(bundle.path),
        "bundle_bytes": bundle.size,
        "photos": bundle.photos,
    }


def _child_floor(spec: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.crypto import age
    from fieldkit.identity import own
    from fieldkit.identity.card import parse_card

    coord = parse_card(Path(spec["coord_card"]).read_bytes())
    vault = _open_vault(spec["vault"])
    try:
        me = own.load(vault.db)
        keys = sorted({coord.age_recipient, me.age_recipient})
        recipients = [age.X25519Recipient.from_string(k) for k in keys]
        names = [r[0] for r in vault.db.execute("SELECT name FROM media_files ORDER BY name")]
        rss_before = _status_kib("VmRSS")
        cpu = _cpu_seconds()
        start = time.perf_counter()
        total = 0
        out_path = spec.get("out")
        sink: Any = open(out_path, "wb") if out_path else _Discard()
        try:
            for name in names:
                digest = hashlib.sha256()
                with vault.media.open(name) as src, age.encryptor(sink, recipients) as enc:
                    while chunk := src.read(PHOTO_CHUNK):
                        digest.update(chunk)
                        enc.write(chunk)
                        total += len(chunk)
                digest.hexdigest()
            sink.flush()
            if out_path:
                os.fsync(sink.fileno())
        finally:
            if out_path:
                sink.close()
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu
    finally:
        vault.close()
    return {"seconds": seconds, "cpu_s": cpu, "rss_before_kib": rss_before, "plain_bytes": total}


def _child_write_floor(spec: dict[str, Any]) -> dict[str, Any]:
    """Write the bytes of the bundle ``spec["source"]`` into a new file and fsync it: the disk's
    floor for exactly what the export wrote (read into memory before the clock; one 1 MiB piece
    repeated could be cheaper to a deduplicating or compressing layer under the file system).

    ``sync`` (default True): fsync at the end, as the export does. Without it, what writing the
    bytes into the page cache costs alone (information: what the export's time would be if the
    disk took no time at all)."""
    data = memoryview(Path(spec["source"]).read_bytes())
    total = len(data)
    cpu = _cpu_seconds()
    start = time.perf_counter()
    with open(spec["out"], "wb", buffering=0) as fh:
        for offset in range(0, total, PHOTO_CHUNK):
            fh.write(data[offset : offset + PHOTO_CHUNK])
        if spec.get("sync", True):
            os.fsync(fh.fileno())
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu_s": _cpu_seconds() - cpu, "bytes": total}


def _thread_cpu_seconds() -> tuple[list[tuple[str, float]], Any]:
    """(thread name, CPU seconds) of every thread, filled as they end (and an undo).

    On a shared machine the wall time waits for the CPU; how the work is spread over the
    threads does not: the longest thread's CPU seconds bound the wall time from below even on
    an idle machine, whatever the load was when it was measured.
    """
    spent: list[tuple[str, float]] = []
    original = threading.Thread.run

    def run(self: threading.Thread) -> None:
        try:
            original(self)
        finally:
            spent.append((self.name, time.thread_time()))

    threading.Thread.run = run  # type: ignore[method-assign]

    def undo() -> None:
        threading.Thread.run = original  # type: ignore[method-assign]

    return spent, undo


def fair_share_seconds(thread_cpu: list[float], cores: int) -> float:
    """The wall time of threads needing these CPU seconds, all started together, on ``cores``
    otherwise idle cores shared fairly (processor sharing).

    A load-independent estimate of the wall time on an idle machine: a thread with more work
    than the others ends alone on one core while the rest sit idle, which the sum of CPU
    seconds does not show (verify with a vault: one photo thread outlived the file's and the
    bag's hashing, issue 22).
    """
    left = sorted(t for t in thread_cpu if t > 0)
    elapsed = done = 0.0
    while left:
        rate = min(1.0, cores / len(left))  # of a core, for each running thread
        step = (left[0] - done) / rate
        elapsed += step
        done = left.pop(0)
        while left and left[0] <= done:
            left.pop(0)
    return elapsed


def _child_verify(spec: dict[str, Any]) -> dict[str, Any]:
    from fieldkit.bundles.verify import verify_bundle

    vault = _open_vault(spec["vault"]) if spec.get("vault") else None
    threads, undo = _thread_cpu_seconds()
    try:
        rss_before = _status_kib("VmRSS")
        cpu = _cpu_seconds()
        main_cpu = time.thread_time()
        start = time.perf_counter()
        report = verify_bundle(
            Path(spec["bundle"]), trust_files=[Path(spec["sender_card"])], vault=vault
        )
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu
        main_cpu = time.thread_time() - main_cpu
    finally:
        undo()
        if vault is not None:
            vault.close()
    # Pool threads are numbered (bagit-hash_0, _1...): one sum per kind of helper.
    per_thread: dict[str, float] = {"main": round(main_cpu, 3)}
    for name, used in threads:
        kind = name.rsplit("_", 1)[0] if name.startswith("bagit-hash") else name
        per_thread[kind] = round(per_thread.get(kind, 0.0) + used, 3)
    if not report.valid or not report.signer.trusted:
        raise RuntimeError(f"verify failed: {report.errors} {report.signer}")
    if report.content_inspected != bool(vault):
        raise RuntimeError("content_inspected is not what the benchmark expects")
    return {
        "seconds": seconds,
        "cpu_s": cpu,
        "rss_before_kib": rss_before,
        "bytes_checked": report.bytes_checked,
        "content_inspected": report.content_inspected,
        "thread_cpu_s": per_thread,
        "idle_estimate_s": fair_share_seconds(
            [main_cpu, *(used for _, used in threads)], os.cpu_count() or 1
        ),
    }


def _stored_members(path: Path) -> list[tuple[str, int, int]]:
    """(name, offset of the data, size) of every member of a STORED ZIP (SPEC §7)."""
    import struct

    out = []
    with zipfile.ZipFile(path) as zf, open(path, "rb") as fh:
        for info in zf.infolist():
            fh.seek(info.header_offset)
            local = fh.read(30)
            name_len, extra_len = struct.unpack("<HH", local[26:30])
            out.append(
                (info.filename, info.header_offset + 30 + name_len + extra_len, info.file_size)
            )
    return out


class _HashedRange(io.RawIOBase):
    """The bytes [offset, offset + size) of a file, SHA-256 hashed as they are read."""

    def __init__(self, fd: int, offset: int, size: int) -> None:
        self.fd, self.pos, self.end = fd, offset, offset + size
        self.sha256 = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = os.preadv(self.fd, [memoryview(buffer)[: max(0, self.end - self.pos)]], self.pos)
        self.sha256.update(memoryview(buffer)[:n])
        self.pos += n
        return n


def _child_verify_floor(spec: dict[str, Any]) -> dict[str, Any]:
    """The cryptographic floor of verify (information for SPEC §13's verify rows): only the
    hashing and decrypting that verify's checks need, on as many threads as verify uses, with
    none of its parsing, signatures or bookkeeping.

    Without a key: the SHA-256 of the whole file (the certificate's and the import's file hash)
    on one thread while ``cores`` workers hash every member's stored bytes (the bag's fixity).
    With the recipient's vault (``spec["vault"]``) the workers also decrypt each payload file
    (age) and hash its plaintext (the photos' and records' hashes in the signed inner.json).
    The ratio of the two floors is the best "verify with the vault / verify" can be here.
    """
    from fieldkit.crypto import age

    identities: list[Any] = []
    if spec.get("vault"):
        vault = _open_vault(spec["vault"])
        try:
            from fieldkit.identity import own

            identities = [own.load(vault.db).transport_key]
        finally:
            vault.close()
    path = Path(spec["bundle"])
    members = [m for m in _stored_members(path) if not m[0].endswith("/")]
    cores = os.cpu_count() or 1
    fd = os.open(path, os.O_RDONLY)
    queue = list(members)
    lock = threading.Lock()

    def file_hash() -> None:
        buffer = bytearray(PHOTO_CHUNK)
        reader = _HashedRange(fd, 0, path.stat().st_size)
        while reader.readinto(buffer):
            pass

    def worker() -> None:
        buffer = bytearray(PHOTO_CHUNK)
        view = memoryview(buffer)
        while True:
            with lock:
                if not queue:
                    return
                name, offset, size = queue.pop()
            stored = _HashedRange(fd, offset, size)
            if identities and name.endswith(".age"):
                plain = hashlib.sha256()
                with age.decryptor(stored, identities) as reader:  # type: ignore[arg-type]
                    while n := reader.readinto(buffer):
                        plain.update(view[:n])
            else:
                while stored.readinto(buffer):
                    pass

    cpu = _cpu_seconds()
    start = time.perf_counter()
    threads = [threading.Thread(target=file_hash)]
    threads += [threading.Thread(target=worker) for _ in range(cores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    os.close(fd)
    return {"seconds": seconds, "cpu_s": _cpu_seconds() - cpu, "rss_before_kib": 0}


def _run_tools(commands: list[list[str]]) -> tuple[float, float]:
    """Run the tools one after another: (wall seconds, CPU seconds of the tools)."""
    cpu = _cpu_seconds(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for cmd in commands:
        done = subprocess.run(cmd, capture_output=True, check=False)
        if done.returncode:
            raise RuntimeError(f"{cmd[0]} failed: {done.stderr.decode(errors='replace')[-500:]}")
    return time.perf_counter() - start, _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu


def _child_stock_export(spec: dict[str, Any]) -> dict[str, Any]:
    plain, out = Path(spec["plain"]), Path(spec["out"])
    out.mkdir()
    recipients = [a for r in spec["recipients"] for a in ("-r", r)]
    commands = [
        ["age", *recipients, "-o", str(out / f"{f.name}.age"), str(f)]
        for f in sorted(plain.iterdir())
    ]
    commands.append([BAGIT, "--sha256", str(out)])
    commands.append(
        ["minisign", "-S", "-s", spec["key"], "-m", str(out / "tagmanifest-sha256.txt")]
    )
    seconds, cpu = _run_tools(commands)
    # What it takes for the result to be on the disk, as FieldKit's export is (fsync): for
    # information next to the strict comparison above, which leaves this out.
    start = time.perf_counter()
    os.sync()
    synced = seconds + time.perf_counter() - start
    return {"seconds": seconds, "synced_seconds": synced, "cpu_s": cpu, "tool_runs": len(commands)}


def _child_stock_verify(spec: dict[str, Any]) -> dict[str, Any]:
    bag = Path(spec["bag"])
    commands = [
        [BAGIT, "--validate", str(bag)],
        ["minisign", "-V", "-m", str(bag / "tagmanifest-sha256.txt"), "-p", spec["pub"]],
    ]
    seconds, cpu = _run_tools(commands)
    return {"seconds": seconds, "cpu_s": cpu, "tool_runs": len(commands)}


CHILDREN = {
    "export": _child_export,
    "floor": _child_floor,
    "write_floor": _child_write_floor,
    "verify": _child_verify,
    "verify_floor": _child_verify_floor,
    "stock_export": _child_stock_export,
    "stock_verify": _child_stock_verify,
}


def child_main(spec_text: str) -> int:
    spec = json.loads(spec_text)
    result = CHILDREN[spec["op"]](spec)
    if spec["op"].startswith("stock"):  # the largest tool process this child waited for
        result["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    else:
        result["peak_rss_kib"] = _status_kib("VmHWM")
    print(json.dumps(result))
    return 0


def run_child(spec: dict[str, Any], script: Path | None = None) -> dict[str, Any]:
    """Run ``script --child SPEC`` (this script by default) and return its last JSON line."""
    os.sync()  # no write-back left over from the previous step lands in this run's timing
    script = script or Path(__file__).resolve()
    done = subprocess.run(
        [sys.executable, str(script), "--child", json.dumps(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"child {spec['op']} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- setup (not timed) -------------------------------------------------------------------------


def base_jpegs() -> list[bytes]:
    """A few 12 MP JPEGs: colour gradients plus seeded uniform noise (no numpy needed)."""
    from PIL import Image

    red = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    green = Image.radial_gradient("L").resize((WIDTH, HEIGHT))
    smooth = Image.merge("RGB", (red, green, red.transpose(Image.Transpose.ROTATE_180)))
    out = []
    for seed, share in BASE_IMAGES:
        raw = random.Random(seed).randbytes(WIDTH * HEIGHT)
        noise = Image.frombytes("L", (WIDTH, HEIGHT), raw).convert("RGB")
        buffer = io.BytesIO()
        Image.blend(smooth, noise, share).save(buffer, "JPEG", quality=90)
        out.append(buffer.getvalue())
    return out


def with_comment(jpeg: bytes, text: str) -> bytes:
    """The same JPEG with a COM segment after SOI/APP0: new bytes, same pixels."""
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    at = 2
    if jpeg[2:4] == b"\xff\xe0":  # keep JFIF's APP0 first
        at = 4 + int.from_bytes(jpeg[4:6], "big")
    payload = text.encode()
    segment = b"\xff\xfe" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:at] + segment + jpeg[at:]


def create_vaults(tmp: Path, target_bytes: int) -> dict[str, Any]:
    from fieldkit.crypto.kdf import Argon2Params
    from fieldkit.crypto.minisign import MinisignPublicKey
    from fieldkit.identity import own
    from fieldkit.identity.card import card_bytes, make_card, parse_card
    from fieldkit.records import fields as F
    from fieldkit.records.service import PhotoInput, Records
    from fieldkit.vault import Vault

    kdf = Argon2Params(iterations=1, memory_kib=1024, lanes=1)
    coord_path, sender_path = tmp / "coordinator", tmp / "sender"
    coord, _ = Vault.create(coord_path, PASSPHRASE, name="Coordinator", role="coordinator", kdf=kdf)
    with coord:
        coord_card = card_bytes(make_card(own.load(coord.db)))
    (tmp / "coordinator.fkid").write_bytes(coord_card)

    bases = base_jpegs()
    vault, _ = Vault.create(sender_path, PASSPHRASE, name="Field team", kdf=kdf)
    with vault:
        me = own.load(vault.db)
        sender_card = card_bytes(make_card(me))
        records = Records(vault)
        stored = photos = objects = 0
        while stored < target_bytes:
            batch: list[PhotoInput] = []
            for _ in range(objects % 3 + 1):  # 1, 2 or 3 photos per object
                data = with_comment(
                    bases[photos % len(bases)], f"FieldKit benchmark photo {photos:06d}"
                )
                batch.append(PhotoInput(data, caption=f"view {len(batch) + 1}"))
                stored += len(data)
                photos += 1
                if stored >= target_bytes:
                    break
            records.create(
                F.OBJECT,
                {"inventory_number": f"BS-{objects:05d}", "title": f"Benchmark object {objects}"},
                photos=batch,
            )
            objects += 1
        rows = vault.db.execute("SELECT count(*), sum(size) FROM media_files").fetchone()
        if (int(rows[0]), int(rows[1])) != (photos, stored):
            raise SystemExit("photos were deduplicated or lost: the benchmark is broken")

        # The stock pipeline's input: the same photos and records, decrypted to a folder.
        plain = tmp / "stock-plain"
        plain.mkdir()
        for (name,) in vault.db.execute("SELECT name FROM media_files ORDER BY name"):
            (plain / f"{name}.jpg").write_bytes(vault.media.read_bytes(name))
        lines = [
            json.dumps(
                {"type": "revision", "revision": json.loads(bytes(c)), "signature": bytes(s).hex()},
                sort_keys=True,
                separators=(",", ":"),
            )
            for c, s in vault.db.execute(
                "SELECT canonical, signature FROM revisions ORDER BY hlc, rev_id"
            )
        ]
        (plain / "records.ndjson").write_text("\n".join(lines) + "\n")
    (tmp / "sender.fkid").write_bytes(sender_card)
    sender_pub = MinisignPublicKey.from_base64_line(parse_card(sender_card).minisign_public_key)
    (tmp / "sender.pub").write_text(sender_pub.file_text())
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp / "stock.pub"), "-s", str(tmp / "stock.key")],
        check=True,
        capture_output=True,
    )
    return {
        "vault": str(sender_path),
        "coord_vault": str(coord_path),
        "coord_card": str(tmp / "coordinator.fkid"),
        "sender_card": str(tmp / "sender.fkid"),
        "sender_pub": str(tmp / "sender.pub"),
        "stock_key": str(tmp / "stock.key"),
        "plain": str(plain),
        "recipients": [parse_card(coord_card).age_recipient, me.age_recipient],
        "objects": objects,
        "photos": photos,
        "photo_bytes": stored,
    }


# --- the benchmark -----------------------------------------------------------------------------


def summarise(samples: list[dict[str, Any]], photo_bytes: int) -> dict[str, Any]:
    seconds = [s["seconds"] for s in samples]
    median = statistics.median(seconds)
    summary: dict[str, Any] = {
        "median_s": round(median, 4),
        "min_s": round(min(seconds), 4),
        "max_s": round(max(seconds), 4),
        "mb_per_s": round(photo_bytes / 1e6 / median, 1),
        "peak_rss_mb": round(max(s["peak_rss_kib"] for s in samples) / 1024, 1),
        "cpu_s_median": round(statistics.median(s["cpu_s"] for s in samples), 4),
        "runs": len(seconds),
    }
    if all("idle_estimate_s" in s for s in samples):  # verify: per-thread CPU seconds
        summary["idle_estimate_s_median"] = round(
            statistics.median(s["idle_estimate_s"] for s in samples), 4
        )
        summary["thread_cpu_s_last"] = samples[-1]["thread_cpu_s"]
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_GB * 1000:.0f} MB of photos")
    parser.add_argument("--gb", type=float, default=None, help="GB of stored photos (default 1)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", dest="json_out", default=None)
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the temporary files")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child_main(args.child)
    gb = args.gb if args.gb is not None else (QUICK_GB if args.quick else 1.0)

    started = time.perf_counter()
    busy_before, own_before = _busy_cpu_seconds(), _own_cpu_seconds()
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="bundle-speed-") as tmp_name:
        tmp = Path(tmp_name)
        setup = create_vaults(tmp, int(gb * 1e9))
        setup_s = time.perf_counter() - started
        photo_bytes = setup["photo_bytes"]
        samples: dict[str, list[dict[str, Any]]] = {
            k: []
            for k in (
                "export",
                "floor",
                "floor (no file)",
                "write floor",
                "write, no fsync",
                "stock export",
                "stock export, synced",
                "verify",
                "stock verify",
                "verify (vault)",
                "verify floor",
                "verify floor (vault)",
            )
        }
        bundle = tmp / "last.fkb"
        for run in range(args.runs):
            out = tmp / f"run{run}.fkb"
            samples["export"].append(run_child({"op": "export", **setup, "out": str(out)}))
            written = tmp / "write-floor.bin"
            for name, sync in (("write floor", True), ("write, no fsync", False)):
                samples[name].append(
                    run_child(
                        {"op": "write_floor", "source": str(out), "out": str(written), "sync": sync}
                    )
                )
                written.unlink()
            if run == args.runs - 1:
                out.rename(bundle)
            else:
                out.unlink()
            floor_out = tmp / "floor.bin"
            samples["floor"].append(run_child({"op": "floor", **setup, "out": str(floor_out)}))
            floor_out.unlink()
            samples["floor (no file)"].append(run_child({"op": "floor", **setup, "out": None}))
            stock_out = tmp / "stock-bag"
            samples["stock export"].append(
                run_child(
                    {
                        "op": "stock_export",
                        "plain": setup["plain"],
                        "out": str(stock_out),
                        "recipients": setup["recipients"],
                        "key": setup["stock_key"],
                    }
                )
            )
            last = samples["stock export"][-1]
            samples["stock export, synced"].append({**last, "seconds": last["synced_seconds"]})
            shutil.rmtree(stock_out)
        bundle_bytes = bundle.stat().st_size

        unzipped = tmp / "unzipped"
        with zipfile.ZipFile(bundle) as zf:
            zf.extractall(unzipped)
        (bag,) = list(unzipped.iterdir())
        for _ in range(args.runs):
            common = {"bundle": str(bundle), "sender_card": setup["sender_card"]}
            samples["verify"].append(run_child({"op": "verify", **common}))
            samples["stock verify"].append(
                run_child({"op": "stock_verify", "bag": str(bag), "pub": setup["sender_pub"]})
            )
            samples["verify (vault)"].append(
                run_child({"op": "verify", **common, "vault": setup["coord_vault"]})
            )
            samples["verify floor"].append(run_child({"op": "verify_floor", **common}))
            samples["verify floor (vault)"].append(
                run_child({"op": "verify_floor", **common, "vault": setup["coord_vault"]})
            )

    results = {name: summarise(s, photo_bytes) for name, s in samples.items() if s}
    med = {name: r["median_s"] for name, r in results.items()}
    # The floors in CPU seconds (all cores busy, nothing else): their wall times are not a
    # floor, since without a key the file-hash thread ended alone and that "floor" came out
    # slower than verify itself (0.85 s against 0.67 s at 1 GB, 2026-12-06).
    cpu_floor = results["verify floor (vault)"]["cpu_s_median"]
    floors = round(cpu_floor / max(results["verify floor"]["cpu_s_median"], 1e-9), 3)
    best_vault = cpu_floor / (os.cpu_count() or 1)
    ratios = {
        "export/floor": round(med["export"] / med["floor"], 3),
        "export/stock": round(med["export"] / med["stock export"], 3),
        "export/stock synced": round(med["export"] / med["stock export, synced"], 3),
        "verify/stock": round(med["verify"] / med["stock verify"], 3),
        "export/write floor": round(med["export"] / med["write floor"], 3),
        "verify vault/verify": round(med["verify (vault)"] / med["verify"], 3),
        "verify floors": floors,
        "verify vault/floor": round(med["verify (vault)"] / best_vault, 3),
    }
    mins = {name: r["min_s"] for name, r in results.items()}
    ratios_min = {
        "export/floor": round(mins["export"] / mins["floor"], 3),
        "export/stock": round(mins["export"] / mins["stock export"], 3),
        "export/stock synced": round(mins["export"] / mins["stock export, synced"], 3),
        "verify/stock": round(mins["verify"] / mins["stock verify"], 3),
        "export/write floor": round(mins["export"] / mins["write floor"], 3),
        "verify vault/verify": round(mins["verify (vault)"] / mins["verify"], 3),
        "verify floors": floors,
        "verify vault/floor": round(mins["verify (vault)"] / best_vault, 3),
    }
    maxes = {name: r["max_s"] for name, r in results.items()}
    ratios_max = {
        "export/floor": round(maxes["export"] / maxes["floor"], 3),
        "export/stock": round(maxes["export"] / maxes["stock export"], 3),
        "export/stock synced": round(maxes["export"] / maxes["stock export, synced"], 3),
        "verify/stock": round(maxes["verify"] / maxes["stock verify"], 3),
        "export/write floor": round(maxes["export"] / maxes["write floor"], 3),
        "verify vault/verify": round(maxes["verify (vault)"] / maxes["verify"], 3),
        "verify floors": floors,
        "verify vault/floor": round(maxes["verify (vault)"] / best_vault, 3),
    }
    wall = time.perf_counter() - started
    others = (_busy_cpu_seconds() - busy_before) - (_own_cpu_seconds() - own_before)
    others_cores = round(max(0.0, others) / wall, 2)
    targets = {
        "export/floor": ratios["export/floor"] <= FLOOR_TARGET,
        "export/write floor": ratios["export/write floor"] <= WRITE_FLOOR_TARGET,
        "export/stock synced": ratios["export/stock synced"] <= SYNCED_TARGET,
        "verify/stock": ratios["verify/stock"] < 1,
        "verify vault/verify": ratios["verify vault/verify"] <= VAULT_VERIFY_TARGET,
    }
    target_text = {
        "export/floor": f"<= {FLOOR_TARGET}",
        "export/write floor": f"<= {WRITE_FLOOR_TARGET}",
        "export/stock synced": f"<= {SYNCED_TARGET}",
        "verify/stock": "< 1",
        "verify vault/verify": f"<= {VAULT_VERIFY_TARGET}",
    }
    relative = {
        "export": (
            f"{ratios['export/write floor']:.2f}x write floor, "
            f"{ratios['export/stock synced']:.2f}x stock synced, "
            f"{ratios['export/floor']:.2f}x floor"
        ),
        "stock export": "baseline (information: not synced)",
        "stock export, synced": "baseline",
        "write floor": "baseline",
        "write, no fsync": f"{med['write, no fsync'] / med['write floor']:.2f}x write floor",
        "floor (no file)": f"{med['floor (no file)'] / med['floor']:.2f}x floor",
        "verify": f"{ratios['verify/stock']:.2f}x stock",
        "verify (vault)": (
            f"{ratios['verify vault/verify']:.2f}x verify, "
            f"{med['verify (vault)'] / med['stock verify']:.2f}x stock, "
            f"{ratios['verify vault/floor']:.2f}x its floor"
        ),
        "verify floor": f"{med['verify'] / med['verify floor']:.2f}x: verify / this floor",
        "verify floor (vault)": f"{ratios['verify floors']:.2f}x verify floor",
    }

    print(
        f"{setup['photos']} photos ({photo_bytes / 1e6:,.0f} MB) on {setup['objects']} objects; "
        f"bundle {bundle_bytes / 1e6:,.0f} MB; {args.runs} runs; setup {setup_s:.0f} s; "
        f"{os.cpu_count()} CPUs, other processes used {others_cores:.2f} of them on average"
    )
    if others_cores > 0.2:
        print("note: the machine was not idle; the min column is the less disturbed figure")
    header = (
        f"{'benchmark':<21}{'median s':>10}{'min':>8}{'max':>8}{'MB/s':>8}{'CPU s':>8}"
        f"{'peak RSS MB':>13}  ratio"
    )
    print(header)
    print("-" * (len(header) + 24))
    for name, r in results.items():
        print(
            f"{name:<21}{r['median_s']:>10.3f}{r['min_s']:>8.3f}{r['max_s']:>8.3f}"
            f"{r['mb_per_s']:>8.0f}{r['cpu_s_median']:>8.2f}{r['peak_rss_mb']:>13.1f}"
            f"  {relative.get(name, 'baseline')}"
        )
    # On a shared machine the wall times wait for the CPU; the CPU seconds do not. What the
    # export's own work allows at best: its CPU seconds spread over every core, nothing else
    # running (its four threads can use them all).
    cores = os.cpu_count() or 1
    export_cpu = results["export"]["cpu_s_median"]
    print(
        f"export's CPU {export_cpu:.2f} s / {cores} cores = {export_cpu / cores:.2f} s at best on "
        f"an idle machine: {export_cpu / cores / med['write floor']:.2f}x the write floor; "
        f"verify (vault) CPU / verify CPU "
        f"{results['verify (vault)']['cpu_s_median'] / results['verify']['cpu_s_median']:.2f}"
    )
    # The wall-time ratio on a busy machine mostly measures the load; this one does not.
    idle_vault = results["verify (vault)"]["idle_estimate_s_median"]
    idle_plain = results["verify"]["idle_estimate_s_median"]
    print(
        f"verify on an idle {cores}-core machine, estimated from each thread's CPU seconds: "
        f"{idle_plain:.3f} s without key, {idle_vault:.3f} s with the vault "
        f"({idle_vault / idle_plain:.2f}x); threads (CPU s): "
        f"{results['verify (vault)']['thread_cpu_s_last']}"
    )
    for key, value in ratios.items():
        if key not in targets:
            print(f"{key:<20}{value:>6.2f}  (information: {INFORMATION[key]})")
            continue
        verdict = "met" if targets[key] else "MISSED"
        print(f"{key:<20}{value:>6.2f}  (target {target_text[key]}: {verdict})")
    payload = {
        "gb": gb,
        "photos": setup["photos"],
        "objects": setup["objects"],
        "photo_bytes": photo_bytes,
        "bundle_bytes": bundle_bytes,
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "floor_sink": "one temporary file, fsynced at the end",
        "write_floor": "the bundle's own bytes written in 1 MiB pieces, fsynced (dd conv=fsync)",
        "results": results,
        "ratios": ratios,
        "ratios_of_min": ratios_min,
        "ratios_of_max": ratios_max,
        "other_processes_cpus": others_cores,
        "targets_met": targets,
        "total_s": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(payload))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
