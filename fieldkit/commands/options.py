"""What the command modules share: sub-command and option builders for the options several
commands take, the JSON input readers, and the one way a written record is reported."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from fieldkit import json_input
from fieldkit.cli import Context
from fieldkit.errors import UsageError, input_file_error
from fieldkit.i18n import QT_TRANSLATE_NOOP, translate


def subcommand(
    sub: Any,
    name: str,
    common: argparse.ArgumentParser | None,
    help_text: str,
    handler: Callable[[Context], int],
    **defaults: Any,
) -> argparse.ArgumentParser:
    """``fieldkit … NAME``: its parser (with the ``common`` options), run by ``handler``."""
    parents = [common] if common is not None else []
    parser: argparse.ArgumentParser = sub.add_parser(name, parents=parents, help=help_text)
    parser.set_defaults(handler=handler, **defaults)
    return parser


def actions(sub: Any, name: str, help_text: str, metavar: str = "ACTION") -> Any:
    """``fieldkit NAME ACTION``: a command made of actions (``trust add|list|revoke``)."""
    parser = sub.add_parser(name, help=help_text)
    return parser.add_subparsers(
        dest=f"{name.replace('-', '_')}_command", metavar=metavar, required=True
    )


def flag(parser: Any, name: str, help_text: str | None = None) -> None:
    """An on/off option (``--verified``)."""
    parser.add_argument(name, action="store_true", help=help_text)


def option(
    parser: Any, name: str, metavar: str | None, help_text: str | None = None, **kw: Any
) -> None:
    """An option with a value (``--region R``)."""
    parser.add_argument(name, metavar=metavar, help=help_text, **kw)


def repeatable(
    parser: Any, name: str, metavar: str, help_text: str | None = None, **kw: Any
) -> None:
    """An option given any number of times (``--to A --to B``): a list, empty by default."""
    parser.add_argument(name, action="append", default=[], metavar=metavar, help=help_text, **kw)


def output_option(
    parser: argparse.ArgumentParser, metavar: str, help_text: str | None = None
) -> None:
    """``-o FILE``: the file a command writes (required)."""
    parser.add_argument("-o", "--output", required=True, metavar=metavar, help=help_text)


def json_file_option(parser: argparse.ArgumentParser) -> None:
    """``--json FILE|-``: a record's fields as a JSON object (``-``: standard input)."""
    parser.add_argument(
        "--json",
        dest="json_file",
        metavar="FILE|-",
        default=None,
        help=translate("help", "the fields as a JSON object ('-': standard input)"),
    )


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a whole number: {value}").format(value=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "must be at least 1"))
    return value


def json_object(data: bytes, not_an_object: str) -> dict[str, Any]:
    """JSON input that must be an object of field names and values (``not_an_object``: the
    message, marked for translation in the "errors" context, when it is something else)."""
    try:
        values = json_input.loads(data)
    except json_input.JsonInputError as exc:
        raise UsageError(exc.message) from None
    if not isinstance(values, dict):
        raise UsageError(not_an_object)
    return values


def json_fields(source: str) -> dict[str, Any]:
    """The object of field names and values in the JSON file ``source`` (``-``: standard
    input), as `--json FILE|-` and `--details FILE|-` give it."""
    # Read as bytes (capped): the strict reader decides about UTF-8 and says where it fails.
    limit = json_input.MAX_INPUT_BYTES
    try:
        if source == "-":
            stdin: Any = getattr(sys.stdin, "buffer", sys.stdin)
            data = stdin.read(limit + 1)
        else:
            with open(source, "rb") as fh:
                data = fh.read(limit + 1)
    except OSError as exc:
        raise input_file_error(source, exc) from None
    if len(data) > limit:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The JSON input is larger than {size} MiB."),
            size=limit // (1024 * 1024),
        )
    return json_object(
        data,
        QT_TRANSLATE_NOOP("errors", "The JSON input must be an object of field names and values."),
    )


def json_input_fields(ctx: Context) -> dict[str, Any]:
    """The fields given with :func:`json_file_option`; a usage error when it was not given."""
    if ctx.args.json_file is None:
        raise UsageError(
            translate(
                "cli", "Give the fields with --json FILE (or --json - to read standard input)."
            )
        )
    return json_fields(ctx.args.json_file)


def emit_written(ctx: Context, record_id: str, revision: str, as_json: bool) -> bool:
    """Report a record just written: ``{"id", "revision"}`` as JSON, else its id on stdout.
    True when JSON was written (the caller then says nothing more)."""
    if as_json:
        ctx.emit({"id": record_id, "revision": revision})
        return True
    print(record_id, file=ctx.out)
    return False


def emit_or_say(ctx: Context, data: Any, text: str) -> None:
    """A command's result: ``data`` as JSON with ``--json``, else the sentence ``text``."""
    if ctx.json:
        ctx.emit(data)
    else:
        ctx.say(text)
