"""Sentences the sync keeps in the vault and shows later (issue 16): a quarantined file's
reason and a target's last problem are stored as templates (``i18n.to_stored``), so
``sync quarantine``, ``sync status`` and the app (through the same core read functions) say
them in the reader's language, whatever language the sync ran in; ``--json`` keeps the
English. An older vault's plain English reason, and a stored value that is not ours, read
back as they are."""

from __future__ import annotations

import errno
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture
from test_sync import Site, _fail_writes_under

from fieldkit import i18n, sync
from fieldkit.records import fields as F
from fieldkit.sync import layout, s3target
from fieldkit.sync.s3client import S3Credentials

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
OTHER_LANGUAGES = ("fr", "ar", "uk")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")  # the command line sets the process's language: not for later tests


@pytest.fixture
def amal(tmp_path: Path) -> Iterator[Site]:
    shared = tmp_path / "shared"
    shared.mkdir()
    site = Site(tmp_path, "amal")
    site.target(shared)
    yield site
    site.vault.close()


def cli(site: Site, lang: str, *args: str) -> Any:
    site.vault.close()
    try:
        return run_cli(["--vault", str(site.path), *args], {**ENV, "FIELDKIT_LANG": lang})
    finally:
        site.reopen()


def _quarantine_junk(site: Site) -> sync.QuarantineEntry:
    """A file named like a bundle that is not one, and a pipe named like one, refused."""
    shared = site.vault.db.execute("SELECT path FROM sync_targets").fetchone()[0]
    (Path(shared) / "junk.fkb").write_bytes(b"not a bundle at all")
    os.mkfifo(Path(shared) / "pipe.fkb")
    report = site.sync()
    assert {e.file for e in report.quarantined} == {"junk.fkb", "pipe.fkb"}
    (entry,) = [e for e in sync.quarantine(site.vault) if e.file == "junk.fkb"]
    return entry


def test_a_quarantine_reason_stored_in_english_is_read_in_each_language(amal: Site) -> None:
    entry = _quarantine_junk(amal)
    raw = amal.vault.db.execute(
        "SELECT reason FROM sync_quarantine WHERE rel_path = 'pipe.fkb'"
    ).fetchone()[0]
    assert json.loads(raw)["fieldkit_text"] == 1  # a template, not a filled sentence
    # What the app receives from the core: a Text it shows with widgets.core_text (localise).
    entries = {e.file: e for e in sync.quarantine(amal.vault)}
    for e in entries.values():
        assert isinstance(e.reason, i18n.Text), e.reason
    english = {name: str(e.reason) for name, e in entries.items()}
    for lang in OTHER_LANGUAGES:
        shown = {name: i18n.localise(e.reason, lang) for name, e in entries.items()}
        assert all(shown[n] != english[n] for n in shown), (lang, shown)
        out = cli(amal, lang, "sync", "quarantine")
        assert out.code == 0, out.err
        for name in entries:
            assert shown[name] in out.out
            assert english[name] not in out.out
    # The pipe's reason names what it found as a phrase of its own: translated too.
    pipe = entries["pipe.fkb"].reason
    assert isinstance(pipe, i18n.Text) and isinstance(pipe.params["found"], i18n.Text)
    # --json keeps the English, the same in every language.
    outputs = {lang: cli(amal, lang, "--json", "sync", "quarantine").out for lang in ("en", "fr")}
    assert outputs["en"] == outputs["fr"]
    reasons = {e["file"]: e["reason"] for e in json.loads(outputs["fr"])}
    assert reasons == english
    assert entry.reason == english["junk.fkb"]


def test_a_sync_reports_the_new_quarantine_reason_in_french(amal: Site) -> None:
    shared = amal.vault.db.execute("SELECT path FROM sync_targets").fetchone()[0]
    (Path(shared) / "junk.fkb").write_bytes(b"not a bundle at all")
    out = cli(amal, "fr", "sync")
    assert out.code == 1
    (entry,) = sync.quarantine(amal.vault)
    assert i18n.localise(entry.reason, "fr") in out.err
    assert str(entry.reason) not in out.err


def test_the_last_problem_stored_in_english_is_read_in_each_language(
    amal: Site, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shared = amal.vault.db.execute("SELECT path FROM sync_targets").fetchone()[0]
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)  # the target's recipient: a bundle goes out, and the write fails
    coord.vault.close()
    amal.records.create(F.OBJECT, {"title": "Jar"})
    _fail_writes_under(monkeypatch, Path(shared), errno.EROFS)
    with i18n.using("en"):
        report = amal.sync()
    monkeypatch.undo()
    (problem,) = report.errors
    assert "is read-only" in problem
    raw = amal.vault.db.execute("SELECT last_error FROM sync_targets").fetchone()[0]
    assert json.loads(raw)["en"] == str(problem)
    (status,) = sync.target_status(amal.vault)
    assert isinstance(status.last_error, i18n.Text)  # what the app's sync panel receives
    for lang in OTHER_LANGUAGES:
        out = cli(amal, lang, "sync", "status")
        assert out.code == 0, out.err
        assert i18n.localise(status.last_error, lang) in out.out
        assert str(problem) not in out.out
        assert "1 bundle(s) wait" not in out.out  # the nested phrase is translated too
    js = {
        lang: json.loads(cli(amal, lang, "--json", "sync", "status").out) for lang in ("en", "uk")
    }
    assert js["en"] == js["uk"]
    assert js["uk"][0]["last_error"] == str(problem)
    (target,) = sync.list_targets(amal.vault)
    assert target.to_json()["last_error"] == str(problem)


