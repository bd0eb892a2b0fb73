"""Reports in French, Arabic (right to left) and Ukrainian: `fieldkit report … --lang`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli
from test_reports import (
    assert_no_overlap_or_clipping,
    flat,
    full_object,
    nfkc,
    page_lines,
    pdf_text,
)

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}

# Labels, headings and vocabulary terms each report must print in each language.
EXPECTED = {
    "object-id": {
        "fr": [
            "Date ou période",
            "Type d’objet",
            "Matériaux et techniques",
            "Volé",
            "Autres informations",
            "page 1 sur 1",
        ],
        "ar": ["التاريخ أو الحقبة", "نوع القطعة", "المواد والتقنيات", "مسروقة", "معلومات أخرى"],
        "uk": [
            "Дата або період",
            "Тип об’єкта",
            "Матеріали й техніки",
            "Викрадений",
            "Інші відомості",
            "сторінка 1 з 1",
        ],
        "en": ["Date or period", "Type of object", "Stolen", "Other information", "page 1 of 1"],
    },
    "damage": {
        "fr": [
            "CONSTAT DE DOMMAGES",
            "GRAVITÉ",
            "Grave",
            "URGENCE",
            "Immédiate",
            "Feu",
            "Agents de détérioration",
            "Photographies",
        ],
        "ar": ["تقرير الأضرار", "الشدة", "شديدة", "الاستعجال", "فوري", "عوامل التلف", "حريق"],
        "uk": [
            "ЗВІТ ПРО ПОШКОДЖЕННЯ",
            "ТЯЖКІСТЬ",
            "Тяжкий",
            "ТЕРМІНОВІСТЬ",
            "Негайна",
            "Чинники руйнування",
            "Пожежа",
        ],
        "en": ["DAMAGE REPORT", "SEVERITY", "Severe", "URGENCY", "Immediate", "Fire"],
    },
    "inventory": {
        "fr": [
            "Liste d’évacuation et d’inventaire",
            "Emballé",
            "Priorité",
            "1 objet",
            "Priorité de sauvetage",
        ],
        "ar": ["قائمة الإجلاء والجرد", "آخر ضرر", "قطعة واحدة", "أولوية الإنقاذ"],
        "uk": [
            "Список евакуації та інвентаризації",
            "Упаковано",
            "1 об’єкт",
            "Пріоритет порятунку",
        ],
        "en": ["Evacuation and inventory list", "Packed", "Total: 1 object "],
    },
}


@pytest.fixture
def filled(vault: Vault, vault_path: Path) -> Path:
    recs = Records(vault)
    object_id = full_object(recs)
    recs.create(
        F.DAMAGE,
        {
            "object_id": object_id,
            "observed_at": "2025-03-01T10:00",
            "event_type": "fire",
            "agents": ["fire", "water"],
            "severity": "severe",
            "urgency": "immediate",
        },
    )
    vault.close()
    return vault_path


def _report(vault_path: Path, kind: str, lang: str, out: Path, env_lang: str = "en") -> Path:
    target = [] if kind == "inventory" else [_inventory_number()]
    pdf = out / f"{kind}-{lang}.pdf"
    result = run_cli(
        ["--vault", str(vault_path), "report", kind, *target, "-o", str(pdf), "--lang", lang],
        {**ENV, "FIELDKIT_LANG": env_lang},
    )
    assert result.code == 0, result.err
    return pdf


def _inventory_number() -> str:
    from test_reports import MARKER

    return f"INV-{MARKER}-1"


@pytest.mark.parametrize("kind", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["fr", "ar", "uk", "en"])
def test_reports_print_labels_headings_and_terms_in_the_chosen_language(
    filled: Path, tmp_path: Path, kind: str, lang: str
) -> None:
    # The interface stays English: a coordinator prints an Arabic sheet from an English CLI.
    pdf = _report(filled, kind, lang, tmp_path)
    text = nfkc(pdf_text(pdf)) if lang == "ar" else flat(pdf_text(pdf))
    missing = [term for term in EXPECTED[kind][lang] if term not in text]
    assert missing == []
    if lang != "en":
        assert "Date or period" not in text and "SEVERITY" not in text
    assert_no_overlap_or_clipping(pdf)


def test_arabic_reports_put_the_labels_on_the_right(filled: Path, tmp_path: Path) -> None:
    ar = _report(filled, "object-id", "ar", tmp_path)
    en = _report(filled, "object-id", "en", tmp_path)

    def x_of(pdf: Path, needle: str, normalise: bool) -> float:
        import xml.etree.ElementTree as ET

        root = ET.fromstring(pdf_text(pdf, "-bbox-layout"))  # noqa: S314 - our pdftotext output
        ns = {"h": "http://www.w3.org/1999/xhtml"}
        for line in root.iterfind(".//h:line", ns):
            words = " ".join(w.text or "" for w in line.iterfind("h:word", ns))
            text = nfkc(words) if normalise else words
            # -bbox-layout gives right-to-left words in visual order.
            if needle in text or needle[::-1] in text:
                return float(line.get("xMin", 0))
        raise AssertionError(f"{needle!r} not found")

    width = page_lines(ar)[0][0]
    # "Type of object" / "نوع القطعة": the label column, left in English, right in Arabic.
    assert x_of(en, "Type of object", False) < width / 4
    assert x_of(ar, "نوع القطعة", True) > width * 0.6
    # The page footer's imprint starts at the right margin in Arabic.
    assert x_of(ar, "Test vault", True) > width / 3


def test_lang_does_not_change_the_cli_messages_or_json(filled: Path, tmp_path: Path) -> None:
    outputs = []
    for lang in ("en", "fr", "ar", "uk"):
        pdf = tmp_path / f"i-{lang}.pdf"
        result = run_cli(
            [
                "--vault",
                str(filled),
                "report",
                "inventory",
                "-o",
                str(pdf),
                "--lang",
                lang,
                "--json",
            ],
            {**ENV, "FIELDKIT_LANG": "en"},
        )
        assert result.code == 0, result.err
        data = result.json
        assert isinstance(data, dict)
        data.pop("file")
        outputs.append(data)
    assert all(o == outputs[0] for o in outputs)


def test_the_report_language_defaults_to_fieldkit_lang(filled: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "inv.pdf"
    result = run_cli(
        ["--vault", str(filled), "report", "inventory", "-o", str(pdf)],
        {**ENV, "FIELDKIT_LANG": "uk"},
    )
    assert result.code == 0, result.err
    assert "Список евакуації та інвентаризації" in flat(pdf_text(pdf))


def test_an_unknown_language_is_a_usage_error(filled: Path, tmp_path: Path) -> None:
    result = run_cli(
        [
            "--vault",
            str(filled),
            "report",
            "inventory",
            "-o",
            str(tmp_path / "x.pdf"),
            "--lang",
            "de",
        ],
        ENV,
    )
    assert result.code == 2


@pytest.mark.parametrize(
    ("lang", "terms"),
    [
        ("fr", ["CERTIFICAT DE VÉRIFICATION", "NON VALIDE", "Problèmes trouvés", "Vérifié par"]),
        ("ar", ["شهادة التحقق", "غير صالح", "المشكلات المكتشفة"]),
        ("uk", ["СЕРТИФІКАТ ПЕРЕВІРКИ", "НЕДІЙСНИЙ", "Виявлені проблеми", "Перевірено"]),
    ],
)
def test_verification_certificate_in_each_language(
    tmp_path: Path, lang: str, terms: list[str]
) -> None:
    bogus = tmp_path / "broken.fkb"
    bogus.write_bytes(b"PK\x03\x04 not really a bundle")
    pdf = tmp_path / f"cert-{lang}.pdf"
    result = run_cli(["report", "verification", str(bogus), "-o", str(pdf), "--lang", lang])
    assert result.code == 1
    text = nfkc(pdf_text(pdf)) if lang == "ar" else flat(pdf_text(pdf))
    assert [t for t in terms if t not in text] == []
    assert_no_overlap_or_clipping(pdf)
