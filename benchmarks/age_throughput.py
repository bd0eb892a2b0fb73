"""Throughput of FieldKit's age code against pyrage (in memory) and stock `age` (file to file).

Usage: python benchmarks/age_throughput.py [--size-mib 256] [--repeat 3] [--tmp DIR]

Prints a table and then one line of JSON. Each figure is the best of ``--repeat`` runs, in MB/s
of plaintext (1 MB = 10^6 bytes). The raw ChaCha20-Poly1305 line is the ceiling: the same AEAD
on 64 KiB chunks with no age framing. File runs read and write a temporary folder (page cache
included); the stock `age` runs include its process start.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
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


def best_seconds(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def raw_chacha(data: bytes) -> None:
    aead = ChaCha20Poly1305(os.urandom(32))
    view = memoryview(data)
    for i in range(0, len(data), CHUNK):
        aead.encrypt((i // CHUNK).to_bytes(12, "big"), view[i : i + CHUNK], None)


def check(condition: bool, what: str) -> None:
    if not condition:
        raise RuntimeError(f"round trip failed: {what}")


def in_memory(data: bytes, repeat: int, results: dict[str, dict[str, float]]) -> None:
    mb = len(data) / 1e6
    results["raw ChaCha20-Poly1305, 64 KiB chunks"] = {
        "encrypt": mb / best_seconds(lambda: raw_chacha(data), repeat)
    }
    identity = age.X25519Identity.generate()
    recipient = identity.recipient()
    ours_ct = age.encrypt_bytes(data, [recipient])
    check(age.decrypt_bytes(ours_ct, [identity]) == data, "fieldkit")
    results["fieldkit, in memory"] = {
        "encrypt": mb / best_seconds(lambda: age.encrypt_bytes(data, [recipient]), repeat),
        "decrypt": mb / best_seconds(lambda: age.decrypt_bytes(ours_ct, [identity]), repeat),
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
        "encrypt": mb / best_seconds(lambda: pyrage.encrypt(data, [p_recipient]), repeat),
        "decrypt": mb / best_seconds(lambda: pyrage.decrypt(p_ct, [p_identity]), repeat),
    }


def run(size_mib: int, repeat: int, tmp: Path) -> dict[str, dict[str, float]]:
    size = size_mib * 1024 * 1024
    mb = size / 1e6
    results: dict[str, dict[str, float]] = {}
    data = os.urandom(size)
    in_memory(data, repeat, results)
    identity = age.X25519Identity.generate()
    recipient = identity.recipient()

    plain = tmp / "plain.bin"
    plain.write_bytes(data)
    del data
    enc, dec = tmp / "ours.age", tmp / "ours.out"

    def ours_encrypt() -> None:
        with plain.open("rb") as src, enc.open("wb") as dst:
            age.encrypt_file(src, dst, [recipient])

    def ours_decrypt() -> None:
        with enc.open("rb") as src, dec.open("wb") as dst:
            age.decrypt_file(src, dst, [identity])

    results["fieldkit, file to file"] = {
        "encrypt": mb / best_seconds(ours_encrypt, repeat),
        "decrypt": mb / best_seconds(ours_decrypt, repeat),
    }
    check(filecmp.cmp(plain, dec, shallow=False), "fieldkit file to file")

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
            "encrypt": mb / best_seconds(lambda: subprocess.run(enc_cmd, check=True), repeat),
            "decrypt": mb / best_seconds(lambda: subprocess.run(dec_cmd, check=True), repeat),
        }
        check(filecmp.cmp(plain, s_dec, shallow=False), "stock age")
        with s_enc.open("rb") as src, dec.open("wb") as dst:  # and the two agree
            age.decrypt_file(src, dst, [identity])
        check(filecmp.cmp(plain, dec, shallow=False), "stock age to fieldkit")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the file runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        results = run(args.size_mib, args.repeat, Path(tmp))
    print(f"{'':40} {'encrypt MB/s':>14} {'decrypt MB/s':>14}")
    for name, row in results.items():
        cells = [f"{row[k]:14.0f}" if k in row else f"{'-':>14}" for k in ("encrypt", "decrypt")]
        print(f"{name:40} {' '.join(cells)}")
    rounded = {k: {op: round(v) for op, v in row.items()} for k, row in results.items()}
    print(json.dumps({"size_mib": args.size_mib, "repeat": args.repeat, "mb_per_s": rounded}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
