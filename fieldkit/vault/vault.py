"""The vault: creating, unlocking, changing keys, and closing (SPEC §3).

A vault is a folder holding ``vault.json`` (the key header), ``vault.db`` (SQLCipher, opened
with the random data key), ``media/`` (photos encrypted to the storage key) and ``vault.lock``.

Guarantees the code below is arranged around:
- a wrong passphrase or recovery key changes nothing under the folder: the key is unwrapped
  from the header before the lock file, the database or anything else is touched;
- only one process has a vault open (an OS lock on vault.lock);
- every multi-step change has one commit point, and an interrupted change is finished or
  undone on the next open (rekey, creation, restore).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import stat
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.clock import now as _now
from fieldkit.crypto import age, recovery_key
from fieldkit.crypto.kdf import Argon2Params, calibrate
from fieldkit.errors import (
    FieldKitError,
    VaultError,
    VaultExistsError,
    VaultFormatError,
    VaultInUseError,
)
from fieldkit.fsutil import (
    TEMP_SUFFIX,
    ClosedOnExit,
    fsync_dir,
    make_private_dir,
    remove_stale_temp_files,
    storage_error,
)
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_error
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault import audit, schema
from fieldkit.vault.database import Connection, DatabaseError, database_errors, open_database
from fieldkit.vault.header import HEADER_NAME, VaultHeader
from fieldkit.vault.lock import LOCK_NAME, VaultLock
from fieldkit.vault.media import MEDIA_DIR, MediaStore

REKEY_CANCELLED = QT_TRANSLATE_NOOP(
    "errors", "The key change was cancelled; the vault keeps its old keys and passphrase."
)

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
WAL_OVERWRITE_THREAD = "fieldkit-wal-overwrite"
REKEY_DB_NAME = "vault.db.rekey"
REKEY_MEDIA_DIR = "media.rekey"
# Where a rekey moves the files under the key it retires (the old database, its WAL, the old
# photos) before their replacements take their names, until their bytes are overwritten: a
# name the next open can find, so that a power cut between a swap and its overwrite leaves
# nothing under the old key behind (r12 review #2, #3). Only ever made after the commit point.
RETIRED_SUFFIX = ".retired"
RETIRED_MEDIA_DIR = "media.retired"
# Present while a vault is being created or restored into a folder, until its header is saved:
# it proves that the other files there are leftovers of that interrupted work, safe to remove.
CREATING_MARKER = ".fieldkit-creating"
STORAGE_KEY_SECRET = "storage_key"  # noqa: S105 - a row name
ROLES = ("field", "coordinator", "auditor")


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


@dataclass(frozen=True)
class VaultInfo:
    vault_id: str
    name: str
    organisation: str
    role: str
    demo: bool
    created_at: str
    epoch: str
    schema_version: int


class Vault(ClosedOnExit):
    """An unlocked, open vault. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(
        self,
        path: Path,
        header: VaultHeader,
        data_key: bytes,
        lock: VaultLock,
        conn: Connection,
    ) -> None:
        self.path = path
        self.header = header
        self._data_key = data_key
        self._lock = lock
        self.db = conn
        self.warnings: list[str] = []
        self._in_transaction = False
        self._committed = False
        # The background checkpoint after a large transaction (checkpoint_after): its thread,
        # and whether another pass was asked for while it ran.
        self._checkpoint_guard = threading.Lock()
        self._checkpointer: threading.Thread | None = None
        self._checkpoint_again = False
        self.media = MediaStore(path / MEDIA_DIR, self._load_storage_key())

    # --- creating and opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        name: str,
        organisation: str = "",
        role: str = "field",
        demo: bool = False,
        kdf: Argon2Params | None = None,
        deliver_recovery_key: Callable[[str], None] | None = None,
        vault_id: str | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault in ``path`` (absent or empty); returns it open, and its recovery key.

        ``kdf`` defaults to parameters calibrated on this machine (~0.5 s, never below the floor);
        tests pass cheap ones. ``deliver_recovery_key`` (write it durably, or show it) is called
        before the commit point: if it raises, no vault is created. Leftovers of an interrupted
        creation are removed first. Raises VaultExistsError, DiskFullError, StorageError.
        """
        path = Path(path)
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        require_absent_or_empty(path)
        created_folder = not path.exists()
        params = kdf if kdf is not None else calibrate()
        data_key = secrets.token_bytes(32)
        rkey = recovery_key.generate()
        header = VaultHeader(
            vault_id=vault_id or str(uuid.uuid4()), demo=demo, passphrase=None, recovery=None
        )
        header.set_passphrase(data_key, passphrase, params)
        header.set_recovery_key(data_key, rkey)
        lock = VaultLock(path)
        conn: Connection | None = None
        make_private_dir(path)
        # Outside the clean-up below: if another process holds the lock, it is creating this
        # vault right now and its files are not ours to remove.
        lock.acquire()
        try:
            _start_creating(path)
            make_private_dir(path / MEDIA_DIR)
            conn = open_database(path / DB_NAME, data_key)
            schema.migrate(conn)
            storage = age.X25519Identity.generate()
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("vault_id", header.vault_id),
                    ("name", name),
                    ("organisation", organisation),
                    ("role", role),
                    ("created_at", _now()),
                ],
            )
            conn.execute(
                "INSERT INTO secrets (name, value) VALUES (?, ?)",
                (STORAGE_KEY_SECRET, storage.private_bytes()),
            )
            conn.execute(
                "INSERT INTO epochs (epoch_id, started_at, reason) VALUES (?, ?, ?)",
                (str(uuid.uuid4()), _now(), "created"),
            )
            audit.record(
                conn, "vault_created", {"vault_id": header.vault_id, "role": role, "demo": demo}
            )
            conn.execute("COMMIT")
            # The recovery key reaches the user before the commit point: a vault whose only
            # recovery key was never seen must not come into existence.
            if deliver_recovery_key is not None:
                deliver_recovery_key(rkey)
            # The header is written last: a folder without vault.json is not a vault, so a crash
            # before this line leaves nothing anyone could mistake for one.
            header.save(path)
            fsync_dir(path)
            _done_creating(path)
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            _remove_created(path, created_folder)
            raise
        vault = cls(path, header, data_key, lock, conn)
        log.info("vault created (id %s)", header.vault_id[:8])
        return vault, rkey

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str | None = None,
        *,
        recovery_key: str | None = None,
        progress: ProgressSink | None = None,
    ) -> Vault:
        """Unlock and open the vault in ``path`` with the passphrase or the recovery key.

        ``progress`` hears the schema upgrade a newer FieldKit makes on the first open (phase
        "upgrade", see :func:`schema.migrate`), only when there is one to make: tens of
        seconds on a large vault, which a front end shows rather than look frozen.

        Raises VaultNotFoundError, WrongPassphraseError, WrongRecoveryKeyError, VaultInUseError,
        VaultShreddedError, VaultFormatError, UnsupportedFormatError.
        """
        path = Path(path)
        header = VaultHeader.load(path)
        lock = VaultLock(path)
        # Checked before the (slow) key derivation, and without creating anything.
        if lock.is_held_elsewhere():
            raise VaultInUseError(
                QT_TRANSLATE_NOOP(
                    "errors", "This vault is open elsewhere (another FieldKit window or command)."
                )
            )
        data_key = header.unwrap(passphrase, recovery_key)
        # From here on the credentials are right: the folder may be touched.
        lock.acquire()
        try:
            with database_errors(path):
                _finish_interrupted_rekey(path, data_key)
                conn = open_database(path / DB_NAME, data_key)
                try:
                    schema.migrate(conn, progress=progress)
                    vault = cls(path, header, data_key, lock, conn)
                except BaseException:
                    conn.close()
                    raise
        except BaseException:
            lock.release()
            raise
        vault._tidy_after_crash()
        if header.needs_rewrap and passphrase is not None:
            vault._rewrap_normalised(passphrase)
        if header.passphrase and header.passphrase.kdf and header.passphrase.kdf.below_floor:
            vault.warnings.append(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This vault's passphrase protection is weaker than FieldKit's minimum; "
                    "change the passphrase to strengthen it.",
                )
            )
            log.warning("vault opened with KDF parameters below the floor")
        log.info("vault opened (id %s)", header.vault_id[:8])
        return vault

    def _rewrap_normalised(self, passphrase: str) -> None:
        """Migrate a vault wrapped with a non-NFC passphrase to the NFC form (same KDF settings).

        Afterwards the passphrase opens it however the keyboard composes its accents. Best
        effort: if the header cannot be written now, the raw form keeps working and the next
        open tries again.
        """
        wrap = self.header.passphrase
        if wrap is None or wrap.kdf is None:
            return
        try:
            self.change_passphrase(passphrase, wrap.kdf)
        except FieldKitError:  # full, read-only, busy: the vault still opens, as it did
            log.warning("could not re-wrap the passphrase in its normalised form")
            return
        log.info("passphrase re-wrapped in its normalised (NFC) form")

    def _tidy_after_crash(self) -> None:
        _done_creating(self.path)
        removed = self.media.remove_orphans(self.db)
        removed += remove_stale_temp_files(self.path)
        if removed:
            log.info("removed %d file(s) left by an interrupted write", removed)

    def _load_storage_key(self) -> age.X25519Identity:
        row = self.db.execute(
            "SELECT value FROM secrets WHERE name = ?", (STORAGE_KEY_SECRET,)
        ).fetchone()
        if row is None:
            raise VaultFormatError(
                QT_TRANSLATE_NOOP(
                    "errors", "The vault database is incomplete (its storage key is missing)."
                )
            )
        return age.X25519Identity.from_private_bytes(bytes(row[0]))

    # --- life cycle ----------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def close(self, *, overwrite_in_background: bool = False) -> None:
        """Checkpoint the WAL, close the database and release the lock. Safe to call twice.

        The closed WAL's bytes are overwritten before this returns, or, with
        ``overwrite_in_background`` (the app's lock: a WAL of hundreds of MiB after a large
        import took seconds on the GUI thread; r11 review 2 #6), by a thread of its own that the
        interpreter waits for at exit (not a daemon), after the vault is closed and unlocked.
        """
        if not self._lock.held:
            return
        wal = _Retired()
        try:
            self.wait_for_checkpoint()
            # The WAL's pages are under the data key, megabytes of them after an import. Closing
            # the last connection unlinks it, and its freed blocks would outlive a rekey that
            # retires this key (a truncating checkpoint would free them even sooner): held
            # open first, overwritten once the name is gone.
            wal.hold(self.path / (DB_NAME + "-wal"))
            with contextlib.suppress(DatabaseError):
                self.db.execute("PRAGMA wal_checkpoint(FULL)")
            self.db.close()
        except BaseException:
            wal.close()
            raise
        finally:
            self._data_key = b""
            self._lock.release()
            log.info("vault closed")
        # After the lock's release: another process may open the vault meanwhile, since an
        # unlinked file is nobody's but ours.
        if overwrite_in_background:
            threading.Thread(target=wal.overwrite, name=WAL_OVERWRITE_THREAD).start()
        else:
            wal.overwrite()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: everything inside commits together or not at all.

        :attr:`committed` says afterwards whether it did, also when an exception arrived
        just after the COMMIT (a second Ctrl+C): clean-ups of files written for it check it.
        """
        if self._in_transaction:
            raise RuntimeError("transactions do not nest")
        self._committed = False
        committing = False
        # SQLite's errors are classified here, once, for every write: a full or read-only
        # medium or a busy database becomes one sentence; anything else stays a bug.
        with database_errors(self.path):
            self.db.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            try:
                yield self.db
                committing = True
                self.db.execute("COMMIT")
                self._committed = True
            except BaseException as exc:
                # Python runs a signal handler (KeyboardInterrupt) at the first bytecode after
                # the COMMIT returned: the transaction is then over and kept. A COMMIT that
                # failed raised a DatabaseError instead.
                if committing and not self.db.in_transaction:
                    self._committed = not isinstance(exc, DatabaseError)
                # A failed COMMIT (disk full) may leave the transaction open: end it, so that
                # nothing of it is kept and the connection stays usable.
                if self.db.in_transaction:
                    with contextlib.suppress(DatabaseError):
                        self.db.execute("ROLLBACK")
                raise
            finally:
                self._in_transaction = False

    @contextlib.contextmanager
    def checkpoint_after(self) -> Iterator[None]:
        """No automatic checkpoint within (a large transaction's COMMIT); its WAL is copied into
        the database afterwards, on a second connection, in a background thread.

        SQLite checkpoints at the COMMIT that leaves over 1,000 pages in the WAL, on the
        committing connection: after importing 100,000 records into a vault of 1,000,000 that
        copied 225,000 pages (925 MB) while the person waited for the import to end. The WAL
        is durable once the COMMIT returned (synchronous=FULL), so the copy is no longer needed
        for a power cut; readers and writers go on while a PASSIVE checkpoint runs, and
        :meth:`close` and :meth:`rekey` wait for it.
        """
        (before,) = self.db.execute("PRAGMA wal_autocheckpoint").fetchone()
        self.db.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
            if self._committed:
                self._checkpoint_in_background()

    def _checkpoint_in_background(self) -> None:
        with self._checkpoint_guard:
            self._checkpoint_again = True
            if self._checkpointer is not None:
                return  # the running pass goes round once more
            # Not a daemon: a process ending without close() still lets the copy finish.
            self._checkpointer = threading.Thread(
                target=self._checkpoint_passes,
                args=(self.path / DB_NAME, self._data_key),
                name="fieldkit-checkpoint",
            )
            self._checkpointer.start()

    def _checkpoint_passes(self, db_path: Path, data_key: bytes) -> None:
        conn: Connection | None = None
        try:
            conn = open_database(db_path, data_key)
            while True:
                with self._checkpoint_guard:
                    if not self._checkpoint_again:
                        break
                    self._checkpoint_again = False
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except (FieldKitError, DatabaseError) as exc:
            # The next COMMIT's automatic checkpoint (or close) copies the WAL instead.
            log.warning("background checkpoint failed: %s", type(exc).__name__)
        finally:
            # Closed before the thread is forgotten: once close() sees no thread, no second
            # connection is left open on the database.
            with self._checkpoint_guard:
                if conn is not None:
                    conn.close()
                self._checkpointer = None

    def wait_for_checkpoint(self) -> None:
        """Return once the background checkpoint (:meth:`checkpoint_after`), if any, is done."""
        with self._checkpoint_guard:
            running = self._checkpointer
        if running is not None:
            running.join()

    @property
    def committed(self) -> bool:
        """Whether the last :meth:`transaction` committed, even if an exception (a second
        Ctrl+C) interrupted the code right after its COMMIT: what it recorded must then stay."""
        return self._committed

    # --- facts ---------------------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    @property
    def epoch(self) -> str:
        row = self.db.execute(
            "SELECT epoch_id FROM epochs ORDER BY started_at DESC, rowid DESC LIMIT 1"
        ).fetchone()
        return str(row[0])

    def owner_words(self) -> tuple[str, ...]:
        """The owner's name and organisation: the first words an attacker tries in a new
        passphrase (passphrase_policy.assess's ``user_inputs``)."""
        return tuple(w for w in (self.meta("name"), self.meta("organisation")) if w)

    def info(self) -> VaultInfo:
        return VaultInfo(
            vault_id=self.header.vault_id,
            name=self.meta("name"),
            organisation=self.meta("organisation"),
            role=self.meta("role", "field"),
            demo=self.header.demo,
            created_at=self.meta("created_at"),
            epoch=self.epoch,
            schema_version=schema.schema_version(self.db),
        )

    # --- changing keys -------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: Argon2Params | None = None) -> None:
        """Re-wrap the data key under a new passphrase (fast: the data is not re-encrypted).

        ``kdf`` defaults to the current parameters, or freshly calibrated ones when the current
        ones are below the floor.
        """
        current = self.header.passphrase.kdf if self.header.passphrase else None
        if kdf is None:
            kdf = current if current is not None and not current.below_floor else calibrate()
        header = VaultHeader.from_bytes(self.header.to_bytes())
        header.set_passphrase(self._data_key, new_passphrase, kdf)
        self._commit_header(header, "passphrase_changed", {"kdf": kdf.to_json()})
        log.info("passphrase changed")

    def _commit_header(
        self, header: VaultHeader, event: str, details: dict[str, Any] | None = None
    ) -> None:
        """Save ``header`` together with its audit event: both or neither.

        The header is written inside the event's transaction; if the COMMIT then fails, the
        previous header is written back, so that an error still means "nothing changed"."""
        try:
            with self.transaction() as db:
                audit.record(db, event, details)
                header.save(self.path)
        except BaseException:
            if _header_is(self.path, header):
                with contextlib.suppress(Exception):
                    self.header.save(self.path)
            raise
        self.header = header

    def rekey(
        self,
        new_passphrase: str,
        kdf: Argon2Params | None = None,
        progress: ProgressSink | None = None,
        deliver_recovery_key: Callable[[str], None] | None = None,
        cancel: CancelCheck | None = None,
    ) -> str:
        """New data key, storage key, passphrase and recovery key: re-encrypt everything.

        ``progress`` hears the "database" copy, then the "photos" re-encrypted one by one;
        ``cancel`` is polled before the copy, between photos and before the recovery key is
        delivered (the last safe point): a cancelled rekey removes its new files and the vault
        keeps its old keys.

        For when a key may be compromised: afterwards neither the old passphrase nor the old
        recovery key opens the vault. Returns the new recovery key. Backups made before keep
        their old keys. If interrupted, the next open either finishes the change or discards it.
        ``deliver_recovery_key`` (write it durably, or show it) is called before the commit
        point: if it raises (or the process dies in it), the vault keeps its old keys.
        """
        if self._in_transaction:
            raise RuntimeError("cannot rekey inside a transaction")
        self.wait_for_checkpoint()  # its connection holds the database file that is swapped
        old_params = self.header.passphrase.kdf if self.header.passphrase else None
        if kdf is None:
            kdf = (
                old_params if old_params is not None and not old_params.below_floor else calibrate()
            )
        new_key = secrets.token_bytes(32)
        new_storage = age.X25519Identity.generate()
        new_db = self.path / REKEY_DB_NAME
        new_media = self.path / REKEY_MEDIA_DIR
        for leftover in [new_db, *_sidecars(new_db)]:
            leftover.unlink(missing_ok=True)
        shutil.rmtree(new_media, ignore_errors=True)
        reporter = Reporter(progress, cancel, cancelled_message=REKEY_CANCELLED)
        try:
            reporter.check()
            reporter.start("database")
            # 1. A copy of the database under the new key (the old one stays as it is).
            self.db.execute(
                f"ATTACH DATABASE ? AS rekey KEY \"x'{new_key.hex()}'\"", (str(new_db),)
            )
            try:
                self.db.execute("SELECT sqlcipher_export('rekey')")
                version = schema.schema_version(self.db)
                self.db.execute(f"PRAGMA rekey.user_version = {int(version)}")
            finally:
                self.db.execute("DETACH DATABASE rekey")
            copy = open_database(new_db, new_key)
            try:
                # The event exists only in the new database: only if the rekey completes.
                copy.execute("BEGIN IMMEDIATE")
                copy.execute(
                    "UPDATE secrets SET value = ? WHERE name = ?",
                    (new_storage.private_bytes(), STORAGE_KEY_SECRET),
                )
                audit.record(copy, "rekeyed")
                copy.execute("COMMIT")
                copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                copy.close()
            # 2. Every photo re-encrypted to the new storage key, beside the old ones.
            reporter.check()
            self.media.reencrypt_into(
                self.db, new_storage, new_media, progress, cancel, REKEY_CANCELLED
            )
            reporter.check()
            # 3. The commit point: the header now wraps the new key.
            rkey = recovery_key.generate()
            header = VaultHeader.from_bytes(self.header.to_bytes())
            header.set_passphrase(new_key, new_passphrase, kdf)
            header.set_recovery_key(new_key, rkey)
            # Delivered before the commit point: a rekeyed vault whose new recovery key was
            # never seen would have lost its second way in.
            if deliver_recovery_key is not None:
                deliver_recovery_key(rkey)
        except BaseException:
            for leftover in [new_db, *_sidecars(new_db)]:
                leftover.unlink(missing_ok=True)
            shutil.rmtree(new_media, ignore_errors=True)
            raise
        try:
            header.save(self.path)
        except BaseException:
            if not _header_is(self.path, header):
                for leftover in [new_db, *_sidecars(new_db)]:
                    leftover.unlink(missing_ok=True)
                shutil.rmtree(new_media, ignore_errors=True)
                raise
            # The new header is in place (only the folder's fsync failed): committed.
        # From here on the new keys are in force: no error may say "nothing changed".
        try:
            # 4. Swap the files in (repeated by the next open if we die here). The new database
            # is durable and the header committed, so the old database and its WAL are never
            # read again: they are retired with this connection still open on them. Closed
            # once its database is gone from its name, SQLite neither checkpoints nor unlinks
            # the retired WAL, whose bytes the swap then overwrites with the database's.
            if os.name == "posix":
                try:
                    _retire_database(self.path)
                finally:
                    self.db.close()
            else:
                # Windows renames no open file: closed first, its WAL checkpointed and deleted
                # (never overwritten there: no pwrite), the database retired by the swap.
                self.db.close()
            _finish_interrupted_rekey(self.path, new_key)
            self.header = header
            self._data_key = new_key
            self.db = open_database(self.path / DB_NAME, new_key)
            self.media = MediaStore(self.path / MEDIA_DIR, new_storage)
        except FieldKitError as exc:
            raise RekeyUnfinishedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault was rekeyed: the new passphrase and recovery key are in force, but "
                    "the last step could not be done now ({reason})",
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Close FieldKit, then open the vault with the NEW passphrase: opening "
                    "finishes the change.",
                ),
                reason=from_error(exc),
            ) from exc
        log.info("vault rekeyed")
        return rkey

    def new_recovery_key(self, deliver_recovery_key: Callable[[str], None] | None = None) -> str:
        """Replace the recovery key (the old one stops working); returns the new one.

        ``deliver_recovery_key`` is called before the commit point, as in :meth:`rekey`.
        """
        rkey = recovery_key.generate()
        header = VaultHeader.from_bytes(self.header.to_bytes())
        header.set_recovery_key(self._data_key, rkey)
        if deliver_recovery_key is not None:
            deliver_recovery_key(rkey)
        self._commit_header(header, "recovery_key_replaced")
        log.info("recovery key replaced")
        return rkey

    # --- helpers for backup (fieldkit.vault.backup) -----------------------------------------

    def _vacuum_into(self, target: Path) -> None:
        with database_errors(target.parent, QT_TRANSLATE_NOOP("errors", "the backup")):
            self.db.execute("VACUUM INTO ?", (str(target),))

    def _open_copy(self, db_path: Path) -> Connection:
        return open_database(db_path, self._data_key)

    def read_only_connection(self) -> Connection:
        """A second connection to this open vault that can only read, for a worker thread.

        SQLite refuses every write on it (``query_only``), so a reader can never change the
        vault by mistake; the caller closes it.
        """
        conn = self._open_copy(self.path / DB_NAME)
        try:
            conn.execute("PRAGMA query_only = 1")
        except BaseException:
            conn.close()
            raise
        return conn


