"""PDF reports (SPEC §9): Object ID sheets, damage reports, the evacuation/inventory list and
the auditor's verification certificate.

Each report is one plain function that the CLI (`fieldkit report …`) and the desktop app call
alike; the long ones take ``progress(done, total)`` and ``cancel()``. Every function writes its
PDF atomically (complete or absent), decrypts photos in memory only, and embeds the FieldKit
Sans fonts (Latin, Cyrillic and shaped right-to-left Arabic).
"""

from __future__ import annotations

from fieldkit.reports.damage import damage_report, find_damage_report
from fieldkit.reports.fonts import ReportFontsMissingError
from fieldkit.reports.inventory import inventory_report
from fieldkit.reports.layout import ReportResult
from fieldkit.reports.object_id import object_id_report
from fieldkit.reports.verification import (
    result_line,
    verification_certificate,
    verify_and_certify,
)

__all__ = [
    "ReportFontsMissingError",
    "ReportResult",
    "damage_report",
    "find_damage_report",
    "inventory_report",
    "object_id_report",
    "result_line",
    "verification_certificate",
    "verify_and_certify",
]
