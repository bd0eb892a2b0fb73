"""The S3 client over a flaky link (fieldkit.sync.s3client), against a real SeaweedFS server.

A fault-injecting relay (tests/faultproxy.py) stands between the client and the server and
cuts connections every few MiB, delays, or drops everything. What must hold: a transfer
completes byte-identical, and only the part in flight at each cut is sent again — within one
run (retries) and across runs (the journal of confirmed parts); downloads continue with range
requests. Small data: a few parts of 8 MiB.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
from faultproxy import FaultProxy, proxy_for
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture

from fieldkit.errors import CancelledError, UsageError
from fieldkit.sync.s3client import (
    PART_SIZE,
    S3AccessError,
    S3Client,
    S3Credentials,
    S3Location,
    S3UnreachableError,
    TransferOptions,
    parse_credentials_file,
)

FAST = TransferOptions(backoff_base=0.02, backoff_max=0.2, connect_timeout=5, read_timeout=20)


class Journal:
    """An in-memory UploadJournal that can outlive a client (a restart keeps the vault's)."""

    def __init__(self) -> None:
        self.uploads: dict[str, tuple[str, dict[int, tuple[str, str]]]] = {}

    def load(self, key: str) -> tuple[str, dict[int, tuple[str, str]]] | None:
        found = self.uploads.get(key)
        return None if found is None else (found[0], dict(found[1]))

    def begin(self, key: str, upload_id: str, part_size: int) -> None:
        self.uploads[key] = (upload_id, {})

    def confirm(self, key: str, part: int, etag: str, sha256_b64: str) -> None:
        self.uploads[key][1][part] = (etag, sha256_b64)

    def finish(self, key: str) -> None:
        self.uploads.pop(key, None)


def client(server: S3Server, endpoint: str, prefix: str, **options: object) -> S3Client:
    opts = TransferOptions(**{**FAST.__dict__, **options})  # type: ignore[arg-type]
    return S3Client(
        endpoint,
        S3Location(server.shared_bucket(), prefix),
        S3Credentials(server.access_key, server.secret_key),
        options=opts,
    )


def stored(server: S3Server, key: str) -> bytes:
    body = server.client().get_object(Bucket=server.shared_bucket(), Key=key)["Body"]  # type: ignore[attr-defined]
    return bytes(body.read())


@pytest.fixture
def big(tmp_path: Path) -> tuple[Path, str]:
    """Three parts and a bit: 2 × 8 MiB + 5 MiB (random, so nothing compresses)."""
    path = tmp_path / "bundle.fkb"
    path.write_bytes(os.urandom(2 * PART_SIZE + (5 << 20)))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def test_upload_through_cuts_resends_only_the_part_in_flight(s3_server, big) -> None:
    path, sha = big
    prefix = s3_server.new_prefix()
    with proxy_for(s3_server.endpoint, cut_every_up=10 << 20) as proxy:
        c = client(s3_server, proxy.endpoint, prefix)
        c.upload_file(prefix + "a.fkb", path, sha, Journal())
        sent = proxy.parts_sent()
        cuts = proxy.cuts
    assert stored(s3_server, prefix + "a.fkb") == path.read_bytes()
    assert cuts >= 2  # 21 MiB and a re-sent part through a link that dies every 10 MiB
    assert sorted(set(sent)) == [1, 2, 3]
    # Every cut cost at most the one part it interrupted; nothing confirmed went twice.
    assert len(sent) <= 3 + cuts
    assert c.stats.parts_sent == len(sent) and c.stats.retries >= cuts - 1


def test_an_upload_resumes_after_a_restart_from_the_last_confirmed_part(s3_server, big) -> None:
    path, sha = big
    prefix = s3_server.new_prefix()
    journal = Journal()
    key = prefix + "b.fkb"
    with proxy_for(s3_server.endpoint) as proxy:
        first = client(s3_server, proxy.endpoint, prefix)
        seen: list[int] = []

        def stop_in_part_two(done: int) -> None:
            seen.append(done)

        with pytest.raises(CancelledError):
            first.upload_file(
                key,
                path,
                sha,
                journal,
                stop_in_part_two,
                cancel=lambda: bool(seen) and seen[-1] > PART_SIZE + (1 << 20),
            )
        assert proxy.parts_sent() == [1, 2]  # part 2 was in flight
        assert sorted(journal.uploads[key][1]) == [1]  # only part 1 was confirmed
        proxy.reset_counts()
        second = client(s3_server, proxy.endpoint, prefix)  # a new process, the same journal
        second.upload_file(key, path, sha, journal)
        assert proxy.parts_sent() == [2, 3]  # part 1 is never sent again
    assert second.stats.parts_skipped == 1
    assert stored(s3_server, key) == path.read_bytes()
    assert key not in journal.uploads


def test_a_forgotten_upload_starts_again(s3_server, big) -> None:
    path, sha = big
    prefix = s3_server.new_prefix()
    journal = Journal()
    key = prefix + "c.fkb"
    c = client(s3_server, s3_server.endpoint, prefix)
    with pytest.raises(CancelledError):
        c.upload_file(key, path, sha, journal, cancel=lambda: c.stats.parts_sent >= 2)
    upload_id = journal.uploads[key][0]
    c.abort_upload(key, upload_id)  # the bucket's lifecycle rule expired it
    c.upload_file(key, path, sha, journal)
    assert stored(s3_server, key) == path.read_bytes()


def test_download_through_cuts_continues_with_ranges(s3_server, big, tmp_path) -> None:
    path, sha = big
    prefix = s3_server.new_prefix()
    key = prefix + "d.fkb"
    client(s3_server, s3_server.endpoint, prefix).upload_file(key, path, sha, Journal())
    size = path.stat().st_size
    with proxy_for(s3_server.endpoint, cut_every_down=4 << 20) as proxy:
        c = client(s3_server, proxy.endpoint, prefix)
        (obj,) = [o for o in c.list() if o.key == key]
        dest = tmp_path / "staged.part"
        c.download(obj, dest)
        gets, cuts, down = proxy.ranged_gets(), proxy.cuts, proxy.down
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == sha
    assert cuts >= 4 and gets == 1 + cuts  # one ranged request per cut, never from the start
    assert down < size + cuts * (128 << 10) + (1 << 20)  # nothing fetched twice but a chunk


def test_a_download_stopped_midway_continues_where_it_stopped(s3_server, big, tmp_path) -> None:
    path, sha = big
    prefix = s3_server.new_prefix()
    key = prefix + "e.fkb"
    client(s3_server, s3_server.endpoint, prefix).upload_file(key, path, sha, Journal())
    dest = tmp_path / "staged.part"
    with proxy_for(s3_server.endpoint) as proxy:
        first = client(s3_server, proxy.endpoint, prefix)
        (obj,) = [o for o in first.list() if o.key == key]
        with pytest.raises(CancelledError):
            first.download(
                obj, dest, cancel=lambda: dest.exists() and dest.stat().st_size > (9 << 20)
            )
        kept = dest.stat().st_size
        before = proxy.down
        client(s3_server, proxy.endpoint, prefix).download(obj, dest)
        second_run = proxy.down - before
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == sha
    assert second_run < path.stat().st_size - kept + (1 << 20)


def test_bandwidth_limit_is_honoured(s3_server, tmp_path) -> None:
    prefix = s3_server.new_prefix()
    data = os.urandom(600 << 10)
    fast = client(s3_server, s3_server.endpoint, prefix)
    fast.put_bytes(prefix + "f", data)
    (obj,) = fast.list()
    slow = client(s3_server, s3_server.endpoint, prefix, bandwidth=300_000)
    start = time.monotonic()
    slow.download(obj, tmp_path / "f")
    assert time.monotonic() - start >= 1.6  # 614 kB at 300 kB/s
    assert (tmp_path / "f").read_bytes() == data


def test_an_offline_endpoint_is_reported_not_hung(s3_server) -> None:
    with proxy_for(s3_server.endpoint) as proxy:
        c = client(s3_server, proxy.endpoint, s3_server.new_prefix(), attempts=3)
        assert c.probe(2) is None
        proxy.go_offline()
        start = time.monotonic()
        assert "not reachable" in (c.probe(2) or "")
        with pytest.raises(S3UnreachableError, match="not reachable"):
            c.list()
        assert time.monotonic() - start < 10


def test_wrong_credentials_or_bucket_say_so_without_the_secret(s3_server) -> None:
    secret = "wrong-secret-MARKER-7f3a"
    bad = S3Client(
        s3_server.endpoint,
        S3Location(s3_server.shared_bucket(), ""),
        S3Credentials(s3_server.access_key, secret),
        options=FAST,
    )
    problem = bad.probe(5)
    assert problem and "refused" in problem and secret not in problem
    with pytest.raises(S3AccessError) as caught:
        bad.list()
    assert secret not in str(caught.value) and secret not in repr(bad.__dict__)
    missing = client(s3_server, s3_server.endpoint, "")
    missing.location = S3Location("no-such-bucket-here", "")
    assert "does not exist" in (missing.probe(5) or "")


@pytest.mark.parametrize(
    "url",
    [
        "http://bucket/prefix",
        "s3://",
        "s3:///prefix",
        "s3://b/prefix",  # too short a bucket name
        "s3://bucket/../escape",
        "s3://bucket/a/./b",
        "s3://bucket/a\x00b",
        "s3://bucket/a?x=1",
        "s3://bu cket/a",
    ],
)
def test_hostile_locations_are_refused(url: str) -> None:
    with pytest.raises(UsageError):
        S3Location.parse(url)


def test_locations_keep_the_folder_layout() -> None:
    loc = S3Location.parse("s3://museum-sync/field/teams//kharkiv/")
    assert loc.prefix == "field/teams/kharkiv/" and loc.key("receipts/x.fkr") == (
        "field/teams/kharkiv/receipts/x.fkr"
    )
    assert S3Location.parse("s3://museum-sync").key(".fieldkit-target") == ".fieldkit-target"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "aws_access_key_id = AKIA\n",
        "[other]\naws_access_key_id = A\naws_secret_access_key = S\n",
        "[default]\naws_access_key_id = A\n",
        "[default\nbroken",
        "\x00\x01\x02",
    ],
)
def test_hostile_credentials_files_are_refused_without_echo(tmp_path: Path, text: str) -> None:
    path = tmp_path / "credentials"
    path.write_text(text)
    with pytest.raises(UsageError) as caught:
        parse_credentials_file(path)
    assert "AKIA" not in caught.value.message


def test_credentials_file_in_the_aws_format(tmp_path: Path) -> None:
    path = tmp_path / "credentials"
    path.write_text(
        "\ufeff# made by the admin\r\n[default]\r\naws_access_key_id = AKIAEXAMPLE\r\n"
        "aws_secret_access_key = s3cr3t/with+chars=\r\n"
    )
    found = parse_credentials_file(path)
    assert (found.access_key, found.secret_key) == ("AKIAEXAMPLE", "s3cr3t/with+chars=")
    assert "s3cr3t" not in repr(found)


def test_the_proxy_really_cuts(s3_server) -> None:
    """The fault proxy is a real fault: without retries, a cut fails the request."""
    with proxy_for(s3_server.endpoint, cut_every_up=1 << 20) as proxy:
        c = client(s3_server, proxy.endpoint, s3_server.new_prefix(), attempts=1)
        with pytest.raises(S3UnreachableError):
            c.put_bytes(c.location.key("x"), os.urandom(2 << 20))
        assert proxy.cuts >= 1
    assert isinstance(proxy, FaultProxy)
