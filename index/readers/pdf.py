"""PDF with a text layer → lines: words placed by their coordinates, ruled tables read cell by cell.

Per page, pdfplumber gives the words with their boxes and the ruling lines. A ruled table
(find_tables) becomes one CELL_SEP line per table row, blank cells included, so the parser reads it
like an HTML table. Everything else is rebuilt into lines by y, words in x order, with a space where
the gap between words shows one. Page footers (- 4 -, 第4页) are dropped. A table continued on the
next page simply goes on: the parser anchors each row by its own label.
"""

from __future__ import annotations

import re
from pathlib import Path

from index.errors import ReportParseError
from index.normalize import CELL_SEP, is_page_footer
from index.readers import Source

MAX_PAGES = 60  # an annual report has 5–15 pages; beyond this we read the first pages only
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_LINE_TOLERANCE = 3.0  # points: words whose tops differ by less are on one line


def read_pdf(path: Path, max_pages: int = MAX_PAGES) -> Source:
    """The PDF's text as lines; ReportParseError (in Chinese) when it cannot be read."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    lines: list[str] = []
    pages: list[int] = []
    notes: list[str] = []
    empty_pages: list[int] = []
    try:
        with pdfplumber.open(path) as pdf:
            total = len(pdf.pages)
            if total == 0:
                raise ReportParseError(str(path), None, "PDF 文件中没有页面")
            if total > max_pages:
                notes.append(f"PDF 共{total}页，只读取了前{max_pages}页，其余{total - max_pages}页略去")
            for number, page in enumerate(pdf.pages[:max_pages], start=1):
                page_lines = page_to_lines(page)
                if not any(t.strip() for t in page_lines):
                    empty_pages.append(number)
                lines.extend(page_lines)
                pages.extend([number] * len(page_lines))
                page.close()  # frees the page's parsed objects
    except ReportParseError:
        raise
    except Exception as e:  # pdfminer raises many kinds for a damaged file, wrapped by pdfplumber
        if _caused_by(e, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ReportParseError(str(path), None, "PDF 已加密（需要密码），无法读取。请上传未加密的版本") from e
        raise ReportParseError(str(path), None, "PDF 文件已损坏或不完整，无法读取。请重新下载原文件后再试") from e
    if empty_pages and len(empty_pages) == min(total, max_pages):
        raise ReportParseError(
            str(path), None, "PDF 没有文字层（可能是扫描件或图片），读不出文字"
        )
    if empty_pages:
        notes.append(f"第{'、'.join(map(str, empty_pages))}页没有文字层（可能是扫描图片），未读取")
    return Source([(i, t) for i, t in enumerate(lines, start=1)], "pdf", notes, pages)


def _caused_by(error: BaseException, kinds: tuple[type, ...]) -> bool:
    """Whether `error`, or an exception it wraps (as an argument or a cause), is one of `kinds`."""
    seen: set[int] = set()
    todo: list[object] = [error]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, kinds):
            return True
        todo += [*e.args, e.__cause__, e.__context__]
    return False


def page_to_lines(page) -> list[str]:
    """One page → its lines in reading order: text lines and ruled-table rows (CELL_SEP-joined)."""
    words = page.extract_words(x_tolerance=1.5, y_tolerance=_LINE_TOLERANCE, keep_blank_chars=False)
    items: list[tuple[float, str]] = []  # (top, line)
    tables = [t for t in page.find_tables() if _is_grid(t)]
    taken = [False] * len(words)
    for table in tables:
        x0, top, x1, bottom = table.bbox
        for i, w in enumerate(words):
            cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
            if x0 <= cx <= x1 and top <= cy <= bottom:
                taken[i] = True
        items.extend(_table_rows(table, [w for w, t in zip(words, taken, strict=True) if t]))
    free = [w for w, t in zip(words, taken, strict=True) if not t]
    items.extend(_text_lines(free))
    items.sort(key=lambda it: it[0])
    return [t for _, t in items if not is_page_footer(t)]


def _is_grid(table) -> bool:
    """A real table: some row has two or more cells (a ruled box around prose is not a table)."""
    return any(sum(c is not None for c in row.cells) >= 2 for row in table.rows)


def _text_lines(words) -> list[tuple[float, str]]:
    """Words → lines by y, each line's words in x order; a space only where the gap shows one."""
    out: list[tuple[float, list]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for top, members in out:
            if abs(w["top"] - top) < _LINE_TOLERANCE:
                members.append(w)
                break
        else:
            out.append((w["top"], [w]))
    return [(top, _join(sorted(ws, key=lambda w: w["x0"]))) for top, ws in out]


def _join(words) -> str:
    text = ""
    prev = None
    for w in words:
        if prev is not None:
            gap = w["x0"] - prev["x1"]
            size = max(prev["bottom"] - prev["top"], 1.0)
            text += " " if gap > size * 0.25 else ""
        text += w["text"]
        prev = w
    return text


def _table_rows(table, words) -> list[tuple[float, str]]:
    """A ruled table → one line per row: each cell's words, blanks included; a row that is one
    merged cell (prose boxed in a frame) stays a text line."""
    out = []
    for row in table.rows:
        cells = []
        for box in row.cells:
            if box is None:
                cells.append(None)
                continue
            x0, top, x1, bottom = box
            inside = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
            cells.append(_cell_text(inside))
        filled = [c for c in cells if c is not None]
        if not filled:
            continue
        if len(filled) == 1:
            if filled[0]:
                out.append((row.bbox[1], filled[0]))
            continue
        out.append((row.bbox[1], CELL_SEP.join(c or "" for c in cells)))
    return out


def _cell_text(words) -> str:
    """A cell's words: lines by y; wrapped lines joined without a space between Chinese characters."""
    text = ""
    for _, line in _text_lines(words):
        if text and not (_CJK.search(text[-1]) and _CJK.search(line[0])):
            text += " "
        text += line
    return text
