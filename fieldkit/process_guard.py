"""Keep the process's memory off the disk and away from other programs of the same user.

An unlocked FieldKit holds the vault key, the passphrase it was given and decrypted records in
memory. Where the system collects core dumps (``ulimit -c unlimited``; systemd-coredump keeps
them under /var/lib/systemd/coredump), a crash in Qt, Pillow or SQLCipher would write all of it
to disk in clear. Turning core dumps off, and on Linux marking the process not dumpable (which
also stops same-user processes from reading its memory or its original environment through
/proc), keeps "nothing readable at rest" true after a crash. Best effort: a system that refuses
leaves the process as it was.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_SET_DUMPABLE = 4


def guard_process() -> None:
    """No core dump of this process; on Linux, not dumpable (see the module's docstring)."""
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
