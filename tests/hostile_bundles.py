"""Bundles a hostile but trusted sender could write: a real plain bundle from tests/peers.py,
its records.ndjson replaced, and every hash and signature made again with the sender's key
(so verify's signature checks pass and only the content checks can catch what is wrong)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from peers import Peer

from fieldkit.canonical_json import canonical_json
from fieldkit.crypto import minisign
from fieldkit.identity.own import OwnIdentity
from fieldkit.records.revision import Revision


def members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write(ms: dict[str, bytes], target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        for name, data in ms.items():
            zf.writestr(name, data)
    return target


def bag_of(ms: dict[str, bytes]) -> str:
    return next(iter(ms)).split("/")[0]


def lines_of(ms: dict[str, bytes]) -> list[bytes]:
    return ms[f"{bag_of(ms)}/data/records.ndjson"].splitlines()


def revision_line(rev: Revision) -> bytes:
    return b'{"revision":%s,"signature":"%s","type":"revision"}' % (
        rev.canonical(),
        rev.signature.hex().encode(),
    )


def content(rev: Revision, **change: Any) -> bytes:
    """``rev``'s line with ``change`` applied to its content after signing (the author's
    signature then fails, unless the check under test refuses the line first)."""
    line = json.loads(revision_line(rev))
    line["revision"].update(change)
    return canonical_json(line)


def _sign(
    ms: dict[str, bytes],
    name: str,
    identity: OwnIdentity,
    untrusted: str | None,
    edit: tuple[bytes, bytes] = (b"", b""),
) -> None:
    old = ms[f"{name}.minisig"].replace(*edit).decode().splitlines()
    comment = old[2][len("trusted comment: ") :]
    kw = {} if untrusted is None else {"untrusted_comment": untrusted}
    ms[f"{name}.minisig"] = minisign.sign(
        identity.signing_key, identity.key_id, ms[name], comment, **kw
    ).encode()


def _manifest(ms: dict[str, bytes], bag: str, names: list[str]) -> bytes:
    return "".join(
        f"{hashlib.sha256(ms[f'{bag}/{n}']).hexdigest()}  {n}\n" for n in sorted(names)
    ).encode()


def reseal(
    ms: dict[str, bytes], identity: OwnIdentity, extra: tuple[bytes, bytes] = (b"", b"")
) -> dict[str, bytes]:
    """Both manifests and the outer signature made again over ``ms`` as they are now (with
    ``extra`` lines appended to the payload and the tag manifest, still signed)."""
    bag = bag_of(ms)
    names = [n[len(bag) + 1 :] for n in ms]
    ms[f"{bag}/manifest-sha256.txt"] = _manifest(
        ms, bag, [n for n in names if n.startswith("data/")]
    )
    skip = {"tagmanifest-sha256.txt", "tagmanifest-sha256.txt.minisig"}
    tags = [n for n in names if not n.startswith("data/") and n not in skip]
    ms[f"{bag}/manifest-sha256.txt"] += extra[0]
    ms[f"{bag}/tagmanifest-sha256.txt"] = _manifest(ms, bag, tags) + extra[1]
    _sign(ms, f"{bag}/tagmanifest-sha256.txt", identity, f"FieldKit bundle {bag}")
    return ms


def set_records(
    ms: dict[str, bytes], lines: list[bytes], identity: OwnIdentity
) -> dict[str, bytes]:
    """records.ndjson replaced by ``lines``; inner.json's hash and counts follow; all re-signed."""
    bag = bag_of(ms)
    data = b"".join(line + b"\n" for line in lines)
    ms[f"{bag}/data/records.ndjson"] = data
    inner = json.loads(ms[f"{bag}/data/inner.json"])
    inner["records_sha256"] = hashlib.sha256(data).hexdigest()
    for key, kind in (("revisions", b"revision"), ("audit_events", b"audit"), ("cards", b"card")):
        inner["counts"][key] = sum(1 for line in lines if b'"type":"%s"' % kind in line)
    ms[f"{bag}/data/inner.json"] = canonical_json(inner)
    _sign(ms, f"{bag}/data/inner.json", identity, None)
    return reseal(ms, identity)


def crafted(sender: Peer, target: Path, lines: list[bytes]) -> Path:
    """A plain full bundle of ``sender``'s whose records are ``lines`` (its own card line kept
    first), signed by ``sender``."""
    bundle = sender.send(plain=True, mode="full")
    assert bundle is not None
    ms = members(bundle)
    cards = [line for line in lines_of(ms) if b'"type":"card"' in line]
    return write(set_records(ms, cards + lines, sender.identity), target)


def with_sequence(ms: dict[str, bytes], sequence: int, identity: OwnIdentity) -> dict[str, bytes]:
    """The bundle claiming place ``sequence`` of its stream (header, inner.json and both
    trusted comments), signed again."""
    bag = bag_of(ms)
    header = json.loads(ms[f"{bag}/fieldkit/bundle.json"])
    old = header["sequence"]
    header["sequence"] = sequence
    ms[f"{bag}/fieldkit/bundle.json"] = json.dumps(header, indent=2, sort_keys=True).encode()
    inner = json.loads(ms[f"{bag}/data/inner.json"])
    inner["sequence"] = sequence
    ms[f"{bag}/data/inner.json"] = canonical_json(inner)
    edit = (b" seq=%d" % old, b" seq=%d" % sequence)
    _sign(ms, f"{bag}/data/inner.json", identity, None, edit)
    ms[f"{bag}/tagmanifest-sha256.txt.minisig"] = ms[
        f"{bag}/tagmanifest-sha256.txt.minisig"
    ].replace(*edit)
    return reseal(ms, identity)
