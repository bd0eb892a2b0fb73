"""r13 UI trials on the printed documents (uitrial #5 #12 #17 #18, uitrial 2 #1 #10): what each
PDF says, read back with pdftotext, page by page where the page matters."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import require_tool
from peers import Peer
from test_reports import flat

from fieldkit import i18n
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.reports import custody_documents as D
from fieldkit.reports import damage_report, inventory_report
from fieldkit.reports.verification import verify_and_certify

TRANSLATIONS = Path(i18n.__file__).parent / "resources" / "translations"
NBSP = "\u00a0"


def pages(pdf: Path) -> list[str]:
    """Each page's text, whitespace collapsed (pdftotext keeps no-break spaces as they are)."""
    tool = require_tool("pdftotext")
    out = subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, check=True, timeout=120
    ).stdout.decode("utf-8")
    return [" ".join(re.split(r"[ \t\r\n]+", page)) for page in out.split("\f") if page.strip()]


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Two trusting vaults; 20 objects in a crate whose place was never recorded, planned to
    leave for a temporary store and handed over."""
    giver, keeper = Peer(tmp_path, "giver"), Peer(tmp_path, "keeper")
    giver.trust(keeper)
    keeper.trust(giver)
    chain = C.Custody(giver.records)
    chain.add_location({"code": "TS-ERB", "name": "Temporary store", "kind": "temporary_store"})
    objects = [
        giver.records.create(
            F.OBJECT, {"inventory_number": f"INV-{n:03}", "title": f"Bowl number {n}"}
        ).record_id
        for n in range(1, 21)
    ]
    chain.add_container({"code": "C-001", "kind": "crate", "handling": ["fragile"]})
    chain.move(objects, "C-001")
    movement = chain.move(
        ["C-001"],
        "TS-ERB",
        reason="evacuation",
        depart=False,
        details={"team_size": 4, "authorised_by": "Dr. Layla Hassan"},
    ).record_id
    handover = chain.hand_over(["C-001"], keeper.identity.fingerprint).record_id
    yield {"giver": giver, "keeper": keeper, "movement": movement, "handover": handover}
    giver.vault.close()
    keeper.vault.close()


# --- 1. the certificate of a bundle whose signature could not be checked ----------------------


def test_certificate_of_an_encrypted_bundle_without_the_signers_key_says_it_was_not_checked(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    giver, keeper = scene["giver"], scene["keeper"]
    options = ExportOptions(recipients=[Recipient.from_card(keeper.card)], mode="full")
    bundle = export_bundles(giver.vault, tmp_path / "enc.fkb", options).bundles[0].path
    report, result = verify_and_certify(bundle, tmp_path / "c.pdf")
    assert report.exit_code == 3  # verify's outcome is kept
    text = pages(result.path)
    whole = flat(" ".join(text))
    # It says what happened: intact, the signature NOT checked, and why; never "signed by".
    assert "INTACT, SIGNATURE NOT CHECKED" in whole, whole
    assert "the signer's key is not known here" in whole
    assert "signed by an untrusted or unknown key" not in whole
    assert "not checked: the signer's key is not known here" in whole
    assert "see the problems below" not in whole  # there are none to see
    assert "give their identity card with --trust" in whole  # how to check it
    # The three stock commands are never alone on a page: what precedes them comes along.
    for page in text:
        if "bagit.py --validate" in page:
            assert "Verified at" in page and "Trusted keys given for the check" in page, page


def test_certificate_of_a_plain_bundle_checked_against_its_own_card_keeps_its_words(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    """The signature was checked (with the card the bundle carries): the English stays."""
    options = ExportOptions(plain=True, recipients=[], mode="full")
    bundle = export_bundles(scene["giver"].vault, tmp_path / "p.fkb", options).bundles[0].path
    report, result = verify_and_certify(bundle, tmp_path / "p.pdf")
    assert report.exit_code == 3
    whole = flat(" ".join(pages(result.path)))
    assert (
        "VALID, BUT THE SIGNER IS NOT TRUSTED: intact, signed by an untrusted or unknown key"
        in whole
    )
    assert "Outer signature valid" in whole


# --- 2. the Ukrainian certificate -----------------------------------------------------------------


def test_ukrainian_certificate_names_where_the_signer_came_from_grammatically(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    options = ExportOptions(plain=True, recipients=[], mode="full")
    bundle = export_bundles(scene["giver"].vault, tmp_path / "p.fkb", options).bundles[0].path
    with i18n.using("uk"):
        _, result = verify_and_certify(bundle, tmp_path / "uk.pdf", vault=scene["keeper"].vault)
    whole = flat(" ".join(pages(result.path)))
    # « з сховище довіри сховища, що перевіряє »: a nominative after « з », the store twice.
    assert "(з сховище" not in whole and "сховище довіри сховища" not in whole, whole
    assert "giver (джерело: довірені люди сховища, у якому виконано перевірку)" in whole, whole
    assert "цілісність" in whole  # fixity, the glossary's word


# --- 3. French colons ---------------------------------------------------------------------------


def test_french_reports_put_a_no_break_space_before_each_colon(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    vault = scene["giver"].vault
    with i18n.using("fr"):
        inventory_report(vault, tmp_path / "inv.pdf")
    whole = " ".join(pages(tmp_path / "inv.pdf"))
    assert "Total : 20 objets" in whole, whole  # (pdftotext reads a no-break space as " ")
    assert not re.search(r"\w:\s", whole), whole  # no label runs into its colon


def test_a_french_colon_never_starts_a_printed_line(tmp_path: Path) -> None:
    """The no-break space holds: where the line is full, the word before the colon goes to
    the next line with it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table

    from fieldkit.reports.layout import Imprint, build_pdf, styles
    from fieldkit.reports.text import text_flowable

    style = styles()["small"]
    with i18n.using("fr"):
        text = i18n.translate("reports", "Salvage priority: {meanings}.").format(
            meanings="1 = à sauver en premier"
        )
        width = stringWidth("Priorité de sauvetage", style.fontName, style.fontSize) + 2
        out = tmp_path / "narrow.pdf"
        table = Table([[text_flowable(text, style)]], colWidths=[width])
        table.setStyle(
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        )
        build_pdf(out, [table], title="x", imprint=Imprint(printed_at=datetime.now(UTC)))
    lines = [line.strip() for line in pages_lines(out)]
    assert "Priorité de" in lines and "sauvetage : 1 = à" in lines, lines
    assert not any(line.startswith(":") for line in lines), lines


