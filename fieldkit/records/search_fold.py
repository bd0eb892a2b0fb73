"""The one folding applied to searched text before the full-text index sees it, on both sides.

The vault's index (``unicode61 remove_diacritics 2``, fieldkit.vault.schema) folds case and
Latin accents itself, but not two things people type every day:

- **Arabic vowel marks** (harakat, shadda, sukun, dagger alef, Quranic annotation marks) and the
  tatweel. The tokenizer treats a mark as a separator, so « تِمثال » was indexed and searched as
  « ت » + « مثال » and never met « تمثال ». Written or not, they are the same word: removed.
- **Apostrophes other than '**: the Ukrainian apostrophe ʼ (U+02BC, a letter to the tokenizer:
  « Поливʼяний » was one token) and the typographic ’ ‘ ′. Folded to ', which the tokenizer
  splits on, so « Полив'яний », « Поливʼяний » and « Полив’яний » give the same tokens.

:func:`fold_search_text` is applied to every search entry (``records.search.search_body``) and
to every query (``records.search.search_expression``); migration 16 (fieldkit.vault.schema)
folded the entries written before, with its own frozen copy of this table. Changing the table
here means a new migration that folds the entries again.
"""

from __future__ import annotations

import re

# The marks: U+064B-U+065F (tanwin, short vowels, shadda, sukun, hamza and madda marks),
# U+0670 (dagger alef), the Quranic annotation marks U+0610-U+061A and U+06D6-U+06ED (as the
# archive's index strips them, fieldkit.archive.index) and U+0640 (tatweel, a letter to the
# tokenizer: « تمـثال » was one token that matched nothing). U+06DD, U+06DE and U+06E9 stay:
# they stand between words (end of ayah, rub el hizb, place of sajdah), and removing them would
# join the words on either side.
_REMOVED = (
    *range(0x0610, 0x061B),
    *range(0x064B, 0x0660),
    0x0670,
    0x0640,
    *range(0x06D6, 0x06DD),
    *range(0x06DF, 0x06E9),
    *range(0x06EA, 0x06EE),
)
_APOSTROPHES = (0x02BC, 0x2019, 0x2018, 0x2032)  # ʼ ’ ‘ ′
_TABLE: dict[int, str | None] = {
    **dict.fromkeys(_REMOVED),
    **dict.fromkeys(_APOSTROPHES, "'"),
}
# Whether there is anything to fold: a scan in C. ``str.translate`` looks every character of a
# non-ASCII text up in the table (40 µs for a typical 400-character entry with one « é »), and
# most entries have nothing to fold; every record written goes through here.
_TO_FOLD = re.compile("[" + "".join(map(chr, _TABLE)) + "]")


def fold_search_text(text: str) -> str:
    """``text`` as the search index compares it: Arabic marks and tatweel removed, apostrophes
    as '. Latin accents and case are left to the index's tokenizer, as before."""
    if _TO_FOLD.search(text) is None:
        return text
    return text.translate(_TABLE)
