"""r14: the import summary names an object deleted on another laptop while packed here.

r13 review #7 made the crate and the check-in say so (« supprimé — à restaurer ou à sortir du
contenant »), but `fieldkit import` — the moment the deletion arrives — said nothing: the user
learnt of it only by opening the crate. Now one plain line names the object and its crate, with
what to do in the custody views' words; `--json` gains one key and keeps the others."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli
from peers import Peer

from fieldkit.records import fields as F
from fieldkit.records.custody import Custody


def _deletion_of_a_packed_object(tmp_path: Path) -> tuple[Peer, Path, str]:
    """Amélie packs X-1 into crate C-1 while Bohdan, offline, deletes it; his bundle is not
    imported yet. (Amélie, Bohdan's bundle, X-1's id)"""
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"}).record_id
    a.records.create(F.OBJECT, {"inventory_number": "X-2", "title": "Bowl"})
    chain = Custody(a.records)
    chain.add_location({"code": "L-1", "name": "Room"})
    chain.add_container({"code": "C-1"})
    b.receive(a.send(b))
    b.records.delete(x)
    chain.move([x], "C-1")
    bundle = b.send(a)
    assert bundle is not None
    b.vault.close()
    a.vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    return a, bundle, x


def test_fieldkit_import_names_the_packed_object_deleted_elsewhere(tmp_path: Path) -> None:
    a, bundle, _x = _deletion_of_a_packed_object(tmp_path)
    common = ["--vault", str(a.path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli(["import", str(bundle), *common])
    assert r.code == 0, r.err
    lines = [line for line in r.err.splitlines() if "X-1" in line]  # the summary's stream
    assert len(lines) == 1, r.err
    assert "C-1" in lines[0]
    assert "restore or take out of the container" in lines[0]
    assert "X-2" not in r.err  # only the one deleted while packed


def test_the_line_is_in_french_with_the_custody_views_words(tmp_path: Path) -> None:
    a, bundle, _x = _deletion_of_a_packed_object(tmp_path)
    common = ["--vault", str(a.path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli(["import", str(bundle), *common], env={"FIELDKIT_LANG": "fr"})
    assert r.code == 0, r.err
    (line,) = [line for line in r.err.splitlines() if "X-1" in line]
    assert "C-1" in line and "à restaurer ou à sortir du contenant" in line


def test_import_json_gains_one_key_and_keeps_the_others(tmp_path: Path) -> None:
    a, bundle, x = _deletion_of_a_packed_object(tmp_path)
    common = ["--vault", str(a.path), "--passphrase-file", str(tmp_path / "pw")]
    r = run_cli(["import", str(bundle), "--json", *common])
    assert r.code == 0, r.err
    (result,) = r.json  # type: ignore[misc]
    assert set(result) == {
        "file",
        "bundle_id",
        "sender",
        "new_revisions",
        "duplicates",
        "conflicts",
        "new_photos",
        "refused",
        "gaps",
        "forks",
        "warnings",
        "skipped_revisions",
        "deleted_while_packed",
    }
    assert result["warnings"] == []
    assert result["deleted_while_packed"] == [
        {"record_id": x, "inventory_number": "X-1", "container": "C-1"}
    ]


def test_an_import_with_nothing_packed_deleted_says_nothing_more(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    x = a.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"}).record_id
    b.receive(a.send(b))
    b.records.delete(x)  # deleted elsewhere, but not packed here: the lists say it as before
    result = a.receive(b.send(a))
    assert result.deleted_while_packed == []
    assert result.to_json()["deleted_while_packed"] == []
