"""The archive's search finds a number however it is written, as the laptop's does (r14's notes:
« a decimal number written in two digit scripts is not matched by the archive's search »).

A laptop reads « 12.5 », « ١٢٫٥ », « ۱۲٫۵ » and « 12,5 » as the same two words (12 and 5) and
looks each typed number up in every script of digits (records.search.spellings), « 1٢ » (typed
on an Arabic keyboard) too. PostgreSQL's parser kept "12.5" as one lexeme and « ١٢٫٥ » as two,
and the archive indexed no measurement values. On a real PostgreSQL and SeaweedFS, with bundles
from a real laptop vault: for every spelling, the archive finds exactly what the laptop finds,
and an archive built before the change finds them after its first command (schema version 7).
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

import psycopg
from conftest import run_cli_process
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, drain, open_archive

from fieldkit.archive import index, jobs, schema
from fieldkit.records import fields as F

SCRIPTS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")  # ASCII, Arabic-Indic, Persian
SEPARATORS = (".", ",", "\u066b")  # the decimal point, the comma, the Arabic decimal separator


def written(number: str, scripts: list[int], separator: str) -> str:
    """``number`` ("12.5") with its n-th digit in SCRIPTS[scripts[n % len]] and ``separator``."""
    out, n = [], 0
    for ch in number:
        if ch.isdigit():
            out.append(SCRIPTS[scripts[n % len(scripts)]][int(ch)])
            n += 1
        else:
            out.append(separator)
    return "".join(out)


# Titles holding numbers as people write them, and a measurement (a number in the record).
TITLES = {
    "N-1": "Amphore 12.5 cm",
    "N-2": "جرة ١٢٫٥ سم",
    "N-3": "Глек ۱۲٫۵",
    "N-4": "Vase 12,5",
    "N-5": "Coupe 1٢",
    "N-7": "Bol 125",
    "N-8": "Verre 1962.121",
    "N-9": "كأس ١٩٦٢٫١٢١",
    "N-10": "Lampe 3.75",
    "N-11": "Stèle ٣٫٧٥",
}
NUMBERS = ["12.5", "1962.121", "3.75", "125", "12", "7.05", "40.125", "2026.3"]
_rng = random.Random(15)  # noqa: S311  (test data, the same every run)
for _n in range(20):
    _number = _rng.choice(NUMBERS)
    _scripts = [_rng.randrange(3) for _ in range(_rng.randint(1, 3))]
    TITLES[f"R-{_n}"] = "Objet " + written(_number, _scripts, _rng.choice(SEPARATORS))


@pytest.fixture(scope="module")
def laptop_and_archive(
    tmp_path_factory: pytest.TempPathFactory,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> Iterator[tuple[Peer, jobs.Archive, str]]:
    root = tmp_path_factory.mktemp("r15digits")
    laptop = Peer(root, "f3")
    coordinator = Peer(root, "archive", role="coordinator")
    laptop.trust(coordinator)
    coordinator.trust(laptop)
    for number, title in TITLES.items():
        laptop.records.create(F.OBJECT, {"inventory_number": number, "title": title})
    laptop.records.create(
        F.OBJECT,
        {
            "inventory_number": "N-6",
            "title": "Plat",
            "measurements": [{"dimension": "height", "value": 12.5, "unit": "cm"}],
        },
    )
    bundle = laptop.send(coordinator)
    assert bundle is not None
    bucket = f"arch-{os.urandom(5).hex()}"
    archive = open_archive(pg_server, s3_server, bucket, coordinator.vault, prefix="r15")
    with archive.connect() as conn:
        result = jobs.ingest_file(archive, conn, bundle, check=True)
        assert result.queued, result.error
    drain(archive)
    yield laptop, archive, bucket
    laptop.vault.close()
    coordinator.vault.close()


def _laptop_finds(laptop: Peer, text: str) -> list[str]:
    return sorted(
        str(r.fields["inventory_number"]) for r in laptop.records.list(F.OBJECT, search=text)
    )


def _archive_finds(archive: jobs.Archive, text: str) -> list[str]:
    with archive.connect() as conn:
        return sorted(str(r["fields"]["inventory_number"]) for r in index.search(conn, text))


TWELVE_AND_A_HALF = ["N-1", "N-2", "N-3", "N-4", "N-6"]


@pytest.mark.parametrize(
    "text", ["12.5", "١٢٫٥", "۱۲٫۵", "12,5", "١٢.٥", "١٢,٥", "1٢.5", "12٫5", "1٢,٥"]
)
def test_twelve_and_a_half_in_any_script_finds_the_same_records(
    laptop_and_archive: tuple[Peer, jobs.Archive, str], text: str
) -> None:
    laptop, archive, _bucket = laptop_and_archive
    found = _laptop_finds(laptop, text)
    assert set(TWELVE_AND_A_HALF) <= set(found), found  # the laptop's answer, as the notes say
    assert _archive_finds(archive, text) == found


@pytest.mark.parametrize("text", ["1٢", "١٩٦٢٫١٢١", "1962.121", "٣.٧٥", "3,75", "Coupe 1٢"])
def test_numbers_typed_on_an_arabic_keyboard_find_what_the_laptop_finds(
    laptop_and_archive: tuple[Peer, jobs.Archive, str], text: str
) -> None:
    laptop, archive, _bucket = laptop_and_archive
    found = _laptop_finds(laptop, text)
    assert found, f"the laptop finds nothing for {text!r}: the test's data is wrong"
    assert _archive_finds(archive, text) == found


def test_nothing_more_than_the_laptop_finds(
    laptop_and_archive: tuple[Peer, jobs.Archive, str],
) -> None:
    # « 1٢ » as written is one word to a laptop, which looks a typed « 12 » up as 12, ١٢ and
    # ۱۲ only: it does not find « Coupe 1٢ » by « Coupe 12 », and neither does the archive.
    laptop, archive, _bucket = laptop_and_archive
    assert _laptop_finds(laptop, "Coupe 12") == _archive_finds(archive, "Coupe 12") == []
    assert _archive_finds(archive, "Coupe 1٢") == ["N-5"]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    number=st.one_of(
        st.sampled_from(NUMBERS),
        st.decimals(min_value="0", max_value="99999", places=2).map(str),
        st.integers(min_value=0, max_value=3000).map(str),
    ),
    scripts=st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=4),
    separator=st.sampled_from(SEPARATORS),
    before=st.sampled_from(["", "Objet ", "جرة ", "N-"]),
)
def test_every_spelling_of_a_number_finds_what_the_laptop_finds_and_nothing_more(
    laptop_and_archive: tuple[Peer, jobs.Archive, str],
    number: str,
    scripts: list[int],
    separator: str,
    before: str,
) -> None:
    laptop, archive, _bucket = laptop_and_archive
    text = before + written(number, scripts, separator)
    assert _archive_finds(archive, text) == _laptop_finds(laptop, text)


def test_an_archive_indexed_before_finds_numbers_after_its_first_command(
    laptop_and_archive: tuple[Peer, jobs.Archive, str],
    s3_server: S3Server,  # noqa: F811
) -> None:
    # Run last in this file (it rewrites the module's archive, then its upgrade rewrites it
    # back): the archive as FieldKit before schema version 7 left it, ``search`` holding
    # PostgreSQL's own reading of the text ("12.5" one lexeme, « ١٢٫٥ » two), version 6.
    laptop, archive, bucket = laptop_and_archive
    with psycopg.connect(archive.dsn, autocommit=True) as conn:
        conn.execute(
            "UPDATE records SET search = to_tsvector('simple', "
            "unaccent(lower(coalesce(fields->>'title', ''))))"
        )
        conn.execute("UPDATE archive_meta SET value = '6' WHERE key = 'schema_version'")
        conn.execute("DELETE FROM archive_meta WHERE key <> 'schema_version'")
    assert "N-1" not in _archive_finds(archive, "١٢٫٥")  # what it held: the bug
    env = {
        **S3_ENV,
        "FIELDKIT_ARCHIVE_DB": archive.dsn,
        "FIELDKIT_ARCHIVE_S3": f"s3://{bucket}/r15",
        "FIELDKIT_ARCHIVE_ENDPOINT": s3_server.endpoint,
    }
    found = run_cli_process(["archive", "search", "١٢٫٥", "--json"], env=env)
    assert found.returncode == 0, found.stderr
    listed = sorted(r["fields"]["inventory_number"] for r in json.loads(found.stdout))
    assert listed == _laptop_finds(laptop, "١٢٫٥")
    assert set(TWELVE_AND_A_HALF) <= set(listed)
    with psycopg.connect(archive.dsn, autocommit=True) as conn:
        meta = dict(conn.execute("SELECT key, value FROM archive_meta").fetchall())
    assert meta == {"schema_version": str(schema.SCHEMA_VERSION)}
    assert schema.SCHEMA_VERSION >= 7
