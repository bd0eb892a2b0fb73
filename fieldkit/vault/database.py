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

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
import sqlcipher3.dbapi2

from fieldkit.errors import VaultFormatError

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
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
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
        raise VaultFormatError(
            "The vault database is damaged or does not belong to this vault header."
        ) from exc
    return conn
