"""SafeZip: hostile archives are refused in the constructor, good ones read back exactly.

Archives are built here: with zipfile where it can write what we need, and with a small raw
writer (below) for everything zipfile refuses to produce (bad names, lying headers, overlaps...).
"""

from __future__ import annotations

import io
import os
import stat
import struct
import tracemalloc
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from bag_folder import FolderSource
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.bundles.safe_zip import (
    Limits,
    SafeZip,
    UnsafeArchiveError,
    ZipSource,
)
from fieldkit.errors import CorruptFileError

REGULAR = (stat.S_IFREG | 0o644) << 16
FOLDER = ((stat.S_IFDIR | 0o755) << 16) | 0x10


# --- a raw ZIP writer ----------------------------------------------------------------------------


@dataclass
class Entry:
    """One member as the raw writer will write it; every field can be made to lie."""

    name: str | bytes
    data: bytes = b""
    external: int = REGULAR
    made_by: int = (3 << 8) | 20  # Unix, 2.0
    method: int = 0
    flags: int | None = None  # default: UTF-8 flag when the name is not ASCII
    crc: int | None = None  # default: the CRC of data
    size: int | None = None  # what the central directory declares (both sizes)
    local_name: bytes | None = None
    local_flags: int | None = None
    local_crc: int | None = None
    local_size: int | None = None
    descriptor: bytes | None = None  # written after the data; sets flag bit 3
    zip64: bool = False  # sizes and offset through ZIP64 extra fields
    extra: bytes = b""
    local_extra: bytes = b""
    offset: int | None = None  # header offset the central directory declares
    stored: bytes | None = None  # bytes actually written as data (default: data)

    @property
    def raw_name(self) -> bytes:
        return self.name if isinstance(self.name, bytes) else self.name.encode("utf-8")


def descriptor(crc: int, size: int, *, signature: bool = True, zip64: bool = False) -> bytes:
    body = struct.pack("<LQQ" if zip64 else "<LLL", crc, size, size)
    return (b"PK\x07\x08" if signature else b"") + body


def extra_field(tag: int, data: bytes) -> bytes:
    return struct.pack("<HH", tag, len(data)) + data


@dataclass
class Archive:
    entries: list[Entry] = field(default_factory=list)
    zip64_end: bool = False
    prefix: bytes = b""  # bytes before the first member
    gap: bytes = b""  # bytes between the first and second member
    comment: bytes = b""
    disk: int = 0

    def build(self) -> bytes:
        out = bytearray(self.prefix)
        central = bytearray()
        for index, e in enumerate(self.entries):
            if index == 1:
                out += self.gap
            raw_name = e.raw_name
            flags = e.flags if e.flags is not None else (0 if raw_name.isascii() else 0x800)
            if e.descriptor is not None:
                flags |= 0x08
            stored = e.data if e.stored is None else e.stored
            crc = zlib.crc32(e.data) if e.crc is None else e.crc
            size = len(stored) if e.size is None else e.size
            offset = len(out) if e.offset is None else e.offset
            # Local header.
            l_flags = flags if e.local_flags is None else e.local_flags
            l_crc = e.local_crc if e.local_crc is not None else (0 if e.descriptor else crc)
            l_size = e.local_size if e.local_size is not None else (0 if e.descriptor else size)
            l_extra = e.local_extra
            if e.zip64:
                l_extra = extra_field(1, struct.pack("<QQ", l_size, l_size)) + l_extra
                l_size_field = 0xFFFFFFFF
            else:
                l_size_field = l_size
            l_name = raw_name if e.local_name is None else e.local_name
            out += struct.pack(
                "<4s5H3L2H", b"PK\x03\x04", 45 if e.zip64 else 20, l_flags, e.method, 0, 0x21,
                l_crc, l_size_field, l_size_field, len(l_name), len(l_extra),
            )  # fmt: skip
            out += l_name + l_extra + stored
            if e.descriptor is not None:
                out += e.descriptor
            # Central directory entry.
            c_extra = e.extra
            if e.zip64:
                c_extra = extra_field(1, struct.pack("<QQQ", size, size, offset)) + c_extra
                c_size = c_offset = 0xFFFFFFFF
            else:
                c_size, c_offset = size, offset
            central += struct.pack(
                "<4s6H3L5H2L", b"PK\x01\x02", e.made_by, 45 if e.zip64 else 20, flags, e.method,
                0, 0x21, crc, c_size, c_size, len(raw_name), len(c_extra), 0, 0, 0, e.external,
                c_offset,
            )  # fmt: skip
            central += raw_name + c_extra
        cd_offset = len(out)
        out += central
        count = len(self.entries)
        if self.zip64_end:
            z_offset = len(out)
            out += struct.pack(
                "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(central),
                cd_offset,
            )  # fmt: skip
            out += struct.pack("<4sLQL", b"PK\x06\x07", 0, z_offset, 1)
            out += struct.pack(
                "<4s4H2LH", b"PK\x05\x06", 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                0xFFFFFFFF, len(self.comment),
            )  # fmt: skip
        else:
            out += struct.pack(
                "<4s4H2LH", b"PK\x05\x06", self.disk, self.disk, count, count, len(central),
                cd_offset, len(self.comment),
            )  # fmt: skip
        out += self.comment
        return bytes(out)


