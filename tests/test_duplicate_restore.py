"""Restoring an object another one absorbed (issue 23): it becomes an object of its own again
and the *same object* decision is undone (as `duplicates undo` does), in one transaction; the
command line and the app call the same core function (Duplicates.restore)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, CliResult, run_cli

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def _pair(records: Records) -> tuple[str, str]:
    a = records.create(
        F.OBJECT, {"inventory_number": "MCP 1963.28", "title": "Jar with fish"}
    ).record_id
    b = records.create(
        F.OBJECT,
        {"inventory_number": "MCP-1963-28", "title": "جرة بسمكة", "maker": "unknown workshop"},
    ).record_id
    return a, b


def _revisions(records: Records, record_id: str) -> list[tuple[str, bool]]:
    """(rev_id, deleted) of a record's own revisions, oldest first."""
    return [(h.rev_id, h.revision.deleted) for h in records.history(record_id)]


def _state(vault: Vault) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in vault.db.execute(
            "SELECT record_id, head_rev, fields, deleted FROM records ORDER BY record_id"
        )
    ] + [tuple(r) for r in vault.db.execute("SELECT * FROM duplicate_links ORDER BY 1")]


@pytest.fixture
def dup(vault: Vault) -> Duplicates:
    return Duplicates(Records(vault))


def test_restoring_a_merged_object_undoes_the_merge(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    a_before, b_before = records.get(a).fields, records.get(b).fields
    decision = dup.decide(a, b, same=True)
    revisions = _revisions(records, b)
    assert [deleted for _rev, deleted in revisions] == [False, True]  # created, merged
    before_merge = revisions[0][0]

    restored = dup.restore(b, before_merge)

    assert restored.undone is not None and restored.undone.decision_id == decision.decision_id
    assert restored.undone.undone and not restored.undone.superseded
    assert restored.view.record_id == b and not restored.view.deleted
    assert restored.view.fields == b_before
    assert records.get(a).fields == a_before  # the kept object gave back what it took
    assert records.resolve("MCP-1963-28") == b
    assert records.count(F.OBJECT) == 2
    assert dup.decisions() == []  # no decision left live (and "superseded")
    assert [c.pair for c in dup.candidates()] == [frozenset((a, b))]  # may be decided again


def test_an_older_revision_of_the_merged_object_comes_back(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    first = records.get(b)
    records.edit(b, {"title": "Jarre au poisson"})
    dup.decide(a, b, same=True)
    restored = dup.restore(b, first.head_rev[:10])
    assert restored.undone is not None
    assert restored.view.fields == first.fields and not restored.view.deleted
    assert records.get(b).fields["title"] == "جرة بسمكة"


def test_the_merge_itself_is_refused_and_nothing_changes(dup: Duplicates) -> None:
    records = dup.records
    a, b = _pair(records)
    dup.decide(a, b, same=True)
    before = _state(records.vault)
    tombstone = _revisions(records, b)[-1][0]
    with pytest.raises(F.ValidationError, match="merge that absorbed"):
        dup.restore(b, tombstone)
    assert _state(records.vault) == before


def test_undo_and_restore_are_one_transaction(
    dup: Duplicates, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.vault import audit

    records = dup.records
    a, b = _pair(records)
    first = records.get(b)
    records.edit(b, {"title": "Jarre au poisson"})
    dup.decide(a, b, same=True)
    before = _state(records.vault)
    real = audit.append

    def failing(db: Any, actor: str, action: str, details: Any = None, **kw: Any) -> Any:
        if details and "restored" in details:
            raise OSError("disk full")  # after the undo was written, before the restore
        return real(db, actor, action, details, **kw)

    monkeypatch.setattr(audit, "append", failing)
    with pytest.raises(OSError):
        dup.restore(b, first.head_rev)
    monkeypatch.undo()
    assert _state(records.vault) == before
    assert records.resolve(b) == a and len(dup.decisions()) == 1


def test_any_other_record_is_restored_as_before(dup: Duplicates) -> None:
    records = dup.records
    a, _b = _pair(records)
    first = records.get(a)
    records.edit(a, {"title": "Jar"})
    restored = dup.restore(a, first.head_rev)
    assert restored.undone is None
    assert restored.view.fields == first.fields


# --- the command line ---------------------------------------------------------------------------


@pytest.fixture
def cli(vault: Vault, vault_path: Path, tmp_path: Path) -> Any:
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def call(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> CliResult:
        import io

        old = sys.stdin
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            return run_cli(
                [*args, "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")],
                env,
            )
        finally:
            sys.stdin = old

    return call


def _plain(text: str) -> str:
    """Without the direction marks that keep ids and titles whole in any script."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def _add(cli: Any, data: dict[str, Any]) -> tuple[str, str]:
    r = cli("object", "add", "--json", "-", stdin=json.dumps(data))
    assert r.code == 0, r.err
    return str(r.json["id"]), str(r.json["revision"])


def test_object_show_and_restore_name_the_merged_objects(cli: Any) -> None:
    a, _ = _add(cli, {"inventory_number": "MCP 1963.28", "title": "Jar"})
    b, before_merge = _add(cli, {"inventory_number": "mcp-1963-028", "title": "Jarre"})
    assert cli("duplicates", "decide", a, b, "--same").code == 0

    shown = cli("object", "show", "mcp-1963-028")
    assert shown.code == 0, shown.err
    assert "mcp-1963-028 Jarre was merged into MCP 1963.28 Jar" in _plain(shown.err)
    assert a not in shown.err and b not in shown.err  # people's names, not UUIDs
    french = cli("object", "show", "mcp-1963-028", env={"FIELDKIT_LANG": "fr"})
    assert "mcp-1963-028 Jarre" in _plain(french.err) and "MCP 1963.28 Jar" in _plain(french.err)
    assert a not in french.err and "was merged" not in french.err

    restored = cli("object", "restore", b, "--revision", before_merge)
    assert restored.code == 0, restored.err
    assert "mcp-1963-028 Jarre is an object of its own again" in _plain(restored.err)
    assert cli("object", "show", b, "--json").json["id"] == b
    assert cli("duplicates", "list", "--decisions", "--json").json == []
    assert cli("duplicates", "list", "--decisions", "--all", "--json").json[0]["undone"] is True
    assert cli("duplicates", "decide", a, b, "--same").code == 0  # merged again, and restored
    french = cli("object", "restore", b, "--revision", before_merge, env={"FIELDKIT_LANG": "fr"})
    assert french.code == 0, french.err
    assert "mcp-1963-028 Jarre est de nouveau un objet à part entière" in _plain(french.err)
    assert "sa fusion dans MCP 1963.28 Jar a été annulée" in _plain(french.err)
