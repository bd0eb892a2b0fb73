"""`fieldkit sync` with an S3 target (SPEC §8, §11), against a real SeaweedFS server.

- the credentials: asked once (here: the AWS variables or a credentials file), then only inside
  the encrypted vault — never in the vault folder's other files, the temporary folder, the log,
  the output or ``ps`` (a marker secret);
- offline: exit 0, "not reachable, nothing lost", and the next sync delivers;
- kill -9 of a `fieldkit sync` in the middle of an upload, then a restart: only the part in
  flight is sent again; the same for a download (range requests from the staged bytes).
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import PASSPHRASE, run_cli
from faultproxy import proxy_for
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture
from test_sync import Site

from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.sync import s3target
from fieldkit.sync.s3client import PART_SIZE, S3Credentials, TransferOptions
from fieldkit.vault import Vault

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


def big_photo(seed: int, size: tuple[int, int] = (3000, 2200)) -> PhotoInput:
    """A noisy JPEG of about 8 MB: two make a bundle of three parts."""
    from PIL import Image

    buf = io.BytesIO()
    Image.effect_noise(size, 60 + seed).convert("RGB").save(buf, "JPEG", quality=98)
    return PhotoInput(buf.getvalue())


def add_target(site: Site, server: S3Server, url: str, endpoint: str, *to: Site) -> None:
    creds = S3Credentials(server.access_key, server.secret_key)
    s3target.add_s3_target(site.vault, "hq", url, endpoint, creds, [o.card for o in to])


def sync_process(vault: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "fieldkit", "--vault", str(vault), "sync", "hq"],
        env={**os.environ, **ENV, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition, timeout: float = 120.0, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def files_containing(folder: Path, marker: bytes) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if marker in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def s3target_status(site: Site) -> list:  # type: ignore[type-arg]
    from fieldkit.sync import target_status

    return target_status(site.vault, probe_age=0)


def test_credentials_live_only_inside_the_vault(s3_server, tmp_path, isolated_user_folders) -> None:
    marker = s3_server.secret_key  # the real secret, distinctive enough to grep for
    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.records.create(F.OBJECT, {"title": "Jar"})
    amal.trust(coord)
    amal.vault.close()
    coord.vault.close()
    temp = tmp_path / "tmp"
    temp.mkdir()
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    env = {
        **os.environ,
        **ENV,
        "TMPDIR": str(temp),
        "AWS_ACCESS_KEY_ID": s3_server.access_key,
        "AWS_SECRET_ACCESS_KEY": marker,
    }
    outputs = []
    added = subprocess.run(
        [
            *(sys.executable, "-m", "fieldkit", "--vault", str(amal.path)),
            *("sync", "target", "add", "hq", url, "--endpoint", s3_server.endpoint),
            *("--to", str(coord.card_file)),
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    assert "kept only inside this vault" in added.stderr
    outputs += [added.stdout, added.stderr]
    # The variables were taken out of the environment: a sync needs none of them.
    plain_env = {k: v for k, v in env.items() if not k.startswith("AWS_")}
    child = subprocess.Popen(
        [sys.executable, "-m", "fieldkit", "--vault", str(amal.path), "sync", "--json"],
        env=plain_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=False).stdout
    cmdline = Path(f"/proc/{child.pid}/cmdline").read_bytes() if sys.platform == "linux" else b""
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert '"delivered": [' in out and s3_server.keys(
        s3_server.shared_bucket(), url.split("/", 3)[3]
    )
    outputs += [out, err, ps]
    for command in (["sync", "status", "--json"], ["sync", "target", "list", "--json"]):
        shown = subprocess.run(
            [sys.executable, "-m", "fieldkit", "--vault", str(amal.path), *command],
            env=plain_env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        assert shown.returncode == 0, shown.stderr
        outputs += [shown.stdout, shown.stderr]
    assert all(marker not in text for text in outputs)
    assert marker.encode() not in cmdline
    # Nowhere at rest but the encrypted database: not the vault folder, the temporary folder,
    # the log folder, the user's config.
    for folder in (amal.path, temp, isolated_user_folders):
        assert files_containing(folder, marker.encode()) == [], folder
    with Vault.open(amal.path, PASSPHRASE) as vault:
        assert s3target.load_settings(vault, "hq").credentials.secret_key == marker


def test_credentials_file_and_missing_credentials(s3_server, tmp_path) -> None:
    amal = Site(tmp_path, "amal")
    amal.vault.close()
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    args = ["--vault", str(amal.path), "sync", "target", "add", "hq", url]
    missing = run_cli([*args, "--endpoint", s3_server.endpoint], env=ENV)
    assert missing.code == 2 and "--credentials-file" in missing.err
    no_endpoint = run_cli(args, env=ENV)
    assert no_endpoint.code == 2 and "--endpoint" in no_endpoint.err
    creds = tmp_path / "credentials"
    creds.write_text(
        f"[default]\naws_access_key_id = {s3_server.access_key}\n"
        "aws_secret_access_key = not-the-secret-XYZZY\n"
    )
    refused = run_cli(
        [*args, "--endpoint", s3_server.endpoint, "--credentials-file", str(creds)], env=ENV
    )
    assert refused.code == 1 and "refused the credentials" in refused.err
    assert "XYZZY" not in refused.err + refused.out
    creds.write_text(
        f"[default]\naws_access_key_id = {s3_server.access_key}\n"
        f"aws_secret_access_key = {s3_server.secret_key}\n"
    )
    added = run_cli(
        [
            *args,
            *("--endpoint", s3_server.endpoint, "--credentials-file", str(creds)),
            *("--json", "--bandwidth-limit", "2M"),
        ],
        env=ENV,
    )
    assert added.code == 0, added.err
    assert added.json["kind"] == "s3" and added.json["path"] == url.rstrip("/")
    assert added.json["reachable"] is True
    marker_key = url.split("/", 3)[3] + ".fieldkit-target"
    assert marker_key in s3_server.keys(s3_server.shared_bucket())
    wrong = run_cli(
        ["--vault", str(amal.path), "sync", "target", "add", "x", str(tmp_path), "--endpoint", "e"],
        env=ENV,
    )
    assert wrong.code == 2 and "--endpoint goes with" in wrong.err


def test_offline_sync_exits_0_and_loses_nothing(s3_server, tmp_path) -> None:
    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    coord.trust(amal)
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    with proxy_for(s3_server.endpoint) as proxy:
        add_target(amal, s3_server, url, proxy.endpoint)
        add_target(coord, s3_server, url, s3_server.endpoint, amal)
        amal.records.create(F.OBJECT, {"title": "Jar"})
        proxy.go_offline()
        amal.vault.close()
        start = time.monotonic()
        offline = run_cli(["--vault", str(amal.path), "sync"], env=ENV)
        assert time.monotonic() - start < 30
        assert offline.code == 0, offline.err
        assert "not reachable, nothing lost" in offline.err
        status = run_cli(["--vault", str(amal.path), "sync", "status", "--json"], env=ENV)
        assert status.json[0]["reachable"] is False and status.json[0]["kind"] == "s3"
        amal.reopen()
        (status,) = s3target_status(amal)
        assert status.unsent_revisions == 1  # still to be sent, nothing lost
        proxy.offline = False
        back = amal.sync("hq")
        assert len(back.delivered) == 1 and back.offline is None and back.errors == []
    assert [r.new_revisions for r in coord.sync("hq").imported] == [1]


def test_a_link_lost_mid_sync_keeps_what_was_done(s3_server, tmp_path, monkeypatch) -> None:
    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    coord.trust(amal)
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    amal.records.create(F.OBJECT, {"title": "Heavy"}, [big_photo(1), big_photo(2)])
    with proxy_for(s3_server.endpoint) as proxy:
        add_target(amal, s3_server, url, proxy.endpoint)
        quick = TransferOptions(attempts=3, backoff_base=0.02, backoff_max=0.1, connect_timeout=3)
        monkeypatch.setattr(s3target, "TRANSFER_OPTIONS", quick)
        dropped: list[int] = []

        def drop_link(p) -> None:  # type: ignore[no-untyped-def]
            if p.stage == "deliver" and p.done and not dropped:
                dropped.append(p.done)
                proxy.go_offline()

        report = amal.sync("hq", progress=drop_link)
        assert dropped, "the upload never started"
        assert report.offline and "nothing lost" in report.offline
        assert report.exit_code == 0 and report.delivered == [] and report.waiting == 1
        proxy.offline = False
        again = amal.sync("hq")
        assert len(again.delivered) == 1


def test_kill_9_mid_upload_and_mid_download_resumes_from_the_last_part(s3_server, tmp_path) -> None:
    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    coord.trust(amal)
    amal.records.create(F.OBJECT, {"title": "Heavy"}, [big_photo(1), big_photo(2)])
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    with proxy_for(s3_server.endpoint, delay=0.01) as proxy:
        add_target(amal, s3_server, url, proxy.endpoint)
        add_target(coord, s3_server, url, proxy.endpoint, amal)
        amal.vault.close()
        coord.vault.close()

        # --- upload: killed while part 2 is in flight --------------------------------------
        child = sync_process(amal.path)
        wait_for(lambda: 2 in proxy.parts_sent(), what="part 2 to start")
        time.sleep(0.3)
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        first_run = proxy.parts_sent()
        with Vault.open(amal.path, PASSPHRASE) as vault:
            confirmed = {int(r[0]) for r in vault.db.execute("SELECT part FROM sync_s3_parts")}
            (size,) = [int(r[0]) for r in vault.db.execute("SELECT size FROM sync_outbox")]
        parts = (size + PART_SIZE - 1) // PART_SIZE
        assert parts >= 2 and confirmed and max(confirmed) < parts
        in_flight = max(first_run)
        assert in_flight not in confirmed
        proxy.reset_counts()
        proxy.delay = 0.0
        again = sync_process(amal.path)
        _, err = again.communicate(timeout=180)
        assert again.returncode == 0, err
        second_run = proxy.parts_sent()
        # Only what was not confirmed goes again; of what the first run sent, only the part
        # that was in flight at the kill.
        assert second_run == [p for p in range(1, parts + 1) if p not in confirmed]
        assert set(first_run) & set(second_run) == {in_flight}

        # --- download: killed half-way, then the rest with a range request ----------------
        staging = coord.path / s3target.STAGING
        proxy.reset_counts()
        proxy.delay = 0.01
        down_before = proxy.down
        child = sync_process(coord.path)

        def staged() -> int:
            return sum(p.stat().st_size for p in staging.rglob("*.part")) if staging.exists() else 0

        wait_for(lambda: staged() > size // 2, what="half the bundle to arrive")
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        kept = staged()
        assert 0 < kept < size
        proxy.delay = 0.0
        down_killed = proxy.down - down_before
        again = sync_process(coord.path)
        _, err = again.communicate(timeout=180)
        assert again.returncode == 0, err
        down_second = proxy.down - down_before - down_killed
        assert down_second < size - kept + (1 << 20)  # the rest, not the whole bundle again
        assert staged() == 0  # judged and imported: the staged copy is gone
    with Vault.open(coord.path, PASSPHRASE) as vault:
        shas = {r[0] for r in vault.db.execute("SELECT sha256 FROM media_files")}
    with Vault.open(amal.path, PASSPHRASE) as vault:
        assert shas == {r[0] for r in vault.db.execute("SELECT sha256 FROM media_files")}
        assert len(shas) == 2


def test_an_oversized_object_is_quarantined_without_a_download(
    s3_server, tmp_path, monkeypatch
) -> None:
    coord = Site(tmp_path, "coord", role="coordinator")
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    add_target(coord, s3_server, url, s3_server.endpoint)
    monkeypatch.setattr(s3target, "MAX_DOWNLOAD", 1000)
    client = s3_server.client()
    prefix = url.split("/", 3)[3]
    client.put_object(
        Bucket=s3_server.shared_bucket(), Key=prefix + "huge.fkb", Body=b"PK" + b"\0" * 4000
    )
    client.put_object(Bucket=s3_server.shared_bucket(), Key=prefix + "small.fkb", Body=b"PK junk")
    with proxy_for(s3_server.endpoint) as proxy:
        add_target(coord, s3_server, url, proxy.endpoint)
        report = coord.sync("hq")
        fetched = [r for r in proxy.requests if r.startswith("GET ") and "huge" in r]
    reasons = {e.file: e.reason for e in report.quarantined}
    assert "larger than any bundle" in reasons["huge.fkb"] and "small.fkb" in reasons
    assert fetched == []  # never downloaded, not even in part
    (entry,) = [e for e in report.quarantined if e.file == "huge.fkb"]
    assert entry.copy is None
    assert not list((coord.path / s3target.STAGING).rglob("*.part"))
