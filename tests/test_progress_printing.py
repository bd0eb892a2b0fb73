"""`commands.progress.printing`: the one progress line, ended when the work stops half-way."""

from __future__ import annotations

import pytest
from test_tasks import _ctx, _Terminal

from fieldkit.commands import progress as cli_progress
from fieldkit.errors import CancelledError
from fieldkit.tasks import Progress


def test_a_line_left_half_way_is_ended_before_the_message_that_follows() -> None:
    err = _Terminal()
    with pytest.raises(CancelledError), cli_progress.printing(_ctx(err)) as show:
        assert show is not None
        show(Progress("photos", 0, 8))
        show(Progress("photos", 5, 8))
        raise CancelledError("Cancelled; nothing was saved.")
    assert err.getvalue().endswith("photos:   0% (0/8)\n")


def test_a_complete_line_is_not_ended_twice_and_a_pipe_gets_nothing() -> None:
    err = _Terminal()
    with cli_progress.printing(_ctx(err)) as show:
        assert show is not None
        show(Progress("photos", 0, 2))
        show(Progress("photos", 2, 2))
    assert err.getvalue().endswith("(2/2)\n")
    with cli_progress.printing(_ctx(_Terminal(), "--json")) as show:
        assert show is None
