"""The archive's PostgreSQL password never shows (issue 21): `--db` with a password on the
command line draws a warning (anyone on the machine can read it in the process list), and no
error or log line repeats the connection string's password, even for a malformed one."""

from __future__ import annotations

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")

from conftest import run_cli
from s3server import free_port

from fieldkit import logs
from fieldkit.archive.config import dsn_password, scrub

SECRET = "S3cretPW"
WARNING = "other users of this computer can read it"


def _dsns() -> list[str]:
    port = free_port()  # nothing listens there
    return [
        f"postgresql://bob:{SECRET}@127.0.0.1:{port}/archive",
        f"postgresql://bob:{SECRET}@[bad/archive",  # libpq quotes a malformed URI whole
        f"postgresql://bob@127.0.0.1:{port}/archive?password={SECRET}&foo=bar",
        f"host=127.0.0.1 port={port} password='{SECRET}' user",  # malformed key=value
    ]


S3 = ["--s3", "s3://bucket/archive", "--endpoint", "http://127.0.0.1:9"]
ENV = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test-secret"}


def _log_text() -> str:
    logs.shutdown()  # flushed and closed
    path = logs.log_file()
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.parametrize("dsn", _dsns())
def test_a_password_in_db_is_warned_about_and_never_repeated(dsn: str) -> None:
    result = run_cli(["archive", "status", "--db", dsn, *S3], env=ENV)
    assert result.code == 2
    assert "PostgreSQL database cannot be reached" in result.err
    assert result.err.count(WARNING) == 1
    assert "FIELDKIT_ARCHIVE_DB" in result.err and ".pgpass" in result.err
    assert "Traceback" not in result.err
    for text in (result.err, result.out, _log_text()):
        assert SECRET not in text


def test_the_connection_string_from_the_environment_draws_no_warning() -> None:
    result = run_cli(["archive", "status", *S3], env={**ENV, "FIELDKIT_ARCHIVE_DB": _dsns()[1]})
    assert result.code == 2 and "cannot be reached" in result.err
    assert WARNING not in result.err and SECRET not in result.err


def test_a_connection_string_without_a_password_draws_no_warning() -> None:
    result = run_cli(
        ["archive", "status", "--db", f"postgresql://bob@127.0.0.1:{free_port()}/a", *S3],
        env=ENV,
    )
    assert result.code == 2 and WARNING not in result.err


@pytest.mark.parametrize(
    ("dsn", "password"),
    [
        ("postgresql://bob:pw%40x@h/db", "pw%40x"),
        ("postgres://bob:p:w@h:5/db?sslmode=require", "p:w"),
        ("postgresql://h/db?user=bob&password=pq", "pq"),
        ("postgresql://bob@h/db", None),
        ("host=h password = 'a b\\'c' user=bob", "a b\\'c"),
        ("host=h password=xyz", "xyz"),
        ("host=h user=bob", None),
        ("", None),
    ],
)
def test_the_password_is_found_in_both_forms(dsn: str, password: str | None) -> None:
    assert dsn_password(dsn) == password
    if password:
        assert password not in scrub(f"bad: {dsn!r} and {dsn}", dsn)
