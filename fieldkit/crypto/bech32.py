"""Bech32 (BIP-173) as age uses it: for ``age1…`` recipients and ``AGE-SECRET-KEY-1…`` identities.

Unlike BIP-173, strings may be longer than 90 characters (age keys are not, but age's own encoder
drops the limit, and so do we). Only the original bech32 checksum constant is accepted, never
bech32m. A string must be all lower case or all upper case; :func:`decode` returns the
human-readable part in the case it was written in, so callers can insist on the case age uses.
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REV = {c: i for i, c in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LENGTH = 6


class Bech32Error(ValueError):
    """The string is not valid bech32."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _GENERATOR[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        if value < 0 or value >> from_bits:
            raise Bech32Error("Invalid bech32 data value.")
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        raise Bech32Error("Invalid padding in bech32 data.")
    return out


def _check_hrp(hrp: str) -> None:
    if not hrp:
        raise Bech32Error("The bech32 human-readable part is empty.")
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise Bech32Error("The bech32 human-readable part has an invalid character.")


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under ``hrp``; the result is upper case if ``hrp`` is."""
    _check_hrp(hrp)
    lower = hrp.lower()
    if hrp not in (lower, hrp.upper()):
        raise Bech32Error("The bech32 human-readable part is in mixed case.")
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_hrp_expand(lower), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LENGTH)]
    text = lower + "1" + "".join(CHARSET[v] for v in values + checksum)
    return text if hrp == lower else text.upper()


def decode(text: str) -> tuple[str, bytes]:
    """Return ``(hrp, data)``; ``hrp`` keeps the case of ``text``. Raises :class:`Bech32Error`."""
    if not text.isascii():
        raise Bech32Error("The bech32 string has a non-ASCII character.")
    lower = text.lower()
    if text not in (lower, text.upper()):
        raise Bech32Error("The bech32 string is in mixed case.")
    pos = text.rfind("1")
    if pos < 1 or pos + 1 + _CHECKSUM_LENGTH > len(text):
        raise Bech32Error("The bech32 separator is missing or misplaced.")
    hrp = text[:pos]
    _check_hrp(hrp)
    try:
        values = [_CHARSET_REV[c] for c in lower[pos + 1 :]]
    except KeyError:
        raise Bech32Error("The bech32 data has an invalid character.") from None
    if _polymod([*_hrp_expand(lower[:pos]), *values]) != 1:
        raise Bech32Error("The bech32 checksum is wrong.")
    return hrp, bytes(_convert_bits(values[:-_CHECKSUM_LENGTH], 5, 8, pad=False))
