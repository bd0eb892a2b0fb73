"""The pieces the command modules share (fieldkit/commands/options.py): sub-command and option
builders, the whole-number type, the JSON object reader and the "record written" output."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from fieldkit import credentials
from fieldkit.cli import Context
from fieldkit.commands.options import (
    actions,
    emit_written,
    flag,
    json_file_option,
    json_object,
    output_option,
    positive_int,
    subcommand,
)
from fieldkit.errors import UsageError


def _handler(ctx: Context) -> int:
    return 0


def test_subcommands_options_and_flags_parse_as_written() -> None:
    parser = argparse.ArgumentParser(prog="fieldkit")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault")
    sub = parser.add_subparsers(dest="command")
    things = actions(sub, "thing-kind", "things")
    p = subcommand(things, "add", common, "add a thing", _handler, kind="thing")
    output_option(p, "FILE", "where")
    json_file_option(p)
    flag(p, "--dry-run", "check only")
    args = parser.parse_args(["thing-kind", "add", "-o", "x.out", "--json", "-", "--vault", "V"])
    assert args.thing_kind_command == "add" and args.handler is _handler and args.kind == "thing"
    assert (args.output, args.json_file, args.dry_run, args.vault) == ("x.out", "-", False, "V")
    assert parser.parse_args(["thing-kind", "add", "-o", "y", "--dry-run"]).dry_run is True
    with pytest.raises(SystemExit):
        parser.parse_args(["thing-kind", "add"])  # -o is required
    with pytest.raises(SystemExit):
        parser.parse_args(["thing-kind"])  # an action is required


@pytest.mark.parametrize("text", ["0", "-3", "two", "1.5", ""])
def test_positive_int_refuses_what_is_not_a_count(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        positive_int(text)


def test_positive_int_accepts_counts() -> None:
    assert positive_int("1") == 1 and positive_int("250") == 250


@pytest.mark.parametrize("data", [b"[1, 2]", b'"text"', b"3", b"null"])
def test_json_object_refuses_what_is_not_an_object(data: bytes) -> None:
    with pytest.raises(UsageError) as caught:
        json_object(data, "Not an object.")
    assert caught.value.message == "Not an object."


@pytest.mark.parametrize("data", [b"{", b'{"a": 1, "a": 2}', b"\xff\xfe", b'{"a": NaN}'])
def test_json_object_says_where_hostile_json_fails(data: bytes) -> None:
    with pytest.raises(UsageError) as caught:
        json_object(data, "Not an object.")
    assert caught.value.message != "Not an object."


def test_json_object_returns_the_fields() -> None:
    assert json_object(b'{"title": "Bowl", "n": 2}', "x") == {"title": "Bowl", "n": 2}


def test_emit_written_is_json_or_the_id() -> None:
    out, err = io.StringIO(), io.StringIO()
    ctx = Context(argparse.Namespace(), credentials.EnvironmentSecrets(), out, err)
    assert emit_written(ctx, "rec-1", "rev-1", as_json=True) is True
    assert json.loads(out.getvalue()) == {"id": "rec-1", "revision": "rev-1"}
    out.seek(0)
    out.truncate()
    assert emit_written(ctx, "rec-2", "rev-2", as_json=False) is False
    assert out.getvalue() == "rec-2\n" and err.getvalue() == ""
