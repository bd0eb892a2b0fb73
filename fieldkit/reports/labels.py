"""Labels and value formats shared by the reports; the values themselves are a contract.

Labels are translated in the report's language (``fieldkit.i18n.using``): the vocabulary terms,
field labels and value texts come from :mod:`fieldkit.records.vocabulary_labels`, the one place
the app and the command line read them too (the reference translations, with their published
sources, are in docs/glossary.md). An unknown value is printed with spaces for its underscores.
"""

from __future__ import annotations

from fieldkit.records.vocabulary_labels import category_label, field_label, format_value
from fieldkit.records.vocabulary_labels import readable_label as value_label

__all__ = ["category_label", "field_label", "format_value", "value_label"]
