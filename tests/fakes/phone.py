"""How long a message looks on a phone: lines as Telegram wraps them on a narrow screen.

A phone shows about 18 Chinese characters (36 half-width columns) per line; a collapsed
expandable quote shows its first 3 lines.
"""

from __future__ import annotations

import re
import unicodedata

from .telegram_html import parse_html

COLUMNS = 36
QUOTE_LINES = 3


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrapped(line: str) -> int:
    return max(1, -(-width(line) // COLUMNS))


def phone_lines(html: str) -> int:
    """Screen lines of one message in parse_mode HTML, expandable quotes collapsed."""
    total = 0
    for i, part in enumerate(re.split(r"<blockquote expandable>(.*?)</blockquote>", html, flags=re.S)):
        plain = parse_html(part).strip("\n")  # the line breaks around a quote are not lines of their own
        lines = [wrapped(line) for line in plain.split("\n")] if plain else []
        total += min(sum(lines), QUOTE_LINES) if i % 2 else sum(lines)
    return total
