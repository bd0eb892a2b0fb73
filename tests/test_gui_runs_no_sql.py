"""No module under fieldkit/gui/ runs SQL (issue 14): widgets and models call the core's services.

The modules are read with the ast module, never imported: any call of ``.execute(``,
``.executemany(`` or ``.executescript(`` and any import of a SQLite driver is a finding. A
query the app needs belongs in the core, where mypy, the schema and its tests see it.
"""

from __future__ import annotations

import ast

import pytest
from conftest import REPO

from fieldkit.records import fields as F
from fieldkit.records.pages import object_labels
from fieldkit.records.service import Records
from fieldkit.vault import Vault
from fieldkit.vault.database import DatabaseError

GUI = REPO / "fieldkit" / "gui"
SQL_CALLS = {"execute", "executemany", "executescript"}
DRIVERS = {"sqlite_utils", "sqlcipher3", "sqlite3"}

# Modules whose queries have not moved into the core yet (other parts of issue 14). The list may
# only shrink: a module listed here that no longer runs SQL fails the test too, so it is struck.
NOT_YET_MOVED: set[str] = set()


def findings(source: str, name: str) -> list[str]:
    """One line per SQL call or driver import in ``source`` (``name`` for the messages)."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            found.append(f"{name}:{node.lineno}: .{node.func.attr}(…)")
        elif isinstance(node, ast.Import):
            found += [
                f"{name}:{node.lineno}: import {alias.name}"
                for alias in node.names
                if alias.name.split(".")[0] in DRIVERS
            ]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in DRIVERS:
                found.append(f"{name}:{node.lineno}: from {node.module} import …")
    return found


def test_the_scan_sees_every_way_of_running_sql() -> None:
    source = (
        "import sqlite3\n"
        "import sqlcipher3.dbapi2 as s\n"
        "from sqlite_utils import Database\n"
        "session.vault.db.execute('SELECT 1')\n"
        "conn.executemany('INSERT', rows)\n"
        "conn.executescript('PRAGMA x')\n"
        "records.count('object')\n"
        "from fieldkit.records.pages import object_labels\n"
    )
    assert [f.split(": ", 1)[1] for f in findings(source, "x.py")] == [
        "import sqlite3",
        "import sqlcipher3.dbapi2",
        "from sqlite_utils import …",
        ".execute(…)",
        ".executemany(…)",
        ".executescript(…)",
    ]


def test_no_gui_module_runs_sql() -> None:
    by_module: dict[str, list[str]] = {}
    for path in sorted(GUI.rglob("*.py")):
        name = path.relative_to(GUI).as_posix()
        found = findings(path.read_text(encoding="utf-8"), name)
        if found:
            by_module[name] = found
    new = {m: f for m, f in by_module.items() if m not in NOT_YET_MOVED}
    assert not new, "SQL under fieldkit/gui/ (move it into a core service):\n" + "\n".join(
        line for lines in new.values() for line in lines
    )
    moved = NOT_YET_MOVED - set(by_module)
    assert not moved, f"no SQL left in {sorted(moved)}: strike it from NOT_YET_MOVED"


# --- the core services that replaced the GUI's own SQL ----------------------------------------


def test_object_labels_names_the_objects_asked_for(vault: Vault) -> None:
    records = Records(vault)
    jar = records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Jar"})
    bare = records.create(F.OBJECT, {"inventory_number": "M-2"})
    assert object_labels(records, [jar.record_id, bare.record_id, "", "unknown"]) == {
        jar.record_id: ("M-1", "Jar"),
        bare.record_id: ("M-2", ""),
    }
    assert object_labels(records, []) == {}


def test_the_read_only_connection_reads_the_open_vault_and_refuses_writes(vault: Vault) -> None:
    conn = vault.read_only_connection()
    try:
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == 0
        with pytest.raises(DatabaseError):
            conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    finally:
        conn.close()
