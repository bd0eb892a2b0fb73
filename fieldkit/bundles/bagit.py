"""BagIt validation (RFC 8493, BagIt 1.0; bags of version 0.97 are read too).

:func:`validate_bag` checks a bag offered by a :class:`BagSource` (a bundle's ZIP through
``safe_zip.ZipSource``; the conformance tests offer folders): the bag declaration,
completeness (every payload file in every payload manifest and back; every file a tag manifest
lists is present) and fixity (every checksum of every manifest and tag manifest). Every file is
read once, all of its algorithms computed in that one pass, several files at a time (hashlib
releases the GIL). It never raises for a bad bag: each problem is one plain sentence naming the
file it concerns.

Decisions (where RFC 8493 leaves room, or FieldKit is stricter):

- **Checksums**: md5, sha1, sha224, sha256, sha384 and sha512 manifests are read and every one
  present must validate; a manifest with any other algorithm is a problem. A bag whose payload
  manifests are all weaker than SHA-256 (md5, sha1, sha224) is valid BagIt and gets a warning:
  such checksums catch accidents, not tampering. ``strict=True`` refuses it. (A FieldKit
  bundle's integrity rests on its signed ``tagmanifest-sha256.txt``; the bundle verifier checks
  that file exists.)
- **Refused deliberately**: ``fetch.txt`` ("holey" bags, whose files are to be downloaded) and
  tag files in any encoding but UTF-8. Versions other than 0.97 and 1.0 are refused.
- **Names**: manifest paths may not be absolute, contain ``..``/``.``/empty parts or
  backslashes, start with a drive letter or ``~``, or leave ``data/`` (payload manifests) or
  enter it (tag manifests). Two names differing only in letter case or Unicode normalisation
  are a problem (they are one file on Windows and macOS), in a manifest and in the bag. A name
  listed in one Unicode normalisation and stored in another is matched, with a warning (RFC 8493's
  interoperability notes ask validators to tolerate this).
- **Whitespace**, exactly per RFC 8493: ``bagit.txt`` is exactly two lines; for 1.0 each is
  ``Label: value`` with one space and nothing else (whitespace around the colon is allowed only
  for versions before 1.0). Manifest lines are ``checksum``, one or more spaces or tabs, then the
  file name to the end of the line (trailing spaces are part of the name); lines end in LF, CR or
  CRLF. In 1.0 manifests ``%0A``, ``%0D`` and ``%25`` are decoded, nothing else (before 1.0
  only ``%0A`` and ``%0D``, which bagit-python has always written).
- **Byte-order marks** are refused in ``bagit.txt`` and in every UTF-8 tag file FieldKit parses
  (RFC 8493 §2.1.1 and §2.3).
- **Duplicates**: a manifest listing a file twice is a problem, except in bags older than 1.0
  when both lines carry the same checksum (a warning, as the conformance suite expects).
- **Warnings** (valid, but worth saying; each becomes a problem with ``strict=True``): weak
  checksums; md5sum-style ``*`` and leading ``./`` in manifest names; a bag without tag
  manifests; tag files no tag manifest lists (tag manifests themselves and their detached
  signatures ``tagmanifest-*.txt.minisig|.sig|.asc`` excepted), or that only some list; a
  payload manifest without a tag manifest of the same algorithm, or the reverse; empty lines;
  operating-system litter (``.DS_Store``, ``Thumbs.db``) in the payload; in 0.97 bags, what 1.0
  made mandatory (a payload file missing from some payload manifests, a tag manifest not
  listing every payload manifest).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from fieldkit.errors import CancelledError, CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error, later, message

from .bag_paths import fold, show, unsafe_reason

# Hex digest length of every algorithm FieldKit reads.
ALGORITHMS: dict[str, int] = {
    "md5": 32,
    "sha1": 40,
    "sha224": 56,
    "sha256": 64,
    "sha384": 96,
    "sha512": 128,
}
STRONG_ALGORITHMS = frozenset({"sha256", "sha384", "sha512"})
SUPPORTED_VERSIONS = ("0.97", "1.0")
MAX_TAG_FILE_BYTES = 64 << 20  # bagit.txt, bag-info.txt and manifests are read into memory
CHUNK_BYTES = 1 << 20
MAX_WORKERS = 4
_BATCH_BYTES = 16 << 20  # small files are hashed in batches, to spare the thread pool
_BATCH_FILES = 256

_BOM = b"\xef\xbb\xbf"
_LINE_END = re.compile(r"\r\n|\r|\n")
_MANIFEST_LINE = re.compile(r"([0-9A-Fa-f]+)[ \t]+(.*)", re.DOTALL)
_PERCENT = re.compile(r"%(0[AaDd]|25)")
_PERCENT_OLD = re.compile(r"%(0[AaDd])")  # before 1.0, only what bagit-python wrote
_PERCENT_DECODED = {"0A": "\n", "0D": "\r", "25": "%"}
_MANIFEST_NAME = re.compile(r"(tag)?manifest-([^/]*)\.txt")
_DETACHED_SIGNATURE = re.compile(r"tagmanifest-[^/]*\.txt\.(minisig|sig|asc)")
_VERSION = re.compile(r"\d+\.\d+")
_OXUM = re.compile(r"(\d+)\.(\d+)")
_SYSTEM_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", "ehthumbs.db"})
# Manifest path prefixes other tools write, read as if absent (strict validators refuse them).
_TOLERATED_PREFIXES = (
    (
        "*",
        QT_TRANSLATE_NOOP(
            "errors",
            "{file} line {line} marks {path} with '*' as md5sum does; strict BagIt "
            "validators refuse this.",
        ),
    ),
    (
        "./",
        QT_TRANSLATE_NOOP(
            "errors",
            "{file} line {line} writes {path} with a leading './'; strict BagIt "
            "validators refuse this.",
        ),
    ),
)


class BagFormatError(CorruptFileError):
    """A tag file or manifest is malformed (raised by the ``parse_*`` functions)."""


@dataclass(frozen=True)
class BagProblem:
    file: str | None  # path relative to the bag root, None for the bag as a whole
    message: str  # one plain sentence


@dataclass
class BagReport:
    valid: bool
    problems: list[BagProblem]
    warnings: list[BagProblem]
    files_checked: int  # files whose checksums were computed
    bytes_checked: int
    version: str | None  # as bagit.txt gives it, None if unreadable
    info: dict[str, list[str]]  # bag-info.txt, labels as written, values in order
    algorithms: list[str] = field(default_factory=list)  # of the payload manifests
    tag_algorithms: list[str] = field(default_factory=list)  # of the tag manifests
    unlisted_tag_files: list[str] = field(default_factory=list)  # in no tag manifest


class BagSource(Protocol):
    """Where a bag's files come from. Paths are relative to the bag root and "/"-separated.

    Optional extras the validator uses when present: ``folders() -> list[str]`` (to tell an
    empty ``data/`` from a missing one), ``refused: list[tuple[str, str]]`` (entries the
    source would not offer, such as links, each with a sentence; reported as problems) and
    ``open_unchecked(rel) -> BinaryIO`` (a reader that may skip the source's own integrity
    check, such as a ZIP member's CRC-32; used only for files whose every byte is checked
    against a SHA-256 or stronger checksum).
    """

    def files(self) -> list[str]: ...

    def size(self, rel: str) -> int: ...

    def open(self, rel: str) -> BinaryIO: ...


MAX_PROBLEMS = 100  # problems listed; the others are counted in one more sentence


class _Notes:
    """Problems and warnings, each one sentence about one file."""

    def __init__(self) -> None:
        self.problems: list[BagProblem] = []
        self.warnings: list[BagProblem] = []
        self.more = 0  # problems past MAX_PROBLEMS: counted, not kept
        self.more_warnings = 0  # the same for warnings

    def problem(self, file: str | None, message: str) -> None:
        # A manifest of 300,000 bad lines must not give 300,000 sentences (25 MB, 490 MB kept);
        # the same sentence twice (a file listed twice) is said once.
        if not _keep(self.problems, BagProblem(file, message)):
            self.more += 1

    def warning(self, file: str | None, message: str) -> None:
        # Capped like problems: a signed manifest of 300,000 blank lines gave 300,000 warnings.
        if not _keep(self.warnings, BagProblem(file, message)):
            self.more_warnings += 1

    # Most sentences name the file they are about as {file}: these say so once.
    def problem_in(self, file: str, template: str, **params: object) -> None:
        self.problem(file, message(template, file=file, **params))

    def warning_in(self, file: str, template: str, **params: object) -> None:
        self.warning(file, message(template, file=file, **params))


def _keep(kept: list[BagProblem], note: BagProblem) -> bool:
    """Keep ``note`` in ``kept``, once; False when ``kept`` is full (MAX_PROBLEMS) and the note
    is only to be counted."""
    if len(kept) >= MAX_PROBLEMS:
        return False
    if note not in kept:
        kept.append(note)
    return True


def more_problems(count: int) -> str:
    return later.translate("errors", "…and %n more problem(s).", "", count)


def _version_tuple(version: str | None) -> tuple[int, int]:
    if version is None or not _VERSION.fullmatch(version):
        return (1, 0)
    major, minor = version.split(".")
    return (int(major), int(minor))


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return message(
        QT_TRANSLATE_NOOP("errors", "{first} and {last}"),
        first=", ".join(names[:-1]),
        last=names[-1],
    )


def _empty_line(name: str, number: int) -> Text:
    return message(
        QT_TRANSLATE_NOOP(
            "errors", "{file} has an empty line ({line}), which BagIt does not allow."
        ),
        file=name,
        line=number,
    )


def _unreadable(name: str, exc: OSError) -> Text:
    return message(
        QT_TRANSLATE_NOOP("errors", "{file} could not be read ({reason})."),
        file=name,
        reason=str(exc.strerror or exc),
    )


def _changed_size(name: str) -> Text:
    return message(
        QT_TRANSLATE_NOOP("errors", "{file} changed size while it was being checked."), file=name
    )


def _text(data: bytes, name: str, notes: _Notes) -> str | None:
    """``data`` decoded as a UTF-8 tag file, or None after noting why it cannot be."""
    if data.startswith(_BOM):
        notes.problem_in(
            name,
            QT_TRANSLATE_NOOP(
                "errors", "{file} starts with a byte-order mark, which BagIt forbids."
            ),
        )
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        notes.problem_in(
            name,
            QT_TRANSLATE_NOOP(
                "errors", "{file} is not valid UTF-8 text; FieldKit reads only UTF-8 tag files."
            ),
        )
        return None


def _lines(text: str) -> list[str]:
    """Lines ended by LF, CR or CRLF (the last one may lack its ending)."""
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


# --- bagit.txt ---------------------------------------------------------------------------------


def _read_declaration(data: bytes, notes: _Notes) -> tuple[str | None, str | None]:
    """(version, encoding) from bagit.txt; either is None when it cannot be read."""
    name = "bagit.txt"
    text = _text(data, name, notes)
    if text is None:
        return None, None
    lines = _lines(text)
    version = encoding = None
    first = re.fullmatch(r"BagIt-Version[ \t]*:[ \t]*(.*?)[ \t]*", lines[0]) if lines else None
    if first is None:
        notes.problem_in(
            name,
            QT_TRANSLATE_NOOP("errors", "{file} does not begin with the line '{line}'."),
            line="BagIt-Version: M.N",
        )
    elif not _VERSION.fullmatch(first[1]):
        notes.problem_in(
            name,
            QT_TRANSLATE_NOOP("errors", "{file} gives the BagIt version {version}, not M.N."),
            version=show(first[1]),
        )
    else:
        version = first[1]
    second = (
        re.fullmatch(r"Tag-File-Character-Encoding[ \t]*:[ \t]*(.*?)[ \t]*", lines[1])
        if len(lines) > 1
        else None
    )
    if second is None:
        notes.problem_in(
            name,
            QT_TRANSLATE_NOOP("errors", "{file} does not declare its encoding ('{line}')."),
            line="Tag-File-Character-Encoding: UTF-8",
        )
    else:
        encoding = second[1]
    if len(lines) > 2:
        notes.problem(
            name,
            later.translate(
                "errors",
                "{file} has %n line(s); BagIt allows exactly two.",
                "",
                len(lines),
                file=name,
            ),
        )
    if version is not None and _version_tuple(version) >= (1, 0):
        loose = lines[0] != f"BagIt-Version: {version}" or (
            encoding is not None and lines[1] != f"Tag-File-Character-Encoding: {encoding}"
        )
        if loose:
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} has whitespace that BagIt {version} forbids: each line must be "
                    "'Label: value' with exactly one space after the colon.",
                ),
                version=version,
            )
    if version is not None and version not in SUPPORTED_VERSIONS:
        notes.problem(
            name,
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This bag uses BagIt version {version}; FieldKit reads versions 0.97 and 1.0.",
                ),
                version=version,
            ),
        )
    return version, encoding


# --- bag-info.txt ------------------------------------------------------------------------------


def _tag_items(
    text: str, name: str, version: tuple[int, int], notes: _Notes
) -> list[tuple[str, str]]:
    lenient = version < (1, 0)  # RFC 8493 §2.2.2: whitespace around the colon before 1.0
    items: list[list[str]] = []
    for number, line in enumerate(_lines(text), 1):
        if line.strip(" \t") == "":
            if not lenient:
                notes.warning(name, _empty_line(name, number))
            continue
        if line[0] in " \t":
            if not items:
                notes.problem_in(
                    name,
                    QT_TRANSLATE_NOOP(
                        "errors", "{file} line {line} is indented but continues nothing."
                    ),
                    line=number,
                )
            else:
                items[-1][1] += "\n" + line.lstrip(" \t")
            continue
        label, colon, rest = line.partition(":")
        if not colon or not label.strip(" \t"):
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors", "{file} line {line} is not of the form 'Label: value'."
                ),
                line=number,
            )
            continue
        if lenient:
            items.append([label.strip(" \t"), rest.strip(" \t")])
            continue
        if label != label.strip(" \t"):
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} line {line} has whitespace around the label {label}, which BagIt "
                    "1.0 forbids.",
                ),
                line=number,
                label=show(label.strip()),
            )
            continue
        if rest and rest[0] not in " \t":
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP("errors", "{file} line {line} needs a space after the colon."),
                line=number,
            )
            continue
        items.append([label, rest[1:]])
    return [(label, value) for label, value in items]


def parse_tag_file(data: bytes, name: str, *, version: str = "1.0") -> list[tuple[str, str]]:
    """The (label, value) pairs of a bag-info style tag file, in order, repeats kept.

    Continuation lines (indented by spaces or tabs) are joined to the value with a newline, their
    indentation dropped. Before version 1.0, whitespace around the colon is allowed. Raises
    :class:`BagFormatError` (one sentence naming ``name``) if the file is not UTF-8, starts with
    a byte-order mark, or has a malformed line.
    """
    notes = _Notes()
    text = _text(data, name, notes)
    items = [] if text is None else _tag_items(text, name, _version_tuple(version), notes)
    if notes.problems:
        raise BagFormatError(notes.problems[0].message)
    return items


# --- manifests ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    number: int
    digest: str  # lower case
    path: str  # decoded, relative to the bag root


def _manifest_lines(text: str, name: str, version: tuple[int, int], notes: _Notes) -> list[_Line]:
    match = _MANIFEST_NAME.fullmatch(name)
    payload = match is None or match[1] is None
    algorithm = match[2] if match else ""
    hex_length = ALGORITHMS.get(algorithm)
    percent = _PERCENT if version >= (1, 0) else _PERCENT_OLD
    by_path: dict[str, _Line] = {}
    by_key: dict[str, _Line] = {}
    entries: list[_Line] = []
    for number, line in enumerate(_lines(text), 1):
        if line.strip(" \t") == "":
            notes.warning(name, _empty_line(name, number))
            continue
        parsed = _MANIFEST_LINE.fullmatch(line)
        if parsed is None:
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors", "{file} line {line} is not a checksum followed by a file name."
                ),
                line=number,
            )
            continue
        digest, path = parsed[1].lower(), parsed[2]
        if hex_length is not None and len(digest) != hex_length:
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} line {line} has a checksum of the wrong length for {algorithm}.",
                ),
                line=number,
                algorithm=algorithm,
            )
            continue
        path = percent.sub(lambda m: _PERCENT_DECODED[m[1].upper()], path)
        for prefix, template in _TOLERATED_PREFIXES:  # in this order: "*./a" is both
            if path.startswith(prefix):
                path = path[len(prefix) :]
                notes.warning_in(name, template, line=number, path=show(path))
        reason = unsafe_reason(path, allow_newlines=True)
        if reason is not None:
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP("errors", "{file} line {line} names {path}, which {reason}."),
                line=number,
                path=show(path),
                reason=reason,
            )
            continue
        in_payload = path.startswith("data/")
        if payload and not in_payload:
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} lists {path}, which is outside the data/ folder; a payload "
                    "manifest lists only payload files.",
                ),
                path=show(path),
            )
            continue
        if not payload and (in_payload or path == "data"):
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} lists the payload file {path}; a tag manifest lists only tag files.",
                ),
                path=show(path),
            )
            continue
        previous = by_path.get(path)
        if previous is not None:
            twice = message(
                QT_TRANSLATE_NOOP(
                    "errors", "{file} lists {path} twice (lines {first} and {second})."
                ),
                file=name,
                path=show(path),
                first=previous.number,
                second=number,
            )
            if previous.digest == digest and version < (1, 0):
                notes.warning(name, twice)
            else:
                notes.problem(name, twice)
            continue
        key = fold(path)
        other = by_key.get(key)
        if other is not None:
            notes.problem_in(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} lists {path} and {other}, which differ only in letter case or "
                    "Unicode normalisation.",
                ),
                path=show(other.path),
                other=show(path),
            )
            continue
        entry = _Line(number, digest, path)
        by_path[path] = by_key[key] = entry
        entries.append(entry)
    return entries


def parse_manifest(data: bytes, name: str, *, version: str = "1.0") -> dict[str, str]:
    """A manifest's entries: path (decoded, relative to the bag root) -> lower-case hex digest.

    ``name`` is the manifest's file name; ``tagmanifest-*.txt`` is read as a tag manifest (its
    paths must not be in ``data/``), anything else as a payload manifest (paths must be).
    In version 1.0, ``%0A``, ``%0D`` and ``%25`` in paths are decoded (RFC 8493 §2.1.3); in
    older bags only ``%0A`` and ``%0D``, as bagit-python wrote them.
    Raises :class:`BagFormatError` naming ``name`` for anything malformed: not UTF-8, a
    byte-order mark, a bad line, a checksum of the wrong length, an unsafe or out-of-place path,
    or a path listed twice (also when only letter case or Unicode normalisation differ).
    """
    notes = _Notes()
    text = _text(data, name, notes)
    entries = [] if text is None else _manifest_lines(text, name, _version_tuple(version), notes)
    if notes.problems:
        raise BagFormatError(notes.problems[0].message)
    return {e.path: e.digest for e in entries}


# --- validation --------------------------------------------------------------------------------


@dataclass
class _Hashed:
    rel: str
    digests: dict[str, str] | None  # None when the file could not be read
    size: int
    error: str | None = None


class _Validator:
    def __init__(
        self,
        source: BagSource,
        progress: Callable[[int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        self.source = source
        self.progress = progress
        self.cancel = cancel
        self.notes = _Notes()
        self.report = BagReport(
            valid=False,
            problems=self.notes.problems,
            warnings=self.notes.warnings,
            files_checked=0,
            bytes_checked=0,
            version=None,
            info={},
        )
        self.files: set[str] = set()
        self.texts: dict[str, bytes] = {}  # tag files read into memory (parsed and hashed)
        self.by_nfc: dict[str, str] = {}
        self.done_bytes = 0
        self.reported_bytes = -1
        self.workers: int | None = None  # cap on hashing threads (None: MAX_WORKERS)

    # --- helpers ---------------------------------------------------------------------------

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise CancelledError(QT_TRANSLATE_NOOP("errors", "Checking the bag was cancelled."))

    def tell_progress(self, done: int) -> None:
        if self.progress is not None and done != self.reported_bytes:
            self.reported_bytes = done
            self.progress(done)

    def load(self, rel: str) -> bytes | None:
        """A tag file's bytes, read once and kept for hashing."""
        if rel in self.texts:
            return self.texts[rel]
        size = self.source.size(rel)
        if size > MAX_TAG_FILE_BYTES:
            self.notes.problem_in(
                rel,
                QT_TRANSLATE_NOOP(
                    "errors", "{file} is {size} bytes, too large for a tag file FieldKit reads."
                ),
                size=size,
            )
            return None
        try:
            with self.source.open(rel) as fh:
                data = fh.read(MAX_TAG_FILE_BYTES + 1)
        except CorruptFileError as exc:
            self.notes.problem(rel, from_error(exc))
            return None
        except OSError as exc:
            self.notes.problem(rel, _unreadable(rel, exc))
            return None
        if len(data) != size:
            self.notes.problem(rel, _changed_size(rel))
            return None
        self.texts[rel] = data
        return data

    def resolve(self, path: str, manifest: str) -> str | None:
        """The bag file a manifest path names, tolerating another Unicode normalisation."""
        if path in self.files:
            return path
        stored = self.by_nfc.get(unicodedata.normalize("NFC", path))
        if stored is not None:
            self.notes.warning(
                stored,
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{file} lists {path}, which is stored as {stored} in another Unicode "
                        "normalisation.",
                    ),
                    file=manifest,
                    path=show(path),
                    stored=show(stored),
                ),
            )
        return stored

    # --- the checks ------------------------------------------------------------------------

    def run(self, strict: bool) -> BagReport:
        self.check_cancel()
        self.inspect()
        notes = self.notes
        if strict:  # warnings become problems, under the same cap
            for warning in notes.warnings:
                notes.problem(warning.file, warning.message)
            notes.more += notes.more_warnings
            notes.warnings.clear()
        elif notes.more_warnings:
            notes.warnings.append(BagProblem(None, more_problems(notes.more_warnings)))
        if notes.more:
            notes.problems.append(BagProblem(None, more_problems(notes.more)))
        self.report.valid = not self.notes.problems
        return self.report

    def inspect(self) -> None:
        notes = self.notes
        files = sorted(self.source.files())
        self.files = set(files)
        for rel, refusal in getattr(self.source, "refused", ()):
            notes.problem(rel, refusal)
        self.check_names(files)
        payload = [f for f in files if f.startswith("data/")]
        tags = [f for f in files if not f.startswith("data/")]

        # The declaration decides how to read everything else.
        version: str | None = None
        encoding: str | None = None
        if "bagit.txt" in self.files:
            data = self.load("bagit.txt")
            if data is not None:
                version, encoding = _read_declaration(data, notes)
        else:
            notes.problem_in(
                "bagit.txt",
                QT_TRANSLATE_NOOP("errors", "The bag has no {file}, so it is not a BagIt bag."),
            )
        self.report.version = version
        if encoding is not None and encoding.upper() != "UTF-8":
            notes.problem(
                "bagit.txt",
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This bag's tag files are in {encoding}; FieldKit reads only UTF-8 tag "
                        "files.",
                    ),
                    encoding=show(encoding),
                ),
            )
            return
        fetch = [f for f in tags if f.casefold() == "fetch.txt"]
        if fetch:
            notes.problem(
                fetch[0],
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This bag has a fetch.txt: holey bags, whose files are to be downloaded, "
                        "are not supported.",
                    )
                ),
            )
            return
        rules = _version_tuple(version)

        if not payload:
            folders = getattr(self.source, "folders", None)
            if "data" in self.files:
                notes.problem(
                    "data",
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors", "data is a file, but it must be the payload folder."
                        )
                    ),
                )
            elif folders is None or "data" not in folders():
                notes.problem(
                    "data", message(QT_TRANSLATE_NOOP("errors", "The bag has no data/ folder."))
                )

        payload_manifests: dict[str, tuple[str, list[_Line]]] = {}
        tag_manifests: dict[str, tuple[str, list[_Line]]] = {}
        for rel in tags:
            match = _MANIFEST_NAME.fullmatch(rel)
            if match is None:
                continue
            algorithm = match[2]
            if algorithm not in ALGORITHMS:
                notes.problem_in(
                    rel,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{file} uses the checksum algorithm {algorithm}, which FieldKit does "
                        "not support.",
                    ),
                    algorithm=show(algorithm),
                )
                continue
            data = self.load(rel)
            text = None if data is None else _text(data, rel, notes)
            entries = [] if text is None else _manifest_lines(text, rel, rules, notes)
            target = tag_manifests if match[1] else payload_manifests
            target[algorithm] = (rel, entries)
        if not payload_manifests:
            notes.problem(
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The bag has no payload manifest (a manifest-<algorithm>.txt file).",
                    )
                ),
            )
        self.report.algorithms = sorted(payload_manifests)
        self.report.tag_algorithms = sorted(tag_manifests)

        if "bag-info.txt" in self.files:
            data = self.load("bag-info.txt")
            text = None if data is None else _text(data, "bag-info.txt", notes)
            if text is not None:
                items = _tag_items(text, "bag-info.txt", rules, notes)
                for label, value in items:
                    self.report.info.setdefault(label, []).append(value)

        expected = self.completeness(payload, tags, payload_manifests, tag_manifests, rules)
        self.advise(payload, payload_manifests, tag_manifests)
        self.check_cancel()
        self.fixity(expected)
        # Last, so that the problems naming a file come first.
        oxum = [(label, v) for label, vs in self.report.info.items() for v in vs]
        self.check_oxum(oxum, payload)

    def check_names(self, files: list[str]) -> None:
        by_key: dict[str, str] = {}
        nfc_seen: dict[str, str] = {}
        for rel in files:
            key = fold(rel)
            other = by_key.get(key)
            if other is not None:
                self.notes.problem(
                    rel,
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{file} and {other} differ only in letter case or Unicode "
                            "normalisation, so they would be one file on Windows and macOS.",
                        ),
                        file=show(other),
                        other=show(rel),
                    ),
                )
            by_key[key] = rel
            nfc_seen.setdefault(unicodedata.normalize("NFC", rel), rel)
        self.by_nfc = nfc_seen

    def check_oxum(self, items: list[tuple[str, str]], payload: list[str]) -> None:
        values = [v for label, v in items if label.casefold() == "payload-oxum"]
        if not values:
            return
        if len(values) > 1:
            self.notes.problem_in(
                "bag-info.txt",
                QT_TRANSLATE_NOOP("errors", "{file} gives Payload-Oxum more than once."),
            )
            return
        match = _OXUM.fullmatch(values[0].strip(" \t"))
        if match is None:
            self.notes.problem_in(
                "bag-info.txt",
                QT_TRANSLATE_NOOP(
                    "errors", "{file} gives Payload-Oxum as {value}, not bytes.files."
                ),
                value=show(values[0]),
            )
            return
        octets, streams = int(match[1]), int(match[2])
        total = sum(self.source.size(f) for f in payload)
        if (octets, streams) != (total, len(payload)):
            self.notes.problem_in(
                "bag-info.txt",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Payload-Oxum in {file} says {files} and {size}, but the payload has "
                    "{actual_files} and {actual_size}.",
                ),
                files=later.translate("errors", "%n file(s)", "", streams),
                size=later.translate("errors", "%n byte(s)", "", octets),
                actual_files=later.translate("errors", "%n file(s)", "", len(payload)),
                actual_size=later.translate("errors", "%n byte(s)", "", total),
            )

    def completeness(
        self,
        payload: list[str],
        tags: list[str],
        payload_manifests: dict[str, tuple[str, list[_Line]]],
        tag_manifests: dict[str, tuple[str, list[_Line]]],
        rules: tuple[int, int],
    ) -> dict[str, dict[str, tuple[str, str]]]:
        """Who lists what; returns file -> algorithm -> (expected digest, manifest)."""
        notes = self.notes
        expected: dict[str, dict[str, tuple[str, str]]] = {}
        missing: dict[str, list[str]] = {}
        for algorithm, (manifest, entries) in sorted(payload_manifests.items()):
            for e in entries:
                stored = self.resolve(e.path, manifest)
                if stored is None or not stored.startswith("data/"):
                    missing.setdefault(e.path, []).append(manifest)
                else:
                    expected.setdefault(stored, {})[algorithm] = (e.digest, manifest)
        for rel in payload:
            absent = [
                m
                for a, (m, _) in sorted(payload_manifests.items())
                if a not in expected.get(rel, {})
            ]
            if not absent:
                continue
            unlisted_here = message(
                QT_TRANSLATE_NOOP("errors", "{file} is in the bag but not listed in {manifests}."),
                file=show(rel),
                manifests=_join(absent),
            )
            if rel not in expected or rules >= (1, 0):
                notes.problem(rel, unlisted_here)
            else:
                notes.warning(rel, unlisted_here)

        listed_by: dict[str, set[str]] = {}
        payload_names = [m for m, _ in payload_manifests.values()]
        for algorithm, (manifest, entries) in sorted(tag_manifests.items()):
            listed: set[str] = set()
            for e in entries:
                if e.path == manifest:
                    notes.problem_in(
                        manifest,
                        QT_TRANSLATE_NOOP(
                            "errors", "{file} lists itself, which no checksum can satisfy."
                        ),
                    )
                    continue
                stored = self.resolve(e.path, manifest)
                if stored is None or stored.startswith("data/"):
                    missing.setdefault(e.path, []).append(manifest)
                    continue
                listed.add(stored)
                expected.setdefault(stored, {})[algorithm] = (e.digest, manifest)
            listed_by[manifest] = listed
            for pm in sorted(payload_names):
                if pm not in listed:
                    not_listed = message(
                        QT_TRANSLATE_NOOP(
                            "errors", "{file} does not list the payload manifest {other}."
                        ),
                        file=manifest,
                        other=pm,
                    )
                    if rules >= (1, 0):
                        notes.problem(manifest, not_listed)
                    else:
                        notes.warning(manifest, not_listed)
        for path, manifests in sorted(missing.items()):
            notes.problem(
                path,
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "{file} is listed in {manifests} but missing from the bag."
                    ),
                    file=show(path),
                    manifests=_join(manifests),
                ),
            )

        everywhere = set().union(*listed_by.values()) if listed_by else set()
        for rel in sorted(everywhere):
            absent = [m for m, listed in sorted(listed_by.items()) if rel not in listed]
            if absent:
                notes.warning(
                    rel,
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{file} is listed in some tag manifests but not in {manifests}.",
                        ),
                        file=show(rel),
                        manifests=_join(absent),
                    ),
                )
        unlisted = [
            rel
            for rel in tags
            if rel not in everywhere
            and not (_MANIFEST_NAME.fullmatch(rel) and rel.startswith("tagmanifest-"))
            and not _DETACHED_SIGNATURE.fullmatch(rel)
        ]
        self.report.unlisted_tag_files = unlisted
        if not tag_manifests:
            notes.warning(
                None,
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The bag has no tag manifest, so bagit.txt, bag-info.txt and the manifests "
                        "are not protected by checksums.",
                    )
                ),
            )
        else:
            for rel in unlisted:
                notes.warning(
                    rel,
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{file} is not listed in any tag manifest, so nothing checks it.",
                        ),
                        file=show(rel),
                    ),
                )
        return expected

    def advise(
        self,
        payload: list[str],
        payload_manifests: dict[str, tuple[str, list[_Line]]],
        tag_manifests: dict[str, tuple[str, list[_Line]]],
    ) -> None:
        notes = self.notes
        if tag_manifests:
            # Payload manifests without their tag manifest first, then the reverse.
            for missing, present, algorithms in (
                ("tagmanifest", "manifest", set(payload_manifests) - set(tag_manifests)),
                ("manifest", "tagmanifest", set(tag_manifests) - set(payload_manifests)),
            ):
                for algorithm in sorted(algorithms):
                    notes.warning(
                        f"tagmanifest-{algorithm}.txt",
                        message(
                            QT_TRANSLATE_NOOP("errors", "There is no {file} to go with {other}."),
                            file=f"{missing}-{algorithm}.txt",
                            other=f"{present}-{algorithm}.txt",
                        ),
                    )
        for kind, manifests in (("payload", payload_manifests), ("tag", tag_manifests)):
            if manifests and not set(manifests) & STRONG_ALGORITHMS:
                notes.warning(
                    None,
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "This bag's payload manifests use only {algorithms}, which catches "
                            "accidents but not deliberate tampering.",
                        )
                        if kind == "payload"
                        else QT_TRANSLATE_NOOP(
                            "errors",
                            "This bag's tag manifests use only {algorithms}, which catches "
                            "accidents but not deliberate tampering.",
                        ),
                        algorithms=_join(sorted(manifests)),
                    ),
                )
        for rel in payload:
            base = rel.rsplit("/", 1)[-1]
            if base in _SYSTEM_LITTER or base.startswith("._"):
                notes.warning(
                    rel,
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{file} is a file the operating system made, probably bagged by "
                            "accident.",
                        ),
                        file=show(rel),
                    ),
                )

    # --- fixity ----------------------------------------------------------------------------

    def fixity(self, expected: dict[str, dict[str, tuple[str, str]]]) -> None:
        results: list[_Hashed] = []
        jobs: list[tuple[str, list[str]]] = []
        for rel in sorted(expected):
            algorithms = sorted(expected[rel])
            data = self.texts.get(rel)
            if data is None:
                jobs.append((rel, algorithms))
                continue
            digests = {}
            for algorithm in algorithms:
                digests[algorithm] = hashlib.new(algorithm, data, usedforsecurity=False).hexdigest()
            results.append(_Hashed(rel, digests, len(data)))
            self.done_bytes += len(data)
        self.tell_progress(self.done_bytes)
        results.extend(self.hash_files(jobs))
        self.tell_progress(self.done_bytes)
        for result in sorted(results, key=lambda r: r.rel):
            rel = result.rel
            if result.digests is None:
                self.notes.problem(
                    rel,
                    result.error
                    or message(
                        QT_TRANSLATE_NOOP("errors", "{file} could not be read."), file=show(rel)
                    ),
                )
                continue
            self.report.files_checked += 1
            self.report.bytes_checked += result.size
            if result.size != self.source.size(rel):
                self.notes.problem(rel, _changed_size(show(rel)))
                continue
            wrong = [
                manifest
                for algorithm, (digest, manifest) in sorted(expected[rel].items())
                if result.digests[algorithm] != digest
            ]
            if wrong:
                self.notes.problem(
                    rel,
                    message(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{file} does not match its checksum in {manifests}: it was changed or "
                            "damaged.",
                        ),
                        file=show(rel),
                        manifests=_join(wrong),
                    ),
                )

    def hash_files(self, jobs: list[tuple[str, list[str]]]) -> list[_Hashed]:
        if not jobs:
            return []
        batches: list[list[tuple[str, list[str]]]] = []
        batch: list[tuple[str, list[str]]] = []
        batch_bytes = 0
        for job in sorted(jobs, key=lambda j: -self.source.size(j[0])):
            batch.append(job)
            batch_bytes += self.source.size(job[0])
            if batch_bytes >= _BATCH_BYTES or len(batch) >= _BATCH_FILES:
                batches.append(batch)
                batch, batch_bytes = [], 0
        if batch:
            batches.append(batch)
        stop = threading.Event()
        lock = threading.Lock()
        counter = [self.done_bytes]

        def work(items: list[tuple[str, list[str]]]) -> list[_Hashed]:
            buffer = bytearray(CHUNK_BYTES)
            return [self.hash_one(rel, algs, buffer, stop, lock, counter) for rel, algs in items]

        workers = max(1, min(self.workers or MAX_WORKERS, len(batches), os.cpu_count() or 1))
        with ThreadPoolExecutor(workers, thread_name_prefix="bagit-hash") as pool:
            futures = [pool.submit(work, b) for b in batches]
            pending = set(futures)
            try:
                while pending:
                    _, pending = wait(pending, timeout=0.05)
                    with lock:
                        done = counter[0]
                    self.tell_progress(done)
                    self.check_cancel()
            except BaseException:
                stop.set()
                for future in futures:
                    future.cancel()
                raise
        self.done_bytes = counter[0]
        return [r for future in futures for r in future.result()]

    def hash_one(
        self,
        rel: str,
        algorithms: list[str],
        buffer: bytearray,
        stop: threading.Event,
        lock: threading.Lock,
        counter: list[int],
    ) -> _Hashed:
        known = getattr(self.source, "known_sha256", None)
        if known is not None and algorithms == ["sha256"]:
            found = known(rel)  # the same bytes, hashed by a reader that needed them anyway
            if found is not None:
                with lock:
                    counter[0] += found[1]
                return _Hashed(rel, {"sha256": found[0]}, found[1])
        hashers = [hashlib.new(a, usedforsecurity=False) for a in algorithms]
        view = memoryview(buffer)
        size = 0
        opener = self.source.open
        if STRONG_ALGORITHMS.intersection(algorithms):
            opener = getattr(self.source, "open_unchecked", opener)
        try:
            with opener(rel) as fh:
                readinto = getattr(fh, "readinto", None)
                while not stop.is_set():
                    if readinto is not None:
                        n = readinto(buffer) or 0
                        chunk: bytes | memoryview = view[:n]
                    else:
                        chunk = fh.read(CHUNK_BYTES)
                        n = len(chunk)
                    if n == 0:
                        break
                    for h in hashers:
                        h.update(chunk)
                    size += n
                    with lock:
                        counter[0] += n
        except CorruptFileError as exc:
            return _Hashed(rel, None, size, from_error(exc))
        except OSError as exc:
            return _Hashed(rel, None, size, _unreadable(show(rel), exc))
        return _Hashed(
            rel, {a: h.hexdigest() for a, h in zip(algorithms, hashers, strict=True)}, size
        )


def validate_bag(
    source: BagSource,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    strict: bool = False,
    workers: int | None = None,
) -> BagReport:
    """Check the bag ``source`` offers: declaration, completeness and every checksum.

    Never raises for a bad bag: ``report.valid`` is False and ``report.problems`` says why, one
    sentence per problem naming its file. ``progress`` is called (on the calling thread) with
    the number of bytes hashed so far; the total is the size of every file a manifest lists.
    ``cancel`` is polled between reads; when it returns True, :class:`CancelledError` is raised.
    ``strict`` turns every warning into a problem (see the module documentation): in a bag
    that passes strictly, every file except the tag manifests and their detached signatures is
    listed in every manifest of its kind with SHA-256 or stronger checksums, and tag manifests
    pair up with payload manifests. Which tag manifest and signature a bag must carry (for a
    FieldKit bundle: ``tagmanifest-sha256.txt`` and its ``.minisig``) is the caller's to check.
    ``workers`` caps the threads that hash files (default: one per CPU, at most MAX_WORKERS).
    """
    validator = _Validator(source, progress, cancel)
    validator.workers = workers
    return validator.run(strict)
