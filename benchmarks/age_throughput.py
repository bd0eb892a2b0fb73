"""Throughput of FieldKit's age code against pyrage (in memory) and stock `age` (file to file).

Usage: python benchmarks/age_throughput.py [--size-mib 256] [--repeat 3] [--tmp DIR]

Prints a table and then one line of JSON. Every line is run ``--repeat`` times; figures are in
MB/s of plaintext (1 MB = 10^6 bytes): ``mb_per_s`` is the median, ``min_mb_per_s`` and
``max_mb_per_s`` the slowest and the best run. The raw ChaCha20-Poly1305 line is the ceiling:
the same AEAD on 64 KiB chunks with no age framing. File runs read and write a temporary folder
(page cache included); the stock `age` runs include its process start.

The file-to-file lines run first, before the plaintext is ever held in memory, so
``peak_rss_mb`` can tell them apart (MB = 2^20 bytes): ``fieldkit, file to file`` is this
process's peak after them, ``whole process`` its peak at the end (the in-memory lines hold the
plaintext and ciphertexts, several times ``--size-mib``). Stock `age` has no figure: Linux
carries the forking parent's high-water mark into a child's ``ru_maxrss`` across exec, so
``RUSAGE_CHILDREN`` would report this process's size, not age's.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from fieldkit.crypto import age

CHUNK = 64 * 1024


def speeds(fn: Callable[[], object], mb: float, repeat: int) -> list[float]:
    """MB/s of ``repeat`` runs of ``fn`` over ``mb`` MB of plaintext."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(mb / (time.perf_counter() - start))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_chacha(data: bytes) -> None:
    aead = ChaCha20Poly1305(os.urandom(32))
    view = memoryview(data)
    for i in range(0, len(data), CHUNK):
        aead.encrypt((i // CHUNK).to_bytes(12, "big"), view[i : i + CHUNK], None)


def check(condition: bool, what: str) -> None:
    if not condition:
        raise RuntimeError(f"round trip failed: {what}")


Results = dict[str, dict[str, list[float]]]  # line -> encrypt/decrypt -> MB/s of each run


def in_memory(data: bytes, repeat: int, results: Results) -> None:
    mb = len(data) / 1e6
    results["raw ChaCha20-Poly1305, 64 KiB chunks"] = {
        "encrypt": speeds(lambda: raw_chacha(data), mb, repeat)
    }
    identity = age.X25519Identity.generate()
    recipient = identity.recipient()
    ours_ct = age.encrypt_bytes(data, [recipient])
    check(age.decrypt_bytes(ours_ct, [identity]) == data, "fieldkit")
    results["fieldkit, in memory"] = {
        "encrypt": speeds(lambda: age.encrypt_bytes(data, [recipient]), mb, repeat),
        "decrypt": speeds(lambda: age.decrypt_bytes(ours_ct, [identity]), mb, repeat),
    }
    try:
        import pyrage
    except ImportError:
        print("pyrage is not installed: skipping it", file=sys.stderr)
        return
    p_identity = pyrage.x25519.Identity.from_str(str(identity))
    p_recipient = p_identity.to_public()
    p_ct = pyrage.encrypt(data, [p_recipient])
    check(pyrage.decrypt(p_ct, [p_identity]) == data, "pyrage")
    results["pyrage, in memory"] = {
        "encrypt": speeds(lambda: pyrage.encrypt(data, [p_recipient]), mb, repeat),
        "decrypt": speeds(lambda: pyrage.decrypt(p_ct, [p_identity]), mb, repeat),
    }


def run(size_mib: int, repeat: int, tmp: Path) -> tuple[Results, dict[str, float]]:
    """All the lines, file to file first; and the peak RSS (MB) after each part."""
    size = size_mib * 1024 * 1024
    mb = size / 1e6
    results: Results = {}
    rss: dict[str, float] = {}
    identity = age.X25519Identity.generate()
    recipient = identity.recipient()

    plain = tmp / "plain.bin"
    with plain.open("wb") as out:  # random bytes, never all in memory at once
        for offset in range(0, size, CHUNK * 16):
            out.write(os.urandom(min(CHUNK * 16, size - offset)))
    enc, dec = tmp / "ours.age", tmp / "ours.out"

    def ours_encrypt() -> None:
        with plain.open("rb") as src, enc.open("wb") as dst:
            age.encrypt_file(src, dst, [recipient])

    def ours_decrypt() -> None:
        with enc.open("rb") as src, dec.open("wb") as dst:
            age.decrypt_file(src, dst, [identity])

    results["fieldkit, file to file"] = {
        "encrypt": speeds(ours_encrypt, mb, repeat),
        "decrypt": speeds(ours_decrypt, mb, repeat),
    }
    check(filecmp.cmp(plain, dec, shallow=False), "fieldkit file to file")
    rss["fieldkit, file to file"] = peak_mb()

    age_bin = shutil.which("age")
    if age_bin is None:
        print("stock age is not installed: skipping it", file=sys.stderr)
    else:
        keyfile = tmp / "key.txt"
        keyfile.write_text(f"{identity}\n")
        s_enc, s_dec = tmp / "stock.age", tmp / "stock.out"
        enc_cmd = [age_bin, "-r", str(recipient), "-o", str(s_enc), str(plain)]
        dec_cmd = [age_bin, "-d", "-i", str(keyfile), "-o", str(s_dec), str(s_enc)]
        results["stock age, file to file"] = {
            "encrypt": speeds(lambda: subprocess.run(enc_cmd, check=True), mb, repeat),
            "decrypt": speeds(lambda: subprocess.run(dec_cmd, check=True), mb, repeat),
        }
        check(filecmp.cmp(plain, s_dec, shallow=False), "stock age")
        with s_enc.open("rb") as src, dec.open("wb") as dst:  # and the two agree
            age.decrypt_file(src, dst, [identity])
        check(filecmp.cmp(plain, dec, shallow=False), "stock age to fieldkit")

    data = plain.read_bytes()
    for path in (plain, enc, dec):
        path.unlink()
    in_memory(data, repeat, results)
    rss["whole process"] = peak_mb()
    return results, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the file runs")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        results, rss = run(args.size_mib, args.repeat, Path(tmp))
    # line -> op -> statistic, MB/s: the headline is the median; max is the best run
    table = {
        stat: {
            line: {op: round(fn(runs)) for op, runs in row.items()} for line, row in results.items()
        }
        for stat, fn in (("median", statistics.median), ("min", min), ("max", max))
    }
    print(f"{args.size_mib} MiB, {args.repeat} runs each; MB/s as median (min-max)")
    print(f"{'':40} {'encrypt MB/s':>20} {'decrypt MB/s':>20}")
    for name, row in results.items():
        cells = [
            (
                f"{table['median'][name][k]:>6} ({table['min'][name][k]}-{table['max'][name][k]})"
                if k in row
                else "-"
            )
            for k in ("encrypt", "decrypt")
        ]
        print(f"{name:40} {cells[0]:>20} {cells[1]:>20}")
    print("peak RSS: " + ", ".join(f"{name} {mb:,.0f} MB" for name, mb in rss.items()))
    print(
        json.dumps(
            {
                "benchmark": "age_throughput",
                "size_mib": args.size_mib,
                "repeat": args.repeat,
                "mb_per_s": table["median"],
                "min_mb_per_s": table["min"],
                "max_mb_per_s": table["max"],
                "peak_rss_mb": {name: round(mb, 1) for name, mb in rss.items()},
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