def _store(site: Site, reason: str) -> None:
    with site.vault.transaction() as db:
        db.execute("UPDATE sync_quarantine SET reason = ?", (reason,))
        db.execute("UPDATE sync_targets SET last_error = ?", (reason,))


OLD_ENGLISH = "The bundle's signature does not verify."
ATTR = (
    '{"fieldkit_text": 1, "context": "errors", "template": "{p.__class__.__mro__}",'
    ' "params": {"p": "x"}, "en": "E"}'
)
LIST = '{"fieldkit_text": 1, "context": "errors", "template": "{a}", "params": {"a": [1, 2]}}'
DEEP = '{"fieldkit_text": 1' + ', "x": [' * 5000 + "]" * 5000 + "}"  # too deep for json
JUNK = "{" + "\u202e" * 10  # not JSON at all, direction overrides and all
HOSTILE = [
    (OLD_ENGLISH, OLD_ENGLISH),  # a reason an older FieldKit stored, filled in English
    (ATTR, "E"),  # a template reaching attributes: never formatted, its English shown
    (LIST, LIST),
    (DEEP, DEEP),
    (JUNK, JUNK),
]


@pytest.mark.parametrize(
    ("stored", "shown"), HOSTILE, ids=["old-english", "attr", "list", "deep", "junk"]
)
def test_older_and_hostile_stored_values_read_back_as_plain_text(
    amal: Site, stored: str, shown: str
) -> None:
    _quarantine_junk(amal)
    _store(amal, stored)
    entries = sync.quarantine(amal.vault)
    assert entries and all(e.reason == shown for e in entries)
    assert not any(isinstance(e.reason, i18n.Text) for e in entries)
    (status,) = sync.target_status(amal.vault)
    assert status.last_error == shown
    for lang in ("fr", "ar"):
        out = cli(amal, lang, "sync", "quarantine")
        assert out.code == 0 and "Traceback" not in out.err
        status_out = cli(amal, lang, "sync", "status")
        assert status_out.code == 0 and "Traceback" not in status_out.err
        if stored == OLD_ENGLISH:  # an old English reason still reads (a known sentence:
            # translated as a whole, as before)
            assert i18n.localise(stored, lang) in out.out
    js = json.loads(cli(amal, "fr", "--json", "sync", "quarantine").out)
    assert {e["reason"] for e in js} == {shown}


def test_an_unplugged_folder_target_is_said_in_french(amal: Site) -> None:
    shared = Path(amal.vault.db.execute("SELECT path FROM sync_targets").fetchone()[0])
    (shared / layout.MARKER).unlink()
    (status,) = sync.target_status(amal.vault)
    assert isinstance(status.problem, i18n.Text)
    assert "is not a FieldKit sync folder" in status.problem
    out = cli(amal, "fr", "sync")
    french = i18n.localise(status.problem, "fr")
    assert french != str(status.problem) and french in out.err
    js = json.loads(cli(amal, "fr", "--json", "sync", "status").out)
    assert js[0]["problem"] == str(status.problem)


def test_an_s3_target_refusing_the_credentials_is_said_later_in_ukrainian(
    s3_server: S3Server, amal: Site
) -> None:
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    wrong = S3Credentials(s3_server.access_key, "not-the-secret")
    # (the credentials were good when added; the key was changed on the server since)
    s3target.add_s3_target(amal.vault, "hq", url, s3_server.endpoint, wrong, [], probe=False)
    with i18n.using("en"):
        report = amal.sync("hq")
    (problem,) = report.errors
    assert isinstance(problem, i18n.Text) and "cannot be used" in problem
    status = {s.name: s for s in sync.target_status(amal.vault, probe_age=0)}["hq"]
    assert isinstance(status.last_error, i18n.Text) and isinstance(status.problem, i18n.Text)
    ukrainian = i18n.localise(status.last_error, "uk")
    assert ukrainian != str(problem)
    out = cli(amal, "uk", "sync", "status")
    assert ukrainian in out.out and str(problem) not in out.out
    js = json.loads(cli(amal, "uk", "--json", "sync", "status").out)
    assert {t["name"]: t["last_error"] for t in js}["hq"] == str(problem)


def test_an_s3_target_that_does_not_answer_is_said_in_arabic(amal: Site) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        endpoint = f"http://127.0.0.1:{sock.getsockname()[1]}"
    creds = S3Credentials("AKIDEXAMPLE", "secret")
    s3target.add_s3_target(amal.vault, "hq", "s3://bucket/prefix", endpoint, creds, [])
    status = {s.name: s for s in sync.target_status(amal.vault, probe_age=0)}["hq"]
    assert isinstance(status.problem, i18n.Text) and "nothing lost" in status.problem
    out = cli(amal, "ar", "sync", "hq")
    assert out.code == 0, out.err
    arabic = i18n.localise(status.problem, "ar")
    assert arabic != str(status.problem) and arabic in out.err