def require_absent_or_empty(path: Path) -> None:
    """Raise VaultExistsError unless ``path`` is absent, empty, or holds only the leftovers of
    an interrupted creation or restore (see :data:`CREATING_MARKER`)."""
    if path.exists():
        if not path.is_dir():
            raise VaultExistsError(
                QT_TRANSLATE_NOOP("errors", "{path} exists and is not a folder."), path=str(path)
            )
        if any(path.iterdir()):
            if (path / HEADER_NAME).exists():
                raise VaultExistsError(
                    QT_TRANSLATE_NOOP("errors", "There is already a vault in {path}."),
                    path=str(path),
                )
            if _creation_leftovers(path) is None:
                raise VaultExistsError(
                    QT_TRANSLATE_NOOP("errors", "The folder {path} is not empty."), path=str(path)
                )


def _creation_leftovers(path: Path) -> list[Path] | None:
    """What an interrupted creation or restore left in ``path``, or None if anything else is
    there (or the marker is not): only files provably ours are ever removed."""
    if not (path / CREATING_MARKER).is_file() or (path / HEADER_NAME).exists():
        return None
    ours = {CREATING_MARKER, DB_NAME, LOCK_NAME, MEDIA_DIR}
    ours.update(side.name for side in _sidecars(path / DB_NAME))
    entries = list(path.iterdir())
    for entry in entries:
        if entry.name in ours or (
            entry.name.startswith(f".{HEADER_NAME}.") and entry.name.endswith(TEMP_SUFFIX)
        ):
            continue
        return None
    return entries


