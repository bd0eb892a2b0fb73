"""The app's error dialog speaks the interface's language, like the command line (issue 16)."""

from __future__ import annotations

from fieldkit import i18n
from fieldkit.errors import WrongPassphraseError
from fieldkit.gui.errors import show_error


def test_error_dialog_shows_the_sentence_and_hint_in_french(qtbot) -> None:
    previous = i18n.language()
    i18n.set_language("fr")
    try:
        error = WrongPassphraseError("The passphrase is not correct for this vault.")
        box = show_error(None, error)
        assert box is not None
        qtbot.addWidget(box)
        assert box.text() == "La phrase secrète n’est pas la bonne pour ce coffre."
        assert box.informativeText().startswith("Vérifiez la disposition du clavier")
        box.close()
    finally:
        i18n.set_language(previous)