def good_entries() -> list[Entry]:
    return [
        Entry("b/", external=FOLDER),
        Entry("b/bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
        Entry("b/data/one.txt", b"one\n"),
        Entry("b/data/empty", b""),
    ]


def write(tmp_path: Path, data: bytes, name: str = "t.fkb") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def open_raw(tmp_path: Path, archive: Archive, limits: Limits | None = None) -> SafeZip:
    path = write(tmp_path, archive.build())
    return SafeZip(path) if limits is None else SafeZip(path, limits)


def refused(
    tmp_path: Path, archive: Archive, *words: str, limits: Limits | None = None
) -> UnsafeArchiveError:
    with pytest.raises(UnsafeArchiveError) as info:
        open_raw(tmp_path, archive, limits)
    message = info.value.message
    for word in words:
        assert word in message, message
    assert info.value.hint
    return info.value


def read_all(zf: SafeZip) -> dict[str, bytes]:
    out = {}
    for name in zf.members:
        with zf.open(name) as fh:
            out[name] = fh.read()
    return out


# --- good archives -------------------------------------------------------------------------------


def test_raw_writer_output_is_a_valid_zip_for_the_stdlib(tmp_path: Path) -> None:
    path = write(tmp_path, Archive(good_entries()).build())
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        assert zf.read("b/data/one.txt") == b"one\n"


def test_good_archive_reads_back_exactly(tmp_path: Path) -> None:
    path = tmp_path / "good.fkb"
    contents = {
        "bundle/bagit.txt": b"BagIt-Version: 1.0\n",
        "bundle/data/a.bin": os.urandom(100_000),
        "bundle/data/media/empty": b"",
        "bundle/data/Núñez.txt": "é".encode(),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.mkdir("bundle")
        for name, data in contents.items():
            zf.writestr(name, data)
    with SafeZip(path) as szf:
        assert szf.top_folder == "bundle"
        assert list(szf.members) == list(contents)
        assert read_all(szf) == contents
        assert szf.members["bundle/data/a.bin"].size == 100_000
        source = ZipSource(szf)
        assert sorted(source.files()) == sorted(n.split("/", 1)[1] for n in contents)
        assert {"data", "data/media"} <= set(source.folders())
        with source.open("data/a.bin") as fh:
            assert fh.read(10) == contents["bundle/data/a.bin"][:10]


def test_raw_archive_with_folder_entries_reads_back(tmp_path: Path) -> None:
    with open_raw(tmp_path, Archive(good_entries())) as zf:
        assert zf.top_folder == "b"
        assert list(zf.members) == ["b/bagit.txt", "b/data/one.txt", "b/data/empty"]
        assert read_all(zf)["b/data/one.txt"] == b"one\n"


def test_reading_a_50_mb_member_in_chunks_uses_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.fkb"
    block = os.urandom(1 << 20)
    with zipfile.ZipFile(path, "w") as zf, zf.open("b/data/big", "w") as fh:
        for _ in range(50):
            fh.write(block)
    crc = zlib.crc32(block * 50)
    with SafeZip(path) as szf:
        assert szf.members["b/data/big"].crc32 == crc
        tracemalloc.start()
        try:
            total, running = 0, 0
            with szf.open("b/data/big") as fh:
                while chunk := fh.read(1 << 20):
                    total += len(chunk)
                    running = zlib.crc32(chunk, running)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert total == 50 << 20
    assert running == crc
    assert peak < 8 << 20, peak


def test_crc_mismatch_is_detected_when_the_member_ends(tmp_path: Path) -> None:
    data = bytes(range(256)) * 40
    raw = bytearray(Archive([Entry("b/data/x", data), Entry("b/data/y", b"ok")]).build())
    start = raw.index(data)
    raw[start + 5000] ^= 0x01  # a flipped byte in the data, headers untouched
    path = write(tmp_path, bytes(raw))
    with SafeZip(path) as zf:  # the CRC is not known to be wrong until the member is read
        with zf.open("b/data/y") as fh:
            assert fh.read() == b"ok"
        with zf.open("b/data/x") as fh:
            assert len(fh.read(4096)) == 4096  # not the end yet
            with pytest.raises(CorruptFileError, match=r"b/data/x.*CRC-32"):
                fh.read(len(data))
        with zf.open("b/data/x") as fh, pytest.raises(CorruptFileError, match="b/data/x"):
            while fh.read(1000):
                pass


def test_crc_of_an_empty_member_is_checked_too(tmp_path: Path) -> None:
    with open_raw(tmp_path, Archive([Entry("b/empty", b"", crc=1)])) as zf:
        with zf.open("b/empty") as fh, pytest.raises(CorruptFileError, match="b/empty"):
            fh.read()


def test_zip64_records_written_by_zipfile_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "z64.fkb"
    with zipfile.ZipFile(path, "w") as zf:
        with zf.open(zipfile.ZipInfo("b/data/big"), "w", force_zip64=True) as fh:
            fh.write(b"x" * 1000)
        zf.writestr("b/bagit.txt", b"BagIt")
    with SafeZip(path) as szf:
        assert read_all(szf) == {"b/data/big": b"x" * 1000, "b/bagit.txt": b"BagIt"}


def test_synthetic_zip64_archive_is_accepted(tmp_path: Path) -> None:
    entries = [replace(e, zip64=True) for e in good_entries()]
    archive = Archive(entries, zip64_end=True)
    path = write(tmp_path, archive.build())
    with zipfile.ZipFile(path) as zf:  # the stdlib agrees it is a valid ZIP64 archive
        assert zf.read("b/data/one.txt") == b"one\n"
    with SafeZip(path) as szf:
        assert read_all(szf)["b/data/one.txt"] == b"one\n"


def test_zip64_end_record_that_disagrees_is_refused(tmp_path: Path) -> None:
    raw = bytearray(Archive(good_entries(), zip64_end=True).build())
    z = raw.rindex(b"PK\x06\x06")
    struct.pack_into("<Q", raw, z + 32, 3)  # total entries: 3 instead of 4
    with pytest.raises(CorruptFileError, match="ZIP64 end record"):
        SafeZip(write(tmp_path, bytes(raw)))


def test_streamed_archive_with_data_descriptors_is_accepted(tmp_path: Path) -> None:
    class Unseekable(io.RawIOBase):
        def __init__(self) -> None:
            self.buffer = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b: object) -> int:
            data = bytes(b)  # type: ignore[call-overload]
            self.buffer += data
            return len(data)

    sink = Unseekable()
    with zipfile.ZipFile(sink, "w") as zf:  # not seekable: zipfile writes data descriptors
        with zf.open("b/data/x", "w") as fh:
            fh.write(b"hello")
        with zf.open("b/data/y", "w") as fh:
            fh.write(b"world")
    data = bytes(sink.buffer)
    assert struct.unpack_from("<H", data, 6)[0] & 0x08  # really has descriptors
    with SafeZip(write(tmp_path, data)) as szf:
        assert read_all(szf) == {"b/data/x": b"hello", "b/data/y": b"world"}


def test_data_descriptor_without_signature_is_accepted(tmp_path: Path) -> None:
    data = b"payload"
    entry = Entry("b/x", data, descriptor=descriptor(zlib.crc32(data), 7, signature=False))
    with open_raw(tmp_path, Archive([entry])) as zf:
        assert read_all(zf) == {"b/x": data}


# --- not a ZIP at all ----------------------------------------------------------------------------


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CorruptFileError, match="empty"):
        SafeZip(write(tmp_path, b""))


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
        os.urandom(4096),
        b"PK\x05\x06",  # a lone signature
        b"PK\x03\x04" + b"\x00" * 100,
    ],
    ids=["png", "random", "signature-only", "local-header-only"],
)
def test_not_a_zip_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(CorruptFileError, match="not a readable bundle"):
        SafeZip(write(tmp_path, data))


