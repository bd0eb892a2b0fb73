"""A bag whose payload and tag manifests use different algorithms is valid but warned about,
one warning per unpaired algorithm: payload manifests without a tag manifest first, then the
reverse (issue 14 folded the two loops that say it into one; this pins what they said)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import bagit as bagit_python
from bag_folder import FolderSource

from fieldkit.bundles.bagit import BagProblem, validate_bag


def test_each_unpaired_manifest_algorithm_gets_one_warning_in_order(tmp_path: Path) -> None:
    bag = tmp_path / "bag"
    (bag / "data").mkdir(parents=True)
    (bag / "data" / "a.txt").write_bytes(b"hello\n")
    logging.disable(logging.CRITICAL)
    try:
        bagit_python.make_bag(str(bag), checksums=["sha256", "sha512"])
    finally:
        logging.disable(logging.NOTSET)
    # Payload manifests: sha512 only; tag manifests: sha256 only.
    (bag / "tagmanifest-sha512.txt").unlink()
    (bag / "manifest-sha256.txt").unlink()
    lines = [
        f"{hashlib.sha256((bag / name).read_bytes()).hexdigest()} {name}\n"
        for name in ("bag-info.txt", "bagit.txt", "manifest-sha512.txt")
    ]
    (bag / "tagmanifest-sha256.txt").write_text("".join(lines), "utf-8")

    report = validate_bag(FolderSource(bag))

    assert report.valid, report.problems
    unpaired = [w for w in report.warnings if "to go with" in w.message]
    assert unpaired == [
        BagProblem(
            "tagmanifest-sha512.txt",
            "There is no tagmanifest-sha512.txt to go with manifest-sha512.txt.",
        ),
        BagProblem(
            "tagmanifest-sha256.txt",
            "There is no manifest-sha256.txt to go with tagmanifest-sha256.txt.",
        ),
    ]
