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
folded the entries written before, with its own frozen copy of these characters. Changing them
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
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_APOSTROPHES = "\u02bc\u2019\u2018\u2032"  # ʼ ’ ‘ ′
_MARK = re.compile(f"[{_MARKS}]")
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
# Whether there is anything to fold: one scan in C, and most entries have nothing to fold. Every
# record written goes through here (bulk creation: 8,000 records/s), so regular expressions
# rather than ``str.translate``, which looks every character of a non-ASCII text up in a
# dictionary (14 µs per demo entry against 4).
_TO_FOLD = re.compile(f"[{_MARKS}{_APOSTROPHES}]")


def fold_search_text(text: str) -> str:
    """``text`` as the search index compares it: Arabic marks and tatweel removed, apostrophes
    as '. Latin accents and case are left to the index's tokenizer, as before."""
    if _TO_FOLD.search(text) is None:
        return text
    return _APOSTROPHE.sub("'", _MARK.sub("", text))
