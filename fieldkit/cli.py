"""The `fieldkit` command line (SPEC §11): argparse over the same services the desktop app uses.

Conventions: human messages go to stderr, machine-readable output (`--json`) to stdout. Exit
codes: 0 success, 1 failure, 2 usage error, 3 untrusted signer. A FieldKitError prints one plain
sentence and a hint; any other exception is a bug: it is logged with a report id and the user
sees that id, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from fieldkit import __version__, credentials, i18n, logs
from fieldkit.errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, FieldKitError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.process_guard import guard_process

ENV_VAULT = "FIELDKIT_VAULT"
SELF_TEST_QT = "--self-test-qt"


@dataclass
class Context:
    """What every command receives: parsed options, secrets taken from the environment, output."""

    args: argparse.Namespace
    env: credentials.EnvironmentSecrets
    out: TextIO
    err: TextIO
    # A live progress line is on stderr, not ended yet (see progress_line).
    line_open: bool = False

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def say(self, message: str) -> None:
        self.end_line()  # never after "photos: 0" on the progress line
        print(message, file=self.err)

    def end_line(self) -> None:
        """End the live progress line, if one is open, so what follows starts on its own."""
        if self.line_open:
            self.err.write("\n")
            self.err.flush()
            self.line_open = False

    def emit(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def vault_path(self) -> Path:
        """--vault, else FIELDKIT_VAULT, else the platform's user data folder."""
        # Imported here: `fieldkit --help` and `--version` need not load the vault package.
        from fieldkit.vault.paths import default_vault_path

        return self.chosen_vault_path() or default_vault_path()

    def chosen_vault_path(self) -> Path | None:
        """The vault the user named (--vault, else FIELDKIT_VAULT), or None if neither is set."""
        given = getattr(self.args, "vault", None)
        if given:
            return Path(given).expanduser()
        env = os.environ.get(ENV_VAULT)
        if env:
            return Path(env).expanduser()
        return None

    def passphrase_file(self) -> Path | None:
        value = getattr(self.args, "passphrase_file", None)
        return Path(value) if value else None


# argparse's own words, marked for extraction: it looks them up through its module's `_` and
# `ngettext` at call time, which `speak_argparse` points at the catalogs (Python 3.11-3.13).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


#: argparse's help headings, after which it writes a colon of its own ("options:").
_HEADINGS = frozenset({"positional arguments", "options"})


def _argparse_gettext(text: str) -> str:
    translated = i18n.translate("argparse", text)
    # The colon argparse adds is written as the language writes it (« options : » in French).
    return translated + i18n.before_colon() if text in _HEADINGS else translated


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return i18n.translate("argparse", singular if n == 1 else plural)


def speak_argparse() -> None:
    """argparse's usage, help headings and errors in the current language (English: as is)."""
    setattr(argparse, "_", _argparse_gettext)  # noqa: B010 - a module global, by design
    setattr(argparse, "ngettext", _argparse_ngettext)  # noqa: B010


def _sentence(problem: str) -> str:
    """argparse's problem ("the following arguments are required: FILE", already in the
    language, see :func:`speak_argparse`) as one sentence: a capital and a full stop."""
    return problem[:1].upper() + problem[1:] + "."


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one plain sentence (its default usage dump stays)."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        raise UsageError(_sentence(message))


def is_terminal(ctx: Context) -> bool:
    """Progress is shown live on a terminal only (never in --json output, logs or pipes)."""
    isatty = getattr(ctx.err, "isatty", None)
    return not ctx.json and isatty is not None and bool(isatty())


def progress_line(ctx: Context, text: str) -> None:
    """Write ``text`` over the terminal's current line (a live progress line)."""
    ctx.err.write("\r\x1b[K" + text)
    ctx.err.flush()
    ctx.line_open = True


