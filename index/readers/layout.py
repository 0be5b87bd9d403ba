"""Words with their boxes → lines of text, and table rows printed without ruling lines → cells.

Shared by the PDF reader (pdfplumber words) and OCR (RapidOCR boxes): a word is a dict with
x0, x1, top, bottom and text.
"""

from __future__ import annotations

import re

from index.normalize import CELL_SEP, parse_value

LINE_TOLERANCE = 3.0  # points: words whose tops differ by less are on one line
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def word_lines(words) -> list[tuple[float, list]]:
    """Words → lines (top, words in x order), top to bottom: a word joins the line whose vertical
    centre is within half a word's height of its own (or LINE_TOLERANCE points)."""
    lines: list[list] = []  # [centre, height, words]
    for w in sorted(words, key=lambda w: (w["top"] + w["bottom"]) / 2):
        centre, height = (w["top"] + w["bottom"]) / 2, max(w["bottom"] - w["top"], 1.0)
        for line in lines:
            if abs(centre - line[0]) < max(LINE_TOLERANCE, min(height, line[1]) * 0.5):
                line[2].append(w)
                break
        else:
            lines.append([centre, height, [w]])
    out = [(min(w["top"] for w in ws), sorted(ws, key=lambda w: w["x0"])) for _, _, ws in lines]
    return sorted(out, key=lambda line: line[0])


def text_lines(words) -> list[tuple[float, str]]:
    """Words → lines by y, each line's words in x order; a space only where the gap shows one."""
    return [(top, join_words(ws)) for top, ws in word_lines(words)]


def _is_value(word) -> bool:
    parsed = parse_value(word["text"])
    return parsed is not None and parsed[0] in ("number", "dash")


def aligned_lines(lines: list[tuple[float, list]]) -> list[tuple[float, str]]:
    """Lines of words, with the rows of a table printed without ruling lines rebuilt as cells.

    A run of lines with two or more values each is a table block; its columns are the x-centres of
    its values and of the header words just above them. Each row then gets one cell per column,
    blank where nothing stands (which plain text cannot show). A row whose values do not fall one
    per column stays text, as does everything outside a block.
    """
    out: list[tuple[float, str]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and sum(map(_is_value, lines[j][1])) >= 2:
            j += 1
        if j == i:
            out.append((lines[i][0], join_words(lines[i][1])))
            i += 1
            continue
        block = lines[i:j]
        header = lines[max(0, i - 3) : i]
        columns = _columns(block, header)
        for top, ws in block:
            cells = _row_cells(ws, columns) if columns else None
            out.append((top, CELL_SEP.join(cells) if cells else join_words(ws)))
        i = j
    return out


def _columns(block, header) -> list[float]:
    """Column x-centres: those of the values, plus header words standing where a column of blanks
    would be (in a gap between value columns as wide as two of them, or just beyond the last)."""
    values = [w for _, ws in block for w in ws if _is_value(w)]
    size = max(w["bottom"] - w["top"] for w in values)
    columns = _clusters([(w["x0"] + w["x1"]) / 2 for w in values], size)
    if len(columns) < 2:
        return columns
    spacing = sorted(b - a for a, b in zip(columns, columns[1:], strict=False))[(len(columns) - 1) // 2]
    heads = _clusters([(w["x0"] + w["x1"]) / 2 for _, ws in header for w in ws], size)
    extra = []
    for h in heads:
        if min(abs(h - c) for c in columns) < spacing * 0.75:
            continue
        inside_gap = any(a < h < b and b - a >= spacing * 1.75 for a, b in zip(columns, columns[1:], strict=False))
        if inside_gap or columns[-1] < h <= columns[-1] + spacing * 1.25:
            extra.append(h)
    return sorted(columns + extra)


def _clusters(xs: list[float], gap: float) -> list[float]:
    clusters: list[list[float]] = []
    for x in sorted(xs):
        if clusters and x - clusters[-1][-1] <= gap:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [sum(c) / len(c) for c in clusters]


def _row_cells(words, columns: list[float]) -> list[str] | None:
    """[label, one cell per column] or None when two values would share a column."""
    first = columns[0] - (columns[1] - columns[0]) / 2 if len(columns) > 1 else columns[0] - 20
    label = [w for w in words if not _is_value(w) or (w["x0"] + w["x1"]) / 2 < first]
    cells = [""] * len(columns)
    for w in words:
        if w in label:
            continue
        cx = (w["x0"] + w["x1"]) / 2
        k = min(range(len(columns)), key=lambda n: abs(columns[n] - cx))
        if cells[k]:
            return None
        cells[k] = w["text"]
    return [join_words(label), *cells]


def join_words(words) -> str:
    """A line's words, with a space where the gap shows one; Chinese characters spaced out less than
    a character apart (a letter-spaced heading: 总 体 情 况) stay together."""
    text = ""
    prev = None
    for w in words:
        if prev is not None:
            gap = w["x0"] - prev["x1"]
            size = max(prev["bottom"] - prev["top"], 1.0)
            spaced_cjk = _CJK.match(prev["text"][-1]) and _CJK.match(w["text"][0]) and gap <= size
            text += " " if gap > size * 0.25 and not spaced_cjk else ""
        text += w["text"]
        prev = w
    return text


def cell_text(words) -> str:
    """A cell's words: lines by y; wrapped lines joined without a space between Chinese characters."""
    text = ""
    for _, line in text_lines(words):
        if text and not (_CJK.search(text[-1]) and _CJK.search(line[0])):
            text += " "
        text += line
    return text
