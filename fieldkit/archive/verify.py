"""`archive verify`: every stored bundle re-verified by the core, every photo decrypted and
checked against its hash, and each bundle's object-lock retention reported.

A merged bundle without retention is one the storage lets anyone with write access delete or
overwrite (SPEC §15 keeps bundles under object lock). Where the archive locks bundles (the
bucket has object lock and the retention is more than 0 days) such a bundle is a fault to
mend (a crash between upload and retention, or a worker that once took the bucket for
unlocked): ``ok`` is false, and ``retain=True`` (`archive verify --retain`) gives each bundle
that verifies its retention. Where it does not (no object lock on the bucket, or 0 days
chosen), nothing can give one: the bundles are listed and said unprotected, ``ok`` unchanged."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import psycopg

from fieldkit.bundles.verify import verify_bundle
from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error

from .jobs import Archive
from .keys import storage_key
from .storage import RetentionUnreadableError

BUNDLE_PROBLEM = QT_TRANSLATE_NOOP("errors", "Bundle {bundle}: {problem}")
PHOTO_PROBLEM = QT_TRANSLATE_NOOP("errors", "Photo {photo}: {problem}")


def _problem(template: str, sha: str, problem: str) -> Text:
    """One problem line: English in --json, translated where shown (the core's sentence too)."""
    if template == PHOTO_PROBLEM:
        return Text("errors", template, photo=sha[:12], problem=problem)
    return Text("errors", template, bundle=sha[:12], problem=problem)


_NONE = object()  # the storage said the bundle has no retention
_UNKNOWN = object()  # it gave no definite answer: said as a problem line


def _retention(archive: Archive, sha: str, problems: list[str]) -> object:
    """The bundle's retain-until date, _NONE, or _UNKNOWN (its problem line added): a bundle
    whose retention could not be read is not listed as unprotected (r11 review 2, finding 5)."""
    try:
        until = archive.storage.retention(sha)
    except RetentionUnreadableError as exc:
        if from_error(exc) not in problems:
            problems.append(from_error(exc))
        return _UNKNOWN
    return _NONE if until is None else until


def verify_archive(
    archive: Archive, conn: psycopg.Connection, *, retain: bool = False
) -> dict[str, Any]:
    """Re-verify every merged bundle and stored photo. ``retain``: give a merged bundle that
    verifies and has no retention its retention, where the archive locks bundles."""
    if archive.vault is None:
        raise RuntimeError("verify needs the archive's vault")
    problems: list[str] = []
    unlocked: list[str] = []
    retained: list[str] = []
    try:
        expected = archive.storage.locks_bundles()
    except Exception:  # the bucket did not say: a missing retention is taken as a fault
        expected = True
    bundles = 0
    photos = 0
    key = storage_key(archive.vault)
    tmp = Path(tempfile.mkdtemp(prefix="fk-archive-"))
    try:
        rows = conn.execute(
            "SELECT sha256 FROM bundles WHERE state = 'merged' ORDER BY sha256"
        ).fetchall()
        for (sha,) in rows:
            bundles += 1
            path = tmp / "bundle.fkb"
            try:
                archive.storage.fetch_bundle(sha, path)
            except FieldKitError as exc:
                problems.append(_problem(BUNDLE_PROBLEM, sha, from_error(exc)))
                continue
            report = verify_bundle(path, vault=archive.vault)
            if report.errors:
                problems.append(_problem(BUNDLE_PROBLEM, sha, report.errors[0]))
            held = _retention(archive, sha, problems)
            if held is _NONE:
                if retain and expected and not report.errors:
                    try:
                        archive.storage.ensure_retention(sha)
                    except RetentionUnreadableError as exc:
                        problems.append(from_error(exc))
                    except FieldKitError as exc:
                        problems.append(_problem(BUNDLE_PROBLEM, sha, from_error(exc)))
                    held = _retention(archive, sha, problems)
                if held is _NONE:
                    unlocked.append(sha)
                elif held is not _UNKNOWN:
                    retained.append(sha)
            path.unlink()
        for (sha,) in conn.execute("SELECT sha256 FROM photos ORDER BY sha256").fetchall():
            photos += 1
            try:
                archive.storage.read_photo(sha, key)
            except FieldKitError as exc:
                problems.append(_problem(PHOTO_PROBLEM, sha, from_error(exc)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "ok": not problems and not (expected and unlocked),
        "bundles_checked": bundles,
        "photos_checked": photos,
        "bundles_without_retention": len(unlocked),
        # Their SHA-256; where ``retention_expected`` they make ``ok`` false.
        "unprotected_bundles": unlocked,
        "retention_expected": expected,
        "retained_now": retained,
        "problems": problems,
    }
