"""Reading report files and normalising their text: encodings, HTML, full-width forms, script."""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path

from index.errors import ReportParseError
from index.lazy import import_without_pkg_resources

# Joins the cells of a row read from an explicit table (HTML <tr>, a pipe row): every cell counts,
# an empty one included.
CELL_SEP = "\x1f"
# Printed placeholders that are kept as strings (not numbers, not blanks).
DASHES = {"/", "-", "—", "–", "无", "\\", "－", "／", "——"}
_PAGE_FOOTER = re.compile(r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$")
_NUMBER = re.compile(r"^([+-]?)(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|万|亿)?$")
UNIT_FACTORS = {"元": Decimal(1), "万": Decimal(10000), "万元": Decimal(10000), "亿": Decimal(10) ** 8, "亿元": Decimal(10) ** 8}


def read_text(path: Path, notes: list[str] | None = None) -> str:
    """The file's text: UTF-8 (with or without BOM), else GB18030; binary files are refused.

    A few undecodable bytes (a stray byte in an otherwise clean file) are replaced by U+FFFD and
    said in `notes` (with their lines), instead of rejecting the report: at most one per
    BAD_BYTES_PER_CHARACTER non-ASCII bytes. The parser marks figures on those lines as uncertain.
    """
    data = Path(path).read_bytes()
    if b"\x00" in data[:4096]:
        raise ReportParseError(str(path), None, "这是二进制文件，不是文本报告（支持 .txt/.md/.html，以及扩展名为 .pdf、.docx 的文件）")
    allowed = None
    for enc, name in (("utf-8-sig", "UTF-8"), ("gb18030", "GB18030")):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
        # Nearly valid: a stray byte in this encoding (before trying the next one, which might
        # decode the whole file without error into nonsense).
        if allowed is None:
            allowed = max(1, (len(data) - len(data.translate(None, _HIGH_BYTES))) // BAD_BYTES_PER_CHARACTER)
        text = data.decode(enc, errors="replace")
        bad = text.count(REPLACEMENT)
        if bad <= allowed:
            lines = [i for i, line in enumerate(text.splitlines(), start=1) if REPLACEMENT in line]
            shown = "、".join(map(str, lines[:10])) + ("等" if len(lines) > 10 else "")
            if notes is not None:
                notes.append(f"按{name}读取时第{shown}行有{bad}处无法解码的字节，已替换为“{REPLACEMENT}”，这些行的数字可能不准")
            return text
    raise ReportParseError(str(path), None, "无法识别文件编码（支持 UTF-8 或 GB18030）")


REPLACEMENT = "\ufffd"
BAD_BYTES_PER_CHARACTER = 200  # tolerated: one bad byte per this many non-ASCII bytes
_HIGH_BYTES = bytes(range(0x80, 0x100))


@functools.cache
def _zh_tables() -> tuple[bool, frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """What can make zhconv.convert(s, "zh-cn") differ from s, read from zhconv's own table.

    convert() replaces the longest table keys it finds; a key mapped to itself changes nothing.
    So s comes back unchanged unless it contains a key that maps to something else: either one
    of the single characters that change, or a longer key made only of characters that do not
    change on their own (反覆, 份量, 著…), listed here by first character. The flag says that
    no key that changes is pure ASCII (ASCII text never changes).
    """
    import importlib.util

    from index.cache import file_key, remembered

    spec = importlib.util.find_spec("zhconv")
    data = Path(spec.origin).parent / "zhcdict.json" if spec and spec.origin else None
    key = f"zh-tables-1 {file_key(data) if data and data.is_file() else 'none'}"
    # zhconv (and pkg_resources behind it) costs 0.1 s to import: the tables are kept between runs.
    ascii_safe, single, firsts, multi = remembered("zh-tables", key, _derive_zh_tables)
    return ascii_safe, single, firsts, multi


def _derive_zh_tables() -> tuple[bool, frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    zc = import_without_pkg_resources("zhconv").zhconv

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
    return import_without_pkg_resources("zhconv").convert(text, "zh-cn")


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
    convert = import_without_pkg_resources("zhconv").convert
    return "".join(c2 if len(c2 := convert(c, "zh-cn")) == 1 else c for c in out)


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


# Bounds that keep a hostile page cheap (the template's tables are about 10 columns and 30 rows).
MAX_TABLE_COLUMNS = 64  # cells of one expanded table row
MAX_GRID_CELLS = 100_000  # expanded cells of all tables of a page
MAX_SPAN = 50  # rowspan / colspan
MAX_CELL_TEXT = 2000  # characters of one table cell
MAX_DEPTH = 255  # libxml2's own limit without XML_PARSE_HUGE: deeper markup is not built
_LAST_COUNTED_LINE = 65535  # libxml2 gives this line to every element after it
MAX_TAGS = 200_000  # a page with more tags loses its inline formatting tags before parsing
_INLINE_TAG = re.compile(
    r"</?(?:span|font|b|strong|i|em|u|a|o:p|small|big|sup|sub|ins|del|s|strike)(?:\s[^>]*)?/?>", re.IGNORECASE
)


def html_to_lines(html: str, notes: list[str] | None = None) -> list[tuple[int, str]]:
    """An HTML page → (source line, text) pairs; each table row becomes one line of cells.

    Expanded tables are bounded (MAX_TABLE_COLUMNS, MAX_GRID_CELLS); a page nested deeper than
    MAX_DEPTH is read as plain text with its tags removed. What was cut is added to `notes`.
    """
    from lxml import etree
    from lxml import html as lxml_html

    notes = [] if notes is None else notes
    if html.count("<") > MAX_TAGS:  # each element costs lxml a few hundred bytes
        html = _INLINE_TAG.sub(lambda m: "\n" * m.group().count("\n"), html)  # lines stay where they were
        notes.append(f"网页标签超过{MAX_TAGS}个，已去掉行内格式标签（span、font 等）后读取")
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        root = None  # nothing a parser can read
    if any("Excessive depth" in e.message for e in parser.error_log):
        notes.append(f"网页标签嵌套超过{MAX_DEPTH}层，已去掉标签按纯文本读取（表格可能读不全）")
        return _tags_stripped(html)
    if root is None:
        return []  # the caller reports the file as empty
    for bad in [el for el in root.iter(*_DROPPED_TAGS)]:
        bad.drop_tree()
    out: list[tuple[int, str, bool]] = []  # (line, text, is a table row)
    budget = [MAX_GRID_CELLS]  # expanded cells left for the rest of the page
    cut: dict[str, int] = {}  # what was cut → the first source line concerned

    def text_of(el) -> str:
        """A cell's text, at most MAX_CELL_TEXT characters (a cell can hold a whole nested table)."""
        parts, size = [], 0
        for piece in el.itertext():
            parts.append(piece)
            size += len(piece)
            if size > MAX_CELL_TEXT:
                break
        return " ".join(" ".join(parts).split())[:MAX_CELL_TEXT]

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
        spans: dict[int, dict[int, str]] = {}  # row → column → text spanned from above
        for r, tr in enumerate(el.iter("tr")):
            line = tr.sourceline or 1
            if budget[0] <= 0:
                cut.setdefault("grid", line)
                break
            above = spans.pop(r, {})
            row: list[str] = []
            c = 0
            for td in (x for x in tr if x.tag in _CELL_TAGS):
                while c in above:
                    row.append("")  # a cell spanned from above: blank here, its label was given once
                    c += 1
                if c >= MAX_TABLE_COLUMNS:
                    cut.setdefault("columns", line)
                    break
                text = text_of(td)
                colspan, rowspan = _span(td.get("colspan")), _span(td.get("rowspan"))
                if c + colspan > MAX_TABLE_COLUMNS:
                    cut.setdefault("columns", line)
                    colspan = MAX_TABLE_COLUMNS - c
                for k in range(colspan):
                    row.append(text if k == 0 else "")
                    for rr in range(1, rowspan):
                        spans.setdefault(r + rr, {})[c + k] = text
                c += colspan
            budget[0] -= len(row)
            out.append((line, CELL_SEP.join(row), True))

    walk(root)
    if "columns" in cut:
        notes.append(f"网页表格第{cut['columns']}行起有超过{MAX_TABLE_COLUMNS}列的行，多出的列已略去")
    if "grid" in cut:
        notes.append(f"网页表格展开后超过{MAX_GRID_CELLS}个单元格，第{cut['grid']}行起的表格行已略去")
    # Merge inline fragments of one source line into one text line (table rows stay as they are).
    # libxml2 counts lines up to 65535 only: fragments past that share no real line, so stay apart.
    merged: list[tuple[int, list[str], bool]] = []
    for line, text, is_row in out:
        if merged and not is_row and not merged[-1][2] and merged[-1][0] == line < _LAST_COUNTED_LINE:
            merged[-1][1].append(text)
        else:
            merged.append((line, [text], is_row))
    return [(line, "".join(parts)) for line, parts, _ in merged]


_TAG = re.compile(r"<[^>]*>")


def _tags_stripped(html: str) -> list[tuple[int, str]]:
    """A page as plain text lines: tags removed, entities left as printed."""
    from html import unescape

    out = []
    for i, line in enumerate(html.splitlines(), start=1):
        text = " ".join(unescape(_TAG.sub(" ", line)).split())
        if text:
            out.append((i, text))
    return out


def _span(v) -> int:
    try:
        return max(1, min(int(v), MAX_SPAN))
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
