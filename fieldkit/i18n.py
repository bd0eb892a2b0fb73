"""The core's languages, without Qt: English, French, Arabic (right to left) and Ukrainian.

Core text is marked where it is written, so ``pyside6-lupdate`` extracts it into the Qt Linguist
catalogs (``fieldkit/resources/translations/*.ts``):

- ``QT_TRANSLATE_NOOP("errors", "The passphrase is not correct for this vault.")`` marks a
  template that is translated later, where it is shown (an exception's message, a hint);
- ``translate("reports", "Object ID")`` translates now, in the current language;
- ``translate("cli", "%n record(s) imported", "", n)`` is plural-aware, as Qt's numerus forms
  (French 2 forms, Ukrainian 3, Arabic 6; English ships its own "1 record"/"2 records" forms).

Templates carry NAMED parameters (``{path}``, ``{count}``), filled after translation with
:func:`fill` or :func:`tr`, so a translator can move them; never a whole formatted sentence.

The runtime reads the shipped ``.ts`` files (our own XML, parsed with the standard library, which
resolves no external entity) and picks up both catalogs: ``core_<lang>.ts`` (the core's strings)
and ``fieldkit_<lang>.ts`` (the app's own strings; the vocabulary terms are the core's:
fieldkit/records/vocabulary_labels.py). A missing or unfinished
translation falls back to English, never to an error.

The language: ``FIELDKIT_LANG`` (en, fr, ar, uk) wins; then the user's choice (the desktop app
passes its setting); then the system language if it is one of the four; else English.
"""

from __future__ import annotations

import contextlib
import json
import locale
import os
import re
import string
import threading
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

ENV_LANG = "FIELDKIT_LANG"
LANGUAGES: tuple[str, ...] = ("en", "fr", "ar", "uk")
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})
#: Each language's name in itself, for the language choice (never translated).
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "uk": "Українська",
}
#: Plural forms per language, in Qt Linguist's order.
PLURAL_FORMS: dict[str, int] = {"en": 2, "fr": 2, "ar": 6, "uk": 3}
CATALOGS = ("core", "fieldkit")

# Unicode isolates: text of unknown direction (FSI) or left-to-right (LRI) kept whole inside a
# right-to-left sentence, closed by PDI (Unicode TR9).
FSI = "\u2068"
LRI = "\u2066"
PDI = "\u2069"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; returns it unchanged (translated later)."""
    return text


# --- choosing the language ---------------------------------------------------------------------


def normalise(code: str | None) -> str | None:
    """ "fr_FR.UTF-8" → "fr"; None for anything not one of :data:`LANGUAGES`."""
    if not code:
        return None
    short = re.split(r"[_.@-]", code.strip().lower(), maxsplit=1)[0]
    return short if short in LANGUAGES else None


def system_language() -> str | None:
    """The system's language if FieldKit speaks it (LC_ALL, LC_MESSAGES, LANG, LANGUAGE)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise(value)
    for code in os.environ.get("LANGUAGE", "").split(":"):
        if normalise(code):
            return normalise(code)
    with contextlib.suppress(ValueError):
        return normalise(locale.getlocale()[0])
    return None


def environment_language() -> str | None:
    """``FIELDKIT_LANG`` if set to one of the four languages ("pseudo" counts as English here)."""
    return normalise(os.environ.get(ENV_LANG))


def resolve_language(chosen: str | None = None) -> str:
    """FIELDKIT_LANG, else ``chosen`` (the user's setting), else the system's, else English."""
    return environment_language() or normalise(chosen) or system_language() or "en"


_process_language = "en"
_context_language: ContextVar[str | None] = ContextVar("fieldkit_language", default=None)


def set_language(lang: str) -> None:
    """Set the process's language (the CLI at start, the app from its setting)."""
    global _process_language
    _process_language = normalise(lang) or "en"


def process_language() -> str:
    """The process's language (the command line's messages), whatever a report's --lang is."""
    return _process_language


def language() -> str:
    """The language text is produced in now (see :func:`using`)."""
    return _context_language.get() or _process_language


@contextlib.contextmanager
def using(lang: str | None) -> Iterator[str]:
    """Within the block, text is produced in ``lang`` (a report's ``--lang``); None: unchanged."""
    chosen = normalise(lang) or language()
    token = _context_language.set(chosen)
    try:
        yield chosen
    finally:
        _context_language.reset(token)


