"""The installer sources: a desktop entry and AppStream metadata that validate, an NSIS script
that compiles in four languages and whose uninstaller can only remove program files, icons
that their script reproduces, and a PyInstaller spec that collects every resource."""

from __future__ import annotations

import filecmp
import importlib.util
import re
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, require_tool

PACKAGING = REPO / "packaging"
NSI = PACKAGING / "windows" / "fieldkit.nsi"


def test_the_desktop_entry_validates() -> None:
    tool = require_tool("desktop-file-validate")
    desktop = PACKAGING / "linux" / "org.fieldkit.FieldKit.desktop"
    proc = subprocess.run([tool, str(desktop)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout + proc.stderr
    assert "Exec=fieldkit gui" in desktop.read_text(encoding="utf-8")


def test_the_appstream_metadata_validates_once_versioned(tmp_path: Path) -> None:
    tool = require_tool("appstreamcli")
    text = (PACKAGING / "linux" / "org.fieldkit.FieldKit.metainfo.xml").read_text("utf-8")
    metainfo = tmp_path / "org.fieldkit.FieldKit.metainfo.xml"
    metainfo.write_text(text.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-12-05"))
    proc = subprocess.run(
        [tool, "validate", "--no-net", str(metainfo)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _stub_payload(folder: Path) -> Path:
    payload = folder / "fieldkit"
    (payload / "_internal").mkdir(parents=True)
    for name in ("fieldkit.exe", "FieldKitApp.exe", "_internal/base_library.zip", "LICENSE"):
        (payload / name).write_text("stub\n")
    return payload


def test_the_windows_installer_compiles_with_every_warning_an_error(tmp_path: Path) -> None:
    tool = require_tool("makensis")
    setup = tmp_path / "FieldKit-0.1.0-setup.exe"
    proc = subprocess.run(
        [
            tool, "-V2", "-WX", "-DVERSION=0.1.0",
            f"-DPAYLOAD={_stub_payload(tmp_path)}", f"-DOUTFILE={setup}", str(NSI),
        ],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert setup.read_bytes()[:2] == b"MZ"  # a Windows program


def test_the_installer_is_per_user_and_speaks_four_languages() -> None:
    text = NSI.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\FieldKit"' in text
    assert "HKLM" not in text  # nothing machine-wide, nothing needing an administrator
    languages = re.findall(r'!insertmacro MUI_LANGUAGE "(\w+)"', text)
    assert languages == ["English", "French", "Arabic", "Ukrainian"]
    for string in set(re.findall(r"^LangString (\w+) ", text, re.MULTILINE)):
        assert len(re.findall(rf"^LangString {string} ", text, re.MULTILINE)) == 4, string


def test_the_uninstaller_removes_only_what_was_installed() -> None:
    """Never a recursive delete of the install folder or of the vaults' folder."""
    text = NSI.read_text(encoding="utf-8")
    recursive = re.findall(r"^\s*RMDir /r (.+)$", text, re.MULTILINE)
    assert recursive and set(recursive) == {'"$INSTDIR\\_internal"'}
    for line in re.findall(r"^\s*(?:Delete|RMDir)\b.*$", text, re.MULTILINE):
        assert "$LOCALAPPDATA" not in line and "$APPDATA" not in line and "$PROFILE" not in line
        assert "*" not in line, line
    assert re.search(r'^\s*RMDir "\$INSTDIR"', text, re.MULTILINE)  # only if empty
    # The program folder may not be the vaults' folder, nor a folder holding a vault.
    assert 'StrCmp $INSTDIR "$LOCALAPPDATA\\FieldKit" refuse' in text


def test_the_icon_script_reproduces_the_committed_icons(tmp_path: Path) -> None:
    script = PACKAGING / "icons" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert "fieldkit.svg" in made and "fieldkit-512.png" in made and "fieldkit.ico" in made
    _, mismatch, errors = filecmp.cmpfiles(PACKAGING / "icons", tmp_path, made, shallow=False)
    assert mismatch == [] and errors == []


def test_the_spec_collects_every_resource_file_and_every_module() -> None:
    spec = (PACKAGING / "pyinstaller" / "fieldkit.spec").read_text(encoding="utf-8")
    assert 'resources.rglob("*")' in spec and 'collect_submodules("fieldkit")' in spec
    assert 'copy_metadata("fieldkit")' in spec  # LICENSE and THIRD-PARTY-NOTICES
    for kept in ('"xcb"', '"offscreen"', '"windows"', '"cocoa"', '"jpeg"', '"tiff"'):
        assert kept in spec, kept


@pytest.mark.parametrize(
    "script",
    ["linux/build-deb.sh", "linux/ci-check.sh", "linux/time-to-window.sh",
     "macos/build-app.sh", "requirements/lock.sh"],
)  # fmt: skip
def test_the_build_scripts_are_valid_bash_and_executable(script: str) -> None:
    path = PACKAGING / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    proc = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
