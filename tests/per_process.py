"""One server per test process, for the fixtures of tests/pgserver.py and tests/s3server.py.

pytest makes one session fixture per module that imports it, so a server started by the fixture
itself would be started (and torn down) once per module. :class:`PerProcess` starts it on first
use, hands the same one to every module, and stops it when the process exits.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")


class PerProcess(Generic[T]):
    def __init__(
        self,
        prefix: str,
        start: Callable[[Path], T],
        stop: Callable[[T], None],
        alive: Callable[[T], bool] = lambda _server: True,
        mode: int = 0o700,
    ) -> None:
        self._prefix = prefix
        self._start = start
        self._stop = stop
        self._alive = alive
        self._mode = mode
        self._server: T | None = None
        self._failure: BaseException | None = None

    def get(self) -> T:
        """The server, started in a fresh temporary folder on first use. A failure to start is
        kept and raised again (not retried by every module); a server that died is replaced."""
        if self._server is not None and self._alive(self._server):
            return self._server
        if self._failure is not None:
            raise self._failure
        folder = Path(tempfile.mkdtemp(prefix=self._prefix))
        os.chmod(folder, self._mode)
        try:
            server = self._start(folder)
        except BaseException as exc:
            shutil.rmtree(folder, ignore_errors=True)
            self._failure = exc
            raise

        def finish() -> None:
            self._stop(server)
            shutil.rmtree(folder, ignore_errors=True)

        atexit.register(finish)
        self._server = server
        return server