def test_truncated_archive_is_refused(tmp_path: Path) -> None:
    data = Archive(good_entries()).build()
    for cut in (1, 10, 22, len(data) // 2):
        with pytest.raises(CorruptFileError, match="not a readable bundle"):
            SafeZip(write(tmp_path, data[:-cut], f"cut{cut}.fkb"))


def test_garbage_after_the_end_record_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CorruptFileError, match="no ZIP end record"):
        SafeZip(write(tmp_path, Archive(good_entries()).build() + b"garbage"))


def test_a_folder_is_not_an_archive(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        SafeZip(tmp_path)


def test_archive_without_files_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeArchiveError, match="contains no files"):
        open_raw(tmp_path, Archive([]))
    refused(tmp_path, Archive([Entry("b/", external=FOLDER)]), "contains no files")


# --- hostile names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("/etc/passwd", ["/etc/passwd", "absolute path"]),
        ("b/../../evil", ["..", "outside"]),
        ("b/data/..", [".."]),
        ("b\\data\\x", ["backslash"]),
        ("C:/b/x", ["drive letter"]),
        ("b/C:x", ["':'"]),
        ("b/data/x.txt:stream", ["':'"]),
        ("b//x", ["empty part"]),
        ("b/data/", None),  # a folder entry: fine
        ("b/x/", None),
        ("b/./x", ["'.' part"]),
        ("b/x\x00y", ["NUL"]),
        ("b/x\x01y", ["control character"]),
        ("b/x\ny", ["control character"]),
        ("b/x\x85y", ["control character"]),
        ("~/b/x", ["home folder"]),
    ],
)
def test_unsafe_names_are_refused(tmp_path: Path, name: str, words: list[str] | None) -> None:
    external = FOLDER if name.endswith("/") else REGULAR
    archive = Archive([Entry("b/ok", b"1"), Entry(name, b"", external=external)])
    if words is None:
        with open_raw(tmp_path, archive) as zf:
            assert "b/ok" in zf.members
        return
    refused(tmp_path, archive, *words)


