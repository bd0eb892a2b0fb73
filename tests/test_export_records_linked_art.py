"""`export-records --format linked-art`: JSON-LD documents the Linked Art schemas accept."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export_records_support import (
    STORE_ADDRESS,
    TRANSPORT,
    all_linked_art_errors,
    cleaned_or_none,
    create_objects,
    evacuate,
    folder_documents,
    leftovers,
    linked_art_errors,
    object_rows,
)

from fieldkit.demo.collection import generate
from fieldkit.errors import CancelledError, UsageError
from fieldkit.exports import export_records
from fieldkit.records import fields as F
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
    kinds = Counter(d["type"] for d in docs.values())
    assert summary.objects == 60 == kinds["HumanMadeObject"] and kinds["Set"] == 1
    # The demo's evacuation: its locations as Places, its movements as Moves.
    assert kinds["Place"] >= 2 and kinds["Activity"] >= 2
    places = {d["id"]: d for d in docs.values() if d["type"] == "Place"}
    # Objects moved: the location record (a Place document); never moved: their own text.
    at = [d["current_location"] for d in docs.values() if "current_location" in d]
    derived = [p for p in at if p["_label"].startswith("TS-1 ")]
    assert derived and all(p["id"] in places for p in derived)
    codes = {i["content"] for p in places.values() for i in p["identified_by"]}
    assert "TS-1" in codes
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
    objects = [d for _, d in folder_documents(out_dir / "empty") if d["type"] == "HumanMadeObject"]
    assert len(objects) == 60


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=st.lists(object_rows(), min_size=1, max_size=4),
    names=st.sampled_from(
        [
            ("Musée national", "Dépôt temporaire"),
            ("المتحف الوطني", "مخزن مؤقت"),
            ("Національний музей", "Тимчасове сховище"),
            ('<Museum & "Co">', "Store \\ 'x'"),
        ]
    ),
    receive=st.booleans(),
)
def test_generated_records_give_valid_documents(
    make_vault: Any,
    tmp_path_factory: Any,
    rows: list[dict[str, Any]],
    names: tuple[str, str],
    receive: bool,
) -> None:
    cleaned = [c for c in map(cleaned_or_none, rows) if c is not None]
    folder = tmp_path_factory.mktemp("gen")
    vault, _ = make_vault(folder / "v")
    ids = create_objects(vault, cleaned, validate=False)
    if ids:
        evacuate(vault, ids, names=names, receive=receive)
    for redact in (False, True):
        out = folder / f"la-{redact}"
        export_records(vault, "linked-art", out, redact_locations=redact)
        assert all_linked_art_errors(out) == []
        kinds = Counter(d["type"] for _, d in folder_documents(out))
        assert kinds["HumanMadeObject"] == len(cleaned) and kinds["Set"] == 1
        # The packing and the evacuation, each once; the museum and the store, each once.
        assert kinds["Activity"] == kinds["Place"] == (2 if ids else 0)
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


def _docs_by_type(folder: Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for _, doc in folder_documents(folder):
        out.setdefault(str(doc["type"]), []).append(doc)
    return out


def _statements(doc: dict[str, Any]) -> dict[str, str]:
    return {s["_label"]: s["content"] for s in doc.get("referred_to_by", [])}


def test_the_evacuation_chain_in_linked_art(vault: Vault, tmp_path: Path) -> None:
    ids = create_objects(
        vault,
        [
            {"inventory_number": "EV-0", "title": "Jarre", "current_location": "Salle 3"},
            {"inventory_number": "EV-1", "title": "إبريق"},
            {"inventory_number": "EV-2", "title": "Глечик"},
        ],
    )
    chain = evacuate(vault, ids, names=("Musée national", "مخزن مؤقت"))
    out = tmp_path / "la"
    export_records(vault, "linked-art", out)
    assert all_linked_art_errors(out) == []
    docs = _docs_by_type(out)
    objects = {o["identified_by"][1]["content"]: o for o in docs["HumanMadeObject"]}
    store_ref = {"id": f"urn:uuid:{chain['store']}", "type": "Place", "_label": "TS-1 مخزن مؤقت"}
    assert objects["EV-0"]["current_location"] == store_ref
    assert objects["EV-1"]["current_location"] == store_ref
    assert _statements(objects["EV-0"])["Container"] == "In container CR-1"
    assert _statements(objects["EV-0"])["Location as documented"] == "Salle 3"
    assert "current_location" not in objects["EV-2"]
    assert _statements(objects["EV-2"])["Custody"].startswith("Missing")
    places = {p["id"]: p for p in docs["Place"]}
    store = places[store_ref["id"]]
    assert [i["content"] for i in store["identified_by"]] == ["مخزن مؤقت", "TS-1", chain["store"]]
    assert store["defined_by"] == "POINT(44.0092 36.1911)"
    assert _statements(store)["Address"] == STORE_ADDRESS
    moves = {a["id"]: a for a in docs["Activity"]}
    [evacuation] = moves[f"urn:uuid:{chain['move']}"]["part"]
    assert evacuation["type"] == "Move"
    assert {m["id"] for m in evacuation["moved"]} == {f"urn:uuid:{i}" for i in ids[1:]} | {
        f"urn:uuid:{ids[0]}"
    }
    assert evacuation["moved_from"]["id"] == f"urn:uuid:{chain['mus']}"
    assert evacuation["moved_to"] == store_ref
    assert evacuation["timespan"]["begin_of_the_begin"][:2] == "20"
    assert _statements(evacuation)["Transport"] == TRANSPORT
    assert _statements(evacuation)["Reason"] == "evacuation"


def test_redacted_linked_art_keeps_the_chain_without_its_places(
    vault: Vault, tmp_path: Path
) -> None:
    ids = create_objects(
        vault, [{"inventory_number": f"R-{i}", "title": f"Jar {i}"} for i in range(3)]
    )
    evacuate(vault, ids)
    plain, redacted = tmp_path / "plain", tmp_path / "red"
    export_records(vault, "linked-art", plain)
    export_records(vault, "linked-art", redacted, redact_locations=True)
    assert all_linked_art_errors(redacted) == []

    def text(folder: Path) -> str:
        return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))

    for secret in (STORE_ADDRESS, "36.1911", "44.0092", TRANSPORT):
        assert secret in text(plain)
        assert secret not in text(redacted)
    for kept in ('"TS-1"', '"MUS"', "CR-1", '"Move"'):
        assert kept in text(redacted)
    assert Counter(d["type"] for _, d in folder_documents(redacted)) == Counter(
        d["type"] for _, d in folder_documents(plain)
    )
