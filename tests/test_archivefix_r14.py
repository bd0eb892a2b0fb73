"""The archive after the coordinator's trial of r14 (/work/notes/r14/uitrial2.md #7–#9), on a
real PostgreSQL and SeaweedFS, with bundles from real laptop vaults.

- #7: the archive's search finds what the laptop's finds, whichever way a word is written
  (alef with or without hamza, harakat, tatweel, Latin accents and case, Ukrainian
  apostrophes, digits in any script): one rule, the laptop's (records.search).
- #8: a storage that stops answering during `archive ingest` is said after a few quick
  attempts, with the archive's advice (run the ingest again), not the sync's.
- #9: the advice for a bundle from an untrusted sender is printed once.
- `object list`: an object without a salvage priority shows the empty columns' dash, not « P- ».
"""

from __future__ import annotations

import os
import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from conftest import PASSPHRASE, CliResult, run_cli
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, drain, open_archive

from fieldkit.archive import index, jobs
from fieldkit.records import fields as F

# The titles of the trial (EV-1 … EV-9) and a few more ways of writing a word.
OBJECTS = {
    "EV-1": "Épée",
    "EV-4": "إبريق نحاسي",
    "EV-5": "أسطرلاب",
    "EV-6": "Ікона",
    "EV-7": "Поливʼяний глек",
    "EV-8": "تِمْثَال بُرُونْزِيّ",
    "EV-9": "جرة فخارية",
    "MCP ١٩٨٨/١": "Verre",
    "EV-10": "الإبريق الكبير",
}
# What people type: with or without hamza, marks, tatweel, accents, another apostrophe,
# another script of digits, ta marbuta written as ha.
QUERIES = [
    "ابريق",
    "إبريق",
    "أبريق نحاسى",
    "اسطرلاب",
    "الابريق",
    "epee",
    "ÉPÉE",
    "ікона",
    "Полив'яний",
    "Полив’яний",
    "تمثال",
    "تمـثال",
    "فخاريه",
    "1988",
    "١٩٨٨",
    "EV-٤",
    "ev 4",
]


