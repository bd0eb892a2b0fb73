"""The archive's messages in the user's language (issue 16): the command line's sentences, its
usage errors and hints, the archive's own refusals and stream problems are templates translated
where they are shown (French, Arabic, Ukrainian); `--json` stays English. Real PostgreSQL and
SeaweedFS for the commands that need them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from conftest import run_cli
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import Programme
from test_archive_cli_checked import Operator, _tampered, bucket, operator, programme  # noqa: F401

from fieldkit.archive import jobs
from fieldkit.i18n import localise


def test_usage_errors_and_hints_are_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FIELDKIT_ARCHIVE_DB", "FIELDKIT_ARCHIVE_S3", "FIELDKIT_ARCHIVE_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    english = run_cli(["archive", "status"])
    assert english.code == 2 and "The archive needs --db or FIELDKIT_ARCHIVE_DB" in english.err
    french = run_cli(["archive", "status"], env={"FIELDKIT_LANG": "fr"})
    assert french.code == 2
    assert "L’archive a besoin de --db ou FIELDKIT_ARCHIVE_DB" in french.err
    assert "Indiquez la chaîne de connexion PostgreSQL" in french.err
    ukrainian = run_cli(["archive", "worker", "--concurrency", "0"], env={"FIELDKIT_LANG": "uk"})
    assert ukrainian.code == 2 and "--concurrency має бути щонайменше 1." in ukrainian.err
    arabic = run_cli(
        ["archive", "status", "--db", "postgresql://u:s3cret@127.0.0.1:1/x", "--s3", "s3://b/p",
         "--endpoint", "http://127.0.0.1:1"],
        env={"FIELDKIT_LANG": "ar"},
    )
    assert "تحذير: يحمل" in arabic.err and "s3cret" not in arabic.err


def test_ingest_status_and_refusals_in_french_json_in_english(
    programme: Programme,  # noqa: F811
    operator: Operator,  # noqa: F811
    tmp_path: Path,
    s3_server: S3Server,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = _tampered(programme.bundles[3], tmp_path / "bad.fkb")
    french = Operator({**operator.env, "FIELDKIT_LANG": "fr"})
    told = french("ingest", str(bad), str(programme.bundles[0]))
    assert told.code == 1
    assert "1 paquet mis en file d’attente, 1 en quarantaine, 0 déjà connus." in told.err
    # The laptops' prefix: an object larger than any bundle is refused in French.
    where = operator.env["FIELDKIT_ARCHIVE_S3"].removeprefix("s3://").split("/", 1)
    size = programme.bundles[1].stat().st_size
    s3_server.client().put_object(  # type: ignore[attr-defined]
        Bucket=where[0], Key=f"{where[1]}-sync/huge.fkb", Body=b"x" * (size + 2)
    )
    monkeypatch.setattr(jobs, "MAX_INGEST_BYTES", size + 1)
    refused = french("ingest", "--from-s3", f"s3://{where[0]}/{where[1]}-sync")
    assert "plus gros que tout paquet écrit par FieldKit" in refused.err
    human = french("status")
    assert human.code == 0
    assert "en quarantaine\u00a0: 1" in human.err and "refusés\u00a0: 1" in human.err
    assert "en file d’attente\u00a0: 1" in human.err
    ran = french("worker", "--burst")
    assert ran.code == 0 and "1 tâche exécutée." in ran.err
    found = french("search", "Bol")
    assert "fiche trouvée." in found.err or "fiches trouvées." in found.err
    # --json keeps English, whatever the language.
    data = json.loads(french("status", "--json").out)
    assert data["refused_objects"][0]["reason"] == jobs.TOO_LARGE
    rows = json.loads(french("ingest", str(programme.bundles[0]), "--json").out)
    assert rows[0]["error"] is None and rows[0]["queued"] is False


def test_stream_problems_are_english_in_json_and_translated_when_shown(
    pg_server: PgServer,  # noqa: F811
) -> None:
    gaps, forks = _stream_problems(pg_server, ((1, "b1"), (1, "b1bis"), (3, "b3")))
    assert gaps == ["Bundle 2 of stream stream-1 from SENDER-FINGERPRI is missing."]
    assert forks == ["Bundles b1, b1bis both claim sequence 1 of stream stream-1 from "
                     "SENDER-FINGERPRI."]
    assert json.loads(json.dumps(gaps)) == gaps  # English in --json
    assert localise(gaps[0], "fr") == "Le paquet 2 du flux stream-1 de SENDER-FINGERPRI manque."
    assert localise(forks[0], "uk").startswith("Пакети b1, b1bis претендують")


def test_a_quarantine_reason_is_kept_as_a_template_and_shown_in_the_readers_language(
    programme: Programme,  # noqa: F811
    operator: Operator,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The core's refusal (a sentence with parameters) is stored with i18n.to_stored, at ingest
    and by a worker: `status` shows it in French, `--json` in English; an older row holding
    plain English still reads."""
    import psycopg

    from fieldkit.archive.jobs import Archive

    checked = _tampered(programme.bundles[3], tmp_path / "checked.fkb")
    by_worker = _tampered(programme.bundles[2], tmp_path / "by-worker.fkb")
    french = Operator({**operator.env, "FIELDKIT_LANG": "fr"})
    assert french("ingest", str(checked)).code == 1
    dsn = operator.env["FIELDKIT_ARCHIVE_DB"]
    with psycopg.connect(dsn, autocommit=True) as conn:
        # Unchecked, as from an older ingest: the worker refuses it.
        jobs.ingest_file(Archive(dsn, operator.storage(), None), conn, by_worker)
    assert french("worker", "--burst").code == 0
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO bundles (sha256, size, state, reason) VALUES (%s, 1, 'quarantined', %s)",
            ("0" * 64, "Quarantined."),
        )
        stored = [r[0] for r in conn.execute("SELECT reason FROM bundles WHERE sha256 != %s",
                                             ("0" * 64,))]
    assert len(stored) == 2 and all(s.startswith("{") for s in stored)
    shown = french("status")
    assert shown.code == 0
    assert shown.err.count("ne correspond pas à sa somme de contrôle") == 2, shown.err
    assert "does not match" not in shown.err
    older = [line for line in shown.err.splitlines() if "000000000000" in line]
    assert len(older) == 1 and older[0].endswith("En quarantaine."), older  # plain English
    again = french("ingest", str(checked))
    assert "ne correspond pas à sa somme de contrôle" in again.err
    data = json.loads(french("status", "--json").out)
    reasons = sorted(q["reason"] for q in data["quarantined_bundles"])
    assert reasons[0] == "Quarantined."
    assert all("does not match its checksum in manifest-sha256.txt" in r for r in reasons[1:])
    rows = json.loads(french("ingest", str(checked), "--json").out)
    assert "does not match its checksum" in rows[0]["error"]


