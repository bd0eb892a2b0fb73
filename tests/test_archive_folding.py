"""The archive folds search text as the laptops do (records.search_fold): a coordinator finds
« Поливʼяний » whichever apostrophe was typed, and Arabic with or without marks, and an Arabic
end-of-verse or sajda mark still separates the words around it (searchfix's note)."""

from __future__ import annotations

from fieldkit.archive.index import fold
from fieldkit.records.search_fold import fold_search_text


def test_every_apostrophe_folds_to_one() -> None:
    assert {fold(w) for w in ("Полив'яний", "Поливʼяний", "Полив’яний")} == {"полив'яний"}


def test_arabic_with_or_without_marks_is_one_word() -> None:
    assert fold("تِمْثَال بُرُونْزِيّ") == fold("تمثال برونزي")


def test_the_archive_and_the_laptop_fold_alike() -> None:
    for text in ("تمـثال", "a\u06ddb", "Stèle", "Поливʼяний", "قُرْآن"):
        assert fold(text) == fold_search_text(text).casefold()
