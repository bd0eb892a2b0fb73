"""The demo collection (`fieldkit demo`, SPEC §11 and §13)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from fieldkit.canonical_json import canonical_json
from fieldkit.demo.collection import demo_state, generate
from fieldkit.errors import CancelledError
from fieldkit.records import fields as F
from fieldkit.records.photos import photo_info
from fieldkit.records.service import Records
from fieldkit.records.vocabularies import PHOTO_ROLES
from fieldkit.vault import Vault

ARABIC = re.compile(r"[\u0600-\u06ff]")
UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")  # letters Russian does not have
FRENCH = re.compile(r"[éèêàçù]|\b(?:de|du|des|à)\b")


def fingerprint(vault: Vault) -> list[bytes]:
    """Every current record's fields and photos, with ids replaced by inventory numbers."""
    records = Records(vault)
    objects = records.list("object")
    number = {o.record_id: o.fields.get("inventory_number") for o in objects}
    out = []
    for view in [*objects, *records.list("damage")]:
        data: dict[str, Any] = dict(view.fields)
        if "object_id" in data:
            data["object_id"] = number[data["object_id"]]
        out.append(canonical_json({"kind": view.kind, "fields": data, "media": view.media}))
    return sorted(out)


@pytest.fixture
def demo(make_vault, tmp_path: Path) -> tuple[Vault, Any]:
    vault, _ = make_vault(tmp_path / "demo", demo=True)
    return vault, generate(vault, 300, seed=2026)


def test_same_seed_same_collection(make_vault, tmp_path: Path) -> None:
    a, _ = make_vault(tmp_path / "a")
    b, _ = make_vault(tmp_path / "b")
    c, _ = make_vault(tmp_path / "c")
    first = generate(a, 60, seed=7)
    second = generate(b, 60, seed=7, batch_size=25)  # batching does not change the values
    generate(c, 60, seed=8)
    assert fingerprint(a) == fingerprint(b)
    assert fingerprint(a) != fingerprint(c)
    assert first.objects == second.objects == 60
    assert (first.damage_reports, first.site_reports) == (second.damage_reports,
                                                          second.site_reports)
    ids_a = {v.record_id for v in Records(a).list("object")}
    ids_b = {v.record_id for v in Records(b).list("object")}
    assert not ids_a & ids_b  # ids are random: only the values are reproducible


def test_counts_and_summary(demo) -> None:
    vault, summary = demo
    records = Records(vault)
    assert records.count("object") == summary.objects == 300
    reports = records.list("damage")
    assert len(reports) == summary.damage_reports + summary.site_reports
    assert 0.15 * 300 <= summary.damage_reports <= 0.45 * 300
    assert summary.site_reports == 7
    assert summary.records_per_second > 0
    state = demo_state(vault)
    assert state is not None and state["complete"] is True and state["objects"] == 300


def test_three_languages_and_realistic_text(demo) -> None:
    vault, _ = demo
    texts = [F.text_of(v.fields) for v in Records(vault).list("object")]
    assert sum(bool(ARABIC.search(t)) for t in texts) > 30
    assert sum(bool(UKRAINIAN.search(t)) for t in texts) > 30
    assert sum(bool(FRENCH.search(t)) for t in texts) > 30
    titles = {v.fields["title"] for v in Records(vault).list("object")}
    assert titles & {"Stèle funéraire palmyrénienne", "جرة فخارية مزججة",
                     "Ікона Богородиці Одигітрії"}
    institutions = {v.fields["institution"] for v in Records(vault).list("object")}
    assert len(institutions) >= 6  # several museums, named in several languages
    numbers = [v.fields["inventory_number"] for v in Records(vault).list("object")]
    assert len(set(numbers)) == len(numbers)
    assert any(n.startswith("КП-") for n in numbers) and any(n.startswith("QW-") for n in numbers)


def test_every_record_is_valid(demo) -> None:
    vault, _ = demo
    records = Records(vault)
    for view in [*records.list("object"), *records.list("damage")]:
        assert F.clean_fields(view.kind, view.fields) == view.fields
        for m in view.media:
            assert set(m) == {"sha256", "role", "caption"} and m["role"] in PHOTO_ROLES


def test_damage_reports_point_at_objects_or_sites(demo) -> None:
    vault, _ = demo
    records = Records(vault)
    object_ids = {v.record_id for v in records.list("object")}
    reports = records.list("damage")
    sites = [r for r in reports if "object_id" not in r.fields]
    assert sites and all(r.fields.get("site") for r in sites)
    for report in reports:
        if "object_id" in report.fields:
            assert report.fields["object_id"] in object_ids
            assert "site" not in report.fields
    by_object = Counter(r.fields["object_id"] for r in reports if "object_id" in r.fields)
    assert max(by_object.values()) >= 2  # some objects were assessed twice


