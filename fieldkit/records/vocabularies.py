"""Controlled vocabularies of records (SPEC §4): the values are a contract (JSON, CLI, bundles).

Object ID (Getty/ICOM), ICCROM's First Aid to Cultural Heritage, and the Canadian Conservation
Institute's ten agents of deterioration. The values never change; their labels, one wording per
term for the app, the command line and the PDFs, are in fieldkit/records/vocabulary_labels.py.
"""

from __future__ import annotations

STATUS = (
    "in_place",
    "in_storage",
    "evacuated",
    "on_loan",
    "missing",
    "stolen",
    "destroyed",
)

EVENT_TYPES = (
    "armed_conflict",
    "looting",
    "vandalism",
    "fire",
    "flood",
    "earthquake",
    "storm",
    "structural_failure",
    "neglect",
    "other",
)

AGENTS = (
    "physical_forces",
    "thieves_vandals",
    "fire",
    "water",
    "pests",
    "pollutants",
    "light_uv",
    "incorrect_temperature",
    "incorrect_humidity",
    "dissociation",
)

DAMAGE_TYPES = (
    "breakage",
    "loss_of_parts",
    "deformation",
    "cracking",
    "burn",
    "soot",
    "water_stain",
    "mould",
    "corrosion",
    "abrasion",
    "bullet_or_shrapnel_impact",
    "missing",
    "other",
)

SEVERITY = ("none", "minor", "moderate", "severe", "destroyed")
EXTENT = ("localized", "partial", "extensive", "total")
CERTAINTY = ("confirmed", "probable", "possible")
URGENCY = ("immediate", "high", "medium", "low")
PHOTO_ROLES = ("overall", "detail", "inscription", "damage", "scale")
MEASUREMENT_UNITS = ("mm", "cm", "m", "in", "g", "kg", "ml", "l")
SALVAGE_PRIORITIES = (1, 2, 3, 4)

# Evacuation and chain of custody (SPEC §4 "Locations, containers, movements, handovers"),
# after ICCROM's First Aid to Cultural Heritage and Spectrum's location and movement control.
LOCATION_KINDS = ("building", "room", "area", "shelf", "temporary_store", "vehicle", "other")
CONTAINER_KINDS = ("crate", "box", "roll", "bag", "pallet", "other")
HANDLING_MARKS = ("fragile", "this_way_up", "keep_dry", "heavy", "hazardous")
MOVEMENT_REASONS = (
    "evacuation",
    "return",
    "storage",
    "packing",
    "unpacking",
    "loan",
    "conservation",
    "inventory_check",
    "other",
)