def test_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, Archive([Entry(b"b/\xff\xfe", flags=0x800)]), "not valid UTF-8")


def test_non_ascii_name_without_the_utf8_flag_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, Archive([Entry(b"b/caf\xe9", flags=0)]), "not UTF-8")
    refused(tmp_path, Archive([Entry("b/café".encode(), flags=0)]), "not UTF-8")


def test_utf8_name_with_the_flag_is_accepted(tmp_path: Path) -> None:
    with open_raw(tmp_path, Archive([Entry("b/Núñez", b"x")])) as zf:
        assert list(zf.members) == ["b/Núñez"]


def test_name_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/" + "x" * 300, b"")])
    refused(tmp_path, archive, "b/xxx", "302 bytes", limits=Limits(max_name_bytes=256))


def test_second_name_in_a_unicode_path_field_is_refused(tmp_path: Path) -> None:
    evil = extra_field(0x7075, b"\x01" + struct.pack("<L", zlib.crc32(b"b/x")) + b"../../evil")
    refused(tmp_path, Archive([Entry("b/x", b"", extra=evil)]), "b/x", "alternative name")


# --- links and special files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("external", "made_by", "words"),
    [
        ((stat.S_IFLNK | 0o777) << 16, (3 << 8) | 20, ["b/link", "symbolic link"]),
        (0x400 | 0x20, (10 << 8) | 20, ["b/link", "symbolic link"]),  # NTFS reparse point
        ((stat.S_IFCHR | 0o600) << 16, (3 << 8) | 20, ["b/link", "special file"]),
        ((stat.S_IFIFO | 0o600) << 16, (3 << 8) | 20, ["b/link", "special file"]),
        ((stat.S_IFSOCK | 0o600) << 16, (3 << 8) | 20, ["special file"]),
        ((stat.S_IFBLK | 0o600) << 16, (3 << 8) | 20, ["special file"]),
        (FOLDER, (3 << 8) | 20, ["marked as a folder"]),
    ],
)
def test_links_and_special_files_are_refused(
    tmp_path: Path, external: int, made_by: int, words: list[str]
) -> None:
    archive = Archive(
        [Entry("b/ok", b"1"), Entry("b/link", b"/etc", external=external, made_by=made_by)]
    )
    refused(tmp_path, archive, *words)


