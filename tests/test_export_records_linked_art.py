"""`export-records --format linked-art`: JSON-LD documents the Linked Art schemas accept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export_records_support import (
    all_linked_art_errors,
    cleaned_or_none,
    create_objects,
    folder_documents,
    leftovers,
    linked_art_errors,
    object_rows,
)

from fieldkit.errors import CancelledError, UsageError
from fieldkit.exports import export_records
from fieldkit.records import fields as F
from fieldkit.records.demo_collection import generate
from fieldkit.records.service import Records
from fieldkit.vault import Vault

AAT = "http://vocab.getty.edu/aat/"


@pytest.fixture
def demo(make_vault: Any, tmp_path: Path) -> Vault:
    vault, _ = make_vault(tmp_path / "demo", demo=True)
    generate(vault, 60, seed=19)
    return vault


def test_demo_vault_documents_are_valid(demo: Vault, tmp_path: Path) -> None:
    out = tmp_path / "la"
    summary = export_records(demo, "linked-art", out)
    docs = dict(folder_documents(out))
    assert summary.objects == 60 and len(docs) == 61
    assert all_linked_art_errors(out) == []
    collection = json.loads((out / "collection.json").read_text(encoding="utf-8"))
    assert collection["type"] == "Set"
    objects = [d for d in docs.values() if d["type"] == "HumanMadeObject"]
    assert all(
        d["member_of"] == [{"id": collection["id"], "type": "Set", "_label": collection["_label"]}]
        for d in objects
    )
    assert sum(len(d.get("subject_of", [])) for d in objects) == summary.damage_reports > 0


def test_the_validator_catches_a_broken_document() -> None:
    # The check is real: a document missing what the schema requires fails.
    assert linked_art_errors({"type": "HumanMadeObject", "id": "urn:x"})
    assert linked_art_errors(
        {
            "@context": "https://linked.art/ns/v1/linked-art.json",
            "id": "urn:x",
            "type": "HumanMadeObject",
            "_label": "x",
            "dimension": [{"type": "Dimension", "value": "32"}],
        }
    )


def test_mapped_fields_and_aat_terms(vault: Vault, tmp_path: Path) -> None:
    [oid] = create_objects(
        vault,
        [
            {
                "inventory_number": "MCP 1971.36",
                "title": "شاهدة قبر تدمرية",
                "object_type": "sculpture > relief",
                "materials_techniques": "carved marble, bronze",
                "measurements": [
                    {"dimension": "height", "value": 32.25, "unit": "cm"},
                    {"dimension": "girth", "value": 7, "unit": "span"},
                ],
                "maker": "Palmyrene workshop",
                "date_period": "2nd century AD",
                "place_of_origin": "Palmyra",
                "institution": "Musée de la côte",
                "current_location": "Store B",
                "cross_references": ["other museum 12"],
            }
        ],
    )
    Records(vault).create(
        F.DAMAGE, {"object_id": oid, "severity": "severe", "description": "Тріщина по всій висоті"}
    )
    out = tmp_path / "la"
    export_records(vault, "linked-art", out)
    assert all_linked_art_errors(out) == []
    doc = json.loads((out / f"{oid}.json").read_text(encoding="utf-8"))
    assert doc["id"] == f"urn:uuid:{oid}"
    name = doc["identified_by"][0]
    assert name["content"] == "شاهدة قبر تدمرية"
    assert name["language"][0]["id"] == AAT + "300387843"  # Arabic
    accession = doc["identified_by"][1]
    assert accession["content"] == "MCP 1971.36"
    assert accession["classified_as"][0]["id"] == AAT + "300312355"
    assert doc["classified_as"][0]["id"] == AAT + "300047090"  # sculpture
    assert [m["id"] for m in doc["made_of"]] == [AAT + "300011443", AAT + "300010957"]
    height, girth = doc["dimension"]
    assert height["value"] == 32.25 and height["unit"]["id"] == AAT + "300379098"
    assert height["classified_as"][0]["id"] == AAT + "300055644"
    assert girth["unit"]["_label"] == "span" and "classified_as" not in girth
    assert doc["produced_by"]["timespan"]["identified_by"][0]["content"] == "2nd century AD"
    assert doc["current_location"]["_label"] == "Store B"
    [report] = doc["subject_of"]
    assert report["type"] == "LinguisticObject"
    assert any(s["content"] == "Тріщина по всій висоті" for s in report["referred_to_by"])


def test_redaction_and_conflict_note(vault: Vault, tmp_path: Path) -> None:
    [oid] = create_objects(
        vault,
        [
            {
                "inventory_number": "R1",
                "current_location": "SECRET-ROOM",
                "coordinates": {"lat": 1.5, "lon": 2.5},
            }
        ],
    )
    Records(vault).create(F.DAMAGE, {"object_id": oid, "site": "SECRET-SITE"})
    vault.db.execute("UPDATE records SET in_conflict = 1 WHERE record_id = ?", (oid,))
    out = tmp_path / "la"
    export_records(vault, "linked-art", out, redact_locations=True)
    text = (out / f"{oid}.json").read_text(encoding="utf-8")
    assert "SECRET" not in text and "current_location" not in text
    assert "conflicting edits" in text
    assert all_linked_art_errors(out) == []


def test_target_must_be_new_or_empty_and_cancel_leaves_nothing(demo: Vault, tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "x").write_text("x")
    with pytest.raises(UsageError):
        export_records(demo, "linked-art", taken)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 20

    with pytest.raises(CancelledError):
        export_records(demo, "linked-art", out_dir / "la", cancel=cancel)
    assert leftovers(out_dir) == []
    (out_dir / "empty").mkdir()
    export_records(demo, "linked-art", out_dir / "empty")
    assert len(list((out_dir / "empty").iterdir())) == 61


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(object_rows(), min_size=1, max_size=4))
def test_generated_records_give_valid_documents(
    make_vault: Any, tmp_path_factory: Any, rows: list[dict[str, Any]]
) -> None:
    cleaned = [c for c in map(cleaned_or_none, rows) if c is not None]
    folder = tmp_path_factory.mktemp("gen")
    vault, _ = make_vault(folder / "v")
    create_objects(vault, cleaned, validate=False)
    for redact in (False, True):
        out = folder / f"la-{redact}"
        export_records(vault, "linked-art", out, redact_locations=redact)
        assert all_linked_art_errors(out) == []
        assert len(list(out.iterdir())) == len(cleaned) + 1
    vault.close()


def test_hostile_text_gives_valid_json(vault: Vault, tmp_path: Path) -> None:
    create_objects(
        vault,
        [{"inventory_number": "H1", "title": '\x00\x1b\u202e"}]\\', "notes": "long " * 40_000}],
        validate=False,
    )
    out = tmp_path / "la"
    export_records(vault, "linked-art", out)
    assert all_linked_art_errors(out) == []
