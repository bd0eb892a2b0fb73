"""The SQLCipher connection of a vault, and sqlite-utils wired to work over it.

The database is opened with the raw 256-bit data key (no SQLCipher KDF: ours is Argon2id in
the header), in WAL mode with synchronous=FULL so that a saved record survives a power cut, and
temp_store=MEMORY so that sorting or temporary tables never spill plaintext to a temp file.

sqlite-utils only recognises the exceptions of the standard library's sqlite3 and of pysqlite3;
over sqlcipher3, `drop(ignore=True)` and `insert(alter=True)` crash with an exception it does not
catch. Registering sqlcipher3 as `pysqlite3` *before* sqlite-utils is imported makes it use
sqlcipher3's exception classes. Import sqlite-utils only through :func:`sqlite_utils_database`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
import sqlcipher3.dbapi2

from fieldkit.errors import (
    DiskFullError,
    FieldKitError,
    ReadOnlyMediumError,
    StorageError,
    VaultFormatError,
    VaultInUseError,
)
from fieldkit.fsutil import storage_error
from fieldkit.i18n import QT_TRANSLATE_NOOP

DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
IntegrityError = sqlcipher3.dbapi2.IntegrityError
if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its API is the standard library's.
    from sqlite3 import Connection
else:
    Connection = sqlcipher3.dbapi2.Connection


def _register_sqlcipher_as_pysqlite3() -> None:
    sys.modules.setdefault("pysqlite3", sqlcipher3)
    sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)


_register_sqlcipher_as_pysqlite3()


# SQLite's primary result codes (sqlite3.h); an extended code carries one in its low byte.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Older builds attach no code: their fixed messages say the same (sqlite3ErrStr).
_MESSAGES = {
    "database or disk is full": SQLITE_FULL,
    "attempt to write a readonly database": SQLITE_READONLY,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "disk i/o error": SQLITE_IOERR,
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
    "unable to open database file": SQLITE_CANTOPEN,
}


class DatabaseBusyError(VaultInUseError):
    """Another connection kept the database locked for longer than the busy timeout."""


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    return _MESSAGES.get(str(exc).strip().lower())


def _read_only(folder: Path | None) -> bool:
    if folder is None or not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _nearly_full(folder: Path | None) -> bool:
    # SQLite reports ENOSPC as SQLITE_FULL when writing, but as a plain I/O error when it
    # cannot even grow its shared-memory file: then the free space says what happened.
    if folder is None or not hasattr(os, "statvfs"):
        return False
    try:
        stat = os.statvfs(folder)
    except OSError:
        return False
    return stat.f_bavail * stat.f_frsize < 64 * 1024


_VAULT = QT_TRANSLATE_NOOP("errors", "the vault")
_BACKUP = QT_TRANSLATE_NOOP("errors", "the backup")


def classify_database_error(
    exc: BaseException,
    folder: Path | None,
    what: str = QT_TRANSLATE_NOOP("errors", "the vault"),
) -> FieldKitError | None:
    """The user error an SQLite error stands for, or None when it is a bug.

    The one place SQLite's result codes are read (after qutebrowser's misc/sql.py): a full or
    read-only medium, a database kept busy by someone else, a damaged file are the user's to
    act on; anything else (a syntax error, a constraint we broke) stays a bug with a report id.
    ``folder`` is where the database lives (to tell a read-only medium from other refusals);
    ``what`` names it in the sentence ("the vault", "the backup").
    """
    if not isinstance(exc, DatabaseError):
        return None
    code = _primary_code(exc)
    if code == SQLITE_FULL or (code == SQLITE_IOERR and _nearly_full(folder)):
        return DiskFullError(
            QT_TRANSLATE_NOOP("errors", "The drive is full: {what} could not be written."),
            what=what,
        )
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR) and _read_only(folder):
        return ReadOnlyMediumError(
            QT_TRANSLATE_NOOP(
                "errors", "FieldKit must write {what}, but it is on a read-only drive."
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "Remove the drive's write protection, or copy the folder to a writable drive "
                "and use it there.",
            ),
            what=what,
        )
    if code == SQLITE_READONLY:
        return ReadOnlyMediumError(
            QT_TRANSLATE_NOOP("errors", "The system does not let FieldKit write {what}."),
            what=what,
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(
            QT_TRANSLATE_NOOP("errors", "Another program is using {what}."), what=what
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        # Whole sentences, not "The database of {what}": French gave « de le coffre » and
        # Ukrainian a nominative where the genitive belongs (r11).
        if what == _VAULT:
            return VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The database of the vault is damaged.")
            )
        if what == _BACKUP:
            return VaultFormatError(
                QT_TRANSLATE_NOOP("errors", "The database of the backup is damaged.")
            )
        return VaultFormatError(
            QT_TRANSLATE_NOOP("errors", "The database of {what} is damaged."), what=what
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StorageError(
            QT_TRANSLATE_NOOP("errors", "The drive holding {what} reported a read or write error."),
            QT_TRANSLATE_NOOP(
                "errors",
                "Check that the drive is still connected and working, then try again; "
                "nothing was changed.",
            ),
            what=what,
        )
    return None


@contextlib.contextmanager
def database_errors(
    folder: Path | None, what: str = QT_TRANSLATE_NOOP("errors", "the vault")
) -> Iterator[None]:
    """Turn the SQLite errors a user can act on into FieldKitErrors; others pass unchanged."""
    try:
        yield
    except DatabaseError as exc:
        error = classify_database_error(exc, folder, what)
        if error is None:
            raise
        raise error from exc


def sqlite_utils_database(conn: Any) -> Any:
    """A sqlite_utils.Database over ``conn`` that understands sqlcipher3's exceptions.

    Raises RuntimeError if sqlite-utils was imported before this module registered sqlcipher3
    (then its error handling would silently be wrong).
    """
    import sqlite_utils
    import sqlite_utils.utils

    if sqlite_utils.utils.OperationalError is not OperationalError:
        raise RuntimeError("sqlite_utils was imported before fieldkit.vault.database")
    return sqlite_utils.Database(conn)


def _unopenable(exc: BaseException, path: Path) -> FieldKitError:
    """Why the database at ``path`` could not be opened with the key: a classified error (disk
    full, read-only medium, …), else damaged or another vault's."""
    classified = classify_database_error(exc, path.parent)
    if classified is not None and _primary_code(exc) not in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return classified
    # A wrong key reads as "not a database": the file may be fine but another vault's.
    return VaultFormatError(
        QT_TRANSLATE_NOOP(
            "errors", "The vault database is damaged or does not belong to this vault header."
        )
    )


