"""Cancel and progress at the edges a review found wrong (issue 14, review 6): a cancel during
content inspection is not a verdict, a Ctrl+C after a COMMIT does not undo what the vault
recorded, a late Ctrl+C does not hide a finished result."""

from __future__ import annotations

import contextlib
import io
import os
import random
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli, tree_snapshot
from interrupting import vault_content
from peers import Peer
from PIL import Image
from terminal import run_on_terminal
from test_tasks import _ctx, _Terminal

from fieldkit import i18n, sync
from fieldkit.bundles import verify as verify_module
from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.bundles.importer import import_bundle
from fieldkit.bundles.parts import MIN_MAX_SIZE
from fieldkit.bundles.verify import verify_bundle
from fieldkit.commands import progress as cli_progress
from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.reports.verification import verify_and_certify
from fieldkit.tasks import Cancel, Progress
from fieldkit.vault import Vault


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Peer, Peer]]:
    """A field vault with a few objects and a coordinator, trusting each other."""
    field = Peer(tmp_path, "field")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field.trust(coord)
    coord.trust(field)
    field.records.create_many(
        F.OBJECT,
        [
            F.clean_fields(F.OBJECT, {"inventory_number": f"A-{i}", "title": f"t {i}"})
            for i in range(5)
        ],
    )
    yield field, coord
    field.vault.close()
    coord.vault.close()


def _cancel_when_inspecting(monkeypatch: pytest.MonkeyPatch) -> Cancel:
    """A token set the moment content inspection starts: after the bag's checksums and the outer
    signature were checked, as Ctrl+C or the app's Cancel button would at that moment."""
    token = Cancel()
    original: Callable[..., Any] = verify_module._inspect_content

    def inspecting(*args: Any, **kwargs: Any) -> Any:
        token.set()
        return original(*args, **kwargs)

    monkeypatch.setattr(verify_module, "_inspect_content", inspecting)
    return token


