"""The core messages that were still English (issue 16): export's recipient warnings, sync's
target failures with the error they name, a foreign file on a target, the lock's disk errors,
handover refusals and conflict errors. Each is said in the user's language on the command line,
while ``--json`` keeps the English sentence (the contract)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from peers import Peer
from test_trust_recipients import People, people  # noqa: F401 - the fixture

from fieldkit import i18n
from fieldkit.errors import CorruptFileError
from fieldkit.records import custody_handovers
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


def cli(vault: Path, lang: str, *args: str) -> Any:
    return run_cli(["--vault", str(vault), *args], {**ENV, "FIELDKIT_LANG": lang})


# --- export: the recipient checks --------------------------------------------------------------


def test_unverified_and_lookalike_recipients_are_warned_in_french(people: People) -> None:  # noqa: F811
    assert people.cli("trust", "add", str(people.bob_file), "--verified").code == 0
    assert people.cli("trust", "add", str(people.imp_file)).code == 0
    to = ["--to", str(people.bob_file), "--to", str(people.imp_file)]
    out = cli(people.field, "fr", "export", "-o", str(people.tmp / "a.fkb"), *to)
    assert out.code == 0, out.err
    fp = people.imp_card.fingerprint[:16]
    assert f"Bob (empreinte {fp}…) est de confiance mais non vérifiée\u00a0: si la carte" in out.err
    assert "Pour la vérifier, comparez son empreinte avec son détenteur" in out.err
    assert "ont le même nom ou des noms qui se ressemblent" in out.err
    assert " et Bob (empreinte " in out.err  # "A and B" in French
    warned = [line for line in out.err.splitlines() if line.startswith("Attention")]
    for english in ("is trusted but unverified", "To verify it", "lookalike", "fingerprint "):
        assert not any(english in line for line in warned)

    js = cli(people.field, "fr", "export", "-o", str(people.tmp / "b.fkb"), "--full", "--json", *to)
    assert js.code == 0, js.err
    warnings = js.json["warnings"]
    assert any(
        w.startswith(f"Bob (fingerprint {fp}…) is trusted but unverified: if the card")
        and w.endswith("then run `fieldkit trust add CARD.fkid --verified`.")
        for w in warnings
    ), warnings
    assert any(" have the same or lookalike names: " in w for w in warnings)


def test_the_arabic_warning_lists_the_cards_with_an_arabic_conjunction(people: People) -> None:  # noqa: F811
    assert people.cli("trust", "add", str(people.bob_file), "--verified").code == 0
    out = cli(people.field, "ar", "export", "-o", str(people.tmp / "a.fkb"),
              "--to", str(people.imp_file))  # fmt: skip
    assert out.code == 0, out.err
    assert "ليست في مخزن الثقة لديك" in out.err
    line = next(x for x in out.err.splitlines() if "تحمل الاسم نفسه" in x)
    # "A و B": the Arabic "and"; each name and fingerprint isolated so that they stay whole.
    assert f") و{i18n.FSI}Bob{i18n.PDI} (البصمة {i18n.FSI}" in line
    assert "لم يتم التحقق منها)" in line
    assert " and " not in line


def test_a_left_out_coordinator_is_said_in_ukrainian(people: People) -> None:  # noqa: F811
    assert people.cli("trust", "add", str(people.bob_file), "--verified").code == 0
    assert people.cli("trust", "add", str(people.imp_file)).code == 0
    out = cli(people.field, "uk", "export", "-o", str(people.tmp / "a.fkb"))
    assert out.code == 0, out.err
    assert "Не зашифровано для Bob (відбиток " in out.err
    assert "Щоб перевірити її, звірте її відбиток" in out.err
    assert "Not encrypted to" not in out.err


def test_only_unverified_coordinators_is_refused_in_french_with_the_hint(people: People) -> None:  # noqa: F811
    assert people.cli("trust", "add", str(people.imp_file)).code == 0
    out = cli(people.field, "fr", "export", "-o", str(people.tmp / "a.fkb"))
    assert out.code == 2
    assert "Par défaut, les paquets ne vont qu’aux coordinateurs vérifiés, et Bob (empreinte" in (
        out.err
    )
    assert "n’est pas vérifiée\u00a0: son empreinte n’a jamais été comparée" in out.err
    assert "Lancez `fieldkit trust add CARD.fkid` pour voir l’empreinte d’une carte" in out.err
    assert "only to verified coordinators" not in out.err


# --- sync --------------------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    amal = Peer(tmp_path, "amal")
    coord = Peer(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    coord.trust(amal)
    shared = tmp_path / "shared"
    shared.mkdir()
    for peer in (amal, coord):
        peer.vault.close()
        assert cli(peer.path, "en", "sync", "target", "add", "shared", str(shared)).code == 0
    yield amal, coord, shared


def test_a_link_where_our_folder_should_be_is_said_whole_in_french(pair: Any) -> None:
    amal, _, shared = pair
    from fieldkit.records.service import Records
    from fieldkit.vault import Vault

    with Vault.open(amal.path, PASSPHRASE) as vault:
        Records(vault).create(F.OBJECT, {"title": "Jar"})
    outside = shared.parent / "outside"
    outside.mkdir()
    (shared / amal.identity.fingerprint).symlink_to(outside, target_is_directory=True)
    shown = cli(amal.path, "fr", "sync", "shared")
    text = shown.out + shown.err
    said = "Rien n’a été écrit sur la cible de synchronisation «\u00a0shared\u00a0», car «\u00a0"
    assert said in text
    assert "est un lien symbolique, pas un vrai dossier\u00a0: FieldKit n’écrit qu’à" in text
    assert "1 paquet(s) attend(ent) dans la boîte d’envoi." in text
    for english in ("Nothing was written", "symbolic link", "wait in the outbox"):
        assert english not in text
    assert list(outside.iterdir()) == []

    data = cli(amal.path, "fr", "sync", "shared", "--json").json
    (error,) = data[0]["errors"]
    assert error.startswith("Nothing was written to the sync target 'shared' because '")
    assert error.endswith(
        "is a symbolic link, not a real folder: FieldKit writes only inside the folder and "
        "follows no link there; 1 bundle(s) wait in the outbox."
    )


def test_a_target_failure_names_its_error_translated_in_ukrainian(
    pair: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error of the disk spliced into the target sentence: both parts in the language."""
    from fieldkit.sync import engine

    amal, _, _ = pair
    real = engine.delivery.write_receipts

    def refused(*args: Any, **kw: Any) -> Any:
        from fieldkit import fsutil

        raise fsutil.storage_error(OSError(errno.EIO, "I/O"), "receipts")

    monkeypatch.setattr(engine.delivery, "write_receipts", refused)
    shown = cli(amal.path, "uk", "sync", "shared")
    monkeypatch.setattr(engine.delivery, "write_receipts", real)
    text = shown.out + shown.err
    assert "Запис до цілі синхронізації «shared» не вдався (" in text
    assert "Writing to the sync target" not in text