def pages_lines(pdf: Path) -> list[str]:
    tool = require_tool("pdftotext")
    out = subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True, timeout=120)
    return out.stdout.decode("utf-8").splitlines()


def test_every_french_report_colon_has_a_no_break_space(tmp_path: Path) -> None:
    """Every "Label: value" the reports print, in the French catalogue."""
    root = ET.parse(TRANSLATIONS / "core_fr.ts").getroot()  # noqa: S314 - our own file
    wrong = []
    for context in root.iter("context"):
        if context.findtext("name") != "reports":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            for text in [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]:
                if re.search(r"( |\w):", text):
                    wrong.append(text)
    assert not wrong, wrong


def test_french_recovery_key_printout_has_a_no_break_space_before_colons(qapp: Any) -> None:
    from PySide6.QtCore import QLocale, Qt

    from fieldkit.gui.recovery_key_view import RecoveryKeyView
    from fieldkit.gui.translation import install_language

    translators = install_language(qapp, "fr")
    try:
        view = RecoveryKeyView("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB")
        view.set_key("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB", vault_name="Musée", owner="Amélie")
        printout = view.printout_html()
        view.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        i18n.set_language("en")
    for label in ("Coffre", "Propriétaire", "Créée le"):
        assert f"{label}{NBSP}:" in printout, printout
        assert f"{label}:" not in printout


