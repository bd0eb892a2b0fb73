"""`fieldkit --vault DIR`, `fieldkit --vault DIR gui`, `fieldkit gui --vault DIR` and FIELDKIT_VAULT
start the desktop app on that vault's unlock screen, not on the last vault used (issue 15)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fieldkit import cli
from fieldkit.gui import app as app_module
from fieldkit.gui import settings
from fieldkit.gui.main_window import UNLOCK, MainWindow
from fieldkit.vault import Vault

# The offscreen platform's own limits (as in tests/gui/conftest.py), not bugs of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def own_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    app_module.configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def two_vaults(tmp_path: Path, own_settings: None) -> tuple[Path, Path]:
    """("last", "wanted"): the app remembers "last"; the user names "wanted"."""
    paths = []
    for name in ("last", "wanted"):
        vault, _ = Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF, name=name)
        vault.close()
        paths.append(tmp_path / name)
    settings.remember_vault(paths[0])
    return paths[0], paths[1]


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """run_app replaced by a recorder of the vault it was asked to open."""
    calls: list[Path | None] = []

    def record(vault_path: Path | None = None, **_: object) -> int:
        calls.append(vault_path)
        return 0

    monkeypatch.setattr(app_module, "run_app", record)
    return calls


def _run(argv: list[str]) -> int:
    return cli.run(argv, io.StringIO(), io.StringIO())


@pytest.mark.parametrize(
    "argv",
    [["--vault", "{wanted}"], ["--vault", "{wanted}", "gui"], ["gui", "--vault", "{wanted}"]],
    ids=["no-command", "before-gui", "after-gui"],
)
def test_vault_option_reaches_the_app(
    argv: list[str], two_vaults: tuple[Path, Path], started: list[Path | None]
) -> None:
    _, wanted = two_vaults
    assert _run([a.format(wanted=wanted) for a in argv]) == 0
    assert started == [wanted]


def test_fieldkit_vault_variable_reaches_the_app(
    two_vaults: tuple[Path, Path], started: list[Path | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, wanted = two_vaults
    monkeypatch.setenv("FIELDKIT_VAULT", str(wanted))
    assert _run(["gui"]) == 0
    assert _run([]) == 0
    assert started == [wanted, wanted]


def test_without_a_choice_the_app_picks_the_last_vault(
    two_vaults: tuple[Path, Path], started: list[Path | None], qtbot: object
) -> None:
    last, _ = two_vaults
    assert _run(["gui"]) == 0
    assert started == [None]
    window = MainWindow(started[0], kdf=FAST_KDF)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.vault_path == last


def test_the_window_started_with_the_chosen_vault_unlocks_it(
    two_vaults: tuple[Path, Path], started: list[Path | None], qtbot: object
) -> None:
    _, wanted = two_vaults
    assert _run(["--vault", str(wanted), "gui"]) == 0
    window = MainWindow(started[0], kdf=FAST_KDF)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    assert window.stack.currentIndex() == UNLOCK
    assert window.vault_path == wanted
    assert window.windowTitle().startswith("wanted")
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.passphrase.returnPressed.emit()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)  # type: ignore[attr-defined]
    assert window.session is not None and window.session.vault.path == wanted
    window.lock()