def is_right_to_left(lang: str | None = None) -> bool:
    return (lang or language()) in RIGHT_TO_LEFT


# --- catalogs ----------------------------------------------------------------------------------


@dataclass
class Catalog:
    """Finished translations of one language: (context, source) → text or plural forms."""

    language: str
    singular: dict[tuple[str, str], str] = field(default_factory=dict)
    plural: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def update(self, other: Catalog) -> None:
        for key, value in other.singular.items():
            self.singular.setdefault(key, value)
        for key, forms in other.plural.items():
            self.plural.setdefault(key, forms)


def translations_dir() -> Any:
    return resources.files("fieldkit") / "resources" / "translations"


def parse_ts(data: bytes, lang: str) -> Catalog:
    """The finished messages of a Qt Linguist ``.ts`` file (unfinished, obsolete, empty: left out).

    Raises ValueError when the XML is malformed.
    """
    try:
        root = ET.fromstring(data)  # noqa: S314 - our own file; ElementTree expands no entities
    except ET.ParseError as exc:
        raise ValueError(f"malformed translation file ({exc})") from None
    catalog = Catalog(lang)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")]
                if forms and all(forms):
                    catalog.plural[(name, source)] = forms
            elif node.text:
                catalog.singular[(name, source)] = node.text
    return catalog


_cache: dict[str, Catalog] = {}
_cache_lock = threading.Lock()


def catalog(lang: str) -> Catalog:
    """The shipped translations of ``lang`` (core catalog first, then the app's), cached."""
    with _cache_lock:
        cached = _cache.get(lang)
        if cached is not None:
            return cached
        merged = Catalog(lang)
        for name in CATALOGS:
            path = translations_dir() / f"{name}_{lang}.ts"
            try:
                data = path.read_bytes()
            except (OSError, FileNotFoundError):
                continue
            try:
                merged.update(parse_ts(data, lang))
            except ValueError:
                continue  # a damaged catalog: English rather than no text at all
        _cache[lang] = merged
        return merged


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


def plural_index(lang: str, n: int) -> int:
    """Which of Qt Linguist's plural forms ``n`` takes in ``lang``."""
    n = abs(n)
    if lang == "fr":
        return 0 if n < 2 else 1
    if lang == "uk":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if lang == "ar":
        if n <= 2:
            return n
        if 3 <= n % 100 <= 10:
            return 3
        if n % 100 >= 11:
            return 4
        return 5
    return 0 if n == 1 else 1


def english_plural(source: str, n: int) -> str:
    """The English source's "(s)"/"(es)" resolved for ``n``: "1 record", "2 records"."""
    one = n == 1
    return re.sub(r"\((e?s)\)", lambda m: "" if one else m.group(1), source)


def translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    n: int = -1,
    *,
    lang: str | None = None,
) -> str:
    """``text`` in the current language (or ``lang``); with ``n`` ≥ 0, its plural form with
    ``%n`` replaced by ``n``. Falls back to English; never raises for a missing translation."""
    lang = normalise(lang) or language()
    cat = catalog(lang)
    if n >= 0:
        forms = cat.plural.get((context, text))
        if forms:
            chosen = forms[min(plural_index(lang, n), len(forms) - 1)]
        else:
            english = catalog("en").plural.get((context, text))
            chosen = english[plural_index("en", n)] if english else english_plural(text, n)
        return chosen.replace("%Ln", str(n)).replace("%n", str(n))
    return cat.singular.get((context, text), text)


