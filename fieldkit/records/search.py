"""Finding records: the full-text expression from what a person typed, and the SQL of a list.

Every search entry starts with a token naming its record's kind (``KIND_TOKENS``), so "how many
objects match" is answered by the full-text index alone. :class:`fieldkit.records.service.Records`
pages and counts with these queries; :mod:`fieldkit.records.revision_store` writes the entries
(``search_body``).
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
import weakref
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

from fieldkit.records import fields as F
from fieldkit.records.search_fold import fold_search_text
from fieldkit.vault.database import Connection

# From this many matches on, a search's page walks the sort order's index (Records.list).
MANY_MATCHES = 2_000
# Filters with an index of their own (kind, deleted, column): a filtered search counts along it.
INDEXED_FILTERS = ("status", "severity", "urgency", "salvage_priority", "object_id")
# The sorts a list may ask for, and the column each walks (each has an index, records_<column>:
# fieldkit.vault.schema). Inventory numbers (and codes) in their natural order: a stored key
# (fieldkit.records.natural_order), so 1962.121 comes before 1962.1180. Titles (and names) in
# a dictionary's order: a stored key too (fieldkit.records.title_order), « Épée » before « vase ».
ORDERABLE = {
    "inventory_number": "inventory_sort",
    "title": "title_sort",
    "object_type": "object_type",
    "status": "status",
    "salvage_priority": "salvage_priority",
    "severity": "severity",
    "urgency": "urgency",
    "observed_at": "observed_at",
    "hlc": "hlc",
    "complete": "complete",
}


# Arabic letters people write one for another (r12 trial #21): the index holds the text as
# written, so a query word is looked up in each of its spellings. Final « ة »/« ه » (ta marbuta
# written as ha: « فخاريه » for « فخارية »), final « ى »/« ي », and the alef that starts the word
# (after the article « ال »), written with or without hamza or madda. At most 4 × 2 spellings
# a word.
_FINAL_VARIANTS = {
    "\u0629": "\u0629\u0647",
    "\u0647": "\u0647\u0629",
    "\u0649": "\u0649\u064a",
    "\u064a": "\u064a\u0649",
}
_ALEFS = "\u0627\u0623\u0625\u0622"  # ا أ إ آ
_ARTICLE = "\u0627\u0644"  # ال


def _spellings(word: str) -> list[str]:
    """``word`` and its common Arabic spelling variants (``word`` first), and a number in each
    script of digits ("1988" finds « MCP ١٩٨٨/١ »: the index holds digits as written, r13
    trial #3); just ``word`` for any other word."""
    if any(ch.isdigit() for ch in word):
        return F.digit_spellings(word)
    start = 2 if word.startswith(_ARTICLE) and len(word) > 3 else 0
    head, first, rest = word[:start], word[start], word[start + 1 :]
    firsts = _ALEFS if first in _ALEFS else first
    body, lasts = (rest[:-1], _FINAL_VARIANTS.get(rest[-1], rest[-1])) if rest else ("", "")
    out = [word]
    for alef in firsts:
        for last in lasts or ("",):
            spelt = head + alef + body + last
            if spelt not in out:
                out.append(spelt)
    return out


def query_words(text: str) -> list[str]:
    """The words a search for ``text`` looks up, as :func:`search_expression` reads them (after
    the one folding, fold_search_text; not yet case folded). Public for the archive, which reads
    both its stored text and its queries into the laptop's words (fieldkit.archive.index)."""
    return _WORD.findall(fold_search_text(text))


def spellings(word: str) -> list[str]:
    """The spellings a search looks a typed word up in (``word`` first): :func:`search_expression`'s
    rule, public for the archive so that both find the same records."""
    return _spellings(word)


def _term(word: str) -> str:
    return '"' + word.replace('"', "") + '"*'


def search_expression(text: str) -> str | None:
    """A safe FTS5 query from what a person typed: every word must match (as a prefix), an
    Arabic word in any of its common spellings. Only quoted terms: nothing typed is syntax."""
    words = re.findall(r"\w+", fold_search_text(text), flags=re.UNICODE)
    if not words:
        return None
    terms = []
    for word in words:
        spellings = _spellings(word)
        if len(spellings) == 1:
            terms.append(_term(word))
        else:
            terms.append("(" + " OR ".join(_term(s) for s in spellings) + ")")
    # FTS5 reads "a (b OR c)" as a syntax error: with a group, the words are joined by AND
    # (the same query); without one, the expression stays as it always was.
    return (" AND " if any(t.startswith("(") for t in terms) else " ").join(terms)


# Every search entry starts with a token naming its kind, so that "how many objects match"
# is answered by the full-text index alone (a join back to `records` costs one page read per
# match: over a second for a common word in a 100,000-object vault with a cold cache).
KIND_TOKENS = {
    "object": "xfkkindobject",
    "damage": "xfkkinddamage",
    "location": "xfkkindlocation",
    "container": "xfkkindcontainer",
    "movement": "xfkkindmovement",
    "handover": "xfkkindhandover",
    "duplicate_decision": "xfkkindduplicatedecision",
}
_FILTERS = (
    "status",
    "severity",
    "urgency",
    "object_id",
    "inventory_number",
    "salvage_priority",
    "incomplete",
    "in_conflict",
    "include_deleted",
    "deleted_only",
)


def kind_search_expression(kind: str, text: str) -> str | None:
    expression = search_expression(text)
    if expression is None:
        return None
    return f"{KIND_TOKENS[kind]} AND ({expression})"


def search_only_count(kind: str, filters: Mapping[str, Any]) -> tuple[str, list[Any]] | None:
    """A COUNT answered from an index alone, when the search is the only filter: the full-text
    index; with no search either, the counts that triggers keep (fieldkit.vault.schema)."""
    if any(filters.get(name) for name in _FILTERS):
        return None
    if not filters.get("search"):
        return (
            "SELECT coalesce(sum(n), 0) FROM record_counts INDEXED BY record_counts_n "
            "WHERE kind = ? AND deleted = 0",
            [kind],
        )
    expression = kind_search_expression(kind, filters.get("search") or "")
    if expression is None:
        return None
    return "SELECT count(*) FROM records_search WHERE records_search MATCH ?", [expression]


def list_query(
    kind: str, columns: str, filters: Mapping[str, Any], index: str | None = None
) -> tuple[str, list[Any]]:
    """SQL over ``records r`` for a kind and filters. With ``index`` (a search matching many
    records), the rows are walked in that index's order and checked against the matches."""
    where = ["r.kind = ?"]
    args: list[Any] = [kind]
    if filters.get("deleted_only"):
        where.append("r.deleted = 1")
    elif not filters.get("include_deleted"):
        where.append("r.deleted = 0")
    search = filters.get("search")
    join = ""
    if search and filters.get("deleted_only"):
        # Deleted records are not in the full-text index: the caller found the matches
        # (deleted_matches) and passes their row ids.
        where.append("r.rowid IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(filters.get("deleted_rowids") or [])))
    elif search:
        expression = kind_search_expression(kind, search)
        if expression is None:
            where.append("0")
        elif index is not None:
            join = f" INDEXED BY {index}"
            where.append(
                "r.rowid IN (SELECT rowid FROM records_search WHERE records_search MATCH ?)"
            )
            # The index walked is of this kind only, so the matches need no kind token: without
            # it the full-text index does not step through the kind's doclist (an entry per
            # record of the kind: 500,000 in a coordinator's vault) to intersect it.
            args.append(search_expression(search))
        else:
            join = " JOIN records_search s ON s.rowid = r.rowid"
            where.append("records_search MATCH ?")
            args.append(expression)
    for name in ("status", "severity", "urgency", "object_id", "inventory_number"):
        value = filters.get(name)
        if value:
            values = [value] if isinstance(value, str) else list(value)
            where.append(f"r.{name} IN ({','.join('?' * len(values))})")
            args.extend(values)
    priority = filters.get("salvage_priority")
    if priority:
        values = [priority] if isinstance(priority, int) else list(priority)
        where.append(f"r.salvage_priority IN ({','.join('?' * len(values))})")
        args.extend(int(p) for p in values)
    if filters.get("incomplete"):
        where.append("r.complete = 0")
    if filters.get("in_conflict"):
        where.append("r.in_conflict = 1")
    return f"SELECT {columns} FROM records r{join} WHERE {' AND '.join(where)}", args  # noqa: S608


def _words(text: str) -> set[str]:
    """The words of ``text`` as the full-text index's tokenizer sees them (unicode61 with
    remove_diacritics 2, after fold_search_text): lower case, Latin accents removed."""
    plain = fold_search_text(text).casefold()
    if not plain.isascii():  # ASCII has nothing to decompose
        plain = unicodedata.normalize("NFKD", plain)
        # Each distinct character tested once, not each character: a test per character in
        # Python was most of the cost of reading a deleted record's words.
        marks = [c for c in set(plain) if unicodedata.combining(c)]
        if marks:
            plain = plain.translate(dict.fromkeys(map(ord, marks)))
    return set(_WORD.findall(plain))


_WORD = re.compile(r"\w+", flags=re.UNICODE)


def deleted_matches(db: Connection, kind: str, text: str) -> list[int]:
    """Row ids of the deleted records of ``kind`` that a search for ``text`` would have found
    while they lived (every word typed starts a word of the record, as the full-text index
    matches). Deleted records leave that index (revision_store), yet a person looking for the
    record they deleted types what they remember of it. Reads every deleted record of the kind:
    the reference :class:`DeletedWords` (what searches use) must agree with, not a search's path.
    """
    wanted = _words(text)
    if not wanted:
        return []
    spellings = {q: _spellings(q) for q in wanted}  # an Arabic word in its common spellings
    found = []
    for rowid, fields_json, media_json in db.execute(
        "SELECT rowid, fields, media FROM records WHERE kind = ? AND deleted = 1", (kind,)
    ):
        words = _words(search_body(kind, json.loads(fields_json), json.loads(media_json)))
        if all(any(w.startswith(v) for v in spellings[q] for w in words) for q in wanted):
            found.append(int(rowid))
    return found


class DeletedWords:
    """The words of one kind's deleted records, held in memory, for searches among them.

    Deleted records leave the full-text index, and reading every one of them for each search
    (:func:`deleted_matches`) cost a second per page at 100,000 objects with 10 % deleted (r13
    review #3): 20,000 JSON decodings and tokenisations for a count and its page, again for the
    next page. Here each deleted record is decoded once, then only the ones deleted (or changed)
    since: a search looks its words up in the sorted words of all of them, as the index would.
    The matches are exactly :func:`deleted_matches`'s (the same words, the same test).

    Before a search, the connection's change counters tell whether anything was written since
    the last one (``total_changes``: this connection, the app's only writer; ``data_version``:
    any other). Only then are the deleted rows' (rowid, hlc) read again, from an index alone,
    to find the ones to decode or forget: a deleted record's text changes only with a new
    revision, which takes a later clock reading.

    Memory: a word's entries are numbers, one per reading of a record (an entry), so that
    forgetting a record is dropping its entry number, not walking its words; the entries of
    forgotten readings are swept once they outnumber the live ones.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._lock = threading.Lock()  # the app's connection is shared by its worker threads
        self._db: Connection | None = None
        self._seen: tuple[int, int] | None = None
        self._hlc: dict[int, str | None] = {}  # rowid -> the hlc of the reading held
        self._entry: dict[int, int] = {}  # rowid -> its reading's entry number
        self._rowid: dict[int, int] = {}  # live entry number -> rowid
        self._entries: dict[str, list[int]] = {}  # word -> entry numbers (dead ones too)
        self._next = 0
        self._held = 0  # entry numbers in the word lists, dead ones included
        self._sorted: list[str] | None = []

    def matches(self, db: Connection, text: str) -> list[int]:
        """Row ids (ascending) of the deleted records of the kind that a search for ``text``
        would have found while they lived: as :func:`deleted_matches`."""
        wanted = _words(text)
        if not wanted:
            return []
        with self._lock:
            self._refresh(db)
            vocabulary = self._vocabulary()
            found: set[int] | None = None
            for word in wanted:
                entries: set[int] = set()
                for spelling in _spellings(word):  # an Arabic word in its common spellings
                    at = bisect_left(vocabulary, spelling)
                    while at < len(vocabulary) and vocabulary[at].startswith(spelling):
                        entries.update(self._entries[vocabulary[at]])
                        at += 1
                found = entries if found is None else found & entries
                if not found:
                    return []
            live = self._rowid
            return sorted(live[e] for e in found or () if e in live)

    def _vocabulary(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._entries)
        return self._sorted

    def _refresh(self, db: Connection) -> None:
        # Taken before reading: a write while this reads makes the next search look again.
        state = (db.total_changes, int(db.execute("PRAGMA data_version").fetchone()[0]))
        if db is self._db and state == self._seen:
            return
        if db is not self._db:  # another connection (the vault reopened, rekeyed)
            self._hlc, self._entry, self._rowid, self._entries = {}, {}, {}, {}
            self._held, self._sorted = 0, []
        current: dict[int, str | None] = {
            int(rowid): hlc
            for rowid, hlc in db.execute(
                "SELECT rowid, hlc FROM records INDEXED BY records_hlc "
                "WHERE kind = ? AND deleted = 1",
                (self.kind,),
            )
        }
        for rowid in [r for r, hlc in self._hlc.items() if current.get(r, "") != hlc]:
            del self._hlc[rowid]
            del self._rowid[self._entry.pop(rowid)]
        fresh = [r for r in current if r not in self._hlc]
        for start in range(0, len(fresh), 500):
            chunk = fresh[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for rowid, hlc, fields_json, media_json in db.execute(
                f"SELECT rowid, hlc, fields, media FROM records WHERE rowid IN ({marks}) "  # noqa: S608
                "AND kind = ? AND deleted = 1",
                (*chunk, self.kind),
            ):
                body = search_body(self.kind, json.loads(fields_json), json.loads(media_json))
                self._add(int(rowid), hlc, _words(body))
        if self._held > 2 * len(self._rowid) + 1_000:
            self._sweep()
        self._db = db
        # Inside a transaction the rows read may yet be rolled back: look again next time.
        self._seen = None if db.in_transaction else state

    def _add(self, rowid: int, hlc: str | None, words: set[str]) -> None:
        entry = self._next
        self._next += 1
        self._hlc[rowid], self._entry[rowid], self._rowid[entry] = hlc, entry, rowid
        for word in words:
            entries = self._entries.get(word)
            if entries is None:
                self._entries[word] = entries = []
                self._sorted = None
            entries.append(entry)
        self._held += len(words)

    def _sweep(self) -> None:
        """Drop the entry numbers of forgotten readings, and the words only they held."""
        live = self._rowid
        for word, entries in list(self._entries.items()):
            entries[:] = [e for e in entries if e in live]
            if not entries:
                del self._entries[word]
                self._sorted = None
        self._held = sum(len(entries) for entries in self._entries.values())


# Per vault (weakly: its words go with it when it closes) and kind.
_DELETED_WORDS: weakref.WeakKeyDictionary[Any, dict[str, DeletedWords]] = (
    weakref.WeakKeyDictionary()
)
_DELETED_WORDS_LOCK = threading.Lock()


def deleted_words(owner: Any, kind: str) -> DeletedWords:
    """The :class:`DeletedWords` of ``kind`` kept for ``owner`` (a vault) as long as it lives."""
    with _DELETED_WORDS_LOCK:
        return _DELETED_WORDS.setdefault(owner, {}).setdefault(kind, DeletedWords(kind))


def forget_deleted_words(owner: Any) -> None:
    """Drop the words kept for ``owner``'s deleted records: the app's lock clears decrypted
    data from its caches at once (SPEC §3), not when the vault object is collected."""
    with _DELETED_WORDS_LOCK:
        _DELETED_WORDS.pop(owner, None)


def search_body(kind: str, fields: Mapping[str, Any], media: Sequence[Mapping[str, Any]]) -> str:
    """What the full-text index holds for a record: its kind token, its text, its captions."""
    captions = "\n".join(str(m.get("caption", "")) for m in media)
    return fold_search_text(f"{KIND_TOKENS[kind]}\n{F.text_of(fields)}\n{captions}")


def many_matches(db: Connection, kind: str, filters: Mapping[str, Any]) -> bool:
    """Whether a search matches so many records that a page is best found by walking the
    sort order's index (checking each row against the matches) rather than by sorting
    every match: a common word in a million-record vault matches 40,000 objects, and
    sorting them reads every one of their rows (a second), while the walk stops after a
    page (20 ms). Counted from the full-text index alone, and only up to the threshold."""
    expression = kind_search_expression(kind, filters.get("search") or "")
    if expression is None:
        return False
    (found,) = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM records_search WHERE records_search MATCH ? LIMIT ?)",
        (expression, MANY_MATCHES),
    ).fetchone()
    return int(found) >= MANY_MATCHES