def open_database(path: Path, data_key: bytes) -> Connection:
    """Open (or create) the encrypted database at ``path`` with the raw data key.

    Raises VaultFormatError when the file is not a database this key opens (damaged, or a
    vault.db that belongs to another vault header).
    """
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    if not path.exists():
        # SQLite gives its -wal and -shm files the database file's permissions: create it
        # private first so that none of the three is ever readable by other users.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise storage_error(exc, str(path)) from exc
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher's own log (on stderr by default: "ERROR CORE sqlcipher_page_cipher: hmac
        # check failed for pgno=…") is not for the user, who gets one translated sentence from
        # the error it raises (r11 review #7). The setting is the process's, not the connection's.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # The key is hex in a pragma string: SQLCipher's documented raw-key syntax.
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Up to 128 MiB of decrypted pages: every page read from disk costs a decryption, and
        # large vaults (100,000 objects) write 40 % slower with SQLite's 8 MiB default. Memory
        # is only taken as the vault grows.
        conn.execute("PRAGMA cache_size = -131072")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except DatabaseError as exc:
        conn.close()
        raise _unopenable(exc, path) from exc
    return conn


def open_read_only(path: Path, data_key: bytes) -> Connection:
    """A read-only connection to the database at ``path``, for a process without the lock.

    Read-only matters beyond "we do not write": a read-write connection that happens to be the
    last one open checkpoints on close and deletes the -wal file by name, which could be
    another process's live WAL after a rekey swapped the database file. A read-only one never
    does. Raises VaultFormatError (or a classified error) when it cannot be read with the key.
    """
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    if not path.is_file():
        raise VaultFormatError(QT_TRANSLATE_NOOP("errors", "The vault database is missing."))
    uri = path.absolute().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise _unopenable(exc, path) from exc
    return conn
