"""r15 review: the stored title key is the same on create, edit, import and migration 19."""

from __future__ import annotations

from pathlib import Path

from peers import Peer

from fieldkit.records import fields as F
from fieldkit.records.title_order import title_sort_key
from fieldkit.vault.schema import _v19_title_key

HOSTILE = [
    "Épée",
    "épée",
    "ВАЗА ґанок",
    "إبْرِيق",
    "ابريق\u0640",
    "x" * 5000,
    "a\u0301\u0301b",
    "Vase \u2066٢\u2069",
    "\u200f\u200e",
    "Ｆｕｌｌ　ｗｉｄｔｈ",
    "ﷺ",
    "ǅemal",
    "İstanbul",
    "ß straße",
    "\U0001f3fa amphora",
    "'\u2019",
]


def _keys(peer: Peer) -> dict[str, tuple[str | None, str | None]]:
    return {
        str(r[0]): (r[1], r[2])
        for r in peer.vault.db.execute(
            "SELECT record_id, title, title_sort FROM records WHERE kind = 'object'"
        )
    }


def test_keys_agree_everywhere(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "karim")
    a.trust(b)
    b.trust(a)
    ids = [
        b.records.create(F.OBJECT, {"inventory_number": f"H-{i}", "title": t}).record_id
        for i, t in enumerate(HOSTILE)
    ]
    b.records.edit(ids[0], {"title": "Épée courte"})
    a.receive(b.send(a))
    for peer in (a, b):
        for _rid, (title, key) in _keys(peer).items():
            assert key == title_sort_key(title) == _v19_title_key(title), (peer.name, title)
    assert _keys(a) == _keys(b)
