"""Inventory numbers typed differently by two teams normalise to one key."""

import pytest

from fieldkit.duplicates.candidates import normalise_inventory_number


@pytest.mark.parametrize(
    "typed",
    ["MCP 1963.28", "mcp-1963-028", "MCP١٩٦٣/٢٨", "MCP1963 28", " MCP_1963_0028 "],
)
def test_variants_of_one_number_normalise_alike(typed: str) -> None:
    assert normalise_inventory_number(typed) == "MCP|1963|28"


def test_different_numbers_stay_different() -> None:
    assert normalise_inventory_number("MCP 1963.28") != normalise_inventory_number("MCP 1963.29")
    assert normalise_inventory_number("MCP 1963.28") != normalise_inventory_number("MCP 19.6328")
