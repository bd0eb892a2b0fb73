"""More of the core's sentences in the user's language (issue 16): a vault from a newer
FieldKit, an inventory filter that is not a status or priority, a stopped duplicate search."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit import i18n
from fieldkit.duplicates import candidates
from fieldkit.errors import CancelledError
from fieldkit.records.fields import ValidationError
from fieldkit.records.photo_redact import RedactionError, strip_gps
from fieldkit.reports.inventory import inventory_report
from fieldkit.vault import Vault
from fieldkit.vault.database import open_database
from fieldkit.vault.schema import LATEST


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_a_vault_from_a_newer_fieldkit_is_refused_in_french(vault: Vault, vault_path: Path) -> None:
    key = vault._data_key
    vault.close()
    conn = open_database(vault_path / "vault.db", key)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    result = run_cli(["--vault", str(vault_path), "object", "list"], env)
    assert result.code != 0
    assert result.err.splitlines()[0] == (
        f"fieldkit: La base de données de ce coffre a la version de schéma {LATEST + 5}\u00a0; "
        f"ce FieldKit connaît jusqu’à la version {LATEST}."
    )


def test_an_unknown_inventory_filter_is_explained_in_ukrainian_and_french(
    vault: Vault, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as caught:
        inventory_report(vault, tmp_path / "i.pdf", priority=[9])
    assert str(caught.value) == "salvage priority must be from 1 to 4."
    assert i18n.error_text(caught.value, "uk")[0] == "пріоритет евакуації має бути від 1 до 4."
    with pytest.raises(ValidationError) as status:
        inventory_report(vault, tmp_path / "i.pdf", status=["lost-ish"])
    assert i18n.error_text(status.value, "fr")[0].startswith(
        "Le champ status doit prendre l’une de ces valeurs\u00a0: "
    )
    assert not (tmp_path / "i.pdf").exists()


def test_a_stopped_duplicate_search_says_so_in_french() -> None:
    with pytest.raises(CancelledError) as caught:
        candidates._check(lambda: True)
    assert i18n.error_text(caught.value, "fr")[0] == (
        "Annulé\u00a0; la recherche de doublons possibles s’est arrêtée."
    )


def test_a_photo_that_cannot_be_redacted_is_explained_in_french_and_arabic() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    label = hashlib.sha256(heic).hexdigest()[:12]
    with pytest.raises(RedactionError) as caught:
        strip_gps(heic)
    assert str(caught.value) == (
        f"The photo {label} cannot be sent without its position: "
        "FieldKit cannot remove a position from this format (HEIC)."
    )
    message, hint = i18n.error_text(caught.value, "fr")
    assert message == (
        f"La photo {label} ne peut pas être envoyée sans sa position\u00a0: "
        "FieldKit ne sait pas retirer une position de ce format (HEIC)."
    )
    assert hint == (
        f"Laissez-la de côté avec `fieldkit export --leave-out-photo {label} …`, "
        "ou exportez sans --redact-locations."
    )
    message, _ = i18n.error_text(caught.value, "ar")
    assert message == (
        f"لا يمكن إرسال الصورة {i18n.FSI}{label}{i18n.PDI} دون موقعها: "
        "لا يستطيع FieldKit إزالة الموقع من هذا التنسيق (HEIC)."
    )
