"""validate_bag on real bags made by bagit-python: from a folder and from a STORED ZIP.

Every file of the bag is damaged in turn (a flipped byte, a truncation, a deletion, a file added
beside it), through both sources; each must be caught and named.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import bagit as bagit_python
import pytest
from bag_folder import FolderSource

from fieldkit.bundles.bagit import (
    BagFormatError,
    BagProblem,
    BagReport,
    parse_manifest,
    parse_tag_file,
    validate_bag,
)
from fieldkit.bundles.safe_zip import SafeZip, UnsafeArchiveError, ZipSource
from fieldkit.errors import CancelledError

PAYLOAD = {
    "a.txt": b"hello\n",
    "photos/big.bin": hashlib.shake_256(b"photo").digest(3 * (1 << 20) + 123),  # several reads
    "Núñez notes.txt": "Ñandú\n".encode(),
}
TAG_FILES = [
    "bag-info.txt",
    "bagit.txt",
    "manifest-sha256.txt",
    "manifest-sha512.txt",
    "tagmanifest-sha256.txt",
    "tagmanifest-sha512.txt",
]
ALL_FILES = TAG_FILES + sorted(f"data/{name}" for name in PAYLOAD)
BUNDLE_ID = "b5a0f3a4-7c1e-4a8e-9d7b-0c6f1d2e3a4b"


# --- building bags ---------------------------------------------------------------------------


def make_bag(folder: Path, payload: dict[str, bytes] = PAYLOAD) -> Path:
    folder.mkdir(parents=True)
    for name, data in payload.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    logging.disable(logging.CRITICAL)
    try:
        bagit_python.make_bag(
            str(folder), {"Contact-Name": "Field team"}, checksums=["sha256", "sha512"]
        )
    finally:
        logging.disable(logging.NOTSET)
    return folder


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_bag(tmp_path_factory.mktemp("template") / "bag")


@pytest.fixture
def bag(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / BUNDLE_ID
    shutil.copytree(template, copy)
    return copy


def retag(bag: Path) -> None:
    """Recompute every tag manifest after an edit, so that only the intended damage remains."""
    for manifest in sorted(bag.glob("tagmanifest-*.txt")):
        algorithm = manifest.name[len("tagmanifest-") : -len(".txt")]
        lines = []
        for line in manifest.read_text("utf-8").splitlines():
            name = line.split(None, 1)[1]
            if (bag / name).exists():
                digest = hashlib.new(algorithm, (bag / name).read_bytes()).hexdigest()
                lines.append(f"{digest} {name}\n")
        manifest.write_text("".join(lines), "utf-8")


def make_version_1_0(bag: Path) -> None:
    (bag / "bagit.txt").write_bytes(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    retag(bag)


def zip_bag(bag: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        for path in sorted(bag.rglob("*")):
            if path.is_file():
                zf.write(path, f"{bag.name}/{path.relative_to(bag).as_posix()}")
    return target


def check_folder(bag: Path, strict: bool = False) -> BagReport:
    return validate_bag(FolderSource(bag), strict=strict)


def check_zip(bag: Path, strict: bool = False) -> BagReport:
    with SafeZip(zip_bag(bag, bag.parent / "bundle.fkb")) as zf:
        assert zf.top_folder == bag.name
        return validate_bag(ZipSource(zf), strict=strict)


SOURCES: dict[str, Callable[..., BagReport]] = {"folder": check_folder, "zip": check_zip}


def names(problems: list[BagProblem], rel: str) -> bool:
    return any(p.file == rel or rel in p.message for p in problems)


def messages(report: BagReport) -> list[str]:
    return [p.message for p in report.problems]


# --- a good bag ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", SOURCES)
def test_bag_made_by_bagit_python_validates(bag: Path, source: str) -> None:
    assert sorted(p.relative_to(bag).as_posix() for p in bag.rglob("*") if p.is_file()) == sorted(
        ALL_FILES
    )
    for strict in (False, True):
        report = SOURCES[source](bag, strict)
        assert report.valid, messages(report)
        assert report.problems == [] and report.warnings == []
    # Every file but the tag manifests, which nothing lists, was hashed.
    checked = [p for p in bag.rglob("*") if p.is_file() and not p.name.startswith("tagmanifest-")]
    assert report.files_checked == len(checked) == len(ALL_FILES) - 2
    assert report.bytes_checked == sum(p.stat().st_size for p in checked)
    assert report.version == "0.97"  # what bagit-python 1.9 writes
    assert report.algorithms == report.tag_algorithms == ["sha256", "sha512"]
    assert report.info["Contact-Name"] == ["Field team"]
    assert report.info["Payload-Oxum"] == [f"{sum(map(len, PAYLOAD.values()))}.3"]
    assert report.unlisted_tag_files == []


@pytest.mark.parametrize("source", SOURCES)
def test_bag_of_version_1_0_validates(bag: Path, source: str) -> None:
    make_version_1_0(bag)
    report = SOURCES[source](bag, True)
    assert report.valid, messages(report)
    assert report.version == "1.0"


def test_progress_reports_every_byte_and_cancel_stops(bag: Path) -> None:
    seen: list[int] = []
    report = validate_bag(FolderSource(bag), progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == report.bytes_checked
    with pytest.raises(CancelledError):
        validate_bag(FolderSource(bag), cancel=lambda: True)
    calls = iter(range(1000))
    with pytest.raises(CancelledError):  # cancelled in the middle of hashing
        validate_bag(FolderSource(bag), cancel=lambda: next(calls) >= 2)


# --- every file damaged, in every way --------------------------------------------------------


def flip(bag: Path, rel: str) -> str:
    path = bag / rel
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return rel


def truncate(bag: Path, rel: str) -> str:
    path = bag / rel
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return rel


def delete(bag: Path, rel: str) -> str:
    (bag / rel).unlink()
    return rel


def add(bag: Path, rel: str) -> str:
    path = bag / rel
    extra = path.with_name(f"added-{path.name}")
    extra.write_bytes(b"smuggled in\n")
    return extra.relative_to(bag).as_posix()


DAMAGE: dict[str, Callable[[Path, str], str]] = {
    "flip": flip,
    "truncate": truncate,
    "delete": delete,
    "add": add,
}
# BagIt itself cannot call these invalid: a tag file no tag manifest lists, and a tag manifest
# nothing lists. They are warnings naming the file, and problems under strict=True (the bundle
# verifier also checks the bundle's layout).
WARNING_ONLY = {("add", rel) for rel in TAG_FILES} | {
    ("delete", "tagmanifest-sha256.txt"),
    ("delete", "tagmanifest-sha512.txt"),
}


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("rel", ALL_FILES)
def test_damage_to_any_file_is_caught_and_named(
    bag: Path, rel: str, damage: str, source: str
) -> None:
    target = DAMAGE[damage](bag, rel)
    check = SOURCES[source]
    report = check(bag)
    if (damage, rel) in WARNING_ONLY:
        assert names(report.warnings, target), report.warnings
        strict = check(bag, True)
        assert not strict.valid
        assert names(strict.problems, target), messages(strict)
    else:
        assert not report.valid
        assert names(report.problems, target), messages(report)


def test_damaged_zip_member_is_named(bag: Path) -> None:
    fkb = zip_bag(bag, bag.parent / "bundle.fkb")
    raw = bytearray(fkb.read_bytes())
    offset = raw.index(PAYLOAD["photos/big.bin"][:64])
    raw[offset + 2_000_000] ^= 0xFF  # the ZIP's CRC and the manifests both disagree now
    fkb.write_bytes(bytes(raw))
    with SafeZip(fkb) as zf:
        report = validate_bag(ZipSource(zf))
    assert not report.valid
    assert names(report.problems, "data/photos/big.bin"), messages(report)


# --- specific problems -----------------------------------------------------------------------


def test_payload_oxum_mismatch_is_a_problem(bag: Path) -> None:
    info = bag / "bag-info.txt"
    info.write_text(re.sub(r"Payload-Oxum: .*", "Payload-Oxum: 6.3", info.read_text()))
    retag(bag)
    report = check_folder(bag)
    assert not report.valid
    assert [p.file for p in report.problems] == ["bag-info.txt"]
    assert "Payload-Oxum" in report.problems[0].message


def test_malformed_or_repeated_payload_oxum_is_a_problem(bag: Path) -> None:
    info = bag / "bag-info.txt"
    text = info.read_text()
    info.write_text(text.replace("Payload-Oxum:", "Payload-Oxum: x"))
    retag(bag)
    assert "Payload-Oxum" in messages(check_folder(bag))[0]
    info.write_text(text + text.splitlines()[-1] + "\n")
    retag(bag)
    assert "more than once" in messages(check_folder(bag))[0]


def test_manifest_listing_a_missing_file_is_a_problem(bag: Path) -> None:
    with (bag / "manifest-sha256.txt").open("a") as fh:
        fh.write(f"{hashlib.sha256(b'ghost').hexdigest()}  data/ghost.txt\n")
    retag(bag)
    report = check_folder(bag)
    assert not report.valid
    assert names(report.problems, "data/ghost.txt")
    assert "missing" in messages(report)[0]


@pytest.mark.parametrize("version", ["0.97", "1.0"])
def test_duplicate_manifest_lines(bag: Path, version: str) -> None:
    if version == "1.0":
        make_version_1_0(bag)
    manifest = bag / "manifest-sha256.txt"
    original = manifest.read_text()
    first = original.splitlines()[0]
    manifest.write_text(original + first + "\n")  # the same line twice
    retag(bag)
    report = check_folder(bag)
    path = first.split(None, 1)[1]
    if version == "1.0":  # RFC 8493: every payload file exactly once
        assert not report.valid
        assert names(report.problems, path) and "twice" in messages(report)[0]
    else:  # the conformance suite asks only for a warning before 1.0
        assert report.valid
        assert names(report.warnings, path)
        assert not check_folder(bag, True).valid
    digest, _ = first.split(None, 1)
    other = ("0" if digest[0] != "0" else "1") + digest[1:]
    manifest.write_text(original + f"{other}  {path}\n")  # twice, with different checksums
    retag(bag)
    report = check_folder(bag)
    assert not report.valid and "twice" in messages(report)[0]


def test_manifest_lines_differing_only_in_case_are_a_problem(bag: Path) -> None:
    manifest = bag / "manifest-sha256.txt"
    line = next(ln for ln in manifest.read_text().splitlines() if ln.endswith("data/a.txt"))
    with manifest.open("a") as fh:
        fh.write(line.replace("data/a.txt", "data/A.txt") + "\n")
    retag(bag)
    report = check_folder(bag)
    assert not report.valid
    assert "letter case" in messages(report)[0]


@pytest.mark.parametrize("version", ["0.97", "1.0"])
def test_names_with_newlines_are_percent_encoded_in_manifests(tmp_path: Path, version: str) -> None:
    payload = {"line\nbreak.txt": b"1", "carriage\rreturn.txt": b"2", "both\r\n.txt": b"3"}
    bag = make_bag(tmp_path / "bag", payload)
    manifest = (bag / "manifest-sha256.txt").read_text()
    assert "%0A" in manifest and "%0D" in manifest  # bagit-python encodes them
    if version == "1.0":
        make_version_1_0(bag)
    report = check_folder(bag, True)
    assert report.valid, messages(report)
    assert report.files_checked == len(payload) + len(TAG_FILES) - 2
    entries = parse_manifest(manifest.encode(), "manifest-sha256.txt", version=version)
    assert set(entries) == {f"data/{name}" for name in payload}
    # Such names can never be in a bundle: SafeZip refuses control characters.
    with pytest.raises(UnsafeArchiveError, match="control character"):
        SafeZip(zip_bag(bag, tmp_path / "newlines.fkb"))


def test_percent_sign_is_encoded_in_version_1_0_only(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", {"100%25 sure.txt": b"x", "50% off.txt": b"y"})
    # bagit-python leaves '%' alone, which a 1.0 reader would decode: write it as RFC 8493 says.
    for manifest in bag.glob("manifest-*.txt"):
        manifest.write_text(manifest.read_text().replace("%25", "%2525"))
    make_version_1_0(bag)
    report = check_folder(bag, True)
    assert report.valid, messages(report)


def test_tag_manifest_listing_itself_is_a_problem(bag: Path) -> None:
    with (bag / "tagmanifest-sha256.txt").open("a") as fh:
        fh.write(f"{'0' * 64} tagmanifest-sha256.txt\n")
    report = check_folder(bag)
    assert "lists itself" in " ".join(messages(report))


def test_tag_manifest_listing_a_payload_file_is_a_problem(bag: Path) -> None:
    digest = hashlib.sha256(PAYLOAD["a.txt"]).hexdigest()
    with (bag / "tagmanifest-sha256.txt").open("a") as fh:
        fh.write(f"{digest} data/a.txt\n")
    report = check_folder(bag)
    assert not report.valid
    assert "only tag files" in messages(report)[0]


def test_fetch_txt_is_refused(bag: Path) -> None:
    (bag / "fetch.txt").write_text("https://example.org/x 5 data/x\n")
    report = check_folder(bag)
    assert messages(report) == [
        "This bag has a fetch.txt: holey bags, whose files are to be downloaded, are not supported."
    ]


def test_tag_files_in_another_encoding_are_refused(bag: Path) -> None:
    (bag / "bagit.txt").write_bytes(
        b"BagIt-Version: 0.97\nTag-File-Character-Encoding: ISO-8859-1\n"
    )
    retag(bag)
    assert "only UTF-8" in messages(check_folder(bag))[0]


def test_bag_info_that_is_not_utf8_is_refused(bag: Path) -> None:
    with (bag / "bag-info.txt").open("ab") as fh:
        fh.write(b"Contact-Name: Jos\xe9\n")
    retag(bag)
    report = check_folder(bag)
    assert messages(report) == [
        "bag-info.txt is not valid UTF-8 text; FieldKit reads only UTF-8 tag files."
    ]


def test_byte_order_marks_are_refused(bag: Path) -> None:
    for rel in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt"):
        path = bag / rel
        original = path.read_bytes()
        path.write_bytes(b"\xef\xbb\xbf" + original)
        retag(bag)
        assert f"{rel} starts with a byte-order mark" in " ".join(messages(check_folder(bag)))
        path.write_bytes(original)
        retag(bag)


def test_bagit_txt_whitespace_rules_follow_the_version(bag: Path) -> None:
    declaration = bag / "bagit.txt"
    declaration.write_bytes(b"BagIt-Version : 0.97\nTag-File-Character-Encoding :  UTF-8\n")
    retag(bag)
    assert check_folder(bag).valid  # allowed before 1.0
    declaration.write_bytes(b"BagIt-Version : 1.0\nTag-File-Character-Encoding : UTF-8\n")
    retag(bag)
    assert "whitespace" in messages(check_folder(bag))[0]
    declaration.write_bytes(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n\n")
    retag(bag)
    assert "exactly two" in messages(check_folder(bag))[0]


def test_unsupported_version_is_refused(bag: Path) -> None:
    (bag / "bagit.txt").write_bytes(b"BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n")
    retag(bag)
    assert "versions 0.97 and 1.0" in messages(check_folder(bag))[0]


def test_weak_checksums_warn_and_fail_strict_validation(tmp_path: Path) -> None:
    folder = tmp_path / "md5bag"
    folder.mkdir()
    (folder / "x").write_bytes(b"x")
    logging.disable(logging.CRITICAL)
    try:
        bagit_python.make_bag(str(folder), checksums=["md5"])
    finally:
        logging.disable(logging.NOTSET)
    report = check_folder(folder)
    assert report.valid
    assert any("tampering" in w.message for w in report.warnings)
    assert not check_folder(folder, True).valid


def test_unknown_algorithm_is_a_problem(bag: Path) -> None:
    (bag / "manifest-blake3.txt").write_text("00  data/a.txt\n")
    assert "blake3" in messages(check_folder(bag))[0]


def test_links_in_a_bag_folder_are_problems(bag: Path) -> None:
    (bag / "data" / "passwd").symlink_to("/etc/passwd")
    report = check_folder(bag)
    assert not report.valid
    assert names(report.problems, "data/passwd")
    assert "symbolic link" in messages(report)[0]


def test_files_differing_only_in_case_are_a_problem(bag: Path) -> None:
    (bag / "data" / "A.txt").write_bytes(b"other")
    report = check_folder(bag)
    assert "letter case" in " ".join(messages(report))


def test_empty_payload_folder_is_valid_but_a_missing_one_is_not(tmp_path: Path) -> None:
    bag = tmp_path / "empty"
    (bag / "data").mkdir(parents=True)  # bagit-python writes no manifest here: do it by hand
    (bag / "bagit.txt").write_bytes(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    (bag / "manifest-sha256.txt").write_bytes(b"")
    lines = [
        f"{hashlib.sha256((bag / n).read_bytes()).hexdigest()} {n}\n"
        for n in ("bagit.txt", "manifest-sha256.txt")
    ]
    (bag / "tagmanifest-sha256.txt").write_text("".join(lines))
    assert check_folder(bag, True).valid
    (bag / "data").rmdir()
    assert messages(check_folder(bag)) == ["The bag has no data/ folder."]
    (bag / "data").write_bytes(b"")
    assert "data is a file" in messages(check_folder(bag))[0]


# --- the parsers -----------------------------------------------------------------------------


def test_parse_manifest_follows_rfc_8493_whitespace() -> None:
    digest = "ab" * 32
    data = (
        f"{digest}  data/two spaces\r\n"
        f"{digest.upper()}\tdata/tab\r"
        f"{digest} data/trailing space \n"
        f"{digest} data/line%0abreak%25"
    ).encode()
    assert parse_manifest(data, "manifest-sha256.txt") == {
        "data/two spaces": digest,
        "data/tab": digest,
        "data/trailing space ": digest,
        "data/line\nbreak%": digest,
    }


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (" {d} data/x", "not a checksum followed by a file name"),
        ("{d}data/x", "not a checksum followed by a file name"),
        ("{d}", "not a checksum followed by a file name"),
        ("{d}0 data/x", "wrong length"),
        ("{d} /etc/passwd", "absolute path"),
        ("{d} data/../../x", "leads outside"),
        ("{d} data\\x", "backslash"),
        ("{d} C:/x", "drive letter"),
        ("{d} bagit.txt", "outside the data/ folder"),
        ("{d} data/x\n{d} data/x", "twice"),
        ("{d} data/x\n{d} data/X", "letter case"),
        ("{d} data/a%00b", None),  # %00 is not decoded: a literal name
    ],
)
def test_parse_manifest_refuses(line: str, phrase: str | None) -> None:
    data = line.format(d="ab" * 32).encode()
    if phrase is None:
        parse_manifest(data, "manifest-sha256.txt")
        return
    with pytest.raises(BagFormatError, match=re.escape(phrase)) as info:
        parse_manifest(data, "manifest-sha256.txt")
    assert "manifest-sha256.txt" in info.value.message


def test_parse_tag_file_handles_continuations_and_repeats() -> None:
    data = (
        b"Contact-Name: A\r\nExternal-Description: first line\r\n   second line\r\n"
        b"\tthird\r\nContact-Name: B"
    )
    assert parse_tag_file(data, "bag-info.txt") == [
        ("Contact-Name", "A"),
        ("External-Description", "first line\nsecond line\nthird"),
        ("Contact-Name", "B"),
    ]


def test_parse_tag_file_whitespace_rules() -> None:
    loose = b"Label : value\nOther:   spaced  \n"
    assert parse_tag_file(loose, "bag-info.txt", version="0.97") == [
        ("Label", "value"),
        ("Other", "spaced"),
    ]
    with pytest.raises(BagFormatError, match="whitespace around the label"):
        parse_tag_file(loose, "bag-info.txt")
    with pytest.raises(BagFormatError, match="space after the colon"):
        parse_tag_file(b"Label:value\n", "bag-info.txt")
    with pytest.raises(BagFormatError, match="not of the form"):
        parse_tag_file(b"no colon here\n", "bag-info.txt")
    with pytest.raises(BagFormatError, match="continues nothing"):
        parse_tag_file(b"  indented: first\n", "bag-info.txt")
    with pytest.raises(BagFormatError, match="not valid UTF-8"):
        parse_tag_file(b"Label: \xff\n", "bag-info.txt")


def test_bundle_shaped_bag_passes_strict_validation(tmp_path: Path) -> None:
    """The SPEC §7 layout: one SHA-256 manifest and tag manifest, and a detached signature."""
    bag = tmp_path / BUNDLE_ID
    files = {
        "data/inner.json.age": b"age-encryption.org/v1\n...",
        "data/records.ndjson.age": b"age-encryption.org/v1\n....",
        "data/media/3f9c2a.age": b"age-encryption.org/v1\n.....",
        "fieldkit/bundle.json": b'{"format": "fieldkit-bundle"}\n',
    }
    for rel, data in files.items():
        (bag / rel).parent.mkdir(parents=True, exist_ok=True)
        (bag / rel).write_bytes(data)
    payload = {k: v for k, v in files.items() if k.startswith("data/")}
    (bag / "bagit.txt").write_bytes(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    (bag / "bag-info.txt").write_text(
        f"External-Identifier: {BUNDLE_ID}\nFieldKit-Format: 1\n"
        f"Payload-Oxum: {sum(map(len, payload.values()))}.{len(payload)}\n"
    )

    def sha256_lines(names: list[str]) -> str:
        return "".join(
            f"{hashlib.sha256((bag / n).read_bytes()).hexdigest()}  {n}\n" for n in names
        )

    (bag / "manifest-sha256.txt").write_text(sha256_lines(sorted(payload)))
    tags = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "fieldkit/bundle.json"]
    (bag / "tagmanifest-sha256.txt").write_text(sha256_lines(tags))
    (bag / "tagmanifest-sha256.txt.minisig").write_text("untrusted comment: signature\n")
    for check in (check_folder, check_zip):
        report = check(bag, True)
        assert report.valid, messages(report)
        assert report.warnings == [] and report.unlisted_tag_files == []
        assert report.info["External-Identifier"] == [BUNDLE_ID]
    (bag / "fieldkit" / "extra.json").write_bytes(b"{}")
    report = check_zip(bag, True)
    assert not report.valid
    assert messages(report) == [
        "fieldkit/extra.json is not listed in any tag manifest, so nothing checks it."
    ]
    assert check_zip(bag).unlisted_tag_files == ["fieldkit/extra.json"]