def _start_creating(path: Path) -> None:
    """Clear an interrupted creation's leftovers, then mark the folder as being created."""
    for entry in _creation_leftovers(path) or []:
        if entry.name in (LOCK_NAME, CREATING_MARKER):
            continue  # the lock is held by us now; the marker stays
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    try:
        os.close(os.open(path / CREATING_MARKER, os.O_WRONLY | os.O_CREAT, 0o600))
        fsync_dir(path)
    except OSError as exc:
        raise storage_error(exc, str(path)) from exc


def _done_creating(path: Path) -> None:
    # After the header: a crash before this line leaves a vault and a stray marker, which the
    # next open removes.
    marker = path / CREATING_MARKER
    if marker.exists():
        marker.unlink()


def _remove_created(path: Path, created_folder: bool) -> None:
    """Undo a half-made vault: only what creation itself made goes."""
    if created_folder:
        shutil.rmtree(path, ignore_errors=True)
        return
    for name in (DB_NAME, LOCK_NAME, MEDIA_DIR, HEADER_NAME, CREATING_MARKER):
        target = path / name
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)
        for side in _sidecars(path / DB_NAME):
            side.unlink(missing_ok=True)


class RekeyUnfinishedError(VaultError):
    """The new keys were committed, but swapping the files in must wait for the next open."""


