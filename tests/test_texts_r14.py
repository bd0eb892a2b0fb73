"""Texts a reader takes from an Arabic PDF and from the spreadsheet import (r13 "Left"):

- the certificate's command-line options read « --trust » and « --vault » once copied out of
  the PDF, not « .--trust » (which an Arabic line shows as « trust--. »);
- a count of containers after « في » takes the genitive dual (« في حاويتين »);
- the import summaries count rows and errors with true plurals, not « ligne(s) ».
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, require_tool

from fieldkit import i18n
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.identity import own
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports import custody_documents as D
from fieldkit.reports.verification import verify_and_certify
from fieldkit.vault import Vault

# What poppler adds around runs of either direction, and the marks the PDF carries.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _lines(pdf: Path) -> list[str]:
    """pdftotext's reading order (what a copy gives), without bidi controls."""
    out = subprocess.run(
        [require_tool("pdftotext"), str(pdf), "-"], capture_output=True, check=True, timeout=120
    )
    return [
        " ".join(_BIDI_CONTROLS.sub("", line).split())
        for line in out.stdout.decode("utf-8").splitlines()
    ]


@pytest.fixture(scope="module")
def sealed_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bundle encrypted to another vault and signed by a key this check is not given: its
    certificate tells the reader to use --vault and --trust."""
    tmp = tmp_path_factory.mktemp("sealed")
    coordinator, _ = Vault.create(tmp / "coord", PASSPHRASE, name="Coord", kdf=FAST_KDF)
    try:
        card = parse_card(card_bytes(make_card(own.load(coordinator.db))))
    finally:
        coordinator.close()
    field, _ = Vault.create(tmp / "lapC", PASSPHRASE, name="Team lapC", kdf=FAST_KDF)
    try:
        Records(field).create(F.OBJECT, {"inventory_number": "C-1", "title": "Stele"})
        options = ExportOptions(recipients=[Recipient.from_card(card)], mode="full")
        return export_bundles(field, tmp / "sealed.fkb", options).bundles[0].path
    finally:
        field.close()


def test_arabic_certificate_options_read_in_order_once_copied(
    sealed_bundle: Path, tmp_path: Path
) -> None:
    # The page always drew « .--trust مع » left to right (right); poppler's reading order
    # took the sentence's full stop into the option: « مع .--trust ».
    with i18n.using("ar"):
        _, result = verify_and_certify(sealed_bundle, tmp_path / "cert-ar.pdf")
    text = "\n".join(_lines(result.path))
    assert "أعطِ بطاقة هويته مع --trust." in text, text
    assert "باستخدام --vault)." in text, text
    assert ".--trust" not in text and ".)--vault" not in text
    # Its closing sentence's file name and colon are in order too (were « :signer.pub »).
    assert "محفوظًا باسم signer.pub:" in text, text


def test_arabic_permission_counts_two_containers_in_the_genitive(tmp_path: Path) -> None:
    # « {objects} in {containers} »: after « في » the dual is « حاويتين », not « حاويتان ».
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="Museum", kdf=FAST_KDF)
    try:
        records = Records(vault)
        chain = C.Custody(records)
        chain.add_location({"code": "MUS-R2", "name": "Room 2", "kind": "room"})
        chain.add_location({"code": "TS-ERB", "name": "Store", "kind": "temporary_store"})
        objects = [
            records.create(F.OBJECT, {"inventory_number": f"N-{i}", "title": "Bowl"}).record_id
            for i in range(3)
        ]
        for code in ("C-001", "C-002"):
            chain.add_container({"code": code, "kind": "crate"})
        chain.move(objects[:2], "C-001", from_location="MUS-R2")
        chain.move(objects[2:], "C-002", from_location="MUS-R2")
        movement = chain.move(
            ["C-001", "C-002"], "TS-ERB", reason="evacuation", depart=False
        ).record_id
        with i18n.using("ar"):
            D.evacuation_permission_report(vault, movement, tmp_path / "permission.pdf")
    finally:
        vault.close()
    text = "\n".join(_lines(tmp_path / "permission.pdf"))
    assert "3 قطع في حاويتين" in text, text
    assert "حاويتان" not in text
