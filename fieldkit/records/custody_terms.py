"""The chain of custody's controlled terms (SPEC §4) and their English labels, in the "custody"
translation context: one table for the desktop app and the PDF documents (the app loads the core
catalog too, so both show the same translation; docs/glossary.md gives the sources)."""

from __future__ import annotations

from fieldkit.i18n import QT_TRANSLATE_NOOP

CUSTODY_TERMS: dict[str, str] = {
    # location kinds
    "building": QT_TRANSLATE_NOOP("custody", "Building"),
    "room": QT_TRANSLATE_NOOP("custody", "Room"),
    "area": QT_TRANSLATE_NOOP("custody", "Area"),
    "shelf": QT_TRANSLATE_NOOP("custody", "Shelf"),
    "temporary_store": QT_TRANSLATE_NOOP("custody", "Temporary store"),
    "vehicle": QT_TRANSLATE_NOOP("custody", "Vehicle"),
    "other": QT_TRANSLATE_NOOP("custody", "Other"),
    # container kinds
    "crate": QT_TRANSLATE_NOOP("custody", "Crate"),
    "box": QT_TRANSLATE_NOOP("custody", "Box"),
    "roll": QT_TRANSLATE_NOOP("custody", "Roll"),
    "bag": QT_TRANSLATE_NOOP("custody", "Bag"),
    "pallet": QT_TRANSLATE_NOOP("custody", "Pallet"),
    # handling marks
    "fragile": QT_TRANSLATE_NOOP("custody", "Fragile"),
    "this_way_up": QT_TRANSLATE_NOOP("custody", "This way up"),
    "keep_dry": QT_TRANSLATE_NOOP("custody", "Keep dry"),
    "heavy": QT_TRANSLATE_NOOP("custody", "Heavy"),
    "hazardous": QT_TRANSLATE_NOOP("custody", "Hazardous"),
    # movement reasons
    "evacuation": QT_TRANSLATE_NOOP("custody", "Evacuation"),
    "return": QT_TRANSLATE_NOOP("custody", "Return"),
    "storage": QT_TRANSLATE_NOOP("custody", "Storage"),
    "packing": QT_TRANSLATE_NOOP("custody", "Packing"),
    "unpacking": QT_TRANSLATE_NOOP("custody", "Unpacking"),
    "loan": QT_TRANSLATE_NOOP("custody", "Loan"),
    "conservation": QT_TRANSLATE_NOOP("custody", "Conservation"),
    "inventory_check": QT_TRANSLATE_NOOP("custody", "Inventory check"),
    # movement states
    "planned": QT_TRANSLATE_NOOP("custody", "Planned"),
    "in_transit": QT_TRANSLATE_NOOP("custody", "In transit"),
    "received": QT_TRANSLATE_NOOP("custody", "Received"),
    "deleted": QT_TRANSLATE_NOOP("custody", "Deleted"),  # a departure cancelled
}
