"""Telegram's HTML parse mode, checked as strictly as Telegram does (or a little more).

`parse_html(text)` returns the plain text a user would see, or raises HtmlError with a
Telegram-shaped description ("can't parse entities: ...").
"""

from __future__ import annotations

import re

ALLOWED = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "tg-spoiler": set(),
    "span": {"class"},
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-emoji": {"emoji-id"},
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTR = re.compile(r"([a-zA-Z-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);")


class HtmlError(ValueError):
    """Telegram would answer 400 "Bad Request: can't parse entities: ..."."""


def _offset(text: str, i: int) -> int:
    return len(text[:i].encode("utf-8"))


def parse_html(text: str) -> str:
    """The visible text of `text` in parse_mode HTML; raises HtmlError like Telegram."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG.match(text, i)
            if not m:
                raise HtmlError(f"Unsupported start tag at byte offset {_offset(text, i)}")
            closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
            if closing:
                if attrs.strip():
                    raise HtmlError(f"Unexpected end tag attributes at byte offset {_offset(text, i)}")
                if not stack:
                    raise HtmlError(f"Unexpected end tag at byte offset {_offset(text, i)}")
                if stack[-1] != name:
                    raise HtmlError(
                        f'Unmatched end tag at byte offset {_offset(text, i)}, expected "</{stack[-1]}>", '
                        f'found "</{name}>"'
                    )
                stack.pop()
            else:
                if name not in ALLOWED:
                    raise HtmlError(f'Unsupported start tag "{name}" at byte offset {_offset(text, i)}')
                for attr, _value in _ATTR.findall(attrs):
                    if attr.lower() not in ALLOWED[name]:
                        raise HtmlError(f'Unsupported attribute "{attr}" in tag "{name}"')
                if name == "a" and "a" in stack:
                    raise HtmlError("Nested links are not allowed")
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(text, i)
            if not m:
                raise HtmlError(f"Can't find end of the entity starting at byte offset {_offset(text, i)}")
            body = m.group(1)
            if body.startswith("#x"):
                out.append(chr(int(body[2:], 16)))
            elif body.startswith("#"):
                out.append(chr(int(body[1:])))
            elif body in NAMED_ENTITIES:
                out.append(NAMED_ENTITIES[body])
            else:
                raise HtmlError(f'Unsupported HTML entity "&{body};" at byte offset {_offset(text, i)}')
            i = m.end()
        elif ch == ">":
            # Telegram tolerates a bare ">", but our code escapes everything: treat it as a bug.
            raise HtmlError(f'Unexpected ">" at byte offset {_offset(text, i)}')
        else:
            out.append(ch)
            i += 1
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)
