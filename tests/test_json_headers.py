"""The two JSON headers FieldKit writes, vault.json and a bundle's fieldkit/bundle.json, are
written and first read by one rule (fieldkit.vault.header.JsonHeader, json_header_fields); each
keeps its own refusals, word for word, and its bytes (a bundle's header is in its signed tag
manifest, so the same content must stay the same bytes)."""

from __future__ import annotations

import json

import pytest

from fieldkit.bundles.layout import BundleHeader
from fieldkit.errors import CorruptFileError, UnsupportedFormatError, VaultFormatError
from fieldkit.vault.header import VaultHeader


def _old_bytes(data: dict[str, object]) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


def test_both_headers_keep_their_bytes() -> None:
    bundle = BundleHeader(
        bundle_id="0f8b2f6e-5d1c-4c1e-9a51-2d6f3f0d7a10",
        sender="ab" * 32,
        stream="main",
        epoch="0000abcd",
        sequence=3,
        previous_bundle=None,
        previous_tagmanifest_sha256=None,
        kind="full",
        encrypted=True,
    )
    raw = bundle.to_bytes()
    assert raw == _old_bytes(bundle.to_json())
    assert BundleHeader.from_bytes(raw) == bundle
    vault = VaultHeader(vault_id="v-1", demo=True, passphrase=None, recovery=None)
    raw = vault.to_bytes()
    assert raw == _old_bytes(vault.to_json())
    assert VaultHeader.from_bytes(raw) == vault


@pytest.mark.parametrize(
    ("raw", "sentence"),
    [
        (b"\xff\xfe", "The vault header (vault.json) is damaged."),
        (b"{not json", "The vault header (vault.json) is damaged."),
        (b"[1, 2]", "This folder's vault.json is not a FieldKit vault header."),
        (
            b'{"format": "fieldkit-bundle"}',
            "This folder's vault.json is not a FieldKit vault header.",
        ),
    ],
)
def test_a_vault_header_that_is_not_one_is_refused_as_before(raw: bytes, sentence: str) -> None:
    with pytest.raises(VaultFormatError) as info:
        VaultHeader.from_bytes(raw)
    assert info.value.message == sentence
    assert info.value.hint


@pytest.mark.parametrize(
    ("raw", "sentence"),
    [
        (b"\xff\xfe", "fieldkit/bundle.json is not valid JSON."),
        (b"{not json", "fieldkit/bundle.json is not valid JSON."),
        (b'"text"', "This is not a FieldKit bundle (fieldkit/bundle.json)."),
        (b'{"format": "fieldkit-vault"}', "This is not a FieldKit bundle (fieldkit/bundle.json)."),
    ],
)
def test_a_bundle_header_that_is_not_one_is_refused_as_before(raw: bytes, sentence: str) -> None:
    with pytest.raises(CorruptFileError) as info:
        BundleHeader.from_bytes(raw)
    assert type(info.value) is CorruptFileError
    assert info.value.message == sentence


def test_a_header_of_another_version_is_refused_as_before() -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        VaultHeader.from_bytes(b'{"format": "fieldkit-vault", "version": 2}')
    assert info.value.message == (
        "This vault uses format version 2, which this FieldKit cannot read."
    )
    with pytest.raises(UnsupportedFormatError) as info:
        BundleHeader.from_bytes(b'{"format": "fieldkit-bundle"}')
    assert info.value.message == (
        "This bundle uses format version None, which this FieldKit cannot read."
    )
    assert info.value.template.startswith("This bundle uses format version {version}")
