"""CI checks of the translation catalogs (fieldkit/resources/translations).

The checks are plain functions, so they can also be run by hand after merging translators' work:
``python -c "import sys; sys.path[:0]=['tests']; import test_translations as t; t.report()"``.
"""

from __future__ import annotations

import functools
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO

from fieldkit import i18n

sys.path.insert(0, str(REPO / "scripts"))
import update_translations

TRANSLATIONS = REPO / "fieldkit" / "resources" / "translations"
# Extraction into a temporary copy takes a few seconds: once per test session.
changes_in_a_copy = functools.cache(update_translations.changes_in_a_copy)
TRANSLATED = ("fr", "ar", "uk")
# The translators' files (fieldkit_<lang>.ts) are being filled while this lands; the lead turns
# this to True once they are merged, and the completeness check of the app becomes strict.
APP_TRANSLATIONS_MERGED = True


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # one text, or the plural forms


def messages(path: Path) -> Iterator[Message]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            node = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if node is None:
                forms: tuple[str, ...] = ()
                finished = False
            else:
                forms = (
                    tuple(f.text or "" for f in node.iter("numerusform"))
                    if numerus
                    else (node.text or "",)
                )
                finished = node.get("type") not in ("unfinished", "vanished", "obsolete") and all(
                    forms
                )
            yield Message(path.name, name, m.findtext("source") or "", numerus, finished, forms)


def unfinished(catalog: str, lang: str) -> list[Message]:
    """Messages of ``<catalog>_<lang>.ts`` without a finished translation."""
    return [m for m in messages(TRANSLATIONS / f"{catalog}_{lang}.ts") if not m.finished]


_NAMED = re.compile(r"\{(\w*)[^{}]*\}")
_POSITIONAL = re.compile(r"%L?\d")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def _mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?=[^&\s])", text.replace("&&", "")))


def placeholder_problems(message: Message) -> list[str]:
    """What a finished translation gets wrong about the source's placeholders."""
    if not message.finished:
        return []
    src = message.source
    problems = []
    for i, text in enumerate(message.forms):
        where = f"{message.file} [{message.context}] {src!r} form {i}"
        if Counter(_NAMED.findall(text)) != Counter(_NAMED.findall(src)):
            problems.append(f"{where}: named placeholders differ")
        if sorted(_POSITIONAL.findall(text)) != sorted(_POSITIONAL.findall(src)):
            problems.append(f"{where}: %1..%9 differ")
        if Counter(_TAG.findall(text)) != Counter(_TAG.findall(src)):
            problems.append(f"{where}: HTML tags differ")
        if _mnemonics(src) and _mnemonics(text) != 1:
            problems.append(f"{where}: needs exactly one &-mnemonic")
    if message.numerus and "%n" in src.replace("%Ln", "%n"):
        if not any("%n" in f or "%Ln" in f for f in message.forms):
            problems.append(f"{message.file} [{message.context}] {src!r}: no form shows %n")
    return problems


def plural_problems(path: Path, lang: str) -> list[str]:
    want = i18n.PLURAL_FORMS[lang]
    return [
        f"{m.file} [{m.context}] {m.source!r}: {len(m.forms)} plural forms, {lang} has {want}"
        for m in messages(path)
        if m.numerus and len(m.forms) != want
    ]


def all_catalogs() -> list[tuple[Path, str]]:
    out = []
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        lang = path.stem.rsplit("_", 1)[1]
        out.append((path, lang))
    return out


def report() -> int:
    """Print every problem (for the lead after merging translations); 1 if any."""
    problems: list[str] = []
    for lang in TRANSLATED:
        for catalog in update_translations.CATALOGS:
            problems += [
                f"unfinished: {m.file} [{m.context}] {m.source!r}"
                for m in unfinished(catalog, lang)
            ]
    for path, lang in all_catalogs():
        problems += plural_problems(path, lang)
        for m in messages(path):
            problems += placeholder_problems(m)
    problems += [f"out of date: {n}" for n in update_translations.changes_in_a_copy()]
    print("\n".join(problems) or "translations: all checks pass")
    return 1 if problems else 0


# --- the tests ---------------------------------------------------------------------------------


def test_every_language_ships_both_catalogs_and_english_plurals() -> None:
    for catalog in update_translations.CATALOGS:
        for lang in (*TRANSLATED, "en"):
            assert (TRANSLATIONS / f"{catalog}_{lang}.ts").is_file()
            assert (TRANSLATIONS / f"{catalog}_{lang}.qm").is_file()
    english = list(messages(TRANSLATIONS / "fieldkit_en.ts"))
    assert english and all(m.numerus and m.finished and len(m.forms) == 2 for m in english)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_core_messages_are_all_translated(lang: str) -> None:
    assert [m.source for m in unfinished("core", lang)] == []


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.xfail(
    not APP_TRANSLATIONS_MERGED,
    reason="the translators' fieldkit_<lang>.ts are not merged yet; the lead sets "
    "APP_TRANSLATIONS_MERGED = True after merging them",
    strict=False,
)
def test_app_messages_are_all_translated(lang: str) -> None:
    assert [m.source for m in unfinished("fieldkit", lang)] == []


@pytest.mark.parametrize(("path", "lang"), all_catalogs(), ids=lambda v: getattr(v, "name", v))
def test_placeholders_and_plural_forms_match(path: Path, lang: str) -> None:
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    assert root.get("language", "").split("_")[0] == lang
    problems = plural_problems(path, lang)
    for m in messages(path):
        problems += placeholder_problems(m)
    assert problems == []


