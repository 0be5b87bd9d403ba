"""One place where a question's text is cleaned before anything reads it.

Text pasted from a web page or a messenger carries characters nobody sees (zero-width spaces, BOM,
soft hyphens, NUL) and sometimes spaces between every character; left in, they split the words the
reader looks for (去\u200b年 is not 去年). Questions are also capped, so that no reading step does
quadratic work on a pasted document.
"""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 500

# Format characters (Cf: zero-width space/joiners, BOM, bidi marks, soft hyphen) and controls (Cc).
_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Co", "Cs"}


class QuestionTooLong(ValueError):
    """The question is longer than MAX_QUESTION_CHARS."""


def clean_question(text: str | None) -> str:
    """The question without invisible characters; runs of spaces between Chinese characters removed.

    Raises QuestionTooLong when even the cleaned text is longer than MAX_QUESTION_CHARS (checked on
    the raw length first, so a pasted megabyte is refused before any work is done on it).
    """
    text = text or ""
    if len(text) > MAX_QUESTION_CHARS * 4:
        raise QuestionTooLong(len(text))
    out = []
    for ch in text:
        if ch in "\n\t\r":
            out.append(" ")
        elif unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            continue
        else:
            out.append(ch)
    cleaned = unicodedata.normalize("NFKC", "".join(out))
    # 淮 安 市 / 淮安 市府: spaces never separate words in Chinese; between two CJK characters they go.
    # (淮安 洪泽 平潭…: names a space parts are read by understand(), which knows the names)
    cleaned = re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff\d])|(?<=\d)\s+(?=[\u3400-\u9fff])", "", cleaned).strip()
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(len(cleaned))
    return cleaned
