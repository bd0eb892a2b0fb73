"""The command line's side of the task contract (:mod:`fieldkit.tasks`): one progress line for
every long command, and Ctrl+C that cancels cleanly.

``printer(ctx)`` is the one text progress printer: "Import — merge: 42% (4,200/10,000)" on one
live line of stderr, in the user's language, on a terminal only (never in ``--json`` output,
logs or pipes), at most a few times a second. ``printing``/``task`` (what long commands use)
add, when stderr is not a terminal (a CI log, ``| tee``, a service), the same line as plain
text at most every ``PLAIN_SECONDS``: a million-object ``demo`` printed nothing for 26
minutes there (r14). Standard output is never written to, so ``--json`` stays pure JSON.

``interruptible()`` turns the first Ctrl+C into the operation's :class:`~fieldkit.tasks.Cancel`:
the work stops at its next safe point and puts things back (no part file, the vault as before),
then raises CancelledError, which the command line reports as "cancelled". A second Ctrl+C, for
work stuck outside a safe point, interrupts at once as Python always does.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fieldkit.cli import Context, command_running, is_terminal, progress_line
from fieldkit.i18n import QT_TRANSLATE_NOOP, fill, localise, number, translate
from fieldkit.tasks import Cancel, Progress, ProgressSink

# How often the line is redrawn: often enough to look alive, rarely enough to cost nothing.
_REDRAW_SECONDS = 0.2
# Off a terminal each line stays in the log: one every 10 s says the work is alive without
# filling it, and work shorter than that (almost every command) prints no line at all.
PLAIN_SECONDS = 10.0
# The clock the plain lines are spaced by (a test gives its own instead of waiting).
clock: Callable[[], float] = time.monotonic

WITH_COUNTS = QT_TRANSLATE_NOOP("cli", "{label}: {percent}% ({done}/{total})")
PERCENT_ONLY = QT_TRANSLATE_NOOP("cli", "{label}: {percent}%")
COUNT_ONLY = QT_TRANSLATE_NOOP("cli", "{label}: {done}")


def phase_label(progress: Progress) -> str:
    """What a person reads for this step: its label, else the phase code's translation."""
    if progress.label is not None:
        return localise(progress.label)
    return translate("progress", progress.phase)


def line_text(progress: Progress, *, counts: bool = True, padded: bool = True) -> str:
    """One progress line, translated: the label, the percentage and (with ``counts``) the
    counts; with an unknown total only the count done so far. ``padded``: the percentage
    takes three places, so a redrawn line keeps its width (a log's line needs no padding)."""
    label = phase_label(progress)
    if progress.total <= 0:
        return fill(translate("cli", COUNT_ONLY), None, label=label, done=number(progress.done))
    percent = progress.percent or 0
    template = WITH_COUNTS if counts else PERCENT_ONLY
    return fill(
        translate("cli", template),
        None,
        label=label,
        percent=f"{percent:3d}" if padded else str(percent),
        done=number(progress.done),
        total=number(progress.total),
    )


def printer(
    ctx: Context, *, counts: bool = True, text: Callable[[Progress], str] | None = None
) -> ProgressSink | None:
    """The command line's one progress printer (None when stderr is not a terminal or with
    ``--json``): redraws at most every 0.2 s, always shows a phase's first and last step, and
    ends its line when a phase is complete so later messages start on their own line.
    ``text`` words the line (default: :func:`line_text`)."""
    if not is_terminal(ctx):
        return None
    last = [0.0]

    def show(progress: Progress) -> None:
        now = time.monotonic()
        complete = progress.total > 0 and progress.done >= progress.total
        if not complete and progress.done and now - last[0] < _REDRAW_SECONDS:
            return
        last[0] = now
        progress_line(ctx, text(progress) if text else line_text(progress, counts=counts))
        if complete:
            ctx.end_line()

    return show


@contextmanager
def interruptible() -> Iterator[Cancel]:
    """A Cancel token that the first Ctrl+C (SIGINT) sets; the handler is restored after.

    Outside the main thread (tests driving ``cli.main`` from a worker) signals cannot be
    caught; the token then only cancels when set by hand.
    """
    cancel = Cancel()
    if threading.current_thread() is not threading.main_thread():
        yield cancel
        return

    def on_interrupt(signum: int, frame: Any) -> None:
        if cancel.is_set():  # the second Ctrl+C: stop now, whatever the work is doing
            raise KeyboardInterrupt
        cancel.set()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield cancel
    finally:
        # Within a command (cli.run puts its handler back at the end), a Ctrl+C after the work
        # has returned is ignored: what it did is done and is printed, never called cancelled.
        signal.signal(signal.SIGINT, _after_the_work() if command_running() else previous)


def _after_the_work() -> Any:
    """A SIGINT handler for what a command does after its work (closing the vault, printing the
    result): the first Ctrl+C is ignored, a second one interrupts as Python always does."""
    pressed = [False]

    def on_interrupt(signum: int, frame: Any) -> None:
        if pressed[0]:
            raise KeyboardInterrupt
        pressed[0] = True

    return on_interrupt


def plain_printer(
    ctx: Context, *, counts: bool = True, text: Callable[[Progress], str] | None = None
) -> ProgressSink | None:
    """Progress as plain lines of stderr when it is not a terminal (None on a terminal, which
    :func:`printer` draws on): the terminal's line, translated the same, once the work has
    gone on for ``PLAIN_SECONDS`` and then at most every ``PLAIN_SECONDS``, each on its own
    line (nothing redrawn, no control characters in a log). With ``--json`` too: the lines go
    to stderr and the JSON alone to stdout. ``text`` words the line as :func:`printer`'s."""
    isatty = getattr(ctx.err, "isatty", None)
    if isatty is not None and isatty():
        return None
    last = [clock()]

    def show(progress: Progress) -> None:
        now = clock()
        if now - last[0] < PLAIN_SECONDS:
            return
        last[0] = now
        ctx.end_line()
        line = text(progress) if text else line_text(progress, counts=counts, padded=False)
        print(line.strip(), file=ctx.err, flush=True)

    return show


@contextmanager
def printing(ctx: Context, *, counts: bool = True) -> Iterator[ProgressSink | None]:
    """:func:`printer` for the work inside the ``with`` block, whose line is ended when the work
    stops half-way (an error, Ctrl+C), so that the message said next starts on its own line
    instead of after "photos:  62% (5/8)"; off a terminal, :func:`plain_printer`."""
    try:
        yield printer(ctx, counts=counts) or plain_printer(ctx, counts=counts)
    finally:
        ctx.end_line()


@contextmanager
def task(ctx: Context, *, counts: bool = True) -> Iterator[tuple[ProgressSink | None, Cancel]]:
    """:func:`printing` and :func:`interruptible` for one command: yields ``(progress, cancel)``
    to hand to the core (the line left open by work that stops mid-phase is ended)."""
    with printing(ctx, counts=counts) as sink, interruptible() as cancel:
        yield sink, cancel
