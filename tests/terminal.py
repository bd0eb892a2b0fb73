"""Driving programs that read passphrases only from a terminal (stock age) in tests."""

from __future__ import annotations

import os
import re
import select
import time

import pytest

PROMPT = re.compile(rb"passphrase[^\n]*: ", re.IGNORECASE)


def run_on_terminal(argv: list[str], answers: list[str], timeout: float = 120.0) -> tuple[int, str]:
    """Run ``argv`` on a new pseudo-terminal, typing one answer after each passphrase prompt.

    Stock age reads passphrases only from a terminal, so this is how a test can give it one.
    """
    pty = pytest.importorskip("pty")
    pid, fd = pty.fork()
    if pid == 0:  # the child: become age, or exit at once
        try:
            os.execv(argv[0], argv)  # noqa: S606 - a fixed tool path, no shell
        finally:
            os._exit(127)
    transcript = bytearray()
    typed = 0
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                os.kill(pid, 9)
                pytest.fail(f"{argv[0]} did not finish: {transcript.decode(errors='replace')}")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not data:
                break
            transcript += data
            while typed < min(len(PROMPT.findall(transcript)), len(answers)):
                os.write(fd, answers[typed].encode() + b"\n")
                typed += 1
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), transcript.decode(errors="replace")
