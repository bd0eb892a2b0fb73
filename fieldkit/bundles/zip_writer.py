"""Writing a bundle's ZIP: every member STORED, streamed, hashed as it is written.

SHA-256 runs on a helper thread (:class:`HashThread`; hashlib releases the GIL on large
buffers), so hashing overlaps decryption, encryption and writing on another core.

Written into a :class:`StreamingOutput`, the ZIP is produced front to back without seeking:
zipfile then puts each member's CRC and sizes in a data descriptor after its data (flag bit 3,
which stock ``unzip``, Python's zipfile and ``safe_zip`` all read), and the SHA-256 of the
whole file is computed as it is written, on the same helper thread. That thread also does the
writing itself (the ``write`` system calls, which copy into the page cache, release the GIL):
every byte of the file passes through its one queue, so the file comes out in order while the
producing thread encrypts the next buffer. Written into a seekable file instead, zipfile
patches each local header afterwards (no data descriptors). ZIP64 records are used for members
that may pass 2 GiB.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any, BinaryIO

from fieldkit.fsutil import start_writeback


def _use_fast_crc32() -> None:
    """zipfile computes each member's CRC-32 with its module's ``crc32`` (zlib's, about
    5 GB/s), on the thread that encrypts: a fifth of that thread's work in an export. ISA-L's
    (carry-less multiplication, some 15 times faster) is the same function: it serves every
    ZIP this process writes or reads. isal is a runtime dependency (the benchmarks' figures are
    what users get); a build that lost it keeps zlib's, still correct, and `fieldkit
    --self-test` says so (its zip_crc32 check)."""
    try:
        from isal import isal_zlib
    except ImportError:  # pragma: no cover - only a broken installation lacks it
        return
    setattr(zipfile, "crc32", isal_zlib.crc32)  # noqa: B010 - mypy: zipfile's stub lacks it


_use_fast_crc32()

ZIP64_THRESHOLD = 1 << 31
# What is handed to the hashing thread at a time: 1 MiB of plaintext sealed by age (16 chunks
# of 64 KiB, each with its 16-byte tag), so that chunks sealed in place fill a buffer exactly.
BUFFER_SIZE = 16 * ((64 << 10) + 16)
_POOL_BUFFERS = 6  # buffers of BUFFER_SIZE per zip writer: bounds memory and the thread's lag
_QUEUE_DEPTH = 8  # jobs waiting for a hashing thread; the producer blocks beyond this
WRITEBACK_STEP = 32 << 20  # StreamingOutput asks the OS to start writing every this many bytes

_Hash = Any  # a hashlib object (hashlib has no public type for it)
_Buffer = bytes | bytearray | memoryview
# (data, hashers, release, write): ``write`` (if given) is called with the data before it is
# hashed, on the helper thread.
_Job = tuple[_Buffer, Sequence[_Hash], Callable[[], None] | None, Callable[[_Buffer], None] | None]


class HashThread:
    """Writes and hashes buffers on one helper thread, in the order they are submitted.

    A submitted buffer must not change until it has been hashed: ``release`` (if given) is
    called on the helper thread once it has been. An error on the helper thread (a full disk)
    is raised by the next :meth:`submit` or :meth:`drain`; the thread then keeps releasing
    buffers without writing or hashing them, so a producer waiting for a buffer never hangs.
    :meth:`close` ends the thread.
    """

    def __init__(
        self, name: str = "fieldkit-hash", depth: int = _QUEUE_DEPTH, then: HashThread | None = None
    ) -> None:
        """``then``: a second thread that does the hashing (and releasing) of every job once
        this one has written it, so writing and hashing run on two threads, in order."""
        self._name = name
        self._then = then
        self._jobs: queue.Queue[_Job | None] = queue.Queue(maxsize=depth)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._closed = False

    def submit(
        self,
        data: _Buffer,
        hashers: Sequence[_Hash],
        release: Callable[[], None] | None = None,
        write: Callable[[_Buffer], None] | None = None,
    ) -> None:
        """Queue ``data`` for ``write`` (if given), then every hasher in ``hashers`` (blocks
        while the queue is full)."""
        self._check()
        if self._closed:
            raise ValueError("submit to a closed hash thread")
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        self._jobs.put((data, hashers, release, write))

    def drain(self) -> None:
        """Wait until everything submitted has been hashed; raises the thread's error if any."""
        if self._thread is not None:
            self._jobs.join()
        self._check()
        if self._then is not None:
            self._then.drain()

    def close(self) -> None:
        """Stop the thread (after the jobs already queued). Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
        if self._then is not None:
            self._then.close()

    def _check(self) -> None:
        if self._error is not None:
            raise self._error
        if self._then is not None:
            self._then._check()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                data, hashers, release, write = job
                forwarded = False
                if self._error is None:
                    try:
                        if write is not None:
                            write(data)
                        if self._then is not None and (hashers or release is not None):
                            self._then.submit(data, hashers, release)
                            forwarded = True
                        else:
                            for h in hashers:
                                h.update(data)
                    except BaseException as exc:  # handed to the producer
                        self._error = exc
                del data
                if release is not None and not forwarded:
                    release()
            finally:
                self._jobs.task_done()


class StreamingOutput:
    """A write-only, non-seekable view of ``dst`` that hashes (SHA-256) everything written.

    Give it to :class:`BundleZipWriter` to write the ZIP front to back (data descriptors) and
    get the whole file's SHA-256 from :meth:`hexdigest` once the ZIP is closed, without reading
    the file again. :meth:`close` stops the hashing thread (always call it, e.g. in ``finally``).
    """

    def __init__(self, dst: IO[bytes]) -> None:
        self._dst = dst
        self.sha256 = hashlib.sha256()
        # Two stages on two threads, each about one SHA-256 pass over every byte: one writes
        # each buffer and hashes it into the whole file's digest, the next hashes it into its
        # member's digest (the BagIt manifest) and frees it. The file's SHA-256 on the hashing
        # stage instead made that one thread the export's bottleneck (two passes to the other
        # threads' one).
        self.hasher = HashThread("fieldkit-zip-write", then=HashThread("fieldkit-zip-hash"))
        self._pos = 0  # bytes handed over (the helper thread may not have written them yet)
        self._written = 0  # bytes written, counted on the helper thread
        self._written_back = 0  # bytes the OS has been asked to start writing to disk
        # Set by a member writer while it writes a buffer it lends: (its hashers, its release).
        self.lent: tuple[Sequence[_Hash], Callable[[], None] | None] | None = None

    def write(self, data: _Buffer) -> int:
        n = len(data) if isinstance(data, bytes | bytearray) else memoryview(data).nbytes
        if self.lent is None:
            # Headers, descriptors, the central directory: small, copied unless immutable.
            piece = data if isinstance(data, bytes) else bytes(data)
            self.hasher.submit(piece, (), None, self._write_now)
        else:
            hashers, release = self.lent
            self.hasher.submit(data, hashers, release, self._write_now)
        self._pos += n
        return n

    def _write_now(self, data: _Buffer) -> None:
        """On the helper thread: write ``data`` to the file, in submission order, and hash it
        into the file's SHA-256 (hashlib releases the GIL: the write thread is the next
        buffer's while this one hashes)."""
        self._dst.write(data)
        self.sha256.update(data)
        self._written += len(data) if isinstance(data, bytes | bytearray) else memoryview(
            data
        ).nbytes
        if self._written - self._written_back >= WRITEBACK_STEP:
            self._start_writeback()

    def _start_writeback(self) -> None:
        # The disk writes while we encrypt and hash the rest (see fsutil.start_writeback):
        # the final fsync is short, and a progress bar follows the drive, not the page cache.
        try:
            fd = self._dst.fileno()
        except (AttributeError, OSError, ValueError):  # not a real file: nothing to start
            self._written_back = self._written
            return
        self._dst.flush()
        start_writeback(fd, self._written_back, self._written - self._written_back)
        self._written_back = self._written

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        self.hasher.drain()
        self._dst.flush()

    def hexdigest(self) -> str:
        """The SHA-256 of everything written so far (waits until it is written)."""
        self.hasher.drain()
        return self.sha256.hexdigest()

    def close(self) -> None:
        self.hasher.close()


class HashingWriter:
    """A write-only stream that hashes (SHA-256) and counts what passes through it.

    Writes are gathered into buffers of BUFFER_SIZE, each written on and then hashed on the
    helper thread (together with the whole file's hash when writing into a
    :class:`StreamingOutput`). :meth:`finish` writes what is still gathered; :meth:`hexdigest`
    waits for the helper thread.
    """

    def __init__(
        self,
        dst: IO[bytes],
        hasher: HashThread,
        pool: queue.Queue[bytearray],
        stream: StreamingOutput | None = None,
    ) -> None:
        self._dst = dst
        self._hasher = hasher
        self._pool = pool
        self._stream = stream
        self.sha256 = hashlib.sha256()
        self._hashers: tuple[_Hash, ...] = (self.sha256,)
        self.size = 0
        self._buf: bytearray | None = None
        self._fill = 0

    def _send(self, data: bytes | memoryview, release: Callable[[], None] | None) -> None:
        """Write ``data`` to the member (zipfile adds it to the CRC here), and hand it to the
        helper thread: written there too when the output is a :class:`StreamingOutput`."""
        stream = self._stream
        if stream is None:
            self._dst.write(data)
            self._hasher.submit(data, self._hashers, release)
            return
        # zipfile passes the very buffer on to the stream's write(), which queues it with
        # this member's hasher and release: one job writes it, hashes it twice, frees it.
        stream.lent = ((self.sha256,), release)
        try:
            self._dst.write(data)
        finally:
            stream.lent = None

    def _flush_buffer(self) -> None:
        buf, fill = self._buf, self._fill
        if buf is None or fill == 0:
            return
        self._buf, self._fill = None, 0
        pool = self._pool
        self._send(memoryview(buf)[:fill], lambda: pool.put(buf))

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if isinstance(data, bytes) and len(data) >= BUFFER_SIZE // 2:
            # Immutable and large: handed over as it is, without a copy.
            self._flush_buffer()
            self._send(data, None)
            self.size += len(data)
            return len(data)
        with memoryview(data) as raw, raw.cast("B") as mv:
            total = len(mv)
            pos = 0
            while pos < total:
                if self._buf is None:
                    self._buf = self._pool.get()  # waits for the hashing thread to free one
                n = min(BUFFER_SIZE - self._fill, total - pos)
                self._buf[self._fill : self._fill + n] = mv[pos : pos + n]
                self._fill += n
                pos += n
                if self._fill == BUFFER_SIZE:
                    self._flush_buffer()
        self.size += total
        return total

    def reserve(self, size: int) -> memoryview:
        """A writable view of the next ``size`` bytes of the member (at most BUFFER_SIZE), in
        the buffer being gathered: a producer that can write in place (an age writer sealing
        a chunk) fills it, then calls :meth:`commit`, and nothing is copied."""
        if self._buf is not None and self._fill + size > BUFFER_SIZE:
            self._flush_buffer()
        if self._buf is None:
            self._buf = self._pool.get()  # waits for the hashing thread to free one
        return memoryview(self._buf)[self._fill : self._fill + size]

    def commit(self, size: int) -> None:
        """The ``size`` bytes of the last :meth:`reserve` are written."""
        self._fill += size
        self.size += size
        if self._fill == BUFFER_SIZE:
            self._flush_buffer()

    def finish(self) -> None:
        """Write what is still gathered (before the member is closed)."""
        self._flush_buffer()

    def discard(self) -> None:
        """Forget what is gathered (the member is being abandoned)."""
        if self._buf is not None:
            self._pool.put(self._buf)
            self._buf, self._fill = None, 0

    def flush(self) -> None:
        pass  # buffers go out when full and at finish(); the member's file is flushed at close

    def writable(self) -> bool:
        return True

    @property
    def closed(self) -> bool:
        return False

    def hexdigest(self) -> str:
        self.finish()
        self._hasher.drain()
        return str(self.sha256.hexdigest())


class BundleZipWriter:
    """A ZIP being written into ``fh`` with STORED members only.

    ``fh`` is a seekable file, or a :class:`StreamingOutput` (the ZIP is then written without
    seeking, and the output's hashing thread is shared).
    """

    def __init__(self, fh: BinaryIO | StreamingOutput) -> None:
        self._stream = fh if isinstance(fh, StreamingOutput) else None
        self._own_hasher = self._stream is None
        self._hasher = HashThread() if self._stream is None else self._stream.hasher
        self._pool: queue.Queue[bytearray] = queue.Queue()
        for _ in range(_POOL_BUFFERS):
            self._pool.put(bytearray(BUFFER_SIZE))
        self._zip = zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED, allowZip64=True)
        now = time.gmtime()
        self._date = (now.tm_year, now.tm_mon, now.tm_mday, now.tm_hour, now.tm_min, now.tm_sec)

    @contextmanager
    def member(self, name: str, size_hint: int = 0) -> Iterator[HashingWriter]:
        """Stream one member; yields a writer whose digest is the member's SHA-256."""
        info = zipfile.ZipInfo(name, date_time=self._date)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o100644 << 16  # a regular file, readable: no links, no devices
        with self._zip.open(info, "w", force_zip64=size_hint >= ZIP64_THRESHOLD - (1 << 24)) as raw:
            writer = HashingWriter(raw, self._hasher, self._pool, self._stream)
            try:
                yield writer
            except BaseException:
                writer.discard()
                raise
            writer.finish()

    def write_bytes(self, name: str, data: bytes) -> str:
        with self.member(name, len(data)) as w:
            w.write(data)
        return w.hexdigest()

    def close(self) -> None:
        self._zip.close()
        self._hasher.drain()
        if self._own_hasher:
            self._hasher.close()

    def abort(self) -> None:
        """Give up on a failed bundle: nothing more is written (the caller discards the file)."""
        self._zip.fp = None
        if self._own_hasher:
            self._hasher.close()
