"""The command line's live progress lines speak the user's language (issue 16): one printer for
"export: 42%" and its kind, the sync stages, the records export and the demo phases. A report's
--lang changes the PDF, never the command line around it."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CliResult

from fieldkit import i18n
from fieldkit.cli import Context, percent_printer, run
from fieldkit.commands.progress import printer
from fieldkit.commands.sync import _progress as sync_progress
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.sync.engine import SyncProgress
from fieldkit.tasks import Progress
from fieldkit.vault import Vault

NBSP = "\u00a0"


class Terminal(io.StringIO):
    """stderr as a terminal: progress lines are only drawn there."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def run_on_terminal(args: list[str], lang: str) -> CliResult:
    old = os.environ.get("FIELDKIT_LANG")
    os.environ["FIELDKIT_LANG"] = lang
    out, err = io.StringIO(), Terminal()
    try:
        code = run(args, out, err)
    finally:
        if old is None:
            os.environ.pop("FIELDKIT_LANG", None)
        else:
            os.environ["FIELDKIT_LANG"] = old
    return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def one_object(vault: Vault, vault_path: Path, tmp_path: Path) -> list[str]:
    Records(vault).create(F.OBJECT, {"inventory_number": "A-1", "title": "Jarre"})
    vault.close()
    from conftest import PASSPHRASE

    (tmp_path / "pw").write_text(PASSPHRASE)
    return ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]


def test_export_progress_in_ukrainian(one_object: list[str], tmp_path: Path) -> None:
    result = run_on_terminal(
        [*one_object, "export", "-o", str(tmp_path / "b.fkb"), "--plain"], "uk"
    )
    assert result.code == 0, result.err
    assert "\r\x1b[Kекспорт: 100%\n" in result.err  # the next message on its own line
    assert "export:" not in result.err


def test_report_progress_speaks_the_command_line_not_the_report(
    one_object: list[str], tmp_path: Path
) -> None:
    result = run_on_terminal(
        [*one_object, "report", "inventory", "-o", str(tmp_path / "i.pdf"), "--lang", "ar"], "fr"
    )
    assert result.code == 0, result.err
    assert f"inventaire{NBSP}: 100{NBSP}%\n" in result.err
    assert "inventory:" not in result.err and "الجرد" not in result.err


def test_records_export_progress_in_french(one_object: list[str], tmp_path: Path) -> None:
    result = run_on_terminal(
        [*one_object, "export-records", "--format", "csv", "-o", str(tmp_path / "o.csv")], "fr"
    )
    assert result.code == 0, result.err
    assert f"export{NBSP}: 1 objets sur 1" in result.err
    assert "of 1 objects" not in result.err


def _terminal_context() -> tuple[Context, Terminal]:
    import argparse

    from fieldkit import credentials

    err = Terminal()
    ctx = Context(
        argparse.Namespace(json=False), credentials.EnvironmentSecrets(), io.StringIO(), err
    )
    return ctx, err


def test_sync_stages_in_arabic() -> None:
    i18n.set_language("ar")
    ctx, err = _terminal_context()
    show = sync_progress(ctx)
    assert show is not None
    show(SyncProgress("USB-1", "deliver", 2_500_000, 5_000_000))
    show(SyncProgress("USB-1", "cleanup", 1, 1))
    assert "التسليم  50٪ 2.5/5.0 ميغابايت" in err.getvalue()
    assert "التنظيف 100٪" in err.getvalue()
    assert "deliver" not in err.getvalue() and "MB" not in err.getvalue()


def test_demo_phases_in_french() -> None:
    i18n.set_language("fr")
    ctx, err = _terminal_context()
    show = printer(ctx)
    assert show is not None
    show(Progress("damage reports", 40, 40))
    assert "constats de dommages" in err.getvalue()
    assert "(40/40)" in err.getvalue() and "damage" not in err.getvalue()


def test_no_progress_line_off_a_terminal_or_with_json() -> None:
    ctx, _ = _terminal_context()
    ctx.args.json = True
    assert percent_printer(ctx, "export") is None and sync_progress(ctx) is None
    ctx.args.json = False
    ctx.err = io.StringIO()
    assert percent_printer(ctx, "export") is None