def test_symlink_written_by_zipfile_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.fkb"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("b/data/passwd")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(UnsafeArchiveError, match="symbolic link"):
        SafeZip(path)


def test_dos_attributes_of_a_windows_made_archive_are_accepted(tmp_path: Path) -> None:
    archive = Archive(
        [Entry("b/x", b"1", external=0x20, made_by=20), Entry("b/d/", external=0x10, made_by=20)]
    )
    with open_raw(tmp_path, archive) as zf:
        assert list(zf.members) == ["b/x"]


# --- collisions ----------------------------------------------------------------------------------


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/data/x", b"1"), Entry("b/data/x", b"2")])
    refused(tmp_path, archive, "b/data/x", "appears twice")


def test_names_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/data/Photo.JPG", b"1"), Entry("b/data/photo.jpg", b"2")])
    refused(tmp_path, archive, "b/data/Photo.JPG", "b/data/photo.jpg", "letter case")


def test_names_differing_only_in_unicode_normalisation_are_refused(tmp_path: Path) -> None:
    nfc, nfd = "b/N\u00fa\u00f1ez", "b/Nu\u0301n\u0303ez"
    refused(tmp_path, Archive([Entry(nfc, b"1"), Entry(nfd, b"2")]), "normalisation")


def test_folder_colliding_with_a_file_is_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/data/x", b"1"), Entry("b/data/X/y", b"2")])
    refused(tmp_path, archive, "b/data/x", "is a file", "inside it")


def test_folder_entry_and_file_of_the_same_name_are_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/data/x", b"1"), Entry("b/data/x/", external=FOLDER)])
    refused(tmp_path, archive, "b/data/x")


# --- the one top-level folder --------------------------------------------------------------------


def test_file_at_the_top_level_is_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/x", b"1"), Entry("readme.txt", b"hi")])
    refused(tmp_path, archive, "readme.txt", "top level")


def test_more_than_one_top_level_folder_is_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/x", b"1"), Entry("c/y", b"2")])
    refused(tmp_path, archive, "more than one top-level folder", "b", "c")


def test_top_level_folders_differing_in_case_are_refused(tmp_path: Path) -> None:
    refused(tmp_path, Archive([Entry("b/x", b"1"), Entry("B/y", b"2")]), "top-level folder")


# --- compression, encryption, features -----------------------------------------------------------


def test_compressed_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deflated.fkb"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("b/data/x", b"a" * 10_000)
    with pytest.raises(UnsafeArchiveError, match=r"b/data/x.*compressed \(method 8\)"):
        SafeZip(path)


