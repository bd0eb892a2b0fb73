"""The import check names an untrusted sender by the card their bundle carries, and trusts them
there (uitrial r10 #13).

A coordinator receiving bundles from three field laptops read « Signed by: Unknown (not in
your trust store) » on each, while the Conflicts page right after named them « Team lapA (not
verified) », and had to go to People & keys with a separate .fkid to trust one. Now the check
says « Team lapA, Musée de Mossoul (not verified) » with the grouped fingerprint, and « Trust
this sender… » opens the trust dialog (compare the fingerprint) and checks the bundles again.
`verify --json` gives the same claim (one core function); the verification certificate still
prints no claimed name. The card of an encrypted bundle is only read by a vault that can
decrypt it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli
from PySide6.QtCore import Qt

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.verify import verify_bundle
from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.trust_dialogs import AddCardDialog
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.identity.fingerprint import display_form
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

LEFT = Qt.MouseButton.LeftButton
CLAIMED = "Team lapA, Musée de Mossoul (not verified)"


def _card(vault: Vault) -> Any:
    return parse_card(card_bytes(make_card(own.load(vault.db))))


@pytest.fixture
def laptop_bundle(make_vault: Any, tmp_path: Path) -> Iterator[tuple[Path, Vault, str]]:
    """A field laptop's encrypted bundle to a coordinator who does not trust the laptop yet."""
    lap, _ = make_vault(tmp_path / "lapA", name="Team lapA", organisation="Musée de Mossoul")
    coord, _ = make_vault(tmp_path / "coord", name="Rana Aziz", role="coordinator")
    with lap.transaction() as db:
        trust.add(db, _card(coord), verified=True)
    Records(lap).create(F.OBJECT, {"inventory_number": "MOS-1", "title": "Jar"})
    path = tmp_path / "lapA-1.fkb"
    options = ExportOptions(recipients=[Recipient.from_card(_card(coord))])
    export_bundles(lap, path, options)
    yield path, coord, own.load(lap.db).fingerprint


def test_the_check_names_the_sender_by_their_card_and_trusts_them_there(
    laptop_bundle: tuple[Path, Vault, str], qtbot: Any
) -> None:
    bundle, coord, fingerprint = laptop_bundle
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(coord)
    try:
        dialog = window.workspace.import_bundles([bundle])
        assert isinstance(dialog, I.ImportDialog)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
        panel = dialog.panels[0]
        text = panel.text()
        assert f"Signed by: {CLAIMED}" in text, text
        assert "Unknown" not in text, text
        assert f"Fingerprint: {display_form(fingerprint)}" in text  # as People & keys shows it
        assert "whose key you trust" not in text and not panel.verdict.trusted
        assert not dialog.import_button.isEnabled()

        assert panel.trust_button is not None and panel.trust_button.isVisible()
        qtbot.mouseClick(panel.trust_button, LEFT)
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, AddCardDialog) and w.isVisible()
                for w in dialog.findChildren(AddCardDialog)
            ),
            timeout=10_000,
        )
        trusting = next(w for w in dialog.findChildren(AddCardDialog) if w.isVisible())
        assert trusting.card.fingerprint == fingerprint
        qtbot.mouseClick(trusting.verified_button, LEFT)

        # Checked again: now signed by a trusted key, importable without the tick box.
        qtbot.waitUntil(
            lambda: (
                dialog.pages.currentIndex() == I.VERDICTS
                and bool(dialog.panels)
                and dialog.panels[0].verdict.trusted
            ),
            timeout=30_000,
        )
        text = dialog.panels[0].text()
        assert "Signed by: Team lapA" in text and "(not verified)" not in text, text
        assert dialog.panels[0].trust_button is None
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, LEFT)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)
        assert dialog.run is not None and dialog.run.results[0].new_revisions == 1
    finally:
        for open_dialog in list(window.workspace.dialogs):
            open_dialog.done(0)
        window.lock()


def test_verify_names_the_claimed_sender_only_where_the_card_can_be_read(
    laptop_bundle: tuple[Path, Vault, str],
) -> None:
    bundle, coord, _ = laptop_bundle
    report = verify_bundle(bundle, vault=coord)
    signer = report.to_json()["signer"]
    assert signer["status"] == "untrusted" and signer["name"] is None  # never trusted by it
    assert (signer["claimed_name"], signer["claimed_organisation"]) == (
        "Team lapA",
        "Musée de Mossoul",
    )
    # Not a note of the report: the verification certificate prints only trusted names.
    assert not any("Team lapA" in note for note in report.warnings), report.warnings
    # Without the recipient's vault the encrypted card cannot be read: no name is given.
    blind = verify_bundle(bundle)
    assert blind.to_json()["signer"]["claimed_name"] is None

    coord.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    result = run_cli(["--json", "verify", str(bundle), "--vault", str(coord.path)], env)
    assert result.code == 3, result.err
    listed = json.loads(result.out)
    shown = listed[0] if isinstance(listed, list) else listed
    assert shown["signer"]["claimed_name"] == "Team lapA"