def fill(template: str, fallback: str | None = None, /, **params: Any) -> str:
    """``template`` with its named parameters; the English ``fallback`` if a translation's
    placeholders do not match (a translator's slip must not cost the user the message)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return (fallback or template).format_map(_Missing(params))


class _Missing(dict[str, Any]):
    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def tr(
    context: str, template: str, n: int = -1, /, *, lang: str | None = None, **params: Any
) -> str:
    """Translate ``template`` (already marked for extraction elsewhere) and fill its parameters."""
    return fill(translate(context, template, None, n, lang=lang), template, **params)


# --- messages kept for later translation -------------------------------------------------------


class Text(str):
    """A message whose English is fixed now and whose translation is chosen where it is shown.

    It IS its English text (a ``str``: stored, compared, logged and written to ``--json`` as
    English, which stays stable across languages) and remembers its template, marked with
    ``QT_TRANSLATE_NOOP(context, ...)``, and named parameters, so :func:`localise` can show it in
    any language. Parameters may themselves be :class:`Text` (a phrase inside a sentence).
    """

    context: str
    template: str
    params: dict[str, Any]
    plural_n: int  # -1, or the number choosing a plural form ("%n file(s)")

    def __new__(cls, context: str, template: str, count: int = -1, /, **params: Any) -> Text:
        english = template if count < 0 else english_plural(template, count)
        english = english.replace("%n", str(count)) if count >= 0 else english
        english = fill(english, None, **params) if params else english
        obj = super().__new__(cls, english)
        obj.context = context
        obj.template = template
        obj.params = params
        obj.plural_n = count
        return obj

    def __reduce__(self) -> Any:  # pickles (worker processes) keep the template
        return (_rebuild_text, (self.context, self.template, self.plural_n, self.params))


def _rebuild_text(context: str, template: str, count: int, params: dict[str, Any]) -> Text:
    return Text(context, template, count, **params)


def message(template: str, /, **params: Any) -> Text:
    """A problem sentence in the "errors" context (the template is marked by the caller)."""
    return Text("errors", template, **params)


class _Later:
    """``later.translate("errors", "%n file(s)", "", n)``: a plural :class:`Text`, extracted by
    ``pyside6-lupdate`` as a numerus message (it reads any ``translate`` call with a count)."""

    @staticmethod
    def translate(
        context: str, text: str, disambiguation: str | None = None, n: int = -1, /, **params: Any
    ) -> Text:
        return Text(context, text, n, **params)


later = _Later()


def from_error(exc: Any) -> Text:
    """A FieldKitError's sentence as a :class:`Text` (English now, translated where shown)."""
    template = getattr(exc, "template", None) or getattr(exc, "message", "") or str(exc)
    params = dict(getattr(exc, "params", {}) or {})
    if isinstance(template, Text) and not params:
        return template  # raised with a Text already (a reader's problem sentence)
    return Text("errors", str(template), **params)


#: Thousands separators of numbers in displayed text. Digits stay Western in every language,
#: as in the rest of FieldKit's messages; French writes « 5 001 » (narrow no-break space),
#: Ukrainian « 5 001 » (no-break space), so a count never breaks across two lines.
GROUP_SEPARATORS: dict[str, str] = {"en": ",", "fr": "\u202f", "ar": ",", "uk": "\u00a0"}


def number(n: int, lang: str | None = None) -> str:
    """A whole number with the thousands separator of the current language (or ``lang``)."""
    separator = GROUP_SEPARATORS.get(normalise(lang) or language(), ",")
    return f"{n:,}".replace(",", separator)


#: Decimal separators of numbers in displayed text ("2,4 s" in French and Ukrainian).
DECIMAL_SEPARATORS: dict[str, str] = {"en": ".", "fr": ",", "ar": ".", "uk": ","}


def decimal(x: float, places: int = 1, lang: str | None = None) -> str:
    """``x`` with ``places`` decimals and the decimal separator of the current language."""
    separator = DECIMAL_SEPARATORS.get(normalise(lang) or language(), ".")
    return f"{x:.{places}f}".replace(".", separator)


class Grouped(str):
    """A count inside a message kept for later (a :class:`Text` parameter, an error's): it IS
    its English ("5,001"), and :func:`localise` writes it with the reader's separator."""

    value: int

    def __new__(cls, n: int) -> Grouped:
        obj = super().__new__(cls, f"{n:,}")
        obj.value = n
        return obj

    def __reduce__(self) -> Any:
        return (Grouped, (self.value,))


def grouped(n: int) -> Grouped:
    return Grouped(n)


def _localised_param(value: Any, lang: str | None) -> Any:
    if isinstance(value, Text):
        return localise(value, lang)
    if isinstance(value, Grouped):
        return number(value.value, lang)
    if isinstance(value, str):
        # A known phrase ("the vault") is translated; anything else (a path, a name, a
        # version) is isolated so that it reads whole inside a right-to-left sentence.
        known = translate("errors", value, lang=lang)
        return known if known != value else isolate(value, lang)
    return value


def localise(value: Any, lang: str | None = None) -> str:
    """``value`` in the current language (or ``lang``): a :class:`Text` is translated and
    filled; a plain string is looked up as a whole in the "errors" context (English if absent)."""
    if isinstance(value, Text):
        translated = translate(value.context, value.template, None, value.plural_n, lang=lang)
        if not value.params:
            return translated
        params = {k: _localised_param(v, lang) for k, v in value.params.items()}
        return fill(translated, value.template, **params)
    text = str(value)
    return translate("errors", text, lang=lang)


