"""The app's new-vault dialog refuses the names `fieldkit init` refuses (one rule in the core:
identity.card.check_owner_names): a vault named with control characters, or with a name that
shows as nothing, could never export its card or sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from fieldkit.gui.create_vault import CreateVaultDialog


@pytest.mark.parametrize(
    "name,organisation",
    [("\u200f", ""), ("Amal\x07", ""), ("Amal", "Museum\u202e"), ("A" * 201, "")],
)
def test_a_name_the_card_cannot_carry_keeps_create_disabled_and_says_why(
    qtbot, tmp_path: Path, name: str, organisation: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(default_folder=tmp_path / "v", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText(name)
    dialog.organisation.setText(organisation)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    assert not dialog.create_button.isEnabled()
    assert "identity card" in dialog.error.text()
    assert "plainly" in dialog.error.text()


def test_a_name_with_a_direction_mark_inside_is_accepted(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(default_folder=tmp_path / "v", kdf=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("أمل حداد\u200f")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled(), dialog.error.text()
