"""A worker process of the photo-hash pool (:func:`fieldkit.duplicates.photo_hash.photo_hashes`).

Started by the pool (isolated: see ``photo_hash._Worker``), or by hand as ``python -m
fieldkit.duplicates.hash_worker``: it reads batches of thumbnails on its standard input and
writes their hashes on its standard output, until an empty batch or the end of its input.
Nothing touches a file: the thumbnails (record content) come and go through the pipes only.
The frames, all integers big-endian:

- in: a batch is its count ``n`` (4 bytes), then ``n`` times a length (4 bytes) and that many
  bytes of thumbnail; a count of 0 ends the worker;
- out: for each thumbnail of the batch, in order, :data:`RESULT_SIZE` bytes: 1 and the four
  hashes (8 bytes each), or 0 and zeros (not decodable, or flat).
"""

from __future__ import annotations

import struct
import sys
from typing import BinaryIO

from fieldkit.duplicates.photo_hash import Hashes, hash_thumbnails
from fieldkit.process_guard import guard_process

_COUNT = struct.Struct(">I")
RESULT_SIZE = 33
_NO_HASH = bytes(RESULT_SIZE)


def encode_batch(thumbnails: list[bytes]) -> bytes:
    parts = [_COUNT.pack(len(thumbnails))]
    for thumbnail in thumbnails:
        parts.append(_COUNT.pack(len(thumbnail)))
        parts.append(thumbnail)
    return b"".join(parts)


def encode_result(hashes: Hashes | None) -> bytes:
    if hashes is None:
        return _NO_HASH
    return b"\x01" + b"".join(h.to_bytes(8, "big") for h in hashes)


def decode_result(data: bytes) -> Hashes | None:
    if data[0] != 1:
        return None
    h = [int.from_bytes(data[i : i + 8], "big") for i in range(1, RESULT_SIZE, 8)]
    return (h[0], h[1], h[2], h[3])


def _read(stream: BinaryIO, size: int) -> bytes | None:
    data = stream.read(size)
    return data if len(data) == size else None


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    while True:
        head = _read(stdin, _COUNT.size)
        if head is None:
            return
        (count,) = _COUNT.unpack(head)
        if count == 0:
            return
        thumbnails = []
        for _ in range(count):
            size = _read(stdin, _COUNT.size)
            data = None if size is None else _read(stdin, _COUNT.unpack(size)[0])
            if data is None:
                return  # the parent went away mid-batch
            thumbnails.append(data)
        stdout.write(b"".join(encode_result(h) for h in hash_thumbnails(thumbnails)))
        stdout.flush()


def main() -> None:
    """The worker process: guarded like the app (no core dump, memory closed to same-user
    programs; a fresh process does not inherit that), then serving its pipes."""
    guard_process()
    serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