# --- messages kept in a vault or an archive ----------------------------------------------------

#: A stored message's JSON starts with this key, so a plain English reason stored by an older
#: FieldKit (or typed by a person) is never mistaken for one.
_STORED_KEY = "fieldkit_text"
_STORED_DEPTH = 4  # a phrase inside a sentence inside a sentence; deeper is not ours


def to_stored(value: str) -> str:
    """``value`` as text to keep in a database column so it can be shown later in ANY language.

    A :class:`Text` becomes a small JSON object (its English, context, template, plural count
    and parameters, nested Texts included); any other string is kept as it is. Read it back
    with :func:`from_stored`. Parameters that are not text or numbers are kept as their English.
    """
    if not isinstance(value, Text):
        return str(value)
    return json.dumps({_STORED_KEY: 1, **_stored_fields(value)}, ensure_ascii=False, sort_keys=True)


def _stored_fields(value: Text) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, param in value.params.items():
        if isinstance(param, Text):
            params[key] = {"text": _stored_fields(param)}
        elif isinstance(param, Grouped):
            params[key] = {"grouped": param.value}
        elif isinstance(param, bool) or not isinstance(param, (int, float)):
            params[key] = str(param)
        else:
            params[key] = param
    return {
        "en": str(value),
        "context": value.context,
        "template": value.template,
        "n": value.plural_n,
        "params": params,
    }


def from_stored(stored: str | None) -> str:
    """What :func:`to_stored` kept: a :class:`Text` again (so :func:`localise` translates it), or
    the stored string itself when it is plain text, an older English reason, or not ours."""
    if not stored:
        return stored or ""
    if not stored.startswith("{") or _STORED_KEY not in stored:
        return stored
    try:
        data = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(data, dict) or data.get(_STORED_KEY) != 1:
        return stored
    text = _text_from_fields(data, 0)
    return text if text is not None else str(data.get("en") or stored)


def _text_from_fields(data: Any, depth: int) -> Text | None:
    if depth > _STORED_DEPTH or not isinstance(data, dict):
        return None
    context, template, count = data.get("context"), data.get("template"), data.get("n", -1)
    raw = data.get("params", {})
    if not (isinstance(context, str) and isinstance(template, str) and isinstance(raw, dict)):
        return None
    if isinstance(count, bool) or not isinstance(count, int) or not _plain_fields(template):
        return None
    params: dict[str, Any] = {}
    for key, param in raw.items():
        if isinstance(param, dict) and "grouped" in param:
            amount = param["grouped"]
            if isinstance(amount, bool) or not isinstance(amount, int):
                return None
            params[str(key)] = Grouped(amount)
        elif isinstance(param, dict):
            inner = _text_from_fields(param.get("text"), depth + 1)
            if inner is None:
                return None
            params[str(key)] = inner
        elif isinstance(param, (str, int, float)) and not isinstance(param, bool):
            params[str(key)] = param
        else:
            return None
    try:
        return Text(context, template, count, **params)
    except (KeyError, ValueError, IndexError):
        return None