def _header_is(path: Path, header: VaultHeader) -> bool:
    """Whether the header on disk is ``header`` (after a save that raised)."""
    try:
        return VaultHeader.load(path).to_bytes() == header.to_bytes()
    except (FieldKitError, OSError):
        return False


def _finish_interrupted_rekey(path: Path, data_key: bytes) -> None:
    """Complete or discard a rekey that stopped half-way (see Vault.rekey for the phases).

    ``data_key`` is the key the current header unwraps to. If the new database opens with it,
    the header was committed and the swap is finished; otherwise the rekey never committed and
    its leftovers are removed.

    Each old file is first renamed to a retired name, durably, then replaced, then overwritten
    and removed: killed anywhere, the next open finds what is left under the old keys by name
    and overwrites it (:func:`_remove_retired`).
    """
    new_db = path / REKEY_DB_NAME
    new_media = path / REKEY_MEDIA_DIR
    old_db = path / DB_NAME
    if new_db.exists():
        # ATTACH creates the file before the copy writes its first page, and an empty database
        # opens with any key: an empty one is a copy killed early, never the committed one.
        committed = new_db.stat().st_size > 0
        if committed:
            try:
                open_database(new_db, data_key).close()
            except VaultFormatError:
                committed = False
                if not old_db.exists():
                    raise
        if not committed:
            # The new database does not open with the header's key, so the header was not
            # committed - provided the old database does open with it. Anything else (a full
            # disk, a busy or damaged file) is raised with nothing deleted: discarding the new
            # database on a passing error could throw away the only copy under the new key.
            if not old_db.exists():  # (opening would create an empty one)
                raise VaultFormatError(
                    QT_TRANSLATE_NOOP("errors", "The vault database is missing.")
                )
            open_database(old_db, data_key).close()
            for leftover in [new_db, *_sidecars(new_db)]:
                leftover.unlink(missing_ok=True)
            shutil.rmtree(new_media, ignore_errors=True)
            _remove_retired(path)
            return
        _retire_database(path)
        # The -shm holds page numbers and checksums, no page: removed, not retired.
        for side in [old_db.with_name(DB_NAME + "-shm"), *_sidecars(new_db)]:
            side.unlink(missing_ok=True)
        os.replace(new_db, old_db)
        fsync_dir(path)
        _remove_retired(path)  # now, not after the photos: the old database is the largest
    if new_media.is_dir():
        _swap_photos(new_media, path / MEDIA_DIR, path / RETIRED_MEDIA_DIR)
        new_media.rmdir()
    # Also what an earlier attempt, killed before its overwrites, left: retired files only
    # exist once a rekey committed, and are never read again.
    _remove_retired(path)


