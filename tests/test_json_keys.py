"""The `--json` keys of results whose ``to_json`` is their fields (``dataclasses.asdict``):
the field order is the key order of the CLI's JSON contract (SPEC §11), so a field added,
renamed or moved shows here."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fieldkit.sync.engine import ExportedSummary
from fieldkit.sync.quarantined import QuarantineFigures
from fieldkit.vault.audit import AuditCheck, AuditEvent

CASES = [
    pytest.param(
        ExportedSummary("b1", 3, 2, 1000),
        {"bundle_id": "b1", "revisions": 3, "photos": 2, "size": 1000},
        id="ExportedSummary",
    ),
    pytest.param(
        QuarantineFigures(1, 2, 3, 4, 5),
        {"entries": 1, "copy_bytes": 2, "dropped": 3, "max_entries": 4, "max_copy_bytes": 5},
        id="QuarantineFigures",
    ),
    pytest.param(
        AuditEvent(1, "2026-01-01T00:00:00Z", "me", "vault_created", {"k": [1]}, "0", "h"),
        {
            "seq": 1,
            "at": "2026-01-01T00:00:00Z",
            "actor": "me",
            "action": "vault_created",
            "details": {"k": [1]},
            "prev": "0",
            "hash": "h",
        },
        id="AuditEvent",
    ),
    pytest.param(
        AuditCheck(False, 2, "h", ["event 2 is damaged"]),
        {"ok": False, "length": 2, "head": "h", "problems": ["event 2 is damaged"]},
        id="AuditCheck",
    ),
]


@pytest.mark.parametrize(("result", "expected"), CASES)
def test_to_json_keeps_keys_values_and_order(result: Any, expected: dict[str, Any]) -> None:
    data = result.to_json()
    assert list(data) == list(expected)
    assert data == expected
    assert json.dumps(data) == json.dumps(expected)


def test_archive_results_keep_their_keys() -> None:
    pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
    from fieldkit.archive.jobs import IngestResult, Requeued

    assert list(IngestResult("a.fkb", "s", stored=True).to_json().items()) == [
        ("file", "a.fkb"),
        ("sha256", "s"),
        ("stored", True),
        ("queued", False),
        ("quarantined", False),
        ("untrusted", False),
        ("error", None),
    ]
    assert list(Requeued("s", None, True).to_json().items()) == [
        ("sha256", "s"),
        ("signer", None),
        ("queued", True),
        ("reason", None),
    ]


def test_a_changed_audit_json_does_not_change_the_event() -> None:
    # asdict copies: a caller editing the JSON cannot alter the (frozen) event's details.
    event = AuditEvent(1, "t", "me", "vault_created", {"k": [1]}, "0", "h")
    event.to_json()["details"]["k"].append(2)
    assert event.details == {"k": [1]}