def test_mixed_archive_with_one_compressed_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mixed.fkb"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("b/ok", b"stored")
        zf.writestr("b/bomb", b"\x00" * 100_000, compress_type=zipfile.ZIP_DEFLATED)
    with pytest.raises(UnsafeArchiveError, match=r"b/bomb.*compressed"):
        SafeZip(path)


def test_encrypted_member_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, Archive([Entry("b/secret", b"x" * 12, flags=0x01)]), "b/secret", "encrypted")
    refused(tmp_path, Archive([Entry("b/secret", b"x", flags=0x41)]), "encrypted")


def test_unknown_zip_features_are_refused(tmp_path: Path) -> None:
    refused(tmp_path, Archive([Entry("b/x", b"x", flags=0x20)]), "features")


def test_sizes_that_differ_are_refused(tmp_path: Path) -> None:
    raw = bytearray(Archive([Entry("b/x", b"abc")]).build())
    cd = raw.index(b"PK\x01\x02")
    struct.pack_into("<L", raw, cd + 20, 2)  # compressed size 2, uncompressed 3
    with pytest.raises(UnsafeArchiveError, match="two different sizes"):
        SafeZip(write(tmp_path, bytes(raw)))


def test_folder_entry_with_content_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, Archive([Entry("b/d/", b"hidden", external=FOLDER)]), "folder entry")


def test_split_archive_is_refused(tmp_path: Path) -> None:
    refused(tmp_path, Archive(good_entries(), disk=1), "multi-part")


@pytest.mark.parametrize(
    ("zip64", "signature", "at", "fmt", "refusal", "words"),
    [
        (False, b"PK\x05\x06", 8, "<H", CorruptFileError, "its end record counts its entries"),
        (True, b"PK\x06\x06", 16, "<L", UnsafeArchiveError, "multi-part"),
        (True, b"PK\x06\x06", 20, "<L", UnsafeArchiveError, "multi-part"),
        (True, b"PK\x06\x06", 24, "<Q", CorruptFileError, "ZIP64 end record counts its entries"),
    ],
)
def test_either_end_record_must_say_one_disk_holds_every_entry(
    tmp_path: Path,
    zip64: bool,
    signature: bytes,
    at: int,
    fmt: str,
    refusal: type[CorruptFileError],
    words: str,
) -> None:
    """The classic end record and the ZIP64 one are held to the same rule: one disk (a split
    archive is refused as such), whose entry count is the archive's."""
    raw = bytearray(Archive(good_entries(), zip64_end=zip64).build())
    field_at = raw.rindex(signature) + at
    (value,) = struct.unpack_from(fmt, raw, field_at)
    struct.pack_into(fmt, raw, field_at, value + 1)
    with pytest.raises(refusal, match=words) as info:
        SafeZip(write(tmp_path, bytes(raw)))
    assert info.value.hint


# --- headers that lie ----------------------------------------------------------------------------


def test_local_header_with_another_name_is_refused(tmp_path: Path) -> None:
    entry = Entry("b/data/x", b"1", local_name=b"b/../../x")
    refused(tmp_path, Archive([entry]), "b/data/x", "different name in its local header")


def test_local_header_with_another_size_is_refused(tmp_path: Path) -> None:
    entry = Entry("b/data/x", b"12345", local_size=3)
    refused(tmp_path, Archive([entry]), "b/data/x", "local header", "disagrees")


def test_local_header_with_another_crc_is_refused(tmp_path: Path) -> None:
    entry = Entry("b/data/x", b"12345", local_crc=7)
    refused(tmp_path, Archive([entry]), "b/data/x", "disagrees")


def test_local_header_with_other_flags_is_refused(tmp_path: Path) -> None:
    entry = Entry("b/data/x", b"1", local_flags=0x800)
    refused(tmp_path, Archive([entry]), "b/data/x", "different flags")


def test_central_directory_declaring_a_larger_size_is_refused(tmp_path: Path) -> None:
    # The central directory claims 9 bytes where 5 are stored: it would read into the next member.
    archive = Archive([Entry("b/x", b"12345", size=9, local_size=9), Entry("b/y", b"6789")])
    refused(tmp_path, archive, "b/y", "overlaps")