def _retire_database(path: Path) -> None:
    """Move the old database and its WAL to their retired names, durably. Only once the rekey
    committed: until the new database is renamed in, vault.db is absent (vault.db.rekey says
    why, to the next open and to a backup of the vault in use)."""
    # A stale WAL of the old database must never be replayed onto the new one, and it holds
    # pages under the old key: retired first, so that the old database is never left without
    # it while it still bears its name.
    for old in _retirable(path / DB_NAME):
        with contextlib.suppress(FileNotFoundError):
            os.replace(old, _retired(old))
    fsync_dir(path)


def _retirable(db: Path) -> list[Path]:
    """The files of the database ``db`` whose bytes are under its key, WAL first."""
    return [db.with_name(db.name + "-wal"), db.with_name(db.name + "-journal"), db]


def _retired(file: Path) -> Path:
    return file.with_name(file.name + RETIRED_SUFFIX)


def _remove_retired(path: Path) -> None:
    """Overwrite and remove whatever a rekey retired in the vault folder ``path`` (best effort,
    as :class:`_Retired`): nothing under a retired key is read again, and nothing here may stop
    the vault from opening, so failures are logged, never raised."""
    files = [_retired(old) for old in _retirable(path / DB_NAME)]
    retired_media = path / RETIRED_MEDIA_DIR
    media_dir = retired_media.is_dir() and not retired_media.is_symlink()
    if media_dir:
        try:
            files += sorted(retired_media.iterdir())
        except OSError as exc:
            log.warning("could not list the retired photos (%s)", exc.strerror)
    elif os.path.lexists(retired_media):
        files.append(retired_media)  # not a folder we made: only our name goes
    found = [file for file in files if os.path.lexists(file)]
    if not found and not media_dir:
        return
    block = _random_block()
    for file in found:
        _overwrite_and_remove(file, block)
    try:
        if media_dir:
            retired_media.rmdir()
        fsync_dir(path)
    except OSError as exc:
        log.warning("could not remove the retired photos' folder (%s)", exc.strerror)


