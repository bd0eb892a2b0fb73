"""`fieldkit --self-test`: does this installation work, offline, without a window or a vault?

Meant for a frozen build on a laptop that has never run FieldKit (and for CI, right after
installing a package): every check exercises a part a package can lose — a module PyInstaller
did not collect, SQLCipher inside sqlcipher3, the age and minisign code over cryptography,
Arabic shaping (uharfbuzz) and the bundled fonts, Qt's image-format and platform plugins, the
shipped translations, the right to write the data and log folders.

Prints one JSON object on one line: ``{"ok": bool, "checks": {name: bool}, "errors": {name:
str}, "version": str, "frozen": bool, "seconds": float}`` and exits 0 only when every check
passed. Nothing here touches a vault, opens a window or uses the network; the only files
written are in a temporary folder, and one probe file per folder checked for writing.

Qt runs in a child process (`fieldkit --self-test-qt`, fieldkit.gui.self_test_qt): a platform
plugin that cannot load makes Qt abort the whole process, and the self-test must still print
its verdict.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import pkgutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TextIO

import fieldkit
from fieldkit import __version__, logs
from fieldkit.cli import SELF_TEST_QT
from fieldkit.vault.paths import default_vault_path

QT_CHECKS = ("qt_platform", "qt_image_formats", "translations")
QT_TIMEOUT_SECONDS = 60
# Modules run as programs, never imported by the app.
_NOT_IMPORTED = {"fieldkit.__main__"}
# What the optional extras bring (`fieldkit[archive]`, `fieldkit[s3]`): the desktop packages do
# not ship them, so a module that needs one is not a broken installation without it.
_OPTIONAL_DEPENDENCIES = {"psycopg", "psycopg_binary", "botocore"}


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _fieldkit_resources() -> Any:
    return resources.files("fieldkit") / "resources"


def translations_folder() -> Any:
    """The shipped translations: the same lookup in a checkout, a wheel and a frozen build."""
    return _fieldkit_resources() / "translations"


def shipped_licences() -> dict[str, str]:
    """FieldKit's licence and third-party notices as installed ({file name: text}).

    Read from the installed distribution's metadata (where a wheel and a frozen build keep
    them), else from a source checkout. Raises FileNotFoundError when either is missing.
    """
    texts: dict[str, str] = {}
    for name in ("LICENSE", "THIRD-PARTY-NOTICES"):
        text: str | None = None
        try:
            dist = metadata.distribution("fieldkit")
            text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        except metadata.PackageNotFoundError:
            text = None
        if text is None:
            checkout = Path(fieldkit.__file__).resolve().parents[1] / name
            if not checkout.is_file():
                raise FileNotFoundError(name)
            text = checkout.read_text(encoding="utf-8")
        texts[name] = text
    return texts


# --- the checks: each returns normally when it passes, raises when it does not ---------------


def check_imports() -> None:
    """Import every module of the fieldkit package (the GUI included: Qt loads, no window)."""
    failed: list[str] = []
    for info in pkgutil.walk_packages(fieldkit.__path__, prefix="fieldkit."):
        if info.name in _NOT_IMPORTED:
            continue
        try:
            importlib.import_module(info.name)
        except ModuleNotFoundError as exc:
            if (exc.name or "").split(".")[0] not in _OPTIONAL_DEPENDENCIES:
                failed.append(f"{info.name} ({type(exc).__name__})")
        except Exception as exc:
            failed.append(f"{info.name} ({type(exc).__name__})")
    if failed:
        raise ImportError("cannot import " + ", ".join(failed))
    if "fieldkit.gui.main_window" not in sys.modules:
        raise ImportError("the desktop app's modules are missing")


def check_sqlcipher() -> None:
    """A keyed database opens with its key and is refused with any other."""
    import sqlcipher3

    from fieldkit.errors import VaultFormatError
    from fieldkit.vault.database import open_database

    key, wrong = os.urandom(32), os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="fieldkit-self-test-") as folder:
        path = Path(folder) / "test.db"
        conn = open_database(path, key)
        conn.execute("CREATE TABLE probe (value TEXT)")
        conn.execute("INSERT INTO probe VALUES ('FieldKit')")
        conn.close()
        if b"FieldKit" in path.read_bytes() or path.read_bytes().startswith(b"SQLite format 3"):
            raise AssertionError("the database file is not encrypted")
        conn = open_database(path, key)
        (value,) = conn.execute("SELECT value FROM probe").fetchone()
        conn.close()
        if value != "FieldKit":
            raise AssertionError("the database did not read back what was written")
        # SQLCipher logs the refused key on stderr by default: not what a user should read.
        quiet = sqlcipher3.connect(":memory:")
        (level,) = quiet.execute("PRAGMA cipher_log_level").fetchone()
        quiet.execute("PRAGMA cipher_log_level = NONE")
        try:
            conn = open_database(path, wrong)
        except VaultFormatError:
            return
        finally:
            quiet.execute(f"PRAGMA cipher_log_level = {level}")
            quiet.close()
        conn.close()
        raise AssertionError("a wrong key opened the database")


def check_age() -> None:
    """An age encryption to a fresh X25519 key decrypts to the same bytes, and only with it."""
    from fieldkit.crypto import age
    from fieldkit.crypto.age_keys import X25519Identity

    identity, other = X25519Identity.generate(), X25519Identity.generate()
    data = os.urandom(100_000)  # more than one 64 KiB chunk
    sealed = age.encrypt_bytes(data, [identity.recipient()])
    if age.decrypt_bytes(sealed, [identity]) != data:
        raise AssertionError("age round-trip changed the data")
    try:
        age.decrypt_bytes(sealed, [other])
    except Exception:
        return
    raise AssertionError("age decrypted with the wrong key")


def check_minisign() -> None:
    """A minisign signature verifies, and fails once the data changes."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from fieldkit.crypto import minisign

    key = Ed25519PrivateKey.generate()
    key_id = os.urandom(8)
    public = minisign.MinisignPublicKey(
        key_id, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    data = b"FieldKit self-test\n"
    signature = minisign.sign(key, key_id, data, "self-test")
    minisign.verify(public, data, signature)
    try:
        minisign.verify(public, data + b"!", signature)
    except minisign.MinisignError:
        return
    raise AssertionError("a signature verified over changed data")


def check_arabic_pdf() -> None:
    """Arabic is shaped by harfbuzz and a PDF embeds the bundled fonts."""
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.pdfgen.canvas import Canvas

    from fieldkit.reports import fonts, text

    fonts.register()
    lines = text.layout_lines("متحف 2026", fonts.REGULAR, 12, 400)
    if not any(isinstance(p.text, ShapedStr) for line in lines for p in line.pieces):
        raise AssertionError("Arabic text was not shaped")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    for i, line in enumerate(lines):
        text.draw_line(canvas, line, 72, 720 - 16 * i, fonts.REGULAR, 12)
    canvas.showPage()
    canvas.save()
    pdf = buffer.getvalue()
    if not pdf.startswith(b"%PDF") or b"FieldKitSans" not in pdf:
        raise AssertionError("the PDF does not embed the report fonts")


def _probe_writable(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".fieldkit-self-test-") as probe:
        probe.write(b"ok")
        probe.flush()


def check_zip_crc32() -> None:
    """Bundles' ZIP checksums use ISA-L's CRC-32 (a frozen build that lost isal still works,
    at zlib's speed: this check is what tells), and it agrees with zlib's."""
    import zipfile
    import zlib

    from isal import isal_zlib

    from fieldkit.bundles import zip_writer  # noqa: F401 - importing it installs the fast CRC

    sample = bytes(range(256)) * 64
    if getattr(zipfile, "crc32", None) is not isal_zlib.crc32:
        raise AssertionError("bundle checksums use zlib's slower CRC-32")
    if isal_zlib.crc32(sample) != zlib.crc32(sample):
        raise AssertionError("ISA-L's CRC-32 disagrees with zlib's")


def check_folders() -> None:
    """The user data folder (where vaults live by default) and the log folder are writable."""
    _probe_writable(default_vault_path().parent)
    _probe_writable(logs.log_dir())


def check_licences() -> None:
    """The package carries its licence and the third-party notices."""
    texts = shipped_licences()
    if "Apache License" not in texts["LICENSE"] or "PySide6" not in texts["THIRD-PARTY-NOTICES"]:
        raise AssertionError("the licence files are incomplete")


CHECKS: dict[str, Callable[[], None]] = {
    "imports": check_imports,
    "sqlcipher": check_sqlcipher,
    "age": check_age,
    "minisign": check_minisign,
    "arabic_pdf": check_arabic_pdf,
    "zip_crc32": check_zip_crc32,
    "folders": check_folders,
    "licences": check_licences,
}


# --- Qt, in a child process --------------------------------------------------------------------


def qt_platform_for_this_machine() -> str | None:
    """None (Qt's default) where a display exists, else offscreen (CI, a server)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return "offscreen"
    return None


def _qt_child_command() -> list[str]:
    if is_frozen():
        return [sys.executable, SELF_TEST_QT]
    return [sys.executable, "-m", "fieldkit", SELF_TEST_QT]


def _run_qt_child() -> tuple[dict[str, bool], dict[str, str]]:
    try:
        done = subprocess.run(  # noqa: S603 - our own executable, fixed arguments
            _qt_child_command(),
            capture_output=True,
            timeout=QT_TIMEOUT_SECONDS,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        last = done.stdout.decode("utf-8", "replace").strip().splitlines()[-1:]
        answer = json.loads(last[0]) if last else None
        if not isinstance(answer, dict):
            raise ValueError
        checks = {name: answer["checks"].get(name) is True for name in QT_CHECKS}
        errors = {k: str(v) for k, v in answer.get("errors", {}).items()}
        return checks, errors
    except (OSError, subprocess.TimeoutExpired, ValueError, KeyError, AttributeError) as exc:
        reason = "Qt stopped the process (a platform plugin or a library is missing)"
        if isinstance(exc, subprocess.TimeoutExpired):
            reason = "Qt did not answer in time"
        return dict.fromkeys(QT_CHECKS, False), dict.fromkeys(QT_CHECKS, reason)


def describe(exc: BaseException) -> str:
    # Our checks' messages name modules and files, never data: safe to print and to log.
    message = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {message}"[:300] if message else type(exc).__name__


def run_check(
    name: str, check: Callable[[], None], checks: dict[str, bool], errors: dict[str, str]
) -> None:
    """Run one check: ``checks[name]`` says whether it passed, ``errors[name]`` why not."""
    try:
        check()
        checks[name] = True
    except Exception as exc:
        checks[name] = False
        errors[name] = describe(exc)


def run_self_test() -> dict[str, Any]:
    """Run every check; the result as printed (see the module docstring)."""
    started = time.monotonic()
    checks: dict[str, bool] = {}
    errors: dict[str, str] = {}
    for name, check in CHECKS.items():
        run_check(name, check, checks, errors)
    qt_results, qt_errors = _run_qt_child()
    checks.update(qt_results)
    errors.update(qt_errors)
    return {
        "ok": all(checks.values()),
        "checks": checks,
        "errors": errors,
        "version": __version__,
        "frozen": is_frozen(),
        "seconds": round(time.monotonic() - started, 2),
    }


def main(out: TextIO | None = None) -> int:
    """`fieldkit --self-test`: print the verdict on one line; 0 when every check passed."""
    result = run_self_test()
    stream = out or sys.stdout
    stream.write(json.dumps(result, ensure_ascii=False, sort_keys=False) + "\n")
    stream.flush()
    return 0 if result["ok"] else 1
