"""Lists the app shows are joined in the reader's language (i18n.join_list: «أ، ب» in Arabic),
never with a hard-coded Latin comma: a tester's Arabic screenshots showed "نوع القطعة, القياسات"
in the object editor's completeness box, the import verdict and the sync page."""

from __future__ import annotations

import re
from pathlib import Path

from fieldkit import i18n

GUI = Path(__file__).resolve().parents[1] / "fieldkit" / "gui"


def test_no_list_in_the_app_is_joined_with_a_latin_comma() -> None:
    joined = re.compile(r"""["'], ["']\.join\(""")
    found = [
        f"{path.relative_to(GUI)}:{number}"
        for path in sorted(GUI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if joined.search(line)
    ]
    assert found == [], "use i18n.join_list: " + ", ".join(found)


def test_join_list_speaks_arabic() -> None:
    assert i18n.join_list(["أ", "ب"], "ar") == "أ، ب"
    assert i18n.join_list(["a", "b"], "en") == "a, b"