def test_data_descriptor_that_disagrees_is_refused(tmp_path: Path) -> None:
    data = b"payload"
    for bad in (
        descriptor(zlib.crc32(data) ^ 1, len(data)),
        descriptor(zlib.crc32(data), len(data) + 1),
        descriptor(zlib.crc32(data), len(data), zip64=True),  # wrong width: no ZIP64 here
    ):
        entry = Entry("b/x", data, descriptor=bad)
        refused(tmp_path, Archive([entry, Entry("b/y", b"2")]), "b/x", "data descriptor")


def test_zip64_data_descriptor_is_accepted(tmp_path: Path) -> None:
    data = b"payload"
    entry = Entry("b/x", data, zip64=True, descriptor=descriptor(zlib.crc32(data), 7, zip64=True))
    with open_raw(tmp_path, Archive([entry])) as zf:
        assert read_all(zf) == {"b/x": data}


# --- overlaps and hidden bytes -------------------------------------------------------------------


def test_two_entries_sharing_one_local_header_are_refused(tmp_path: Path) -> None:
    # The classic overlapping zip bomb: many central directory entries, one payload.
    entries = [Entry("b/a", b"x" * 100)] + [
        Entry(f"b/{i}", b"x" * 100, local_name=b"b/a", offset=0, stored=b"") for i in range(3)
    ]
    refused(tmp_path, Archive(entries), "overlaps another member")


def test_member_whose_data_overlaps_the_next_header_is_refused(tmp_path: Path) -> None:
    raw = bytearray(Archive([Entry("b/a", b"aaaa"), Entry("b/b", b"bbbb")]).build())
    second = raw.index(b"PK\x03\x04", 4)
    cd = raw.index(b"PK\x01\x02")
    cd2 = raw.index(b"PK\x01\x02", cd + 4)
    struct.pack_into("<L", raw, cd2 + 42, second - 2)  # second entry starts inside the first
    with pytest.raises(UnsafeArchiveError, match="b/b overlaps another member"):
        SafeZip(write(tmp_path, bytes(raw)))


def test_bytes_hidden_between_members_are_refused(tmp_path: Path) -> None:
    # A streaming reader would see this extra local header; the central directory hides it.
    hidden = Archive([Entry("b/evil", b"EVIL")]).build()
    hidden = hidden[: hidden.index(b"PK\x01\x02")]
    archive = Archive([Entry("b/a", b"1"), Entry("b/b", b"2")], gap=hidden)
    refused(tmp_path, archive, "belong to no member")


def test_prepended_bytes_are_refused(tmp_path: Path) -> None:
    # zipfile itself accepts this (self-extracting archives); bundles never start that way.
    data = Archive(good_entries(), prefix=b"#!/bin/sh\nexit 0\n").build()
    with pytest.raises(UnsafeArchiveError, match="17 bytes at offset 0 that belong to no member"):
        SafeZip(write(tmp_path, data))


def test_member_pointing_into_the_central_directory_is_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/a", b"1"), Entry("b/b", b"2", offset=10_000)])
    with pytest.raises(CorruptFileError, match="b/b lies outside the archive"):
        open_raw(tmp_path, archive)


# --- limits --------------------------------------------------------------------------------------


def test_more_members_than_allowed_are_refused(tmp_path: Path) -> None:
    archive = Archive([Entry(f"b/{i}", b"") for i in range(5)])
    refused(tmp_path, archive, "5 entries", "4", limits=Limits(max_members=4))
    with open_raw(tmp_path, archive, Limits(max_members=5)) as zf:
        assert len(zf.members) == 5


def test_member_larger_than_allowed_is_refused(tmp_path: Path) -> None:
    archive = Archive([Entry("b/big", b"x" * 2000)])
    refused(tmp_path, archive, "b/big", "2000 bytes", limits=Limits(max_member_bytes=1000))


def test_declared_total_larger_than_allowed_is_refused(tmp_path: Path) -> None:
    archive = Archive([Entry(f"b/{i}", b"x" * 600) for i in range(3)])
    refused(tmp_path, archive, "1000 bytes", limits=Limits(max_total_bytes=1000))