def _random_block() -> memoryview:
    """The random bytes written over retired files, again and again (see :func:`_write_over`)."""
    return memoryview(secrets.token_bytes(_OVERWRITE_BLOCK))


def _overwrite_and_remove(file: Path, block: memoryview) -> None:
    """Overwrite the retired regular file ``file`` with random bytes, fsync it, and remove it.

    A link is removed, never followed. A file another name also links is only unlinked here:
    that name is a copy the user made (``cp -al``) and, like a backup, it keeps its old keys.
    A file that cannot be overwritten stays for the next open to try again."""
    flags = os.O_RDWR | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        if stat.S_ISLNK(os.lstat(file).st_mode):
            file.unlink()
            return
        fd = os.open(file, flags)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("could not overwrite a retired file's bytes (%s)", exc.strerror)
        return
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            log.warning("a retired entry is not a file; left as it is")
            return
        # (Not on Windows, which has no pwrite: the removal alone, as before retired names.)
        if info.st_nlink == 1 and os.name == "posix":
            _write_over(fd, block)
    except OSError as exc:
        log.warning("could not overwrite a retired file's bytes (%s)", exc.strerror)
        return
    finally:
        os.close(fd)
    try:
        file.unlink()
    except OSError as exc:
        log.warning("could not remove a retired file (%s)", exc.strerror)


