"""A fault-injecting TCP relay for tests of flaky links: cut, delay, drop.

An asyncio relay on 127.0.0.1 in a thread of its own, in front of any TCP server (here the
S3 server)::

    with FaultProxy("127.0.0.1", port) as proxy:
        proxy.cut_every_up = 3 << 20      # cut the connection after every 3 MiB sent upstream
        proxy.cut_every_down = 2 << 20    # ... or received from upstream
        proxy.delay = 0.05                # seconds before each relayed chunk
        proxy.offline = True              # refuse new connections, cut the open ones
        ...
        proxy.requests                    # HTTP request lines seen ("PUT /b/k?partNumber=2…")
        proxy.cuts                        # how many connections were cut

Counters run over all connections, so "every N bytes" means every N bytes of traffic however
the client reconnects: a resumed transfer meets the next cut further on, as on a real link.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import threading
from collections.abc import Iterator
from typing import Any

_REQUEST = re.compile(rb"(GET|PUT|POST|DELETE|HEAD) (/[^ \r\n]*) HTTP/1\.[01]\r\n")


class FaultProxy:
    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.cut_every_up: int | None = None
        self.cut_every_down: int | None = None
        self.delay = 0.0
        self.offline = False
        self.up = 0  # bytes relayed client -> server
        self.down = 0
        self.cuts = 0
        self.requests: list[str] = []
        self._next_up_cut = 0
        self._next_down_cut = 0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    # --- control ---------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread.start()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = int(sock.getsockname()[1])
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, sock=sock), self._loop
        )
        self._server = future.result(10)
        return self

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for w in list(self._writers):
                w.transport.abort()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def go_offline(self) -> None:
        """Refuse new connections and cut every open one (the link is gone)."""
        self.offline = True

        async def cut() -> None:
            for w in list(self._writers):
                w.transport.abort()

        asyncio.run_coroutine_threadsafe(cut(), self._loop).result(5)

    def parts_sent(self) -> list[int]:
        """Part numbers of every UploadPart request seen, in order (re-sent ones repeated)."""
        found = []
        for line in self.requests:
            if line.startswith("PUT ") and "partNumber=" in line:
                match = re.search(r"partNumber=(\d+)", line)
                if match:
                    found.append(int(match.group(1)))
        return found

    def ranged_gets(self) -> int:
        """GET requests for objects (a LIST is a GET of the bucket with ``list-type``)."""
        return sum(
            1 for line in self.requests if line.startswith("GET ") and "list-type" not in line
        )

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.cuts = 0

    # --- relay -----------------------------------------------------------------------------

    def _cut_due(self, direction: str, n: int) -> bool:
        with self._lock:
            if direction == "up":
                self.up += n
                if self.cut_every_up:
                    if self._next_up_cut == 0:
                        self._next_up_cut = self.cut_every_up
                    if self.up >= self._next_up_cut:
                        self._next_up_cut = self.up + self.cut_every_up
                        self.cuts += 1
                        return True
            else:
                self.down += n
                if self.cut_every_down:
                    if self._next_down_cut == 0:
                        self._next_down_cut = self.cut_every_down
                    if self.down >= self._next_down_cut:
                        self._next_down_cut = self.down + self.cut_every_down
                        self.cuts += 1
                        return True
        return False

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.offline:
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        self._writers.update((writer, up_writer))

        def cut_both() -> None:
            writer.transport.abort()
            up_writer.transport.abort()

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, way: str) -> None:
            tail = b""
            try:
                while True:
                    data = await src.read(64 << 10)
                    if not data:
                        break
                    if self.offline:
                        cut_both()
                        return
                    if way == "up":
                        scan = tail + data
                        for match in _REQUEST.finditer(scan):
                            line = match.group(0).decode("latin-1").strip()
                            with self._lock:
                                self.requests.append(line)
                        tail = scan[-200:]
                    if self.delay:
                        await asyncio.sleep(self.delay)
                    if self._cut_due(way, len(data)):
                        # Half of this chunk goes through, then the link dies.
                        dst.write(data[: len(data) // 2])
                        with contextlib.suppress(Exception):
                            await dst.drain()
                        cut_both()
                        return
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError, asyncio.CancelledError):
                cut_both()
                return
            with contextlib.suppress(Exception):
                dst.write_eof()

        try:
            await asyncio.gather(pump(reader, up_writer, "up"), pump(up_reader, writer, "down"))
        finally:
            self._writers.discard(writer)
            self._writers.discard(up_writer)
            for w in (writer, up_writer):
                with contextlib.suppress(Exception):
                    w.close()


@contextlib.contextmanager
def proxy_for(endpoint: str, **settings: Any) -> Iterator[FaultProxy]:
    """A proxy in front of ``http://host:port`` with the given attributes set."""
    from urllib.parse import urlsplit

    parts = urlsplit(endpoint)
    proxy = FaultProxy(parts.hostname or "127.0.0.1", int(parts.port or 80))
    for name, value in settings.items():
        setattr(proxy, name, value)
    with proxy:
        yield proxy