def test_huge_declared_sizes_are_refused_before_reading(tmp_path: Path) -> None:
    # A central directory that claims 1 TiB in a tiny file: refused on the numbers alone.
    entry = Entry("b/x", b"tiny", zip64=True, size=1 << 40, local_size=1 << 40)
    refused(tmp_path, Archive([entry], zip64_end=True), "b/x", "more than")


# --- robustness: damage never leaks anything but CorruptFileError --------------------------------


_SAMPLE = Archive(
    [
        Entry("b/", external=FOLDER),
        Entry("b/bagit.txt", b"BagIt-Version: 1.0\n"),
        Entry("b/data/x", bytes(range(200))),
        Entry("b/data/y", b"", zip64=True),
    ],
    zip64_end=True,
).build()


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    flips=st.lists(
        st.tuples(st.integers(0, len(_SAMPLE) - 1), st.integers(1, 255)), min_size=0, max_size=4
    ),
    cut=st.one_of(st.none(), st.integers(0, len(_SAMPLE))),
)
def test_damaged_archives_raise_only_corrupt_file_errors(
    tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]], cut: int | None
) -> None:
    raw = bytearray(_SAMPLE)
    for position, mask in flips:
        raw[position] ^= mask
    if cut is not None:
        del raw[cut:]
    path = tmp_path_factory.mktemp("fuzz") / "f.fkb"
    path.write_bytes(bytes(raw))
    try:
        with SafeZip(path) as zf:
            read_all(zf)
    except CorruptFileError as exc:
        assert exc.message and "\n" not in exc.message


# --- FolderSource --------------------------------------------------------------------------------


def test_folder_source_lists_files_and_refuses_links(tmp_path: Path) -> None:
    bag = tmp_path / "bag"
    (bag / "data" / "sub").mkdir(parents=True)
    (bag / "data" / "sub" / "a.txt").write_bytes(b"a")
    (bag / "bagit.txt").write_bytes(b"x")
    (bag / "data" / "link").symlink_to("/etc/passwd")
    (bag / "data" / "dirlink").symlink_to(bag / "data" / "sub")
    os.mkfifo(bag / "data" / "fifo")
    source = FolderSource(bag)
    assert source.files() == ["bagit.txt", "data/sub/a.txt"]
    assert source.size("data/sub/a.txt") == 1
    refused_names = dict(source.refused)
    assert set(refused_names) == {"data/link", "data/dirlink", "data/fifo"}
    assert "symbolic link" in refused_names["data/link"]
    assert "special file" in refused_names["data/fifo"]
    with source.open("data/sub/a.txt") as fh:
        assert fh.read() == b"a"
    with pytest.raises(KeyError):
        source.open("data/link")
    with pytest.raises(KeyError):
        source.open("../etc/passwd")


def test_folder_source_refuses_a_link_swapped_in_after_the_walk(tmp_path: Path) -> None:
    bag = tmp_path / "bag"
    (bag / "data").mkdir(parents=True)
    (bag / "data" / "a.txt").write_bytes(b"a")
    source = FolderSource(bag)
    (bag / "data" / "a.txt").unlink()
    (bag / "data" / "a.txt").symlink_to("/etc/passwd")
    with pytest.raises(UnsafeArchiveError, match="symbolic link"):
        source.open("data/a.txt")


def test_folder_source_refuses_a_linked_root(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    with pytest.raises(UnsafeArchiveError, match="symbolic link"):
        FolderSource(tmp_path / "alias")


def test_a_named_pipe_given_as_a_bundle_is_refused_without_waiting(tmp_path: Path) -> None:
    """`fieldkit verify pipe.fkb` (or a bundle swapped for a FIFO in a sync folder) hung on
    open; it is refused at once as not a regular file."""
    import subprocess
    import sys

    fifo = tmp_path / "pipe.fkb"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "fieldkit", "verify", str(fifo)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,  # the old code never returned: the timeout fails the test
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "regular file" in result.stderr and "Traceback" not in result.stderr
