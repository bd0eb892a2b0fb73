"""A bundle is not called "not a FieldKit bundle" for a lost or newer bundle.json (r11 review 2,
finding 4): the verdict was derived from the missing header, so a signed bundle whose
fieldkit/bundle.json was deleted, or one made by a newer FieldKit, got "NOT VALID: this file is
not a FieldKit bundle" on the certificate and "could not be read as a FieldKit bundle" in the
app. Now "not a bundle" is said only of a file that could not be read as one; a damaged bundle
failed verification, and a newer one gets a verdict of its own in the CLI, the app and the
certificate.

Real bundles from a real vault, real PDFs, the CLI as a user runs it."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from peers import Peer
from test_reports import flat, pdf_text, tamper

from fieldkit.bundles.verify import not_a_bundle, verify_bundle
from fieldkit.gui.bundles.tasks import Verdict
from fieldkit.gui.bundles.verdict import BAD, WARN, headline, level
from fieldkit.i18n import localise
from fieldkit.records import fields as F
from fieldkit.reports.verification import result_line, verify_and_certify

NEWER = "NOT VERIFIED: this bundle was made by a newer FieldKit; update FieldKit to verify it"
FAILED = "NOT VALID: this bundle failed verification"


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    field = Peer(tmp_path, "field")
    field.records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jarre"})
    bundle = field.send(plain=True)
    field.vault.close()
    assert bundle is not None
    return bundle


def newer(plain: Path, target: Path) -> Path:
    """The bundle as a newer FieldKit would write it: format version 2, the bag's checksums
    kept right (only the signature, over the old tag manifest, no longer matches)."""
    with zipfile.ZipFile(plain) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    name = next(n for n in members if n.endswith("/bundle.json"))
    data = json.loads(members[name])
    data["version"] = 2
    members[name] = json.dumps(data).encode()
    tag = next(n for n in members if n.endswith("/tagmanifest-sha256.txt"))
    lines = []
    for line in members[tag].decode().splitlines():
        digest, rel = line.split(" ", 1)
        if rel.strip().endswith("bundle.json"):
            digest = hashlib.sha256(members[name]).hexdigest()
        lines.append(f"{digest} {rel}")
    members[tag] = ("\n".join(lines) + "\n").encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        for member, raw in members.items():
            zf.writestr(member, raw)
    return target


def test_a_signed_bundle_that_lost_its_bundle_json_failed_verification(
    plain: Path, tmp_path: Path, qapp: object
) -> None:
    bad = tamper(plain, tmp_path / "bad.fkb", "delete", "/bundle.json")
    report, result = verify_and_certify(bad, tmp_path / "bad.pdf")
    assert not report.valid and report.exit_code == 1
    assert not not_a_bundle(report) and not report.newer_format
    assert result_line(report) == FAILED
    assert localise(report.scope) == (
        "Structure, completeness and fixity were checked and failed; the outer signature was "
        "not checked; the content was not inspected."
    )
    text = flat(pdf_text(result.path))
    assert FAILED in text
    assert "not a FieldKit bundle" not in text
    assert "plain (not encrypted)" not in text  # its bundle.json, which says so, is gone
    said = headline(Verdict(bad, report), importing=False)
    assert "did not pass verification" in said and "could not be read" not in said
    assert level(Verdict(bad, report)) == BAD


def test_a_bundle_made_by_a_newer_fieldkit_says_so_everywhere(
    plain: Path, tmp_path: Path, qapp: object
) -> None:
    bundle = newer(plain, tmp_path / "newer.fkb")
    report, result = verify_and_certify(bundle, tmp_path / "newer.pdf")
    assert report.newer_format and not not_a_bundle(report)
    assert report.exit_code == 1  # not verified: the same contract for scripts
    assert result_line(report) == NEWER
    scope = (
        "Structure, completeness and fixity were checked and hold; the bundle was made by a "
        "newer FieldKit, so neither its signature nor its content was checked: update FieldKit "
        "to verify it."
    )
    assert localise(report.scope) == scope
    text = flat(pdf_text(result.path))
    assert NEWER in text
    assert "Not inspected: the bundle was made by a newer FieldKit." in text
    assert "not a FieldKit bundle" not in text and "failed verification" not in text
    verdict = Verdict(bundle, report)
    said = headline(verdict, importing=True)
    assert "newer.fkb" in said
    assert said.endswith(
        " was made by a newer FieldKit: update FieldKit to verify it. "
        "Nothing will be imported from it."
    )
    assert level(verdict) == WARN
    cli = run_cli(["verify", str(bundle)])
    assert cli.code == 1
    assert scope in cli.out + cli.err
    assert "newer.fkb: NOT VERIFIED: it was made by a newer FieldKit" in cli.err
    assert "NOT VALID" not in cli.err


def test_a_folder_zipped_by_hand_is_still_not_a_bundle(tmp_path: Path) -> None:
    holiday = tmp_path / "holiday.zip"
    with zipfile.ZipFile(holiday, "w") as zf:
        zf.writestr("holiday/beach.jpg", b"\xff\xd8 not really a photo")
    report = verify_bundle(holiday)
    assert not_a_bundle(report)
    assert result_line(report) == "NOT VALID: this file is not a FieldKit bundle"


# The offscreen platform's own limit, ignored as tests/gui/conftest.py does.
@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_the_verify_dialog_does_not_count_a_newer_bundle_as_intact(
    plain: Path, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtCore import QSettings

    from fieldkit.gui.bundles.verify_dialog import VerifyDialog

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    bundle = newer(plain, tmp_path / "newer.fkb")
    lost = tamper(plain, tmp_path / "lost.fkb", "delete", "/bundle.json")
    dialog = VerifyDialog(None, None, files=[bundle, lost])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.summary.text()), timeout=60_000)
    assert dialog.summary.text() == (
        "2 bundle(s) checked: 0 intact and signed by a trusted key, 1 failed, "
        "0 intact but not signed by a key you trust, 1 made by a newer FieldKit, not verified."
    )
    [first, second] = dialog.panels
    assert first.level == WARN and second.level == BAD
