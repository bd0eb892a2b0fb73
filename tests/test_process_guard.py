"""A crash never writes the unlocked process's memory to disk (review r10: a core dump of a
crashed FieldKit held the passphrase three times), and on Linux other processes of the same
user cannot read its memory or its original environment."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import resource, ctypes, sys
resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
from fieldkit.cli import main
main(["--version"])
print(resource.getrlimit(resource.RLIMIT_CORE))
if sys.platform.startswith("linux"):
    print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
"""


@pytest.mark.skipif(sys.platform == "win32", reason="no core-dump limit on Windows")
def test_the_command_turns_core_dumps_off_before_anything_else() -> None:
    shown = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    assert shown[1] == "(0, 0)"
    if sys.platform.startswith("linux"):
        assert shown[2] == "0"
