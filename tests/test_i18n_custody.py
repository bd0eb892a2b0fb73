"""Chain-of-custody documents and messages in French, Arabic (right to left) and Ukrainian:
`fieldkit report labels|packing-list|movement|evacuation-permission|handover … --lang`, and the
custody commands under FIELDKIT_LANG."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, require_tool, run_cli
from test_custody_documents import (
    _decode_labels,
    scene,  # noqa: F401 - the fixture: two peers, a crate, a movement
)
from test_reports import flat, nfkc, page_lines, pdf_text

from fieldkit import i18n
from fieldkit.i18n import LRI, PDI
from fieldkit.reports import custody_documents as D


@pytest.fixture(autouse=True)
def _process_language() -> Iterator[None]:
    """The CLI sets the process's language from FIELDKIT_LANG: put it back for the next test."""
    before = i18n.language()
    yield
    i18n.set_language(before)


DOCUMENTS = ("labels", "packing-list", "evacuation-permission", "movement", "handover")

# Headings, labels, vocabulary terms and counts each document must print in each language.
EXPECTED: dict[str, dict[str, list[str]]] = {
    "fr": {
        "labels": ["Étiquettes", "Dépôt temporaire", "Caisse · Fragile", "Salle", "Objet"],
        "packing-list": [
            "Liste de colisage — C-001",
            "Caisse · 4 éléments · à placer à l’intérieur",
            "Manipulation",
            "Se trouve à",
            "N° d’inventaire / code",
            "Emballé par : nom",
            "Vérifié par",
        ],
        "evacuation-permission": [
            "Autorisation d’évacuation",
            "Les personnes nommées ci-dessous sont autorisées",
            "Nombre de personnes",
            "5 objets dans 1 contenant",
            "Chef d’équipe",
            "Destination (avec coordonnées)",
            "Agent réceptionnaire",
            "Évacuation",
        ],
        "movement": [
            "Bordereau de mouvement",
            "Reçu · Évacuation · mouvement",
            "manquants 1 · en trop 1",
            "MANQUANT",
            "Expédié par",
            "Déplacé par",
        ],
        "handover": [
            "Certificat de remise",
            "Pas encore acceptée par le destinataire",
            "Remis par",
            "Remis à",
            "empreinte",
            "Caisse (4 éléments)",
        ],
    },
    "ar": {
        "labels": ["الملصقات", "مخزن مؤقت", "صندوق خشبي", "قابل للكسر", "غرفة", "القطعة"],
        "packing-list": [
            "قائمة التعبئة — C-001",
            "توضع داخلها",
            "المناولة",
            "موجودة الآن في",
            "رقم الجرد",
            "عبأها",
        ],
        "evacuation-permission": [
            "إذن الإخلاء",
            "يؤذن للأشخاص المذكورين أدناه",
            "عدد الأشخاص",
            "قطع في حاوية واحدة",
            "قائد الفريق",
            "الوجهة (مع الإحداثيات)",
            "موظف الاستلام",
            "إخلاء",
        ],
        "movement": ["استمارة النقل", "إخلاء", "الناقص", "الزائد", "ناقص", "أرسلها"],
        "handover": ["شهادة التسليم", "لم يقبله المستلم بعد", "البصمة", "نقل العهدة"],
    },
    "uk": {
        "labels": ["Етикетки", "Тимчасове фондосховище", "Ящик · Крихке", "Кімната", "Об’єкт"],
        "packing-list": [
            "Пакувальний лист — C-001",
            "Ящик · 4 одиниці · вкласти всередину",
            "Зараз у",
            "Інв. № / код",
            "Упакував: ім’я",
            "Перевірено",
        ],
        "evacuation-permission": [
            "Дозвіл на евакуацію",
            "Особам, зазначеним нижче, дозволено",
            "Кількість осіб",
            "5 об’єктів, упаковані в 1 контейнер",
            "Керівник групи",
            "Місце призначення (з координатами)",
            "Приймальник",
            "Евакуація",
        ],
        "movement": [
            "Бланк переміщення",
            "Отримано · Евакуація · переміщення",
            "бракує 1 · зайвих 1",
            "БРАКУЄ",
            "Відправив",
        ],
        "handover": [
            "Акт передачі",
            "Отримувач ще не прийняв",
            "відбиток",
            "Ящик (4 одиниці)",
        ],
    },
}
# English that must be gone from a translated document (headings, labels, "(s)" plurals).
ENGLISH = (
    "Packing list",
    "Evacuation permission",
    "Movement form",
    "Handover certificate",
    "Number of people",
    "Team leader",
    "Inventory no.",
    "(s)",
    "name ___",
)