def test_a_pipe_on_the_target_is_quarantined_with_a_french_reason(pair: Any) -> None:
    amal, coord, shared = pair
    folder = shared / coord.identity.fingerprint
    folder.mkdir()
    os.mkfifo(folder / "x.fkb")
    shown = cli(amal.path, "fr", "sync", "shared")
    text = shown.out + shown.err
    said = "Ce fichier est un tube nommé (FIFO), pas un fichier ordinaire\u00a0: il n’a pas été lu."
    assert said in text
    assert "named pipe" not in text
    data = cli(amal.path, "fr", "sync", "quarantine", "--json").json
    assert any(
        e["reason"] == "This file is a named pipe (FIFO), not a plain file, so it was not read."
        for e in (data if isinstance(data, list) else data.get("entries", []))
    ), data


def test_a_read_only_lock_names_the_target_in_french(
    pair: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.sync import lock

    amal, _, _ = pair

    def read_only(*args: Any, **kw: Any) -> Any:
        raise OSError(errno.EROFS, "read-only")

    monkeypatch.setattr(lock.foreign_files, "open_regular", read_only)
    shown = cli(amal.path, "fr", "sync", "shared")
    assert shown.code != 0
    assert (
        "FieldKit ne peut pas écrire la cible de synchronisation « shared » : le disque est en "
        "lecture seule ou protégé." in shown.err.replace("\u00a0", " ")
    )
    assert "the sync target" not in shown.err


# --- custody and conflicts ---------------------------------------------------------------------


def test_a_forged_handover_root_is_refused_with_a_french_reason() -> None:
    problem = custody_handovers.root_problem({"from_party": {"fingerprint": "a" * 64}}, "b" * 64)
    assert problem == "is not signed by the giver it names"
    exc = CorruptFileError(
        i18n.QT_TRANSLATE_NOOP("errors", "Revision {revision} starts a handover but {problem}."),
        revision="0123456789ab",
        problem=problem,
    )
    text, _ = i18n.error_text(exc, "fr")
    assert "n’est pas signée par le remettant qu’elle nomme" in text
    assert "is not signed" not in text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fr", "Cette remise est adressée à quelqu’un d’autre"),
        ("ar", "هذا التسليم موجّه إلى شخص آخر"),
        ("uk", "Цю передачу адресовано комусь іншому"),
    ],
)
def test_accepting_someone_elses_handover_is_refused_in_the_language(
    tmp_path: Path, lang: str, said: str
) -> None:
    amal = Peer(tmp_path, "amal")
    coord = Peer(tmp_path, "coord", role="coordinator")
    other = Peer(tmp_path, "other")
    amal.trust(coord, other)
    coord.trust(amal)
    obj = amal.records.create(F.OBJECT, {"inventory_number": "H-1", "title": "Jar"}).record_id
    handover = Custody(amal.records).hand_over([obj], other.card).record_id
    coord.receive(amal.send(coord))
    coord.vault.close()
    shown = cli(coord.path, lang, "handover", "accept", handover[:12])
    assert shown.code != 0
    assert said in shown.err
    assert "addressed to someone else" not in shown.err
    for peer in (amal, other):
        peer.vault.close()


