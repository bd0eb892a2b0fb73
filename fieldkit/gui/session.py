"""An unlocked vault as the GUI holds it: the vault, its records service and its identity.

Threads: the vault's connection serves the GUI thread only. Work that writes for a long time
(photo import) runs on :meth:`Session.worker_vault`, a second connection to the same open vault,
so the GUI keeps reading its own connection meanwhile (SQLite's WAL lets readers and one writer
work side by side). Nothing needs refreshing after such work: the records service reads the
vault's clock inside each write transaction.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator
from pathlib import Path

from fieldkit.identity import own
from fieldkit.records.search import forget_deleted_words
from fieldkit.records.service import Records
from fieldkit.vault import Vault
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import DB_NAME


class Session:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        try:
            self.records = Records(vault)
            self.identity: own.OwnIdentity = self.records.identity
            info = vault.info()
        except BaseException:
            # A damaged page or a failing drive met by these first reads: the vault must not
            # stay open (its lock held) behind an unlock screen that says it is locked.
            vault.close()
            raise
        self.vault_name = info.name
        self.path: Path = vault.path

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    @contextlib.contextmanager
    def worker_vault(self) -> Iterator[Vault]:
        """The same open vault over a connection of its own, for one worker thread.

        A shallow copy shares the header, the lock and the media store; only the connection and
        the transaction flag are its own. It is never ``close()``d (that would release the lock
        the GUI's vault holds): only its connection is.
        """
        clone = copy.copy(self.vault)
        clone.db = self.vault._open_copy(self.vault.path / DB_NAME)
        clone._in_transaction = False
        try:
            yield clone
        finally:
            clone.db.close()

    def read_connection(self) -> Connection:
        """A read-only connection for a worker thread (thumbnails); the caller closes it."""
        return self.vault.read_only_connection()

    def close(self) -> None:
        # Decrypted words of deleted records held for searches go with the lock.
        forget_deleted_words(self.vault)
        # The unlock screen shows at once; the closed WAL is overwritten meanwhile.
        self.vault.close(overwrite_in_background=True)
