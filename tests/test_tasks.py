"""The task contract (fieldkit.tasks) and the command line's side of it (commands/progress.py)."""

from __future__ import annotations

import io
import os
import signal
import threading

import pytest

from fieldkit.cli import Context
from fieldkit.commands import progress as cli_progress
from fieldkit.errors import CancelledError
from fieldkit.i18n import Text
from fieldkit.tasks import Cancel, Progress, Reporter, check


def _recording() -> tuple[list[Progress], Reporter]:
    seen: list[Progress] = []
    return seen, Reporter(seen.append)


def test_a_phase_never_goes_back_and_never_passes_its_total() -> None:
    seen, reporter = _recording()
    reporter.start("merge", 10)
    for done in (3, 2, 3, 12, 5):
        reporter.advance(done)
    reporter.finish()
    assert [(p.phase, p.done, p.total) for p in seen] == [
        ("merge", 0, 10),
        ("merge", 3, 10),
        ("merge", 10, 10),
    ]


def test_an_older_callback_reports_into_its_phase_and_a_growing_estimate_does_not_reset_it() -> (
    None
):
    seen, reporter = _recording()
    photos = reporter.counts("photos", Text("progress", "photos"))
    photos(1, 4)
    photos(2, 4)
    photos(3, 8)  # the estimate grew
    assert [(p.done, p.total) for p in seen] == [(0, 4), (1, 4), (2, 4), (3, 8)]
    assert all(p.label == "photos" for p in seen)


def test_progress_fraction_and_unknown_total() -> None:
    assert Progress("write", 5, 10).percent == 50
    assert Progress("write", 15, 10).fraction == 1.0
    assert Progress("write", 5, 0).fraction is None


def test_a_cancel_token_is_polled_as_a_callable_and_stays_set() -> None:
    cancel = Cancel()
    check(cancel)  # not set: nothing happens
    reporter = Reporter(None, cancel)
    reporter.check()
    cancel.set()
    assert cancel() and cancel.is_set() and reporter.cancelled
    with pytest.raises(CancelledError):
        reporter.check()
    with pytest.raises(CancelledError, match="nothing from this bundle"):
        check(cancel, "The import was cancelled; nothing from this bundle was kept.")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _ctx(err: io.StringIO, *extra: str) -> Context:
    import argparse

    args = argparse.Namespace(json="--json" in extra)
    return Context(args=args, env=None, out=io.StringIO(), err=err)  # type: ignore[arg-type]


def test_the_one_printer_draws_a_line_per_phase_and_ends_it_when_complete() -> None:
    err = _Terminal()
    show = cli_progress.printer(_ctx(err))
    assert show is not None
    show(Progress("merge", 0, 2_000))
    show(Progress("merge", 1, 2_000))  # within 0.2 s of the first: not redrawn
    show(Progress("merge", 2_000, 2_000))
    text = err.getvalue()
    assert "merge:   0% (0/2,000)" in text
    assert "(1/2,000)" not in text
    assert text.endswith("merge: 100% (2,000/2,000)\n")


def test_no_progress_line_in_a_pipe_or_with_json() -> None:
    assert cli_progress.printer(_ctx(io.StringIO())) is None
    assert cli_progress.printer(_ctx(_Terminal(), "--json")) is None


def test_the_printer_speaks_the_users_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit import i18n

    monkeypatch.setenv("FIELDKIT_LANG", "fr")
    i18n.set_language("fr")
    try:
        line = cli_progress.line_text(Progress("export", 1, 2, Text("progress", "export")))
    finally:
        i18n.set_language("en")
    assert line.startswith("export\u00a0:") and "50 %" in line  # French spacing


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to ourselves")
def test_the_first_ctrl_c_sets_the_token_the_second_interrupts() -> None:
    assert threading.current_thread() is threading.main_thread()
    before = signal.getsignal(signal.SIGINT)
    with cli_progress.interruptible() as cancel:
        os.kill(os.getpid(), signal.SIGINT)
        assert cancel.is_set()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before