def test_damage_follows_the_event(demo) -> None:
    vault, _ = demo
    reports = [r.fields for r in Records(vault).list("damage")]
    events = Counter(r["event_type"] for r in reports)
    assert len(events) >= 5
    for r in reports:
        kinds = set(r["damage_types"])
        if r["event_type"] == "fire":
            assert {"burn", "soot"} <= kinds and "fire" in r["agents"]
        if r["event_type"] == "flood":
            assert "water_stain" in kinds and "water" in r["agents"]
        if "missing" in kinds:
            assert r["event_type"] == "looting" and "thieves_vandals" in r["agents"]
        if r["severity"] == "destroyed":
            assert r["extent"] == "total"
        if r["severity"] == "severe" and "missing" not in kinds:
            assert r["urgency"] in ("immediate", "high")
        assert r["event_date_from"] <= r["event_date_to"] <= r["observed_at"][:10]
    objects = {v.record_id: v.fields for v in Records(vault).list("object")}
    for r in reports:
        if objects.get(r.get("object_id"), {}).get("status") == "destroyed":
            assert r["severity"] == "destroyed"


def test_photos_are_shared_and_real(demo) -> None:
    vault, summary = demo
    records = Records(vault)
    stored = vault.db.execute("SELECT count(*) FROM photos").fetchone()[0]
    assert stored == summary.photos == 12
    views = [*records.list("object"), *records.list("damage")]
    with_photos = [v for v in views if v.media]
    assert len(with_photos) == summary.records_with_photos > 10 * stored
    used = {m["sha256"] for v in with_photos for m in v.media}
    assert len(used) == 12
    roles = Counter(m["role"] for v in with_photos for m in v.media)
    assert roles["overall"] > roles["detail"] > 0 and roles["damage"] > 0
    infos = [photo_info(vault.db, sha) for sha in used]
    assert all(i is not None and (i.width, i.height) == (800, 600) for i in infos)
    assert all(i is not None and i.captured_at for i in infos)
    assert 0 < sum(1 for i in infos if i is not None and i.gps) < 12
    assert len(list((vault.path / "media").iterdir())) == 12


def test_some_objects_are_incomplete(demo) -> None:
    vault, summary = demo
    records = Records(vault)
    incomplete = records.count("object", incomplete=True)
    assert incomplete == summary.incomplete_objects
    assert 0.2 * 300 < incomplete < 0.7 * 300
    missing = Counter(m for v in records.list("object", incomplete=True) for m in v.missing)
    assert missing["photo_overall"] > 0 and len(missing) >= 5
    statuses = Counter(v.fields["status"] for v in records.list("object"))
    assert set(statuses) == set(F.FIELDS[F.OBJECT]["status"].choices)
    assert statuses["in_place"] > statuses["destroyed"]


def test_cancel_stops_generation(make_vault, tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "x")
    with pytest.raises(CancelledError):
        generate(vault, 50, cancel=lambda: True)
    state = demo_state(vault)
    assert state is not None and state["complete"] is False
    assert Records(vault).count("object") == 0


def test_cli_demo_reports_counts_and_does_not_add_on_reopen(tmp_path: Path) -> None:
    target = tmp_path / "d"
    result = run_cli(["demo", "--no-gui", "--objects", "50", "--vault", str(target), "--json"])
    assert result.code == 0, result.err
    data = result.json
    assert data["created"] is True and data["objects"] == 50 and data["photos"] == 12
    assert data["damage_reports"] > 0 and data["site_reports"] == 2
    assert data["complete"] is True and data["records_per_second"] > 0
    again = run_cli(["demo", "--no-gui", "--objects", "500", "--vault", str(target), "--json"])
    assert again.code == 0, again.err
    assert again.json["created"] is False
    for key in ("objects", "damage_reports", "site_reports", "photos", "incomplete_objects"):
        assert again.json[key] == data[key]
    human = run_cli(["demo", "--no-gui", "--vault", str(target)])
    assert human.code == 0 and "It holds 50 objects" in human.err
    assert json.loads((target / "vault.json").read_text())["demo"] is True


def test_cli_demo_human_summary(tmp_path: Path) -> None:
    result = run_cli(["demo", "--no-gui", "--objects", "20", "--vault", str(tmp_path / "d")])
    assert result.code == 0, result.err
    assert "Generated 20 objects" in result.err and "records/s" in result.err
    bad = run_cli(["demo", "--no-gui", "--objects", "-1", "--vault", str(tmp_path / "e")])
    assert bad.code == 2 and not (tmp_path / "e").exists()
