"""Vaults that exchange bundles in tests: one real (fast-KDF) vault per person, cards compared."""

from __future__ import annotations

from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.importer import ImportResult, import_bundle
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records.service import Records
from fieldkit.vault import Vault


class Peer:
    """A person's vault in ``root/name``; its card is also written to ``root/name.fkid``."""

    def __init__(self, root: Path, name: str, role: str = "field") -> None:
        self.name = name
        self.root = root
        self.path = root / name
        self.vault, _ = Vault.create(self.path, PASSPHRASE, name=name, role=role, kdf=FAST_KDF)
        self.identity = own.load(self.vault.db)
        self.card = parse_card(card_bytes(make_card(self.identity)))
        (root / f"{name}.fkid").write_bytes(card_bytes(self.card))
        self.records = Records(self.vault)
        self.count = 0

    def trust(self, *others: Peer) -> None:
        """Trust the others' cards as verified (their fingerprints were compared)."""
        with self.vault.transaction() as db:
            for other in others:
                trust.add(db, other.card, name=other.name, role=other.card.role, verified=True)

    def send(self, *to: Peer, **kw: object) -> Path | None:
        """Export to ``to`` (ExportOptions keywords in ``kw``); None when nothing was new."""
        self.count += 1
        path = self.root / f"{self.name}-{self.count}.fkb"
        result = export_bundles(
            self.vault,
            path,
            ExportOptions(recipients=[Recipient.from_card(p.card) for p in to], **kw),  # type: ignore[arg-type]
        )
        return None if result.nothing_new else result.bundles[0].path

    def receive(self, path: Path | None, **kw: object) -> ImportResult:
        assert path is not None
        return import_bundle(self.vault, path, **kw)  # type: ignore[arg-type]

    def view(self) -> list[tuple[str, str, bool, str]]:
        return [
            tuple(r)  # type: ignore[misc]
            for r in self.vault.db.execute(
                "SELECT record_id, fields, in_conflict, head_rev FROM records ORDER BY record_id"
            )
        ]

    def revisions(self) -> set[str]:
        return {r[0] for r in self.vault.db.execute("SELECT rev_id FROM revisions")}

    def photo_hashes(self) -> set[str]:
        return {r[0] for r in self.vault.db.execute("SELECT sha256 FROM media_files")}
