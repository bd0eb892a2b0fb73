"""One rule, one place (issue 14): one clock, one file digest, one card-file reader, one
new-passphrase policy. A second copy drifts (the passphrase rule once said 10 characters in the
app and 8 in the CLI); these tests find a copy by what it does, not by its name alone.
"""

from __future__ import annotations

import ast
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

import fieldkit
from fieldkit import clock, fsutil, passphrase_policy

PACKAGE = Path(fieldkit.__file__).resolve().parent


def _functions() -> Iterator[tuple[str, ast.FunctionDef]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                yield rel, node


def test_one_clock() -> None:
    """No module keeps its own ``_now()``: they import fieldkit.clock's."""
    copies = [
        f"{rel}:{fn.lineno} {fn.name}"
        for rel, fn in _functions()
        if rel != "fieldkit/clock.py"
        and any(
            isinstance(stmt, ast.Return)
            and stmt.value is not None
            and "datetime.now(" in ast.unparse(stmt.value)
            and ".isoformat(" in ast.unparse(stmt.value)
            for stmt in fn.body
        )
    ]
    assert copies == []
    # Nor writes the same stamp inline (a row's created_at spelled out where it is inserted).
    inline = [
        f"{path.relative_to(PACKAGE.parent).as_posix()}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "clock.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if 'datetime.now(UTC).isoformat(timespec="seconds")' in line
    ]
    assert inline == []
    stamp = clock.now()
    assert len(stamp) == 25 and stamp.endswith("+00:00") and stamp[10] == "T"


def test_one_file_digest() -> None:
    """Only fsutil reads a file into a SHA-256 in a loop; sync's read-backs use it."""
    copies = [
        f"{rel}:{fn.lineno} {fn.name}"
        for rel, fn in _functions()
        if rel != "fieldkit/fsutil.py"
        and (fn.name in {"sha256_file", "_sha256_of", "sha256_of"})
    ]
    assert copies == []


def test_the_file_digest_honours_limit_and_stop(tmp_path: Path) -> None:
    import hashlib

    data = bytes(range(256)) * 9000  # 2.2 MiB: three pieces
    path = tmp_path / "f"
    path.write_bytes(data)
    assert fsutil.sha256_file(path) == hashlib.sha256(data).hexdigest()
    assert fsutil.sha256_of(io.BytesIO(data), limit=1000) == hashlib.sha256(data[:1000]).hexdigest()
    assert fsutil.sha256_of(io.BytesIO(data), limit=0) == hashlib.sha256(b"").hexdigest()
    calls = iter([False, True])
    first = fsutil.sha256_of(io.BytesIO(data), stop=lambda: next(calls))
    assert first == hashlib.sha256(data[: 1 << 20]).hexdigest()  # stopped after one piece


def test_one_card_file_reader() -> None:
    """The app and sync read card files with identity.card.read_card_file, not a wrapper."""
    readers = sorted(
        f"{rel} {fn.name}" for rel, fn in _functions() if fn.name in {"read_card", "read_card_file"}
    )
    assert readers == ["fieldkit/identity/card.py read_card_file"]


@pytest.mark.parametrize(
    "passphrase", ["", "short", "qwertyuiop12", "summer holidays", "correct horse battery staple"]
)
def test_the_app_s_meter_accepts_exactly_what_the_core_accepts(
    passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.gui.passphrase_strength import assess

    assert assess(passphrase).acceptable is passphrase_policy.assess(passphrase).acceptable
    # Change the core's rule: the app follows it (it keeps no copy of it).
    monkeypatch.setattr(
        passphrase_policy.Verdict, "acceptable", property(lambda self: self.score >= 1)
    )
    assert assess(passphrase).acceptable is (passphrase_policy.assess(passphrase).score >= 1)