def test_cancel_during_content_inspection_is_no_verdict(
    pair: tuple[Peer, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    bundle = field.send(coord)
    assert bundle is not None
    before = _content(coord)
    token = _cancel_when_inspecting(monkeypatch)
    with pytest.raises(CancelledError):
        verify_bundle(bundle, vault=coord.vault, cancel=token)
    with pytest.raises(CancelledError):
        import_bundle(coord.vault, bundle, cancel=_reset(token))
    certificate = tmp_path / "certificate.pdf"
    with pytest.raises(CancelledError):
        verify_and_certify(bundle, certificate, vault=coord.vault, cancel=_reset(token))
    assert not certificate.exists()
    assert _content(coord) == before
    # And uncancelled, the very same bundle is valid and imports.
    assert verify_bundle(bundle, vault=coord.vault).valid
    monkeypatch.undo()
    assert import_bundle(coord.vault, bundle).refused is None


def test_certificate_is_not_written_when_cancelled_after_verification(
    pair: tuple[Peer, Peer], tmp_path: Path
) -> None:
    field, coord = pair
    bundle = field.send(coord)
    assert bundle is not None
    token = Cancel()

    def progress(step: Any) -> None:
        if step.total and step.done >= step.total:  # verification complete: too late for it
            token.set()

    certificate = tmp_path / "certificate.pdf"
    with pytest.raises(CancelledError):
        verify_and_certify(bundle, certificate, vault=coord.vault, progress=progress, cancel=token)
    assert not certificate.exists()


def test_cancelled_sync_does_not_quarantine_a_good_bundle(
    pair: tuple[Peer, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    usb = tmp_path / "usb"
    usb.mkdir()
    sync.add_target(field.vault, "usb", usb, [coord.card])
    sync.add_target(coord.vault, "usb", usb, [field.card])
    sync.sync_target(field.vault, "usb")
    token = _cancel_when_inspecting(monkeypatch)
    with pytest.raises(CancelledError):
        sync.sync_target(coord.vault, "usb", None, token)
    monkeypatch.undo()
    report = sync.sync_target(coord.vault, "usb")
    assert not report.quarantined
    assert len(report.imported) == 1
    assert {v.fields["title"] for v in coord.records.list(F.OBJECT)} == {f"t {i}" for i in range(5)}


def _content(peer: Peer) -> dict[str, str]:
    """What the peer's vault holds (closed and opened again around the look)."""
    peer.vault.close()
    content = vault_content(peer.path, PASSPHRASE)
    peer.vault = Vault.open(peer.path, PASSPHRASE)
    peer.records = Records(peer.vault)
    return content


def _reset(token: Cancel) -> Cancel:
    token._event.clear()
    return token


# --- a second Ctrl+C right after a COMMIT -------------------------------------------------------


class _InterruptAfterCommit:
    """The vault's connection, raising KeyboardInterrupt right after a COMMIT returned, as
    Python does when a second Ctrl+C arrives while SQLite commits (the handler runs at the next
    bytecode). ``when`` chooses the COMMIT (e.g. the first after some rows exist)."""

    def __init__(self, real: Any, when: Callable[[Any], bool] = lambda db: True) -> None:
        self._real = real
        self._when = when
        self.fired = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def execute(self, sql: str, *args: Any) -> Any:
        cursor = self._real.execute(sql, *args)
        if sql == "COMMIT" and not self.fired and self._when(self._real):
            self.fired = True
            raise KeyboardInterrupt
        return cursor


@contextlib.contextmanager
def _interrupt_after_commit(vault: Vault, when: Callable[[Any], bool]) -> Iterator[None]:
    real = vault.db
    proxy = _InterruptAfterCommit(real, when)
    vault.db = proxy  # type: ignore[assignment]
    try:
        with pytest.raises(KeyboardInterrupt):
            yield
    finally:
        vault.db = real
    assert proxy.fired


def _jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (seed % 256, 90, 160)).save(out, "JPEG")
    return out.getvalue()


def _missing_media(vault: Vault) -> list[str]:
    names = [str(r[0]) for r in vault.db.execute("SELECT name FROM media_files")]
    return [n for n in names if not vault.media.path_of(n).exists()]


def test_transaction_knows_whether_it_committed(vault: Vault) -> None:
    with vault.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
    assert vault.committed
    with pytest.raises(RuntimeError), vault.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('b', '1')")
        raise RuntimeError("failed inside")
    assert not vault.committed
    with _interrupt_after_commit(vault, lambda db: True), vault.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('c', '1')")
    assert vault.committed
    assert vault.meta("c") == "1" and vault.meta("b") == ""


def test_ctrl_c_right_after_the_import_commit_keeps_its_photos(pair: tuple[Peer, Peer]) -> None:
    field, coord = pair
    for i in range(3):
        field.records.create(
            F.OBJECT,
            F.clean_fields(F.OBJECT, {"inventory_number": f"P-{i}", "title": "p"}),
            photos=[PhotoInput(_jpeg(i))],
        )
    bundle = field.send(coord)
    assert bundle is not None

    def imported(db: Any) -> bool:
        return bool(db.execute("SELECT count(*) FROM received_bundles").fetchone()[0])

    with _interrupt_after_commit(coord.vault, imported):
        import_bundle(coord.vault, bundle)
    assert coord.vault.db.execute("SELECT count(*) FROM media_files").fetchone()[0] == 3
    assert _missing_media(coord.vault) == []


def test_ctrl_c_right_after_a_record_commit_keeps_its_photo(vault: Vault) -> None:
    records = Records(vault)

    def has_photo(db: Any) -> bool:
        return bool(db.execute("SELECT count(*) FROM media_files").fetchone()[0])

    with _interrupt_after_commit(vault, has_photo):
        records.create(
            F.OBJECT,
            F.clean_fields(F.OBJECT, {"inventory_number": "X-1", "title": "t"}),
            photos=[PhotoInput(_jpeg(7))],
        )
    assert vault.db.execute("SELECT count(*) FROM media_files").fetchone()[0] == 1
    assert _missing_media(vault) == []


# --- Ctrl+C on the command line around the work -------------------------------------------------


def _import_args(peer: Peer, tmp_path: Path, *files: Path) -> list[str]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    return ["--vault", str(peer.path), "--passphrase-file", str(secret), "import", *map(str, files)]


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to ourselves")
def test_ctrl_c_after_the_work_returned_prints_the_result(
    pair: tuple[Peer, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    bundle = field.send(coord)
    assert bundle is not None
    coord.vault.close()
    real_close = Vault.close

    def close(self: Vault) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl+C while the vault closes
        real_close(self)

    monkeypatch.setattr(Vault, "close", close)
    before = signal.getsignal(signal.SIGINT)
    result = run_cli(_import_args(coord, tmp_path, bundle))
    monkeypatch.undo()
    assert signal.getsignal(signal.SIGINT) is before  # put back after the command
    assert result.code == 0, result.err
    assert "5 new revisions" in result.err and "cancelled" not in result.err
    coord.vault = Vault.open(coord.path, PASSPHRASE)


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to ourselves")
@pytest.mark.parametrize("as_json", [False, True])
def test_cancelled_multi_file_import_lists_what_was_imported(
    pair: tuple[Peer, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_json: bool
) -> None:
    field, coord = pair
    first = field.send(coord)
    field.records.create(
        F.OBJECT, F.clean_fields(F.OBJECT, {"inventory_number": "B-1", "title": "b"})
    )
    second = field.send(coord)
    assert first is not None and second is not None
    coord.vault.close()
    from fieldkit.bundles import importer

    real_import = importer.import_bundle

    def import_bundle(vault: Vault, path: Path, **kw: Any) -> Any:
        if path == second:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C as the second file starts
        return real_import(vault, path, **kw)

    monkeypatch.setattr(importer, "import_bundle", import_bundle)
    result = run_cli(_import_args(coord, tmp_path, first, second) + (["--json"] if as_json else []))
    monkeypatch.undo()
    assert result.code == 1
    if as_json:
        listed = result.json
        assert isinstance(listed, list) and len(listed) == 2
        assert listed[0]["new_revisions"] == 5 and listed[0]["refused"] is None
        assert listed[1]["cancelled"] is True and listed[1]["file"] == str(second)
    else:
        assert f"{first.name}: 5 new revisions" in result.err
        assert f"Cancelled while importing {second.name}" in result.err
        assert "Imported completely before it: 1 bundle." in result.err
    coord.vault = Vault.open(coord.path, PASSPHRASE)
    assert coord.vault.db.execute("SELECT count(*) FROM received_bundles").fetchone()[0] == 1


def test_sync_cancelled_mid_copy_says_so_in_french(pair: tuple[Peer, Peer], tmp_path: Path) -> None:
    field, coord = pair
    usb = tmp_path / "usb"
    usb.mkdir()
    sync.add_target(field.vault, "usb", usb, [coord.card])
    copying: list[int] = []

    def progress(p: sync.SyncProgress) -> None:
        if p.stage == "deliver" and p.done:
            copying.append(p.done)

    with pytest.raises(CancelledError) as caught:
        sync.sync_target(field.vault, "usb", progress, lambda: bool(copying))
    english, _ = i18n.error_text(caught.value, "en")
    french, _ = i18n.error_text(caught.value, "fr")
    assert english == "Sync cancelled; the bundle being copied was not kept on the target."
    assert french != english and "synchronisation" in french.lower()


def test_import_stops_hashing_the_file_when_cancelled(
    pair: tuple[Peer, Peer], monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    bundle = field.send(coord)
    assert bundle is not None
    from fieldkit.bundles import importer

    asked: list[object] = []
    real_hash = importer.sha256_file

    def spy(path: Path, stop: Callable[[], bool] | None = None) -> str:
        asked.append(stop)
        return real_hash(path, stop=stop)

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("verified after a cancel")

    monkeypatch.setattr(importer, "sha256_file", spy)
    monkeypatch.setattr(importer, "verify_bundle", never)
    token = Cancel()
    token.set()
    with pytest.raises(CancelledError):
        import_bundle(coord.vault, bundle, cancel=token)
    # The whole-file hash itself stops at the cancel (its stop check asks the token).
    assert len(asked) == 1 and callable(asked[0]) and asked[0]()


# --- the progress line and the messages around it ----------------------------------------------


def test_a_message_said_on_a_busy_progress_line_starts_its_own_line() -> None:
    err = _Terminal()
    ctx = _ctx(err)
    with cli_progress.printing(ctx) as show:
        assert show is not None
        show(Progress("photos", 0, 0))  # no total: never "complete"
        ctx.say("Your recovery key (shown only this once).")
    assert err.getvalue().endswith("photos: 0\nYour recovery key (shown only this once).\n")


def test_rekey_on_a_terminal_says_the_recovery_key_on_its_own_line(
    make_vault: Any, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault()[0].close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_NEW_PASSPHRASE", "after the rekey, longer")
    code, transcript = run_on_terminal(
        [
            sys.executable,
            "-m",
            "fieldkit",
            "--vault",
            str(vault_path),
            "--passphrase-file",
            str(secret),
            "rekey",
        ],
        [],
    )
    assert code == 0, transcript
    said = [line.split("\r\x1b[K")[-1] for line in transcript.splitlines()]
    assert any(line.startswith("Your recovery key") for line in said), transcript


# --- a split export into a folder that holds an earlier one ------------------------------------


def _noise_jpeg(seed: int) -> bytes:
    rnd = random.Random(seed)  # noqa: S311 - test pixels, not secrets
    img = Image.frombytes("RGB", (360, 280), rnd.randbytes(360 * 280 * 3))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95)
    return out.getvalue()


@pytest.fixture
def heavy(pair: tuple[Peer, Peer]) -> Peer:
    """The field vault with photos enough for two or more parts of MIN_MAX_SIZE."""
    field, _ = pair
    for i in range(9):
        field.records.create(
            F.OBJECT,
            F.clean_fields(F.OBJECT, {"inventory_number": f"H-{i}", "title": "h"}),
            photos=[PhotoInput(_noise_jpeg(i))],
        )
    return field


def _sent(vault: Vault) -> int:
    return int(vault.db.execute("SELECT count(*) FROM sent_bundles").fetchone()[0])


def test_a_cancelled_split_export_leaves_an_earlier_export_as_it_was(
    heavy: Peer, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    options = ExportOptions(plain=True, mode="full", max_size=MIN_MAX_SIZE)
    first = export_bundles(heavy.vault, stick / "b.fkb", options)
    assert len(first.bundles) >= 2
    before, sent = tree_snapshot(stick), _sent(heavy.vault)
    token = Cancel()

    def progress(p: Progress) -> None:
        # Cancel while the second part is being written, the first one complete.
        if any(f.name.startswith(".") and "part2of" in f.name for f in stick.iterdir()):
            token.set()

    with pytest.raises(CancelledError):
        export_bundles(heavy.vault, stick / "b.fkb", options, progress, token)
    assert tree_snapshot(stick) == before  # no part replaced, nothing hidden left
    assert sorted(p.name for p in stick.iterdir()) == sorted(b.path.name for b in first.bundles)
    assert _sent(heavy.vault) == sent
    # Run to the end, the new set replaces the earlier one and keeps no hidden copy of it.
    second = export_bundles(heavy.vault, stick / "b.fkb", options)
    assert sorted(p.name for p in stick.iterdir()) == sorted(b.path.name for b in second.bundles)
    assert all(verify_bundle(b.path).bundle_id == b.bundle_id for b in second.bundles)


def test_ctrl_c_right_after_the_export_commit_keeps_the_parts(heavy: Peer, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    sent = _sent(heavy.vault)

    def recorded(db: Any) -> bool:
        return int(db.execute("SELECT count(*) FROM sent_bundles").fetchone()[0]) > sent

    with _interrupt_after_commit(heavy.vault, recorded):
        export_bundles(
            heavy.vault,
            stick / "b.fkb",
            ExportOptions(plain=True, mode="full", max_size=MIN_MAX_SIZE),
        )
    names = {str(r[0]) for r in heavy.vault.db.execute("SELECT bundle_id FROM sent_bundles")}
    parts = sorted(stick.iterdir())
    assert len(parts) == _sent(heavy.vault) - sent >= 2
    assert all(not p.name.startswith(".") for p in parts)
    for part in parts:
        report = verify_bundle(part)
        assert report.valid and report.bundle_id in names