def test_a_sequence_claimed_far_ahead_lists_twenty_gaps_and_counts_the_rest(
    pg_server: PgServer,  # noqa: F811
) -> None:
    # A hostile sender's sequence 2**31 - 1 after 1: listing range(1, last) took gigabytes.
    gaps, _forks = _stream_problems(pg_server, ((1, "b1"), (2**31 - 1, "far")))
    assert len(gaps) == 21 and gaps[0].startswith("Bundle 2 of stream")
    assert gaps[-1].startswith(f"Also not received yet: {2**31 - 3 - 20} more bundles")


def _stream_problems(
    server: PgServer, bundles: tuple[tuple[int, str], ...]
) -> tuple[list[str], list[str]]:
    """The gaps and forks a fresh archive reports for merged bundles (sequence, bundle id) of
    one sender's stream."""
    import psycopg

    from fieldkit.archive import schema

    with psycopg.connect(server.new_database(), autocommit=True) as conn:
        schema.create(conn)
        for n, bundle_id in bundles:
            conn.execute(
                "INSERT INTO bundles (sha256, size, state, bundle_id, sender, stream, epoch, "
                "sequence) VALUES (%s, 1, 'merged', %s, 'SENDER-FINGERPRINT', 'stream-1', "
                "'e1', %s)",
                (os.urandom(32).hex(), bundle_id, n),
            )
        return jobs.stream_gaps(conn), jobs.forks(conn)
