"""Sizes and paths stay left to right in Arabic (seen on the export summary: "KiB 982.7" and
"tmp/out/demo.fkb/", the leading slash moved to the end)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from fieldkit import i18n
from fieldkit.gui.widgets import human_size

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def arabic() -> Iterator[None]:
    i18n.set_language("ar")
    try:
        yield
    finally:
        i18n.set_language("en")


def test_a_size_is_isolated_left_to_right_in_arabic(arabic: None) -> None:
    assert human_size(1_006_285) == f"{LRI}982.7 KiB{PDI}"
    assert human_size(12) == f"{LRI}12 B{PDI}"


def test_a_size_is_plain_in_english() -> None:
    assert human_size(1_006_285) == "982.7 KiB"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "2,4 Mio"), ("uk", "2,4 МіБ"), ("en", "2.4 MiB")],
)
def test_a_size_is_in_the_readers_units_and_decimal_separator(
    qapp,  # type: ignore[no-untyped-def]
    lang: str,
    expected: str,
) -> None:
    """A French backup said "2.4 MiB" (a new user's trial): "2,4 Mio" in French."""
    from fieldkit.gui.translation import install_language

    installed = install_language(qapp, lang)
    try:
        assert human_size(2_516_582) == expected
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        i18n.set_language("en")
