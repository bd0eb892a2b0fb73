"""Passphrase key derivation: Argon2id, calibrated on the machine that creates the vault.

The floor (t=3, m=64 MiB) is a contract (SPEC §3): vaults are never created below it from the CLI
or GUI. Tests pass cheap parameters explicitly through the API; no environment variable or flag
can weaken the KDF. Opening a vault whose stored parameters are below the floor only warns,
because refusing would lock the owner out of their own data.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

FLOOR_ITERATIONS = 3
FLOOR_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 64
KEY_LENGTH = 32


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id parameters as stored in vault.json."""

    iterations: int
    memory_kib: int
    lanes: int = DEFAULT_LANES

    @property
    def below_floor(self) -> bool:
        return self.iterations < FLOOR_ITERATIONS or self.memory_kib < FLOOR_MEMORY_KIB

    def to_json(self) -> dict[str, int | str]:
        return {
            "name": "argon2id",
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Argon2Params:
        """Raises ValueError when the stored parameters are not a sane Argon2id setting."""
        if data.get("name") != "argon2id":
            raise ValueError("unknown key derivation function")
        values = []
        for key, low, high in (
            ("iterations", 1, 1 << 16),
            ("memory_kib", 8, 1 << 24),  # up to 16 GiB: refuse a header that would exhaust RAM
            ("lanes", 1, 64),
        ):
            value = data.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValueError(f"bad {key}")
            values.append(value)
        params = cls(iterations=values[0], memory_kib=values[1], lanes=values[2])
        if params.memory_kib < 8 * params.lanes:
            raise ValueError("bad memory_kib")
        return params


FLOOR = Argon2Params(FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, DEFAULT_LANES)


def derive_key(passphrase: bytes, salt: bytes, params: Argon2Params) -> bytes:
    """Derive a 32-byte key-encryption key from ``passphrase``."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase)


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Pick Argon2id parameters that take about ``target_seconds`` here, never below the floor.

    Memory stays at the floor (64 MiB): a five-year-old laptop with 4 GB must still unlock while
    a browser runs. Time is bought with iterations instead.
    """
    # Time = fixed cost (allocating and filling 64 MiB) + cost per pass: measure two pass
    # counts and solve for the target. The first derivation only warms up the allocator.
    derive_key(b"calibration", b"\0" * 16, FLOOR)
    timings = []
    for passes in (FLOOR_ITERATIONS, 2 * FLOOR_ITERATIONS):
        start = time.perf_counter()
        derive_key(b"calibration", b"\0" * 16, Argon2Params(passes, FLOOR_MEMORY_KIB))
        timings.append(time.perf_counter() - start)
    per_pass = max((timings[1] - timings[0]) / FLOOR_ITERATIONS, 1e-4)
    fixed = max(timings[0] - per_pass * FLOOR_ITERATIONS, 0.0)
    iterations = round((target_seconds - fixed) / per_pass)
    iterations = max(FLOOR_ITERATIONS, min(MAX_ITERATIONS, iterations))
    return Argon2Params(iterations, FLOOR_MEMORY_KIB, DEFAULT_LANES)