def _documents(scene: dict[str, Any], lang: str) -> dict[str, Path]:  # noqa: F811
    """Every custody document of the scene in ``lang`` (the movement one after its reception,
    with one object missing and one extra)."""
    giver, chain, tmp = scene["giver"], scene["chain"], scene["tmp"]
    vault, movement, objects = giver.vault, scene["movement"], scene["objects"]
    handover = chain.hand_over(["C-001"], scene["keeper"].identity.fingerprint).record_id
    out = {name: tmp / f"{name}-{lang}.pdf" for name in DOCUMENTS}
    with i18n.using(lang):
        D.labels_report(vault, ["C-001", "MUS-R2", "TS-ERB", scene["numbers"][0]], out["labels"])
        D.packing_list_report(vault, "C-001", out["packing-list"])
        D.evacuation_permission_report(vault, movement, out["evacuation-permission"])
        D.handover_report(vault, handover, out["handover"])
        chain.depart(movement)
        chain.receive(movement, ["C-001", *objects[:3], objects[4], objects[5]])
        D.movement_report(vault, movement, out["movement"])
    return out


def _text(pdf: Path, lang: str) -> str:
    text = pdf_text(pdf)
    # Arabic: presentation forms back to letters; the harakat (shadda, damma) dropped.
    return nfkc(text).replace("\u064f", "").replace("\u0651", "") if lang == "ar" else flat(text)


@pytest.mark.parametrize("lang", ["fr", "ar", "uk"])
def test_each_custody_document_is_printed_in_the_chosen_language(
    scene: dict[str, Any],  # noqa: F811
    lang: str,
) -> None:
    documents = _documents(scene, lang)
    for name, pdf in documents.items():
        text = _text(pdf, lang)
        missing = [term for term in EXPECTED[lang][name] if term not in text]
        assert missing == [], (name, missing)
        left = [word for word in ENGLISH if word in text]
        assert left == [], (name, left)
        # Codes and inventory numbers are printed as they are, in every language.
        assert "C-001" in text, name


def test_english_documents_count_with_plural_forms(scene: dict[str, Any]) -> None:  # noqa: F811
    documents = _documents(scene, "en")
    permission = flat(pdf_text(documents["evacuation-permission"]))
    assert "5 objects in 1 container" in permission and "(s)" not in permission
    assert "Crate · 4 items · to travel inside it" in flat(pdf_text(documents["packing-list"]))


def _decode(pdf: Path, tmp: Path) -> set[str]:
    """Every QR code of the PDF's pages, decoded with zbarimg at 300 dpi."""
    zbarimg, pdftoppm = require_tool("zbarimg"), require_tool("pdftoppm")
    prefix = tmp / pdf.stem
    subprocess.run([pdftoppm, "-r", "300", "-png", str(pdf), str(prefix)], check=True)
    found: set[str] = set()
    for page in sorted(tmp.glob(f"{pdf.stem}-*.png")):
        out = subprocess.run(
            [zbarimg, "-q", "--raw", str(page)], capture_output=True, text=True, check=False
        )
        found |= {line for line in out.stdout.splitlines() if line}
    return found


@pytest.mark.parametrize("lang", ["fr", "ar", "uk"])
def test_qr_codes_still_decode_in_every_language(
    scene: dict[str, Any],  # noqa: F811
    lang: str,
    tmp_path: Path,
) -> None:
    vault = scene["giver"].vault
    labels = tmp_path / f"labels-{lang}.pdf"
    codes = ["C-001", "MUS-R2", "TS-ERB", *scene["numbers"]]
    with i18n.using(lang):
        D.labels_report(vault, codes, labels)
        D.packing_list_report(vault, "C-001", tmp_path / f"packing-{lang}.pdf")
        D.evacuation_permission_report(vault, scene["movement"], tmp_path / f"perm-{lang}.pdf")
    # Each label cut out alone (in Arabic the first label is top right).
    cells = []
    for index in range(len(codes)):
        row, col = divmod(index, D.LABEL_COLUMNS)
        cells.append(row * D.LABEL_COLUMNS + (D.LABEL_COLUMNS - 1 - col if lang == "ar" else col))
    assert _decode_labels(labels, tmp_path, cells) == codes
    assert _decode(tmp_path / f"packing-{lang}.pdf", tmp_path) == {"C-001"}
    assert _decode(tmp_path / f"perm-{lang}.pdf", tmp_path) == {scene["movement"]}


def _x_of(pdf: Path, needle: str) -> float:
    """Where the line holding ``needle`` starts on the page (pdftotext's word boxes)."""
    root = ET.fromstring(pdf_text(pdf, "-bbox-layout"))  # noqa: S314 - our pdftotext output
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    for line in root.iterfind(".//h:line", ns):
        words = nfkc(" ".join(w.text or "" for w in line.iterfind("h:word", ns)))
        if needle in words or needle[::-1] in words:
            return float(line.get("xMin", 0))
    raise AssertionError(f"{needle!r} not found")


