"""The archive's storage refusing it or not answering is said with the archive's advice, not the
sync's (r14's notes: « S3 access errors in the archive still end with the sync's hint »: "add
the target again with `fieldkit sync target add …`", "…resumes at the next sync").

On a real SeaweedFS (a wrong secret, a wrong key id, a bucket that does not exist) and an unused
loopback port (nothing answers), with a real PostgreSQL and a bundle from a real laptop vault:
each error is one sentence saying what is wrong and one saying what to do with `fieldkit archive`
and its options, in the reader's language, and never a credential.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from conftest import PASSPHRASE, CliResult, run_cli
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import ACCESS_KEY, S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV

from fieldkit.archive.config import ArchiveConfig
from fieldkit.archive.storage import ArchiveStorage
from fieldkit.records import fields as F
from fieldkit.sync.s3client import S3AccessError, S3Credentials, S3UnreachableError

WRONG_SECRET = "not-the-secret-" + os.urandom(4).hex()
# The sync's advice, in every language it was shown in.
SYNC_WORDS = ("sync", "synchro", "مزامنة", "синхроніз")


class Operator:
    """`fieldkit archive …` in this process, on an archive made with `archive init`, whose vault
    trusts the laptop that sent ``bundle``."""

    def __init__(self, root: Path, pg: PgServer, s3: S3Server) -> None:
        archive = Peer(root, "archive", role="coordinator")
        laptop = Peer(root, "f3")
        laptop.trust(archive)
        archive.trust(laptop)
        laptop.records.create(F.OBJECT, {"inventory_number": "S-1", "title": "Ікона"})
        bundle = laptop.send(archive)
        assert bundle is not None
        self.bundle = str(bundle)
        archive.vault.close()
        laptop.vault.close()
        self.bucket = f"r15-{os.urandom(4).hex()}"
        self.env = {
            **S3_ENV,
            "FIELDKIT_ARCHIVE_DB": pg.new_database(),
            "FIELDKIT_ARCHIVE_S3": f"s3://{self.bucket}/archive",
            "FIELDKIT_ARCHIVE_ENDPOINT": s3.endpoint,
            "FIELDKIT_ARCHIVE_RETENTION_DAYS": "1",
            "FIELDKIT_VAULT": str(archive.path),
            "FIELDKIT_PASSPHRASE": PASSPHRASE,
        }
        done = self("init")
        assert done.code == 0, done.err

    def __call__(self, *args: str, **env: str) -> CliResult:
        return run_cli(["archive", *args], env={**self.env, **env})


@pytest.fixture
def operator(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> Operator:
    return Operator(tmp_path, pg_server, s3_server)


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _told(result: CliResult) -> list[str]:
    """The error's lines (the sentence, then the advice), the vault's warnings left out."""
    lines = [line for line in result.err.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("fieldkit: "))
    return lines[start:]


def _no_sync_advice(result: CliResult) -> None:
    assert not any(word in result.err.casefold() for word in SYNC_WORDS), result.err
    assert WRONG_SECRET not in result.err + result.out


def test_a_wrong_secret_is_said_with_the_archives_advice(operator: Operator) -> None:
    told = operator("ingest", operator.bundle, AWS_SECRET_ACCESS_KEY=WRONG_SECRET)
    assert told.code == 1
    _no_sync_advice(told)
    sentence, advice = _told(told)
    # The first request is a HEAD: the storage answers 403 without saying why.
    assert f"refused the archive access to the bucket '{operator.bucket}' (403)." in sentence
    assert advice == (
        "Check the archive's key and secret, and ask the storage's administrator to let that "
        "key read and write this bucket, then run the `fieldkit archive` command again."
    )
    # A request with a body is refused with its reason: the key and secret.
    rebuilt = operator("rebuild", AWS_SECRET_ACCESS_KEY=WRONG_SECRET)
    assert rebuilt.code == 1
    _no_sync_advice(rebuilt)
    sentence, advice = _told(rebuilt)
    assert sentence.endswith(
        "does not accept the archive's access key and secret (SignatureDoesNotMatch)."
    )
    assert advice == (
        "Check the key and secret the archive is given (--credentials-file, or "
        "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), then run the `fieldkit archive` command "
        "again."
    )


def test_a_wrong_key_id_in_ukrainian_gives_the_archives_advice(operator: Operator) -> None:
    told = operator(
        "ingest", "--from-s3", f"s3://{operator.bucket}/archive",
        AWS_ACCESS_KEY_ID="AKIA" + os.urandom(6).hex().upper(), FIELDKIT_LANG="uk",
    )  # fmt: skip
    assert told.code == 1
    _no_sync_advice(told)
    sentence, advice = _told(told)
    assert "InvalidAccessKeyId" in sentence and "AWS_SECRET_ACCESS_KEY" in advice
    assert "`fieldkit archive`" in advice and "Check" not in advice, advice


def test_a_missing_bucket_names_the_archives_option_and_init(operator: Operator) -> None:
    missing = f"nosuch-{os.urandom(4).hex()}"
    told = operator("ingest", operator.bundle, FIELDKIT_ARCHIVE_S3=f"s3://{missing}/archive")
    assert told.code == 1
    _no_sync_advice(told)
    sentence, advice = _told(told)
    assert f"The archive's bucket '{missing}' does not exist at http://" in sentence
    assert advice == (
        "Check the bucket named by --s3 (or FIELDKIT_ARCHIVE_S3), or create it with "
        "`fieldkit archive init`."
    )


def test_a_storage_that_does_not_answer_is_said_with_the_archives_advice(
    operator: Operator,
) -> None:
    endpoint = f"http://127.0.0.1:{unused_port()}"
    for command in (("ingest", operator.bundle), ("rebuild",)):
        told = operator(*command, FIELDKIT_ARCHIVE_ENDPOINT=endpoint)
        assert told.code == 1
        _no_sync_advice(told)
        sentence, advice = _told(told)
        assert sentence == f"fieldkit: The storage at {endpoint} is not reachable."
        assert (
            advice == f"Run `fieldkit archive {command[0]}` again: nothing already stored is lost."
        )


def test_the_storage_says_its_errors_as_the_archives_outside_a_command_too(
    s3_server: S3Server,  # noqa: F811
) -> None:
    # What the worker, rebuild's merge and verify meet: the errors themselves carry the
    # archive's advice, not only the command line's wrapping of them.
    bucket = s3_server.new_bucket("r15")
    dead = ArchiveConfig.from_options(
        "postgresql:///unused", f"s3://{bucket}/a", f"http://127.0.0.1:{unused_port()}"
    )
    with pytest.raises(S3UnreachableError) as silent:
        ArchiveStorage(dead, credentials=S3Credentials(ACCESS_KEY, WRONG_SECRET)).has("k")
    assert "FIELDKIT_ARCHIVE_ENDPOINT" in silent.value.hint and "sync" not in silent.value.hint
    refusing = ArchiveConfig.from_options(
        "postgresql:///unused", f"s3://{bucket}/a", s3_server.endpoint
    )
    storage = ArchiveStorage(refusing, credentials=S3Credentials(ACCESS_KEY, WRONG_SECRET))
    with pytest.raises(S3AccessError) as refused:
        storage.client.list("")
    assert "sync" not in refused.value.hint and "fieldkit archive" in refused.value.hint
    assert WRONG_SECRET not in str(refused.value) + refused.value.hint


def test_access_denied_asks_for_the_buckets_rights() -> None:
    # SeaweedFS gives every key every right: a real storage's AccessDenied, as its client says it.
    from fieldkit.archive.storage import archive_error

    denied = S3AccessError(
        "The storage at {endpoint} refused the credentials or the request ({code}).",
        endpoint="https://s3.example.org",
        code="AccessDenied",
    )
    said = archive_error(denied, "programme", "https://s3.example.org")
    assert isinstance(said, S3AccessError)
    assert str(said) == (
        "The storage at https://s3.example.org refused the archive access to the bucket "
        "'programme' (AccessDenied)."
    )
    assert "administrator" in said.hint and "fieldkit archive" in said.hint