def test_placeholder_check_catches_mistakes() -> None:
    def msg(source: str, text: str) -> Message:
        return Message("x.ts", "c", source, False, True, (text,))

    assert placeholder_problems(msg("In {folder}.", "Dans {dossier}."))
    assert placeholder_problems(msg("&Import", "Importer"))
    assert placeholder_problems(msg("<b>Hi</b> %1", "Salut %1"))
    assert not placeholder_problems(msg("&Import {n}", "&Importer {n}"))
    assert not placeholder_problems(msg("Save && close", "Enregistrer et fermer"))


APP_CATALOGS = {
    f"fieldkit/resources/translations/fieldkit_{lang}.{ext}"
    for lang in TRANSLATED
    for ext in ("ts", "qm")
}


def test_sources_and_compiled_files_are_up_to_date() -> None:
    """Re-running extraction and compilation into a temporary copy changes nothing."""
    changed = changes_in_a_copy()
    assert [name for name in changed if name not in APP_CATALOGS] == []


@pytest.mark.xfail(
    not APP_TRANSLATIONS_MERGED,
    reason="new app strings reach the translators' fieldkit_<lang>.ts when the lead merges "
    "their files and re-runs scripts/update_translations.py",
    strict=False,
)
def test_app_catalogs_are_up_to_date() -> None:
    changed = changes_in_a_copy()
    assert [name for name in changed if name in APP_CATALOGS] == []


def test_every_compiled_translation_loads(qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    for qm in sorted(TRANSLATIONS.glob("*.qm")):
        translator = QTranslator()
        assert translator.load(str(qm)), qm.name
        assert translator.language().split("_")[0] == qm.stem.rsplit("_", 1)[1]


def glossary() -> dict[str, dict[str, str]]:
    """docs/glossary.md's vocabulary table: code → {"en", "fr", "ar", "uk", "source"}."""
    rows: dict[str, dict[str, str]] = {}
    for line in (REPO / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[0] not in ("code",) and not cells[0].startswith("-"):
            rows[cells[0]] = dict(zip(("en", "fr", "ar", "uk", "source"), cells[1:], strict=True))
    return rows


def test_glossary_covers_every_vocabulary_term_and_the_catalogs_follow_it() -> None:
    from fieldkit.records import vocabulary_labels as labels

    terms = glossary()
    codes = set(labels.VOCABULARY) | {str(p) for p in labels.PRIORITY}
    assert codes <= set(terms), sorted(codes - set(terms))
    for code, row in terms.items():
        english = labels.PRIORITY[int(code)] if code.isdigit() else labels.VOCABULARY[code]
        assert row["en"] == english, code
        assert row["source"], code
        for lang in TRANSLATED:
            assert i18n.translate("vocabulary", english, lang=lang) == row[lang], (code, lang)


# Sentences with several counts: Qt has one %n per message, so they keep "(s)" until they are
# split into one plural message per count.
SEVERAL_COUNTS = (
    "{n} bundle(s) can be imported; {m} will be left out",
    "{n} bundle(s) checked: {good} intact",
)


def test_single_counts_in_the_app_use_plural_forms() -> None:
    """A sentence with one count and an "(s)" is a numerus string ("%n photo(s)"), so that
    English reads "1 photo" and Arabic gets its six forms; "{n} photo(s)" never is."""
    offenders = []
    for path in update_translations.app_sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(known in line for known in SEVERAL_COUNTS):
                continue
            if re.search(r"\{n\}[^\"{]*\(e?s\)", line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.parametrize(
    ("context", "source", "n", "english"),
    [
        ("ConflictsPage", "%n record(s) in conflict", 1, "1 record in conflict"),
        (
            "ConflictView",
            "%n other field(s) are the same in every version.",
            1,
            "1 other field is the same in every version.",
        ),
        ("verdict", "%n photo(s)", 12, "12 photos"),
        ("ImportDialog", "&Import %n bundle(s)", 1, "&Import 1 bundle"),
    ],
)
def test_english_plural_forms_are_shipped(context: str, source: str, n: int, english: str) -> None:
    assert i18n.translate(context, source, "", n, lang="en") == english


def test_strings_passed_to_a_translation_wrapper_are_in_the_catalog() -> None:
    """lupdate sees `QCoreApplication.translate("ctx", "literal")` and `self.tr("literal")`, not
    `_t("literal")` through a helper: such strings stayed English in every language (the history
    view, the error dialog, the photo viewer). Every literal given to a one-line wrapper of
    `QCoreApplication.translate(CONTEXT, text)` must be a source of CONTEXT in the catalog."""
    import ast
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[1]
    tree = ET.parse(root / "fieldkit/resources/translations/fieldkit_fr.ts")  # noqa: S314 - ours
    known = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    }
    missing = []
    for path in sorted((root / "fieldkit/gui").rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        wrappers: dict[str, str] = {}
        for node in module.body:
            if not isinstance(node, ast.FunctionDef) or len(node.body) != 1:
                continue
            ret = node.body[0]
            call = ret.value if isinstance(ret, ast.Return) else None
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                wrappers[node.name] = call.args[0].value
        for node in ast.walk(module):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and (wrappers[node.func.id], node.args[0].value) not in known
            ):
                missing.append(f"{path.relative_to(root)}:{node.lineno} {node.args[0].value!r}")
    assert not missing, "\n".join(missing)