def test_a_record_not_in_conflict_is_said_in_french(tmp_path: Path) -> None:
    amal = Peer(tmp_path, "amal")
    rid = amal.records.create(F.OBJECT, {"title": "Jar"}).record_id
    amal.vault.close()
    shown = cli(amal.path, "fr", "conflicts", "show", rid[:12])
    assert "Cette fiche n’est pas en conflit." in shown.err
    assert "montre les fiches qui attendent une décision" in shown.err


# --- trust and reports -------------------------------------------------------------------------


def test_trust_refusals_and_their_hint_are_said_in_french(
    vault_path: Path, make_vault: Any
) -> None:
    vault, _ = make_vault(vault_path)
    vault.close()
    short = cli(vault_path, "fr", "trust", "revoke", "abc")
    assert short.code == 2
    assert "Donnez au moins 8\u00a0chiffres hexadécimaux de l’empreinte." in short.err
    unknown = cli(vault_path, "fr", "trust", "revoke", "ab" * 8)
    assert "Aucune clé de confiance n’a l’empreinte " in unknown.err
    assert "Lancez `fieldkit trust list` pour voir les clés" in unknown.err
    assert "No trusted key" not in unknown.err


def test_a_damage_report_for_an_object_says_which_in_ukrainian(
    vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    from fieldkit.records.service import Records

    records = Records(vault)
    obj = records.create(F.OBJECT, {"inventory_number": "D-1", "title": "Jar"}).record_id
    records.create(F.DAMAGE, {"object_id": obj, "observed_at": "2025-03-01T10:00"})
    records.create(F.OBJECT, {"inventory_number": "D-2", "title": "Lamp"})
    vault.close()
    pdf = tmp_path / "d.pdf"
    shown = cli(vault_path, "uk", "report", "damage", "D-1", "-o", str(pdf))
    assert shown.code == 0, shown.err
    said = "D-1 — об’єкт: надруковано його найновіший звіт про пошкодження (2025-03-01T10:00)."
    assert said in shown.err
    assert "is an object" not in shown.err
    missing = cli(vault_path, "uk", "report", "damage", "D-2", "-o", str(pdf))
    assert "Об’єкт D-2 не має звіту про пошкодження." in missing.err
    assert "Додайте його через `fieldkit damage add --object ID`." in missing.err
    data = cli(vault_path, "uk", "report", "damage", "D-1", "-o", str(pdf), "--json").json
    assert data["warnings"] == [
        "D-1 is an object: its most recent damage report (2025-03-01T10:00) was printed."
    ]
