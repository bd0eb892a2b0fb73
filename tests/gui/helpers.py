"""Helpers for the GUI tests."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image


def make_jpeg(
    path: Path, width: int = 640, height: int = 480, seed: int = 1, noise: bool = False
) -> Path:
    """A real JPEG: a gradient, or random noise (large files that take a while to add)."""
    if noise:
        rnd = random.Random(seed)  # noqa: S311 - test pixels, not secrets
        img = Image.frombytes("RGB", (width, height), rnd.randbytes(width * height * 3))
    else:
        img = Image.linear_gradient("L").resize((width, height)).convert("RGB")
        img.paste((seed * 40 % 255, 80, 120), (10, 10, width // 3, height // 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    path.write_bytes(buf.getvalue())
    return path


def trust_each_other(*vaults: object) -> None:
    """Every vault trusts every other one (cards exchanged and compared): core API, no widgets."""
    from fieldkit.identity import own, trust
    from fieldkit.identity.card import card_bytes, make_card, parse_card

    for holder in vaults:
        for other in vaults:
            if other is holder:
                continue
            card = parse_card(card_bytes(make_card(own.load(other.db))))  # type: ignore[attr-defined]
            with holder.transaction() as db:  # type: ignore[attr-defined]
                trust.add(db, card, verified=True)


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))
