"""The About box carries the full licence and the third-party notices (Qt's LGPL among them)."""

from __future__ import annotations

from fieldkit.gui.main_window import MainWindow


def test_about_details_hold_the_apache_licence_and_the_third_party_notices(
    unlocked: MainWindow,
) -> None:
    box = unlocked.show_about()
    details = box.detailedText()
    box.close()
    assert "Apache License" in box.text()
    assert "Version 2.0, January 2004" in details and "END OF TERMS AND CONDITIONS" in details
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in details  # Qt
    assert "ZETETIC LLC" in details  # SQLCipher
    assert "SIL OPEN FONT LICENSE" in details  # the report fonts
