"""Bulk create stores the same bytes as before it was made faster (issue 22, SPEC §13).

A revision's canonical bytes are hashed and signed: a change of one byte changes every rev_id
and signature, and the records view and search rows are what the lists and the search show.
The same records (fixed key, clock, record ids and values) are created, and every stored value
of the four tables is hashed; the digest below was computed on the code before the speed work
of 2026-12-06 (commit 3151b79), so it proves that the new code stores exactly the same.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.crypto import age
from fieldkit.identity.own import OwnIdentity
from fieldkit.records import fields as F
from fieldkit.records import service as service_module
from fieldkit.records.natural_order import inventory_sort_key
from fieldkit.records.service import Records
from fieldkit.vault import Vault

# sha256 of every stored value below, on commit 3151b79 (before the speed work).
GOLDEN = "b50d10d17243971e2a6b7b774d812a2cc337de4d2566b229e0deea746ff3d294"

_TITLES = [
    "فلس نحاسي",
    "Ікона Покрови Пресвятої Богородиці",
    "Umayyad silver dirham",
    "Coupe à décor de rinceaux",
    'A "quoted" title \\ with a backslash',
    "tab\tand\nnewline",
    "emoji 🏺 jar",
]
_WORDS = ["نحاس، مضروب", "липова дошка, яєчна темпера", "bronze, struck", "terre cuite", ""]


def _row(rnd: random.Random, i: int) -> dict[str, Any]:
    row: dict[str, Any] = {
        "inventory_number": f"GB-{i:05d}",
        "title": rnd.choice(_TITLES),
        "object_type": rnd.choice(["numismatics > coin", "живопис > ікона", "مسكوكات > عملة"]),
        "materials_techniques": rnd.choice(_WORDS),
        "status": rnd.choice(["in_place", "in_storage", "evacuated"]),
    }
    if rnd.random() < 0.8:
        # Integral floats: "94" in the canonical bytes, "94.0" in the view (json.dumps).
        row["measurements"] = [
            {"dimension": "height", "value": rnd.choice([94.0, 23.5, 4.0, 0.5]), "unit": "cm"},
            {"dimension": "weight", "value": rnd.choice([14.5, 5.0, 120]), "unit": "g"},
        ]
    if rnd.random() < 0.5:
        row["salvage_priority"] = rnd.randint(1, 3)
    if rnd.random() < 0.3:
        row["keywords"] = ["under_score", "plain", {"nested": "map", "n": 2}]
    if rnd.random() < 0.2:
        row["_media"] = [
            {"sha256": f"{i:064x}", "role": rnd.choice(["overall", "detail"]), "caption": "vue"}
        ]
    odd = i % 97
    if odd == 1:
        row["measurements"] = [{"value": 1e-7}, {"value": 1e21}, {"value": -0.0}]
    elif odd == 2:
        row["notes"] = "a NUL \x00 inside"
    elif odd == 3:
        row["extra"] = {"ключ": True, "b": None, "big": 2**70}
    elif odd == 4:
        row["_media"] = []
    return row


@pytest.fixture
def fixed(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Records:
    records = Records(vault, now_ms=lambda: 1_767_225_600_000)
    records.identity = OwnIdentity(
        name="golden",
        organisation="",
        role="field",
        signing_key=Ed25519PrivateKey.from_private_bytes(bytes(range(32))),
        key_id=b"\x01" * 8,
        transport_key=age.X25519Identity.from_private_bytes(bytes(range(32, 64))),
    )
    drawn = iter(range(10**6))

    def ids(count: int) -> list[str]:
        return [f"00000000-0000-4000-8000-{next(drawn):012d}" for _ in range(count)]

    monkeypatch.setattr(service_module, "_random_ids", ids)
    monkeypatch.setattr(service_module, "_now", lambda: "2026-12-06T00:00:00Z")
    return records


def _digest(vault: Vault) -> str:
    digest = hashlib.sha256()
    for sql in (
        "SELECT rev_id, record_id, kind, author, hlc, deleted, canonical, signature, origin, "
        "received_at FROM revisions ORDER BY rowid",
        "SELECT record_id, rev_id FROM heads ORDER BY record_id",
        # The view's columns as they were on 3151b79 (the natural-order key came later: its
        # values are checked against the key function in the test).
        "SELECT rowid, rowid, record_id, kind, head_rev, hlc, fields, media, deleted, "
        "in_conflict, inventory_number, title, object_type, status, salvage_priority, "
        "object_id, severity, urgency, observed_at, complete, missing, photo_count, main_photo "
        "FROM records ORDER BY rowid",
        "SELECT rowid, body FROM records_search ORDER BY rowid",
    ):
        for row in vault.db.execute(sql):
            digest.update(repr(tuple((type(v).__name__, v) for v in row)).encode())
    return digest.hexdigest()


def test_bulk_create_stores_the_same_bytes_as_before(vault: Vault, fixed: Records) -> None:
    rnd = random.Random(2026)  # noqa: S311 - fixed values, not secrets
    objects = [_row(rnd, i) for i in range(3_000)]
    damage = [
        {"object_id": "00000000-0000-4000-8000-000000000007", "severity": "minor", "notes": t}
        for t in _TITLES * 30
    ]
    fixed.create_many(F.OBJECT, objects)
    fixed.create_many(F.DAMAGE, damage)
    count = vault.db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    assert count == len(objects) + len(damage)
    assert _digest(vault) == GOLDEN
    for number, key in vault.db.execute("SELECT inventory_number, inventory_sort FROM records"):
        assert key == inventory_sort_key(number), number
