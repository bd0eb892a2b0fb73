"""r15: long commands off a terminal (a CI log, ``| tee``, a service) print a plain progress line
at most every 10 s on stderr; ``fieldkit demo --objects 1000000`` printed nothing there for
26 minutes (r14 final notes). The terminal's live line is unchanged, stdout stays pure JSON.
No test waits: the printer's clock is replaced by one the test moves."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from test_tasks import _ctx, _Terminal

from fieldkit.commands import progress as cli_progress
from fieldkit.tasks import Progress

LINE = re.compile(r"^(photos|objects|damage reports|site reports): \d{1,3}% \(\d[\d,]*/\d[\d,]*\)$")


class _Clock:
    """A clock that moves by ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def fast_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Clock]:
    clock = _Clock(11.0)  # every step is more than PLAIN_SECONDS after the last
    monkeypatch.setattr(cli_progress, "clock", clock, raising=False)
    yield clock


def test_a_pipe_gets_a_plain_line_at_most_every_ten_seconds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    times = iter([0.0, 3.0, 9.9, 10.0, 15.0, 19.9, 20.5, 20.6, 100.0])
    monkeypatch.setattr(cli_progress, "clock", lambda: next(times), raising=False)
    err = io.StringIO()
    with cli_progress.printing(_ctx(err)) as show:  # reads the clock once: the start (0.0)
        assert show is not None
        for done in range(1, 9):
            show(Progress("objects", done * 1_000, 1_000_000))
    # At 10.0 (10 s after the start), 20.5 and 100.0: each line on its own, nothing redrawn.
    assert err.getvalue() == (
        "objects: 0% (3,000/1,000,000)\n"
        "objects: 0% (6,000/1,000,000)\n"
        "objects: 0% (8,000/1,000,000)\n"
    )


def test_work_shorter_than_ten_seconds_prints_nothing_in_a_pipe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli_progress, "clock", lambda: 5.0, raising=False)
    err = io.StringIO()
    with cli_progress.printing(_ctx(err, "--json")) as show:
        assert show is not None
        show(Progress("objects", 10, 10))
    assert err.getvalue() == ""


def test_the_terminal_keeps_its_live_line(fast_clock: _Clock) -> None:
    err = _Terminal()
    with cli_progress.printing(_ctx(err)) as show:
        assert show is not None
        show(Progress("photos", 0, 2))
        show(Progress("photos", 2, 2))
    assert err.getvalue() == "\r\x1b[Kphotos:   0% (0/2)\r\x1b[Kphotos: 100% (2/2)\n"
    # --json on a terminal: no line at all, as before.
    with cli_progress.printing(_ctx(_Terminal(), "--json")) as show:
        assert show is None


def test_demo_in_a_pipe_tells_its_progress_and_keeps_stdout_pure_json(
    tmp_path: Path, fast_clock: _Clock
) -> None:
    target = tmp_path / "d"
    r = run_cli(["demo", "--no-gui", "--objects", "30", "--vault", str(target), "--json"])
    assert r.code == 0, r.err
    assert json.loads(r.out)["objects"] == 30  # nothing but the JSON on stdout
    lines = [line for line in r.err.splitlines() if LINE.match(line)]
    phases = {line.split(":")[0] for line in lines}
    assert {"photos", "objects", "damage reports"} <= phases, r.err
    assert "objects: 100% (30/30)" in lines
    assert "\r" not in r.err and "\x1b" not in r.err


def test_the_plain_line_is_translated_as_the_terminals(tmp_path: Path, fast_clock: _Clock) -> None:
    r = run_cli(
        ["demo", "--no-gui", "--objects", "10", "--vault", str(tmp_path / "d")],
        {"FIELDKIT_LANG": "fr"},
    )
    assert r.code == 0, r.err
    assert "objets\xa0: 100 % (10/10)" in r.err.splitlines(), r.err
    assert "objects:" not in r.err