@pytest.fixture(scope="module")
def laptop_and_archive(
    tmp_path_factory: pytest.TempPathFactory,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> Iterator[tuple[Peer, jobs.Archive]]:
    root = tmp_path_factory.mktemp("r14")
    laptop = Peer(root, "f3")
    coordinator = Peer(root, "archive", role="coordinator")
    laptop.trust(coordinator)
    coordinator.trust(laptop)
    for number, title in OBJECTS.items():
        laptop.records.create(F.OBJECT, {"inventory_number": number, "title": title})
    bundle = laptop.send(coordinator)
    assert bundle is not None
    archive = open_archive(
        pg_server, s3_server, f"arch-{os.urandom(5).hex()}", coordinator.vault, prefix="r14"
    )
    with archive.connect() as conn:
        result = jobs.ingest_file(archive, conn, bundle, check=True)
        assert result.queued, result.error
    drain(archive)
    yield laptop, archive
    laptop.vault.close()
    coordinator.vault.close()


def _laptop_finds(laptop: Peer, text: str) -> list[str]:
    return sorted(
        str(r.fields["inventory_number"]) for r in laptop.records.list(F.OBJECT, search=text)
    )


def _archive_finds(archive: jobs.Archive, text: str) -> list[str]:
    with archive.connect() as conn:
        return sorted(str(r["fields"]["inventory_number"]) for r in index.search(conn, text))


@pytest.mark.parametrize("text", QUERIES)
def test_the_archive_finds_what_the_laptop_finds(
    laptop_and_archive: tuple[Peer, jobs.Archive], text: str
) -> None:
    laptop, archive = laptop_and_archive
    found = _laptop_finds(laptop, text)
    assert found, f"the laptop finds nothing for {text!r}: the test's data is wrong"
    assert _archive_finds(archive, text) == found


def test_an_arabic_word_without_hamza_finds_the_jug_in_the_archive(
    laptop_and_archive: tuple[Peer, jobs.Archive],
) -> None:
    # The trial's words (#7): both spellings, the same answer.
    _laptop, archive = laptop_and_archive
    assert _archive_finds(archive, "ابريق") == _archive_finds(archive, "إبريق") == ["EV-4"]


def test_a_query_is_still_only_lexemes(laptop_and_archive: tuple[Peer, jobs.Archive]) -> None:
    # Spellings add alternatives, never syntax: what someone typed stays quoted.
    _laptop, archive = laptop_and_archive
    with archive.connect() as conn:
        assert index.search_query(conn, "ابريق") == (
            "('ابريق':* | 'أبريق':* | 'إبريق':* | 'آبريق':*)"
        )
        assert index.search_query(conn, "x' | !y:*") == "'x':* & 'y':*"
        assert index.search(conn, "') | ('") == []


# --- #8, #9: `archive ingest` from the command line ------------------------------------------


class Operator:
    """`fieldkit archive …` run in this process with an operator's settings; a coordinator's
    vault (closed: the command opens it) as the archive's, and a laptop it does not trust."""

    def __init__(self, root: Path, pg: PgServer, s3: S3Server) -> None:
        archive = Peer(root, "archive", role="coordinator")
        self.stranger = Peer(root, "stranger")
        self.stranger.trust(archive)
        self.stranger.records.create(F.OBJECT, {"inventory_number": "S-1", "title": "Ікона"})
        bundle = self.stranger.send(archive)
        assert bundle is not None
        self.bundle = bundle
        archive.vault.close()
        self.stranger.vault.close()
        self.env = {
            **S3_ENV,
            "FIELDKIT_ARCHIVE_DB": pg.new_database(),
            "FIELDKIT_ARCHIVE_S3": f"s3://r14-{os.urandom(4).hex()}/archive",
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


class DeadStorage:
    """A storage that died: every connection is accepted and reset at once; counted."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.endpoint = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()

    def close(self) -> None:
        self.sock.close()


def test_a_dead_storage_is_said_at_once_with_the_archives_advice(operator: Operator) -> None:
    dead = DeadStorage()
    try:
        told = operator("ingest", str(operator.bundle), FIELDKIT_ARCHIVE_ENDPOINT=dead.endpoint)
        ukrainian = operator(
            "ingest",
            str(operator.bundle),
            FIELDKIT_ARCHIVE_ENDPOINT=dead.endpoint,
            FIELDKIT_LANG="uk",
        )
    finally:
        dead.close()
    assert told.code == ukrainian.code == 1
    assert "is not reachable." in told.err
    assert "Run `fieldkit archive ingest` again: nothing already stored is lost." in told.err
    assert "next sync" not in told.err
    assert "синхронізац" not in ukrainian.err
    assert "Запустіть `fieldkit archive ingest` знову" in ukrainian.err, ukrainian.err
    from fieldkit.archive.storage import ARCHIVE_TRANSFER

    # Bounded by count, not by a clock: the first request that finds the storage dead is
    # tried a few times (the sync's client tried 8 times, pausing up to 30 s between them),
    # then the command stops; each attempt waits at most a few seconds for a connection.
    assert dead.connections == 2 * ARCHIVE_TRANSFER.attempts <= 8
    assert ARCHIVE_TRANSFER.connect_timeout <= 10 and ARCHIVE_TRANSFER.backoff_max <= 5


def test_the_advice_for_an_untrusted_sender_is_given_once(operator: Operator) -> None:
    for lang in ("en", "uk"):
        told = operator("ingest", str(operator.bundle), FIELDKIT_LANG=lang)
        assert told.code == 1, told.err
        assert told.err.count("fieldkit archive requeue") == 1, told.err
        assert told.err.count("fieldkit archive trust add") == 1, told.err


# --- `object list`: the priority column ---------------------------------------------------


def test_an_object_without_priority_shows_a_dash_not_p_dash(
    vault: object, vault_path: Path
) -> None:
    from fieldkit.records.service import Records

    records = Records(vault)  # type: ignore[arg-type]
    records.create(F.OBJECT, {"inventory_number": "EV-1", "title": "Épée"})
    records.create(F.OBJECT, {"inventory_number": "EV-2", "title": "إبريق", "salvage_priority": 2})
    vault.close()  # type: ignore[attr-defined]
    for lang in ("ar", "en"):
        listed = run_cli(
            ["--vault", str(vault_path), "object", "list"],
            {"FIELDKIT_LANG": lang, "FIELDKIT_PASSPHRASE": PASSPHRASE},
        )
        assert listed.code == 0, listed.err
        rows = {line.split("  ")[1]: line.split("  ") for line in listed.out.splitlines()}
        assert "P-" not in listed.out
        assert rows["EV-1"][4] == "-" and rows["EV-2"][4] == "P2", listed.out
