"""Reading report files and normalising their text: encodings, HTML, full-width forms, script."""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path

import zhconv

from index.errors import ReportParseError

# Joins the cells of a row read from an explicit table (HTML <tr>, a pipe row): every cell counts,
# an empty one included.
CELL_SEP = "\x1f"
# Printed placeholders that are kept as strings (not numbers, not blanks).
DASHES = {"/", "-", "—", "–", "无", "\\", "－", "／", "——"}
_PAGE_FOOTER = re.compile(r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$")
_NUMBER = re.compile(r"^([+-]?)(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|万|亿)?$")
UNIT_FACTORS = {"元": Decimal(1), "万": Decimal(10000), "万元": Decimal(10000), "亿": Decimal(10) ** 8, "亿元": Decimal(10) ** 8}


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else GB18030; binary files are refused."""
    data = Path(path).read_bytes()
    if b"\x00" in data[:4096]:
        raise ReportParseError(str(path), None, "这是二进制文件，不是文本报告（支持 .txt/.md/.html，以及扩展名为 .pdf、.docx 的文件）")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ReportParseError(str(path), None, "无法识别文件编码（支持 UTF-8 或 GB18030）")


@functools.cache
def _zh_tables() -> tuple[bool, frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """What can make zhconv.convert(s, "zh-cn") differ from s, read from zhconv's own table.

    convert() replaces the longest table keys it finds; a key mapped to itself changes nothing.
    So s comes back unchanged unless it contains a key that maps to something else: either one
    of the single characters that change, or a longer key made only of characters that do not
    change on their own (反覆, 份量, 著…), listed here by first character. The flag says that
    no key that changes is pure ASCII (ASCII text never changes).
    """
    from zhconv import zhconv as zc

    table = zc.getdict("zh-cn")
    changing = [k for k, v in table.items() if k != v]
    single = frozenset(k for k in changing if len(k) == 1)
    multi: dict[str, list[str]] = {}
    for k in changing:
        if len(k) > 1 and single.isdisjoint(k):
            multi.setdefault(k[0], []).append(k)
    ascii_safe = not any(k.isascii() for k in changing)
    return ascii_safe, single, frozenset(multi), {c: tuple(ks) for c, ks in multi.items()}


def to_simplified(text: str) -> str:
    """zhconv.convert(text, "zh-cn"), skipped when nothing in `text` could change (the usual case)."""
    ascii_safe, single, firsts, multi = _zh_tables()
    if ascii_safe and text.isascii():
        return text
    chars = set(text)
    if single.isdisjoint(chars):
        hits = firsts.intersection(chars)  # few: the multi-character keys start with rare characters
        if not hits or not any(k in text for c in hits for k in multi[c]):
            return text
    return zhconv.convert(text, "zh-cn")


class _NfkcChars(dict):
    """code point → its NFKC form when that is one character, else itself (for str.translate)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        n = unicodedata.normalize("NFKC", ch)
        self[code] = out = n if len(n) == 1 else ch
        return out


_NFKC_CHARS = _NfkcChars()


# Labels, cells and short lines recur from report to report: their normal forms are remembered.
_SHORT = 80


def _short_cache(func):
    """`func` (a pure function of one string) remembering its results for short strings."""
    cached = functools.lru_cache(maxsize=1 << 14)(func)

    @functools.wraps(func)
    def wrapper(text):
        return cached(text) if len(text) <= _SHORT else func(text)

    return wrapper


@_short_cache
def norm(text: str) -> str:
    """NFKC (full-width digits and spaces, NBSP → ASCII) and traditional → simplified."""
    return to_simplified(unicodedata.normalize("NFKC", text))


@_short_cache
def norm_aligned(text: str) -> str:
    """norm() that keeps every character in its place, so offsets point into the original too."""
    # Each character through NFKC on its own, kept when that gives one character.
    out = text if text.isascii() else text.translate(_NFKC_CHARS)
    simple = to_simplified(out)
    if len(simple) == len(out):
        return simple
    return "".join(c2 if len(c2 := zhconv.convert(c, "zh-cn")) == 1 else c for c in out)


@_short_cache
def squash(text: str) -> str:
    """Normalised text without any whitespace: the form labels are compared in."""
    return "".join(norm(text).split())


def is_page_footer(line: str) -> bool:
    return bool(_PAGE_FOOTER.match(line))


@_short_cache
def parse_value(raw: str):
    """A cell's text → ("blank", None) | ("number", (Decimal, unit)) | ("dash", str) | None if not a value."""
    s = "".join(unicodedata.normalize("NFKC", raw).split())
    if not s:
        return ("blank", None)
    if s in DASHES:
        return ("dash", s)
    m = _NUMBER.match(s)
    if m:
        sign, digits, unit = m.groups()
        if "," in digits and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
            return None
        try:
            d = Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
        return ("number", (-d if sign == "-" else d, unit or ""))
    return None


_DROPPED_TAGS = frozenset({"script", "style", "head"})
_CELL_TAGS = frozenset({"td", "th"})


def html_to_lines(html: str) -> list[tuple[int, str]]:
    """An HTML page → (source line, text) pairs; each table row becomes one line of cells."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return []  # nothing a parser can read: the caller reports the file as empty
    for bad in [el for el in root.iter(*_DROPPED_TAGS)]:
        bad.drop_tree()
    out: list[tuple[int, str, bool]] = []  # (line, text, is a table row)

    def text_of(el) -> str:
        return " ".join(" ".join(el.itertext()).split())

    def add_text(text: str | None, line: int | None) -> None:
        text = " ".join((text or "").split())
        if text:
            out.append((line or 1, text, False))

    def walk(el) -> None:
        add_text(el.text, el.sourceline)
        for child in el:
            if isinstance(child.tag, str):
                if child.tag == "table":
                    table(child)
                else:
                    walk(child)
            add_text(child.tail, el.sourceline)

    def table(el) -> None:
        spans: dict[tuple[int, int], str] = {}
        for r, tr in enumerate(el.iter("tr")):
            row: list[str] = []
            c = 0
            for td in (x for x in tr if x.tag in _CELL_TAGS):
                while (r, c) in spans:
                    row.append("")  # a cell spanned from above: blank here, its label was given once
                    c += 1
                text = text_of(td)
                colspan, rowspan = _span(td.get("colspan")), _span(td.get("rowspan"))
                for k in range(colspan):
                    row.append(text if k == 0 else "")
                    for rr in range(1, rowspan):
                        spans[(r + rr, c + k)] = text
                c += colspan
            out.append((tr.sourceline or 1, CELL_SEP.join(row), True))

    walk(root)
    # Merge inline fragments of one source line into one text line (table rows stay as they are).
    merged: list[tuple[int, str, bool]] = []
    for line, text, is_row in out:
        if merged and not is_row and not merged[-1][2] and merged[-1][0] == line:
            merged[-1] = (line, merged[-1][1] + text, False)
        else:
            merged.append((line, text, is_row))
    return [(line, text) for line, text, _ in merged]


def _span(v) -> int:
    try:
        return max(1, min(int(v), 50))
    except (TypeError, ValueError):
        return 1


_MD_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def text_to_lines(text: str) -> list[tuple[int, str]]:
    """Plain text or Markdown → (line, text); pipe-table rows become tab-separated lines."""
    out = []
    for i, line in enumerate(text.splitlines(), start=1):
        s = line.rstrip("\r")
        stripped = s.strip()
        # Pipe tables, with or without the outer pipes ("规章 | 0 | 0 | 0").
        if stripped.count("|") >= 2 or (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1):
            if _MD_SEP.match(stripped):
                continue
            if s.startswith("|"):  # | a | b |: the outer pipes close the row
                inner = stripped[1:-1] if stripped.endswith("|") else stripped[1:]
            else:  # a | b |  or  "   | b |  ": without outer pipes the end cells may be blank
                inner = s
            s = CELL_SEP.join(c.strip() for c in inner.split("|"))
        out.append((i, s))
    return out


def looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm"):
        return True
    head = text[:2000].lower()
    return "<html" in head or ("<table" in text.lower() and "</td>" in text.lower())
