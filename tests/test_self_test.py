"""`fieldkit --self-test` checks an installation offline and says which part is broken."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli, run_cli_process

from fieldkit import self_test
from fieldkit.vault import database

CHECK_NAMES = {
    "imports",
    "sqlcipher",
    "age",
    "minisign",
    "arabic_pdf",
    "zip_crc32",
    "folders",
    "licences",
    "qt_platform",
    "qt_image_formats",
    "translations",
}


def _one_json_line(stdout: str) -> dict[str, object]:
    lines = stdout.splitlines()
    assert len(lines) == 1, stdout
    answer = json.loads(lines[0])
    assert isinstance(answer, dict)
    return answer


def test_self_test_passes_here_prints_one_json_line_and_touches_no_vault(
    isolated_user_folders: Path,
) -> None:
    proc = run_cli_process(["--self-test"])
    answer = _one_json_line(proc.stdout)
    assert answer["ok"] is True, answer
    assert proc.returncode == 0
    checks = answer["checks"]
    assert isinstance(checks, dict) and set(checks) == CHECK_NAMES
    assert all(value is True for value in checks.values())
    assert answer["frozen"] is False and answer["errors"] == {}
    assert proc.stderr == ""  # nothing else for the user to read (SQLCipher's refusal included)
    # The data folder exists (it was checked writable) but holds no vault and no probe file.
    data = isolated_user_folders / "data" / "FieldKit"
    assert data.is_dir() and list(data.iterdir()) == []


def test_an_unwritable_log_folder_fails_the_folders_check_with_exit_1(
    isolated_user_folders: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder's parent should be")
    proc = run_cli_process(["--self-test"], env={"XDG_STATE_HOME": str(blocker)})
    answer = _one_json_line(proc.stdout)
    assert proc.returncode == 1
    assert answer["ok"] is False
    assert answer["checks"] == {**dict.fromkeys(CHECK_NAMES, True), "folders": False}
    assert "folders" in answer["errors"]  # type: ignore[operator]


def test_qt_aborting_on_a_missing_platform_plugin_still_gives_a_verdict() -> None:
    proc = run_cli_process(["--self-test"], env={"QT_QPA_PLATFORM": "no-such-platform"})
    answer = _one_json_line(proc.stdout)
    assert proc.returncode == 1
    checks = answer["checks"]
    assert isinstance(checks, dict)
    assert checks["qt_platform"] is False and checks["qt_image_formats"] is False
    assert checks["sqlcipher"] is True and checks["age"] is True


def test_a_key_that_opens_with_any_key_fails_the_sqlcipher_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_open = database.open_database
    fixed = bytes(32)
    monkeypatch.setattr(database, "open_database", lambda path, key: real_open(path, fixed))
    with pytest.raises(AssertionError, match="wrong key"):
        self_test.check_sqlcipher()


def test_a_module_that_does_not_import_fails_the_imports_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pkgutil = self_test.pkgutil
    modules = list(pkgutil.walk_packages(self_test.fieldkit.__path__, prefix="fieldkit."))
    lost = pkgutil.ModuleInfo(modules[0].module_finder, "fieldkit.not_collected_here", False)
    monkeypatch.setattr(pkgutil, "walk_packages", lambda *a, **k: iter([*modules, lost]))
    with pytest.raises(ImportError, match="not_collected_here"):
        self_test.check_imports()


def test_modules_of_an_extra_not_installed_do_not_fail_the_imports_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The desktop packages ship without `fieldkit[archive]`: its modules need psycopg."""
    import sys

    for name in [m for m in sys.modules if m.startswith("fieldkit.archive")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    self_test.check_imports()  # passes
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # a dependency every install needs
    for name in [m for m in sys.modules if m.startswith("fieldkit.vault")]:
        monkeypatch.delitem(sys.modules, name)
    with pytest.raises(ImportError):
        self_test.check_imports()


def test_missing_or_broken_translations_fail_the_translations_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    qt_half = pytest.importorskip("fieldkit.gui.self_test_qt")
    folder = tmp_path / "translations"
    monkeypatch.setattr(qt_half, "translations_folder", lambda: folder)
    with pytest.raises(FileNotFoundError):
        qt_half._check_translations()  # no folder
    folder.mkdir()
    with pytest.raises(FileNotFoundError):
        qt_half._check_translations()  # an empty folder
    (folder / "fieldkit_fr.ts").write_text(
        '<?xml version="1.0"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>MainWindow</name></context></TS>",
        encoding="utf-8",
    )
    qt_half._check_translations()
    (folder / "fieldkit_ar.qm").write_bytes(b"not a Qt translation")
    with pytest.raises(AssertionError, match=r"fieldkit_ar\.qm"):
        qt_half._check_translations()
    (folder / "fieldkit_ar.qm").unlink()
    (folder / "fieldkit_uk.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(Exception, match=r"mismatched|no element|unclosed"):
        qt_half._check_translations()


def test_self_test_given_with_other_options_still_runs_the_self_test(tmp_path: Path) -> None:
    result = run_cli(["--vault", str(tmp_path / "v"), "--self-test"])
    assert result.code == 0
    assert _one_json_line(result.out)["ok"] is True
    assert not (tmp_path / "v").exists()


def test_version_and_self_test_dispatch_load_neither_qt_nor_the_commands() -> None:
    code = (
        "import sys\n"
        "from fieldkit.cli import main\n"
        "code = main(['--version'])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'fieldkit.commands'))]\n"
        "print(code, loaded)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert proc.stdout.splitlines() == [f"FieldKit {self_test.__version__}", "0 []"], proc.stderr


def test_licence_and_notices_are_found_where_the_installation_keeps_them() -> None:
    texts = self_test.shipped_licences()
    assert texts["LICENSE"].lstrip().startswith("Apache License")
    assert "Version 2.0, January 2004" in texts["LICENSE"]
    assert "SQLCipher" in texts["THIRD-PARTY-NOTICES"]
