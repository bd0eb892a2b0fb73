"""Who made a change and what it changed, as the core tells the GUI: names from the trust store
(never SQL in the GUI) and old → new per field for every revision."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.importer import import_bundle
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import revision_diff as D
from fieldkit.records.conflicts import resolve
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault


def _card(vault: Vault):  # type: ignore[no-untyped-def]
    return parse_card(card_bytes(make_card(own.load(vault.db))))


def test_known_names_come_from_trust_store_revocations_and_author_cards(tmp_path: Path) -> None:
    me, _ = Vault.create(tmp_path / "me", PASSPHRASE, name="Me", kdf=FAST_KDF)
    lina, _ = Vault.create(tmp_path / "lina", PASSPHRASE, name="Lina", kdf=FAST_KDF)
    omar, _ = Vault.create(tmp_path / "omar", PASSPHRASE, name="Omar", kdf=FAST_KDF)
    stranger, _ = Vault.create(tmp_path / "s", PASSPHRASE, name="Stranger", kdf=FAST_KDF)
    try:
        with me.transaction() as db:
            trust.add(db, _card(lina), name="Lina Haddad", role="field", verified=True)
            trust.add(db, _card(omar), name="Omar", role="field", verified=True)
            trust.revoke(db, _card(omar).fingerprint)
            # An author card that came with a bundle: only its holder's claim.
            db.execute(
                "INSERT INTO authors (fingerprint, card, first_seen) VALUES (?, ?, ?)",
                (_card(stranger).fingerprint, json.dumps({"name": "Says Stranger"}), "2026"),
            )
        names = trust.known_names(me.db)
        assert names[_card(lina).fingerprint] == trust.KnownName("Lina Haddad", "trusted")
        assert names[_card(omar).fingerprint] == trust.KnownName("Omar", "revoked")
        assert names[_card(stranger).fingerprint] == trust.KnownName("Says Stranger", "claimed")
        assert own.load(me.db).fingerprint not in names
    finally:
        for v in (me, lina, omar, stranger):
            v.close()


def test_each_revision_says_what_it_changed_old_to_new(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="V", kdf=FAST_KDF)
    try:
        records = Records(vault)
        created = records.create("object", {"inventory_number": "A-1", "title": "Lamp"})
        records.edit(created.record_id, {"title": "Bronze lamp", "status": "evacuated"})
        records.edit(
            created.record_id, {}, add_photos=[PhotoInput(_jpeg(tmp_path), "detail", "Spout")]
        )
        sha = records.get(created.record_id).media[0]["sha256"]
        records.edit(created.record_id, {}, remove_photos=[sha])
        records.delete(created.record_id)
        entries = records.history(created.record_id)
        diffs = D.history_diffs([e.revision for e in entries])
        assert [d.action for d in diffs] == [D.CREATED, D.EDITED, D.EDITED, D.EDITED, D.DELETED]
        assert diffs[0].fields == (
            D.FieldChange("inventory_number", None, "A-1"),
            D.FieldChange("title", None, "Lamp"),
        )
        # Form order (title before status), old → new, empty as None.
        assert diffs[1].fields == (
            D.FieldChange("title", "Lamp", "Bronze lamp"),
            D.FieldChange("status", None, "evacuated"),
        )
        assert [p.sha256 for p in diffs[2].photos_added] == [sha]
        assert diffs[2].photos_added[0].new["caption"] == "Spout"  # type: ignore[index]
        assert [p.sha256 for p in diffs[3].photos_removed] == [sha]
        # Rows in any order map to the same diffs: each is compared with its parent.
        reversed_diffs = D.history_diffs([e.revision for e in reversed(entries)])
        assert reversed_diffs == list(reversed(diffs))
    finally:
        vault.close()


def test_a_revision_whose_parent_is_missing_is_marked(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="V", kdf=FAST_KDF)
    try:
        records = Records(vault)
        view = records.create("object", {"inventory_number": "A-1", "title": "Lamp"})
        records.edit(view.record_id, {"title": "Bronze lamp"})
        latest = records.history(view.record_id)[-1].revision
        (diff,) = D.history_diffs([latest])
        assert diff.base_missing and diff.action == D.EDITED
    finally:
        vault.close()


def test_a_resolved_conflict_is_a_merge_compared_with_its_newest_parent(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a", PASSPHRASE, name="Amal", kdf=FAST_KDF)
    b, _ = Vault.create(tmp_path / "b", PASSPHRASE, name="Bohdan", kdf=FAST_KDF)
    try:
        for holder, other in ((a, b), (b, a)):
            with holder.transaction() as db:
                trust.add(db, _card(other), verified=True)

        def send(src: Vault, dst: Vault, name: str) -> None:
            out = export_bundles(
                src, tmp_path / name, ExportOptions(recipients=[Recipient.from_card(_card(dst))])
            )
            import_bundle(dst, out.bundles[0].path)

        ra = Records(a)
        view = ra.create("object", {"inventory_number": "M-1", "title": "Icon"})
        send(a, b, "1.fkb")
        ra.edit(view.record_id, {"title": "Icon of the Virgin"})
        Records(b).edit(view.record_id, {"maker": "Workshop of Kyiv"})
        send(b, a, "2.fkb")
        merge = resolve(Records(a), view.record_id, accept_auto=True)
        entries = Records(a).history(view.record_id)
        diffs = D.history_diffs([e.revision for e in entries])
        (merged,) = [d for e, d in zip(entries, diffs, strict=True) if e.rev_id == merge.rev_id]
        assert merged.action == D.MERGED
        newest = max(
            (e.revision for e in entries if e.rev_id in merge.parents), key=lambda r: r.hlc
        )
        # What the merge brought into the newest version: the other side's change.
        other = (
            D.FieldChange("title", "Icon", "Icon of the Virgin")
            if newest.fields.get("maker")
            else D.FieldChange("maker", None, "Workshop of Kyiv")
        )
        assert merged.fields == (other,)
    finally:
        a.close()
        b.close()


def _jpeg(tmp_path: Path) -> Path:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 80, 40)).save(buf, "JPEG")
    path = tmp_path / "p.jpg"
    path.write_bytes(buf.getvalue())
    return path
