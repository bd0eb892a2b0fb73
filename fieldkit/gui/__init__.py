"""The desktop app (PySide6): a thin layer over the same services as the command line.

Nothing outside this package imports Qt. Long work runs in :mod:`fieldkit.gui.workers`; every
error reaches the user through :func:`fieldkit.gui.errors.show_error`.
"""
