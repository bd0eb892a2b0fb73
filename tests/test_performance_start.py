"""Start time (SPEC §13: the unlock screen painted < 1.5 s): ``fieldkit`` without a command
starts the app without importing every command module first (issue 22). No timings here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fieldkit import cli

PROBE = """
import sys
import fieldkit.cli as cli
import fieldkit.commands.app as app
app.start_gui = lambda ctx: print("GUI", ctx.chosen_vault_path(), ctx.json) or 0
code = cli.main(sys.argv[1:])
print("CODE", code)
print("LOADED", sorted(m for m in sys.modules if m.startswith(("fieldkit.commands.", "reportlab"))))
"""


def _probe(*argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False
    )
    return done.stdout + done.stderr


def test_the_app_starts_without_importing_the_command_modules(tmp_path) -> None:
    out = _probe("--vault", str(tmp_path / "v"))
    assert f"GUI {tmp_path / 'v'} False" in out
    assert "CODE 0" in out
    assert "LOADED ['fieldkit.commands.app']" in out


@pytest.mark.parametrize(
    "argv",
    [["gui"], ["--vault", "X", "gui"], ["--version"], ["--help"], ["--bogus"], ["objects"]],
)
def test_anything_but_options_goes_through_the_whole_parser(argv: list[str]) -> None:
    assert cli._options_only(argv) is None


def test_options_only_keep_their_values() -> None:
    args = cli._options_only(["--vault", "/tmp/x", "--passphrase-file", "/tmp/p"])
    assert args is not None
    assert args.vault == "/tmp/x" and args.passphrase_file == "/tmp/p"
