"""Possible duplicates: objects that may be documented twice, reviewed a pair at a time.

- :mod:`.page` — the page: the list of pairs to review and the decisions taken on them
  (same object, not the same, skip, undo), with the keyboard shortcuts.
- :mod:`.pair_view` — the selected pair side by side: photos, the kept record, the fields
  compared.
- :mod:`.decisions_tab` — past decisions, and Undo for any of them.
- :mod:`.detection` — looking for candidates on a worker, and naming their objects.
"""

from fieldkit.gui.pages.duplicates.page import EMPTY, REVIEW, DuplicatesPage

__all__ = ["EMPTY", "REVIEW", "DuplicatesPage"]