# --- 4. evacuation documents ---------------------------------------------------------------------


@pytest.mark.parametrize("document", ["evacuation", "handover", "packing", "movement"])
def test_signature_lines_stay_with_the_end_of_the_list(
    scene: dict[str, Any], tmp_path: Path, document: str
) -> None:
    vault, out = scene["giver"].vault, tmp_path / f"{document}.pdf"
    if document == "evacuation":
        D.evacuation_permission_report(vault, scene["movement"], out)
        last_role = "Receiving officer"
    elif document == "handover":
        D.handover_report(vault, scene["handover"], out)
        last_role = "Received by"
    elif document == "packing":
        D.packing_list_report(vault, "C-001", out)
        last_role = "Checked by"
    else:
        D.movement_report(vault, scene["movement"], out)
        last_role = "Received by"
    text = pages(out)
    signed = [page for page in text if f"{last_role}: name" in page]
    assert len(signed) == 1, text
    # The last object of the list is on the page the lines are on.
    assert "INV-020" in signed[0], text


def test_a_place_never_recorded_is_said_in_words(scene: dict[str, Any], tmp_path: Path) -> None:
    vault = scene["giver"].vault
    for lang, words in (
        ("en", "From not recorded"),
        ("fr", "De non renseigné"),
        ("uk", "не зазначено"),
    ):
        with i18n.using(lang):
            D.movement_report(vault, scene["movement"], tmp_path / f"m-{lang}.pdf")
            D.evacuation_permission_report(vault, scene["movement"], tmp_path / f"e-{lang}.pdf")
        movement = flat(" ".join(pages(tmp_path / f"m-{lang}.pdf")))
        assert words in movement, movement
        assert not re.search(r"(From|De|Звідки) —", movement), movement
    permission = flat(" ".join(pages(tmp_path / "e-en.pdf")))
    assert "Place of departure not recorded" in permission, permission


def test_damage_report_of_a_deleted_object_says_it_is_deleted(
    scene: dict[str, Any], tmp_path: Path
) -> None:
    records = scene["giver"].records
    lamp = records.create(F.OBJECT, {"inventory_number": "DEL-1", "title": "Oil lamp"}).record_id
    damage = records.create(F.DAMAGE, {"object_id": lamp, "severity": "severe"}).record_id
    damage_report(scene["giver"].vault, damage, tmp_path / "before.pdf")
    assert "deleted" not in flat(" ".join(pages(tmp_path / "before.pdf")))
    records.delete(lamp)
    damage_report(scene["giver"].vault, damage, tmp_path / "after.pdf")
    whole = flat(" ".join(pages(tmp_path / "after.pdf")))
    assert "Oil lamp (object deleted)" in whole, whole
    assert "This object was deleted from the vault" in whole, whole


# --- 5. Arabic counts --------------------------------------------------------------------------


def test_arabic_counts_from_11_to_99_take_the_accusative_singular() -> None:
    """« 20 عنصر » must be « 20 عنصرًا »: the form for 11–99 of every plural that counts items
    or labels (masculine nouns that take the tanwin alif; the genitive form is for 100)."""
    wrong = []
    for catalogue in ("core_ar.ts", "fieldkit_ar.ts"):
        tree = ET.parse(TRANSLATIONS / catalogue)  # noqa: S314 - our own file
        for message in tree.getroot().iter("message"):
            if message.get("numerus") != "yes":
                continue
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 6, message.findtext("source")
            if re.search(r"%L?n (عنصر|ملصق)(?!ًا|ا)", forms[4]):
                wrong.append((message.findtext("source"), forms[4]))
    assert not wrong, wrong
    with i18n.using("ar"):
        assert i18n.translate("reports", "%n item(s)", "", 20) == "20 عنصرًا"
