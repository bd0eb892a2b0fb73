"""The command line's rough edges found in r13 (UI trial 2 #5, #6, #11, #13; the quick start):
the archive's advice, names and numbers in Ukrainian; `verify` of a bundle whose signature could
not be checked; `export`'s recipients and size; decimals in the user's language; the audit
log's problems translated. English stays word for word (SPEC §11) except where a fix says
otherwise; --json stays English (a contract)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, CliResult, run_cli
from peers import Peer

from fieldkit import i18n
from fieldkit.records import fields as F
from fieldkit.vault import Vault, audit

HAS_ARCHIVE = all(importlib.util.find_spec(m) for m in ("psycopg", "botocore"))
if HAS_ARCHIVE:
    from pgserver import pg_server  # noqa: F401  (the fixture)
    from s3server import s3_server  # noqa: F401
    from test_archive_cli_checked import (  # noqa: F401
        Operator,
        bucket,
        from_a_stranger,
        operator,
        programme,
    )

NBSP = "\u00a0"


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Any:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(lang: str, *args: str) -> CliResult:
        return run_cli(
            ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw"), *args],
            env={"FIELDKIT_LANG": lang},
        )

    return call


def _add(cli: Any, tmp_path: Path, fields: dict[str, Any]) -> None:
    src = tmp_path / "o.json"
    src.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
    added = cli("en", "object", "add", "--json", str(src))
    assert added.code == 0, added.err


def _spaces(text: str) -> str:
    """``text`` with its no-break spaces as plain ones (the words, not their typography)."""
    return text.replace(NBSP, " ").replace("\u202f", " ")


# --- 1. the archive ------------------------------------------------------------------------


def test_the_archive_names_what_it_lacks_without_an_english_or(tmp_path: Path) -> None:
    env = {"FIELDKIT_ARCHIVE_DB": "", "FIELDKIT_ARCHIVE_S3": "", "FIELDKIT_ARCHIVE_ENDPOINT": ""}
    ukrainian = run_cli(["archive", "status"], {**env, "FIELDKIT_LANG": "uk"})
    assert ukrainian.code == 2
    assert "--db або FIELDKIT_ARCHIVE_DB" in ukrainian.err, ukrainian.err
    assert " or " not in ukrainian.err
    french = run_cli(["archive", "status"], {**env, "FIELDKIT_LANG": "fr"})
    assert "--s3 ou FIELDKIT_ARCHIVE_S3" in french.err, french.err
    english = run_cli(["archive", "status"], {**env, "FIELDKIT_LANG": "en"})
    assert (
        "The archive needs --db or FIELDKIT_ARCHIVE_DB, --s3 or FIELDKIT_ARCHIVE_S3, "
        "--endpoint or FIELDKIT_ARCHIVE_ENDPOINT." in english.err
    ), english.err


@pytest.mark.skipif(not HAS_ARCHIVE, reason="the archive extra is not installed")
def test_the_archive_in_ukrainian_gives_its_own_advice_and_names_people(
    programme: Any, operator: Any, tmp_path: Path
) -> None:
    uk = Operator({**operator.env, "FIELDKIT_LANG": "uk"})
    # An untrusted sender: the reason says the archive's way, not the laptop's option.
    _stranger, late = from_a_stranger(
        programme, tmp_path, "stranger", {"inventory_number": "S-1", "title": "Ікона святого 5"}
    )
    told = uk("ingest", str(late))
    assert "archive trust add" in told.err and "archive requeue" in told.err, told.err
    assert "--accept-untrusted" not in told.err
    english = json.loads(operator("status", "--json").out)["quarantined_bundles"][0]["reason"]
    assert "--accept-untrusted" not in english and "archive trust add" in english

    # A sender trusted under a name; its bundle 2 arrives, bundle 1 never does.
    gapper = Peer(tmp_path, "gapper")
    gapper.trust(programme.archive)
    gapper.records.create(F.OBJECT, {"inventory_number": "S-2", "title": "Ікона святого 5"})
    first = gapper.send(programme.archive, mode="since_last")
    gapper.records.create(F.OBJECT, {"inventory_number": "S-3", "title": "Ікона святого 5"})
    second = gapper.send(programme.archive, mode="since_last")
    fingerprint = gapper.identity.fingerprint
    gapper.vault.close()
    assert first is not None and second is not None
    added = uk("trust", "add", str(tmp_path / "gapper.fkid"), "--name", "Польовий f4", "--verified")
    assert added.code == 0, added.err
    # The role by the app's label, not its code.
    assert "«Польовий консерватор»" in added.err.replace(i18n.FSI, "").replace(i18n.PDI, "")
    assert " field " not in added.err, added.err
    assert uk("ingest", str(second)).code == 0
    assert uk("worker", "--burst").code == 0
    status = uk("status")
    assert status.code == 0, status.err
    assert "Бракує пакета 1 від Польовий f4 (серія пакетів " in status.err, status.err
    assert fingerprint[:16] not in status.err
    gaps = json.loads(operator("status", "--json").out)["gaps"]
    assert gaps and gaps[0].endswith(" from Польовий f4 is missing."), gaps

    # Two records with one title are told apart by their inventory numbers.
    assert uk("ingest", str(first)).code == 0
    assert uk("worker", "--burst").code == 0
    found = uk("search", "святого")
    assert found.code == 0, found.err
    lines = found.out.splitlines()
    assert re.search(r"  S-2  Ікона святого 5$", found.out, re.M), lines
    assert re.search(r"  S-3  Ікона святого 5$", found.out, re.M), lines


# --- 2. verify without the signer's key -----------------------------------------------------


def test_verify_says_the_signature_was_not_checked_without_the_signers_key(
    tmp_path: Path,
) -> None:
    sender, reader = Peer(tmp_path, "sender"), Peer(tmp_path, "reader")
    sender.trust(reader)
    sender.records.create(F.OBJECT, {"inventory_number": "V-1", "title": "Jar"})
    bundle = sender.send(reader)
    for peer in (sender, reader):
        peer.vault.close()
    assert bundle is not None
    checked = run_cli(["verify", str(bundle)])
    assert checked.code == 3, checked.err
    first = checked.err.splitlines()[0]
    assert "INTACT, SIGNATURE NOT CHECKED" in first and "signer's key is not known here" in first
    assert "signed by an untrusted or unknown key" not in checked.err
    ukrainian = run_cli(["verify", str(bundle)], {"FIELDKIT_LANG": "uk"})
    assert ukrainian.code == 3 and "ПІДПИС НЕ ПЕРЕВІРЕНО" in ukrainian.err, ukrainian.err


# --- 3. export: the recipients' fingerprint and the size ------------------------------------


def test_export_names_the_fingerprint_and_the_size_in_the_language(
    cli: Any, tmp_path: Path
) -> None:
    colleague = Peer(tmp_path, "colleague", role="coordinator")
    colleague.vault.close()
    card = str(tmp_path / "colleague.fkid")
    assert cli("en", "trust", "add", card, "--verified").code == 0
    _add(cli, tmp_path, {"inventory_number": "E-1", "title": "Jar"})
    ukrainian = cli("uk", "export", "--to", card, "-o", str(tmp_path / "uk.fkb"))
    assert ukrainian.code == 0, ukrainian.err
    assert "fingerprint" not in ukrainian.err and "(відбиток " in ukrainian.err, ukrainian.err
    size = re.search(r"Записано \S+: ([\d\u00a0]+) (\w+),", ukrainian.err)
    assert size is not None, ukrainian.err
    n = int(size.group(1).replace(NBSP, ""))
    assert size.group(2) == ("байт", "байти", "байтів")[i18n.plural_index("uk", n)]
    arabic = cli("ar", "export", "--to", card, "-o", str(tmp_path / "ar.fkb"), "--full")
    assert arabic.code == 0, arabic.err
    assert "fingerprint" not in arabic.err and "البصمة" in arabic.err, arabic.err
    english = cli("en", "export", "--to", card, "-o", str(tmp_path / "en.fkb"), "--full")
    assert re.search(r"Wrote en\.fkb: [\d,]+ bytes, ", english.err), english.err
    assert "Encrypted to: colleague (fingerprint " in english.err


# --- 4. decimals ---------------------------------------------------------------------------


def test_a_measurement_is_shown_with_the_languages_decimal_comma(cli: Any, tmp_path: Path) -> None:
    _add(
        cli,
        tmp_path,
        {
            "inventory_number": "D-1",
            "title": "Jar",
            "measurements": [{"dimension": "width", "value": 7.5, "unit": "cm"}],
        },
    )
    french = _spaces(cli("fr", "object", "show", "D-1").out)
    assert "largeur 7,5 cm" in french and "7.5" not in french, french
    assert "ширина 7,5 см" in _spaces(cli("uk", "object", "show", "D-1").out)
    assert "width 7.5 cm" in cli("en", "object", "show", "D-1").out
    shown = json.loads(cli("fr", "object", "show", "D-1", "--json").out)
    assert "7.5" in json.dumps(shown)  # the contract keeps the stored number


def test_demo_writes_decimals_in_french_and_mentions_objects_only_when_given(
    tmp_path: Path,
) -> None:
    folder = str(tmp_path / "demo")
    env = {"FIELDKIT_LANG": "fr"}
    made = run_cli(["demo", "--no-gui", "--vault", folder, "--objects", "3"], env)
    assert made.code == 0, made.err
    assert re.search(r"Généré en \d+,\d s \(\d+ fiches/s\)", made.err), made.err
    again = run_cli(["demo", "--no-gui", "--vault", folder], env)
    assert again.code == 0, again.err
    assert "--objects" not in again.err, again.err
    told = run_cli(["demo", "--no-gui", "--vault", folder, "--objects", "5"], env)
    assert "--objects ne s’applique qu’à la création" in told.err, told.err
    english = run_cli(["demo", "--no-gui", "--vault", folder])
    assert "and 0 photos." in english.err or " photos." in english.err
    assert "(--objects" not in english.err


# --- 5. the audit log's problems -------------------------------------------------------------


def test_the_audit_logs_problems_are_translated_and_english_in_json(
    cli: Any, vault_path: Path, tmp_path: Path
) -> None:
    opened = Vault.open(vault_path, PASSPHRASE)
    try:
        with opened.transaction() as db:
            for i in range(4):
                audit.record(db, "record_created", {"record": f"r{i}"})
        with opened.transaction() as db:
            # Someone holding the database key rewrites event 2 and removes event 3.
            db.execute("UPDATE audit SET details = ? WHERE seq = 2", ('{"record":"forged"}',))
            db.execute("DELETE FROM audit WHERE seq = 3")
        check = audit.verify(opened.db)
    finally:
        opened.close()
    assert not check.ok and len(check.problems) >= 2
    english = [str(p) for p in check.problems]
    assert "Event 2 was altered: its contents do not match its hash." in english
    assert any(p.startswith("Event 3 is missing: the log jumps to event 4") for p in english)
    french = [i18n.localise(p, "fr") for p in check.problems]
    assert "L’événement 2 a été modifié\u00a0: son contenu ne correspond pas" in french[0], french
    assert all("Event" not in p for p in french), french
    ukrainian = [i18n.localise(p, "uk") for p in check.problems]
    assert any(p.startswith("Бракує події 3") for p in ukrainian), ukrainian
    arabic = [i18n.localise(p, "ar") for p in check.problems]
    assert all("Event" not in p for p in arabic), arabic
    listed = json.loads(cli("fr", "audit", "--verify", "--json").out)
    assert "Event 2 was altered: its contents do not match its hash." in listed["problems"]


def test_audit_verify_prints_its_problems_in_the_language(cli: Any, vault_path: Path) -> None:
    opened = Vault.open(vault_path, PASSPHRASE)
    try:
        with opened.transaction() as db:
            for i in range(4):
                audit.record(db, "record_created", {"record": f"r{i}"})
        with opened.transaction() as db:
            db.execute("DELETE FROM audit WHERE seq = 3")
    finally:
        opened.close()
    ukrainian = cli("uk", "audit", "--verify")
    assert ukrainian.code == 1
    assert "Бракує події 3: журнал перескакує до події 4" in ukrainian.err, ukrainian.err
    assert "Event 3" not in ukrainian.err
    english = cli("en", "audit", "--verify")
    assert "Event 3 is missing: the log jumps to event 4 (events were removed)." in english.err


def test_trust_add_names_the_role_by_its_label_outside_english(cli: Any, tmp_path: Path) -> None:
    """`fieldkit trust add` said « … comme coordinator » (the role's code), as `archive trust
    add` did; English keeps the code its --role takes."""
    colleague = Peer(tmp_path, "colleague", role="coordinator")
    colleague.vault.close()
    card = str(tmp_path / "colleague.fkid")
    french = cli("fr", "trust", "add", card)
    assert french.code == 0, french.err
    said = french.out + french.err
    assert " coordinator" not in said and "Coordinat" in said, said
    english = cli("en", "trust", "add", card)
    assert " as coordinator" in english.out + english.err


def test_object_history_names_a_trusted_colleague_as_the_app_does(tmp_path: Path) -> None:
    """r13 retest #6: `object show --history` named Karim's change « 3ee81eca674474d6 » where
    the app said « Karim Nassar »: the local name given when trusting the card."""
    me, karim = Peer(tmp_path, "me"), Peer(tmp_path, "karim")
    me.trust(karim)
    karim.trust(me)
    jar = karim.records.create(F.OBJECT, {"inventory_number": "K-1", "title": "Jar"}).record_id
    me.receive(karim.send(me))
    with me.vault.transaction() as db:  # the local name this vault gave him
        from fieldkit.identity import trust

        trust.add(db, karim.card, name="Karim Nassar", role="field", verified=True)
    me.vault.close()
    karim.vault.close()
    shown = run_cli(
        ["--vault", str(me.path), "object", "show", jar, "--history"],
        env={"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "en"},
    )
    assert shown.code == 0, shown.err
    assert "Karim Nassar" in shown.out, shown.out
    assert karim.identity.fingerprint[:16] not in shown.out