def _plain_fields(template: str) -> bool:
    """Only ``{name}`` fields: a stored template never reaches attributes (``{p.__class__}``)."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError:
        return False
    return all(name.isidentifier() for name in fields)


def stored_english(stored: str | None) -> str:
    """The English of a stored message (for ``--json`` and logs, which stay English)."""
    return str(from_stored(stored))


# --- errors ------------------------------------------------------------------------------------


def error_text(exc: Any, lang: str | None = None) -> tuple[str, str]:
    """A FieldKitError's sentence and hint in the current language (English when not shipped).

    Messages are looked up in the "errors" context as templates with the exception's named
    parameters (``exc.params``); a parameter that is itself a known phrase is translated too.
    """
    raw = getattr(exc, "template", None)
    raw_hint = getattr(exc, "hint", "") or ""
    # A hint with parameters is a Text; a fixed one is looked up as it is.
    hint = localise(raw_hint, lang) if raw_hint else ""
    if isinstance(raw, Text) and not getattr(exc, "params", None):
        return localise(raw, lang), hint
    template = str(raw or getattr(exc, "message", "") or exc)
    params: dict[str, Any] = dict(getattr(exc, "params", {}) or {})
    for key, value in params.items():
        params[key] = _localised_param(value, lang)
    message = fill(translate("errors", template, lang=lang), template, **params)
    if not params and message == template:
        message = translate("errors", str(getattr(exc, "message", template)), lang=lang)
    return message, hint


# --- lists --------------------------------------------------------------------------------------

#: What separates the items of a DISPLAYED list, per language: (between items, between items
#: that hold commas themselves). Arabic has its own comma «،» and semicolon «؛»; French puts a
#: no-break space before « ; ». ``--json``, the exports (CSV, LIDO, Linked Art) and stored values
#: are contracts and keep ", " and "; " whatever the language.
LIST_SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (", ", "; "),
    "fr": (", ", "\u00a0; "),
    "ar": ("، ", "؛ "),
    "uk": (", ", "; "),
}


def list_separator(lang: str | None = None, *, semicolon: bool = False) -> str:
    """The separator of a displayed list in the current language (or ``lang``): a comma, or
    with ``semicolon`` the stronger one for items that may hold commas themselves."""
    comma, strong = LIST_SEPARATORS.get(normalise(lang) or language(), LIST_SEPARATORS["en"])
    return strong if semicolon else comma


def join_list(items: Iterable[str], lang: str | None = None, *, semicolon: bool = False) -> str:
    """``items`` as one displayed list: "a, b" (Arabic «أ، ب»); see :func:`list_separator`."""
    return list_separator(lang, semicolon=semicolon).join(items)


# --- mixed-direction text ----------------------------------------------------------------------


def isolate(text: str, lang: str | None = None) -> str:
    """``text`` of unknown direction (a title, a name) kept whole in a right-to-left sentence."""
    return f"{FSI}{text}{PDI}" if text and is_right_to_left(lang) else text


def ltr(text: str, lang: str | None = None) -> str:
    """Left-to-right text (an inventory number, an id, a fingerprint, a path) kept readable in a
    right-to-left sentence: "AB-12/3" must not become "3/12-AB"."""
    return f"{LRI}{text}{PDI}" if text and is_right_to_left(lang) else text


# --- "Label: value" lines -----------------------------------------------------------------------

RLM = "\u200f"  # right-to-left mark: an invisible strong right-to-left character
#: A "Label: value" line of the command line (``object show``, ``move show``, …). French puts a
#: no-break space before the colon (« Statut : Évacué »), as its catalog says once for all.
LABELLED = QT_TRANSLATE_NOOP("cli", "{field}: {value}")


def _first_strong(text: str) -> str | None:
    """The bidi class (L, R or AL) of the first strong character outside isolates (TR9 P2)."""
    depth = 0
    for ch in text:
        if ch in (LRI, FSI, "\u2067"):
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind in ("L", "R", "AL"):
                return kind
    return None


def line(text: str, lang: str | None = None) -> str:
    """``text`` as one displayed line: in a right-to-left language a line that starts with
    left-to-right words ("Object ID: مكتمل", "id: …") still reads right to left, as the lines
    around it (a terminal takes a line's direction from its first strong letter)."""
    if is_right_to_left(normalise(lang) or language()) and _first_strong(text) == "L":
        return RLM + text
    return text


def before_colon(lang: str | None = None) -> str:
    """What the language writes between a word and its colon: French a no-break space
    (« Options : »), read from its "Label: value" line so that both always agree."""
    template = translate("cli", LABELLED, lang=lang)
    head, colon, _ = template.partition(":")
    return head.removeprefix("{field}") if colon and head.startswith("{field}") else ""


def labelled(label: str, value: str, lang: str | None = None, *, isolated: bool = False) -> str:
    """One "Label: value" line in the current language (or ``lang``), the colon written as the
    language writes it. In a right-to-left language the value is isolated (a left-to-right value,
    an inventory number or a date, is kept whole and does not pull the colon to its side) and
    the label is not: it is the label's first letter that sets the line's direction.
    ``isolated``: the value's parts are isolated already (a sentence around them)."""
    return line(pair(label, value, lang, isolated=isolated), lang)


def pair(label: str, value: str, lang: str | None = None, *, isolated: bool = False) -> str:
    """ "Label: value" inside a line (a spreadsheet row's cells): :func:`labelled` without
    choosing the line's direction."""
    lang = normalise(lang) or language()
    shown = value if isolated else "\n".join(isolate(part, lang) for part in value.split("\n"))
    return fill(translate("cli", LABELLED, lang=lang), LABELLED, field=label, value=shown)
