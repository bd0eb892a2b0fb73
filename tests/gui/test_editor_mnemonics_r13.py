"""Alt+letters of an open record's editor, in every language: none used twice on screen.

French « Su&pprimer… » and « Ajouter des &photos… » shared P in the editor of a saved object
(a new object has no Delete button, which is all the older test looked at), so Alt+P only moved
the focus between them. The both-values panel a reopened draft shows (« Prendre leur valeur » /
« Garder la mienne ») had no Alt key at all."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F

from .test_page_mnemonics_r12 import alt_letters, alt_texts


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "uk"])
def test_a_saved_objects_editor_has_each_alt_key_once(
    unlocked: MainWindow, use_language: Any, lang: str, qtbot: Any
) -> None:
    use_language(lang)
    records = unlocked.session.records  # type: ignore[union-attr]
    record_id = records.create(
        F.OBJECT, {"inventory_number": "MCP 1980.6", "title": "Transport amphora"}
    ).record_id
    editor = unlocked.workspace.open_object(record_id)
    assert editor is not None
    qtbot.waitExposed(editor)
    found = alt_letters(alt_texts(editor, shown_only=True))
    counts = Counter(letter for letter, _ in found)
    twice = sorted(text for letter, text in found if counts[letter] > 1)
    assert twice == [], twice
    editor.close()
