"""r14 UI trial #13 and #19, in the core and the CLI.

#13: the import review promised to show what a bundle holds before anything changes, but gave
only counts: a bundle that deleted an object passed unseen. ``content_preview`` names the
records an import would add, change, delete (all of them) or bring back.

#19: Karim deleted MM-2026.006; Amélie kept her edited version when she settled the conflict.
When her next bundle came in, the bowl was simply back in Karim's list: `fieldkit import` now
says so by name, and who kept it (``--json`` gains a "back" key only then).
"""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli
from peers import Peer

from fieldkit.bundles import preview as P
from fieldkit.bundles.verify import verify_bundle
from fieldkit.records import conflicts
from fieldkit.records import fields as F


def _named(found: P.ContentPreview, change: str) -> list[tuple[str, str]]:
    return [(c.number, c.title) for c in found.of(change)]


def test_the_preview_names_new_changed_and_deleted_records(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "karim")
    a.trust(b)
    b.trust(a)
    ids = {
        n: b.records.create(F.OBJECT, {"inventory_number": n, "title": f"Bowl {n}"}).record_id
        for n in ("MM-1", "MM-2", "MM-3")
    }
    a.receive(b.send(a))
    b.records.edit(ids["MM-1"], {"title": "Bowl MM-1, restored"})
    b.records.delete(ids["MM-2"])
    b.records.create(F.OBJECT, {"inventory_number": "MM-4", "title": "Jar"})
    bundle = b.send(a)
    assert bundle is not None

    report = verify_bundle(bundle, vault=a.vault, keep_content=True)
    found = P.content_preview(a.vault, bundle, report)
    assert found is not None
    assert _named(found, P.NEW) == [("MM-4", "Jar")]
    # Named as this vault shows it now: what its user knows it by.
    assert _named(found, P.CHANGED) == [("MM-1", "Bowl MM-1")]
    assert _named(found, P.DELETED) == [("MM-2", "Bowl MM-2")]
    assert found.of(P.BACK) == []
    # Read only: nothing merged.
    assert a.records.get(ids["MM-2"], follow=False).deleted is False


def _deleted_then_kept(tmp_path: Path) -> tuple[Peer, Path, str]:
    """Karim deletes MM-2026.006 while Amélie edits it; she settles the conflict by keeping
    her version. (Karim, Amélie's bundle, the bowl's id)"""
    karim, amelie = Peer(tmp_path, "karim"), Peer(tmp_path, "amelie")
    karim.trust(amelie)
    amelie.trust(karim)
    with karim.vault.transaction() as db:  # the name Karim gave her card
        db.execute(
            "UPDATE trust SET name = ? WHERE fingerprint = ?",
            ("Amélie Durand", amelie.card.fingerprint),
        )
    bowl = amelie.records.create(
        F.OBJECT, {"inventory_number": "MM-2026.006", "title": "Bol en bronze"}
    ).record_id
    karim.receive(amelie.send(karim))
    karim.records.delete(bowl)
    amelie.records.edit(bowl, {"title": "Bol en bronze restauré"})
    amelie.receive(karim.send(amelie))
    conflict = conflicts.get_conflict(amelie.records, bowl)
    (hers,) = [h for h in conflict.heads if not h.deleted]
    conflicts.resolve(amelie.records, bowl, keep=hers.rev_id)
    bundle = amelie.send(karim)
    assert bundle is not None
    (tmp_path / "pw").write_text(PASSPHRASE)
    amelie.vault.close()
    karim.vault.close()
    return karim, bundle, bowl


def test_fieldkit_import_says_a_deleted_record_is_back_and_who_kept_it(tmp_path: Path) -> None:
    karim, bundle, _bowl = _deleted_then_kept(tmp_path)
    common = ["--vault", str(karim.path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli(["import", str(bundle), *common])
    assert r.code == 0, r.err
    lines = [line for line in r.err.splitlines() if "that you deleted" in line]
    assert lines == [
        "  MM-2026.006 “Bol en bronze restauré” that you deleted was kept by Amélie Durand: "
        "it is back."
    ], r.err


def test_import_json_names_what_came_back(tmp_path: Path) -> None:
    karim, bundle, bowl = _deleted_then_kept(tmp_path)
    common = ["--vault", str(karim.path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli(["import", str(bundle), "--json", *common])
    assert r.code == 0, r.err
    (result,) = r.json  # type: ignore[misc]
    (back,) = result["back"]
    assert back["id"] == bowl and back["inventory_number"] == "MM-2026.006"
    assert back["title"] == "Bol en bronze restauré" and len(back["kept_by"]) == 64
