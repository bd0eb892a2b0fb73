"""sqlite-utils over sqlcipher3 (SPEC §3): drop(ignore=True) and insert(alter=True) must work."""

from __future__ import annotations

import subprocess
import sys

from fieldkit.vault import Vault
from fieldkit.vault.database import sqlite_utils_database


def test_drop_ignore_and_insert_alter_work_on_the_encrypted_database(vault: Vault) -> None:
    db = sqlite_utils_database(vault.db)
    db["no_such_table"].drop(ignore=True)
    db["things"].insert({"a": 1})
    db["things"].insert({"a": 2, "b": "new column"}, alter=True)
    assert [r["b"] for r in db["things"].rows] == [None, "new column"]
    db["things"].drop(ignore=True)
    assert "things" not in db.table_names()


def test_without_the_registration_sqlite_utils_really_crashes() -> None:
    # Proves the test above can fail: sqlite-utils imported first, then sqlcipher3 errors escape.
    code = (
        "import sqlite_utils, sqlcipher3\n"
        "conn = sqlcipher3.connect(':memory:')\n"
        "db = sqlite_utils.Database(conn)\n"
        "try:\n"
        "    db['nope'].drop(ignore=True)\n"
        "except Exception as e:\n"
        "    print(type(e).__module__, type(e).__name__)\n"
        "else:\n"
        "    print('no error')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "OperationalError" in proc.stdout and "sqlcipher3" in proc.stdout
