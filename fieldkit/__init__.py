"""FieldKit: offline-first documentation of museum collections and damage in crisis zones."""

__version__ = "0.1.0"

import logging as _logging

# A library stays silent unless the application sets logging up (fieldkit.logs.setup does).
_logging.getLogger("fieldkit").addHandler(_logging.NullHandler())
