"""`fieldkit sync` with an S3 target whose link goes silent mid-upload (no RST, no FIN: a relay
that swallows everything once it has passed some bytes on) says, on stderr, one line per retry
("… is not answering; trying again in 1 s (attempt 2 of 3)…"), then its one final sentence;
nothing on stdout. Before, the command was silent for every attempt's read timeout (384 s with
the real timeouts). Real SeaweedFS (tests/s3server.py) and real vaults; the timeouts are made
short (TransferOptions), the relay is real TCP."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture
from test_sync import Site

from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.sync import s3target
from fieldkit.sync.s3client import S3Credentials, TransferOptions

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
QUICK = TransferOptions(
    attempts=3, connect_timeout=2, read_timeout=2, backoff_base=0.02, backoff_max=0.1
)


class SilentRelay:
    """A TCP relay to ``upstream`` that, once armed and ``after`` bytes went upstream, passes
    nothing more either way and leaves new connections unanswered: a link gone silent."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.after: int | None = None
        self.sent = 0
        self.frozen = threading.Event()
        self._held: list[socket.socket] = []
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(20)
        self.endpoint = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def arm(self, after: int) -> None:
        self.sent, self.after = 0, after

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._held.append(client)
            if self.frozen.is_set():
                continue  # accepted, never answered
            server = socket.create_connection(self.upstream)
            self._held.append(server)
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                return
            if upstream and self.after is not None:
                self.sent += len(data)
                if self.sent > self.after:
                    self.frozen.set()
            if self.frozen.is_set():
                continue  # swallowed
            try:
                dst.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        for s in [self._listener, *self._held]:
            try:
                s.close()
            except OSError:
                pass


@pytest.fixture
def relay(s3_server: S3Server) -> Iterator[SilentRelay]:
    host, port = s3_server.endpoint.split("//")[1].split(":")
    r = SilentRelay((host, int(port)))
    yield r
    r.close()


def _photo() -> PhotoInput:
    from PIL import Image

    buf = io.BytesIO()
    Image.effect_noise((900, 700), 60).convert("RGB").save(buf, "JPEG", quality=98)
    return PhotoInput(buf.getvalue())


def test_a_silent_link_is_reported_once_per_retry_on_stderr(
    s3_server: S3Server,
    relay: SilentRelay,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    amal.records.create(F.OBJECT, {"title": "Heavy"}, [_photo()])
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    creds = S3Credentials(s3_server.access_key, s3_server.secret_key)
    s3target.add_s3_target(amal.vault, "hq", url, relay.endpoint, creds, [coord.card])
    amal.vault.close()
    monkeypatch.setattr(s3target, "TRANSFER_OPTIONS", QUICK)
    relay.arm(200_000)  # the bundle (about 1 MB) is cut off mid-upload
    done = run_cli(["--vault", str(amal.path), "sync", "hq"], env=ENV)
    assert relay.frozen.is_set(), done.err
    assert done.out == ""
    lines = done.err.splitlines()
    retries = [line for line in lines if "is not answering" in line]
    assert retries == [
        "The sync target 'hq' is not answering; trying again in 1 s (attempt 2 of 3)…",
        "The sync target 'hq' is not answering; trying again in 1 s (attempt 3 of 3)…",
    ], done.err
    final = "The link to the sync target 'hq' dropped: not reachable, nothing lost."
    assert any(final in line for line in lines), done.err
    assert lines.index(retries[-1]) < min(i for i, x in enumerate(lines) if final in x)
    assert done.code == 0  # offline is normal for a network target: nothing lost

    relay.arm(200_000)  # the link goes silent again, in French this time
    relay.frozen.clear()
    french = run_cli(["--vault", str(amal.path), "sync", "hq"], env={**ENV, "FIELDKIT_LANG": "fr"})
    said = [line for line in french.err.splitlines() if "(tentative 2 sur 3)" in line]
    assert len(said) == 1 and "hq" in said[0] and "ne répond pas" in said[0], french.err
    assert "is not answering" not in french.err