def test_arabic_documents_are_laid_out_right_to_left(scene: dict[str, Any]) -> None:  # noqa: F811
    documents = _documents(scene, "ar")
    permission = documents["evacuation-permission"]
    width = page_lines(permission)[0][0]
    # The labels of the fields on the right, their values to their left.
    assert _x_of(permission, "عدد الأشخاص") > width * 0.6
    assert _x_of(permission, "Dr. Layla Hassan") < width * 0.6
    # The items table mirrored: the inventory numbers on the right, the ticks on the left.
    assert _x_of(permission, "THM.1992.0003") > width * 0.6
    # The header's QR code on the left, the title on the right.
    assert _x_of(permission, "إذن الإخلاء") > width * 0.6
    labels = documents["labels"]
    # The first label top right: its code printed in the right-hand column.
    assert _x_of(labels, "C-001") > width * 0.6
    with i18n.using("en"):
        D.labels_report(scene["giver"].vault, ["C-001"], scene["tmp"] / "en.pdf")
    assert _x_of(scene["tmp"] / "en.pdf", "C-001") < width * 0.4
    # The blank departure date and time (the movement is planned) read left to right, as a
    # date is written: the glyphs are drawn "____-__-__", never "__-__-____".
    root = ET.fromstring(pdf_text(permission, "-bbox-layout"))  # noqa: S314 - our pdftotext
    words = [w.text for w in root.iter("{http://www.w3.org/1999/xhtml}word")]
    assert "____-__-__" in words and "__:__" in words


def _cli(vault: Path, lang: str, *args: str, stdin: str | None = None) -> Any:
    import io
    import sys

    old = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": lang}
        return run_cli([*args, "--vault", str(vault)], env)
    finally:
        sys.stdin = old


def test_custody_commands_speak_the_language_and_json_stays_the_same(
    scene: dict[str, Any],  # noqa: F811
) -> None:
    giver = scene["giver"]
    giver.vault.close()
    path = giver.path
    room = json.dumps({"code": "L-9", "kind": "room"})
    added = _cli(path, "fr", "location", "add", "--json", "-", stdin=room)
    assert added.code == 0, added.err
    listed = _cli(path, "fr", "location", "list")
    assert listed.code == 0 and "3 lieux." in listed.err
    moved = _cli(path, "fr", "move", "INV-001", "--to", "L-9")
    assert moved.code == 0, moved.err
    assert "1 élément est parti" in moved.err and "en transit jusqu’à la réception" in moved.err
    where = _cli(path, "uk", "where", "INV-001")
    assert where.code == 0 and "у дорозі до L-9" in where.out
    # Arabic: the code is kept left to right inside the sentence.
    where = _cli(path, "ar", "where", "INV-001")
    assert f"قيد النقل إلى {LRI}L-9{PDI}" in where.out
    usage = _cli(path, "fr", "move", "INV-001")
    assert usage.code == 2 and "Indiquez où vont les éléments" in usage.err
    # --json: the contract, the same in every language.
    outputs = {lang: _cli(path, lang, "where", "INV-001", "--json").out for lang in i18n.LANGUAGES}
    assert len(set(outputs.values())) == 1, outputs
    assert json.loads(outputs["ar"])["in_transit"] is True


def test_move_show_names_the_fields_in_the_language(scene: dict[str, Any]) -> None:  # noqa: F811
    scene["giver"].vault.close()
    path, movement = scene["giver"].path, scene["movement"]
    french = _cli(path, "fr", "move", "show", movement)
    assert french.code == 0, french.err
    assert "autorisé par\u00a0: Dr. Layla Hassan" in french.out
    assert "authorised_by" not in french.out
    ukrainian = _cli(path, "uk", "move", "show", movement).out
    assert "дозволив: Dr. Layla Hassan" in ukrainian
    arabic = _cli(path, "ar", "move", "show", movement).out
    assert f"أذن بها: {i18n.FSI}Dr. Layla Hassan{i18n.PDI}" in arabic
    assert "authorised by: Dr. Layla Hassan" in _cli(path, "en", "move", "show", movement).out


def test_a_custody_document_error_in_french(scene: dict[str, Any]) -> None:  # noqa: F811
    scene["giver"].vault.close()
    out = scene["tmp"] / "x.pdf"
    # A movement has no label: the sentence in the CLI's language, nothing written.
    r = _cli(scene["giver"].path, "fr", "report", "labels", scene["movement"], "-o", str(out))
    assert r.code == 1
    assert "Les étiquettes s’impriment pour les objets, les contenants et les lieux." in r.err
    assert not out.exists()
