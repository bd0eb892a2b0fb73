"""The command line's live progress lines speak the user's language (issue 16): one printer for
"export: 42%" and its kind, the sync stages, the records export and the demo phases. A report's
--lang changes the PDF, never the command line around it."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CliResult

from fieldkit import i18n
from fieldkit.cli import Context, run
from fieldkit.commands.progress import printer
from fieldkit.i18n import Text
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.sync.engine import STAGE_LABELS, SyncProgress
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
    # Counts take the Ukrainian thousands separator (a no-break space): "(2 022/2 022)".
    done = r"\r\x1b\[KЗапис пакета: 100% \([\d\u00a0]+/[\d\u00a0]+\)\n"
    assert re.search(done, result.err), result.err
    assert "Writing" not in result.err


def test_report_progress_speaks_the_command_line_not_the_report(
    one_object: list[str], tmp_path: Path
) -> None:
    result = run_on_terminal(
        [*one_object, "report", "inventory", "-o", str(tmp_path / "i.pdf"), "--lang", "ar"], "fr"
    )
    assert result.code == 0, result.err
    assert "Écriture du rapport : 100 % (1/1)\n" in result.err.replace(NBSP, " "), result.err
    assert "Writing" not in result.err and "كتابة" not in result.err


def test_records_export_progress_in_french(one_object: list[str], tmp_path: Path) -> None:
    result = run_on_terminal(
        [*one_object, "export-records", "--format", "csv", "-o", str(tmp_path / "o.csv")], "fr"
    )
    assert result.code == 0, result.err
    assert "Exportation des objets : 100 % (1/1)\n" in result.err.replace(NBSP, " ")
    assert "Exporting" not in result.err


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
    show = printer(ctx)
    assert show is not None
    for stage, done, total in (("deliver", 0, 5_000_000), ("cleanup", 1, 1)):
        label = Text("progress", STAGE_LABELS[stage], target="USB-1")
        show(SyncProgress(stage, done, total, label, target="USB-1"))
    assert "\u2068USB-1\u2069: نسخ الحزم:   0٪" in err.getvalue(), err.getvalue()
    assert "\u2068USB-1\u2069: إزالة الحزم المؤكَّد استلامها: 100٪ (1/1)\n" in err.getvalue()
    assert "copying" not in err.getvalue() and "removing" not in err.getvalue()


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
    assert printer(ctx) is None
    ctx.args.json = False
    ctx.err = io.StringIO()
    assert printer(ctx) is None