# Photos retired and renamed in per folder fsync: one fsync per batch (not per photo).
_PHOTO_BATCH = 64


def _swap_photos(new_media: Path, media: Path, retired: Path) -> None:
    """Move each re-encrypted photo in over its old file, whose bytes (under the OLD storage
    key) are overwritten afterwards: a rename alone leaves them in the drive's free blocks.

    Per batch, the old files are first moved into ``retired`` (durably), then the new ones in,
    then the retired ones overwritten and removed. An interrupted swap is resumed by the next
    open: the photos not yet moved are still in ``new_media``, the old ones not yet overwritten
    in ``retired``."""
    make_private_dir(media)
    make_private_dir(retired)
    fsync_dir(retired.parent)
    entries = sorted(new_media.iterdir())
    block = _random_block()
    for start in range(0, len(entries), _PHOTO_BATCH):
        batch = entries[start : start + _PHOTO_BATCH]
        for entry in batch:
            with contextlib.suppress(FileNotFoundError):  # retired before a kill
                os.replace(media / entry.name, retired / entry.name)
        fsync_dir(retired)
        fsync_dir(media)
        for entry in batch:
            os.replace(entry, media / entry.name)
        fsync_dir(media)
        for entry in batch:
            _overwrite_and_remove(retired / entry.name, block)