def count_text(n: int, noun: str) -> str:
    """Plain English counts for the command line's messages: "1 photo", "2 photos"."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def common_options(with_json: bool = True, with_help: bool = True) -> argparse.ArgumentParser:
    """The options every command takes; ``with_help=False`` (the app's quick start, which
    prints no help) leaves their help out, so that no catalog is loaded for it."""
    # SUPPRESS as default: an option given before the command is not reset by the sub-parser
    # when it is absent after it (`fieldkit --vault X init` and `fieldkit init --vault X` agree).
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--vault",
        metavar="DIR",
        help=i18n.translate("help", "vault folder (default: $FIELDKIT_VAULT)")
        if with_help
        else None,
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=i18n.translate(
            "help",
            "read the passphrase from the first line of FILE (a UTF-8 BOM and the line ending "
            "are ignored; later lines too)",
        )
        if with_help
        else None,
    )
    if with_json:
        common.add_argument(
            "--json",
            action="store_true",
            help=i18n.translate("help", "machine-readable output on stdout") if with_help else None,
        )
    return common


Command = Callable[[Context], int]


def build_parser() -> argparse.ArgumentParser:
    from fieldkit.commands import register_all

    speak_argparse()
    common = common_options()
    parser = _Parser(
        prog="fieldkit",
        description=i18n.translate(
            "help", "FieldKit: document collections and damage offline; exchange signed bundles."
        ),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"FieldKit {__version__}",
        help=i18n.translate("help", "show the version and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=i18n.translate(
            "help", "check this installation offline (no window, no vault) and print one JSON line"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    register_all(sub, common)
    return parser


def _options_only(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """``fieldkit [--vault DIR] ...`` without a command (the desktop app), parsed without
    importing every command module (and what they import: bundles, reports, reportlab), which
    would delay the first window; None when a command, --help or --version is given."""
    given = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help", "--version") for a in given):
        return None
    parser = _Parser(prog="fieldkit", parents=[common_options(with_help=False)], add_help=False)
    try:
        args, rest = parser.parse_known_args(given)
    except (UsageError, SystemExit):
        return None
    return None if rest else args


_command_running = threading.Event()


def command_running() -> bool:
    """True while :func:`run` runs a command (its SIGINT handler is put back after it)."""
    return _command_running.is_set()


@contextlib.contextmanager
def _command_interrupts() -> Iterator[None]:
    """Put back the SIGINT handler found when the command started, once it has ended: a
    command's long work leaves a handler that ignores a late Ctrl+C (its result is printed,
    see commands.progress.interruptible) for the rest of the command only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    _command_running.set()
    try:
        yield
    finally:
        _command_running.clear()
        signal.signal(signal.SIGINT, previous)


def problem_line(problem: str) -> str:
    """ "fieldkit: <problem>", the line a refusal starts with. In Arabic it reads right to left
    like the sentence it holds: otherwise the Latin "fieldkit" turns the line left to right and
    the sentence's full stop shows before its first word."""
    return i18n.line("fieldkit: " + problem)


def _say_error(exc: FieldKitError, err: TextIO) -> int:
    message, hint = i18n.error_text(exc)
    print(problem_line(message), file=err)
    if hint:
        print(hint, file=err)
    return exc.exit_code


def run(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    env = credentials.take_from_environment()
    logs.setup()
    # FIELDKIT_LANG, else the system's language if FieldKit speaks it (--json stays English).
    i18n.set_language(i18n.resolve_language())
    try:
        quick = _options_only(argv)
        if quick is not None:
            from fieldkit.commands.app import start_gui

            quick.json = getattr(quick, "json", False)
            return start_gui(Context(quick, env, out, err))
        parser = build_parser()
        args = parser.parse_args(argv)
        handler: Command | None = getattr(args, "handler", None)
        if getattr(args, "self_test", False):  # given with other options: they do not matter
            from fieldkit import self_test

            return self_test.main(out)
        if handler is None:
            from fieldkit.commands.app import start_gui

            args.json = getattr(args, "json", False)
            return start_gui(Context(args, env, out, err))
        with _command_interrupts():
            return handler(Context(args, env, out, err))
    except FieldKitError as exc:
        return _say_error(exc, err)
    except KeyboardInterrupt:
        print(problem_line(i18n.translate("cli", "cancelled.")), file=err)
        return EXIT_FAILURE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`fieldkit object list --json | head`): not a failure of ours.
        # Point stdout at /dev/null so the interpreter's last flush does not fail as well.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        # Reads are not wrapped one by one: a damaged page or a failing drive met while listing,
        # searching or exporting is the user's to act on, as it is when writing. (Imported here:
        # an SQLite error means the vault's database module is loaded already.)
        from fieldkit.vault.database import classify_database_error

        known = classify_database_error(exc, None)
        if known is not None:
            return _say_error(known, err)
        report_id = logs.report_bug(exc)
        text = i18n.translate(
            "cli",
            "an internal error stopped this command (report id {report_id}). "
            "Please send the report id and the log file to your support contact.",
        )
        print(problem_line(i18n.fill(text, report_id=report_id)), file=err)
        log_file = i18n.translate("cli", "Log file: {path}")
        print(i18n.fill(log_file, path=i18n.ltr(str(logs.log_file()))), file=err)
        return EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    guard_process()  # before any passphrase or key is in memory
    args = list(sys.argv[1:] if argv is None else argv)
    # Answered before logging, the commands or Qt load, and without any vault (SPEC §17).
    if args == ["--version"]:
        print(f"FieldKit {__version__}")
        return EXIT_OK
    if args == ["--self-test"]:
        from fieldkit import self_test

        return self_test.main()
    if args == [SELF_TEST_QT]:
        # The Qt half of the self-test, in its own process (see fieldkit.self_test).
        return int(importlib.import_module("fieldkit.gui.self_test_qt").main())
    return run(argv, sys.stdout, sys.stderr)


__all__ = ["EXIT_OK", "Context", "main", "run"]
