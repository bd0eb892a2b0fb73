"""Build FieldKit Sans, the fonts embedded in PDF reports, from Debian's `fonts-noto-core`.

    sudo apt-get install fonts-noto-core && pip install fonttools
    python resources/fonts/make_fonts.py

Reportlab embeds one TrueType font per name and has no per-glyph fallback, so a record that
mixes Latin, Cyrillic and Arabic (a French title with an Arabic inscription) needs one font that
covers all three. This script subsets Noto Sans (Latin, Greek, Cyrillic, punctuation) and Noto
Sans Arabic (Arabic and its presentation forms), merges them, renames the result (the OFL asks
modified fonts not to be presented under the original name) and writes Regular and Bold into
``fieldkit/resources/fonts/`` (package data, so that wheels and frozen builds carry them).

Presentation forms are kept on purpose: reportlab maps each shaped glyph back to a character
through the font's cmap, so shaped Arabic extracts from the PDF as presentation forms (which
NFKC turns back into the letters) instead of private-use characters.

Arabic marks (harakat, shadda…) get a small advance width instead of none. Shaping still gives
them none (harfbuzz zeroes the advance of marks, and reportlab positions shaped glyphs by
harfbuzz's advances), so nothing moves on the page; but the invisible copy of a run with marks
that reports draw for text extraction (fieldkit.reports.text) needs every character to have a
width, or extractors such as poppler split the word at the mark. The right-to-left mark
(U+200F) gets a small width for the same reason: reports put one, invisibly, at the left edge
of every right-to-left run, so that poppler's reordering keeps a bracket or a full stop that ends
the run on its side.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/truetype/noto")
TARGET = Path(__file__).resolve().parents[2] / "fieldkit" / "resources" / "fonts"
FAMILY = "FieldKit Sans"
MARK_ADVANCE = 220  # font units (of 1000): see the module's docstring
RLM_ADVANCE = 120  # the right-to-left mark, likewise only drawn invisibly (for extraction)

LATIN = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0259, 0x0259),
    (0x02B0, 0x02FF),
    (0x0300, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2212, 0x2212),
    (0x25A0, 0x25FF),
    (0xFFFD, 0xFFFD),
)
ARABIC = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFC),
    (0x200C, 0x200F),
)


def _codepoints(ranges: tuple[tuple[int, int], ...]) -> list[int]:
    return [c for low, high in ranges for c in range(low, high + 1)]


def _subset(source: Path, ranges: tuple[tuple[int, int], ...], target: Path) -> None:
    options = subset.Options()
    options.layout_features = ["*"]  # keep every shaping feature (init, medi, fina, rlig, mark…)
    options.hinting = False  # PDF viewers do not need TrueType hinting; it halves the size
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.drop_tables += ["DSIG"]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_codepoints(ranges))
    subsetter.subset(font)
    font.save(target)


def _rename(font: TTFont, style: str, copyright_notice: str) -> None:
    name = font["name"]
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    name.removeNames(nameID=7)  # the trademark belongs to the original name, not this one
    for name_id, value in (
        (0, copyright_notice),
        (1, FAMILY),
        (2, style),
        (3, f"{postscript};FieldKit"),
        (4, f"{FAMILY} {style}"),
        (5, "Version 1.000; subset and merge of Noto Sans and Noto Sans Arabic"),
        (6, postscript),
        (16, FAMILY),
        (17, style),
    ):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)


def _widen_arabic_marks(font: TTFont) -> int:
    metrics = font["hmtx"].metrics
    widened = 0
    for code, glyph in font.getBestCmap().items():
        arabic = 0x0600 <= code <= 0x08FF
        if arabic and unicodedata.category(chr(code)) == "Mn" and metrics[glyph][0] == 0:
            metrics[glyph] = (MARK_ADVANCE, metrics[glyph][1])
            widened += 1
    rlm = font.getBestCmap().get(0x200F)
    if rlm is not None:
        metrics[rlm] = (RLM_ADVANCE, 0)
        widened += 1
    return widened


def build(style: str, work: Path) -> Path:
    latin, arabic = work / f"latin-{style}.ttf", work / f"arabic-{style}.ttf"
    _subset(SOURCE / f"NotoSans-{style}.ttf", LATIN, latin)
    _subset(SOURCE / f"NotoSansArabic-{style}.ttf", ARABIC, arabic)
    notices = [str(TTFont(p)["name"].getDebugName(0)) for p in (latin, arabic)]
    merged = Merger().merge([str(latin), str(arabic)])  # Latin first: its punctuation wins
    _widen_arabic_marks(merged)
    _rename(merged, style, " ".join(dict.fromkeys(notices)) + " Subset and merged for FieldKit.")
    # Reproducible output: keep the source's dates instead of "now".
    source_head = TTFont(SOURCE / f"NotoSans-{style}.ttf")["head"]
    merged["head"].created = source_head.created
    merged["head"].modified = source_head.modified
    target = TARGET / f"{FAMILY.replace(' ', '')}-{style}.ttf"
    merged.save(target)
    return target


def main() -> int:
    import tempfile

    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for style in ("Regular", "Bold"):
            path = build(style, Path(tmp))
            print(f"{path}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
