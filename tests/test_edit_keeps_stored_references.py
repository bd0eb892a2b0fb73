"""An edit looks up only the cross references it adds: those already stored stay as they are
(r9 review, bug 3), in the core, whatever edits the record (the app, `object edit`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


def test_a_free_reference_stays_free_when_an_object_gets_its_number(records: Records) -> None:
    bowl = records.create(
        F.OBJECT, {"inventory_number": "X-5", "title": "Bowl", "cross_references": ["1998.12"]}
    )
    later = records.create(F.OBJECT, {"inventory_number": "1998.12", "title": "Other"})
    edited = records.edit(bowl.record_id, {"title": "Bowl, glazed"})
    assert edited.fields["cross_references"] == ["1998.12"]
    # A reference added now is looked up: the number typed is this object's.
    added = records.edit(bowl.record_id, {"cross_references": ["1998.12", "1998.12 "]})
    assert added.fields["cross_references"] == ["1998.12"]
    linked = records.edit(bowl.record_id, {"cross_references": ["1998.12", later.record_id[:8]]})
    assert linked.fields["cross_references"] == ["1998.12", later.record_id]


def test_a_number_shared_later_does_not_refuse_every_edit(
    records: Records, vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    bowl = records.create(
        F.OBJECT, {"inventory_number": "X-7", "title": "Bowl", "cross_references": ["1998.12"]}
    )
    records.create(F.OBJECT, {"inventory_number": "1998.12", "title": "Other"})
    records.create(F.OBJECT, {"inventory_number": "1998.12", "title": "Other twin"})
    edited = records.edit(bowl.record_id, {"title": "Bowl, glazed"})
    assert edited.fields["cross_references"] == ["1998.12"]
    # Typed as a new reference elsewhere, the number is still refused: it names two objects.
    lid = records.create(F.OBJECT, {"inventory_number": "X-8", "title": "Lid"})
    with pytest.raises(F.ValidationError):
        records.edit(lid.record_id, {"cross_references": ["1998.12"]})
    # The command line's `object edit` takes the same path.
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    (tmp_path / "e.json").write_text(json.dumps({"title": "Bowl, glazed, lid"}))
    result = run_cli(
        [
            *("object", "edit", bowl.record_id, "--json", str(tmp_path / "e.json")),
            *("--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")),
        ]
    )
    assert result.code == 0, result.err
