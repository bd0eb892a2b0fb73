"""A vault's own card is never a recipient of its sync target, folder or S3 alike: it always
reads its own bundles, and the refusal is the same sentence for both kinds."""

from __future__ import annotations

from pathlib import Path

import pytest
from peers import Peer

from fieldkit.errors import UsageError
from fieldkit.sync import layout, s3target, targets
from fieldkit.sync.s3client import S3Credentials

REFUSAL = "This vault's own card is not a recipient: it always reads its bundles."


def test_own_card_refused_for_a_folder_target(tmp_path: Path) -> None:
    amal, bohdan = Peer(tmp_path, "amal"), Peer(tmp_path, "bohdan")
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(UsageError) as caught:
        targets.add_target(amal.vault, "usb", folder, [bohdan.card, amal.card])
    assert str(caught.value) == REFUSAL
    assert targets.list_targets(amal.vault) == []
    assert not (folder / layout.MARKER).exists()


def test_own_card_refused_for_an_s3_target_before_any_network(tmp_path: Path) -> None:
    pytest.importorskip("botocore", reason="botocore (the s3 extra) is not installed")
    amal = Peer(tmp_path, "amal")
    with pytest.raises(UsageError) as caught:
        s3target.add_s3_target(
            amal.vault,
            "cloud",
            "s3://bucket/prefix",
            "http://127.0.0.1:9",  # nothing listens: the refusal comes first
            S3Credentials("AKIA0000", "secret"),
            [amal.card],
        )
    assert str(caught.value) == REFUSAL
    assert targets.list_targets(amal.vault) == []
