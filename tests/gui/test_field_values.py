"""One formatter for a field's value in the app: the history's one-line form and the
side-by-side form of the conflicts and possible-duplicates views, each kept as it was."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit.gui.editors.history_view import value_text
from fieldkit.gui.field_values import field_value_text
from fieldkit.gui.pages.conflicts import format_value
from fieldkit.records import fields as F

MEASURES = [
    {"dimension": "height", "value": 72.5, "unit": "cm"},
    {"dimension": "width", "value": 70.5, "unit": "cm"},
]


@pytest.mark.parametrize(
    ("kind", "name", "value", "history", "side_by_side"),
    [
        (F.DAMAGE, "agents", ["water", "fire"], "Water, Fire", "Water\nFire"),
        (F.OBJECT, "cross_references", ["A 1", "B 2"], "A 1, B 2", "A 1\nB 2"),
        # Side by side the exact numbers: two values that differ never read the same there.
        (
            F.OBJECT,
            "coordinates",
            {"lat": 36.3401234, "lon": 43.13},
            "36.3401, 43.13",
            "36.3401234, 43.13",
        ),
        (F.OBJECT, "title", "Icon", "Icon", "Icon"),
    ],
)
def test_one_formatter_keeps_each_views_layout(
    qapp: Any, kind: str, name: str, value: Any, history: str, side_by_side: str
) -> None:
    assert field_value_text(kind, name, value, one_line=True) == history
    assert field_value_text(kind, name, value) == side_by_side
    assert value_text(kind, name, value) == history
    assert format_value(kind, name, value) == side_by_side


def test_measurements_on_one_line_in_the_history_on_lines_side_by_side(qapp: Any) -> None:
    one_line = value_text(F.OBJECT, "measurements", MEASURES)
    lines = format_value(F.OBJECT, "measurements", MEASURES)
    assert "\n" not in one_line
    assert lines.count("\n") == 1
    assert one_line.replace("; ", "\n") == lines


def test_each_view_says_empty_its_own_way(qapp: Any) -> None:
    assert value_text(F.OBJECT, "title", None) == "(empty)"
    assert value_text(F.OBJECT, "title", "") == ""
    for empty in (None, "", [], {}):
        assert format_value(F.OBJECT, "title", empty) == "—"
