"""Identity fingerprints as people read them (SPEC §6); the machine form, 64 hex digits, is
computed by :func:`fieldkit.crypto.fingerprint.fingerprint` (the contract's formula).

Display form: the first 13 bytes as a big-endian integer, modulo 10^30, zero-padded to 30
digits, in six groups of five, to be read aloud over a phone.
"""

from __future__ import annotations


def display_form(fingerprint_hex: str) -> str:
    """``12345 67890 …`` (six groups of five digits)."""
    number = int.from_bytes(bytes.fromhex(fingerprint_hex)[:13], "big") % 10**30
    digits = f"{number:030d}"
    return " ".join(digits[i : i + 5] for i in range(0, 30, 5))


def short_form(fingerprint_hex: str) -> str:
    """The first 16 hex digits: enough to tell identities apart in lists and logs."""
    return fingerprint_hex[:16]
