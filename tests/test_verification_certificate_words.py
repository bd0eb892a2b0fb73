"""The verification certificate speaks to an auditor, in the app as on the command line: it does
not name command-line flags (« d'après la carte d'identité donnée avec --trust ») nor the bundle
kind's English code (« Nature : full ») (r10 UI trial #15)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE, require_tool

from fieldkit import i18n
from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.identity import own
from fieldkit.identity.card import card_bytes, make_card
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports.verification import verify_and_certify
from fieldkit.vault import Vault


def _text(pdf: Path) -> str:
    out = subprocess.run(
        [require_tool("pdftotext"), str(pdf), "-"], capture_output=True, check=True, timeout=120
    )
    return " ".join(out.stdout.decode("utf-8").split())


def test_the_french_certificate_names_no_flag_and_no_english_kind(tmp_path: Path) -> None:
    field, _ = Vault.create(tmp_path / "lapC", PASSPHRASE, name="Team lapC", kdf=FAST_KDF)
    try:
        (tmp_path / "lapC.fkid").write_bytes(card_bytes(make_card(own.load(field.db))))
        Records(field).create(F.OBJECT, {"inventory_number": "C-1", "title": "Stele"})
        options = ExportOptions(plain=True, recipients=[], mode="full")
        bundle = export_bundles(field, tmp_path / "audit_lapC.fkb", options).bundles[0].path
    finally:
        field.close()
    with i18n.using("fr"):
        report, result = verify_and_certify(
            bundle, tmp_path / "cert-fr.pdf", trust_files=[tmp_path / "lapC.fkid"]
        )
    assert report.valid
    text = _text(result.path)
    assert "Certificat de vérification de paquet" in text
    assert "--trust" not in text
    assert "Team lapC (d’après la carte d’identité donnée pour la vérification (lapC.fkid))" in text
    assert "full" not in text.replace("(full)", "") and "tout (complet)" in text


def test_stream_epoch_and_sequence_each_have_their_own_row(tmp_path: Path) -> None:
    """In one wrapped row « Flux, époque, séquence » the stream's id sat beside the word
    « époque » and the epoch's id beside « séquence », read as each other's labels (r14
    trial2 #10): one row each, the label beside its own value."""
    field, _ = Vault.create(tmp_path / "lapD", PASSPHRASE, name="Team lapD", kdf=FAST_KDF)
    try:
        Records(field).create(F.OBJECT, {"inventory_number": "D-1", "title": "Stele"})
        options = ExportOptions(plain=True, recipients=[], mode="full")
        bundle = export_bundles(field, tmp_path / "audit_lapD.fkb", options).bundles[0].path
    finally:
        field.close()
    with i18n.using("fr"):
        report, result = verify_and_certify(bundle, tmp_path / "cert-fr.pdf")
    assert report.stream and report.epoch
    out = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(result.path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    lines = [" ".join(line.split()) for line in out.stdout.decode("utf-8").splitlines()]

    def line_of(label: str) -> str:
        return next(line for line in lines if line.startswith(label))

    assert line_of("Flux de l’expéditeur") == f"Flux de l’expéditeur {report.stream}"
    assert line_of("Époque (depuis").endswith(report.epoch)
    assert line_of("Séquence dans cette époque") == "Séquence dans cette époque 1"
