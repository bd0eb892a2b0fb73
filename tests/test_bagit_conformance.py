"""FieldKit's BagIt validator against the Library of Congress conformance suite.

Every case folder is checked: valid/ and warning/ cases pass (warnings allowed), except the few
FieldKit refuses on purpose (listed below with the reason, and asserted to be refused with a
clear message); invalid/, linux-only/ and windows-only/ cases are refused with a problem that
says why. A second test compares the results with bagit-python's.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import bagit as bagit_python
import pytest
from bag_folder import FolderSource

from fieldkit.bundles.bagit import BagProblem, BagReport, parse_manifest, validate_bag

SUITE = Path(__file__).resolve().parents[1].parent / "shared" / "testdata" / "bagit-conformance"
VERSIONS = ("v0.97", "v1.0")
CATEGORIES = ("valid", "invalid", "warning", "linux-only", "windows-only")
MUST_PASS = ("valid", "warning")

# Cases the suite calls valid (or merely worth a warning) that FieldKit refuses on purpose:
# case -> (why, a phrase the refusal must contain).
DELIBERATELY_REFUSED: dict[str, tuple[str, str]] = {
    "v0.97/valid/holey-bag": (
        "fetch.txt: bundles are never holey, and FieldKit downloads nothing while verifying",
        "holey bags",
    ),
    "v0.97/valid/ISO-8859-1-encoded-tag-files": (
        "FieldKit reads UTF-8 tag files only (RFC 8493 recommends UTF-8)",
        "only UTF-8",
    ),
    "v0.97/valid/UTF-16-encoded-tag-files": (
        "FieldKit reads UTF-8 tag files only (RFC 8493 recommends UTF-8)",
        "only UTF-8",
    ),
    "v0.97/warning/duplicate-file-with-different-case": (
        "the manifest lists data/hello.txt and data/HELLO.txt: one file on Windows and macOS, "
        "and SPEC §7 refuses case-colliding names",
        "letter case",
    ),
    "v0.97/warning/same-filename-listed-twice-with-different-normalization": (
        "the manifest lists the same name in NFC and NFD (one file on macOS); also BagIt 0.96",
        "Unicode normalisation",
    ),
    "v0.97/warning/special-system-files": (
        "this copy of the suite lacks data/.DS_Store (Git ignores such files) although the "
        "manifest lists it, so the bag is incomplete here; bagit-python refuses it too",
        "data/.DS_Store is listed in manifest-sha512.txt but missing",
    ),
}

# What each case must be refused for (a phrase of one problem).
EXPECTED_PROBLEM: dict[str, str] = {
    "v0.97/invalid/baginfo-missing-encoding": "does not declare its encoding",
    "v0.97/invalid/bom-in-bagit.txt": "byte-order mark",
    "v0.97/invalid/corrupt-data-file": "data/bare-filename does not match its checksum",
    "v0.97/invalid/corrupt-tag-file": "bag-info.txt does not match its checksum",
    "v0.97/invalid/extra-file-in-bag": "data/bar is in the bag but not listed",
    "v0.97/invalid/invalid-version-number": "BagIt version .97, not M.N",
    "v0.97/invalid/missing-baginfo": "bag-info.txt is listed in tagmanifest-md5.txt but missing",
    "v0.97/invalid/missing-bagit.txt": "no bagit.txt",
    "v0.97/invalid/out-of-scope-file-paths-using-dot-notation": "leads outside",
    "v0.97/invalid/out-of-scope-file-paths-using-dot-notation-for-fetch": "holey bags",
    "v0.97/invalid/same-filename-listed-twice-with-different-hashes": "data/README twice",
    "v0.97/linux-only/out-of-scope-file-paths-using-absolute-path": "absolute path",
    "v0.97/linux-only/out-of-scope-file-paths-using-absolute-path-for-fetch": "holey bags",
    "v0.97/linux-only/out-of-scope-file-paths-using-shortcut": "home folder",
    "v0.97/linux-only/out-of-scope-file-paths-using-shortcut-for-fetch": "holey bags",
    "v0.97/linux-only/out-of-scope-file-paths-using-shortcut-username": "home folder",
    "v0.97/linux-only/out-of-scope-file-paths-using-shortcut-username-for-fetch": "holey bags",
    "v0.97/windows-only/out-of-scope-file-paths-using-absolute-path": "backslash",
    "v0.97/windows-only/out-of-scope-file-paths-using-absolute-path-for-fetch": "holey bags",
    "v0.97/windows-only/out-of-scope-file-paths-using-shortcut": "backslash",
    "v0.97/windows-only/out-of-scope-file-paths-using-shortcut-for-fetch": "holey bags",
    "v0.97/windows-only/out-of-scope-file-paths-using-unc": "backslash",
    "v0.97/windows-only/out-of-scope-file-paths-using-unc-for-fetch": "holey bags",
    "v1.0/invalid/bagit-with-invalid-whitespace": "whitespace that BagIt 1.0 forbids",
    "v1.0/invalid/notAllManifestsListAllFiles": (
        "data/missingFromManifest.txt is in the bag but not listed in manifest-sha512.txt"
    ),
    "v1.0/invalid/same-filename-listed-twice-with-different-hashes": "data/README twice",
    "v1.0/invalid/same-filename-listed-twice-with-the-same-hash": "data/README twice",
}

# Warnings some passing cases must carry (a phrase of one warning).
EXPECTED_WARNING: dict[str, str] = {
    "v0.97/warning/made-with-md5sum-tools": "with '*' as md5sum does",
    "v0.97/warning/relative-path": "leading './'",
    "v0.97/warning/same-filename-listed-twice-with-the-same-hash": "data/README twice",
    "v0.97/valid/bag-with-leading-dot-slash-in-manifest": "leading './'",
}
# The only warnings a valid/ case may carry: weak (md5, sha224) checksums, and './'.
ALLOWED_VALID_WARNINGS = ("catches accidents but not deliberate tampering", "leading './'")

# bagit-python 1.9 accepts these although they are invalid (the suite's README says so for the
# first; it does not look at fetch.txt paths on POSIX for the others).
BAGIT_PYTHON_WRONGLY_ACCEPTS = {
    "v1.0/invalid/bagit-with-invalid-whitespace",
    "v0.97/windows-only/out-of-scope-file-paths-using-absolute-path-for-fetch",
    "v0.97/windows-only/out-of-scope-file-paths-using-shortcut-for-fetch",
    "v0.97/windows-only/out-of-scope-file-paths-using-unc-for-fetch",
}


def _cases() -> list[str]:
    found = []
    for version in VERSIONS:
        for category in CATEGORIES:
            folder = SUITE / version / category
            if folder.is_dir():
                found += [f"{version}/{category}/{p.name}" for p in folder.iterdir() if p.is_dir()]
    return sorted(found)


CASES = _cases()


def _require_suite() -> None:
    if not CASES:
        if os.environ.get("CI"):
            pytest.fail(f"the BagIt conformance suite is missing from {SUITE}")
        pytest.skip(f"the BagIt conformance suite is not at {SUITE}")


def _validate(case: str) -> BagReport:
    return validate_bag(FolderSource(SUITE / case))


def _has(problems: list[BagProblem], phrase: str) -> bool:
    return any(phrase in p.message for p in problems)


@pytest.mark.parametrize("case", CASES or ["suite-missing"])
def test_conformance_case(case: str) -> None:
    _require_suite()
    category = case.split("/")[1]
    report = _validate(case)
    messages = [p.message for p in report.problems]
    if case in DELIBERATELY_REFUSED:
        _, phrase = DELIBERATELY_REFUSED[case]
        assert not report.valid
        assert _has(report.problems, phrase), messages
    elif category in MUST_PASS:
        assert report.valid, messages
        assert report.files_checked > 0
        if case in EXPECTED_WARNING:
            assert _has(report.warnings, EXPECTED_WARNING[case]), report.warnings
        if category == "valid":
            for warning in report.warnings:
                assert any(a in warning.message for a in ALLOWED_VALID_WARNINGS), warning
    else:
        assert not report.valid
        assert report.problems
        if case in EXPECTED_PROBLEM:
            assert _has(report.problems, EXPECTED_PROBLEM[case]), messages
    for problem in report.problems + report.warnings:
        assert problem.message.endswith("."), problem
        assert "\n" not in problem.message, problem


def test_every_case_is_accounted_for() -> None:
    _require_suite()
    refusals = [c for c in CASES if c.split("/")[1] not in MUST_PASS]
    assert set(refusals) <= set(EXPECTED_PROBLEM), sorted(set(refusals) - set(EXPECTED_PROBLEM))
    assert set(DELIBERATELY_REFUSED) <= set(CASES)
    assert set(EXPECTED_WARNING) <= set(CASES)


def _bagit_python(case: str) -> tuple[bool, bagit_python.Bag | None]:
    logging.disable(logging.CRITICAL)
    try:
        bag = bagit_python.Bag(str(SUITE / case))
        bag.validate()
    except (bagit_python.BagError, bagit_python.BagValidationError):
        return False, None
    finally:
        logging.disable(logging.NOTSET)
    return True, bag


def _squash(values: object) -> list[str]:
    items = values if isinstance(values, list) else [values]
    return [" ".join(str(v).split()) for v in items]


# Where both apply: not the deliberate refusals, and not warning/ (bagit-python has no warnings).
COMPARABLE = [c for c in CASES if c not in DELIBERATELY_REFUSED and c.split("/")[1] != "warning"]


@pytest.mark.parametrize("case", COMPARABLE or ["suite-missing"])
def test_agrees_with_bagit_python(case: str) -> None:
    _require_suite()
    ours = _validate(case)
    theirs_valid, bag = _bagit_python(case)
    if case in BAGIT_PYTHON_WRONGLY_ACCEPTS:
        assert theirs_valid and not ours.valid
        return
    assert ours.valid == theirs_valid
    if bag is None:
        return
    # Same bag-info (bagit-python keeps continuation padding; compare words) ...
    assert {k: _squash(v) for k, v in bag.info.items()} == {
        k: _squash(v) for k, v in ours.info.items()
    }
    # ... the same version, algorithms, and the same manifest entries.
    assert ".".join(map(str, bag.version_info)) == ours.version
    assert sorted(bag.algorithms) == ours.algorithms
    folder = SUITE / case
    entries: dict[str, dict[str, str]] = {}
    for algorithm in ours.algorithms:
        name = f"manifest-{algorithm}.txt"
        manifest = parse_manifest((folder / name).read_bytes(), name, version=str(ours.version))
        for path, digest in manifest.items():
            entries.setdefault(path, {})[algorithm] = digest
    assert {os.path.normpath(k): v for k, v in bag.payload_entries().items()} == entries
    assert ours.files_checked == len(bag.entries)