_OVERWRITE_BLOCK = 1 << 20


class _Retired(ClosedOnExit):
    """Files whose bytes are under a key a later rekey retires (the WAL a closing connection
    unlinks), held open so that they can be overwritten in place once the change that drops
    their names is durable, as :func:`fieldkit.fsutil.overwriting_replaced` does for one
    renamed-over file. (A rekey itself retires its old files by name: :func:`_remove_retired`.)

    Only a file no name links any more is overwritten: a hard-linked copy is the user's (as a
    backup, it keeps its old keys). Best effort, as there: failures are logged, never raised
    (the rekey itself succeeded); not on Windows; on SSDs, flash drives and copy-on-write file
    systems the old blocks may survive elsewhere (the README recommends full-disk encryption).
    """

    def __init__(self) -> None:
        self._fds: list[int] = []

    def hold(self, path: Path) -> None:
        """Open ``path`` for the overwrite, if it is a regular file that can be."""
        if os.name != "posix":
            return  # a file open there cannot be renamed over or unlinked
        flags = os.O_RDWR | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC
        try:
            fd = os.open(path, flags)
        except OSError:
            return  # absent, a link, read-only: nothing this best effort can reach
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                self._fds.append(fd)
                return
        except OSError:
            pass
        os.close(fd)

    def overwrite(self) -> None:
        """Overwrite every held file that no name links any more with random bytes, fsync it,
        and let go of them all. Only once the change that retired them is durable."""
        fds, self._fds = self._fds, []
        if not fds:
            return
        block = _random_block()
        for fd in fds:
            try:
                if os.fstat(fd).st_nlink == 0:
                    _write_over(fd, block)
            except OSError as exc:
                log.warning("could not overwrite a retired file's bytes (%s)", exc.strerror)
            finally:
                os.close(fd)

    def close(self) -> None:
        """Let go of the files without overwriting them (the change did not happen)."""
        fds, self._fds = self._fds, []
        for fd in fds:
            os.close(fd)


def _write_over(fd: int, block: memoryview) -> None:
    """Write ``block`` (random bytes) over the whole open file ``fd``, then fsync it.

    One random block written over and over: the old bytes are ciphertext, and only their
    being gone matters. Fresh random bytes cost 2 ms of CPU per MiB, most of the time an
    overwrite takes (a WAL can be hundreds of MiB after a large import). Raises OSError."""
    size = os.fstat(fd).st_size
    offset = 0
    while offset < size:
        offset += os.pwrite(fd, block[: size - offset], offset)
    os.fsync(fd)


def shred(path: Path) -> None:
    """Destroy both wrapped keys of the vault in ``path``: nobody can open it afterwards.

    Needs no passphrase (a coerced user must be able to do it). The header's bytes are
    overwritten in place and fsynced before the key-less header replaces it; on SSDs, flash
    drives and copy-on-write file systems old blocks may survive (full-disk encryption covers
    that). Raises VaultNotFoundError.
    """
    from fieldkit.fsutil import overwrite_in_place

    path = Path(path)
    header = VaultHeader.load(path)
    overwrite_in_place(path / HEADER_NAME)
    shredded = VaultHeader(
        vault_id=header.vault_id, demo=header.demo, passphrase=None, recovery=None, shredded=True
    )
    shredded.save(path)
    log.warning("vault shredded (id %s)", header.vault_id[:8])


def vault_summary(path: Path) -> dict[str, Any]:
    """What can be said about a vault folder without unlocking it."""
    header = VaultHeader.load(Path(path))
    return {"vault_id": header.vault_id, "demo": header.demo, "shredded": header.shredded}
