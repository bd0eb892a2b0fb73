"""The overview's bar charts write counts as the reader's language does."""

from __future__ import annotations

from typing import Any

from fieldkit import i18n
from fieldkit.gui.charts import BarChart


def test_chart_counts_take_the_french_thousands_separator(qtbot: Any) -> None:
    # The charts wrote "1,234" in every language; French writes « 1 234 ».
    chart = BarChart("Objets")
    qtbot.addWidget(chart)
    i18n.set_language("fr")
    try:
        chart.set_bars([("En place", 1234, None), ("Évacué", 56, None)])
        described = chart.accessibleDescription()
    finally:
        i18n.set_language("en")
    assert "1\u202f234" in described and "1,234" not in described
    assert "\xa0; " in described  # the French list separator, a no-break space before
